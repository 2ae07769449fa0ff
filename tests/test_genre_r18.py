"""Rule tests of the eighteenth page-reading round (real_aside21/22 classes): each on an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading, page_report

from drafter.errors import InputError
from drafter.structure.genre import session_agenda
from drafter.structure.places import places_in

# --- a digest's proposal run: the plan's targets -------------------------------------------------

DIGEST = (
    "本报讯 市发展和改革委员会在市五届人大二次会议上作了《关于柳岸市2019年国民经济和社会发展计划执行情况"
    "与2020年国民经济和社会发展计划草案的报告》。\n"
    "市发改委在报告中提到，2019年全市实现生产总值820亿元，增长7.1%。\n"
    "{proposal}2020年全市生产总值增长6.5%左右，一般公共预算收入增长6%，单位生产总值能耗在上年下降的基础上进一步下降，"
    "城乡居民人均可支配收入持续稳定增长。\n"
    "市财政局在报告中提到，2019年全市一般公共预算收入完成61.2亿元，增长8.3%。\n"
)


@pytest.mark.parametrize("proposal", ["报告建议：", "报告提出，", "报告还提出，", "计划草案安排："])
def test_a_digest_run_of_proposals_gives_the_plan_targets(tmp_path: Path, proposal: str) -> None:
    report = page_report(tmp_path, DIGEST.format(proposal=proposal))
    got = [(f.value, f.indicator, f.kind) for f in report.figures]
    assert ("6.5", "生产总值", "target") in got
    assert ("6", "一般公共预算收入", "target") in got
    assert (None, "单位生产总值能耗", "target") in got  # its basis is no part of its name
    assert (None, "城乡居民人均可支配收入", "target") in got  # one line, no 分别: not split
    assert ("820", "生产总值", "outcome") in got
    # another report's account after the targets: the year's outcomes again
    assert [f.kind for f in report.figures if f.value in ("61.2", "8.3")] == ["outcome", "outcome"]


def test_a_digest_paragraph_recounting_the_year_stays_an_outcome(tmp_path: Path) -> None:
    """Must leave alone: 报告指出 with the report's own year tells its results, no proposal."""
    page = DIGEST.format(proposal="").replace("2020年全市生产总值增长6.5%左右", "报告指出，2019年全市生产总值增长6.5%")
    report = page_report(tmp_path, page)
    assert [f.kind for f in report.figures if f.value == "6.5"] == ["outcome"]


# --- a page cut before part 一 ----------------------------------------------------------------------

EXCERPT = (
    "一、上半年国民经济和社会发展计划执行情况\n"
    "今年以来，全区经济运行平稳。预计实现地区生产总值255亿元，增长8%，完成一般公共预算收入19.8亿元，增长9.3%。\n"
    "出台《关于主动融入国家自主创新示范区加快高新区转型发展的实施意见》。完成规模工业产值652.9亿元，增长11.3%。\n"
    "{paywall}"
)
PAYWALLS = (
    "试读已结束，如需继续阅读，敬请充值下载\n该作品售价：10元\n该用户其他文档\n",
    "试读结束，付费后阅读全文\n文档售价：5元\n",
)


@pytest.mark.parametrize("paywall", PAYWALLS)
def test_a_page_opening_at_part_one_is_an_excerpt_and_its_paywall_no_figure(tmp_path: Path, paywall: str) -> None:
    report = page_report(tmp_path, EXCERPT.format(paywall=paywall), year=2015, region="某区")
    assert report.meta.kind == "excerpt"
    assert [f.value for f in report.figures] == ["255", "8", "19.8", "9.3", "652.9", "11.3"]


def test_a_page_opening_at_part_one_asks_for_its_place(tmp_path: Path) -> None:
    """The programme's zone (国家自主创新示范区) is no place: the page names none."""
    with pytest.raises(InputError, match="--region"):
        page_report(tmp_path, EXCERPT.format(paywall=""), year=2015)


def test_a_half_year_report_named_in_its_opening_stays_an_execution_report(tmp_path: Path) -> None:
    """Must leave alone: the opening sentence (no part heading) names the document."""
    page = (
        "下面，我受区政府委托，报告今年上半年国民经济和社会发展计划执行情况，请予审议。\n"
        "一、上半年主要指标完成情况\n"
        "预计实现地区生产总值255亿元，增长8%。\n"
    )
    assert page_reading(tmp_path, page, year=2015, region="某区")[0] == "execution"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("主动融入苏南国家自主创新示范区", []),
        ("建设国家生态文明试验区", []),
        ("加快国家级新区建设", []),
        # must leave alone: a place's own zone, a place
        ("天津滨海新区", ["天津滨海新区"]),
        ("苏州工业园区", ["苏州工业园区"]),
        ("柳岸市高新区", ["柳岸市高新区"]),
    ],
)
def test_a_zone_named_from_the_nation_is_no_place(text: str, places: list[str]) -> None:
    assert places_in(text) == places


# --- a congress opening's news ---------------------------------------------------------------------

OPENING_NEWS = (
    "柳岸市五届人大三次会议3月2日上午在市会展中心开幕。大会应到代表300人，实到代表288人，符合法定人数。"
    "{agenda}受市政府委托，市长向大会作政府工作报告。"
    "大会书面印发了《柳岸市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告》，提请代表审查。\n"
)
AGENDAS = (
    "大会有三项议程：一是听取市人民政府工作报告；二是审查柳岸市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告；"
    "三是审查柳岸市2019年财政预算执行情况和2020年财政预算草案的报告。",
    "会议的主要议程是：听取和审议政府工作报告，审查国民经济和社会发展计划草案的报告和财政预算报告。",
    "大会议程有：审议政府工作报告；审查计划执行情况与计划草案的报告。",
)


@pytest.mark.parametrize("agenda", AGENDAS)
def test_news_of_a_congress_opening_whose_agenda_names_the_plan_report_is_refused(tmp_path: Path, agenda: str) -> None:
    with pytest.raises(InputError):
        page_reading(tmp_path, OPENING_NEWS.format(agenda=agenda))


def test_an_agenda_naming_the_plan_report_alone_is_no_session_page() -> None:
    """Must leave alone: a report's preamble naming only itself as the session's item."""
    assert not session_agenda(["根据大会议程：现将柳岸市2019年国民经济和社会发展计划执行情况与2020年计划草案提请审议。"])
    assert not session_agenda(["全区地区生产总值增长7%，工作议程有序推进，政府工作报告确定的计划任务完成。"])
