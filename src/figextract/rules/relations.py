"""Relations between figures, read from the sentence around them: the arithmetic a text
states and `figextract check` tests.

- change: "rose 8% to 5.4 billion yuan from 5 billion yuan", "fell 15% from 2 million",
  "rose from 5 to 7 percent", "较2020年的X增长百分之七点三", "同比增长8%至5.4亿元"
- share: "45 of the 300 counties, or 15%", "accounting for 40% of the total", "占比15%"
- total: "60 million yuan in Hunan, 25 million yuan in Sichuan and 15 million yuan in
  Yunnan, 100 million yuan in all", "a total of X, including ...", "合计", "共计";
  shares listed as parts of one whole ("made up 60%, 35% and 5%")
- target: "12,782 experts, fulfilling 128% of the planned objectives", "完成计划的128%"

How: the document is rewritten as a *template* in which every figure is a placeholder
such as ⟦M3⟧ (kind letter, index into the figure list) and every restatement ("(about
$200,900)") is cut out, so the rules below read "sold ⟦M1⟧ of farm produce" and match
sentence structure, not digits. Kind letters: M money, P percent, D percentage points,
C count, Q quantity. Each rule is a VERBOSE regex over that template, built from the
named fragments of _FRAGMENTS, and carries a readable name that ends up in the finding.
The phrasings each rule covers, with negative examples, are in relations_corpus.py.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import regex

from ..figure import Figure, same_measure

OPEN, CLOSE = "⟦", "⟧"
_SENTENCE_END = regex.compile(r"[.;!?。；！？\n](?:[ ]|$)|[。；！？\n]")
_PLACEHOLDER = regex.compile(r"⟦([A-Z])(\d+)⟧")
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

    def figures(self) -> list[Figure]:
        """Every figure of the relation, in order of appearance."""
        seen = {id(f): f for f in [*self.roles.values(), *self.parts]}
        return sorted(seen.values(), key=lambda f: f.start)


@dataclass(slots=True)
class Template:
    """The text with figures as placeholders; `figures[i]` is placeholder i."""

    text: str
    figures: list[Figure]
    ends: list[int] = field(default_factory=list)  # offsets just after each sentence end

    windows: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        self.windows = self._windows()

    def _windows(self) -> list[tuple[int, int]]:
        """The sentences holding two figures or more: the only places a relation can be
        (rules never cross a sentence end), so the rules need not scan the rest."""
        counts: dict[int, int] = {}
        for match in _PLACEHOLDER.finditer(self.text):
            key = bisect.bisect_right(self.ends, match.start())
            counts[key] = counts.get(key, 0) + 1
        bounds = [0, *self.ends, len(self.text)]
        return [(bounds[i], bounds[i + 1]) for i, n in sorted(counts.items()) if n >= 2]

    def finditer(self, pattern: regex.Pattern[str], overlapped: bool = False,
                 cue: regex.Pattern[str] | None = None) -> Iterator[regex.Match[str]]:
        """Matches of a rule, sentence window by sentence window; with a cue (a cheap
        pattern the rule cannot match without), only in windows that hold the cue."""
        for start, end in self.windows:
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


def letter(fig: Figure) -> str:
    if fig.kind == "percent":
        return "D" if fig.unit == "pp" else "P"
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
        pieces.append(f"{OPEN}{letter(fig)}{index}{CLOSE}")
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
                 climbed|jumped|gained|expanded|surged|soared|went[ ]up|was[ ]up|were[ ]up) )
  (?P<down>   (?:fell|fallen|falls|fall|dropped|drops|declined|declines|decline|decreased|
                 decreases|slipped|shrank|slid|plunged|went[ ]down|was[ ]down|were[ ]down) )
  (?P<zh_up>   (?:增长|增長|上升|提高|增加|上涨|上漲|攀升) )
  (?P<zh_down> (?:下降|减少|減少|降低|下跌|下滑|回落) )
  (?P<gap>    [^⟦⟧.;!?。；！？\n]{0,40}? )           # a few words inside the clause
  (?P<long>   [^⟦⟧.;!?。；！？\n]{0,110}? )          # a clause's worth of words
  (?P<aside>  (?:[ ]*[(][^()\n]{0,60}[)])? )           # "(about $7.08 billion)" left unlinked
  (?P<the>    (?:(?:the|all|its|their|all[ ]the)[ ]+)? )
  (?P<plan>   (?:objectives?|targets?|goals?|plans?|quotas?) )
  (?P<zh_plan> (?:目标|目標|计划|計劃|任务|任務) )
)
"""

_FLAGS = regex.VERBOSE | regex.IGNORECASE


def _rule(body: str) -> regex.Pattern[str]:
    return regex.compile(_FRAGMENTS + body, _FLAGS)


