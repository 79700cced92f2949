"""Examples for quantities: the units of units.py read after a number by rules/english.py,
feet and inches, rates, angles, and the false friends of units. Grouped by unit family
(issue 3).

Money rates: a money figure followed by a rate ("per month", "/hour", "a kilogram") takes
the rate into its span, and its `unit` holds the rate's denominator: "1,500 yuan per month"
is money 1500 CNY with unit "month"; "$18.5/hour" is 18.5 USD with unit "hour". "a"/"an"
only before a spelled-out unit, and never in a time phrase ("$3.2 billion a year ago").
"per share" is not a rate here ("share" is no unit).

Choices worth knowing:
- tonnes and tons are metric tons unless the text says short or long (so "4,500 tpd" is
  metric tons a day, where quantulum3 reads US short tons);
- "5 feet 2 inches" is one length in inches (62 inch), exact where 5.1666... feet is not;
- "pm" and "am" after a number are times, never picometres or attometres ("2.1 pm");
- a bare "degrees" is an angle only next to a word of turning ("rotate 90 degrees", "a
  180-degree turn"); "24 degrees" alone may be a temperature on either scale, and is a
  plain number;
- durations are quantities ("three days", unit day): the Recognizers-Text dimension specs
  leave them to dates, quantulum3 counts them.
"""

from __future__ import annotations

from .corpus import Example, count, examples, in_context, known_gap, money, not_figures, quantity

