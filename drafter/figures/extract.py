"""The sentence-level figure extractor.

A report sentence is read in three passes: what is quoted or a name (skipped), the
numbers with their units, ranks (``居全市第一``) and qualitative statements
(``固定资产投资实现正增长``, ``完成市下达的……任务``); then, left to right, each hit gets
its indicator, measure, qualifier and flags from the words around it, inheriting from the
hit before it where the sentence leaves something implicit (``同比增长19.2%`` after
``国内招商引资到位额完成121.47亿元``).

Non-figures are skipped on purpose, each by a named rule (see ``skip_reason``): years and
dates, ordinals (``第十八届``), quoted names (``“十四五”``), numbers glued to Latin letters
(``PM 2.5``, ``5G``), house numbers and plot names, programme names (``三年行动``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal

from drafter.errors import FigureError
from drafter.figures import indicator as ind
from drafter.figures import lexicon as lex
from drafter.figures.numbers import CN_CHARS, CN_DIGITS, Quantity, quantity
from drafter.figures.units import PREFIXES
from drafter.model import Figure
from drafter.structure.patterns import BULLETS, BULLETS_AT_START

#: Full-width digits and signs → ASCII, one character for one, so offsets stay valid.
_SCAN = str.maketrans(
    {**{chr(0xFF10 + i): str(i) for i in range(10)}, "％": "%", "．": ".", "，": "，",
     # small form variants of a traditional copy (``…同步﹔城鎮登記失業率…``): the marks they stand for (fxp67)
     "﹔": "；", "﹐": "，", "﹑": "、", "﹕": "："}
)
#: A text with none of ``_SCAN``'s characters is its own scan (translating it is the slow part).
_SCAN_NEEDED = re.compile("[" + re.escape("".join(chr(c) for c in _SCAN if chr(c) != _SCAN[c])) + "]")
#: A sentence without any of these holds no figure (a fast path for prose).
_HINT = re.compile(rf"[\d{CN_CHARS}]|" + "|".join(lex.TASK_ENDS) + "|不发生|首位|" + "|".join(lex.QUAL_ENDS))
#: A bullet glyph opening an item of a list (``●全市…``, ``…历史新高●新增…``, ``◆新增…``): no part of a name,
#: it ends the item before as a full stop would. Glyphs that are also a zero (``二○二三``), a lost character
#: (``□``), a name's dot (``•``) or a rating (``★``) count only opening the text or a sentence (round 17).
_BULLET = re.compile(rf"[{BULLETS}]|(?:^|(?<=[。！？!?；;\n]))\s*[{BULLETS_AT_START}]")
_BULLET_NEEDED = re.compile(rf"[{BULLETS}{BULLETS_AT_START}]")
#: A bare number run straight into a quoted name before the next count (``四上企业72“小升规企业”87家``): the page lost
#: its unit and the 、 after it; no figure, and the next count is named from the quotes on (real_aside72 convention 3).
_UNITLESS_BEFORE_QUOTE = re.compile(r"(?<![\d.])(?!(?:19|20)\d{2}“)\d{1,8}(?:\.\d{1,4})?(?=“[^“”]{1,20}”[\u4e00-\u9fff]{0,8}$)")
#: A run of ASCII hyphens a copy wrote for a dash (``--2010年10月15日…会议通过``, ``2010--2015年``): the dash ``—``,
#: its last hyphen no minus sign (round 17, real_aside72).
_ASCII_DASH = re.compile(r"-{2,}")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
#: A ``?`` right before or after a number is a character the page lost (``总投资?62.16亿元``,
#: ``已完成投资??28.7亿元``, ``计划的?10?%``): read as a blank, it ends no sentence and names nothing
#: (between a number and its % the number keeps its unit: ``lexicon.LOST_BEFORE_PERCENT``).
_LOST = re.compile(r"[?？]+(?=\d)|(?<=\d)[?？]+(?!\d)")
#: The words a figure reads around it reach back this far at most, so that a clause without
#: commas (a list of thousands of figures) is read in linear time; real clauses are shorter.
_CLAUSE_REACH = 200
#: 力争 (strive for) that is no 全力 followed by 争 (``全力争资金``: all out, seek): fx18f.
_STRIVE_NOT_ALL_OUT = re.compile(r"(?<!全)力争|力争(?=取)")  # 全力争取 strives still

_QUAL_WINDOW = 120

# Patterns of this module's code, compiled once.
_DIGIT = re.compile(r"\d")
_DIGIT_OR_BRACKET = re.compile(r"[\d（(]")
_DIGIT_OR_ORDINAL = re.compile(r"[\d第]")
_FIRST_CLAUSE_END = re.compile(r"[，,；;\d]")
_SENTENCE_STOP = re.compile(r"[。；;！!？?]")
_LIST_JOIN = re.compile(r"[、和及与]")
_LIST_OR_CLAUSE_JOIN = re.compile(r"[、，,和及与]")
_CODE_HEAD = re.compile(r"^[A-Za-z0-9.]+")
#: A ratio to one written out (``1.5:1``): the value is the first number.
_TO_ONE = re.compile(r"[:：]1$")
#: Tasks met in general (主要指标, 各项任务, 确定的目标): no figure of one task.
_GENERAL_TASK = re.compile(r"主要(?!污染物|农作物)|各项|确定的|既定")  # 主要污染物减排: an indicator
#: A bound the level above set by its rule (``控制在省确定的范围内``): a setter, never a general task (fxgen10).
_SETTER_RULE = re.compile(lex.SETTER_RULE)
#: A change against the year before (较上年, 同比): a growth, not a level.
_COMPARED_TO_BEFORE = re.compile(r"(?:较|比)(?:上年|去年|年初|同期)|同比")
#: Who set a task met and its period, around its object (``市下达的``, ``年度进度``): no part of its name.
_TASK_SETTER = re.compile(
    # setters listed (``国家、省下达``, ``国家和省下达``): the first ones before the last one's 下达 (real_aside33)
    r"^(?:(?:国家|上级|中央|[省市区县州盟])(?:委|政府|人民政府)?级?[、和与及])*"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:市|区|省|县|州|盟)(?:委|政府|人民政府|委政府|委员会)?|上级(?:部门)?|国家)?级?下达(的|给我区|给我市|给我县|我区|我市|我县)?|^全年|^年度|年度进度$|进度$|年度$"
    r"|^(?:省|市|州|县)定的?"  # 完成省定目标: the task set above names nothing
    r"|^(?:省|市|州|盟|自治区)级的?(?=(?:目标|指标)?$)"  # 完成市级任务: the level that set it names nothing (real_aside49 convention 5)
    rf"|^{lex.SETTER_RULE}$"  # 控制在自治区规定的范围内 (aside60 conv. 3)
)
_TARGET_END = re.compile(r"(?:年度进度|进度)?目标$")
#: The setter written after the thing of a task (``城镇就业市定``, ``节能减排省下达的``): no part of its name.
_SETTER_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:(?<!城)[省市州县]定|[省市州县]下达)的?$")
#: ``占…的`` closing the words before a count: a share of a whole, the noun written before.
_SHARE_OF_END = re.compile(r"占[^的]*的$")
#: Where a counted noun ends (世界500强企业: a name; 撤并, 合并 are verbs).
#: A share of the whole place closing a name (``社会消费品零售总额占全市``).
_SHARE_OF_SCOPE_END = re.compile(lex.SHARE_OF_SCOPE.pattern + "$")
#: Digits glued to a Latin letter are a code inside the noun (``2.9万个5G基站``, ``5A级景区``).
#: The 和 of ``经济和社会发展`` joins no two nouns (``47项经济和社会发展指标``: one noun, real_aside45 convention 4).
_COUNTED_NOUN_END = re.compile(r"[，,。；;：:、（(…]|\.{2,}|(?<!经济)和(?!社会)|及|(?<![撤合归兼吞])并(?!购)|等|(?<![A-Za-z\d])\d(?!" + lex.DIGITS_IN_NAME + "|\\d*[A-Za-z])")


#: Parks right before an area whose noun follows (``经济开发区家居产业园60万平方米标房``, ``A产业园、B产业园30万平方米
#: 标房``): the parks, without the zone holding them, open the noun's name.
_PARK_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff、])(?:[\u4e00-\u9fff]{0,10}?(?:开发区|高新区|新区))?(?P<park>(?:[\u4e00-\u9fff]{2,8}?产业园、)*[\u4e00-\u9fff]{2,8}?产业园)$")
#: People written before their count and sent out to work after it (``组织贫困群众1.56万人外出``).
_PEOPLE_SENT_OUT = ("群众", "劳动力", "农民工", "贫困户", "农户", "人口", "人员")
#: People counted, then what they did with the help (``贫困群众发展到户产业``, ``贫困群众销售农产品``).
_PEOPLE_THEN_DOING = re.compile(r"(?P<people>[\u4e00-\u9fff]{0,4}?(?:群众|贫困户|农户))(?=发展|销售|实现|参加|参与|外出|务工|就业|增收|脱贫|$)")
#: A verb of help alone right before a count of people (``，支持4989户贫困群众``, ``帮助1350户``).
_HELPER_BEFORE = re.compile(r"(?:^|[，,；;：:])(?P<verb>支持|帮助|帮扶)$")
#: ``脱贫`` alone closing its clause after a count of people (``、11000人脱贫，``).
_LIFTED_ALONE = re.compile(r"脱贫(?:[，,。；;、]|$)")


def _done_hits(start: int, stop: int, at: int, subj: str, obj: str, bound: str) -> list[_Hit]:
    """The done hit of a clause, or one per item when the subject is a list of targets each
    with its verb (``单位地区生产总值能耗降低、二氧化碳排放量降低…完成国家下达目标任务``); ``bound``
    is the qualifier the clause's words give (超额完成: at least; 控制在…以内: at most) or ""."""
    subj = lex.DONE_HEDGE.sub("", subj)  # …排放量预计能完成: the estimate is no part of the last item
    fall = _FALL_AND_END.search(subj)
    if fall is not None and "、" in subj[: fall.start()]:
        # 单位生产总值能耗、主要污染物排放继续下降且控制在…目标之内: a fall and a bound of the same items (fxp67)
        spans = _item_spans(subj[: fall.start()], _ENUM_COMMA)
        if all(b - a >= 2 for a, b in spans):
            hits = []
            for a, b in spans:
                hit = _Hit(start + a, start + b, "done")
                hit.subj, hit.obj, hit.bound = subj[a:b], obj, bound
                hits.append(hit)
            return hits
    named = _pollutant_items(subj)
    items = [(a, b) for a, b, _ in named] or _list_items(subj)
    if len(items) > 1:
        hits = []
        for k, (a, b) in enumerate(items):
            hit = _Hit(start + a, start + b, "done")
            hit.subj, hit.obj, hit.bound = named[k][2] if named else subj[a:b], obj, bound
            hits.append(hit)
        return hits
    listed = lex.TASK_FROM_ABOVE.match(obj) if _LIST_JOIN.search(obj) else None
    if listed is not None:  # 完成市下达的城镇失业登记率、年度节能减排目标任务: one task per item (aside25 conv. 2)
        body = lex.TASK_LIST_END.sub("", obj[listed.end() :])
        # …、碳减排和主要污染物减排任务: a last pair joined by 和 is two items too, when each is a task (aside48 c. 6)
        splits = [_item_spans(body, sep) for sep in reversed(lex.LIST_ITEM_SEPS)]
        items = next((spans for spans in splits if all(b - a >= 2 and _task_item(body[a:b]) for a, b in spans)), splits[-1])
        if all(b - a >= 2 and _task_item(body[a:b]) for a, b in items):
            first = max(start + at, stop - 2 - len(obj) + listed.end())  # the object closes the clause before 任务
            hits = []
            for a, b in items:
                hit = _Hit(first + a, first + b, "done")
                hit.subj, hit.obj, hit.bound = "", body[a:b], bound
                hits.append(hit)
            return hits
    hit = _Hit(start + at, stop, "done")
    hit.subj, hit.obj, hit.bound = subj, obj, bound
    return [hit]


#: The enumeration comma between a list's items.
_ENUM_COMMA = re.compile("、")
#: A fall joined by 且 to a bound after it (``…继续下降且控制在…``): no part of the last item's name.
_FALL_AND_END = re.compile(r"(?:继续|持续|进一步|稳步|逐步)?(?:下降|降低)(?:并|且|并且)$")


def _item_spans(text: str, sep: re.Pattern[str], end: int | None = None) -> list[tuple[int, int]]:
    """Where each item of a list stands in ``text``, between the separators ``sep``; the last item
    ends at ``end`` (the end of the text when None), before a head the items share."""
    items, at = [], 0
    for m in sep.finditer(text):
        items.append((at, m.start()))
        at = m.end()
    items.append((at, len(text) if end is None else end))
    return items


def _task_item(item: str) -> bool:
    """An item of a list of tasks from above: one that ends in a verb of change or in a measure's head,
    the two kinds mixed (``城镇失业登记率``, ``年度节能减排``)."""
    item = ind.without_time(item)
    return len(item) >= 2 and (lex.LIST_ITEM_VERB.search(item) is not None or lex.LIST_ITEM_HEAD.search(item) is not None)


def _list_items(subj: str) -> list[tuple[int, int]]:
    """Where each item of a list of indicators stands in a subject that one qualitative clause
    governs, when every item ends in a verb of change or every one in a measure's head
    (``lexicon.LIST_ITEM_VERB``, ``LIST_ITEM_HEAD``), or two items end one in each; [] when the
    subject is no such list."""
    body = subj[: len(subj) - len(m.group())] if (m := lex.LIST_ITEM_EACH.search(subj)) else subj
    for sep in lex.LIST_ITEM_SEPS:
        items = _item_spans(body, sep)
        if len(items) > 1 and all(b > a for a, b in items):
            for rule in (lex.LIST_ITEM_VERB, lex.LIST_ITEM_ALL_HEADS):
                if all(rule.search(body[a:b]) for a, b in items):
                    return items
            indexed = m is not None and m.group().endswith("指标")  # 碳排放指标: an emission indexed is a measure
            if len(items) == 2 and all(
                _task_item(body[a:b]) or (indexed and lex.LIST_ITEM_INDEXED.search(body[a:b])) for a, b in items
            ):
                return items  # 能耗强度和减排指标完成…任务: a measure and a verb of change, two targets (aside44)
    return []


def _still_left(bare: str) -> bool:
    """Do the words before a count close in ``剩余`` (the people still left, ``剩余3200名贫困人口``), not ``仅剩余``?"""
    left = bare.rstrip("，,、 ")
    return left.endswith("剩余") and not left.endswith("仅剩余")


def _pollutant_items(subj: str) -> list[tuple[int, int, str]]:
    """A subject closing in pollutants listed with their measure once (``单位GDP能耗、…比重和二氧化硫、化学需氧量、
    氨氮、氮氧化物主要污染物排放量``, ``lexicon.POLLUTANT_LIST``): where each item stands and its name, each
    pollutant with the head (``二氧化硫排放量``), the items before as written when each ends in a measure's
    head or a verb of change; [] when the subject is no such list."""
    # the list closes the subject: it is sought in the subject's tail only (a long run of pollutant names read
    # from every start is quadratic; hostile-input check, round 17 audit au1)
    m = lex.POLLUTANT_LIST.search(subj, max(0, len(subj) - lex.POLLUTANT_LIST_SPAN))
    if m is None:
        return []
    out = [(m.start("list") + p.start(), m.start("list") + p.end(), p.group() + m["head"]) for p in lex.POLLUTANT.finditer(m["list"])]
    before = re.sub(r"[、和及与]$", "", subj[: m.start()])
    if not before:
        return out
    items = _item_spans(before, lex.LIST_ITEM_SEPS[1])
    if not all(b - a >= 2 and _task_item(before[a:b]) for a, b in items):
        return []
    return [(a, b, before[a:b]) for a, b in items] + out


def _shared_head_items(subj: str) -> list[tuple[int, int, str]]:
    """A list of sectors with the measure written once after the last one (``文化产业、金融产业和
    高端装备制造业（含新材料）增加值``, ``lexicon.LIST_ITEM_SECTOR``): where each item stands and its
    name, ``<sector><head>`` without the bracketed gloss; [] when the subject is no such list."""
    body = subj[: len(subj) - len(m.group())] if (m := lex.LIST_ITEM_EACH.search(subj)) else subj
    head = lex.LIST_SHARED_HEAD.search(body)
    if head is None:
        return []
    for sep in reversed(lex.LIST_ITEM_SEPS):  # 和 too first: 批发和零售业 fails it, as 批发 is no sector
        items = _item_spans(body, sep, head.start())
        if len(items) > 1 and all(b > a for a, b in items) and all(
            lex.LIST_ITEM_SECTOR.search(body[a:b]) for a, b in items
        ):
            return [(a, b, lex.LIST_GLOSS.sub("", body[a:b]) + head["head"]) for a, b in items]
    return []


def _shared_share_items(subj: str) -> list[tuple[int, int, str]]:
    """A list of things with their share written once after the last (``制造业投资、民间投资占全部投资比重``,
    ``lexicon.LIST_SHARED_SHARE``): where each item stands and its name, ``<thing><share>``; [] else."""
    tail = lex.LIST_SHARED_SHARE.search(subj)
    if tail is None or "、" not in subj[: tail.start()]:
        return []
    items = _item_spans(subj[: tail.start()], _ENUM_COMMA)
    if not all(b - a >= 2 and not lex.LIST_ITEM_VERB.search(subj[a:b]) for a, b in items):
        return []
    head = lex.LIST_SHARED_HEAD.search(subj, 0, tail.start())
    if head is not None and all(lex.LIST_ITEM_SECTOR.search(subj[a:b]) for a, b in items[:-1]):
        return [(a, b, subj[a:b] + ("" if b == tail.start() else head["head"]) + tail.group()) for a, b in items]
    return [(a, b, subj[a:b] + tail.group()) for a, b in items]


def _done_task(clause: str) -> tuple[int, str, str, str] | None:
    """``超额完成市下达的任务``: where (超额)完成 stands, its subject, object and the qualifier 超额
    gives (at least); one pass. Or a bound by a task from above (``控制在省下达目标以内``,
    ``lexicon.BOUND_TASK``).

    The 完成 read is the first one after the clause's last digit (the object holds no
    figure), and the clause must end in 任务 or 目标.
    """
    if not clause.endswith(lex.TASK_ENDS):
        return _bound_task(clause)
    last_digit = max((i for i in range(len(clause) - 1, -1, -1) if clause[i].isdigit()), default=-1)
    k = clause.find("完成", last_digit + 1)
    if k < 0 or k + 2 > len(clause) - 2:
        return _bound_task(clause)
    ex = "超额" if clause[max(0, k - 2) : k] == "超额" else ""
    at = k - len(ex)
    return at, clause[:at], clause[k + 2 : -2], "at_least" if ex else ""


def _bound_task(clause: str) -> tuple[int, str, str, str] | None:
    """``城镇调查失业率控制在省下达目标以内``, ``耕地保有量不低于省下达任务``: where the bound's verb
    stands, the subject, the task and the qualifier the bound gives (``lexicon.BOUND_TASK``)."""
    m = lex.BOUND_TASK.search(clause, max(0, len(clause) - 40))
    if m is None or m.start() < 2 or _DIGIT.search(clause[m.start() :]):
        return None
    bound = next((q for q, words in lex.BOUND_QUALIFIERS if m["verb"] in words or (m["end"] or "") in words), "")
    return m.start(), clause[: m.start()], m["obj"], bound




@dataclass
class _Hit:
    """A figure in the making: where it stands and what has been read of it."""

    start: int
    end: int
    kind: str  # number, rank, growth, done
    q: Quantity | None = None
    suffix: str = ""
    text: str = ""
    value: str | None = None
    number: Decimal | None = None
    unit: str = ""
    before: str = ""  # words between the clause start and the hit
    name: str = ""
    verb_start: int = 0  # a rank: where its verb (位居, 排名 …) starts
    upper: Decimal | None = None  # a range: its upper bound, normalized
    is_range: bool = False
    subj: str = ""  # a qualitative hit: the words before its verb
    verb: str = ""  # a qualitative growth hit: its verb (实现正增长, 持续下降 …)
    obj: str = ""  # a done hit: what was completed (市下达的节能减排)
    bound: str = ""  # a done hit's qualifier: 超额完成 at least, 控制在…下达目标以内 at most
    top: bool = False  # a rank written 前三: at most that place
    title: str = ""  # a rank won as a title (以全省前三名的成绩被授予“…”): its name
    rank_start: bool = False  # a rank move's start (排名由38位提升到29位): a baseline
    measure: str = ""  # read so far: the next hit of a list may take it
    share_name: str = ""  # a growth read off a share (…占比达96.05%，同比下降15.6%): that share's name
    of_class: tuple[str, str] = ("", "")  # a count of a class after 其中: the total's noun, the class's measure
    direction: str = ""
    sown_part: bool = False  # a crop after a sown total written with its verb (播种各类农作物…，其中：小麦…)
    area_part: bool = False  # a crop after 其中 that took its whole's measure (其中，稻谷42.5千公顷)


