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
from functools import lru_cache

from drafter.figures import lexicon as lex
from drafter.figures.name_words import MANNER, SHIELD

#: Precompiled forms of name_before's and name_after's patterns (no output changes; speed only).
_SHARE_OF_SCOPE_END = re.compile(lex.SHARE_OF_SCOPE.pattern + "$")
_OWN_CONTRIBUTION = re.compile(lex.OWN_CONTRIBUTION)
_RATE_LISTED_END = re.compile(r"、([^、]+(率|比重|比例|占比))$")
#: Not a standard met or bettered inside a name (``地表水达到或好于III类水体比例``, ``达到或优于二级标准天数``: a class
#: threshold of the thing measured, real_aside45).
#: (``重点项目完成投资率``: 完成 before a short noun and 率 is the rate's own word, no verb of the subject; fxgen11,
#: as ``LEAD_GUARD["完成"]`` for the rate written alone)
_DONE_VERB = re.compile(r"实现|完成(?![\u4e00-\u9fff]{1,2}率(?!先))|达到(?!或(?:好|优|高|超过|低)于?)")
_BLANKED_ASIDE = re.compile(r"（[^（）]*）|\([^()]*\)|“[^“”]*”")
_PREPOSITION_HEAD = re.compile(r"^(在(?![校岗职编册读建谈营库研审运]|产(?!业))|(?!" + lex.OWN_CONTRIBUTION + ")对(?!接|标)|为(?!民)|与|向(?!上)|从(?!事|业)|把|将(?![军士]))")
_NEW_HEAD = re.compile(r"^新(?=注册|投入(?:运营|使用)|投运|转移)|^新(?:设立|设|登记)(?=.)|^实有(?=..)")
_AFTER_HEAD = re.compile(r"^(?:的|内|之内|为(?=[\u4e00-\u9fff]{2}))")
_DIGIT = re.compile(r"\d")
_BLANKS = re.compile(r"\s+")
_LIST_JOIN = re.compile(r"和|、|及|与")
_AND_OR_COMMA = re.compile(r"、|和")


def _needs(pattern: re.Pattern[str]) -> str:
    """A string every match of a spelling row holds ("" if none is known): the row is skipped
    on a text without it (a speed-up only; ``lexicon.SPELLINGS`` stays the rule). Half-width
    brackets are folded to full-width by the rows before the ones that need ``（``."""
    p = pattern.pattern
    if p in (r"\(", r"\)"):
        return p[1]
    if p.startswith("^(?P<who>"):
        return "居民"
    if "下同" in p:
        return "下同"
    if p.endswith("）") and not p.startswith("（") and "[^（]" in p:
        return "）"
    if "（" in p and "[（(]" not in p:
        return "（"
    return ""


_SPELLINGS = tuple((pattern, repl, _needs(pattern)) for pattern, repl in lex.SPELLINGS)


def fold(text: str) -> str:
    """Fold spellings: ``PM 2.5`` → ``PM2.5``, half-width brackets → full-width, no spaces."""
    for pattern, repl, needs in _SPELLINGS:
        if needs and needs not in text:
            continue
        text = pattern.sub(repl, text)
    return text


def flags_in(text: str) -> tuple[str, ...]:
    """The flag words in a phrase, in order of appearance, each once."""
    found: list[tuple[int, str]] = []
    for word in lex.FLAG_WORDS:
        at = text.find(word)
        if at >= 0 and not any(at >= s and at < s + len(w) for s, w in found):
            found.append((at, word))
    return tuple(w for _, w in sorted(found))


def flags_at(first: dict[str, int], end: int) -> tuple[str, ...]:
    """``flags_in(text[:end])`` from where each flag word first stands in ``text`` (``first``)."""
    found: list[tuple[int, str]] = []
    for word in lex.FLAG_WORDS:
        at = first[word]
        if 0 <= at <= end - len(word) and not any(at >= s and at < s + len(w) for s, w in found):
            found.append((at, word))
    return tuple(w for _, w in sorted(found))




@lru_cache(maxsize=4096)  # a pure function of the words, read again for many figures
def without_time(text: str) -> str:
    """A phrase without its time words (``lexicon.TIME``), joined ones too (``一季度和上半年``)."""
    if not any(c in text for c in lex.TIME_CHARS):
        return text  # no time word (the fast path: most names)
    joined = lex.TIME_JOINED.sub("", text) if any(j in text for j in lex.TIME_JOINERS) else text  # no join, none to cut
    return lex.TIME.sub("", joined)


#: A year written without 年 heading a name (``2025全市地区生产总值``, a speaker's words): a time word (fx18f);
#: ``2025版``, ``2022冬奥会``-like names keep it (an edition or an event).
_BARE_YEAR_HEAD = re.compile(r"^(?:19|20)\d{2}(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]{0,3}(?:版|届|冬奥|奥运|亚运|世博|计划|规划))")


#: The intro of a list of goals before its first item (``经济社会发展主要预期目标包括地区生产总值``): fx18f.
_GOALS_INCLUDE_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,16}?(?:目标|指标|任务)(?:主要)?包括(?=[\u4e00-\u9fff]{2})")


@lru_cache(maxsize=4096)  # a pure function of the words, read again for many figures
def strip_lead(text: str) -> str:
    """Remove leading flag, time and scope words, in any order (``全年力争实现技术合同成交额`` →
    ``技术合同成交额``, ``预计全市实现地区生产总值`` → ``地区生产总值``).

    A list item's number (``1.地区生产总值增长5.5%左右；``) goes too.
    """
    text = lex.LIST_NUMBER.sub("", text)
    if text[:2] in ("19", "20"):
        text = _BARE_YEAR_HEAD.sub("", text)  # 2025全市地区生产总值: a year written without 年 is a time word (fx18f)
    if "包括" in text:
        text = _GOALS_INCLUDE_HEAD.sub("", text)  # 主要预期目标包括地区生产总值: the list's intro (fx18f)
    stripped = ""
    while text:
        m = lex.LEAD_RE.match(text) or lex.SCOPE_HEAD.match(text)  # 预计全市实现地区生产总值: in any order
        if m is None or m.group() in lex.LEAD_AFTER_DOING and stripped not in lex.LEAD_AFTER_DOING[m.group()]:
            break
        stripped = m.group()
        text = text[m.end() :]
        if m.group() == "其中" and text.startswith(lex.PART_KEEPS):
            break  # 其中新建项目12个: a part named by its kind of work, no flag
    return text


@lru_cache(maxsize=4096)  # a pure function of the words, read again for many figures
def strip_trail(text: str) -> str:
    """Remove trailing growth, comparison and qualifier words (``…到位额完成`` → ``…到位额``,
    ``…增速低于预期`` → ``…增速``)."""
    changed = True
    while changed and text:
        changed = False
        cut = lex.TRAIL_COMPARISON.search(text)
        if cut is not None and cut.start() >= 2:
            text = text[: cut.start()]
            changed = True
            continue
        m = lex.trail_end(text) or lex.LOCATIVE_END.search(text) or lex.MODAL_END.search(text) or lex.POOR_PREDICATE_END.search(text)
        if m is not None and m.group() == "总数" and text.startswith("占"):
            break  # 占指标总数的60%: the share of a total names its denominator whole (real_aside32 convention 2)
        if m is not None and m.group() == "增长" and lex.PULL_ON_GROWTH_END.search(text) is not None:
            text = lex.PULL_SCOPE.sub("", text)  # 工业拉动全市经济增长: no scope inside the pull (round 30)
            break  # 第二产业拉动经济增长0.9个百分点: the growth pulled names the pull (real_pass4, fxp45)
        if m is not None and m.group() in lex.TRAIL_NOUNS and not strip_lead(text[: m.start()]):
            break  # 约束性指标12个: a trail word that is the whole name names the count (real_aside32 convention 2)
        if m is not None:
            text = text[: m.start()]
            changed = True
    return text


#: Blanks between two Chinese characters (a page's stray spacing): no word boundary.
_CJK_BLANK = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _page_furniture_cut(text: str) -> str:
    """``text`` after the page's furniture run into it on a page saved as one line (real_pass4, fxp45): markup
    tags (``[/size][align=left][font=宋体]``), a chart's caption (``图1 2019~2020年地区生产总值及其增长速度``) and a
    numbered heading run into the sentence it heads (``三、农业全年全县…``), the page's blanks lost or not."""
    text = lex.MARKUP_TAG.sub("", text)
    caption = _last(lex.CHART_CAPTION.finditer(text))
    text = text[caption.end() :] if caption is not None else text
    heading = lex.RUN_IN_HEADING.match(text)
    return text[heading.end() :] if heading is not None else text


