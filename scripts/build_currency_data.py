#!/usr/bin/env python3
"""Write src/figextract/data/currencies.json from CLDR (through babel) plus a few hand additions.

    .venv/bin/python scripts/build_currency_data.py          # rewrite the JSON
    .venv/bin/python scripts/build_currency_data.py --check  # exit 1 if the JSON is stale

The JSON is checked in so that figextract never imports babel at run time; tests/
test_currencies.py asserts that it equals what `build()` gives with the installed babel.

What comes from CLDR:
- every ISO 4217 code babel knows, current and historical (FIM, DEM, NLG ...);
- English names, singular and plural ("US dollar", "US dollars"), and the Chinese names of
  the zh and zh_Hant locales ("美元", "港元", "港幣"), lower-cased;
- symbols used by any CLDR locale, kept only where every locale agrees on one code.

What is deliberately left out of CLDR's data (reasons beside each rule below):
- names with a parenthesised period ("Russian ruble (1991–1998)"): the plain name belongs
  to the current currency, and nobody writes the years in running text;
- names of the X-codes that are not money (XAU "gold", XAG "silver", XTS, XXX ...): "gold"
  must never read as a currency;
- symbols made of at most three ASCII letters ("R", "P", "Q", "den", "kn", "mk"): in English
  text they are initials, words and abbreviations far more often than money;
- symbols that CLDR gives to several codes ("$", "£", "¥", "kr", "Rs", "C$"): the hand table
  below picks the reading press text means, or leaves them out.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "figextract" / "data" / "currencies.json"

# X-codes that are real money (CFA francs, East Caribbean dollar, Caribbean guilder, SDR).
MONEY_X_CODES = {"XAF", "XOF", "XPF", "XCD", "XCG", "XDR", "XEU"}

# Press spellings CLDR lacks, or where its plain name is not what the press writes.
HAND_WORDS = {
    # CLDR names are "US dollar(s)" and "Chinese yuan"; the press writes all of these.
    "dollar": "USD",  # a bare dollar is the US dollar unless the text says otherwise
    "dollars": "USD",
    "u.s. dollar": "USD",
    "u.s. dollars": "USD",
    "united states dollar": "USD",
    "united states dollars": "USD",
    "american dollar": "USD",
    "american dollars": "USD",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "yuan renminbi": "CNY",
    "renminbi yuan": "CNY",
    "chinese renminbi": "CNY",
    "kuai": "CNY",  # spoken Mandarin for yuan, found in English features
    "hk dollar": "HKD",
    "hk dollars": "HKD",
    "nt dollar": "TWD",
    "nt dollars": "TWD",
    "new taiwan dollar": "TWD",
    "new taiwan dollars": "TWD",
    "pound": "GBP",  # money only when the caller has a money context (else mass, see units)
    "pounds": "GBP",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "won": "KRW",  # North Korean won is rarely priced in the press
    "franc": "CHF",  # the one franc still widely quoted; CFA francs are written out
    "francs": "CHF",
    "rupee": "INR",  # Indian, the most quoted; Pakistani/Sri Lankan rupees are written out
    "rupees": "INR",
    "peso": "MXN",  # Mexican, the most traded; Philippine and other pesos are written out
    "pesos": "MXN",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "russian rouble": "RUB",
    "russian roubles": "RUB",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "baht": "THB",
    "dong": "VND",
    "rand": "ZAR",
    "naira": "NGN",
    "lira": "TRY",
    "shekel": "ILS",
    "shekels": "ILS",
    "zloty": "PLN",
    "zlotys": "PLN",
    "forint": "HUF",
    "reais": "BRL",  # plural only: singular "real" is an ordinary English word
    "dirham": "AED",
    "dirhams": "AED",
    "riyal": "SAR",
    "riyals": "SAR",
    "tenge": "KZT",
    "markka": "FIM",
    "markkaa": "FIM",
    "deutsche mark": "DEM",
    "deutsche marks": "DEM",
    "deutschmark": "DEM",
    "deutschmarks": "DEM",
    "guilder": "NLG",
    "guilders": "NLG",
    "peseta": "ESP",
    "pesetas": "ESP",
    "french franc": "FRF",
    "french francs": "FRF",
    # Chinese spellings beside CLDR's zh names.
    "元": "CNY",
    "人民币元": "CNY",
    "块": "CNY",  # spoken 块 = yuan ("三块")
    "块钱": "CNY",
    "港币": "HKD",
    "美金": "USD",
    "美圆": "USD",  # older written form of 美元
    "日圆": "JPY",
    "韩币": "KRW",
    "台币": "TWD",
    "新台币": "TWD",
    "英镑": "GBP",
    "法郎": "CHF",
    "卢比": "INR",
    # bare Chinese names where CLDR only has the country-prefixed one (尼日利亚奈拉)
    "奈拉": "NGN",
    "比索": "MXN",
    "里拉": "TRY",
    "兰特": "ZAR",
    "林吉特": "MYR",
    "卢布": "RUB",
    # Bitcoin has no ISO 4217 code; BTC is the code exchanges use (no reference rate).
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    "比特币": "BTC",
}
# "bucks" is left out: slang, and "bucks" is also the animal and a team name.
# "crore"/"lakh" are scale words (numbers.py), not currencies.

HAND_SYMBOLS = {
    "$": "USD",  # shared by some 25 dollars and pesos: bare $ is USD unless the text says
    "US$": "USD",
    "U.S.$": "USD",
    "USD$": "USD",
    "US $": "USD",  # tokenised newswire ("us $ 5 million")
    "C$": "CAD",  # CLDR also gives C$ to the Nicaraguan córdoba; press C$ is Canadian
    "C $": "CAD",
    "CAD$": "CAD",
    "Can$": "CAD",
    "AUD$": "AUD",
    "MXN$": "MXN",
    "Mex$": "MXN",
    "HKD$": "HKD",
    "£": "GBP",  # also Falkland, Gibraltar, St Helena pounds: GBP in the press
    "¥": "CNY",  # shared by CNY and JPY: the pipeline resolves it by context (yen, Japan)
    "￥": "CNY",  # full-width yen sign: written in Chinese text, hence CNY
    "Rs": "INR",  # shared by INR, PKR, MUR, SCR: Indian is the most quoted
    "Rs.": "INR",  # CLDR gives "Rs." to LKR only; Indian press writes it far more
    "Rp": "IDR",  # two-letter symbols kept by hand where the reading is safe before a number
    "RM": "MYR",
    "Ft": "HUF",
    "₿": "BTC",  # not ISO 4217, see bitcoin above
    "ரூ": "LKR",  # Tamil abbreviation of rupee as printed in Sri Lanka; CLDR's ta_LK has "Rs."
}


def _current_codes() -> set[str]:
    """Codes that are legal tender somewhere today, to win name clashes over dead ones."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    today = datetime.date.today()
    codes: set[str] = set()
    for territory in get_global("territory_currencies"):
        codes.update(get_territory_currencies(territory, today, tender=True))
    return codes


