"""The stages of extraction, in order:

normalise -> find (English numerals; Chinese when the text has Chinese) -> drop not-figures
and overlaps -> carry currencies -> join ranges -> number -> units to SI -> link
conversions -> sentences and positions -> convert currencies (--to) -> filter kinds.

`extract` is a pure function of its text and options: safe to call from worker processes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

import regex

from .document import Document
from .figure import KINDS, Figure
from .rules.conversion import link_conversions
from .rules.english import find_en
from .rules.ranges import join_ranges
from .sentences import Sentences
from .spans import SpanSet

_CJK = regex.compile(r"[\p{Han}]")
_CARRY_GAP = regex.compile(r"[^.;!?。！？\n]{0,80}")


def detect_lang(text: str) -> str:
    """'zh' when Chinese characters make up a good part of the letters, else 'en'."""
    sample = text[:4000]
    han = len(_CJK.findall(sample))
    latin = sum(1 for c in sample if c.isascii() and c.isalpha())
    return "zh" if han and han * 2 >= latin / 4 else "en"


def extract(
    text: str,
    *,
    source: str = "-",
    lang: str = "auto",
    date: dt.date | str | None = None,
    kinds: Iterable[str] | None = None,
    to: str | None = None,
) -> list[Figure]:
    """Every figure in `text`, in order of appearance.

    lang: "auto", "en" or "zh" (auto reads Chinese wherever the text has Chinese).
    date: the document's date when the text does not say (for --to conversions).
    kinds: keep only these kinds (ids stay those of the unfiltered list).
    to: an ISO currency code: add converted_value, converted_currency, rate (units of the
        figure's currency for one unit of `to`, like implied_rate), rate_date.
    """
    doc = Document(text, source=source, lang=lang)
    figures = find_figures(doc)
    _finish(doc, figures)
    if to is not None:
        _convert(doc, figures, to, date)
    if kinds is not None:
        wanted = set(kinds)
        figures = [f for f in figures if f.kind in wanted]
    return figures


def find_figures(doc: Document) -> list[Figure]:
    """Figures of every finder, not-figures and overlaps removed, ranges joined."""
    figures, vetoes = find_en(doc)
    if doc.lang != "en" and _CJK.search(doc.text):
        from .rules.zh import find_zh

        zh_figures, zh_vetoes = find_zh(doc, _chinese_windows(doc.text))
        figures = figures + [f for f in zh_figures if _in_chinese_context(doc.text, f)]
        vetoes = vetoes + zh_vetoes
    figures = _drop_vetoed([f for f in figures if _plausible(f)], vetoes)
    figures = _drop_overlaps(figures)
    _carry_currency(doc, figures)
    return join_ranges(doc, figures)


_CJK_RUN = regex.compile(r"[\p{Han}\u3000-\u303f\uff01-\uff60]+")
CHINESE_MARGIN = 40  # characters kept on either side of Chinese text for the Chinese rules


def _chinese_windows(text: str) -> list[tuple[int, int]] | None:
    """Where the Chinese rules need to look: Chinese text and CHINESE_MARGIN characters
    on either side. An English page with a little Chinese on it (a "中文" menu item, an
    ICP licence number) would otherwise have every number of its English text walked by
    them. None (look everywhere) when that is most of the document anyway."""
    spans: list[list[int]] = []
    for match in _cjk_runs(text):
        start = max(0, match.start() - CHINESE_MARGIN)
        end = min(len(text), match.end() + CHINESE_MARGIN)
        if spans and start <= spans[-1][1]:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    if sum(end - start for start, end in spans) > 0.8 * len(text):
        return None
    return [(start, end) for start, end in spans]


_NON_ASCII_RUN = regex.compile(r"[^\x00-\x7f]+")


def _cjk_runs(text: str) -> Iterable[regex.Match[str]]:
    """The matches of _CJK_RUN in text. The engine skips through ASCII text fast to a
    non-ASCII run, but three times slower to a run of _CJK_RUN's characters: on a page
    that is nearly all ASCII (a few quotes, dashes, an ICP line) _CJK_RUN is searched
    within the non-ASCII runs only (its characters are no ASCII, so it finds the same
    runs there); other text is searched whole. (UTF-8 takes 3 bytes for a Chinese
    character: the encoded length tells how much of the text is not ASCII, fast.)"""
    if len(text.encode("utf-8", "surrogatepass")) - len(text) > len(text) // 8:
        return _CJK_RUN.finditer(text)
    return [match for run in _NON_ASCII_RUN.finditer(text)
            for match in _CJK_RUN.finditer(text, run.start(), run.end())]


MAX_MAGNITUDE = 30  # a figure of more than 30 digits before the point is no press figure


def _plausible(fig: Figure) -> bool:
    """A million-digit numeral is text, not a figure (and would cost seconds to print)."""
    return fig.value.adjusted() <= MAX_MAGNITUDE and (
        fig.high is None or fig.high.adjusted() <= MAX_MAGNITUDE)


def _in_chinese_context(text: str, fig: Figure) -> bool:
    """A figure of the Chinese finder counts where Chinese is written in it or right
    beside it; plain ASCII figures in English sentences are the English finder's."""
    return bool(_CJK.search(text, max(0, fig.start - 2), min(len(text), fig.end + 2)))


def _drop_vetoed(figures: list[Figure], vetoes: list[tuple[int, int]]) -> list[Figure]:
    """Drop every figure that overlaps a not-figure span."""
    if not vetoes:
        return figures
    vetoed = SpanSet(vetoes).overlaps
    return [fig for fig in figures if not vetoed(fig.start, fig.end)]


def _drop_overlaps(figures: list[Figure]) -> list[Figure]:
    """Where figures overlap, the longest span wins (then the earliest)."""
    if len(figures) < 2:
        return sorted(figures, key=lambda f: f.start)
    ordered = sorted(figures, key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Figure] = []
    for fig in ordered:
        if kept and fig.start < kept[-1].end:
            if (fig.end - fig.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = fig
            continue
        kept.append(fig)
    return kept


def _carry_currency(doc: Document, figures: list[Figure]) -> None:
    """'60 million yuan in Hunan, 25 million in Sichuan': the bare scaled figure after a
    money figure in the same sentence is money in the same currency."""
    last_money: Figure | None = None
    for fig in figures:
        if fig.kind == "money":
            last_money = fig
            continue
        if (last_money is not None and fig.kind == "count" and fig.noun is None
                and fig.scale > 1 and last_money.scale > 1
                and _CARRY_GAP.fullmatch(doc.norm, last_money.end, fig.start)):
            fig.kind = "money"
            fig.currency = last_money.currency
            fig.rules.append("currency_carried")
            last_money = fig


def _finish(doc: Document, figures: list[Figure]) -> None:
    """Ids, positions, sentences, SI values, then conversion links."""
    sentences = Sentences(doc.text) if figures else None
    need_si = any(f.kind == "quantity" and f.unit for f in figures)
    to_si = None
    if need_si:
        from .units import to_si
    for number, fig in enumerate(figures, start=1):
        fig.id = f"F{number}"
        fig.source = doc.source
        fig.line, fig.column = doc.line_column(fig.start)
        assert sentences is not None
        fig.sentence = sentences.sentence(fig.start)
        if need_si and fig.kind == "quantity" and fig.unit and fig.si_value is None:
            si = to_si(fig.value, fig.unit)
            if si is not None:
                fig.si_value, fig.si_unit = si
    link_conversions(doc.norm, figures)


def _convert(doc: Document, figures: list[Figure], to: str, date: dt.date | str | None) -> None:
    """Add the --to conversion fields to money figures, at the document's date."""
    from . import rates
    from .dates import document_date, parse_iso

    when = document_date(doc.norm)
    date_from = "text"
    if when is None and date is not None:
        when = parse_iso(date) if isinstance(date, str) else date
        date_from = "option"
    if when is None:
        date_from = "latest"
    for fig in figures:
        fig.extra["document_date"] = when.isoformat() if when else None
        fig.extra["date_from"] = date_from
        if fig.kind != "money":
            continue
        fig.extra.update(converted_value=None, converted_high=None, converted_currency=to,
                         rate=None, rate_date=None)
        if not fig.currency:
            continue
        found = rates.reference_rate(to, fig.currency, when)
        if found is None:
            continue
        rate, rate_date = found  # units of the figure's currency for one unit of `to`
        fig.extra.update(converted_value=_money_round(fig.value / rate), rate=rate,
                         rate_date=rate_date.isoformat())
        if fig.high is not None:  # "between 2 and 3 billion yuan": both ends
            fig.extra["converted_high"] = _money_round(fig.high / rate)


def _money_round(value: Decimal) -> Decimal:
    """A converted amount to the cent (a hundredth of the major unit)."""
    return value.quantize(Decimal("0.01"))


__all__ = ["KINDS", "detect_lang", "extract", "find_figures"]
