"""The figure rules as data: word tables, the qualifier table and the skip rules.

Everything the extractor (``extract.py``) and the indicator namer (``indicator.py``) know
about the genre's words lives here, so that a new variant of the genre is a row in a table
and a test, not an ``if`` inside a long function. The patterns are compiled once at import.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from drafter.figures.numbers import CN_CHARS, CN_DIGITS, glued_to_code, is_chinese
from drafter.figures.units import PREFIX_PATTERN, SCALE_PATTERN, UNIT_PATTERN, UNITS
from drafter.numerals import parse_chinese
from drafter.structure.patterns import DATELINE_CORE

#: Words that open a figure's phrase and are kept as flags, not in the name.
FLAG_WORDS = (
    "预计", "力争", "确保", "争取", "实现", "完成", "达到", "新增", "累计", "集聚", "聚集",
    "新建", "新安装", "新设", "新注册", "再创建", "入库", "超额",
)

#: A per cent before the growth target it is, its thing after 的 (``全年11%左右的经济预期增长目标`` → ``经济``).
GROWTH_TARGET_OF = re.compile(
    r"(?:左右|以上|以内)?的(?P<name>[\u4e00-\u9fff]{1,12}?)(?:预期|计划|年度)?(?:增长|增速)(?:预期)?(?:目标|预期目标)")
#: Amounts added up to a total (``加中央结算补助823.6亿元、…和调入资金0.9亿元后，财力合计…``): 加 is "plus".
ADDED_TO_TOTAL = re.compile(r"[^，,。；;]{0,40}?后[，,][^，,。；;\d]{0,10}?(?:合计|总计|共计|达到?|为)")
ADDED_LEAD = re.compile(r"加(?!工|油|快|强|大|速|班|盟|气|热|密|固|拿|纳|州)")  # not 加工贸易, 加油站
#: The clause before ends on the amount added to (``地方财政收入579.5亿元，``).
AMOUNT_CLAUSE_END = re.compile(r"\d[万亿]?元[，,]$")
#: A cause closing a figure-less clause after its subject (``居民消费价格受猪肉等食品价格结构性上涨拉动``).
CAUSE_AFTER_SUBJECT = re.compile(r"受[^，,。；;]{2,30}?(?:拉动|影响|带动|推动|冲击|制约|拖累)$")
#: A flag word closing a name (``城镇和农村居民人均可支配收入预计分别达…``, ``12项主要预期目标预计均可
#: 完成``): it governs the figure after it, so it is a flag (``FLAG_WORDS``), never part of the name.
FLAG_END = re.compile(r"(?<=..)(?:预计|力争|确保|(?<=[业品额润入])则)$")  # 实现利润则分别增长…: 则 links (fxp67)

#: Time and scope words stripped from the name wherever they stand; a span since a place's or a
#: work's start (``开园以来``, ``自成立以来``, ``投产以来``) is a time word too (real_aside23 convention 4).
TIME = re.compile(r"(?:近|过去|最近)?[\d一二两三四五六七八九十]+年[半多]?(?:来|以来)|(?<![\d.])[\d一二两三四五六七八九十]{1,2}年(?=年均|累计)|连续[\d一二两三四五六七八九十]+(?:年|个月|季度)|(?:近|过去|最近|未来|今后|前)[\d一二两三四五六七八九十]+(?:年|个月)|[\u4e00-\u9fff]{0,8}期间|[两二三四五]年平均|(?:[\d一二两三四五六七八九十多]+年|近年)(?:来|以来)|(?:自|从)?(?:开园|建园|开区|建区|设立|成立|建成|挂牌|开业|运营|投运|投产|启动|实施|开工|通车|开港|开通|揭牌)以来|(?<!\d)(?:19|20)\d{2}(?:年(?!度)(?:底|末|初)?|(?=年度))|(?:截至|截止到?|(?:(?<![\u4e00-\u9fff])|(?<=预计|力争|确保|争取|计划))到)(?:\d{4}年)?(?:年底|年末|目前|[\d一二三四五六七八九十]{1,2}月(?:底|末)|[上下]半年末?|[一二三]季度末)|全年|年内|(?:今年|年初|开年|本年)以来|今年|当年|上半年|下半年|(?:连续|前)?[\d一二两三四]个季度(?:均|都)?|(?:前|第)?(?:[一二三][、，,])?[一二三四1-4]季度|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月? ?[-—–~～至] ?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月份?|(?:\d{1,2}月份?|[\d一二两三四五六七八九十]{1,2}个月)?(?:当月|单月)|(?:[一二三四1-4]季度)?(?:单季|当季)度?|年底前|年末|(?<!项)目前|“?十[一二三四五六]五”?(?:时期|以来)"
    # 新雪季接待游客…: a season is a time, as 全年 (real_pass5, fxp45)
    r"|(?:新|本|上一?|这个|整个)(?:冰雪|雪|旅游|滑雪)季(?:度|以来)?"
    # 8月份全省工业增加值, 北京去年GDP: a month alone and 去年 (not a base after 比/较) are times, and a range of
    # months closes on its 份 (1-9月份; round 17 audit au1)
    r"|(?<![\d\-—–~～至])\d{1,2}月份(?![\d\-—–~～至])|(?<![比较于与和同至到])去年(?!同期)"
    # 但12月价格涨幅已回落至2.5%: one month's rate, the month the figure's time (real_pass2, fxp12)
    r"|(?<![\d\-—–~～至月])\d{1,2}月份?(?=[\u4e00-\u9fff]{0,8}?(?:涨幅|增幅|增速|降幅))"
    # 3月末城镇登记失业率, 6月底存款余额: the month of a stock is its time (real_pass7 convention 3, fxp67)
    r"|(?<![\d\-—–~～至比较])(?:1[0-2]|[1-9])月(?:末|底)(?=[\u4e00-\u9fffA-Z])")

#: Every row of ``TIME`` holds one of these characters (a text without them has no time word:
#: ``indicator.without_time``'s fast path; tests/test_figures_speed.py checks each row names one).
TIME_CHARS = "年月季期目五来"

#: A sentence opening with a part of the span just reported, its growth named by no word of its own (``…增长3%。
#: 其中，二季度单季增长1.9%``): the last sentence's indicator (real_aside52 convention 7, fxa52).
#: A sentence opening on a change or gap with no head (``比上年同期加快0.2个百分点，…``): the carried indicator's.
HEADLESS_CHANGE_OPENS = re.compile(
    r"\s*(?:比|较)(?:上年|去年|上年同期|去年同期|同期|一季度|上半年|前三季度|上月|年初)"
    r"(?:加快|放缓|提高|提升|回落|回升|收窄|扩大|上升|下降|增加|减少)[\d.]"
)
#: A clause after ``；`` opening on a bare growth (``同比增长4.5%``): the indicator of the clause before goes on.
#: A base and a span may open it (``与2020年相比，两年平均增长2.5%``: real_pass10; fx18b).
HEADLESS_GROWTH_OPENS = re.compile(r"\s*(?:与(?:上年|去年|\d{4}年)(?:同期)?相比[，,]?)?(?:同比|比上年|较上年|[两二三四五]年平均)?(?:增长|下降)[\d.]")
#: A rank's name made of a rate's gaps to a list of references (``增速比全省平均水平和全国分别高增速``): the rate's.
RANK_AFTER_RATE_GAPS = re.compile(r"(?P<h>增速|增幅|涨幅|降幅)(?:比|较)[^，,。；;\d]{2,24}?(?:分别|均)(?:高出|低出|高于|低于|快于|慢于|[高低快慢])(?P=h)?")
PART_OF_SPAN_OPENS = re.compile(r"\s*其中[，,]?\s*(?:[一二三四1-4]季度|\d{1,2}月份?|[上下]半年)(?:单季度?|当季度?|单月|当月)?(?:增长|下降|增速为?|同比增长)")

#: The output a list of intensities is measured per, written before the first item only (``每亿元产值综合能源消费量、
#: 耗电量分别下降…``, ``万元工业增加值用水量、能耗``): every item's (real_aside52's parallel words, fxa52).
PER_OUTPUT_HEAD = re.compile(r"(?:每|单位)(?:万元|亿元|元)?(?:地区生产总值|生产总值|GDP|工业增加值|增加值|产值)|(?:万元|亿元)(?:地区生产总值|生产总值|GDP|工业增加值|增加值|产值)")

#: A time word joined to the next one (``一季度和上半年全省地区生产总值分别增长…``): the join goes
#: with the time words, no 和 is left at the name's head.
TIME_JOINERS = "和及与、"
TIME_JOINED = re.compile(rf"(?:{TIME.pattern})[{TIME_JOINERS}](?=(?:{TIME.pattern}))")

#: A list item of one character standing for the word the last item writes whole (``农、林、渔业`` → 农业,
#: 林业; ``大、中、小型企业`` → 大型企业): a sector's or a size's first character (round 17 audit au1).
ONE_CHAR_ITEM = re.compile(r"[农林牧渔工商建大中小微]")

#: The words joining a list's last two items after its 、 (``…、房地产业和其他服务业增加值``): the last one of them in the
#: last part splits it when the list is one item short (round 17 audit au1).
LAST_ITEM_JOINS = ("和", "及", "与")
#: 等 inside a 分别 list's last item when every example has its own number (``中药材、花卉苗木和蔬菜等播种面积分别增长…``
#: → ``蔬菜播种面积``): it adds nothing; 等 of a word (高等, 均等化: ``DENG_WORDS``) stays (round 17 audit au1).
#: The apposed count and class closing a 分别 list's last item, a rate head after kept (``…、外贸出口等3项指标增速分别低于…``
#: → ``外贸出口增速``; ``…、地方一般公共预算收入4个指标分别…``): it counts the items, no part of the last's name (real_aside78
#: convention 3; fx18c). Removed only when the count equals the items.
LISTED_CLASS_COUNT = re.compile(r"(?<=[\u4e00-\u9fff]{2})等?(?P<n>\d{1,2}|[两二三四五六七八九十]{1,2})[项个](?:主要)?(?:经济)?指标(?=(?:增速|增幅|涨幅)?$)")
#: The 除 opening an exception (``…各项主要指标除A、B、C等3项指标增速分别低于…外，…``): the list's first item starts after it
#: when the figures close on 外 (fx18c).
EXCEPT_OPENS = re.compile(r"^[^、]{0,60}除(?=[\u4e00-\u9fff]{2})")
LISTED_DENG = re.compile(r"(?<=[\u4e00-\u9fff][\u4e00-\u9fff])(?<![高中初平同均对相优上特一二三超])等(?=[\u4e00-\u9fff]{2})")
#: The closing characters of two list items that are one word's two bounds (``规模以上、规模以下…``,
#: ``境内、境外…``): the first item takes the last's rest (round 17 audit au1).
BOUND_PAIRS = frozenset({"上下", "下上", "内外", "外内"})

#: Scope phrases that say where a claim holds, not what is measured.
#: A report's own place followed by its whole (``贵州全省``, ``甘肃全省``, ``昆明全市``): one scope, gone from a name's
#: head with the place (round 17 audit au2).
PLACE_WHOLE_SCOPE = re.compile(r"全(?:省|市|区|县|州|旗|盟)")
SCOPE = re.compile(r"在全(市|区|国|省|县|旗|州|盟|镇|乡)(唯一|率先)?|连续|我区|全区|我县|全县|我旗|全旗|我市|^全市|^全省|^我省")

#: Flag words that may stand inside a phrase (``各街道累计引进企业``).
INNER_FLAGS = re.compile(r"累计|新增|力争(?!取)|预计|新(?=引进|转移)|可(?=新增|累计)")  # 预计全年可新增: a modal before a flag; 全力争取: 全力 and 争取, two leads

#: The text's note that a wording holds for what follows (``同比（下同）增长``, ``增长（下同）4.5%``).
#: A comparison may stand in it (``增长（同比，下同）4%``, ``增长（同比）4%``): the base of every growth after it.
SAME_BELOW = re.compile(r"[（(](?:(?:同比|环比|(?:比|较)(?:上年|去年)(?:同期)?)(?:[，,、]\s*下同)?|下同)[）)]")

#: Comparison phrases: ``较年初``, ``较2022年``, ``比上年``, ``同比``.
COMPARE = re.compile(
    # 较一季度和前4个月分别下降…: periods joined are one comparison each, no item of a list
    # 较2018年改革前增长90%: the year before a reform is the base compared with (tests/real_aside29)
    # 降幅比1—5月份收窄: a range of months closes on its 份 (fxp67); 较一季度最低点 (fxgen14)
    r"(相较于?|较|比)(年初|(?:年内|今年|全年|前期|[一二三四上]季度|上半年|前三季度|\d{1,2}月份?)?最[低高]点|(?:上年|去年|上一年)(?:同期|末|底|度|全年)?|同期|上月|[一二三四上]季度|上半年|前三季度|\d{1,2}[-—–~～至]\d{1,2}月份?|(?:1[0-2]|[1-9])月(?:末|底)|\d{4}年(同期|底|末|(?:改革|改制|重组|整合|合并|组建)前)?|“?十[一二三四五]五”?(?:末|期末))"
    r"(?:[和、及](?:[一二三四上]季度|上半年|前三季度|前[\d一二三四五六七八九十]{1,2}个月|\d{1,2}[-—–~～至]\d{1,2}月份?|上月))*"
    r"|与(?:上年|去年|上一年|\d{4}年)(?:同期)?相比"  # 与2020年相比，两年平均增长2.5%: the base (real_pass10; fx18b)
    r"|同比|环比|(?:按)?可比口径(?:计算)?|(?:按)?同口径(?:计算)?(?=增|下降|提高|$)|(?:按)?可比(?:价格?)?(?=增长|下降|$)"  # 按可比价增长8%: the cut's 按 too (fxa30)
    r"|按照?(?:\d{4}年)?(?:可比价|不变价|现价|当年价)(?:格)?(?:[（(]下同[）)])?计算"  # 按照可比价计算 (fxp45)
    # 按常住人口计算人均地区生产总值…，按2017年平均汇率计算为5791美元: a per-head figure's basis (real_pass2, fxp12)
    r"|按(?:\d{4}年)?(?:年末|年平均|年均|平均)?(?:常住人口|户籍人口|总人口|人口|(?:人民币)?(?:平均|当年|年均)?汇率)(?:计算|折算|核算)(?:为|的)?"
    # 按原口径核算的增长率为11.0%: the basis of a restated growth is whose count, as 商务部口径 (real_aside46 convention 1)
    r"|(?:按|以)(?:原|新|老|旧|现行|调整前|调整后)(?:统计)?口径(?:核算|计算|统计|测算)的?"
    # 财政总收入省口径和市口径增幅: whose count, unbracketed, no part of the name (real_pass1 convention 5, fxp12)
    r"|(?<=[\u4e00-\u9fff])(?:省|市|县|区|州|旗)口径(?:(?:和|与|及|、)(?:省|市|县|区|州|旗)口径)?(?=增幅|增速|占比|比重|分别|均|在|[、，,]|$)"
    # 扣除价格因素实际增长4%, 名义增长6%: a real or nominal growth of the same thing
    r"|(?:扣除|剔除)价格因素(?:后|影响)?|(?:实际|名义)(?=增长|下降|增速|增幅)"  # 实际增速比全国高1.7个百分点 (aside34 conv. 7)
    # 较疫情前增长12%, 恢复到疫情前的90%: a comparison with the years before the epidemic
    r"|(?:较|比)?疫情前(?:的?\d{4}年)?(?:同期)?(?:水平)?(?:的)?"
    # 现价地区生产总值, 农林牧渔业现价总产值: a price basis says how it is valued, not what
    r"|(?<![实兑体表])现价(?=[\u4e00-\u9fff])"
    # 农林牧渔业可比价总产值: the same basis written 可比价 inside a name (round 17 audit au1)
    r"|(?<=[\u4e00-\u9fff])可比价(?![格计])(?=[\u4e00-\u9fff])"
    # 地区生产总值（预计数）, 进出口总额（按人民币计）, 收入（扣除留抵退税因素）:
    # a bracketed note on how the figure was counted is no part of the name (a scope stays: （不含农户）)
    r"|[（(](?:按[^（）()]{1,8}计算?|预计数?|初步统计|快报数?|扣除[^（）()]{1,12}|剔除[^（）()]{1,12}"
    r"|[^（）()]{0,6}口径)(?:[，,、]?下同)?[）)]"
    # 限额以上企业（含长沙高新区）: an inclusion bracket is a note and goes; only what is left out stays
    # (FIGURES' settled conflicts, round 13; real_aside25 convention 3)
    r"|[（(](?:包含|包括|含)[^（）()]{1,16}[）)]"
    r"|" + SAME_BELOW.pattern  # 同比增长（下同）4.5%: the text's note on its own wording, wherever it stands
)
#: A scope left at a name's head once its lead words are gone (``预期全省地区生产总值``).
#: The places above a report's own, written before its name (``包头市青山区…``, ``山东省临沂市…``,
#: ``延边朝鲜族自治州延吉市…``): they go with it.
PARENT_PLACES = re.compile(r"^(?:[\u4e00-\u9fff]{2,9}?(?:省|自治区|市|自治州|州|盟|地区))+")
#: A prefecture's, a league's, a town's or a township's own (``全州``, ``我盟``, ``全镇``) too, as a city's or a
#: county's (``全州县`` is a county's name and stays). ``辖区`` goes only before ``地区…`` (``辖区地区生产总值`` →
#: ``地区生产总值``, real_aside28); standing for 地区 it stays like ``本地`` (``辖区生产总值``, real_aside6 convention 5).
SCOPE_HEAD = re.compile(r"^(?:来源于[\u4e00-\u9fff]{0,8}?的|辖区(?=地区)|全国|全省|全市|全区|全县|全旗|全盟|全镇|全乡|全州(?!县|市|区)|我省|我市|我区|我县|我旗|我州|我盟|我镇|我乡|本省|本市(?!场)|本区(?!域)|本县|本旗|本州|该省|该市|该区|该县|该旗|各(?=(?:银行业)?金融机构|(?:商业)?银行|保险(?:机构|公司)))(?=..)")  # 各金融机构存款余额: 各 spans the scope as 全县 (fx18b)
#: ``县域内``, ``区内`` at a name's head: the report's own place when its level is the place's
#: (``县域内公交线路总里程`` in a county's report goes); in a report of another level it is a part of
#: the place, a zone, and stays (a county's ``区内规模以上工业企业``: the industrial cluster's,
#: tests/real_aside10 convention 5).
#: The own place at a name's head in any form, wherever the name was cut from (an item of a list after
#: ``和``: ``口岸进出口总额和本市外贸出口总额``): ``本市``, or ``在`` with the city's or province's one-character
#: short name (``在沪的跨国公司地区总部``) — real_aside61 convention 5.
OWN_PLACE_HEAD = re.compile(
    r"^(?:本(?:省|市(?!场)|区(?!域)|县|旗|州)|在?[沪京津渝穗甬榕蓉汉杭深厦鲁苏浙皖闽赣粤桂琼川黔滇陕甘青宁豫鄂湘冀晋辽吉黑]的"
    r"|在[沪京津渝穗甬榕蓉汉杭深厦鲁苏浙皖闽赣粤桂琼川黔滇陕甘青宁豫鄂湘冀晋辽吉黑])(?=..)"
)
INNER_SCOPE_HEAD = re.compile(r"^(?P<level>省|市|区|县|旗)(?:内|域内)(?=..)")

#: A rate word before a growth verb (``增加值增速同比增长2%``): the growth of the thing itself.
RATE_BEFORE_GROWTH = re.compile(r"(?<=..)(?:增速|增幅)(?=(?:增长|下降)$)")

#: Kinds of project work that name a part after ``其中`` (``其中新建项目12个，续建项目8个``).
PART_KEEPS = ("新建项目", "新开工项目")

#: A class count closing a name before the count of its items (``重点项目5大类``): no part of it.
CLASS_COUNT_END = re.compile(r"(?<=..)\d{1,4}(?:大类|类)$")

#: What a gap is measured against, one row per kind: the year's target (may be left out: ``高于``
#: alone), a wider scope's level, another group, the economy's growth.
GAP_REFERENCES = (
    # 高于预期目标, 较省定目标, 低于市下达目标, 比年初确定的目标, 低于区人代会确定的目标
    r"(?:[\u4e00-\u9fff]{0,10}?(?:确定|下达|批准|提出|制定)的?|[省市区县](?:定|下达|考核)的?|考核)?"
    r"(?:全年|年度|年初)?(?:预期|计划|控价|控制|调控|既定)?(?:目标)?(?:值|水平)?",
    r"(?:全国|全省|全市|全区|全县|全州|全盟|省|市|(?:上年|去年)?同期)(?:平均)?(?:水平|水准|增速|增幅|涨幅)?\u3000*",
    r"(?:全国|全省|全市|全区|全县)?(?:平均水平|平均|水平|城镇居民|农村居民|城镇|农村)",
    r"(?:经济|GDP|地区生产总值|生产总值)增速",
    # 超出市级下调任务指标6000万元, 超出年度任务…: a task from above (real_pass1 convention 4, fxp12)
    r"(?:[省市区县盟州旗]级?)?(?:全年|年度|年初)?(?:下调|下达|调整后?|调减|考核)?的?(?:目标)?任务(?:指标|数)?",
    r"(?:序时|时序|时间|年度|全年)进度",  # 超时间进度2个百分点, 慢于序时进度: a half-year's gap to the calendar
)
#: Words that open a gap before its reference (``高于预期目标``, ``差计划目标``, ``塌目标``, ``落后于全省``).
GAP_VERBS = (
    "高于", "低于", "快于", "慢于", "好于", "高出", "低出", "超出", "超过", "超", "多于", "少于",
    "差", "塌", "落后于", "落后", "距离", "距", "离", "欠", "未达到", "未达", "不及",
    "滞后于", "滞后", "领先于", "领先", "超额",  # 滞后时序进度11.4个百分点, 超额5个百分点
)
#: Words that close a gap after its reference (``比全省高``, ``较预期目标少``, ``与目标相差``, ``距目标还差``).
GAP_AFTER = ("高出", "低出", "高", "低", "快", "慢", "多", "少", "相差", "还差", "尚差", "仍差", "差")
_GAP_REF = "(?:" + "|".join(GAP_REFERENCES) + ")"
#: A word that makes words a gap at all (a scope alone, ``全区``, is none).
GAP_WORD = re.compile("|".join((*GAP_VERBS, *GAP_AFTER, "比", "较")))
_GAP_OPENED = rf"(?:比|较)?(?:{'|'.join(GAP_VERBS)}){_GAP_REF}"
_GAP_CLOSED = rf"(?:比|较|与|和|同|距离|距|离)?{_GAP_REF}(?:还|尚|仍)?(?:{'|'.join(GAP_AFTER)})"
#: A gap closing a rate head (``增速比全州高0.2个百分点``, ``增幅低于预期``): the head names the
#: figure (``…增速``), the comparison goes.
#: ``增速分别高省、市1和0.9个百分点``: a gap to a list of wider scopes, the terse 高 for 高于.
_SCOPE = r"(?:全国|全省|全市|全区|全县|全州|国|省|市|州)(?:平均)?(?:水平)?"
_GAP_SCOPES = rf"(?:分别|均)?(?:比|较)?(?:高于|低于|快于|慢于|高出|低出|高|低|快|慢){_SCOPE}(?:[、和及与]{_SCOPE})*(?:分别|均)?"
#: ``增速与全国持平、高于一季度2.4个百分点``: a parity to one reference before the gap to another (fxa74)
_GAP_PARITY = rf"(?:(?:与|和|同){_SCOPE}(?:基本)?持平[、，,]?)?"
RATE_GAP_END = rf"(?<=增速|增幅|涨幅|降幅)(?=.){_GAP_PARITY}(?:{_GAP_OPENED}|{_GAP_CLOSED}|{_GAP_SCOPES})$"
#: A comparison that closes a name: it says how the figure stands, not what it measures
#: (``增速低于预期``, ``收入高于全国平均水平``, ``…扣除留抵退税因素后``).
TRAIL_COMPARISON = re.compile(
    r"(?:(?:高于|低于|快于|慢于)(?:预期|全国|全省|全市|目标|平均)[\u4e00-\u9fff]{0,4}?(?:水平|水准)?|(?:扣除|剔除)[\u4e00-\u9fff]{1,12}?(?:后|(?:因素)?影响)|有|(?<![人平年])均"
    r"|(?<=污染物)减排"  # 能耗下降、主要污染物减排完成上级下达任务: 减排 the item's change, as 下降 (aside49 c. 5)
    r"|(?:大于|小于)[\u4e00-\u9fff]{1,4}"  # 收支相抵支出大于收入: the comparison says which side is larger
    r"|(?:商务部|外管局|外汇局|国家|海关|财政|税务|人行|新|老)?(?:统计)?口径|(?<=增速|增幅|涨幅|降幅)比)$"  # 实际使用外资商务部口径: whose count
    r"|" + RATE_GAP_END
)

#: A name that is only a gap to a target (``高于预期目标2.3个百分点``, ``超计划目标0.3个百分点``,
#: ``低于控价目标``): the gap measures the clause's indicator, named before it.
GAP_ONLY = re.compile(
    # 高于预期目标, 差计划目标, 高出全市平均水平, 快于经济增速; 比全省高, 较目标少, 与目标相差
    rf"{_GAP_OPENED}|{_GAP_CLOSED}"
    rf"|(?:比|较)?{GAP_REFERENCES[1]}"  # 比全国、全省分别高: a scope alone in a list of gaps
    # 高于全部规上工业, 快于规上工业, 比全部投资高: a gap to another aggregate, whatever it is
    r"|(?:比|较)?(?:高于|低于|快于|慢于|高出|低出|好于|领先于|落后于|滞后于)[\u4e00-\u9fff]{1,12}"
    r"|(?:比|较)(?!重|例|值|率)[\u4e00-\u9fff]{1,12}?(?:高出|低出|[高低快慢])"
    # 较一季度加快4个百分点 (the period word gone): a change of the clause's rate since then
    r"|(?:比|较)?(?:加快|放缓|回升|回落|收窄|扩大|缩小|提高|提升|上升|下降|降低|增加|减少|多增|少增|多减|少减)|比|较"
)

#: A gap to a list of references written once around it (``分别比国有、外资企业高``, ``较全国和全省低``):
#: the gaps of the clause's indicator, one per reference (tests/real_aside19, guangdong-2017).
#: (``比全省（7.7%）和全国（7.0%）分别高``: each reference's own rate blanked by ``SCAN_SPELLINGS``, fxp67)
GAP_LIST = re.compile(r"(?:比|较)(?!重|例|值|率)[\u4e00-\u9fff]{1,10}\u3000*(?:[、和及与][\u4e00-\u9fff]{1,10}\u3000*)+?(?:高出|低出|[高低快慢])")

#: A name that is only a condition (``剔除房地产业后增长6.2%``, ``剔除政策因素影响``): it qualifies the
#: indicator before, which closes the name (``剔除房地产业后生产总值``); written as a clause of its own
#: (``收入1201.8亿元，剔除政策因素影响，同口径增长8%``) it does so after an amount too (tests/real_aside14
#: convention 1), where in the growth's clause it only says how the amount grew (``扣除…后增长3.2%``).
CONDITION_ONLY = re.compile(r"(?:剔除|扣除|不含|除去)[\u4e00-\u9fff]{1,12}?(?:后|外|(?:因素)?影响|因素)")
#: A condition that only adjusts the comparison (a tax refund, prices): the same thing's growth, no part named.
REFUND_OR_PRICE_CONDITION = re.compile(r"^(?:剔除|扣除)(?:增值税)?(?:留抵退税|退税|价格)(?:因素)?(?:后|影响)$")
#: A rate head alone after a growth figure (``上涨0.7%，涨幅控制在3%以内``): the same rate again.
SAME_RATE = ("涨幅", "增幅", "增速", "降幅")
SAME_RATE_WRITTEN = re.compile("|".join(SAME_RATE))
#: A grant to projects named by examples, of funds named by examples (``A、B等项目获批中央预算内投资、专项债等政策资金``):
#: the examples of both lists go, the verb and the funds' class stay (real_aside62 convention 4).
GRANT_BY_EXAMPLES = re.compile(
    r"[^，,。；;]{2,40}?等(?:项目|工程)(?P<verb>获批|获得)[^，,。；;等]{2,30}?等(?P<noun>[\u4e00-\u9fff]{0,6}?(?:资金|资本金|补助|奖补))"
)
#: A rate word right before its per cent (``工业投资增速7%``, ``居民消费价格涨幅3%左右``): the
#: figure is the growth of the thing named before the rate word.
RATE_BEFORE = re.compile(
    rf"(?:{'|'.join(SAME_RATE)})\s*(?:分别|均)?\s*(?:为|是|达到?|在"
    # a rate that moved to its level (``…5532.4亿元、增速进一步升至3.5%``, fxa5455): the level is the growth still
    r"|(?:进一步|继续|再)?(?:(?<![上提回攀])升|上升|回升|提高|提升|加快)(?:至|到))?\s*$"
)  # 增速分别为5%、6%
#: A growth rate written as the word ``增长率`` with nothing before it (``按原口径核算的增长率为11.0%``): like a bare
#: 增速, the growth of the thing before; not one of ``SAME_RATE``, whose words close a name by two characters.
BARE_GROWTH_RATES = ("增长率", "增长速度")
GROWTH_RATE_BEFORE = re.compile(r"(?:增长率|增长速度)\s*(?:为|是|达到?)?\s*$")
#: ... but a rate held under a ceiling (``居民消费价格涨幅控制在4%左右``) is the rate itself, the head the
#: text writes stays (tests/real_aside3 convention 14).
RATE_CONTROLLED = re.compile(rf"(?:{'|'.join(SAME_RATE)})\s*(?:控制在|控制|不超过|不高于)\s*$")
#: A qualitative task's name closing in the word for an indicator (``节能减排指标完成上级下达任务``).
TASK_NAME_END = re.compile(r"(?<=..)(?:约束性)?指标$")
#: A label of a class of targets standing alone before a task from above (``约束性指标：全面完成国家、省下达
#: 目标任务``): the task's name is the label (real_aside33 convention 2); before figures it names none of them.
TARGET_CLASS_LABEL = re.compile(r"(?:预期性|约束性|指导性|指令性)(?:指标|目标)")
#: A clause naming indicators or targets, the subject of a task in the clause after it.
TASK_SUBJECT_END = re.compile(r"(?<=..)(?:指标|目标)$")
#: Such a clause listing examples before 等 and the head naming them, items of any length.
LISTED_TASKS = re.compile(r"、[^，,；;。]+?等(?P<head>[\u4e00-\u9fff]{2,})$")
#: ... but a head after a list closed by 等 (``化学需氧量、二氧化硫、氨氮等减排指标完成…任务``) names the
#: list as written, 指标 and all (tests/real_aside12 convention 4, as ``…等重要经济社会发展指标``).
LISTED_TASK_HEAD = re.compile(r"、[^、，,；;]{1,16}?等[\u4e00-\u9fff]{2,}$")
#: The head such a list closes with (``等指标``, ``等约束性指标``): when its items are neither all measures nor all
#: changes, the list stays one name, written with its head (``开放型经济、节能降耗、计划生育等指标``; tests/real_aside29
#: convention 1); split, each item is named alone.
LISTED_TASK_TAIL = re.compile(r"等[\u4e00-\u9fff]{0,6}?指标$")
#: How a task was met, written right before 完成 (``全面完成市下达目标任务``, ``均圆满完成…``), perhaps
#: after all the indicators as its subject (``各项指标全面完成…``): manner words, no subject — a clause left with them alone says the figures before it met their tasks
#: (real_aside11 convention 6) and names nothing of its own.
DONE_MANNER = re.compile(
    r"(?:(?:各项|主要|多项)(?:经济)?(?:目标|指标)(?:任务)?)?(?:全面|圆满|顺利|全部|均|都|已|如期|按期|基本|较好|胜利)*$"
)
#: Values that need their owner (``实现增加值``, ``总产量达到…``): a name that is only one takes the
#: owner from the clause before (``服务业较快增长，实现增加值964亿元`` → ``服务业增加值``) or from
#: the name before it (``粮食播种面积…，总产量…`` → ``粮食总产量``, by ``OWNER_MEASURES``).
#: A stock's bare word (``余额``): after a clause with no figure of its own (``存款突破两千亿元，余额达…`` once the
#: milestone goes), it takes that clause's subject as the bare measures do (``金融机构本外币存款余额``, fxa26).
BARE_STOCKS = ("余额",)
#: A rate that is always some thing's and names none by itself (``贡献率达57.9%``): after a figure-less clause
#: about a sector it is that sector's (``第二产业贡献率``), as a bare measure is (real_aside46 convention 3).
OWNERLESS_RATES = ("贡献率",)
BARE_MEASURES = ("增加值", "总产值", "产值", "总产量", "产量", "营业收入", "营收", "利润总额", "利税总额", "销售额", "营业额")
#: ... and in a list, the company measures that share the first item's owner as well
#: (``规上工业总产值、增加值、利税分别增长…`` → ``规上工业利税``); alone after a sentence's figure
#: (``实现工业产值11.2亿元，利税约8500万元``) they stand as written.
#: A bare income (``实现收入540.6亿元``) after other figures of the sentence: its owner is the sector its
#: figure-less opening clause says grew (``劳务产业继续壮大，转移输出…，实现收入…`` → ``劳务产业收入``).
SENTENCE_OWNED_MEASURES = ("收入", "总收入")
LIST_BARE_MEASURES = (*BARE_MEASURES, "利税", "利润", "税金", "税收", "主营业务收入")
#: An owner that is a class of firms by size (``规模工业``, ``规上工业企业``, ``限上商贸企业``): the company
#: measures after its first one are the same firms' (``规模工业…完成增加值145亿元，增长14.5%，利税55.9亿元``
#: → ``规模工业利税``), while a sector alone (``工业产值…，利税…``) leaves them as written.
FIRM_CLASS_OWNER = re.compile(r"^[\u4e00-\u9fff“”]{0,6}?(?:规模以上|规模|规上|限额以上|限上)[\u4e00-\u9fff“”]{0,6}$")
#: A class of firms by size named as firms (``规模以上工业企业``) opening a measure of any kind (``…全员劳动生产率``):
#: a company measure after it is the same firms' (``利润总额`` → ``规模以上工业企业利润总额``, real_aside40).
FIRM_CLASS_FIRMS = re.compile(r"^[\u4e00-\u9fff“”]{0,6}?(?:规模以上|规模|规上|限额以上|限上)[\u4e00-\u9fff“”]{0,6}?企业")
#: A financial operation of a firm (``永和完成17.36亿元股权定增``): named with the firm alone before 完成/实现 in its
#: clause (``永和股权定增``; real_aside44 convention 6, as a company's own measure keeps the company: real_aside33
#: convention 4). Not a scope (``全县``), a lead or a class of firms (``企业``, ``上市公司``) before the verb.
FIRM_OPERATIONS = ("定增", "定向增发", "股权融资", "直接融资", "增资扩股", "增资", "募资", "募集资金", "并购重组")
FIRM_DOING = re.compile(r"(?P<firm>(?![全本我各该每][省市区县旗镇乡州盟])[\u4e00-\u9fff]{2,10}?)(?:成功|顺利)?(?:完成|实现)")
FIRM_CLASS_WORDS = ("企业", "上市公司", "单位", "项目", "园区", "平台", "主体")
#: The amount of a work named just before (``实施东居延海补水2771万立方米、累计补水量6730万立方米``): a name that is
#: that work's last word with one of these (``补水`` + ``量``) joins the work's name once (``东居延海补水量``), and
#: the thing before the work (``东居延海``) owns the bare measures of a thing after it in the sentence
#: (``面积39.5平方千米，现状库容5160万立方米`` → ``东居延海面积``, ``东居延海现状库容``; real_aside45 convention 2).
WORK_AMOUNT_ENDS = ("量", "总量", "额", "总额")
#: A manner of the work written before it (``乌梁素海生态补水`` → the thing ``乌梁素海``, not ``乌梁素海生态``): no part
#: of the thing that owns the measures after it (fxgen8).
WORK_MANNERS = ("生态", "应急", "集中", "调度", "跨流域", "人工")
THING_MEASURES = ("面积", "水域面积", "水面面积", "湖面面积", "水体面积", "蓄水面积", "库容", "现状库容", "总库容", "蓄水量", "水位", "长度", "容量")
OWNER_MEASURES = (
    "播种面积", "种植面积", "收获面积", "面积", "增加值", "总产值", "产值", "总产量", "产量", "营业收入", "利润总额", "利税总额",
    "利润", "利税", "税金",  # 五大产业增加值、利润、税金分别增长…: the list's owner passes on (real_aside18)
)
#: An area alone after a count of certified products (``新增绿色食品认证43个、生产面积1.4万亩``): the
#: certified thing owns the area (``绿色食品生产面积``).
#: A sown area's measure, taken by the crops listed after it (``种植面积50万亩，其中水稻20万亩、大豆8万亩``).
PART_AREA_MEASURES = ("播种面积", "种植面积", "收获面积")
#: A crop class's output, taken by the crops after 其中 in its unit (``粮食总产量103.7万吨…。其中，稻谷39.5万吨`` →
#: ``稻谷总产量``; real_pass2, fxp12). Only a class of farm produce: other wholes' parts keep their own words.
PART_OPENING_SENTENCE = re.compile(r"其中\s*[，,：:]?\s*(?P<part>[\u4e00-\u9fff]{1,6})")
CROP_CLASS_OUTPUT = re.compile(
    r"(?:粮食|粮食作物|农作物|经济作物|油料|油料作物|蔬菜|水果|园林水果|瓜果|肉类|水产品|禽蛋|茶叶)(?P<measure>总产量|产量)")
#: A sown total written with its verb and no area word (``播种各类农作物86.59万亩``), or a crop after 其中
#: that took that verb (``播种小麦``): the crops after take the verb (real_aside60 convention 1).
SOWN_TOTAL = re.compile(r"(?P<verb>播种|种植)(?:(?:各类|各种|主要)?(?:农作物|粮食作物|经济作物|作物)|(?P<crop>[\u4e00-\u9fff]{1,4}))$")
AREA_HEADS = ("面积", "生产面积", "种植面积", "基地面积", "认证面积")
CERTIFIED = re.compile(r"(?P<thing>[\u4e00-\u9fff“”]{2,})(?:认证|认定|获证|登记)(?:产品)?")
#: A figure-less clause framing a list as the aspects the next clause speaks of (``在工业投资、民间
#: 投资方面，分别增长…``): the names inside the frame are the list.
#: A clause opened by a list of names that says what they became or were (``民间投资、工业投资成为拉动投资
#: 增长的主要力量，分别同比增长…``): the subjects of the 分别 list after it (real_aside25 yuelu-2019).
#: So is a list that passed its milestones or went on well before the 分别 list restating the amounts
#: (``地区生产总值、一般公共预算收入迈上4000亿、300亿两大台阶，分别达到…``, ``A、B双双稳步增长，分别达到…``;
#: real_aside46 convention 6).
LIST_LED_CLAUSE = re.compile(
    r"^(?P<names>[^，,；;。、]{2,12}(?:、[^，,；;。、]{2,12}?)+)(?:成为|作为|是|均为|均是|均成为|共同成为"
    r"|(?:均|双双|同时|分别)?(?:首次|成功|一举|再次)?(?:突破|迈上|跨上|跃上|站上|登上|迈过|跨过|越过|跨越)"
    r"|(?:均|双双|同时)?(?:实现)?(?:稳步|较快|持续|快速|平稳|稳定|逆势)(?:增长|回升|提升)$)")
#: A figure-less clause saying the gap between the growths of two or more things closed or widened (``消费和投资
#: 增速差距进一步缩小``, ``出口与进口增幅差距拉大``), right before a 分别 list: the things are its subjects, named as
#: written (real_aside70 convention 4, fxa70); the gap names nothing.
LIST_GAP_CLAUSE = re.compile(
    r"^(?P<names>[^，,；;。、和与及]{2,14}(?:[、和与及][^，,；;。、和与及]{2,14}?)+)的?(?:增速|增幅|增长速度)(?:的)?(?:差距|差)"
    r"(?:进一步|继续|持续|逐步|明显|有所)?(?:缩小|收窄|扩大|拉大)$")
ASPECT_FRAME = re.compile(r"^(?:在|从)(?P<names>[^在从，,；;。]+?、[^在从，,；;。]+?)(?:方面|(?:方面)?(?:来)?看)$")  # 从A、B(方面)看 too
#: Two names of a list run together where the page lost the 、 (``地区生产总值全社会固定资产投资``):
#: a whole indicator's end right before another's opening; one row per opening.
LOST_SEPARATOR = re.compile(r"(?<=生产总值|预算收入|财政收入|资产投资|零售总额)(?=全社会|社会消费品|规模以上|一般公共预算|固定资产投资)")
#: Headline totals of a whole place that open a clause of their own: written right after a figure's unit
#: (``一般公共预算收入11.8亿元城镇居民人均可支配收入37814元``), the page lost the comma between two figures and the
#: second's name starts after the first (round 17, real_aside72 convention 3).
LOST_COMMA_TOTALS = (
    "地区生产总值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额", "规模以上工业增加值", "规上工业增加值",
    "城镇居民人均", "农村居民人均", "全体居民人均", "居民人均可支配收入", "城镇常住居民人均", "农村常住居民人均",
)
#: What may follow the last figure of a text the page's end cut (blanks, no closing mark).
PAGE_CUT_TAIL = " \t\r\n\u3000"
#: Words of aspects or levels a plan's task is split into (``以下五个方面``, ``三个层面的扶持政策``, ``两个层次``):
#: a count of them is the outline's, no figure (real_aside70 convention 2, fxa70).
ASPECT_WORDS = ("方面", "层面", "层次", "维度")
#: A clause after a ； opening with a share and no owner of its own (``第三产业增加值…，快于工业2个百分点；占全市
#: 生产总值比重为57.9%``): the share is of the indicator the clause before named, as after a comma (real_aside70, fxa70).
SHARE_OPENS_CLAUSE = re.compile(r"[ \t\u3000]*占[^，,。；;、\d]{2,16}?(?:比重|比例|份额)")
#: What may follow the last value of a 分别 list the page's end cut: the blanks, or the list's own 、 or comma
#: before the value the page lost (``…经营收入分别增长20%、|``: real_aside70, fxa70).
LIST_CUT_TAIL = PAGE_CUT_TAIL + "、，,"
#: Markets listed before a class after 对 (``对俄罗斯、印度、阿联酋等新兴国际市场的出口``): each market's trade,
#: the class after 等 and its 的 going (real_aside61 convention 4).
MARKETS_OF_TRADE = re.compile(r"对(?P<items>[^，,。；;等]{2,60}?)(?:等[^，,。；;、]{0,12}?)?的?(?P<flow>出口|进口|进出口)(?:额|总额)?")
#: A verb of state after a thing's name (``增势良好``, ``增长强劲``, ``势头强劲``): how it went, no part of the name.
STATE_OF_GROWTH = r"(?:增势|增长|发展|上升|回升)?(?:势头|态势)?(?:良好|强劲|迅猛|喜人)"
#: Kinds of economy whose name holds 经济 (``非公有制经济``, ``民营经济``): 经济 stays, unlike ``工业经济``'s
#: (real_pass2, fxp12).
ECONOMY_KINDS = ("非公有制", "公有制", "非公", "民营", "私营", "个体私营", "县域", "数字", "海洋", "开放型", "外向型", "实体",
                 "夜间", "平台", "总部", "楼宇", "循环", "低空", "银发", "枢纽", "口岸", "园区", "林下", "飞地")
_KEEPS_ECONOMY = "".join(f"(?<!{k})" for k in ECONOMY_KINDS)
#: A clause that says how a sector went (``服务业较快增长``, ``工业经济稳中有进``): its subject.
CLAUSE_SUBJECT = re.compile(
    r"^(?P<subj>[\u4e00-\u9fff]{2,12}?)(?:(?:" + _KEEPS_ECONOMY + r"经济)?(?:运行)?(?:较快|稳步|平稳|持续|快速|稳定|稳中有|逆势|恢复性|加快|蓬勃)"
    r"(?:增长|发展|回升|向好|运行|进|升|恢复)"
    # 实际利用外资超额完成全年任务，增速居中心城区首位: the clause's subject owns the rate after it
    r"|(?:超额)?完成(?:全年|年度)?(?:预期|计划)?(?:目标)?任务|(?:超额)?完成(?:全年|年度)?(?:预期|计划)目标"
    r"|(?:实现|保持)(?:正增长|较快增长|稳定增长|两位数增长)"
    # 劳务产业继续壮大，…，实现收入540.6亿元: the sector that grew owns the bare income (real_aside27 convention 6)
    r"|(?:继续|不断|持续|日益|逐步|进一步|发展)壮大$"
    r"|(?:保持|总体|运行|基本)+(?:稳定|平稳|向好|稳中向好)$|(?:" + _KEEPS_ECONOMY + r"经济)?(?:运行)?稳中向好$"  # 制造业保持稳定，增加值增长4.9%: the sector's value
    # 其中汽车产业支撑作用突出，产值增长12%: the part that bore the whole owns the bare measure after
    r"|(?:支撑|拉动|带动|贡献)(?:作用)?(?:有力|明显|显著|突出|强劲)(?:发力)?$"
    # 金融业整体回暖，实现增加值…: the sector that recovered owns the bare value after it (real_aside28, fxa28)
    r"|(?:整体|总体|全面|明显|逐步|持续|稳步)?(?:回暖|企稳|复苏)(?:向好|回升)?$"
    # 战略性新兴产业比重提升，完成产值…: the sector whose share rose owns the bare measure after it (real_pass4, fxp45)
    r"|(?:比重|占比|份额)(?:持续|稳步|不断|进一步)?(?:提升|提高|上升|扩大)$"
    # 其中，金融业活力凸显，前三季度增加值实现…: the sector that showed its vigour owns the bare value (fxp67)
    r"|(?:发展)?(?:活力|动能|后劲|韧性)(?:持续|不断|进一步)?(?:凸显|彰显|增强|显现|迸发|充足|十足)$"
    r"|(?:持续|强劲|全面|加速|加快)发力$"  # 工业投资持续发力，再创历史新高，增长12%: the sector that pushed
    # 一般贸易出口增势良好，增长49.8%; 内资企业出口增长强劲，增长41.8%: a verb of state after the name says how
    # it went, the name owns the growth after it (real_aside61, fxa5761)
    rf"|{STATE_OF_GROWTH}$"
    # 第二产业成为拉动经济增长的主要力量，贡献率达57.9%: the sector that drove the growth owns the bare
    # contribution rate after it (real_aside46 convention 3)
    r"|(?:继续|仍然|仍|已)?成为(?:拉动|推动|带动|支撑|驱动)[^，,。；;]{0,12}?的?(?:主要|重要|首要|核心|第一)?(?:力量|动力|引擎|支撑|动能|主力)$"
    # 地区生产总值迈上新台阶，总量突破5万亿元: the milestone's subject owns the total after it (real_aside19 convention 8)
    r"|(?:首次|成功|一举|再次|历史性地?)?(?:突破|迈上|跨上|跃上|站上|登上|迈过|跨过|越过)[^，,。；;\d]{0,8}?(?:大关|关口|台阶)$"
    # 社会消费品零售总额首次突破千亿，总量达到…: a round amount passed, written in words
    r"|(?:首次|成功|一举|再次|历史性地?)?(?:突破|迈上|跨上|跃上|站上|登上|迈过|跨过|越过)[一二两三四五六七八九十]*[百千万亿](?:万|亿)?元?$)"
)

LEAD: tuple[str, ...] = (
    "成功争取", "预计", "预期", "力争", "期成", "确保", "争取", "成功", "实现", "完成", "达到", "新增", "累计",
    "集聚", "聚集", "新集聚", "新聚集", "新建成投用", "新建成", "新建", "新安装", "再创建", "再", "共计", "合计", "共", "其中",
    "入库", "控制", "保持", "持续", "进一步", "推动", "推进", "全力", "积极", "加快", "高质量",
    "组织", "我区", "全区", "区级以上", "各类", "共有", "拥有", "净增", "净增加",
    "实施", "建成", "举办", "开展", "发展", "新建和改造", "新建改造", "新建和改扩建", "新建改扩建",
    "新认定", "认定", "确定", "新种植", "新登记", "新培育", "安排", "开工建设", "新开业", "支持",
    "新建改建", "新建、改扩建", "新建、改建", "新建和改建", "新建及改扩建", "新改建", "新改扩建", "改扩建",
    "新识别", "为企业", "为群众", "已经", "已", "各形式", "各种形式", "共建", "依法依规", "建成投用", "建成投运",
    "分批", "分两批", "分三批", "分四批", "集中开工",  # 分两批集中开工亿元以上项目10个: how they started
    "分级", "分片",  # 分级挂点服务企业120家: how they were served
    "每年可", "每年",  # 每年可减轻农民负担420亿元: how often, not what
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是",
    # 又新增…, 还将新增…, 此外…, 同时…, 并新增…, 总共建成…: adverbs and conjunctions opening a clause
    "又", "还将", "还", "将", "另外", "此外", "同时", "并且", "而且", "且", "但是", "但", "而", "并", "总共", "一共有", "一共", "仅", "只",
    "特别是", "尤其是", "其中尤以",  # 特别是煤炭开采和洗选业占比为…: the part singled out, no part of its name (fx18a)
    "应开尽开", "应收尽收", "应保尽保", "应检尽检", "应种尽种",  # 应开尽开发热门诊38个: all that should be, a manner (fx18a)
    "即",  # 主要目标，即地区生产总值增长10%左右: "namely", opening the list of targets (fx18a)
    "有望", "可望", "将可", "可", "需要", "需",  # 有望新增…, 预计可带动就业, 需改造…: how sure
    "拟安排", "拟新开工", "拟建成",  # 今年拟安排省重点项目1564个: what is proposed (real_aside57 convention 6)
    "计划",  # 计划新改建农村公路200公里: what is planned (计划总投资, 计划目标 are names: LEAD_GUARD)
    "全年计划", "年计划",  # ——年计划税收收入增长9%以上，1—9月完成…: the plan restated, the indicator after it
    "关于",  # ——关于经济发展类目标（13个）: a heading's "as to", no part of what it counts
    # 向上争取项目资金: 争取 is a lead word, 向上 (向上级) only says from whom (real_aside20 convention 1)
    "向上争取", "向上级争取", "向上级部门争取",
    "向上对接争取", "对上争取", "对上对接争取",  # 积极对上争取资金: the same asking, another spelling (fxgennames2)
    "前瞻",  # 前瞻谋划储备…项目: a manner adverb before a run of verbs (real_aside20 convention 4)
    "新引投",  # 新引投超10亿元重要节点项目28个: new (引进投资) projects, a flag (real_aside30 convention 3)
    "主动",  # 主动公示信用信息16615条: the manner of the doing, no part of what was done (fxa52)
    "先后", "相继",  # 先后组织派出26批…医务人员: one after another, when, not what (real_aside42 convention 5; fxleft)
    # 统筹推进总投资2.11万亿元的重点项目, 扎实实施297个项目, 大力引进…: manner adverbs and a run of steering
    # verbs before what is done, no part of it (real_aside58 convention 13; fxa58)
    "统筹推进", "统筹推动", "扎实", "大力", "着力",
    # 稳定粮食种植面积508万亩: a verb of holding a level, as 保持 (real_aside74 convention 2; fxa74)
    "稳定",
    # 最终计算2021年全县生产总值现价总量: a bulletin's revision of last year's figure, how it was got (real_pass10 c. 12; fx18b)
    "最终计算", "最终核实", "最终核算",
)

TRAIL: tuple[str, ...] = (
    "同比增长", "同比下降", "同比提高", "增加到", "增加至", "提高到", "提高至", "提升至", "提升到", "增长到", "增长至",
    "升至", "升到", "进一步",  # 增速进一步升至3.5%: the move of a rate to its level (fxa5455)
    # 进出口总额降幅收窄至-10%: the value the decline came to, the indicator's own (real_aside28 convention 8)
    "降幅收窄至", "降幅收窄到", "降幅收窄为", "降幅已收窄至", "降幅已收窄到", "跌幅收窄至", "跌幅收窄到", "降幅扩大至", "降幅扩大到",
    "收窄", "较", "约束性指标", "上升至", "上升到", "上升为", "回升至", "回升到", "扩容", "增长挑战", "增速挑战", "挑战", "控制", "回落至", "回落到", "已回落至", "已回落到", "回落", "回升", "放缓", "加快", "发放", "增至", "降至", "下降到", "下降至", "降低到", "降低至", "扩容至", "扩大到", "扩大至", "缩小至", "缩小到", "缩小为", "达到", "达", "为", "是", "超过", "不少于",
    "不低于", "不超过", "不高于", "至少", "突破", "共计", "合计",
    "共", "累计", "实现", "完成", "保持", "增长", "下降", "上涨", "下跌", "提高", "降低", "增加", "减少", "上升",
    "提升", "分别", "稳定在", "保持在", "控制在", "在", "的", "等", "，", "、",
    "发展到", "压缩至", "压缩到", "缩短至", "每人每月", "每人每年", "总数", "恢复至", "恢复到",
    "净增加", "净增", "新增", "开行", "开通",
    "已经", "已",  # 企业总数已达18家, 收入已突破…: 已 belongs to the verb after it
    "压减至", "压减到", "压降至", "缩减至", "减少至", "减少到",  # 审批时限压减至30个工作日
    "压减", "调减", "缩减", "压缩",  # 粮食面积压减1.6%, 开办企业时限压缩50%: the thing, brought down by so much
    "下调", "上调",  # 贷款市场报价利率下调35个基点: the rate, moved by so much (fxgen3)
    "投入使用", "建成投用", "投用",  # 人才公寓投入使用1200套
    "中位列", "中排名", "中居", "位列", "位居", "居",  # 考核评价中位列第38位
    "高达", "多达",  # 增加值率高达23.2%
    "迈上", "跨上", "跃上", "站上", "登上",  # 工业总产值迈上500亿元新台阶
    "跨越",  # 总量将跨越4万亿元大关: a milestone passed, as 突破 (aside35 hubei-2019)
    "全国", "全省", "全市", "全区", "全县",  # GDP总量全省排名第18名: the scope of a rank
    "-", "－",  # 同比增长-6%: the sign belongs to the number
    "仅剩", "只剩", "仅有", "只有", "尚有", "仍有", "还有",  # 贫困人口仅剩300户
    "年均", "首次", "再次", "仍然", "依然", "仍", "继续", "也",  # 年均增长6%, 首次突破…: how, not what
    "成功迈上", "一举迈上",  # 工业总产值成功迈上500亿元台阶: how the milestone was passed (成功突破: AT_LEAST_BEFORE)
    "增",  # 地区生产总值增9%: the terse 增长 (新增, 净增 are longer rows and go first)
    # 居民消费价格温和上涨2.6%, 进出口小幅下降3%: the manner of the change, not what changed
    "温和", "小幅", "大幅", "稳步", "平稳", "较快", "快速", "明显", "显著", "强劲", "逐步",
    # (fxgen6) more of the manner: 接连/先后 (in turn), 全面, 逐月, 稳定增长, 日益, 依旧 (not in jieba's d list), a record set (再创新高), 稳中有升
    "接连", "先后", "全面", "逐月", "逐季", "稳定", "再创新高", "再创历史新高", "创历史新高", "稳中有升", "稳中有进", "日益", "依旧",
    "各",  # 推进重大项目前期工作和重大招商项目各100个: the count is each item's (round 17 audit au2)
)

LEAD = tuple(sorted(LEAD, key=len, reverse=True))
#: Lead words only right after a lead verb of doing (``举办各类文化活动`` → ``文化活动``, the corpus sets):
#: heading the subject or after a stock word they stay (``全区各类金融机构达800家`` → ``各类金融机构``,
#: ``实有各类市场主体``, ``共有各类市场主体``: real_aside2 16, real_aside10).
LEAD_AFTER_DOING = {"各类": ("举办", "开展", "组织", "实施", "安排", "推动", "支持", "争取")}

TRAIL = tuple(sorted(TRAIL, key=len, reverse=True))
#: Trail words that are nouns: the whole name alone, they stay (``其中约束性指标12个``).
TRAIL_NOUNS = frozenset({"约束性指标"})
#: The lead words as one pattern, longest first; one not followed by a conjunction (新建和改造).
#: No lead word is one before 性 (``确定性项目投资``, ``预期性指标``): the two make an adjective.
#: Lead words that open a noun before these characters (``建成区绿化覆盖率``): not stripped there.
#: ``已批待批规模``: 已X待X (done and pending) is a noun phrase.
LEAD_GUARD = {
    "建成": "区(?!域)", "新建成": "区(?!域)", "新建": "成区(?!域)|改造(?:提升|升级|提质)", "实施": "方案", "已": ".待", "预期": "性",  # 预期性指标: a kind of indicator
    "分级": "诊疗|保护|管理",  # 分级诊疗: a kind of care
    "即": "[时期将刻食席兴]",  # 即时配送, 即期, 即食: words, not "namely" (fx18a)
    # 新建和改造提升高标准农田: a run of verbs, kept whole (tests/real_aside29; 新建和改造乡镇超市 goes: aside19)
    "新建和改造": "提升|升级|提质", "新建改造": "提升|升级|提质",
    "发展": "效益|质量|水平|指数|速度|潜力|活力|环境|基础|动能|空间",  # 发展效益排名全省第三: a measure of how it grew
    "年计划": "完成率|执行率|完成进度|$", "全年计划": "完成率|执行率|完成进度|$",  # 年计划完成率: a measure
    "并": "[网购联轨行列表存入]|发(?!行|放|布)", "还": "[款贷原迁本]", "将": "[军士]", "只": "[身]", "且": "末",  # 并网风电, 还款
    # 再生资源, 再就业, 共享单车, 共青团员, 共有产权住房, 持续时间, 组织部门, 积极分子, 发展速度: words, not a lead
    "再": "生|就业|制造|教育|利用|循环|融资|担保|贷款", "共": "享|青|同|识|产|有产权", "共有": "产权",
    "计划": "总?投资|目标|任务|指标|项目|内|外|单列|生育|执行|完成率|$",
    # 可比价, 可支配收入, 可再生能源, 可持续, 可吸入颗粒物, 可用财力, 可穿戴设备 (au1), 需求: words, not a modal
    "可": "比|持续|支配|吸入|再生|视|行|控|靠|信|用|能|见|及|燃|降解|回收|塑|口|怜|爱|是|以|望|穿戴", "需": "求|要",
    "持续": "时间|期", "稳定": "在|性|器|剂|币|运行|增长|发展|脱贫|就业|度|[的了]",  # 稳定就业岗位, 稳定运行天数: nouns
    "组织": "部|机构|体系|化", "积极": "分子", "主动": "脉|权|性",  # 主动权: a noun
    # 入库高新技术企业达114家: firms entered in a register, a class named so (real_aside21 convention 6);
    # a register named by its level (入库国家科技型中小企业, as the plan's target names it) and 入库税收
    # (the tax paid in) keep 入库 a lead
    "入库": "(?!国家|省|市|区|县)[\u4e00-\u9fff“”]{0,10}企业",
    # 完成投资率60.5%: a completion rate written 完成 first, named as written (real_aside62 convention 2)
    "完成": "[\u4e00-\u9fff]{1,2}率(?!先)",
}
#: Nor before the 率 of a rate (``完成率``, ``成功率``, ``保持率``; ``率先`` is an adverb).
LEAD_NOT_BEFORE = "[和及与、性]|率(?!先)"
#: ``新`` before a verb the name keeps (``新认证…农产品`` → ``认证…农产品``): a flag word alone.
LEAD_NEW = (
    r"新(?=认证|升规|入规|进规|升限|入限|谋划|策划|储备|包装)"  # 新谋划重点项目 → 谋划重点项目 (fxp12); 新升规工业企业: the flag 新 and the enterprises that rose above the line (fxa58)
    # 增规上工业企业45家 on a copy that lost characters: 新增 lost its 新 before a class of enterprises
    # (real_aside43 convention 2), the flag and no verb of doing
    r"|(?<![\u4e00-\u9fff])增(?=规上|规模以上|限上|限额以上|[“\"]?四上)"
)
#: Who allotted the money to the place (``中央下达我省``, ``省级下达我市``, ``上级下达``): the allotting, not
#: what was allotted, as a task ``上级下达的`` names nothing (real_aside21 guangdong-2011).
LEAD_ALLOTTED = r"(?:中央|国家|省级?|市级?|上级(?:部门)?)(?:财政)?(?:下达|下拨)(?:给)?(?:我省|我市|我区|我县|我州|全省|全市)?(?![的\d])"
#: A beneficiary after ``对`` before a transfer to them (``对种粮农民直接补贴``, ``对小微企业减免税费``) goes, as one
#: after ``为`` does (``LEAD_FOR``; real_aside27 convention 2); ``对企业`` before no transfer opens a measure of its
#: own (``对企业贷款余额``).
LEAD_TO = (
    r"对[\u4e00-\u9fff]{0,6}?(?:企业|市场主体|经营主体|个体工商户|工商户|商户|纳税人|缴费人|群众|居民|农户|农民|职工|脱贫户|建档立卡户|低保户|困难户|脱贫人口|低保对象|困难家庭)"
    r"(?=(?:直接|一次性|综合|专项|累计)?(?:补贴|补助|奖补|奖励|补偿|救助|资助|贴息|减负|减税|让利|退税|降费|减免|发放|兑现|拨付))"
)
#: A verb of sending, choosing or hiring people (``选派14名医护人员``, ``选派党员干部120名驻村``, ``招录公务员``):
#: it goes like a lead word, before the people (or a team) it sent (FIGURES: settled conflicts, round 13);
#: ``派出所``, ``招聘会``, ``选调生`` are nouns (no people after the verb there).
SENT_PEOPLE = r"(?:[\u4e00-\u9fff“”]{0,10}?(?:人员|干部|党员|书记|人才|员|师|生|者|工|医生|专家|医疗队|工作队|服务队))"
LEAD_SENT = rf"(?:(?:向|为|给|从)[\u4e00-\u9fff]{{1,8}}?|各[\u4e00-\u9fff]{{1,4}}?)?新?(?:选派|派出|派驻|外派|下派|委派|选聘|选调|选拔|抽调|招录|招聘|招募)(?!所|会|生(?!产))(?={SENT_PEOPLE})"
#: Whom a relief was for (``为企业减负``, ``为中小企业减负``, ``为市场主体降本``): a beneficiary after 为 goes
#: (heldout5; FIGURES: settled conflicts, round 13), as the lead words ``为企业``, ``为群众`` do.
LEAD_FOR = r"为[\u4e00-\u9fff]{0,6}?(?:企业|市场主体|经营主体|个体工商户|工商户|商户|纳税人|缴费人|群众|居民|农户|农民工|农民|职工)(?=[\u4e00-\u9fff]{2})"
#: ``直接`` before a verb of effect (``直接带动消费``, ``直接拉动投资``, ``直接创造就业岗位``): how the effect came,
#: a manner adverb as ``年均`` and ``首次`` are; the verb stays (real_aside46 convention 7). Before a noun it is
#: the name's own (``直接融资``, ``直接投资``).
LEAD_DIRECT = r"直接(?=带动|拉动|带来|创造|惠及|撬动|吸纳|增加|节约|减少|产生|提供)"
#: A manner adverb before a verb of placing or arranging (``科学设置村庄社区卡口806个`` → ``设置村庄社区卡口``,
#: ``精准布设检测点``): how it was done, no part of what was done, as ``主动`` (fxgen8); before a noun it stays
#: (``科学技术``, ``精准扶贫``, ``合理用药``).
LEAD_MANNER = r"(?:科学|精准|合理|高效|有序|统筹)(?=设置|布设|布局|配置|规划|调度|划定|安排|调配)"
#: Whose level a part of a revenue belongs to (``其中属中央收入2029亿元``, ``属地方收入…``): ``属`` goes, the level
#: stays (``中央收入``; real_pass2, fxp12); ``属地`` and other words opening with 属 stay.
#: ``提出`` before a figure's indicator (``提出城乡居民收入均增长10%左右``): what a report proposed, no part of the name
#: (real_pass2, fxp12); before proposals and motions (``提出建议``) it stays a count's verb.
LEAD_PROPOSED = r"提出(?=[\u4e00-\u9fff]{0,12}?(?:收入|生产总值|总值|GDP|增加值|投资|总额|涨幅|增速|增幅|失业率|消费价格))"
#: ``荣获`` before an award counted (``全县荣获中国质量奖提名奖2个``): the honour's verb, the award names the count
#: (real_pass1, fxp12); ``获得`` stays a verb of its own.
LEAD_HONOURED = r"荣获(?=[\u4e00-\u9fff“”]{1,16}?(?:奖|称号|荣誉|奖项)(?![\u4e00-\u9fff]))"
LEAD_BELONGS = r"属于?(?=(?:中央|地方|省级?|市级?|县级?|区级?|本级)(?:级)?(?:财政)?(?:收入|税收|部分|分成))"
LEAD_RE = re.compile(
    "(?:" + LEAD_NEW + "|" + LEAD_HONOURED + "|" + LEAD_BELONGS + "|" + LEAD_PROPOSED + "|" + LEAD_DIRECT + "|" + LEAD_MANNER + "|" + LEAD_ALLOTTED + "|" + LEAD_SENT + "|" + LEAD_FOR + "|" + LEAD_TO + "|" + "|".join(re.escape(w) + (f"(?!{LEAD_GUARD[w]})" if w in LEAD_GUARD else "") for w in LEAD) + f")(?!{LEAD_NOT_BEFORE})"
)
#: ``达`` alone closes no name after the verb it ends (``下达``, ``送达``, ``抵达``: ``某补助资金下达3亿元`` is the
#: fund's allotment, a step of its flow: ``FUND_FLOW_VERBS``).
#: (Tested after the match, ``trail_end``: a lookbehind inside the alternation would cost every name's search
#: its literal fast path, three times the time.)
TRAIL_NOT_AFTER = {"达": "下送传表抵直通"}
TRAIL_RE = re.compile("(?:" + "|".join(map(re.escape, TRAIL)) + ")$")


def trail_end(text: str) -> re.Match[str] | None:
    """The trail word ending ``text`` (``TRAIL``), unless it is one that the character before makes a verb's
    (``TRAIL_NOT_AFTER``: ``下达``)."""
    m = TRAIL_RE.search(text)
    if m is not None and m.start() > 0 and text[m.start() - 1] in TRAIL_NOT_AFTER.get(m.group(), ""):
        return None
    return m
#: The predicate of the poor lifted out, written after them and before their count
#: (``农村贫困人口脱贫1000万人`` → ``农村贫困人口``, ``贫困村出列20个`` → ``贫困村``), as after it
#: (``PREDICATE_AFTER``): what is counted is the poor, not the lifting.
POOR_PREDICATE_END = re.compile(r"(?<=人口|困户|困村|困县)(?:全部|全面|均|已|已经|实现|稳定)*(?:脱贫|摘帽|出列|退出)$")  # 全部脱贫 too
#: A record a rate set, closing the clause a rank follows (``增速创近五年新高，排名全市第4位``): the rate ranked
#: is the one that set it; the record names nothing (real_aside63 convention 2).
#: A clause saying only that a plan's aim was met (``提前两年完成“十一五”规划目标``, ``超额完成年度任务``): it names
#: nothing; a rank after it ranks the figure before (real_pass2, fxp12).
PLAN_MET_CLAUSE = re.compile(
    r"(?:提前[\u4e00-\u9fff\d]{1,3}?(?:年|个月|天)?)?(?:超额|全面|圆满|顺利)?(?:完成|实现)(?:了)?[“”\u4e00-\u9fff]{0,12}?"
    r"(?:规划|计划|年度|全年|预期)(?:目标|任务)(?:任务)?")
RECORD_END = re.compile(r"(?<=[速度幅率])创[\u4e00-\u9fff]{0,8}?(?:新高|新低|之最|纪录|记录|最好水平|最高水平)(?=[，,]|$)")
#: Modal and source words closing a name before its verb (``收入预计可达``, ``投资有望达到``,
#: ``总额将达到``, ``收入达到了``, ``生产总值据初步核算为``): how sure or whence the figure, not
#: what it measures; one row per word (许可, 认可 are nouns).
MODAL_END = re.compile(
    r"(?:(?<![许认准])可(?:以)?|有望|可望|将会|(?<![大上中少])将|(?<![高低快慢超]于)预期|(?<=..)了"
    r")$"
)
#: Words of state, pace or cause left after an indicator where the name was cut before its verb (fxa58):
#: what the figure's clause says of the thing, never what is measured (``市重点项目累计`` (完成投资…),
#: ``续建项目加快`` (建设), ``营业收入有望破`` (千亿元), ``指标符合或`` (好于预期), ``指标由于基数变化`` (等原因不可比)).
#: One row per class; tested at a name's end only, after two characters of name.
STATE_END = re.compile(
    r"(?<=[\u4e00-\u9fff”’）]{2})(?:"
    r"累计|共计|合计|总计"  # how much in all
    # the pace of the doing, and the doing when the name was cut after it (``市重点项目加快推进``, fxgen10)
    r"|(?:加快|加速|尽快|抓紧|加紧)(?:推进|建设|施工|实施|推动|落地|开工|投产|完工|竣工)?"
    # 255个重大工程积极推进: the manner of going on after a counted noun (real_aside56 convention 8, fx18g)
    r"|(?:积极|有序|顺利|扎实|稳步|全力)(?:推进|推动|实施)"
    r"|(?:有望|可望|或将|将|预计|力争|争取)(?:突破|破|超过|超|达到|达|迈上|跨越|逼近|接近)"  # how sure, then the reaching
    # a predicate cut before its alternative, or after it (``指标符合或超过`` (预期), fxgen10)
    r"|(?:符合|达到|好于|优于|高于|低于|超过|快于|慢于|不低于)(?:或|和|及|、)"
    r"(?:符合|达到|好于|优于|高于|低于|超过|快于|慢于|不低于)?"
    r"|(?:由于|因为)[\u4e00-\u9fff]{1,12}"  # the cause of the state after it
    r"|或"  # 或将 cut before its 将 (``港口货物吞吐量或`` (将突破2亿吨), fxgen10): how sure, no part of a name
    r")$"
)
#: A modal between a sector and its investment (``交通网预期投资``): how sure, not what (fxa58).
MODAL_BEFORE_MEASURE = re.compile(r"(?<=[\u4e00-\u9fff”]{2})(?:预期|预计)(?=(?:完成)?投资$)")
#: A footnote's mark written after a word (``“四上”单位[1]``, ``规上企业［2］``, ``工业增加值①``): the page's
#: note number, never part of a name.
FOOTNOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fff”）)])(?:\[\d{1,2}\]|［\d{1,2}］|[①②③④⑤⑥⑦⑧⑨⑩])")
#: Where a figure comes from (``据初步统计``, ``经初步核算``, ``根据统计部门初步核算结果``, ``总体来看``):
#: a note on the source, never part of a name, wherever it stands.
SOURCE_NOTE = re.compile(
    r"[（(](?:统计)?(?:初步(?:统计|核算|测算)|快报)数?[）)]|"  # 地区生产总值（初步核算数）: in brackets, all of it
    r"(?:据|经|根据)?(?:统计部门)?初步(?:统计|核算|测算)(?:结果)?|(?:据|经)(?:统计|测算|核算)|从统计数据看|总体(?:来)?看"
    r"|(?:据|初步)(?=预计)"  # 初步预计, 据预计: the estimate is the flag
)

#: A class of projects by size, no count (``亿元及以上项目``, ``5000万元以上工业项目``): it names the investment it
#: completed (``其中亿元及以上项目完成投资增长31.1%`` → ``亿元及以上项目投资``, real_aside58), unlike a counted set of
#: projects (``58个重点项目完成投资…`` → ``投资``).
CLASS_OF_PROJECTS = re.compile(r"(?:其中)?(?:\d[\d.]*)?(?:百万|千万|[万亿]{1,2})?元(?:及|或)?以上(?:的)?[\u4e00-\u9fff]{0,6}?项目")
#: An investment completed (``补短板项目完成投资415亿元``): named by the sentence's words alone.
INVESTMENT = re.compile(r"(?:年度)?(?:计划)?总?投资额?")

#: Verbs of doing: a name that holds one starts at its last (``各街道引进企业`` → ``引进企业``).
ACTION_VERBS = (
    "引进", "吸引", "签署", "签订", "对接", "盘活", "出让", "实施", "举办", "推出", "认定", "解决", "发放",
    "惠及", "改造", "创建", "打造", "培育", "安装", "化解", "避免", "提供", "走访", "归集", "设立",
    "建成(?!果)", "改扩建", "扩建", "加装", "养护", "引育", "落地(?!率)", "落户", "申报", "获评", "入选", "开业(?!率)", "组建", "开展",
    # 50个省重点项目开工率达到90%: a rate of the verb is a measure (the projects' 开工率), no doing
    "布局", "招引", "新设", "开工(?!率)", "竣工(?!率)", "完工(?!率)", "通车", "办理(?![率量])",
    "共建(?!(?:重点|重大)?项目)",  # 川渝共建重点项目: jointly built projects, one noun (real_aside19 convention 7)
    "签约(?![率额])", "投产(?!率)",  # 签约或落地重点项目, 10家企业投产: deals and start-ups are done too (签约率 a measure)
    "减免(?![率额])", "兑现(?!率)", "授信(?![额率]|总额|余额)",  # 为1.2万家市场主体减免租金3亿元, 为…企业兑现奖补资金: the firms, then the relief
    "下放", "取消(?!率)",  # 下放行政审批事项56项，取消63项: powers handed down and done away with
    "梳理",  # 梳理出64项重点工作: work items drawn up
    "引入",  # 引入省外内资41.2亿元: what was brought in (tests/real_aside12 convention 5)
    "(?:战略性|兼并|联合)?重组",  # 战略性重组3家区属国企: firms merged, the term whole (tests/real_aside29)
    "评定",  # 评定杰出金融人才4名，突出贡献金融人才12名: people rated (认定 is a lead word and goes)
    "减负(?!率)",  # 为120家企业减负3亿元: the firms, then the relief (a beneficiary after 为 goes: FIGURES, round 13)
    # 促成31项科技成果落地转化: results brought about (real_aside23 convention 4; FIGURES: action verbs other
    # than the lead words stay; the predicate after the noun goes)
    "促成",
    "创成",  # 创成6个省级高新区: titles won by building up (round 17, real_aside72 convention 4)
    "入驻(?![率])",  # 入驻46家企业: firms moved into a park (real_pass10 convention 10; fx18b)
    "扶持(?![资基])",  # 重点扶持100家骨干龙头企业: firms supported (real_aside58 convention 13; 扶持资金 is a fund)
    # 策划开展商贸促消费活动165场, 制定出台175项…政策: a run of verbs opening the name, lead words inside it stay
    # (real_aside77 convention 5; fx18b)
    "策划(?![案书])", "制定出台",
)
#: Verbs of recruiting people (``引进``, ``引育``, ``招引``): in a 、 list they carry to every item counted in people
#: (``引进领军人才团队9个、博士100人`` → ``引进博士``; round 17, real_aside72 convention 5).
RECRUIT_VERB = re.compile(r"(?:柔性)?(?:引进|引育|招引|招聘|招录|引入)")
#: A fund and its verb of support right before a count (``成功争取超长期特别国债支持94个项目建设``): they open the
#: counted noun as an action verb does (``超长期特别国债支持项目``; the lead words before them go, the predicate
#: after the noun too: real_aside25 convention 5).
FUND_SUPPORT_BEFORE = re.compile(
    r"^(?P<words>[^，,。；;：:\d]{0,12}?(?:国债|资金|基金|债券|专项债|预算内投资)(?:支持|扶持|资助|补助))$"
)
#: A fund set up with its size (``建立5亿元引导基金``, ``设立10亿元产业投资基金``): one named thing, named with
#: the verb that founds it (real_aside23 convention 4). Only before a fund's amount: ``建立了14项工作机制``
#: stays ``工作机制`` (tests/real), 建立 being no action verb before a count.
FUND_FOUNDING = re.compile(r"(?P<verb>(?:发起)?(?:建立|设立|组建|成立|新设))(?:了)?$")
FUND_HEAD = re.compile(r"基金$")
#: Who acted or in what batch, closing the words before an action verb (``省级部门首批下放…``,
#: ``市政府分批取消…``): an organ and an adverb of batch say who and how, not what is counted.
AGENT_BEFORE_VERB = re.compile(
    r"(?:(?<=..)(?:部门|政府|机关|管委会))?(?:首批|分批|第[一二三四五六七八九十\d]批|再|又)$|(?<=..)(?:部门|政府|机关|管委会)$"
)
#: A verb of helping and whom it helped (if written) right before an action (``帮助企业解决问题1758个``, ``帮助解决…``):
#: the help is what was done, the name opens with it (heldout jiangzhou: ``帮助就业困难人员…就业``). Not
#: ``为企业``, a beneficiary the corpus sets drop (heldout5: ``为企业减负`` → ``减负``).
HELP_BEFORE = re.compile(r"(?P<verb>帮助|协助|帮扶)[\u4e00-\u9fff]{0,8}?$")
#: Verbs alone as a count's name and as the gap before the next count of a 、 list (``新开工5个、竣工3个重点
#: 项目``): the items share the noun after the last count.
VERBS_ALONE = re.compile(f"新?(?:{'|'.join(ACTION_VERBS)})+")
#: Words joining a run of action verbs into one (``引进及合作``, ``签约或落地``).
VERB_JOINERS = ("及", "和", "与", "、", "或")

#: Amounts a project list holds before any work (its total and its year's planned investment,
#: ``总投资693.36亿元，年度计划投资131.53亿元``): the investment done after them
#: (``全年完成投资109.54亿元``) is ``投资``, not the same thing again (FIGURES: investment).
LIST_AMOUNTS = ("总投资", "计划投资")

#: An action verb that makes a noun with an event word after it (``10场“手拉手”对接活动``, ``政银企对接会``,
#: ``签约仪式``): no verb there, before a count or after it.
VERB_NOUN_AFTER = r"(?!活动|仪式|会(?!同))"  # 12.9万套棚户区改造项目: a project's noun (aside34)
#: Verbs of entering a roll (``列入省级重大项目4个、市级重大项目26个``): no lead word, the next item opening with
#: a level is entered too (``列入市级重大项目``: real_aside41 convention 9).
ENTERED_INTO = re.compile(r"列入|纳入")
ACTION = re.compile("|".join(f"(?:{v}){VERB_NOUN_AFTER}" for v in ACTION_VERBS))
#: Steps of a fund's or a loan's flow, each an amount of the same money (``城中村改造专项借款累计授信87.5亿元，当年
#: 使用45.74亿元``): one alone after another's amount is the same fund's (real_aside48 convention 8).
FUND_FLOW_VERBS = ("授信", "使用", "拨付", "支付", "到位", "提款", "投放", "兑付", "下达", "放款", "支出", "到账", "签约")
#: An action verb closing the words before a count (``新引进4家…``): it opens the counted noun's name.
#: A complement of result or aspect may stand between (``梳理出64项重点工作``, ``引进了5家企业``), and ``新注册``
#: before a count is read as ``新注册企业`` is (``注册企业``).
_ACTION_ALT = "|".join(ACTION_VERBS)
#: ``累计上市204家企业``, ``新三板挂牌12家企业``: a listing verb before the count names the firms with it,
#: as ``上市企业12家`` does (real_aside74; fxa74).
VERB_BEFORE_COUNT = re.compile(
    f"(?P<words>新?(?:(?:{_ACTION_ALT})(?:或|及|和|与|、)?)*(?P<verb>{_ACTION_ALT}|(?<=新)注册|上市|挂牌))(?:出了|出|了)?"
    r"(?:(?:[^，,。；;：:、\d]{2,16}?、){0,4}[^，,。；;：:、\d]{2,16}?等)?$"  # 打造雪人股份等8个数字化示范车间
)  # a run of verbs is one (签约落地8个亿元以上项目 → 签约落地亿元以上项目); examples before 等 leave the noun,
# a 、 list of them too (吸引了甲科技、乙科技等74家企业; fx18e)
#: Digits that are part of a name after a count (``世界500强企业``, ``中国民营企业100强``): a ranking list.
DIGITS_IN_NAME = r"\d*强"

#: A place unit with the alternatives it stands for in brackets (``6个县(市、区)``,
#: ``20个省(自治区、直辖市)``, ``乡(镇)``): one noun, brackets and all.
_PLACE_UNIT = r"(?:自治区|直辖市|自治州|自治县|街道|社区|省|市|县|区|乡|镇|村|旗|州|盟|居)"
#: Levels listed before one noun right after a count (``310个省、市重点项目``): the list is the noun's
#: (aside14, sanming-2020), not a list boundary.
LEVELS_OPENING = re.compile(r"(?:(?:国家|[省市区县])级?、)+(?=(?:国家|[省市区县])级?[\u4e00-\u9fff]{2})")
PLACE_ALTERNATIVES = re.compile(rf"{_PLACE_UNIT}[（(]{_PLACE_UNIT}(?:、{_PLACE_UNIT})*[）)]")
#: Places counted by a word of two levels (``10个市州``, ``8个县市区``) before what befell a measure of theirs
#: (``10个市州不良贷款余额和不良贷款率出现上升``): a count of the places, named by their noun (real_aside59
#: convention 7), not by the measure that changed in them.
PLACES_COUNTED = re.compile(
    r"(?P<units>市州|县市区|县市|市县|县区|区县|地市|乡镇|镇街|街镇)"
    r"(?=[\u4e00-\u9fff]{2,12}?(?:和[\u4e00-\u9fff]{2,10}?)?(?:均|都|同时)?(?:出现|实现|有所|持续)?(?:上升|下降|增长|回落|下滑|上涨|提高|降低)(?:[，,。；;]|$))"
)

#: A duration taken to reach a result (``仅用49天实现收治确诊病例清零``, ``历时8个月完成…``): the
#: result after it names the figure, its lead verb, its scope and a 将/把 before the object dropped
#: (``仅用10天实现全区无新增病例`` → ``无新增病例``, ``用31天时间将住院病例全部清零`` → ``住院病例全部清零``).
DURATION_BEFORE = re.compile(r"(?:仅|只|共|累计)?用时?$|(?:仅|只|共)?(?:历时|耗时)$|在$")
#: ... and the words between a duration and the count of the task done in it (``在10天内完成3轮全覆盖入户排查``):
#: the duration is named as the count is (real_aside52 convention 2, fxa52).
DURATION_THEN_COUNT = re.compile(r"(?:的)?(?:时间)?(?:内)?(?:就|便|即)?(?:完成|实现|开展|组织|进行)")
DURATION_RESULT = re.compile(
    r"^(?:的)?(?:时间)?(?:内)?(?:就|便|即)?(?:将|把)?(?:实现|完成|达到)?(?:全[国省市区县州旗盟镇乡]|我[省市区县州旗盟镇乡])?(?:将|把)?"
)
#: A first of a class of places inside the words after a count (``74例确诊病例温州首个“全治愈”``, ``全省第2个``): no
#: figure and no part of a name (fxcount11); the place before it is one of two characters or a 全-scope (fxa75b).
CLASS_ORDINAL_INSIDE = re.compile(r"(?:全[国省市区县]|[\u4e00-\u9fff]{2})(?:首个|第[\d一二三四五六七八九十]{1,3}个)(?=[“\u4e00-\u9fff])")
#: A duration taken to reach a quoted result of things counted on the way (``用41天实现74例确诊病例温州首个“全治愈”``):
#: the result names the duration, without the count (a figure of its own) and without a class ordinal (fxa75b).
DURATION_COUNTED_RESULT = re.compile(
    DURATION_RESULT.pattern.removeprefix("^") + r"\d+(?:\.\d+)?[例名人个家户项](?P<noun>[^，,。；;：:、“”]{2,16}?)(?P<result>“[^“”，,。；;]{1,10}”)"
)

#: Verbs that also make a compound with the noun before them (``技术改造项目``, ``土地出让收入``,
#: ``城中村改造征收``): the name is cut before them only after a subject that by its form says
#: nothing (``各街道``, ``全区``), never after a short noun.
COMPOUND_VERBS = ("改造", "出让", "转化", "更新")

#: Construction and flag verbs that may follow a short subject (``开发区新建标准化厂房``).
INNER_BUILD = re.compile(r"新建|新增|净增")

#: Prepositions that open a clause before its verb: what follows them is not the subject.
PREPOSITIONS = ("围绕", "聚焦", "依托", "通过", "按照", "针对", "面向", "结合", "立足", "借助", "利用", "紧扣", "瞄准",
                # partners or means a thing is done with (``联动特色街区、商业综合体开展各类促销活动``: real_aside48)
                "联动", "携手", "会同", "协同", "借力", "凭借", "依靠", "联合")

#: Heads of a harvest that name no crop (``总产453.5万吨``): the clause before says what was
#: produced (``夏粮生产再获丰收``) and opens the name.
PRODUCE_HEADS = ("总产", "总产量", "单产", "产量")
#: A harvest's change written alone after it (``粮食总产2210万吨，增产32.8万吨``, ``比上年减产3%``): a
#: figure of the harvest, named after it, as ``较年初增加`` after a balance (real_aside19 convention 3).
PRODUCE_CHANGES = ("增产", "减产")
#: An income's change in money written alone after it (``一般预算收入25.56亿元，比上年增收4.44亿元``): a figure of
#: the income, named after it, as a harvest's ``增产`` (real_aside52 convention 5, fxa52).
INCOME_CHANGES = ("增收", "减收")
INCOME_HEADS = ("收入",)
#: ... and the sown area of the crop before them (``小麦种植面积83.75万亩，实现单产553公斤/亩、总产…`` →
#: ``小麦单产``, ``小麦总产``: real_aside18 convention 8); the longer heads first.
CROP_AREA_HEADS = ("播种面积", "种植面积", "收获面积")
PRODUCE_SUBJECT = re.compile(r"(?P<subj>[\u4e00-\u9fff]{1,6}?)生产")
#: Capacity heads after a number (``基地4800万千瓦装机建设``): the thing before owns the capacity.
CAPACITY_HEADS = ("装机", "装机容量", "产能")
#: A capacity's families (``10万吨``, ``110万千瓦``, ``5亿立方米``): the size of one project when a project
#: follows it (real_aside33 convention 3).
CAPACITY_FAMILIES = ("mass", "power", "energy", "volume")
#: One project named after its capacity (``…草酸项目``, ``…新能源项目``).
SINGLE_PROJECT_END = re.compile(r"(?<=..)(?:项目|工程)$")
#: The words left before such a capacity once the lead verb and time go: the project's owner or phase
#: (``金煤化工``, ``一期``, ``某某集团``), no list, no clause, no scope of the whole place, no verb.
PROJECT_OWNER = re.compile(
    r"(?![全本我各][省市区县旗州盟乡镇])(?!.*(?:年产|新增|建设|推进|实施|开工|投产|建成|完成|达到|实现|形成|新建|扩建|改造|引进|签约))"
    r"(?:[一二三四五六七八九十\d]期|[\u4e00-\u9fff]{2,10})"
)
#: A capacity formed (``形成年节约8万吨标准煤的能力``, ``形成年产30万吨钢材的生产能力``) is the result reported: a
#: figure named by what it measures, the words between the verb and the number with the material after the
#: unit (``年节约标准煤``, ``年产钢材``), never by ``能力`` (real_aside27 convention 3); a material written into
#: the unit (``万吨标准煤``) is the name's, the unit is the mass (``万吨``). A facility named by its yearly
#: output (``建成年产30万吨项目``) is no capacity formed.
CAPACITY_FORMED_BEFORE = re.compile(r"(?:新?形成|具备|具有|新增)(?P<words>[\u4e00-\u9fff]{1,8}?)\s*$")
CAPACITY_FORMED_AFTER = re.compile(r"\s*(?P<material>[\u4e00-\u9fff]{0,6}?)的(?:综合|生产|处理|供应|加工|储备|储存|接待|运输|吞吐)?能力")
#: Units that hold their material (``吨标准煤``): the mass alone where a capacity formed names the material.
MATERIAL_IN_UNIT = {"吨标准煤": "吨", "千克标准煤": "千克", "公斤标准煤": "公斤"}
#: Verbs whose subject owns what they count (``央企新设机构``): a noun subject stays in the name.
OWNED_VERBS = ("新设",)
#: A verb joined to 实现/完成 before a quoted result (``拆除并实现“场清地净”``, ``整治和实现“清零”``): one
#: action and its result, no subject before the verb (fxa28, real_aside28).
VERB_JOINED_BEFORE_DONE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:并且|并|和|及|、)")
#: A manner phrase before an action verb (``市场化机制引进…项目``, ``以PPP模式建设…``, ``通过线上方式招聘…``): how
#: it was done, no subject; the name opens with the verb (fxa28, real_aside28).
MANNER_BEFORE_VERB = re.compile(
    r"(?:以|通过|采取|采用|运用|依靠|按照)[\u4e00-\u9fffA-Za-z]{1,8}?(?:机制|方式|模式|手段|途径|形式)"
    r"|[\u4e00-\u9fff]{1,4}化(?:机制|方式|模式|手段)"
)
#: A quoted result, then a generic head after a 、 (``区属工业经济实现“倍增”、占比提升6个百分点``): the head is the
#: subject's before 实现 (``区属工业经济占比``; fxa28, real_aside28).
QUOTED_RESULT_HEAD = re.compile(r"“[^“”]{1,10}”[、，,](?P<head>占比|比重|增速|增幅|总量|规模)")
#: A quoted slogan closing a counted noun (``179项政务服务事项“同事同标”``): a predicate, no name.
QUOTED_PREDICATE = re.compile(r"(?<=[\u4e00-\u9fff]{4})(?<![级的])“[^“”]{2,8}”$")
#: Words after which a figure's noun stops (``5家企业落户`` → ``企业``).
#: Adverbs of acting together after a counted noun (``58个部门共同作战``, ``3家银行携手授信``): the
#: noun ends before them (``共同富裕``, ``共同体`` are nouns).
JOINT_ACTION = r"共同(?!富裕|体)|携手|联手"
#: A noun whose opening says the state of its things (``在谈项目``, ``在建项目``, ``储备项目``): a list's verb
#: before it (``已签约项目45个，在谈项目20多个``) does not carry to it.
STATE_OPENING = re.compile(r"^(?:在谈|在建|在库|在研|在营|拟建|拟|待|储备|续建|未)")
#: ``为`` opening whom a counted subject acted for (``15家银行为50家企业授信``): a predicate; 行为, 成为,
#: 作为, 评为 … are words (银行为 is not 行为).
FOR_WHOM = r"(?<![作认成称更改转视分定评列划因以])(?<!(?<!银)行)为"
#: (A verb before 项目/工程 names the works: ``12.9万套棚户区改造项目``, aside34.)
AFTER_STOP = re.compile(
    "|".join((*(f"(?:{v}){VERB_NOUN_AFTER}(?!项目|工程)" for v in ACTION_VERBS), JOINT_ACTION, FOR_WHOM, "完成(?!率)", "(?<=率)达", "实现", "达到", "全部", "提供", "进行", "获", "赴", "维修", "开放", "局部", "整体", "全面", "基本(?=完成|实现|达到|达标|建成)", "集中", "总体", "圆满", "顺利", "如期", "提前(?=完成|实现|达到|达成|竣工|建成|投产|交付|开工)", "(?<=..)率先", "投入", "上线", "建设(?!项目|用地)", "并(?![网购联轨表])", "等", "的", "占", "已", "在", "纳入", "列入", "被", "评为", "通过", "成功", "挂牌", "分别",
             "入驻", "上市(?!公司|企业|后备)",  # 12家企业入驻, 推动30家企业上市: what the firms did
             "争取", "开展(?!区)", "举办", "退出(?=贫困(?:行列|序列))",  # 53个村退出贫困行列 (fxp45)  # 为156家企业争取…资金: lead verbs end the counted noun too
             "实行", "推行",  # 88个村实行积分制管理: what the villages do (real_aside18)
             "即将",  # 12家“龙腾企业”即将入园: what the things are about to do (fx18c)
             "陆续(?=[交投开建入竣])",  # 25万平方米标房陆续交付, 8个项目陆续开工: what they went on to do (fxgen15)
             "(?<=..)常态化(?=[到在开参进])",  # 74家企业常态化到我区开展测试: how often they act (fx18e)
             "(?<=项目|企业|单位|学校)(?:参加|参与|参评|参赛)",  # 13个项目参加省“三早”项目: what they took part in (fxp12)
             "(?<=项目|工程)前期(?:工作)?",  # 60万千瓦新能源项目前期工作: the work on the project (aside33 conv. 3)
             "(?<=..)全(?:国|省|市)(?!场)",  # 63项工作经验全国推广: the scope opens its predicate
             "(?<=..)(?:省|市|县|区|国)内(?=推广|复制|推行|应用|落地)",  # 21项改革试验经验省内推广 (real_aside64 c. 7)
             # 96项重点任务按时间和进度要求推进: the manner the things went on by opens their predicate
             "(?<=..)(?:按照?|依照|根据)(?=时间|时序|进度|计划|节点|要求|标准|规定|程序)",
             # 三个国家实验室高标准在轨运行: a manner before the things' predicate opens it (real_aside74; fxa74)
             "(?<=..)(?:高标准|高標准|高质量|高水平|高起点|高规格|高效率?)"
             "(?=在轨|运行|运营|建成|建设|推进|完成|投用|投运|投产|通过|落地|实施|打造|举办|开展|实现|发展)"))
)

#: Event nouns whose verb ``AFTER_STOP`` would cut (``督促90个省级重点新开工项目…开工建设``: the things are
#: 新开工项目, real_aside37 convention 4): a stop inside one of them is no stop.
COUNTED_EVENT_NOUNS = re.compile(
    r"新开工项目|新建项目|新开工重点项目|新开业企业"
    r"|[\u4e00-\u9fff]{0,10}?集中(?:签约|开工|竣工|投产)项目"  # 招商引资网络集中签约项目: projects by their event (fxa58)
)
#: A frame ``加大对…N个X协调督促力度`` (``支持力度``, ``服务保障力度``): the words between the counted
#: noun and 力度 say what is stepped up, no part of the noun (real_aside37 convention 4).
FORCE_FRAME_END = re.compile(r"(?<=项目|企业|工程|园区|单位|主体)[\u4e00-\u9fff]{2,8}?力度$")

#: Lead verbs that end a counted noun (``AFTER_STOP``) opening the words before the next amount of
#: its clause (``170个项目争取并发行地方政府专项债371.56亿元``): the things counted did it; the amount
#: is named by what follows the lead verb (``发行地方政府专项债``, real_aside24 convention 1).
#: People counted by an action done to them (``累计对超过2700万人开展核酸检测``): ``对`` opens whom, the lead verb
#: of the action after them goes and the action names them (real_aside42 convention 8).
DONE_TO_BEFORE = re.compile(r"对(?:超过|逾|近|约)?$")
DONE_TO_PEOPLE = re.compile(r"(?:开展|进行|实施|组织)(?=[\u4e00-\u9fff]{2})")
COUNTED_DOER_LEAD = re.compile(r"(?:成功|积极)?(?:争取|开展(?!区)|举办)")

#: A count's noun run into a rate of it (``336户规上工业企业复工复产率达到99.7%``): the count names
#: the units (``规上工业企业``), the rate is the next figure's; cut after the last unit noun.
#: (A verb of holding may close it: ``2401家白名单企业正常生产率保持95%以上``, real_aside77; fx18b.)
COUNTED_RATE = re.compile(r"^(?P<units>.{2,}?(?:企业|主体|单位|农户|学校|医院|机构|项目))(?P<rate>[\u4e00-\u9fff]{1,6}率)(?:保持|稳定)?在?$")
#: A count's noun run into the subject of the next figure, a company measure that grew
#: (``12家规上工业企业利润增长21.2%``, ``10个传统制造业规上企业利润增长23.2%``): the count names the
#: units before the measure, a sector before its class of firms (``传统制造业``; tests/real_aside11
#: convention 7); the growth is the next figure's.
COUNTED_OWNER = re.compile(
    r"^(?P<units>[\u4e00-\u9fff“”]{2,10}?)(?:(?:规上|规模以上|限上|限额以上|重点|龙头)[\u4e00-\u9fff]{0,4}?(?:企业|单位))?"
    r"(?:利润|利税|税收|营业收入|主营业务收入|营收|产值|增加值)(?:总额)?(?:增长|下降|提高|降低|提升)$"
)
#: A count's noun run into a measure of the firms it counts or of theirs (``10个传统制造业规上企业利润增长23.2%``,
#: ``12个重点行业企业营业收入``): the count names the units, cut after the first (real_aside11 convention 7);
#: the measure is the next figure's.
COUNTED_MEASURE = re.compile(
    r"^(?P<units>.{2,}?(?:产业|行业|制造业|服务业|企业))(?:规模以上|规上)?(?:工业)?(?:企业)?"
    r"(?:利润总额|利润|利税|营业收入|主营业务收入|营收|增加值|总产值|产值|税收)"
)
GROWTH_WORDS = re.compile("增长|下降|提高|降低|提升")
#: ``确保`` opening a clause (``，确保空气质量…持续改善``): what a theme head's aim comes to (fx18e).
ENSURE_OPENS = re.compile(r"[，,；;]确保")
#: A modifier saying what a measure rests on (``以“五大五小”产业为支撑的服务业增加值``, ``以制造业为主导的工业投资``):
#: how the thing is built, no part of its name (real_pass9; fx18e).
BASED_ON_MODIFIER = re.compile(r"以[^，,。；;：:以为的]{1,16}?为(?:支撑|主导|引领|龙头|主体|核心|依托|载体)的(?=[\u4e00-\u9fff]{2})")
#: A sentence opening on a bare size head and its predicate (``规模继续保持中心城区第1``, ``总量将率先突破…``): the
#: size of the indicator the sentence before wrote (fx18e).
HEADLESS_SIZE_OPENS = re.compile(r"(?P<head>规模|总量)(?=将|继续|仍|保持|稳居|位居|居|连续|首次|率先|历史性|突破|跃居|排名|排|列)")

#: Among a group (``在全市12个区县中…``, ``16个地市中…``); 高中, 集中, 城中村, 中小企业 are words.
AMONG = r"(?<=[\u4e00-\u9fff]{2})(?<![高初集空心其适期途热城居正命])中(?![小心国央部医药华学职等型期山欧亚老转试端层间标])"
#: How the plan's indicators stand, after their count (``6项指标距离全年目标存在差距``, ``10项指标没
#:达到预期``, ``3项指标是按年度统计``, ``14项属年度统计指标``, ``剩余14项进展好于预期``): predicates,
#: one row per word (金属, 家属, 淹没, 重大进展 are nouns).
STATUS_AFTER = (
    r"(?<![金家下所直附隶亲专归从配])属(?!性|地|实)", r"(?<![于但就还总凡其只要正若不即或])是", r"距离",
    r"(?<![淹埋湮出隐])没(?!收)", r"(?<![大新重要积性])进展", r"尚无", r"暂无",
    # 2项与预期目标存在差距: a gap to the target after the count (real_aside32, fxa32)
    r"与(?=(?:预期|计划|年度|全年|既定|年初)?目标)",
    # 约束性指标中有10个已提前完成目标: how far the things counted got, no noun (real_aside32 convention 2)
    r"^(?:已经?|均已)?提前(?=完成|实现|达到)", r"^(?:已经?|均已)(?=(?:提前|全面|基本|超额|顺利)?(?:完成|实现|达到|满足))",
    AMONG + r"(?=[\u4e00-\u9fff]{2})",  # 16个地市中人均收入…: among them, the noun is before 中
    r"能够", r"难以", r"无法", r"可以", r"有望", r"可望", r"^能(?=完成|实现|达到)",
    # 6个指标较去年同期增速加快, 3个持平: a comparison with last year or a level kept, no noun (real_aside41 c. 7)
    r"(?:较|比)(?:上年|去年|上一年)?同期", r"^(?:基本)?持平",
    # 预计34个指标能超额完成…: a modal after the counted noun, before a manner adverb too (real_aside24
    # convention 5); 产能, 动能, 节能 … are nouns
    r"(?<=..)(?<![产动功效智节性技体热电核势才职潜储赋])能(?=超额|基本|全面|全部|如期|按期|顺利|完成|实现|达到|$)", r"排名", r"进入",  # 16项能够完成, 15项排名进入…
    # 8个项目正在推进, 3个项目因故延期, 40个项目当年竣工, 15个项目超额完成…, 5项指标好于预期, 4项指标增速高于…;
    # 84个重点项目全年完成投资: a time word after the counted noun (real_aside18)
    r"正在", r"(?<=..)正$", r"(?<=..)(?<![基原诱成病])因(?!素)", r"(?<=..)(?:当年|按期|超额|全年|年内)(?!龄)", r"[好高低快慢]于", r"(?<=..)(?:增速|增幅)",
)
#: Predicates that may follow a counted noun (``22个项目列为省级重点项目``, ``38个项目未入库``,
#: ``14名医生下沉基层``, ``153项工作受到国家表彰``: praise the things counted received) and milestone words after an amount (``突破1000亿元大关``): the noun stops before them; words after a unit that open with one
#: name nothing (``128个列为市重大项目``: the noun is left out).
PREDICATE_AFTER = re.compile(
    # 247个“两重”项目得到国家超长期特别国债资金支持: support the things counted got, as 获得 (aside42 conv. 2)
    # 获批18亿元创单笔无偿资金争取历史之最: a record the amount set names nothing (real_aside20 convention 5)
    r"创(?=[^，,。；;]{0,16}?(?:之最|新高|纪录|记录|最好|最高|最优))|"
    # 14名医护人员支援湖北, 党员干部120名驻村, 20名干部到乡镇任职: where people were sent, a purpose, no
    # part of the name (FIGURES: settled conflicts, round 13); 对口支援, 驻村工作队 are nouns
    r"(?<!对口)支援|"
    # 医疗专家25名赴新疆, 30名科技特派员服务企业 (fxgen3): where they went, whom they serve
    r"(?:赴|前往)(?=[\u4e00-\u9fff]{1,8}(?:[，,。；;、]|$))|(?<=[员部才者师生工家队])服务(?=企业|基层|乡村|农村|群众|一线|社区|园区|项目|西部|边疆)|^服务(?=基层|乡村|农村|群众|一线|社区|西部|边疆)|"
    r"驻村(?!工作队|第一书记|干部|队员|帮扶工作队)|(?:到|赴)[\u4e00-\u9fff]{1,8}?(?:任职|挂职|工作|服务|支教|支医|锻炼)|挂职|支教|支医|"
    # 深化与45家央企合作，: working together with the things counted closes the clause (fx18f)
    r"(?<=[企业司校构])合作(?=[，,。；;]|$)|"
    # 组建25名区领导领衔的专班: the people lead a team, their leading no part of their name (fx18f)
    r"(?<=领导)(?:领衔|挂帅|牵头)|"
    # 3项指标虽未达预期, 34项指标预计…: a concession or a forecast after counted indicators opens what they did (fx18f)
    r"(?<=指标)(?:虽然?|预计(?![值数]))|"
    r"大关|关口|(?:新|大)?台阶|完成(?!率)|实现|达到|列为|列入|纳入|入围|入选|享受|受益于|获得|受到|得到(?=[^，,。；;]{0,24}?(?:支持|资助|补助|扶持))|(?<!尚)未(?!成年|来)|尚未|没有|告别|接续(?![政措举])|出列|初具规模|(?<=[村县户业])退出(?![机渠路])|(?<!稳定)脱贫(?![户人劳攻村县地])|摘帽|下沉|全部|(?<!人)均|"
    + "|".join(STATUS_AFTER)
)
#: A bare counted noun followed by what the things counted did or entered (``16个项目建成投产``,
#: ``34个项目列入省市重大重点项目``, ``5家企业入选中国制造业企业500强``): the count is named by that
#: predicate with the noun where it reads (``建成投产项目``, ``列入省市重大重点项目``,
#: ``入选中国制造业企业500强企业``: real_aside30 convention 2, fxa30). A noun with words of its own
#: (``5个全产业链项目建成投产``) keeps its name; ``列为`` (a class: ``其中15个项目列为省级重点项目``) stays.
#: Signing into a park is such an entry (``等18个项目签订入园`` → ``签订入园项目``, real_aside44).
COUNT_ENTERED = re.compile(
    r"(?P<noun>项目|企业|单位|产品|品牌|村|社区|学校|医院)"
    r"(?P<pred>(?:列入|纳入|入选|入围|获评|获批|建成投产|竣工投产|投产达效|(?:签订|签约)入(?:园|驻|区))[^，,。；;：:（(\s]{0,24}|"
    # 40个项目开工建设, 47个项目竣工: a fate of building closing the clause (real_aside48 convention 5);
    # 开工 alone stays the noun's predicate (``5个项目开工`` → ``项目``, tests/test_figures_r9.py)
    r"(?:开工建设|集中开工|竣工验收|竣工|完工|建成投用|建成运营|竣工投用|投用|建成)(?=[，,。；;：:（(\s]|$))(?=[，,。；;：:（(\s]|$)"
)
#: ... unless what they entered is a list by its name, quoted or a plan's, a roll's (``列入省…重点项目计划``,
#: ``入选全市“百强”``, ``纳入…企业“白名单”``): the count stays by its noun (real_aside5, 8, 27).
ENTERED_LIST = re.compile(r"[“”\"「」]|(?:计划|名单|名录|目录|清单|库|榜单)$")
#: Four characters A-B-A-C (``援鄂援济``, ``落点落图``, ``应保尽保``-like runs): a predicate phrase.
PAIRED_PREDICATE = re.compile(r"([\u4e00-\u9fff])[\u4e00-\u9fff]\1[\u4e00-\u9fff]")
#: The report's own place by pronoun closing a counted noun (``12家省级重点实验室本区占5家``).
OWN_SCOPE_END = re.compile(r"(?<=..)(?:本|我|全)(?:区|市|县|省|旗)$")
#: A locative closing a name (``在全省开发区综合考核中排名第12位``, ``11项主要经济指标中``):
#: it says among what, the name is before it (高中, 初中, 集中 are words).
LOCATIVE_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![高初集空心其适期途热])中$")

#: The last unit of a region's name (``莆田市荔城区`` → ``荔城区``, short ``荔城``). A county of one character and its
#: suffix (``十堰市房县`` → ``房县``, real_aside44) is its own full name, with no short name (``房`` opens words).
OWN_PLACE = re.compile(r"^(?:.*[省市州盟](?=.))?(?P<full>(?P<short>[\u4e00-\u9fff]{2,}?)(?P<suffix>新区|区|县|旗|市))$")
ONE_CHAR_PLACE = re.compile(r"(?:^|(?<=.[省市州盟]))(?P<full>[\u4e00-\u9fff](?:县|区|旗))$")
#: A province's own name (``广东省``, ``广西壮族自治区``): its short name (``广东``) before a total of the whole
#: place is a scope as ``全省`` is (``广东进出口增长24.5%`` → ``进出口``: real_aside25 convention 6's kin).
OWN_PROVINCE = re.compile(r"^(?P<full>(?P<short>[\u4e00-\u9fff]{2,3}?)(?:壮族|回族|维吾尔)?(?:省|自治区))$")
#: Totals of a whole place: a place's short name before one is a scope (``荔城地区生产总值``, ``广东城镇新增就业``).
REGION_WIDE = (
    "地区生产总值", "生产总值", "GDP", "一般公共预算", "公共财政", "财政总收入", "固定资产投资", "社会消费品零售总额",
    "规模以上工业", "规上工业", "进出口", "外贸", "城镇居民", "农村居民", "居民人均", "常住人口", "户籍人口", "经济总量",
    "城镇新增就业", "城镇就业", "城镇登记失业", "城镇调查失业",  # 广东城镇新增就业58.02万人 (real_aside42)
    # 北京流向津冀技术合同成交额: what flows out of the whole place to others, the place a scope (fxa74)
    "流向", "输出到", "输往", "销往",
)
#: The place's own scope between ``相当于`` and a total of the whole place (``环保投入相当于全市生产总值的
#: 比例`` → ``环保投入相当于生产总值的比例``): the scope goes as it does at a name's head.
EQUIVALENT_SCOPE = re.compile(
    r"(?<=相当于)(?:全国|全省|全市|全区|全县|全州|全旗|本省|本市|本区|本县)(?="
    + "|".join(re.escape(w) for w in ("地区生产总值", "生产总值", "GDP", "经济总量")) + ")"
)
#: A measure per head or on average (``城镇居民人均可支配收入``, ``平均工资``): it has no total, so the
#: ``总量`` a rank after it speaks of is its level (``…6.32万元，增长5.1%，总量全市区县第一`` ranks the
#: income itself), while a total's ``总量`` rank keeps its head (``地区生产总值总量``).
PER_HEAD = re.compile(r"人均|平均|每千人|每万人|万人")
#: A share of the wider scope right after a figure, with no head of its own (``新增“四上”企业1994家，
#: 占全市22%``, ``总量居全市首位，占全市的19.4%``): the figure's thing, then the text's words without
#: 的 and no 比重 added (``“四上”企业占全市``; tests/real_aside11 convention 2).
#: A share of the whole place whose head follows its value (``占全市近五分之一的比重``, ``占全省21%的份额``):
#: named as written before it (``占全市的比重``; round 18, fx18a).
SHARE_SCOPES = ("占全国", "占全省", "占全市", "占全区", "占全县", "占全州")
SHARE_HEAD_AFTER = ("的比重", "的比例", "的份额")
#: A growth in per cent against the same period right after a share (``采矿业增加值占比达96.05%，同比下降15.6%``):
#: the amount's, not the share's (a share moves in points; round 18, fx18a).
#: Outputs a class of firms after 其中 takes as its part (``原煤产量…；其中，县属企业完成1094.2万吨`` →
#: ``县属企业原煤产量``; round 18, fx18a).
FIRM_PART_MEASURES = ("产量", "产值", "总产值", "增加值", "营业收入", "主营业务收入", "发电量", "销售收入")  # 发电量, 销售收入: fxgen15
SHARE_OWNED_HEADS = ("占比", "比重")
SAME_PERIOD_CHANGE = re.compile(r"^(?:同比|比上年同期|较上年同期|比上年|较上年)?(?:增长|下降|减少|增加)?$")
SHARE_OF_SCOPE = re.compile(r"占(?P<scope>全(?:国|省|市|区|县|州|旗|盟))的?")
#: A peer overtaken on the way to a rank (``贡献率首次超过A区跃居第一``): how it got there, not
#: what ranks.
#: Peers listed so (``GDP增速超过江苏、广东、浙江，目前位列第一``) are one comparison too (round 18, fx18a).
RANK_PEER_END = re.compile(r"(?<=..)(?:首次|再次|一举|成功)?(?:超过|超越|赶超|反超)[\u4e00-\u9fff]{1,6}(?:[、和及][\u4e00-\u9fff]{1,6}){0,6}$")
#: A contribution to a whole with no owner before it (``对全市工业增加值的贡献率``, ``对经济增长贡献率``,
#: tests/real_aside10 convention 4): the share is named by its head alone; with an owner
#: (``“三新经济”对经济增长贡献率``) the name is the whole phrase.
#: A clause that says what a sector became, its comma lost before the next subject
#: (``第三产业成为拉动经济增长的主动力战略性新兴产业占工业总产值比重达到…``): no part of the next name.
#: The targets' lead run on into the first target, no colon after it (``经济社会发展主要预期目标是地区生产总值增长6%``,
#: ``发展的主要目标为…``): no part of the name (real_pass5, fxp45).
LOST_LEAD_CLAUSE = re.compile(
    r"^[^，,。；;]{2,12}?成为[^，,。；;]{0,16}?(?:主动力|主引擎|主力军|主战场|新引擎|新动能|重要引擎|重要支撑|重要力量|压舱石|顶梁柱|增长极)(?=[\u4e00-\u9fff]{4})"
    r"|^[^，,。；;：:]{0,16}?主要(?:预期|奋斗|发展)?目标(?:任务)?(?:建议|拟|确定|设定|初步确定)?(?:是|为)(?=[\u4e00-\u9fff“]{2})"
)
#: An amount whose leading digits the page lost (``地区生产总值实现.5亿元，增长5.5%``): drafter states no
#: such number (docs/LEDGER.md), and it names nothing; with the verb before it, it goes from a name.
LOST_DIGITS_AMOUNT = re.compile(r"(?:实现|完成|达到|达|为)?(?<![\d.．])[.．]\d+(?:万|亿|千|百)?[\u4e00-\u9fff%]{0,2}$")
#: A contribution to the place's own growth (``对全市增长的贡献率``, real_aside17 convention 9) is named
#: as written: the place is the whole, no indicator before owns it. So is one to a named place's growth of
#: anything (``对全省经济增长的贡献率``, ``对我市工业增长的贡献率``, ``对杭州市经济增长的贡献率``); only the
#: placeless ``对经济增长(的)贡献率`` is ``贡献率`` (FIGURES: settled conflicts, round 13).
_CONTRIBUTED_PLACE = r"(?:全[市省区国县州盟旗]|[我本][市省区县州盟旗]|[\u4e00-\u9fff]{2,6}?(?:自治区|自治州|省|市|区|县|州|盟|旗))"
OWN_CONTRIBUTION = "(?:" + _CONTRIBUTED_PLACE.join((r"对", r"[^，,。；;的对]{0,10}?增长的?(?:贡献率|拉动率|贡献度)$")) + (
    # 对总消费增长的贡献率: a contribution to another aggregate's growth, named as written, as one to a
    # place's growth is; the economy's (对经济增长贡献率) stays 贡献率 (real_aside56 convention 6, fx18g)
    r"|对(?!经济|GDP|国民经济|地区生产总值|生产总值|全?区域)[\u4e00-\u9fff]{0,6}?(?:消费|投资|出口|收入)增长的?(?:贡献率|拉动率|贡献度)$)"
)
CONTRIBUTION = re.compile(r"^(?!" + OWN_CONTRIBUTION + r")对[^，,。；;的]{2,20}?的?(?=(?:贡献率|拉动率|贡献度)$)")
#: The words before a rank that only say among whom it ranks (``在东北四市位居首位``); with 中
#: they name the ranking itself (``在全省开发区综合考核中排名第12位``).
RANK_SCOPE_ONLY = re.compile(r"在[^，,。；;中]{1,8}(?<!考核|考评|评价|评估|测评|评议|排名|排行|榜单|指数|监测)")
#: A rank among a group or in an assessment, the ranked thing named after its 中 (``在全区33个农产品
#: 主产区中进步名次位列第一`` → ``进步名次``, ``在全市12个区县中经济总量排名第2位`` → ``经济总量``):
#: the words before 中 say among what (高中, 集中, 城中村, 中小企业 are words).
RANK_AMONG = re.compile(AMONG + r"(?P<noun>[\u4e00-\u9fff]{2,8})$")
#: Adverbs after an assessment's 中 that say the rank came again, no noun ranked (``…综合评价中再次排名第六位``; fxa75b).
RANK_AGAIN_WORDS = ("再次", "再度", "又一次", "继续", "仍然", "依然", "首次")
#: An assessment a body published, named without the body and its time (``在科技部今年最新公布的国家级高新区综合评价中``
#: → ``国家级高新区综合评价``): who published it is no part of the ranking's name (fxa75b).
PUBLISHED_ASSESSMENT = re.compile(
    r"在[^，,。；;的在]{1,16}?(?:公布|发布|开展|组织|举办|进行)的(?P<name>[^，,。；;的在]{2,20}?"
    r"(?:考核|考评|评价|评估|测评|评议|评比|排名|排行榜?|榜单|指数))中"
)
#: Subjects that say where something was built (``工业园区新建标准厂房``), not what.
PLACE_SUBJECTS = ("园区", "开发区", "高新区", "新区", "片区", "街道", "社区", "镇", "乡", "村")
#: Adverbs of time closing a subject before its verb (``某产业园已签约``; a batch: ``AGENT_BEFORE_VERB``): they
#: make it a clause's subject, no part of the name.
ADVERB_END = re.compile(r"(?:已经|已)$")
#: A comparison in a figure-less clause (``增幅持续高于全国、全省``): the thing is before it.
CLAUSE_COMPARISON = re.compile(r"(?:持续|继续|均|仍|始终)?(?:高于|低于|快于|慢于|好于|领先于?|(?:与|和|同)(?:上年|去年)(?:同期)?(?:基本)?持平)")
#: What a figure-less clause says of its thing (``公共充电桩安装建设``, ``总产值实现翻番``, how it held:
#: ``固定资产投资保持稳定``, ``消费市场运行平稳``): no part of its name.
CLAUSE_END = re.compile(
    r"(?:(?:实现|完成)?(?:翻番|翻一番|翻两番|倍增)|(?:安装|建设|工作|改造|提升|推进)+"
    r"|(?:保持|总体|基本|运行|持续|实现)*(?:稳定|平稳|稳中有[升进增]|稳中向好|向好|回暖|企稳)"
    r"|(?:保持|实现)(?:稳定|平稳|较快|快速|稳步|持续|平稳较快)(?:增长|增速|增势|发展)"
    # 其中采矿业支撑有力，…保持9%以上的增速: how the part bore the whole, no part of its name
    r"|(?:支撑|拉动|带动|贡献)(?:作用)?(?:有力|明显|显著|突出|强劲)(?:发力)?"
    rf"|{STATE_OF_GROWTH}"  # 一般贸易出口增势良好: how it went (real_aside61, fxa5761)
    # 固定资产投资摆脱连续两年下行强势回升，实现8%的快速增长: how it turned, no part of its name (fxa5455)
    # (走出/扭转/止住/结束…下滑态势 too: fxgen8)
    r"|(?:(?:摆脱|走出|扭转|止住|结束|扭转了|走出了)[\u4e00-\u9fff]{0,8}?(?:下行|下滑|下降|低迷|负增长)"
    r"(?:态势|局面|势头|颓势|趋势)?)?(?:强势|强劲|明显|快速|逐步|持续)?(?:回升|反弹|反转)"
    # 三、四季度加快恢复, 上半年由负转正: how it went, no part of a name (fx18d)
    r"|(?:加快|加速|逐步|持续|稳步|明显)恢复|(?:实现)?由负转正"
    # 旅游收入上半年降幅收窄，三、四季度逐步恢复: how the half-year went, as 由负转正 (fxgen15)
    r"|(?:降幅|跌幅)(?:逐步|持续|明显|不断|逐月)?收窄|由降转升)$"
)
#: The verbs that build up the object of a figure-less clause (``加快打造成渝地区电子信息先进制造集群``,
#: ``培育壮大…产业集群``): they go when a short name after it takes the object's whole name (fx18d).
BUILD_LEAD = re.compile(r"^(?:加快|全力|着力|大力|积极|持续|深入|努力)?(?:打造|培育|壮大|做强|做大|做优|做实|发展|建设|推进|建成|提升|引育|构建|形成)+")
#: A figure-less clause that only says a record was set (``再创历史新高``, ``创历史最好水平``): it names
#: nothing; the clause before it does (``投资拉动强劲发力，再创历史新高，增长16.1%`` → ``投资``; fxa28).
RECORD_CLAUSE = re.compile(r"(?:再|又|再次|屡|均|持续)?创(?:出)?(?:历史|历年|同期)?(?:新高|最好水平|最高水平|最好成绩|新纪录|最高纪录)")
#: Milestones listed with one passing verb and one milestone noun counting them (``迈上4000亿、300亿两大台阶``,
#: ``突破千亿、百亿大关``): a figure-less clause of them names its subject, as one milestone's does
#: (real_aside46 convention 6).
_LISTED_ITEM = r"[^，,。；;、\d]{0,4}?(?:\d[\d.]*|[一二两三四五六七八九十]*[十百千])(?:万亿|万|亿)[^\d，,。；;、]{0,2}?"
LISTED_MILESTONES = (
    # 分别/均/双双 before the verb (``分别突破百亿元、十亿元大关``) says the same of the listed milestones (fxgen8)
    rf"(?:分别|均|双双|相继|先后)?(?:首次|成功|一举|再次|历史性地?)?(?:突破|迈上|跨上|跃上|站上|登上|迈过|跨过|越过|跨越)(?:{_LISTED_ITEM}、)+{_LISTED_ITEM}"
    r"(?:[两三四五六七八九]|多)?[个大]?新?(?:台阶|大关|关口)$"
)
LISTED_MILESTONES_RE = re.compile(LISTED_MILESTONES)
#: A figure-less clause that only says a milestone was passed (``突破千亿大关``, ``迈上新台阶``,
#: ``首次突破千亿元`` after its amount): it
#: restates the amount before it and names nothing (tests/real_aside10 convention 2).
MILESTONE_CLAUSE = re.compile(
    LISTED_MILESTONES + "|"
    r"(?:首次|成功|一举|历史性地?)?(?:突破|迈上|跨上|跃上|站上|登上|迈过|跨过|越过|跨越)[^，,。；;]{0,8}?(?:大关|关口|台阶|量级)$"
    r"|(?:首次|成功|一举|历史性地?)?(?:突破|迈上|跨上|跃上|站上|登上|迈过|跨过|越过|跨越)[一二两三四五六七八九十百千万]*[十百千万亿](?:万|亿)?(?:美元|元|吨|人|户|辆|件)?$"
    # 达到10297亿元，突破1万亿元: a round amount in figures as much (real_aside18)
    r"|(?:首次|成功|一举|历史性地?)?(?:突破|迈上|跨上|跃上|站上|登上|迈过|跨过|越过|跨越)[1-9]0*(?:万亿|亿|万)(?:美元|元|吨|人|户|辆|件)?$"
    # 保税物流中心进出口额再创历史新高，跃居全区首位: a record set, the subject's (real_pass5, fxp45)
    r"|(?<=..)(?:均|再次|又|再|屡)?创(?:历史)?新高$"
)
#: A milestone passed, then the amount after a 、 (``GDP突破700亿元大关、达到721.44亿元``): the milestone
#: restates the amount and is no part of its name (the subject before it is).
MILESTONE_LISTED = re.compile(
    r"(?:首次|成功|一举|历史性地?)?(?:突破|迈上|跨上|跃上|站上|登上|迈过|跨过|越过|跨越)[^，,。；;、]{0,8}?(?:大关|关口|台阶|量级)、"
)
#: Groups of people a measure is given for (``其中城镇居民5.1万元``): a group alone after the
#: measure of a wider group takes that measure (``城镇居民人均可支配收入``).
GROUP_WORDS = ("居民", "人口", "职工", "家庭")
#: A part of the population alone (``…，其中城镇40000元``) after a measure of the whole population
#: (a name opening with ``GROUP_OPENINGS``): that part's measure (``城镇居民人均可支配收入``).
POPULATION_PARTS = ("城镇", "农村", "全体")
GROUP_OPENINGS = ("居民", "常住居民")
#: A level of government opening a name (``国家级“专精特新”企业``, ``市级重点项目``).
LEVEL = re.compile(r"(?:国家|省|市|区|县)级(?:及以上|以上)?")  # 其中省级以上17家: a range of levels too (fxa30)
#: A class list of firms at a level closed by 等 and their common head (``市级以上专精特新、瞪羚企业、
#: 单项冠军等冠军企业52家``): the count is of the head at that level (``市级以上冠军企业``; real_aside30, fxa30).
#: Without a level, or with a head other than firms (``…等创新主体``, ``…等指标``), the list stays.
CLASS_LIST_OF_FIRMS = re.compile(
    r"^(?P<level>[\u4e00-\u9fff]{0,4}?(?:国家|[省市县区])级(?:及以上|以上)?)(?:[^、等，,]{2,12}、)+[^、等，,]{2,12}等(?P<head>[\u4e00-\u9fff]{0,6}企业)$"
)
#: A government's own level (``区本级``, ``市本级``, ``本级``): a figure of that level beside the whole
#: place's is named by the level and the indicator (``增长2.4%（区本级1976.7亿元，增长2%）`` →
#: ``区本级地区生产总值``; ``固定资产投资（区本级）`` → ``区本级固定资产投资``; tests/real_aside14
#: convention 7). Not a gloss that goes (``（国家新口径）``).
OWN_LEVEL = re.compile(r"[省市区县州旗盟]?本级")
#: A level in brackets closing a name (``固定资产投资（区本级）``, ``重点项目（省级）``): the name's level,
#: which opens it (``indicator.normalize``).
BRACKETED_LEVEL = re.compile(rf"(?<=..)（(?P<level>{OWN_LEVEL.pattern}|{LEVEL.pattern})）$")
#: A list item opening with a level or a place of government (``省级…``, ``省“…”计划``, ``市…工程``,
#: ``全国…示范镇``, real_aside19 convention 5):
#: a noun phrase, never a verb, so the verb of the item before governs it too.
LIST_LEVEL = re.compile(r"(?:国家|省|市|区|县)级|国家(?!级)|全国(?=..)|[省市区县](?![级委政长直属场民容域内外城情部中])")
#: A list of levels opening the words after a count (``6家省、市级集聚区实现营业收入``): its 、 joins the levels of
#: one noun, no item of a list of figures (round 17, fxa75b).
LEVEL_LIST_OPENING = re.compile(r"(?:国家|[省市县区])级?(?:、(?:国家|[省市县区])级?){0,4}、(?:国家|[省市县区])级(?![、，,。；;])")
#: ``新增`` opening the words before a figure (``地方政府专项债1410亿元，新增国债450亿元``): the new amount
#: of a thing named in full, never a word parallel to the name before (``专项债`` ∥ ``国债``: not
#: ``地方政府专国债``), as ``牛存栏…、出栏…`` is (real_aside19, hunan-2023).
NEW_AMOUNT_LEAD = re.compile(r"^[，,、\s]*新增")
#: The head of a total named by its indicator (``地区生产总值总量``): a growth after it with no name of its own is
#: the indicator's (``总量突破5万亿元，增长4.6%`` → ``地区生产总值``, real_aside19 convention 8).
TOTAL_HEAD = "总量"
#: Heads too generic to stand alone: they take the previous indicator as prefix.
#: Page furniture run into a sentence on a page saved as one line (real_pass4, fxp45): forum markup tags
#: (BBCode: ``[/size][align=left][color=rgb(51, 51, 51)]``), a chart's caption (``图1 2019~2020年…增长速度``, to the
#: blank closing it) and a numbered heading standing between blanks (``三、农业``).
MARKUP_TAG = re.compile(r"\[/?(?:size|font|color|align|b|i|u|p|url|img|table|tr|td|quote|indent|left|center|right)(?:=[^\[\]]{0,40})?\]\s*")
CHART_CAPTION = re.compile(
    r"[图表]\s?\d{1,2}\s*(?:全[市区县州旗省盟]|[我本][市区县州旗])?\s*(?:(?:19|20)\d{2}\s*[~～—–-]\s*)?(?:19|20)\d{2}\s*年?[^。；;，,\d]{2,30}?"
    r"(?:及其?增长速度|增长速度|增长率|发生率|构成|结构|情况|变化|走势)\s*"
)
RUN_IN_HEADING = re.compile(
    r"\s*[一二三四五六七八九十]{1,3}[、.．]\s*[\u4e00-\u9fff]{2,6}?\s*(?=全年|年末|年初|全[市区县州旗省]|本年|今年|(?:19|20)\d{2}年)"
)

#: The sexes a population is split into after ``其中`` (``户籍人口…。其中，男…人，女…人``) and the wholes they are
#: parts of (real_pass4, fxp45).
SEX_PARTS = ("男性", "女性", "男", "女")
SEX_WHOLES = ("人口", "职工", "从业人员", "就业人员")
#: A share told of the thing before by a pronoun (``所占比重``, ``其所占比例``, ``所占份额``): that thing's share
#: (real_pass4, fxp45); ``SHARE_HEADS`` close a share's name.
OWN_SHARE = re.compile(r"其?所占(?P<head>比重|比例|份额)")
SHARE_HEADS = ("比重", "比例", "份额", "占比")
GENERIC_HEADS = ("增速", "增幅", "涨幅", "降幅", "比重", "占比", "使用率", "总量", "增量", "规模", "数量")  # 增量全国第一 (aside42 conv. 4)
#: The generic heads of a rate of change: a share after one is the amount's (``…增速快于GDP增速，占GDP的比重…``, au1).
RATE_HEADS = ("增速", "增幅", "涨幅", "降幅")
#: The number of people closing the last of a list of groups each named by what they did (``失业人员再就业和困难
#: 人员再就业人数``): each group's number (real_aside51); short siblings keep their own rule (``城镇、农村参保人数``).
PEOPLE_LIST_HEADS = ("人数", "人次")
#: A gap whose reference is a target (``高于年度预期目标``, ``超年初计划``): the indicator's, never a rate's head.
GAP_TO_TARGET = re.compile(r"(?:目标|计划)[^，,。；;]{0,4}$")
#: The words after a count to its clause's end (``城市新建商品住宅价格同比下降``).
CLAUSE_TAIL = re.compile(r"[\u4e00-\u9fff]{1,24}(?=[，,。；;：:（(、]|$)")
#: Comparison words leaving a framed count's predicate (``同比下降`` → ``下降``, real_aside51 convention 5).
FRAME_COMPARISON = re.compile(r"同比|环比|比上年|较上年|比上月|较上月")
#: A group right before a count taken within it (``70个大中城市中有58个``): its size is no figure (the size of a
#: group a rank is among is none either); a category of the plan's own (``18项主要指标中有15项``) stays counted.
FRAME_AFTER = re.compile(r"(?P<group>[\u4e00-\u9fff]{1,8}?)中(?:共有|有)[\d一二两三四五六七八九十]")
#: A sector's measures (``有色增加值增速``): a bare sector listed before such an item takes the measure with its
#: generic head (``钢铁、有色增加值增速`` → ``钢铁增加值增速``, real_aside51 convention 7).
SECTOR_MEASURES = ("增加值", "总产值", "产值", "营业收入", "主营业务收入", "利润总额", "利润", "投资", "产量", "销售额")
#: A pull in points on a growth (``第一产业拉动经济增长0.1个百分点``, ``分别拉动GDP增长…个百分点``): the puller's
#: name keeps the pull and the growth pulled (real_pass4, fxp45); a scope word inside goes (``拉动全区经济增长``).
PULL_ON_GROWTH = re.compile(r"(?P<verb>拉动)(?:全[市区县省州旗盟]|全国)?(?P<what>[\u4e00-\u9fffA-Z]{1,8}?)增长")
PULL_ON_GROWTH_END = re.compile(PULL_ON_GROWTH.pattern + "$")
#: The scope inside a pull named alone (``工业拉动全市经济增长``): no part of the name, as on a ``分别`` list (round 30).
PULL_SCOPE = re.compile(r"(?<=拉动)(?:全[市区县省州旗盟]|全国)(?=[\u4e00-\u9fffA-Z]{1,8}?增长$)")
#: The total alone, or the total and the growth together, ranked or said of the indicator before
#: (``增长9%，总量和增速排名中心城区第一``: one rank, ``地区生产总值总量和增速``, tests/real_aside19 convention 10).
#: ``绝对值`` ranked right after an indicator is its total too, named as written (``一般公共预算收入…，绝对值居全市
#:第一`` → ``一般公共预算收入绝对值``, real_aside31 convention 1).
TOTAL_WORDS = ("总量", "绝对值")
TOTAL_HEADS = tuple(
    form for w in TOTAL_WORDS for form in (w, *(w + j + "增速" for j in "和与及"), *("增速" + j + w for j in "和与及"))
)

SPELLINGS = (
    (re.compile(r"PM\s*2\.5", re.I), "PM2.5"),
    (re.compile(r"PM\s*10", re.I), "PM10"),
    (re.compile(r"ＧＤＰ|gdp"), "GDP"),
    (re.compile(r"\("), "（"),
    (re.compile(r"\)"), "）"),
    (re.compile(r"\s+"), ""),
    # 生产总值同比（下同）增长: the text's note on its own wording is no part of a name
    (SAME_BELOW, ""),
    # 细颗粒物（PM2.5）平均浓度: the Chinese name glossed by the code is the code
    (re.compile(r"细颗粒物（PM2\.5）"), "PM2.5"),
    (re.compile(r"可吸入颗粒物（PM10）"), "PM10"),
    # 地区生产总值（GDP）, 研究与试验发展（R&D）经费: a letters-only gloss of a Chinese name goes
    (re.compile(r"(?<=[\u4e00-\u9fff])（[A-Za-z&]{2,6}）"), ""),
    # 地区生产总值（下称“GDP”）, 工业增加值（以下简称“工业”）: the short name the text will use for it
    # later is no part of the name (the text's later words keep the short name as written)
    (re.compile(r"（(?:以下|下文|下面)?(?:简称|下称)[^（），,。；;]{1,16}）"), ""),
    # 本地生产总值（GDP，现价）, 增长（预计，下同）: a bracket holding a comma is a note, no part of a name
    (re.compile(r"（[^（）]*[，,][^（）]*）"), ""),
    # 实际使用外资（商务部口径）: whose count it is, not what is counted
    (re.compile(r"（[^（）]{0,6}口径）"), ""),
    # 地区生产总值（现价）: a price basis in brackets says how it is valued, not what
    (re.compile(r"（(?:按)?(?:现价|可比价|不变价|当年价)(?:格)?(?:计算)?）"), ""),
    # 国考（省考）断面, 国控（省控）点位: a two-character word glossed by its alternative of the same shape
    # (another first character, the same last) is an alias bracket, no part of the name (round 15 fxa50)
    (re.compile(r"(?<=(?P<w>[\u4e00-\u9fff]))(?P<a>[\u4e00-\u9fff])（(?!(?P=w))[\u4e00-\u9fff](?P=a)）"), r"\g<a>"),
    # 经济总量（地区生产总值）: the standard indicator glossing a colloquial total is an alias bracket,
    # the name as written before it (real_aside80 convention 1, fx18d)
    (re.compile(r"总量（即?(?:地区)?生产总值）"), "总量"),
    # 下同）, ）: the end of a bracketed note before the number is no name
    (re.compile(r"^[^（]{0,8}）"), ""),
    # 居民人均可支配收入城镇 (…预计城镇完成…): the part of the population opens the name
    (re.compile(r"^(?P<who>(?:常住)?居民)(?P<rest>[\u4e00-\u9fff]{3,}?)(?P<part>城镇|农村)(?:居民)?$"), r"\g<part>\g<who>\g<rest>"),
    # 地区生产总值（GDP at a name's end, its bracket lost with a table's grid: the gloss goes too
    (re.compile(r"(?<=[\u4e00-\u9fff])（[A-Za-z&]{2,6}$"), ""),
)

#: A bullet opening a list item (``• 新增铁路里程989公里``, ``● …``, ``▪ …``) goes like a list number (round 17 audit au2).
LIST_NUMBER = re.compile(r"^(?:[•●▪■◆◇○·]\s*|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十第]))")  # （一）关于…; 一、二、三产业 is a list

#: Spellings of growth read on the scanned text, each the length of what it replaces so that spans
#: stay aligned: ``比增6.5%`` (比上年增长, the south's usage) is ``增长6.5%``, ``比降3%`` is ``下降3%``.
#: The other words for an estimate are read as 预计 (``预估全年完成投资…``, ``估计增长6%``, ``据预测``).
class Gated:
    """A scan pattern tried only on a text holding one of its literal words: most paragraphs hold none,
    and a pattern with a free-running head (a dateline's headline words) would otherwise be tried at
    every character of every paragraph."""

    __slots__ = ("pattern", "needs")

    def __init__(self, pattern: str, *needs: str) -> None:
        self.pattern = re.compile(pattern)
        self.needs = needs

    def sub(self, repl, text: str) -> str:  # noqa: ANN001 - a string or a function, as re.sub takes
        return self.pattern.sub(repl, text) if any(need in text for need in self.needs) else text


SCAN_SPELLINGS = (
    (re.compile(r"比增(?=\s*\d)"), "增长"), (re.compile(r"比降(?=\s*\d)"), "下降"),
    (re.compile(r"预估|估计(?!值)|(?<=据)预测"), "预计"),
    # ``占全省比重22%o强化…``: a full stop the copy lost after a per cent, read as a Latin ``o``
    # before the next sentence's first character (real_aside24 convention 1); no per mille
    (re.compile(r"(?<=\d[%％])[oO](?=[\u4e00-\u9fff])"), "。"),
    # ``高于全国（5.0%）0.8个百分点``: the wider scope's own rate in brackets is no figure of the place, and
    # the gap after it is the clause's indicator's: read as a blank (tests/real_aside34 convention 1)
    # (``与全国（5.2%）持平``: level with it, the same)
    # ``比全省（7.7%）和全国平均水平（7.0%）分别高0.7和1.4个百分点``: each scope of a list of wider scopes with
    # its rate in brackets, the same (fxp67)
    (re.compile(r"(?P<gap>(?:高于|低于|快于|慢于|高出|低出|比|较|与|同|和|及|、)(?:全国|全省|全市|全区|全县|全州)(?:平均)?(?:水平)?)"
                r"[（(]\d{1,3}(?:\.\d{1,3})?%[）)]"
                r"(?=[高低快慢多少]?\d|持平|分别|(?:和|及|、)(?:全国|全省|全市|全区|全县|全州))"),
     lambda m: m["gap"] + "\u3000" * (m.end() - m.end("gap"))),
    # ``超过年初预期目标（6.5%）0.2个百分点``, ``比全年目标（7%）高2个百分点``: the year's target restated in
    # brackets before the gap to it is no figure, and the gap is the clause's indicator's (fxgen7)
    (re.compile(r"(?P<gap>(?:目标|计划)值?)[（(](?:增长|增速|上涨)?\d{1,3}(?:\.\d{1,3})?%(?:左右|以上|以内)?[）)]"
                r"(?=(?:还|仍)?[高低快慢多少]?\d|持平)"),
     lambda m: m["gap"] + "\u3000" * (m.end() - m.end("gap"))),
    # ``地区生产总值增长8.5%，争取9%``: 争取 right after a figure before a value of its own is 力争's higher
    # alternative (real_aside58 convention 3), read as 力争 (the same length)
    (Gated(r"(?:(?<=[%％元吨亩人个户项家座])|(?<=左右|以上|以内))(?P<c>[，,]?)争取(?=(?:达到|实现|增长|突破)?[\d一二两三四五六七八九十])",
           "争取"),
     lambda m: m["c"] + "力争"),
    # ``长沙新闻网1月30日讯（长沙晚报记者某某）地区生产总值增长8%``, ``新华社北京3月5日电 （记者某某）``: a press
    # dateline and its byline open the story, no part of the first figure's name: a sentence ends there (fxa58)
    # ``本报讯（记者…）``, ``某某网消息（记者…）``: a dateline with no date, its byline written (fxgen10)
    (Gated(r"[\u4e00-\u9fff—－\-]{0,24}?(?:" + DATELINE_CORE + r")\s*"
           r"(?:[（(][^（）()\n]{0,30}?(?:记者|通讯员|实习生|见习记者)[^（）()\n]{0,30}[）)])?",
           "日电", "讯", "消息"),
     lambda m: "\u3000" * (len(m.group()) - 1) + "。"),  # the headlines before it are no name either
    # ``增长6.3%，低1.7个百分点（8%左右）``, ``高2个百分点（与年度预期目标6%以上相比，下同）``: the target the gap is
    # measured from, restated in brackets after the gap, is a note, no figure (fxa58)
    (re.compile(r"(?P<gap>\d个百分点)[（(](?:(?:与|比|较)[\u4e00-\u9fff]{0,8}?(?:目标|计划)值?)?(?:增长|增速)?"
                r"\d{1,3}(?:\.\d{1,3})?%(?:左右|以上|以内|以下)?(?:相比|比较)?(?:[，,]\s?下同)?[）)]"),
     lambda m: m["gap"] + "\u3000" * (m.end() - m.end("gap"))),
)

#: A sentence that opens with 预计 (after time words): its figures are estimates.
ESTIMATE_OPENS = re.compile(r"^[^，,。；;\d]{0,12}?预计")

#: ``6%—7%``, ``5.5%-6%``, ``6—7%``: a range target reads as one figure.
RANGE_DASH = re.compile(r"[—–\-－~～至]{1,2}")

#: Words before two per cents the page wrote with no separator that make them values of a list
#: (``同比分别下降1.6%4.9%``), not the bounds of one range (``增长7%7.5%``, a lost dash).
LIST_VALUES_BEFORE = re.compile(r"分别|依次|分居|分列|和|、")

RANGE_HEAD = re.compile(r"(?<![\d.])(?P<a>\d{1,16}(?:\.\d{1,8})?)%?[—–\-－~～至]{1,2}$")

#: ``10亿元以上项目``: a threshold that names a class of things, not a figure.
#: ``三个片区教研联动项目``: a numeral inside the name of a programme, not a count.
NAMED_GROUP = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:项目|行动|工程|计划|机制|联动)(?![\u4e00-\u9fff]{0,2}[\d一二三四五六七八九十])")

NOUN_END = frozenset("中学校区镇街村园级业")

CLASS_AFTER = re.compile(r"(?:的)?(?:项目|企业|工业|产业|固定资产投资|重点|重大|商贸|楼宇|园区|规模|批发|零售|外资|内资|税收)|的(?:行政村|村|社区|乡镇|镇|街道|家庭|农户|户)")

#: A count's own measure word with ``以上`` before the counted noun (``新增100个以上项目``, ``引进20家以上企业``):
#: a bound on the count, no class threshold; a relative clause after (``…项目的园区``) keeps the class.
COUNT_OWN_UNITS = ("个", "家", "项")
COUNTED_OWN_AFTER = re.compile(r"(?:重点|重大)?(?:项目|企业)(?![\u4e00-\u9fff]{0,8}?的)")
#: A counted noun after a class threshold, its count right after it (``超10亿元重要节点项目28个``).
CLASS_NOUN_COUNTED = re.compile(
    r"[\u4e00-\u9fff]{0,10}?(?:项目|企业|园区|平台|载体)[\d一二两三四五六七八九十]+(?:多|余)?(?:个|家|项|座|所)"
)

CLAUSE = "，,：:—；;"

#: The word right after a number (the match's suffix) and the qualifier it gives; ``上下`` only
#: where it closes the phrase (``5%上下``, not ``5家上下游企业``).
QUALIFIER_SUFFIX = {
    "左右": "about", "上下": "about", "以上": "at_least", "及以上": "at_least", "或以上": "at_least", "多": "at_least",
    "以下": "at_most", "及以下": "at_most", "以内": "at_most", "之内": "at_most",
    "左": "about",  # 增长12%左| cut by the page's end: 左 opens only 左右 in the genre
}
_SUFFIX_AFTER = {
    "多": r"(?![\u4e00-\u9fff])", "上下": r"(?![\u4e00-\u9fff])|上下(?=的)", "左": r"(?=\s*$)",
}
SUFFIX_PATTERN = "|".join(
    re.escape(w) + _SUFFIX_AFTER.get(w, "") for w in sorted(QUALIFIER_SUFFIX, key=len, reverse=True)
)

#: A character the page lost between a number and its per cent (``计划的?10?%``), blanked by the
#: extractor's scan (``extract._LOST``): the number still takes its unit.
LOST_BEFORE_PERCENT = "(?:\u3000{1,3}(?=%))?"

#: A number token is capped (16 digits, 12 numeral characters) and never starts inside a run
#: of digits, so a scan over a long run of digits stays linear (a number that long measures nothing).
NUMBER = re.compile(
    rf"(?=[-−\d{CN_CHARS}])"  # what every number starts with: a fast test at each position (speed only)
    rf"(?P<number>(?:(?<![\d.A-Za-z])[-−])?(?<!\d)\d{{1,16}}(?:,\d{{3}}(?!\d))*(?:\.\d{{1,8}})?|[{CN_CHARS}]{{1,12}}?(?:点[{CN_DIGITS}]{{1,8}})?)"
    rf"(?P<more>余|多)?(?P<scale>{SCALE_PATTERN})?(?P<more2>余|多)?{LOST_BEFORE_PERCENT}(?P<unit>{UNIT_PATTERN})"
    rf"(?P<suffix>{SUFFIX_PATTERN})?"
)

#: A unit written before its number (``units.PREFIXES``): ``增长百分之五点八``, ``百分之5.8``,
#: ``占全国份额上升至万分之73.26``.
CN_PERCENT = re.compile(
    rf"(?P<unit>{PREFIX_PATTERN})(?P<number>(?<![\d.])\d{{1,16}}(?:\.\d{{1,8}})?(?![\d.])|[{CN_CHARS}]+(?:点[{CN_DIGITS}]+)?)"
    rf"(?P<suffix>{SUFFIX_PATTERN})?"
)

#: Heads of nouns of people a text counts with a scale word and no measure word
#: (``1.4万医务人员``, ``2万名志愿者`` has 名): the noun is what is counted.
PEOPLE_HEADS = ("人员", "职工", "干部", "党员", "群众", "志愿者", "工人", "农民工", "学生", "教师", "医护", "农户", "农民", "村民",
                "居民", "贫困人口", "低收入人口", "劳动力",
                # households of herders and farmers (``140万农牧户``, real_aside36 convention 4)
                "农牧户", "牧户", "农牧民", "牧民", "渔民")
_PEOPLE_AFTER = rf"(?![余多]?[名户人位个元吨亩])[\u4e00-\u9fff]{{0,4}}(?:{'|'.join(PEOPLE_HEADS)})"
PEOPLE_NOUN = re.compile(_PEOPLE_AFTER)
#: People counted with a scale word, then the problem solved for them (``解决了1.12万贫困人口安全饮水问题``): the
#: verb and the problem name the count, as ``解决3000户群众饮水问题`` is named (real_pass10 convention 9; fx18e).
SOLVED_BEFORE_PEOPLE = re.compile(r"解决了?$")
PROBLEM_AFTER_PEOPLE = re.compile(r"[\u4e00-\u9fff]{2,10}?问题(?![\u4e00-\u9fff])")
#: People counted with the measure word 位 (``201位代表``, ``35位院士专家``): a count, not a rank (no 第,
#: no 居/列/排: real_aside23 convention 3); before anything else 位 is a rank's or a digit's (``两位数``).
PERSON_AFTER_WEI = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:代表|委员|专家|院士|人才|企业家|老人|嘉宾|学者|教授|博士|患者|同志|党员|志愿者|干部|教师|医生|"
    r"村民|居民|群众|职工|学生|选手|创业者|投资人|客商|侨胞|乡贤|能人|工匠|劳模|模范|"
    # 走访120位企业负责人, 聘请15位法律顾问 (fxgen3): people by their office or trade
    r"负责人|顾问|律师|人员|员工|工作者|科学家|艺术家|运动员|老师|医师|工程师|书记|村干部|企业主)+"
)
#: A predicate closed by 的 right after the people counted (``代表联合提出的``): a relative clause of the noun after it.
RELATIVE_AFTER_PEOPLE = re.compile(r"[\u4e00-\u9fff]{1,8}?的")
#: A number with a scale word and no unit, closed by a mark or 的 (``人口超过850万的城市``,
#: ``常住人口达到120万，``) or before a noun of people (``1.4万医务人员``): the scale is its unit.
#: One at the text's end is cut (``增加 6 万``). An amount with 万亿 and no 元 (``地区生产总值3.12万亿，``, a
#: headline's ``GDP4.92万亿``) keeps 万亿 as its unit too (real_aside42 convention 3).
#: ``2万余志愿者``: 余/多 (more than) between the scale and the people counted is no part of the noun; with a
#: measure word after it (``1万多名医务人员``, ``1.49万余名党员``) the measure word stays the unit (``万名``), as
#: in ``1.4万名`` (real_aside14, 21, 49: ``4万余人``, ``2.33万余人次``, ``1.49万余名``).
SCALE_ALONE = re.compile(
    rf"(?<![\d.])(?P<number>\d{{1,8}}(?:\.\d{{1,4}})?)(?P<scale>万亿|万|亿)"
    rf"(?:(?P<suffix>{SUFFIX_PATTERN})|(?P<more>[余多])(?={_PEOPLE_AFTER}))?"
    rf"(?=[，,。；;、）)]|的|$|{_PEOPLE_AFTER})"
)

#: A milestone passed, written with its scale word and no unit (``地区生产总值成功突破千亿大关``,
#: ``突破500亿大关``; tests/real_aside29 convention 6): a figure with the unit as written, value ``千``, unit
#: ``亿``, at least (the passing word's qualifier). Only before the milestone's noun (大关, 关口): a number
#: with a scale and no unit elsewhere is ``SCALE_ALONE``'s; a step onto it (``首次迈上千亿台阶``) too.
MILESTONE_SCALE_ALONE = re.compile(
    r"(?<=[破过上超越])(?P<number>\d{1,8}(?:\.\d{1,4})?|[一二两三四五六七八九]?[十百千])(?P<scale>万亿|万|亿)(?=大关|关口|(?:新|大)?台阶)"
)

#: ``城乡居民收入比缩小至1.61``, ``收入倍差缩小至1.66``: a ratio is a bare number after a word
#: that names one (a row per word); an index level too, and a plan may hold it to a line with
#: its qualifier (``居民消费价格指数控制在102左右``: value ``102``, unit ``""``, about).
RATIO_WORDS = ("比", "倍差", "比值", "系数", "指数")
RATIO_NUMBER = r"\d+(?:\.\d+)?(?:[:：]1)?(?![\d.:：%‰/])"
_AFTER_RATIO = "(?:" + "|".join(f"(?<={re.escape(w)})" for w in RATIO_WORDS) + ")"

RATIO = re.compile(
    rf"{_AFTER_RATIO}(?:为|是|达到?|(?:控制|保持)在|(?:缩小|扩大|降|下降|降低|调整|提高|上升)(?:到|至|为))?(?P<number>{RATIO_NUMBER})"
    rf"(?P<suffix>{SUFFIX_PATTERN})?(?![\u4e00-\u9fffA-Za-z\-—–~～])"
    rf"|{_AFTER_RATIO}(?:由|从)(?P<a>{RATIO_NUMBER})(?:缩小|扩大|下降|降低|调整|提高)(?:到|至|为)(?P<b>{RATIO_NUMBER})"
)

#: A fraction of a whole (``占全市比重超1/3``): value as written, unit "" (real_aside3 convention 3).
#: Read only as a proper fraction after a share word of its clause (``FRACTION_SHARE``), so dates
#: and codes with a slash (``2021/3/5``, ``1/2号楼``) are not fractions.
FRACTION = re.compile(r"(?<![\d./A-Za-z])(?P<a>\d{1,3})/(?P<b>\d{1,3})(?![\d./A-Za-z%号])")
FRACTION_SHARE = re.compile(r"占|比重|份额|比例")
#: The same in words (``超过三分之一``), value as written; not 百分之/千分之/万分之 (``units.PREFIXES``).
CN_FRACTION = re.compile(r"(?<![\u4e00-\u9fff]分)(?P<b>[二三四五六七八九十]{1,2})分之(?P<a>[一二三四五六七八九十]{1,2})")

#: Words after ``第N`` that make it a class, a batch or a period, not a rank (``第一批``,
#: ``第一方阵``, ``第一类县市区``, ``第一产业``, ``第一季度``): one row per word.
NOT_RANK_AFTER = (
    "批", "期", "届", "次", "轮", "季", "个", "家", "条", "项", "类", "档", "层", "级", "产", "阶段", "梯次",
    "方阵", "梯队", "阵营", "序列", "强", "方面", "部分", "方",  # 第三方
)
_NOT_RANK = "(?!" + "|".join(map(re.escape, NOT_RANK_AFTER)) + ")"
#: (``排(?!行)`` below: ``排行榜`` is a ranking's name, its 排 no verb of a rank: ``蝉联…排行榜榜首``, a firm's
#: place on a trade's list, gives no figure; ``位居…排行榜榜首`` keeps its verb: real_aside30, fxa30)

#: The size of the group a rank is among (``全省17个市州``, ``在全区33个主产区中``): a scope, no count.
#: Places counted with no classifier (``在全市九县（区）中列第二位``) are such a group too (real_pass1, fxp12).
GROUP_COUNT = r"(?:\d{1,4}|[一二两三四五六七八九十百]{1,4})(?:个|家|所|(?=[县区市州旗](?:[（(][县区市州旗][)）])?中))"
_GROUP_IN_SCOPE = rf"(?:{GROUP_COUNT}[^，,。；;、\d第]{{1,10}}?)?"

#: A national list of places named by its class (``全国百强新城区``, ``全国营商环境百佳试点县市``,
#: ``全国综合实力百强区``): the class (``百强``, ``百佳``, digits or 十/百/千), a few words of kind, then the places
#: it ranks; a rank in it of a place that names nothing before its verb is named by the list (real_aside52
#: convention 1, fxa52).
PLACE_LIST_TAIL = r"(?:新城区|城区|县市|县区|区县|城市|强县|强区|县|区|市|镇|乡)"
_PLACE_LIST = rf"[^，,。；;、\d第]{{0,12}}?(?:\d{{2,4}}|[十百千])[强佳][^，,。；;、\d第]{{0,6}}?{PLACE_LIST_TAIL}"
#: The list's year may open it (``位居2024年全国投资潜力百强区第59位``): the edition, no part of the name (real_aside62
#: convention 6).
LIST_YEAR = r"(?:(?:19|20)\d{2}年度?)?"
PLACE_LIST = re.compile(rf"{LIST_YEAR}(?:全国|中国)?(?P<name>{_PLACE_LIST})")
#: The report's own place as a rank's subject, or none written (``我区跻身…``, ``…，跻身…``).
#: A streak or a repeat between them (``…，连续七年位居全国工业百强区榜首``) leaves the place the subject (fx18a).
SELF_PLACE = re.compile(r"(?:[我本全][省市区县旗州])?(?:连续[\d一二三四五六七八九十两]{1,3}(?:年|次|届)|再次|继续|持续)?")
#: A ranking named by its size (``中国制造业企业500强``, ``世界500强``, ``全国百强县``'s digits written ``100强``) before
#: the place in it (``第122位``).
NAMED_RANKING = (
    r"[^，,。；;、\d第]{0,16}?(?:\d{2,4}|[十百千])强(?:榜单?|排行榜|名单|企业|城市|县市?|区县?)?"
    # 全国百强新城区, 全国营商环境百佳试点县市: a list of places named by its class (百强, 百佳) and the
    # places it ranks (real_aside52 convention 1, fxa52)
    rf"|{LIST_YEAR}{_PLACE_LIST}"
)
RANK = re.compile(
    r"(?P<verb>稳居|位居|位列|并列|排名|排位|排序|排在|名列|跻身|居于|位于|跃居|跃升|保持|进入|(?:入选|入围)(?=[^，,。；;第]{0,30}第[\d一二三四五六七八九十])|荣获|获得|获评|居|列|排(?!行))"
    # 入选2023年全国投资潜力百强县第19位: entering a list at a written place is a rank in it, as 进入/跻身; without
    # 第 (``8家企业入选…500强``) the entering names the firms counted (fxgen11)
    # 列中国制造业企业500强第122位: a ranking named by its size (``500强``, ``世界500强``) is the scope, its digits a
    # name (real_aside46 convention 5)
    rf"(?P<scope>{NAMED_RANKING}|[^，,。；;、\d]{{0,12}}?{_GROUP_IN_SCOPE})"
    r"(?P<text>第(?P<n>\d+|[一二三四五六七八九十]+)(?P<unit>位|名)?|(?P<first>首)(?P<unit2>位)?"
    r"|前(?P<top>\d+|[一二三四五六七八九十]+)(?P<unit3>位|名)?"
    # 保持全国五强: among the first five of a ranking (real_aside3 convention 4), closing its clause
    # (not 十强县, 百强企业: a class of things; 百强 has no digit, like 百年)
    r"|(?P<strong>\d{1,3}|[一二三四五六七八九十]{1,3})强(?=[，,。；;、）)]|$))"
    + _NOT_RANK
)

#: A group of places a rank is among, standing alone before the verb of a second rank (``全市排名第二，中心城区排名
#: 第一``): the scope of that rank, which ranks the same thing as the first (real_aside52 convention 6, fxa52).
RANK_PEER_SCOPE = re.compile(r"(?:全[国省市区县]|[全本]?(?:中心|主|新)城区|同类(?:城市|城区|县市?|区县?)|[市省]内|主城)")
#: Words that say only how a ranking was drawn, no thing ranked (``综合排名跻身全省十强``, ``总体排名位居…``):
#: the rank is named by the ranking, ``排名`` kept (real_aside52 convention 1's 综合排名, fxa52).
RANK_MODIFIER_ONLY = ("综合", "总体", "整体")
#: A rank whose 第 and 位 the copy lost (``增长8.9%，居全市3。`` for 居全市第3位; real_aside43 convention 3): the
#: rank verb, a scope of the whole place and a number of one or two digits closing the clause; value as
#: written, no unit.
RANK_LOST = re.compile(r"(?P<verb>位居|居|排名|排在)(?P<scope>全[国省市区县州])(?P<text>(?P<n>[1-9]\d?))(?=[，,。；;]|$)")

#: A rank won as a title (``以全省前三名的成绩被省政府授予“高质量发展先进县”``, ``以全市第一名的成绩获评
#: “营商环境示范区”``): a rank (``前三名`` at most, tests/real convention 8), named by the title it won
#: (real_aside30 convention 1, fxa30); the title is the rank's noun, the years won before it no figure.
RANK_TITLE = re.compile(
    r"以(?P<scope>全[国省市区州县][^，,。；;、\d第前]{0,8}?)"
    r"(?P<text>前(?P<top>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<unit3>位|名)|第(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<unit>位|名))"
    r"的(?:成绩|位次|名次)[^，,。；;“\"]{0,12}?(?:授予|评为|获评|荣获|获得|命名为|认定为)为?"
    r"[“\"「]?(?P<title>[^”\"」，,。；;“]{2,20})[”\"」]?"
)
#: An adverb closing a rank's own words that says it holds alike for the figures before
#: (``…分别增长5%、6%，均居全省第一``, ``总量均居…首位``): no part of a name.
RANK_ALIKE_END = re.compile(r"^均$")
#: An adverb of manner closing a rank's own words (``总量和贡献量持续保持全市第一``, ``始终位居…``): how the rank
#: is held, no part of the name and no streak figure (real_aside23 convention 6).
RANK_MANNER_END = re.compile(r"(?<=..)(?:持续|始终|稳定|一直|长期|继续|仍然|依然|仍|稳步|稳稳)$")

#: A batch and a lead verb alone before a count (``首批认定14家``, ``第二批认定``): the things counted before,
#: a batch of them; the batch is no rank (``NOT_RANK_AFTER``'s 批) and the lead verb goes.
BATCH_LEAD = re.compile(r"(?:首批|第[一二三四五六七八九十\d]{1,3}批|新一批|本批|当批)(?:新认定|认定|确定|评定|获批|通过认定|通过评审)?")

#: People moved to an action, counted between the verb that moved them and the action
#: (``动员2.33万余人次参与抗洪抢险`` → ``动员参与抗洪抢险``, real_aside21 convention 7).
MOBILIZED_BEFORE = re.compile(r"(?P<verb>动员|发动|组织|号召)$")
MOBILIZED_TO = ("参与", "参加", "投身")

#: The gap from a count to its part's name (``…82个，其中，国家火炬计划项目4个``).
PART_OPENING = re.compile(r"[，,]\s*其中\s*[，,：:]?")

#: Verbs that say a place as well as a rank (``保持``, ``进入``, ``获得`` …): their scope before the rank
#: is short (at most ``RANK_SHORT_SCOPE`` characters); the verbs of ranking alone (``稳居国内副省级以上城市
#: 首位``, tests/real_aside22 convention 4) take a longer one.
RANK_LOOSE_VERBS = ("保持", "进入", "荣获", "获得", "获评", "跻身", "位于", "列", "排")
RANK_SHORT_SCOPE = 8

#: Every rank is written with one of these (a fast path for sentences without one).
RANK_WORDS = ("第", "首", "前", "强", "位", "居全", "排名全", "排在全")  # 位: 排名上升至12位 (RANK_RISE); 居全市3 (RANK_LOST)

#: A paragraph that ranks growth rates by their head (``增速居全省第9位``): there a rank after a
#: growth rate alone (``同比增长44.6%，居全省第10位``) ranks that rate too (``…增速``).
GROWTH_RANK = re.compile(r"(?:增速|增幅)[^，,。；;\d]{0,8}?(?:居|排名|排|列)[^，,。；;\d]{0,8}?(?:第|首|前)")

#: A rank with no verb, closing its clause or list item after a scope (``总量全市区县第一``,
#: ``全国同类城市中面积第三、人口…``; not ``全市第一、二产业``).
RANK_BARE = re.compile(
    # 增速16%以上、主城区第1: a city's core districts after a list item's figure (real_aside62 convention 6)
    rf"(?P<scope>全[国省市区州县](?<=[\u4e00-\u9fff]..)[^，,。；;、\d第]{{0,8}}?{_GROUP_IN_SCOPE}|(?<=、)(?:中心|主)城区)(?:(?<=中)(?P<noun>[\u4e00-\u9fff]{{1,6}}?))?"
    r"(?P<text>第(?P<n>\d+|[一二三四五六七八九十]+)(?P<unit>位|名)?|前(?P<top>\d+|[一二三四五六七八九十]+)(?P<unit3>位|名)?)"
    # 总量实现了全省第4的历史性突破: a place reached told as a breakthrough (round 17, real_aside72 convention 1)
    r"(?=[，,。；;）)]|、(?![一二三四五六七八九十\d第])|$|的(?:历史性|重大|新)?(?:突破|跨越))"
)
#: A rank with no verb right after a measure's head (``地区生产总值总量第四、增速第一``): the
#: measure named before ranks, among the districts of the report's city.
RANK_AFTER_HEAD = re.compile(
    r"(?<=总量|增速|增幅|涨幅|规模)(?P<text>第(?P<n>\d+|[一二三四五六七八九十]+)(?P<unit>位|名)?)"
    r"(?=[，,。；;）)]|、(?![一二三四五六七八九十\d第])|$)"
)
#: A rank reached by a rise (``排名上升至12位``; ``上升至国内城市第三位``, tests/real_aside22 convention 4;
#: ``攀升到第8位`` is a ``RANK``): closing its clause, the place it rose to, after its scope.
RANK_RISE = re.compile(
    r"(?:攀升|上升|提升|前移|跃升|(?<![上提攀跃晋])升|晋升)(?:至|到)"  # 升至第3 (real_aside48 convention 3)
    r"(?P<scope>[^，,。；;、\d第]{0,10}?)"
    r"(?P<text>(?P<ord>第)?(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<unit>位|名)?(?(ord)|(?<=[位名])))"
    r"(?=[，,。；;）)]|$)"
)
#: A rank's start in a move of a named ranking (``中国百强区排名由38位提升到29位``, tests/real_aside29
#: convention 4): a baseline, the end is the ``RANK_RISE``; both are named by the ranking without its
#: ``排名`` (``中国百强区``). A move with no start (``百强区排名继续攀升至51位``) keeps it (real_aside7).
RANK_FROM = re.compile(
    r"(?:由|从)(?P<text>(?P<ord>第)?(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<unit>位|名))"
    r"(?=(?:攀升|上升|提升|提高|前移|跃升|跃居)(?:至|到)(?:第)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名))"
)
#: The start of such a move written before its end (``排名由38位``), and the ranking's own word before
#: the start (``排名``): no part of the ranking's name.
RANK_MOVE_START = re.compile(r"(?:排名|排位|位次|名次)?(?:由|从)(?:第)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名)$")
RANK_MOVE_WORD = re.compile(r"(?:排名|排位|位次|名次)$")
#: A place's rank in a list it entered (``连续入围“赛迪百强区”且位次前移2位``): named by the list, as written, and
#: the rank's head; the entering (a streak) names nothing (real_aside62 convention 5).
ENTERED_LIST_RANK = re.compile(r"(?:连续)?(?:入围|进入|入选|跻身)(?P<list>[“\"「][^”\"」]{2,20}[”\"」])[且并]?(?P<head>位次|排名|名次)")
#: More ranks of a list after the first (``分别居全国第3位、第2位``, ``第三、亚洲第四``,
#: ``分居全省第4、第3位``): each is a rank of its own, of the list's next indicator.
RANK_MORE = re.compile(
    # 、全国综合实力百强区第32位: each item of a list of ranks may name its own list of places (fxa52)
    rf"[、和及](?P<scope>{LIST_YEAR}{_PLACE_LIST}|[^，,。；;、\d第]{{0,6}}?)(?P<text>第(?P<n>\d+|[一二三四五六七八九十]+)(?P<unit>位|名)?)"
    + _NOT_RANK
)
#: A national ranking's item after the list's name (``位居全国百强县投资潜力第3``): the rank is named by the list and its
#: item, 全国 gone (``百强县投资潜力``); the items listed after it with no verb (``、新型城镇化质量第4、…、工业百强第7``)
#: are each named by their own words (real_pass1 convention 7, fxp12).
RANK_NATIONAL_ITEM = re.compile(r"(?:全国|中国)(?P<name>[^，,。；;、\d第]{0,8}?(?:\d{2,4}|[十百千])强[^，,。；;、\d第]{2,8})")
RANK_MORE_ITEM = re.compile(
    r"、(?P<scope>[^，,。；;、\d第“”]{2,12}?)(?P<text>第(?P<n>\d+|[一二三四五六七八九十]+)(?P<unit>位|名)?)(?=[、，,。；;]|$)"
)
#: ``榜首`` of a named national list of places after ``荣登`` (``荣登全国发展潜力百强县榜首``): a rank 首 named by the list
#: (real_pass1 convention 7, fxp12); ``跻身服务业全国10强``: among the first 10, named by the field before 全国.
#: A list named by its field alone, no kind of place after its size (``荣登全国县域营商环境百强榜首``), tops alike
#: (round 29, fxgen13).
RANK_TOP_OF_LIST = re.compile(
    rf"(?P<verb>荣登|登上|位居|位列|名列|居)(?P<scope>{LIST_YEAR}(?:全国|中国)(?:{_PLACE_LIST}|[^，,。；;、\d第]{{2,12}}?(?:\d{{2,4}}|[十百千])[强佳]))"
    r"(?P<text>榜(?P<first>首))"
)
TOP_LIST_NAME = re.compile(rf"{LIST_YEAR}(?:全国|中国)(?P<name>[^，,。；;、\d第]{{2,12}}?(?:\d{{2,4}}|[十百千])[强佳])")
RANK_FIELD_BEFORE_SCOPE = re.compile(r"(?P<field>[\u4e00-\u9fff]{2,8}?)(?:全国|全省|全市)$")
#: A rank closing a 、 list item before the next rank's verb (``入围全国工业百强县第12位、跻身…``): the next item's own
#: words start after it, its subject the same (fxa75b).
RANK_ITEM_BEFORE = re.compile(r"(?:第[\d一二三四五六七八九十百]{1,4}[位名]?|[\d一二三四五六七八九十]{1,4}强|前[\d一二三四五六七八九十]{1,3}[位名]?)、$")
#: ``跻身全国综合实力30强``: the field written after the scope names the rank as one before it does (round 29, fxgen13);
#: not a group of places (``全国同类城市十强``: a peer group, no field).
#: A list of places named by merit (``跻身中国旅游强县20强``: ``强县``, ``强市``, ``强区``, ``强镇``, a class of places,
#: ``places.THING_NOUNS``) names its rank as a field does, ``中国`` a national scope as ``全国`` is (settled, round 17, fxa75b).
RANK_FIELD_AFTER_SCOPE = re.compile(
    r"(?:全国|中国|全省|全市)(?P<field>[\u4e00-\u9fff]{2,8}?)(?:(?<![城县区市省州镇乡])|(?<=强[县区市镇]))"
)
#: A share with no owner (``占全市投资比重分别达到…``): after a list, each of its items owns one.
SHARE_OF = ("占",)
#: Subjects that stand for a list of their own (``三次产业分别增长5.7%、13.9%和11.8%``): the names.
LIST_SUBJECTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    # 三大产业增加值分别增长…: the three sectors, as 三次产业 (real_aside40 convention 7)
    (re.compile(r"三次产业|三大产业|第?一[、，]?二[、，]?三(?:次)?产业?"), ("第一产业", "第二产业", "第三产业")),
    (re.compile(r"第?二[、，]?三(?:次)?产业?"), ("第二产业", "第三产业")),
    (re.compile(r"一产[、，和]?二产[、，和]?三产"), ("第一产业", "第二产业", "第三产业")),  # 一产、二产、三产增加值
    (re.compile(r"二产[、，和]?三产"), ("第二产业", "第三产业")),
)
#: One character of a pair standing for its whole word (``金融机构存、贷款余额`` → ``金融机构存款余额``,
#: ``金融机构贷款余额``; ``进、出口总额`` → ``进口总额``, ``出口总额``).
PAIRED_CHARS = re.compile(r"(?P<head>[^、]*?)(?P<a>[存贷进出])、(?P<b>[存贷进出])(?P<tail>[^、]+)")
#: Heads a list's last name may share with the names before it (``化学需氧量、二氧化硫排放量`` →
#: ``化学需氧量排放量``; ``汽车、电子信息两大产业产值`` → ``汽车产业产值``), longest first.
#: An industry's value written after a class of industry (``高技术制造业工业产值``): the whole head,
#: 工业 and all, closes the other names of the list (``战略性新兴产业、高技术制造业工业产值`` →
#: ``战略性新兴产业工业产值``); after any other word (``建筑业、规上工业增加值``) 工业 is the name's own.
INDUSTRY_HEAD = re.compile(r"(?<=产业|造业)工业(?:总产值|产值|增加值)$")
#: Words after 等 that name the examples' whole class (``春季消费节、汽车展览会等各类会展节庆活动数量``): the
#: class names the figure, the examples go (a list of kinds of a thing, ``苹果、花椒等林果面积``, stays).
CLASS_AFTER_DENG = ("各类", "各种", "各项", "各级")
#: Heads after 等 whose examples are instances named one by one, not kinds (``甲储能柜组装、乙冷链产业园等优势项目``,
#: ``甲药业、乙制药等老牌企业裂变项目``): the head names the figure, the examples go (round 17 audit au1).
INSTANCE_HEADS = ("项目",)
LIST_HEADS = (
    "产业增加值", "产业总产值", "产业产值", "排放总量", "排放量", "增加值", "总产值", "产值", "总产量", "产量", "余额", "利润总额", "总额", "营业收入", "投资",
    # 医药、电子信息产业总产值 → 医药产业总产值 (产业总产值 before 总产值)
    # 纺织、化工行业利润总额 → 纺织行业利润总额 (利润总额 before 总额: round 17, fxgen12)
    "播种面积", "种植面积", "面积",  # 棉花、青饲料面积分别增长…: each crop's area
    "存栏", "出栏", "饲养量",  # 生猪、肉牛存栏分别增长…: each animal's stock
    # 黄酒、香菇、木耳品牌价值分别达…: each product's brand value (real_aside44; 价值 of any kind alike)
    "品牌价值", "价值",
    # 铁路、公路、航空货物周转量分别增长…: each mode's freight (real_aside64)
    "货物周转量", "旅客周转量", "周转量", "货运量", "客运量", "货物吞吐量", "吞吐量",
    # 信息服务业、文化创意产业经营收入分别增长…: each sector's receipts (real_aside70, fxa70)
    "主营业务收入", "经营收入", "销售收入",
)
#: The sector word opening a shared head (``产业增加值``) is not borrowed by a name that is a sector
#: already (``lexicon.SECTOR_SUBJECT``: ``高技术制造业和战略性新兴产业增加值`` → ``高技术制造业增加值``,
#: ``农业、文化产业增加值`` → ``农业增加值``); a name of a trade takes it (``汽车、电子信息两大产业产值`` →
#: ``汽车产业产值``).
HEAD_SECTOR = "产业"
#: A trade's class word written before a list's shared head (``电子信息、生物医药产业销售收入``): every trade of the
#: list takes it with the head, as ``产业总产值`` is taken (``电子信息产业销售收入``); an item that is a sector already
#: takes the head alone (round 17, fxgen12). ``行业`` is not one: ``信息、金融、科技等行业增加值`` names ``金融增加值`` (a
#: blind set written before, real_aside56; the lead took 行业 out of this table).
HEAD_CLASS_WORDS = (HEAD_SECTOR,)
#: The suffixes of places listed before a measure (``甲镇、乙镇、丙镇农业总产值``, ``东城区、西城区工业增加值``): an
#: item closing on the suffix the last item's place closes on takes the whole rest of the last (round 17, fxgen12).
LIST_PLACE_SUFFIXES = "区县镇乡市州旗盟"
#: A list item that is a complete indicator name on its own borrows no head or tail from the
#: names beside it (``地区生产总值、规上工业增加值分别…`` → ``地区生产总值``; ``财政收入、城镇居民人均
#: 可支配收入``): an owner closed by a measure (``固定资产投资``, ``一般公共预算收入``, ``出口额``,
#: ``城镇登记失业率``) or a name known whole (``GDP``, ``投资``, ``外贸进出口``). A thing or a sector
#: does borrow (``化学需氧量、二氧化硫排放量``: 需氧量 names the substance, not a quantity of it;
#: ``工业、农业增加值``), and
#: so does a bare measure, which has no owner (``规上工业总产值、增加值``).
COMPLETE_NAME = re.compile(
    r"(?:(?<=..)(?:总值|投资|收入|支出|额|增加值|产值|(?<!需氧)量|利润|利税|率|指数|价格|人数|面积|天数|能耗|浓度"
    r"|强度|比重|占比|规模|就业|游客|人次|人口)|GDP|进出口|外资|^(?:投资|消费|外贸|税收))$"
)
#: A count of the list's own items before the shared head (``两大支柱产业产值``): it goes.
LIST_COUNT = re.compile(r"[两二三四五六七八九十]大[\u4e00-\u9fff]{0,4}?(?=产业)")
#: The verb after a list of names that, followed by as many figures, pairs them as 分别 does.
_IMPLICIT_VERBS = "增长|下降|提高|降低|增加|减少|上涨|达到|为|完成|实现"
IMPLICIT_RESPECTIVELY = re.compile(rf"(?:{_IMPLICIT_VERBS})$")
#: The verb alone in its clause, a yearly mean or year-on-year before it (``…分别达到4.2万元和2.1万元，年均增长6%和8%``:
#: real_pass10, fx18b).
IMPLICIT_RESPECTIVELY_ALONE = re.compile(rf"(?:年均|同比)?(?:{_IMPLICIT_VERBS})")
#: Two values after a subject of town and country (``城乡居民人均可支配收入达到42000元、21000元``), with
#: or without the verb: one for town, one for country, as if 分别 were written.
#: A level held (``稳定在``, ``保持在``) is such a verb too (``粮油产量稳定在11万吨、2.6万吨``).
BOTH_VALUES_END = re.compile(rf"(?:{_IMPLICIT_VERBS}|(?:稳定|保持|稳)在)?$")
#: A range of levels opening a list's first name (``市级以上家庭农场、农民合作社…分别…``): it holds
#: for every name of the list that has no level of its own. A single level is the first thing's
#: own designation (``国家级高新技术企业、科技型中小企业``).
LEVEL_PREFIX = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:国家|[省市县区旗盟州部])级(?:及以上|以上)(?=[\u4e00-\u9fff]{2})")
#: A level alone in a list (``国家级、省级、市级龙头企业``): it takes the last name's noun.
LEVEL_ONLY = re.compile(r"(?:国家|[省市县区旗盟州部])级(?:及以上|以上)?")
#: The level may carry its place's name (``省级、岳阳市级农业龙头企业``: ``岳阳市级``; fx18c).
LEVEL_AT_HEAD = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}(?=[市县区州]级))?(?:国家|[省市县区旗盟州部])级(?:及以上|以上)?(?=[\u4e00-\u9fff]{2})")
#: A list of examples before 等 and the class they stand for, closed by a measure (``新能源汽车和可穿戴智能设备
#: 等节能智能类商品零售额分别增长…``): 分别 maps the figures to the examples, each named with the class's
#: measure (``新能源汽车零售额``; real_aside38 convention 9).
EXAMPLES_OF_CLASS = re.compile(
    r"(?P<items>[^等，,]{2,}?(?:和|、|及|与)[^等，,]{2,}?)等(?P<cls>[\u4e00-\u9fff]{0,12}(?:类|商品|产品|用品|行业|产业|领域))"
    r"(?P<measure>[\u4e00-\u9fff]{0,4}?(?:额|值|量|收入|投资|利润))$"
)
#: Examples before 等 that are all quoted names of instances (``“迎春购物节”“夏日啤酒节”``, ``“读书月”、“科技周”和
#: “艺术节”``): the head after 等 names the thing counted, however short (``等活动``; real_aside46 convention 7).
QUOTED_EXAMPLES = re.compile(r"(?:“[^“”]{1,30}”[、和及与]?)+")
#: Real or nominal terms right before a 分别 list's verb (``…4910元，实际分别增长9.5%和9.3%``, ``扣除价格因素后分别增长…``):
#: how the growths are measured, no subject of the list (real_pass2, fxp12).
#: A yearly mean is such a manner too (``…分别达到44900元和19800元，年均增长6.1%和9.3%``: fx18b).
REAL_TERMS_END = re.compile(r"[，,]?(?:扣除价格因素(?:后)?|按照?可比价格?计算|实际|名义|年均)[，,]?$")
#: A sector's value or output (``规模工业增加值``, ``规上工业总产值``) whose owner a bare result after ``；`` takes
#: (``…；实现利润571.9亿元`` → ``规模工业利润``; real_pass2, fxp12), and those bare results and the words opening them.
#: Only a class of firms above a line (``规模工业``, ``规上工业``, ``限额以上…``): a sector alone (``工业产值…；利润…``)
#: keeps the bare result as written (round 15).
SECTOR_VALUE = re.compile(
    r"(?P<owner>[\u4e00-\u9fff]{0,6}?(?:规模以上|规模|规上|限额以上|限上)[\u4e00-\u9fff]{0,6}?(?:工业|企业|建筑业|服务业|制造业))"
    r"(?:增加值|总产值|产值|营业收入|主营业务收入)")
SECTOR_BARE_RESULTS = ("利润", "利润总额", "利税", "利税总额", "税金", "实现税金", "上缴税金")
SECTOR_RESULT_OPENS = re.compile(r"(?:共|累计|全年)?(?:实现|完成)?(?:利润|利润总额|利税|利税总额|税金|上缴税金)")
#: Words that pair a list of subjects with a list of figures in order.
RESPECTIVELY = re.compile(r"分别|分居|分列|依次")
#: One bound over a 、 list of items sharing a class word and a rate (``工业、消费、投资领域指标较5月份环比增速均超30%``;
#: real_aside49 convention 7): one figure per item, each named item + class + rate (``工业领域指标增速``); the
#: comparison (``较5月份环比``) goes. A sector's measure may stand for 指标 (``农业、工业板块投资增速均超15%`` →
#: ``农业板块投资增速``; fxgen7).
LIST_BOUND_EACH = re.compile(
    r"(?:^|(?<=[，,：:]))(?P<items>[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6}?)+)(?P<shared>(?:领域|行业|板块|方面)(?:指标|" + "|".join(SECTOR_MEASURES) + r")?)"
    r"(?:较[^，,。；;均]{1,8}?)?(?:环比|同比)?(?P<rate>增速|增幅|涨幅)均(?:超过?|高于|达到?|在)$"
)
#: One bound said with 均 after a 、 list of whole names (``服务业增加值、建筑业总产值均突破万亿元``): each name's
#: (``extract._post_shared_bound``; round 17 audit au2).
SHARED_BOUND_VERB = re.compile(r"均(?:突破|超过|超|达到|达|迈上|跨越|跨上)$")
#: What may stand between two counts of one thing (``12批次2790名入境人员``, ``26批共2495名医务人员``; real_aside42
#: convention 5): the second's noun names both.
CHAIN_JOIN = ("", "共", "计", "共计", "合计")
#: The size a count may run into with nothing between (``56条76公里农村公路``, ``3栋2.1万平方米厂房``): the noun after
#: the size names the count too (round 17 audit au1).
CHAIN_SIZES = ("length", "area")
#: Equal ranks counted in a 分别 list (``A、B、C、D4项指标增速在27个省会城市中分别排两个第1位、两个第2位``; real_aside38
#: convention 6): the count of ranks before each rank's 第 (``两个``), the list of items closed by its apposed count
#: and class (``4项指标``) and the head they share (``增速``), the group ranked in (``在…中``) dropped. One rank per
#: item, in order: ``两个第1位`` ranks the first two items first.
RANKS_COUNTED = re.compile(r"(?P<n>[一两二三四五六七八九]|[1-9])个$")
RANKS_COUNTED_LIST = re.compile(
    r"(?P<items>[^，,。；;：:、]{2,16}(?:、[^，,。；;：:、]{2,16}?)+?)(?:(?:\d{1,2}|[两二三四五六七八九十]{1,2})(?:项|个)(?:主要)?(?:指标|目标)?)?"
    r"(?P<head>增速|增幅|涨幅|降幅|总量)?(?:在[^，,。；;、]{1,16}中)?$"
)
#: A growth verb alone after 分别 (``分别增长``, ``分别同比下降``): the values are growths of things named before.
GROWTH_VERB_ONLY = re.compile(r"(?:同比|比上年)?(?:增长|下降|提高|降低|增加|减少|上涨|上升)(?:了)?")

QUOTES = re.compile(r"“[^“”]{0,30}”|‘[^‘’]{0,30}’|《[^《》]{0,40}》|\"[^\"]{0,30}\"|「[^「」]{0,30}」|『[^『』]{0,30}』")  # 『十项民生工程』: the corner brackets of a traditional copy

QUAL_GROWTH = re.compile(
    r"(?P<subj>[^，,：:]{2,}?)(?P<verb>(?:实现|保持)正增长|正增长|稳步增长|(?:持续|保持)?稳定增长|持续增长|平稳增长|较快增长"
    # 能耗在前两年连续下降的基础上进一步下降: the basis the further fall builds on is the verb's, no name's
    r"|(?:在[^，,：:；;。]{2,24}?的?基础上)?进一步(?:下降|降低|提升|提高|增加|改善)"
    r"|(?:稳步|持续|逐步)(?:提升|提高|增加|下降|降低)|继续(?:下降|降低)|持续改善|稳中有[降升]|保持(?:稳定|平稳)"
    # 居民收入增速与经济增长基本同步: the rate head names the thing, as 增长 does (real_aside33 convention 5)
    # 城乡居民收入与经济发展同步: the economy's development, as its growth
    # 居民人均可支配收入与经济增长保持同步: a verb of holding before 同步 changes nothing (round 15 fxa50)
    # 收入增速与经济增速同步, 与GDP增速基本同步: the economy's rate, as its growth (round 18, fx18a)
    r"|(?:增长|增速|增幅)?(?:与|和|同)(?:经济(?:增长|发展|增速)|GDP增速|(?:地区)?生产总值增速)(?:基本)?(?:保持|实现)?(?:基本)?同步|(?:保持)?较快增长"
    # 居民消费价格指数与全国调控目标一致: a price held to the target set above (real_aside38 convention 4)
    r"|(?:涨幅|增幅|增速)?(?:与|和|同)(?:全国|国家|全省|省|自治区|全市|市)(?:下达的?)?(?:调控|控制|预期)?目标(?:基本|保持)?(?:一致|相适应|持平)"
    # 农村居民收入高于经济增长水平: an income outpacing the economy's growth, no verb of its own
    r"|(?:增长|增速|增幅)?(?:均|都|继续|持续|仍)?(?:高于|快于|不低于)(?:全国|全省|全市)?(?:经济增长|经济增速|GDP增速|(?:地区)?生产总值增速)(?:水平)?"
    r"|(?:实现)?双(?:下降|提升|增长)|(?:稳定|全面|全部|持续)达标|(?:保持|位居|位列)(?:全国|全省|全市|全区)?前列"
    r"|(?:动态|持续)?清零|不发生[^，,：:]{0,20}?(?:事故|事件|案件|底线|返贫|致贫|风险)"
    r"|保持上年水[平准]|(?:高于|不低于)(?:全国|全省|全市)?平均水[平准]|全部脱贫"
    # 固定资产投资与上年度持平: a level held (real_pass6 convention 5, fxp67)
    r"|(?:(?:与|和|同)(?:上年度?|去年)(?:基本)?持平|保持(?:相对|基本)(?:稳定|平稳))"
    # 全员劳动生产率提高率高于省均; 外贸出口提升占全国、全省的份额: a share to raise, named by its subject
    # (real_aside41 convention 5)
    r"|(?:高于|不低于)(?:全国|全省|全市|国|省|市)均(?:水[平准])?"
    r"|(?:提升|提高|扩大)(?:在|占)(?:全国|全省|全市)(?:、(?:全国|全省|全市))?(?:中)?的?(?:份额|比重)"
    r"|(?:保持)?适度增长|增速(?:均|都)?(?:高于|快于|不低于)(?:GDP|地区生产总值|生产总值|经济)增速"
    # 收入增长高于经济增速, 农村居民收入增速高于城镇居民收入增速: a growth outpacing another's growth
    r"|(?:增长|增速|增幅)(?:均|都|继续|持续|仍)?(?:高于|快于|不低于)(?:(?!、(?:高于|快于|不低于))[^，,：:；;。]){1,24}?(?:增速|增幅|增长)"
    # 全员劳动生产率增速高于地区生产总值, 收入增速高于全国水平、高于城镇居民收入增速: a rate written with
    # 增速 compared first with a level or another thing keeps it; a second comparison adds nothing
    # (real_aside32 convention 3)
    r"|(?<=增速|增幅)(?:均|都|继续|持续|仍)?(?:高于|快于|不低于)[^，,：:；;。、]{2,16}?(?:、(?:高于|快于|不低于)[^，,：:；;。、]{1,24})?"
    # 农民收入增长快于城镇居民: the growth of a group of residents, its growth understood
    r"|(?:增长|增速|增幅)(?:均|都|继续|持续|仍)?(?:高于|快于)(?:城镇|农村|城市|城乡)居民"
    r"|(?:不低于|不少于|高于)(?:上年度?|去年)(?:预计|实际)?(?:执行数|完成数|实际数)"  # 收入不低于上年预计执行数: last year's level
    r"|(?:保持|达到|稳定在)?(?:国家|省)?(?:地表水)?[ⅠⅡⅢⅣⅤ]+类(?:水质)?标准)$"  # 断面水质保持国家Ⅱ类标准: a class met
)
_QUAL_SUBJ = r"(?P<subj>[^，,：:]{2,}?)"
assert QUAL_GROWTH.pattern.startswith(_QUAL_SUBJ)
#: The verb of ``QUAL_GROWTH`` alone, closing the clause: found once a run, not tried after every length of subject.
_QUAL_VERB_END = re.compile(QUAL_GROWTH.pattern[len(_QUAL_SUBJ):])
_CLAUSE_SEPARATOR = re.compile(r"[，,：:]")


def qual_growth(clause: str, cut: int = 0) -> re.Match[str] | None:
    """``QUAL_GROWTH.search(clause, cut)``, found in time linear in the clause: the subject is one run of the
    clause free of separators, so the first run whose tail holds the closing verb two characters or more
    after its start is the match's start, and the pattern is matched there alone."""
    a, n = cut, len(clause)
    verb: re.Match[str] | None = None
    while a < n:
        sep = _CLAUSE_SEPARATOR.search(clause, a)
        b = sep.start() if sep is not None else n
        if b - a >= 2:
            if verb is None or verb.start() < a + 2:  # the first closing verb from here on (each found once)
                verb = _QUAL_VERB_END.search(clause, a + 2)
                if verb is None:
                    return None  # none from here on: no run further on holds one either
            if verb.start() <= b:
                return QUAL_GROWTH.match(clause, a)
        a = b + 1
    return None
#: A target clause closing with a rate written with 增速 compared with another thing (``全员劳动生产率增速高于
#: 地区生产总值``, ``项目投资增速高于全部投资``): a qualitative target, whatever word it closes with.
RATE_COMPARED = re.compile(r"(?<=..)(?:增速|增幅)(?:均|都|继续|持续|仍)?(?:高于|快于|不低于)[^，,：:；;。、]{2,16}(?:、(?:高于|快于|不低于)[^，,：:；;。、]{1,24})?$")
#: A share written once after the last of a list of things (``制造业投资、民间投资占全部投资比重稳步提升``):
#: each item takes it (``制造业投资占全部投资比重``: real_aside32 convention 4).
LIST_SHARED_SHARE = re.compile(r"(?<=[\u4e00-\u9fff]{2})占[^、，,占]{2,14}?的?(?:比重|比例)$")
#: A qualitative line's verb that bounds it from below (``不低于上年预计执行数``): ``at_least``.
QUAL_AT_LEAST = re.compile(r"^(?:不低于|不少于)")
#: A list of aims a guideline pushes for, each with its own predicate (``切实推动经济增长持续向好、农业农村
#: 稳固繁荣、…、民生福祉持续提升``): the whole list is the plan's direction, no target of the last item;
#: one aim alone (``推动居民收入稳步增长``) or a list of nouns (``推动城乡居民收入稳步增长``) is a target.
AIM_LIST = re.compile(
    r"^(?:切实|着力|全力|努力|加快|持续|力争)?(?:推动|促进|推进|实现|确保|保持)[^、，,]{2,12}?"
    r"(?:向好|繁荣|提升|提高|改善|引领|赋能|成势|壮大|优化|巩固|增强|升级|见效|增效|增长|发展)、"
)

QUAL_ENDS = (
    "水平", "水准", "脱贫", "增长", "增速", "增幅", "执行数", "完成数", "实际数", "标准", "提升", "提高", "下降", "降低", "改善", "同步", "稳定", "有降", "达标", "前列", "清零",
    "增加", "一致", "相适应", "持平", "有升", "平稳", "居民", "份额", "比重", "省均", "市均", "国均",
    "底线", "事故", "事件", "案件", "返贫", "致贫", "风险",
)

#: Words opening a figure-less clause before the thing it is about (``推动公共充电桩安装建设``; a
#: heading's ``关于``: ``——关于经济发展类目标（13个）``).
CLAUSE_OPENS = re.compile(r"^(推动|推进|加快|实施|开展|加强|持续|深入|积极|全面|做好|抓好|关于|其中[，,]?)+")

#: What befell some of the things a count before counted, written right after a count with no noun
#: of its own (``74项目标，68项全面完成，2项基本完成``; ``14项主要指标有11项达到或超过预期``; ``有6项没有
#: 完成…目标任务``): the count names ``<predicate>的<noun counted before>`` (tests/real convention 11,
#: real_aside13 convention 6). The clause's rest after the predicate goes with it.
#: A count's fate of being done, however said (``已完成``, ``均已全部完成``, ``提前完成``).
_FATE_DONE = r"(?:已经?|均已)?(?:全部)?(?:全面|基本|超额|圆满|顺利|提前)?完成"
FATE_PREDICATE = re.compile(
    rf"(?:{_FATE_DONE}|达到或超过预期|达到预期|超过预期|好于预期|未达预期|未达到预期|(?:没有|未能?)?达标(?![率线])"
    r"|(?:没有|未能?)(?:完成|达到)|(?:正在|持续|有序)(?:推进|实施|办理|落实))[^，,。；;：:]*"
)  # 11项指标有5项达标: 达标的指标 (real_aside59 convention 5)  # 60项重点任务，55项已完成，5项正在推进: 已完成的重点任务, 正在推进的重点任务
#: The fate written before a noun-less count (``37项指标完成或基本完成23项，未达预期14项``: real_aside20,
#: fxnames12): the count names ``<predicate>的<noun counted before>`` all the same.
FATE_BEFORE = re.compile(
    rf"(?:{_FATE_DONE}(?:或(?:基本|超额)完成)?|(?:达到或)?超过预期|达到预期|好于预期"
    r"|未能?达到?预期|(?:没有|未能?)(?:完成|达到)|正在(?:推进|实施|办理|落实))$"
)
#: A predicate that sets some of the things counted before apart, before a noun-less count of the same
#: unit (``储备重大项目超240个，进入上位规划37个``: real_aside20 convention 4): ``<predicate>的<things>``,
#: the things without the verbs done to them (``进入上位规划的区级以上重大项目``).
#: Verbs that ready projects (``谋划储备``, ``策划包装``): the things' name without them.
PROJECT_PREP = re.compile(r"^(?:(?:谋划|储备|策划|包装|生成|梳理|筛选)(?:和|及|、)?)+(?=..)")
FATE_ENTERED = re.compile(r"(?:进入|纳入|列入|入选|入围|获批|通过)[\u4e00-\u9fff]{2,10}$")
#: A count among the things named before it (``计划目标中有10项进展好于预期``), its fate after it: the
#: fate names that part of them (``进展好于预期的计划目标``).
AMONG_HAVE_END = re.compile(r"中(?:共|有|共有)$")
FATE_PROGRESS = re.compile(r"进展(?:(?:明显)?(?:好于|快于|超出|符合|达到)预期|(?:相对)?滞后|顺利)")
FATE_OWNED = re.compile(rf"^(?:{_FATE_DONE}|达到|超过|好于|达标|未|没有|正在|持续|有序)[^的]*的")

#: A rate of change closing a task's subject (``单位地区生产总值能耗降低率完成市级下达目标``): the task
#: is on the thing that changes, named as a table row ``…降低率`` is (docs/FIGURES.md: its amount).
#: A population's natural growth rate (``户籍人口自然增长率``) is a measure of its own, no rate of change.
CHANGE_RATE_END = re.compile(r"(?<=..)(?<!自然)(?:增长率|下降率|降低率|降幅|下降幅度|降低幅度)$")

#: A value that each of several subjects reached, the subjects written as clauses of their own
#: (``其中交通投资，生态环保和水利投资，民间投资均增长12%以上``): one figure named with the whole
#: phrase (real_aside convention 3), when the words before the value close in 均/都 and its verb and
#: every clause before is a complete name alone (``COMPLETE_NAME``, no digit).
SHARED_BY_CLAUSES = re.compile(r"(?:均|都)(?:同比)?(?:增长|下降|提高|降低|增加|减少|达到|为)?$")
#: The clauses of such a name are joined by an ASCII comma (a name holds no full-width clause mark;
#: real_aside15 lishui-2020 writes ``交通投资,生态环保…投资,民间项目投资``).
CLAUSE_NAME_JOIN = ","

#: A count of the plan's own targets or indicators (``经济发展类目标13个``, ``预期目标共7项``) says
#: what the plan holds, a fact, not a level to reach: kind ``outcome`` in a target part too
#: (tests/real convention 11; real_aside15 convention 5).
PLAN_OWN_COUNT = re.compile(r"(?:目标|指标)$")
PLAN_OWN_COUNT_UNITS = ("个", "项")

#: A bottom-line target: what must not happen.
BOTTOM_LINE = re.compile(r"(?P<line>不发生[^，,：:]*?)(?:的)?(?:底线)?$")

HEDGE = re.compile(r"^(力争|确保|争取|努力|推动|保持|坚决|守住|牢牢|期成)+")
#: The report's own place resolving to a target (``贵州将确保完成生产总值5420亿元``): no part of the name.
#: So is ``在`` after it, a preposition of the frame ``在…的情况下`` (``云南省在固定资产投资增长11.6%…的情况下``, real_pass8;
#: fx18e); ``在建``, ``在校`` … are nouns.
PLACE_HEDGE = re.compile(r"(?:也|还)?(?:将|要)?(?:力争|确保|争取|努力)+(?:完成|实现|达到)?|在(?![校岗职编册读建谈营库研审运]|产(?!业))")
#: A clause that opens with the higher target one strives for (``增长12%，期成增长14%``): at least.
STRIVING_CLAUSE = re.compile(r"期成")  # used with .match: at a clause's start
#: ``力争`` right after a figure, before a value of its own (``固定资产投资增长10%，力争12%``): the higher
#: alternative of the figure just given, ``at_least`` for its own value only; the figures after it
#: (``其中工业投资增长10%``) are not striven for (real_aside18).
STRIVING_ALTERNATIVE = re.compile(r"(?<=[%％元吨亩人个户项家座])[，,]?力争(?:达到|实现|增长|突破)?(?=[\d一二两三四五六七八九十])")

DOWN = ("下降", "降低", "减少", "回落", "下滑", "下跌", "压减", "调减", "缩减", "下调")

UP = ("增长", "提高", "提升", "增加", "上升", "扩大", "上调")

GROWTH_END = re.compile(
    r"(增长|下降|提高|降低|增加|减少|上升|上涨|下跌|提升|回落|压减|调减|缩减|下调|上调|(?:增幅|增速|涨幅|降幅)(?:分别|均)?为?"
    r"|(?<![新净倍])增)(了|达|达到)?(?:" + SAME_BELOW.pattern + ")?$"  # 地区生产总值增9%: 增 alone, the terse 增长
)

#: Words right after a figure that open its change (``512.6亿元增长4.2%``, comma dropped).
GROWTH_GAP = re.compile(
    r"^(?:同比|环比|(?:比|较)(?:上年|去年)(?:同期)?)?(?:" + SAME_BELOW.pattern + ")?"
    r"(?:增长|下降|提高|降低|增加|减少|上涨|下跌|回落|增幅|增速|涨幅|降幅)(?:为|达)?$"  # 12亿元增幅15%
)

#: A segment that opens with these names the running total (``净增187家、总数达到1265家``).
#: Words of reaching or estimating right before a list's first count (``培育…企业预计达165家、雏鹰企业177家``):
#: the list gives stocks reached, and its verb does not carry to the next item (``indicator.carry_verb``).
REACHED_BEFORE = re.compile(r"(?:达到?|为|突破|超过|预计|累计|总数|总量|共有|拥有)$")
#: A rank of a count's total written as a measure of the count (``新增国家级单项冠军3家、累计培育数居全省第1``,
#: ``新增…27家，新增数居全省第1``, ``…企业累计达36家，数量居全市首位``; tests/real_aside29 convention 2): named
#: by the thing counted just before, as ``总量`` is (``新增市场主体8000户，总量居全市第一`` → ``市场主体``).
COUNT_TOTAL = re.compile(r"(?:累计|新增|新|共)?(?:培育|认定|引进|入选|获批|创建|建成|新建|招引|落地|签约|认证)?(?:数|个数|总数|家数|户数)")
#: Not ``数量``: ``A股上市公司达107家，数量居全国城市第7位`` is ranked as ``A股上市公司数量`` (real_aside2; real's
#: ``国家级孵化载体数量``), which real_aside29 convention 2 reads otherwise (``…36家，数量居全市首位`` → the
#: thing): a conflict of the sets, left as the earlier ones settled it.
TOTAL_OPENS = ("总数", "总量", "累计", "累积")

# 迈上6万亿元台阶: a milestone passed is at least its amount, as 突破 is (real_aside32 convention 7)
#: ``GDP的增长挑战10%``: an aim striven past, at least (real_pass2, fxp12).
AT_LEAST_BEFORE = re.compile(r"((?<=增长|增速|增幅)挑战|超过|不少于|不低于|至少|(?:成功|一举)?突破|(?:成功|一举)?(?:迈上|跨上|跃上|站上|登上|迈过|跨过|越过|跨越)|多于|(?<![不])高于|(?:(?<=[和与及了有、，,：:达逾超])|^)上|超|(?<![通超经度越])过|逾|(?<![打爆攻识看说冲])破|[≥≧＞]|>=?)$")  # ≥5%: aside3 convention 11; 有望破千亿元 (fxa58)

ABOUT_BEFORE = re.compile(r"(大约|(?<![签节合契制公邀预条协])约(?:占|为|达到?|有)?|(?<![最附将临逼])近|接近|逼近)$")  # 逼近300亿元大关 (fxp67)

AT_MOST_BEFORE = re.compile(r"(不超过|不高于|控制在|(?<!不)低于|(?<!不)少于|不足|不到|最多|最高不超过|[≤≦＜]|<=?)$")  # ≤4%: aside3 convention 11

#: A rate held at a value with no 以内/以下 after it (``城镇登记失业率控制在0.81%``): in an account, the value
#: it stood at (exact); in a plan, a ceiling (round 15, real_aside49 convention 2).
HELD_AT = re.compile(r"(?<!目标)(?<!任务)控制在$")

#: Words that qualify a figure from the head of its phrase, a verb and a noun between
#: (``至少新建学校3所``, ``最多压减至3个工作日``, ``大约投资5亿元``): one row per word.
QUALIFIER_OPENS = (
    ("at_least", re.compile(r"至少|最少|最低(?=[\u4e00-\u9fff]{0,2}(?:达到|实现|完成|新增|建成))")),
    ("at_most", re.compile(r"最多|至多")),
    ("about", re.compile(r"大约|大概|(?<![签节合契制公邀预条协])约(?=占)")),  # 约占全区的60%
)

#: Last year's same period as a clause's subject before its figure (``而去年同期仅7个指标``, ``去年同期为4.1%``):
#: a baseline of the year before (real_aside41 convention 7); not a comparison (``高于去年同期2个百分点``).
BASELINE_SAME_PERIOD = re.compile(r"(?:^|(?<=[，,；;。：:（(而但]))(?:上年|去年|上一年)同期(?:仅有?|只有?|有|为|是)?$")
BASELINE = re.compile(r"(?:由|从)(?:(?P<year>\d{4})年|(?P<last>上年|去年|上一年))(?:底|末|初)?的?(?P<verb>(?:同比)?(?:增长|下降))?$")

#: ``由67.1%提高到68.3%`` with no year: the first figure is the starting level all the same.
#: ``由一季度下降7.8%拉升至全年增长4.3%``: a period of the report year between 由 and its level, perhaps
#: with the level's own change (aside3 convention 9): a start in the same year.
BASELINE_BARE = re.compile(
    r"(?:由|从)(?:(?P<period>[一二三四上]季度|\d{1,2}月份?(?:末|底)?|上半年|年初|1-\d{1,2}月)的?(?:增长|下降)?)?$"
)

#: The words between a start and its end that name the end's period (``拉升至全年增长``).
BASELINE_END = re.compile(r"(?:持续|逐步|逐月|稳步|进一步|一路)?[\u4e00-\u9fff]{1,2}(?:到|至|为)(?:全年|年末|年底|上半年|前三季度|[一二三四]季度)?的?(?:增长|下降)?")
CHANGE_VERBS = (
    r"(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小|缩短|延长|压缩|压减|调整|上调|下调|拉升|回升|攀升|回落|加快|放缓"
    r"|收窄|转为|转|整合|合并|归并|精简|撤并)"
)
#: A manner adverb before a change verb (``由4月的1%持续回升至8.8%``: real_aside57 convention 4).
CHANGE_MANNER = r"(?:持续|逐步|逐月|稳步|进一步|一路)?"
CHANGE_TO = re.compile(rf"^(?:的)?{CHANGE_MANNER}{CHANGE_VERBS}(?:到|至|为)")  # 由上年下降4%转为增长7%, 由23户整合为8户

#: A completion rate written as the plan's noun with its owner (``投资完成率113%``, ``年度投资完成率``):
#: named as written (tests/real_aside10 convention 3); an owner that is only the plan (``年计划完成率``)
#: leaves the rate to the indicator before.
COMPLETION_RATE = re.compile(r"(?P<owner>[\u4e00-\u9fff]{2,12}?)(?:完成率|执行率)")
PLAN_ONLY = re.compile(r"(?:全年|年度|年|总体)?(?:计划|任务|目标|预算)")
COMPLETION = re.compile(
    r"(?:完成|占|超|(?<![以作成认])为|(?<![下传表])达到?)"
    # 完成自治州指标任务的100%, 完成市下达任务的95%: the task's setter and 指标 before it (real_aside60 convention 2)
    r"(?:(?:国家|上级|自治区|自治州|省|市|州|县|区|旗|盟)(?:政府)?(?:下达|确定)?的?)?"
    # 完成年初计划的72.3%: the plan set at the year's start (real_aside56, fx18g)
    r"(?:全年|年度|年初|年)?(?:投资|工作|建设|生产|调整后?)?(?:指标)?(?:任务数?|目标(?:任务)?|计划|预算)(?:投资)?"  # 占调整预算的100.4%
    r"(?:\d[\d.]*[\u4e00-\u9fff]{0,3})?的?$|完成率$|完成进度(?:达到?|为)?$"
)

#: A programme's span in its name (``三年行动``, ``五年倍增计划``, ``三年提升工程``: real_aside18): a name.
NAME_AFTER_YEAR = re.compile(r"(?:新冠)?疫情|(?:倍增|翻番|提升|提质|振兴|赶超)(?:行动)?(?:计划|行动|工程|方案)|行动|计划|滚动|规划|攻坚|专项|周期|项目|义务教育|一贯制|免费教育|平均")

INCREMENT = ("新增", "新建", "新种植", "新安装", "新设", "新注册", "再创建", "全年新", "净增", "新认定", "新认证", "新引进", "新培育", "新登记", "新改建", "新改扩建", "新识别")

CUMULATIVE = ("累计", "累积", "总数")
#: ``INCREMENT`` and ``CUMULATIVE`` as patterns: one search a figure for any of the words.
INCREMENT_WORD = re.compile("|".join(map(re.escape, INCREMENT)))
CUMULATIVE_WORD = re.compile("|".join(map(re.escape, CUMULATIVE)))

#: A unit, then a word that starts with the rest of a ``UNIT_WORDS`` word: the unit stands
#: (``4项目标未达预期``: 4 项 目标, not 项目).
UNIT_WORD_BREAKS = frozenset("项目标".split())
#: Words that start with a one-character unit: after a number they are not that unit.
UNIT_WORDS = frozenset(
    "天津 天然 天河 天府 部门 部署 部分 场所 场景 场馆 场地 项目 条件 条例 次日 台湾 台州 家庭 家电 人民 人才 人口 "
    "人员 人工 次产 件事 名单 名称 节能 节约 节点 所属 所有 套餐 处理 张家 座谈 户籍 户外 宗旨 份额 支持 支付 次要 间隔 "
    "头部 头号 列入 列为 列出 列席 成本 成效 成果 成立 成功 成为 成员 成交 成绩 成熟 成品 成都 成片 成长 成就 成型 成套 "
    "成立 成熟 成渝 本市 本区 本县 本年 本级 本地 本次 本着 本领 本届 本科 本土 本身 本轮 本部 席位 席卷 斤斤 "
    "根据 根本 根源 卷烟 组织 组建 组成 组团 组合 组网 组长 口岸 口径 口号 口碑 口罩 口腔 口头 眼光 眼界 尾矿 尾气 尾款 "
    "尾水 尾号 尾声 款项 款式 箱包 段落 门户 门诊 门槛 门店 门面 门票 门类 门口 门前 块状 剂量 册封 "
    "分之 分别 分类 分配 分析 分享 分布 分批 分期 分局 分行 分公 分会 分院 分校 分中 分级 分区 分散 分工 分解 分红 分拣 "
    "分流 分居 分列 分为 分成 分段 分项 分步 分片 分档 分担 分包 分管 分离 分部 分队 分支 分站 分所 分拨 分销 分数 "
    "群众 群体 群落 群岛 群组 峰值 峰会 担当 担任 担保 担负 担子 担心".split()
)

#: Nouns ending in 市/区 that are things counted, not an administrative prefix (``改造老旧小区二十个``).
PLACE_NOUNS = ("小区", "园区", "社区", "城区", "景区", "片区", "街区", "校区", "新区", "山区", "厂区", "超市", "夜市", "集市")

#: Event words that open with 新 but add nothing to a stock (corpus: 新开工/新开业 are neither).
NEW_EVENT = re.compile(r"新(?:开工|开业|签约|发放)")  # 新发放企业贷款加权平均利率: new loans (aside25 conv. 4)

CLOSED_SUFFIX = (*QUALIFIER_SUFFIX, "%", "个百分点")
#: A stated amount's verb closing the words before a number (``装机总量达``, ``年发电量超``): two statements
#: ``…达695万千瓦新能源年发电量超130亿千瓦时`` run together where the page lost the full stop between them
#: (real_aside74; fxa74). The second's own words start right after the first's unit.
STATED_AMOUNT_END = re.compile(r"[\u4e00-\u9fff]{2}(?:达到|达|超过|超|突破|累计达到?)$")
#: Words that name a thing of their own after an amount (``新能源年发电量``), not what the amount described:
#: no 的, no lead verb of doing, two characters or more before the verb.
STATED_AMOUNT_GAP = re.compile(r"^[\u4e00-\u9fff]{2,16}?(?:达到|达|超过|超|突破|累计达到?)$")
#: The same seen from the first amount: the words after its unit are the next statement's, up to its number.
STATED_AMOUNT_NEXT = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:达到|达|超过|超|突破|累计达到?)(?=\d)")


