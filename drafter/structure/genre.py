"""What a document of the plan-report family is, read from its title or its content.

The family (DESIGN.md, issue 9) holds more than the two-part report:

========== ============================================================ ==================
kind       what it is                                                   its parts' roles
========== ============================================================ ==================
report     计划执行情况与…计划草案的报告 (both parts)                         execution, plan
execution  …年国民经济和社会发展计划执行情况 (part 一 alone)                  execution
plan       关于下达…年…计划的通知 / …年国民经济和社会发展计划 / 主要预期目标   plan
review     a people's congress's 审查结果/审查意见/决议 on the report     execution, plan
========== ============================================================ ==================

Each title form is a row of ``TITLES`` (a pattern and how its years read), tried in order.
A document whose title says nothing is judged by its content: outcome words (完成, 同比,
预计…) against target words (力争, 左右, 目标…). ``OTHER_GENRES`` names the documents that
look alike but are not of the family (统计公报, 预算报告, 政府工作报告…), so a refusal can
say what was found instead. A news item about a meeting on the report (a byline such as
``网讯（记者…）``/``编辑：…`` or a dateline, and the meeting's or a survey's narrative, ``会议指出``,
``主持会议``, ``委员会召开会议``, ``率调研组``) is refused as news even when it names the report's full
title (``news_item``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.numerals import arabic_years
from drafter.periods import PERIODS
from drafter.structure.patterns import (
    _PLAN_OF,
    _YEAR,
    CHAPTER_RE,
    CHROME_RE,
    GOVERNMENT,
    PART_RE,
    REST_TASKS,
    TITLE_HEAD,
    TITLE_RE,
)
from drafter.structure.places import PLACE_WORDS

Kind = str  # "report" | "execution" | "plan" | "review"

#: A people's congress acting on the report: its committee's 审查结果/审查意见, or the
#: congress's resolution (…计划的决议, 决定批准…报告) — the kind ``review``.
REVIEW_RE = re.compile(r"审查(?:结果|意见|报告)|审议(?:意见|结果报告)|(?:财政经济|财经)委员会(?:关于)?|的决议$|决定[，,]?批准|批准(?:这个|该|此)报告")
_PERIOD = PERIODS + "?"
#: A place written after the year and period (关于2015年上半年慈溪市国民经济和社会发展计划执行情况).
_PLACE_AFTER = rf"(?P<place>{PLACE_WORDS})?"
_EXECUTION_TITLE = re.compile(
    rf"{TITLE_HEAD}(?P<y>{_YEAR})年(?:度)?{_PERIOD}{_PLACE_AFTER}(?:国民经济、社会发展|{_PLAN_OF})计划"
    # the half-year report on the plan and the budget together (…国民经济、社会发展计划和财政预算执行情况): the plan's
    # execution is reported (round 17 fxa75); the budget of a level (区级, 县本级) too (round 30, fxgen14)
    rf"(?:[和与及](?:[市区县州省旗]?本级|[市区县州省旗]级)?(?:财政)?预算)?{_PERIOD}(?:主要指标)?的?(?:执行|完成)情况"
)  # 关于2021年上半年…计划的执行情况: 的 before 执行情况 (real_aside30, fxa30)
_PLAN_TITLE = re.compile(
    rf"{TITLE_HEAD}(?:下达)?(?P<y>{_YEAR})年(?:度)?"
    # a place after the year (2008年某某市国民经济和社会发展计划), as the other titles allow
    # a gazetteer's section on the year's plan (``2003年计划的编制与执行``: real_aside61 convention 1)
    rf"(?:{_PLACE_AFTER}{_PLAN_OF}计划(?:[（(]?草案[）)]?)?(?:目标|安排)?(?:的通知|的报告|的决议|的?(?:审查|审议)(?:结果)?的?(?:报告|意见)"
    rf"|的?(?:编制|制定)(?:与|和|及)(?:执行|实施))?(?:$|》)|{_PLAN_OF}(?:主要)?(?:预期)?目标(?!(?:的)?(?:完成|执行|实现)情况)"
    # a plan's table of indicators as its title (…国民经济和社会发展主要计划指标, …计划主要指标表;
    # not …主要指标 alone, which a statistics bureau publishes of outcomes)
    rf"|(?:国民经济[和与]社会发展|经济社会发展)(?:计划(?:主要)?|(?:主要)?(?:计划|预期))指标表?(?:$|》))"
)
#: A report on the economy over part of a year, titled without 计划 (``2016年上半年经济社会发展情况的
#: 报告``, ``某县2016年1-6月国民经济和社会发展情况``): a government's mid-year report to its
#: congress, measured against the year plan — an execution report, its second part perhaps named
#: (…情况和下半年工作安排的报告). The whole line is the title
#: (a place, its government and 关于 before the year at most), never a sentence or a headline.
_PERIOD_REPORT_TITLE = re.compile(
    rf"^(?P<region>(?:[\u4e00-\u9fff]{{1,16}}?(?:省|市|区|县|旗|乡|镇){GOVERNMENT}?)?(?:关于)?)(?P<y>{_YEAR})年"
    rf"{PERIODS}{_PLACE_AFTER}(?:全[省市区县旗]|本[省市区县])?"
    rf"(?:国民经济[和与]社会|经济[和与]?社会)(?:事业)?发展(?:工作)?(?:情况|形势)(?:{REST_TASKS})?(?:的)?(?:报告)?$"
)
#: How a two-part title joins its parts (…执行情况与2022年…计划草案).
_JOINED = r"(?:与|和|及|暨|以及)"
#: A committee's review naming both years' plans, the second a draft, in words a copy reordered
#: (``关于2025年国民经济和社会发展计划和2026年国民经济和社会发展计划草案执行情况的审议结果报告``, a spun copy of
#: ``…计划执行情况与2026年…计划草案的审查结果报告``): the review of the two-part report (real_aside62 convention 1).
_BOTH_PLANS_REVIEWED = re.compile(
    rf"{TITLE_HEAD}(?P<y1>{_YEAR})年(?:度)?{_PLAN_OF}计划{_JOINED}(?P<y2>{_YEAR})年(?:度)?{_PLAN_OF}计划[（(]?草案[）)]?"
    r"(?:的?(?:执行|完成)情况)?的?(?:审议|审查)(?:结果|意见)"
)
_ISSUED_PLAN = re.compile(rf"{TITLE_HEAD}(?:下达|印发|转发)《?(?P<y>{_YEAR})年(?:度)?[\u4e00-\u9fff]{{0,14}}计划")


@dataclass(frozen=True)
class TitleMatch:
    """A title of the family: its kind, years, and the words before its first year."""

    kind: Kind
    year: int
    plan_year: int
    region: str
    start: int
    cut: bool = False  # a two-part title cut after the second year (…执行情况与2016年国民经济)


def read_title(text: str, *, sentence: bool = False) -> TitleMatch | None:
    """The family title in ``text`` (spaces removed), or None.

    In a ``sentence`` (not a title line) a plan is named only as a document: quoted
    (``《…2022年国民经济和社会发展计划》``) or issued (``下达/印发…计划``), never by a
    passing ``2024年主要预期目标``.
    """
    text = arabic_years(text)  # 二〇〇九年 → 2009年, four characters for four
    m = TITLE_RE.search(text)
    review = REVIEW_RE.search(text) is not None
    if m is not None and sentence and m["place"]:
        m = None  # as below: a place after the year is a title's form, not a sentence's
    if m is not None:
        kind = "review" if review else "report"
        return TitleMatch(kind, int(m["y1"]), int(m["y2"]), m["place"] or m["region"], m.start())
    m = _BOTH_PLANS_REVIEWED.search(text) if review else None
    if m is not None and int(m["y2"]) == int(m["y1"]) + 1:
        return TitleMatch("review", int(m["y1"]), int(m["y2"]), m["region"], m.start())
    m = _EXECUTION_TITLE.search(text)
    if m is not None and sentence and m["place"]:
        m = None  # a sentence names the report region first; the place after the year is a title's form
    if m is not None:
        y = int(m["y"])
        # the next year's part named after it, cut before 计划草案 (…执行情况与2016年国民经济): both parts
        # 执行情况与2017计划的报告: the plan year written without its 年 before 计划 (real_aside56, fx18g)
        both = re.match(rf"{_JOINED}{y + 1}(?:年|(?=计划|国民经济))", text[m.end():]) is not None
        kind = "review" if review else "report" if both else "execution"
        return TitleMatch(kind, y, y + 1, m["place"] or m["region"], m.start(), cut=both)
    m = None if sentence else _PERIOD_REPORT_TITLE.search(text)
    if m is not None:
        y = int(m["y"])
        return TitleMatch("execution", y, y + 1, m["place"] or m["region"], m.start())
    m = _ISSUED_PLAN.search(text) or _PLAN_TITLE.search(text)
    if m is not None and sentence and not (m.re is _ISSUED_PLAN or m.group().endswith("》")):
        m = None
    if m is not None:
        y = int(m["y"])
        place = m.groupdict().get("place") or m["region"]
        return TitleMatch("review" if review else "plan", y - 1, y, place, m.start())
    return None


#: An opening announcing both parts in words of its own (``就我区2007年的发展改革情况和2008年国民经济和社会发展
#: 计划安排作说明``): the year's state of affairs and the next year's plan, joined — a two-part report.
_ANNOUNCED_BOTH = re.compile(
    rf"(?P<y1>{_YEAR})年(?:度)?的?[\u4e00-\u9fff]{{0,12}}?(?:情况|成效|工作){_JOINED}(?P<y2>{_YEAR})年(?:度)?{_PLAN_OF}计划(?:安排|草案|[（(]草案[）)])"
)


def announced_report(text: str) -> TitleMatch | None:
    """The two-part report an opening sentence announces without its title's words, or None."""
    m = _ANNOUNCED_BOTH.search(arabic_years(text))
    if m is None or int(m["y2"]) != int(m["y1"]) + 1:
        return None
    return TitleMatch("report", int(m["y1"]), int(m["y2"]), "", m.start())