@lru_cache(maxsize=4096)  # a pure function of the words, read again for many figures
def name_before(text: str) -> str:
    """The indicator named by the words before a number (may be "")."""
    if "[" in text or "图" in text or "表" in text or "、" in text[:5]:
        text = _page_furniture_cut(text)  # 图1 2019~2020年…增长速度 城镇新增就业: a caption, no name (fxp45)
    text = _CJK_BLANK.sub("", text)  # 来源于 全县 的: blanks between characters split no word
    share = _SHARE_OF_SCOPE_END.search(text)
    if share is not None and share.start() >= 2:
        owner = name_before(text[: share.start()])
        if owner:
            return owner + "占" + share["scope"]  # 高新技术企业占全市的35%: the thing's share of the scope, no 的
    text = lex.LOST_LEAD_CLAUSE.sub("", lex.MILESTONE_LISTED.sub("", text))
    if "为" in text and "以" in text:
        text = lex.BASED_ON_MODIFIER.sub("", text)  # 以“五大五小”产业为支撑的服务业增加值: what it rests on (fx18e)
    own = _OWN_CONTRIBUTION.search(strip_trail(text))
    if own is not None:
        return normalize(own.group())  # 对全市增长的贡献率保持在50%以上: the place's share of its own growth
    text = without_time(lex.COMPARE.sub("", lex.SOURCE_NOTE.sub("", text)))  # 较上年末: the comparison first
    text = lex.RATE_BEFORE_GROWTH.sub("", lex.SCOPE.sub("", text))
    rate = _RATE_LISTED_END.search(text)
    if rate is not None:
        text = rate.group(1)  # 整体签约、入驻率超90%: a rate names itself
    text = text[:1] + lex.INNER_FLAGS.sub("", text[1:])
    frame = lex.CHANGE_FRAME.fullmatch(strip_lead(text))
    if frame is not None:
        text = frame["obj"]  # 压减审批时限至: the time limit, brought down to the figure
    text = lex.SCOPE_HEAD.sub("", strip_trail(strip_lead(strip_trail(lex.CLASS_COUNT_END.sub("", text)))))
    done = _last(_DONE_VERB.finditer(text))
    helped = done is not None and lex.HELP_BEFORE.match(text, 0, done.start()) is not None  # 帮助…人员实现就业: one action
    result = lex.QUOTED_RESULT_HEAD.fullmatch(text[done.end() :]) if done is not None and done.start() >= 2 else None
    if done is not None and result is not None:
        return normalize(text[: done.start()] + result["head"])  # 工业经济实现“倍增”、占比…: the subject's share (aside28)
    joined = done is not None and lex.VERB_JOINED_BEFORE_DONE.fullmatch(text[: done.start()]) is not None
    if joined and done is not None and text[done.end() : done.end() + 1] == "“":
        return normalize(text)  # 拆除并实现“场清地净”: one action run on to its quoted result, named whole (aside28)
    if done is not None and done.end() < len(text) - 1 and done.start() > 0 and not helped:
        subject, obj = text[: done.start()], text[done.end() :]
        subject = lex.SUBJECT_COUNT.sub("", subject)  # 27家规模以上企业实现产值: the count is a figure of its own
        if subject.endswith("共") and not subject.endswith("公共") and len(subject) >= 3:
            subject = subject[:-1]  # 交通运输业和仓储业共实现增加值: the sum of the items joined, 共 goes (fxp67)
        sector = len(obj) <= 4 and not obj.startswith("的") and not lex.ACTION.search(subject)
        if sector and not _form_droppable(subject) and lex.SECTOR_OBJECTS.fullmatch(obj):
            text = subject + obj  # 工业实现增加值 → 工业增加值: the sector names the value
        elif lex.LONG_SECTOR_OBJECTS.fullmatch(obj) and lex.SECTOR_SUBJECT.search(subject) and not _form_droppable(subject):
            text = subject + obj  # 主导产业完成主营业务收入 → 主导产业主营业务收入
        elif lex.INVESTMENT.fullmatch(obj) and lex.CLASS_OF_PROJECTS.fullmatch(subject):
            text = subject + obj  # 其中亿元及以上项目完成投资增长31%: the class of projects names its investment (fxa58)
        elif _subject_droppable(subject) or len(obj) >= 5 and not obj.startswith("的") or lex.INVESTMENT.fullmatch(obj):
            text = obj  # 各街道实现产值 → 产值; 首都机场完成旅客吞吐量 → 旅客吞吐量
        elif sector and lex.SECTORED_OBJECT.fullmatch(obj):
            text = obj  # 两大工业园区实现工业产值: the object names its own sector, the subject says where
        elif sector:
            text = subject + obj  # 电子信息产业实现产值 → 电子信息产业产值
    plain = _BLANKED_ASIDE.sub(lambda m: "　" * len(m.group()), text) if "（" in text or "(" in text or "“" in text else text
    last = _verb_run(plain)
    helped = lex.HELP_BEFORE.search(plain, 0, last[0]) if last is not None else None
    if last is not None and helped is not None:
        last = (helped.start(), last[1], helped["verb"])  # 帮助企业解决问题: the help and whom, with what was done
    owner = last is not None and last[0] > 0 and last[2] in lex.OWNED_VERBS and not _form_droppable(text[: last[0]])
    at = last[0] - (lex.NEW_EVENT.match(text, last[0] - 1) is not None) if last is not None else 0  # 新开工, 新签约 keep their 新
    agent = last is not None and lex.AGENT_BEFORE_VERB.search(text[:at]) is not None  # 省级部门首批下放…
    if last is not None and 0 < at and last[1] < len(text) and (_subject_droppable(text[:at], adverb=True) or agent) and not owner and (
        not last[2].startswith(lex.COMPOUND_VERBS) or _form_droppable(text[:at])
    ):
        text = text[at:]  # 各街道新开工亿元以上项目 → 新开工亿元以上项目; 产业园已签约项目 → 签约项目
        if last[2] in lex.LEAD:
            text = strip_lead(text)  # 滚动实施市级重点项目 → 市级重点项目, as 实施… would read
    manner = lex.MANNER_BEFORE_VERB.match(text)
    if manner is not None and lex.ACTION.match(text, manner.end()) and len(text) - manner.end() >= 4:
        text = text[manner.end() :]  # 市场化机制引进…项目: how it was done, no subject (aside28)
    inner = _last(lex.INNER_BUILD.finditer(plain))
    if inner is not None and 0 < inner.start() and inner.end() < len(text) and (
        _subject_droppable(text[: inner.start()]) or text[: inner.start()].endswith(lex.PLACE_SUBJECTS)
    ):
        text = strip_lead(text[inner.start() :])  # 开发区新建标准化厂房 → 标准化厂房
    text = lex.CONTRIBUTION.sub("", text)  # 增长9.2%，对经济增长贡献率达到79.1%: 贡献率
    text = _PREPOSITION_HEAD.sub("", text)  # 在校学生, 在谈项目 are nouns
    text = _NEW_HEAD.sub("", text)  # 实有各类市场主体: a stock
    text = lex.COUNT_OPENING.sub("", text)  # 14个重点断面水质达标率100%: the count is a figure of its own
    return normalize(_head_of_list(text))


def _verb_run(plain: str, first: bool = False) -> tuple[int, int, str] | None:
    """The last run of action verbs (``引进培育``, ``开工改造``, ``引进及合作``, ``签约或落地``) — the
    first with ``first`` —: where it starts and ends, and its first verb; a name is cut at its first verb."""
    verbs = list(lex.ACTION.finditer(plain))
    if not verbs:
        return None

    def joined(k: int) -> bool:
        return verbs[k - 1].end() == verbs[k].start() or plain[verbs[k - 1].end() : verbs[k].start()] in lex.VERB_JOINERS

    if first:
        k = 0
        while k + 1 < len(verbs) and joined(k + 1):
            k += 1
        return verbs[0].start(), verbs[k].end(), verbs[0].group()
    k = len(verbs) - 1
    while k > 0 and joined(k):
        k -= 1
    return verbs[k].start(), verbs[-1].end(), verbs[k].group()