# -- skip rules ---------------------------------------------------------------------------


#: A list item's number run into the year that opens it (``附件：1.2021年…计划2.2021年…``): no
#: span is written with four decimals, so the number is an item and a year.
_NUMBERED_YEAR = re.compile(r"\d{1,2}[.．](?:19|20)\d{2}")


@dataclass(frozen=True)
class Candidate:
    """A number with its unit, as the skip rules see it: the sentence and where each part stands.

    chinese: the number is a Chinese numeral; before/before2: the one and two characters
    before it; after: the character after the unit; rest: a short way of text after the match.
    """

    s: str
    start: int
    end: int  # after the suffix (左右, 以上 …)
    unit_start: int
    unit_end: int
    number: str
    unit: str
    suffix: str
    chinese: bool = False
    before: str = " "
    before2: str = ""
    after: str = " "
    rest: str = ""

    @classmethod
    def of(cls, s: str, start: int, end: int, unit_start: int, unit_end: int, number: str, unit: str, suffix: str) -> Candidate:
        return cls(
            s, start, end, unit_start, unit_end, number, unit, suffix,
            chinese=is_chinese(number), before=s[start - 1] if start else " ", before2=s[max(0, start - 2) : start],
            after=s[unit_end : unit_end + 1] or " ", rest=s[end : end + 12],
        )