#: A sentence presenting the plan (draft) of a year as the document itself (``现向大会书面报告某区2021年国民经济和
#: 社会发展计划草案，请予审议``, ``现将2021年…计划（草案）提请…审议``), naming no execution before it: a plan alone,
#: even when its part 一 reviews the year before (real_aside13 convention 3).
_PRESENTED_PLAN = re.compile(
    rf"(?:现(?:向|将|把|就)|提请)(?:(?!情况|执行|完成)[\u4e00-\u9fff]){{0,16}}?(?P<y>{_YEAR})年(?:度)?{_PLACE_AFTER}{_PLAN_OF}计划"
    rf"(?:[（(]?草案[）)]?)?(?=[，,。；]|提请|请予|报告如下)"
)
#: A page opening on a year's main targets, no title above them (``2021年全镇经济和社会发展的主要目标是：…``):
#: the plan of that year alone (real_aside13 convention 2); only as the page's first line, since a
#: report's part 二 says the same in passing.
_OPENING_TARGETS = re.compile(
    rf"^(?P<region>{PLACE_WORDS})?(?P<y>{_YEAR})年(?:度)?(?:[全本我][省市区县旗州盟乡镇])?{_PLAN_OF}的?"
    r"主要(?:预期)?(?:目标|指标)(?:是|为|如下)?[：:]"
)


#: A notice's opening sentence whose title the page lost: the year's plan approved (or issued) and the
#: notice announced on it (``…会议通过决议，批准我市2023年国民经济和社会发展计划。现将有关事项通知如下``,
#: ``现将2023年国民经济和社会发展计划下达给你们``) — a plan notice, the plan of that year (real_aside33
#: convention 1). A report or a 政府工作报告 never announces a notice to its addressees.
_NOTIFIED_PLAN = re.compile(
    rf"(?:(?:批准|通过|审议通过|审查批准)(?:了)?(?:[我本全][省市区县旗州盟])?(?P<y>{_YEAR})年(?:度)?{_PLACE_AFTER}{_PLAN_OF}计划"
    rf"(?:[（(]?草案[）)]?)?[^。；]{{0,12}}?[。，,；]\s*现(?:将|就|把)[^。]{{0,20}}?(?:通知如下|(?:印发|下达|转发)(?:给)?你们)"
    rf"|现(?:将|把)《?(?P<place0>{PLACE_WORDS})?(?P<y2>{_YEAR})年(?:度)?(?P<place2>{PLACE_WORDS})?{_PLAN_OF}计划(?:[（(]?草案[）)]?)?》?[^。，]{{0,12}}?(?:印发|下达|转发)(?:给)?你们)"
)


def notified_plan(text: str) -> TitleMatch | None:
    """The plan a notice's opening sentence approves or issues to its addressees (``批准我市2023年…计划。
    现将有关事项通知如下``, ``现将2023年…计划下达给你们``), when the page lost the notice's title; None else."""
    m = _NOTIFIED_PLAN.search(arabic_years(text))
    if m is None:
        return None
    y = int(m["y"] or m["y2"])
    return TitleMatch("plan", y - 1, y, m["place"] or m["place0"] or m["place2"] or "", m.start())


#: A page stored from inside a plan part (no title, notice, opening or heading): its first line opens on the
#: plan year's guideline (``2024年是…的关键一年``), and a line after it proposes that year's main targets
#: (``建议2024年全旗经济社会发展主要预期目标确定为：``): an excerpt of the plan part, its year the plan year
#: minus one (real_aside44 convention 4). A 政府工作报告 names its targets by ``今年``, not by a proposal.
_GUIDELINE_OPENING = re.compile(rf"^(?P<y>{_YEAR})年(?:度)?是")
_PROPOSED_TARGETS = r"(?:建议|提出|拟定|拟将)(?:[全本我][省市区县旗州盟乡镇])?{y}年(?:度)?[\u4e00-\u9fff]{{0,16}}?主要(?:预期)?(?:目标|指标)(?:确定|安排|设定)?(?:是|为|如下)"


