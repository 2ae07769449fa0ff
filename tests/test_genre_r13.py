"""Rule tests of the thirteenth page-reading round (real_aside16 national pages): each on an
invented page."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading, plan_body

from drafter.errors import DrafterError
from drafter.structure.places import places_in

# --- the country's report, named by how it is delivered -----------------------------------------

NATIONAL = (
    "关于2016年国民经济和社会发展计划执行情况与2017年国民经济和社会发展计划草案的报告\n"
    "——2017年3月5日在第十二届全国人民代表大会第五次会议上\n"
    "国家发展和改革委员会\n"
    "各位代表：\n"
    "受国务院委托，现将2016年计划执行情况与2017年计划草案提请十二届全国人大五次会议审查。\n"
)
#: The same delivery at a county's own congress, with its own scope: a lower place's report.
COUNTY = NATIONAL.replace("在第十二届全国人民代表大会", "在青禾县第十二届人民代表大会").replace(
    "国家发展和改革委员会\n", "青禾县发展和改革局\n").replace("受国务院委托", "受县人民政府委托")


def test_a_report_delivered_at_the_national_congress_is_the_countrys(tmp_path: Path) -> None:
    """Delivered at the 全国人民代表大会 by the national commission on the State Council's
    behalf: the region is ``全国`` though the page never says 全国 of its own scope."""
    text = NATIONAL + plan_body(2016).replace("全区", "")
    assert page_reading(tmp_path, text) == ("report", "全国", 2016, 2017)


def test_a_county_report_stays_the_countys(tmp_path: Path) -> None:
    assert page_reading(tmp_path, COUNTY + plan_body(2016))[1] == "青禾县"


# --- a press release's page of the report under the genre's bare name -----------------------------

HEADLINED = (
    "国民经济和社会发展计划报告\n"
    "2016-03-06    来源：某某社\n"
    "（三）青禾县农业生产保持稳定\n"
    "粮食总产量达到42万吨，增长2.1%；蔬菜产量18万吨，增长3.5%，农民收入稳步提高，农村面貌持续改善。\n"
)


def test_a_page_under_the_genres_bare_name_is_a_cut_page_of_the_report(tmp_path: Path) -> None:
    """Headed ``国民经济和社会发展计划报告`` and dated, opening mid-part without a part heading: an
    excerpt of the two-part report delivered in its plan year (the date's year)."""
    assert page_reading(tmp_path, HEADLINED, region="青禾县") == ("excerpt", "青禾县", 2015, 2016)


def test_the_bare_name_dated_needs_the_name_alone_on_its_line(tmp_path: Path) -> None:
    """A headline saying more than the genre's name (a commentary on it) opens nothing."""
    text = HEADLINED.replace("国民经济和社会发展计划报告\n", "专家谈国民经济和社会发展计划报告的亮点\n")
    with pytest.raises(DrafterError):
        page_reading(tmp_path, text, region="青禾县")


def test_a_part_of_the_country_is_no_place() -> None:
    """``东部地区``, ``经济特区`` are parts and kinds of the country, not a prefecture or a zone."""
    assert places_in("东部地区加快结构调整，经济特区活力增强，西北地区稳步发展") == []


# --- a newspaper's digest of the report on the plan's execution so far, dated by its byline -------

DIGEST = (
    "报告：今年以来计划执行总体平稳\n"
    "王某某 2019-08-27 09:15:02\n"
    "8月26日，国务院关于今年以来国民经济和社会发展计划执行情况的报告提请全国人大常委会会议审议。\n"
    "报告指出，主要指标运行在合理区间，下半年要继续扩大有效投资，稳定就业。\n"
)


def test_a_dated_digest_of_the_report_so_far_is_its_years_execution(tmp_path: Path) -> None:
    """``今年以来…计划执行情况的报告`` digested in a dated item: an execution report on the byline's
    year, delivered on the State Council's behalf (全国)."""
    assert page_reading(tmp_path, DIGEST) == ("execution", "全国", 2019, 2020)