#: A one-character noun counted by a numeral, then a list or clause boundary: a set phrase
#: (两条线、两只手、两笔账), not a measured count.
_ONE_CHAR_NOUN = re.compile(r"^[\u4e00-\u9fff](?:[、，。；和与及的]|$)")
#: Policies counted by their articles (二十条优化措施, 新十条意见, 180条稳增长政策措施, 稳经济政策46条,
#: 出台纾困解难16条): a policy's name, not a measured count (main-set convention 4, aside3 13, aside4 14).
#: Counted by another word they are measured (``22项政策制度``, ``4个…办法``: main set); opinions
#: gathered before their count (``收集群众意见120条``) are measured too.
_POLICY_WORD = "(?:措施|意见|举措|政策|办法|规定|细则)"
_POLICY_AFTER = re.compile(rf"^[\u4e00-\u9fff]{{0,8}}?{_POLICY_WORD}")
#: Last characters of things counted in 条 that a text may issue (``推出精品旅游线路10条``, ``发布研学路线``,
#: ``产业链``): the count is measured, no policy's articles.
THINGS_IN_TIAO = "线路道链渠河街巷管廊带轴"
#: What a policy package is for, when the text names it by that and its article count (``稳经济30条``,
#: ``助企纾困12条``): one row per aim.
POLICY_AIMS = ("稳经济", "稳增长", "稳就业", "稳外贸", "稳外资", "稳投资", "稳市场主体", "促消费", "促投资", "促就业",
               "促发展", "惠企", "助企", "援企", "纾困", "减负", "降成本")
