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

from drafter.figures import lexicon as lex


def fold(text: str) -> str:
    """Fold spellings: ``PM 2.5`` → ``PM2.5``, half-width brackets → full-width, no spaces."""
    for pattern, repl in lex.SPELLINGS:
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




def strip_lead(text: str) -> str:
    """Remove leading flag, time and scope words (``全年力争实现技术合同成交额`` → ``技术合同成交额``).

    A list item's number (``1.地区生产总值增长5.5%左右；``) goes too.
    """
    text = lex.LIST_NUMBER.sub("", text)
    while text:
        m = lex.LEAD_RE.match(text)
        if m is None:
            break
        text = text[m.end() :]
    return text


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
        m = lex.TRAIL_RE.search(text)
        if m is not None:
            text = text[: m.start()]
            changed = True
    return text


def name_before(text: str) -> str:
    """The indicator named by the words before a number (may be "")."""
    text = lex.COMPARE.sub("", lex.TIME.sub("", text))
    text = lex.SCOPE.sub("", text)
    rate = re.search(r"、([^、]+(率|比重|比例|占比))$", text)
    if rate is not None:
        text = rate.group(1)  # 整体签约、入驻率超90%: a rate names itself
    text = text[:1] + lex.INNER_FLAGS.sub("", text[1:])
    text = lex.SCOPE_HEAD.sub("", strip_trail(strip_lead(strip_trail(text))))
    done = _last(re.finditer(r"实现|完成|达到", text))
    if done is not None and done.end() < len(text) - 1 and done.start() > 0:
        subject, obj = text[: done.start()], text[done.end() :]
        sector = len(obj) <= 4 and not obj.startswith("的") and not lex.ACTION.search(subject)
        if sector and not _form_droppable(subject) and lex.SECTOR_OBJECTS.fullmatch(obj):
            text = subject + obj  # 工业实现增加值 → 工业增加值: the sector names the value
        elif _subject_droppable(subject) or len(obj) >= 5 and not obj.startswith("的"):
            text = obj  # 202家规模以上工业企业实现总产值 → 总产值; 首都机场完成旅客吞吐量 → 旅客吞吐量
        elif sector:
            text = subject + obj  # 电子信息产业实现产值 → 电子信息产业产值
    plain = re.sub(r"（[^（）]*）|\([^()]*\)|“[^“”]*”", lambda m: "　" * len(m.group()), text)
    last = _last(lex.ACTION.finditer(plain))
    owner = last is not None and last.start() > 0 and last.group() in lex.OWNED_VERBS and not _form_droppable(text[: last.start()])
    if last is not None and 0 < last.start() and last.end() < len(text) and _subject_droppable(text[: last.start()]) and not owner:
        text = text[last.start() - (text[last.start() - 1] == "新" and last.group() == "开工") :]  # 新开工亿元以上项目 keeps its 新
        if last.group() in lex.LEAD:
            text = strip_lead(text)  # 滚动实施市级重点项目 → 市级重点项目, as 实施… would read
    inner = _last(lex.INNER_BUILD.finditer(plain))
    if inner is not None and 0 < inner.start() and inner.end() < len(text) and _subject_droppable(text[: inner.start()]):
        text = strip_lead(text[inner.start() :])  # 开发区新建标准化厂房 → 标准化厂房
    text = re.sub(r"^(在|对(?!接)|为(?!民)|与|向|从(?!事)|把|将)", "", text)
    text = re.sub(r"^新(?=注册)|^新(?:设立|设|登记)(?=.)", "", text)
    return normalize(_head_of_list(text))


def _head_of_list(text: str) -> str:
    """``人均地区生产总值、…、登记失业率等重要经济社会发展指标`` → ``重要经济社会发展指标``:
    a name that lists examples before 等 is named by what follows."""
    at = text.rfind("等")
    if at >= 2 and len(text) - at - 1 >= 3 and text[at - 1] not in lex.DENG_WORDS and text[at + 1] != "化":
        text = text[at + 1 :]
    of = text.rfind("的")
    if of >= 4 and len(text) - of - 1 >= 4 and lex.RELATIVE_VERBS.search(text[:of]):
        # 现行标准下剩余的农村贫困人口, 列入专项行动的五个重点区域涉及人口: the head noun phrase
        text = lex.COUNT_HEAD.sub("", text[of + 1 :])
    return text


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - keep the last one
        pass
    return found