def _head_of_list(text: str) -> str:
    """``人均地区生产总值、…、登记失业率等重要经济社会发展指标`` → ``重要经济社会发展指标``:
    one example before 等 (``“消费节”等促消费活动``), or a list of them before a category of
    indicators or tasks (``lexicon.CATEGORY_HEADS``), is named by what follows; a list of kinds of
    a thing stays with its head (``苹果、花椒等林果面积``, ``新一代电子信息、高端装备等产业产值``)."""
    at = text.rfind("等")
    if at >= 2 and text[at + 1 :] in ("", *lex.SAME_RATE) and "、" in text[:at] and text[at - 1] not in lex.DENG_WORDS:
        return ""  # 其中甲公司、乙公司等增幅超30%: examples of the group named before, no head of their own
    if at >= 2 and text[at + 1 : at + 2] == "地" and len(text) - at - 2 >= 2:
        return _head_of_list(strip_lead(text[at + 2 :]))  # 赴北京、上海等地开展招商推介: where, not what
    # “迎春购物节”“夏日啤酒节”等活动: quoted names of instances before 等 leave even a short head (real_aside46
    # convention 7)
    quoted = at >= 2 and len(text) - at - 1 >= 2 and lex.QUOTED_EXAMPLES.fullmatch(text[:at]) is not None
    if quoted or at >= 2 and len(text) - at - 1 >= 3 and text[at - 1] not in lex.DENG_WORDS and text[at + 1] != "化" and (
        text.endswith(lex.CATEGORY_HEADS) or "、" not in text[:at] or text.startswith(lex.CLASS_AFTER_DENG, at + 1)
        or _named_instances(text[:at], text[at + 1 :])
    ):  # A、B等各类会展活动数量: the examples' class is named whole (各类), the examples go
        run = _verb_run(text[:at], first=True)  # 引进东北证券等各类金融机构: the verb governs the head, not the examples
        # 新开工甲科技港等省开工动员项目: 新开工 keeps its 新 (``lexicon.NEW_EVENT``) and governs the head too
        opens = run is not None and (run[0] == 0 or run[0] == 1 and lex.NEW_EVENT.match(text) is not None)
        text = (text[: run[1]] if run is not None and opens and run[1] < at else "") + text[at + 1 :]
    of = text.rfind("的")
    if of >= 4 and len(text) - of - 1 >= 2 and lex.RELATIVE_VERBS.search(text[:of]):
        # 现行标准下剩余的农村贫困人口, 列入专项行动的五个重点区域涉及人口: the head noun phrase
        text = lex.COUNT_HEAD.sub("", text[of + 1 :])
    return text


def _named_instances(examples: str, head: str) -> bool:
    """``甲公司储能柜组装、乙实业冷链产业园等优势项目``: projects named one by one before a head of
    ``lexicon.INSTANCE_HEADS`` are instances, not kinds; each item a name of four characters or more
    (round 17 audit au1)."""
    return head.endswith(lex.INSTANCE_HEADS) and all(len(item) >= 4 for item in examples.split("、"))


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - keep the last one
        pass
    return found


def _form_droppable(subject: str) -> bool:
    """A subject that by its form says nothing of what is counted (各街道, 为153家企业, 全区)."""
    return _DIGIT.search(subject) is not None or subject[0] in "为对与在向从把将“各全我本" or subject.startswith(lex.PREPOSITIONS)


def _subject_droppable(subject: str, adverb: bool = False) -> bool:
    """A subject before the verb that says nothing about what is counted (各街道, 为153家企业).

    A prepositional opening (``围绕集成电路、生物医药两大主导产业引进链上企业``) is not the
    subject either; with ``adverb``, nor is one that an adverb of time parts from its verb as a
    clause's subject (``lexicon.ADVERB_END``: ``某某产业园已签约项目`` → ``签约项目``; an organ or a
    batch is ``lexicon.AGENT_BEFORE_VERB``'s; ``新材料产业园新引进项目`` keeps the park, heldout3).
    A government's own level (``区本级``, ``lexicon.OWN_LEVEL``) is a level of the thing and stays.
    """
    if lex.OWN_LEVEL.fullmatch(subject):
        return False  # 区本级累计兑现惠企政策资金: a government's own level, no scope (real_aside48 convention 7)
    closed = lex.ADVERB_END.search(subject) if adverb else None
    if closed is not None and closed.start() >= 2:
        return True
    return (
        len(subject) <= 3
        or _DIGIT.search(subject) is not None
        or subject[0] in "为对与在向从把将“"
        or subject.startswith(lex.PREPOSITIONS)
    )


def without_verb(name: str) -> str:
    """A name without the run of action verbs opening it (``引入注册资金`` → ``注册资金``): said of an
    attribute of a noun written after the figure (``引入注册资金67亿元的央企``), the verb governs that
    noun, not the attribute."""
    run = _verb_run(name, first=True)
    return name[run[1] :] if run is not None and run[0] == 0 and len(name) - run[1] >= 2 else name


def verb_of_count(before: str) -> str:
    """The action verb right before a count (``新引进4家世界500强企业`` → ``引进``), which opens the
    name of the noun after it as it opens a name written before the number (``引进各类人才320名``);
    a lead word (``实施``, ``新建``) is a flag and opens nothing ("" then)."""
    m = lex.VERB_BEFORE_COUNT.search(before)
    if m is None:
        return ""
    if m["verb"] in lex.LEAD:  # 策划开展…活动: a lead word strips only where it opens the run (real_aside77 c. 5)
        return m["words"] if strip_lead(m["words"]) else ""
    return m["words"]


def with_verb_of_count(name: str, before: str) -> str:
    """The counted noun's name with the verb before the count, read as the two would read written
    together (``新开工30个项目`` → ``新开工项目``, as ``新开工亿元以上项目30个``; ``新引进4家世界500强企业``
    → ``引进世界500强企业``)."""
    verb = verb_of_count(before)
    if verb.endswith(_FOUNDING_VERBS) and name.endswith(_PEOPLE_ENDS):
        return name  # 组建25名区领导领衔的专班: a team is founded, not the people who lead it (fx18f)
    return (name_before(verb + name) or name) if verb else name


#: Verbs that found a body, and people, whom they never found (``组建25名区领导领衔的专班``): fx18f.
_FOUNDING_VERBS = ("组建", "成立", "设立", "组成")
_PEOPLE_ENDS = ("领导", "干部", "专家", "人员", "党员", "委员")


#: A currency alone after an amount, closing its clause (``4.8万亿元人民币，``; ``人民币贷款`` is a noun): fx18f.
_CURRENCY_AFTER = re.compile(r"(?:人民币|美元|欧元|港元|港币|日元)(?:[，,。；;、）)]|$)")

#: ``后`` right after an amount, closing its clause: "once it is added", no noun.
_THEN_AFTER = re.compile(r"(?:以|之)?后(?:[，,。；;]|$)")
#: A time word closing the noun after a count, its verb cut off after it (``2万个各类充电桩年度建设任务``):
#: when, not what.
_TIME_TAIL = re.compile(r"(?<=..)(?:年度|全年|年内|当年)$")


@lru_cache(maxsize=4096)  # a pure function of the words, read again for many figures
def name_after(text: str) -> str:
    """The noun that follows a number's unit (``个老旧小区完成改造`` → ``老旧小区``), or ""."""
    text = _CJK_BLANK.sub("", text).lstrip()  # 120名 驻村: a blank after the unit opens nothing
    if _THEN_AFTER.match(text):
        return ""  # 调入资金0.9亿元后，财力合计…: "after" it, a time word, names nothing
    if _CURRENCY_AFTER.match(text):
        return ""  # 生产总值4.8万亿元人民币，增长…: the currency the amount is in, no noun (fx18f)
    text = _AFTER_HEAD.sub("", text).split("——")[0]  # 其中有8家为制造业企业: what they are
    if lex.GROWTH_WORDS.search(text[:5]) and text[:1] != "“" or lex.PREDICATE_AFTER.match(text) or lex.CHANGE_TO.match(text):
        return ""  # 三年正增长: the words after say how it grew, not what (a quoted title's 稳增长 names: fx18d)
    if lex.COMPARE.match(text) or text.startswith(lex.SAME_RATE):
        return ""  # 260.1亿元同比（下同）增长6.1%: a comparison opens the figure's growth, it names nothing
    stop = lex.AFTER_STOP.search(text, 1)
    if stop is not None:
        event = next((e for e in lex.COUNTED_EVENT_NOUNS.finditer(text) if e.start() < stop.start()), None)
        # 省级重点新开工项目9月底前…, 新开工项目尽快开工: a stop inside an event noun is none; the event noun
        # closes the name
        text = text[: event.end()] if event is not None else text[: stop.start()]
    text = lex.FORCE_FRAME_END.sub("", text)
    ordinal = lex.CLASS_ORDINAL_INSIDE.search(text, 2)
    if ordinal is not None:
        text = text[: ordinal.start()]  # 74例确诊病例温州首个“全治愈”: a first of a class of places names nothing (fxa75b)
    stop = lex.PREDICATE_AFTER.search(text, 2)
    if stop is not None:
        text = text[: stop.start()]
    if len(text) >= 6 and text[-4] == text[-2] and lex.PAIRED_PREDICATE.fullmatch(text[-4:]):
        text = text[:-4]  # 14名医护人员援鄂援济, 重点区域落点落图: an A-B-A-C phrase is a predicate
    text = lex.OWN_SCOPE_END.sub("", lex.LOCATIVE_END.sub("", _TIME_TAIL.sub("", text)))
    said = lex.QUOTED_PREDICATE.search(text)
    if said is not None:
        text = text[: said.start()]  # 12项审批事项“一网通办”: the quoted slogan says what was done to them
    cut = lex.TRAIL_COMPARISON.search(text)
    if cut is not None and cut.start() >= 2:
        text = lex.LOCATIVE_END.sub("", text[: cut.start()])  # 18项主要指标中有15项: among them
    counted = lex.COUNTED_RATE.match(text) or lex.COUNTED_OWNER.match(text) or lex.COUNTED_MEASURE.match(text)
    if counted is not None:
        text = counted["units"]  # 218家规上企业复工率达到98.5%, 10个传统制造业规上企业利润增长: the count is of the units
    return normalize(text)