_POLICY_BEFORE = re.compile(
    rf"(?:政策|措施|举措|细则|办法|(?:出台|印发|制定|推出|发布)[\u4e00-\u9fff]{{0,16}}(?<![{THINGS_IN_TIAO}])|(?:{'|'.join(POLICY_AIMS)})[\u4e00-\u9fff]{{0,6}}"
    # 出台政府投资管理办法、优化政府投资10条: a 、 list the issuing verb opens on a policy (real_aside24)
    rf"|(?:出台|印发|制定|推出|发布)[\u4e00-\u9fff]{{0,12}}{_POLICY_WORD}、[\u4e00-\u9fff]{{1,12}}(?<![{THINGS_IN_TIAO}]))$"
)
_POLICY_REACH = 24
#: A policy named by its article count alone after a verb of carrying it out (``落实二十条不动摇``,
#: ``实施防疫新十条``): written in Chinese numerals, as names are.
#: A place's own strategic formula counting its aims, unquoted, after the word that steers by it
#: (``紧紧围绕构建四个产业集群``, ``聚焦打造两个示范区``): a name, as a quoted formula is (real_aside74
#: convention 4; fxa74).
_FORMULA_BEFORE = re.compile(r"(?:围绕|紧扣|聚焦|锚定|着眼于?)(?:全力|加快|着力|持续)?(?:构建|打造|建设|推进|做强|实施|建好)?$")
_IMPLEMENT_BEFORE = re.compile(r"(?:落实|实施|执行|贯彻|兑现)[\u4e00-\u9fff]{0,4}?新?$")
#: A policy package counted by its aspects and items (``国家6方面33项、省8方面42项稳经济一揽子政策``):
#: the items are its articles, named by the policy word the list closes on.
_ASPECTS_BEFORE = re.compile(r"[\d一二两三四五六七八九十]+个?方面$")
_POLICY_LATER = re.compile(rf"[^，,。；;]{{0,24}}?{_POLICY_WORD}")
#: Policies listed with their article counts (``出台A55条、B30条、C26条等政策``): each item is a policy
#: when the list opens after a policy word or closes before one; the neighbours found by these.
_TIAO_ITEM_BEFORE = re.compile(r"(?P<n>[\d一二两三四五六七八九十百]+)条、[^，,。；;、\d]{1,16}$")
_TIAO_ITEM_AFTER = re.compile(r"、[^，,。；;、\d]{1,16}?(?P<n>[\d一二两三四五六七八九十百]+)条")
_TIAO_LIST_ITEMS = 8