# Cues: cheap patterns a family of rules cannot match without, so the rules run only in
# the sentences that hold one (the rules are slow to fail at every position).
_CUES = {
    "change": regex.compile(
        r"\b(?:ros|ris|gr[eo]w|increas|climb|jump|gain|expand|surg|soar|went|was|were|up|"
        r"fell|fall|drop|declin|decreas|slip|shr|slid|plung|down)", regex.IGNORECASE),
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
        [ ]to[ ]+ (?&q) (?P<to>(?&level)) (?&gap) ,?[ ]+
        (?:an?[ ]+(?:increase|rise|gain|jump|growth|drop|decline|decrease|fall)[ ]+of
          |up|down|or)[ ]+ (?&q) (?P<rate>(?&delta))
        """)),
    ("to_from_then_rate", _rule(r"""
        (?:(?P<u>(?&up))|(?&down)) [ ]+to[ ]+ (?&q) (?P<to>(?&level)) (?&gap)
        [ ]from[ ]+ (?&q) (?P<from>(?&level)) (?&gap) ,?[ ]+
        (?:an?[ ]+(?:increase|rise|gain|jump|growth|drop|decline|decrease|fall)[ ]+of
          |up|down|or)[ ]+ (?&q) (?P<rate>(?&delta))
        """)),
    ("from_to", _rule(r"""
        (?:(?P<u>(?&up))|(?&down)) [ ]+from[ ]+ (?&q) (?P<from>(?&level))
        [ ]+to[ ]+ (?&q) (?P<to>(?&level))
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
        (?:由|从|從) [ ]* (?P<from>(?&level)) [ ]* (?:(?P<u>(?&zh_up))|(?P<dn>(?&zh_down)))?
        (?:至|到|为|為) [ ]* (?P<to>(?&level))
        (?: [ ]* ,? [ ]* (?:(?&zh_up)|(?&zh_down)) (?:了)? [ ]* (?P<rate>(?&delta)) )?
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
    if len(figures) < 2:
        return []
    template = build_template(norm, figures)
    used: set[int] = set()  # ids of percent figures already given a relation
    relations = [*_changes(template, used), *_targets(template, used),
                 *_shares(template, used), *_totals(template), *_share_sums(template, used)]
    return sorted(relations, key=lambda r: r.figures()[0].start)


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


def _changes(template: Template, used: set[int]) -> Iterator[Relation]:
    held: set[int] = set()  # levels of changes with a stated rate, or already reported
    for name, match in _matches(template, "change", CHANGE_RULES, used, "rate"):
        relation = _change(template, name, match)
        held.update(id(f) for f in relation.roles.values())
        yield relation
    for name, pattern in CHANGE_RULES:
        for match in template.finditer(pattern, True, cue_for("change", name)):
            if _group(match, "rate") is not None or _group(match, "from") is None:
                continue
            relation = _change(template, name, match)
            if any(id(f) in held for f in relation.roles.values()):
                continue
            held.update(id(f) for f in relation.roles.values())
            yield relation


def _change(template: Template, name: str, match: regex.Match[str]) -> Relation:
    roles = {role: template.figure(token) for role in ("rate", "from", "to")
             if (token := _group(match, role)) is not None}
    direction = 1 if _group(match, "u") else -1
    if name == "zh_from_to" and _group(match, "u") is None and _group(match, "dn") is None:
        direction = 0  # "由X至Y" says no direction
    return Relation("change", name, roles, direction=direction)


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
        if whole is None or whole is part:
            used.discard(id(share))  # nothing to hold it against: free for other rules
            continue
        yield Relation("share", name, {"part": part, "whole": whole, "share": share})


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
    """Percentages listed as the shares of one whole: "made up 60%, 35% and 5%"."""
    for start, end in _sentences(template):
        sentence = template.text[start:end]
        if not _SHARES_WORDS.search(sentence):
            continue
        run: list[Figure] = []
        position = None
        for token in _PLACEHOLDER.finditer(template.text, start, end):
            fig = template.figure(token.group(0))
            gap = template.text[position:token.start()] if position is not None else ""
            listed = (position is not None and _PART_GAP.fullmatch(gap)
                      and _SEPARATOR.search(gap))
            if fig.kind == "percent" and fig.unit == "%" and id(fig) not in used:
                run = [*run, fig] if listed else [fig]
            else:
                run = []
            position = token.end()
            if len(run) >= 2 and not _continues(template, token.end(), end):
                yield Relation("total", "shares_of_one_whole", {}, list(run))
                run = []


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

__all__ = ["CHANGE_RULES", "SHARE_RULES", "TARGET_RULES", "Relation", "Template",
           "build_template", "find_relations"]