def plan_part_excerpt(texts: list[str]) -> tuple[int, int] | None:
    """The plan year of a page stored from inside its plan part (``texts``: its first lines, the first
    one its opening): the year of the guideline it opens on, when a line after it proposes that year's
    main targets (year, plan year); None else. Such a page is an excerpt: no kind is read."""
    if not texts:
        return None
    m = _GUIDELINE_OPENING.match(arabic_years(texts[0]))
    if m is None:
        return None
    proposed = re.compile(_PROPOSED_TARGETS.format(y=m["y"]))
    if not any(proposed.search(arabic_years(t)) for t in texts):
        return None
    y = int(m["y"])
    return y - 1, y


def presented_plan(text: str, *, opening: bool = False) -> TitleMatch | None:
    """The plan alone a sentence presents as the document (现向大会报告…计划草案), or, when ``text`` is
    the page's ``opening`` line, the year's main targets it opens on; None otherwise."""
    text = arabic_years(text)
    m = _PRESENTED_PLAN.search(text) or (_OPENING_TARGETS.match(text) if opening else None)
    if m is None:
        return None
    y = int(m["y"])
    return TitleMatch("plan", y - 1, y, next((v for v in (m.groupdict().get("region"), m.groupdict().get("place")) if v), ""), m.start())


#: Years a report names relative to the day it is delivered (``将今年上半年…计划执行情况报告如下``,
#: ``现将去年…执行情况和今年…计划草案报告如下``): the offset from the delivery year.
RELATIVE_YEARS: tuple[tuple[str, int], ...] = (
    ("前年", -2), ("去年", -1), ("上年", -1), ("今年", 0), ("本年", 0), ("当年", 0), ("明年", 1), ("来年", 1),
)
_RELATIVE_YEAR = re.compile("(?<![\\d〇○零一二三四五六七八九十])(" + "|".join(w for w, _ in RELATIVE_YEARS) + ")(?=度|" + PERIODS + "|[\u4e00-\u9fff]{0,12}计划)")


#: A part of the year named with no year (关于上半年…计划执行情况): the year of its delivery.
_BARE_PERIOD = re.compile(r"(?<![\d年])(" + PERIODS + r")(?=[\u4e00-\u9fff]{0,16}计划)")


#: An execution report named by a sentence relative to its delivery, which no date gives a year
#: (``汇报我省上半年国民经济和社会发展计划执行情况``, ``作了《关于今年以来…计划执行情况的报告》``): its kind,
#: the year left to the user (real_aside8 convention 1).
UNDATED_EXECUTION = re.compile(
    rf"(?:(?:今年|本年)(?:以来|{PERIODS})?|(?<![\d年]){PERIODS})(?:以来)?{_PLAN_OF}计划(?:执行|完成)情况"
)


#: A press digest that lost its head opens on the speaker's report of part of the year
#: (``张韶春报告说,今年上半年,全省…``, ``某某在报告中指出，今年以来，…``): the execution report restated
#: (real_aside51 convention 1), when its words read as outcomes (``content_role``).
DIGEST_OPENING = re.compile(
    rf"^[\u4e00-\u9fff]{{2,4}}(?:在报告中|在会上)?(?:报告|介绍|指出)(?:说|称|指出)?[，,：:]"
    rf"(?:今年|本年)(?:以来|{PERIODS}|前\d{{1,2}}个?月)"
)


def digest_without_head(texts: list[str]) -> bool:
    """Does a page without a title open as a press digest of a report on part of the year, its
    paragraphs telling outcomes (``张韶春报告说,今年上半年,全省地区生产总值…增长8.6%``)?"""
    return bool(texts) and DIGEST_OPENING.match(texts[0]) is not None and content_role(texts) == "execution"


#: A half-year account stored from its first paragraph (``今年以来,本市…为完成全年目标任务奠定了良好基础``):
#: the page opens on the year to date and its own scope; lettered sections follow (real_aside56 convention 2).
ACCOUNT_OPENING = re.compile(r"^(?:(?:今年|本年)(?:以来)?|(?:今年)?上半年)[，,]?(?:本|全|我)(?:省|自治区|市|区|县|州|旗|盟)")
#: The half year's figures (``上半年地区生产总值增长6.8%``) and the year's targets measured against
#: (``高于年初预期目标``, ``完成年初计划的72.3%``): a report on part of the year, not part 一 of a year's.
_HALF_YEAR_FIGURE = re.compile(r"(?:上半年|1[-—－~～至]6月)[\u4e00-\u9fff]{2,16}(?:增长|下降|达到?|完成)\d")
_AGAINST_YEAR = re.compile(r"年初(?:预期目标|计划|目标)|全年(?:目标|计划)")


def account_without_head(texts: list[str]) -> bool:
    """Does a page without a title, delivery line or part heading open on the account of part of the year
    (``今年以来,本市…``), its first lettered section among the next lines, its words outcomes of the half year
    measured against the year's targets? Then it is an execution report's text (real_aside56 convention 2)."""
    if not texts or ACCOUNT_OPENING.match(texts[0]) is None:
        return False
    if not any(CHAPTER_RE.match(t) for t in texts[1:4]):
        return False
    joined = "".join(texts)
    return (
        _HALF_YEAR_FIGURE.search(joined) is not None and _AGAINST_YEAR.search(joined) is not None
        and content_role(texts) == "execution" and "预计全年" not in joined
    )


#: A meeting hearing a report on part of the year's plan or economic work, told by the page that restates it
#: (``…常委会第十次会议听取省人民政府关于今年上半年经济工作情况和下半年经济工作安排的报告``, ``…主任会议，听取关于
#: 某市2019年国民经济社会发展计划和市级财政预算上半年执行情况的汇报``): with five figures or more after it, a
#: digest of the execution report (FIGURES.md; real_aside59 convention 1); its year is the one it writes.
HEARD_PERIOD_REPORT = re.compile(
    rf"听取(?:了)?[^。；]{{0,24}}?关于(?:[^。；]{{0,16}}?(?P<y1>{_YEAR})年)?[^。；]{{0,20}}?(?:{PERIODS})"
    r"(?:[^。；]{0,6}?(?:执行|完成)情况|经济(?:运行|工作)情况)[^。；]{0,24}?的(?:报告|汇报)"
    # the head of government telling the meeting of the economy over part of the year, the report titled
    # without 计划 (``省长某某向会议报告了2018年上半年经济社会发展情况和下半年重点工作安排``): the same report
    # (real_aside64 convention 1)
    rf"|向(?:会议|大会)报告了?(?:(?P<y>{_YEAR})年)?(?:{PERIODS})(?:国民)?经济[和与]?社会发展(?:工作)?情况"
)
#: A digest's sentence on the report delivered at the meeting it tells (``受省政府委托,省发改委主任某某作了关于湖南省
#: 2014年上半年…计划执行情况的报告``): the document it restates, read wherever the news puts it.
DELIVERED_REPORT = re.compile(r"作了?《?关于[^。；]{4,60}?(?:执行|完成)情况的?(?:报告|汇报)")


