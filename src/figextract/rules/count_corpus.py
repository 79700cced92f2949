"""Examples for rules/count.py: a number and the thing it counts (its noun)."""

from __future__ import annotations

from .corpus import Example, count, examples, in_context, known_gap, not_figures, percent


def _counts(value: str, noun: str, *marked: str) -> list[Example]:
    """The count is the number alone; the noun it counts follows outside the span."""
    return [example for text in marked for example in in_context(text, count(value, noun=noun))]


CORPUS: list[Example] = [
    *_counts("875", "local malls", "[875] local malls"),
    *_counts("832", "national-level poverty-stricken counties",
             "[832] national-level poverty-stricken counties"),
    *_counts("31", "provinces", "[31] provinces", "[thirty-one] provinces"),
    *_counts("12782", "experts", "[12,782] experts", "[12782] experts"),
    *_counts("1736", "items", "[1,736] items"),
    *_counts("500", "people", "[500] people", "[five hundred] people"),
    *_counts("3000", "staff", "[3,000] staff", "[three thousand] staff"),
    *_counts("12", "villages", "[a dozen] villages", "[12] villages", "[twelve] villages"),
    *_counts("2000000", "farmers", "[2 million] farmers", "[two million] farmers"),
    *_counts("1500000", "households", "[1.5 million] households",
             "[one and a half million] households"),
    *examples(count("40000"), "40,000", "40 000", "forty thousand"),
    *in_context("more than [400] farm produces",
                count("400", qualifier="over", noun="farm produces")),
    *in_context("Hubs are complete in [45] of the [300] counties of the programme, or [15%].",
                count("45", noun="counties"), count("300", noun="counties"),
                percent("15")),
    *in_context("[3 out of 10] people", count("0.3", noun="people")),  # a share: compound.py
    *in_context("The group opened [875] local malls and [120] service stations.",
                count("875", noun="local malls"), count("120", noun="service stations")),
    *in_context("It trained [12,782] rural e-commerce talents, fulfilling [128%] of the plan",
                count("12782", noun="rural e-commerce talents"),
                percent("128", noun="plan")),
    *in_context("[one] post office in each of the [28] towns",
                count("1"), count("28", noun="towns")),
    *known_gap(
        "a singular noun after 'one' ('one post office') is not taken as the noun",
        in_context("[one] post office", count("1", noun="post office")),
    ),
    # "one" as a pronoun, and plural scale words alone, are not counts
    *not_figures("no one came", "one of the largest", "the one that works",
                 "each one of them", "day one", "phase one of the plan", "one by one",
                 "one another", "thousands of people", "millions of parcels",
                 "dozens of villages", "hundreds of stores"),
]
