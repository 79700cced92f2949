"""Examples for rules/compound.py: numerals in pieces that make one figure, and ordinals
that make none. "rt": shapes from the Recognizers-Text number specs, written anew."""

from __future__ import annotations

from .corpus import Example, count, examples, in_context, money, not_figures, percent, quantity

THIRD = "0." + "3" * 28  # a quotient that cannot be exact: 28 significant digits

CORPUS: list[Example] = [
    # ratio: "in", "out of", "over" between two numbers is one share
    *examples(count("0.2"), "one in five", "1 in 5", "One in five", "one out of five",
              "1 out of 5", "one over five", "2 in 10"),
    *examples(count("0.9"), "nine in ten", "9 out of 10", "nine in 10"),
    *examples(count(THIRD), "one over three", "1 over 3", "one over 3", "1 over three"),
    *examples(count("0.05"), "one over twenty"),
    *examples(count("-0.05"), "negative one over 20"),
    *examples(count("666.6666666666666666666666667"), "2000 over 3"),
    *examples(count("0.04761904761904761904761904762"), "1 in twenty-one",
              "1 over twenty-one"),
    *examples(count("0.000001"), "one in a million"),
    *in_context("[two out of five hundred] tvs", count("0.004", noun="tvs")),
    *in_context("In 2021 [one in five] adults smoked.", count("0.2", noun="adults")),
    *in_context("[Two out of three] farms had no water.", count(
        "0.6666666666666666666666666667", noun="farms")),
    *in_context("[1,500] out of [2,000] applicants", count("1500"),
                count("2000", noun="applicants")),
    *in_context("[one in every five] adults", count("0.2", noun="adults")),
    *in_context("[one of every five] adults", count("0.2", noun="adults")),
    *examples(count("0.75"), "three out of every four", "3 out of 4"),
    *in_context("a [one-in-five] chance", count("0.2")),
    *in_context("a [1-in-twenty] chance", count("0.05")),
    *in_context("a [one-in-a-million] chance", count("0.000001")),
    # ratio: not when a year, a unit, a percent, a currency or more than the whole follows
    *in_context("[1] in 2020", count("1")),
    *in_context("[one in 1000] births", count("0.001", noun="births")),
    *in_context("He scored [3] in [10 minutes].", count("3"), quantity("10", "minute")),
    *in_context("[one] in [five percent]", count("1"), percent("5")),
    *in_context("The group has [875] local malls in [832] counties.",
                count("875", noun="local malls"), count("832", noun="counties")),
    *in_context("Sales rose [5] over [3 years].", count("5"), quantity("3", "year")),
    *in_context("an increase of [5] over 2021", count("5")),
    *in_context("a lead of [12] over [10] rivals", count("12"), count("10", noun="rivals")),
    # "out of" with the share stated as a percent: three figures, for `check`
    *in_context("in [45] out of [300] counties, or [15%].", count("45", noun="counties"),
                count("300", noun="counties"), percent("15")),
    # scale_continued: digits with a scale word, "and", then less than that scale
    *examples(count("321"), "3 hundred and 21", "3 hundred and twenty-one"),
    *examples(count("301"), "3 hundred and one"),
    *examples(count("60000200"), "6 crore and two hundred"),
    *examples(count("3500000"), "3 million and a half", "3.5 million"),
    *examples(count("2400000"), "2 million and 400 thousand"),
    *examples(money("3500000", "USD"), "$3 million and a half"),
    *in_context("[4000] [3 hundred and 21] are [two] valid numbers", count("4000"),
                count("321"), count("2")),
    *in_context("I count [6 crore and two hundred]", count("60000200")),
    *in_context("between [3 million] and [900,000]", count("3000000"), count("900000")),
    *in_context("from [3 hundred and 21 to 400]", count("321", high="400")),
    *in_context("[2 million] and [5 million]", count("2000000"), count("5000000")),
    *in_context("[RMB 5 million] and [10 rmb]", money("5000000", "CNY"), money("10", "CNY")),
    *in_context("[5 million] and [21] in 2019", count("5000000"), count("21")),
    # dozens
    *examples(count("36"), "3 dozen", "3 dzs", "3 doz", "three dozen"),
    *examples(count("60"), "five dozs", "5 dozen"),
    *in_context("[3 dozen] eggs", count("36", noun="eggs")),
    # ordinals are no figures; "a third of" and "by a fifth" stay fractions
    *not_figures("He won a third consecutive term.", "for a fifth time",
                 "an eighth straight year", "a third-quarter loss", "the twenty fifth anniversary",
                 "the one hundred fifth anniversary", "the one hundred and fifth anniversary",
                 "the twenty first century"),
    *in_context("[a third] of voters", count(THIRD)),
    *in_context("Sales fell by [a fifth].", count("0.2")),
    *in_context("Sales fell by [a fifth] in 2020.", count("0.2")),
    *in_context("[two hundred] first-time buyers", count("200")),
    # "-and-a-half" in one word
    *examples(count("1500000"), "one-and-a-half million", "1.5 million"),
    *examples(count("2.5"), "two-and-a-half", "2-and-a-half"),
    *in_context("[one-and-a-half million] people", count("1500000", noun="people")),
    # a scale word after "several", "a few": no figure; with a number it is one
    *not_figures("several hundred people", "a few thousand jobs", "a couple hundred",
                 "several hundred thousand"),
    *in_context("[hundred thousand dollars]", money("100000", "USD")),
    # clock times in words are no figures
    *not_figures("at one in the morning", "at 3 in the morning", "at two o'clock",
                 "at half past two", "shortly after ten at night"),
    # a scale word with no number before it (user test: "(about billion)")
    *not_figures("(about billion)", "the million-dollar question"),
]
