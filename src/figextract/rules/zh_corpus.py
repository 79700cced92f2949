"""Examples for rules/zh.py, grouped by what they must give; the corpus is the test suite.

A positive example marks its figure with brackets ("销售额超过[1.3亿元]"); without
brackets the whole text is the figure. find_zh must give exactly one figure there, of the
expected kind and value, plus the other fields the expectation names. A negative example
must give no figure at all (and, run through the whole pipeline, no record either).
KNOWN_GAPS are examples that do not work yet: tests run them as strict xfail, so fixing
one turns the suite red until it moves into CORPUS.

Sentences marked "press" are written in the style of Chinese state-company and Xinhua
releases; "rt" are patterns of the Recognizers-Text Chinese specs (shapes, not copies).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Expect:
    """What a figure must be. Fields left None are not checked (except where noted)."""

    kind: str
    value: str
    currency: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    noun: str | None = None
    high: str | None = None


@dataclass(frozen=True)
class Example:
    text: str  # with [brackets] around the figure, or none for the whole text
    expect: Expect | None  # None: a negative example, no figure at all
    group: str = ""

    @property
    def plain(self) -> str:
        return self.text.replace("[", "").replace("]", "")

    @property
    def span(self) -> tuple[int, int]:
        if "[" not in self.text:
            return 0, len(self.text)
        start = self.text.index("[")
        return start, self.text.index("]") - 1


@dataclass
class _Corpus:
    examples: list[Example] = field(default_factory=list)

    def add(self, expect: Expect | None, group: str, *texts: str) -> None:
        self.examples.extend(Example(t, expect, group) for t in texts)


def money(value: str, currency: str, **more: str) -> Expect:
    return Expect("money", value, currency=currency, **more)


def percent(value: str, unit: str = "%", **more: str) -> Expect:
    return Expect("percent", value, unit=unit, **more)


def count(value: str, **more: str) -> Expect:
    return Expect("count", value, **more)


def quantity(value: str, unit: str, **more: str) -> Expect:
    return Expect("quantity", value, unit=unit, **more)


_corpus = _Corpus()
add = _corpus.add

# ---- money ----------------------------------------------------------------------------
add(money("350000000", "CNY"), "press", "3.5亿元", "[3.5亿元]的投资", "人民币3.5亿元",
    "[人民币 3.5亿元]", "[叁亿伍仟万元]整")
add(money("130000000", "CNY", qualifier="over"), "press", "销售额超过[1.3亿元]",
    "销售额逾[1.3亿元]")
add(money("12340000", "CNY"), "press", "[1,234万元]", "[１，２３４万元]")
add(money("6000000", "CNY", qualifier="over"), "press", "实现销售[600多万元]",
    "实现销售[600余万元]")
add(money("20138000", "USD", qualifier="approx"), "press", "（约[2013.8万美元]）",
    "约合[2013.8万美元]")
add(money("312560000000", "CNY"), "traditional", "三千一百二十五點六億元")
add(money("120000000000", "USD"), "rt", "净流出[1200亿美元]")
add(money("1.95", "HKD"), "rt", "每股[1.95港元]", "每股[1.95港币]")
add(money("1000000000000", "JPY"), "rt", "另需[1万亿日元]")
add(money("15", "USD"), "rt", "十五美元")
add(money("2", "USD"), "rt", "这台电脑[两美元]")
add(money("5.3", "CNY"), "rt", "手机壳[五元三毛]")
add(money("50.63", "CNY"), "rt", "50元6角三分")
add(money("3", "CNY"), "rt", "花费我[三块]", "[三块钱]")
add(money("300", "CNY"), "rt", "售价[￥300]", "价格[¥300]")
add(money("300", "USD"), "rt", "300美圆")
add(money("8000", "CNY"), "rt", "人民币 8千元")
add(money("20", "BTC"), "rt", "我有[20个比特币]")
add(money("4", "CNY"), "rt", "4人民币")
add(money("2500000", "EUR"), "press", "投资[250万欧元]")
add(money("1800", "GBP"), "press", "售价[1800英镑]")
add(money("300000000", "CNY", high="500000000"), "press", "投资[3-5亿元]", "投资[3至5亿元]")
add(money("1200000", "CNY"), "traditional", "[一百二十萬元]")
add(money("25270000", "CNY", qualifier="approx"), "traditional", "（約[2,527萬元人民幣]）")
add(money("0.12", "HKD"), "traditional", "每股[港幣0.12元]")
add(money("50000", "CNY", qualifier="at_most"), "press", "提供不超过[5万元]的无息贷款")
add(money("200", "CNY", qualifier="under"), "press", "平均金额不到[200元]")
add(money("2000000000", "CNY", qualifier="at_least"), "press", "将达到[20亿元]以上")

# ---- percent --------------------------------------------------------------------------
add(percent("35", noun="同比增长"), "press", "同比增长[35%]", "同比增长[35％]")
add(percent("4.5", noun="同比下降"), "press", "同比下降[4.5%]")
add(percent("4.5", unit="pp"), "press", "提高[4.5个百分点]", "提高[4.5個百分點]",
    "[四点五个百分点]")
add(percent("7.3"), "press", "百分之七點三", "百分之七点三", "[百分之7.3]")
add(percent("29"), "press", "二成九")
add(percent("30"), "press", "三成", "占[三成]以上", "[3成]")
add(percent("35"), "rt", "三成半")
add(percent("5"), "rt", "半成")
add(percent("10", high="15"), "press", "10%至15%", "增长[10%-15%]", "增长[10-15%]")
add(percent("128"), "press", "完成计划的[128%]")
add(percent("90"), "rt", "九折", "[9折]优惠")
add(percent("75"), "rt", "75折", "七五折")
add(percent("99"), "rt", "九 九 折")
add(percent("31"), "rt", "三点一折")
add(percent("50"), "rt", "打[对折]")
add(percent("0.1"), "rt", "千分之一")
add(percent("0.03"), "rt", "万分之三", "萬分之叁")
add(percent("-40"), "rt", "负40%")
add(percent("120.5"), "rt", "百 分之 一百二十点五")
add(percent("15000"), "rt", "百分之15K")
add(percent("20", qualifier="approx"), "press", "增长[20%]左右")
add(percent("128", noun="计划"), "press", "完成计划的[128%]")
add(percent("170", noun="年度目标"), "press", "完成年度目标的[百分之一百七十]")
add(percent("42", noun="營業額"), "traditional", "客戶佔營業額[百分之四十二]")
add(percent("2.3", unit="pp", noun="较上年同期下降"), "press", "较上年同期下降[2.3个百分点]")

# ---- counts ---------------------------------------------------------------------------
add(count("875", noun="个商场"), "press", "[875个]商场参与", "全国[875个]商场")
add(count("875", noun="个邮政本地商城"), "press", "全国[875个]邮政本地商城实现销售额")
add(count("832", noun="个国家级贫困县"), "press", "[832个]国家级贫困县，")
add(count("360", noun="個服務網點"), "traditional", "現設有[三百六十個]服務網點，")
add(count("1250", qualifier="over", noun="名員工"), "traditional", "聘用超過[1,250名]員工。")
add(count("12782", noun="名专家"), "press", "[12782名]专家", "[12,782名]专家")
add(count("300", qualifier="over", noun="户"), "press", "惠及[300多户]")
add(count("1736", noun="款商品"), "press", "上线[1736款]商品")
add(count("20", qualifier="under"), "press", "不到[20家]", "不足[20家]")
add(count("5", qualifier="approx"), "press", "近[5年]来")
add(count("3", qualifier="at_least"), "press", "至少[3次]")
add(count("100", qualifier="at_least"), "press", "[100家]以上")
add(count("2"), "rt", "[两个]项目")
add(count("3"), "rt", "[三双]", "[三雙]")
add(count("1"), "rt", "[一只]", "[一塊]蛋糕")
add(count("12"), "rt", "一打", "壹打")
add(count("5"), "rt", "这不是四川这是[五台]山")
add(count("100000", qualifier="over"), "rt", "十 余 万", "十多萬")
add(count("200000", qualifier="over"), "rt", "二十几万")
add(count("16000000", noun="人次"), "press", "接待游客[1600万人次]")

# ---- bare numbers ---------------------------------------------------------------------
add(count("1234"), "rt", "一千二百三十四")
add(count("20000"), "rt", "两万")
add(count("460"), "rt", "肆佰陸拾")
add(count("34000"), "rt", "3万4000")
add(count("120000000"), "rt", "1亿2千万")
add(count("-32"), "rt", "负三十二", "負三十二")
add(count("0.5"), "rt", "零點五")
add(count("75400"), "rt", "7 万5 千4 百")
add(count("2450"), "rt", "两千 四 百 五")
add(count("400000000"), "rt", "四万万")
add(count("2222"), "rt", "倆千两百贰拾二")
add(count("50"), "rt", "半百")
add(count("0.2"), "rt", "五分之一")
add(count("0.333333333333"), "rt", "三分之一")
add(count("3.023"), "rt", "3又一千分之23")
add(count("-1.5"), "rt", "负一又二分之一")
add(count("250"), "rt", "[二百五], 还有二百五")
add(count("4"), "rt", "答案是[四]不是五")
add(count("3"), "rt", "排名前[三]的品牌")
add(money("49959200000000", "CNY"), "rt", "为[四十九兆九千五百九十二億元]")
add(count("1192000000"), "rt", "１１.92亿")
add(count("4780000000000"), "rt", "4.78万亿")

# ---- quantities -----------------------------------------------------------------------
add(quantity("185000", "mu"), "press", "18.5万亩", "[18.5万亩]耕地")
add(quantity("5000", "metric_ton"), "press", "运输[5000吨]货物", "[五千吨]")
add(quantity("120", "metric_ton", qualifier="over"), "press", "[120多吨]")
add(quantity("2000000", "kilowatt"), "press", "新增装机[200万千瓦]")
add(quantity("350000000", "kilowatt_hour", qualifier="approx"), "press",
    "年发电量约[3.5亿千瓦时]")
add(quantity("36", "square_kilometer"), "press", "占地[36平方公里]")
add(quantity("1200", "kilometer"), "press", "全长[1200公里]")
add(quantity("25", "kilogram"), "press", "每袋[25公斤]")
add(quantity("500", "hectare"), "press", "[500公顷]")
add(quantity("8", "metric_ton"), "rt", "九年[八吨]")

# ---- not figures ----------------------------------------------------------------------
add(None, "press", "2021年1月28日", "1985年", "1月28日", "二〇二一年", "3月份", "20世纪90年代",
    "第四届", "第19届", "前三季度", "三季度", "第一季度", "京ICP备15035540号",
    "电话：010-12345678", "客服热线：95555", "5G网络", "4G", "十四五规划", "“十四五”",
    "订单号 A202107211321363588510367", "晚上8点", "一切", "一看", "四川", "陆地",
    "海陆空部队", "登陆部队已经上岸", "小明拾起石子", "入伍時分", "这个人很放肆",
    "万万", "两两", "一是加强合作", "这是一个重要的项目", "统一部署", "唯一的", "千万不要",
    "百分之二三十", "二三十個百分點", "美味十足", "十折", "对折", "折合人民币",
    "访问 https://www.test.com/search?q=30%25%2020%", "十分重要", "一、总体情况", "（一）主要任务",
    "陽光九九是食物品牌", "百姓", "半成品")

CORPUS: list[Example] = _corpus.examples

_gaps = _Corpus()
# 日本銭 (sen) as a minor unit of the yen is not read.
_gaps.add(money("10.05", "JPY"), "rt", "10日元5日本銭")
# 一 before a measure word after a Chinese character is taken as an article.
_gaps.add(count("1"), "rt", "戒指[一对]八千", "三的另[一种]写法")
# ordinals are vetoed whole, even 第零十 read as a number by Recognizers-Text
_gaps.add(count("10"), "rt", "第[零十]刃")
# 几 and 十来 at the start of a numeral (several tens) are not read
_gaps.add(count("100000", qualifier="over"), "rt", "几十万")
KNOWN_GAPS: list[Example] = _gaps.examples
