"""Phrasings of the relations `check` tests, beside the rules that read them
(rules/relations.py); tests/test_check.py runs every line.

A positive example marks each figure of its relation as [role:text], where role is the
figure's part in it (rate/from/to, factor for a multiple written as a figure ("2.5 times",
"3倍"), part/whole/share, share/out_of for "one in five", part/total,
achieved/share/target); a multiple or fraction in words ("doubled", "half") is no figure;
figures outside the brackets are not part of it. It must give exactly one relation of its
check, built by the named rule, with exactly those figures in those roles. A negative
example must give no relation of its check.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    check: str
    rule: str
    text: str


@dataclass(frozen=True)
class Negative:
    check: str
    text: str
    why: str


def examples(check: str, rule: str, *texts: str) -> list[Example]:
    return [Example(check, rule, text) for text in texts]


POSITIVE: list[Example] = [
    *examples(
        "change", "rate_to_from",
        "Revenue rose [rate:8%] to [to:5.4 billion yuan] from [from:5 billion yuan] in 2021.",
        "Exports fell by [rate:15%] to [to:1.7 million tonnes] from [from:2 million tonnes].",
        "Sales grew about [rate:20 percent] year on year to [to:12 million yuan] from "
        "[from:10 million yuan].",
        "Sales rose [rate:8%] to [to:7 billion yuan] from 300 stores.",
    ),
    *examples(
        "change", "rate_from_to",
        "Sales grew [rate:20%] from [from:10 million yuan] to [to:12 million yuan].",
        "The jobless rate rose [rate:2 percentage points] from [from:5%] to [to:7%].",
    ),
    *examples(
        "change", "from_to_then_rate",
        "Profit rose from [from:5 billion yuan] to [to:7 billion yuan], an increase of "
        "[rate:40%].",
        "Outage time fell from [from:9.6 hours] to [to:4.2 hours], a [rate:56 percent] "
        "reduction.",
        "Outage time fell from [from:9.6 hours] to [to:4.2 hours], representing a drop of "
        "[rate:56%].",
    ),
    *examples(
        "change", "to_from_then_rate",
        "Exports rose to [to:7 billion yuan] from [from:5 billion yuan], an increase of "
        "[rate:40%].",
        "Outage time fell to [to:4.2 hours], down from [from:9.6 hours], a reduction of "
        "[rate:36 percent].",
    ),
    *examples(
        "change", "level_then_rate_from",
        "The port handled [to:30.02 million TEUs] in 2023, up [rate:15.7%] from "
        "[from:26.88 million TEUs] in 2022.",
        "The port handled [to:30.02 million TEUs] in 2023, up [rate:15.7%] from "
        "[from:26.88 million TEUs] a year earlier.",
        "Profit was [to:2.1 billion yuan], down [rate:12.5%] year on year from "
        "[from:2.4 billion yuan].",
        "The port handled [to:30.02 million TEUs] in 2023, an increase of [rate:11.7%] over "
        "[from:26.88 million TEUs] in 2022.",
    ),
    *examples(
        "change", "from_to",
        "The jobless rate rose from [from:5] to [to:7 percent].",
        "Turnover fell from [from:3.2 billion yuan] to [to:2.9 billion yuan] last year.",
    ),
    *examples(
        "change", "from_to",
        "Dosage was reduced from [from:44 mg] to [to:50 mg].",
        "Costs were cut from [from:50 million yuan] to [to:40 million yuan].",
    ),
    *examples(
        "change", "to_from",
        "Costs fell to [to:120 million yuan] from [from:100 million yuan].",
        "Exports rose to [to:7 billion yuan] from [from:5 billion yuan] in 2020.",
    ),
    *examples(
        "change", "rate_from",
        "Parcel volume fell [rate:15%] from [from:2 million] parcels.",
    ),
    *examples(
        "change", "rate_to",
        "Parcel volume grew [rate:21.3 percent] year on year to [to:37 billion] items.",
        "The share of rural parcels rose by [rate:4.5 percentage points] to [to:27.5%].",
        "Sales rose [rate:41.2 percent] to [to:19.6 billion yuan] (about 3.03 billion U.S. "
        "dollars).",
    ),
    *examples(
        "change", "level_then_rate",
        "Its platforms handled sales of [to:45.8 billion yuan] (about $7.08 billion), up "
        "[rate:35 percent] year on year.",
    ),
    *examples(
        "change", "zh_compared_with",
        "2021年全年收入達[to:三千一百二十五萬港元]（約2,527萬元人民幣），較2020年的"
        "[from:二千九百一十二萬港元]增長[rate:百分之七點三]。",
        "全年营收[to:5.4亿元]，比上年的[from:5亿元]增长[rate:8%]。",
    ),
    *examples(
        "change", "zh_from_to",
        "销售额由[from:5亿元]增长至[to:5.4亿元]，增长[rate:8%]。",
        "快递量从[from:200万件]下降到[to:170万件]。",
        "平均处理时长由[from:9.6小时]降至[to:4.2小时]，下降[rate:56%]。",
        "平均处理时长由[from:9.6小时]缩短至[to:4.2小时]，降幅为[rate:56%]。",
        "销售额由[from:5亿元]增至[to:6亿元]，同比增长[rate:20%]。",
    ),
    *examples(
        "change", "zh_rate_to",
        "收入同比增长[rate:8%]至[to:5.4亿元]。",
    ),
    *examples(
        "change", "zh_level_then_rate",
        "全年产量[to:1200万吨]，比上年下降[rate:3.2%]。",
        "农产品销售额[to:45.8亿元]（约7.08亿美元），同比增长[rate:35%]。",
    ),
    *examples(
        "change", "multiple_from_to",
        "Sales doubled from [from:5 million yuan] to [to:10 million yuan] last year.",
        "Exports quadrupled from [from:2 million tonnes] to [to:8 million tonnes].",
        "The number of stores was halved from [from:400] to [to:200].",
        "Sales rose [factor:2.5] times from [from:10 million yuan] to [to:25 million yuan].",
        "Sales more than doubled from [from:5 million yuan] to [to:12 million yuan].",
        "Income grew threefold from [from:2 million yuan] to [to:6 million yuan].",
        "Sales rose by half from [from:10 million yuan] to [to:15 million yuan].",
        "Exports saw a [factor:2.5]-fold increase from [from:4 million tonnes] to "
        "[to:10 million tonnes].",
    ),
    *examples(
        "change", "multiple_to_from",
        "Output tripled to [to:6.3 million tonnes] from [from:2.1 million tonnes].",
    ),
    *examples(
        "change", "level_multiple_of_level",
        "Revenue reached [to:25 million yuan], [factor:2.5] times the [from:10 million yuan] "
        "of 2020.",
        "Sales reached [to:6 million yuan], twice the 2019 level of [from:3 million yuan].",
    ),
    *examples(
        "change", "level_multiple",
        "Cold-chain capacity reached [to:25 million tonnes], [factor:2.5] times the 2019 "
        "level.",
        "Sales hit [to:6 million yuan], twice as much as in 2019.",
    ),
    *examples(
        "change", "multiple_from",
        "Online sales doubled from [from:4.2 million yuan] in 2020.",
    ),
    *examples(
        "change", "multiple_to",
        "Sales doubled to [to:10 million yuan].",
        "Exports were cut in half to [to:200 tonnes].",
    ),
    *examples(
        "change", "zh_from_to_then_multiple",
        "销售额由[from:5亿元]增长至[to:10亿元]，翻了一番。",
        "销售额从[from:2亿元]增长到[to:6亿元]，增长了[factor:两倍]。",
    ),
    *examples(
        "change", "zh_from_multiple_to",
        "产量由[from:100万吨]减半至[to:50万吨]。",
    ),
    *examples(
        "change", "zh_is_multiple_of",
        "今年销售额[to:6亿元]，是去年[from:2亿元]的[factor:3倍]。",
    ),
    *examples(
        "change", "zh_level_is_multiple",
        "今年农产品出口额[to:6亿元]，是去年的[factor:3倍]。",
    ),
    *examples(
        "change", "zh_multiple_to",
        "销售额翻了一番，达到[to:10亿元]。",
        "销售额增长了[factor:2.5倍]，达到[to:7亿元]。",
        "产量减少了一半，降至[to:50万吨]。",
    ),
    *examples(
        "change", "zh_level_then_multiple",
        "销售额达[to:10亿元]，比上年翻了一番。",
    ),
    *examples(
        "share", "fraction_of_whole_part",
        "[share:One in five] of the [whole:3,000] farms, [part:600] farms, sell "
        "online.",
        "[share:Two-thirds] of the [whole:900] households, or [part:600] households, shop "
        "online.",
        "Half of the [whole:300] counties ([part:150]) have hubs.",
    ),
    *examples(
        "share", "part_of_whole_or_fraction",
        "[part:600] of the [whole:3,000] farms, or [share:one in five], sell online.",
    ),
    *examples(
        "share", "part_fraction_of_whole",
        "Hubs opened in [part:100] counties, or [share:a third] of the [whole:300] counties.",
    ),
    *examples(
        "share", "fraction_of_the_total",
        "Sales totalled [whole:500 million yuan]. Online sales were [part:200 million yuan], "
        "making up [share:two-fifths] of the total.",
        "Online sales were [part:200 million yuan], making up [share:two-fifths] of the "
        "total.",
    ),
    *examples(
        "share", "zh_whole_fraction_part",
        "全县[whole:3000家]农场中有[share:五分之一]，即[part:600家]，开展网上销售。",
    ),
    *examples(
        "share", "zh_part_fraction_of_whole",
        "[part:600家]农场开展网上销售，占全县[whole:3000家]农场的[share:五分之一]。",
    ),
    *examples(
        "share", "per_unit",
        "It paid [part:5 million yuan] to [whole:100] farmers, or [share:50,000 yuan] per "
        "farmer.",
    ),
    *examples(
        "share", "units_part_per_unit",
        "The [whole:300] households sent [part:3,600] parcels, or [share:12] parcels per "
        "household.",
    ),
    *examples(
        "share", "zh_per_unit",
        "[whole:300户]农户共寄出[part:3600件]包裹，平均每户[share:12件]。",
    ),
    *examples(
        "share", "part_of_whole_or_share",
        "Village delivery hubs are now complete in [part:45] of the [whole:300] counties of "
        "the pilot programme, or [share:15%].",
    ),
    *examples(
        "share", "part_or_share_of_whole",
        "Hubs are complete in [part:45] counties, or [share:15%] of the [whole:300] counties.",
    ),
    *examples(
        "share", "share_of_the_total",
        "Sales totalled [whole:500 million yuan] last year. Online sales were "
        "[part:200 million yuan], accounting for [share:40%] of the total.",
        "Online sales were [part:200 million yuan], accounting for [share:40%] of the total.",
    ),
    *examples(
        "share", "zh_share_of",
        "全国共有[whole:300个]县参加试点，其中[part:45个]县已建成，占比[share:15%]。",
        "全年销售额合计[whole:5亿元]，其中线上销售[part:2亿元]，占总额的[share:40%]。",
    ),
    *examples(
        "total", "parts_then_total",
        "The group invested [part:60 million yuan] in Hunan, [part:25 million yuan] in "
        "Sichuan and [part:15 million yuan] in Yunnan, [total:100 million yuan] in all.",
        "It employs [part:300] people in Hanoi and [part:900] in Hue, [total:1,200] in total.",
        "湖南[part:6000万元]、四川[part:2500万元]、云南[part:1500万元]，合计[total:1亿元]。",
    ),
    *examples(
        "total", "total_then_parts",
        "The group invested a total of [total:100 million yuan], including "
        "[part:60 million yuan] in Hunan and [part:40 million yuan] in Sichuan.",
        "共计投资[total:1亿元]，其中湖南[part:6000万元]、四川[part:4000万元]。",
    ),
    *examples(
        "total", "shares_of_one_whole",
        "Men made up [part:60%], women [part:35%] and children [part:5%] of the visitors.",
        "线上、线下和批发渠道分别占[part:45%]、[part:35%]和[part:20%]。",
    ),
    *examples(
        "total", "shares_and_the_rest",
        "The central government paid [part:60 percent] and provinces the remaining "
        "[part:30 percent].",
        "The state paid [part:70%], and the rest, [part:20%], came from banks.",
        "The state paid [part:70%], and the other [part:30 percent] came from banks.",
        "中央财政承担[part:60%]，其余[part:30%]由省级财政承担。",
        "中央财政承担[part:60%]，剩下的[part:40%]由地方承担。",
    ),
    *examples(
        "target", "fulfilling_share_of_plan",
        "The group sent [achieved:12,782] experts to villages last year to train e-commerce "
        "operators, fulfilling [share:128%] of the planned objectives.",
        "Post offices bought nearly [achieved:620 million yuan] (about $95.8 million) of "
        "produce directly from poor households, fulfilling [share:170%] of the objectives "
        "set at the start of the year.",
        "The group trained [achieved:12,782] operators, fulfilling [share:128%] of the "
        "target of [target:10,000] operators.",
    ),
    *examples(
        "target", "zh_fulfilling_share_of_plan",
        "共培训[achieved:12782名]农村电商人才，完成计划的[share:128%]。",
        "全年采购农产品近[achieved:6.2亿元]（约9580万美元），完成年度目标的"
        "[share:百分之一百七十]。",
    ),
]

NEGATIVE: list[Negative] = [
    Negative("change", "Turnover was up 27.6 percent from the previous festival.",
             "no level stated, nothing to compute"),
    Negative("change", "The group has 875 local malls in 832 counties.", "no change verb"),
    Negative("change", "Cold-chain orders rose 52 per cent.", "a rate without any level"),
    Negative("change", "比上年下降3.2%。", "a rate without any level"),
    Negative("share", "Parcels bound for villages made up 38 percent of the total.",
             "neither the part nor the total is stated"),
    Negative("change", "The central bank raised rates three times from 1% to 1.75%.",
             "three times as three occasions: a whole number of times after a verb"),
    Negative("change", "Sales doubled.", "a multiple without any level"),
    Negative("change", "Prices fell twice from 10 yuan to 8 yuan.",
             "twice after a verb: two occasions, not a multiple"),
    Negative("change", "产量是去年的3倍。", "a multiple without any level"),
    Negative("change", "Sales rose to 7 billion yuan from 300 stores.",
             "from names where the sales came from, not the earlier level"),
    Negative("change", "It sold 5 million yuan of tea, three times a week.",
             "three times a week: how often, not a multiple of a level"),
    Negative("change", "销售额翻了一番。", "a multiple without any level"),
    Negative("change", "It reported 6 million yuan, half from exports, and 3 million yuan in "
             "services.", "half of something else, not of the second level"),
    Negative("share", "Half of the 300 counties, 40 in Hunan, have hubs.",
             "a count listed after the whole, not the half of it"),
    Negative("share", "One in five shoppers buys online.", "no part stated"),
    Negative("share", "The 300 households sent 3,600 parcels, or 12 parcels a day.",
             "per day, not per household"),
    Negative("share", "300户农户共寄出3600件包裹，平均每月12件。", "per month, not per household"),
    Negative("share", "3000家农场中，五分之一开展网上销售，其中600家在湖南。",
             "其中 starts another count, not the fifth"),
    Negative("share", "电子商务客户占营业额百分之四十二。", "no part figure before 占"),
    Negative("total", "It sold 5 million yuan of tea in May and 6 million yuan in June.",
             "no word says the parts make a total"),
    Negative("total", "共培训12782名农村电商人才，完成计划的128%。",
             "共 before one figure is not a sum"),
    Negative("total", "Sales rose 5%, 6% and 7% in the three quarters.",
             "percentages listed without a word of shares"),
    Negative("change", "网点由300家增至500个。",
             "counts of two measure words (家, 个) are not two levels of one thing"),
    Negative("change", "Turnover was up 15.7% from a year earlier.",
             "B, up P from A needs a level A, not a time"),
    Negative("total", "Sales in Beijing rose 60 percent and in the other cities 30 percent.",
             "the other cities: changes, not shares"),
    Negative("total", "北京销售额增长60%，其余城市增长30%。",
             "其余城市增长: a change in the other cities, not the rest of a whole"),
    Negative("total", "Sales rose 5%, 6% and 7% in the remaining three quarters.",
             "remaining names the quarters, not a share"),
    Negative("target", "The price was 128% of the 2019 level.", "no plan, target or goal"),
    Negative("target", "It sold 20 million yuan, 40% of it online.", "a share, not a target"),
]
