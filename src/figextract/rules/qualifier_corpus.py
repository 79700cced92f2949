"""Examples for rules/qualifier.py: the word before a figure that says how exact it is."""

from __future__ import annotations

from .corpus import Example, count, in_context, money, percent

_QUALIFIED = {
    "approx": ["about", "around", "approximately", "some", "nearly", "almost", "roughly",
               "close to", "an estimated", "(about", "~"],
    "over": ["over", "more than", "above", "exceeding", "in excess of", "upwards of",
             "greater than", "well over", "just over"],
    "under": ["less than", "under", "below", "fewer than", "just under"],
    "at_least": ["at least", "no less than", "no fewer than", "not less than"],
    "at_most": ["up to", "at most", "no more than", "as many as", "a maximum of"],
}

CORPUS: list[Example] = [
    *(example
      for qualifier, words in _QUALIFIED.items()
      for word in words
      for example in in_context(f"{word} [1.3 million yuan]",
                                money("1300000", "CNY", qualifier=qualifier))),
    *in_context("More than [400] farm produces", count("400", qualifier="over")),
    *in_context("Nearly [12%] of sales", percent("12", qualifier="approx")),
    *in_context("sales rose [12%]", percent("12", qualifier=None)),
    *in_context("some [875] local malls", count("875", qualifier="approx")),
    *in_context("at least [5,000] people", count("5000", qualifier="at_least")),
    *in_context("Nissan plans to cut up to [700] contract workers.",
                count("700", qualifier="at_most")),
    *in_context("greater than or equal to [50]", count("50", qualifier="at_least")),
    *in_context("less than or equal to [40]", count("40", qualifier="at_most")),
    # "N-plus": more than N (user test)
    *in_context("its [2,000-plus] stores", count("2000", qualifier="over", noun="stores")),
    *in_context("its [1,000 plus] stores", count("1000", qualifier="over", noun="stores")),
    *in_context("a [500-plus] team", count("500", qualifier="over")),
    *in_context("[5] plus [3] is [8]", count("5"), count("3"), count("8")),
]
