"""Page-level generalisation tests of round 17's first-sight shapes (real_aside70 and real_aside72; issue 9,
fxgen12; docs/NAMES-GENERALISATION.md round 28): a district named only by its short name before its own course,
bulleted lines of a paper's digest, a signed digest whose part 一 heading stands as its title, a paper's news of
deputies reviewing the reports, a committee's adoption line after ASCII hyphens, a step milestone and a closing
growth gap on a page. Every page is invented: other places, years, sites, wordings, 繁体 copies."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_meta, page_report

from drafter.errors import DrafterError
from drafter.structure.places import history_place


def _s2t(text: str) -> str:
    from conftest import opencc

    return opencc("s2t").convert(text)


# --- a district or county named only by its short name before 发展进程/历程/史 -------------------------------

_EXCERPT = (
    "首页 > 信息公开 > 发展规划\n\n"
    "一、{y}年国民经济和社会发展计划执行情况\n\n"
    "{y}年是{tail}。在{organ}的坚强领导下，{own}上下迎难而上。\n"
    "(一)经济运行企稳回升。地区生产总值完成{gdp}亿元，增长5.1%，居全市第三；固定资产投资增长8%。\n"
)


@pytest.mark.parametrize(
    ("y", "tail", "organ", "own", "want"),
    [
        (2021, "“十四五”开局之年，也是云岭发展进程中具有重要意义的一年", "区委", "全区", "云岭区"),
        (2019, "极不平凡的一年，也是桐川发展历程中极为关键的一年", "县委", "全县", "桐川县"),
        (2023, "全面贯彻党的二十大精神的开局之年，也是溪山经济社会发展进程中的攻坚之年", "区委", "全区", "溪山区"),
        (2018, "改革开放四十周年，是龙泉发展史上浓墨重彩的一年", "县委", "全县", "龙泉县"),
    ],
)
def test_a_short_name_before_its_own_course_names_the_page(tmp_path: Path, y: int, tail: str, organ: str, own: str,
                                                            want: str) -> None:
    page = _EXCERPT.format(y=y, tail=tail, organ=organ, own=own, gdp="286.4")
    meta = page_meta(tmp_path, page)
    assert (meta.region, meta.year, meta.plan_year) == (want, y, y + 1)


def test_a_short_name_on_a_traditional_page(tmp_path: Path) -> None:
    page = _s2t(_EXCERPT.format(y=2020, tail="決勝全面小康之年，也是雲嶺發展進程中極不平凡的一年", organ="區委", own="全區",
                                gdp="301.2"))
    assert page_meta(tmp_path, page).region == "云岭区"


@pytest.mark.parametrize(
    "text",
    [
        "今年是本区发展进程中极为关键的一年，全区上下共同努力。",  # the own place by pronoun
        "今年是县域经济发展历程中的关键一年，全县上下共同努力。",  # a kind of area
        "今年是浙江发展史上的重要一年，全县上下共同努力。",  # a province
        "今年是社会发展进程中的关键一年，全县上下共同努力。",  # a common word
    ],
)
def test_history_place_names_no_other_word(text: str) -> None:
    assert history_place([text], "县") == ""


# --- a signed digest whose part 一 heading stands as its title, bulleted lines --------------------------------

_DIGEST = (
    "记者 {reporters}\n"
    "{date}，在{place}第{term}届人民代表大会第{session}次会议上，{place}{organ}主任{who}受{place}人民政府委托，"
    "以书面形式向大会提交了《关于{place}{y}年国民经济和社会发展计划执行情况与{y1}年国民经济和社会发展计划草案的报告》。\n"
    "{y}年国民经济和社会发展计划执行情况\n"
    "(一)稳中求进，经济运行持续向好。\n"
    "{bullet}全{short}地区生产总值1520.8亿元，增速居全省第4位\n"
    "{bullet}社会消费品零售总额增速居全省第2位\n"
    "{bullet}全{short}税收收入突破80亿大关\n"
    "{bullet}新登记经营主体5.6万户，增速居全省第1位；总量42.3万户，居全省第5位\n"
    "{bullet}创成3个省级农业现代化示范区\n"
)


@pytest.mark.parametrize(
    ("fields", "y"),
    [
        (dict(reporters="陈某 赵某", date="1月16日", place="某山市", term="十六", session="二", organ="发展和改革委员会",
              who="刘某", short="市", bullet="◆"), 2022),
        (dict(reporters="孙某", date="2月3日", place="某水县", term="十八", session="三", organ="发展和改革局",
              who="周某", short="县", bullet="■"), 2020),
        (dict(reporters="吴某 郑某", date="1月9日", place="某林区", term="五", session="四", organ="发展和改革局",
              who="钱某", short="区", bullet="●"), 2024),
    ],
)
def test_a_signed_digest_under_its_part_heading_reads_as_the_report(tmp_path: Path, fields: dict, y: int) -> None:
    report = page_report(tmp_path, _DIGEST.format(y=y, y1=y + 1, **fields))
    assert (report.meta.kind, report.meta.region, report.meta.year, report.meta.plan_year) == (
        "report", fields["place"], y, y + 1)
    got = [(f.indicator, f.value, f.unit) for f in report.figures]
    assert ("地区生产总值", "1520.8", "亿元") in got
    assert ("社会消费品零售总额增速", "2", "位") in got
    assert ("税收收入", "80", "亿") in got
    assert ("经营主体", "42.3", "万户") in got
    assert ("创成省级农业现代化示范区", "3", "个") in got
    assert not [g for g in got if g[0][:1] in "◆■●"]


def test_a_signed_digest_in_traditional_characters(tmp_path: Path) -> None:
    page = _s2t(_DIGEST.format(y=2022, y1=2023, reporters="陈某", date="1月16日", place="某山市", term="十六", session="二",
                               organ="发展和改革委员会", who="刘某", short="市", bullet="◆"))
    report = page_report(tmp_path, page)
    assert report.meta.kind == "report"
    assert ("地区生产总值", "1520.8", "亿元") in [(f.indicator, f.value, f.unit) for f in report.figures]


# --- a paper's news of deputies reviewing the reports ---------------------------------------------------------

_NEWS = (
    "正文\n{y}年01月{d}日\n{head}\n"
    "本报讯(记者{who}){date}，出席{place}{session}的{deputies}，{verb}《关于{place}{y0}年国民经济和社会发展计划执行情况"
    "与{y}年国民经济和社会发展计划草案的报告》《关于{place}{y0}年预算执行情况和{y}年预算草案的报告》。\n"
    "在{where}，{crowd}。{agree}，计划报告实事求是，目标任务切实可行。\n"
    "张某代表建议，进一步优化营商环境，推动民营经济高质量发展。\n"
)


@pytest.mark.parametrize(
    "fields",
    [
        dict(y=2023, y0=2022, d="12", head="县人大代表分组审议两个报告", who="刘某", date="1月11日", place="某河县",
             session="十八届人大三次会议", deputies="县人大代表", verb="分组审议",
             where="各代表组审议现场", crowd="代表们踊跃发言", agree="代表们普遍认为"),
        dict(y=2021, y0=2020, d="25", head="代表团审议计划和预算报告", who="钱某", date="1月24日", place="某江省",
             session="十三届人大五次会议", deputies="省人大代表", verb="分团审议",
             where="各代表团驻地", crowd="代表们畅所欲言", agree="代表们一致认为"),
        dict(y=2019, y0=2018, d="08", head="区人大代表审议计划报告", who="孙某", date="1月7日", place="某湖区",
             session="五届人大四次会议", deputies="区人大代表", verb="分组审议",
             where="各代表组审议现场", crowd="代表们积极建言", agree="大家一致认为"),
    ],
)
def test_a_papers_news_of_deputies_reviewing_the_reports_is_refused(tmp_path: Path, fields: dict) -> None:
    with pytest.raises(DrafterError) as raised:
        page_report(tmp_path, _NEWS.format(**fields))
    assert "新闻" in str(raised.value)


def test_the_deputies_news_in_traditional_characters_is_refused(tmp_path: Path) -> None:
    page = _s2t(_NEWS.format(y=2023, y0=2022, d="12", head="县人大代表分组审议两个报告", who="刘某", date="1月11日",
                             place="某河县", session="十八届人大三次会议", deputies="县人大代表", verb="分组审议",
                             where="各代表组审议现场", crowd="代表们踊跃发言", agree="代表们普遍认为"))
    with pytest.raises(DrafterError) as raised:
        page_report(tmp_path, page)
    assert "新闻" in str(raised.value)


# --- a committee's adoption line after ASCII hyphens ----------------------------------------------------------

_REVIEW = (
    "关于某{lvl}{y}年{period}国民经济和社会发展计划执行情况报告的审议意见\n"
    "{dash}{y}年{md}{lvl2}人大常委会主任会议通过\n"
    "某{lvl}人民政府：\n"
    "{lvl2}人大常委会第十二次会议听取和审议了《关于某{lvl}{y}年{period}国民经济和社会发展计划执行情况的报告》。"
    "会议认为，{period}全{lvl3}经济运行总体平稳，地区生产总值增长6.2%。现提出如下审议意见：\n"
    "一、进一步扩大有效投资。\n"
)


@pytest.mark.parametrize(
    ("lvl", "lvl2", "y", "period", "md", "dash"),
    [
        ("县", "县十七届", 2013, "上半年", "8月28日", "--"),
        ("区", "区四届", 2017, "前三季度", "11月3日", "---"),
        ("市", "市十五届", 2011, "上半年", "9月12日", "-- "),
    ],
)
def test_a_committees_adoption_line_after_hyphens_is_no_figure(tmp_path: Path, lvl: str, lvl2: str, y: int,
                                                               period: str, md: str, dash: str) -> None:
    page = _REVIEW.format(lvl=lvl, lvl2=lvl2, lvl3=lvl, y=y, period=period, md=md, dash=dash)
    report = page_report(tmp_path, page)
    assert not [f for f in report.figures if f.value and f.value.startswith("-")]
    assert not [f for f in report.figures if f.value == str(y)]


# --- a step milestone and a closing gap on a whole page -------------------------------------------------------

_HEAD = (
    "关于某某县2016年国民经济和社会发展计划执行情况与2017年国民经济和社会发展计划草案的报告\n"
    "我受县人民政府委托，向大会报告某某县2016年国民经济和社会发展计划执行情况与2017年国民经济和社会发展计划草案，请予审议。\n"
    "一、2016年国民经济和社会发展计划执行情况\n"
)
_PLAN = "二、2017年国民经济和社会发展计划草案\n地区生产总值增长7.5%左右。\n"


@pytest.mark.parametrize("traditional", [False, True])
def test_a_step_and_a_gap_on_a_county_page(tmp_path: Path, traditional: bool) -> None:
    body = ("全县经济稳中有进。地区生产总值迈上300亿元新台阶，总量达到306.7亿元，增长7.9%。"
            "工业和服务业增速差距进一步收窄，分别增长7.2%、8.1%。\n")
    page = _HEAD + body + _PLAN
    got = [(f.indicator, f.value, f.unit, f.kind) for f in page_report(tmp_path, _s2t(page) if traditional else page).figures]
    assert ("地区生产总值总量", "306.7", "亿元", "outcome") in got
    assert ("地区生产总值", "7.9", "%", "outcome") in got
    assert ("工业", "7.2", "%", "outcome") in got
    assert ("服务业", "8.1", "%", "outcome") in got
    assert not [f for f in got if f[1] == "300"]
