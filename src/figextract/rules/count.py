"""Counts: a number and the thing it counts ("875 local malls", "832 national-level
poverty-stricken counties", "more than 400 farm produces", "31 provinces").

The noun is the run of up to four words after the number that ends in a plural ("local
malls"), or a word that counts people or things without a plural "s" ("staff",
"people"). Function words end the run.
"""

from __future__ import annotations

import regex

STOP_WORDS = frozenset(
    """a an the and or but nor of in on at to for from with by as that which who whom whose
    were was is are be been being has have had will would shall should can could may might
    must do does did this these those than then per each every its it their our his her
    your my into onto over under above below about after before since until while during
    through between among across against within without up down out off more less most
    least so such not no only also just year years month months day days week weeks
    percent pct times time yuan dollars euros""".split()
)

# plural nouns without a final "s", and words that count things in the singular
UNMARKED_PLURALS = frozenset(
    """people staff personnel children men women police cattle sheep fish livestock poultry
    deer swine aircraft folk offspring crew faculty youth clergy""".split()
)

_WORDS = regex.compile(r"[ ]*(?:-[ ]*)?((?:[A-Za-z][A-Za-z'-]*))")


def _is_plural(word: str) -> bool:
    low = word.lower()
    if low in UNMARKED_PLURALS:
        return True
    return len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


# "45 of the 300 counties", "3 out of 10 people": the first count counts the same nouns
_OF_TOTAL = regex.compile(
    r"[ ]+(?:out[ ]+)?of[ ]+(?:(?:the|its|their|all|these|those|our)[ ]+)?"
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:[ ]+(?:thousand|million|billion))?(?=[ ])"
)


def noun_of_total(norm: str, pos: int) -> str | None:
    """The noun of 'N of the M nouns' for the N ending at `pos`."""
    match = _OF_TOTAL.match(norm, pos)
    if match is None:
        return None
    found = noun_after(norm, match.end())
    return found[1] if found else None


def noun_after(norm: str, pos: int, max_words: int = 4) -> tuple[int, str] | None:
    """(end, noun) for the counted thing after `pos`, or None."""
    first = -1
    cursor = pos
    for _ in range(max_words):
        match = _WORDS.match(norm, cursor)
        if match is None:
            break
        start, cursor = match.span(1)
        word = norm[start:cursor]
        low = word.lower()
        if low in STOP_WORDS or word.endswith("'s"):
            break
        if first < 0:
            first = start
        # _is_plural, written out: this runs after most numbers
        if low in UNMARKED_PLURALS or (
                len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is"))):
            return cursor, norm[first:cursor]
    return None