def heard_period_digest(texts: list[str]) -> tuple[str, int | None]:
    """Does a page open on a meeting hearing a report on part of the year (``HEARD_PERIOD_REPORT``) and
    restate five or more of its figures, reading as outcomes? (the report as the sentence names it, or "";
    the year it writes or None)"""
    for i, text in enumerate(texts):
        m = HEARD_PERIOD_REPORT.search(arabic_years(text))
        if m is None or not re.search(r"计划|经济", m.group()):
            continue  # 上半年预算执行情况的报告: the budget's, not the plan's
        rest = [t for t in texts[i:] if FIGURE_MARK.search(t)]  # the paragraphs restating figures, not the meeting's asks
        # the first of them restates the account (a closing paragraph may give the rest of the year's targets)
        if len(FIGURE_MARK.findall("".join(rest))) >= DIGEST_FIGURES and content_role(rest[:1]) != "plan":
            written = m["y1"] or m["y"]
            return m.group(), int(written) if written else None
        return "", None
    return "", None


def dated(text: str, delivered_year: int) -> str:
    """``text`` with the years it names relative to its delivery (今年, 去年, 明年) written out,
    and a part of the year named alone (上半年) given the delivery's: a half-year report
    delivered in 2015 on 今年上半年 reports on 2015."""
    offset = dict(RELATIVE_YEARS)
    text = _RELATIVE_YEAR.sub(lambda m: f"{delivered_year + offset[m.group(1)]}年", text)
    return _BARE_PERIOD.sub(lambda m: f"{delivered_year}年{m.group(1)}", text)


#: Documents that look like the family and are not: (what it is, how its title reads).
OTHER_GENRES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("统计公报", re.compile(r"统计公报")),
    ("预算或决算报告", re.compile(r"预算(?:执行|草案|调整|报告)|决算")),
    ("政府工作报告", re.compile(r"政府工作报告")),
    ("审计工作报告", re.compile(r"审计工作报告|审计查出")),
    ("规划纲要", re.compile(r"规划纲要|五年规划")),
    ("部门工作总结", re.compile(r"工作总结|工作要点|述职报告")),
    ("新闻报道", re.compile(r"听取|调研|座谈会|视察|专题(?:会|研究)|召开")),
)


def other_genre(texts: list[str]) -> str:
    """What the title lines say the document is, when it is a known look-alike ("" if none).

    Only short lines are read (a title, a headline): a report's text may well mention a
    政府工作报告 or a 规划纲要 in passing. A look-alike whose title the page lost may still say what it
    is in its opening (``OTHER_OPENINGS``).
    """
    for text in texts:
        # a committee's own formula before its points (``会议对…计划和财政预算执行工作提出如下审议意见：``) is a
        # sentence of the review, not a title naming the budget (round 17 fxa75)
        if len(text) > 60 or REVIEW_OWN_FORMULA.search(text):
            continue
        text = CITED_GENRE.sub("", text)
        for name, pattern in OTHER_GENRES:
            if pattern.search(text):
                return name
    return other_opening(texts)


#: A look-alike cited as where the tasks come from (``按照市委经济工作会议部署和政府工作报告安排``, ``为落实…政府工作
#: 报告提出的工作目标``): a sentence of the text, not a title saying what the page is (real_aside33: a plan
#: notice's short paragraph).
CITED_GENRE = re.compile(
    r"(?:按照|根据|依据|落实|贯彻|对照|围绕)[^，,。；;]{0,24}?政府工作报告(?=[^，,。；;]{0,4}?(?:安排|部署|提出|确定|明确|要求|目标|任务))"
)


#: Openings of look-alikes, as (what it is, how its opening sentence reads): the head of a government
#: speaking for it to the congress on its work (``现在，我代表州人民政府，向大会报告工作``, ``我代表县人民政府向大会
#: 报告政府工作``), at any level of place — a 政府工作报告 even when the page lost its title (real_aside26
#: convention 6). A plan report is delivered on the government's behalf (``受…人民政府委托``) and reports
#: its plan, never ``工作`` alone.
OTHER_OPENINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("政府工作报告", re.compile(
        r"代表[^，,。；;]{0,24}?(?:人民)?政府[，,\s]*(?:向|对)?(?:本次)?(?:大会|会议)?"
        # 向大会报告政府工作, and the noun's form: 向大会作(政府)工作报告
        r"(?:(?:作|做)?报告(?:政府)?工作|(?:作|做)(?:政府)?工作报告)(?=[，,。；;\s]|请|$)"
        # its plan part setting the government's own work (``政府工作的总体要求是``): a plan report sets the
        # economy's and society's (aside35 shanxi-2017: a reprint's page of the year's 工作安排)
        r"|^政府工作的总体要求是"
    )),
)
#: A sentence delivering the report on the government's behalf (``受县人民政府委托``): a plan report's opening.
_ON_BEHALF = re.compile(r"受[^，,。；;]{0,24}?委托")


def other_opening(texts: list[str]) -> str:
    """What the opening sentence of the first lines says the document is, when a look-alike ("" if none)."""
    for text in texts:
        for sentence in re.split(r"(?<=[。！？；])", text):
            if _ON_BEHALF.search(sentence):
                continue
            for name, pattern in OTHER_OPENINGS:
                if pattern.search(sentence):
                    return name
    return ""


#: Documents about the report, not the report, even when they quote its full title: a head
#: line saying what it is of a quoted title (``关于《…计划草案》的解读``, ``图解：《…》``), or
#: the parts such a text is written in (``一、起草背景和过程``, ``三、出台目的``).
ABOUT_REPORT: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("报告解读", re.compile(
        r"》\s*(?:的)?(?:政策)?(?:解读|图解|问答)|(?:解读|图解)\s*[：:]\s*[《关]|一图(?:读懂|看懂|了解)|就《[^》]{4,}》答记者问"
        r"|\d{4}年.*(?:计划|报告|草案[）)]?)(?:的)?(?:政策)?解读$"
        r"|^[一二三四五六七八九十]{1,2}、\s*(?:起草(?:背景|依据|过程)|出台(?:背景|目的|依据))"
    )),
    # a standing committee's decision (or notice) to convene the congress, whose agenda names the
    # report in full (``关于召开某县第五届人民代表大会第二次会议的决定``): the meeting's, not the report
    ("召开人民代表大会会议的决定", re.compile(
        r"^关于召开[\u4e00-\u9fff]{0,30}?(?:人民代表大会|人大)[\u4e00-\u9fff]{0,20}?会议的(?:决定|通知|公告)$"
    )),
)


#: A report page's link to a text about it (``相关解读：…``, ``【政策解读】…``): not the page's title.
LINK_LABEL = re.compile(r"^[【\[]?(?:相关|政策|图文|视频|延伸)?(?:解读|链接|阅读|图解)[】\]]?\s*[：:】\]]|^相关")