#: A thing counted in 条 right after the count (``推出12条精品旅游线路``, ``新开通3条公交线路``): measured,
#: whatever verb of issuing stands before it.
_THING_AFTER = re.compile(rf"^[\u4e00-\u9fff]{{0,8}}?[{THINGS_IN_TIAO}](?![\u4e00-\u9fff])")


def _policy(c: Candidate) -> bool:
    """A count in 条 names a policy by its articles: a policy word after it or before it, or
    before an item / after the last item of the 、 list of such counts it stands in."""
    if _THING_AFTER.match(c.rest) is not None and _POLICY_AFTER.match(c.rest) is None:
        return False
    if _POLICY_AFTER.match(c.rest) is not None or _POLICY_BEFORE.search(c.s, max(0, c.start - _POLICY_REACH), c.start):
        return True
    start, end = c.start, c.end
    for _ in range(_TIAO_LIST_ITEMS):
        m = _TIAO_ITEM_BEFORE.search(c.s, max(0, start - 24), start)
        if m is None:
            break
        start = m.start("n")
        if _POLICY_BEFORE.search(c.s, max(0, start - _POLICY_REACH), start) is not None:
            return True
    for _ in range(_TIAO_LIST_ITEMS):
        m = _TIAO_ITEM_AFTER.match(c.s, end)
        if m is None:
            break
        end = m.end()
        if _POLICY_AFTER.match(c.s[end : end + 12]) is not None:
            return True
        if _POLICY_BEFORE.search(c.s, max(0, m.start("n") - _POLICY_REACH), m.start("n")) is not None:
            return True  # 工作清单135条、接续措施93条: a later item's label is a policy
    return False