def extract_figures(
    text: str,
    *,
    kind: str = "outcome",
    year: int | None = None,
    section: str = "",
    paragraph: str = "",
    breaks: tuple[int, ...] = (),
    place: str = "",
    last: bool = True,
) -> list[Figure]:
    """Every figure in ``text``, in order; ``kind`` and ``year`` apply where the text does not say.

    ``last``: the text may be where the page was cut (its last paragraph); a paragraph with more of the
    page after it ends whole (a headline line ``…成绩单出炉，GDP4.92万亿`` keeps its 万亿).

    ``breaks`` are extra sentence boundaries the text does not mark, such as the end of a
    lead sentence whose full stop the page dropped. ``place`` is the report's own region
    (``莆田市荔城区``): its name in a figure's name is a scope, like ``全区`` (``荔城地区生产总值``).
    """
    if not isinstance(text, str):
        raise FigureError("无法提取数字", f"输入不是文字而是 {type(text).__name__}", "请传入报告段落的文字")
    if kind not in ("target", "outcome", "baseline"):
        raise FigureError(f"未知的数字类型“{kind}”", "只能是 target（目标）或 outcome（完成情况）", "请改用 target 或 outcome")
    scan = text.translate(_SCAN) if _SCAN_NEEDED.search(text) else text
    scan = _blank_marks(scan) if "【" in scan else scan
    if "--" in scan:
        scan = _ASCII_DASH.sub(lambda m: "—" * len(m.group()), scan)  # --2010年10月15日…通过: a dash, no minus sign
    if _BULLET_NEEDED.search(scan):
        scan = _BULLET.sub(lambda m: "\n" * len(m.group()), scan)  # ●全市地区生产总值…: an item's mark ends the one before
    if "?" in scan or "？" in scan:
        scan = _LOST.sub(lambda m: "\u3000" * len(m.group()), scan)
    for pattern, spelling in lex.SCAN_SPELLINGS:
        scan = pattern.sub(spelling, scan)  # 比增6.5%: 增长6.5%, the same length
    bracketed = "、" in scan and lex.BRACKETED_LIST.search(scan) is not None
    if bracketed:  # 工业强县（市、区）综合评价: a 、 inside brackets separates no item nor clause (round 17 fxa75)
        scan = lex.BRACKETED_LIST.sub(lambda m: m.group().replace("、", lex.BRACKET_COMMA), scan)
    places = ind.own_place_names(place)
    figures: list[Figure] = []
    estimated = False
    plan_name = ""
    sector_owner = ""  # the sector whose value the ；-joined clauses before wrote (规模工业增加值: 规模工业)
    part_measure = ""  # the measure the last sentence's crop after 其中 took (稻谷播种面积: 播种面积)
    counted = ""  # the name of the last count read so far
    growth_ranks = lex.GROWTH_RANK.search(scan) is not None
    for start, end in _split(_sentences(scan), breaks):
        ctx = _Sentence(text, scan, start, end, kind, year, section, paragraph)
        ctx.may_be_cut = last
        ctx.places = places
        ctx.estimated, ctx.growth_ranks = estimated, growth_ranks
        ctx.carried = figures[-1].indicator if figures else ""
        # 新设经营主体29.8万户，增速居全省第1位；总量99.5万户: the count the clause before ranked
        ctx.carried_count = counted if counted and ctx.carried.startswith(counted) else ""
        ctx.carried_units = _trailing_units(figures)
        ctx.carried_owner = sector_owner
        ctx.carried_part = part_measure if figures and figures[-1].indicator.endswith(part_measure or "\0") else ""
        ctx.joined = start > 0 and scan[start - 1] in "；;"  # the clause after a ；: the same period's account
        ctx.plan_name = plan_name
        read = ctx.figures()
        figures.extend(read)
        counted = next((f.indicator for f in reversed(read) if f.measure == "count"), counted)
        sector_owner = _sector_owner(read) or (sector_owner if ctx.joined or not read else "")
        part_measure = ctx.part_measure
        plan_name = ctx.restated_name  # ——全年地区生产总值计划增长7.8%。上半年完成…: the item's indicator
        # 预计 opening a sentence governs its ；-separated clauses up to the full stop
        estimated = (estimated or lex.ESTIMATE_OPENS.match(ctx.s) is not None) and scan[end : end + 1] in "；;"
    if bracketed:
        figures = [_replace(f, indicator=f.indicator.replace(lex.BRACKET_COMMA, "、")) for f in figures]
    return figures


#: Editor's marks such as 【待更新：2座】 in a draft: not the report's text, so no figure is read
#: in them, and they separate clauses like a comma (same length, so spans stay aligned).
_MARKS = re.compile(r"【[^【】]{0,80}】")


def _blank_marks(scan: str) -> str:
    return _MARKS.sub(lambda m: "，" * len(m.group()), scan)


