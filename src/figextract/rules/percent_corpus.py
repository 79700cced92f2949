"""Examples for rules/percent.py: the sign and words, percentage points, and what a
percentage is of (its noun)."""

from __future__ import annotations

from .corpus import Example, count, examples, in_context, known_gap, not_figures, percent

CORPUS: list[Example] = [
    *examples(percent("170"), "170%", "170 percent", "170 per cent", "170 pct",
              "170 %", "one hundred and seventy percent", "170 percents"),
    *examples(percent("35"), "35%", "35 percent", "35 per cent", "35 pct", "thirty-five percent",
              "35 percentage", "35 Percent"),
    *examples(percent("100"), "100 percentage", "one hundred percents", "100%"),
    *examples(percent("0.25", "pp"), "25 basis points", "25 bps", "25bp", "25 bp"),
    *examples(percent("0.01", "pp"), "1 basis point"),
    *examples(percent("4.5", "pp"), "4.5 percentage points", "4.5 percentage point",
              "4.5 pct points", "4.5 pp", "4.5 ppts"),
    *examples(percent("0.5"), "0.5%", ".5%", "0.5 percent"),
    *known_gap("'half a' is read only before a scale word ('half a million')",
               examples(percent("0.5"), "half a percent")),
    *examples(percent("-3.2"), "-3.2%", "minus 3.2 percent", "-3.2 per cent"),
    *examples(percent("21.3"), "21.3%", "21.3 percent"),
    # the noun a percentage is of
    *in_context("fulfilling [170%] of the objectives",
                percent("170", noun="objectives")),
    *in_context("the panels now supply [12%] of the centre's electricity.",
                percent("12", noun="electricity")),
    *in_context("exports made up [40 percent] of its revenue",
                percent("40", noun="revenue")),
    *in_context("[35 per cent] of farmers' income came from e-commerce",
                percent("35", noun="income")),
    *in_context("[60%] of the [832] counties", percent("60", noun="counties"),
                count("832", noun="counties")),
    *in_context("Parcel volume grew [21.3 percent] year on year.",
                percent("21.3", noun=None)),
    *in_context("The rate rose [1.2 percentage points] to [5.6%].",
                percent("1.2", "pp"), percent("5.6")),
    *in_context("a [10%] rise and a [15 percent] fall", percent("10"), percent("15")),
    *known_gap(
        "a percentage written before its 'of' phrase by a verb ('accounted for X of Y') "
        "gets no noun when the noun comes first",
        in_context("E-commerce accounted for [18%] of sales, up from [15%].",
                   percent("18", noun="sales"), percent("15", noun="sales")),
    ),
    # not percentages
    *not_figures("https://www.example.com/search?q=30%25%2020%", "percent of what",
                 "percentage points", "www.post.cn/?rate=5%"),
]