#: The size of the group a rank is among (``在全区33个农产品主产区中…位列第一``, ``在全省16个地市中排名
#:第3``): a scope, not a count (main-set convention 4, aside4 convention 12).
#: The rank's name is the noun after the group's 中 (``进步名次``), else the words before 在.
GROUP_SCOPE = re.compile(
    r"在?(?:全[国省市区县州盟旗])?(?P<count>\d{1,4}|[一二两三四五六七八九十百]{1,4})(?P<unit>个|家|所|(?=[县区市州旗]))[\u4e00-\u9fff（）()、]{1,16}?中"
)
#: A named group a rank is among, with no count, after the ranked thing (``增速在前十经济大省中并列第1``:
#: ``前十`` is the group's name, a class like ``百强县``; real_aside32 convention 8): the thing is before 在.
#: An assessment (``在全省开发区综合考核中``, ``…综合考评中``: real_aside48) names the ranking itself and stays.
GROUP_NAMED = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})在[^，,。；;在\d]{2,16}?(?<!考核|考评|评价|评估|测评|评议|排名|排行|榜单|指数|监测|评比|比赛)中$"
)
#: A place or a zone ranked in an assessment, written before its 在 (``某某经开区在全省国家级开发区综合考评中升至
#: 第3``, ``某某镇在全县考核中居第一``): the body ranked, no measure; the assessment names the ranking.
RANKED_BODY = re.compile(
    r"^[\u4e00-\u9fff]{1,10}?(?:开发区|经开区|高新区|园区|新区|片区|区|县|市|旗|镇|乡|街道)"
    r"(?=在[^，,。；;在\d]{2,16}?(?:考核|考评|评价|评估|测评|评议|评比)中$)"
)
#: The rank may follow in the next clause, after the page's own place (``在全省13个设区市中，我市增速居第3位``).
GROUP_RANKED = re.compile(
    r"(?:[，,]\s*(?=[我本全](?:省|区|市|县|旗|州|盟)))?[^，,。；;]{0,14}?(?:第|首位|前[\d一二三四五六七八九十]|排名|排位|位次|名次)"
)
#: Without 中 the group stands right before the rank, after a scope (``居全省17个市州第5位``).
GROUP_BEFORE_RANK = re.compile(
    r"全[国省市区县州盟旗](?P<count>\d{1,4}|[一二两三四五六七八九十百]{1,4})(?P<unit>个|家|所)[\u4e00-\u9fff（）()、]{1,12}?"
    r"(?=(?:第(?:\d+|[一二三四五六七八九十]+)(?:位|名)?|前(?:\d+|[一二三四五六七八九十]+))" + _NOT_RANK + "|首位)"
)

#: The size of a group written before an assessment the place ranks in (``全省首次37个创新型试点县(市、区)综合测评排名
#: 第一``): a scope, no count (fifth round; fxa75b).
GROUP_BEFORE_ASSESSMENT = re.compile(
    r"全[国省市区县州盟旗](?:首次|首批|年度)?(?P<count>\d{1,4}|[一二两三四五六七八九十百]{1,4})(?P<unit>个|家|所)"
    r"[\u4e00-\u9fff]{1,12}?[县市区镇乡园](?:[（(][^（）()，,。；;\d]{1,8}[）)])?[\u4e00-\u9fff]{0,6}?"
    r"(?:考核|考评|评价|评估|测评|评议|评比)中?(?:排名|排位|名次)?(?:位列|位居|居|列)?(?:第|首位|前[\d一二三四五六七八九十])"
)
#: ... and the group's size opening a rank's words (``首次37个创新型试点县（市、区）综合测评``): it goes, with the time
#: word before it; the assessment names the rank (fxa75b).
GROUP_SIZE_OPENING = re.compile(
    r"^(?:全[国省市区县州盟旗])?(?:首次|首批|年度)?(?:\d{1,4}|[一二两三四五六七八九十百]{1,4})(?:个|家|所)"
    r"(?=[^，,。；;\d]{2,24}?(?:考核|考评|评价|评估|测评|评议|评比))"
)
#: The size of a group of places a programme takes the place into (``被科技部列入全国8个创建世界一流高科技园区的计划序列``):
#: the group joined, no count of the place's own (fxa75b).
JOINED_GROUP_SIZE = re.compile(
    r"(?:列入|纳入|入选|跻身|进入)(?:全[国省市])?(?P<count>\d{1,3}|[一二两三四五六七八九十]{1,3})(?P<unit>个)"
    r"[^，,。；;：:\d]{2,20}?的?(?:计划序列|序列|行列|名单|阵营)"
)


def _group_size(c: Candidate) -> bool:
    """The count is the size of a group a rank is among (``GROUP_SCOPE`` then ``GROUP_RANKED``, or
    ``GROUP_BEFORE_RANK``)."""
    if c.s[c.unit_end - 1 : c.unit_end] not in ("个", "家", "所"):
        return False  # both patterns' unit ends where the count's does (a fast path)
    for k in (c.start, c.start - 1, c.start - 2, c.start - 3):
        if k < 0:
            continue
        m = GROUP_SCOPE.match(c.s, k)
        if m is not None and m.start("count") == c.start and m.end("unit") == c.unit_end:
            return GROUP_RANKED.match(c.s, m.end()) is not None
        m = GROUP_BEFORE_RANK.match(c.s, k)
        if m is not None and m.start("count") == c.start and m.end("unit") == c.unit_end:
            return True
    for pattern, reach in ((GROUP_BEFORE_ASSESSMENT, 6), (JOINED_GROUP_SIZE, 4)):  # 全省首次37个…, 列入全国8个… (fxa75b)
        for k in range(max(0, c.start - reach), c.start):
            m = pattern.match(c.s, k)
            if m is not None and m.start("count") == c.start and m.end("unit") == c.unit_end:
                return True
    return False

#: An outside economy or body as the clause's subject (``国际货币基金组织(IMF)调高全球经济2018年增速至
#: 3.7%``): the plan's environment, not the place's own indicator (aside4 convention 4). One row per kind.
OUTSIDE_SUBJECT = re.compile(
    r"(?:全球|世界|国际|欧元区|发达|新兴)(?:经济体?|贸易)"  # 全球经济, 世界贸易, 新兴经济体
    r"|国际货币基金组织|IMF|世界银行|世贸组织|WTO|经合组织|OECD|美联储|联合国"
)
_OUTSIDE_REACH = 40


def _outside(c: Candidate) -> bool:
    """The clause before the number has an outside economy or body as its subject."""
    lo = max(0, c.start - _OUTSIDE_REACH)
    if OUTSIDE_SUBJECT.search(c.s, lo, c.start) is None:
        return False  # none in the whole reach, so none in its last clause (a fast path)
    cut = max(c.s.rfind(mark, lo, c.start) for mark in "，,。；;")
    return OUTSIDE_SUBJECT.search(c.s, max(lo, cut + 1), c.start) is not None

#: Background of other places given before a plan's targets (``在31个省、市、自治区中，预期今年GDP增长率高于去年的
#: 有23个，西部12省区有7个…在10%以上``): from the group's frame to the sentence's end every figure counts or
#: measures the other places, none the page's own (real_aside54 convention 1) — unless the sentence brings the
#: page's own place in (``…中，我区增速居第5位``: a rank among them, ``_group_size``).
OTHER_PLACES_FRAME = re.compile(
    # 在全国31个省区市中: the nation (or the world) named before the count frames the same places (fxgen8, fxgen9)
    r"在\s*(?:全国|国内|全球|世界)?\s*(?P<count>\d+|[一二三四五六七八九十]+)\s*个\s*(?:省|市|自治区|省区|省份|省市区|省区市|地区|城市|国家)"
    r"(?:\s*[、，,]?\s*(?:省|市|自治区|直辖市|省区|区|市区))*\s*中"
)
_OWN_PLACE_WORD = re.compile(r"[我本](?:省|区|市|县|旗|州|盟)|全(?:省|区|市|县|旗|州|盟)")
#: The nation's target quoted as the ground of the page's own (``根据中央经济工作会议确定的今年国内生产总值增长7%
#: 的宏观调控目标``): a figure set by the centre for the country, not by the page (real_aside54 convention 1). A
#: target the centre or the province gave the place itself is written ``下达``, and stays.
NATION_SET_BEFORE = re.compile(r"(?:中央[\u4e00-\u9fff]{0,8}?|国家|国务院|全国)(?:确定|提出|制定|部署)的[^，,。；;：:]{0,24}$")
NATION_TARGET_AFTER = re.compile(r"(?:左右|以上|以内)?的?[\u4e00-\u9fff]{0,8}?目标")


@lru_cache(maxsize=64)
def _has_place_frame(s: str) -> bool:
    """Does ``s`` hold a frame of other places at all (found once a sentence: most hold none)?"""
    return OTHER_PLACES_FRAME.search(s) is not None


def _other_places(c: Candidate) -> bool:
    """The number stands after a frame of other places in its sentence, which never names the page's own."""
    if not _has_place_frame(c.s):
        return False
    lo = max(0, *(c.s.rfind(mark, 0, c.start) + 1 for mark in "。；;！？"))
    hi = min((k for k in (c.s.find(mark, c.end) for mark in "。；;！？") if k >= 0), default=len(c.s))
    m = next((m for m in OTHER_PLACES_FRAME.finditer(c.s, lo, hi) if m.start("count") <= c.start), None)
    if m is None or c.unit in ("位", "名"):
        return False
    return _OWN_PLACE_WORD.search(c.s, m.start(), hi) is None


def _nation_target(c: Candidate) -> bool:
    """The number is the nation's target, quoted as the ground of the page's own."""
    return (NATION_TARGET_AFTER.match(c.s, c.end) is not None
            and NATION_SET_BEFORE.search(c.s[max(0, c.start - 40) : c.start]) is not None)


#: A reach named by its travel time (``15分钟便民生活圈``, ``1小时经济圈``): a name, like a class
#: threshold (main-set convention 10), not a measured duration.
_REACH_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,6}?圈")
_REACH_UNITS = ("分钟", "小时")

#: Campaigns counted by their battles (``七场硬仗``, ``三场攻坚战``): a campaign's name (aside4 14).
_CAMPAIGN_AFTER = re.compile(r"^(?:硬仗|攻坚战|战役|大会战|会战|仗)")
#: Slogans that count their aims (``办好两件大事``): a name, no measured count; things done for the
#: people are measured (``十件民生实事``). Roles counted alone, the quotes the page lost
#: (``为全省作出五个示范``, ``当好两个排头兵``: real_aside10 convention 9) and abstract aims so counted
#: (``实现三个突破``) are slogans too; a thing named by the role is counted (``三个示范村``).
_SLOGAN_AFTER = re.compile(
    r"^(?:大事|(?:示范|表率|样板|标杆|排头兵|先锋|模范|突破|转变|跨越|确保|坚持|提升|转型"
    r"|中心|高地|枢纽|门户|桥头堡|窗口)(?![\u4e00-\u9fff]))"
)  # 实现三个突破, 做到两个确保: abstract aims counted alone; 打造四个中心, 建设两个高地: roles a place aims at
#: A programme of actions named by their count in words (``高质量发展十项行动``, ``七个专项行动``, ``八项行动计划``),
#: quoted or not: the programme's name, as ``“六大行动”`` is, no count of the place's work (real_aside23).
_ACTIONS_AFTER = re.compile(r"(?:专项|重点|重大|攻坚|提升)?行动")
#: The genre's stock political formulas written without quotes (``两个确立``, ``四个意识``, ``八项规定``,
#: ``两个一百年``, ``三大攻坚战``, ``五位一体``, ``六稳六保``): each numeral in them is part of a name, never a
#: count; one row per formula, as the reports write them (quoted ones are names already: ``“六稳”``).
FORMULAS = (
    "两个确立", "两个维护", "四个意识", "四个自信", "四个全面", "三个代表", "两个大局", "三个务必", "两个结合",
    "两个健康", "两个毫不动摇", "两个一百年", "十个明确", "十四个坚持", "十三个方面", "三个区分开来", "一个中心",
    "两个基本点", "四个不摘", "五个必由之路", "八项规定", "三个一批", "四个一批", "五个一批", "四个革命", "一个合作",
    "三大攻坚战", "五大发展理念", "五位一体", "四位一体", "六稳六保", "六稳", "六保", "三新一高", "两不愁三保障",
    "三严三实", "两学一做", "三会一课", "四下基层", "四个最严", "两个先行", "两个率先", "三个转变", "四个走在前列",
)
FORMULA_RE = re.compile("|".join(sorted(FORMULAS, key=len, reverse=True)))
_FORMULA_REACH = max(map(len, FORMULAS))


def _in_formula(c: Candidate) -> bool:
    """The number stands inside a stock formula (``两个一百年``: both 两个 and 一百年)."""
    lo = max(0, c.start - _FORMULA_REACH)
    return any(m.start() <= c.start < m.end() for m in FORMULA_RE.finditer(c.s, lo, c.unit_end + _FORMULA_REACH))


#: A count in words right after a quoted name (``落实“三五”战略两大任务``, a footnote mark between:
#: ``“885”[[1]]三项重点任务``): the parts of the named programme, part of its name.
_QUOTED_BEFORE = re.compile(r"[”\"’」](?:\[\[?\d{1,3}\]?\])?$")
#: A count in words closing a list of quoted formulas (``提出“一个篇章”总目标、“四个更大”重要要求和四项重点
#: 任务``): one more formula of the list, no count of the report's tasks (real_aside18 convention 3).
_QUOTED_LIST_BEFORE = re.compile(r"[“\"「『][^”\"」』，。；]{1,12}[”\"」』][\u4e00-\u9fff]{0,6}、[“\"「『][^”\"」』，。；]{1,12}[”\"」』][\u4e00-\u9fff]{0,6}(?:和|及|以及|与|、)$")
_QUOTED_LIST_REACH = 50
#: A body's programme named by its count (``紧扣…市政府八项重点工作部署要求``, ``落实省委十项重点任务决策部署``):
#: it counts the body's tasks as a quoted slogan does, nothing measured of the place (real_aside20
#: convention 3); a body's count with no demand after it (``市政府十件民生实事全部完成``) stays.
_BODY_BEFORE = re.compile(r"(?:党中央|中央|国务院|省委|省政府|市委|市政府|州委|州政府|县委|县政府|区委|区政府)$")
_DEMANDS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:部署|要求|精神|安排)")
#: Visits and instructions counted in a leader's name for them (两次视察北京重要讲话).
_VISITS_AFTER = ("视察", "考察", "重要讲话", "重要指示", "批示")
#: Times a meeting was held, the count before its verb (``先后20余次召开中央政治局会议``).
_MEETINGS_HELD_AFTER = re.compile(r"(?:主持)?召开[^，,。；;\d]{0,30}?会议")
#: ``故宫周边、簋街…等列入专项行动的五个重点区域``: "the five" points back to a list.
_ANAPHORA = re.compile(r"等[^，。；]{0,24}的$")
_YEAR_DIGITS = "〇零一二三四五六七八九"
#: ``四次人代会``, ``三次职代会``, ``二次代表大会``: a congress by its short name is a meeting too (round 15 fxa50).
_SESSION_AFTER = ("会议", "全会", "全体会议", "常委会", "[人党团职妇]代会", "代表大会")
#: ``三次、四次、五次全会``: session ordinals listed before the meeting they count.
_SESSION_LIST = re.compile(rf"(?:、[{CN_CHARS}\d]{{1,4}}次)*(?:{'|'.join(_SESSION_AFTER)})")
#: Bodies named by how many they are (四套班子, 两委班子).
_BODIES_AFTER = ("班子", "领导班子")
_SCOPE_BEFORE = ("全市", "全区", "全县", "全省")
#: A power alone as the number after a word of passing (``突破千亿元``, ``超百亿元``, ``过万人``): a
#: milestone reached, at least that much.
POWERS_ALONE = ("十", "百", "千", "万", "亿")
#: A rank moved by so many places (``位次比去年同期前移11位``, ``排名上升3位``): a figure, unit 位 (aside34 conv. 2).
#: Its name is the rank's own with the head written (``地区生产总值增速位次``).
RANK_MOVE_NAME = re.compile(r"(?P<head>位次|排名|名次|排位)[^，,。；;\d]{0,4}")
#: The verb of a rank's move closing its name (``增速位次前移``, ``排名前进``): the rank is named, not the move.
RANK_MOVE_VERB_END = re.compile(r"(?<=位次|排名|名次|排位)(?:前移|后移|上移|下移|前进|进位|后退|退后|下滑|跃升)了?$")
#: The verbs of a rank's move, up and down (``前移11位``, ``后退2位``).
RANK_MOVE_UP = ("前移", "上移", "上升", "提升", "提高", "前进", "进位", "跃升")
RANK_MOVE_DOWN = ("后移", "下移", "后退", "退后", "下降", "下滑")
RANK_MOVED_DOWN = re.compile("|".join(RANK_MOVE_DOWN))
RANK_MOVED = re.compile(r"(?:位次|排名|名次|排位)[^，,。；;\d]{0,10}?(?:" + "|".join((*RANK_MOVE_UP, *RANK_MOVE_DOWN)) + ")了?$")
#: A move in a ranking named by ``在…中`` (``在全国百强城市中再前进10位左右``; real_aside38 convention 5): a figure
#: in 位 named ``<ranking>位次`` (``全国百强城市位次``), as ``位次比去年同期前移11位``.
RANK_MOVED_IN = re.compile(
    r"在(?P<ranking>[^，,。；;、\d在中]{2,12})中(?:再|又|继续|进一步|力争|努力)?(?:" + "|".join((*RANK_MOVE_UP, *RANK_MOVE_DOWN)) + ")了?$"
)
#: A round amount stepped onto alone (``财政收入迈上百亿元台阶``, ``首次迈上千亿台阶``): the 上 is the step verb's,
#: not the ``上百``/``上千`` of "hundreds of" — a milestone as ``突破百亿元大关`` is.
_STEP_VERBS = ("迈上", "跨上", "跃上", "站上", "登上")
_STEP_ONTO = re.compile(r"(?:新|大)?台阶")


def _STEPPED_ONTO(c: Candidate) -> bool:
    return c.before2 in _STEP_VERBS and _STEP_ONTO.match(c.rest) is not None


#: A count after the preposition ``对`` and before its predicate (``对6所小学、幼儿园进行了环境改造``,
#: real_aside66 convention 3): the counted noun is the whole 、 list up to the predicate.
OBJECT_OF_DUI = re.compile(r"[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8}){1,4}(?=进行|开展|实施|给予|作出|做出|实行)")
#: One count before a 、/和 list of nouns that closes on what they all reached (``15个乡镇中心校、卫生院和便民服务中心
#: 全面达标``, real_pass10 convention 9; fx18e): the counted noun is the whole list up to the predicate; a list whose
#: items have counts of their own (``3个实验室和3个隔离点建成投用``) has digits and is no match.
LISTED_SUBJECT = re.compile(
    r"[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8}){0,4}(?:和|及)[\u4e00-\u9fff]{1,8}?"
    r"(?=(?:全面|全部|均已?|已|基本)(?:达标|建成|完工|竣工|投用|投入使用|完成))"
)


#: ``上百支``, ``上千家`` ("over a hundred", real_aside66 convention 2): the 上 after a joint, a 了 or a verb of
#: having, never the end of a word (``迈上``, ``线上``, ``以上``): a power alone, at least that much, as ``近百家``.
_HUNDREDS_OF_AFTER = "和与及了有、，,：:达逾超"


def _HUNDREDS_OF(c: Candidate) -> bool:
    return c.before == "上" and (len(c.before2) < 2 or c.before2[0] in _HUNDREDS_OF_AFTER)
