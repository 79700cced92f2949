"""Examples for rules/money.py (and the money side of numerals.py), grouped by value.

"press": the shapes of state-company English news pages; "newswire": the lower-cased,
tokenised shapes of the Recognizers-Text specs ("$ 75 million", "c $ 16.4"), written anew.
"""

from __future__ import annotations

from .corpus import Example, examples, in_context, known_gap, money, not_figures, percent

CORPUS: list[Example] = [
    # yuan, every way the press writes it
    *examples(money("1300000", "CNY"), "1.3 million yuan", "CNY 1.3m", "RMB1.3 million",
              "RMB 1.3 million", "1.3 million renminbi", "1,300,000 yuan", "CNY1.3 million",
              "1.3 mln yuan", "1.3mn yuan", "rmb 1.3 million", "1.3 million RMB"),
    *examples(money("71250000000", "CNY"), "71.25 billion yuan", "RMB71.25bn",
              "71.25 bln yuan"),
    *examples(money("5", "CNY"), "5 yuan", "five yuan", "¥5", "RMB5", "5 rmb"),
    # dollars: a bare $ is USD; longer symbols win (HK$ is HKD, not USD)
    *examples(money("201380", "USD"), "$201,380", "US$201,380", "201,380 U.S. dollars",
              "USD 201,380", "201,380 US dollars", "U.S.$201,380", "201,380 USD",
              "us $ 201,380", "201,380 dollars", "usd 201,380", "201,380 usd"),
    *examples(money("2130000", "USD"), "$2.13m", "$2.13 million", "$2.13mn", "US$2.13M",
              "2.13 million dollars", "$ 2.13 million", "2.13 million U.S. dollars"),
    *examples(money("10300000000", "USD"), "10.3 billion U.S. dollars", "$10.3bn",
              "$10.3 billion", "$10.3b", "US$10.3 bln"),
    *examples(money("5", "HKD"), "HK$5", "HK$ 5", "5 Hong Kong dollars", "HKD 5", "hk$ 5"),
    *examples(money("16400000", "CAD"), "C$16.4 million", "c $ 16.4 million",
              "16.4 million Canadian dollars", "CAD 16.4 million", "cad$ 16.4 million"),
    *examples(money("15", "AUD"), "A$15", "aud$ 15", "15 Australian dollars", "AUD 15"),
    *examples(money("15", "MXN"), "mxn$ 15", "MXN 15", "15 Mexican pesos"),
    *examples(money("1000000", "USD"), "US$ 1MM", "$1 million", "a million dollars",
              "one million U.S. dollars", "$1mn"),
    *examples(money("75000000", "USD"), "$ 75 million", "75 USD million", "75 million USD",
              "75 MUSD", "us $ 75 million"),
    *examples(money("250000", "USD"), "quarter million us dollars", "a quarter million dollars",
              "$250,000", "$250k", "250 thousand dollars"),
    # euros, pounds, yen and the ISO codes generally
    *examples(money("2500000000", "EUR"), "€2.5bn", "€2.5 billion", "EUR 2.5 billion",
              "2.5 billion euros", "2.5bn euros"),
    *examples(money("10", "EUR"), "10 €", "€10", "10 euros", "EUR 10", "10 eur", "ten euros"),
    *examples(money("120000000", "EUR"), "120 MEUR", "€120 million", "120 million euros"),
    *examples(money("48500000", "GBP"), "48.5 MGBP", "£48.5 million", "GBP 48.5 million",
              "48.5 million pounds sterling", "48.5 million British pounds"),
    *examples(money("300", "JPY"), "300 yen", "JPY 300", "300 Japanese yen"),
    *examples(money("100", "CRC"), "100 ₡", "₡100"),
    *examples(money("100", "GEL"), "100₾", "100 ₾"),
    *examples(money("100000", "LAK"), "100,000 ₭"),
    *examples(money("100000", "INR"), "₹100,000", "100,000 rupees", "INR 100,000",
              "1 lakh rupees"),
    *examples(money("20000000", "INR"), "2 crore rupees", "INR 2 crore"),
    *examples(money("6.25", "BTC"), "6.25 BTC", "6.25 bitcoins"),
    *examples(money("2000000", "SEK"), "2mil SEK", "SEK 2 million", "2 million Swedish kronor"),
    # the minor unit is a fraction of the major one
    *examples(money("0.5", "USD"), "50 cents", "fifty cents", "$0.50", "$.50"),
    *examples(money("0.12", "USD"), "12-cent", "12 cents"),
    *examples(money("3.5", "USD"), "3 dollars 50 cents", "three dollars and fifty cents",
              "$3.50", "3.50 dollars"),
    *examples(money("13.45", "USD"), "thirteen dollars and forty-five cents",
              "13 dollars and 45 cents", "13 dollars 45 cents"),
    *examples(money("15.5", "USD"), "15 dollars and 50", "15 dollars 50", "15 USD 50"),
    *examples(money("0.3", "GBP"), "30 pence", "thirty pence"),
    # negative amounts
    *examples(money("-3000000", "USD"), "-$3 million", "$-3 million", "minus $3 million"),
    # in context: currency prefixes after a figure that ends in a code
    *in_context("a fee of [10 rmb] or [20 usd]", money("10", "CNY"),
                money("20", "USD", equivalent_of=1, implied_rate="0.5")),
    *in_context("Banknotes: [5 €], [10 €], [20 €].", money("5", "EUR"), money("10", "EUR"),
                money("20", "EUR")),
    *in_context("It will resume dividend payments with a [12-cent]-a-share dividend.",
                money("0.12", "USD")),
    *in_context("The subscription will increase to [17 USD 25].", money("17.25", "USD")),
    *in_context("they lost [75 USD million] last year", money("75000000", "USD")),
    *in_context("Losses in excess of [30 MUSD] were reported.",
                money("30000000", "USD", qualifier="over")),
    *in_context("It costs [$15 a month], or [$180 a year].", money("15", "USD", unit="month"),
                money("180", "USD", unit="year")),
    *in_context("Bob lent me [100,000 rupees] for emergency.", money("100000", "INR")),
    *in_context("The group invested [60 million yuan] in Hunan, [25 million] in Sichuan.",
                money("60000000", "CNY"), money("25000000", "CNY")),
    *in_context("A [¥500] fee was charged in Tokyo, Japan.", money("500", "JPY")),
    # letter symbols and capitalised names before the number
    *examples(money("5000000000", "INR"), "Rs 500 crore", "Rs. 500 crore", "Rs.500 crore",
              "Rupees 500 crore"),
    *examples(money("5000000", "MYR"), "RM5 million", "RM 5 million"),
    *examples(money("5000", "IDR"), "Rp 5,000", "Rp5,000"),
    *examples(money("5000000", "EUR"), "Euro 5 million", "EURO 5m", "Euros 5 million"),
    *examples(money("500", "THB"), "Baht 500"),
    *in_context("[Euro 2024 million] in bonds", money("2024000000", "EUR")),
    *not_figures("Euro 2024 starts in June", "at Expo 2020 Dubai", "Rm 5"),
    *in_context("the euro [0.5%] lower", percent("0.5")),
    *known_gap(
        "a lower-case currency word before the number ('dollar 22.5 million') is not read:"
        " 'the dollar 1.2% higher' is no money",
        in_context("The price starts at [dollar 22.5 million].", money("22500000", "USD")),
    ),
    *known_gap(
        "a bare '$' after a number followed by another number reads as that number's prefix",
        in_context("[10 $] [30 $]", money("10", "USD"), money("30", "USD")),
    ),
    *known_gap(
        "'and fifty' after a symbol-prefixed amount is not read as cents",
        in_context("It costs me [c $ 100 and fifty].", money("100.5", "CAD")),
    ),
    *known_gap(
        "'pounds' alone is left to units (a weight as often as money)",
        examples(money("30", "GBP"), "30 pounds"),
    ),
    # not money
    *not_figures("the dollar rose", "euro zone", "the Hong Kong dollar peg", "USD/CNY",
                 "US$", "price in yuan"),
]