def entered_name(noun: str, predicate: str) -> str:
    """A bare counted noun named by what the things did or entered (``项目`` + ``建成投产`` →
    ``建成投产项目``; ``列入省重点项目`` reads as it stands: the noun is in it already)."""
    return normalize(predicate if predicate.endswith(noun) else predicate + noun)


def name_of_clause(text: str) -> str:
    """The thing a figure-less clause is about (``推动公共充电桩安装建设`` → ``公共充电桩``)."""
    # 收入1007.6亿元，突破千亿大关，增长11.2%: the amount again (the growth is the amount's);
    # 地区生产总值首次迈上千亿台阶: the thing that passed it
    text = lex.LOST_DIGITS_AMOUNT.sub("", text)  # 地区生产总值实现.5亿元: the amount lost its digits
    caused = lex.CAUSE_AFTER_SUBJECT.search(text, 2) if not lex.CAUSE_ONLY.fullmatch(text) else None
    if caused is not None:
        text = text[: caused.start()]  # 居民消费价格受…食品价格结构性上涨拉动: the subject, not its cause
    passed = lex.MILESTONE_CLAUSE.sub("", text)
    # 全年实现本地生产总值突破千亿元，达1037.69亿元: the milestone's subject, its lead and time words gone (fxa26)
    text = strip_lead(without_time(passed)) if passed != text else passed
    text = lex.INNER_SCOPE_HEAD.sub("", lex.SCOPE_HEAD.sub("", lex.SCOPE.sub("", lex.COMPARE.sub("", text))))  # 全县粮食总产量与上年持平
    cut = lex.CLAUSE_COMPARISON.search(text, 2)
    if cut is not None:
        text = text[: cut.start()]  # 增幅持续高于全国、全省 → 增幅
    text = lex.CLAUSE_OPENS.sub("", lex.LIST_NUMBER.sub("", text))  # （一）关于经济增长类指标，共5项
    ended = lex.CLAUSE_END.sub("", text)
    if ended != text:
        ended = without_time(ended)  # 地区生产总值上半年由负转正: how it went then, the time no part of the name (fx18d)
    return normalize(_head_of_list(ended)) if len(ended) >= 2 else ""


def time_way_clause(text: str) -> bool:
    """A figure-less clause saying only how a time went (``三、四季度加快恢复``): it names nothing (fx18d)."""
    ended = lex.CLAUSE_END.sub("", text)
    return ended != text and not without_time(ended)


def task_of_clause(text: str) -> str:
    """The indicators a figure-less clause before a task names (``…削减率等约束性指标，确保完成省政府下达的
    任务`` → ``约束性指标``; ``主要污染物减排指标，…`` → ``主要污染物减排``), or "" when it names no
    indicators or targets."""
    text = strip_lead(without_time(text))
    label = lex.TARGET_CLASS_LABEL.fullmatch(text)
    if label is not None:
        return label.group()  # 约束性指标：全面完成国家、省下达目标任务: the class the label names (aside33 conv. 2)
    if lex.TASK_SUBJECT_END.search(text) is None:
        return ""
    listed = lex.LISTED_TASKS.search(text)
    if listed is not None:
        return normalize(listed["head"])  # a list of examples before the head that names them
    return lex.TASK_NAME_END.sub("", name_before(text))


def own_place_names(region: str) -> tuple[str, ...]:
    """How a report names its own place inside a figure's name: the last unit of its region
    (``莆田市荔城区`` → ``荔城区``) and, for a district, county or city, its short name (``荔城``,
    ``临川市`` → ``临川``: taken before a total of the whole place alone, ``without_place``)."""
    province = lex.OWN_PROVINCE.match(region or "")
    if province is not None:
        return province["full"], province["short"]  # 广东进出口: the province's short name, a scope
    m = lex.OWN_PLACE.search(region or "")
    one = lex.ONE_CHAR_PLACE.search(region or "") if m is None or re.search("[省市州盟]", m["short"][1:]) else None
    if one is not None:
        return (one["full"],)  # 十堰市房县 → 房县: a county of one character, no short name
    if m is None:
        return ()
    return (m["full"], m["short"]) if m["suffix"] in ("区", "县", "旗", "市") else (m["full"],)


def without_place(name: str, places: tuple[str, ...]) -> str:
    """A name without the report's own place (a scope, as ``全区`` is, or ``县域内`` in a county's
    report: ``lexicon.INNER_SCOPE_HEAD``): at its head when a name
    of four characters or more is left — the short name only before a total of the whole place
    (``lexicon.REGION_WIDE``: ``荔城地区生产总值`` → ``地区生产总值``) — and at its end
    (``省实验室余杭`` → ``省实验室``)."""
    inner = lex.INNER_SCOPE_HEAD.match(name)
    if inner is not None and (not places or places[0].endswith(inner["level"])):
        name = name[inner.end() :]  # 县域内公交线路总里程 (a county's own scope; a county's 区内… is a zone's)
    for place in places:
        at = name.find(place)
        if at > 0 and lex.PARENT_PLACES.fullmatch(name, 0, at):
            name = name[at:]  # 包头市青山区地区生产总值: the place written with its parents
        hedged = lex.PLACE_HEDGE.match(name, len(place)) if name.startswith(place) else None
        if hedged is not None and len(name) - hedged.end() >= 2:
            return name[hedged.end() :]  # 贵州将确保完成生产总值: the place's resolve, as 全省将确保 (aside59 conv. 4)
        rest = name[len(place) :]
        if name.startswith(place) and lex.PLACE_WHOLE_SCOPE.match(rest) and len(rest) >= 4:
            return rest[2:]  # 贵州全省地区生产总值, 甘肃全省夏粮播种面积: the place and its whole, one scope (au2)
        if name.startswith(place) and rest.startswith("地区") and len(rest) >= 5 and not rest.startswith(lex.REGION_WIDE):
            return rest[2:]  # 北京地区进出口总额: the own place and its 地区, one scope (real_aside56 convention 3)
        whole = len(rest) >= 4 or rest in lex.REGION_WIDE  # 临沂GDP: a total of the place, however short
        if name.startswith(place) and whole and (place == places[0] or rest.startswith(lex.REGION_WIDE)):
            return rest  # a short name only before a total of the whole place: 临江湾文旅街区 is a name
        if name.endswith(place) and len(name) - len(place) >= 2:
            return name[: -len(place)]
    return name


def subject_of_clause(text: str) -> str:
    """The sector a figure-less clause says went well (``服务业较快增长`` → ``服务业``), or ""."""
    text = _BLANKS.sub("", text)  # 其中 汽车产业支撑有力: a stray blank splits no word
    m = lex.CLAUSE_SUBJECT.match(strip_lead(lex.SCOPE.sub("", without_time(text))))
    return m["subj"] if m is not None else ""


def carry_verb(name: str, previous: str, alike: bool = False, direct: bool = False, people: bool = False) -> str:
    """The next item of a list takes the verb of the item before (``申报国家级引才工程58人、
    省级引才工程61人`` → ``申报省级引才工程``) when it opens with a level (``lexicon.LIST_LEVEL``):
    such an item is a noun phrase that the verb governs too. A lead word never carries. With
    ``alike`` (an item that is a noun alone in a clause of its own, ``引入省外内资41.2亿元，市外内资
    42.46亿元，外资5117万美元``) the verb carries to a noun closing in the head of the verb's object
    (资): another source of the same thing (tests/real_aside12 convention 5)."""
    verb = lex.ACTION.match(previous) or lex.ENTERED_INTO.match(previous)
    if verb is None and people and lex.RECRUIT_VERB.match(previous) is not None and len(name) >= 2:
        # 招聘急需紧缺项目团队2个、博士30人: a hiring verb carries as if written before the item, and goes before
        # people it sends or hires as there (``LEAD_SENT``: 招聘技术人员 → 技术人员; settled, round 17, fxa75b)
        return strip_lead(lex.RECRUIT_VERB.match(previous).group() + name)
    if verb is None or verb.group() in lex.LEAD or lex.ACTION.match(name) or lex.STATE_OPENING.match(name):
        return name
    obj = previous[verb.end() :]
    whole = lex.COMPLETE_NAME.search(name)  # 利用外资, 实际使用外资: an indicator of its own, not a source
    if alike and len(name) >= 2 and len(obj) >= 2 and name[-1] == obj[-1] and name != obj and not name.startswith("总") and (
        whole is None or whole.start() < 2
    ):
        return verb.group() + name
    # 培育营收百亿楼宇19幢、税收亿元楼宇32幢: an item of the same head noun as the verb's object is another
    # kind of that thing, governed by the same verb (tests/real_aside29)
    # (``direct``: the verb's count right after its object; ``培育国家高新技术企业预计达165家、雏鹰企业177家``
    # lists stocks reached, real's hedong-2024, and the verb stays with its own item)
    same_head = direct and len(name) >= 4 and len(obj) >= 4 and name[-2:] == obj[-2:] and name != obj
    # 引进顶尖人才团队2个、博士100人、硕士4500人: a verb of recruiting carries to the people its list counts
    # (``people``: the item counted in people; round 17, real_aside72 convention 5)
    recruited = people and lex.RECRUIT_VERB.fullmatch(verb.group()) is not None and len(name) >= 2
    return verb.group() + name if not alike and (lex.LIST_LEVEL.match(name) or same_head or recruited) else name


