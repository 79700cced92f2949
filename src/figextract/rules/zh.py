"""Figures in Chinese text: 3.5亿元, 百分之七點三, 875个商场, 18.5万亩, 二成九, and what is not.

`find_zh(doc)` walks the numerals of the Chinese parts of a document (numbers_zh reads
them) and decides what each one is by the text on either side, in this order:
percent (%, 个百分点, 百分之, 成, 折) -> money (currency word after, 人民币/￥ before)
-> quantity (units.match_unit) -> count (a measure word) -> a bare number. It also returns
the spans that are not figures (dates, ordinals, quarters, registration and phone
numbers, names such as 5G and 十四五), so that the English scanner, which reads every
ASCII number, leaves them alone.

Choices worth knowing (each has corpus lines in zh_corpus.py):
- 近 is "approx" (not "under"), as the English side reads "nearly".
- 多, 余, 几 ("600多万元", "300多户", "二十几万") keep the stated floor as the value with
  the qualifier "over".
- A lone Chinese digit (一, 五) is a figure only with a measure word, a currency or unit
  after it, or standing alone ("答案是四", "“一”和“五”"); 一 before a measure word is an
  article ("是一个") unless nothing Chinese stands before it.
- Qualifier words are not part of the span; a currency written before the number is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

import regex

from ..currencies import CURRENCY_WORDS, ISO_CODES
from ..document import Document
from ..figure import Figure
from ..numbers import exact as _exact
from ..numbers_zh import (
    _WINDOW,
    DIGIT_CHARS,
    FINANCIAL_CHARS,
    NUMERAL_CHARS,
    ZH_NUMERAL_START,
    ZhNumber,
    read_zh_number,
    read_zh_value,
)
from ..spans import SpanSet
from ..units import match_unit

_CJK = regex.compile(r"\p{Han}")


def _is_han(char: str) -> bool:
    return bool(char) and "\u3400" <= char <= "\u9fff"


# ---------------------------------------------------------------------------------------
# Words on either side of a numeral (data: add a word here, its example to zh_corpus.py)

# Currency names written after the number, from the shared table (CLDR + press
# spellings), longest first so 港元 wins over 元 and 人民币元 over 人民币.
_ZH_CURRENCIES: dict[str, str] = {
    word: code for word, code in CURRENCY_WORDS.items() if _CJK.search(word)
}
_ZH_CURRENCIES.update({"塊": "CNY", "块钱": "CNY", "塊錢": "CNY", "圆": "CNY", "圓": "CNY"})
# Press short forms the shared table lacks (to move into currencies.json):
for _word, _code in {"澳元": "AUD", "澳幣": "AUD", "澳币": "AUD", "加元": "CAD", "加幣": "CAD",
                     "新元": "SGD", "新幣": "SGD", "纽元": "NZD", "紐元": "NZD", "台幣": "TWD",
                     "新臺幣": "TWD", "臺幣": "TWD", "盧布": "RUB", "韩币": "KRW", "韓幣": "KRW",
                     "日币": "JPY", "日幣": "JPY"}.items():
    _ZH_CURRENCIES.setdefault(_word, _code)
# Left out: 美刀 (slang), 分/角/毛 alone (read only after 元 or 块, below).

_PREFIX_CURRENCIES = dict(sorted(
    {"人民币": "CNY", "人民幣": "CNY", "RMB": "CNY", "¥": "CNY", "￥": "CNY", "港币": "HKD",
     "港幣": "HKD", "US$": "USD", "HK$": "HKD", "$": "USD", "€": "EUR", "£": "GBP"}.items(),
    key=lambda item: -len(item[0])))
_PREFIX_LAST_CHARS = frozenset(word[-1] for word in _PREFIX_CURRENCIES) | set(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # and the last letter of an ISO code (USD100)
# Left out as prefixes: 美元 and other names ("人民币兑美元6.45" is a rate, not dollars).
# ¥/￥ before a number in Chinese text is the yuan (DESIGN: CNY in a Chinese context).

QUALIFIER_BEFORE: dict[str, str] = {  # tried longest first (不超过 before 超过)
    "大约": "approx", "大約": "approx", "大概": "approx", "约合": "approx", "約合": "approx",
    "约为": "approx", "約為": "approx", "约": "approx", "約": "approx", "将近": "approx",
    "將近": "approx", "接近": "approx", "近": "approx", "超过": "over", "超過": "over",
    "逾": "over", "超": "over", "多于": "over", "多於": "over", "高于": "over", "高於": "over",
    "不到": "under", "不足": "under", "少于": "under", "少於": "under", "低于": "under",
    "低於": "under", "至少": "at_least", "最少": "at_least", "不少于": "at_least",
    "不少於": "at_least", "不低于": "at_least", "不低於": "at_least", "最多": "at_most",
    "不超过": "at_most", "不超過": "at_most", "最高": "at_most",
}
QUALIFIER_AFTER: dict[str, str] = {
    "以上": "at_least", "左右": "approx", "上下": "approx", "以下": "at_most",
    "以内": "at_most", "多": "over", "余": "over", "餘": "over", "几": "over", "幾": "over",
}
# Words that end a qualifier's reach: 最近3天 is "the last 3 days", not "nearly 3".
_NOT_QUALIFIER_BEFORE = ("最近", "附近")

# Measure words: a number followed by one is a count; the measure word and what follows
# it (up to two characters) become the noun.
MEASURE_WORDS = frozenset(
    "个個家名人户戶款项項件所座辆輛架艘条條只隻台臺套份场場次批种種类類部本张張位间間"
    "棵头頭匹株枚颗顆对對双雙片支门門篇封道层層栋棟处處届屆期年天周岁歲把滴朵粒首"
    "例宗起笔筆轮輪打块塊倍"
)
_MEASURE_PAIRS = ("个月", "個月", "小时", "小時", "周年", "分钟", "分鐘", "平米", "人次")
# Characters that end a noun after a measure word.
_NOUN_STOP = set(
    "，。、；：！？（）()《》“”\"'"  # punctuation
    "的了和与與及等在是为為将將被把对從从向于於也都已而或并並且但"  # function words
    "以左多余餘约約共达達近超逾占佔增减減同较較比"  # qualifiers and verbs of change
)
# Words that end a noun: the verb or adverb after it ("875个邮政本地商城实现销售额").
_NOUN_STOP_WORDS = regex.compile(
    r"""
    实现|實現|参与|參與|参加|參加|完成|达到|達到|获得|獲得|通过|通過|共有|累计|累計|合计|合計
  | 同比|环比|環比|增长|增長|下降|提高|提升|减少|減少|以上|以下|以内|以內|左右|上下|其中|分别|分別
  | 正式|已经|已經|开展|開展|覆盖|覆蓋|带动|帶動|实施|實施|进行|進行|成为|成為|接受|受益|入驻|入駐
  | 上线|上線|销售|銷售|共计|共計|平均|全部|均已|均为|均為|首次|首批|开通|開通|投入|建成|新增
    """,
    regex.VERBOSE,
)
_NOUN_MAX = 8  # characters after the measure word

_PERCENT_CONTEXT = regex.compile(
    r"""
    (?P<noun>
        (?: (?: 同比 | 环比 | 環比                              # 同比增长
              | (?:比|较|較|与|與) (?:上年|去年|上月|上季度|上一年) (?:同期)? (?:相比)? )
            [ ]{0,3} )?
        (?: 增长|增長|增加|提高|提升|上升|下降|减少|減少|降低|下滑|回落|上涨|上漲|下跌
          | 加快|放缓|放緩|回升|扩大|擴大|收窄|增幅|降幅|涨幅|漲幅|跌幅|占比|佔比 )
    )
    [ ]{0,3} (?:了|为|為|达|達|到)? [ ]{0,3} $          # 同比增长了 / 增幅为
    """,
    regex.VERBOSE,
)


# ---------------------------------------------------------------------------------------
# Not figures

# bounded repetitions: an unbounded run would be rescanned from every start (三三三...届)
_NUM = r"(?:[0-9]{1,6}|[〇零一二两三四五六七八九十百千]{1,6})"
_UNGUARDED: dict[str, tuple[str, dict[str, list[str]]]] = {}


def _guarded(first: str, source: str, also: str = "", **lists: list[str]
             ) -> regex.Pattern[str]:
    """A VERBOSE veto pattern behind a lookahead for the characters `first` (a character
    class body) that its every match starts with, or the pattern `also`. Most branches
    begin with lookbehinds, which the engine would otherwise try at every character of
    the text: zh_name runs four times faster so. _UNGUARDED keeps the source, for the
    test that holds both to the same matches."""
    start = f"[{first}]|{also}" if also else f"[{first}]"
    pattern = regex.compile(f"(?={start})(?:{source}\n)", regex.VERBOSE, **lists)
    _UNGUARDED[pattern.pattern] = (source, lists)
    return pattern


VETOES: list[tuple[str, regex.Pattern[str]]] = [
    ("zh_date", _guarded(r"\d〇零○一二三四五六七八九十初",
        r"""
        (?: \d{2,4} | [〇零○一二三四五六七八九]{2,4} )   # 1985年, 二〇二一年
        [ ]? 年 (?:度|代)?                              # 2021年度, 90年代
        (?: [ ]? \d{1,2} [ ]? 月 (?: [ ]? \d{1,2} [ ]? [日号號] )? )? # 2021年1月28日
      | (?<![0-9]) \d{1,2} [ ]? 月 (?: [ ]? \d{1,2} [ ]? [日号號] | 份 )? # 1月28日, 3月份
      | (?<![0-9个個]) \d{1,2} [ ]? [日号號] (?!线|線|楼|樓|院|文件)      # 28日
      | [一二三四五六七八九十]{1,2} 月 (?: [一二三四五六七八九十]{1,3} [日号號] | 份 )?
      | (?<=月) [一二三四五六七八九十]{1,3} [日号號]
      | 初 [一二三四五六七八九十]                                     # 初一 (a lunar date)
        """)),
    ("zh_time", _guarded(r"\d零一二两三四五六七八九十",
        r"""
        (?: \d{1,2} | [零一二两三四五六七八九十]{1,3} ) [ ]? [点點时時]   # 20点, 八点
        (?! [ ]? (?:[0-9]|\L<digits>) )                                 # not 四点五
        (?: \d{1,2} [ ]? 分 | 半 | 整 )?                                 # 20点, 8点半
      | \d{1,2} [ ]? [点點时時] [ ]? \d{1,2} [ ]? 分                       # 8点30分
      | (?<![0-9]) \d{1,2} : \d{2} (?: : \d{2} )? (?![0-9])                # 10:30
        """, digits=list(DIGIT_CHARS))),
    ("zh_url", regex.compile(r"(?:https?://|www\.)[^\s\p{Han}，。]+")),
    ("zh_ordinal", _guarded(r"\d第〇零一二两三四五六七八九十百千",
        rf"""
        第[ ]?{_NUM}                                                   # 第四届, 第19
      | (?:{_NUM}届)? [一二三四五六七八九]中全会                           # 十九届五中全会
      | (?<!\p{{Han}}[一二三四五六七八九]) (?:十[一二三四五六七八九]|二十) 大  # 党的十九大
        (?![小型量多批类類学學])
        """)),
    ("zh_slogan", regex.compile(
        r"""
        四个全面|四個全面|两个一百年|兩個一百年|五位一体|五位一體|四个意识|四个自信|两个维护
      | 三个代表|三個代表|一带一路|一帶一路|一国两制|一國兩制|两岸三地|兩岸三地|三农|三農
        """, regex.VERBOSE)),
    ("zh_model", _guarded(r"\d",
        r"""
        (?<=[a-z][ ]) \d{1,2} (?=[\p{Han}])                 # iPhone 12手机 (not EUR 5亿)
        """)),
    ("zh_code", _guarded(r"\d",
        r"""
        (?<![0-9]) (?: \d{6}\.(?:SH|SZ|SS|BJ) | \d{4,5}\.HK ) (?![0-9A-Za-z])   # 601398.SH
      | (?<![0-9]) \d{1,2} · \d{1,2} (?![0-9])                          # 3·15
        """)),
    ("zh_century", _guarded(r"\d〇零一二两三四五六七八九十百千", rf"{_NUM}[ ]?世[纪紀]")),  # 20世纪
    ("zh_quarter", _guarded(r"前第\x20一二三四1-4",
                            r"(?:前|第)?[ ]?[一二三四1-4][ ]?季度|[第前][一二三四1-4]季")),
    ("zh_registration", _guarded("公备備许許编編证證文订訂单單账帳代邮郵批",
        r"""
        [\p{Han}]{0,2} ICP [备證证]? [ ]? [:：]? [ ]? \d+ 号? (?: -\d+ )? # 京ICP备15035540号
      | (?:公网安备|公網安備|备案号|備案號|许可证|許可證|编号|編號|证号|證號|文号|文號|
           订单号|訂單號|单号|單號|账号|帳號|代码|代碼|邮编|郵編|批准文号)
        [ ]? [:：]? [ ]? [A-Za-z0-9-]*[0-9][A-Za-z0-9-]* 号?              # 订单号 A2021...
      | [\p{Han}] [ ]? \( \d{4} \) [ ]? \d+ [ ]? 号 # 国发(2021)3号
        """, also=r"[\p{Han}]{0,2}ICP|[\p{Han}][ ]?\(")),
    ("zh_phone", _guarded(r"电電热熱传傳TF0148",
        r"""
        (?:电话|電話|热线|熱線|传真|傳真|Tel|TEL|Fax) [ ]? [:：]? [ ]?
        \+?[0-9()][0-9()-]* (?: [ ][0-9()-]+ )*                         # 电话：010-12345678
      | (?<![0-9]) 0\d{2,3}-\d{7,8} (?![0-9])                           # 010-12345678
      | (?<![0-9]) 1[3-9]\d{9} (?![0-9])                                # a mobile number
      | (?<![0-9]) [48]00 -? \d{3} -? \d{4} (?![0-9])                   # 400-810-8888
        """)),
    ("zh_name", _guarded(r"\d十五双雙",
        r"""
        (?<![A-Za-z0-9]) [2-6] G (?![A-Za-z0-9])                         # 5G, 4G
      | (?<![一二三四五六七八九十百千万萬]) 十[一二三四五]五 (?![十百千万萬亿億])  # 十四五 (plan)
      | (?:五一|十一|双十一|雙十一|双11|雙11|618) [”"」』’]?              # holidays, also
        (?=期间|期間|假期|黄金周|黃金週|长假|長假|购物节|購物節|大促|促销|促銷)  # “618”大促
      | (?<![A-Za-z0-9$]) (?! (?:RMB|USD|HKD|CNY|EUR|GBP|JPY|US|HK|NT|S|A|C)\$?[ ]?\d )
        [A-Za-z]+ -? \d+ (?: \.\d+ )? (?: [A-Za-z]+\d* )?               # G20, COVID-19, PM2.5
      | (?<![0-9]) \d+ [ ]? [号號] (?! [码碼] )                           # 1号文件, 3号线
        """, also=r"(?<![A-Za-z0-9$])[A-Za-z]")),  # or a name's first letter
]
# Left out: 2021-01-28 (the English side reads ISO dates); 1月 without a day in English
# text; 三季度 written 3Q (rare in Chinese press).


# Characters of which every match of a veto holds one (each of its branches has one):
# a window of an English page with none of them ("中文", an ICP line) is not searched
# for it (a third of the vetoes' time there). Vetoes not named here are always searched.
VETO_NEEDS: dict[str, frozenset[str]] = {
    "zh_date": frozenset("年月日号號初"),
    "zh_time": frozenset("点點时時:"),
    "zh_ordinal": frozenset("第全大"),  # 第四届, 五中全会, 十九大
    "zh_slogan": frozenset("四两兩五三一"),  # the first characters of its words
    "zh_code": frozenset(".·"),
    "zh_century": frozenset("世"),
    "zh_quarter": frozenset("季"),
    "zh_registration": frozenset("I号公备備许許编編证證文订訂单單账帳代邮郵批"),
}


def find_vetoes(norm: str, windows: list[tuple[int, int]] | None = None
                ) -> list[tuple[int, int]]:
    """Spans of the normalised text that are not figures, sorted; only inside `windows`
    (start, end) when given."""
    if not windows:
        return sorted(m.span() for _, pattern in VETOES for m in pattern.finditer(norm))
    spans = []
    for start, end in windows:
        chars = set(norm[start:end])
        spans += [m.span() for name, pattern in VETOES
                  if name not in VETO_NEEDS or not VETO_NEEDS[name].isdisjoint(chars)
                  for m in pattern.finditer(norm, start, end)]
    return sorted(spans)


# ---------------------------------------------------------------------------------------
# The walk


def find_zh(doc: Document, windows: list[tuple[int, int]] | None = None
            ) -> tuple[list[Figure], list[tuple[int, int]]]:
    """Figures in the Chinese parts of doc, and spans that are NOT figures (vetoes).

    `windows`, sorted (start, end) pairs, limit the search to those parts of the text (the
    pipeline passes the neighbourhoods of Chinese text on a mostly English page)."""
    if not _CJK.search(doc.norm):
        return [], []
    norm = doc.norm
    vetoes = find_vetoes(norm, windows)
    vetoed = SpanSet(vetoes).overlaps
    figures: list[Figure] = [f for f in _half_price(doc) if not vetoed(f.start, f.end)]
    pos = 0
    starts = (m for begin, end in windows or [(0, len(norm))]
              for m in ZH_NUMERAL_START.finditer(norm, begin, end))
    for start_match in starts:
        start = start_match.start()
        if start < pos:
            continue
        if norm[start] in _ASCII_DIGITS and norm[max(0, start - _ASCII_BEFORE):
                                                 start + _ASCII_AFTER].isascii():
            pos = _run_end(norm, start)  # an ASCII number in English text: see below
            continue
        found = _figure_at(doc, start)
        if found is None:
            pos = _run_end(norm, start)
            continue
        figure, end = found
        pos = end
        if vetoed(figure.start, figure.end):
            continue
        figure.text = doc.text[figure.start:figure.end]
        figures.append(figure)
    figures.sort(key=lambda f: f.start)
    return figures, vetoes


# An ASCII number with only ASCII text around it (the English beside a "中文" link or an
# ICP line) is never a Chinese figure: _figure_at reads it as ASCII digits alone (at most
# _WINDOW characters, and a k) and, finding no Chinese character or punctuation beside it
# (_in_chinese looks up to 10 characters before, a few after; _SPACED_DIGIT for a 折 up to
# 8 after), returns None. The walk skips reading it (a tenth of the time Chinese rules
# took on English pages); isascii() over the reach answers at once.
_ASCII_DIGITS = frozenset("0123456789")
_ASCII_BEFORE = 10
_ASCII_AFTER = _WINDOW + 12


_HALF_PRICE = regex.compile(r"(?<=打[ ]{0,3})[对對][ ]{0,3}折")


def _half_price(doc: Document) -> Iterator[Figure]:
    """打对折: half price, 50%."""
    for match in _HALF_PRICE.finditer(doc.norm):
        yield Figure("percent", match.start(), match.end(), doc.text[match.start():match.end()],
                     Decimal(50), unit="%", rules=["zh_half_price"])


def _run_end(norm: str, start: int) -> int:
    """Where a run of numeral characters ends (a rejected numeral is skipped whole)."""
    end = start + 1
    while end < len(norm) and (norm[end] in NUMERAL_CHARS or norm[end].isdigit()):
        end += 1
    return end


def _figure_at(doc: Document, start: int) -> tuple[Figure, int] | None:
    norm = doc.norm
    read = read_zh_value(norm, start)
    if read is None:
        return None
    value, end, first = read
    is_fraction = end != first.end
    rules = ["zh_numeral"]
    high: Decimal | None = None
    # 百分之五, 千分之三: a fraction of a bare 百/千/万 is a percentage
    if is_fraction and not first.explicit:
        value = value * 100
        figure = Figure("percent", start, end, "", _exact(value), unit="%",
                        rules=["zh_numeral", "zh_percent_fraction"])
        return _finish(doc, figure, end, first)
    if is_fraction:
        figure = Figure("count", start, end, "", value, rules=["zh_numeral", "zh_fraction"])
        return _finish(doc, figure, end, first)
    if first.digit_string:
        return _discount(doc, first)
    if not first.chinese and _letter_beside(norm, start, end):
        return None  # G20, COVID-19, Q3, 4K: names and model numbers (vetoed)
    if not first.chinese and not _in_chinese(norm, start, end) \
            and not _SPACED_DIGIT.match(norm, end, end + _WINDOW):  # 7 2 折
        return None  # "5 men" in an English sentence: the English side reads it
    if end < len(norm) and _continues_numeral(norm, end) and not first.arabic:
        return None  # 两两, 千千万万, 二三十: a run that is not one numeral
    # a range: 3-5亿元, 10%至15%, 三到五成
    second, link_end = _range_second(norm, first)
    if second is not None:
        low = first.value
        if second.big_unit and not first.big_unit:
            low = first.value * second.big_unit  # 3-5亿: 3亿 to 5亿
        value, high, end = _exact(low), second.value, second.end
        rules.append("zh_range")
        first = _merge_range(first, second)
    figure, after = _classify(doc, first, start, end, value, high, rules)
    if figure is None:
        return None
    return _finish(doc, figure, after, first)


_CJK_PUNCTUATION = frozenset("，。、；：？！（）《》“”【】「」『』·")
_BESIDE = frozenset(" ￥¥$€£%")  # what may stand between a number and its Chinese context


def _in_chinese(norm: str, start: int, end: int) -> bool:
    """Does Chinese text stand right before or after an ASCII number (skipping a space or
    a currency sign)? "售价￥300", "300美圆", "$20，" are; "the 5 men" is not."""
    prefix = _currency_before(norm, start)
    if prefix is not None:
        start = prefix[0]  # 售价USD100: the context is before the code
    before = start - 1
    while before >= 0 and start - before <= 3 and norm[before] in _BESIDE:
        before -= 1
    after = end
    while after < len(norm) and after - end < 3 and norm[after] in _BESIDE:
        after += 1
    return any(0 <= i < len(norm) and (_is_han(norm[i]) or norm[i] in _CJK_PUNCTUATION)
               for i in (before, after))


def _letter_beside(norm: str, start: int, end: int) -> bool:
    before = norm[start - 1] if start > 0 else ""
    if before == "-" and start > 1:
        before = norm[start - 2]
    after = norm[end] if end < len(norm) else ""
    if before.isascii() and before.isalpha():
        return _currency_before(norm, start) is None  # RMB100元 is money
    return after.isascii() and after.isalpha() and after not in "kK"


def _continues_numeral(norm: str, end: int) -> bool:
    char = norm[end]
    return char in NUMERAL_CHARS and char not in "千万萬亿億百"  # 200万千瓦: unit follows


_RANGE_LINK = regex.compile(r"[ ]{0,3}(?:%[ ]{0,3})?(?:至|到|~|-|—|–|〜)[ ]{0,3}")


def _range_second(norm: str, first: ZhNumber) -> tuple[ZhNumber | None, int]:
    link = _RANGE_LINK.match(norm, first.end, first.end + _WINDOW)
    if link is None:
        return None, first.end
    if "%" in link.group() and "%" not in norm[link.end():link.end() + 12]:
        return None, first.end
    second = read_zh_number(norm, link.end())
    if second is None or second.digit_string or first.digit_string:
        return None, first.end
    low = first.value * (second.big_unit if second.big_unit and not first.big_unit else 1)
    if second.value <= low:
        return None, first.end  # 2021-01: not a range
    return second, link.end()


def _merge_range(first: ZhNumber, second: ZhNumber) -> ZhNumber:
    return ZhNumber(first.start, second.end, first.value, arabic=first.arabic or second.arabic,
                    chinese=first.chinese or second.chinese, explicit=True, single=False,
                    vague=first.vague or second.vague, big_unit=second.big_unit,
                    tokens=first.tokens + second.tokens)


# ---------------------------------------------------------------------------------------
# What stands after the numeral

_SUFFIX_QUALIFIER = regex.compile(r"[ ]{0,3}(?P<q>多|余|餘|几|幾)(?![万萬亿億])")
_PERCENT_SIGN = regex.compile(r"[ ]{0,8}%")  # bounded: see numbers_zh._WINDOW
_POINTS_SUFFIX = regex.compile(r"[ ]{0,8}[个個][ ]{0,3}百[ ]{0,3}分[ ]{0,3}[点點]")
_CHENG = regex.compile(r"[ ]{0,3}成(?![为為员員本立功果交绩績效就长長都型品熟熟年人])")
_ZHE = regex.compile(r"[ ]{0,3}折(?![合算旧舊叠疊射腾騰返扣价價])")
_CHENG_EXTRA = regex.compile(r"半|[一二三四五六七八九](?!\L<n>|[成折个個])", n=list(NUMERAL_CHARS))
_SPACED_DIGIT = regex.compile(r"[ ]{1,3}(?P<d>[0-9]|[零一二两三四五六七八九])(?=[ ]{0,3}折)")
# The lengths of the currency names by their first character, longest first.
_CURRENCY_LENGTHS: dict[str, list[int]] = {}
for _word in sorted(_ZH_CURRENCIES, key=len, reverse=True):
    _lengths = _CURRENCY_LENGTHS.setdefault(_word[0], [])
    if len(_word) not in _lengths:
        _lengths.append(len(_word))


def _currency_after(norm: str, pos: int) -> tuple[str, int] | None:
    """The currency word (its longest reading) and where it ends, after up to two spaces
    and a measure word: 3.5亿元, 20个比特币. Looked up in the table by hand: as a regex
    word list the 472 names took 15 ms to compile, a tenth of the start-up."""
    pos = _after_spaces(norm, pos, 2)
    starts = [pos]
    if norm[pos:pos + 1] in ("个", "個", "枚"):  # the measure word is optional: after it first
        starts.insert(0, _after_spaces(norm, pos + 1, 3))
    for start in starts:
        for length in _CURRENCY_LENGTHS.get(norm[start:start + 1], ()):
            word = norm[start:start + length]
            if len(word) == length and word in _ZH_CURRENCIES:
                return word, start + length
    return None


def _after_spaces(norm: str, pos: int, most: int) -> int:
    end = pos
    while end < pos + most and norm[end:end + 1] == " ":
        end += 1
    return end


_MINOR = regex.compile(r"[ ]{0,3}(?P<n>[0-9]+|[一二两三四五六七八九])[ ]{0,3}(?P<u>[角毛分])")


def _classify(doc: Document, num: ZhNumber, start: int, end: int, value: Decimal,
              high: Decimal | None, rules: list[str]) -> tuple[Figure | None, int]:
    """Decide what the numeral read at [start, end) is, by what follows it."""
    norm = doc.norm
    qualifier = None
    pos = end
    if num.vague:
        qualifier = "over"
    suffix_q = _SUFFIX_QUALIFIER.match(norm, pos, pos + _WINDOW)
    if suffix_q is not None:
        qualifier = "over"
        pos = suffix_q.end()
    for reader in _SUFFIX_READERS:
        made = reader(doc, num, start, pos, value, high)
        if made is not None:
            figure, after = made
            figure.qualifier = figure.qualifier or qualifier
            figure.rules[:0] = rules
            return figure, after
    if suffix_q is not None:
        pos = end  # 四百多: the 多 stays outside a bare number
    if not _bare_number_ok(norm, num, start, end):
        return None, end
    figure = Figure("count", start, end, "", _exact(value), high=high, qualifier=qualifier,
                    rules=[*rules, "zh_bare_number"])
    return figure, end


def _percent(doc: Document, num: ZhNumber, start: int, pos: int, value: Decimal,
             high: Decimal | None) -> tuple[Figure, int] | None:
    norm = doc.norm
    sign = _PERCENT_SIGN.match(norm, pos, pos + _WINDOW)
    if sign is not None:
        return Figure("percent", start, sign.end(), "", _exact(value), high=high, unit="%",
                      rules=["zh_percent_sign"]), sign.end()
    points = _POINTS_SUFFIX.match(norm, pos, pos + _WINDOW)
    if points is not None:
        return Figure("percent", start, points.end(), "", _exact(value), high=high,
                      unit="pp", rules=["zh_percentage_points"]), points.end()
    cheng = _CHENG.match(norm, pos, pos + _WINDOW)
    if cheng is not None and 0 < value <= 10:
        end = cheng.end()
        pct = value * 10
        extra = _CHENG_EXTRA.match(norm, end, end + _WINDOW)
        if extra is not None and not high:
            pct += 5 if extra.group() == "半" else int(_digit_value(extra.group()))
            end += 1
        return Figure("percent", start, end, "", _exact(pct), high=high and high * 10,
                      unit="%", rules=["zh_cheng"]), end
    return None


def _digit_value(char: str) -> Decimal:
    number = read_zh_number(char, 0)
    return number.value if number is not None else Decimal(0)


def _discount(doc: Document, num: ZhNumber) -> tuple[Figure, int] | None:
    """折: a price as tenths of the full price: 九折 = 90%, 三八折 = 38%, 7 2 折 = 72%."""
    zhe = _ZHE.match(doc.norm, num.end, num.end + _WINDOW)
    if zhe is None or not num.digit_string or len(str(num.value)) != 2:
        return None
    return Figure("percent", num.start, zhe.end(), "", num.value, unit="%",
                  rules=["zh_numeral", "zh_discount"]), zhe.end()


def _discount_single(doc: Document, num: ZhNumber, start: int, pos: int, value: Decimal,
                     high: Decimal | None) -> tuple[Figure, int] | None:
    spaced = None
    if num.tokens == 1 and value < 10:
        spaced = _SPACED_DIGIT.match(doc.norm, pos, pos + _WINDOW)
    if spaced is not None:  # 九 九 折, 7 2 折
        pos = spaced.end()
        value = value * 10 + _digit_value(spaced.group("d"))
    zhe = _ZHE.match(doc.norm, pos, pos + _WINDOW)
    if zhe is None or high is not None:
        return None
    if spaced is not None:
        pct = value
    elif 0 < value < 10:
        pct = value * 10
    elif num.arabic and 10 < value < 100 and value == value.to_integral_value():
        pct = value  # 75折
    else:
        return None  # 十折 is no discount
    return Figure("percent", start, zhe.end(), "", _exact(pct), unit="%",
                  rules=["zh_discount"]), zhe.end()


def _money(doc: Document, num: ZhNumber, start: int, pos: int, value: Decimal,
           high: Decimal | None) -> tuple[Figure, int] | None:
    norm = doc.norm
    after = _currency_after(norm, pos)
    prefix = _currency_before(norm, start)
    if after is not None:
        word, end = after
        code = _ZH_CURRENCIES[word]
        if word in ("块", "塊") and end < len(norm) and _is_han(norm[end]):
            return None  # 一块蛋糕: a measure word
        if word == "元" and end < len(norm) and norm[end] in "旦宵素件器首老":
            return None  # 元旦, 元宵
        rules = ["zh_money_suffix"]
        generic = word in ("元", "圆", "圓")
        if generic:  # 2,527萬元人民幣, 100元港币: the name after 元 says which
            named = _currency_after(norm, end)
            if named is not None and (_ZH_CURRENCIES[named[0]] != "CNY"
                                      or named[0] in ("人民币", "人民幣")):
                code, end = _ZH_CURRENCIES[named[0]], named[1]
                generic = False
        if word in ("元", "块", "塊", "块钱", "塊錢", "圆", "圓", "人民币元"):
            value, end = _minor_units(norm, end, value, rules)
        begin = start
        if prefix is not None and (prefix[1] == code or generic):
            begin = prefix[0]  # 人民币3.5亿元; 港幣0.12元 is in Hong Kong dollars
            code = prefix[1]
            rules.append("zh_money_prefix")
        return Figure("money", begin, end, "", _exact(value), high=high, currency=code,
                      rules=rules), end
    if prefix is not None:
        figure = Figure("money", prefix[0], pos, "", _exact(value), high=high,
                        currency=prefix[1], rules=["zh_money_prefix"])
        return figure, pos
    return None


def _minor_units(norm: str, end: int, value: Decimal, rules: list[str]) -> tuple[Decimal, int]:
    """五元三毛 = 5.3, 50元6角三分 = 50.63 (角/毛 tenths, 分 hundredths)."""
    for _ in range(2):
        minor = _MINOR.match(norm, end, end + _WINDOW)
        if minor is None:
            break
        after = minor.end()
        if minor.group("u") == "分" and norm[after:after + 1] in ("钟", "鐘", "之"):
            break  # 5元3分钟, 3分之一
        digit = minor.group("n")
        amount = Decimal(digit) if digit.isdigit() else _digit_value(digit)
        scale = Decimal("0.01") if minor.group("u") == "分" else Decimal("0.1")
        value += amount * scale
        end = after
        if "zh_minor_units" not in rules:
            rules.append("zh_minor_units")
    return value, end


def _currency_before(norm: str, start: int) -> tuple[int, str] | None:
    """A currency written before the number: 人民币3.5亿元, ￥300, 人民币  50元."""
    left = start
    while left > 0 and norm[left - 1] == " " and start - left < 3:
        left -= 1
    if left == 0 or norm[left - 1] not in _PREFIX_LAST_CHARS:
        return None
    for word, code in _PREFIX_CURRENCIES.items():
        if left >= len(word) and norm.startswith(word, left - len(word)):
            return left - len(word), code
    code = norm[left - 3:left] if left >= 3 else ""
    if code in ISO_CODES and (left == 3 or not norm[left - 4].isascii()
                              or not norm[left - 4].isalpha()):
        return left - 3, code  # USD100, EUR 5亿
    return None


def _quantity(doc: Document, num: ZhNumber, start: int, pos: int, value: Decimal,
              high: Decimal | None) -> tuple[Figure, int] | None:
    at = _skip(doc.norm, pos)
    found = match_unit(doc.norm[at:at + _WINDOW], 0)  # a slice: see numbers_zh._WINDOW
    if found is None:
        return None
    end, unit = at + found[0], found[1]
    return Figure("quantity", start, end, "", _exact(value), high=high, unit=unit,
                  rules=["zh_unit"]), end


def _count(doc: Document, num: ZhNumber, start: int, pos: int, value: Decimal,
           high: Decimal | None) -> tuple[Figure, int] | None:
    norm = doc.norm
    at = _skip(norm, pos)
    if at >= len(norm):
        return None
    measure = next((pair for pair in _MEASURE_PAIRS if norm.startswith(pair, at)), None)
    if measure is None and norm[at] in MEASURE_WORDS:
        measure = norm[at]
    if measure is None:
        return None
    if not num.explicit and num.tokens < 2 and not _vague_prefix(norm, start):
        return None  # 千家万户, 百家争鸣: idioms; 上千家, 数百名 are figures
    if measure == "打" and num.arabic and not num.chinese:
        return None  # 40打 is rare; 2021年 is vetoed as a date, 5年 is a count
    if num.single and num.value == 1 and start > 0 and _is_han(norm[start - 1]):
        return None  # 是一个, 另一种: an article, not a figure
    if num.single and norm[start] in FINANCIAL_CHARS and measure != "打":
        return None  # 登陆部队, 拾起 (but 壹打 is a dozen)
    end = at + len(measure)
    if measure == "打":
        if end < len(norm) and _is_han(norm[end]):
            return None  # 打 is also "to hit": 一打开
        return Figure("count", start, end, "", _exact(value * 12), high=high,
                      rules=["zh_dozen"]), end
    noun_end = _noun_end(norm, end)
    noun = doc.text[at:noun_end] if noun_end > end else _noun_before(doc, start) or measure
    return Figure("count", start, end, "", _exact(value), high=high, noun=noun,
                  rules=["zh_measure_word"]), end


_NOUN_BEFORE_MAX = 2  # most nouns are two characters; more would take in the verb (接待游客)
_ENDS_WITH_VERB = regex.compile(
    r"(?:达到|達到|为|為|有|是|达|達|到|至|共|计|計|新增|增加|减少|減少|提供|新建|完成)$")


def _noun_before(doc: Document, start: int) -> str | None:
    """A noun written before the number when none follows the measure word:
    新建5G基站1.2万个。 -> 基站; 接待游客逾8000万人次， -> 游客."""
    norm = doc.norm
    left = start - 1 if _vague_prefix(norm, start) else start
    word = _qualifier_before(norm, left)
    if word is not None:
        left -= len(word)
    begin = left
    while (begin > 0 and left - begin < _NOUN_BEFORE_MAX and _is_han(norm[begin - 1])
           and norm[begin - 1] not in _NOUN_STOP and norm[begin - 1] not in NUMERAL_CHARS):
        begin -= 1
    if begin == left or _ENDS_WITH_VERB.search(norm, begin, left):
        return None
    if begin > 0 and norm[begin - 1] in "增减減提降占佔达達超逾":
        return None  # 增[长]: the end of a verb, not a noun
    return doc.text[begin:left]


def _noun_end(norm: str, pos: int) -> int:
    """Where the noun after a measure word ends: 个[邮政本地商城]实现, 户[贫困户]的."""
    end = pos
    while (end < len(norm) and end - pos < _NOUN_MAX and _is_han(norm[end])
           and norm[end] not in _NOUN_STOP and norm[end] not in NUMERAL_CHARS
           and not _NOUN_STOP_WORDS.match(norm, end, end + _WINDOW)):
        end += 1
    return end


_SUFFIX_READERS: list[Callable[..., tuple[Figure, int] | None]] = [
    _percent, _discount_single, _money, _quantity, _count,
]


def _skip(norm: str, pos: int) -> int:
    while pos < len(norm) and norm[pos] == " " and pos < len(norm):
        pos += 1
    return pos


def _bare_number_ok(norm: str, num: ZhNumber, start: int, end: int) -> bool:
    """Is a numeral with nothing after it a figure? (see the module docstring)"""
    if not num.explicit:
        return False  # 千万 (must), 百万 alone
    before = norm[start - 1] if start > 0 else ""
    after = norm[end] if end < len(norm) else ""
    if not num.chinese:
        # plain ASCII digits: ours only inside Chinese text; the English side reads the rest
        return _is_han(before) or _is_han(after)
    if not num.single:
        return not (after == "、" and num.tokens <= 2)  # 一、 二十、: section numbers
    if after == "、" or (before and after and before in "(（" and after in ")）"):
        return False
    alone_before = not _is_han(before) or before in "是前"  # 答案是四, 排名前三的
    alone_after = not _is_han(after) or after in _ALONE_AFTER
    return alone_before and alone_after


_ALONE_AFTER = frozenset("不那这這而的")
_QUALIFIER_TAIL = regex.compile(r"[ ]{0,3}(以上|左右|上下|以下|以内)")
_QUALIFIER_LENGTHS = sorted({len(word) for word in QUALIFIER_BEFORE}, reverse=True)


def _qualifier_before(norm: str, end: int) -> str | None:
    """The longest word of QUALIFIER_BEFORE that ends at `end` (不超过 before 超过),
    looked up by its length (two or three lookups, not one test per word)."""
    for length in _QUALIFIER_LENGTHS:
        if length <= end and norm[end - length:end] in QUALIFIER_BEFORE:
            return norm[end - length:end]
    return None


_PERCENT_OF = regex.compile(
    r"""
    (?:完成|完成了|占|佔|占到|佔到|相当于|相當於|达到|達到|为|為)   # 完成计划的128%, 佔營業額
    (?P<noun> \p{Han}{1,6}? )
    (?:的)? [ ]{0,3} $
    """,
    regex.VERBOSE,
)


def _finish(doc: Document, figure: Figure, after: int,
            num: ZhNumber) -> tuple[Figure, int]:
    """Qualifiers and percent context around a figure whose kind is decided."""
    norm = doc.norm
    left = figure.start
    while left > 0 and norm[left - 1] == " ":
        left -= 1
    head = norm[max(0, left - 4):left]
    if figure.qualifier is None:
        word = _qualifier_before(norm, left)
        if word is not None and not any(head.endswith(w) for w in _NOT_QUALIFIER_BEFORE):
            figure.qualifier = QUALIFIER_BEFORE[word]
            figure.rules.append("zh_qualifier_before")
            left -= len(word)
    tail = _QUALIFIER_TAIL.match(norm, after, after + _WINDOW)
    if tail is not None and figure.qualifier is None:
        figure.qualifier = QUALIFIER_AFTER[tail.group(1)]
        figure.rules.append("zh_qualifier_after")
    if figure.kind == "percent" and figure.noun is None:
        window = max(0, left - 12)
        context = _PERCENT_CONTEXT.search(norm[window:left])
        if context is None:
            context = _PERCENT_OF.search(norm[window:left])
        if context is not None and context.group("noun"):
            figure.noun = doc.text[window + context.start("noun"):window + context.end("noun")]
    if (num.vague or _vague_prefix(norm, figure.start)) and figure.qualifier is None:
        figure.qualifier = "over"  # 二十几万, 数十家, 上千名, 几百万元
        figure.rules.append("zh_vague_number")
    return figure, max(after, figure.end)


def _vague_prefix(norm: str, start: int) -> bool:
    """数/几/上 before a numeral that starts with a unit: 数十家, 几百万, 上千名."""
    return (start > 0 and norm[start - 1] in "数數几幾上" and start < len(norm)
            and norm[start] in "十拾百佰千仟万萬")




def iter_figures(doc: Document) -> Iterator[Figure]:
    """find_zh's figures alone (for tests and the debug view)."""
    yield from find_zh(doc)[0]