def _is_money(code: str) -> bool:
    return not code.startswith("X") or code in MONEY_X_CODES


def _clean(name: str) -> str | None:
    """Lower-cased, single-spaced name; None for period variants "(1991–1998)"."""
    if "(" in name or "（" in name:
        return None
    return re.sub(r"\s+", " ", name).strip().lower() or None


def _names(locale_ids: tuple[str, ...], codes: list[str]) -> dict[str, str]:
    from babel import Locale

    current = _current_codes()
    # current currencies first, so a name shared with a dead currency goes to the live one
    ordered = sorted(codes, key=lambda c: (c not in current, c))
    words: dict[str, str] = {}
    for locale_id in locale_ids:
        locale = Locale.parse(locale_id)
        plurals = locale._data["currency_names_plural"]
        for code in ordered:
            if not _is_money(code):
                continue
            forms = [locale.currencies.get(code, "")]
            forms += list(plurals.get(code, {}).values())
            for form in forms:
                name = _clean(form)
                if name and name != code.lower():
                    words.setdefault(name, code)
    return words


def _us_spellings(words: dict[str, str]) -> dict[str, str]:
    """CLDR writes "US dollar"; the press also writes "U.S. dollar"."""
    return {"u.s. " + w[3:]: c for w, c in words.items() if w.startswith("us ")}


def _symbols() -> dict[str, str]:
    from babel import Locale, localedata

    from_locales: dict[str, set[str]] = {}
    for locale_id in localedata.locale_identifiers():
        for code, symbol in Locale.parse(locale_id).currency_symbols.items():
            symbol = _fold(symbol)
            if symbol and symbol != code and _is_money(code):
                from_locales.setdefault(symbol, set()).add(code)
    symbols = {}
    for symbol, codes in sorted(from_locales.items()):
        if len(codes) != 1:
            continue  # shared symbols: HAND_SYMBOLS decides or leaves out
        if re.fullmatch(r"[A-Za-z.]{1,3}", symbol):
            continue  # too often a word or initials in English text
        symbols[symbol] = next(iter(codes))
    symbols.update(HAND_SYMBOLS)
    return symbols


def _fold(symbol: str) -> str:
    """A symbol as it appears in figextract's normalised text (see document.normalise)."""
    symbol = re.sub("[\u200e\u200f\u200b]", "", symbol)
    return re.sub(r"[\u00a0\u202f\u2009]", " ", symbol).strip()


def build() -> dict[str, object]:
    """The data figextract.currencies loads, as a JSON-ready dict."""
    import babel
    from babel.numbers import list_currencies

    codes = sorted(list_currencies())
    words = _names(("en",), codes)
    words.update(_us_spellings(words))
    words.update(_names(("zh", "zh_Hant"), codes))
    words.update(HAND_WORDS)
    return {
        "about": "generated by scripts/build_currency_data.py from CLDR via babel; do not edit",
        "babel": babel.__version__,
        "iso_codes": codes,
        "words": dict(sorted(words.items())),
        "symbols": dict(sorted(_symbols().items())),
    }


def render(data: dict[str, object]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the JSON is stale")
    args = parser.parse_args()
    text = render(build())
    if args.check:
        stale = OUTPUT.read_text(encoding="utf-8") != text
        print(f"{OUTPUT}: {'stale' if stale else 'up to date'}", file=sys.stderr)
        return int(stale)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