def list_items(subject: str, count: int) -> list[str]:
    """The names of a list before ``分别`` (``A、B和C``), split so that there are ``count`` of them
    where the text allows: at every separator, else at ``、`` alone (``机器人及智能装备、新材料
    产业产值``: 及 joins inside a name), else at ``和``/``及``/``与`` alone."""
    subject = lex.LOST_SEPARATOR.sub("、", subject)  # 地区生产总值全社会固定资产投资: a lost 、
    cls = _CLASS_AFTER_EXAMPLES.search(subject) if count > 1 else None
    if cls is not None and len(examples := [normalize(n) for n in re.split(r"、", subject[: cls.start()]) if n]) == count:
        return examples  # 太阳能电池、新能源汽车等新产品分别增长…: one value per example, the class goes (aside64 c. 5)
    for separators in (r"和|、|及|与", r"、", r"和|及|与"):
        items = [normalize(n) for n in re.split(separators, subject) if n]
        if separators == r"和|及|与" and any("、" in n for n in items):
            continue  # 交通运输和仓储业、信息传输和软件业…: an item holding a 、 is two items, never one (au1)
        if len(items) == count and not any(_two_names(n, items) for n in items):
            return items
    parts = [n for n in subject.split("、") if n]
    last = parts[-1] if parts else ""
    joined = max(last.rfind(c) for c in lex.LAST_ITEM_JOINS) if len(parts) == count - 1 >= 2 else -1
    if joined >= 2 and len(last) - joined - 1 >= 2:
        # 批发和零售业、…、房地产业和其他服务业增加值: 和 inside the items' names, and the last 和 joins the
        # list's last two items (round 17 audit au1)
        return [normalize(n) for n in (*parts[:-1], last[:joined], last[joined + 1 :])]
    return [normalize(n) for n in _LIST_JOIN.split(subject) if n]


#: The class a list of examples belongs to, after 等 (``…等新产品``, ``…等行业``).
_CLASS_AFTER_EXAMPLES = re.compile(r"等[\u4e00-\u9fff]{0,4}?(?:产品|行业|产业|领域|商品|品种|门类)$")


def _two_names(item: str, items: list[str]) -> bool:
    """An item that is two names joined by 、/和/及/与: two complete indicator names (``固定资产投资和
    社会消费品零售总额``, ``lexicon.COMPLETE_NAME``) or two words shaped like another item of the list
    (``第一产业、第二产业和第三产业``): two items, never one name for one figure."""
    parts = _LIST_JOIN.split(item)
    if len(parts) < 2 or any(len(p) < 2 for p in parts):
        return False
    others = [n for n in items if n != item]
    return all(lex.COMPLETE_NAME.search(p) for p in parts) or all(any(_alike(p, n) for n in others) for p in parts)


def _alike(x: str, y: str) -> bool:
    """Two words of one length sharing at least half their characters in place (第二产业 ∥ 第一产业)."""
    return len(x) == len(y) and x != y and 2 * sum(a == b for a, b in zip(x, y, strict=True)) >= len(x)


def share_list_parts(names: list[str]) -> list[str]:
    """What the names of a list share with its last name (docs/FIGURES.md, lists):

    - parallel words (``人民币存款、贷款余额``: 存款 ∥ 贷款 → ``人民币存款余额``, ``人民币贷款余额``;
      ``规上工业企业利税总额、利润总额`` → ``规上工业企业利润总额``): the first name's head and
      the last name's tail are shared;
    - a head of ``lexicon.LIST_HEADS`` closing the last name closes the others
      (``化学需氧量、二氧化硫排放量`` → ``化学需氧量排放量``), a count of the list before it goes
      (``汽车、电子信息两大产业产值`` → ``汽车产业产值``, ``电子信息产业产值``), in a list of any
      length (``化学需氧量、氨氮、二氧化硫排放量``), but not a name complete on its own
      (``lexicon.COMPLETE_NAME``: ``地区生产总值、规上工业增加值``).
    """
    firm = _FIRM_MEASURE_TAIL.search(names[-1]) if len(names) >= 2 else None
    if firm is not None and all(n.endswith("企业") and len(n) >= 4 for n in names[:-1]):
        # 民营企业、外商投资企业利润分别增长…: each type of firm, the same measure (fxp67)
        return [n + firm["m"] for n in names[:-1]] + [names[-1]]
    age = _AGE_CLASS.match(names[-1]) if len(names) >= 2 and "岁" in names[-1] else None
    if age is not None and age.end() < len(names[-1]) and all(_AGE_CLASS.fullmatch(n) for n in names[:-1]):
        # 0-17岁、18-34岁、60岁及以上户籍人口分别为…: age classes, each the last's noun (real_pass10 conv. 12, fx18b)
        return [n + names[-1][age.end() :] for n in names[:-1]] + [names[-1]]
    tail = _CONTRIBUTION_TAIL.search(names[-1]) if len(names) >= 2 else None
    if tail is not None and tail.start() >= 1 and not any(_CONTRIBUTION_TAIL.search(n) for n in names[:-1]):
        # 消费、投资、净出口对经济增长的贡献率分别为…: each item's contribution to the aggregate (fxp67)
        return [n + tail.group() for n in names[:-1]] + [names[-1]]
    per = lex.PER_OUTPUT_HEAD.match(names[0]) if len(names) >= 2 else None
    if per is not None and len(names[0]) > per.end() and all(len(n) >= 2 and lex.PER_OUTPUT_HEAD.match(n) is None for n in names[1:]):
        # 每亿元产值综合能源消费量、耗电量: the output every item is measured per opens the first only (fxa52)
        return [names[0]] + [per.group() + n for n in names[1:]]
    if len(names) >= 2 and all(_same_place_kind(n, names[-1]) for n in names[:-1]):
        # 甲镇、乙镇、丙镇农业总产值: places of one kind share the whole rest, not only a head (fxgen12)
        return [n + names[-1][len(n) :] for n in names[:-1]] + [names[-1]]
    if len(names) == 2 and not lex.LEVEL_ONLY.fullmatch(names[0]):  # 国家级、省级龙头企业: see extract._shared_head
        first, last = names
        head = next((h for h in lex.LIST_HEADS if last.endswith(h) and first.endswith(h)), "")
        x, y = first[len(first) - len(head) - 2 : len(first) - len(head)], last[:2]
        if len(first) > len(head) + 2 and len(last) == len(head) + 2 and parallel_words(x, y):
            return [first, first[: len(first) - len(head) - 2] + last]  # 企业利税总额、利润总额
        x = first[-2:]
        # the first name's rest before the parallel word is a word of its own, not a character cut from a word
        # (猕猴桃、核桃品牌价值: 猴桃 ∥ 核桃 by a character, but 猕 alone heads nothing)
        # a pollutant is one word (二氧化硫和化学需氧量排放量: 化硫 ∥ 化学 by a character, no pair; fxp12)
        whole = lex.POLLUTANT.fullmatch(first) is not None
        if len(last) > 2 and parallel_words(x, y) and not whole and not lex.COMPLETE_NAME.search(first) and len(first) != 3:  # not 实际利用外资、外贸进出口
            return [first + last[2:], first[:-2] + last]  # 人民币存款、贷款余额; 进口、出口总额
    whole = names[-1]
    if len(names) >= 2 and all(_opens_parallel(n, whole) for n in names[:-1]):
        # 大、中、小型企业工业增加值; 规模以上、规模以下工业增加值: each item stands for the last's opening
        # and takes its whole rest, not only the head (round 17 audit au1)
        return [n + whole[len(n) :] for n in names[:-1]] + [whole]
    last = lex.LIST_COUNT.sub("", names[-1])
    written = lex.INDUSTRY_HEAD.search(last)  # 战略性新兴产业、高技术制造业工业产值: 工业产值 written whole
    # the head leaves at least a word before it, or one character when every item is one (肉、蛋、奶总产量)
    least = min(2, *(len(n) for n in names[:-1])) if len(names) > 1 else 2
    head = written.group() if written else next((h for h in lex.LIST_HEADS if last.endswith(h) and len(last) >= len(h) + least), "")
    cls = last[: len(last) - len(head)][-2:] if head and not written and not head.startswith(lex.HEAD_CLASS_WORDS) else ""
    if cls in lex.HEAD_CLASS_WORDS and len(last) >= len(head) + 2 + least:
        head = cls + head  # 钢铁、建材行业主营业务收入: the class word goes with the head to every trade (fxgen12)

    stem = last[: len(last) - len(head)] if head else ""

    def borrows(name: str) -> bool:  # a level alone (省、市重点项目投资) takes the whole rest instead
        if len(stem) >= 2 and name.startswith(stem) and len(name) > len(stem):
            return False  # 借贷户数和借贷余额: a measure of its own of the same thing (round 17 audit au1)
        return not name.endswith(lex.LIST_HEADS) and not lex.COMPLETE_NAME.search(name) and not lex.LIST_LEVEL.fullmatch(name)

    if len(names) < 2 or not head or not any(borrows(n) for n in names[:-1]):
        return names
    def borrowed(name: str) -> str:
        # 金融业、房地产业增加值: an item that is a sector (…业) takes the measure, not 产业 cut from 房地产业 (au1)
        sector = lex.SECTOR_SUBJECT.search(name) or name.endswith("业")
        return head[2:] if sector and head.startswith(lex.HEAD_CLASS_WORDS) else head

    return [n + borrowed(n) if borrows(n) else n for n in names[:-1]] + [last]


