"""Page-reading rule tests of round 15 (fixer fxa4445): a page stored from inside its plan part (the plan
year's guideline, then the year's proposed targets), a place named only inside a development aim. Every page
here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading

from drafter.errors import InputError
from drafter.structure.places import aim_place

_INSIDE = (
    "2025年是“十五五”规划的开局之年，做好今年经济社会发展工作意义重大。坚持稳中求进工作总基调，"
    "奋力开创现代化{place}建设新局面。\n"
    "综合研判面临的形势，建议2025年全旗经济社会发展主要预期目标确定为：地区生产总值增长6%左右；"
    "一般公共预算收入完成2.1亿元。\n"
    "根据2025年全旗经济社会发展计划安排，建议做好以下重点工作：\n"
)


def test_a_page_from_inside_the_plan_part_is_an_excerpt_of_the_plan_year(tmp_path: Path) -> None:
    kind, region, year, plan_year = page_reading(tmp_path, _INSIDE.format(place="某某右旗"))
    assert (kind, region, year, plan_year) == ("excerpt", "某某右旗", 2024, 2025)


def test_a_guideline_without_the_years_proposed_targets_names_no_year(tmp_path: Path) -> None:
    page = _INSIDE.format(place="某某右旗").replace("建议2025年全旗经济社会发展主要预期目标确定为", "全旗上下")
    with pytest.raises(InputError) as err:
        page_reading(tmp_path, page)
    assert "--year" in err.value.message


def test_targets_proposed_for_another_year_name_no_year(tmp_path: Path) -> None:
    page = _INSIDE.format(place="某某右旗").replace("建议2025年", "建议2026年")
    with pytest.raises(InputError) as err:
        page_reading(tmp_path, page)
    assert "--year" in err.value.message


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("全旗上下奋力开创现代化某某右旗建设崭新局面", "某某右旗"),
        ("全县上下加快建设现代化某某县，努力走在前列", "某某县"),
        ("全区加快建设国际化现代化新城区", ""),  # an aimed kind of area names none
        ("突出抓好项目建设、城市化、财税工作、和谐开发区七项工作，全区上下", ""),  # an item of a list, no aim
    ],
)
def test_a_place_inside_a_development_aim(text: str, place: str) -> None:
    assert aim_place([text]) == place
