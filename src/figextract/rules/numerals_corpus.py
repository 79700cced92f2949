"""Examples for rules/numerals.py and numbers.py: how a numeral is written, and its value.

Bare numbers are counts; the value is what matters here. "rt": shapes from the
Recognizers-Text number specs, written anew.
"""

from __future__ import annotations

from .corpus import Example, count, examples, in_context, known_gap, not_figures

CORPUS: list[Example] = [
    # digits and separators
    *examples(count("1736"), "1,736", "1736", "one thousand seven hundred and thirty-six",
              "one thousand seven hundred thirty-six"),
    *examples(count("1234567.89"), "1,234,567.89", "12,34,567.89", "1 234 567.89"),
    *examples(count("1414021100"), "1 414 021 100", "1,414,021,100"),
    *examples(count("40000"), "40 000", "40,000", "forty thousand", "40 thousand"),
    *examples(count("0.25"), ".25", "0.25", "1/4", "a quarter", "one quarter", "one-fourth",
              "¼"),
    *examples(count("3.5"), "3.5", "three and a half", "3 1/2", "seven halves"),
    *examples(count("2.25"), "2  1/4", "2 1/4", "two and a quarter", "nine fourths"),
    *examples(count("-5"), "-5", "minus 5", "minus five", "negative five"),
    *examples(count("-5.5"), "minus five point five", "-5.5"),
    # scale words, long and short
    *examples(count("1300000"), "1.3 million", "1.3e6", "1.3 mln", "one point three million"),
    *examples(count("10000000"), "10M", "10 million", "ten million"),
    *examples(count("2000000"), "2 million", "2mil", "two million", "2 mln", "2mn", "2,000,000"),
    *examples(count("2500000"), "2.5 million", "two and a half million",
              "two million and a half", "two million and one half", "2.5mn"),
    *examples(count("500000"), "half a million", "500,000", "five hundred thousand",
              "0.5 million"),
    *examples(count("250000"), "quarter million", "a quarter million", "250 thousand"),
    *examples(count("1000500000"), "one billion and a half million"),
    *examples(count("5750000000"), "five billion and three quarters", "5.75 billion"),
    *examples(count("2000000000000"), "2 trillion", "two trillion", "2 tn"),
    *examples(count("100000"), "1 lakh", "one lakh", "100,000"),
    *examples(count("30000000"), "3 crore", "three crore"),
    # number words
    *examples(count("25"), "twenty-five", "twenty five", "25", "twenty - five"),
    *examples(count("12"), "a dozen", "one dozen", "twelve"),
    *examples(count("36"), "three dozen", "36"),
    *examples(count("324"), "three hundred and two dozens"),
    *examples(count("1000000"), "a million", "one million", "1 million"),
    *examples(count("100"), "a hundred", "one hundred", "100"),
    *examples(count("1900"), "nineteen hundred", "one thousand nine hundred"),
    *examples(count("200.03"), "two hundred point zero three", "200.03"),
    *examples(count("9.04"), "nine point nought four", "nine point zero four"),
    *examples(count("0.11"), "nought point eleven", "zero point one one"),
    # fractions in words
    *examples(count("0.6"), "three fifths", "3/5", "three-fifths"),
    *examples(count("4.6"), "twenty-three fifths", "twenty three fifths"),
    *examples(count("0.04"), "one twenty-fifth"),
    *known_gap("'a' before a compound ordinal is not read as 'one'",
               examples(count("0.04"), "a twenty-fifth")),
    *examples(count("1.25"), "one and a fourth", "one and a quarter", "1 1/4"),
    *examples(count("3.25"), "three and one fourth"),
    *examples(count("2.54"), "two and fifty-four hundredths", "2.54"),
    *examples(count("200.54"), "two hundred and fifty-four hundredths"),
    *examples(count("26.4"), "one hundred and thirty-two fifths"),
    *examples(count("1900"), "ninety-five hundred fifths"),
    *examples(count("1E-12"), "a trillionth"),
    *examples(count("1E-7"), "a hundred thousand trillionths"),
    *examples(count("2600000"), "two million and three fifths"),
    # a compound ordinal as denominator, as Recognizers-Text reads it
    *examples(count("0.009523809523809523809523809524"), "one one hundred fifth",
              "one one hundred and fifth"),
    *examples(count("2.857142857142857142857142857"), "one hundred thirty fifths"),
    *examples(count("0.09950248756218905472636815920"), "one hundred one thousand fifths"),
    *examples(count("0.21"), "twenty one hundredths", "twenty-one hundredths"),
    *examples(count("0.003"), "three one thousandths"),
    # powers
    *examples(count("0.000623"), "6.23x10^-4", "6.23e-4"),
    *examples(count("0.4"), "2.5^-1"),
    *examples(count("8.95430243255237372246531"), "1.1^23", "1.1^+23"),
    # several numerals in a row stay apart
    *in_context("[one], [two], [three]", count("1"), count("2"), count("3")),
    *in_context("[two] and [three]", count("2"), count("3")),
    *in_context("[40 000] is the same as [40 000]", count("40000"), count("40000")),
    *in_context("For now, the population is [1 414 021 100].", count("1414021100")),
    # ratios, "3 hundred and 21", dozens abbreviated: rules/compound_corpus.py
    *known_gap(
        "a spaced sign before a mixed fraction ('- 1 4/5') is lost",
        in_context("[- 1 4/5]", count("-1.8")),
    ),
    # not numerals
    *not_figures("the fourth festival", "the first time", "a second look", "half of them",
                 "first", "quarter", "thousands", "the 19th", "twenty-first century",
                 "the twenty-first century"),
]