def about_report(texts: list[str]) -> str:
    """What the opening lines say the document is, when it is a text about a report ("" if none).

    Only lines of a head's length are read: a report's paragraph may mention a 解读 in passing.
    """
    for text in texts:
        if len(text) > 100 or LINK_LABEL.match(text) or CHROME_RE.search(text):
            continue
        for name, pattern in ABOUT_REPORT:
            if pattern.search(text):
                return name
    return ""


#: A heading saying it interprets a quoted document (``解读《关于某区2022年…计划草案的报告》``, ``图解《…》``,
#: ``一图读懂《…》``, ``政策解读：《…》``), with no colon needed: the page's own heading when the page heads
#: itself with no family title of its own (a report page linking its 解读 in its chrome keeps its own title line).
INTERPRETATION_HEADING = re.compile(
    r"^[【\[]?(?:政策)?(?:解读|图解|一图(?:读懂|看懂|了解)|图读)[】\]]?\s*[：:]?\s*《(?P<quoted>[^》]{8,})》"
)
#: A news headline calling the page a 解读 of the report without quoting it (``【聚焦2026某某两会】计划报告解读``,
#: ``一图读懂计划报告``): the page's own heading when its opening quotes the family title it interprets
#: (real_aside62: a city paper's 解读 is not of the family).
INTERPRETATION_HEADLINE = re.compile(r"^(?:[【\[][^】\]]{1,24}[】\]])?[\u4e00-\u9fff]{0,12}(?:报告|计划)(?:解读|图解)$|^(?:一图(?:读懂|看懂)|图解)[\u4e00-\u9fff]{0,12}(?:报告|计划)$")
_QUOTED_DOC = re.compile(r"《([^《》]{8,80})》")


def _interpretation_headline(texts: list[str]) -> list[str]:
    """The headline line(s) calling the page a 解读 (``INTERPRETATION_HEADLINE``) in its first lines, when a paragraph
    soon after quotes a family title; [] else."""
    heads = [t for t in texts[:4] if len(t) <= 40 and INTERPRETATION_HEADLINE.match(t.replace(" ", ""))]
    if not heads:
        return []
    start = texts.index(heads[0])
    cited = any(read_title(m.group(1)) is not None for t in texts[start + 1 : start + 6] for m in _QUOTED_DOC.finditer(t))
    return heads if cited else []


#: How many lines of a page's head are read for its own title: below a site group's chrome.
HEAD_LINES = 120


#: An official's interpreting told by a signed item (``省发展改革委有关负责人对此进行了解读``, ``作了详细解读``).
INTERPRETED = re.compile(r"(?:进行|作|做)了?(?:详细|深入|权威|全面)?(?:的)?解读|解读了")
#: A paper's byline opening its item on a line of its own (``■ 某某日报记者 张某``, ``本报记者 李某``).
_PAPER_BYLINE = re.compile(r"^[■●▲◆□\s]*[\u4e00-\u9fff]{0,8}记者\s*[\u4e00-\u9fff·]{2,4}(?:\s|$)")
#: How many of a page's first lines a signed interpretation is read in.
SIGNED_LINES = 6


def _signed_interpretation(texts: list[str]) -> bool:
    """Is the page a signed item interpreting a family document it quotes inside a sentence, its headline
    lost (``■ 某某日报记者 某某`` / ``…《关于…计划执行情况与…计划草案的报告》(以下简称《计划报告》)提交…审查…
    有关负责人对此进行了解读``), restating fewer figures than a digest (real_aside65 convention 1)?"""
    lines = texts[:SIGNED_LINES]
    if not any(_PAPER_BYLINE.match(t) or (len(t) <= 40 and NEWS_BYLINE.search(t)) for t in lines[:3]):
        return False
    opening = "".join(lines)
    if not INTERPRETED.search(opening) or len(FIGURE_MARK.findall(opening)) >= DIGEST_FIGURES:
        return False
    return any(read_title(m.group(1)) is not None for t in lines for m in _QUOTED_DOC.finditer(t))


def interpretation_heading(texts: list[str]) -> str:
    """``报告解读`` when the page is headed as an interpretation of a family document it quotes
    (``解读《…计划执行情况与…计划草案的报告》``) and no line of its head is a family title standing
    alone (the report page's own, beside a chrome link to its 解读); "" else."""
    head = [t for t in texts[:HEAD_LINES] if len(t) <= 100]
    quoted = [t for t in head if (m := INTERPRETATION_HEADING.match(t)) and read_title(m["quoted"]) is not None]
    headline = not quoted
    if headline:
        quoted = _interpretation_headline(texts)
    if not quoted:
        return "报告解读" if _signed_interpretation(texts) and not any(read_title(t) for t in head[:SIGNED_LINES]) else ""
    own = [t for t in head if t not in quoted and "《" not in t and not CHROME_RE.search(t) and read_title(t) is not None]
    if headline:  # the 解读's own section headings (``2025年计划执行情况``) name no whole document
        own = [t for t in own if re.search(r"国民经济|经济社会|经济和社会", t)]
    return "" if own else "报告解读"


#: A news item's signs, as (what, pattern): a byline (or a dateline), and the narrative of a
#: meeting that took up the report. A page is a news item when its opening holds a byline and
#: tells at least two meeting moves (``会议指出``, ``主持会议``), whatever report it names.
NEWS_BYLINE = re.compile(r"(?:网讯|日讯|日电|讯)\s*[（(]\s*记者|消息\s*[（(][\u4e00-\u9fff·]{2,8}[)）]\s*[：:]|[网报台]讯|月\d{1,2}日电|(?:^|[（(【\[\s])(?:本报|本台|本网|本刊)?记者\s*[：:]|文\s*[/／]\s*图|图\s*[/／]\s*文|记者[\u4e00-\u9fff·]{1,8}\s*[)）]|新华社|通讯员|编辑[:：]\s*[\u4e00-\u9fff]{2,4}"
    # a newspaper's item reprinted on a site, signed on its record line (``来源:某某日报 发布时间:… 作者:某某``)
    r"|来源\s*[:：]\s*[\u4e00-\u9fff]{2,10}(?:日报|晚报|报)[^。，\n]{0,40}?作者\s*[:：]\s*[\u4e00-\u9fff·]{2,4}")
