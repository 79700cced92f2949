"""Examples for rules/ranges.py: a range is one figure with value (the low end) and high,
never a midpoint; the low end borrows the unit, currency and scale the high end wrote."""

from __future__ import annotations

from .corpus import Example, count, examples, in_context, money, not_figures, percent, quantity

THIRD = "0.3333333333333333333333333333"  # 1/3 to 28 digits, as divide() gives it

CORPUS: list[Example] = [
    *examples(percent("10", high="15"), "10-15%", "10 - 15%", "10 to 15 percent", "10%-15%",
              "10~15%", "10% to 15%"),
    *examples(money("2000000000", "CNY", high="3000000000"), "2-3 billion yuan",
              "2 to 3 billion yuan", "2 billion to 3 billion yuan"),
    *examples(money("5000000", "USD", high="7000000"), "$5-7 million", "$5 million to $7 million",
              "$5m-$7m"),
    *examples(count("1000", high="5000"), "1000-5000", "1000 - 5000", "1000–5000",
              "1,000 to 5,000"),
    *in_context("between [2 and 3 billion yuan]",
                money("2000000000", "CNY", high="3000000000")),
    *in_context("between [5 and 7 percent] of sales", percent("5", high="7")),
    *in_context("from [5 to 7 percent]", percent("5", high="7")),
    *in_context("These apples are about [20~100]", count("20", high="100", qualifier="approx")),
    *in_context("The number is above [1000 and below 1500]",
                count("1000", high="1500", qualifier=None)),
    *in_context("from [one thousand to one thousand five hundred]",
                count("1000", high="1500")),
    *in_context("between [negative ten and fifteen]", count("-10", high="15")),
    # a change is two figures, not a range
    *in_context("The share rose from [5] to [7 percent].", count("5"), percent("7")),
    *in_context("Sales rose [2.5] times from [2 million yuan] to [5 million yuan].", count("2.5"),
                money("2000000", "CNY"), money("5000000", "CNY")),
    *in_context("Rail-sea volume grew by [a third] to [1.88 million TEUs].",
                count(THIRD), quantity("1880000", "TEU")),
    *in_context("[a third to a half] of the farms", count(THIRD, high="0.5")),
    *in_context("Output quadrupled from [5 tonnes] to [20 tonnes].",
                quantity("5", "metric_ton"), quantity("20", "metric_ton")),
    *in_context("Sales grew from [1.2 million yuan] to [1.5 million yuan].",
                money("1200000", "CNY"), money("1500000", "CNY")),
    # a score, and bounds the wrong way round, are not ranges
    *in_context("won [8]-[5]", count("8"), count("5")),
    *in_context("More than [40] and less than [10]", count("40", qualifier="over"),
                count("10", qualifier="under")),
    *not_figures("2019-2020", "the 2020-21 season"),
]
