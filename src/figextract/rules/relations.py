"""Relations between figures, read from the sentence around them: the arithmetic a text
states and `figextract check` tests.

- change: "rose 8% to 5.4 billion yuan from 5 billion yuan", "fell 15% from 2 million",
  "rose from 5 to 7 percent", "较2020年的X增长百分之七点三", "同比增长8%至5.4亿元";
  stated as a multiple (MULTIPLE_RULES): "doubled from A to B", "B, 2.5 times the A",
  "由A增长至B，翻了一番", "增长了两倍", "B，是去年A的3倍"
- share: "45 of the 300 counties, or 15%", "accounting for 40% of the total", "占比15%";
  as a fraction (FRACTION_RULES): "one in five of the 3,000 farms, 600 farms",
  "3000家农场中有五分之一，即600家"; per unit (PER_RULES): "3,600 parcels for 300
  households, or 12 per household", "平均每户12件"
- total: "60 million yuan in Hunan, 25 million yuan in Sichuan and 15 million yuan in
  Yunnan, 100 million yuan in all", "a total of X, including ...", "合计", "共计";
  shares listed as parts of one whole ("made up 60%, 35% and 5%")
- target: "12,782 experts, fulfilling 128% of the planned objectives", "完成计划的128%"

How: the document is rewritten as a *template* in which every figure is a placeholder
such as ⟦M3⟧ (kind letter, index into the figure list) and every restatement ("(about
$200,900)") is cut out, so the rules below read "sold ⟦M1⟧ of farm produce" and match
sentence structure, not digits. Kind letters: M money, P percent, D percentage points,
C count, Q quantity, F a fraction ("a third", "五分之一"), X a multiple ("2.5 times",
"3倍"). Each rule is a VERBOSE regex over that template, built from the
named fragments of _FRAGMENTS, and carries a readable name that ends up in the finding.
The phrasings each rule covers, with negative examples, are in relations_corpus.py.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from fractions import Fraction

import regex

from ..figure import Figure, same_measure

OPEN, CLOSE = "⟦", "⟧"
_SENTENCE_END = regex.compile(r"[.;!?。；！？\n](?:[ ]|$)|[。；！？\n]")
_PLACEHOLDER = regex.compile(r"⟦([A-Z])(\d+)⟧")
_HAN = regex.compile(r"\p{Han}")
_LETTER = {"money": "M", "count": "C", "quantity": "Q"}


@dataclass(slots=True)
class Relation:
    """One relation the text states. `roles` names the figures by their part in it:
    change: rate, from, to; share: part, whole, share; total: total (parts in `parts`);
    target: achieved, share, target (the target only when the text states it)."""

    check: str
    rule: str
    roles: dict[str, Figure] = field(default_factory=dict)
    parts: list[Figure] = field(default_factory=list)
    direction: int = 0  # change: +1 for rose/grew, -1 for fell/declined
    ratio: Ratio | None = None  # a multiple ("doubled") or fraction ("one in five") stated
    per: str = ""  # share per unit: the unit divided by ("household", "每户")
    verb: str = ""  # change: the verb as written ("reduced", "增长"), when one is
    # change: which way the words of the rate itself say ("a reduction of 36%": -1), 0
    # when they say none ("or 36%"); held against the levels like the verb
    rate_direction: int = 0
    rate_words: str = ""  # those words as written ("a reduction of 36 percent")
    # change stated by its levels alone: a percentage just after them that no relation
    # reads ("fell from 9.6 to 4.2 hours, a 36 percent slump in ..."): the text may state
    # the change's rate in words no rule knows, so the levels alone must not pass it
    unread: Figure | None = None

    def figures(self) -> list[Figure]:
        """Every figure of the relation, in order of appearance."""
        seen = {id(f): f for f in [*self.roles.values(), *self.parts]}
        return sorted(seen.values(), key=lambda f: f.start)


@dataclass(frozen=True, slots=True)
class Ratio:
    """A multiple or a fraction as the text states it: "doubled" is 2, "2.5 times" 5/2,
    "增长了两倍" 3 (Chinese counts the increase: two times more), "one in five" 1/5.
    `worded` when no digit shows it ("doubled", "two-thirds"), so its precision is a
    convention rather than a last digit; `qualifier` as on figures (over, under, approx);
    `note` says how a reading that surprises was made."""

    value: Fraction
    text: str
    worded: bool
    qualifier: str | None = None
    note: str = ""


@dataclass(slots=True)
class Template:
    """The text with figures as placeholders; `figures[i]` is placeholder i."""

    text: str
    figures: list[Figure]
    ends: list[int] = field(default_factory=list)  # offsets just after each sentence end

    windows: list[tuple[int, int]] = field(default_factory=list)
    single: list[tuple[int, int]] | None = None  # sentences with one figure or more, lazily

    def __post_init__(self) -> None:
        self.ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        self.windows = self._windows()

    def _windows(self, least: int = 2) -> list[tuple[int, int]]:
        """The sentences holding two figures or more: the only places a relation can be
        (rules never cross a sentence end), so the rules need not scan the rest."""
        counts: dict[int, int] = {}
        for match in _PLACEHOLDER.finditer(self.text):
            key = bisect.bisect_right(self.ends, match.start())
            counts[key] = counts.get(key, 0) + 1
        bounds = [0, *self.ends, len(self.text)]
        return [(bounds[i], bounds[i + 1]) for i, n in sorted(counts.items()) if n >= least]

    def _single_windows(self) -> list[tuple[int, int]]:
        if self.single is None:
            self.single = self._windows(1)
        return self.single

    def finditer(self, pattern: regex.Pattern[str], overlapped: bool = False,
                 cue: regex.Pattern[str] | None = None,
                 single: bool = False) -> Iterator[regex.Match[str]]:
        """Matches of a rule, sentence window by sentence window; with a cue (a cheap
        pattern the rule cannot match without), only in windows that hold the cue.
        `single`: also in sentences with one figure (a rule that needs one figure only,
        as "doubled to X" does)."""
        for start, end in (self._single_windows() if single else self.windows):
            if cue is None or cue.search(self.text, start, end):
                yield from pattern.finditer(self.text, start, end, overlapped=overlapped)

    def figure(self, token: str) -> Figure:
        return self.figures[int(token[2:-1])]

    def sentence_start(self, offset: int) -> int:
        """Where the sentence holding `offset` starts."""
        i = bisect.bisect_right(self.ends, offset)
        return self.ends[i - 1] if i else 0

    def sentence_end(self, offset: int) -> int:
        """Where the sentence holding `offset` ends (just after its closing mark)."""
        i = bisect.bisect_right(self.ends, offset)
        return self.ends[i] if i < len(self.ends) else len(self.text)


_TIMES_AFTER = regex.compile(r"[ ]*(?:times\b|-?[ ]?fold\b)", regex.IGNORECASE)
_ASCII_DIGIT = regex.compile(r"[0-9]")


def letter(fig: Figure, norm: str = "") -> str:
    """The placeholder letter: the kind, and for counts whether the count is a fraction
    ("a third", "五分之一": F) or a multiple ("2.5 times", "3倍": X) rather than a level."""
    if fig.kind == "percent":
        return "D" if fig.unit == "pp" else "P"
    if fig.kind == "count":
        if 0 < fig.value < 1 and ("/" in fig.text or not _ASCII_DIGIT.search(fig.text)):
            return "F"
        if fig.text.endswith("倍") or _TIMES_AFTER.match(norm, fig.end):
            return "X"
    return _LETTER.get(fig.kind, "C")


def build_template(norm: str, figures: list[Figure]) -> Template:
    """Replace each figure by its placeholder; a linked pair ("X (about Y)") becomes one
    placeholder, that of the figure written first, which the sentence's grammar follows
    whichever of the two extraction calls the original."""
    by_id = {f.id: f for f in figures}
    spans: dict[int, tuple[int, int]] = {}  # id() of the first of a pair -> the pair's span
    hidden: set[int] = set()  # id() of the second of a pair
    for fig in figures:
        original = by_id.get(fig.equivalent_of or "")
        if original is None:
            continue
        first, second = sorted((original, fig), key=lambda f: f.start)
        spans[id(first)] = _pair_span(norm, original, fig)
        hidden.add(id(second))
    pieces: list[str] = []
    position = 0
    for index, fig in enumerate(figures):
        if id(fig) in hidden:
            continue
        start, end = spans.get(id(fig), (fig.start, fig.end))
        if start < position:
            continue
        pieces.append(norm[position:start])
        pieces.append(f"{OPEN}{letter(fig, norm)}{index}{CLOSE}")
        position = end
    pieces.append(norm[position:])
    return Template("".join(pieces), figures)


_CLOSING = regex.compile(r"[ ]*[)\]）]")


def _pair_span(norm: str, original: Figure, restated: Figure) -> tuple[int, int]:
    """The span of "original (about restated)" or "restated (original)", with the
    closing bracket, so the template keeps one placeholder for the pair."""
    start = min(original.start, restated.start)
    end = max(original.end, restated.end)
    gap = norm[min(original.end, restated.end):max(original.start, restated.start)]
    if any(c in gap for c in "([（"):
        closing = _CLOSING.match(norm, end)
        if closing:
            end = closing.end()
    return start, end


# Named fragments shared by every rule. Placeholders: ⟦M3⟧ etc.
_FRAGMENTS = r"""
(?(DEFINE)
  (?P<level>  ⟦[MCQP]\d+⟧ )                       # a level: money, count, quantity, percent
  (?P<amount> ⟦[MCQ]\d+⟧ )                        # a level that is not a percentage
  (?P<delta>  ⟦[PD]\d+⟧ )                         # a change: percent or percentage points
  (?P<pct>    ⟦P\d+⟧ )                            # a share: percent only
  (?P<q>      (?:(?:about|around|approximately|roughly|some|nearly|almost|over|more[ ]than|
                  less[ ]than|under|at[ ]least|up[ ]to|just[ ]over|just[ ]under)[ ]+
              | 约|約|近|超过|超過|逾|达到|達到|达|達|为|為|不到|不足|接近)? )
  (?P<by>     (?:[ ]+by)?[ ]+ )                       # "rose by 8%", "rose 8%"
  (?P<yoy>    (?:[ ]+(?:year[ -]on[ -]year|year[ -]over[ -]year|from[ ]a[ ]year[ ]earlier|
                       on[ ]the[ ]year|annually))? )
  (?P<up>     (?:rose|risen|rises|rise|grew|grown|grows|grow|increased|increases|increase|
                 climbed|jumped|gained|expanded|surged|soared|went[ ]up|was[ ]up|were[ ]up|
                 raised|boosted|lifted) )
  (?P<down>   (?:fell|fallen|falls|fall|dropped|drops|declined|declines|decline|decreased|
                 decreases|slipped|shrank|slid|plunged|went[ ]down|was[ ]down|were[ ]down|
                 reduced|reduces|reduce|cut|lowered|slashed|trimmed) )
  (?P<up_noun>   (?:increase|rise|gain|jump|growth|climb|surge|rebound|expansion|hike) )
  (?P<down_noun> (?:drop|decline|decrease|fall|reduction|cut|loss|slump|plunge|dip|
                    contraction|slide) )
  (?P<zh_up>   (?:增长|增長|上升|提高|增加|上涨|上漲|攀升|延长|延長) )
  (?P<zh_down> (?:下降|减少|減少|降低|下跌|下滑|回落|缩短|縮短|压缩|壓縮) )
  (?P<zh_up_to>   (?:(?&zh_up)|增|升|涨|漲|提升|扩大|擴大) )        # before 至/到: 增至
  (?P<zh_down_to> (?:(?&zh_down)|降|减|減|跌|缩减|縮減|缩小|縮小) )  # 降至
  (?P<zh_yoy>  (?:同比|比上年|较上年|較上年|比去年|较去年|較去年)? )
  (?P<gap>    [^⟦⟧.;!?。；！？\n]{0,40}? )           # a few words inside the clause
  (?P<long>   [^⟦⟧.;!?。；！？\n]{0,110}? )          # a clause's worth of words
  (?P<aside>  (?:[ ]*[(][^()\n]{0,60}[)])? )           # "(about $7.08 billion)" left unlinked
  (?P<the>    (?:(?:the|all|its|their|all[ ]the)[ ]+)? )
  (?P<plan>   (?:objectives?|targets?|goals?|plans?|quotas?) )
  (?P<zh_plan> (?:目标|目標|计划|計劃|任务|任務) )
  (?P<mq>     (?:(?:more[ ]than|over|nearly|almost|about|around|roughly|some|just[ ]over|
                   just[ ]under|less[ ]than|under)[ ]+)? )     # "more than doubled"
  (?P<zh_mq>  (?:近|接近|约|約|超过|超過|逾|不到)? )
  (?P<mverb>  (?:doubled|tripled|trebled|quadrupled|halved) )   # a multiple as the verb
  (?P<fold>   (?:(?:two|three|four|five|six|seven|eight|nine|ten)[ -]?fold  # "threefold"
               |⟦X\d+⟧(?:[ ]+times|[ ]?-?[ ]?fold)) )         # "2.5 times", "3-fold"
  (?P<times>  (?:twice|double|triple|treble|quadruple|half|(?&fold)) )  # "B, twice the A"
  (?P<multiple> (?&mq) (?: (?&mverb)                               # "more than doubled"
              | (?:(?&up)|(?&down)) (?:[ ]+by)? [ ]+ (?&mq) (?:(?&fold)|half)  # "grew
                                         # threefold", not "fell twice": two occasions
              | (?&down) [ ]+ in[ ]+half                        # "was cut in half"
              | (?&times) [ ]+ (?:increase|rise|jump|gain|growth) ) )  # "a threefold rise"
  (?P<zh_multiple> (?&zh_mq)
      (?: 翻了?[一两兩二三四1234]番 | 翻番 | 翻倍 | 减半 | 減半            # x2, x4, /2
        | (?:(?&zh_down)|缩减|縮減)了? (?:近|约|約)? 一半
        | (?&zh_up) (?:到|至|为|為) (?:原来的|原來的|上年的|去年的)? [ ]* (?&zh_mq) ⟦X\d+⟧
        | (?&zh_up) 了? [ ]* (?&zh_mq) ⟦X\d+⟧ ) )                   # 增长了两倍: x3
  (?P<fraction> (?&mq) (?: ⟦C\d+⟧[ ]+(?:in|out[ ]of)[ ]+⟦C\d+⟧         # "one in five"
                     | ⟦F\d+⟧                                       # "two-thirds"
                     | (?:a[ ]+)?half\b ) )
  (?P<zh_fraction> (?&zh_mq) (?: ⟦F\d+⟧ | 一半 | 半数 | 半數 ) )
)
"""

# Pieces pasted into a rule's body rather than called as fragments: the groups they
# capture (the rate, and which way its own words say it went) must reach the match,
# and a group captured inside a called fragment does not.
_INLINE = {
    "rate_tail": r"""(?:
      ,?[ ]+ (?:(?:which[ ]is|representing|marking|meaning)[ ]+)?      # after the levels
      (?: an?[ ]+ (?:(?P<ru>(?&up_noun))|(?P<rd>(?&down_noun))) [ ]+(?:of|by)[ ]+ (?&q)
          (?P<rate>(?&delta))                                  # "a reduction of 36%"
        | (?:(?P<ru>up)|(?P<rd>down)|or) (?&by) (?&q) (?P<rate>(?&delta))  # "down 36%"
        | an?[ ]+ (?&q) (?P<rate>(?&delta)) [ ]+                 # "a 36% reduction"
          (?:(?P<ru>(?&up_noun))|(?P<rd>(?&down_noun))) ) )""",
    "zh_rate_tail": r"""(?:
      [ ]* ,? [ ]* (?&zh_yoy)                                  # "，下降56%", "，降幅为56%"
      (?: (?:(?P<ru>(?&zh_up))|(?P<rd>(?&zh_down))) (?:了)?
        | (?:(?P<ru>增幅|涨幅|漲幅)|(?P<rd>降幅|跌幅|减幅|減幅))
          (?:为|為|达到|達到|达|達)? )
      [ ]* (?&q) (?P<rate>(?&delta)) )""",
}
_FLAGS = regex.VERBOSE | regex.IGNORECASE
# Each fragment of the block above by name: its "(?P<name> ...)" lines.
_DEFINITIONS = {m.group(1): m.group(0) for m in regex.finditer(
    r"^[ ]+[(]\?P<(\w+)>.*?(?=^[ ]+[(]\?P<|^[)]$)", _FRAGMENTS, regex.M | regex.S)}
_USE = regex.compile(r"[(]\?&(\w+)[)]")


def _rule(body: str) -> regex.Pattern[str]:
    """A rule over the template, with the fragments it uses (and theirs) defined. Only
    those: every group defined costs each match attempt, and rules try many."""
    for name, text in _INLINE.items():
        body = body.replace(f"(?&{name})", text)
    needed: list[str] = []
    pending = _USE.findall(body)
    while pending:
        name = pending.pop()
        if name not in needed:
            needed.append(name)
            pending.extend(_USE.findall(_DEFINITIONS[name]))
    defines = "".join(_DEFINITIONS[name] for name in _DEFINITIONS if name in needed)
    return regex.compile(f"(?(DEFINE)\n{defines})\n{body}", _FLAGS)


# Cues: cheap patterns a family of rules cannot match without, so the rules run only in
# the sentences that hold one (the rules are slow to fail at every position).
_CUES = {
    "change": regex.compile(
        r"\b(?:ros|ris|gr[eo]w|increas|climb|jump|gain|expand|surg|soar|went|was|were|up|"
        r"fell|fall|drop|declin|decreas|slip|shr|slid|plung|down|reduc|cut|lower|slash|"
        r"trim|rais|boost|lift)", regex.IGNORECASE),
    "multiple": regex.compile(
        r"\b(?:doubl|tripl|trebl|quadrupl|halv|half|twice|\w*fold|times)", regex.IGNORECASE),
    "fraction": regex.compile(r"⟦F|\b(?:in|out[ ]of)[ ]⟦C|\bhalf\b", regex.IGNORECASE),
    "per": regex.compile(r"\b(?:per|each|a)\b|每|人均|户均|戶均", regex.IGNORECASE),
    "share": regex.compile(r"\b(?:or|accounting|making|representing|which|equal)\b",
                           regex.IGNORECASE),
    "target": regex.compile(r"\b(?:objective|target|goal|plan|quota)", regex.IGNORECASE),
    "total": regex.compile(r"\b(?:total|in[ ]all|altogether|combined)", regex.IGNORECASE),
    "zh": regex.compile(r"\p{Han}"),
    "any_total": regex.compile(r"\b(?:total|in[ ]all|altogether|combined)|[合共总總累]",
                               regex.IGNORECASE),
}


def cue_for(family: str, rule: str) -> regex.Pattern[str]:
    return _CUES["zh" if rule.startswith("zh_") else family]


# --- change -------------------------------------------------------------------------
# Each: (name, pattern). The direction comes from which verb group matched.
CHANGE_RULES: list[tuple[str, regex.Pattern[str]]] = [
    ("rate_to_from", _rule(r"""
        (?:(?P<u>(?&up))|(?&down)) (?&by) (?&q) (?P<rate>(?&delta)) (?&yoy)
        [ ]+to[ ]+ (?&q) (?P<to>(?&level)) (?&gap) [ ]from[ ]+ (?&q) (?P<from>(?&level))
        """)),
    ("rate_from_to", _rule(r"""
        (?:(?P<u>(?&up))|(?&down)) (?&by) (?&q) (?P<rate>(?&delta)) (?&yoy)
        [ ]+from[ ]+ (?&q) (?P<from>(?&level)) (?&gap) [ ]to[ ]+ (?&q) (?P<to>(?&level))
        """)),
    ("from_to_then_rate", _rule(r"""
        (?:(?P<u>(?&up))|(?&down)) [ ]+from[ ]+ (?&q) (?P<from>(?&level)) (?&gap)
        [ ]to[ ]+ (?&q) (?P<to>(?&level)) (?&gap) (?&rate_tail)
        """)),
    ("to_from_then_rate", _rule(r"""
        (?:(?P<u>(?&up))|(?&down)) [ ]+to[ ]+ (?&q) (?P<to>(?&level)) (?&gap)
        [ ]from[ ]+ (?&q) (?P<from>(?&level)) (?&gap) (?&rate_tail)
        """)),
    ("level_then_rate_from", _rule(r"""
        (?P<to>(?&level)) (?&aside) (?&gap) ,[ ]+
        (?: (?:(?P<u>up)|down) (?&by) (?&q) (?P<rate>(?&delta))
          | an?[ ]+ (?:(?P<u>(?&up_noun))|(?&down_noun)) [ ]+of[ ]+ (?&q) (?P<rate>(?&delta)) )
        (?&yoy) [ ]+ (?:from|over|on|compared[ ]with|against)[ ]+
        (?:(?:the|a[ ]year[ ]earlier's|last[ ]year's|\d{4}'s)[ ]+)? (?&q) (?P<from>(?&level))
        """)),
    ("from_to", _rule(r"""
        (?:(?P<u>(?&up))|(?&down)) [ ]+from[ ]+ (?&q) (?P<from>(?&level))
        [ ]+to[ ]+ (?&q) (?P<to>(?&level))
        """)),
    ("to_from", _rule(r"""
        (?:(?P<u>(?&up))|(?&down)) [ ]+to[ ]+ (?&q) (?P<to>(?&level))
        (?&gap) [ ]from[ ]+ (?&q) (?P<from>(?&level))
        """)),
    ("rate_from", _rule(r"""
        (?:(?P<u>(?&up))|(?&down)) (?&by) (?&q) (?P<rate>(?&delta)) (?&yoy)
        [ ]+from[ ]+ (?&q) (?P<from>(?&level))
        """)),
    ("rate_to", _rule(r"""
        (?:(?P<u>(?&up))|(?&down)) (?&by) (?&q) (?P<rate>(?&delta)) (?&yoy)
        [ ]+to[ ]+ (?&q) (?P<to>(?&level))
        """)),
    ("level_then_rate", _rule(r"""
        (?P<to>(?&level)) (?&aside) (?&gap) ,[ ]+ (?:(?P<u>up)|down) (?&by) (?&q)
        (?P<rate>(?&delta))
        """)),
    ("zh_compared_with", _rule(r"""
        (?P<to>(?&level)) (?&aside) (?&gap) ,? [ ]* (?:较|較|比) (?&gap) (?P<from>(?&level)) [ ]*
        (?:(?P<u>(?&zh_up))|(?&zh_down)) (?:了)? [ ]* (?&q) (?P<rate>(?&delta))
        """)),
    ("zh_from_to", _rule(r"""
        (?:由|从|從) [ ]* (?P<from>(?&level)) [ ]*
        (?:(?P<u>(?&zh_up_to))|(?P<dn>(?&zh_down_to)))?
        (?:至|到|为|為) [ ]* (?P<to>(?&level)) (?&zh_rate_tail)?
        """)),
    ("zh_rate_to", _rule(r"""
        (?:(?P<u>(?&zh_up))|(?&zh_down)) (?:了)? [ ]* (?&q) (?P<rate>(?&delta)) [ ]*
        (?:至|到|达到|達到|达|達) [ ]* (?P<to>(?&level))
        """)),
    ("zh_level_then_rate", _rule(r"""
        (?P<to>(?&level)) (?&aside) [ ]* , [ ]* (?:同比|比上年|较上年|較上年|比去年|较去年|較去年)?
        (?:(?P<u>(?&zh_up))|(?&zh_down)) (?:了)? [ ]* (?&q) (?P<rate>(?&delta))
        """)),
]

# --- change stated as a multiple: "doubled", "2.5 times", "翻了一番", "是…的3倍" ---------
# The multiple is read from the words of the `mult` group (see _read_multiple).
MULTIPLE_RULES: list[tuple[str, regex.Pattern[str]]] = [
    ("multiple_from_to", _rule(r"""
        (?P<mult>(?&multiple)) (?&yoy) [ ]+from[ ]+ (?&q) (?P<from>(?&level)) (?&gap)
        [ ]to[ ]+ (?&q) (?P<to>(?&level))
        """)),
    ("multiple_to_from", _rule(r"""
        (?P<mult>(?&multiple)) (?&yoy) [ ]+to[ ]+ (?&q) (?P<to>(?&level)) (?&gap)
        [ ]from[ ]+ (?&q) (?P<from>(?&level))
        """)),
    ("level_multiple_of_level", _rule(r"""
        (?P<to>(?&level)) (?&aside) (?&gap) ,?[ ]+
        (?:(?:or|which[ ]is|that[ ]is|up|down|some)[ ]+)? (?P<mult>(?&mq)(?&times))
        [ ]+ (?:(?:the|that[ ]of|those[ ]of|its|their|as[ ]much[ ]as|as[ ]many[ ]as|
                  as[ ]large[ ]as|from|on|over)[ ]+)? [^⟦⟧.;,!?。；！？\n]{0,40}?
        (?P<from>(?&level))
        """)),
    ("level_multiple", _rule(r"""
        (?P<to>(?&level)) (?&aside) (?&gap) ,[ ]+
        (?:(?:or|which[ ]is|that[ ]is|some)[ ]+)? (?P<mult>(?&mq)(?&times))
        [ ]+ (?:the|that[ ]of|those[ ]of|its|their|as[ ]much|as[ ]many|as[ ]large|
                as[ ]high)\b
        """)),
    ("multiple_from", _rule(r"""
        (?P<mult>(?&multiple)) (?&yoy) [ ]+from[ ]+ (?&q) (?P<from>(?&level))
        """)),
    ("multiple_to", _rule(r"""
        (?P<mult>(?&multiple)) (?&yoy) [ ]+to[ ]+ (?&q) (?P<to>(?&level))
        """)),
    ("zh_from_to_then_multiple", _rule(r"""
        (?:由|从|從) [ ]* (?P<from>(?&level)) [ ]* (?:(?&zh_up_to)|(?&zh_down_to))?
        (?:至|到|为|為) [ ]* (?P<to>(?&level)) [ ]* ,? [ ]* (?P<mult>(?&zh_multiple))
        """)),
    ("zh_from_multiple_to", _rule(r"""
        (?:由|从|從) [ ]* (?P<from>(?&level)) [ ]* (?P<mult>(?&zh_multiple))
        (?:至|到|为|為) [ ]* (?P<to>(?&level))
        """)),
    ("zh_is_multiple_of", _rule(r"""
        (?P<to>(?&level)) (?&aside) [^⟦⟧。；;!?！？\n]{0,20}? [ ]*
        (?:是|为|為|相当于|相當於|达到|達到) [^⟦⟧。,;；]{0,10}? (?P<from>(?&level)) [ ]*
        的 [ ]* (?P<mult>(?&zh_mq)⟦X\d+⟧)
        """)),
    ("zh_level_is_multiple", _rule(r"""
        (?P<to>(?&level)) (?&aside) [^⟦⟧。；;!?！？\n]{0,20}? [ ]*
        (?:是|为|為|相当于|相當於) [^⟦⟧。,;；]{0,10}? 的 [ ]* (?P<mult>(?&zh_mq)⟦X\d+⟧)
        """)),
    ("zh_multiple_to", _rule(r"""
        (?P<mult>(?&zh_multiple)) [ ]* ,? [ ]*
        (?:达到|達到|达|達|至|到|为|為|降至|增至|降到|增到) [ ]* (?&q) (?P<to>(?&level))
        """)),
    ("zh_level_then_multiple", _rule(r"""
        (?P<to>(?&level)) (?&aside) [ ]* , [ ]*
        (?:同比|比上年|较上年|較上年|比去年|较去年|較去年|比[^⟦⟧。,;；]{1,8}?)?
        (?P<mult>(?&zh_multiple))
        """)),
]

_MULTIPLE_WORDS = {
    "double": 2, "doubled": 2, "twice": 2, "twofold": 2, "two-fold": 2, "翻番": 2, "翻倍": 2,
    "triple": 3, "tripled": 3, "treble": 3, "trebled": 3, "threefold": 3, "three-fold": 3,
    "quadruple": 4, "quadrupled": 4, "fourfold": 4, "four-fold": 4,
    "fivefold": 5, "five-fold": 5, "sixfold": 6, "six-fold": 6, "sevenfold": 7,
    "seven-fold": 7, "eightfold": 8, "eight-fold": 8, "ninefold": 9, "nine-fold": 9,
    "tenfold": 10, "ten-fold": 10,
}
_MULTIPLE_WORD = regex.compile(
    r"\b(?:" + "|".join(sorted((w for w in _MULTIPLE_WORDS if w.isascii()), key=len,
                               reverse=True)) + r")\b|翻番|翻倍", regex.IGNORECASE)
_HALF = regex.compile(r"\bhalf\b|\bhalved\b|减半|減半|一半|半数|半數", regex.IGNORECASE)
_FAN = regex.compile(r"翻了?([一两兩二三四1234])番")
_FAN_COUNT = {"一": 1, "1": 1, "两": 2, "兩": 2, "二": 2, "2": 2, "三": 3, "3": 3,
              "四": 4, "4": 4}
_ZH_INCREASE_BY = regex.compile(r"(?:增长|增長|上升|提高|增加|上涨|上漲|攀升)了?[ ]*"
                                r"(?:近|接近|约|約|超过|超過|逾|不到)?⟦X")
_QUALIFIER_WORDS = [
    ("over", regex.compile(r"\b(?:more[ ]than|over|just[ ]over)\b|超过|超過|逾",
                           regex.IGNORECASE)),
    ("under", regex.compile(r"\b(?:nearly|almost|less[ ]than|under|just[ ]under)\b|近|接近|不到",
                            regex.IGNORECASE)),
    ("approx", regex.compile(r"\b(?:about|around|roughly|some)\b|约|約", regex.IGNORECASE)),
]


def _qualifier_of(words: str) -> str | None:
    for name, pattern in _QUALIFIER_WORDS:
        if pattern.search(words):
            return name
    return None


def _read_multiple(template: Template, words: str, down: bool
                   ) -> tuple[Ratio, Figure | None] | None:
    """The multiple a `mult` group states, and the figure that states it if any:
    "more than doubled" -> 2 (over); "2.5 times" -> 5/2; "增长了两倍" -> 3;
    "增长到原来的3倍" -> 3; "翻了两番" -> 4; "halved", "减少了一半" -> 1/2. A multiple
    above 1 after a falling verb ("fell threefold") is read as its inverse."""
    qualifier = _qualifier_of(regex.sub(r"⟦[A-Z]\d+⟧", " ", words))
    token = _PLACEHOLDER.search(words)
    figure = template.figure(token.group(0)) if token else None
    note = ""
    if figure is not None:
        value = Fraction(str(figure.value))
        qualifier = qualifier or figure.qualifier  # the words first: "nearly" is under
        if _ZH_INCREASE_BY.search(words):
            value += 1
            note = (f"{_PLACEHOLDER.sub(lambda _: figure.text, words)} counts the increase: "
                    f"{_fmt_fraction(value)} times the earlier level")
    elif (fan := _FAN.search(words)) is not None:
        value = Fraction(2) ** _FAN_COUNT[fan.group(1)]
    elif (word := _MULTIPLE_WORD.search(words)) is not None:
        value = Fraction(_MULTIPLE_WORDS[word.group(0).lower()])
    elif _HALF.search(words):
        value = Fraction(1, 2)
    else:
        return None
    if value <= 0:
        return None
    if down and value > 1:
        value = 1 / value
    elif not down and value < 1 and _RISING.search(words):
        value += 1  # "rose by half": by half as much again
    worded = figure is None or not _ASCII_DIGIT.search(figure.text)
    text = _PLACEHOLDER.sub(lambda m: template.figure(m.group(0)).text, words).strip()
    return Ratio(value, text, worded, qualifier, note), figure


def _fmt_fraction(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return str(Decimal(value.numerator) / Decimal(value.denominator))


# --- share --------------------------------------------------------------------------
SHARE_RULES: list[tuple[str, regex.Pattern[str]]] = [
    ("part_of_whole_or_share", _rule(r"""
        (?P<part>(?&amount)) (?:[ ]+[^⟦⟧.;,\n]{0,30}?)? [ ]+of[ ]+ (?&the)
        (?P<whole>(?&amount)) (?&long) ,?[ ]+or[ ]+ (?&q) (?P<share>(?&pct))
        """)),
    ("part_or_share_of_whole", _rule(r"""
        (?P<part>(?&amount)) (?&gap) ,[ ]+(?:or|accounting[ ]for|making[ ]up|representing)
        [ ]+ (?&q) (?P<share>(?&pct)) [ ]+of[ ]+ (?&the) (?:total[ ]+)? (?P<whole>(?&amount))
        """)),
    ("share_of_the_total", _rule(r"""
        (?P<part>(?&amount)) (?&gap) ,?[ ]+
        (?:accounting[ ]for|making[ ]up|representing|or|which[ ]is|equal[ ]to)[ ]+
        (?&q) (?P<share>(?&pct)) [ ]+of[ ]+(?:the|all)[ ]+(?:total|whole)\b
        """)),
    ("zh_share_of", _rule(r"""
        (?P<part>(?&amount)) [^⟦⟧。；;!?！？\n]{0,30}? ,? [ ]*
        (?:占|佔) (?:[^⟦⟧。,，;；]{0,12}?的)? (?:比(?:重|例)?)? (?:为|為|达|達|达到|達到)?
        [ ]* (?&q) (?P<share>(?&pct))
        """)),
]

# A share stated as a fraction: "one in five of the 3,000 farms, 600 farms". `frac` holds
# the fraction (see _read_fraction); the whole may be left to a total stated nearby.
FRACTION_RULES: list[tuple[str, regex.Pattern[str]]] = [
    ("fraction_of_whole_part", _rule(r"""
        (?P<frac>(?&fraction)) [ ]+of[ ]+ (?&the) (?P<whole>(?&amount)) (?&gap)
        (?:,[ ]+|[ ]*(?P<link>[(])) (?:(?P<link>or|that[ ]is|i\.e\.)[ ]+)? (?&q)
        (?P<part>(?&amount))
        """)),
    ("part_of_whole_or_fraction", _rule(r"""
        (?P<part>(?&amount)) (?:[ ]+[^⟦⟧.;,\n]{0,30}?)? [ ]+of[ ]+ (?&the)
        (?P<whole>(?&amount)) (?&long) ,?[ ]+ (?:or|that[ ]is|i\.e\.)[ ]+
        (?P<frac>(?&fraction)) (?![ ]+of\b)
        """)),
    ("part_fraction_of_whole", _rule(r"""
        (?P<part>(?&amount)) (?&gap) ,[ ]+
        (?:(?:or|that[ ]is|accounting[ ]for|making[ ]up|representing)[ ]+)?
        (?P<frac>(?&fraction)) [ ]+of[ ]+ (?&the) (?:total[ ]+)? (?P<whole>(?&amount))
        """)),
    ("fraction_of_the_total", _rule(r"""
        (?P<part>(?&amount)) (?&gap) ,?[ ]+
        (?:accounting[ ]for|making[ ]up|representing|or|which[ ]is|equal[ ]to)[ ]+
        (?P<frac>(?&fraction)) [ ]+of[ ]+(?:the|all)[ ]+(?:total|whole)\b
        """)),
    ("zh_whole_fraction_part", _rule(r"""
        (?P<whole>(?&amount)) [^⟦⟧。；;!?！？\n]{0,12}? (?:中|里|裡|当中|當中)
        [^⟦⟧。,；;]{0,4}? ,? [ ]* (?P<frac>(?&zh_fraction)) [^⟦⟧。,；;]{0,6}? [ ]*
        (?:,|\() [ ]* (?:即|也就是|共|计|計|约|約)? [ ]* (?P<part>(?&amount))
        """)),
    ("zh_part_fraction_of_whole", _rule(r"""
        (?P<part>(?&amount)) [^⟦⟧。；;!?！？\n]{0,20}? ,? [ ]* (?:占|佔)
        [^⟦⟧。,；;]{0,10}? (?P<whole>(?&amount))? [^⟦⟧。,；;]{0,6}? 的? [ ]*
        (?P<frac>(?&zh_fraction))
        """)),
]

# A share stated per unit: "3,600 parcels for 300 households, or 12 per household";
# the whole is a count of the units, `per` the unit word the text divides by.
PER_RULES: list[tuple[str, regex.Pattern[str]]] = [
    ("per_unit", _rule(r"""
        (?P<part>(?&amount)) (?&gap) [ ]+(?:for|among|across|between|to|by)[ ]+ (?&the)
        (?P<whole>⟦C\d+⟧) (?P<units>[^⟦⟧.;,\n]{0,30}?) ,?[ ]+
        (?:or|averaging|that[ ]is|i\.e\.|an[ ]average[ ]of)[ ]+
        (?:(?:an[ ]average[ ]of|on[ ]average)[ ]+)? (?&q) (?P<share>(?&amount))
        [ ]* (?:[\w-]+[ ]+){0,2}? (?:per|each|a)[ ]+ (?P<per>[\w-]+)
        """)),
    ("units_part_per_unit", _rule(r"""
        (?P<whole>⟦C\d+⟧) (?P<units>[^⟦⟧.;,\n]{0,40}?) (?P<part>(?&amount)) (?&gap)
        ,?[ ]+ (?:or|averaging|that[ ]is|i\.e\.|an[ ]average[ ]of)[ ]+
        (?:(?:an[ ]average[ ]of|on[ ]average)[ ]+)? (?&q) (?P<share>(?&amount))
        [ ]* (?:[\w-]+[ ]+){0,2}? (?:per|each|a)[ ]+ (?P<per>[\w-]+)
        """)),
    ("zh_per_unit", _rule(r"""
        (?P<whole>⟦C\d+⟧) [^⟦⟧。；;!?！？\n]{0,20}? (?P<part>(?&amount))
        [^⟦⟧。；;,]{0,10}? , [ ]* (?:平均)? (?P<per>每[^⟦⟧。,；;]?|人均|户均|戶均)
        [^⟦⟧。,；;]{0,4}? (?&q) (?P<share>(?&amount))
        """)),
]

# Where a share's whole is stated as a total elsewhere: "a total of X", "X in all", "共X".
_TOTAL_MARK = _rule(r"""
    (?:a[ ]+total[ ]+of|total(?:l?ed|l?ing)?(?:[ ]+of)?|in[ ]+total|总计|總計|合计|合計|
       共计|共計|共有|总共|總共|共) [ ]* (?&q) (?P<whole>(?&amount))
  | (?P<whole>(?&amount)) [ ]+(?:in[ ]+total|in[ ]+all|altogether|combined)
    """)

# --- total --------------------------------------------------------------------------
TOTAL_AFTER_PARTS = _rule(r"""
    (?: (?P<total>(?&amount)) [ ]+(?:in[ ]+all|in[ ]+total|altogether|combined)\b
      | ,?[ ]+ (?:for[ ]+|or[ ]+)? (?:a[ ]+total[ ]+of|totall?ing|totall?ed|in[ ]+total)
        [ ]+ (?&q) (?P<total>(?&amount))
      | [,、][ ]* (?:合计|合計|共计|共計|总计|總計|总共|總共|累计|累計|共) [ ]*
        (?:为|為|达|達|达到|達到)? [ ]* (?&q) (?P<total>(?&amount))
    )
    """)
TOTAL_BEFORE_PARTS = _rule(r"""
    (?: (?:a[ ]+total[ ]+of|totall?ing|totall?ed) [ ]+ (?&q) (?P<total>(?&amount))
        (?&gap) ,?[ ]+ (?:including|of[ ]+which|among[ ]+them|made[ ]+up[ ]+of)\b
      | (?:合计|合計|共计|共計|总计|總計|总共|總共|共) [^⟦⟧。,]{0,10}? (?P<total>(?&amount))
        [^⟦⟧。]{0,10}? , [ ]* 其中
    )
    """)
_SHARES_WORDS = regex.compile(
    r"made[ ]up|make[ ]up|makes[ ]up|accounted[ ]for|account[ ]for|accounts[ ]for|"
    r"share|respectively|分别|分別|占|佔", regex.IGNORECASE)
_REST_WORDS = regex.compile(
    r"\b(?:remaining|rest|remainder|balance|other)\b|其余|其餘|剩下|剩余|剩餘", regex.IGNORECASE)
# A share named as what is left of the whole, just before it ("the remaining 30%", "the
# rest, 30%", "其余30%", "剩下的40%", "其余部分占30%"): the shares listed with it must make
# the whole, no more and no less. Not "the other cities 30%", "其余城市增长30%": shares
# of something else, or changes.
_THE_REST = regex.compile(
    r"""\b(?:remaining|rest|remainder|balance|other)
        (?:[ ]+of[ ]+(?:it|them|the[ ]+[\w-]+))? (?:[ ]*[,(:]|[ ]+(?:is|was|were|at|being))?
        [ ]*$
      | (?:其余|其餘|剩下|剩余|剩餘) (?:的|部分|部份)? (?:[^⟦⟧。]{0,12}?(?:为|為|占|佔))? [ ]*$
    """, regex.IGNORECASE | regex.VERBOSE)
_PART_GAP = regex.compile(r"[^⟦⟧.;!?。；！？\n]{0,40}")
_SEPARATOR = regex.compile(r",|、|\band\b|以及|和|及", regex.IGNORECASE)

# --- target -------------------------------------------------------------------------
TARGET_RULES: list[tuple[str, regex.Pattern[str]]] = [
    ("fulfilling_share_of_plan", _rule(r"""
        (?P<achieved>(?&amount)) (?&long) ,?[ ]+
        (?:fulfilling|achieving|completing|reaching|meeting|exceeding|hitting|or)[ ]+
        (?&q) (?P<share>(?&pct)) [ ]+of[ ]+ (?:(?:the|its|their|this[ ]year's|the[ ]year's)[ ]+)?
        (?:[\w-]+[ ]+){0,2}? (?&plan)
        (?: [ ]+of[ ]+ (?&q) (?P<target>(?&amount)) )?
        """)),
    ("zh_fulfilling_share_of_plan", _rule(r"""
        (?P<achieved>(?&amount)) [^⟦⟧。；;!?！？\n]{0,40}? , [ ]*
        (?:完成了?|达到|達到|实现|實現|为|為|相当于|相當於) [^⟦⟧。,;；]{0,8}? (?&zh_plan)
        (?: [ ]* (?P<target>(?&amount)) )? (?:的)? [ ]* (?:完成率)? [ ]* (?P<share>(?&pct))
        """)),
]


def find_relations(norm: str, figures: list[Figure]) -> list[Relation]:
    """Every relation the text states among `figures` (ids set), in order of appearance."""
    if not figures:
        return []
    figures = _split_change_ranges(norm, figures)
    template = build_template(norm, figures)
    used: set[int] = set()  # ids of percent figures already given a relation
    held: set[int] = set()  # ids of the levels of changes already found
    relations = [*_multiples(template, held), *_changes(template, used, held),
                 *_targets(template, used), *_shares(template, used),
                 *_fraction_shares(template, used), *_per_unit_shares(template, used),
                 *_totals(template), *_share_sums(template, used)]
    _mark_unread_rates(template, relations)
    return sorted(relations, key=lambda r: r.figures()[0].start)


_UNREAD_GAP = regex.compile(r"[^⟦⟧.;!?。；！？\n]{0,60}")


def _mark_unread_rates(template: Template, relations: list[Relation]) -> None:
    """Set `unread` on each change stated by its levels alone that a percentage follows
    in the same clause, one that no relation has read."""
    bare = [r for r in relations if r.check == "change" and r.ratio is None
            and "rate" not in r.roles and "from" in r.roles and "to" in r.roles]
    if not bare:
        return
    taken = {id(f) for r in relations for f in r.figures()}
    index = {id(f): i for i, f in enumerate(template.figures)}
    ends = {int(m.group(2)): m.end() for m in _PLACEHOLDER.finditer(template.text)}
    for relation in bare:
        last = max(relation.roles["from"], relation.roles["to"], key=lambda f: f.start)
        end = ends.get(index[id(last)])
        if end is None:
            continue
        following = _PLACEHOLDER.search(template.text, end, template.sentence_end(end))
        if (following is None or following.group(1) not in "PD"
                or not _UNREAD_GAP.fullmatch(template.text, end, following.start())):
            continue
        fig = template.figure(following.group(0))
        if id(fig) not in taken:
            relation.unread = fig


_FROM_BEFORE = regex.compile(r"\bfrom[ ]+$", regex.IGNORECASE)
_RANGE_TO = regex.compile(r"[ ]+to[ ]+", regex.IGNORECASE)
_CHANGE_WORDS = regex.compile(
    r"\b(?:doubl|tripl|trebl|quadrupl|halv|half|twice|\w+fold|times|ros|ris|gr[eo]w|"
    r"increas|climb|jump|gain|expand|surg|soar|fell|fall|drop|declin|decreas|slip|"
    r"shr|slid|plung|reduc|cut|lower|slash|trim|rais|boost|lift)", regex.IGNORECASE)


def _split_change_ranges(norm: str, figures: list[Figure]) -> list[Figure]:
    """A "from A to B" that extraction joined into one range although a change is said
    before it ("quadrupled from 2 million tonnes to 8 million tonnes", "rose 2.5 times
    from ...": the range rule knows neither the verb nor a decimal point before "from")
    is read here as its two levels, which keep the range's id."""
    out: list[Figure] = []
    for fig in figures:
        halves = _RANGE_TO.split(fig.text)
        before = norm[max(0, fig.start - 60):fig.start]
        if (fig.high is None or len(halves) != 2 or not _FROM_BEFORE.search(before)
                or not _CHANGE_WORDS.search(before)):
            out.append(fig)
            continue
        low_text, high_text = halves
        out.append(replace(fig, end=fig.start + len(low_text), text=low_text, high=None))
        high_si = (fig.si_value * fig.high / fig.value
                   if fig.si_value is not None and fig.value else None)
        out.append(replace(fig, start=fig.end - len(high_text), text=high_text,
                           value=fig.high, high=None, si_value=high_si,
                           qualifier=None))
    return out


def _matches(template: Template, family: str, rules: list[tuple[str, regex.Pattern[str]]],
             used: set[int], key: str) -> Iterator[tuple[str, regex.Match[str]]]:
    """Matches of each rule, first rule first, one relation per `key` figure."""
    for name, pattern in rules:
        for match in template.finditer(pattern, True, cue_for(family, name)):
            token = _group(match, key)
            if token is None:
                continue
            fig = template.figure(token)
            if id(fig) in used:
                continue
            used.add(id(fig))
            yield name, match


def _group(match: regex.Match[str], name: str) -> str | None:
    """A named group's text, None when the rule has no such group or it did not take part."""
    return match.groupdict().get(name)


def _changes(template: Template, used: set[int], held: set[int]) -> Iterator[Relation]:
    """Changes stated with a rate, then those stated by their levels alone, whose levels
    no other change (`held`) has taken."""
    for name, match in _matches(template, "change", CHANGE_RULES, used, "rate"):
        relation = _change(template, name, match)
        held.update(id(f) for f in relation.roles.values())
        yield relation
    for name, pattern in CHANGE_RULES:
        for match in template.finditer(pattern, True, cue_for("change", name)):
            if _group(match, "rate") is not None or _group(match, "from") is None:
                continue
            relation = _change(template, name, match)
            if (any(id(f) in held for f in relation.roles.values())
                    or not _comparable(relation.roles)):
                continue
            held.update(id(f) for f in relation.roles.values())
            yield relation


def comparable_levels(before: Figure, after: Figure) -> bool:
    """Two levels of one change: same measure, or a bare number before a measured one
    ("from 5 to 7 percent"). Two Chinese counts that each end in a measure word need the
    same one: 由9.6小时降至4.2小时 (extraction reads hours as counts of 小时) is a
    change, 由300家增至500个 is not; "200万" before "170万件" leaves the word unsaid."""
    if same_measure(before, after):
        words = {_measure_word(before), _measure_word(after)}
        return before.kind != "count" or "" in words or len(words) == 1
    return before.kind == "count" and before.noun is None and before.scale == 1


_MEASURE_WORD = regex.compile(r"(?<=[\d〇零一二三四五六七八九十百千万亿兩两萬億])"
                              r"[^\d〇零一二三四五六七八九十百千万亿兩两萬億\s]+$")


def _measure_word(fig: Figure) -> str:
    """The Chinese measure word a count's text ends in (小时 of 9.6小时, 件 of 170万件),
    "" when none (English counts, "200万")."""
    match = _MEASURE_WORD.search(fig.text)
    return match.group(0) if match and _HAN.match(match.group(0)) else ""


def _comparable(roles: dict[str, Figure]) -> bool:
    """Whether the levels a rule found (if both) can be levels of one change: "rose to 7
    billion yuan from 300 stores" names where, not the earlier level."""
    before, after = roles.get("from"), roles.get("to")
    return before is None or after is None or comparable_levels(before, after)


def _change(template: Template, name: str, match: regex.Match[str]) -> Relation:
    roles = {role: template.figure(token) for role in ("rate", "from", "to")
             if (token := _group(match, role)) is not None}
    if "rate" in roles and "to" in roles and not _comparable(roles):
        del roles["from"]  # "rose 8% to 7 billion yuan from 300 stores": the new level only
    direction = 1 if _group(match, "u") else -1
    if name == "zh_from_to" and _group(match, "u") is None and _group(match, "dn") is None:
        direction = 0  # "由X至Y" says no direction
    verb = (_VERB.search(match.group(0))
            if name not in ("level_then_rate", "level_then_rate_from") else None)
    rate_direction = 1 if _group(match, "ru") else -1 if _group(match, "rd") else 0
    rate_words = ""
    if rate_direction and "rate" in roles:
        start = min(match.start(k) for k in ("ru", "rd", "rate") if match.start(k) >= 0)
        article = _ARTICLE_BEFORE.search(template.text, max(0, start - 4), start)
        start = article.start() if article else start  # "a reduction of", "a 36% drop"
        said = template.text[start:max(match.end(k) for k in ("ru", "rd", "rate"))]
        rate_words = _PLACEHOLDER.sub(lambda m: template.figure(m.group(0)).text, said)
    if direction == 0:
        direction = rate_direction  # "由X至Y，下降20%": the rate says which way
    return Relation("change", name, roles, direction=direction,
                    verb=verb.group(0) if verb and direction else "",
                    rate_direction=rate_direction, rate_words=rate_words)


_ARTICLE_BEFORE = regex.compile(r"\ban?[ ]+$", regex.IGNORECASE)
_VERB = _rule(r"\b(?:(?&up)|(?&down))\b|(?&zh_up)|(?&zh_down)")


_FALLING = _rule(r"(?&down)|(?&zh_down)|缩减|縮減")
_RISING = _rule(r"\b(?&up)\b")
_VERB_THEN_TIMES = regex.compile(r"⟦X\d+⟧[ ]+times", regex.IGNORECASE)


def _multiples(template: Template, held: set[int]) -> Iterator[Relation]:
    """Changes stated as a multiple, one per multiple phrase, first rule first."""
    taken: set[int] = set()  # where each multiple phrase ends ("(more than) doubled")
    for name, pattern in MULTIPLE_RULES:
        cue = _CUES["zh" if name.startswith("zh_") else "multiple"]
        for match in template.finditer(pattern, True, cue, single=True):
            if match.end("mult") in taken:
                continue
            words = match.group("mult")
            read = _read_multiple(template, words, bool(_FALLING.search(words)))
            if read is None or read[0].value == 1:
                continue
            ratio, figure = read
            if (figure is not None and ratio.value.denominator == 1 and not ratio.note
                    and _VERB_THEN_TIMES.search(words)):
                continue  # "raised rates three times": three occasions, not a multiple
            roles = {role: template.figure(token) for role in ("from", "to")
                     if (token := _group(match, role)) is not None}
            if not _comparable(roles):
                continue
            if figure is not None:
                roles["factor"] = figure
            taken.add(match.end("mult"))
            held.update(id(f) for role, f in roles.items() if role != "factor")
            yield Relation("change", name, roles, direction=1 if ratio.value > 1 else -1,
                           ratio=ratio)


def _read_fraction(template: Template, words: str
                   ) -> tuple[Ratio, dict[str, Figure]] | None:
    """The fraction a `frac` group states and the figures that state it: "one in five"
    (share: one, out_of: five), "two-thirds" (share), "half" (none)."""
    tokens = [template.figure(m.group(0)) for m in _PLACEHOLDER.finditer(words)]
    bare = _PLACEHOLDER.sub(" ", words)
    roles: dict[str, Figure] = {}
    if len(tokens) == 2:
        top, bottom = tokens
        if (top.value != top.value.to_integral_value()
                or bottom.value != bottom.value.to_integral_value()
                or not 0 < top.value < bottom.value):
            return None
        value = Fraction(int(top.value), int(bottom.value))
        roles = {"share": top, "out_of": bottom}
    elif len(tokens) == 1:
        exact = Fraction(str(tokens[0].value))
        close = exact.limit_denominator(1000)  # extraction rounds 2/3 to 12 digits
        value = close if abs(close - exact) < Fraction(1, 10**9) else exact
        roles = {"share": tokens[0]}
    elif _HALF.search(bare):
        value = Fraction(1, 2)
    else:
        return None
    qualifier = _qualifier_of(bare) or next((f.qualifier for f in tokens if f.qualifier), None)
    worded = not any(_ASCII_DIGIT.search(f.text) for f in tokens)
    text = _PLACEHOLDER.sub(lambda m: template.figure(m.group(0)).text, words).strip()
    return Ratio(value, text, worded, qualifier), roles


def _fraction_shares(template: Template, used: set[int]) -> Iterator[Relation]:
    """Shares stated as fractions; the whole from the sentence, else from a total stated
    nearby, else left out (the check then gives the total it implies)."""
    taken: set[int] = set()  # where each fraction ends ("(nearly) one in five")
    for name, pattern in FRACTION_RULES:
        cue = _CUES["zh" if name.startswith("zh_") else "fraction"]
        for match in template.finditer(pattern, True, cue):
            if match.end("frac") in taken:
                continue
            read = _read_fraction(template, match.group("frac"))
            if read is None:
                continue
            ratio, roles = read
            part = template.figure(match.group("part"))
            whole_token = _group(match, "whole")
            whole = (template.figure(whole_token) if whole_token
                     else _stated_total(template, part, match.start()))
            if whole is part or any(id(f) in used for f in roles.values()):
                continue
            if (name == "fraction_of_whole_part" and _group(match, "link") is None
                    and whole is not None and part.noun != whole.noun):
                continue  # "half of the 300 counties, 40 in Hunan": a list, not the part
            taken.add(match.end("frac"))
            used.update(id(f) for f in roles.values())
            roles["part"] = part
            if whole is not None:
                roles["whole"] = whole
            yield Relation("share", name, roles, ratio=ratio)


_PLURAL = regex.compile(r"(?:es|s)$")
_SAME_UNIT = {"person": "people", "capita": "people", "head": "people"}


def _unit_word(word: str) -> str:
    word = word.lower()
    return _SAME_UNIT.get(word, _PLURAL.sub("", word) if len(word) > 3 else word)


def _divides_by(whole: Figure, units: str, per: str) -> bool:
    """Whether "per <per>" names what `whole` counts: "300 households ... per household";
    Chinese: the measure word after 每 (每户) or before 均 (户均) ends the whole (300户)."""
    if per[0] == "每" or per.endswith("均"):
        unit = per[1:] if per[0] == "每" else per[:-1]
        if unit == "人":
            return True  # 人均: per person, whatever the count counts
        return bool(unit) and (whole.text.endswith(unit) or unit in (whole.noun or ""))
    counted = {_unit_word(w) for w in regex.findall(r"[\w-]+", f"{whole.noun or ''} {units}")}
    return _unit_word(per) in counted


def _per_unit_shares(template: Template, used: set[int]) -> Iterator[Relation]:
    for name, pattern in PER_RULES:
        cue = _CUES["zh" if name.startswith("zh_") else "per"]
        for match in template.finditer(pattern, True, cue):
            part, whole, share = (template.figure(match.group(k))
                                  for k in ("part", "whole", "share"))
            if (id(share) in used or not same_measure(part, share)
                    or not _divides_by(whole, match.groupdict().get("units") or "",
                                       match.group("per"))):
                continue
            used.add(id(share))
            yield Relation("share", name, {"part": part, "whole": whole, "share": share},
                           per=match.group("per"))


def _targets(template: Template, used: set[int]) -> Iterator[Relation]:
    for name, match in _matches(template, "target", TARGET_RULES, used, "share"):
        roles = {role: template.figure(token) for role in ("achieved", "share", "target")
                 if (token := _group(match, role)) is not None}
        yield Relation("target", name, roles)


def _shares(template: Template, used: set[int]) -> Iterator[Relation]:
    for name, match in _matches(template, "share", SHARE_RULES, used, "share"):
        part = template.figure(match.group("part"))
        share = template.figure(match.group("share"))
        whole_token = match.groupdict().get("whole")
        whole = (template.figure(whole_token) if whole_token
                 else _stated_total(template, part, match.start()))
        if whole is part or whole is None and name not in _WHOLE_IMPLIED:
            used.discard(id(share))  # nothing to hold it against: free for other rules
            continue
        roles = {"part": part, "share": share}
        if whole is not None:
            roles["whole"] = whole
        yield Relation("share", name, roles)


# Share rules whose whole may go unstated: the check gives the whole they imply.
_WHOLE_IMPLIED = ("share_of_the_total", "zh_share_of")


def _stated_total(template: Template, part: Figure, before: int) -> Figure | None:
    """The total a share refers to: a figure marked as a total in the same or the
    previous sentence, of the part's kind and currency or unit."""
    back = template.sentence_start(before)
    while back > 0 and template.text[back - 1] in " \n.;!?。；！？":
        back -= 1
    window_start = template.sentence_start(back)
    found = None
    for match in _TOTAL_MARK.finditer(template.text, window_start, before + 1):
        fig = template.figure(match.group("whole"))
        if fig is not part and same_measure(fig, part) and fig.value > part.value:
            found = fig
    return found


def _totals(template: Template) -> Iterator[Relation]:
    for match in template.finditer(TOTAL_AFTER_PARTS, cue=_CUES["any_total"]):
        total = template.figure(match.group("total"))
        parts = _parts_before(template, match.start(), total)
        if len(parts) >= 2:
            yield Relation("total", "parts_then_total", {"total": total}, parts)
    for match in template.finditer(TOTAL_BEFORE_PARTS, cue=_CUES["any_total"]):
        total = template.figure(match.group("total"))
        parts = _parts_after(template, match.end(), total)
        if len(parts) >= 2:
            yield Relation("total", "total_then_parts", {"total": total}, parts)


def _parts_before(template: Template, end: int, total: Figure) -> list[Figure]:
    """The listed figures just before a total, walking back over short gaps that hold
    a separator, as far as the figures stay of the total's measure."""
    start = template.sentence_start(end)
    tokens = list(_PLACEHOLDER.finditer(template.text, start, end))
    parts: list[Figure] = []
    position = end
    for token in reversed(tokens):
        fig = template.figure(token.group(0))
        gap = template.text[token.end():position]
        if fig is total or not same_measure(fig, total) or not _PART_GAP.fullmatch(gap):
            break
        if parts and not _SEPARATOR.search(gap):
            break
        parts.append(fig)
        position = token.start()
    return list(reversed(parts))


def _parts_after(template: Template, start: int, total: Figure) -> list[Figure]:
    end = template.sentence_end(start)
    parts: list[Figure] = []
    position = start
    for token in _PLACEHOLDER.finditer(template.text, start, end):
        fig = template.figure(token.group(0))
        gap = template.text[position:token.start()]
        if not same_measure(fig, total) or not _PART_GAP.fullmatch(gap):
            break
        if parts and not _SEPARATOR.search(gap):
            break
        parts.append(fig)
        position = token.end()
    return parts


def _share_sums(template: Template, used: set[int]) -> Iterator[Relation]:
    """Percentages listed as the shares of one whole: "made up 60%, 35% and 5%"; with
    one named as the rest ("60% and the remaining 30%": shares_and_the_rest), they must
    make the whole."""
    for start, end in _sentences(template):
        sentence = template.text[start:end]
        shares = bool(_SHARES_WORDS.search(sentence))
        if not shares and not _REST_WORDS.search(sentence):
            continue
        run: list[Figure] = []
        rest = False
        position = None
        for token in _PLACEHOLDER.finditer(template.text, start, end):
            fig = template.figure(token.group(0))
            gap = template.text[position:token.start()] if position is not None else ""
            listed = (position is not None and _PART_GAP.fullmatch(gap)
                      and _SEPARATOR.search(gap))
            if fig.kind == "percent" and fig.unit == "%" and id(fig) not in used:
                rest = bool(listed and rest) or bool(listed and _THE_REST.search(gap))
                run = [*run, fig] if listed else [fig]
            else:
                run, rest = [], False
            position = token.end()
            if len(run) >= 2 and not _continues(template, token.end(), end):
                if rest or shares:
                    rule = "shares_and_the_rest" if rest else "shares_of_one_whole"
                    yield Relation("total", rule, {}, list(run))
                run, rest = [], False


def _continues(template: Template, position: int, end: int) -> bool:
    """Whether another listed percentage follows (so the run is not finished yet)."""
    following = _PLACEHOLDER.search(template.text, position, end)
    if following is None or following.group(1) != "P":
        return False
    gap = template.text[position:following.start()]
    return bool(_PART_GAP.fullmatch(gap) and _SEPARATOR.search(gap))


def _sentences(template: Template) -> Iterator[tuple[int, int]]:
    start = 0
    for end in [*template.ends, len(template.text)]:
        if end > start:
            yield start, end
        start = end


RuleFinder = Callable[[Template, set[int]], Iterator[Relation]]

__all__ = ["CHANGE_RULES", "FRACTION_RULES", "MULTIPLE_RULES", "PER_RULES", "SHARE_RULES",
           "TARGET_RULES", "Ratio", "Relation", "Template", "build_template",
           "comparable_levels", "find_relations"]
