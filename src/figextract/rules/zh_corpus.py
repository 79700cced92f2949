"""Examples for rules/zh.py, in the language of rules/corpus.py, grouped by what they give.

Whole strings are one figure each; a [marked] string gives exactly the marked figures.
tests/test_corpus.py runs them through the whole pipeline, tests/test_zh_rules.py through
find_zh alone. Examples are written in the style of Chinese state-company and Xinhua
releases, in simplified and traditional characters, plus the shapes the Recognizers-Text
Chinese specs test (spaced numerals, 折, financial digits), written anew.
"""

from __future__ import annotations

from .corpus import (
    Example,
    Expect,
    count,
    examples,
    in_context,
    known_gap,
    money,
    not_figures,
    percent,
    quantity,
)


def _zh(expect: Expect, *texts: str) -> list[Example]:
    """Each text one figure as `expect` says: the whole text, or its [marked] part."""
    found: list[Example] = []
    for text in texts:
        found += in_context(text, expect) if "[" in text else examples(expect, text)
    return found


CORPUS: list[Example] = [
    # ---- money ----------------------------------------------------------------------------
    *_zh(money("350000000", "CNY"), "3.5亿元", "[3.5亿元]的投资", "人民币3.5亿元",
        "[人民币 3.5亿元]", "[叁亿伍仟万元]整"),
    *_zh(money("130000000", "CNY", qualifier="over"), "销售额超过[1.3亿元]",
        "销售额逾[1.3亿元]"),
    *_zh(money("12340000", "CNY"), "[1,234万元]", "[１，２３４万元]"),
    *_zh(money("6000000", "CNY", qualifier="over"), "实现销售[600多万元]",
        "实现销售[600余万元]"),
    *_zh(money("20138000", "USD", qualifier="approx"), "（约[2013.8万美元]）",
        "约合[2013.8万美元]"),
    *_zh(money("312560000000", "CNY"), "三千一百二十五點六億元"),
    *_zh(money("120000000000", "USD"), "净流出[1200亿美元]"),
    *_zh(money("1.95", "HKD"), "每股[1.95港元]", "每股[1.95港币]"),
    *_zh(money("1000000000000", "JPY"), "另需[1万亿日元]"),
    *_zh(money("15", "USD"), "十五美元"),
    *_zh(money("2", "USD"), "这台电脑[两美元]"),
    *_zh(money("5.3", "CNY"), "手机壳[五元三毛]"),
    *_zh(money("50.63", "CNY"), "50元6角三分"),
    *_zh(money("3", "CNY"), "花费我[三块]", "[三块钱]"),
    *_zh(money("300", "CNY"), "售价[￥300]", "价格[¥300]"),
    *_zh(money("300", "USD"), "300美圆"),
    *_zh(money("8000", "CNY"), "人民币 8千元"),
    *_zh(money("20", "BTC"), "我有[20个比特币]"),
    *_zh(money("4", "CNY"), "4人民币"),
    *_zh(money("2500000", "EUR"), "投资[250万欧元]"),
    *_zh(money("1800", "GBP"), "售价[1800英镑]"),
    *_zh(money("300000000", "CNY", high="500000000"), "投资[3-5亿元]", "投资[3至5亿元]"),
    *_zh(money("1200000", "CNY"), "[一百二十萬元]"),
    *_zh(money("25270000", "CNY", qualifier="approx"), "（約[2,527萬元人民幣]）"),
    *_zh(money("0.12", "HKD"), "每股[港幣0.12元]"),
    *_zh(money("100", "USD"), "售价[USD100]", "售价[US$100]"),
    *_zh(money("100", "CNY"), "售价[RMB100元]"),
    *_zh(money("500000000", "EUR"), "投资[EUR 5亿]"),
    *in_context("總投資約[12.5億港元]（約合[人民幣10.2億元]）",
                money("1250000000", "HKD", qualifier="approx"),
                money("1020000000", "CNY", qualifier="approx")),
    *_zh(money("50000", "CNY", qualifier="at_most"), "提供不超过[5万元]的无息贷款"),
    *_zh(money("200", "CNY", qualifier="under"), "平均金额不到[200元]"),
    *_zh(money("2000000000", "CNY", qualifier="at_least"), "将达到[20亿元]以上"),

    # ---- percent --------------------------------------------------------------------------
    *_zh(percent("35", noun="同比增长"), "同比增长[35%]", "同比增长[35％]"),
    *_zh(percent("4.5", noun="同比下降"), "同比下降[4.5%]"),
    *_zh(percent("4.5", unit="pp"), "提高[4.5个百分点]", "提高[4.5個百分點]",
        "[四点五个百分点]"),
    *_zh(percent("7.3"), "百分之七點三", "百分之七点三", "[百分之7.3]"),
    *_zh(percent("29"), "二成九"),
    *_zh(percent("30"), "三成", "占[三成]以上", "[3成]"),
    *_zh(percent("35"), "三成半"),
    *_zh(percent("5"), "半成"),
    *_zh(percent("10", high="15"), "10%至15%", "增长[10%-15%]", "增长[10-15%]"),
    *_zh(percent("90"), "九折", "[9折]优惠"),
    *_zh(percent("75"), "75折", "七五折"),
    *_zh(percent("99"), "九 九 折"),
    *_zh(percent("31"), "三点一折"),
    *_zh(percent("50"), "打[对折]"),
    *_zh(percent("0.1"), "千分之一"),
    *_zh(percent("0.03"), "万分之三", "萬分之叁"),
    *_zh(percent("-40"), "负40%"),
    *_zh(percent("120.5"), "百 分之 一百二十点五"),
    *_zh(percent("15000"), "百分之15K"),
    *_zh(percent("20", qualifier="approx"), "增长[20%]左右"),
    *_zh(percent("128", noun="计划"), "完成计划的[128%]"),
    *_zh(percent("170", noun="年度目标"), "完成年度目标的[百分之一百七十]"),
    *_zh(percent("42", noun="營業額"), "客戶佔營業額[百分之四十二]"),
    *_zh(percent("0.8", unit="pp", noun="加快"), "加快[0.8個百分點]"),
    *_zh(percent("2.3", unit="pp", noun="较上年同期下降"), "较上年同期下降[2.3个百分点]"),

    # ---- counts ---------------------------------------------------------------------------
    *_zh(count("875", noun="个商场"), "[875个]商场参与", "全国[875个]商场"),
    *_zh(count("875", noun="个邮政本地商城"), "全国[875个]邮政本地商城实现销售额"),
    *_zh(count("832", noun="个国家级贫困县"), "[832个]国家级贫困县，"),
    *_zh(count("360", noun="個服務網點"), "現設有[三百六十個]服務網點，"),
    *_zh(count("12000", noun="基站"), "新建5G基站[1.2万个]。"),
    *_zh(count("1.2", noun="倍"), "同比增长[1.2倍]"),
    *_zh(count("80000000", qualifier="over", noun="遊客"), "全年接待遊客逾[8000萬人次]，"),
    *_zh(count("1500", noun="個就業崗位"), "可提供[1500個]就業崗位"),
    *_zh(count("1250", qualifier="over", noun="名員工"), "聘用超過[1,250名]員工。"),
    *_zh(count("12782", noun="名专家"), "[12782名]专家", "[12,782名]专家"),
    *_zh(count("300", qualifier="over", noun="户"), "惠及[300多户]"),
    *_zh(count("1736", noun="款商品"), "上线[1736款]商品"),
    *_zh(count("20", qualifier="under"), "不到[20家]", "不足[20家]"),
    *_zh(count("5", qualifier="approx"), "近[5年]来"),
    *_zh(count("3", qualifier="at_least"), "至少[3次]"),
    *_zh(count("100", qualifier="at_least"), "[100家]以上"),
    *_zh(count("2"), "[两个]项目"),
    *_zh(count("3"), "[三双]", "[三雙]"),
    *_zh(count("1"), "[一只]", "[一塊]蛋糕"),
    *_zh(count("12"), "一打", "壹打"),
    *_zh(count("5"), "这不是四川这是[五台]山"),
    *_zh(count("100000", qualifier="over"), "十 余 万", "十多萬"),
    *_zh(count("200000", qualifier="over"), "二十几万"),
    *_zh(count("16000000", noun="游客"), "接待游客[1600万人次]"),
    *_zh(count("10", qualifier="over", noun="家企业"), "数[十家]企业"),
    *_zh(count("1000", qualifier="over", noun="名"), "上[千名]"),
    *_zh(money("1000000", "CNY", qualifier="over"), "几[百万元]"),
    *_zh(money("20000", "AUD"), "[2万澳元]"),
    *_zh(money("3000", "TWD"), "[3000台幣]"),

    # ---- bare numbers ---------------------------------------------------------------------
    *_zh(count("1234"), "一千二百三十四"),
    *_zh(count("20000"), "两万"),
    *_zh(count("460"), "肆佰陸拾"),
    *_zh(count("34000"), "3万4000"),
    *_zh(count("120000000"), "1亿2千万"),
    *_zh(count("-32"), "负三十二", "負三十二"),
    *_zh(count("0.5"), "零點五"),
    *_zh(count("75400"), "7 万5 千4 百"),
    *_zh(count("2450"), "两千 四 百 五"),
    *_zh(count("400000000"), "四万万"),
    *_zh(count("2222"), "倆千两百贰拾二"),
    *_zh(count("50"), "半百"),
    *_zh(count("0.2"), "五分之一"),
    *_zh(count("0.333333333333"), "三分之一"),
    *_zh(count("3.023"), "3又一千分之23"),
    *_zh(count("-1.5"), "负一又二分之一"),
    *in_context("[二百五], 还有[二百五]", count("250"), count("250")),
    *in_context("答案是[四]不是[五]", count("4"), count("5")),
    *_zh(count("3"), "排名前[三]的品牌"),
    *_zh(money("49959200000000", "CNY"), "为[四十九兆九千五百九十二億元]"),
    *_zh(count("1192000000"), "１１.92亿"),
    *_zh(count("4780000000000"), "4.78万亿"),

    # ---- quantities -----------------------------------------------------------------------
    *_zh(quantity("185000", "mu"), "18.5万亩", "[18.5万亩]耕地"),
    *_zh(quantity("5000", "metric_ton"), "运输[5000吨]货物", "[五千吨]"),
    *_zh(quantity("120", "metric_ton", qualifier="over"), "[120多吨]"),
    *_zh(quantity("2000000", "kilowatt"), "新增装机[200万千瓦]"),
    *_zh(quantity("350000000", "kilowatt_hour", qualifier="approx"), "年发电量约[3.5亿千瓦时]"),
    *_zh(quantity("36", "square_kilometer"), "占地[36平方公里]"),
    *_zh(quantity("1200", "kilometer"), "全长[1200公里]"),
    *_zh(quantity("25", "kilogram"), "每袋[25公斤]"),
    *_zh(quantity("500", "hectare"), "[500公顷]"),
    *in_context("[九年][八吨]", count("9", noun="年"), quantity("8", "metric_ton")),

    # ---- not figures ----------------------------------------------------------------------
    *not_figures("2021年1月28日", "1985年", "1月28日", "二〇二一年", "3月份", "20世纪90年代",
        "第四届", "第19届", "前三季度", "三季度", "第一季度", "京ICP备15035540号",
        "电话：010-12345678", "客服热线：95555", "5G网络", "4G", "十四五规划", "“十四五”",
        "订单号 A202107211321363588510367", "晚上8点", "一切", "一看", "四川", "陆地",
        "海陆空部队", "登陆部队已经上岸", "小明拾起石子", "入伍時分", "这个人很放肆",
        "万万", "两两", "一是加强合作", "这是一个重要的项目", "统一部署", "唯一的", "千万不要",
        "百分之二三十", "二三十個百分點", "美味十足", "十折", "对折", "折合人民币",
        "访问 https://www.test.com/search?q=30%25%2020%", "十分重要", "一、总体情况",
        "（一）主要任务", "陽光九九是食物品牌", "百姓", "半成品", "千家万户", "党的十九大以来",
        "十九届五中全会", "G20峰会", "COVID-19疫情", "上午10:30开幕", "4K电视", "H1N1流感",
        "1号文件", "3号线", "Q3营收", "发布iPhone 12手机", "版本V2.0发布",
        "四个全面", "两个一百年", "一带一路", "工商银行（601398.SH）", "3·15晚会"),
]

KNOWN_GAPS: list[Example] = known_gap(
    "not read yet",
    _zh(money("10.05", "JPY"), "10日元5日本銭"),  # 日本銭 (sen) is no minor unit here
    # 一 before a measure word after a Chinese character is taken as an article
    _zh(count("1"), "戒指[一对]八千"),
    _zh(count("1"), "三的另[一种]写法"),
    _zh(count("10"), "第[零十]刃"),  # ordinals are vetoed whole
    _zh(count("100000", qualifier="over"), "几十万"),  # 几 before 十 (several tens)
)
CORPUS += KNOWN_GAPS
# holidays in quotes, and the 618 sale (user test)
CORPUS += not_figures("“双十一”期间", "“618”大促期间")
