"""Indicator phrases: from the words around a number to a normalized name.

A report names what a number measures in many ways: ``力争实现北京项目投资额30亿元``,
``新增北京项目投资额34.2亿元``, ``实现北京项目投资额35.08亿元``. The name kept is the
noun phrase (``北京项目投资额``); leading verbs and time words become flags; growth and
comparison words (``同比增长``, ``较年初``) say what kind of measure it is, not what is
measured, and are dropped. Spellings are folded (``PM 2.5`` → ``PM2.5``, ``ＧＤＰ`` →
``GDP``) so the same indicator reads the same in every year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Words that open a figure's phrase and are kept as flags, not in the name.
FLAG_WORDS = (
    "预计", "力争", "确保", "争取", "实现", "完成", "达到", "新增", "累计", "集聚", "聚集",
    "新建", "新安装", "新设", "新注册", "再创建", "入库", "超额",
)
#: Time and scope words stripped from the name wherever they stand.
_TIME = re.compile(r"连续[\d一二两三四五六七八九十]+(?:年|个月|季度)|[\u4e00-\u9fff]{0,8}期间|[两二三四五]年平均|全年|年内|今年|当年|上半年|下半年|(?:前|第)?[一二三四1-4]季度|\d{1,2}[-—至]\d{1,2}月|年底前|年末|截至目前|目前")
#: Scope phrases that say where a claim holds, not what is measured.
_SCOPE = re.compile(r"在全(市|区|国|省|县|旗)(唯一|率先)?|连续|我区|全区|我县|全县|我旗|全旗|我市|^全市")
#: Flag words that may stand inside a phrase (``各街道累计引进企业``).
_INNER_FLAGS = re.compile(r"累计|新增|力争|预计|新(?=引进)")
#: Comparison phrases: ``较年初``, ``较2022年``, ``比上年``, ``同比``.
_COMPARE = re.compile(r"(较|比)(年初|上年|去年|同期|\d{4}年(同期|底|末)?)|同比|环比|(?:按)?(?:同|可比)口径(?:计算)?|按可比价(?:格)?计算")
_LEAD: tuple[str, ...] = (
    "成功争取", "预计", "力争", "确保", "争取", "成功", "实现", "完成", "达到", "新增", "累计",
    "集聚", "聚集", "新建", "新安装", "再创建", "再", "共计", "合计", "共", "其中",
    "入库", "控制", "保持", "持续", "进一步", "推动", "全力", "积极", "加快", "有效", "高质量",
    "组织", "我区", "全区", "区级以上", "各类", "共有", "拥有", "净增", "净增加",
    "实施", "建成", "举办", "开展", "发展", "新建和改造", "新建改造", "新建和改扩建", "新建改扩建",
    "新认定", "认定", "新种植", "新登记", "新培育", "安排", "开工建设", "新开业", "支持",
    "新建改建", "新建、改扩建", "新建、改建", "新建和改建", "新建及改扩建", "新改建", "新改扩建", "改扩建",
    "新识别", "为企业", "为群众",
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是",
)
_TRAIL: tuple[str, ...] = (
    "同比增长", "同比下降", "同比提高", "提高到", "提高至", "提升至", "提升到", "增长到", "增长至",
    "增至", "降至", "下降到", "下降至", "扩容至", "缩小至", "缩小到", "缩小为", "达到", "达", "为", "是", "超过", "不少于",
    "不低于", "不超过", "不高于", "至少", "突破", "共计", "合计",
    "共", "累计", "实现", "完成", "保持", "增长", "下降", "上涨", "下跌", "提高", "降低", "增加", "减少", "上升",
    "提升", "分别", "稳定在", "保持在", "控制在", "在", "的", "等", "，", "、",
    "发展到", "压缩至", "压缩到", "缩短至", "每人每月", "每人每年", "总数", "恢复至", "恢复到",
    "净增加", "净增", "新增", "开行", "开通",
    "压减至", "压减到", "压降至", "缩减至", "减少至", "减少到",  # 审批时限压减至30个工作日
    "投入使用", "建成投用", "投用",  # 人才公寓投入使用1200套
    "中位列", "中排名", "中居", "位列", "位居", "居",  # 考核评价中位列第38位
)
_LEAD = tuple(sorted(_LEAD, key=len, reverse=True))
_TRAIL = tuple(sorted(_TRAIL, key=len, reverse=True))
#: Verbs of doing: a name that holds one starts at its last (``各街道引进企业`` → ``引进企业``).
ACTION_VERBS = (
    "引进", "签署", "签订", "对接", "盘活", "出让", "实施", "举办", "推出", "认定", "解决", "发放",
    "惠及", "改造", "创建", "打造", "培育", "安装", "化解", "避免", "提供", "走访", "归集", "设立",
    "建成", "改扩建", "扩建", "加装", "养护", "引育", "落地", "落户", "申报", "获评", "入选", "开业", "组建",
    "布局", "招引", "新设", "开工", "竣工", "完工", "通车",
)
_ACTION = re.compile("|".join(ACTION_VERBS))
#: Construction and flag verbs that may follow a short subject (``开发区新建标准化厂房``).
_INNER_BUILD = re.compile(r"新建|新增|净增")
#: Prepositions that open a clause before its verb: what follows them is not the subject.
_PREPOSITIONS = ("围绕", "聚焦", "依托", "通过", "按照", "针对", "面向", "结合", "立足", "借助", "利用", "紧扣", "瞄准")
#: Words after which a figure's noun stops (``5家企业落户`` → ``企业``).
_AFTER_STOP = re.compile(
    "|".join((*ACTION_VERBS, "完成", "实现", "达到", "全部", "提供", "进行", "获", "赴", "维修", "开放", "局部", "整体", "全面", "集中", "投入", "上线", "建设", "并", "等", "的"))
)
_GROWTH_WORDS = re.compile("增长|下降|提高|降低|提升")
#: Heads too generic to stand alone: they take the previous indicator as prefix.
GENERIC_HEADS = ("增速", "增幅", "比重", "占比", "使用率", "总量", "规模")
_SPELLINGS = (
    (re.compile(r"PM\s*2\.5", re.I), "PM2.5"),
    (re.compile(r"PM\s*10", re.I), "PM10"),
    (re.compile(r"ＧＤＰ|gdp"), "GDP"),
    (re.compile(r"\("), "（"),
    (re.compile(r"\)"), "）"),
    (re.compile(r"\s+"), ""),
    # 细颗粒物（PM2.5）平均浓度: the Chinese name glossed by the code is the code
    (re.compile(r"细颗粒物（PM2\.5）"), "PM2.5"),
    (re.compile(r"可吸入颗粒物（PM10）"), "PM10"),
    # 地区生产总值（GDP）, 研究与试验发展（R&D）经费: a letters-only gloss of a Chinese name goes
    (re.compile(r"(?<=[\u4e00-\u9fff])（[A-Za-z&]{2,6}）"), ""),
)


def fold(text: str) -> str:
    """Fold spellings: ``PM 2.5`` → ``PM2.5``, half-width brackets → full-width, no spaces."""
    for pattern, repl in _SPELLINGS:
        text = pattern.sub(repl, text)
    return text


def flags_in(text: str) -> tuple[str, ...]:
    """The flag words in a phrase, in order of appearance, each once."""
    found: list[tuple[int, str]] = []
    for word in FLAG_WORDS:
        at = text.find(word)
        if at >= 0 and not any(at >= s and at < s + len(w) for s, w in found):
            found.append((at, word))
    return tuple(w for _, w in sorted(found))


def flags_at(first: dict[str, int], end: int) -> tuple[str, ...]:
    """``flags_in(text[:end])`` from where each flag word first stands in ``text`` (``first``)."""
    found: list[tuple[int, str]] = []
    for word in FLAG_WORDS:
        at = first[word]
        if 0 <= at <= end - len(word) and not any(at >= s and at < s + len(w) for s, w in found):
            found.append((at, word))
    return tuple(w for _, w in sorted(found))


_LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)])")


def strip_lead(text: str) -> str:
    """Remove leading flag, time and scope words (``全年力争实现技术合同成交额`` → ``技术合同成交额``).

    A list item's number (``1.地区生产总值增长5.5%左右；``) goes too.
    """
    text = _LIST_NUMBER.sub("", text)
    changed = True
    while changed and text:
        changed = False
        for word in _LEAD:
            if text.startswith(word) and not text.startswith(("和", "及", "与", "、"), len(word)):
                text = text[len(word) :]
                changed = True
                break
    return text


def strip_trail(text: str) -> str:
    """Remove trailing growth, comparison and qualifier words (``…到位额完成`` → ``…到位额``)."""
    changed = True
    while changed and text:
        changed = False
        for word in _TRAIL:
            if text.endswith(word):
                text = text[: -len(word)]
                changed = True
                break
    return text


def name_before(text: str) -> str:
    """The indicator named by the words before a number (may be "")."""
    text = _COMPARE.sub("", _TIME.sub("", text))
    text = _SCOPE.sub("", text)
    rate = re.search(r"、([^、]+(率|比重|比例|占比))$", text)
    if rate is not None:
        text = rate.group(1)  # 整体签约、入驻率超90%: a rate names itself
    text = text[:1] + _INNER_FLAGS.sub("", text[1:])
    text = strip_trail(strip_lead(strip_trail(text)))
    done = _last(re.finditer(r"实现|完成|达到", text))
    if done is not None and done.end() < len(text) - 1 and done.start() > 0:
        subject, obj = text[: done.start()], text[done.end() :]
        if _subject_droppable(subject) or len(obj) >= 5 and not obj.startswith("的"):
            text = obj  # 202家规模以上工业企业实现总产值 → 总产值; 首都机场完成旅客吞吐量 → 旅客吞吐量
        elif len(obj) <= 4 and not obj.startswith("的") and not _ACTION.search(subject):
            text = subject + obj  # 电子信息产业实现产值 → 电子信息产业产值
    plain = re.sub(r"（[^（）]*）|\([^()]*\)|“[^“”]*”", lambda m: "　" * len(m.group()), text)
    last = _last(_ACTION.finditer(plain))
    if last is not None and 0 < last.start() and last.end() < len(text) and _subject_droppable(text[: last.start()]):
        text = text[last.start() - (text[last.start() - 1] == "新" and last.group() == "开工") :]  # 新开工亿元以上项目 keeps its 新
        if last.group() in _LEAD:
            text = strip_lead(text)  # 滚动实施市级重点项目 → 市级重点项目, as 实施… would read
    inner = _last(_INNER_BUILD.finditer(plain))
    if inner is not None and 0 < inner.start() and inner.end() < len(text) and _subject_droppable(text[: inner.start()]):
        text = strip_lead(text[inner.start() :])  # 开发区新建标准化厂房 → 标准化厂房
    text = re.sub(r"^(在|对(?!接)|为(?!民)|与|向|从(?!事)|把|将)", "", text)
    text = re.sub(r"^新(?=注册)|^新(?:设立|设|登记)(?=.)", "", text)
    return normalize(text)


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - keep the last one
        pass
    return found


def _subject_droppable(subject: str) -> bool:
    """A subject before the verb that says nothing about what is counted (各街道, 为153家企业).

    A prepositional opening (``围绕集成电路、生物医药两大主导产业引进链上企业``) is not the
    subject either.
    """
    return (
        len(subject) <= 3
        or bool(re.search(r"\d", subject))
        or subject[0] in "为对与在向从把将“"
        or subject.startswith(_PREPOSITIONS)
    )


def name_after(text: str) -> str:
    """The noun that follows a number's unit (``个老旧小区完成改造`` → ``老旧小区``), or ""."""
    if _GROWTH_WORDS.search(text[:5]):
        return ""  # 三年正增长: the words after say how it grew, not what
    stop = _AFTER_STOP.search(text, 1)
    if stop is not None:
        text = text[: stop.start()]
    return normalize(text)


