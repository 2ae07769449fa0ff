"""Page-reading rule tests of round 15 (fixer fxa48): a page naming its place only in its own quoted
aim (``聚力建设“五大某某”``, ``打造“幸福某某”``, ``“三个某某”建设``) is filed under that short name at the
level it speaks of itself at. Every page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading

from drafter.errors import InputError
from drafter.structure.places import quoted_aim_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("全区上下纵深推进“三大行动”，聚力建设“五大河湾”，全区经济稳中向好。", "河湾区"),
        ("全县坚持稳中求进，奋力打造“幸福青溪”，全县地区生产总值增长6%。", "青溪县"),
        ("全区扎实推进“四个松岭”建设，全区一般公共预算收入增长3%。", "松岭区"),
        ("全市加快建设“六个桐川”，全市经济增长5.5%。", "桐川市"),
        ("全区加快建设“美丽柳沙”，我区固定资产投资增长4%。", "柳沙区"),
    ],
)
def test_a_pages_own_quoted_aim_names_its_place(text: str, place: str) -> None:
    assert quoted_aim_place([text]) == place


@pytest.mark.parametrize(
    "text",
    [
        "全区深入贯彻“四个全面”，聚力建设“五大发展”，全区经济增长6%。",  # common words
        "全区助力建设“美丽中国”“健康中国”，全区经济增长6%。",  # the nation's aims
        "全区加快建设“美丽乡村”，打造“智慧城市”，全区经济增长6%。",  # kinds of area
        "全区融入建设“美丽浙江”，全区经济增长6%。",  # a province's aim
        "全区全力服务建设“五大合肥”，全区经济增长6%。",  # the parent city's aim on a district's page
        "全区聚力建设“五大河湾”，加快打造“幸福青溪”，全区经济增长6%。",  # two names: none
        "聚力建设“五大河湾”，经济增长6%。",  # no level the page speaks at
        "全区纵深推进“五大河湾”，全区经济增长6%。",  # no verb of building: a quote of anything
    ],
)
def test_other_quoted_aims_name_no_place(text: str) -> None:
    assert quoted_aim_place([text]) == ""


def test_a_bare_titled_report_naming_its_place_only_in_its_aim_is_filed_under_it(tmp_path: Path) -> None:
    page = (
        "2025年国民经济和社会发展计划执行情况及2026年计划草案的报告\n"
        "一、2025年国民经济和社会发展计划执行情况\n"
        "2025年，全区上下在市委、市政府和区委的坚强领导下，纵深推进“三大行动”，聚力建设“五大河湾”，"
        "经济社会高质量发展取得新进展。\n"
        "预计，全年实现地区生产总值640亿元，增长5%；一般公共预算收入18.5亿元，增长3.1%。\n"
    )
    kind, region, year, plan_year = page_reading(tmp_path, page)
    assert (region, year, plan_year) == ("河湾区", 2025, 2026)


def test_a_page_quoting_only_its_parents_aim_still_asks_for_the_region(tmp_path: Path) -> None:
    page = (
        "2025年国民经济和社会发展计划执行情况及2026年计划草案的报告\n"
        "一、2025年国民经济和社会发展计划执行情况\n"
        "2025年，全区上下全力服务建设“五大合肥”，经济社会高质量发展取得新进展。\n"
        "预计，全年实现地区生产总值640亿元，增长5%。\n"
    )
    with pytest.raises(InputError) as err:
        page_reading(tmp_path, page)
    assert "--region" in err.value.message