NEWS_NARRATIVE = re.compile(
    r"会议(?:指出|强调|认为|要求|听取|审议|研究审议|提出|决定|学习了|研究了|讨论了|审议了|审查了)"
    r"|主持(?:召开)?(?:会议|[^，。]{0,30}?会议)|进行初审|召开专题会议|(?:参加|出席|列席)(?:会议|审议)"
    r"|(?:会议|大会)在[^，。]{0,20}?(?:开幕|闭幕|召开)|宣布(?:大会|会议)(?:开幕|闭幕)"
    # a body meeting or a survey told as an event: 委员会召开会议, 财经委员会会议召开, 召开座谈会,
    # 率调研组…调研, 听取…汇报
    r"|(?<!主持)召开的?(?:第[一二三四五六七八九十百\d]{1,4}次)?(?:全体|常务|专题)?(?:会议|座谈会)|会议召开|听取(?:和|并)审[议查]|(?:率|组成)[^，。]{0,12}?(?:调研组|检查组|视察组)|专题调研"
    r"|听取[^，。]{0,40}?汇报|举行[^，。]{0,20}?会议|会议由[^，。]{0,20}?主持|会上(?:讲话|指出|强调|要求)"
    r"|实地(?:调研|察看|查看|考察)|(?:调研组|检查组|视察组|执法检查组)(?:一行)?(?:认为|指出|强调|要求|建议)"
    # a standing committee's group review told as an event: 会议分组审议了…, 组成人员认为/提出, 审议中，
    r"|分[组团](?:审议|审查|讨论)|(?:组成人员|委员们|代表们)(?:在审议中)?(?:普遍|一致)?(?:认为|提出|建议|表示|指出)|审议中[，,]"
    # a congress's delegations at work told by the paper (``分团审议…``, ``在各代表团审议现场``, round 17)
    r"|(?:审议|讨论)现场"
    # a survey's meeting told as an event: 在调研座谈会上，…等单位汇报了…，…作总结讲话 (aside34 zhanjiang-2022)
    r"|座谈会上[，,]|作总结讲话|等(?:单位|部门)(?:负责同志|负责人)?(?:分别)?汇报了"
    # a congress's delegations reviewing the reports told as an event: 各代表团分别…进行审查, 代表们踊跃发言
    r"|代表团(?:分别)?[^，。]{0,30}?(?:进行)?(?:审查|审议|讨论)|(?:代表们|大家)(?:踊跃发言|纷纷表示)"
    # a leader leading a survey in person, and the group visiting (``…副主任某某率队调研…``, ``调研组一行先后深入…``)
    r"|率队(?:调研|视察|检查|考察)|(?:调研组|检查组|视察组|考察组)一行(?:先后|深入|来到|实地|前往)"
)
#: A news item's dateline opening its text (``6月17日，…``, ``2月18号，…``, ``昨日上午，``): no report opens with a day.
NEWS_DATELINE = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:至(?:\d{1,2}月)?\d{1,2}[日号])?|[昨今前][日天]|近日|日前)(?:上午|下午|晚)?[，,]")


#: How far down a news item's dateline stands: below the site's greeting, its breadcrumb, the
#: headline and the date and editor line.
DATELINE_LINES = 6


#: A committee's own closing formula before its findings or recommendations, ending its paragraph
#: (``常委会组成人员提出建议如下：``, ``现提出如下审议意见：``, ``现将审议意见报告如下``): the review
#: itself announcing what it lists, which no news item of the meeting writes of itself.
REVIEW_OWN_FORMULA = re.compile(
    # 提出以下意见建议: the pair written with no joining word as with one (round 29, fxgen13)
    r"(?:提出|形成|作出)(?:如下|以下)(?:几点)?(?:审议|审查)?(?:意见|建议)(?:[和及与]?(?:意见|建议))?[:：。]?$"
    r"|(?:审议|审查)?(?:意见|建议)如下[:：。]?$"
    r"|(?:审议|审查)(?:意见|结果)(?:报告)?如下[:：。]?$"
    # 为更好完成全年目标任务,常委会组成人员建议: the members' own formula (round 17 fxa74)
    r"|(?:常委会|委员会)(?:组成人员|委员们?)(?:一致)?(?:提出)?(?:如下|以下)?(?:意见和?|几点)?建议[:：]$"
)


def own_review(texts: list[str]) -> bool:
    """Does the opening end a paragraph on a committee's own formula before its findings
    (``…提出建议如下:``) followed by its numbered points (``一、``)? Then a dated opening
    (``2018年8月17日,…常委会…会议听取和审议了…的报告。常委会组成人员认为,…``) is the committee's
    deliberation opinion (审议意见) itself, not news of the meeting (real_aside46 convention 9)."""
    return any(
        REVIEW_OWN_FORMULA.search(t) and (PART_RE.match(texts[i + 1]) or CHAPTER_RE.match(texts[i + 1]))
        for i, t in enumerate(texts[:DATELINE_LINES + 2]) if i + 1 < len(texts)
    )


#: The government's work report delivered at the session a news item tells (``旗长某某向大会作政府工作报告``).
WORK_REPORT_DELIVERED = re.compile(r"作(?:了)?《?[^，。；《》]{0,20}?政府工作报告")


def _plan_report_share(opening: str) -> str:
    """The part of a news item's opening whose figures may be the plan report's: when the work report is
    delivered before the plan report is first named (``…作政府工作报告。…在报告中提出了2025年…主要预期目标是:
    …增长6.5%…会议印发…《关于…计划…的报告》``), its figures are the work report's, and only what follows the
    plan report's naming counts (real_aside66 convention 4); the whole opening else."""
    work = WORK_REPORT_DELIVERED.search(opening)
    if work is None:
        return opening
    plan = _PLAN_REPORT_NAMED.search(opening, work.end())
    return opening[plan.start():] if plan is not None else ""


def news_item(texts: list[str]) -> bool:
    """Is the opening (a page's first blocks) a news item about a meeting, not a report?"""
    head, opening = "".join(texts[:8]), "".join(texts[:12])
    figures = len(FIGURE_MARK.findall(_plan_report_share(opening)))
    # a dateline alone signs news that restates no figures: a press digest of the report
    # (``1月12日，…作《…报告》。报告指出，…增长6%``) opens on its dateline too; a committee's own
    # opinion opens on the meeting's date too, and announces its numbered points itself
    dated = any(NEWS_DATELINE.match(t) for t in texts[:DATELINE_LINES]) and figures < 3 and not own_review(texts)
    signed = NEWS_BYLINE.search(head) is not None or dated or any(CLOSING_BYLINE.match(t) for t in texts[8:][-2:])
    # a signed page restating the report's figures (``本报讯…大会举行…会议听取…增长8%…``) is a
    # press digest of the report, of the family
    told = NEWS_NARRATIVE.findall(REPORT_FORMULA.sub("", opening))
    if len(told) >= 2 and figures < 2 and "进行" in opening and INSPECTION_EVENT.search(opening):
        return True  # a committee's inspection of the execution told as an event, unsigned (fx18g)
    return signed and (figures < DIGEST_FIGURES or plan_heard_aside(opening)) and len(told) >= 2 or meeting_heard_reports(opening)


#: A body's inspection or survey of the plan's execution told as an event (``…常委会组织部分组成人员和人大代表
#: 对2024年上半年国民经济和社会发展计划执行情况进行集中视察``): with the group's moves (``视察组一行先后…``,
#: ``视察组建议``) and no figure, the page is news of the inspection, whoever signs it (real_aside47, fx18g).
INSPECTION_EVENT = re.compile(
    r"(?:对|就)[^，。；]{0,60}?计划(?:执行|完成)情况(?:[^，。；]{0,20}?)?进行(?:了)?(?:集中|专题|实地)?(?:视察|调研|检查|考察)"
)