#: A firm type's measure closing a list's last item (``民营企业、外商投资企业利润``: each type's profit).
_FIRM_MEASURE_TAIL = re.compile(r"(?<=..企业)(?P<m>利润总额|利润|利税总额|利税|营业收入|主营业务收入)$")
#: An age class (``0-17岁``, ``18至34岁``, ``60岁及以上``, ``14岁以下``).
_AGE_CLASS = re.compile(r"\d{1,3}(?:[-—–~～至]\d{1,3})?(?:周)?岁(?:及?以[上下])?")
#: A contribution to a named aggregate's growth closing a list's last item (``…对经济增长的贡献率``).
_CONTRIBUTION_TAIL = re.compile(r"对[\u4e00-\u9fffA-Z]{1,10}?增长的?贡献率$")


def _same_place_kind(name: str, last: str) -> bool:
    """``甲镇`` ∥ ``丙镇农业总产值``, ``东城区`` ∥ ``西城区工业增加值``: a place's name of two to five characters
    closing on a suffix of ``lexicon.LIST_PLACE_SUFFIXES`` that the last item's opening closes on too, a measure
    after it (not the same place)."""
    n = len(name)
    return (2 <= n <= 5 and name[-1] in lex.LIST_PLACE_SUFFIXES and len(last) >= n + 2 and last[n - 1] == name[-1]
            and last[:n] != name and not lex.COMPLETE_NAME.search(name))


def _opens_parallel(name: str, last: str) -> bool:
    """``大`` ∥ ``小型企业…``, ``规模以上`` ∥ ``规模以下工业…``: one character of a size or a sector
    (``lexicon.ONE_CHAR_ITEM``), or a word the last opens with save its closing bound (``lexicon.BOUND_PAIRS``)."""
    if len(name) == 1:
        return len(last) >= 3 and lex.ONE_CHAR_ITEM.fullmatch(name) is not None and lex.ONE_CHAR_ITEM.match(last) is not None
    n = len(name)
    return n >= 3 and len(last) > n + 1 and name[:-1] == last[: n - 1] and name[-1] + last[n - 1] in lex.BOUND_PAIRS


def parallel_words(x: str, y: str) -> bool:
    """Two words of two characters that differ in one and share the other (存款 ∥ 贷款, 利税 ∥ 利润)."""
    return len(x) == len(y) == 2 and x != y and (x[0] == y[0] or x[1] == y[1])


#: ``已`` before a fund's flow verb closing a name (``…投资已下达``): the step is named without it.
_DONE_FLOW_END = re.compile("(?<=..)已(?=(?:" + "|".join(lex.FUND_FLOW_VERBS) + ")$)")


@lru_cache(maxsize=4096)  # a pure function of the words, read again for many figures
def normalize(text: str) -> str:
    """The canonical spelling of an indicator phrase."""
    text = lex.SOURCE_NOTE.sub("", lex.FOOTNOTE_MARK.sub("", fold(text))).strip("，、。；：,;: —").removesuffix("的").removesuffix("等")
    text = lex.LIST_COUNT_END.sub("", text)  # 能耗、碳排放两项指标: the count of the list
    if "大" in text:  # 信息服务业三大优势行业增加值: the list's count and class before its shared measure (fx18g)
        text = lex.LIST_CLASS_BEFORE_MEASURE.sub("", text)
    if text[:1] in "这此上" and (pointer := lex.DEMONSTRATIVE_COUNT.match(text)) is not None:
        text = text[pointer.end("pronoun") :]  # 这三项指标总量: the count stays, 这 goes
    count = lex.LIST_COUNT.search(text)
    if count is not None and "、" in text[: count.start()] and count.start() > 0 and text[count.start() - 1] != "、":
        # 甲、乙及丙三大产业产值 (one value over the list): the list's count goes, as before a shared head (fxa75b)
        text = text[: count.start()] + text[count.end() :]
    text = lex.EQUIVALENT_SCOPE.sub("", text)  # 相当于全市生产总值的比例: the scope goes
    text = lex.OWN_PLACE_HEAD.sub("", text)  # 本市外贸出口总额, 在沪的跨国公司地区总部: the own place goes
    if text.startswith("（") and "）" not in text:
        text = text[1:]  # （GDP增长4%: a bracket the page opened and never closed
    if text.endswith("）") and "（" not in text:
        text = text[:-1]
    if text.endswith("等指标"):
        text = text[:-3]
    firms = lex.CLASS_LIST_OF_FIRMS.match(text)
    if firms is not None:
        text = firms["level"] + firms["head"]  # 市级以上专精特新、瞪羚企业等冠军企业 → 市级以上冠军企业
    level = lex.BRACKETED_LEVEL.search(text)
    if level is not None:
        text = with_level(level["level"], text[: level.start()])  # 固定资产投资（区本级） → 区本级固定资产投资
    if "已" in text:  # 市政府固定资产投资已下达70%: the fund's flow step, 已 no part of it (real_aside56 convention 5)
        text = _DONE_FLOW_END.sub("", text)
    while True:  # 收入预计可 (分别达…): modal and flag words closing a list's subject go
        short = lex.FLAG_END.sub("", lex.MODAL_END.sub("", text))
        if short == text:
            return text
        text = short