#: Units a Chinese numeral never measures in the genre (``十分重视`` is "very", not ten points).
ARABIC_ONLY = frozenset({"分"})
#: Words before a number of years or months that make it a span of time (``过去五年``, ``未来3年``).
_SPAN_BEFORE = ("过去", "最近", "未来", "今后", "此后", "近些")
#: Measure words of one character (``项``, ``个``): one standing alone after a count at the end
#: of the text is a noun the page's end cut (``完成13个项`` of ``13个项目``).
#: A counted subject acting for others before a count (``15家银行为50家``): the count's noun must follow;
#: with nothing after it the page's end cut it, and only the subject's count is a figure.
_FOR_COUNTED = re.compile(
    rf"(?<![由从])[\d{CN_CHARS}]+(?:家|个|名|户|所)(?P<noun>[\u4e00-\u9fff]{{1,8}}?)(?:{FOR_WHOM}|向|给|帮助|帮扶)$"
)
def _for_counted(c: Candidate) -> bool:
    """``_FOR_COUNTED`` right before the count, its words a noun (not ``由15家整合为6家``: a change)."""
    m = _FOR_COUNTED.search(c.s, max(0, c.start - 16), c.start)
    return m is not None and re.search(CHANGE_VERBS + "$", m["noun"]) is None


_ONE_CHAR_COUNTS = frozenset(n for n, u in UNITS.items() if u.family == "count" and len(n) == 1)
#: Every longer spelling a unit's start may be cut from (``个百分`` of ``个百分点``, ``个工作`` of ``个工作日``).
_UNIT_STARTS = frozenset(n[:i] for n in UNITS for i in range(2, len(n)))


def _unit_cut(c: Candidate) -> bool:
    """``提高0.2个百分|`` (the text ends): the unit read (``个``) and the characters after it start a
    longer unit the page's end cut (main convention 7), so the number has no unit."""
    rest = c.s[c.unit_end :].strip()
    if not rest:
        # ``增长3.2个|``: a share of a 个 is no count; the unit was longer (个百分点) and the page cut it
        return c.unit == "个" and "." in c.number and re.search("[万亿千百]", c.s[c.start : c.unit_end]) is None  # not 1.6万个
    return c.unit + rest in _UNIT_STARTS


#: A count in apposition to the list before it (``增速、投资增速两项指标``): it counts the items
#: just named, it measures nothing.
_LIST_BEFORE = re.compile(r"[^，,。；;：:]*、[^，,。；;：:、]+$")
#: Two short items joined by 和/与/及 right before the count of two (``守好发展和生态两条底线``), or a 、
#: list whose last item is so joined (``A、B和C三项``): the count numbers them too.
_PAIR_JOIN = re.compile(r"(?:^|(?<=[，,。；;：:]))[^，,。；;：:、和与及\d]{1,8}[和与及][^，,。；;：:、和与及\d]{1,6}$")
_LAST_JOINED = re.compile(r"[^和与及]+[和与及][^和与及]+$")
#: A programme named by the count of its items and its span (``24项重点工作三年行动方案``): the count is part
#: of the document's name, no measured count (aside6 convention 6); a span-named plan counted directly
#: (``5个三年行动计划``) is counted, so a noun stands between.
_PROGRAMME_AFTER = re.compile(r"[\u4e00-\u9fff]{2,8}?[一二三四五六七八九十]年(?:行动(?:方案|计划)|方案|规划)")
#: The apposed count and its class closing a list's last name (``碳排放两项指标``): no part of it.
LIST_COUNT_END = re.compile(r"(?<=..)[两二三四五六七八九十]+(?:项|个)(?:主要)?(?:指标|目标)$")
#: The apposed count and class of listed sectors before their shared measure (``金融、科技和信息服务业三大优势行业
#: 增加值``, the last item's name after 分别 splits them): no part of the item's name (real_aside56 convention 4).
LIST_CLASS_BEFORE_MEASURE = re.compile(
    r"(?<=[业融技])[两二三四五六七八九十]大[\u4e00-\u9fff]{0,4}?(?:行业|产业|领域|板块)(?=增加值|产值|营业收入|营收|税收|投资)"
)
_LIST_WINDOW = 200
#: A quoted name that holds a numeral itself (``“一号工程”``, ``“三个一批”``): a count of such
#: names counts programmes by their names (``推进三个“一号工程”``).
_NUMBERED_NAME = re.compile(rf"[“\"‘「][^”\"’」]{{0,12}}[{CN_CHARS}\d][^”\"’」]{{0,12}}[”\"’」]")


#: A class count right before the count of its items closing the clause (``重点项目5大类51个，``):
#: part of the name.
#: (Not ``紧盯6大类11项指标``: there the noun follows the chain, see ``COUNT_CHAIN``.)
#: So is one before a count of items named by their noun (``出台5大类26项政策``: aside17 convention 6),
#: unless a chain of such pairs follows (``6大类11项和14类33项指标``: each class counted, ``COUNT_CHAIN``).
_CHAIN_BEFORE = re.compile(r"\d(?:大类|类|项)[和、及]$")
_COUNT_NEXT = re.compile(
    r"[\d零一二两三四五六七八九十百]+(?:[个项家条所处]?(?=[，,。；;）)]|$)"
    r"|[个项家条所处种](?![和、及]?[\d零一二两三四五六七八九十百]+(?:大类|类))(?=[\u4e00-\u9fff“]))"
)
#: A yearly output before a number (``年出栏``, ``年产``) and a facility after it within the clause
#: (``…的养殖场``, ``…生产线``): the number names the facility by its size, it measures nothing.
_OUTPUT_BEFORE = re.compile(r"(?<!全)年(?:产|出栏|存栏|屠宰|加工|处理|生产)$")
_FACILITY_AFTER = re.compile(
    r"[^，,。；;、：:]{0,12}?(?:场|厂|基地|生产线|项目)(?![\u4e00-\u9fff]{0,1}[\d])"
    r"|[^，,。；;：:]{0,40}?等[\u4e00-\u9fff]{0,4}?项目"  # 金大地年产60万吨小苏打、…等项目: one of a list of projects
)


#: A capacity inside a project's name in a list of projects (``A电厂、特高压三期500万千瓦新能源基地、
#: B项目等一批…项目建设``): the project is named by its size, the number measures nothing (aside17
#: convention 5). The item is one of a ``、`` list closed by ``等…项目/工程``; a capacity after the name
#: (``大型风电光伏基地4800万千瓦装机建设``) is what is built and stays.
_PROJECT_ITEM = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:基地|电站|电厂|项目|工程|园区|生产线|场|厂)(?=[、等])")
_PROJECT_ITEM_BARE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?=、)")
_PROJECT_LIST_END = re.compile(
    r"[^，,。；;：:]{0,80}?等(?:\d{1,4}个)?[\u4e00-\u9fff]{0,10}?(?:项目|工程)"  # …等13个项目 (fxp12)
    # A电站、B 120万千瓦风电项目、C储能项目建设: a list of projects with no 等, every later item a project
    r"|(?:、[^，,。；;：:、\d]{2,20}?(?:项目|工程|电站|电厂|基地))+(?:建设|开工|投产)?(?=[，,。；;]|$)"
)
_ITEM_BEFORE = re.compile(r"[^，,。；;：:、]{0,24}$")
_SIZE_FAMILIES = frozenset({"energy", "mass", "volume", "area", "length", "mass_rate", "volume_rate"})


_SIZE_UNITS = frozenset(name for name, unit in UNITS.items() if unit.family in _SIZE_FAMILIES)


def _project_in_list(c: Candidate) -> bool:
    if c.suffix or c.unit not in _SIZE_UNITS:
        return False
    head = _ITEM_BEFORE.search(c.s, 0, c.start)
    listed_before = head is not None and head.start() > 0 and c.s[head.start() - 1] == "、"
    item = _PROJECT_ITEM.match(c.s, c.unit_end)
    if item is None and listed_before and len(head.group()) <= 8:
        # 新天龙技术改造、华大30兆瓦生物质发电、…等13个项目: an item between two 、 of a list closed by 等…项目 is a
        # project, its words no project word (real_pass1 convention 11, fxp12)
        item = _PROJECT_ITEM_BARE.match(c.s, c.unit_end)
    if item is None or _PROJECT_LIST_END.match(c.s, item.end()) is None:
        return False
    return listed_before or c.s.startswith("、", item.end())


#: Budget categories named by their count between the budget word and the money word (``财政八项支出``,
#: ``预算三项经费``): a named class, no count (real_aside11 convention 5).
_BUDGET_CLASS_BEFORE = re.compile(r"(?:财政|预算)$")
_BUDGET_CLASS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:支出|收入|经费)")
#: ... and such a class with no budget word before it, named by its share (``一般公共预算支出完成12.2亿元，八项支出占比
#: 72.8%``, ``三项经费所占比重``): the count opens the class's name (real_aside26 convention 3).
_BUDGET_CLASS_SHARE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:支出|经费)(?:所?占比(?:重|例)?|比重|占[\u4e00-\u9fff]{0,12}?(?:比重|比例))")


def _apposition(c: Candidate) -> bool:
    """The count in words equals the number of items of the 、 list right before it."""
    return c.chinese and _listed(c)


def _listed_after_deng(c: Candidate) -> bool:
    """A count in digits closing a list after 等 (``A、B…等12个指标``) that equals its items: apposition
    too (real_aside41 convention 7); ``…等6个指标`` after eight items is counted."""
    return c.before == "等" and _listed(c)


#: The class word and a rate right after a count in digits closing a 、 list with no 等 (``A、B、C、D4项指标增速``):
#: the count is apposition when it equals the items (real_aside38 convention 6); the indicators counted by what
#: they did (``A、B2项指标完成全年目标任务``, real_aside3 convention 12) and a measured noun after it are counted.
# ``A、B、C、D4个指标分别低于预期目标…``: each item has its own value after, the count is apposition too (fx18c)
_LIST_CLASS_AFTER = re.compile(r"(?:主要|经济)?指标(?:增速|增幅|涨幅|分别)")


#: Duty kept round the clock after ``24小时`` (``24小时值守``, ``24小时在线服务``): a schedule.
_ROUND_THE_CLOCK_AFTER = re.compile(r"(?:不间断|全天候)?(?:值守|值班|在岗|待命|轮班|巡逻|在线|热线|服务|营业|开放|响应)")


def _listed_before_class(c: Candidate) -> bool:
    """A count in digits right after a 、 list's last item, of its class (``…、进出口贸易总额4项指标``) and
    equal to its items: apposition, as in words (``两项指标``)."""
    return c.before not in "等、，," and _LIST_CLASS_AFTER.match(c.s, c.unit_end) is not None and _listed(c)


#: Documents issued, counted right after the list of their subjects (``出台A、B和C3个实施意见``): a noun of at
#: most eight characters closed by a document's word (real_aside51 convention: the count equals the items).
_DOCUMENT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:意见|办法|方案|细则|规定|文件|条例|措施|政策|规划|计划|通知)(?=[，,。；;、）)以和及等]|$)")
#: A quoted name holding a numeral right before a count in digits (``“三煤一钢”4个``): the count of its members.
_NUMBERED_QUOTE_BEFORE = re.compile(rf"[“\"‘「][^”\"’」]{{0,12}}[{CN_CHARS}\d][^”\"’」]{{0,12}}[”\"’」]$")


def _listed_before_documents(c: Candidate) -> bool:
    """A count in digits right after a list's last item, of documents (``…和解决历史遗留问题3个实施意见``), equal
    to its items: apposition, the documents are the items (real_aside51)."""
    return c.before not in "等、，," and _DOCUMENT_AFTER.match(c.s, c.unit_end) is not None and _listed(c)


#: Named firms or marks counted in digits right after their names (``新增万和电气、中国地板2家上市企业``, ``新增东菱和富华2件
#: 中国驰名商标``): the count equals the names and is apposition, no figure, as documents counted after their list are
#: (real_aside78; fx18c). Only kinds whose items are proper names: firms, companies, trade marks, brands; a quoted
#: class before the kind too (``瑞达、金鹏2家“专精特新”企业``: fxgen15).
_NAMED_KIND_AFTER = re.compile(r"[\u4e00-\u9fff“”]{0,10}?(?:企业|公司|商标|品牌|名牌)(?=[，,。；;、）)]|$)")


def _listed_before_named(c: Candidate) -> bool:
    """A count in digits right after a list of names, of firms or marks (``万和电气、中国地板2家上市企业``), equal to
    its items: apposition."""
    return c.before not in "等、，," and _NAMED_KIND_AFTER.match(c.s, c.unit_end) is not None and _listed(c)


def _listed(c: Candidate) -> bool:
    """The count equals the number of items of the 、 list right before it."""
    # a list of a few short items: look back a bounded window, so a long clause scans in linear time
    lo = max(0, c.start - _LIST_WINDOW)
    m = _LIST_BEFORE.search(c.s, lo, c.start)
    pair = _PAIR_JOIN.search(c.s, lo, c.start) if m is None else None
    if m is None and pair is None:
        return False
    try:
        n = int(parse_chinese(c.number))
    except ValueError:
        return False
    if pair is not None:
        return n == 2
    items = m.group().count("、") + 1
    return n == items or n == items + 1 and _LAST_JOINED.search(m.group().rsplit("、", 1)[-1]) is not None

#: A count of indicators opening a clause that points back at the figures before it in its sentence
#: (``…服务业增加值完成1514亿元，…；地方一般公共预算收入完成141.8亿元，…，三项指标规模保持中心城区第1``,
#: ``…分别完成…亿元和656.47亿元，这三项指标总量均占全市…``): apposition to the indicators just measured,
#: no figure, when the sentence gave at least as many amounts or rates before it (real_aside76 convention 2;
#: round 18, fx18a).
_COUNTED_BACK_AFTER = re.compile(r"(?:主要)?(?:经济)?指标的?(?:规模|总量|增速|增幅|均|都|全部|合计|总计)")
_COUNTED_BACK_PRONOUNS = ("这", "此", "上述", "以上", "前述")
_FIGURE_BEFORE = re.compile(r"\d(?:亿元|万元|元|%|亿|万)")


def _indicators_counted_back(c: Candidate) -> bool:
    if "指标" not in c.s[c.unit_end : c.unit_end + 5] or _COUNTED_BACK_AFTER.match(c.s, c.unit_end) is None:
        return False
    head = c.s[: c.start]
    head = next((head[: -len(w)] for w in _COUNTED_BACK_PRONOUNS if head.endswith(w)), head)
    if not head or head[-1] not in "，,；;":
        return False
    try:
        n = int(parse_chinese(c.number))
    except ValueError:
        return False
    return 2 <= n <= len(_FIGURE_BEFORE.findall(head))


#: The name such a count leaves before a generic head (``三项指标规模``, ``这三项指标总量``): the head alone, of
#: the indicator before (real_aside76 convention 2).
COUNTED_BACK_NAME = re.compile(
    r"(?:这|此|上述|以上)?[两二三四五六七八九十\d]{1,2}(?:项|个)(?:主要)?(?:经济)?指标的?(?P<head>规模|总量|增速|增幅)")
#: A demonstrative before a count opening a name (``这三项指标总量``): it goes.
DEMONSTRATIVE_COUNT = re.compile(r"(?P<pronoun>这|此|上述)(?=[两二三四五六七八九十\d]{1,2}(?:项|个|大))")


#: A round milestone passed right after the amount that passed it (``完成1012.9亿元，突破千亿元大关``) or
#: right before it (``突破千亿元大关，达到1012.9亿元``, ``突破700亿元大关、达到721.44亿元``): it restates that amount and is no figure
#: (tests/real_aside10 convention 2, aside14 convention 5); a milestone with no amount beside it
#: (``地区生产总值突破6000亿元大关，同比增长5.8%``, ``首次突破千亿元``) stays.
_MILESTONE_VERB = re.compile(r"(?:首次|成功|一举|历史性地?)?(?:突破|迈上|跨上|跃上|站上|登上|迈过|跨过|越过|跨越|超过)$")
#: The amount may have its growth between (``达到10015亿元、增长10.6%，迈上万亿元大台阶``: tests/real jiangsu-2021).
_AMOUNT_JUST_BEFORE = re.compile(
    r"\d(?:[\d.,]*)(?:万|亿)?(?P<unit>[^\d\s，,。；;、]{1,3})[，,、]"
    r"(?:(?:同比|比上年)?(?:增长|下降)\d[\d.]*%[，,、])?$")
#: The amount right after: after 大关/台阶 with or without a verb; after the round amount alone only with a
#: verb of reaching (``突破四百亿元，达410.51亿元``, ``突破两千亿元，余额达2105.20亿元``, fxa26), a stock's word
#: (余额, 总量) before it.
_AMOUNT_JUST_AFTER = re.compile(
    r"(?:(?:大关|关口|(?:新|大)?台阶)[，,、](?:总量|规模|余额|总额)?(?:达到?|为|实现|完成)?"
    r"|[，,、](?:总量|规模|余额|总额)?(?:达到|达|为))"
    r"\d(?:[\d.,]*)(?:万|亿)?(?P<unit>[^\d\s，,。；;、]{1,3})"
)


#: A round amount in figures (``1万亿元``, ``500亿元``): one significant digit, a magnitude's unit — a
#: milestone as much as ``千亿元`` is (``达到10297亿元，突破1万亿元``: real_aside18).
_ROUND_MILESTONE = re.compile(r"[1-9]0*")
#: A number later in the clause (``五年新增就业10万人``): what a span before it counts.
_COUNT_IN_CLAUSE = re.compile(r"[^，,。；;]{1,16}?\d")


def _round_amount(c: Candidate) -> bool:
    """A round amount in figures with its magnitude written (``1万亿元``, ``500亿元``: ``_ROUND_MILESTONE``)."""
    return _ROUND_MILESTONE.fullmatch(c.number) is not None and ("万" in c.s[c.start : c.unit_end] or "亿" in c.s[c.start : c.unit_end])


def _restated_milestone(c: Candidate) -> bool:
    # a step in digits (跃上1.5万亿元台阶，总量达到15806.1亿元) restates its amount as a 大关 does (real_aside70, fxa70)
    if not c.chinese and not c.rest.startswith(("大关", "关口", "台阶", "新台阶", "大台阶")) and not _round_amount(c):
        return False
    verb = _MILESTONE_VERB.search(c.s, max(0, c.start - 8), c.start)
    if verb is None:
        return False
    amount = _AMOUNT_JUST_BEFORE.search(c.s, max(0, verb.start() - 32), verb.start()) or _AMOUNT_JUST_AFTER.match(c.s, c.end)
    # 完成1012.9亿元，突破千亿大关: a milestone written with its scale alone restates an amount of that scale
    return amount is not None and (c.unit.endswith(amount["unit"][-1]) or c.unit in ("万", "亿") and c.unit in amount.group())


#: Milestones listed with one passing verb and one milestone noun counting them, the amounts they round
#: right after in a 分别 list (``地区生产总值、一般公共预算收入迈上4000亿、300亿两大台阶，分别达到4026.6亿元、
#: 303.4亿元``): each restates its amount, as one milestone right before its amount does, and is no figure
#: (real_aside46 convention 6).
#: A milestone's number in digits or by its scale word (``突破百亿元、十亿元大关``, as ``突破千亿、百亿大关``; fxgen8).
_MILESTONE_NUMBER = r"(?:\d[\d.]*|[一二两三四五六七八九]?[十百千])"
_LISTED_MILESTONE_BEFORE = re.compile(
    r"(?:突破|迈上|跨上|跃上|站上|登上|迈过|跨过|越过|跨越|超过)(?:[^，,。；;、\d]{0,4}?" + _MILESTONE_NUMBER + r"(?:万亿|万|亿)[^\d，,。；;、]{0,2}、)*$")
_LISTED_MILESTONE_AFTER = re.compile(
    r"(?:、[^，,。；;、\d]{0,4}?" + _MILESTONE_NUMBER + r"(?:万亿|万|亿)[^\d，,。；;、]{0,2})*"
    r"(?:[两三四五六七八九]|多)?[个大]?新?(?:台阶|大关|关口)[，,]?(?:均|各)?分别(?:达到?|为|实现|完成)\d")


def _listed_milestone(c: Candidate) -> bool:
    return (_LISTED_MILESTONE_AFTER.match(c.s, c.end) is not None
            and _LISTED_MILESTONE_BEFORE.search(c.s, max(0, c.start - 40), c.start) is not None)


#: The same test for a milestone read with its scale as the unit (``突破千亿大关``: extract's ``MILESTONE_SCALE_ALONE``).
restated_milestone = _restated_milestone


#: A class of places a place joins, ordinal and all (``成为全国第2个拥有5家以上…企业的城市``, ``首个…城市``):
#: the threshold inside names the class, no figure (aside2 convention 9, aside14 convention 2).
_CLASS_ORDINAL_BEFORE = re.compile(r"(?:第[\d一二三四五六七八九十]+个|首个|唯一(?:一个)?)[^，,。；;\d]{0,8}$")
_CLASS_PLACE_AFTER = re.compile(r"[^，,。；;]{0,24}?的(?:城市|地区|省份|省区|国家|县市?|市区?|区县?)(?![\u4e00-\u9fff])")


#: A class of a total counted after ``其中`` (``龙头企业2700多家，其中销售收入10亿元以上5家，5亿元以上12家，
#: 出口创汇过1000万美元的8家``): the amount before the count is the class's threshold (``以上``, ``以下``,
#: ``过``/``超``/``超过`` before it), no figure (real_aside19 convention 2).
#: A verb may stand before the count (``其中10亿元以上的达到5户``, ``…的有25家``: real_aside36 convention 5).
CLASS_COUNT_VERB = r"(?:达到?|有|共有|为)?"
CLASS_COUNT_AFTER = re.compile(rf"的?{CLASS_COUNT_VERB}[\d一二两三四五六七八九十]+(?:多|余)?(?:家|个|户|座|所|项|人)")
CLASS_PART_OPENING = re.compile(r"其中[^。；;]{0,40}$")
#: The words before such a count: the class's measure (may be left out, then the item's before is meant:
#: ``5亿元以上12家``) and its threshold, as written.
CLASS_THRESHOLD = re.compile(
    r"(?:其中)?(?P<measure>[\u4e00-\u9fff]{0,8}?)(?P<threshold>(?:过|超过?)?(?:\d[\d.]*[\u4e00-\u9fff]{1,3}?|(?<![\d.])(?:百万|千万|亿|万)(?:美元|元))(?:(?:以上|以下)的?|的))"
    rf"{CLASS_COUNT_VERB}"
)
#: A total named by its class (``销售收入亿元以上的龙头企业达到38户``): the class's measure and the noun counted,
#: which a part after ``其中`` with its own threshold and no noun takes (``其中10亿元以上的达到5户`` →
#: ``销售收入10亿元以上的龙头企业``, real_aside36 convention 5).
TOTAL_OF_CLASS = re.compile(
    r"^(?P<measure>[\u4e00-\u9fff]{2,8}?)(?:过|超过?)?(?:\d[\d.]*(?:百万|千万|亿|万)?|百万|千万|亿|万)[\u4e00-\u9fff]{0,2}?(?:以上|以下)的?"
    r"(?P<noun>[\u4e00-\u9fff]{2,})$"
)


#: A range of amounts naming a class of projects or firms (``计划投资50亿元~100亿元项目5个``): both ends are the
#: class's bounds, no figure, as a threshold with 以上 is (fxa58).
_RANGE_DASHES = r"[~～—–\-－至到]{1,2}"
_RANGE_CLASS_NEXT = re.compile(_RANGE_DASHES + r"\d[\d.]*(?:百万|千万|[万亿]{1,2})?(?:美元|元)(?:之间)?(?:" + CLASS_AFTER.pattern + ")")
_RANGE_CLASS_BEFORE = re.compile(r"\d(?:百万|千万|[万亿]{1,2})?(?:美元|元)" + _RANGE_DASHES + "$")
_RANGE_CLASS_AFTER = re.compile(r"(?:之间)?(?:" + CLASS_AFTER.pattern + ")")


def _class_range(c: Candidate) -> bool:
    if c.suffix or not c.unit.endswith("元"):
        return False
    if _RANGE_CLASS_NEXT.match(c.s, c.end) is not None:
        return True
    return (_RANGE_CLASS_BEFORE.search(c.s, max(0, c.start - 12), c.start) is not None
            and _RANGE_CLASS_AFTER.match(c.s, c.end) is not None)


def _class_of_a_part(c: Candidate) -> bool:
    threshold = c.suffix.endswith(("以上", "以下")) or not c.suffix and c.before in "超过"
    return (threshold and c.unit not in ("%", "个百分点") and CLASS_COUNT_AFTER.match(c.s, c.end) is not None
            and CLASS_PART_OPENING.search(c.s, max(0, c.start - 40), c.start) is not None)


def _class_of_places(c: Candidate) -> bool:
    return (_CLASS_ORDINAL_BEFORE.search(c.s, max(0, c.start - 16), c.start) is not None
            and _CLASS_PLACE_AFTER.match(c.s, c.end) is not None)


#: The order of a span of years before it (``第一个五年``, ``第二个十年``, ``首个五年``).
_ORDINAL_SPAN_BEFORE = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}|首)个$")


#: A count inside an honour's title listed after the honour's verb (``荣获全国…先进地区、全区4个县域生态环境质量连续3年
#: 持续改善旗``): the title's words, no figure (real_pass1, fxp12).
_HONOUR_LIST_BEFORE = re.compile(r"(?:荣获|获评|被评为|被授予)[^，,。；;]{2,40}、[^，,。；;、\d]{0,6}$")
_TITLE_AFTER = re.compile(r"[^，,。；;、]{0,24}?(?:旗|县|市|区|地区|单位|城市|示范区|先进集体|旗县|县市)(?:之一)?(?=[、，,。；;]|$)")
#: Time ahead of schedule (``提前两年完成“十一五”规划目标``, ``提前3个月实现…``): how early, no figure of the plan's
#: (real_pass2, fxp12); a task done ahead keeps its own figures, and a work's lead time stays (``项目提前3个月建成``).
_AHEAD_AFTER = re.compile(r"(?:完成|实现|达到|达成)[^，,。；;]{0,16}?(?:目标|任务|规划|指标)")  # not 提前3个月建成 (a lead time)
#: Meetings a leader chaired or attended (``政府主要领导主持了59次经济工作调研、调度和会议``): the government's own
#: work, no figure of the economy (real_pass2, fxp12).
_CHAIRED_BEFORE = re.compile(r"(?:主持|出席|参加)(?:了|召开了?|召开)?$")


class Skip(NamedTuple):
    """A row of ``SKIP_RULES``: why a number is set aside, the rule that says so, and what the rule
    needs to hold at all — one of ``units`` (None: any unit) and a Chinese numeral or not (``chinese``,
    None: either). ``skip_rules`` passes over the rows whose needs the number does not meet."""

    reason: str
    rule: Callable[[Candidate], bool]
    units: tuple[str, ...] | frozenset[str] | None = None
    chinese: bool | None = None


#: How far a quoted slogan's marks may stand from a count in words inside it (fx18f).
_SLOGAN_REACH = 60


def _inside_quoted_slogan(c: Candidate) -> bool:
    """The count stands inside a quote (an opening ``“`` before it not yet closed, its ``”`` close after): a slogan
    (``“…一圈连接两群的重要节点…”``), whose numbers in words name a role, no count (fx18f)."""
    if "“" not in c.s:
        return False
    opened = c.s.rfind("“", max(0, c.start - _SLOGAN_REACH), c.start)
    if opened < 0 or "”" in c.s[opened:c.start]:
        return False
    return "”" in c.s[c.unit_end : c.unit_end + _SLOGAN_REACH]


#: ``二元``/``一元`` opening a word of structure (``城乡二元户籍制度``, ``二元经济结构``, ``一元化管理``): a word, no
#: amount of money (real_aside27 guangdong-2009).
_STRUCTURE_AFTER_YUAN = re.compile(r"\s*(?:化|结构|户籍|体制|制度|经济|格局|分割|分治|分立|对立|社会|管理|模式)")


#: ``二次`` opening a word of building or reuse (``二次结构``, ``二次供水``, ``二次装修``): a term, no count of
#: times (real_aside56 convention 9, fx18g).
_SECOND_TERM_AFTER = re.compile(r"(?:结构|供水|装修|加压|开发|创业|分配|污染|利用|搬迁)")


#: A water or quality class written in Chinese numerals or digits (``达到或好于三类水体比例``, ``二类标准``), as ``Ⅲ类``:
#: a class met, no count of classes (fxgen6).
_QUALITY_CLASS_AFTER = re.compile(r"(?:及以上|以上|及以下|以下|及好于)?(?:水|海水|标准)")


#: A meeting's items counted in its agenda (``会议将听取、审议3项工作报告和2项法律法规实施情况的报告，审议2件地方性
#: 法规草案、1项决定草案``): the session's, no figure of the report (real_aside59 convention 1).
_AGENDA_BEFORE = re.compile(r"(?:会议|大会|会上)(?:将|还|先后|共|同时)?(?:听取|审议|审查|表决)[^。；;]{0,80}$")
_AGENDA_ITEM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:报告|草案|议案|任免案|决定|决议|法规)")


#: A span of years a review looks back on (``这五年是…的五年``, ``过去的五年极不寻常``, ``…极不平凡的五年。``,
#: ``五年增长1.42倍``): the period, no figure (round 17 audit au2).
_SPAN_YEARS_AFTER = re.compile(r"(?:[，。；、！]|是|里|中|增长|翻|$)")
_SPAN_YEARS_BEFORE_DE = re.compile(r"(?:过去|最近|未来|今后|此后)的$")


def _span_of_years(c: Candidate) -> bool:
    if len(c.number) > 2:
        return False
    if c.before in "这那":  # 这五年
        return True
    if c.before == "的":  # 过去的五年; …极不平凡的五年。
        return _SPAN_YEARS_BEFORE_DE.search(c.s, max(0, c.start - 4), c.start) is not None or (
            _SPAN_YEARS_AFTER.match(c.s, c.end) is not None and not c.s.startswith(("增长", "翻"), c.end)
        )
    return c.chinese and c.before in "，,。； " and c.s.startswith(("增长", "翻"), c.end)  # ，五年增长1.42倍


#: A congress's attendance (``会议应到代表457名，实到代表445名``, ``应出席代表447人``): the session's, no figure of
#: the report (round 17 audit au2: congress-opening news).
_ATTENDANCE_BEFORE = re.compile(r"(?:应到|实到|应出席|实际出席|实出席|到会|出席|列席)(?:会议|大会)?的?(?:代表|委员)(?:共|为)?$"
                                # 因事因病请假14人, 缺席代表3名: those absent are the attendance's too (fxp67)
                                r"|(?:因事|因病|因故|因公)*(?:请假|缺席)(?:的)?(?:代表|委员)?(?:共|为)?$")
#: A web page's counter (``点击：855次``, ``浏览量：1203次``): the page's, no figure.
_PAGE_COUNTER_BEFORE = re.compile(r"(?:点击|浏览|阅读|访问)(?:量|数|次数)?[：:]? *$")


#: A verb of helping alone in its clause before a count (``，帮助853名``): the count's noun must follow (fx18b).
_HELPED_CUT_BEFORE = re.compile(r"(?:^|[，,。；;：:])(?:共|累计|全年)?(?:帮助|帮扶|扶持|资助|救助|慰问|培训)了?$")
#: A sampling survey named by its rate (``5‰人口变动抽样调查``, ``1%人口抽样调查``).
_SAMPLING_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?抽样调查")