def name_of_clause(text: str) -> str:
    """The thing a figure-less clause is about (``推动公共充电桩安装建设`` → ``公共充电桩``)."""
    text = re.sub(r"^(推动|推进|加快|实施|开展|加强|持续|深入|积极|全面|做好|抓好)+", "", text)
    text = re.sub(r"(安装|建设|工作|改造|提升|推进)+$", "", text)
    return normalize(text) if len(text) >= 2 else ""


def normalize(text: str) -> str:
    """The canonical spelling of an indicator phrase."""
    text = fold(text).strip("，、。；：,;: —").removesuffix("的").removesuffix("等")
    if text.endswith("等指标"):
        text = text[:-3]
    return text


def with_context(name: str, previous: str) -> str:
    """Complete a generic or elliptic name from the previous indicator in the sentence.

    ``增速`` after ``实际利用外资`` → ``实际利用外资增速``; ``增加值占GDP比重`` after
    ``民营经济增加值`` → ``民营经济增加值占GDP比重``.
    """
    if not previous or not name or name == previous:
        return name
    if name in ("总量", "总数"):
        return previous  # 新增经营主体8.6万户，总量突破52万户: the total of the same thing
    if name in GENERIC_HEADS or name.startswith("占") and len(name) > 3:
        return previous + name  # 占地区生产总值比重 after 服务业增加值: the share of that
    for k in range(min(len(name), len(previous)) - 1, 2, -1):
        head = name[:k]
        if previous.endswith(head) and len(previous) > k:
            return previous[: -k] + name
    return name


__all__ = [
    "ACTION_VERBS", "FLAG_WORDS", "GENERIC_HEADS", "flags_at", "flags_in", "fold", "name_after", "name_before",
    "name_of_clause", "normalize", "strip_lead", "strip_trail", "with_context",
]
