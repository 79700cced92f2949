"""Percentages: "170%", "35 percent", "35 per cent", "35 pct", "4.5 percentage points",
"25 basis points" (0.25 percentage points)."""

from __future__ import annotations

import regex

SUFFIX = regex.compile(
    r"""
    [ ]*
    (?:
        (?P<pp>(?i:percentage[ ]+points?|pct[ ]+points?|pp|ppts?)(?![\w]))  # points
      | (?P<bp>(?i:basis[ ]+points?|bps?)(?![\w]))                       # basis points
      | (?P<pct>%|(?i:per[ ]?cents?|pct|percents?|percentage)(?![\w]))     # percent
    )
    """,
    regex.VERBOSE,
)

# the noun a percent is of: "170% of the objectives", "40% of its revenue", "12% of the
# centre's electricity" (the owner is passed over: the share is of the electricity)
OF_NOUN = regex.compile(
    r"""
    [ ]+of[ ]+
    (?:(?:the|its|their|all|total|this|these|those|our|his|her|your)[ ]+)?   # determiner
    (?:[A-Za-z][\w-]*(?:'s|s')[ ]+)?                 # an owner: the centre's, farmers'
    (?:\d[\d,.]*[ ]+)?                                # a total: of the 832 counties
    (?P<noun>[A-Za-z][\w-]*(?:[ ]+[A-Za-z][\w-]*){0,3})
    """,
    regex.VERBOSE,
)


# What SUFFIX can open with after its spaces: tried before every number, the pattern is
# spared where one look at the next character (or the one after a space) rules it out.
_OPENERS = frozenset("%pPbB")


def percent_suffix(norm: str, pos: int) -> tuple[int, str] | None:
    """(end, unit) when a percent sign or word follows `pos`; unit is "%", "pp" or "bp"
    (basis points, which the caller records as hundredths of a percentage point)."""
    char = norm[pos:pos + 1]
    if char == " ":
        char = norm[pos + 1:pos + 2]
    if char not in _OPENERS and char != " ":
        return None
    match = SUFFIX.match(norm, pos)
    if match is None:
        return None
    # groups by number (1 pp, 2 bp), faster than by name in `regex`
    return match.end(), "pp" if match.group(1) else "bp" if match.group(2) else "%"