def _form_droppable(subject: str) -> bool:
    """A subject that by its form says nothing of what is counted (各街道, 为153家企业, 全区)."""
    return bool(re.search(r"\d", subject)) or subject[0] in "为对与在向从把将“各全我本" or subject.startswith(lex.PREPOSITIONS)


def _subject_droppable(subject: str) -> bool:
    """A subject before the verb that says nothing about what is counted (各街道, 为153家企业).

    A prepositional opening (``围绕集成电路、生物医药两大主导产业引进链上企业``) is not the
    subject either.
    """
    return (
        len(subject) <= 3
        or bool(re.search(r"\d", subject))
        or subject[0] in "为对与在向从把将“"
        or subject.startswith(lex.PREPOSITIONS)
    )


def name_after(text: str) -> str:
    """The noun that follows a number's unit (``个老旧小区完成改造`` → ``老旧小区``), or ""."""
    text = re.sub(r"^(?:的|内|之内)", "", text).split("——")[0]
    if lex.GROWTH_WORDS.search(text[:5]):
        return ""  # 三年正增长: the words after say how it grew, not what
    stop = lex.AFTER_STOP.search(text, 1)
    if stop is not None:
        text = text[: stop.start()]
    said = lex.QUOTED_PREDICATE.search(text)
    if said is not None:
        text = text[: said.start()]  # 12项审批事项“一网通办”: the quoted slogan says what was done to them
    cut = lex.TRAIL_COMPARISON.search(text)
    return normalize(text[: cut.start()] if cut is not None and cut.start() >= 2 else text)


def name_of_clause(text: str) -> str:
    """The thing a figure-less clause is about (``推动公共充电桩安装建设`` → ``公共充电桩``)."""
    text = lex.COMPARE.sub("", text)
    text = re.sub(r"^(推动|推进|加快|实施|开展|加强|持续|深入|积极|全面|做好|抓好)+", "", text)
    text = re.sub(r"(安装|建设|工作|改造|提升|推进)+$", "", text)
    return normalize(_head_of_list(text)) if len(text) >= 2 else ""


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
    if name in ("总量", "总数") or previous.endswith(name):
        return previous  # 新增经营主体8.6万户，总量突破52万户: the total of the same thing
    if name in lex.GENERIC_HEADS or name.startswith("占") and len(name) > 3:
        return previous + name  # 占地区生产总值比重 after 服务业增加值: the share of that
    for k in range(min(len(name), len(previous)) - 1, 2, -1):
        head = name[:k]
        if previous.endswith(head) and len(previous) > k:
            return previous[: -k] + name
    return name


def with_scope(name: str, previous: str) -> str:
    """A sibling after its first inherits its scope (``lexicon.SIBLINGS``): ``贷款余额`` after
    ``金融机构人民币存款余额`` → ``金融机构人民币贷款余额``; ``农村`` after ``城镇居民人均可支配收入``
    → ``农村居民人均可支配收入``."""
    if not previous or len(name) > 8 or len(previous) <= len(name):
        return name
    for group in lex.SIBLINGS:
        for word, other in ((w, o) for w in group for o in group if w != o):
            at = name.find(word)
            head, tail = name[: max(at, 0)], name[at + len(word) :]
            if at >= 0 and previous.endswith(head + other + tail) and len(previous) > len(head + other + tail):
                return previous[: len(previous) - len(head + other + tail)] + name  # …各项存款余额，各项贷款余额
            rest = previous[len(other) :]
            if name.startswith(word) and previous.startswith(other) and rest.startswith(tail) and len(rest) > len(tail) + 1:
                return name + rest[len(tail) :]  # 农村 after 城镇居民人均可支配收入 → 农村居民人均可支配收入
    return name


__all__ = [
    "flags_at", "flags_in", "fold", "name_after", "name_before",
    "name_of_clause", "normalize", "strip_lead", "strip_trail", "with_context", "with_scope",
]
