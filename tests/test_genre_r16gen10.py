"""Page-level generalisation tests of round 16's first-sight shapes (real_aside57–61; issue 9, fxgen10;
docs/NAMES-GENERALISATION.md round 26): session news restating a half-year report below its lede, a page telling a
meeting that heard a report on part of the year, a digest turning to the plan inside a paragraph (``报告说，今年…拟安排``),
a press digest naming the report after its dateline lead, a gazetteer's section on one year's plan. Every page is
invented: other places, years, sites, verbs and 繁体 copies."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report

from drafter.errors import InputError
from drafter.figures.report import extract_report
from drafter.normalize import simplified_converter

# --- signed session news: the delivered report's sentence below the lede is the page's title
_SESSION = (
    "{site} > {prov} > {prov}要闻\n"
    "{prov}上半年经济{lede}\n"
    "{y}-07-2{d}\n"
    "来源：{paper}\n"
    "上半年，{short}地区生产总值增长{g}%，经济运行稳中有进。\n"
    "{net}7月2{d}日讯 {short}十{n}届人大常委会第{k}次会议今天在{city}开幕。会议将听取、审议5项工作报告，"
    "审议2件地方性法规草案。\n"
    "省人大常委会主任某某主持会议，副主任某某、某某出席。\n"
    "{deliver}\n"
    "上半年，全省规模以上工业增加值增长6.3%，固定资产投资增长8.1%，社会消费品零售总额增长7.2%，"
    "一般公共预算收入增长4.6%，城镇居民人均可支配收入增长7.9%。\n"
)


@pytest.mark.parametrize(("fields", "y"), [
    (dict(site="某某日报网", prov="江西", short="江西", lede="稳中向好", paper="某某晚报", g="6.8", net="某某网",
          n="三", k="九", city="南昌", deliver="受省政府委托，省发改委主任某某作了关于江西省{y}年上半年国民经济和社会发展计划"
                                           "执行情况的报告。"), 2017),
    (dict(site="某某新闻网", prov="山西", short="山西", lede="回升向好", paper="某某都市报", g="6.1", net="某某在线",
          n="二", k="十一", city="太原", deliver="省发改委主任某某受省政府委托，作了关于山西省{y}年上半年国民经济和社会发展"
                                            "计划执行情况的报告。"), 2013),
    (dict(site="某某網", prov="福建", short="福建", lede="穩中有進", paper="某某商報", g="7.4", net="某某網",
          n="二", k="八", city="福州", deliver="受省政府委託，省發改委主任某某作了關於福建省{y}年上半年國民經濟和社會發展計劃"
                                           "執行情況的報告。"), 2015),
])
def test_session_news_restating_a_half_year_report_is_its_digest(tmp_path: Path, fields: dict, y: int) -> None:
    fields = dict(fields, deliver=fields["deliver"].format(y=y), y=y, d=8)
    text = simplified_converter()(_SESSION.format(**fields))
    report = page_report(tmp_path, text)
    assert (report.meta.kind, report.meta.year) == ("execution", y)
    figures = extract_report(report)
    got = {(f.indicator, f.value, f.kind) for f in figures}
    assert ("规模以上工业增加值", "6.3", "outcome") in got
    assert ("一般公共预算收入", "4.6", "outcome") in got
    assert not [f for f in figures if "工作报告" in f.indicator or "法规草案" in f.indicator]


# --- a meeting that heard a report on part of the year, then its figures; the rest of the year after 按照…
_HEARD = (
    "{date}，{meeting}听取{who}关于{what}的{doc}，{says}，前{period}全{lv}实现地区生产总值1210.6亿元，增长5.8%；"
    "规模以上工业增加值增长6.9%；一般公共预算收入98.3亿元，增长3.6%；社会消费品零售总额520.4亿元，增长6.2%。\n"
    "{plan}，今年下半年，{place}将确保完成地区生产总值1300亿元，全年达到2510亿元。\n"
)


@pytest.mark.parametrize(("meeting", "who", "what", "doc", "says", "period", "lv", "plan", "place"), [
    ("市人大常委会召开第十五次会议", "市政府", "上半年国民经济和社会发展计划执行情况", "报告", "报告指出", "", "市",
     "按照部署", "我市"),
    ("县十七届人大常委会第六次会议", "县发展和改革委员会", "今年上半年经济运行情况", "报告", "报告显示", "", "县",
     "按照安排", "全县"),
    ("州人大常委会第二十一次主任会议", "州人民政府", "上半年国民经济和社会发展计划执行情况", "汇报", "汇报显示", "", "州",
     "按照计划", "全州"),
])
def test_a_heard_report_on_half_the_year_is_the_execution_digest(
    tmp_path: Path, meeting: str, who: str, what: str, doc: str, says: str, period: str, lv: str, plan: str,
    place: str,
) -> None:
    text = _HEARD.format(date="7月27日", meeting=meeting, who=who, what=what, doc=doc, says=says, period=period, lv=lv,
                         plan=plan, place=place).replace("前全", "上半年全")
    with pytest.raises(InputError):  # no year anywhere: asked of the user, never guessed
        page_report(tmp_path, text)
    report = page_report(tmp_path, text, year=2018, region="某省某某" + lv)
    assert report.meta.kind == "execution"
    figures = extract_report(report)
    account = [f for f in figures if f.value in ("1210.6", "5.8", "6.9", "98.3", "3.6", "520.4", "6.2")]
    assert len(account) == 7 and {f.kind for f in account} == {"outcome"}
    rest = [f for f in figures if f.value in ("1300", "2510")]
    assert {(f.indicator, f.kind) for f in rest} == {("地区生产总值", "target")}


# --- a digest turning to the plan inside a paragraph
_TURN = (
    "——来源：某某日报\n"
    "受{gov}委托，{org}{day}日向{congress}提请审查《关于某某{lv}{y}年国民经济和社会发展计划执行情况及{p}年"
    "国民经济和社会发展计划草案的报告》。{said}，{when}{we}拟安排{lv}重点项目{n}个，其中续建项目{c}个、年度计划"
    "投资{inv}亿元。\n"
    "今年将建成某某大道等项目。\n"
)


@pytest.mark.parametrize(("fields", "n"), [
    (dict(gov="市政府", org="市发改委", day="8", congress="市人代会", lv="市", y=2021, p=2022, said="报告说", when="今年",
          we="我市", c="210", inv="860"), "420"),
    (dict(gov="省政府", org="省发展改革委", day="20", congress="省人大会议", lv="省", y=2016, p=2017, said="报告提出",
          when="今年", we="全省", c="650", inv="3200"), "980"),
    (dict(gov="区政府", org="区发改局", day="6", congress="区人代会", lv="区", y=2019, p=2020, said="报告指出",
          when="2020年", we="全区", c="45", inv="120"), "88"),
])
def test_a_digest_turning_to_the_plan_inside_its_paragraph(tmp_path: Path, fields: dict, n: str) -> None:
    report = page_report(tmp_path, _TURN.format(n=n, **fields), region="某某" + fields["lv"])
    got = {(f.indicator, f.value, f.kind) for f in extract_report(report)}
    lv = fields["lv"]
    assert (lv + "重点项目", n, "target") in got, got
    assert ("续建项目", fields["c"], "target") in got, got


# --- a press digest naming the report after its dateline lead
_PRESS = (
    "某某{lv}发改委：{head}\n\n"
    "作者：李四 来源：{src}\n"
    "{p}-02-0{d} 08:30:00\n\n"
    "   某某{lv}发改委提交报告提出今年主要预期目标\n\n"
    "  {dateline}地区生产总值增长6.5%,争取7%;规模以上工业增加值增长7%左右;"
    "固定资产投资增长9%左右;社会消费品零售总额增长8%。\n\n"
    "  这是在{lv}十{n}届人大{k}次会议上,{lv}发改委向大会提交的《关于某某{lv}{y}年国民经济和社会发展计划执行情况与{p}年"
    "计划草案的报告》提出的今年主要预期目标。\n"
)


@pytest.mark.parametrize(("lv", "src", "dateline", "y"), [
    ("市", "某某日报网", "某某日报网2月3日讯(某某日报记者 王五)", 2018),
    ("省", "新华网", "新华社某某2月3日电(记者 赵六)", 2020),
    ("市", "某某晚报", "本报讯(记者 钱七 通讯员 孙八)", 2022),
])
def test_a_press_digest_naming_the_report_after_its_lead(tmp_path: Path, lv: str, src: str, dateline: str, y: int) -> None:
    text = _PRESS.format(lv=lv, head="扩大有效投资", src=src, p=y + 1, d=3, dateline=dateline, n="三", k="五", y=y)
    report = page_report(tmp_path, text, region="某某" + lv)
    assert (report.meta.year, report.meta.plan_year, report.meta.kind) == (y, y + 1, "report")
    got = {(f.indicator, f.value, f.kind, f.qualifier) for f in report.figures}
    assert ("地区生产总值", "6.5", "target", "exact") in got
    assert ("地区生产总值", "7", "target", "at_least") in got
    assert ("社会消费品零售总额", "8", "target", "exact") in got
    assert not [f for f in report.figures if "记者" in f.indicator or "讯" in f.indicator]


# --- a gazetteer's section on one year's plan: a plan alone
@pytest.mark.parametrize("title", ["第三节 2008年计划的编制与执行", "第二节 2011年计划的制定和实施"])
def test_a_gazetteers_section_on_a_years_plan(tmp_path: Path, title: str) -> None:
    y = int(title[4:8])
    text = (
        f"{title}\n\n一、计划编制\n{y - 1}年下半年，某某省开始{y}年计划编制工作，11月报省政府审查。\n\n"
        f"二、计划内容\n主要目标。地区生产总值增长10%，地方财政收入增长12%，全社会固定资产投资增长20%，"
        f"城镇登记失业率控制在4.2%以内。\n"
    )
    report = page_report(tmp_path, text, region="某某省")
    assert (report.meta.kind, report.meta.plan_year) == ("plan", y)
    got = {(f.indicator, f.value, f.kind) for f in extract_report(report)}
    assert ("地区生产总值", "10", "target") in got
    assert ("全社会固定资产投资", "20", "target") in got