#: One item of a meeting's hearing, opening its sentence (``会议听取了…的报告``, ``听取了…``, ``会议还听取了…``,
#: ``会上审议了…``).
_HEARD_ITEM = re.compile(r"(?:^|(?<=[。；！？\s]))(?:会议|会上)?(?:还|同时|另外)?(?:听取|审议|审查)了")
#: A report of the budget's family that a meeting hears beside the plan's (``预算执行情况的报告``,
#: ``财政决算``, ``审计工作报告``, ``初审意见``).
_OTHER_HEARD = re.compile(r"预算|决算|审计|财政")
#: How many other reports heard as items of their own make the page news of the meeting.
MEETING_OTHER_REPORTS = 2


def meeting_heard_reports(opening: str) -> bool:
    """Is the opening news of a meeting that heard the plan report among other reports, each an item of
    its own (``会议听取了…计划执行情况的报告。报告指出…增长9.6%。听取了…预算执行情况的报告。…听取了…审计
    工作报告。``), the plan report's own item restating fewer figures than a digest does (real_aside37
    convention 6)? The figures of the other reports are theirs: only the plan item's count."""
    starts = [m.start() for m in _HEARD_ITEM.finditer(opening)]
    items = [opening[a:b] for a, b in zip(starts, [*starts[1:], len(opening)], strict=False)]
    named = [bool(_PLAN_REPORT_NAMED.search(t[:120])) for t in items]
    plan = [t for t, is_plan in zip(items, named, strict=True) if is_plan]
    others = sum(1 for t, is_plan in zip(items, named, strict=True) if not is_plan and _OTHER_HEARD.search(t[:80]))
    return len(plan) == 1 and others >= MEETING_OTHER_REPORTS and len(FIGURE_MARK.findall(plan[0])) < DIGEST_FIGURES


#: A meeting's further items (``会议还听取和审议…``, ``会上还审议了…``): what a news item lists besides
#: the report it tells of.
#: Besides 还, the other words of a further item (``同时``, ``另外``, ``也``), and a manner between
#: (``还书面审议``, ``同时一并听取``).
_ALSO_HEARD = re.compile(r"(?:会议|会上|会议上)?(?:还|同时|另外|另|也)[\u4e00-\u9fff]{0,4}?(?:听取|审议|审查|通过)")
#: The plan report as a sentence names it (``关于2013年上半年国民经济和社会发展计划执行情况的报告``).
_PLAN_REPORT_NAMED = re.compile(r"计划(?:执行|完成)情况|计划[（(]?草案|计划的报告|计划报告")


def plan_heard_aside(opening: str) -> bool:
    """Does a news item name the plan report only among a meeting's further items (``会议还听取和审议
    …关于…计划执行情况的报告、关于…预算执行情况的报告…``)? Then the figures it restates are another
    report's (the mayor's work report it tells of first), not the plan's: no digest of the report
    (real_aside18 convention 12)."""
    named = [(s, m.start()) for s in re.split(r"(?<=[。！？])", opening) if (m := _PLAN_REPORT_NAMED.search(s))]
    # the further item's word before the plan report (``会议听取了…计划执行情况的报告，同时审议了预算…``:
    # the plan report first, the further item another)
    return bool(named) and all(_ALSO_HEARD.search(s, 0, at) for s, at in named)


#: A report's own formulas that read like a meeting's narrative: its request to the meeting
#: (``现将…提请区十八届人大二次会议审议，并请列席会议的同志提出意见``) and the higher meetings it quotes
#: (``中央经济工作会议指出``, ``十九届五中全会强调``) — never a news item's narrative.
REPORT_FORMULA = re.compile(
    r"提请[^，。；]{0,40}?(?:审议|审查)|列席(?:会议|人员)的?(?:同志|人员)?(?:提出|[^，。；]{0,6}意见)"
    r"|(?:工作会议|全会|全体会议)(?:指出|强调|要求|提出|精神)"
)
#: A byline closing a news item on a line of its own (``（记者王某 通讯员李某）``).
CLOSING_BYLINE = re.compile(r"^[（(【\[]?\s*(?:本报|本台)?(?:记者|通讯员)[\u4e00-\u9fff·\s]{2,30}[)）】\]]?$")
#: How many figures an opening restates to be a digest of the report rather than news of a meeting.
DIGEST_FIGURES = 5


#: The other documents a people's congress session takes up besides the plan report — the
#: government's work report, the budget report, the standing committee's, the court's and the
#: procuratorate's work reports. No family page's opening names three of them (tests/real*: none
#: names two); a page that does is a session's agenda, a notice or news of the session listing its
#: documents (``听取和审议…人民法院工作报告；…审查…计划执行情况…的报告``, ``关于…计划报告的决议草案、
#: 关于…人民检察院工作报告的决议草案``), even when it names the report in full — unless it restates
#: the report's figures (a press digest).
SESSION_DOCUMENTS: tuple[re.Pattern[str], ...] = (
    re.compile(r"政府工作报告"),
    re.compile(r"预算[^，。；]{0,30}?报告|预算草案"),
    re.compile(r"(?:常务委员会|人大常委会|常委会)工作报告"),
    re.compile(r"法院工作报告"),
    re.compile(r"检察院工作报告"),
)
#: How many of the session's other documents make a page an agenda of the session.
SESSION_AGENDA = 3
#: The plan report as a session's list names it (``…计划执行情况…的报告``, ``…计划报告的决议草案``).
_SESSION_PLAN = re.compile(r"计划(?:执行|草案|报告|安排)")


def session_agenda(texts: list[str]) -> bool:
    """Does the opening list a congress session's documents, the plan report one among them?

    The list is one paragraph naming the plan and three other documents; a site's menu linking a
    session's documents line by line beside a report lists nothing.
    """
    opening = "".join(texts[:12])
    if len(FIGURE_MARK.findall(opening)) >= DIGEST_FIGURES:
        return False
    return any(
        _SESSION_PLAN.search(text) and sum(1 for p in SESSION_DOCUMENTS if p.search(text)) >= SESSION_AGENDA
        or _listed_with_documents(text) or _agenda_names_plan(text)
        for text in texts[:12]
    )


#: A session's agenda announced item by item (``大会有三项议程：一是听取…；二是审查…计划…的报告；三是…``,
#: ``会议的主要议程是：``): the meeting's, not the report's, once it names the plan report and another
#: of the session's documents.
AGENDA_OPENS = re.compile(r"(?:(?<![一二三四五六七八九十两\d])[一二三四五六七八九十两\d]+项|主要)议程(?:是|为|有)?[：:]|议程(?:是|为|有|如下)[：:]?")
#: How far after the agenda's opening its items are read.
AGENDA_REACH = 300


def _agenda_names_plan(text: str) -> bool:
    """Does ``text`` announce a session's agenda whose items name the plan report and at least one
    of the session's other documents (the government's work report, the budget report)?"""
    for m in AGENDA_OPENS.finditer(text):
        items = text[m.end() : m.end() + AGENDA_REACH]
        if _SESSION_PLAN.search(items) and any(p.search(items) for p in SESSION_DOCUMENTS):
            return True
    return False