def with_context(name: str, previous: str, parallel: bool = True) -> str:
    """Complete a generic or elliptic name from the previous indicator in the sentence.

    ``增速`` after ``实际利用外资`` → ``实际利用外资增速``; ``增加值占GDP比重`` after
    ``民营经济增加值`` → ``民营经济增加值占GDP比重``; a bare value takes its owner (``总产量``
    after ``粮食播种面积``), a level alone, a parallel word or a group alone takes the rest of
    the name before (``国家级`` after ``市级“专精特新”企业``, ``出栏`` after ``牛存栏``,
    ``城镇居民`` after ``居民人均可支配收入``); without ``parallel`` (a name opened by ``新增``, a new
    amount of a thing of its own: ``专项债…，新增国债…``) no parallel word is read.
    """
    if not previous or not name or name == previous:
        return name
    if name[-1] in "模量速幅" and (counted := lex.COUNTED_BACK_NAME.fullmatch(name)) is not None:
        name = counted["head"]  # …141.8亿元，三项指标规模保持中心城区第1: the head of the indicator before (fx18a)
    if previous.endswith(name) and lex.ACTION.fullmatch(previous[: -len(name)]):
        return name  # 引进总部企业12家，累计认定总部企业86家: the stock is the thing itself
    if previous.endswith(name) and previous.endswith(lex.LIST_AMOUNTS) and not name.endswith(lex.LIST_AMOUNTS):
        return name  # 年度计划投资131.53亿元，全年完成投资109.54亿元: the investment done
    if name in ("总量", "总数", "占") or previous.endswith(name) and len(name) < 4:
        return previous  # 新增经营主体8.6万户，总量突破52万户: the total of the same thing
    if name in lex.GENERIC_HEADS:
        return without_head(previous) + name  # 增速 after 实际利用外资 (after GDP总量: GDP增速)
    own_share = lex.OWN_SHARE.fullmatch(name)
    if own_share is not None:
        # 第一产业增加值占GDP的比重为29.7%，所占比重比上年提高0.8个百分点: the share before (real_pass4, fxp45)
        return previous if previous.endswith(lex.SHARE_HEADS) else without_head(previous) + own_share["head"]
    if name.startswith("占") and name.endswith("总数") and name[1:-2].endswith(previous):
        return name  # 有18个指标…，占指标总数的60%: the share of the things' own total names itself (aside32 conv. 2)
    if name.startswith("占") and len(name) > 3:
        # 占地区生产总值比重 after 服务业增加值: the share of that; after its rate (服务业增加值增速快于…，占GDP的比重)
        # the amount's share, not the rate's (round 17 audit au1)
        return (without_head(previous) if previous.endswith(lex.RATE_HEADS) else previous) + name
    certified = lex.CERTIFIED.fullmatch(previous) if name in lex.AREA_HEADS else None
    if certified is not None:
        return certified["thing"] + name  # 绿色食品认证43个、生产面积1.4万亩: the certified food's area
    owned = with_owner(name, previous)
    if owned != name:
        return owned  # 粮食播种面积86.5万亩，总产量35.2万吨
    measure = next((m for m in lex.OWNER_MEASURES if previous.endswith(m) and len(previous) > len(m) + 1), "")
    kind = previous[: -len(measure)] if measure else ""
    if kind and name.endswith(kind) and len(name) > len(kind) and not name.endswith(lex.OWNER_MEASURES):
        return name + measure  # 其中制造业增加值增长8.2%，高技术制造业增长15%: a kind of it, the same measure
    if kind.endswith("企业") and len(kind) > 3 and name.endswith("企业") and len(name) > 3 and measure.startswith(("利润", "利税", "税金", "营业收入")):
        return name + measure  # 国有控股企业利润增长3.1%，股份制企业增长12.2%: another type of firm, the same measure (fxp67)
    parts = _AND_OR_COMMA.split(name)
    if all(part in lex.GENERIC_HEADS for part in parts):
        return previous + name  # 投资180亿元、增长78.5%，总量、增速均居全市第1
    if len(parts) > 1 and parts[0] in lex.GENERIC_HEADS and parts[0] not in previous.removesuffix(parts[0]):
        # 地区生产总值增长6.9%，增速和经济总量均排名…: the generic head opening the list takes the
        # indicator before (once: 地区生产总值增速 before it gives 地区生产总值增速和经济总量)
        return previous.removesuffix(parts[0]) + name
    own = lex.OWN_LEVEL.fullmatch(name)
    level = lex.LEVEL.fullmatch(name)
    before = lex.OWN_LEVEL.match(previous) or lex.LEVEL_AT_HEAD.match(previous) or lex.LEVEL.match(previous)  # 省级以上创新平台…，其中国家级2个
    if (level is not None or own is not None) and before is not None and len(previous) > before.end():
        return name + previous[before.end() :]  # 市级“专精特新”企业38家、国家级2家
    if (level is not None or own is not None) and (lex.LEVEL.fullmatch(previous) or lex.OWN_LEVEL.fullmatch(previous)):
        return name  # 其中国家级5家，省级20家: a level after a level alone, no 省级国家级
    if level is not None or own is not None:
        # 增长2.4%（区本级1976.7亿元…）, 认定高新技术企业120家，其中国家级30家: that level's part of the
        # thing before
        return with_level(name, previous)
    # a sector written whole is no parallel word (第二产业增长6%，其中工业增长6.5%: 工业, not 第二工业)
    sector = lex.SECTOR_SUBJECT.search(name) is not None and lex.SECTOR_SUBJECT.search(previous) is not None
    if parallel and len(name) == 2 and len(previous) > 2 and parallel_words(previous[-2:], name) and previous[-1] == name[-1] and not sector:
        return previous[:-2] + name  # 牛存栏8.6万头、出栏4.2万头
    group = next((g for g in lex.GROUP_WORDS if name.endswith(g)), "")
    at = previous.find(group) if group else -1
    alone = len(name) <= len(group) + 2 or name.endswith(previous[: at + len(group)])  # 城镇常住居民 after 常住居民…
    if group and alone and 0 <= at <= 4 and len(previous) > at + len(group):
        return name + previous[at + len(group) :]  # 居民人均可支配收入…，其中城镇居民5.1万元、农村居民2.3万元
    if name in lex.POPULATION_PARTS and previous.startswith(lex.GROUP_OPENINGS):
        return name + previous  # 居民人均可支配收入…，其中城镇40000元: the town's part of it
    for k in range(min(len(name), len(previous)) - 1, 2, -1):
        head = name[:k]
        # 增加值增速 after 规模以上工业增加值: an elliptic name opens with the measure the name before
        # closes in; one that opens with a thing (风电装机总规模 after 并网风电装机) is a name of its own
        if previous.endswith(head) and len(previous) > k and head.endswith(lex.OWNER_MEASURES):
            if previous[:-k].endswith(("、", "，", ",")):
                return name  # 新兴产业、高新技术产业产值…，高新技术产业产值占…比重: one of the list, named whole
            return previous[: -k] + name
    return name


def with_level(level: str, name: str) -> str:
    """``name`` at ``level`` (``区本级`` + ``固定资产投资``): the level opens the noun, after the verb
    opening the name if any (``创建示范村`` → ``创建省级示范村``)."""
    run = _verb_run(name, first=True)
    opens = run is not None and (run[0] == 0 or run[0] == 1 and lex.NEW_EVENT.match(name) is not None)  # 新开工
    at = run[1] if run is not None and opens else 0
    return name[:at] + level + name[at:]


def with_object(name: str, previous: str) -> str:
    """A verb alone takes the object of the name before, which opens with a verb (``下放行政审批事项56项，
    取消63项`` → ``取消行政审批事项``); the caller checks both count in one unit (``发放各类救助2.26亿元，
    惠及14.56万人次``: people, not the aid). A step of a fund's flow alone after another of the same fund
    (``lexicon.FUND_FLOW_VERBS``: ``某专项借款授信…，当年使用…`` → ``某专项借款使用``) takes the fund. Any other
    name is returned as it is."""
    run = _verb_run(previous) if lex.ACTION.fullmatch(name) else None
    if run is not None and run[0] == 0 and len(previous) - run[1] >= 2:
        return name + previous[run[1] :]
    flow = next((v for v in lex.FUND_FLOW_VERBS if previous.endswith(v) and len(previous) - len(v) >= 2), "")
    if flow and name in lex.FUND_FLOW_VERBS and name != flow:
        return previous[: -len(flow)] + name  # 某专项借款授信87.5亿元，当年使用45.74亿元: the loan's use
    return name


def sector_share(name: str, previous: str) -> str:
    """Another sector's share after a sector's share of a measure (``采矿业增加值占比…，特别是煤炭开采和洗选业占比为…``
    → ``煤炭开采和洗选业增加值占比``; round 18, fx18a); else ``name``."""
    if not name.endswith(("业占比", "业比重")) or len(name) <= 4 or not previous.endswith(name[-2:]):
        return name
    whole = previous.removesuffix(name[-2:])
    measure = next((m for m in lex.OWNER_MEASURES if whole.endswith("业" + m)), "")
    return name[:-2] + measure + name[-2:] if measure else name


def without_head(name: str) -> str:
    """A name without the generic head closing it (``地区生产总值增速`` → ``地区生产总值``)."""
    own = next((h for h in lex.GENERIC_HEADS if name.endswith(h) and len(name) > len(h)), "")
    return name[: len(name) - len(own)]


def with_owner(name: str, previous: str, bare: tuple[str, ...] = lex.BARE_MEASURES) -> str:
    """A bare value (``lexicon.BARE_MEASURES``) takes the owner of the measure before it
    (``总产量`` after ``粮食播种面积`` → ``粮食总产量``; in a list ``规模以上工业总产值、增加值`` →
    ``规模以上工业增加值``; a list passes ``lexicon.LIST_BARE_MEASURES``: ``…、利税`` → ``规上工业利税``);
    any other name is returned as it is."""
    if name not in bare:
        return name
    owner = next((m for m in lex.OWNER_MEASURES if previous.endswith(m) and len(previous) > len(m)), "")
    return _joined(previous[: -len(owner)], name) if owner else name


def _joined(owner: str, name: str) -> str:
    """An owner and a measure that opens with the owner's last word join once (``商品房销售`` +
    ``销售额`` → ``商品房销售额``, not ``商品房销售销售额``); any other pair is written one after the other."""
    overlap = next((k for k in range(len(name) - 1, 1, -1) if owner.endswith(name[:k]) and len(owner) > k), 0)
    return owner + name[overlap:]