#: The skip rules, in order. The first that holds sets the number aside.
SKIP_RULES: tuple[Skip, ...] = (
    Skip("span", _span_of_years, units=("年",)),  # 这五年, 过去的五年, 极不平凡的五年 (au2)
    Skip("session", lambda c: _ATTENDANCE_BEFORE.search(c.s, max(0, c.start - 12), c.start) is not None, units=("名", "人")),
    Skip("page", lambda c: _PAGE_COUNTER_BEFORE.search(c.s, max(0, c.start - 8), c.start) is not None, units=("次",)),
    Skip("agenda", lambda c: _AGENDA_BEFORE.search(c.s, max(0, c.start - 96), c.start) is not None
        and _AGENDA_ITEM_AFTER.match(c.s, c.unit_end) is not None, units=("项", "件")),
    Skip("ordinal", lambda c: c.before in "第届" or c.before2 == "首届"),  # 第十八届
    # 撤县建区后第一个五年, 第二个十年: a span counted by its order, no figure (real_aside52, fxa52)
    Skip("ordinal", lambda c: _ORDINAL_SPAN_BEFORE.search(c.s, max(0, c.start - 6), c.start) is not None, units=("年",)),
    Skip("ordinal", lambda c: _SESSION_LIST.match(c.s, c.end) is not None, units=("次",)),  # 十八届人大二次会议, 三次、四次全会
    Skip("span", lambda c: c.s.startswith(("来", "以来", "半来", "半以来", "多来", "多以来"), c.end), units=("年", "个月")),  # 三年来最严峻, 两年半来
    Skip("span", lambda c: c.s.startswith(("均", "间", "年均", "累计", "共", "合计", "总计", "单月", "当月"), c.end), units=("年", "个月")),  # 两年均实现平稳增长, 五年年均增长; 8个月单月增长 (fx18d)
    Skip("span", lambda c: c.s.startswith("新增", c.end)
        and _COUNT_IN_CLAUSE.match(c.s, c.end) is not None, units=("年", "个月"), chinese=True),  # 五年新增就业10万人: the span of a count after
    Skip("span", lambda c: c.before == "近" or c.before2 in _SPAN_BEFORE, units=("年", "个月")),  # 近3年, 过去五年
    Skip("span", lambda c: c.before == "前" and c.before2 != "提前", units=("年", "个月")),  # 前6个月全社会固定资产投资
    Skip("class", lambda c: _COUNT_NEXT.match(c.s, c.end) is not None
        and _CHAIN_BEFORE.search(c.s, 0, c.start) is None, units=("大类", "类")),  # 重点项目5大类51个
    Skip("class", lambda c: _QUALITY_CLASS_AFTER.match(c.s, c.end) is not None, units=("类",)),  # 好于三类水体比例: a class met (fxgen6)
    Skip("name", lambda c: _FACILITY_AFTER.match(c.s, c.end) is not None
        and _OUTPUT_BEFORE.search(c.s, 0, c.start) is not None),  # 年出栏3万只生猪的养殖场: a farm by its size
    Skip("year", lambda c: _NUMBERED_YEAR.fullmatch(c.number) is not None, units=("年",)),  # 附件：1.2021年…计划: item 1, a year
    Skip("year", lambda c: c.before == "○", units=("年",)),  # 二○○六年: a date whose zeros the numeral reader leaves
    Skip("name", lambda c: c.s.startswith(_BODIES_AFTER, c.end), chinese=True),  # 四套班子
    Skip("name", lambda c: glued_to_code(c.s, c.start)),  # PM 2.5, A3 (not 完成GDP488.6亿元)
    Skip("name", lambda c: c.after.isascii() and c.after.isalpha() and (c.unit.isascii() or c.unit in ("个", "次"))),  # 5G, 200PB
    Skip("streak", lambda c: c.before2.endswith(("连续", "连")), units=("年", "个月", "天")),  # 连续四年保持正增长
    Skip("span", lambda c: c.rest.startswith("季度"), units=("个",)),  # 3个季度保持全市前10: a year's quarters, a span
    Skip("year", lambda c: len(c.number) == 4 and c.number[:2] in ("19", "20"), units=("年",), chinese=False),
    Skip("year", lambda c: len(c.number) >= 3 and all(x in _YEAR_DIGITS for x in c.number), units=("年",), chinese=True),
    Skip("name", lambda c: NAME_AFTER_YEAR.match(c.s, c.unit_end) is not None or c.after in "度底初末前后期", units=("年",)),  # 5年期贷款: a term
    Skip("word", lambda c: not any(x in CN_DIGITS for x in c.number) and not c.number.startswith("十")
        and not (c.number in POWERS_ALONE and (c.before in "过超破逾近" or _STEPPED_ONTO(c) or _HUNDREDS_OF(c))), chinese=True),  # 千翼, 万集, 百年; not 突破千亿元
    Skip("article", lambda c: c.number == "一" and not c.suffix
        and (c.after not in "，。；,;: " or c.before == "的" or c.unit == "年"), chinese=True),  # 一个, 一批
    Skip("name", lambda c: c.before in "市区县省" and c.before2 not in (*_SCOPE_BEFORE, *PLACE_NOUNS), chinese=True),  # 市五所, 区一中
    Skip("word", lambda c: c.number.startswith("零"), chinese=True),
    Skip("word", lambda c: c.number == "二" and not c.suffix and c.s[c.start : c.unit_end] == "二次"
        and _SECOND_TERM_AFTER.match(c.s, c.unit_end) is not None, units=("次",), chinese=True),  # 二次结构 (fx18g)
    Skip("word", lambda c: c.number in ("一", "二") and not c.suffix and _STRUCTURE_AFTER_YUAN.match(c.s, c.unit_end) is not None,
        units=("元",), chinese=True),  # 城乡二元户籍制度, 一元化管理
    Skip("word", lambda c: True, units=ARABIC_ONLY, chinese=True),  # 十分重视, 三分之一
    Skip("name", lambda c: c.before in "×*＊"),  # 7×24小时: a schedule
    # 一批项目, 分两批开工: batches in words are a manner or a class, no count (批 counts in digits: 26批共2495名; fxleft)
    Skip("word", lambda c: True, units=("批",), chinese=True),
    # 新一轮科技革命, 开展两轮督查: rounds in words are a manner or an era, no count (完成3轮排查 counts; fxa52)
    Skip("word", lambda c: True, units=("轮",), chinese=True),
    # 赋予某区“一圈连接两群的重要节点”定位: a count in words inside a quoted slogan names a role, no count (fx18f)
    Skip("slogan", lambda c: _inside_quoted_slogan(c), chinese=True),
    # 24小时值守: a round-the-clock watch is a schedule, no figure (real_aside49 convention 8; fxleft)
    Skip("name", lambda c: c.number == "24" and not c.suffix and _ROUND_THE_CLOCK_AFTER.match(c.s, c.unit_end) is not None, units=("小时",)),
    Skip("name", lambda c: c.number.isdigit() and c.after == "号"),  # 民路56号
    Skip("name", lambda c: c.before in NOUN_END and NAMED_GROUP.match(c.s, c.end) is not None, chinese=True),  # 三个片区教研联动项目
    # 10亿元以上项目; 新增100个以上项目 counts the projects themselves (a bound on a count, at least; fxgen9)
    Skip("class", lambda c: c.suffix.endswith(("以上", "以下")) and CLASS_AFTER.match(c.s, c.end) is not None
        and not (c.unit in COUNT_OWN_UNITS and COUNTED_OWN_AFTER.match(c.s, c.end) is not None)),
    Skip("class", lambda c: not c.suffix and c.before in "超过" and CLASS_AFTER.match(c.s, c.end) is not None),  # 产值超10亿元企业
    # 税收10亿元楼宇8个: a class of buildings by their yearly tax, written with no 超/以上 (real_pass9; fx18e)
    Skip("class", lambda c: not c.suffix and c.before2 in ("税收", "营收", "产值") and c.unit.endswith("元")
         and c.s.startswith("楼宇", c.end)),
    Skip("class", _class_range),  # 计划投资50亿元~100亿元项目5个: a class's bounds (fxa58)
    Skip("class", _class_of_a_part),  # 企业2700多家，其中销售收入10亿元以上5家: the class's threshold
    # 新引投超10亿元重要节点项目28个: a threshold inside a counted noun, its count right after (aside30 conv. 3)
    Skip("class", lambda c: not c.suffix and c.before in "超过" and CLASS_NOUN_COUNTED.match(c.s, c.end) is not None),
    # 以下五个方面工作; 明确三个层面的扶持政策: the plan's outline or aspects, no measure (real_aside70 convention 2)
    Skip("enumeration", lambda c: c.s.startswith(ASPECT_WORDS, c.end), units=("个",)),
    Skip("enumeration", lambda c: c.before == "的" and _ANAPHORA.search(c.s, 0, c.start) is not None, chinese=True),  # …等…的五个重点区域
    Skip("class", _class_of_places),  # 全国第2个拥有5家以上…企业的城市
    Skip("restated", _restated_milestone),  # 完成1012.9亿元，突破千亿元大关
    Skip("restated", _listed_milestone),  # 迈上4000亿、300亿两大台阶，分别达到4026.6亿元、303.4亿元
    # 跨上1000亿元、50亿美元两个台阶: the count of milestones passed counts the list before it (apposition)
    Skip("enumeration", lambda c: re.match(r"新?(?:台阶|大关|关口)", c.rest) is not None, units=("个",), chinese=True),
    Skip("policy", _policy, units=("条",)),
    Skip("title", lambda c: _HONOUR_LIST_BEFORE.search(c.s, max(0, c.start - 48), c.start) is not None
         and _TITLE_AFTER.match(c.s, c.end) is not None, units=("个",)),  # 荣获…、全区4个…改善旗: a title's words
    Skip("ahead", lambda c: c.before2 == "提前" and _AHEAD_AFTER.match(c.rest) is not None, units=("年", "个月", "天")),  # 提前两年完成…目标
    Skip("chaired", lambda c: _CHAIRED_BEFORE.search(c.s, max(0, c.start - 4), c.start) is not None, units=("次", "场")),  # 主持了59次…会议
    Skip("policy", lambda c: _IMPLEMENT_BEFORE.search(c.s, max(0, c.start - 8), c.start) is not None, units=("条",), chinese=True),  # 落实二十条, 实施防疫新十条
    Skip("policy", lambda c: _ASPECTS_BEFORE.search(c.s, max(0, c.start - 6), c.start) is not None
        and _POLICY_LATER.match(c.s, c.end) is not None, units=("项",)),  # 落实国家6方面33项稳经济一揽子政策  # 二十条优化措施, 政策46条, 出台A55条、B30条
    Skip("scope", _group_size),  # 在全区33个农产品主产区中…位列第一
    Skip("outside", _outside),  # 国际货币基金组织调高全球经济增速至3.7%
    Skip("outside", _other_places),  # 在31个省、市、自治区中，…高于去年的有23个 (real_aside54, fxa5455)
    Skip("outside", _nation_target),  # 中央…确定的今年国内生产总值增长7%的宏观调控目标 (real_aside54, fxa5455)
    Skip("name", lambda c: not c.suffix and _REACH_AFTER.match(c.rest) is not None, units=_REACH_UNITS),  # 15分钟生活圈
    Skip("campaign", lambda c: _CAMPAIGN_AFTER.match(c.rest) is not None, units=("场",)),  # 七场硬仗
    # 拼经济四张清单, 一张蓝图: a named set of lists or plans, no count (real_aside52, fxa52)
    Skip("campaign", lambda c: c.rest.startswith(("清单", "蓝图", "名片", "网", "图", "表")), units=("张",), chinese=True),
    Skip("name", lambda c: c.s.startswith(_VISITS_AFTER, c.end), chinese=True),  # 两次视察北京
    # 先后20余次召开中央政治局会议: the meetings the leadership held, no indicator (aside34 convention 3)
    Skip("name", lambda c: _MEETINGS_HELD_AFTER.match(c.s, c.end) is not None, units=("次",)),
    Skip("idiom", lambda c: len(c.unit) == 1 and not c.suffix and _ONE_CHAR_NOUN.match(c.rest) is not None, chinese=True),  # 两条线
    Skip("name", lambda c: c.before == "至" and c.before2[:1] in CN_CHARS, chinese=True),  # 东四三至八条
    Skip("word", lambda c: len(c.unit) == 1 and c.s[c.unit_start : c.unit_start + 2] in UNIT_WORDS
     and c.s[c.unit_start : c.unit_start + 3] not in UNIT_WORD_BREAKS),  # 2023天津赛区, 5项目 (not 4项目标)
    Skip("name", lambda c: _BUDGET_CLASS_BEFORE.search(c.s, max(0, c.start - 2), c.start) is not None
        and _BUDGET_CLASS_AFTER.match(c.s, c.unit_end) is not None, chinese=True),  # 财政八项支出
    Skip("name", lambda c: _BUDGET_CLASS_SHARE.match(c.s, c.unit_end) is not None, units=("项", "类"), chinese=True),  # 八项支出占比
    Skip("cut", lambda c: not c.suffix and c.s[c.unit_end :].strip() in _ONE_CHAR_COUNTS),  # 完成13个项| (page end)
    Skip("cut", lambda c: not c.suffix and not c.s[c.unit_end :].strip()
        and _for_counted(c)),  # 15家银行为50家| (page end)
    # 全年…，帮助853名| (page end): a count right after a verb of helping, its noun cut away by the page (fx18b)
    Skip("cut", lambda c: not c.suffix and not c.s[c.unit_end :].strip()
        and _HELPED_CUT_BEFORE.search(c.s[max(0, c.start - 8) : c.start]) is not None, units=("名", "人", "户", "家", "个")),
    # 据全省5‰人口变动抽样调查推算: a survey's sampling rate in its name, no figure (real_pass10 convention 8, fx18b)
    Skip("name", lambda c: "抽样" in c.rest and _SAMPLING_AFTER.match(c.rest) is not None, units=("‰", "%")),
    Skip("word", lambda c: not (PERSON_AFTER_WEI.match(c.s, c.end) and c.before not in "第居列排前")
        and RANK_MOVED.search(c.s, max(0, c.start - 16), c.start) is None
        and RANK_MOVED_IN.search(c.s, max(0, c.start - 20), c.start) is None, units=("位",)),  # 两位数, 前10位: 位 counts people only
    Skip("word", lambda c: c.s[c.unit_start - 1 : c.unit_start] not in ("万", "亿"), units=("度",)),  # 一度, 35度高温: no electricity
    Skip("cut", lambda c: not c.suffix and _unit_cut(c)),  # 提高0.2个百分| (page end)
    # 为加强“四个| (page end): a quoted name's first words, cut by the page (real_aside49; fxleft)
    Skip("cut", lambda c: c.before in "“\"‘「" and not c.s[c.unit_end :].strip(), chinese=True),
    Skip("name", _project_in_list, units=_SIZE_UNITS),  # A电厂、三期500万千瓦新能源基地、B项目等一批项目
    Skip("enumeration", _apposition, chinese=True),  # 增速、投资增速两项指标; 发展和生态两条底线
    Skip("enumeration", _listed_after_deng, chinese=False),  # A、B…等12个指标: as many as listed
    Skip("enumeration", _listed_before_class, units=("项", "个"), chinese=False),  # A、B、C、D4项指标增速 (fxleft)
    Skip("enumeration", _indicators_counted_back, units=("项", "个")),  # …141.8亿元，…，三项指标规模保持… (fx18a)
    Skip("frame", lambda c: (m := FRAME_AFTER.match(c.s, c.unit_end)) is not None
        and not m["group"].endswith(CATEGORY_HEADS)),  # 70个大中城市中有58个城市…: the group's size (aside51)
    Skip("enumeration", _listed_before_documents, units=("项", "个", "份", "条"), chinese=False),  # A、B和C3个实施意见 (aside51)
    Skip("enumeration", _listed_before_named, units=("家", "个", "件"), chinese=False),  # 万和电气、中国地板2家上市企业 (fx18c)
    Skip("name", lambda c: _NUMBERED_QUOTE_BEFORE.search(c.s, max(0, c.start - 16), c.start) is not None
        and _DOCUMENT_AFTER.match(c.s, c.unit_end) is not None, chinese=False),  # “三煤一钢”4个企业脱困发展实施办法 (aside51)
    Skip("name", lambda c: _PROGRAMME_AFTER.match(c.s, c.end) is not None, units=("项",)),  # 24项重点工作三年行动方案
    Skip("name", lambda c: _NUMBERED_NAME.match(c.s, c.end) is not None, chinese=True),  # 三个“一号工程”
    Skip("name", lambda c: _SLOGAN_AFTER.match(c.rest) is not None, chinese=True),  # 办好两件大事
    Skip("name", lambda c: _FORMULA_BEFORE.search(c.s, max(0, c.start - 10), c.start) is not None,
         units=("个", "大"), chinese=True),  # 紧紧围绕构建四个产业集群: the place's formula (fxa74)
    Skip("name", lambda c: _ACTIONS_AFTER.match(c.s, c.end) is not None, units=("项", "个"), chinese=True),  # 高质量发展十项行动
    Skip("name", _in_formula, chinese=True),  # 两个确立, 八项规定, 两个一百年: a stock formula
    Skip("name", lambda c: _QUOTED_BEFORE.search(c.s, max(0, c.start - 8), c.start) is not None, chinese=True),  # “885”三项重点任务
    Skip("name", lambda c: _BODY_BEFORE.search(c.s, max(0, c.start - 4), c.start) is not None
        and _DEMANDS_AFTER.match(c.rest) is not None, chinese=True),  # 市政府八项重点工作部署要求
    Skip("name", lambda c: _QUOTED_LIST_BEFORE.search(c.s, max(0, c.start - _QUOTED_LIST_REACH), c.start) is not None, chinese=True),  # “一个篇章”总目标、“四个更大”重要要求和四项重点任务
)


@cache
def skip_rules(unit: str, chinese: bool) -> tuple[Skip, ...]:
    """The rows of ``SKIP_RULES`` that may hold for a number in ``unit`` (a Chinese numeral or
    not), in their order: the table read once per unit, not per number."""
    return tuple(
        row for row in SKIP_RULES
        if (row.units is None or unit in row.units) and (row.chinese is None or row.chinese == chinese)
    )

#: A target of the report's own year restated in its account (``完成区人代会批准增长8%目标``):
#: the target belongs to last year's report, so the number is no outcome (FIGURES.md).
RESTATED_BEFORE = re.compile(
    r"完成[^，。；]{0,16}(?:批准|确定|下达|提出|既定|预期)[^，。；]{0,12}$|(?:符合|实现了?|达到了?)$"
    r"|(?:完成|占|超)(?:全年|年度|年)?(?:计划|目标|任务)$"  # 完成年计划710亿元的89.4%: the plan's value
    r"|完成[^，。；\d]{0,12}(?:增长|下降|提高|降低)$"  # 完成可比增长6.5%的目标任务: the growth the target set
    r"|(?:低于|高于|优于|好于|快于|慢于|超过|控制在)$"  # 失业率2.9%，低于4.5%的控制目标: the target beside its outcome
    # 上涨3.1%，控制在年初确定的4%的预期目标内: the target, set by someone, beside its outcome (aside51)
    r"|(?:低于|高于|优于|好于|快于|慢于|超过|控制在|处于)[^，。；\d]{0,10}?(?:确定|下达|提出|既定|批准|设定)的$"
    r"|^(?:仍|均|继续|依然)?(?:在|处于)$"  # 上涨3.1%，仍在3.5%左右的年度目标以内 (aside35 conv. 4)
    # 财政收入增长6.5%，远低于年初增长12%的目标: the target's time and verb before it (real_aside59 convention 5)
    r"|(?:低于|高于|优于|好于|快于|慢于|超过)(?:年初|年度|全年|预期)(?:确定的|提出的)?(?:增长|下降|提高|降低)$"
)
#: A task's size written before its completion (``加固达标980公里江海堤围任务，累计已完成580公里``,
#: ``除险加固888宗病险水库任务累计已完成519宗``): the programme's target restated in the account, no
#: outcome (real_aside21 convention 4); the completion after it is the outcome.
_TASK_DONE = r"的?任务[，,]?(?:累计|目前|至今|截至[^，,。；;]{1,10}?)?[，,]?(?:已经?|共)?(?:完成|完工|建成)(?!量|率|度|进度)"
#: Tasks counted themselves (``围挡治理等12项任务完成量…``, ``8项重点任务已完成``): the count of tasks, no task's
#: size (``TASK_SIZE_AFTER`` needs a size in another unit; fxa28, real_aside28 convention 10).
#: The tasks' own words may stand between the count and 任务 (``30项全面创新改革试验任务完成22项``; real_aside64
#: convention 7).
TASKS_COUNTED = re.compile(r"(?<=[项件])[^，,。；;\d]{0,16}?任务|(?<=个)(?:重点|重大|主要|年度|攻坚)?任务")
TASK_SIZE_AFTER = re.compile(r"[^，,。；;\d]{0,16}?" + _TASK_DONE)  # 改造农村危房5000户任务已完成: the object may come first


def task_size_done(unit: str) -> re.Pattern[str]:
    """The task before its completion, its size in the completion's ``unit`` (``加固达标980公里江海堤围
    任务累计已完成``), ending where the completion's number begins: the task's verb (``lead``) and object
    (``obj``) around the size, which name the completion (real_aside21 convention 4)."""
    return re.compile(
        r"(?P<lead>[^，,。；;\d]{0,16}?)\d[\d.]*(?:多|余)?(?:万|亿)?" + re.escape(unit.lstrip("万亿"))
        + r"(?P<obj>[^，,。；;\d]{0,16}?)" + _TASK_DONE + "$"
    )
#: An amount that is the year plan itself, which something can bear or meets (``在建项目总投资3.2万亿元，
#: 能够支撑1.1万亿元的年度投资计划``, ``满足300亿元的全年融资计划``): the plan's value restated, no outcome.
PLAN_BORNE_BEFORE = re.compile(r"(?:支撑|支持|保障|满足|承载|完成|确保)$")
PLAN_BORNE_AFTER = re.compile(r"的?(?:全年|年度|年)[\u4e00-\u9fff]{0,4}?(?:计划|目标|任务)(?!完成率|执行率|完成)")
#: A clause opening with the year plan restated (``——年计划完成税收收入52亿元以上，1—9月完成…``):
#: the plan's value, not an outcome (a rate of completion, ``年计划完成率98%``, is one; so is the
#: planned investment of a project list, ``总投资693.36亿元，年度计划投资131.53亿元``: an amount the
#: list itself holds, named as written like ``计划总投资``).
#: (``年度计划完成投资率105%``: a completion rate written 完成 first is one too; fxgen11)
RESTATED_CLAUSE = re.compile(r"^(?:全年|年度|年)计划(?!(?:总)?投资|[^，。；]*?(?:完成率|执行率|完成进度|完成[\u4e00-\u9fff]{1,2}率(?!先)))")
#: An item opening with the year plan restated, the indicator inside (``——全年地区生产总值计划增长7.8%。
#: 上半年完成675.9亿元``, ``——全年税收收入年度目标增长6%``, ``——地区生产总值年初目标增长8%``): the
#: plan's value, not an outcome; the item's outcomes after it take its indicator when they leave it out
#: (tests/real_aside19 convention 10, real_aside9 convention 1). Only at the sentence's head. Such a plan
#: written as met first, then bettered (``——全年某某收入计划完成预算目标并力争增长8%``), or its target values
#: listed (``——全年…降低率目标值分别为3.9%和4%``), is the plan restated all the same, named by the
#: indicator before the plan word (the ``met`` group).
RESTATED_HEAD = re.compile(
    r"^[—－\-\s]*(?:(?:全年|年度)(?P<a>[^，。；、\d]{2,30}?)(?:全年|年度|年初)?|(?P<b>[^，。；、\d]{2,20}?)(?:全年|年度|年初))"
    r"(?:计划|预期目标|目标)(?:值|数)?(?:分别)?(?:为|是)?(?P<met>完成[^，。；、\d]{0,6}?(?:目标|任务)(?:并|且)?(?:力争|争取|确保)?)?"
    r"(?:增长|下降|提高|降低|达到|达|完成|实现|控制在|突破)?(?:到|至)?$"
)
#: A dash item restating the year's target before a colon, its estimate after (``——全社会固定资产投资完成365亿元：
#: 预计全年固定资产投资完成380亿元左右``, ``——计划实施重大项目220项，年度计划投资340亿元以上：预计…``): the words
#: before the colon list no figure (real_aside9 convention 1; round 18, fx18a).
DASH_ITEM_OPEN = ("——", "—", "－－", "--")
DASH_ITEM_COLON = re.compile(r"[：:]")
DASH_ITEM_ESTIMATE = ("预计", "全年预计", "年底预计")
#: A clause of such an item that opens with the plan again (``全年计划实施重大项目190项，年度计划投资220亿元``).
RESTATED_PLAN_AGAIN = re.compile(r"^(?:全年|年度|年)?计划")
#: The plan words closing a restated line's name (``地区生产总值计划`` → ``地区生产总值``).
RESTATED_NAME_END = re.compile(r"(?:全年|年度|年初)?(?:计划|预期目标|目标)$")
#: A cause written as a clause of its own (``受减税降费政策因素影响，上半年完成91.66亿元``): it says why,
#: never what the figure measures.
CAUSE_ONLY = re.compile(r"(?:主要)?受[\u4e00-\u9fff、]{1,16}?(?:因素)?(?:的)?(?:影响|冲击|拖累)(?:较大|明显)?")
RESTATED_AFTER = re.compile(r"[^，。；]{0,6}(?:的)?(?:目标|任务)|的(?=\d)")
#: A bound whose target is named before its value (``控制在年初预定目标2.5%的范围之内``, ``控制在省定目标3.0%以内``):
#: in an account of the year the value is the target restated beside its outcome, no figure (FIGURES, "A target
#: set by someone restated beside its outcome"; fx18c). Only 控制在: ``低于预期目标3.7个百分点`` is a gap.
RESTATED_BOUND_BEFORE = re.compile(r"控制在[^，。；\d]{0,10}?目标(?:值|数)?(?:为|是)?$")
#: A bracket that restates the year's target beside its outcome (part 一): opened by the target
#: (``（预期目标为10%以上）``, ``（年初目标：增长8%）``) or right after it (``高于预期目标（增长6%以上）``).
RESTATED_BRACKET_OPEN = re.compile(r"(?:年初|全年|年度)?(?:预期|计划)?(?:目标|计划)(?:值|数)?(?:为|是)?[:：]?")
RESTATED_BRACKET_AFTER = re.compile(r"(?:预期|计划|年初)目标$")
BRACKET_WINDOW = 24

#: Items of a list that one qualitative clause governs (``能耗降低、二氧化碳排放量降低…完成国家
#: 下达目标任务``): each names a target of its own when each ends in the same kind of verb
#: (``LIST_ITEM_VERB``) or each in a measure's head (``LIST_ITEM_HEAD``: ``单位生产总值综合能耗和
#: 主要污染物排放总量完成市下达任务``). Items are set apart by ``LIST_ITEM_SEPS``.
#: A task allotted from above opening the object of 完成 (``市下达的``, ``省政府下达的``, ``上级下达的``) and the
#: task's own words closing it (``目标``, ``目标任务``): around a 、 list of the tasks' items.
TASK_FROM_ABOVE = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:市|区|省|县|州|盟)(?:委|政府|人民政府|委政府|委员会)?|上级(?:部门)?|国家)级?下达的?")
#: What a met task's clause closes on (``完成市下达的任务``, ``…目标``; ``完成国家下达的控制指标``: round 18, fx18a).
TASK_ENDS = ("任务", "目标", "控制指标", "下达指标")
TASK_LIST_END = re.compile(r"(?:年度)?(?:目标|指标|任务)+$")
LIST_ITEM_VERB = re.compile(r"(?:降低|下降|减少|提高|提升|增长|改善|减排|降耗)$")
#: A met task's subject closing in an estimate or a modal (``…排放量预计能完成市下达的目标任务``): no part of the
#: last item (real_aside36 convention 3; ``预计`` makes the figures estimates elsewhere); nor is ``均``/``都`` (all of them).
DONE_HEDGE = re.compile(r"(?:(?:预计|估计|有望)(?:能够|能|可以|可)?|能够|可以|(?<=[量率耗重度数额])(?:能|均|都))$")  # …排放量均完成
#: Pollutants listed with their measure written once after the last (``二氧化硫、化学需氧量、氨氮、氮氧化物主要
#: 污染物排放量``): each pollutant takes the head; a class word (``主要污染物``) between is an apposition naming
#: the class and leaves the names (real_aside36 convention 3).
POLLUTANTS = r"二氧化硫|化学需氧量|氨氮|氮氧化物|总磷|总氮|烟粉尘|烟尘|粉尘|颗粒物|挥发性有机物|二氧化碳|VOCs"
POLLUTANT_LIST = re.compile(
    rf"(?P<list>(?:{POLLUTANTS})(?:[、和及与](?:{POLLUTANTS}))+)(?:等)?(?:四项|四种|两项|三项)?(?:主要)?(?:污染物)?"
    r"(?P<head>排放总量|排放量|排放)$"
)
POLLUTANT = re.compile(POLLUTANTS)
#: How far from a subject's end a pollutant list may open (ten pollutants and their class words).
POLLUTANT_LIST_SPAN = 160
#: A task's kind alone as the object of a pollutant's task met (``…排放量完成省下达的减排任务``): no name of its own.
CUT_TASK = re.compile(r"的?(?:节能)?减排(?:目标)?(?:任务)?")
#: Items that all close on a measure's head, an emission too (``单位生产总值能耗和主要污染物排放完成…控制指标``:
#: two targets; ``主要污染物排放和节能降耗`` stays one, 降耗 no head; round 18, fx18a).
LIST_ITEM_ALL_HEADS = re.compile(r"(?<=..)(?:能耗|排放|量|强度|浓度|比例|比重|率|指数|面积|天数|总额|收入|支出|就业|人数|总值|增加值|涨幅|增幅|增速|水质|质量)$")
LIST_ITEM_HEAD = re.compile(r"(?<=..)(?:能耗|量|强度|浓度|比例|比重|率|指数|面积|天数|总额|收入|支出|就业|人数|总值|增加值|涨幅|增幅|增速|水质|质量)$")  # 涨幅, 水质 (fxp67)
#: An item closing in 排放 (``碳排放``) is a task item only before ``指标`` closing the list (``能耗强度和碳排放指标完成…任务``,
#: fxgen6): an emission indexed is a measure; ``主要污染物排放和节能降耗控制在…`` stays one name (real_aside13).
LIST_ITEM_INDEXED = re.compile(r"(?<=.)排放$")
#: A list of sectors with the measure written once after the last (``文化产业、旅游产业和高端装备制造业
#: （含新材料）增加值增速均高于GDP增速``): every item ends in a sector's word (a bracketed gloss may
#: follow), the last item in ``LIST_SHARED_HEAD``; each item names ``<sector><head>`` (the gloss goes).
LIST_ITEM_SECTOR = re.compile(r"(?<=.)(?:产业|业)(?:[（(][^（()）]{1,12}[)）])?$")
LIST_SHARED_HEAD = re.compile(r"(?<=..)(?:[（(][^（()）]{1,12}[)）])?(?P<head>(?:工业)?(?:增加值|产值)|营业收入|投资)$")
LIST_GLOSS = re.compile(r"[（(][^（()）]{1,12}[)）]")
#: Tried in order: 、 alone first, since 和 may join words inside an item.
LIST_ITEM_SEPS = (re.compile("、"), re.compile(r"、|和|及|与"))
#: Words closing a list of subjects that say "each of them" (``…总量均完成…``) or call its items
#: examples of a class of indicators (``节能减排、环境质量改善等约束性指标完成…``): no part of a name.
#: So does ``指标`` closing the last of two items or more (``能耗强度和减排指标完成自治区下达任务``: one target each,
#: named without 指标; real_aside44).
LIST_ITEM_EACH = re.compile(r"(?:等[\u4e00-\u9fff]{0,6}?指标)?(?:均|都|全部|分别)$|等[\u4e00-\u9fff]{0,6}?指标$|(?<=[\u4e00-\u9fff]{2})指标$")

#: Values a sector "achieves" (工业实现增加值): the sector is part of the name.
SECTOR_OBJECTS = re.compile(r"(?:总)?(?:增加值|产值|营业收入|营收|税收|利润|产量)")
#: A company measure longer than four characters (``主营业务收入``): after a subject that is a sector or
#: a class of firms (``SECTOR_SUBJECT``) it is that sector's too (``主导产业完成主营业务收入`` →
#: ``主导产业主营业务收入``, tests/real_aside10 convention 5); after a place or a body it stands alone.
LONG_SECTOR_OBJECTS = re.compile(r"主营业务收入|(?:利润|利税)总额")
SECTOR_SUBJECT = re.compile(r"(?:企业|产业|行业|工业|服务业|制造业|农业|建筑业)$")
#: A change verb, its object, then 至/到 (``压减审批时限至3个工作日``, ``提高城镇化率至60%``): the object
#: names the figure, the level it is brought to (a verb with no 至 keeps its object: ``降低企业成本``).
CHANGE_FRAME = re.compile(
    r"(?:提高|提升|压减|压缩|缩短|降低|减少|增加(?!值)|扩大|控制|稳定|保持)(?P<obj>[\u4e00-\u9fff“”A-Za-z0-9.]{2,16}?)"
    r"(?<![达提增升降])(?:至|到|在)"  # 增加值占GDP比重达到: a noun and 达到, no change frame
)
#: Words that say "the rest of them" (``剩余14项进展好于预期``, ``其余5个``): alone they name nothing,
#: the count is of the thing counted before.
REST_WORDS = ("剩余", "其余", "其他", "其它", "余下", "另外", "另有", "还有")
#: "There are" alone before a count (``11项主要经济指标中，有6项没有完成``): it names nothing either.
HAVE_ONLY = re.compile(r"(?:其中|中|共|尚|仍|还)?有")
#: A relative clause closing before a count, its noun left out (``涉及中心城区的10个``, ``完成序时进度
#:的有8项``): the count is of the thing counted before.
OF_THEM_END = re.compile(r"的(?:有|为|是)?$")
#: 实现/完成 inside a list's first name (``规模以上工业企业实现增加值、利润分别…``): the name is read as
#: a figure's words are (``规模以上工业企业增加值``), and the next items take its owner.
DONE_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:实现|完成)(?=[\u4e00-\u9fff]{2})")
#: A value that names its own sector (``工业产值``): after 实现 it stands alone, the subject before
#: says where (``两大工业园区实现工业产值`` → ``工业产值``).
SECTORED_OBJECT = re.compile(rf"[\u4e00-\u9fff]{{1,3}}(?<!总){SECTOR_OBJECTS.pattern}")
#: Heads after 等 that name a category of indicators or tasks: the examples before them go.
CATEGORY_HEADS = ("指标", "任务", "目标", "工作", "事项", "区域", "领域", "行业")
#: The owner of a count of indicators written right before the count, opening its clause (``空气质量6项指标``):
#: a noun of what is measured, no verb, scope or time (``全年``, ``完成``) among its words.
CATEGORY_OWNER = re.compile(
    r"(?:^|[，,。；;、：:\s]|全[省市区县旗州镇乡]|[省市区县])(?P<owner>(?:环境)?空气质量|(?:地表)?水(?:环境)?质量|水质|环境质量)$"
)
#: Words where 等 is part of the word, not "and so on" (高等教育, 均等化, 中等职业).
DENG_WORDS = "高中初平同均对相优上特一二三超"
#: A numeral and classifier opening a noun phrase (五个重点区域 → 重点区域).
COUNT_HEAD = re.compile(rf"^[{CN_CHARS}\d]+[个项家条类]")
#: Names of a thing by an amount it has (注册资金67亿元的央企): the name before the number holds.
ATTRIBUTE_HEADS = ("资金", "投资", "资本", "总额", "金额", "规模", "面积", "产值", "投资额", "人口")
#: A subject that holds both town and country: split for a 分别 list (城乡居民… → 城镇居民…, 农村居民…).
BOTH_PAIRS = {"城乡": ("城镇", "农村")}
#: Sibling words: a name that opens with one, after a name that holds the other before the same
#: tail, shares that name's scope (``金融机构人民币存款余额…，贷款余额…`` → ``金融机构人民币贷款余额``).
SIBLINGS = (("存款", "贷款"), ("进口", "出口"), ("收入", "支出"), ("城镇", "农村", "全体", "牧区", "农区", "林区", "渔区"))  # 城镇、牧区常住居民… (fxp12)
#: A subject with a word that names two things (``一般公共预算收支分别增长4.4%、6.1%``,
#: ``金融机构存贷款余额分别为520亿元和410亿元``): each in turn, in the word's order.
#: A pair word of two crops (``粮油产量稳定在11万吨、2.6万吨``) splits the same way, each half named by its
#: ordinary word (real_aside44 convention 2). Two values right after any of these words, with or without a
#: verb and with no 分别, are read as if 分别 were written (``金融存贷款余额288.42亿元、219.06亿元``).
BOTH_WORDS = {
    "收支": ("收入", "支出"), "存贷款": ("存款", "贷款"), "进出口": ("进口", "出口"), "粮油": ("粮食", "油料"),
    "存贷": ("存款", "贷款"),  # 金融机构存贷余额增长21%和23% (real_aside59 convention 2)
}
#: A run of one-character livestock before a head they share (``牛羊存栏分别增长2.2%和1.3%``,
#: ``猪牛羊禽肉产量分别…``): one name per animal, in the run's order (real_aside17 convention 3).
#: An animal's yearly stock or turnover (``肉牛出栏``, ``生猪存栏``): a bare value right after it (``肉牛出栏3.83万头，
#: 实现产值4.51亿元``) is the animal's (``肉牛产值``: real_aside32 convention 10, as ``蓝莓产业产值``).
ANIMAL_COUNT = re.compile(r"^(?P<animal>[\u4e00-\u9fff]{0,4}[猪牛羊禽马驴骡鸡鸭鹅兔])(?:出栏|存栏|出笼|存笼|饲养量|出售)$")
ANIMAL_RUN = re.compile(r"(?P<head>.*?)(?P<run>[猪牛羊禽马驴骡鸡鸭鹅兔]{2,6})(?P<tail>(?:存栏|出栏|饲养量|存笼|出笼|肉|奶|蛋|毛|绒)[\u4e00-\u9fff]*)")


#: The last characters of the two-thing words (``part_of_both``'s fast test).
_BOTH_LAST = frozenset(both[-1] for both in BOTH_WORDS)


def part_of_both(name: str, previous: str) -> bool:
    """Is ``name`` one part of the two-thing word closing ``previous`` (``出口`` after ``进出口``,
    ``支出`` after ``一般公共预算收支``)? Then it is named as written: neither the whole again nor
    a sibling carried onto the whole's word (``进出口增长9.8%，其中出口增长10%`` → ``出口``; real_aside18
    convention 11)."""
    if not previous or previous[-1] not in _BOTH_LAST:
        return False  # speed only: no two-thing word ends ``previous``
    return any(previous.endswith(both) and name in parts for both, parts in BOTH_WORDS.items())
#: Verbs of a relative clause before 的 (列入专项行动的…, 现行标准下剩余的…): the clause
#: describes, the noun after 的 names. A possessive (…企业的营业收入) keeps its owner. So does a
#: body's approval (``区三届人大三次会议审议通过的…预期目标``, ``批准的``: aside12, chenggong-2019).
#: An organ's order is one too (``县委县政府部署的重点改革任务``, ``上级下达的…``, ``会议提出的…``).
RELATIVE_VERBS = re.compile(r"列入|纳入|剩余|属于|位于|认定|评为|确定|标准下|进入|入驻|入住|入园|符合|审议通过|批准|部署|下达|提出|明确|交办")
#: A number joined to the next one of a list, written bare or with the first part of the next one's
#: unit (``分别下降0.5和0.7个百分点``, ``提高1.1个和0.3个百分点``, ``1.2万、3.4万户``, ``3亿和5亿元``):
#: it takes that whole unit (tests/real/README.md convention 1). ``part`` is checked against the
#: next number's unit by ``extract._Sentence._shared_unit``.
#: A sign opening an item keeps it (``分别为0.15、-5.64、1.34个百分点``: fx18b), never the dash of a range (``0-17``).
BARE_BEFORE = re.compile(r"(?<![\d.\-−])(?P<n>[-−]?\d{1,8}(?:\.\d{1,4})?)(?P<part>[^\d\s，,。；;、和]{0,4}?)(?:和|、)$")

# -- qualifiers ---------------------------------------------------------------------------

#: Words before a number, tried in this order (不超过 before 超过): the qualifier they give.
QUALIFIER_BEFORE = (("at_most", AT_MOST_BEFORE), ("at_least", AT_LEAST_BEFORE), ("about", ABOUT_BEFORE))
#: After a duration, ``内`` bounds it (``16小时内``): at most.
WITHIN_AFTER = ("内", "之内")
#: A unit whose last character starts the noun after it: (the shorter unit, the noun's rest)
#: (``1.2万个点位`` is 1.2万个 of 点位, not 1.2万 个点).
UNIT_RETREAT = {"个点": ("个", ("位",))}
#: A count opening a name (``14个重点断面水质达标率``): a figure of its own, no part of the name.
COUNT_OPENING = re.compile(r"^\d+(?:\.\d+)?[个项家条所座名户](?=[\u4e00-\u9fff]{4})")
#: A count opening the subject of 实现/完成 (``27家规模以上企业实现产值``): a figure of its own, so the
#: subject after it is the sector that names the value (``规模以上企业产值``).
#: A list of levels may open it (``6家省、市级集聚区实现营业收入``, fxa75b).
SUBJECT_COUNT = re.compile(r"^\d+(?:\.\d+)?[个项家条所座名户](?=[\u4e00-\u9fff]{2}|(?:国家|[省市县区])、)")
#: Counts of one thing in a chain before its noun (``紧盯6大类11项和14类33项指标``): the noun at
#: the chain's end names every count of it.
COUNT_CHAIN = re.compile(r"(?:(?:和|、|及)?\d{1,6}(?:大类|类|项))+(?=[\u4e00-\u9fff])")
#: A class threshold between a count and its noun (``35个5万平方米以上重点拆除区域``).
#: A year opening the noun after a count (``35个2020年招商引资签约项目``): when, no part of what is counted (real_aside58
#: convention 14, as a year opening a name goes).
YEAR_IN_COUNTED = re.compile(r"(?:19|20)\d{2}年(?![度底末初前后内以])(?=[\u4e00-\u9fff“])")
CLASS_BETWEEN = re.compile(r"\d+(?:\.\d+)?[万亿千]?[^\d，。；、]{0,6}?(?:以上|以下)")
#: A level above that set a bound by its rule (``自治区规定的``, ``省确定的``, ``国家要求的``; real_aside60 convention 3).
SETTER_RULE = r"(?:国家|自治区|自治州|省|市|州|县)(?:规定|确定|要求)的?"
#: A bound set by a task from above (``城镇调查失业率控制在省下达目标以内``, ``耕地保有量不低于省下达
#:任务``): a qualitative figure like a completed task (``ASSIGNED``), qualified by the bound's words.
BOUND_TASK = re.compile(
    r"(?P<verb>控制在|不低于|不高于|不超过|低于|高于|优于|不少于)"
    r"(?P<obj>[\u4e00-\u9fff]{0,8}?(?:下达|(?<!城)[省市州县]定)[\u4e00-\u9fff]{0,6}?(?:目标|任务|指标|计划)(?:值|数)?"
    # 控制在自治区规定的范围内: a bound the level above set by its rule (real_aside60 convention 3)
    rf"|{SETTER_RULE}(?=范围之?内|以内|之内))(?P<end>以内|以下|之内|范围之?内|以上|内)?$"  # 控制在市定目标内 (fxp67)
)
BOUND_QUALIFIERS = (
    ("at_most", ("控制在", "不高于", "不超过", "低于", "以内", "以下", "之内", "范围内", "范围之内", "内")),
    ("at_least", ("不低于", "高于", "优于", "不少于", "以上")),
)
BOUND_ENDS = ("以内", "以下", "之内", "范围内", "范围之内", "以上", "指标", "计划", "目标值", "任务数", "目标内")
#: A name that is only a scope or nothing (``全县``, ``我州``, ``""``): a met task named so measures nothing.
SCOPE_ONLY = re.compile(r"(?:[全我本该](?:省|自治区|市|区|县|州|旗|盟|镇|乡))?")
#: A task assigned from above (``完成市下达的节能减排目标任务``): the plan sets it as a qualitative
#: target and the account answers it in the same words, so in part 一 it is an outcome figure.
#: ``完成市级任务``, ``省级目标``: the level that set it, as 省定 (real_aside49 convention 5); ``控制在自治区规定的范围内``:
#: a rule set above (real_aside60 convention 3).
ASSIGNED = re.compile(
    r"下达|(?<!城)(?:省|市|州|县)定(?=的?(?:目标|任务|指标)|$)|(?<![县区乡镇])(?:省|市|州|盟|自治区)级(?=的?(?:目标|任务|指标)|$)"
    rf"|^{SETTER_RULE}$"
)



#: Units a number cut from its name may carry (``indicator.hygienic``: ``社会消费品零售总额.5亿元``,
#: ``12项任务完成量``), as one alternation.
CUT_NUMBER_UNITS = "|".join(
    ("个百分点", "百分点", "美元", "元", "人次", "万人", "人", "个", "项", "户", "家", "亩", "公顷", "公里", "千米", "千瓦时", "千瓦", "平方米",
     "立方米", "吨", "套", "所", "座", "条", "辆", "台", "件", "次", "名", "位")
)


#: A short bracket holding a 、-list of scopes inside a name (``工业强县（市、区）``, ``列区（县、市）排名``): its 、
#: separates no item of a list and no clause; the scan writes it as ``BRACKET_COMMA`` (same length) and the
#: names get their 、 back (round 17 fxa75).
#: Only inside a name, the bracket followed by more of it: a bracket closing a clause (``扩大到20个省(自治区、直辖市)。``)
#: is a count's noun and its note.
#: Nor after a count's place noun (``9个乡(镇、街道)``), whose bracket the count's reading keeps.
BRACKETED_LIST = re.compile(r"(?<!个[\u4e00-\u9fff])(?<!个[\u4e00-\u9fff]{2})[（(][\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4}){1,5}[）)](?=[\u4e00-\u9fff])")
BRACKET_COMMA = "\ue000"

#: A value named as an example of the year's targets (``围绕招商引资100亿元等年度目标``, ``确保完成外贸进出口50亿美元的
#: 全年目标``): a target of the year, named by what carries the value; a preposition opening it is no name (round 17
#: fxa75, real_aside75 further convention 1).
YEAR_TARGET_NAMED = re.compile(r"(?:左右|以上)?(?:等|的)(?:年度|全年)(?:目标|任务)")
#: ``紧盯``, ``对标``, ``确保实现`` open it as ``围绕`` does (round 30, fxgen14).
YEAR_TARGET_PREPOSITION = re.compile(r"^(?:紧紧)?(?:围绕|紧扣|紧盯|盯紧|瞄准|聚焦|锚定|对照|对标|确保完成|确保实现|完成|实现)")
