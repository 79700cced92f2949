"""Examples for rules/conversion.py: a figure restated in another currency gets
equivalent_of (the original) and implied_rate (units of the original per unit of it)."""

from __future__ import annotations

from .corpus import Example, in_context, known_gap, money

CORPUS: list[Example] = [
    *in_context("sales of over [1.3 million yuan] (about [$201,380])",
                money("1300000", "CNY", qualifier="over", equivalent_of=None),
                money("201380", "USD", qualifier="approx", equivalent_of=1,
                      implied_rate="6.4555")),
    *in_context("investment of [71.25 billion yuan] ([10.3 billion U.S. dollars])",
                money("71250000000", "CNY"),
                money("10300000000", "USD", equivalent_of=1, implied_rate="6.9175")),
    *in_context("revenue of [6.5 billion yuan], or about [$1 billion],",
                money("6500000000", "CNY"),
                money("1000000000", "USD", equivalent_of=1, implied_rate="6.5")),
    *in_context("a fund of [RMB 100 million] (approximately [US$15.5 million])",
                money("100000000", "CNY"),
                money("15500000", "USD", equivalent_of=1, implied_rate="6.4516")),
    *in_context("orders worth [1.2 billion yuan], equivalent to [$185 million]",
                money("1200000000", "CNY"),
                money("185000000", "USD", equivalent_of=1, implied_rate="6.4865")),
    # a stated exchange rate: the yuan side is the original, the dollar restates it
    *in_context("prices in yuan ([1 U.S. dollar] = [7.17 yuan])",
                money("1", "USD", equivalent_of=2, implied_rate="7.17"),
                money("7.17", "CNY")),
    *in_context("at [US$1] = [6.32 yuan]", money("1", "USD", equivalent_of=2,
                                                  implied_rate="6.32"), money("6.32", "CNY")),
    # reversed order: dollars first, the yuan original in brackets
    *in_context("[$10.3 billion] ([71.25 billion yuan])",
                money("10300000000", "USD", equivalent_of=2, implied_rate="6.9175"),
                money("71250000000", "CNY", equivalent_of=None)),
    *in_context("[HK$100] ([US$12.8])",
                money("100", "HKD"), money("12.8", "USD", equivalent_of=1,
                                                implied_rate="7.8125")),
    *in_context("[€2.5bn] / [$2.7bn]", money("2500000000", "EUR"),
                money("2700000000", "USD", equivalent_of=1, implied_rate="0.925926")),
    # the text marks the bracketed figure as the restatement, even when it is yuan
    *in_context("[12.5億港元]（約合[人民幣10.2億元]）",
                money("1250000000", "HKD", equivalent_of=None),
                money("1020000000", "CNY", equivalent_of=1, implied_rate="1.2255")),
    *in_context("[$10.3 billion] (about [71.25 billion yuan])",
                money("10300000000", "USD", equivalent_of=None),
                money("71250000000", "CNY", equivalent_of=1, implied_rate="0.144561")),
    # same currency, or far apart: no conversion
    *in_context("[1.3 million yuan] and [2 million yuan]", money("1300000", "CNY"),
                money("2000000", "CNY", equivalent_of=None)),
    *in_context("It sold [1.3 million yuan] of tea in March and spent [$200,000] on ads.",
                money("1300000", "CNY"), money("200000", "USD", equivalent_of=None)),
    *known_gap(
        "a restatement after a clause ('X, which is about Y') is not linked",
        in_context("[1.3 million yuan], which is about [$201,380]",
                   money("1300000", "CNY"),
                   money("201380", "USD", equivalent_of=1, implied_rate="6.4555")),
    ),
]