def with_firm_owner(name: str, previous: str) -> str:
    """A company measure alone (``lexicon.LIST_BARE_MEASURES``) after a measure of a class of firms by size
    (``lexicon.FIRM_CLASS_OWNER``) is those firms' (``利税`` after ``规模工业增加值`` → ``规模工业利税``);
    any other name is returned as it is."""
    if name not in lex.LIST_BARE_MEASURES:
        return name
    measures = sorted({*lex.OWNER_MEASURES, *lex.LIST_BARE_MEASURES}, key=len, reverse=True)
    owner = next((previous[: -len(m)] for m in measures if previous.endswith(m) and len(previous) > len(m)), "")
    firms = lex.FIRM_CLASS_FIRMS.match(previous) if not owner else None
    owner = firms.group() if firms is not None and len(previous) > firms.end() else owner  # …企业全员劳动生产率…，利润总额…
    return owner + name if owner and lex.FIRM_CLASS_OWNER.match(owner) else name


def with_scope(name: str, previous: str) -> str:
    """A sibling after its first inherits its scope (``lexicon.SIBLINGS``): ``贷款余额`` after
    ``金融机构人民币存款余额`` → ``金融机构人民币贷款余额``; ``农村`` after ``城镇居民人均可支配收入``
    → ``农村居民人均可支配收入``."""
    if not previous or len(name) > 8 or len(previous) <= len(name):
        return name
    for word, other in _SIBLING_PAIRS:
        at = name.find(word)
        if at < 0:
            continue  # every rule below needs the word in the name
        head, tail = name[:at], name[at + len(word) :]
        if previous.endswith(head + other + tail) and len(previous) > len(head + other + tail):
            scope = previous[: len(previous) - len(head + other + tail)]
            if word[0] + other in lex.BOTH_WORDS and scope.endswith(word[0]):
                return name  # 进口总值 after 外贸进出口总值: that 出口 is half of 进出口, no sibling
            return scope + name  # …各项存款余额，各项贷款余额
        rest = previous[len(other) :]
        if name == word and len(word) >= 4 and rest in lex.GENERIC_HEADS:
            continue  # 第一产业增速提高1.1个百分点；第二产业增长2.5%: the sector's own growth, not a rate's change
        if name.startswith(word) and previous.startswith(other) and rest.startswith(tail) and len(rest) > len(tail) + 1:
            return name + rest[len(tail) :]  # 农村 after 城镇居民人均可支配收入 → 农村居民人均可支配收入
    return name


#: Every ordered pair of siblings (``lexicon.SIBLINGS``), in the table's order: built once, not at each name.
_SIBLING_PAIRS = tuple((w, o) for group in lex.SIBLINGS for w in group for o in group if w != o)


__all__ = [
    "carry_verb", "flags_at", "flags_in", "fold", "list_items", "name_after", "name_before",
    "name_of_clause", "normalize", "time_way_clause", "own_place_names", "share_list_parts", "strip_lead", "strip_trail",
    "subject_of_clause", "task_of_clause", "verb_of_count", "with_context", "with_firm_owner", "with_object", "with_owner", "without_head", "with_scope",
    "with_verb_of_count", "with_level",
    "without_place", "without_verb", "without_time",
]


# ------------------------------------------------------------ name hygiene (round 21, fxhyg)

#: A number cut by a blank, a line break or a lost digit at a name's end (``生产总值4``,
#: ``地区生产总值实现.5亿元``, ``地区生产总值3.12万亿``): never part of a name. Only after a Chinese
#: character or a closing quote/bracket (``PM2.5``, ``5G`` stay: a Latin letter holds them).
_CUT_NUMBER_END = re.compile(
    r"(?<=[\u4e00-\u9fff”’）)])[.．]?\d[\d.．,，]*(?:%|‰|[万亿]{0,2}(?:" + lex.CUT_NUMBER_UNITS + r")?)$"
)
#: A preposition left by a cut number (``中国百强区排名由38位`` → ``中国百强区排名``).
_CUT_NUMBER_PREP = re.compile(r"(?:由|从|自|比|较)$")
#: A page's footnote mark after a name (``“四上”单位[1]``).
_FOOTNOTE_END = re.compile(r"(?:\[\d{1,2}\]|［\d{1,2}］|〔\d{1,2}〕)$")
#: A number with its unit opening a name (``8%左右一般公共预算收入``, ``12项任务完成量``): the value of
#: another clause; not a class (``10亿元以上龙头企业``, ``500强企业``, ``5G基站``).
_NUMBER_HEAD = re.compile(
    r"^\d[\d.]*(?:%|‰|[万亿]{0,2}(?:" + lex.CUT_NUMBER_UNITS + r"))(?:左右)?(?![的以强级\dA-Za-z])(?=[\u4e00-\u9fff“])"
)
#: Stray marks opening a name (``.财政收入``: a list number's dot).
_MARK_HEAD = re.compile(r"^[.．·、，,；;：:]+")


def _manner_end(name: str) -> int:
    """Length of a manner word (``name_words.MANNER``: an adverb or adjective of jieba's dictionary)
    ending ``name``, 0 if none or if a longer dictionary word of another class ends it
    (``name_words.SHIELD``)."""
    for n in (6, 5, 4, 3):
        if len(name) > n and name[-n:] in SHIELD:
            return 0
    for n in (4, 3, 2):
        if len(name) >= n and name[-n:] in MANNER:
            return n
    return 0


#: What the digit and mark rules above need in a name (a fast test: most names hold none of these).
_HYGIENE_MARKS = re.compile(r"[\d.．·、，,；;：:\[［〔]")
#: The last characters of the manner words: a name ending in none of them keeps its end.
_MANNER_LAST = frozenset(w[-1] for w in MANNER)


#: A name needs a letter: a Chinese character, a Latin letter or a digit (``[`` names nothing).
_LETTER = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def _reduplicated_end(name: str) -> int:
    """2 if ``name`` ends in a reduplicated character pair of manner (``双双``, ``齐齐``: both, all
    together), else 0."""
    return 2 if len(name) >= 2 and name[-1] == name[-2] and "\u4e00" <= name[-1] <= "\u9fff" else 0


def hygienic(name: str, places: tuple[str, ...] = ()) -> str:
    """A name a reader would accept without the page (docs/NAMES-GENERALISATION.md, round 21):
    no cut number or footnote mark at its end and no value of another clause at its head
    (``生产总值4`` → ``生产总值``, ``城镇居民人均可支配收入达到7`` → ``城镇居民人均可支配收入``,
    ``8%左右一般公共预算收入`` → ``一般公共预算收入``), no adverb or adjective as its last word
    (``居民消费价格温和`` → ``居民消费价格``, ``“四上企业”率先`` → ``“四上企业”``), no report's own
    place at its head (``without_place``), and no name that is a manner word alone (``双双`` → "")."""
    if not name:
        return name
    before = name
    while (state := lex.STATE_END.search(name)) is not None:  # 市重点项目累计, 营业收入有望破: no state word ends it
        name = strip_trail(name[: state.start()]) or name[: state.start()]
    if "预" in name:
        name = lex.MODAL_BEFORE_MEASURE.sub("", name)  # 交通网预期投资: the modal goes
    if _HYGIENE_MARKS.search(name) is not None:  # most names hold no digit and no mark: nothing to cut
        name = _MARK_HEAD.sub("", lex.MARKUP_TAG.sub("", name) if "[" in name else name)  # [/b]: markup names nothing
        name = _FOOTNOTE_END.sub("", name)
        cut = _CUT_NUMBER_END.search(name)
        if cut is not None and cut.start() >= 2:
            name = _CUT_NUMBER_PREP.sub("", name[: cut.start()])
            name = strip_trail(name) or name  # 达到7: the verb of the lost value goes too
            name = strip_lead(name) or name  # 实现地区生产总值3.12万亿: the value's verb before it too
        head = _NUMBER_HEAD.match(name)
        if head is not None and len(name) - head.end() >= 2:
            name = name[head.end() :]
    elif name[-1] not in _MANNER_LAST and not _reduplicated_end(name) and name not in MANNER and _LETTER.search(name):
        return name  # no manner word can end it (speed only: the rules below would keep it)
    while (n := _manner_end(name) or _reduplicated_end(name)) and len(name) - n >= 2:
        name = strip_trail(name[:-n]) or name[:-n]
    if name in MANNER or _reduplicated_end(name) == len(name) or not _LETTER.search(name):
        return ""  # 双双, 明显, [: how (two) indicators moved or a stray mark, naming none
    if name != before and places:
        name = without_place(name, places)
    return name