CORPUS: list[Example] = [
    # --- mass: tonnes and tons are metric unless the text says short or long
    *examples(quantity("5000", "metric_ton"), "5,000 tonnes", "5,000 tons", "5,000 metric tons",
              "5,000 metric tonnes", "5000t", "5,000-ton"),
    *examples(quantity("3", "short_ton"), "3 short tons"),
    *examples(quantity("3", "long_ton"), "3 long tons"),
    *examples(quantity("20", "kilogram"), "20 kg", "20 kilograms", "20kg", "20 kilos",
              "20 KG"),
    *examples(quantity("800", "jin"), "800 jin", "800 catties"),
    *examples(quantity("25", "pound"), "25 pounds", "25lbs", "25 lb"),
    *in_context("output of [5,000 tonnes] of grain", quantity("5000", "metric_ton")),
    # --- length
    *examples(quantity("500", "kilometer"), "500 kilometres", "500 km", "500 kilometers",
              "500-kilometre"),
    *examples(quantity("30", "li"), "30 li"),
    *examples(quantity("1.6", "mile"), "1.6 miles", "1.6 mi"),
    *examples(quantity("62", "inch"), "5 feet 2 inches", "5 feet and 2 inches", "5 ft 2 in",
              "5'2\"", "5 foot 2 inches"),
    *in_context("he is [5 feet 2 inches] tall", quantity("62", "inch")),
    *in_context("The length is [12 ft 2 in] more or less", quantity("146", "inch")),
    *examples(quantity("0.75", "mile"), "three-quarters of a mile", "3/4 mile"),
    # --- area
    *examples(quantity("18500000", "mu"), "18.5 million mu"),
    *examples(quantity("1200", "square_meter"), "1,200 square metres", "1,200 m2", "1,200 m²",
              "1,200 sqm", "1,200 square meters", "1,200 sq m"),
    *examples(quantity("2000", "hectare"), "2,000 hectares", "2,000 ha"),
    *examples(quantity("3000", "square_kilometer"), "3,000 square kilometres", "3,000 km2",
              "3,000 sq km", "3,000 km squared"),
    *examples(quantity("45", "acre"), "45 acres", "45-acre"),
    *in_context("a [1,000-square-foot] apartment", quantity("1000", "square_foot")),
    # --- volume
    *examples(quantity("1200000", "oil_barrel"), "1.2 million barrels", "1.2 million bbl"),
    *examples(quantity("4500000", "cubic_meter"), "4.5 million cubic metres",
              "4.5 million m3", "4.5 million cubic meters"),
    *examples(quantity("3", "liter"), "3 litres", "3 liters", "3 L", "3l"),
    *examples(quantity("2.5", "cup"), "2 and 1/2 cups", "2 1/2 cups", "2.5 cups"),
    # --- energy and power
    *examples(quantity("3200000000", "kilowatt_hour"), "3.2 billion kWh",
              "3.2 billion kilowatt hours", "3.2 billion kilowatt-hours"),
    *examples(quantity("7.3", "megawatt_hour"), "7.3 MWh", "7.3 megawatt hours"),
    *examples(quantity("10", "gigawatt_hour"), "10 GWh", "10 gigawatt-hours"),
    *examples(quantity("300", "megawatt"), "300 MW", "300 megawatts", "300-megawatt"),
    *examples(quantity("2", "gigawatt"), "2 GW", "2 gigawatts"),
    *in_context("a [300-megawatt] plant", quantity("300", "megawatt")),
    # --- speed
    *examples(quantity("120", "kilometer / hour"), "120 km/h", "120 kph", "120 kmph",
              "120 kilometres per hour", "120 km per hour", "120km/hr"),
    *examples(quantity("60", "mile / hour"), "60 mph", "60 miles per hour",
              "60 miles an hour"),
    *examples(quantity("340", "meter / second"), "340 m/s", "340 metres per second"),
    *examples(quantity("25", "knot"), "25 knots"),
    # --- temperature
    *examples(quantity("35", "degree_Celsius"), "35 degrees Celsius", "35°C", "35 °C", "35℃",
              "35 degrees C", "35 degrees centigrade"),
    *examples(quantity("-5", "degree_Celsius"), "-5°C", "minus 5 degrees Celsius"),
    *examples(quantity("98.6", "degree_Fahrenheit"), "98.6 °F", "98.6 degrees Fahrenheit"),
    *in_context("temperatures ranged from [-18 °C to -34 °C]",
                quantity("-34", "degree_Celsius", high="-18")),
    # --- angles: a bare "degrees" only beside a word of turning
    *in_context("rotate the panel [90 degrees]", quantity("90", "degree")),
    *in_context("turn left [45 degrees]", quantity("45", "degree")),
    *in_context("a [180-degree] turn", quantity("180", "degree")),
    *in_context("the temperature is [24] degrees", count("24")),
    # --- data
    *examples(quantity("500", "gigabyte"), "500 GB", "500 gigabytes", "500GB"),
    *examples(quantity("2", "terabyte"), "2 TB", "2 terabytes"),
    *examples(quantity("8192", "bit"), "8x2^10 bits", "8192 bits"),
    # --- freight: TEU is its own unit
    *examples(quantity("60000", "TEU"), "60,000 TEUs", "60,000 TEU",
              "60,000 twenty-foot equivalent units"),
    # --- durations
    *examples(quantity("3", "day"), "three days", "3 days"),
    # --- quantity rates
    *examples(quantity("412", "kilogram / mu"), "412 kg per mu", "412 kilograms per mu",
              "412 kg/mu"),
    *examples(quantity("9.8", "meter / second ** 2"), "9.8 m/s^2", "9.8 m/s²"),
    *examples(quantity("30", "mile / gallon"), "30 mpg"),
    *in_context("output was [5,000 tonnes] a year earlier", quantity("5000", "metric_ton")),
    *in_context("[37.8 micrograms] per gram", quantity("37.8", "microgram")),
    # --- money rates: the denominator is the money figure's unit
    *examples(money("1500", "CNY", unit="month"), "1,500 yuan per month", "1,500 yuan a month",
              "RMB1,500/month", "RMB 1,500 per month", "CNY 1,500/month"),
    *examples(money("18.5", "USD", unit="hour"), "$18.5/hour", "$18.5 per hour",
              "$18.5 an hour", "18.5 dollars an hour", "$18.5/h"),
    *examples(money("412", "CNY", unit="mu"), "412 yuan per mu", "RMB412/mu"),
    *examples(money("3", "CNY", unit="kilogram"), "3 yuan a kilogram", "3 yuan per kg",
              "RMB3/kg"),
    *examples(money("80", "USD", unit="oil_barrel"), "$80 a barrel", "$80 per barrel",
              "$80/bbl"),
    *in_context("wages of [$5 to $7 an hour]", money("5", "USD", high="7", unit="hour")),
    *in_context("revenue was [$3.2 billion] a year ago", money("3200000000", "USD", unit=None)),
    *in_context("a dividend of [$1.25] per share", money("1.25", "USD", unit=None)),
    # --- numerals these units meet
    *in_context("Its GDP is [$2.174T].", money("2174000000000", "USD")),
    *in_context("ef [75 -300mm] lens", quantity("75", "millimeter", high="300")),
    *examples(quantity("0.000623", "meter"), "6.23x10^-4 m", "6.23 x 10^-4 m"),
    # --- false friends: in, m, pm, t, codes
    *in_context("item [5] in the list", count("5")),
    *in_context("sales rose [8] in [5 years]", count("8"), quantity("5", "year")),
    *in_context("it raised [$5m]", money("5000000", "USD")),
    *in_context("it handled [1.1m tonnes]", quantity("1100000", "metric_ton")),
    *in_context("it flew [3.2m km]", quantity("3200000", "kilometer")),
    *in_context("[3m] people", count("3000000", noun="people")),
    *in_context("a [5m] wall", quantity("5", "meter")),
    *in_context("the [100m] sprint", quantity("100", "meter")),
    *in_context("a wall [5 m] high", quantity("5", "meter")),
    *in_context("I'm [1.8m] tall.", quantity("1.8", "meter")),
    *in_context("It cost [1.8M dollars].", money("1800000", "USD")),
    *in_context("capacity is [100t]", quantity("100", "metric_ton")),
    *in_context("cut emissions by [12,000 t a year]", quantity("12000", "metric_ton / year")),
    *in_context("[500 MWh] ([1.8 TJ])", quantity("500", "megawatt_hour"),
                quantity("1.8", "terajoule")),
    *not_figures("in 2020", "at 3 pm", "At 2 pm everybody will be gone.",
                 "until 11pm", "scp2-173m", "scp-173m", "james t. kirk", "the 1990s"),
    *examples(quantity("400000000000000", "1 / second"), "4e14 s-1", "4e14 s^-1"),
    *not_figures("the S-1 form", "Su-27 jets"),
    # --- am/pm: times when the number can be an hour, lengths when it cannot
    *not_figures("We meet at 2.30 pm.", "doors open at 10.30pm", "from 3-5 pm",
                 "between 2 and 4 p.m.", "at 7.45 a.m."),
    *in_context("a grid of [2.1 pm]", quantity("2.1", "picometer")),
    *in_context("a size of [2.123 am].", quantity("2.123", "attometer")),
    *examples(quantity("50", "picometer"), "50 picometres", "50 pm"),
    # --- pressure, torque, amount, concentration, rotation
    *examples(quantity("120", "millimeter_Hg"), "120 mmHg", "120 mm Hg"),
    *examples(quantity("700", "bar"), "700 bar", "700-bar"),
    *examples(quantity("1", "atmosphere"), "1 atm"),
    *examples(quantity("400", "newton * meter"), "400 Nm", "400 newton metres"),
    *examples(quantity("420", "ppm"), "420 ppm"),
    *examples(quantity("0.5", "ppb"), "0.5 ppb"),
    *examples(quantity("5", "millimole"), "5 mmol"),
    *examples(quantity("3000", "revolutions_per_minute"), "3,000 rpm"),
    *in_context("sold [5] bars of soap", count("5", noun="bars")),
    *in_context("installed [5] ATMs", count("5", noun="ATMs")),
    # --- radiation
    *examples(quantity("100", "becquerel / kilogram"), "100 becquerels per kilogram",
              "100 Bq/kg"),
    *examples(quantity("20", "millisievert / year"), "20 millisieverts a year",
              "20 mSv a year", "20 mSv/year"),
    *examples(quantity("2", "gray"), "2 Gy"),
    *in_context("painted [2] gray walls", count("2")),
    # --- tonnage: emissions, bombs, grain
    *examples(quantity("1.2", "megatonne"), "1.2 Mt", "1.2 MtCO2e", "1.2 megatonnes",
              "1.2 MtCO2"),
    *examples(quantity("2", "gigatonne"), "2 GtCO2", "2 gigatonnes", "2 Gt"),
    *examples(quantity("50", "kilotonne"), "50 kilotons", "50-kiloton", "50 ktCO2e"),
    *examples(quantity("5000", "metric_ton"), "5,000 MT", "5,000 tCO2e"),
    *examples(quantity("341.5", "lakh_metric_ton"), "341.5 LMT"),
    *examples(quantity("2.5", "million_metric_ton"), "2.5 MMT"),
    *in_context("Mt Everest is [8,849 m] high", quantity("8849", "meter")),
    *in_context("flying at [250] kt", count("250")),
    # --- energy markets
    *examples(quantity("3", "billion_cubic_meter"), "3 bcm"),
    *examples(quantity("50", "trillion_cubic_foot"), "50 tcf"),
    *examples(quantity("2", "MMBtu"), "2 MMBtu", "2 mmBtu"),
    *examples(money("3.5", "USD", unit="MMBtu"), "$3.50/MMBtu", "$3.50 per MMBtu"),
    *examples(quantity("1200000", "oil_barrel / day"), "1.2 million bpd", "1.2 million b/d",
              "1.2 million barrels per day"),
    # --- length and time, the rarer names
    *examples(quantity("10", "fathom"), "10 fathoms"),
    *examples(quantity("2", "millennium"), "2 millennia"),
    *examples(quantity("3", "fortnight"), "3 fortnights"),
    *examples(quantity("300", "kelvin"), "300 kelvin"),
    # --- light
    *examples(quantity("1500", "lumen"), "1,500 lumens", "1,500 lm", "1,500-lumen"),
    *examples(quantity("500", "lux"), "500 lux", "500 lx"),
    *examples(quantity("1", "candela * second"), "1cds"),
    *in_context("sold [5] CDs", count("5", noun="CDs")),
    # --- three digits, a space, one or two digits: no grouping, so garbled, no figure;
    # other pairs are two figures (tokenised newswire: "50 50 dollar bills")
    *not_figures("245 23 yen", "a 245 23 yen fee"),
    *not_figures("Company No. 201601012345 (1187654-X)", "reg. 1187654-X"),
    *in_context("[4000] [3 hundred]", count("4000"), count("300")),
    *in_context("[50] [50 dollar] bills", count("50"), money("50", "USD")),
    # a currency word glued to its rate by a slash
    *examples(money("1500", "CNY", unit="month"), "1,500 yuan/month"),
    *examples(money("3500", "CNY", unit="metric_ton"), "3,500 yuan/tonne"),
    *not_figures("I arrived at 2.13 am."),
    *known_gap(
        "'half a mile': 'half' alone before 'a' is not read as a numeral",
        in_context("[half a mile] away", quantity("0.5", "mile")),
    ),
    *known_gap(
        "'six foot two': the inches in words are not read",
        in_context("he is [six foot two]", quantity("74", "inch")),
    ),
    *known_gap(
        "a bare 'A' after a number is an article or a grade too often to be amperes",
        examples(quantity("5", "ampere"), "5 A"),
    ),
]
