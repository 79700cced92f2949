"""Numbers that are not figures: dates, years, times, phone numbers, registration and
ID numbers, ordinals, labels (section 3, No. 5, Group 7), names (COVID-19), versions.

Two kinds of rule: the named alternatives of VETOES, run over the whole text, whose
matches no figure may overlap (veto_spans); and checks of the characters around one
numeral (is_year, letters_follow).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

import regex

from ..document import fold_case
from .numerals import digit_anchors

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|"
    "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)

_VETOES_SOURCE = (
    r"""
    (?P<iso_date>(?<![\d-])\d{4}-\d{1,2}-\d{1,2}(?!\d))              # 2021-01-28
  | (?P<year_month>(?<![\d-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?![\d-]))  # 1995-01
  | (?P<slash_date>(?<![\d/])\d{1,2}/\d{1,2}/\d{2,4}(?![\d/]))      # 1/28/2021
  | (?P<dot_date>(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.]))       # 28.01.2021
  | (?P<month_day>\b(?:MONTHS)\.?[ ]+\d{1,2}(?:st|nd|rd|th)?\b(?:,?[ ]+\d{4}\b)?)   # Jan. 28, 2021
  | (?P<day_month>                                                  # 28 January 2021
        \b\d{1,2}(?:st|nd|rd|th)?[ ]+(?:of[ ]+)?(?:MONTHS)\b\.?(?:,?[ ]+\d{4}\b)?)
  | (?P<month_year>\b(?:MONTHS)\.?,?[ ]+(?:19|20)\d{2}\b)           # March 2022
  | (?P<time>\b\d{1,2}:\d{2}(?::\d{2})?(?:[ ]*(?i:[ap]\.?m\b\.?))?  # 10:30, 10:30 am
        | (?<!\d\.)\bHOUR(?:[ ]*(?:-|to|and)[ ]*HOUR)?                   # 3 pm, 10 a.m.,
          [ ]*(?i:[ap]\.m\.|[ap]m\b)                                 # 3-5 pm
        | \bHOUR\.[0-5]\d[ ]*(?i:[ap]\.m\.|[ap]m\b)                 # 10.30 pm (not 2.1 pm)
        | \b\d{1,2}[ ]+o'clock\b)
  | (?P<colon_joined>(?<![\d:])\d+(?::\d+)+(?![\d:]))            # 1:2 ratio, 3:1 score
  | (?P<year_span>\b(?:19|20)\d{2}-(?:19|20)?\d{2}\b)              # 2020-21, 2019-2020
  | (?P<decade>\b(?:1[89]|20)\d0s\b)                               # the 1990s
  | (?P<split_number>                 # "245 23 yen": no grouping (groups have three digits)
        (?<![\w.,-]|\d[ ])\d{3}[ ]\d{1,2}(?![\d,/]|\.\d|[ ]\d))   # and no two figures; before phone
  | (?P<phone>
        (?<![\w.,+-])\+?\(?\d{1,4}\)?(?:[ .-]\(?\d{2,8}\)?){1,4}(?![\w,%]|\.\d|[ ]?-[ ]?\d)
    )
  | (?P<labelled>
        (?:\b(?:No|Nos|no|NO|Section|section|Sec|Article|article|Art|Chapter|chapter|
            Page|page|pp|Room|Rm|Building|Floor|Gate|Terminal|Line|Phase|Version|version|
            Ver|Vol|Volume|Issue|Item|Model|Type|Class|Grade|Level|Group|Platform|Route|
            Highway|Exit|Step|Part|Figure|Fig|Table|Annex|Appendix|Rule|Clause|Paragraph|
            Para|Lot|Block|Zone|Window|Booth|Hall|Stand|Track|Channel|Flight|Train|Bus|
            Case|Order|Decree|Resolution|Episode|Season|Round|Stage|Session|Batch|ID|Code|
            Ticket|Account|Patent|Licence|License|Registration|Reg|Tel|Telephone|Phone|code|
            [Ss]tock[ ]code|[Tt]icker|[Ee]xtension|[Ee]xt|
            Fax|Hotline|Mobile|Postcode|Zip|P\.O\.[ ]Box|Box|Suite|Unit|Apt|Windows|iPhone|
            Boeing|Airbus|Galaxy|Mate|Chang'e|Shenzhou|Tianzhou|Long[ ]March)
         \.?[ ]*(?:\#|:)?[ ]*
        | \#[ ]?)
        \d[\d,./-]*(?:[A-Za-z]\b)?
    )
  | (?P<keyed>                                                     # "Customer Service: 11185"
        \b(?i:service|business|hotline|tel|phone|fax|call|contact|e-?mail|postcode|zip)
        [^\n\d]{0,12}:[ ]*\+?\(?\d[\d ()+-]*\d(?!:\d)   # not into "(9:00-17:00)"
    )
  | (?P<dialled>                                                  # "call 11183", "dial 95580"
        \b(?i:call|dial|ring|phone|hotline|telephone)[ ]+(?:(?i:us|the[ ]+hotline)[ ]+)?
        (?:(?i:at|on)[ ]+)?\+?\(?\d[\d ()-]{3,}\d(?!:\d)
    )
  | (?P<code_after_label>                                            # "EMS: 11183"
        (?:^|(?<=[:|])|(?m:^))[ ]*\d{5,}(?![\d,.]|[ ]*[\p{L}%$€£¥]))
  | (?P<ordinal>\b\d+(?:st|nd|rd|th)\b)                             # 19th
  | (?P<version>(?<![\w.])v?\d+(?:\.\d+){2,}\b)                      # 2.0.1
  | (?P<copyright>(?:©|\(c\)|(?i:copyright))[ ]*(?:(?i:copyright)[ ]*)?\d{4}(?:-\d{4})?)
  | (?P<event>\b(?:Euro|EURO|Expo|EXPO)[ ]?(?:19|20)\d{2}\b           # Euro 2024, Expo 2020
        (?![.,]\d|[ ]*(?i:million|billion|m\b|bn\b)))
  | (?P<company_no>(?<![\w-])\d{4,}-[A-Z]\b)                         # (1187654-X)
  | (?P<named>\b(?!(?<=\d[ ])[a-z]{1,3}-[1-3]\b)                   # not "4e14 s-1"
        [A-Za-z]+-\d+[A-Za-z]*\b)                                   # COVID-19, Su-27
  | (?P<url>\b(?:https?://|www\.)[^\s<>"'\])]+)                  # www.test.com/?q=30%
  | (?P<email>(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+)                # info2021@post.cn
  | (?P<list_item>(?m:^)[ ]*\(?\d{1,2}[.)](?=[ ]+[A-Za-z]))          # "1. ", "2) "
    """.replace("MONTHS", MONTHS).replace("HOUR", r"(?:1[0-2]|0?\d)(?!\d)")
)

_ROUND_RANGE = regex.compile(r"[1-9]\d*00[ ]?-[ ]?[1-9]\d*00")
_THOUSANDS = regex.compile(r"\d{1,3}(?: \d{3})+(?:\.\d+)?")


def _looks_like_phone(text: str) -> bool:
    """Digit groups joined by spaces, dots or hyphens read as a phone number when they
    hold at least seven digits and are not thousands written with spaces."""
    digits = sum(c.isdigit() for c in text)
    if digits < 7 or _THOUSANDS.fullmatch(text):
        return False
    groups = regex.findall(r"\d+", text)
    if _ROUND_RANGE.fullmatch(text) and int(groups[0]) < int(groups[1]):
        return False  # "1000-5000" is a range of round numbers
    return max(len(g) for g in groups) >= 3


# Each alternative of VETOES on its own: the regex engine skips ahead fast to where one
# alternative can start, but not to where any of twenty can, so one pass per alternative
# is several times faster than one pass of the whole (veto_spans merges them as the
# whole would: leftmost first, the earlier alternative first at the same place).
_ALTERNATIVES: list[tuple[str, regex.Pattern[str]]] = [
    (regex.search(r"\(\?P<(\w+)>", part).group(1), regex.compile(part, regex.VERBOSE))
    for part in regex.split(r"\n[ ]*\|[ ](?=\(\?P<)", _VETOES_SOURCE.strip())
]


def __getattr__(name: str) -> regex.Pattern[str]:
    """VETOES, the alternatives as one pattern, compiled on first use only: extraction
    runs the alternatives one by one, and the tests hold them to the whole."""
    if name == "VETOES":
        compiled = regex.compile(_VETOES_SOURCE, regex.VERBOSE)
        globals()["VETOES"] = compiled
        return compiled
    raise AttributeError(name)


_HYPHEN_DIGIT = regex.compile(r"-(?=\d)")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _named_starts(norm: str) -> set[int]:
    """Where "named" (COVID-19) can match: at the start of the ASCII letters right before
    a hyphen and a digit (a word boundary inside those letters is impossible)."""
    starts = set()
    for hyphen in _HYPHEN_DIGIT.finditer(norm):
        start = hyphen.start()
        while start and norm[start - 1] in _ASCII_LETTERS:
            start -= 1
        if start < hyphen.start():
            starts.add(start)
    return starts


# How "copyright" and "dialled" begin, found in the text lower-cased (their own words are
# case-insensitive; "(C)" is found too, and rejected by the alternative, as is a word
# inside another, "ring" in "during": the alternative's own \b rejects it).
_COPYRIGHT_WORDS = ("©", "(c)", "copyright")
_DIALLED_WORDS = ("call", "dial", "ring", "phone", "hotline", "telephone")


def _starts_of(pattern: regex.Pattern[str], folded: str) -> list[int]:
    return [match.start() for match in pattern.finditer(folded, overlapped=True)]


def _words_at(folded: str, words: tuple[str, ...]) -> set[int]:
    """Every offset where one of `words` starts. str.find, one word after another, is
    three times faster than one pattern of the words (which has no fast skip to any of
    several words): dialled's starts 10 -> 4 ms a MB of English."""
    starts = set()
    find = folded.find
    for word in words:
        at = find(word)
        while at != -1:
            starts.add(at)
            at = find(word, at + 1)
    return starts


# Where a list item can start: the text's start, and a line break followed by spaces, an
# optional "(" and a digit (not every line break: most lines start with a word).
_LIST_LINE = regex.compile(r"\n[ ]*\(?\d")


def _list_item_starts(norm: str) -> set[int]:
    return {0, *(match.start() + 1 for match in _LIST_LINE.finditer(norm))}


_DOTTED = regex.compile(r"\.\d+\.\d")


def _version_starts(norm: str) -> set[int]:
    """Where "version" (2.0.1, v1.2.3) can match: at the digits, or the v, before a dot,
    digits, a dot and a digit."""
    starts = set()
    for dots in _DOTTED.finditer(norm, overlapped=True):
        start = dots.start()
        while start and norm[start - 1].isdecimal():  # \d
            start -= 1
        if start < dots.start():
            starts.add(start)
            if start and norm[start - 1] == "v":
                starts.add(start - 1)
    return starts


# Every position where some alternatives can match, found in one pass: the engine would
# try their lookbehinds at every character of the text (2 to 3 times their own time here)
# to find the few places where they start (line starts, a hyphen and a digit, dots). Each
# finder gives all the places its alternative can match, and maybe more: the alternative
# is tried there (match at a position finds what a scan finds there).
# Where a month's name starts (as \b(?:MONTHS) finds it): month_day and month_year start
# there, day_month ends there; found once for the three (by _STARTS, for one text).
_MONTH = regex.compile(r"\b(?:" + MONTHS + ")")
_DAY_SUFFIXES = ("st", "nd", "rd", "th")


@lru_cache(maxsize=1)
def _month_starts(norm: str) -> list[int]:
    return [match.start() for match in _MONTH.finditer(norm, overlapped=True)]


def _skip_spaces_back(norm: str, end: int) -> int:
    while end and norm[end - 1] == " ":
        end -= 1
    return end


def _day_month_starts(norm: str) -> set[int]:
    """Where "day_month" (28 January, 1st of May) can start: the one or two digits before
    a month's name, spaces, maybe "of" and spaces, maybe st/nd/rd/th."""
    starts = set()
    for month in _month_starts(norm):
        day_ends = [_skip_spaces_back(norm, month)]
        if 2 <= day_ends[0] < month and norm.startswith("of", day_ends[0] - 2):
            day_ends.append(_skip_spaces_back(norm, day_ends[0] - 2))
        for end in day_ends:
            if norm[max(0, end - 2):end] in _DAY_SUFFIXES:
                end -= 2
            starts.update(start for start in (end - 1, end - 2) if start >= 0)
    return starts


# Alternatives that begin with a lookbehind, which the engine tries at every character:
# they are tried only where a pattern of what they must hold right after their start (a
# digit first: the engine skips to digits fast) says they can start.
_SPLIT_NUMBER = regex.compile(r"\d{3}[ ]\d")  # "245 23": the start itself
_COMPANY_NO = regex.compile(r"\d-[A-Z]\b")  # "1187654-X": the digits before it
_PHONE_GROUPS = regex.compile(r"\d\)?[ .-]\(?\d{2}")  # a group, a separator, a group


def _run_start(norm: str, end: int) -> int:
    """Where the run of digits ending at `end` starts."""
    start = end
    while start and norm[start - 1].isdecimal():  # \d
        start -= 1
    return start


def _phone_starts(norm: str) -> set[int]:
    """Where "phone" can start: at the digits before each group separator, or the ( and
    + before them."""
    starts = set()
    for group in _PHONE_GROUPS.finditer(norm, overlapped=True):
        start = _run_start(norm, group.start() + 1)
        starts.add(start)
        for sign in ("(", "+", "+("):
            if start >= len(sign) and norm.startswith(sign, start - len(sign)):
                starts.add(start - len(sign))
    return starts


_LONG_DIGITS = regex.compile(r"\d{5,}")


def _code_starts(norm: str) -> list[int]:
    """Where "code_after_label" (EMS: 11183) can start: at the text's start, or right after a
    line break, a colon or a bar, with only spaces from there to five digits or more. (At
    every line break, colon and bar, its tries took 12 ms a MB of English.)"""
    starts = []
    for digits in _LONG_DIGITS.finditer(norm):
        start = _skip_spaces_back(norm, digits.start())
        if start == 0 or norm[start - 1] in "\n:|":
            starts.append(start)
    return starts


# What ends a "time" but for its minutes: am/pm (found in the text lower-cased, as its
# (?i) reads them) and o'clock; a time with minutes has a colon. They are found by
# str.find, word after word (4 ms a MB of English; one pattern of them, 10 ms, has no fast
# skip past the many a's and p's): "am" and "pm" where no ASCII letter, digit or _ follows,
# which keeps every place where \b follows (and maybe a few more, which only cost a try).
_TIME_MARKERS = (("am", True), ("pm", True), ("a.m.", False), ("p.m.", False),
                 ("o'clock", False))  # (marker, needs a word's end after it)
_ASCII_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_COLON = regex.compile(":")
_HOUR_LINKS = ("-", "to", "and")


def _time_markers(folded: str) -> list[int]:
    """Where the _TIME_MARKERS start in the text lower-cased."""
    found = []
    find = folded.find
    last = len(folded)
    for marker, bounded in _TIME_MARKERS:
        at = find(marker)
        while at != -1:
            end = at + len(marker)
            if not bounded or end == last or folded[end] not in _ASCII_WORD:
                found.append(at)
            at = find(marker, at + 1)
    return found


def _time_starts(norm: str, folded: str) -> set[int]:
    """Where "time" can start: one or two digits before a colon (10:30); before am/pm or
    o'clock, past spaces, the hour (3 pm, 10 o'clock), the hour and its minutes
    (10.30 pm), or the first hour of a range (3-5 pm, 3 to 5 pm)."""
    starts = set()
    for colon in _COLON.finditer(norm):
        starts.update((colon.start() - 1, colon.start() - 2))
    for marker in _time_markers(folded):
        end = _skip_spaces_back(norm, marker)
        starts.update((end - 1, end - 2, end - 4, end - 5))
        for hour in (end - 1, end - 2) if end > 2 else ():
            link_end = _skip_spaces_back(norm, hour)
            for link in _HOUR_LINKS:
                if link_end >= len(link) and norm.startswith(link, link_end - len(link)):
                    first_end = _skip_spaces_back(norm, link_end - len(link))
                    starts.update((first_end - 1, first_end - 2))
    return {start for start in starts if start >= 0}


# The finders get the text and the text lower-cased (document.fold_case), where a word
# of a case-insensitive alternative is found by a case-sensitive pattern, twice as fast.
_STARTS: dict[str, Callable[[str, str], Iterable[int]]] = {
    "code_after_label": lambda norm, _: _code_starts(norm),
    "list_item": lambda norm, _: _list_item_starts(norm),  # (?m:^)
    "named": lambda norm, _: _named_starts(norm),
    "version": lambda norm, _: _version_starts(norm),
    "copyright": lambda _, folded: _words_at(folded, _COPYRIGHT_WORDS),
    "dialled": lambda _, folded: _words_at(folded, _DIALLED_WORDS),
    "month_day": lambda norm, _: _month_starts(norm),
    "month_year": lambda norm, _: _month_starts(norm),
    "day_month": lambda norm, _: _day_month_starts(norm),
    "time": _time_starts,
    "split_number": lambda norm, _: _starts_of(_SPLIT_NUMBER, norm),
    "company_no": lambda norm, _: {_run_start(norm, m.start() + 1)
                                   for m in _COMPANY_NO.finditer(norm, overlapped=True)},
    "phone": lambda norm, _: _phone_starts(norm),
}


def _label_last_words() -> frozenset[str]:
    """The last word of every label of "labelled", as the ASCII letters right before the
    number give it: "[Ss]tock[ ]code" -> code, "P\\.O\\.[ ]Box" -> Box, "Chang'e" -> e."""
    body = _VETOES_SOURCE.split("(?P<labelled>", 1)[1].split(r"\.?[ ]*", 1)[0]
    body = body.split(r"\b(?:", 1)[1].rsplit(")", 1)[0]
    words = set()
    for entry in (part.strip() for part in body.split("|")):
        last = entry.split("[ ]")[-1].split("'")[-1]
        case = regex.fullmatch(r"\[(\w)(\w)\](\w+)", last)  # [Tt]icker
        words.update((case[1] + case[3], case[2] + case[3]) if case else (last,))
    return frozenset(words)


_LABEL_LAST_WORDS = _label_last_words()
_LABEL_GAP = frozenset(" .#:")  # what "labelled" allows between a label and its number
_LABEL_BACK = 6  # the most a label starts before its last word ("Stock code", "Chang'e")
_NUMBER_TAIL = regex.compile(r"[\d,./-]*")


def _label_windows(norm: str) -> list[tuple[int, int]]:
    """Windows of the text holding every match of "labelled": around each number with a
    label word, or a #, right before it. Searched over the whole text, "labelled" tries
    its hundred words at every character (a third of all veto time, 88 ms a MB of
    English); in these windows it takes 19 ms. A window starts _LABEL_BACK characters
    before the last label word (its \\b still sees the text before) and ends two past
    the number's [\\d,./-] run (room for its optional letter and the \\b after it);
    windows that touch are merged, so no match is cut by a window's end."""
    windows: list[list[int]] = []
    # The numeral scan's anchors, found once for both: runs of digits, and vulgar
    # fractions, which "labelled" does not take; a window around one holds no match of its
    # own, only more text, and the window's end stays past any earlier number's tail.
    for number, _ in digit_anchors(norm):
        word_end = number
        while word_end and norm[word_end - 1] in _LABEL_GAP:
            word_end -= 1
        word_start = word_end
        while word_start and norm[word_start - 1] in _ASCII_LETTERS:
            word_start -= 1
        if (norm[word_start:word_end] not in _LABEL_LAST_WORDS
                and "#" not in norm[word_end:number]):
            continue
        start = max(0, word_start - _LABEL_BACK)
        end = min(len(norm), _NUMBER_TAIL.match(norm, number).end() + 2)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return [(start, end) for start, end in windows]


# Alternatives tried only inside the windows their finder gives (which hold all their
# matches: the alternative's lookbehinds still see the text before a window).
_WINDOWS: dict[str, Callable[[str], list[tuple[int, int]]]] = {"labelled": _label_windows}


def _matches(name: str, pattern: regex.Pattern[str], norm: str, folded: str
             ) -> Iterable[regex.Match[str]]:
    """Every place the alternative matches (overlapped: not only where its own previous
    match ended; the whole pattern may start there after another alternative's match)."""
    windows = _WINDOWS.get(name)
    if windows is not None:
        return (match for start, end in windows(norm)
                for match in pattern.finditer(norm, start, end, overlapped=True))
    starts = _STARTS.get(name)
    if starts is None:
        return pattern.finditer(norm, overlapped=True)
    return filter(None, (pattern.match(norm, start) for start in starts(norm, folded)))


def veto_spans(norm: str) -> list[tuple[int, int, str]]:
    """Spans of dates, times, phone numbers, labels ... in the text: (start, end, rule)."""
    folded = fold_case(norm)
    found = [(m.start(), order, m.end(), name)
             for order, (name, pattern) in enumerate(_ALTERNATIVES)
             for m in _matches(name, pattern, norm, folded)]
    found.sort()
    spans = []
    reach = 0
    for start, _, end, rule in found:
        if start < reach:
            continue
        reach = end
        if rule == "phone" and not _looks_like_phone(norm[start:end]):
            continue
        spans.append((start, end, rule))
    return spans


def is_year(norm: str, start: int, digits: str | None) -> bool:
    """A bare four-digit number from 1900 to 2099 read as a year, unless it plainly
    counts something (the caller checks for a noun before calling)."""
    if digits is None or len(digits) != 4 or not digits.isdigit():
        return False
    if not 1900 <= int(digits) <= 2099:
        return False
    return True


def letters_follow(norm: str, end: int) -> bool:
    """A numeral glued to letters ("5G", "3D", "A4") is a name or a model number."""
    return end < len(norm) and (norm[end].isalpha() or norm[end] == "_")