#: A list of a session's documents: items joined by the enumeration comma, each naming a report; an item starts
#: after a mark or at the text's start (a match tried from inside a long item would rescan it: quadratic).
_DOCUMENT_LIST = re.compile(r"(?<![^，。；：、,;:])[^，。；：、,;:]*报告[^，。；：、,;:]*(?:、[^，。；：、,;:]*报告[^，。；：、,;:]*)+")
#: How many of the session's other documents a list must name beside the plan report.
SESSION_LISTED = 2


#: Quoted titles written one after another with no mark between them.
_QUOTED_SIDE_BY_SIDE = re.compile(r"》\s*《")


def _listed_with_documents(text: str) -> bool:
    """Does ``text`` list the plan report as one item among the session's other documents
    (``关于某县政府工作报告的决议草案、关于某县…计划…报告的决议草案、关于某县…预算…报告的决议草案``)? A list
    of a county's smaller session may name two others only; a review of plan and budget joined by
    和 or 与 is no list."""
    # titles set side by side in their quotes (``《…政府工作报告（送审稿）》《…计划报告（送审稿）》``): a list as a
    # 、 list is (a government meeting's drafts, real_aside26)
    text = _QUOTED_SIDE_BY_SIDE.sub("》、《", text)
    for m in _DOCUMENT_LIST.finditer(text):
        items = m.group().split("、")
        items[-1:] = re.split(r"(?<=报告)(?:以及|和|及)", items[-1])  # …、计划报告和预算报告: the last joined by 和
        plan = [i for i, item in enumerate(items) if _SESSION_PLAN.search(item)]
        others = {k for i, item in enumerate(items) if i not in plan for k, p in enumerate(SESSION_DOCUMENTS) if p.search(item)}
        if plan and len(others) >= SESSION_LISTED:
            return True
    return False


#: The line a news item prints its document after (``原文如下：``, ``全文如下``), alone or ending
#: the lead's last paragraph: what stands before it is the lead, what follows the document.
LEAD_MARKER = re.compile(
    r"(?:^|[。！？])\s*(?:(?:附|以下为|下面是)?(?:报告|计划|通知)?(?:原文|全文)如下"
    r"|(?:附[：:]?|以下为|以下是|下面是)(?:报告|计划|通知)?(?:原文|全文))[：:]?\s*$"
)
#: How far down a page the marker is looked for (a lead is a few paragraphs).
LEAD_LINES = 12


def news_lead(texts: list[str]) -> int | None:
    """Where a news lead's marker stands among the first lines (``原文如下：``), or None."""
    for i, text in enumerate(texts[:LEAD_LINES]):
        if len(text) <= 400 and LEAD_MARKER.search(text):
            return i
    return None


def lead_kind(text: str, plan_year: int | None, sentence: str = "", year: int | None = None) -> str:
    """What a news lead restates of its document: the plan's targets (it names the plan year,
    or speaks in target words: ``《计划》提出…力争…``), else the year's outcomes. A ``sentence``
    that says which year or which it is (``2023年全市…增长6.1%``, ``同比``, ``力争``) decides for
    itself."""
    if sentence:
        if plan_year and f"{plan_year}年" in sentence:
            return "target"
        role = content_role([re.sub(r"《[^》]*》", "", sentence)])
        if role == "execution" or year and f"{year}年" in sentence:
            return "outcome"
        if role == "plan":
            return "target"
    if plan_year and f"{plan_year}年" in text:
        return "target"
    return "target" if content_role([re.sub(r"《[^》]*》", "", text)]) == "plan" else "outcome"


#: Words that mark what has happened (outcomes) and what is to happen (targets).
OUTCOME_WORDS = ("完成", "同比", "预计全年", "比上年", "较上年", "实现了", "累计", "截至", "达到了", "取得", "迈出新步伐")
TARGET_WORDS = ("力争", "确保", "左右", "目标", "预期", "计划", "将", "争取", "要", "拟")
_NOT_TARGET = re.compile(r"[主重]要|(?:高于|低于|好于|快于|符合|超出|超过)预期|控制在预期(?:范围|目标)内")


def content_role(texts: list[str]) -> str:
    """``execution`` or ``plan`` from which kind of words the paragraphs use more, else ``other``."""
    joined = "".join(texts)
    done = sum(joined.count(w) for w in OUTCOME_WORDS)
    # a word holding a target word and saying nothing of one: 主要 and 重要 (``主要经济指标高于预期``), an
    # outcome measured against the plan's expectation (``高于预期``, ``控制在预期范围内``; real_aside64 convention 1)
    todo = sum(_NOT_TARGET.sub("", joined).count(w) for w in TARGET_WORDS)
    if done == todo == 0:
        return "other"
    return "execution" if done >= todo else "plan"


def looks_back(text: str, year: int | None) -> bool:
    """A paragraph of a plan alone that opens with the report's year and tells what was done
    (``2005年，全省…完成了全年的各项目标任务。全年生产总值6473.61亿元``): its figures are outcomes."""
    if not year or not re.match(rf"^{year}年(?:[，,]|以来|全年|是)", text):
        return False
    return content_role([text]) == "execution"


#: Indicators every report of the family measures: a page without a title of the family is
#: taken for one when its text names several of them beside figures.
FAMILY_WORDS = (
    "地区生产总值", "固定资产投资", "一般公共预算收入", "社会消费品零售总额", "规模以上工业",
    "居民人均可支配收入", "城镇新增就业", "城镇登记失业率", "居民消费价格", "外贸进出口", "实际利用外资",
    "实际使用外资", "招商引资", "国民经济和社会发展", "经济社会发展", "主要预期目标", "主要目标",
)
FIGURE_MARK = re.compile(r"\d(?:\.\d+)?\s*(?:%|亿|万|个百分点)")


def family_like(texts: list[str]) -> bool:
    """Does the text read as a plan report of the family (several of its indicators, with figures)?"""
    joined = "".join(texts)
    named = sum(1 for w in FAMILY_WORDS if w in joined)
    return named >= 2 and len(FIGURE_MARK.findall(joined)) >= 2


#: The role each kind gives a part its own heading leaves open.
KIND_ROLE = {"execution": "execution", "plan": "plan"}


__all__ = ["ABOUT_REPORT", "ACCOUNT_OPENING", "account_without_head", "FIGURE_MARK", "UNDATED_EXECUTION", "DIGEST_OPENING", "digest_without_head", "heard_period_digest", "HEARD_PERIOD_REPORT", "DELIVERED_REPORT", "announced_report", "presented_plan", "plan_part_excerpt", "notified_plan", "REVIEW_RE", "PERIODS", "RELATIVE_YEARS", "dated", "FAMILY_WORDS", "LEAD_MARKER", "about_report", "interpretation_heading", "lead_kind", "news_lead", "KIND_ROLE", "family_like", "looks_back", "news_item", "own_review", "REVIEW_OWN_FORMULA", "session_agenda", "SESSION_DOCUMENTS", "OTHER_GENRES", "CITED_GENRE", "OTHER_OPENINGS", "TitleMatch", "content_role", "other_genre", "other_opening", "read_title"]
