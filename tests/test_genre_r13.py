"""Rule tests of the thirteenth page-reading round (real_aside16 national pages): each on an
invented page."""

from __future__ import annotations

from pathlib import Path

from invented_page import page_reading, plan_body

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
