"""Page-reading rule tests of round 14 (fixer fxa41): a preposition before a level is no place,
a quoted slogan's 新 + short name names the page's place, a city's excerpt naming itself only by
its known short name. Every page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading

from drafter.errors import InputError
from drafter.structure.places import known_city_place, places_in, quoted_slogan_place


@pytest.mark.parametrize(
    "text", ["受市人民政府委托，向市人大常委会报告我市上半年", "由县政府统一部署", "从区财政拨付", "经市政府同意，按区里要求"]
)
def test_a_preposition_before_a_level_is_no_place(text: str) -> None:
    assert places_in(text) == []


@pytest.mark.parametrize("text", ["向阳区人民政府", "和县人民政府", "从化区人民政府", "和平区人民政府"])
def test_places_opening_with_a_function_word_stay(text: str) -> None:
    assert places_in(text) == [text.removesuffix("人民政府")]


def test_a_midyear_mirror_naming_no_place_asks_for_the_region(tmp_path: Path) -> None:
    page = (
        "市人大常委会：\n受市人民政府委托，向市人大常委会报告我市2018年上半年国民经济和社会发展计划执行情况，请予审议。\n"
        "一、上半年计划执行情况\n全市地区生产总值增长8.5%。\n"
    )
    with pytest.raises(InputError) as err:
        page_reading(tmp_path, page)
    assert "--region" in err.value.message


def test_a_quoted_slogans_new_place_is_the_region_not_a_place() -> None:
    text = "全区上下奋力拼搏，“美丽宜居”新河湾现代化建设迈出坚实步伐。全区地区生产总值增长6%。"
    assert places_in(text) == []
    assert quoted_slogan_place([text]) == "河湾区"
    assert quoted_slogan_place(["全市开启“十四五”新征程，全市经济增长6%。"]) == ""


def test_an_excerpt_naming_its_place_only_in_a_slogan_is_filed_under_it(tmp_path: Path) -> None:
    page = (
        "一、2024年国民经济和社会发展计划执行情况\n"
        "2024年，全区上下团结奋斗，“美丽宜居”新河湾现代化建设迈出坚实步伐。预计全年地区生产总值增长6.6%。\n"
    )
    assert page_reading(tmp_path, page)[1] == "河湾区"


def test_a_city_excerpt_named_by_its_known_short_name() -> None:
    text = "紧紧围绕“十问台州”调研成果和省委对台州发展的要求，全市2019年主要预期目标安排如下：地区生产总值增长7%。"
    assert known_city_place([text]) == "台州市"
    assert known_city_place([text.replace("全市", "全区")]) == ""  # a district's page: not its city
    assert known_city_place(["学习“十问台州”经验，全市经济增长7%。"]) == ""  # only a quoted name
    assert known_city_place(["对台州发展和温州经济的要求，全市经济增长7%。"]) == ""  # two cities: none


def test_a_plan_excerpt_naming_its_city_by_its_short_name(tmp_path: Path) -> None:
    page = (
        "一、2019年主要预期目标安排\n围绕省委对台州发展的要求，全市2019年经济和社会发展主要预期目标安排如下：\n"
        "——地区生产总值增长7%左右。\n——固定资产投资增长8%左右。\n"
    )
    kind, region, year, plan_year = page_reading(tmp_path, page)
    assert region == "台州市"