def _split(spans: list[tuple[int, int]], breaks: tuple[int, ...]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for cut in sorted(b for b in breaks if start < b < end):
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def _sentences(scan: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(scan):
        if m.group() in "；;" and lex.STRIVING_CLAUSE.match(scan, m.end()):
            continue  # 增长12%；期成增长14%: the higher target is the same clause's
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(scan):
        spans.append((start, len(scan)))
    return spans


def _coverage(length: int, spans: list[tuple[int, int]]) -> bytearray:
    """A byte per character, 1 where one of ``spans`` covers it."""
    out = bytearray(length + 1)
    for a, b in spans:
        out[a:b] = b"\x01" * (b - a)
    return out


def skip_reason(s: str, m: re.Match[str], masked: list[tuple[int, int]], quoted: bytearray | None = None) -> str:
    """Why a number-with-unit match is not a figure ("" if it is one): the first rule of
    ``lexicon.SKIP_RULES`` that holds, or ``quoted`` inside quotation marks."""
    start = m.start()
    if quoted[start] if quoted is not None else any(a <= start < b for a, b in masked):
        return "quoted"
    c = lex.Candidate.of(s, start, m.end(), m.start("unit"), m.end("unit"), m["number"], m["unit"], m["suffix"] or "")
    return next((row.reason for row in lex.skip_rules(c.unit, c.chinese) if row.rule(c)), "")


class _Sentence:
    """One sentence of a paragraph and the figures read from it."""

    def __init__(self, text: str, scan: str, start: int, end: int, kind: str, year: int | None, section: str, paragraph: str) -> None:
        self.text, self.scan, self.offset = text, scan, start
        self.may_be_cut = True  # the text's end may be the page's cut (``增加6万|``)
        self.s = scan[start:end]
        self.raw = text[start:end]
        self.kind, self.year, self.section, self.paragraph = kind, year, section, paragraph
        self.estimated = False
        self.places: tuple[str, ...] = ()
        self.masked: list[tuple[int, int]] = []  # these: ``_read_marks``
        self.quoted = bytearray()
        self.clause_marks: list[int] = []
        self.aside_marks: list[int] = []
        self.aside = bytearray()
        self._first: dict[str, int] | None = None
        self._alternative_ends: list[int] | None = None
        self._hits: list[_Hit] = []  # the sentence's hits, and the one being read
        self._at = 0
        self.growth_ranks = False  # the paragraph ranks growth rates by name (增速居全省第9位)
        self.carried = ""  # the last name of the sentence before (a sibling may take its scope)
        self.carried_units: tuple[str, ...] = ()  # the units of the sentence before's last name's figures
        self.carried_part = ""  # the measure its last figure took as a crop after 其中 (…；玉米86.7千公顷: the next crop)
        self.carried_owner = ""  # the sector whose value the clauses before (up to a full stop) wrote
        self.part_measure = ""  # the measure a crop after 其中 took in this sentence, for the sentence after
        self.joined = False  # the sentence before ends with ；
        self.carried_count = ""  # the thing the sentence before counted, when its last name is that count's
        self.thing = ""  # the thing named before its work's amount (东居延海补水 → 东居延海): its measures after are its
        self.plan_name = ""  # the indicator of the year plan restated in the sentence before (——全年…计划增长7.8%。)
        self.restated_name = ""  # this sentence's own restated plan indicator, for the sentence after

    def _read_marks(self) -> None:
        """Quotations, clause ends and asides: read once a sentence may hold a figure (``figures``)."""
        self.masked = [(m.start(), m.end()) for m in lex.QUOTES.finditer(self.s)]
        self.quoted = _coverage(len(self.s), self.masked)
        self.clause_marks = _clause_marks(self.s)
        self.aside_marks, self.aside = _aside_marks(self.s)

    # -- finding -------------------------------------------------------------------------
    def hits(self) -> list[_Hit]:
        hits: list[_Hit] = []
        taken: list[tuple[int, int]] = []
        used = bytearray(len(self.s) + 1)
        for m, verb_start in self._ranks():
            if self.quoted[m.start("text")] or used[m.start("text")]:
                continue
            groups: dict[str, str | None] = m.groupdict()  # RANK_MORE and RANK_BARE have no 首 or 前 groups
            n = groups.get("n") or groups.get("top") or groups.get("strong") or "首"
            hit = _Hit(m.start("text"), m.end(), "rank", text=self.s[m.start("text") : m.end()], value=n)
            hit.unit = groups.get("unit") or groups.get("unit2") or groups.get("unit3") or ""
            hit.top = (groups.get("top") or groups.get("strong")) is not None  # 列全市前三, 全国五强: at most
            hit.number = Decimal(1) if n == "首" else _num(n)
            hit.verb_start = verb_start
            hit.subj = groups.get("noun") or ""  # 全国同类城市中面积第三: the noun after the scope's 中
            listed = lex.PLACE_LIST.fullmatch(groups.get("scope") or "")
            own = self.s[self.clause_start(verb_start) : verb_start].strip()
            if own.endswith("、") and lex.RANK_ITEM_BEFORE.search(own) is not None:
                own = ""  # 入围全国工业百强县第12位、跻身中国旅游强县20强: the item after a rank, no subject (fxa75b)
            if listed is not None and not hit.subj and lex.SELF_PLACE.fullmatch(own):
                hit.subj = listed["name"]  # 获评全国百强新城区第16位: the place itself ranked, named by the list
            top = lex.TOP_LIST_NAME.fullmatch(groups.get("scope") or "") if m.re is lex.RANK_TOP_OF_LIST else None
            if top is not None and not hit.subj and lex.SELF_PLACE.fullmatch(own):
                hit.subj = top["name"]  # 荣登全国县域营商环境百强榜首: a list with no kind of place (fxgen13)
            item = lex.RANK_NATIONAL_ITEM.fullmatch(groups.get("scope") or "") if m.re is lex.RANK else None
            if item is not None and not hit.subj and lex.SELF_PLACE.fullmatch(own):
                hit.subj = item["name"]  # 位居全国百强县投资潜力第3: the list's item (fxp12)
            elif m.re is lex.RANK_MORE_ITEM:
                hit.subj = m["scope"]  # 、新型城镇化质量第4: the item's own words
            scope = groups.get("scope") or ""
            field = (lex.RANK_FIELD_BEFORE_SCOPE.fullmatch(scope) or lex.RANK_FIELD_AFTER_SCOPE.fullmatch(scope)) if groups.get("strong") else None
            if field is not None and not hit.subj and lex.SELF_PLACE.fullmatch(own):
                hit.subj = field["field"]  # 跻身服务业全国10强: among the first 10 in 服务业 (fxp12)
            hit.title = groups.get("title") or ""
            at = m.start("text") - 1  # 排名由38位提升到29位, 由第15位上升至第9位: the move's start, a baseline
            hit.rank_start = at >= 0 and lex.RANK_FROM.match(self.s, at) is not None
            hits.append(hit)
            taken.append((m.start(), m.end()))
            used[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        for start, end, q, suffix in self._words_and_ratios():
            if self.quoted[start] or used[start]:
                continue
            hit = _Hit(start, end, "number", q=q, suffix=suffix, value=q.value)
            hit.text, hit.number, hit.unit = self.s[start:end], q.number, q.unit
            hits.append(hit)
            taken.append((start, end))
            used[start:end] = b"\x01" * (end - start)
        pos = 0
        while True:
            found = lex.NUMBER.search(self.s, pos)
            if found is None:
                break
            m = found
            pos = m.start() + 1
            if used[m.start()]:
                continue
            if m.start() and self.s[m.start() - 1].isdigit() or self.s[m.start() - 1 : m.start()] == ".":
                continue
            if skip_reason(self.s, m, self.masked, self.quoted) or self._restated(m.start(), m.end()):
                pos = m.end()
                continue
            try:
                q = quantity(m["number"], m["scale"] or "", m["unit"], bool(m["more"] or m["more2"]))
            except FigureError:
                pos = m.end()
                continue  # 5千%: a scale before a unit that takes none is no quantity
            hit = _Hit(m.start(), m.end(), "number", q=q, suffix=m["suffix"] or "", value=q.value)
            shorter = lex.UNIT_RETREAT.get(m["unit"])
            if shorter is not None and not m["suffix"] and self.s.startswith(shorter[1], m.end("unit")):
                # 1.2万个点位: the unit 个, then the noun 点位 (not the unit 个点)
                q = quantity(m["number"], m["scale"] or "", shorter[0], bool(m["more"] or m["more2"]))
                hit = _Hit(m.start(), m.start("unit") + len(shorter[0]), "number", q=q, value=q.value)
            mass = lex.MATERIAL_IN_UNIT.get(m["unit"] or "")
            if mass is not None and not m["suffix"] and self._capacity_words(m.start(), m.start("unit") + len(mass)):
                # 形成年节约8万吨标准煤的能力: 8万吨, the 标准煤 the capacity's name (real_aside27 convention 3)
                q = quantity(m["number"], m["scale"] or "", mass, bool(m["more"] or m["more2"]))
                hit = _Hit(m.start(), m.start("unit") + len(mass), "number", q=q, value=q.value)
            self._range(hit, m)
            q = hit.q if hit.q is not None else q  # a range reads as its lower bound
            hit.text, hit.number, hit.unit = self.s[hit.start : hit.end], q.number, q.unit
            hits.append(hit)
            taken.append((hit.start, hit.end))
            used[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
            pos = hit.end
        hits.extend(self._shared_unit(hits, used))
        hits.extend(self._qualitative(used))
        hits.sort(key=lambda h: h.start)
        return hits

    def _shared_unit(self, hits: list[_Hit], used: bytearray) -> list[_Hit]:
        """A number before a list's next one takes its unit (tests/real/README.md convention 1):
        written bare in a ``分别`` list or one after names and a verb (``分别下降0.5和0.7个百分点``,
        ``城镇和农村居民人均可支配收入增长5.1和7.2%``), or with the first part of that
        unit, ``分别`` or not (``1.1个和0.3个百分点``, ``1.2万、3.4万户``, ``3亿和5亿元``), back to the
        list's first number (``1.1个、2.3个和0.3个百分点``)."""
        out: list[_Hit] = []
        for last in sorted((h for h in hits if h.kind == "number" and h.q is not None), key=lambda h: -h.start):
            hit: _Hit | None = last
            while hit is not None and hit.q is not None:
                hit = self._takes_unit(hit, hits, used, out)
        return out

    def _takes_unit(self, hit: _Hit, hits: list[_Hit], used: bytearray, out: list[_Hit]) -> _Hit | None:
        """The number before ``hit`` in its list, given ``hit``'s unit (None: there is none)."""
        assert hit.q is not None
        m = lex.BARE_BEFORE.search(self.s, max(0, hit.start - 20), hit.start)
        if m is None:
            return None
        part, before = m["part"], self.s[self.clause_start(m.start()) : m.start()]
        listed = "分别" in before or _implicit_respectively_at(before) is not None  # 城镇、农村…增长5.1和7.2%
        listed = listed or m.group().endswith("和")  # 新建5G基站300和400个: two values of one thing
        if not (part and hit.unit.startswith(part) and hit.unit != part) and (part or not listed):
            return None
        unit = hit.unit[len(hit.unit) - len(hit.q.base) :] if hit.q.base and hit.unit.endswith(hit.q.base) else hit.unit
        try:
            q = quantity(m["n"], hit.unit[: len(hit.unit) - len(unit)], unit)
        except FigureError:
            return None
        start, end = m.start("n"), m.end("part")
        own = next((h for h in hits if h.kind == "number" and h.start == start), None)
        if own is not None and own.end == end and not own.suffix:  # 1.1个 read alone: its unit is the list's
            own.q, own.number, own.unit, own.value = q, q.number, q.unit, q.value
            return own
        if used[start:end].count(1):
            return None
        new = _Hit(start, end, "number", q=q, value=q.value)
        new.text, new.number, new.unit = self.s[start:end], q.number, q.unit
        used[start:end] = b"\x01" * (end - start)
        out.append(new)
        return new

    def _ranks(self) -> list[tuple[re.Match[str], int]]:
        """Every rank with where its verb starts: after a verb (``位居全省第3位``), the list that
        follows it (``、第2位``, the first one's verb) and a verbless one closing its clause
        (``总量全市区县第一``, its scope)."""
        found: list[tuple[re.Match[str], int]] = []
        if not any(w in self.s for w in lex.RANK_WORDS):
            return found  # every rank is written with one of them
        chained: set[tuple[int, int]] = set()  # ranks already read as a list's later items
        for m in lex.RANK.finditer(self.s):
            if (m.start("text"), m.end()) in chained:
                continue  # read with the list's first verb, which wins (a long list stays linear)
            named = re.fullmatch(lex.NAMED_RANKING, m["scope"]) is not None  # 列中国企业500强第88位: the list's own name
            if m["verb"] in lex.RANK_LOOSE_VERBS and len(m["scope"]) > lex.RANK_SHORT_SCOPE and not named:
                continue  # 保持…: a long scope is a place of its own, not a rank's
            found.append((m, m.start()))
            if lex.RANK_NATIONAL_ITEM.fullmatch(m["scope"]) is not None:  # 位居全国百强县投资潜力第3、新型城镇化质量第4
                item = lex.RANK_MORE_ITEM.match(self.s, m.end())
                while item is not None:
                    found.append((item, m.start()))
                    chained.add((item.start("text"), item.end()))
                    item = lex.RANK_MORE_ITEM.match(self.s, item.end())
                continue
            more = lex.RANK_MORE.match(self.s, m.end())
            while more is not None:
                found.append((more, m.start()))
                chained.add((more.start("text"), more.end()))
                more = lex.RANK_MORE.match(self.s, more.end())
        # 以全省前三名的成绩被…授予“…”: a rank won as a title, named by the title
        found += [(m, m.start()) for m in lex.RANK_TITLE.finditer(self.s)]
        found += [(m, m.start()) for m in lex.RANK_TOP_OF_LIST.finditer(self.s)]  # 荣登全国…百强县榜首
        taken = {m.start("text") for m, _ in found}
        found += [(m, m.start()) for m in lex.RANK_FROM.finditer(self.s) if m.start("text") not in taken]
        taken = {m.start("text") for m, _ in found}
        found += [(m, m.start()) for m in lex.RANK_RISE.finditer(self.s) if m.start("text") not in taken]
        taken = {m.start("text") for m, _ in found}  # 攀升至全省第5: the rise's verb is no name
        found += [(m, m.start()) for m in lex.RANK_BARE.finditer(self.s) if m.start("text") not in taken]
        taken = {m.start("text") for m, _ in found}
        found += [(m, m.start("text")) for m in lex.RANK_AFTER_HEAD.finditer(self.s) if m.start("text") not in taken]
        taken = {m.start("text") for m, _ in found}  # 居全市3: a rank that lost its 第 and 位
        found += [(m, m.start()) for m in lex.RANK_LOST.finditer(self.s) if m.start("text") not in taken]
        return sorted(found, key=lambda pair: pair[0].start("text"))

    def _restated(self, start: int, end: int) -> bool:
        """In an account of the year, a target restated as met (``完成…批准增长8%目标``)."""
        if self.kind != "outcome":
            return False
        if self._dash_restated(start):
            return True  # ——全社会固定资产投资完成365亿元：预计全年…完成380亿元: the year's target restated
        head = self.s[self.clause_start(start) : start]
        if lex.RESTATED_BEFORE.search(head) is not None and lex.RESTATED_AFTER.match(self.s, end) is not None:
            return True
        if "控制在" in head and lex.RESTATED_BOUND_BEFORE.search(head) is not None:
            return True  # 控制在省定目标3.0%以内: the target named before its value, beside the outcome
        if lex.PLAN_BORNE_BEFORE.search(head) is not None and lex.PLAN_BORNE_AFTER.match(self.s, end) is not None:
            return True  # 能够支撑1.1万亿元的年度投资计划: the plan's value
        if lex.TASK_SIZE_AFTER.match(self.s, end) is not None and lex.TASKS_COUNTED.match(self.s, end) is None:
            return True  # 加固980公里江海堤围任务，累计已完成580公里: the task's size, restated
        return self._bracketed_target(start)

    def _dash_restated(self, start: int) -> bool:
        """A dash item of an account read as ``——<the year's target restated>：预计<the estimate>`` (the item's
        words before its colon, when an estimate opens the words after it): the target, no outcome."""
        s = self.s
        if not s.startswith(lex.DASH_ITEM_OPEN) or "预计" not in s:
            return False
        colon = lex.DASH_ITEM_COLON.search(s, start)
        if colon is None or lex.DASH_ITEM_COLON.search(s, 0, start) is not None:
            return False
        if not s.startswith(lex.DASH_ITEM_ESTIMATE, colon.end()):
            return False
        clause = s[self.clause_start(start) : start]  # a plan restated at the head names the estimate: its own rule
        return lex.RESTATED_CLAUSE.match(clause) is None and lex.RESTATED_HEAD.match(clause) is None

    def _restated_plan(self, hit: _Hit) -> bool:
        """``——年计划完成税收收入52亿元以上，1—9月完成…``: in an account of the year, a clause
        opening with the year plan restates its value; it still names the clauses after it. An item
        opening with the plan of its indicator (``——全年地区生产总值计划增长7.8%``) restates it too, and
        so does a clause of it opening with the plan again (``…190项，年度计划投资220亿元``)."""
        if self.kind != "outcome" or hit.kind != "number":
            return False
        clause = self.s[self.clause_start(hit.start) : hit.start]
        if lex.RESTATED_CLAUSE.match(clause) is not None:
            return True
        head = not self.s[: self.clause_start(hit.start)].strip("—－- ，,")  # the first clause (after the list's dash)
        first = head and lex.RESTATED_HEAD.match(clause) is not None
        return first or self._opens_restated() and lex.RESTATED_PLAN_AGAIN.match(clause) is not None

    def _restated_head_name(self, hit: _Hit) -> str:
        """The indicator of a plan restated as met, then bettered (``——全年某某收入计划完成预算目标并力争
        增长8%``): the words before the plan word, not those the met target leaves before the number."""
        clause = self.s[self.clause_start(hit.start) : hit.start]
        m = lex.RESTATED_HEAD.match(clause)
        if m is None or not m["met"]:
            return ""
        return lex.RESTATED_NAME_END.sub("", (m["a"] or m["b"] or "").strip())

    def _opens_restated(self) -> bool:
        """The sentence opens with the year plan restated (its first clause)."""
        text = self.s.lstrip("—－- ")
        first = _FIRST_CLAUSE_END.split(text, maxsplit=1)[0]
        return lex.RESTATED_CLAUSE.match(first) is not None or lex.RESTATED_HEAD.match(first) is not None

    def _bracketed_target(self, start: int) -> bool:
        """``增长9.5%（预期目标为10%以上）``, ``高于预期目标（增长6%以上）``: the year's target restated
        in a bracket beside its outcome."""
        window = self.s[max(0, start - lex.BRACKET_WINDOW) : start]
        opened = max(window.rfind("（"), window.rfind("("))
        if opened < 0 or max(window.rfind("）"), window.rfind(")")) > opened:
            return False
        inside, before = window[opened + 1 :], window[:opened]
        return lex.RESTATED_BRACKET_OPEN.match(inside) is not None or lex.RESTATED_BRACKET_AFTER.search(before) is not None

    def _words_and_ratios(self) -> list[tuple[int, int, Quantity, str]]:
        """``百分之五点八`` (a percentage in words), ``占比重超1/3`` (a fraction) and ``收入比缩小至1.61``
        (a ratio, no unit)."""
        out: list[tuple[int, int, Quantity, str]] = []
        # each pattern is tried only on a sentence holding what every match of it holds (a fast path)
        words = "分之" in self.s  # every unit of CN_PERCENT (百分之) and CN_FRACTION
        for m in lex.CN_PERCENT.finditer(self.s) if words else ():
            try:
                out.append((m.start(), m.end(), quantity(m["number"], "", PREFIXES[m["unit"]]), m["suffix"] or ""))
            except FigureError:
                continue
        scaled = "万" in self.s or "亿" in self.s
        for m in lex.SCALE_ALONE.finditer(self.s) if scaled else ():  # 人口超过850万的城市: the scale is the unit
            if m.end() == len(self.s) and self.offset + m.end() >= len(self.scan) and self.may_be_cut:
                continue  # 同比增加6万| at the text's end: the unit was cut
            c = lex.Candidate.of(self.s, m.start(), m.end(), m.end("scale"), m.end("scale"), m["number"], "", m["suffix"] or "")
            if not any(row.rule(c) for row in lex.skip_rules(c.unit, c.chinese)):
                factor = Decimal(10) ** (12 if m["scale"] == "万亿" else 8 if m["scale"] == "亿" else 4)
                q = Quantity(value=m["number"], number=Decimal(m["number"]) * factor, unit=m["scale"], base="", family="other",
                             more=bool(m["more"]))
                out.append((m.start(), m.end(), q, m["suffix"] or ""))
        for m in lex.MILESTONE_SCALE_ALONE.finditer(self.s) if scaled else ():  # 突破千亿大关: the scale is the unit
            c = lex.Candidate.of(self.s, m.start(), m.end(), m.start("scale"), m.end("scale"), m["number"], m["scale"], "")
            if not any(row.rule(c) for row in lex.skip_rules("", c.chinese)) and not lex.restated_milestone(c):
                factor = Decimal(10) ** (12 if m["scale"] == "万亿" else 8 if m["scale"] == "亿" else 4)
                q = Quantity(value=m["number"], number=_num(m["number"]) * factor, unit=m["scale"], base="", family="other")
                out.append((m.start(), m.end(), q, ""))
        fractions = (lex.FRACTION, "/" in self.s), (lex.CN_FRACTION, words)
        for pattern, held in fractions:  # 占全市比重超1/3, 超过三分之一: a proper fraction of a share
            for m in pattern.finditer(self.s) if held else ():
                a, b = _num(m["a"]), _num(m["b"])
                if 0 < a < b and lex.FRACTION_SHARE.search(self.s, self.clause_start(m.start()), m.start()):
                    q = Quantity(value=m.group(), number=a / b, unit="", base="", family="fraction")
                    out.append((m.start(), m.end(), q, ""))
        ratios = any(w in self.s for w in lex.RATIO_WORDS)  # each match stands right after one
        for m in lex.RATIO.finditer(self.s) if ratios else ():
            for group in ("number", "a", "b"):
                if m[group]:
                    value = _TO_ONE.sub("", m[group])
                    q = Quantity(value=value, number=Decimal(value), unit="", base="", family="ratio")
                    suffix = m["suffix"] or "" if group == "number" else ""
                    out.append((m.start(group), m.end(group) + len(suffix), q, suffix))
        return out

    def _range(self, hit: _Hit, m: re.Match[str]) -> None:
        """``6%—7%`` / ``6—7%``: one figure, written ``6-7``, read as at least its lower bound."""
        assert hit.q is not None
        dash = lex.RANGE_DASH.match(self.s, m.end())
        upper = lex.NUMBER.match(self.s, dash.end()) if dash and not m["suffix"] else None
        if upper is not None and upper["unit"] == m["unit"] and not upper["scale"] and upper["number"][0].isdigit():
            hit.upper = quantity(upper["number"], m["scale"] or "", m["unit"]).number
            hit.value = f"{hit.q.value}-{upper['number']}"
            hit.end, hit.suffix = upper.end(), upper["suffix"] or ""
            hit.is_range = True
            return
        lost = lex.NUMBER.match(self.s, m.end()) if m["unit"] == "%" and not m["suffix"] and not m["scale"] else None
        if (
            lost is not None and lost["unit"] == "%" and not lost["scale"] and m["number"][0].isdigit()
            and lost["number"][0].isdigit() and 0 < Decimal(lost["number"]) - Decimal(m["number"]) <= 1
            and not lex.LIST_VALUES_BEFORE.search(self.s, self.clause_start(m.start()), m.start())
        ):
            # 增长7%7.5%: a range whose dash the page lost (one indicator, two close ascending bounds);
            # 分别下降1.6%4.9% (values of a list) stays two figures
            hit.upper = quantity(lost["number"], "", "%").number
            hit.value = f"{hit.q.value}-{lost['number']}"
            hit.end, hit.suffix = lost.end(), lost["suffix"] or ""
            hit.is_range = True
            return
        head = lex.RANGE_HEAD.search(self.s, max(0, m.start() - 32), m.start())
        if head is not None and m["number"][0].isdigit() and (hit.q.unit in ("%", "个百分点") or "%" not in head.group()):
            hit.upper = hit.q.number
            hit.q = quantity(head["a"], m["scale"] or "", m["unit"])
            hit.start, hit.value = head.start(), f"{head['a']}-{m['number']}"
            hit.is_range = True

    def _qualitative(self, used: bytearray) -> list[_Hit]:
        found: list[_Hit] = []
        start = 0
        for stop in [*self.clause_marks, len(self.s)]:
            clause = self.s[start:stop]
            hinted = clause.endswith((*lex.TASK_ENDS, *lex.BOUND_ENDS)) or (self.kind == "target" and (clause.endswith(lex.QUAL_ENDS) or lex.RATE_COMPARED.search(clause) is not None))
            if hinted and not any(used[start:stop]) and not self.quoted[start]:
                done = _done_task(clause)
                if done is not None and self.kind != "target" and not lex.ASSIGNED.search(done[2]):
                    done = None  # a met target of the report's own is no outcome figure; a task assigned from above is
                cut = max(0, len(clause) - _QUAL_WINDOW)  # the verb's subject is near it: bounded look-back
                growth = lex.qual_growth(clause, cut) if self.kind == "target" else None
                if growth is not None and lex.AIM_LIST.match(growth["subj"]) is not None:
                    growth = None  # 推动经济增长持续向好、…、民生福祉持续提升: a list of aims
                if done is not None and _GENERAL_TASK.search(done[2]) and not _SETTER_RULE.fullmatch(done[2]):
                    done = None
                if done is not None:
                    found.extend(_done_hits(start, stop, *done))
                elif growth is not None:
                    lead = len(growth["subj"]) - len(lex.HEDGE.sub("", growth["subj"]))
                    at, subj = start + growth.start("subj") + lead, growth["subj"][lead:]
                    items = _list_items(subj)  # 能耗和主要污染物排放总量持续下降: one target per indicator
                    shared = [] if items else _shared_head_items(subj)  # 文化产业、旅游产业增加值增速均高于…
                    shared = shared or ([] if items else _shared_share_items(subj))  # 制造业投资、民间投资占…比重
                    for a, b, name in shared or [(a, b, subj[a:b]) for a, b in items or [(0, len(subj))]]:
                        hit = _Hit(at + a, at + b if items or shared else stop, "growth")
                        hit.subj, hit.verb = name, growth["verb"]
                        found.append(hit)
            start = stop + 1
        if len(found) >= 2 and found[0].kind == "growth" and found[0].start == 0 and "确保" in self.s:
            found = _without_theme_head(self.s, found)
        for hit in found:
            hit.text = self.s[hit.start : hit.end]
        return found

    # -- reading -------------------------------------------------------------------------
    def _list_said_before(self, at: int, count: int) -> list[str]:
        """``肉类和禽肉产量分别为201.168.5万吨，同比分别下降1.6%、4.9%``: the list of an earlier 分别 in the
        sentence whose values the page lost names the figures of a later 分别, when counts agree."""
        start = self.clause_start(at)
        found = list(lex.RESPECTIVELY.finditer(self.s, 0, max(0, start - 1)))
        if not found:
            return []
        earlier = found[-1]
        subject = _list_subject(self.s[self.clause_start(earlier.start()) : earlier.start()])
        items = ind.list_items(subject, count)
        return _shared_head(_shared_tail(items)) if len(items) == count else []

    def clause_start(self, at: int) -> int:
        k = bisect.bisect_left(self.clause_marks, at)
        start = self.clause_marks[k - 1] + 1 if k else 0
        if self.aside[at]:  # （区本级1976.7亿元，增长2%）: a figure inside an aside reads the aside's words
            k = bisect.bisect_left(self.aside_marks, at)
            start = max(start, self.aside_marks[k - 1] + 1 if k else 0)
        return max(start, at - _CLAUSE_REACH)

    @property
    def first(self) -> dict[str, int]:
        """Where each flag word first stands: "is 力争 before this hit" in constant time."""
        if self._first is None:
            self._first = {w: self.s.find(w) for w in (*lex.FLAG_WORDS, "力争", "预计")}
            if "全力争" in self.s:  # “全力争资金”: 全力 争 (all out, seek), no 力争 (fx18f)
                striven = _STRIVE_NOT_ALL_OUT.search(self.s)
                self._first["力争"] = striven.start() if striven is not None else -1
        return self._first

    def said_before(self, word: str, at: int) -> bool:
        """Does ``word`` stand wholly before offset ``at`` of the sentence?"""
        if word not in self.s:
            return False
        first = self.first[word] if word in self.first else self.s.find(word)
        return 0 <= first <= at - len(word)

    def _alternative_striven(self, at: int) -> bool:
        """Is every 力争 before offset ``at`` a figure's higher alternative (``增长10%，力争12%``) standing
        before another figure than its own? Then the figure at ``at`` is not striven for."""
        # Each alternative holds one 力争 and ends where its digit starts, so the alternatives read in the
        # sentence cut at ``at`` are exactly those of the whole sentence ending before ``at``: found once a
        # sentence, counted by bisection (a list of thousands of striven figures stays linear).
        if self._alternative_ends is None:
            self._alternative_ends = [m.end() for m in lex.STRIVING_ALTERNATIVE.finditer(self.s)]
        return bisect.bisect_left(self._alternative_ends, at) == self.s.count("力争", 0, at)

    def before_start(self, hit: _Hit, prev: _Hit | None) -> int:
        base = self.clause_start(hit.start)
        if prev is None or prev.end <= base:
            return base
        gap = self.s[prev.end : hit.start]
        cut = _list_cut(gap)
        if cut > 0 and prev.kind == "number" and prev.text.endswith(lex.CLOSED_SUFFIX):
            return prev.end  # 增长3.2%城镇、农村居民…: nothing is named after a rate, the page lost a comma
        if cut >= 0:
            return prev.end + cut + 1
        if gap.startswith("的") and len(gap) >= 3 and prev.kind == "number" and prev.before.endswith(lex.ATTRIBUTE_HEADS):
            return prev.end + 1  # 总投资936.7亿元的工业和服务业重点项目213个: the noun the figure described
        if prev.kind != "number" or prev.text.endswith(lex.CLOSED_SUFFIX) and not gap.startswith("的"):
            return prev.end
        if lex.GROWTH_GAP.match(gap):
            return prev.end  # 地区生产总值完成512.6亿元增长4.2%: the page dropped the comma
        if gap.startswith(lex.LOST_COMMA_TOTALS):
            return prev.end  # 预算收入11.8亿元城镇居民人均可支配收入37814元: a new total, the page dropped the comma
        if lex.STATED_AMOUNT_END.search(prev.before) and lex.STATED_AMOUNT_GAP.match(gap) and "的" not in gap:
            return prev.end  # 装机总量达695万千瓦新能源年发电量超130亿千瓦时: the page dropped the full stop
        return base

    def figures(self) -> list[Figure]:
        if not _HINT.search(self.s):
            return []
        self._read_marks()
        hits = self.hits()
        if len(hits) == 1 and self.s.strip() == hits[0].text and not self.scan[self.offset + hits[0].end :].strip(lex.PAGE_CUT_TAIL):
            return []  # …分别占年度计划112.24%。5个| (the page ends): a sentence cut after its first words
        out: list[Figure] = []
        prev: _Hit | None = None
        outer: _Hit | None = None  # the last hit outside any aside
        glued = 0  # where the last rate run into the next count ends
        for i, hit in enumerate(hits):
            if not self.aside[hit.start] and prev is not None and self.aside[prev.start]:
                prev = outer  # 收入50亿元（其中税收收入40亿元，增长3%），增长5%: the aside's figures are its own
            # 增长2.7%810个省重点项目年度投资完成率63.4%: a rate run into the next count (the page lost the
            # comma) ends the words of every figure after it too (real_aside19 sichuan-2025)
            if prev is not None and prev.kind == "number" and prev.text.endswith(lex.CLOSED_SUFFIX) and hit.start == prev.end:
                glued = prev.end
            hit.before = self.s[max(self.before_start(hit, prev), glued) : hit.start].strip()
            lost = _UNITLESS_BEFORE_QUOTE.search(hit.before) if "“" in hit.before else None
            if lost is not None:
                hit.before = hit.before[lost.end() :]  # 新入库四上企业72“小升规企业”87家: the page lost 家、 after 72
            self._hits, self._at = hits, i
            out.append(self.figure(hit, prev, hits[i + 1 :]))
            prev = hit
            outer = hit if not self.aside[hit.start] else outer
        if not out:
            return out
        split: dict[int, list[str]] = {}  # the figures that stand for several names (none: dropped)
        for rule in self._POST_RULES:
            rule(self, hits, out, split)
        if not split:
            return out
        # 城乡居民人均可支配收入分别增长7.5%左右: one number that holds for town and country each
        return [f for i in range(len(out)) for f in ([_replace(out[i], indicator=n) for n in split[i]] if i in split else [out[i]])]

    # The post-rules: passes over the sentence's figures once each is read, in this order (``_POST_RULES``).
    # Each takes the sentence, its hits, its figures and their split names, and renames the figures
    # (``out[i]``) or gives the names a figure stands for (``split[i]``; none drops it) in place.

    def _post_counted_noun(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``新开工5个、竣工3个重点项目``: a count named by its verb alone shares the next item's noun."""
        _share_counted_noun(self.s, hits, out)

    def _post_duration_count(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``在10天内完成3轮全覆盖入户排查``: the bound on the task, named as its count."""
        for i, hit in enumerate(hits[:-1]):
            after, nxt = self.s[hit.end : hits[i + 1].start], hits[i + 1]
            if (hit.kind == "number" and hit.q is not None and hit.q.family == "time" and nxt.q is not None
                    and nxt.q.family == "count" and lex.DURATION_BEFORE.search(hit.before) is not None
                    and lex.DURATION_THEN_COUNT.fullmatch(after) is not None and out[i + 1].indicator
                    and lex.DURATION_COUNTED_RESULT.match(self.s, hit.end, hit.end + 48) is None):  # a quoted result: its own (fxa75b)
                out[i] = _replace(out[i], indicator=out[i + 1].indicator)

    def _post_part_of_span(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``上半年地区生产总值增长3%。其中，二季度单季增长1.9%``: the span's part takes the carried indicator."""
        if out and not out[0].indicator and self.carried and lex.PART_OF_SPAN_OPENS.match(self.s) is not None:
            out[0] = _replace(out[0], indicator=self.carried)
        # 工业用电量下降6.1%，降幅比1—4月份收窄…，其中5月份增长2.3%: a month's growth is the indicator's, not its
        # rate head's (the head is the gap's before; fxp67)
        for i, hit in enumerate(hits):
            if i == 0 or hit.unit not in ("%", "％") or not out[i].indicator.endswith(lex.RATE_HEADS):
                continue
            lead = self.s[hits[i - 1].end : hit.start]
            lead = lead[max(lead.rfind("，"), lead.rfind(","), -1) + 1 :]
            if lex.PART_OF_SPAN_OPENS.match(lead) is not None:
                out[i] = _replace(out[i], indicator=out[i].indicator[: -2])

    def _post_headless_change(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``…同比增长5.8%。比上年同期加快0.2个百分点，高于全国0.8个百分点``: a sentence opening on a change
        or gap with no head written is the carried indicator's (its full stop is the page's, fxp67)."""
        if not self.carried:
            return
        # …实现地区生产总值…亿元,居全省第6位;同比增长4.5%,高于全省水平…,居全省第5位: the clause after a ；
        # opening on a bare growth goes on with the same indicator (fxp67)
        growth = self.joined and lex.HEADLESS_GROWTH_OPENS.match(self.s) is not None
        if not growth and lex.HEADLESS_CHANGE_OPENS.match(self.s) is None:
            return
        for i, hit in enumerate(hits):
            if not out[i].indicator and (growth or hit.unit == "个百分点"):
                out[i] = _replace(out[i], indicator=self.carried)

    def _post_sector_measure(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``全省规模工业实现增加值…，产品销售率98.4%；实现利润571.9亿元``: a bare measure of a firm's results
        opening a clause after ``；`` is the sector's whose value the clauses before wrote (``规模工业利润``)."""
        if not self.joined or not self.carried_owner or out[0].indicator not in lex.SECTOR_BARE_RESULTS:
            return
        if lex.SECTOR_RESULT_OPENS.fullmatch(self.s[: hits[0].start].strip()) is None:
            return
        bare = out[0].indicator
        for i, figure in enumerate(out):
            if figure.indicator == bare:
                out[i] = _replace(figure, indicator=self.carried_owner + bare)

    def _post_peer_scope_rank(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``全市排名第二，中心城区排名第一``: another scope, the same thing ranked."""
        for i, hit in enumerate(hits[1:], 1):
            if (hit.kind == "rank" and hits[i - 1].kind == "rank" and out[i - 1].indicator
                    and lex.RANK_PEER_SCOPE.fullmatch(out[i].indicator) is not None):
                out[i] = _replace(out[i], indicator=out[i - 1].indicator)

    def _post_drawn_ranking(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``综合排名跻身全省十强``, ``营商环境综合排名``: a ranking named by how it was drawn keeps 排名."""
        for i, hit in enumerate(hits):
            word = out[i].indicator
            if hit.kind == "rank" and word.endswith(lex.RANK_MODIFIER_ONLY):
                at = hit.verb_start
                if self.s[max(0, at - len(word) - 2) : at] == word + "排名" or (
                        self.s[max(0, at - len(word)) : at] == word and self.s.startswith("排名", at)):
                    out[i] = _replace(out[i], indicator=word + "排名")

    def _post_respectively(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``A和B分别同比增长11.9%、6.5%``: the names paired with the numbers in order (``_apply_respectively``)."""
        split.update(self._apply_respectively(hits, out))

    def _post_paired_values(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``城镇和农村常住居民人均可支配收入39,175元和19,156元，分别同比增长3.7%和7%``: two values joined by 和
        after two names joined by 和, no 分别 written, pair as a 分别 list does; the headless list of growths right
        after is theirs too (fxp67)."""
        for i in range(len(hits) - 1):
            a, b, name = hits[i], hits[i + 1], out[i].indicator
            if (a.kind != "number" or b.kind != "number" or a.unit != b.unit or i in split or i + 1 in split
                    or self.s[a.end : b.start] not in ("和", "、", "及") or out[i + 1].indicator != name
                    or not _LIST_JOIN.search(name)):
                continue
            items = ind.list_items(name, 2)
            if len(items) != 2 or any(len(n) < 2 for n in items):
                continue
            names = ind.share_list_parts(_siblings(items))
            out[i], out[i + 1] = _replace(out[i], indicator=names[0]), _replace(out[i + 1], indicator=names[1])
            rest = [j for j in range(i + 2, min(i + 4, len(hits))) if not out[j].indicator and j not in split]
            if len(rest) == 2 and rest == [i + 2, i + 3] and hits[i + 2].unit == hits[i + 3].unit:
                for j, n in zip(rest, names, strict=True):
                    out[j] = _replace(out[j], indicator=n)

    def _post_rank_after_gaps(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``增速比全省平均水平（…）和全国（…）分别高17.2和23.1个百分点，居全省第一``: a rank closing a chain of a rate's
        gaps is the rate's, named as the gaps are, not by the comparison's words (real_pass7 convention 4, fxp67)."""
        for i, hit in enumerate(hits):
            if i == 0 or hit.kind != "rank" or i in split:
                continue
            m = lex.RANK_AFTER_RATE_GAPS.fullmatch(out[i].indicator)
            if m is not None and out[i - 1].indicator.endswith(m["h"]) and hits[i - 1].unit == "个百分点":
                out[i] = _replace(out[i], indicator=out[i - 1].indicator)

    def _post_rank_moved(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``在全国百强城市中再前进10位``: the ranking's place, moved."""
        for i, hit in enumerate(hits):
            moved = lex.RANK_MOVED_IN.search(hit.before) if hit.kind == "number" and hit.unit == "位" else None
            if moved is not None:
                ranking = moved["ranking"]
                out[i] = _replace(out[i], indicator=ranking if ranking.endswith(("位次", "排名")) else ranking + "位次")

    def _post_list_bound(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``工业、消费领域指标环比增速均超30%``: one bound for each item of a 、 list."""
        for i, hit in enumerate(hits):
            bound = lex.LIST_BOUND_EACH.search(hit.before) if hit.kind == "number" and i not in split else None
            if bound is not None:
                split[i] = [item + bound["shared"] + bound["rate"] for item in bound["items"].split("、")]

    def _post_closing_about(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``养殖规模稳定在2万匹、5000峰左右``: one indicator's values in two units joined by 、, the closing
        ``左右`` after the last qualifies each (main convention 1; real_pass10 convention 11, fx18b)."""
        for i in range(len(hits) - 1, 0, -1):
            b, a = hits[i], hits[i - 1]
            if (b.kind == "number" and a.kind == "number" and b.suffix and not a.suffix and out[i].qualifier != "exact"
                    and out[i - 1].qualifier == "exact" and a.unit != b.unit and self.s[a.end : b.start] == "、"
                    and out[i - 1].indicator == out[i].indicator):
                out[i - 1] = _replace(out[i - 1], qualifier=out[i].qualifier)

    def _post_shared_rank(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``项目总数、投产项目数居全省第2位``: one rank for each name listed."""
        for i, hit in enumerate(hits):
            shared = _shared_rank(out[i].indicator) if hit.kind == "rank" and i not in split else []
            if shared:
                split[i] = shared

    def _post_shared_bound(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``服务业增加值、建筑业总产值均突破万亿元``: one bound said with 均 over a 、 list of whole names is each
        name's, as one rank is (``_shared_rank``; round 17 audit au2)."""
        for i, hit in enumerate(hits):
            if hit.kind == "number" and i not in split and "、" in out[i].indicator and lex.SHARED_BOUND_VERB.search(hit.before):
                shared = _shared_rank(out[i].indicator)
                if shared:
                    split[i] = shared

    def _post_rank_of_each(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``…分别增长11.1%和11.3%，总量均居全市首位``: one rank for each value listed before (``_rank_of_each``)."""
        for i, hit in enumerate(hits):
            if hit.kind == "rank" and i not in split:
                each = self._rank_of_each(hits, out, i)
                if each:
                    split[i] = each

    def _post_task_answered(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``万元生产总值能耗下降3.5%，完成省下达任务``, ``全县完成市下达目标任务，GDP增长8%``: a task met, no figure."""
        if any(h.kind == "done" for h in hits):
            for i in range(len(out)):
                if _answers_its_figure(hits, out, i) or _task_of_nothing(hits, out, i):
                    split[i] = []

    def _post_restated_plan(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``——年计划完成税收收入52亿元以上，1—9月完成…``: a plan restated is dropped; at the item's head it names what follows."""
        restated = [i for i in range(len(out)) if split.get(i) != [] and self._restated_plan(hits[i])]  # not one dropped
        if restated and restated[0] == 0:  # the item's head: its indicator names the outcomes after it
            self.restated_name = self._restated_head_name(hits[0]) or lex.RESTATED_NAME_END.sub("", out[0].indicator)
        for i in restated:
            split[i] = []
        for i, hit in enumerate(hits):  # ——…完成市级下达目标：预计全年完成市级下达目标: a met target restated (it still names)
            if hit.kind == "done" and self.kind == "outcome" and self._dash_restated(self.clause_start(hit.start)):
                split[i] = []

    #: The post-rules, in the order they apply.
    def _post_headless_size(self, hits: list[_Hit], out: list[Figure], split: dict[int, list[str]]) -> None:
        """``…地方一般公共预算收入完成137.5亿元。规模继续保持中心城区第1``: a sentence opening on a bare size head
        (``规模``, ``总量``) and its predicate is the carried indicator's size (real_aside76; fx18e)."""
        if not self.carried or not self.s.startswith(("规模", "总量")):
            return
        opened = lex.HEADLESS_SIZE_OPENS.match(self.s)
        owner = ind.without_head(self.carried)
        if opened is None or len(owner) < 2 or owner == self.carried and self.carried.endswith(lex.GENERIC_HEADS):
            return
        for i, figure in enumerate(out):
            if figure.indicator.startswith(opened["head"]) and self.s.startswith(figure.indicator):
                out[i] = _replace(figure, indicator=owner + opened["head"])

    _POST_RULES = (
        _post_counted_noun,
        _post_duration_count,
        _post_part_of_span,
        _post_headless_change,
        _post_headless_size,
        _post_sector_measure,
        _post_peer_scope_rank,
        _post_drawn_ranking,
        _post_respectively,
        _post_paired_values,
        _post_rank_after_gaps,
        _post_rank_moved,
        _post_list_bound,
        _post_closing_about,
        _post_shared_rank,
        _post_shared_bound,
        _post_rank_of_each,
        _post_task_answered,
        _post_restated_plan,
    )

    def _rank_of_each(self, hits: list[_Hit], out: list[Figure], i: int) -> list[str]:
        """``…分别增长11.1%和11.3%，总量均居全市首位``: a rank said with 均 right after a list of
        values of different indicators gives one rank per indicator (tests/real_aside21 convention 5),
        each named as the last one's is ([] else)."""
        hit = hits[i]
        words = self.s[hits[i - 1].end : hit.verb_start].strip("，, ") if i >= 2 else ""
        if hits[i - 1].kind != "number" or not words.endswith("均") or words[:-1] not in ("", *lex.TOTAL_HEADS):
            return []  # 增速和经济总量均排名…: the rank names its own things
        run = [i - 1]
        while run[0] > 0:
            j = run[0] - 1
            if hits[j].kind != "number" or hits[j].measure != hits[i - 1].measure or hits[j].unit != hits[i - 1].unit:
                break
            if self.s[hits[j].end : hits[j + 1].start].strip()[:1] not in ("、", "和", "及", "与", "，", ","):
                break  # 增长5%、6% / 进口增长5%、出口增长6%: the list goes on
            run.insert(0, j)
        names = [out[j].indicator for j in run]
        own = out[i].indicator
        if len(run) < 2 or len(set(names)) != len(names) or not all(names):
            return []
        if own.startswith(names[-1]):
            return [n + own[len(names[-1]) :] for n in names]
        if all(n in own for n in names):  # 进口和出口分别…，总量均居…: the list's subject, then the head
            return [n + own[own.rindex(names[-1]) + len(names[-1]) :] for n in names]
        return []

    def figure(self, hit: _Hit, prev: _Hit | None, rest: list[_Hit]) -> Figure:
        before = hit.before
        kind, period = self.kind, self.year
        measure, qualifier, direction = "amount", "exact", ""
        family = hit.q.family if hit.q else ""
        clause = self.s[self.clause_start(hit.start) : hit.start]
        if hit.kind == "rank":
            measure, family = "rank", "rank"
            qualifier = "at_most" if hit.top else qualifier
            start = self.before_start(hit, prev)  # 指数全省第6、开放指数全省第3: the item's own words
            before = hit.subj or self.s[start if start <= hit.verb_start else self.clause_start(hit.start) : hit.verb_start]
            counted = prev is not None and prev.kind == "number" and prev.q is not None and prev.q.family == "count"
            if not hit.subj and counted and start < prev.end <= hit.verb_start and len(self.s[prev.end : hit.verb_start].strip()) >= 2:
                before = self.s[prev.end : hit.verb_start]  # 等12项任务完成量排名全市前三: the count's noun, no count (aside28 conv. 10)
            moved = lex.RANK_MOVE_START.search(before)  # 百强区排名由38位提升到29位: the end of a move
            if hit.rank_start or moved is not None:  # …named by the ranking, without 排名 (real_aside29 c. 4)
                before = lex.RANK_MOVE_WORD.sub("", before[: moved.start()] if moved is not None else before)
            if hit.rank_start:
                kind, period = "baseline", self.year - 1 if self.year else None
            before = lex.GROUP_SIZE_OPENING.sub("", before)  # 全省首次37个创新型试点县…综合测评排名第一 (fxa75b)
            group = lex.GROUP_SCOPE.search(before)  # 在全区33个主产区中进步名次位列第一: among them, 进步名次
            if group is not None:
                before = before[group.end() :] or before[: group.start()]
            elif (named := lex.GROUP_NAMED.search(before)) is not None:
                before = before[: named.start()]  # 增速在前十经济大省中并列第1: 增速
            elif (body := lex.RANKED_BODY.match(before)) is not None:
                before = before[body.end() :]  # 某某经开区在全省…综合考评中升至第3: the assessment (aside48 conv. 3)
        elif hit.kind in ("growth", "done"):
            measure, family = "qualitative", ""
        baseline = self._baseline(hit, before)
        start_words = ""  # 由一季度下降: the start's own words, which say whether it is a growth
        if hit.kind == "number" and baseline is not None:
            kind = "baseline"
            at, year = baseline
            period = year if year else (self.year - 1 if self.year else None)
            before, start_words = before[:at], before[at:]
        bare = _strip_qualifier_words(before)
        if hit.kind == "rank":
            bare = lex.CONTRIBUTION.sub("", lex.RANK_PEER_END.sub("", bare))  # 贡献率首次超过A区跃居第一
            bare = lex.RANK_ALIKE_END.sub("", bare)  # 分别增长5%、6%，均居全省第一: 均 names nothing
            bare = lex.RANK_MANNER_END.sub("", bare)  # 总量持续保持全市第一: how it holds, no name
        if hit.kind == "rank" and lex.RANK_SCOPE_ONLY.fullmatch(bare):
            bare = ""  # 增幅持续高于全国，在东北四市位居首位: where it ranks, not what
        published = lex.PUBLISHED_ASSESSMENT.search(bare) if hit.kind == "rank" else None
        if published is not None and (not bare[published.end() :] or bare[published.end() :] in lex.RANK_AGAIN_WORDS):
            bare = published["name"]  # 在科技部今年最新公布的国家级高新区综合评价中再次排名第六位 (fxa75b)
        among = lex.RANK_AMONG.search(bare) if hit.kind == "rank" else None
        if among is not None and among["noun"] in lex.RANK_AGAIN_WORDS:
            among = None  # 在…综合评价中再次排名第六位: the rank came again, no noun (fxa75b)
        if among is not None and ind.without_time(among["noun"]):  # 在…评价中连续两年位居第一: a time is no noun
            bare = among["noun"]  # 在全区33个农产品主产区中进步名次位列第一: among them, its 进步名次
        if hit.kind == "number":
            measure, direction = self._measure(hit, start_words if lex.GROWTH_END.search(start_words) else bare)
            qualifier = self._qualifier(hit, before)
            if prev is not None and prev.kind == "number" and measure == "share" and (
                not before.strip("、和及，, ") or self._is_baseline_pair(prev, hit)
            ):  # 增速由1-5月的3.2%回升至上半年的5.1%: the end of the start's change
                measure, direction = prev.measure or measure, prev.direction
        elif hit.kind == "done":
            qualifier = hit.bound or qualifier
            subj = hit.subj
            direction = "down" if subj.endswith(lex.DOWN) else "up" if subj.endswith(lex.UP) else ""
        elif hit.kind == "growth":
            verb = hit.verb
            direction = (
                "down" if any(w in verb for w in (*lex.DOWN, "有降", "清零"))
                else "" if verb.endswith(("稳定", "平稳", "达标", "前列", "底线")) or verb.startswith("不发生")
                else "up"
            )
            measure = "qualitative"
            qualifier = "at_least" if lex.QUAL_AT_LEAST.match(verb) else qualifier  # 不低于上年预计执行数
        striving = self.said_before("力争", hit.start) and not self._alternative_striven(hit.start)
        if qualifier == "exact" and hit.kind == "number" and (striving or lex.STRIVING_CLAUSE.match(clause.strip())):
            qualifier = "at_least"
        name = self._name(hit, before, bare, prev, measure)
        name = self._shared_by_clauses(hit, prev, name)
        if name.endswith(lex.SHARE_SCOPES) and self.s.startswith(lex.SHARE_HEAD_AFTER, hit.end):
            name += self.s[hit.end : hit.end + 3]  # 占全市近五分之一的比重: the share's head after its value (fx18a)
        if self._restated_plan(hit):  # 全年地区生产总值计划增长7.8%，上半年完成…: the plan's indicator goes on
            name = lex.RESTATED_NAME_END.sub("", name)
        if (hit.kind == "number" and hit.q is not None and hit.q.family in ("count", "other") and _still_left(bare)
                and not name.startswith("剩余") and lex.PEOPLE_NOUN.fullmatch(name)):
            name = "剩余" + name  # 剩余3200名贫困人口: the people still left, as 剩余1.5万相对贫困人口 is named
        if (measure == "growth" and prev is not None and prev.kind == "rank" and name == prev.name
                and name.endswith(lex.SAME_RATE) and len(name) > 4 and not lex.SAME_RATE_WRITTEN.search(bare)):
            name = name[:-2]  # 增速…位列四城区第1，预计全年同比增长16%: the indicator grew, not its rate (aside62)
        if measure == "share" and _percent(hit) and prev is not None and prev.kind == "number":
            name = ind.sector_share(name, prev.share_name or prev.name)  # the share a growth was read off, if any
        if (measure == "growth" and prev is not None and prev.kind == "number" and prev.measure == "share" and name == prev.name
                and name.endswith(lex.SHARE_OWNED_HEADS) and _percent(hit) and lex.SAME_PERIOD_CHANGE.search(bare)):
            owner = name[: name.rfind("占")] if "占" in name else name[:-2]
            if len(owner) >= 2:
                hit.share_name, name = name, owner  # 采矿业增加值占比达96.05%，同比下降15.6%: the amount fell (fx18a)
        if hit.kind == "rank" and "超" in name:
            cut = lex.RANK_PEER_END.sub("", name)  # GDP增速超过江苏、广东、浙江，目前位列第一: the peers go (fx18a)
            if cut != name:  # 前三季度全市GDP增速超过甲市、乙市: its time and scope go with them, as in one clause (fxgen15)
                cut = ind.strip_lead(ind.without_time(cut)) or cut
            name = cut or name
        granted = lex.GRANT_BY_EXAMPLES.fullmatch(name) if hit.kind == "number" else None
        if granted is not None:  # A、B等项目获批中央预算内投资、专项债等政策资金13亿元: 获批政策资金 (aside62 c. 4)
            name = granted["verb"] + granted["noun"]
        if measure == "rank" and hit.kind == "number":
            name = lex.RANK_MOVE_VERB_END.sub("", name)  # 位次比上年前移6位: the rank moved, its verb no name
            entered = lex.ENTERED_LIST_RANK.fullmatch(name)
            if entered is not None:  # 连续入围“赛迪百强区”且位次前移2位: the list's 位次 (real_aside62 convention 5)
                name = entered["list"] + entered["head"]
        name = ind.hygienic(name, self.places)  # 生产总值4, …率先, 8%左右…: no cut number, manner word or other value
        if hit.kind == "number" and kind in ("outcome", "target") and lex.YEAR_TARGET_NAMED.match(self.s, hit.end):
            # 围绕招商引资100亿元等年度目标: the year's target a text names as its example (round 17 fxa75); in a
            # plan's targets too, the preposition is no name (round 30, fxgen14)
            kind = "target"
            name = lex.YEAR_TARGET_PREPOSITION.sub("", name)
        hit.name = name
        if kind == "target" and hit.unit in lex.PLAN_OWN_COUNT_UNITS and lex.PLAN_OWN_COUNT.search(name):
            kind = "outcome"  # 经济发展类目标（13个）: what the plan holds, not a level to reach
        hit.measure, hit.direction = measure, direction
        flags = ind.flags_at(self.first, hit.start) if striving else ind.flags_in(clause)
        if striving and "力争" not in clause:
            flags = tuple(dict.fromkeys(("力争", *ind.flags_in(clause))))
        estimate = self.estimated or self.said_before("预计", hit.start)
        total = hit.kind == "number" and ind.strip_lead(hit.before).startswith(lex.TOTAL_OPENS)
        plain = lex.NEW_EVENT.sub("", clause)
        increment = lex.INCREMENT_WORD.search(plain) is not None and not total
        start, end = self.offset + hit.start, self.offset + hit.end
        return Figure(
            indicator=name,
            value=hit.value if hit.kind in ("number", "rank") else None,
            number=hit.number if hit.kind in ("number", "rank") else None,
            unit=hit.unit,
            unit_family=family,
            kind=kind,  # type: ignore[arg-type]
            measure=measure,  # type: ignore[arg-type]
            qualifier=qualifier,  # type: ignore[arg-type]
            estimate=estimate,
            cumulative=lex.CUMULATIVE_WORD.search(clause) is not None or total,
            increment=increment,
            direction=direction,
            flags=tuple(f for f in flags if f != "预计" or estimate),
            period=period,
            section=self.section,
            paragraph=self.paragraph,
            span=(start, end),
            text=self.text[start:end],
            sentence=self.raw.strip(),
            upper=hit.upper,
        )

    def _measure(self, hit: _Hit, bare: str) -> tuple[str, str]:
        assert hit.q is not None
        if lex.COMPLETION.search(bare):
            return "completion", ""
        moved = lex.RANK_MOVED.search(bare) if hit.unit == "位" else None
        if moved is not None:  # 位次比去年同期前移11位: a rank's move, up or down so many places
            return "rank", "down" if lex.RANK_MOVED_DOWN.search(moved.group()) else "up"
        growth = lex.GROWTH_END.search(bare)
        direction = ""
        if growth is not None:
            direction = "down" if growth[1] in lex.DOWN or growth[1].startswith("降") else "up"
        if hit.q.family == "fraction":
            return "share", ""
        if hit.q.family in ("percent", "points") or hit.q.base in ("倍", "成"):
            return ("growth" if growth is not None else "share"), direction
        if growth is not None and _COMPARED_TO_BEFORE.search(bare):
            return "growth", direction  # 较上年下降2微克/立方米: a change, not a level
        if hit.q.family in ("count", "time"):
            return "count", direction
        return "amount", direction

    def _qualifier(self, hit: _Hit, before: str) -> str:
        """The qualifier by ``lexicon.QUALIFIER_SUFFIX`` (the word after the number), then by
        ``lexicon.QUALIFIER_BEFORE`` (the words before it); a range is at least its lower bound."""
        if hit.is_range and not hit.suffix:
            return "at_least"
        if hit.suffix:
            return lex.QUALIFIER_SUFFIX[hit.suffix]
        if hit.q is not None and hit.q.more:
            return "at_least"  # 300余次
        if hit.q is not None and hit.q.family == "time" and self.s.startswith(lex.WITHIN_AFTER, hit.end):
            return "at_most"  # 16小时内锁定
        near = next((q for q, pattern in lex.QUALIFIER_BEFORE if pattern.search(before)), "")
        if near == "at_most" and self.kind == "outcome" and lex.HELD_AT.search(before):
            return "exact"  # 城镇登记失业率控制在0.81%: an account's rate held at its value (aside49 conv. 2)
        return near or next((q for q, pattern in lex.QUALIFIER_OPENS if pattern.search(before)), "exact")

    def _thing_measure(self, name: str, previous: str) -> str:
        """Measures of one named thing written after it in its sentence (real_aside45 convention 2): the amount
        of the work just named (``补水量`` after ``东居延海补水``) joins that name once, and the thing before the
        work (``东居延海``) then owns the sentence's bare measures of a thing (``lexicon.THING_MEASURES``:
        ``面积``, ``现状库容``); any other name is returned as it is."""
        work = 0
        if len(previous) >= 4 and name[:1] in previous[-3:]:  # speed only: the work's first character
            work = next((k for k in (3, 2) if len(previous) >= k + 2 and name.startswith(previous[-k:])
                         and name[k:] in lex.WORK_AMOUNT_ENDS), 0)
        if work:
            self.thing = previous[:-work]
            manner = next((m for m in lex.WORK_MANNERS if self.thing.endswith(m) and len(self.thing) > len(m) + 1), "")
            self.thing = self.thing[: len(self.thing) - len(manner)]  # 乌梁素海生态补水: the lake, not its 生态
            return previous + name[work:]
        return self.thing + name if self.thing and name in lex.THING_MEASURES else name

    def _firm_operation(self, hit: _Hit, name: str) -> str:
        """A financial operation a named subject completed, the subject alone before its verb in the clause
        (``永和完成17.36亿元股权定增``, ``lexicon.FIRM_OPERATIONS``): the firm's own measure, named with the firm
        as written (``永和股权定增``; real_aside44 convention 6, aside33 convention 4). A scope, a lead, a time
        or a class of firms before the verb (``全县完成``, ``累计完成``, ``企业完成``) leaves the name as it is."""
        if not name.endswith(lex.FIRM_OPERATIONS) or hit.kind != "number":
            return name
        done = lex.FIRM_DOING.fullmatch(self.s, self.clause_start(hit.start), hit.start)
        firm = done["firm"] if done is not None else ""
        plain = bool(firm) and ind.strip_lead(firm) == firm and ind.without_time(firm) == firm and not self._opens_with_place(firm)
        return firm + name if plain and not firm.endswith(lex.FIRM_CLASS_WORDS) else name

    def _opens_with_place(self, words: str) -> bool:
        """Does ``words`` open with the page's own place (a scope, not a firm)?"""
        return any(words.startswith(p) for p in self.places)

    def _name(self, hit: _Hit, before: str, bare: str, prev: _Hit | None, measure: str) -> str:
        previous = prev.name if prev is not None else ""
        if prev is None and self.joined and self.carried and lex.SHARE_OPENS_CLAUSE.match(self.s) is not None:
            previous = self.carried  # …快于工业2个百分点；占全市生产总值比重为57.9%: the share of the value before the ；
        gap_only = False
        if hit.title:
            return ind.normalize(hit.title)  # 以全省前三名的成绩被授予“高质量发展先进县”: the title won
        if measure == "completion" and hit.kind == "number":
            written = lex.COMPLETION_RATE.fullmatch(ind.name_before(bare))
            if written is not None and not lex.PLAN_ONLY.fullmatch(written["owner"]):
                return written.group()  # 完成投资3400.8亿元，投资完成率113%: the rate as the plan names it
            if previous.endswith(lex.SAME_RATE) and len(previous) > 4:
                return previous[:-2]  # 降幅收窄…，完成年度目标任务的38.6%: the completion of the thing
            own = ind.name_before(lex.COMPLETION.sub("", bare)) if previous else ""
            if len(own) >= 3 and own not in previous and previous not in own and not lex.PLAN_ONLY.fullmatch(own):
                return own  # 投资下达70%，经营性土地供应完成年初计划的72.3%: the clause's own subject (fx18g)
            return previous or ind.name_before(lex.COMPLETION.sub("", bare))
        task = self._task_done(hit) if hit.kind == "number" else ""
        if task:
            return task  # 加固达标980公里江海堤围任务，累计已完成580公里: 加固达标江海堤围 (aside21 conv. 4)
        if hit.kind == "done":
            obj = _TASK_SETTER.sub("", hit.obj)
            obj = _TARGET_END.sub("", obj) if len(obj) > 4 or obj.startswith("的") else obj
            obj = _SETTER_AFTER.sub("", obj)  # 完成城镇就业市定目标任务: who set it, after the thing (fxp67)
            if obj in ("目标", "的", "的目标", "任务", "的任务", "指标", "的指标", "计划", "目标值"):
                obj = ""
            if lex.CUT_TASK.fullmatch(obj) and lex.POLLUTANT.search(hit.subj):
                obj = ""  # 化学需氧量、氨氮排放量完成省下达的减排任务: the pollutants name the task, 减排 is its kind
            name = ind.normalize(ind.strip_lead(obj)) if obj else ""
            if len(name) < 2:
                subj = lex.DONE_MANNER.sub("", hit.subj)  # 外资2865万美元，全面完成…任务: the figures' own
                name = ind.name_before(subj) if subj.strip("，,、 ") else ""
                listed = subj.rstrip("，,、 ")
                if not lex.LISTED_TASK_HEAD.search(listed):
                    name = lex.TASK_NAME_END.sub("", name)  # 节能减排指标完成…任务
                elif "、" in name and not _list_items(listed) and (tail := lex.LISTED_TASK_TAIL.search(listed)) is not None:
                    name += tail.group()  # 开放型经济、节能降耗、计划生育等指标完成…任务: one list, whole (aside29 c. 1)
                name = lex.CHANGE_RATE_END.sub("", name)  # 能耗降低率完成市级下达目标: the 能耗's task
            if len(name) < 2:
                clause = self._clause_before(hit)
                colon = self.s[self.clause_start(hit.start) - 1 : self.clause_start(hit.start)] in ("：", ":")
                met = _done_task(clause) if colon and clause else None
                if met is not None and len(owner := lex.CHANGE_RATE_END.sub("", ind.name_before(met[1]))) >= 2:
                    return owner  # 能耗降低率完成市级下达目标：预计全年完成…目标: the item's thing (fx18e)
                name = ind.task_of_clause(clause)  # …等约束性指标，确保完成省政府下达的任务
            return name or previous
        bottom = lex.BOTTOM_LINE.search(hit.subj + hit.verb) if hit.kind == "growth" else None
        if bottom is not None:
            # 守住不发生规模性返贫底线 / 确保不发生较大以上生产安全事故: the line itself is the name
            return bottom["line"]
        if hit.kind == "growth" and hit.verb.endswith("清零") and (owner := ind.name_before(lex.HEDGE.sub("", hit.subj))):
            # 推进撂荒地动态清零: an elimination is named with its result, as 确诊病例清零 is (fx18g)
            return owner + hit.verb
        if hit.kind == "growth":
            return ind.name_before(lex.HEDGE.sub("", hit.subj)) or previous  # 增长8%，确保不低于全省平均水平: its own
        if prev is not None and prev.kind == "number" and self._is_baseline_pair(prev, hit):
            return previous
        if prev is not None and prev.kind == "number" and prev.end == hit.start and prev.q is not None and hit.q is not None:
            if prev.q.family == hit.q.family == "count":
                return previous  # 剩余贫困人口1162户4358人: one thing counted twice
        moved = lex.RANK_MOVE_NAME.fullmatch(ind.name_before(bare)) if hit.unit == "位" and prev is not None and prev.kind == "rank" else None
        if moved is not None and previous:
            return previous + moved["head"]  # 居全国第11位，位次比去年同期前移11位: the rank's move (aside34 conv. 2)
        name = ""
        # 确保完成外贸进出口50亿美元的全年目标: the year's target after the value names none (round 30, fxgen14)
        after = "" if hit.kind == "number" and lex.YEAR_TARGET_NAMED.match(self.s, hit.end) else self._after(hit)
        fate = self._fate(hit, prev)
        of_class = self._class_count(hit, prev, bare)
        if of_class:
            return of_class  # 企业2700多家，其中销售收入10亿元以上5家: 销售收入10亿元以上企业
        among = lex.AMONG_HAVE_END.search(bare) if hit.kind == "number" and hit.q is not None and hit.q.family == "count" else None
        framed = self._framed_count(hit, bare[: among.start()]) if among is not None else ""
        if framed:
            return framed  # 70个大中城市中有58个城市新建商品住宅价格同比下降: 新建商品住宅价格下降城市 (aside51 conv. 5)
        group = lex.AMONG_HAVE_END.search(bare) if fate and hit.q is not None and hit.q.family == "count" else None
        noun = ind.name_before(bare[: group.start()]) if group is not None else ""
        if noun.endswith(lex.CATEGORY_HEADS) and noun != lex.FATE_OWNED.sub("", previous):
            return noun  # …约束性指标中有6个…，预期性指标中有11个已经完成: another group, named (aside32 conv. 2)
        if fate:
            return fate + "的" + lex.FATE_OWNED.sub("", previous)  # 74项目标，68项全面完成: 全面完成的目标
        fate = self._fate_before(hit, prev, bare, after)
        if fate:
            return fate  # 37项指标完成或基本完成23项: 完成或基本完成的指标
        formed = self._capacity_words(hit.start, hit.end) if hit.kind == "number" else ""
        if formed:
            return formed  # 形成年节约8万吨标准煤的能力: 年节约标准煤
        tenths_share = hit.q is not None and hit.q.base == "成" and self.s.startswith(lex.SHARE_HEAD_AFTER, hit.end)
        if (hit.kind == "number" and hit.q is not None and hit.q.family not in ("percent", "points", "ratio", "fraction")
                and not tenths_share):  # 占全市六成以上的份额: tenths of a share, its head after it as after a % (fxgen15)
            # 注册资金67亿元的央企二级总部: the words before name it; 10亿元的科技成果转化项目: those after
            described = after.startswith("的") and ind.name_before(bare).endswith(lex.ATTRIBUTE_HEADS)
            name = ind.name_after(after) if not described else ind.without_verb(ind.name_before(bare))
            park = _PARK_BEFORE.search(bare) if name and hit.q.family == "area" and bare.endswith("园") else None
            if park is not None:  # 家居产业园60万平方米标房: the park's floor space (real_pass10 convention 10, fx18b)
                name = park["park"] + name
            if name.startswith("外出") and (people := ind.name_before(bare)).endswith(_PEOPLE_SENT_OUT):
                name = people  # 组织贫困群众1.56万人外出: the people counted, not their going (real_pass10 c. 9, fx18b)
            helper = _HELPER_BEFORE.search(bare) if "群众" in name or "户" in name else None
            helped = _PEOPLE_THEN_DOING.match(name) if helper is not None else None
            if helped is not None:  # 支持4989户贫困群众发展…: the help opens the people's name, what they did goes
                name = helper["verb"] + helped["people"]  # (real_pass10 convention 9, fx18b)
            if not name and after.startswith("脱贫") and _LIFTED_ALONE.match(after) and not ind.name_before(bare):
                name = "脱贫"  # 、11000人脱贫，: no noun, the predicate names (real_pass10 convention 9, fx18b)
            if after.startswith(lex.LOST_COMMA_TOTALS):
                name = ""  # 收入11.8亿元城镇居民人均可支配收入…: the next figure's name, the page lost the comma
            if lex.STATED_AMOUNT_END.search(self.s, max(0, hit.start - 8), hit.start) and lex.STATED_AMOUNT_NEXT.match(self.s, hit.end) and "的" not in after[:1]:
                name = ""  # 装机总量达695万千瓦新能源年发电量超…: the next statement's words, the full stop lost (fxa74)
            done_to = lex.DONE_TO_PEOPLE.match(name) if lex.DONE_TO_BEFORE.search(bare) and hit.unit.endswith(("人", "人次")) else None
            if done_to is not None:
                name = name[done_to.end() :]  # 对超过2700万人开展核酸检测: people named by the action (aside42 conv. 8)
            if not described and hit.q.family in lex.CAPACITY_FAMILIES and lex.SINGLE_PROJECT_END.search(name):
                # 建成金煤化工10万吨草酸项目, 推进一期110万千瓦新能源项目建设: the owner or phase before the
                # capacity names the one project with the words after it (real_aside33 convention 3)
                owner = lex.PROJECT_OWNER.fullmatch(ind.strip_lead(ind.without_time(bare)))
                if owner is not None:
                    name = owner.group() + name
            # the raw tail: the predicate's object may join two with 和 (入选省智能工厂和绿色工厂)
            # a bound on the count (``新增100个以上项目纳入…``) is an aim: the entry says what for, the noun names it
            bounded = hit.suffix.endswith(("以上", "以下"))
            entered = lex.COUNT_ENTERED.match(self.s[hit.end : hit.end + 40]) if hit.q.family == "count" and not described and not bounded else None
            if entered is not None and entered["noun"] == name and not lex.ENTERED_LIST.search(entered["pred"]):
                name = ind.entered_name(entered["noun"], entered["pred"])  # 16个项目建成投产: 建成投产项目
            counted = lex.PERSON_AFTER_WEI.match(after) if hit.unit == "位" else None
            if counted is not None:
                # 办理201位代表联合提出的…议案: the people, stopped before their predicate; the verb before the
                # count governs the noun after 的, not them (real_aside23 convention 3)
                name = ind.normalize(counted.group())
                clause = lex.RELATIVE_AFTER_PEOPLE.match(after, counted.end())
                return ind.with_verb_of_count(name, bare) if clause is None else name
            people = lex.PEOPLE_NOUN.match(after) if hit.q.family == "other" and hit.unit in ("万", "亿") else None
            if people is not None and "问题" in after and lex.SOLVED_BEFORE_PEOPLE.search(bare) is not None:
                if lex.PROBLEM_AFTER_PEOPLE.match(after, people.end()) is not None:  # 解决了1.12万贫困人口安全饮水问题
                    return ind.with_verb_of_count(ind.name_after(after), bare)  # (real_pass10 convention 9; fx18e)
            if people is not None:  # 1.4万医务人员白衣为甲: the people counted as written, not what they did
                # 剩余1.5万相对贫困人口: the people still left, as 剩余贫困人口1162户 is named (real_aside42 conv. 7)
                rest = "剩余" if _still_left(bare) else ""
                return rest + ind.without_place(ind.normalize(people.group()), self.places)
            after_duration = prev is not None and prev.q is not None and prev.q.family == "time" and not bare.strip("，,、 ")
            # 用25天实现无新增确诊病例，46天实现确诊病例清零: the next duration of the same 用
            after_duration = after_duration and prev is not None and lex.DURATION_BEFORE.search(prev.before) is not None
            if hit.q.family == "time" and (lex.DURATION_BEFORE.search(bare) is not None or after_duration):
                name = ind.normalize(lex.DURATION_RESULT.sub("", after))  # 仅用49天实现收治确诊病例清零
                counted = lex.DURATION_COUNTED_RESULT.match(self.s, hit.end, hit.end + 48)
                if counted is not None:  # 用41天实现74例确诊病例温州首个“全治愈”: 确诊病例“全治愈” (fxa75b)
                    name = ind.normalize(lex.CLASS_ORDINAL_INSIDE.sub("", counted["noun"] + counted["result"]))
            founding = lex.FUND_FOUNDING.search(bare) if hit.q.family == "money" and lex.FUND_HEAD.search(name) else None
            if founding is not None:
                name = founding["verb"] + name  # 建立5亿元引导基金: the fund, named with its founding (aside23 conv. 4)
            support = lex.FUND_SUPPORT_BEFORE.search(bare) if len(name) >= 2 and hit.q.family == "count" else None
            if support is not None:
                name = ind.name_before(support["words"] + name) or name  # 特别国债支持94个项目: the fund's projects
            elif len(name) >= 2 and hit.q.family == "count":
                name = ind.with_verb_of_count(name, bare)  # 新引进4家世界500强企业: what was done to them
                if prev is not None and bare.endswith(("和", "及")):
                    name = self._verb_carried_over_and(prev, bare, name)  # …政策和73项接续措施 (fx18e)
                moved = lex.MOBILIZED_BEFORE.search(bare) if name.startswith(lex.MOBILIZED_TO) else None
                if moved is not None:
                    name = moved["verb"] + name  # 动员2.33万余人次参与抗洪抢险: what they were moved to (aside21 conv. 7)
            chained = self._chained_noun(hit) if name in lex.CHAIN_JOIN and hit.q.family == "count" else ""
            if chained:
                name = ind.name_before(bare + chained) or chained  # 隔离观察12批次2790名入境人员: both count them
            owner = ind.strip_lead(ind.name_of_clause(bare)) if name in lex.CAPACITY_HEADS else ""
            if len(owner) >= 2:
                name = owner + name  # 风电光伏基地4800万千瓦装机建设: the base's capacity
            if name and len(name) >= 2 and not after.startswith("的") and previous.endswith(name) and previous != name:
                return name  # 其中22个项目列为省级重点项目: the noun after the number names it as written
            if name in lex.CATEGORY_HEADS:
                # 空气质量6项指标均达标: the owner written right before the count names whose (real_aside42 conv. 6)
                owner = lex.CATEGORY_OWNER.search(bare)
                return (owner["owner"] if owner is not None else "") + name  # 10项指标没达到预期: as written
        if not name and lex.OF_THEM_END.search(bare) and not after and previous and not _SHARE_OF_END.search(bare):
            return previous  # 共有15个指标，涉及中心城区的10个 / 完成序时进度的有8项: the noun is left out
        if not name and previous and bare.endswith("占") and previous in bare:
            return previous  # 10家省实验室余杭占4席: four of the ten
        share = lex.SHARE_OF_SCOPE.fullmatch(bare) if measure == "share" and previous else None
        if share is not None:
            return ind.without_head(previous) + "占" + share["scope"]  # 新增企业1994家，占全市22%
        group = lex.AMONG_HAVE_END.search(bare) if not name and hit.q is not None and hit.q.family == "count" else None
        if group is not None and ind.name_before(bare[: group.start()]).endswith(lex.CATEGORY_HEADS):
            # 约束性指标中有10个已提前完成目标: a count named inside its group takes the group (aside32 conv. 2)
            name = ind.name_before(bare[: group.start()])
        if not name:
            name = self._after_counted_doer(hit, prev, previous) or ind.name_before(bare)
        if name in lex.REST_WORDS or lex.HAVE_ONLY.fullmatch(name):
            name = ""  # 剩余14项进展好于预期: the rest of the things counted before
        elif name.startswith("有") and not after and lex.OF_THEM_END.search(bare):
            name = ""  # …主要指标，有统计数据的8项: a subset of the things the clause before names, its noun left out (fx18c)
        if 3 <= len(name) <= 6 and hit.kind == "number":
            name = self._object_head(hit, prev, name)  # 打造…先进制造集群，集群产值增长1.8%: the object's whole name
        batch = lex.BATCH_LEAD.fullmatch(name) if prev is not None and prev.kind == "number" and prev.unit == hit.unit else None
        verb = lex.ACTION.match(previous) if batch is not None else None
        if batch is not None and len(previous) >= 2:  # 申报高新技术企业55家，首批认定14家: the things, a batch of them (aside21 conv. 6)
            return previous[verb.end() :] if verb is not None and len(previous) - verb.end() >= 2 else previous
        if name and len(name) <= 16:
            if _gap_only(name) or lex.GAP_WORD.search(bare) and _gap_only(bare):  # 比年初确定的目标低
                name, gap_only = "", True  # 增长8.3%、高于预期目标2.3个百分点: the gap is the clause's indicator's
            elif previous and lex.CONDITION_ONLY.fullmatch(name):
                if prev is not None and prev.measure != measure:
                    return previous  # 收入51.8亿元，扣除留抵退税因素后增长3.2%: the amount's growth, so stated
                if lex.REFUND_OR_PRICE_CONDITION.search(name):
                    # 同比降低6.5%，剔除留抵退税后增长0.4%: a refund or price adjustment says how the same thing
                    # grew, whatever figure stands before (real_aside56 chaoyang-2022, fx18g)
                    return previous
                return name + previous  # 生产总值增长5.8%，剔除房地产业后增长6.2%
            elif previous and name in lex.SAME_RATE and prev is not None and prev.measure == "growth" and _percent(hit):
                return previous  # 居民消费价格上涨0.7%，涨幅控制在3%以内
        if name in lex.PRODUCE_CHANGES and previous.endswith(lex.PRODUCE_HEADS):
            return previous  # 粮食总产2210万吨，增产32.8万吨: the harvest's change (real_aside19 convention 3)
        if name in lex.INCOME_CHANGES and previous.endswith(lex.INCOME_HEADS):
            return previous  # 预算收入25.56亿元，比上年增收4.44亿元: the income's change (aside52 conv. 5)
        if name in lex.PRODUCE_HEADS:
            crop = next((previous[: -len(h)] for h in (*lex.PRODUCE_HEADS, *lex.CROP_AREA_HEADS) if previous.endswith(h)), None)
            name = (crop if crop is not None else "" if previous else self._produce(hit)) + name  # 夏粮生产再获丰收，总产… → 夏粮总产
        owned = lex.GROWTH_TARGET_OF.match(self.s, hit.end) if not name and _percent(hit) else None
        if owned is not None:
            return ind.normalize(owned["name"])  # 确保完成全年11%左右的经济预期增长目标: 经济's (aside34 conv. 5)
        if not name:
            name = self._previous_clause_name(hit, prev)
            name = "" if lex.CAUSE_ONLY.fullmatch(name) else name  # 受减税降费政策因素影响，上半年完成…: why, not what
            if previous and lex.CONDITION_ONLY.fullmatch(name):
                return name + previous  # 收入1201.8亿元，剔除政策因素影响，同口径增长8%: a condition of its own
        if not name and hit.kind == "rank" and self.growth_ranks and self._gap_of_growth(prev) and previous and not previous.endswith(lex.SAME_RATE):
            return previous + "增速"  # 增长5.8%，高于全国0.8个百分点，居全国第4位 beside 增速位居…: the growth ranks (aside34 conv. 1)
        if not name and hit.kind == "rank" and self.growth_ranks and self._growth_only(prev):
            return _rank_of(previous, "growth")  # 进出口总值增长44.6%，居全省第10位 beside 增速居…: the growth's rank
        rate = lex.RATE_BEFORE.search(prev.before) if not name and hit.kind == "rank" and prev is not None and prev.measure == "growth" else None
        if rate is not None and previous and not previous.endswith(lex.GENERIC_HEADS):
            word = next(w for w in lex.SAME_RATE if rate.group().startswith(w))
            return previous + word  # 收入增速达30.9%，跃居全国第一: the rate written with 增速 ranks (aside22 conv. 4)
        if not name:
            name = previous or self.plan_name  # ——全年地区生产总值计划增长7.8%。上半年完成675.9亿元: the plan's indicator
            if gap_only and prev is not None and prev.kind == "rank" and name.endswith(lex.SAME_RATE) and len(name) > 4:
                # 增长6.0%，增速全市第五，高于全市2.9个百分点: a gap in a clause of its own after the growth's
                # rank is the indicator's, as after the growth (real_aside32 convention 9)
                name = name[:-2]
            elif gap_only and self._gap_on_rate(prev) and name.endswith(lex.SAME_RATE) and len(name) > 4 and lex.GAP_TO_TARGET.search(bare):
                # 增长8.6%，增速高于全国1.9个百分点，高于年度预期目标0.1个百分点: a gap to a target written without
                # the rate's head after one written on it is the indicator's, as every gap to a target is (real_aside51
                # convention 3); a gap to a wider scope so written stays the rate's (增幅高于年初计划…，高于全国…: aside35)
                name = name[:-2]
            if hit.kind == "rank" and prev is not None and prev.measure == "share":
                name = _SHARE_OF_SCOPE_END.sub("", name) or name  # …占全市三成，稳居全市首位: the indicator ranks (aside28)
            owner = name.removesuffix(lex.TOTAL_HEAD)
            # a total written as one word with its indicator (全年GDP总量…达到11156亿元，增长12.8%) is a name of its own,
            # and the growth right after its amount is that amount's (real_aside27 convention 4)
            written = name in self.s[: hit.start].replace(" ", "")
            if measure == "growth" and owner != name and lex.COMPLETE_NAME.search(owner) and not written:
                name = owner  # 地区生产总值…，总量突破5万亿元，增长4.6%: the indicator's growth (real_aside19 convention 8)
        name = ind.without_place(name, self.places)
        if (lex.ADDED_LEAD.match(name) and len(name) >= 3 and lex.ADDED_TO_TOTAL.match(self.s, hit.end)
                and lex.AMOUNT_CLAUSE_END.search(self.s, 0, self.clause_start(hit.start))):
            name = name[1:]  # 收入579.5亿元，加中央补助823.6亿元…后，财力合计…: plus, a budget's sum (aside35)
        if _percent(hit) and name.endswith(lex.SAME_RATE) and len(name) > 4 and lex.RATE_BEFORE.search(bare) and not lex.RATE_CONTROLLED.search(before):
            name = name[:-2]  # 工业投资增速7%: the growth of 工业投资, as 工业投资增长7% is
        elif _percent(hit) and name in lex.SAME_RATE and previous and lex.RATE_BEFORE.search(before):
            name = previous  # 税收收入12亿元，增幅15%: the growth of the amount before
        elif _percent(hit) and name in lex.BARE_GROWTH_RATES and previous and lex.GROWTH_RATE_BEFORE.search(before):
            # 生产总值…增长10.6%…（…，按原口径核算的增长率为11.0%）: the growth again, on another basis
            # (real_aside46 convention 1)
            name = ind.without_head(previous)
        if name in lex.BARE_MEASURES or name in lex.GENERIC_HEADS or name in lex.BARE_STOCKS or name in lex.OWNERLESS_RATES:
            # 服务业较快增长，实现增加值…; after a figure of another thing too (…增长7%，制造业保持稳定，增加值增长4.9%)
            subject = ind.subject_of_clause(self._clause_before(hit))
            if not subject and not previous and name in lex.TOTAL_WORDS:
                subject = self._milestone_subject(hit)  # 生产总值跃上1.5万亿元台阶，总量达到…: the milestone's subject (fxa70)
            if subject or not previous:
                name, previous = subject + name, previous if not subject else ""
        if name in lex.SENTENCE_OWNED_MEASURES:
            # 劳务产业继续壮大，…，实现收入…: the sector of the clause before, else of the sentence's opening clause
            subject = ind.subject_of_clause(self._clause_before(hit)) or ind.subject_of_clause(self._sentence_head(hit))
            name, previous = (subject + name, "") if subject else (name, previous)
        counted = prev is not None and prev.kind == "number" and prev.measure == "count"
        if name in lex.BARE_MEASURES and counted and lex.SECTOR_SUBJECT.search(previous):
            name = previous + name  # 规模工业达到300家，完成增加值…: the counted sector's value
        animal = lex.ANIMAL_COUNT.match(previous) if name in lex.BARE_MEASURES and prev is not None and prev.kind == "number" else None
        if animal is not None:
            name = animal["animal"] + name  # 肉牛出栏3.83万头，实现产值4.51亿元: the animal's value (aside32 conv. 10)
        # …完成增加值145亿元，增长14.5%，利税55.9亿元: the same firms'; after a ； too (…主营业务收入…；实现利润…)
        name = ind.with_firm_owner(name, previous or (self.carried if self.joined else ""))
        name = self._thing_measure(name, previous)  # 实施东居延海补水…、累计补水量…，面积…: the lake's (aside45 conv. 2)
        name = self._firm_operation(hit, name)  # 永和完成17.36亿元股权定增: the firm's own (aside44 conv. 6)
        gap = self.s[prev.end : hit.start] if prev is not None and prev.kind == "number" else ""
        if prev is not None and prev.kind == "number" and _list_cut(gap) >= 0:
            national = "全国" + name if name and bare.startswith("全国") and not name.startswith("全国") else ""
            # 创建国家…示范县4个、全国…示范镇5个: 全国 is the item's level, kept, and the verb carries (convention 5);
            # 申报国家级工程58人、省级工程61人
            direct = lex.REACHED_BEFORE.search(self.s, 0, prev.start) is None  # 培育A楼宇19幢、B楼宇32幢
            people = gap.startswith("、") and hit.unit.endswith(("人", "名"))  # 引进…团队9个、博士100人: people recruited
            name = ind.carry_verb(national or name, previous, direct=direct, people=people)
        elif prev is not None and prev.q is not None and hit.q is not None and prev.q.family == hit.q.family == "count" and (
            lex.PART_OPENING.match(gap) is not None and not lex.LEVEL_ONLY.fullmatch(name)
        ):  # 申报计划项目82个，其中国家火炬计划项目4个: the part takes the verb as a level-led item does (aside21 conv. 6)
            name = ind.carry_verb(name, previous)
        elif prev is not None and prev.q is not None and hit.q is not None and prev.q.family == hit.q.family and (
            gap[:1] in lex.CLAUSE and ind.normalize(gap[1:]) == name
        ):
            name = ind.carry_verb(name, previous, alike=True)  # 引入省外内资41.2亿元，外资5117万美元: 引入 carries
        name = self._part_area(hit, prev, name, previous)
        name = self._part_sex(hit, prev, name, previous)
        name = self._pull_elided(hit, prev, name, previous)
        if prev is not None and prev.kind == hit.kind == "number" and prev.unit == hit.unit:
            name = ind.with_object(name, previous)  # 下放审批事项56项，取消63项: the same things, another verb
        whole = previous or (self.carried if self.joined else "")  # …；其中: the indicator before the ；
        if (name.endswith("企业") and len(name) >= 3 and whole.endswith(lex.FIRM_PART_MEASURES) and hit.kind == "number"
                and not whole.startswith(name) and "其中" in self.s[max(0, hit.start - 16) : hit.start]):
            return name + whole  # 原煤产量…；其中，县属企业完成1094.2万吨: the firms' part of the output (fx18a)
        if hit.kind == "rank" and previous and prev is not None and prev.measure == "count" and lex.COUNT_TOTAL.fullmatch(bare or name):
            return previous  # 新增国家级单项冠军3家、累计培育数居全省第1: the count's total ranks (aside29 convention 2)
        total = (hit.kind == "rank" or hit.kind == "number" and hit.q is not None and hit.q.family != "count") and (
            name in lex.TOTAL_HEADS and bool(previous) and prev is not None and prev.measure != "count"
        )
        if total and hit.kind == "rank" and self._after_count_growth(prev):
            return previous  # 新增国家高新技术企业560家，增长47%，总量全市第三: the count's stock ranks (fxp12)
        if total and not lex.PER_HEAD.search(previous):
            # 增长9%，总量居全市首位 / 总量突破千亿元: 地区生产总值总量 (the stock of a count is the thing:
            # 新增主体…，总量居… / 总量突破52万户)
            return ind.without_head(previous) + name
        if lex.part_of_both(name, previous):
            return name  # 进出口增长9.8%，其中出口增长10.0%: the part, as written
        if (not previous and name in ("总量", "总数") and self.joined and self.carried_count and hit.q is not None
                and hit.q.family == "count"):
            return self.carried_count  # 新设经营主体29.8万户，增速居全省第1位；总量99.5万户: the same things' total
        ranked = self._amount_before_share(hit, prev, name)
        if ranked:
            return ranked  # 收入7.43亿元，税收占比66%，增幅位居全市第四: the clause's amount grew (pass10 c. 6; fx18e)
        parallel = lex.NEW_AMOUNT_LEAD.match(bare) is None  # 专项债1410亿元，新增国债450亿元: a noun of its own
        return ind.with_context(ind.with_scope(name, previous or self.carried), previous, parallel=parallel)

    def _verb_carried_over_and(self, prev: _Hit, bare: str, name: str) -> str:
        """The second count of ``V N项A和M项B`` (``制定出台175项…政策和73项接续措施``): the verb that opened the first
        count's name governs the second too (``制定出台接续措施``), when the words before are that count's noun
        and 和 alone and the second noun holds no action of its own (``棚户区改造项目``); ``name`` else."""
        if prev.kind != "number" or prev.q is None or prev.q.family != "count":
            return name
        gap = self.s[prev.end : self._hits[self._at].start]
        verb = ind.verb_of_count(prev.before)
        if not verb or not prev.name.startswith(verb) or name.startswith(verb) or any(c in gap for c in "，,；;。：:、"):
            return name
        if lex.ACTION.search(name) is not None:
            return name  # 开工50万户…和12.9万套棚户区改造项目: works with an action of their own keep their name (aside34)
        return ind.name_before(verb + name) or name

    def _amount_before_share(self, hit: _Hit, prev: _Hit | None, name: str) -> str:
        """A growth rank written bare (``增幅位居全市第四``) right after a share that followed an amount
        (``完成…收入7.43亿元，税收占比66%，``): the amount's growth ranks, not the share's ("" else)."""
        if hit.kind != "rank" or name not in lex.SAME_RATE or prev is None or prev.measure != "share" or self._at < 2:
            return ""
        amount = self._hits[self._at - 2]
        if amount.kind != "number" or amount.measure != "amount" or amount.q is None or amount.q.family != "money" or len(amount.name) < 2:
            return ""
        return ind.without_head(amount.name) + name

    def _after_count_growth(self, prev: _Hit | None) -> bool:
        """Is ``prev`` a growth right after a count of the same name (``新增…企业560家，增长47%``)?"""
        if prev is None or prev.measure != "growth" or self._at < 2:
            return False
        count = self._hits[self._at - 2]
        return count.measure == "count" and count.name == prev.name

    def _after_counted_doer(self, hit: _Hit, prev: _Hit | None, previous: str) -> str:
        """``170个项目争取并发行地方政府专项债371.56亿元``: after a count whose noun a lead verb ended, the
        amount is named by the words after that verb (``并`` goes as a clause's conjunction), "" else."""
        if prev is None or prev.q is None or prev.q.family != "count" or not previous:
            return ""
        gap = self.s[prev.end : hit.start]
        if not gap.startswith(previous):
            return ""
        lead = lex.COUNTED_DOER_LEAD.match(gap, len(previous))
        return ind.name_before(gap[lead.end() :]) if lead is not None else ""

    def _part_area(self, hit: _Hit, prev: _Hit | None, name: str, previous: str) -> str:
        """``农作物种植面积50万亩，其中水稻20万亩、大豆8万亩``: a crop after 其中 (or listed after one)
        in the area's unit is a part of that area and takes its measure (``水稻种植面积``)."""
        if prev is not None and prev.measure == "completion" and self._at >= 2:
            prev = self._hits[self._at - 2]  # 小麦3.89万亩（完成…任务的100%），玉米…: past the crop's completion
            previous = prev.name
        if prev is None:
            return self._part_area_carried(hit, name)
        measure = next((m for m in lex.PART_AREA_MEASURES if previous.endswith(m) and len(previous) > len(m)), "")
        sown = lex.SOWN_TOTAL.match(previous) if not measure else None
        if sown is not None:  # 播种各类农作物86.59万亩，其中：小麦…: the crops take the total's verb (aside60 conv. 1)
            if prev is None or prev.q is None or hit.q is None or prev.q.unit != hit.q.unit or not name or len(name) > 6:
                return name
            gap = self.s[prev.end : hit.start]
            plain = _BRACKETED.sub("", gap)  # 小麦3.89万亩（完成…的100%），玉米…: the next crop of the list
            listed = prev.sown_part and plain[:1] in ("，", ",", "、", "；") and plain[1:].strip() == name
            if name.startswith(sown["verb"]) or _DIGIT_OR_BRACKET.search(name) or not (gap.lstrip("，,").startswith("其中") or listed):
                return name
            hit.sown_part = True  # the crops listed after it take the verb too
            return sown["verb"] + name
        if not measure:  # 粮食总产量…。其中，稻谷39.5万吨: a crop class's output passes on too (real_pass2, fxp12)
            produce = lex.CROP_CLASS_OUTPUT.fullmatch(previous)
            measure = produce["measure"] if produce is not None else ""
        if not measure and prev.area_part and self.part_measure and previous.endswith(self.part_measure):
            measure = self.part_measure  # 其中，猪肉8万吨，牛肉2万吨: listed after a part that took the measure
        if not measure or prev is None or prev.q is None or hit.q is None or prev.q.unit != hit.q.unit:
            return name
        if not name or len(name) > 6 or name.endswith(lex.OWNER_MEASURES) or _DIGIT_OR_BRACKET.search(name):
            return name
        gap = self.s[prev.end : hit.start]
        opened = gap.lstrip("，,。；;").startswith("其中")  # 播种面积…，增加…。其中，稻谷…: 其中 opening the next sentence
        listed = prev.area_part and gap[:1] in ("，", ",", "、", "；", ";") and gap[1:].strip() == name  # ；玉米86.7千公顷
        if not opened and not listed and not (_list_cut(gap) >= 0 and previous[: -len(measure)] not in gap):
            return name
        hit.area_part = True  # the crops listed after it, past their own changes, take the measure too
        self.part_measure = measure
        return name + measure

    def _pull_elided(self, hit: _Hit, prev: _Hit | None, name: str, previous: str) -> str:
        """``工业拉动经济增长1.6个百分点，服务业拉动2.4个百分点``: a pull whose growth is left unsaid pulls the growth
        the pull before it in the sentence names (``服务业拉动经济增长``; round 30, fxgen14)."""
        if not name.endswith("拉动") or len(name) < 3 or hit.unit != "个百分点" or prev is None or prev.unit != "个百分点":
            return name
        if "。" in self.s[prev.end : hit.start]:
            return name
        pulled = lex.PULL_ON_GROWTH_END.search(previous or "")
        return name + pulled["what"] + "增长" if pulled is not None else name

    def _part_sex(self, hit: _Hit, prev: _Hit | None, name: str, previous: str) -> str:
        """``年末户籍人口21万人。其中，男10.8万人，女10.2万人``: a sex after a population (after ``其中``, or after the
        other sex) is that population's part (``男户籍人口``, ``女户籍人口``: real_pass4, fxp45)."""
        if name not in lex.SEX_PARTS or hit.q is None or not hit.q.unit.endswith("人"):
            return name
        if prev is None and self._at == 0 and self.carried and hit.q.unit in self.carried_units:
            head = self.s[: hit.start].strip()
            whole = self.carried if lex.PART_OPENING_SENTENCE.fullmatch(head) is not None else ""
        elif prev is not None and prev.q is not None and prev.q.unit == hit.q.unit:
            whole = previous
        else:
            whole = ""
        sex = next((x for x in lex.SEX_PARTS if whole.startswith(x) and len(whole) > len(x) + 2), "")
        whole = whole[len(sex) :] if sex else whole
        return name + whole if whole.endswith(lex.SEX_WHOLES) and len(whole) > 2 else name

    def _part_area_carried(self, hit: _Hit, name: str) -> str:
        """``粮食作物播种面积135.5千公顷，增加0.3千公顷。其中，稻谷42.5千公顷…；玉米86.7千公顷``: a crop opening
        the sentence after its whole's (after ``其中``) or after a crop that took the measure (after ``；``), in the
        whole's unit, takes the whole's measure too (real_pass2, fxp12)."""
        if hit.q is None or hit.q.unit not in self.carried_units or not self.carried or self._at != 0:
            return name
        if not name or len(name) > 6 or name.endswith(lex.OWNER_MEASURES) or _DIGIT_OR_BRACKET.search(name):
            return name
        head = self.s[: hit.start].strip()
        opened = lex.PART_OPENING_SENTENCE.fullmatch(head)
        if opened is not None and opened["part"] == name:  # after 。 or ；(蔬菜总产量…，增长3.2%；其中，番茄…)
            measure = next((m for m in lex.PART_AREA_MEASURES if self.carried.endswith(m) and len(self.carried) > len(m)), "")
            if not measure:
                produce = lex.CROP_CLASS_OUTPUT.fullmatch(self.carried)
                measure = produce["measure"] if produce is not None else ""
        elif self.joined and self.carried_part and head == name:
            measure = self.carried_part
        else:
            return name
        if not measure:
            return name
        self.part_measure = measure
        hit.area_part = True  # 其中，猪肉8万吨，牛肉2万吨: the crops listed after it take the measure too
        return name + measure

    def _gap_of_growth(self, prev: _Hit | None) -> bool:
        """Is ``prev`` a gap in percentage points right after a growth rate of the same indicator?"""
        if prev is None or prev.kind != "number" or prev.unit != "个百分点" or self._at < 2:
            return False
        growth = self._hits[self._at - 2]
        return growth.kind == "number" and growth.measure == "growth" and growth.name == prev.name and lex.GAP_WORD.search(prev.before) is not None

    def _framed_count(self, hit: _Hit, frame: str) -> str:
        """A count taken within a group (``70个大中城市中有58个城市…下降``): named by what the things did with
        their noun (``新建商品住宅价格下降城市``), comparison words gone; "" when the group is a category of the
        plan's (``指标``: named otherwise) or the words after it are no predicate of the group's noun."""
        group = ind.name_before(frame)
        if not group or group.endswith(lex.CATEGORY_HEADS):
            return ""
        tail = lex.CLAUSE_TAIL.match(self.s, hit.end)
        after = tail.group() if tail is not None else ""
        noun = next((group[k:] for k in range(len(group)) if after.startswith(group[k:])), "")
        predicate = lex.FRAME_COMPARISON.sub("", after[len(noun) :]) if noun else ""
        return predicate + noun if len(predicate) >= 2 else ""

    def _gap_on_rate(self, prev: _Hit | None) -> bool:
        """Is ``prev`` a gap in percentage points written on a rate's head (``增速高于全国1.9个百分点``)?"""
        if prev is None or prev.kind != "number" or prev.unit != "个百分点" or not prev.name.endswith(lex.SAME_RATE):
            return False
        return lex.GAP_WORD.search(prev.before) is not None and prev.name[-2:] in prev.before

    def _growth_only(self, prev: _Hit | None) -> bool:
        """Is ``prev`` a growth rate whose indicator has no level in the sentence before it?"""
        if prev is None or prev.kind != "number" or prev.measure != "growth" or not prev.name:
            return False
        return not any(h.kind == "number" and h.measure != "growth" and h.name == prev.name for h in self._hits[: self._at])

    def _baseline(self, hit: _Hit, before: str) -> tuple[int, int | None] | None:
        """Where a starting level's ``由…`` begins in ``before``, and its year if written.

        ``由2022年的59.7%`` and ``由上年的…`` always; a bare ``由67.1%`` only when a change-to
        verb follows (``提高到68.3%``), which makes the first figure the starting level.
        """
        changed = lex.CHANGE_TO.match(self.s[hit.end : hit.end + 8]) is not None
        dated = lex.BASELINE.search(before)
        if dated is not None and (changed or not dated["verb"]):  # 由上年下降3%转为增长5%: last year's growth
            return dated.start(), int(dated["year"]) if dated["year"] else None
        same = lex.BASELINE_SAME_PERIOD.search(before)
        if same is not None and not changed:  # 而去年同期仅7个指标: last year's count of the same comparison
            return same.start(), None
        bare = lex.BASELINE_BARE.search(before)
        if bare is not None and changed:
            return bare.start(), self.year if bare["period"] else None  # 由一季度下降7.8%: this year's start
        return None

    def _is_baseline_pair(self, prev: _Hit, hit: _Hit) -> bool:
        gap = self.s[prev.end : hit.start]
        head = self.s[self.clause_start(prev.start) : prev.start]
        # 由65.1%提高到66.3%; 由一季度下降7.8%拉升至全年增长4.3%: the end of the same change
        return self._baseline(prev, head) is not None and (len(gap) <= 4 or lex.BASELINE_END.fullmatch(gap) is not None)

    def _shared_by_clauses(self, hit: _Hit, prev: _Hit | None, name: str) -> str:
        """``其中交通投资，生态环保投资，民间投资均增长12%以上``: the subjects written as clauses of
        their own before the one that holds the value join its name, as written
        (``lexicon.SHARED_BY_CLAUSES``)."""
        start = self.clause_start(hit.start)
        if hit.kind != "number" or not name or start == 0 or not lex.SHARED_BY_CLAUSES.search(self.s[start : hit.start]):
            return name
        parts, mark = [name], start - 1
        while mark > 0:
            at = self.clause_start(mark - 1)
            if prev is not None and prev.end > at or at == mark:
                break
            words = ind.strip_lead(self.s[at:mark].strip())
            if len(words) < 2 or _DIGIT.search(words) or not lex.COMPLETE_NAME.search(words):
                break
            parts[:0] = [words, lex.CLAUSE_NAME_JOIN]
            mark = at - 1
        return "".join(parts) if len(parts) > 1 else name

    def _class_count(self, hit: _Hit, prev: _Hit | None, bare: str) -> str:
        """``龙头企业2700多家，其中销售收入10亿元以上5家，5亿元以上12家，出口创汇过1000万美元的8家``: a
        count after a threshold (no figure, ``lexicon.CLASS_THRESHOLD``) of the total counted before in its
        unit is named by the class's measure (the item's, else the item's before), its threshold as
        written and the total's noun (real_aside19 convention 2); "" for any other hit."""
        if hit.kind != "number" or hit.q is None or hit.q.family != "count" or prev is None or prev.unit != hit.unit:
            return ""
        m = lex.CLASS_THRESHOLD.fullmatch(bare.strip("，,、 "))
        if m is None or lex.CLASS_PART_OPENING.search(self.s, max(0, hit.start - 60), hit.start) is None:
            return ""
        total, measure = prev.of_class if prev.of_class[0] else (prev.name, "")
        whole = lex.TOTAL_OF_CLASS.match(total) if not measure else None
        if whole is not None:  # 销售收入亿元以上的龙头企业38户，其中10亿元以上的…: the total's own class
            total, measure = whole["noun"], whole["measure"]
        measure = m["measure"] or measure
        if not total or not measure:
            return ""
        hit.of_class = (total, measure)
        return measure + m["threshold"] + total

    def _task_done(self, hit: _Hit) -> str:
        """A completion right after its task whose size, in the same unit, was restated (``除险加固888宗
        病险水库任务累计已完成519宗``): the task's verb and object, without the size, 任务 or the fate
        words (``除险加固病险水库``), or ""."""
        if self.kind != "outcome" or hit.q is None or not hit.unit:
            return ""
        head = self.s[max(0, hit.start - 60) : hit.start]
        head = _SENTENCE_STOP.split(head)[-1]
        if "任务" not in head:
            return ""  # every task_size_done match holds 任务
        m = lex.task_size_done(hit.unit).search(head)
        if m is None or lex.TASKS_COUNTED.search(m.group()) is not None:
            return ""  # 30项…改革试验任务完成22项: tasks counted, no task's size (real_aside64 convention 7)
        lead = lex.CLAUSE_OPENS.sub("", lex.SCOPE_HEAD.sub("", ind.without_time(m["lead"])))  # the verb stays (新增…)
        name = ind.normalize(lead + m["obj"])
        return ind.without_place(name, self.places) if len(name) >= 2 else ""

    def _fate(self, hit: _Hit, prev: _Hit | None) -> str:
        """``74项目标，68项全面完成``: the predicate right after a noun-less count of the things the
        count before counted (same unit), or ""."""
        if prev is None or prev.kind != "number" or hit.kind != "number" or hit.q is None or prev.q is None:
            return ""
        if hit.q.family != "count" or prev.unit != hit.unit or not prev.name:
            return ""
        m = lex.FATE_PREDICATE.match(self.s, hit.end, hit.end + _QUAL_WINDOW)
        return m.group() if m is not None else ""

    def _fate_before(self, hit: _Hit, prev: _Hit | None, bare: str, after: str) -> str:
        """A noun-less count whose fate stands before it (``37项指标完成或基本完成23项，未达预期14项``),
        or a count among the things named before it with its fate after it (``计划目标中有10项进展好于
        预期``): ``<fate>的<things>``, or ""."""
        if hit.kind != "number" or hit.q is None or hit.q.family != "count":
            return ""
        progress = lex.FATE_PROGRESS.match(after)
        among = lex.AMONG_HAVE_END.search(bare)
        if progress is not None and among is not None:
            owner = bare[: among.start()]
            owner = prev.name if prev is not None and prev.name and owner.endswith(prev.name) else ind.name_before(owner)
            return progress.group() + "的" + owner if len(owner) >= 2 else ""
        if after or prev is None or prev.kind != "number" or prev.q is None or prev.unit != hit.unit or not prev.name:
            return ""
        m = lex.FATE_BEFORE.search(bare)
        things = lex.FATE_OWNED.sub("", prev.name)
        if m is None:
            m = lex.FATE_ENTERED.fullmatch(bare.lstrip("，,、 "))
            if m is None or prev.q.family != "count":
                return ""
            things = lex.PROJECT_PREP.sub("", ind.without_verb(things))
            return m.group() + "的" + things  # 储备项目240个，进入上位规划37个
        head = bare[: m.start()].rstrip().removesuffix("中")  # 35项指标中完成31项: among them
        if head and not head.endswith(things):
            return ""  # 指标完成…: only the noun counted before may stand before the fate
        return m.group() + "的" + things

    def _after(self, hit: _Hit) -> str:
        tail = self.s[hit.end : hit.end + 40]
        threshold = lex.CLASS_BETWEEN.match(tail)  # 35个5万平方米以上重点拆除区域: past the class threshold
        if threshold is None and hit.unit in ("大类", "类", "项"):
            threshold = lex.COUNT_CHAIN.match(tail)  # 6大类11项和14类33项指标: past the chain
        tail = tail[threshold.end() :][:24] if threshold is not None else tail[:24]
        year = lex.YEAR_IN_COUNTED.match(tail)
        tail = tail[year.end() :] if year is not None else tail  # 35个2020年招商引资签约项目: the year goes (fxa58)
        if hit.start and self.s[hit.start - 1] == "对" and (listed := lex.OBJECT_OF_DUI.match(tail)) is not None:
            return listed.group()  # 对6所小学、幼儿园进行了环境改造: the 、 list the preposition holds
        if ("和" in tail or "及" in tail) and (listed := lex.LISTED_SUBJECT.match(tail)) is not None:
            return listed.group()  # 15个乡镇中心校、卫生院和便民服务中心全面达标: the whole list reached it (fx18e)
        places = lex.PLACE_ALTERNATIVES.match(tail)
        if places is not None:
            return places.group()  # 6个县(市、区)GDP增速…: the units counted, with their alternatives
        counted = lex.PLACES_COUNTED.match(tail)
        if counted is not None:
            return counted["units"]  # 10个市州不良贷款余额…出现上升: the places counted
        levels = lex.LEVELS_OPENING.match(tail)  # 310个省、市重点项目: one noun of listed levels
        opening, tail = (tail[: levels.end()], tail[levels.end() :]) if levels is not None else ("", tail)
        # 世界500强企业: a name; 撤并, 合并 are verbs
        # 36项“提信心、稳增长、强主体”系列政策文件: a quoted title is one word, its 、 no list (fx18d)
        closed = tail.find("”") + 1 if tail.startswith("“") else 0
        m = _COUNTED_NOUN_END.search(tail, closed)
        return opening + (tail[: m.start()] if m else tail)

    def _chained_noun(self, hit: _Hit) -> str:
        """The noun after the next count when that count follows this one with nothing or ``共`` between
        (``12批次2790名入境人员``, ``26批共2495名医务人员``): one thing counted twice, named by the noun after the chain ("" else)."""
        nxt = self._hits[self._at + 1] if self._at + 1 < len(self._hits) else None
        between = self.s[hit.end : nxt.start] if nxt is not None else ""
        if nxt is None or nxt.kind != "number" or between not in lex.CHAIN_JOIN or nxt.q is None:
            return ""
        # 56条76公里农村公路: a count run into the size of the same things (round 17 audit au1)
        if nxt.q.family != "count" and not (between == "" and nxt.q.family in lex.CHAIN_SIZES):
            return ""
        noun = ind.name_after(self._after(nxt))
        return noun if len(noun) >= 2 else ""

    def _produce(self, hit: _Hit) -> str:
        """What the clause before says was produced (``夏粮生产再获丰收`` → ``夏粮``), or ""."""
        start = self.clause_start(hit.start)
        if start == 0:
            return ""
        m = lex.PRODUCE_SUBJECT.match(self.s, self.clause_start(start - 1), start)
        return ind.name_before(m["subj"]) if m is not None else ""

    def _implicit_respectively(self, hits: list[_Hit], i: int, before: str) -> re.Match[str] | None:
        """``城镇、农村居民人均可支配收入增长6.1%、8%``: a list of N names, one verb, then N figures
        joined by 、 (or by nothing, the page having lost it) reads as if 分别 were written."""
        verb = _implicit_respectively_at(before)
        whole = _list_subject(before) if verb is None else ""
        both = verb is None and whole.startswith(tuple(lex.BOTH_PAIRS))
        both = both or (verb is None and "、" not in whole and any(k in whole for k in lex.BOTH_WORDS))
        if both:
            verb = lex.BOTH_VALUES_END.search(before)  # 城乡居民人均可支配收入达到42000元、21000元
        alone = None if verb is not None else lex.IMPLICIT_RESPECTIVELY_ALONE.fullmatch(whole)
        if alone is not None:
            verb = lex.IMPLICIT_RESPECTIVELY.search(before)  # …分别达到4.2万元和2.1万元，增长6%和8%
        if verb is None:
            return None
        n = 1
        while i + n < len(hits) and hits[i + n].kind == "number" and self.s[hits[i + n - 1].end : hits[i + n].start] in ("、", "和", ""):
            n += 1
        if both:
            return verb if n == 2 else None
        if alone is not None:  # a verb alone before N values: the N names just read, in turn
            earlier = dict.fromkeys(h.name for h in hits[:i] if h.kind == "number" and h.name)
            return verb if n > 1 and len(earlier) >= n else None
        subject = _list_subject(before[: verb.start()])
        names = ind.list_items(subject, n)
        return verb if n > 1 and len(names) == n and ("、" in subject or "和" in subject) else None

    def _clause_before(self, hit: _Hit) -> str:
        """The clause before the hit's clause, when it holds no figure ("" else)."""
        start = self.clause_start(hit.start)
        if start == 0:
            return ""
        text = self.s[self.clause_start(start - 1) : start - 1]
        # 迈上4000亿、300亿两大台阶: milestones that the figures after restate are no figure of it
        return "" if _DIGIT.search(lex.LISTED_MILESTONES_RE.sub("", text)) else text

    def _milestone_subject(self, hit: _Hit) -> str:
        """``全省生产总值跃上1.5万亿元台阶，总量达到…``: the thing of the milestone in the clause before, which
        restates the amount after it and is no figure (``lexicon.MILESTONE_CLAUSE``), "" else."""
        start = self.clause_start(hit.start)
        if start == 0:
            return ""
        text = self.s[self.clause_start(start - 1) : start - 1]
        passed = lex.MILESTONE_CLAUSE.sub("", text)
        return ind.name_of_clause(text) if passed != text and not _DIGIT.search(passed) else ""

    def _capacity_words(self, start: int, end: int) -> str:
        """``形成年节约8万吨标准煤的能力``: the capacity formed, named by what it measures (``年节约标准煤``), "" else."""
        before = lex.CAPACITY_FORMED_BEFORE.search(self.s, self.clause_start(start), start)
        after = lex.CAPACITY_FORMED_AFTER.match(self.s, end)
        if before is None or after is None:
            return ""
        return ind.normalize(before["words"] + after["material"])

    def _sentence_head(self, hit: _Hit) -> str:
        """The sentence's opening clause, when it holds no figure and is not the hit's own ("" else)."""
        if not self.clause_marks or self.clause_marks[0] >= hit.start:
            return ""
        text = self.s[: self.clause_marks[0]]
        return "" if _DIGIT.search(text) else text

    def _object_head(self, hit: _Hit, prev: _Hit | None, name: str) -> str:
        """``加快打造成渝地区电子信息先进制造集群，集群产值增长1.8%``: a short name opening on the last word of the
        object the figure-less clause before names takes that object's whole name (real_aside80 convention 3, fx18d);
        ``name`` else."""
        start = self.clause_start(hit.start)
        if start == 0:
            return name
        prev_start = self.clause_start(start - 1)
        words = self.s[prev_start : start - 1].strip()
        # the repeated word: two characters (集群), or three (示范带游客量: fxgen15) in a name of five or six
        k = 2 if len(name) <= 4 else 3
        if not words.endswith(name[:k]):
            return name
        if prev is not None and prev.end > prev_start or _DIGIT.search(words):
            return name
        obj = lex.BUILD_LEAD.sub("", ind.strip_lead(ind.name_of_clause(words)))
        return obj + name[k:] if len(obj) >= k + 2 and obj.endswith(name[:k]) else name

    def _previous_clause_name(self, hit: _Hit, prev: _Hit | None) -> str:
        """``推动公共充电桩安装建设，全年新建300台``: the clause before names the thing."""
        start = self.clause_start(hit.start)
        if start == 0:
            return ""
        prev_start = self.clause_start(start - 1)
        if prev is not None and prev.end > prev_start:
            return ""  # the clause before has its own figure: inherit that one's name
        words = self.s[prev_start : start - 1]
        rated = lex.RECORD_END.sub("", words.strip())
        if hit.kind == "rank" and rated != words.strip() and rated in lex.SAME_RATE and prev is not None and prev.name:
            return prev.name + rated  # 增长14%，增速创近五年新高，排名全市第4位: the growth ranks (real_aside63 c. 2)
        if hit.kind == "rank" and lex.PLAN_MET_CLAUSE.fullmatch(words.strip()) and prev is not None and prev.name:
            return prev.name  # 人均GDP达到…，提前两年完成“十一五”规划目标，继续居…首位: the figure before ranks (fxp12)
        if prev_start > 0 and (lex.RECORD_CLAUSE.fullmatch(words.strip()) or ind.time_way_clause(words.strip())):
            # …由负转正，三、四季度加快恢复，全年增长3.9%: a time's way names nothing either (fx18d)
            # 投资拉动强劲发力，再创历史新高，增长16.1%: the record names nothing, the clause before it does (aside28)
            first = self.clause_start(prev_start - 1)
            if prev is not None and prev.end > first:
                return ""
            words = self.s[first : prev_start - 1]
            return ind.subject_of_clause(words) or ind.name_of_clause(words)
        return ind.name_of_clause(words)

    def _counted_ranks(self, hits: list[_Hit], i: int, said: str) -> dict[int, list[str]]:
        """``A、B、C、D4项指标增速…分别排两个第1位、两个第2位``: the ranks of hit ``i`` on, each after its count of
        ranks (``两个``), share the items of the list said before 分别 out in order (``A增速``, ``B增速``: rank 1;
        ``C增速``, ``D增速``: rank 2) when the counts add up to the items; else nothing."""
        group, counts = [], []
        for j in range(i, len(hits)):
            if hits[j].kind != "rank":
                break
            lead = self.s[(hits[j - 1].end if j > i else max(0, hits[j].start - 4)) : hits[j].start]
            m = lex.RANKS_COUNTED.search(lead)
            if m is None or j > i and (lead[:1] not in "、和" or len(lead) != len(m.group()) + 1):
                break
            group.append(j)
            counts.append(int(lex.parse_chinese(m["n"])))
        listed = lex.RANKS_COUNTED_LIST.search(ind.normalize(said))
        if not group or listed is None:
            return {}
        items = listed["items"].split("、")
        if sum(counts) != len(items):
            return {}
        names = [_list_subject(item) + (listed["head"] or "") for item in items]  # 全市A、B: the scope goes
        out, at = {}, 0
        for j, n in zip(group, counts, strict=True):
            out[j] = names[at : at + n]
            at += n
        return out

    def _apply_respectively(self, hits: list[_Hit], out: list[Figure]) -> dict[int, list[str]]:
        """``A和B分别同比增长11.9%、6.5%``: pair the names with the numbers in order.

        Returns the figures that stand for two (one number after ``城乡…分别``): their names.
        """
        split: dict[int, list[str]] = {}
        last_group: list[int] = []
        for i, hit in enumerate(hits):
            before = self.s[self.clause_start(hit.start) : hit.start] if hit.kind == "rank" else hit.before
            respectively = lex.RESPECTIVELY.search(before)
            if respectively is None and hit.kind == "number":
                respectively = self._implicit_respectively(hits, i, before)
            if hit.kind not in ("number", "rank") or respectively is None:
                continue
            counted = self._counted_ranks(hits, i, before[: respectively.start()]) if hit.kind == "rank" else {}
            if counted:  # 分别排两个第1位、两个第2位: as many ranks as each count says, one per item in order
                for j, names in counted.items():
                    hits[j].name = names[0]
                    out[j] = _replace(out[j], indicator=names[0])
                    split[j] = names
                continue
            group = [i]
            while group[-1] + 1 < len(hits) and self.s[hits[group[-1]].end : hits[group[-1] + 1].start] in ("、", "和", "，", ""):
                group.append(group[-1] + 1)
            subject = _list_subject(before[: respectively.start()])
            items = ind.list_items(subject, len(group))  # 规模以上工业企业实现增加值、利润: the sector names the values
            items = [ind.name_before(n) or n if lex.DONE_INSIDE.search(n) else n for n in items]
            if len(items) == len(group) > 1:  # 中药材、花卉苗木和蔬菜等播种面积分别…: each example has its number (au1)
                counted = lex.LISTED_CLASS_COUNT.search(items[-1]) if "指标" in items[-1] else None
                if counted is not None and int(lex.parse_chinese(counted["n"])) == len(group):
                    items[-1] = items[-1][: counted.start()] + items[-1][counted.end() :]  # …、外贸出口等3项指标增速 (fx18c)
                items[-1] = lex.LISTED_DENG.sub("", items[-1], count=1)
                if "除" in items[0] and self.s.startswith(("外", "以外", "之外"), hits[group[-1]].end):
                    items[0] = lex.EXCEPT_OPENS.sub("", items[0])  # 主要指标除A、B…分别低于…外: the list opens after 除 (fx18c)
            names = _shared_head(_shared_tail(items))
            examples = lex.EXAMPLES_OF_CLASS.fullmatch(ind.normalize(subject))
            listed_examples = ind.list_items(examples["items"], len(group)) if examples is not None else []
            if len(listed_examples) == len(group) > 1 and examples is not None:
                names = [n + examples["measure"] for n in listed_examples]  # A和B等…类商品零售额: A零售额, B零售额
            markets = lex.MARKETS_OF_TRADE.fullmatch(ind.normalize(subject))
            listed_markets = ind.list_items(markets["items"], len(group)) if markets is not None else []
            if len(listed_markets) == len(group) > 1 and markets is not None:
                # 对俄罗斯、印度等新兴市场的出口分别增长…: 对俄罗斯出口, 对印度出口 (real_aside61 convention 4)
                names = [f"对{n}{markets['flow']}" for n in listed_markets]
            outer = hits[i - 1].name if i > 0 else self.carried  # 全体居民…，其中城镇、农村分别…: its parts
            names = [ind.with_scope(n, outer) for n in _siblings(names)]
            # 地区生产总值…，总量和增速分别居全州第2位和第1位: generic heads take the indicator before
            # …，增速和总量分别排名全市第二、第三: the total is the indicator's, as 总量居… alone, save after a
            # count or a measure per head (FIGURES: settled conflicts, round 13)
            total = i > 0 and hits[i - 1].measure != "count" and not lex.PER_HEAD.search(outer)
            names = [
                ind.without_head(outer) + n if total and n in lex.TOTAL_WORDS and outer
                else ind.with_context(n, outer) if n in lex.GENERIC_HEADS else n
                for n in names
            ]
            if names and all(_gap_only(n) for n in names):
                # 比全省平均水平分别高…: the gaps of the figures before; right after a change of the rate's head
                # (增速同比提高…，比全省和全国分别高…) each gap stays the head's, as one gap does (fxa51, fxp67)
                rate = i > 0 and outer.endswith(lex.SAME_RATE) and hits[i - 1].unit == "个百分点"
                names = [outer] * len(group) if rate else []
            elif names and outer and lex.GAP_LIST.fullmatch(subject + before[respectively.end() :]):
                names = [outer] * len(group)  # 比国有投资和外商投资分别高…: the gaps of the figure before
            gaps = subject + before[respectively.end() :] if subject in lex.SAME_RATE else subject
            head = next((h for h in lex.SAME_RATE if gaps.startswith(h) and _gap_only(gaps[len(h) :])), "")
            if head and outer:  # 增速比全国、全省分别高…, 增速分别比…高: the rate's gaps; after a list, each one's
                owners = list(dict.fromkeys(h.name for h in hits[:i] if h.measure == "growth" and h.name))[-len(group) :]
                owners = owners if len(group) > 1 and len(owners) == len(group) and len(set(owners)) > 1 else [outer] * len(group)
                names = [ind.with_context(head, owner) for owner in owners]
            paired = lex.PAIRED_CHARS.fullmatch(ind.normalize(subject))
            if paired is not None and (paired["a"] == paired["b"] or lex.COMPLETE_NAME.search(paired["head"] + paired["a"])):
                paired = None  # 一般公共预算支出、出口额: 支出 is a word, not 支 and 出 standing for 出口
            if paired is not None and len(group) == 2:
                names = [paired["head"] + paired[c] + paired["tail"] for c in "ab"]
            listed = _listed_subject(ind.normalize(subject))
            if listed is not None and len(listed) == len(group):  # 三次产业分别增长… → 第一产业, 第二产业, 第三产业
                names = list(listed)
            both = next((k for k in lex.BOTH_PAIRS if names and names[0].startswith(k)), None)
            if both is not None and len(names) == 1 and len(group) == 2:  # 城乡居民… → 城镇居民…, 农村居民…
                # 城乡居民人均可支配收入年均增长8%和11.6%: the manner word goes before the split (round 17 audit au1)
                names = [part + ind.strip_trail(names[0])[len(both) :] for part in lex.BOTH_PAIRS[both]]
            elif both is not None and len(names) == 1 and len(group) == 1 and hit.kind == "number":
                split[i] = [part + names[0][len(both) :] for part in lex.BOTH_PAIRS[both]]  # one number for each
            word = next((k for k in lex.BOTH_WORDS if len(names) == 1 and k in names[0]), None)
            if word is not None and len(group) == 2:  # 预算收支 → 预算收入, 预算支出; 存贷款余额 → 存款余额, 贷款余额
                names = [names[0].replace(word, part, 1) for part in lex.BOTH_WORDS[word]]
            run = lex.ANIMAL_RUN.fullmatch(names[0]) if len(names) == 1 else None
            if run is not None and len(run["run"]) == len(group) > 1:  # 牛羊存栏 → 牛存栏, 羊存栏
                names = [run["head"] + c + run["tail"] for c in run["run"]]
            elif len(names) == 1 and len(group) > 1 and len(last_group) == len(group) and last_group[-1] == i - 1:
                # 牛羊存栏分别…，出栏分别…: a word parallel to the list before closes each of its names
                before_names = [hits[j].name for j in last_group]
                if len(names[0]) == 2 and all(len(n) > 2 and ind.parallel_words(n[-2:], names[0]) for n in before_names):
                    names = [n[:-2] + names[0] for n in before_names]
            if len(names) == 1 and len(group) > 1 and names[0].startswith(lex.SHARE_OF):
                # A、B、C分别增长…，占全市投资比重分别达到…: each figure before has its share
                owners = list(dict.fromkeys(h.name for h in hits[:i] if h.kind == "number" and h.name))
                names = [o + names[0] for o in owners[-len(group) :]] if len(owners) >= len(group) else names
            measure_after = ind.strip_lead(before[respectively.end() :])
            if measure_after in lex.SECTOR_MEASURES and len(names) == len(group) > 1 and not any(
                n.endswith(measure_after) for n in names
            ):  # 第一、第二产业分别实现增加值94亿元、1068亿元: each sector's value (fxa58)
                names = [n + measure_after for n in names]
            pull = lex.PULL_ON_GROWTH.fullmatch(measure_after) if hit.kind == "number" and hit.unit == "个百分点" else None
            if pull is not None and len(names) == len(group) > 1 and not any("拉动" in n for n in names):
                # 第一、二、三产业分别拉动经济增长0.1个、0.9个和2.4个百分点: each sector's pull (real_pass4, fxp45)
                names = [n + pull["verb"] + pull["what"] + "增长" for n in names]
            # 增速分别为5%、6%: the growths of the figures before, paired by place (periods of one thing,
            # 一季度、上半年增速分别为…, stay that thing's)
            said = before[: respectively.start()]
            rate_only = len(group) > 1 and not head and ind.normalize(subject) in lex.SAME_RATE and _percent(hit)
            rate_only = rate_only and ind.without_time(said) == said
            if rate_only:
                names = []
            framed = lex.ASPECT_FRAME.fullmatch(self._clause_before(hits[i])) if not names and not subject else None
            if framed is not None and len(ind.list_items(framed["names"], len(group))) == len(group) > 1:
                names = ind.list_items(framed["names"], len(group))  # 在A、B方面，分别增长…: the aspects
            led = lex.LIST_LED_CLAUSE.match(self._clause_before(hits[i])) if not names and not subject else None
            # 消费和投资增速差距进一步缩小，分别增长…: the things whose growths the gap is between (fxa70)
            led = led or (lex.LIST_GAP_CLAUSE.match(self._clause_before(hits[i])) if not names and not subject else None)
            if led is not None and len(ind.list_items(led["names"], len(group))) == len(group) > 1:
                names = ind.list_items(led["names"], len(group))  # A、B成为…主要力量，分别增长…: the list's names
                if led.re is lex.LIST_GAP_CLAUSE:
                    names = _shared_tail(names)  # 城镇和农村居民收入增速差距…: each group's income
                names = [ind.strip_lead(n) or n for n in names]  # 全市生产总值、…迈上…: no scope at its head (fxgen8)
            if not names and len(last_group) == len(group) > 1 and last_group[-1] == i - 1:
                names = [hits[j].name for j in last_group]  # A、B分别完成…，分别占年度计划…: pair by place
                if hit.kind == "rank" and self.growth_ranks:  # 存贷余额增长21%和23%，分别排名全国第3和第4 beside
                    names = [_rank_of(out[j].indicator, out[j].measure) for j in last_group]  # 增速位居…: the growths'
            if not names:  # 接待游客…，实现旅游综合收入…，分别增长18.5%和21.2%: the figures before
                earlier = list(dict.fromkeys(
                    _rank_of(out[j].indicator, out[j].measure) if hit.kind == "rank" else h.name
                    for j, h in enumerate(hits[:i]) if h.kind == "number" and h.name
                ))  # 收入241.5亿元，增长6.4%，分居全省第4、第3位: the amount's rank, then the growth's
                names = earlier[-len(group) :] if len(earlier) >= len(group) else []
            if not names and not subject and len(group) > 1 and not any(h.kind == "number" for h in hits[:i]):
                names = self._list_said_before(hits[i].start, len(group))
            full = ind.list_items(subject, 0)  # every item the text lists
            cut = (
                len(full) > len(group) and not self.scan[self.offset + hits[group[-1]].end :].strip(lex.LIST_CUT_TAIL)
                and not _DIGIT_OR_ORDINAL.search(before[respectively.end() :])  # the list's first figure
            )
            if cut:  # A、B、C分别是…的1.7倍| (the page ends): the first ones' figures
                names = [ind.name_before(n) or n for n in _shared_head(_shared_tail(full))][: len(group)]
            if items and all(lex.SUBJECT_COUNT.match(n) for n in items) and lex.INVESTMENT.fullmatch(out[i].indicator):
                names = []  # 5个省重点项目、30个市重点项目分别完成投资…: counted classes' investments are 投资
            if rate_only:  # each owner's rate (地区生产总值增速), or the rate alone: no wrong owner
                rate = ind.normalize(subject)
                names = [ind.with_context(rate, n) for n in names] if names else [rate] * len(group)
            elif not names and not cut and len(group) > 1 and not subject and ind.without_time(said) == said and (
                lex.GROWTH_VERB_ONLY.fullmatch(before[respectively.end() :])
            ):  # 游客…，收入…，分别增长10%、12%、15%: more growths than figures before, whose is whose is unsaid
                names = [""] * len(group)
            if (len(names) == len(group) > 1 or cut) and not all(_gap_only(n) for n in names):  # 比全国、全省分别高…: the clause's
                for j, name in zip(group, names, strict=True):
                    name = ind.without_place(name, self.places) if len(name) >= 2 else name  # 广东进出口、…分别: a scope
                    hits[j].name = name
                    out[j] = _replace(out[j], indicator=name)
            last_group = group
            closing = out[group[-1]].qualifier  # 分别增长7%、10%左右: the closing 左右 qualifies the list
            if len(group) > 1 and hits[group[-1]].suffix and closing != "exact":
                for j in group[:-1]:
                    if out[j].qualifier == "exact" and not hits[j].suffix:
                        out[j] = _replace(out[j], qualifier=closing)
            opening = out[group[0]].qualifier  # 分别增长约11.5%、11%、23.3%: the opening 约 qualifies the list
            if len(group) > 1 and not hits[group[0]].suffix and opening != "exact":
                for j in group[1:]:
                    if out[j].qualifier == "exact" and not hits[j].suffix:
                        out[j] = _replace(out[j], qualifier=opening)
        return split


#: The characters ``_clause_marks`` and ``_aside_marks`` look at (brackets, clause marks, dashes):
#: every other character of a sentence is passed over without a step of Python.
_MARK_CHARS = re.compile("[" + re.escape("（()）" + lex.CLAUSE) + "]")


def _clause_marks(s: str) -> list[int]:
    """Where the clauses of a sentence end: its commas, colons, dashes and semicolons, but not
    those inside brackets (``本地生产总值（GDP，现价）98.66亿元``, ``（主要是…不足，难以…）``):
    a bracket is an aside of the clause it stands in. A dash between two digits joins a range
    (``1—9月完成``, ``1月—6月``: the period, not a dash list), so it ends no clause."""
    marks, depth = [], 0
    for m in _MARK_CHARS.finditer(s):
        i, c = m.start(), m.group()
        if c == "—" and 0 < i < len(s) - 1 and s[i + 1].isdigit() and (s[i - 1].isdigit() or s[i - 1] == "月" and s[i - 2 : i - 1].isdigit()):
            continue  # 1—9月, 1月—6月: a span of months
        if c in "（(":
            depth += 1 if any(x in "）)" for x in s[i + 1 : i + 80]) else 0  # an unclosed bracket is no aside
        elif c in "）)":
            depth = max(0, depth - 1)
        elif c in lex.CLAUSE and not depth:
            marks.append(i)
    return marks


def _aside_marks(s: str) -> tuple[list[int], bytearray]:
    """Where the clauses of the asides (closed brackets, ``_clause_marks``) start — an aside's opening
    bracket and its commas — and a byte per character, 1 inside an aside: a figure written inside one
    (``增长2.4%（区本级1976.7亿元，增长2%）``) is named by the aside's words, not the clause's before it."""
    marks: list[int] = []
    inside = bytearray(len(s) + 1)
    opened: list[int] = []
    for m in _MARK_CHARS.finditer(s):
        i, c = m.start(), m.group()
        if c in "（(" and any(x in "）)" for x in s[i + 1 : i + 80]):
            opened.append(i)
            marks.append(i)
        elif c in "）)" and opened:
            a = opened.pop() + 1
            inside[a:i] = b"\x01" * (i - a)
        elif c in lex.CLAUSE and opened:
            marks.append(i)
    return marks, inside


def _share_counted_noun(s: str, hits: list[_Hit], out: list[Figure]) -> None:
    """``新开工5个、竣工3个重点项目``: a count named by its verb alone, then ``、`` and the next item's verb,
    shares the noun counted after the last item (in place, back through the list)."""
    for i in range(len(out) - 2, -1, -1):
        a, b = hits[i], hits[i + 1]
        if a.kind != "number" or b.kind != "number" or a.q is None or b.q is None or not a.q.family == b.q.family == "count":
            continue
        gap = s[a.end : b.start]
        verb, name, after = gap[1:], out[i].indicator, out[i + 1].indicator
        noun = after[len(verb) :] if after.startswith(verb) else after  # 改扩建5所学校: a lead verb left no trace
        if gap[:1] != "、" or not (lex.VERBS_ALONE.fullmatch(verb) or verb in lex.LEAD) or len(noun) < 2:
            continue
        if not name or lex.VERBS_ALONE.fullmatch(name):
            out[i] = _replace(out[i], indicator=name + noun)


#: A bracket and what it holds (``（完成自治州指标任务的100%）``).
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")


def _sector_owner(figures: list[Figure]) -> str:
    """The sector whose value or output a sentence wrote first (``规模工业增加值`` → ``规模工业``), "" else."""
    for figure in figures:
        sector = lex.SECTOR_VALUE.fullmatch(figure.indicator)
        if sector is not None:
            return sector["owner"]
    return ""


def _trailing_units(figures: list[Figure]) -> tuple[str, ...]:
    """The units of the last figures named alike (``粮食总产量103.7万吨…，增长3.1%``: 万吨 and %)."""
    units: list[str] = []
    for figure in reversed(figures):
        if figure.indicator != figures[-1].indicator or len(units) >= 6:
            break
        units.append(figure.unit)
    return tuple(units)


def _list_cut(gap: str) -> int:
    """Where the next item of a list starts in the words between two figures (-1: no list).

    ``、`` separates items (the first one: ``、和美乡村`` is one item); ``和``/``及`` only right
    after the figure (``10家和B``), since inside an item they join words (``惠及居民``,
    ``孵化器和众创空间``). Words opening with ``的`` describe the next noun by the figure before
    (``总投资936.7亿元的工业和服务业重点项目``): one phrase, no list.
    """
    if gap.startswith("的"):
        return -1
    levels = lex.LEVEL_LIST_OPENING.match(gap)  # 6家省、市级集聚区: the levels of one noun (fxa75b)
    at = gap.find("、", levels.end() if levels is not None else 0)
    if at >= 0:
        return at
    return 0 if gap[:1] in ("和", "及") else -1


def _list_subject(before: str) -> str:
    """The subject of a list before its verb, without comparison, time, scope and lead words
    (``全县城乡居民人均可支配收入分别…`` → ``城乡居民人均可支配收入``)."""
    text = ind.strip_lead(lex.SCOPE.sub("", ind.without_time(lex.COMPARE.sub("", before))))
    text = lex.REAL_TERMS_END.sub("", text)  # …4910元，实际分别增长9.5%和9.3%: a manner, no subject (fxp12)
    return lex.INNER_SCOPE_HEAD.sub("", lex.SCOPE_HEAD.sub("", text))


def _implicit_respectively_at(before: str) -> re.Match[str] | None:
    return lex.IMPLICIT_RESPECTIVELY.search(before) if "、" in before or "和" in before else None


def _percent(hit: _Hit) -> bool:
    """A rate in per cent (not a change in points, not a rank)."""
    return hit.kind == "number" and hit.q is not None and hit.q.family == "percent"


def _answers_its_figure(hits: list[_Hit], out: list[Figure], i: int) -> bool:
    """``万元生产总值能耗下降3.5%，完成省下达任务``: a completion after the indicator's own figure in
    the sentence says that figure met its task; it is no second figure."""
    return hits[i].kind == "done" and any(
        h.kind == "number" and out[j].indicator == out[i].indicator for j, h in enumerate(hits[:i])
    )


def _task_of_nothing(hits: list[_Hit], out: list[Figure], i: int) -> bool:
    """``全县完成市下达目标任务，GDP增长8%``: a task from above met by the place as a whole, naming no
    indicator (its subject only a scope, its object only the task): it says the tasks were met, no figure."""
    return hits[i].kind == "done" and lex.SCOPE_ONLY.fullmatch(out[i].indicator) is not None


def _gap_only(name: str) -> bool:
    """A name that is only a gap (``高于预期目标``) or a list of them (``分别高于全国、全省``):
    the gap measures the clause's indicator (``lexicon.GAP_ONLY``)."""
    if lex.GAP_LIST.fullmatch(name.replace("分别", "")):
        return True  # 分别比国有、外资企业高: one 比…高 around the list of references
    parts = [p for p in _LIST_JOIN.split(name.replace("分别", "")) if p]
    return bool(parts) and all(lex.GAP_ONLY.fullmatch(p) for p in parts)


def _siblings(names: list[str]) -> list[str]:
    """Sibling words in a list (``lexicon.SIBLINGS``) share the rest of their names:
    ``居民人均可支配收入城镇、农村`` → ``…城镇…``, ``农村居民人均可支配收入``; ``金融机构存款、贷款余额``
    → ``金融机构存款余额``, ``金融机构贷款余额``."""
    names = list(names)
    for k in range(1, len(names)):
        before, name = names[k - 1], names[k]
        for group in lex.SIBLINGS:
            for word, other in ((w, o) for w in group for o in group if w != o):
                if name.startswith(word) and before.endswith(other) and len(name) > len(word):
                    names[k - 1] = before + name[len(word) :]
                    name = before[: -len(other)] + name
        name = ind.with_owner(ind.with_scope(name, names[k - 1]), names[k - 1], lex.LIST_BARE_MEASURES)  # 总产值、增加值
        generic = name in lex.GENERIC_HEADS and names[k - 1] not in (*lex.GENERIC_HEADS, *lex.TOTAL_WORDS)
        names[k] = ind.with_context(name, names[k - 1]) if generic else name  # GDP总量、增速 → GDP增速
    return names


def _shared_head(names: list[str]) -> list[str]:
    """``市级以上家庭农场、农民合作社``: a range of levels on the first name holds for the others;
    ``国家级、省级、市级龙头企业``: a level alone takes the last name's noun."""
    if len(names) < 2:
        return names
    noun = lex.LEVEL_AT_HEAD.match(names[-1])
    if noun is not None:  # 国家级、省级、市级龙头企业: each level of the last one's noun
        names = [n + names[-1][noun.end() :] if lex.LEVEL_ONLY.fullmatch(n) else n for n in names]
    level = lex.LEVEL_PREFIX.match(names[0])
    if level is None:
        return names
    return names[:1] + [n if "级" in n else level.group() + n for n in names[1:]]


def _listed_subject(subject: str) -> tuple[str, ...] | None:
    """The names a list subject stands for (``lexicon.LIST_SUBJECTS``), each closed by the head
    written after it (``一、二、三产业增加值`` → ``第一产业增加值``, …)."""
    for pattern, names in lex.LIST_SUBJECTS:
        m = pattern.match(subject)
        if m is not None and not _LIST_OR_CLAUSE_JOIN.search(subject[m.end() :]):
            return tuple(name + subject[m.end() :] for name in names)
    return None


def _shared_rank(name: str) -> list[str]:
    """The names of a 、 list that one rank is given for (``项目总数、投产项目数居全省第2位``, aside14
    convention 4): each ranks so, when each item is a whole name ([] else). Items that share a
    tail or a generic head (``全体居民、城镇居民、农村居民人均可支配收入增速``, ``总量、增速``: aside,
    aside2) and a list joined by 和 (``A增速和B增速排名全市第1位``, aside12) are one name."""
    items = name.split("、")
    if len(items) < 2 or any(len(n) < 2 or n in lex.GENERIC_HEADS or lex.LEVEL_ONLY.fullmatch(n) for n in items):
        return []
    return items if _shared_tail(items) == items else []


def _without_theme_head(s: str, found: list[_Hit]) -> list[_Hit]:
    """A qualitative aim opening the sentence whose verb a later clause opening on ``确保`` restates for its parts
    (``生态环境持续改善，深入开展…，确保空气质量、水环境质量持续改善``): a run-in theme head, no aim of its own
    (real_pass10 convention 1; fx18e)."""
    head = found[0]
    restated = any(
        h.kind == "growth" and h.verb == head.verb and h.start > head.end and lex.ENSURE_OPENS.search(s, 0, h.start) is not None
        and s.rfind("确保", 0, h.start) > head.end
        for h in found[1:]
    )
    return found[1:] if restated else found


def _rank_of(name: str, measure: str) -> str:
    """What a rank after a figure ranks: its growth rate (``…增速``) or its level."""
    return name + "增速" if measure == "growth" and not name.endswith(lex.GENERIC_HEADS) else name


def _shared_tail(names: list[str]) -> list[str]:
    """``城镇、农村常住居民人均可支配收入``: a word parallel to the last name's opening shares its rest
    (``_parallel_rest``); ``第一产业、…、进出口总值增速``: a generic head closing the list closes every
    name, and a parallel word takes the whole rest (``工业、农业用水总量`` → ``工业用水总量``)."""
    if len(names) < 2:
        return names
    last = names[-1]
    head = next((h for h in lex.GENERIC_HEADS if last.endswith(h) and len(last) > len(h)), "")
    if head and any(last.endswith(h) and h.endswith(head) and len(h) > len(head) for h in lex.LIST_HEADS):
        head = ""  # 化学需氧量、氨氮排放总量: a list head closing in a generic one (排放总量) is shared whole
    if head and not any(n.endswith(head) for n in names[:-1]):
        # a complete name takes the head alone (工业投资、工业用电量增速 → 工业投资增速, not 工业投资量增速)
        return [n + ((_parallel_rest(n, last) if not lex.COMPLETE_NAME.search(n) else None) or _sector_measure(n, last, head) or head)
                for n in names[:-1]] + [last]
    shared = ind.share_list_parts(names)
    if shared != names:
        return shared
    out = []
    for n in names:  # a complete name takes nothing (城镇就业、农村劳动力转移就业)
        rest = _parallel_rest(n, last) if len(n) <= 4 and not lex.COMPLETE_NAME.search(n) else None
        keep = not rest or len(rest) < 2 < len(n) + 1 or rest[:1].isdigit()  # 农、林、渔业: 农 takes 业
        people = next((h for h in lex.PEOPLE_LIST_HEADS if last.endswith(h) and len(last) > len(h) + 2), "")
        # the item closes on the word the last writes before the head (再就业 ∥ 再就业人数): the same measure
        if keep and people and len(n) > 4 and n.endswith(last[: -len(people)][-2:]):
            out.append(n + people)  # 失业人员再就业和困难人员再就业人数: each group's number (real_aside51)
            continue
        out.append(n if keep else ind.strip_lead(n + rest))  # 新建、改造农村公路 → 农村公路
    return out


#: A sector's measure as a share of a whole closing a list's last item (``…增加值占规模以上工业增加值比重``).
_SECTOR_SHARE = re.compile("(?:" + "|".join(lex.SECTOR_MEASURES) + r")占[^占，,。；;]{2,24}$")


def _sector_measure(name: str, last: str, head: str) -> str:
    """``钢铁、有色增加值增速``: a bare sector before a list's last item that writes a sector's measure and the
    generic head (``lexicon.SECTOR_MEASURES``) takes the measure with the head (``钢铁增加值增速``, real_aside51
    convention 7); "" else."""
    if lex.COMPLETE_NAME.search(name) or name.endswith(lex.SECTOR_MEASURES):
        return ""
    share = _SECTOR_SHARE.search(last) if head in ("比重", "占比") and name.endswith("业") else None
    if share is not None and share.start() >= 2:
        return share.group()  # 先进制造业和高技术制造业增加值占规上工业增加值比重: each sector's share (fxa58)
    if len(name) > 4:
        return ""
    body = last[: -len(head)]
    measure = next((m for m in lex.SECTOR_MEASURES if body.endswith(m) and len(body) - len(m) >= 2), "")
    return measure + head if measure else ""


def _parallel_rest(name: str, last: str) -> str | None:
    """What follows the last name's opening when ``name`` parallels it (None: it does not): letters
    (``PM10`` ∥ ``PM2.5平均浓度``), a sibling (``lexicon.SIBLINGS``: ``城镇`` ∥ ``农村居民…``), a level
    (``省`` ∥ ``市重点项目投资``), a verb (``引进`` ∥ ``培育高新技术企业``) or a word of the same length
    sharing a character in place (``工业`` ∥ ``农业用水总量``, ``一产`` ∥ ``三产占比``)."""
    if name.isascii():
        rest = _CODE_HEAD.sub("", last)
        return rest if rest != last else None
    for group in lex.SIBLINGS:
        for word, other in ((w, o) for w in group for o in group if w != o):
            if name.endswith(word) and last.startswith(other):
                return last[len(other) :]
    level = lex.LIST_LEVEL.match(last)
    if level is not None and lex.LIST_LEVEL.fullmatch(name):
        return last[level.end() :]
    verb = lex.ACTION.match(last)
    if verb is not None and (lex.ACTION.fullmatch(name) or name in lex.INCREMENT):  # 引进、培育高新技术企业
        return last[verb.end() :]
    if len(name) == 1 and len(last) >= 2 and lex.ONE_CHAR_ITEM.fullmatch(name) and lex.ONE_CHAR_ITEM.match(last):
        return last[1:]  # 农、林、渔业; 大、中、小型企业工业增加值: one character stands for the last's word (au1)
    opening = last[: len(name)]
    if len(last) > len(name) <= 4 and opening != name and any(a == b for a, b in zip(name, opening, strict=True)):
        return last[len(name) :]
    return None


_NUMERAL = re.compile(rf"\d+(?:\.\d+)?|[{CN_CHARS}]*[{CN_DIGITS}十][{CN_CHARS}]*")


def non_figures(text: str) -> list[tuple[str, str]]:
    """Every number in ``text`` that is not a figure, with the rule that set it aside.

    Reasons: quoted (``“十四五”``), ordinal (``第十八届``), year, date, code (glued to
    Latin letters: ``PM 2.5``, ``5G``), address (``56号``), anniversary (``75周年``), and
    for the rest the extractor's own rule (``skip_reason``) or ``no unit`` (``609地块``,
    ``二十大``: a number that measures nothing).
    """
    scan = text.translate(_SCAN)
    covered = [f.span for f in extract_figures(text)]
    masked = [(m.start(), m.end()) for m in lex.QUOTES.finditer(scan)]
    out = []
    for m in _NUMERAL.finditer(scan):
        if any(a < m.end() and m.start() < b for a, b in covered):
            continue
        out.append((text[m.start() : m.end()], _why_not(scan, m, masked)))
    return out


def _why_not(s: str, m: re.Match[str], masked: list[tuple[int, int]]) -> str:
    before, after = s[max(0, m.start() - 2) : m.start()], s[m.end() : m.end() + 2]
    if any(a <= m.start() < b for a, b in masked):
        return "quoted"
    if before.endswith(("第", "届", "首")):
        return "ordinal"
    if after.startswith(("月", "日")) or before.endswith(("年", "月")) and after.startswith(("日", "月")):
        return "date"
    if after.startswith("年") and len(m.group()) >= 3:
        return "year"
    if lex.glued_to_code(s, m.start()) or after[:1].isascii() and after[:1].isalpha():
        return "code"
    if after.startswith("号"):
        return "address"
    if after.startswith("周年"):
        return "anniversary"
    unit = lex.NUMBER.match(s, m.start())
    if unit is not None:
        reason = skip_reason(s, unit, masked)
        if reason:
            return reason
    return "no unit"


def _strip_qualifier_words(before: str) -> str:
    for pattern in (lex.AT_MOST_BEFORE, lex.AT_LEAST_BEFORE, lex.ABOUT_BEFORE, *(p for _, p in lex.QUALIFIER_OPENS)):
        before = pattern.sub("", before)
    return before


def _num(text: str) -> Decimal:
    from drafter.figures.numbers import parse_number

    return parse_number(text)


def _replace(figure: Figure, **changes: object) -> Figure:
    from dataclasses import replace

    return replace(figure, **changes)  # type: ignore[arg-type]


__all__ = ["extract_figures", "non_figures", "skip_reason"]
