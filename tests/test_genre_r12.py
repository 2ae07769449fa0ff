"""Rule tests of the twelfth page-reading round (real_aside13 and real_aside15 classes): each on an
invented page."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading

from drafter.errors import DrafterError
from drafter.structure.places import places_in

# --- a notice issuing the year's plan, its title over two lines under the issuer ----------------

NOTICE = (
    "首页 > 政务公开 > 正文\n"
    "县人民政府印发通知\n"
    "青禾县人民政府关于下达2023年\n"
    "全县国民经济和社会发展计划的通知\n"
    "各乡镇人民政府，县直各部门：\n"
    "《青禾县2023年国民经济和社会发展计划》已经县人大审议通过，现予下达，请认真组织实施。\n"
    "2023年2月3日\n"
    "一、2023年主要预期目标\n"
    "地区生产总值增长6.5%左右，一般公共预算收入增长5%。\n"
)


def test_a_line_saying_guanyu_is_the_title_not_the_site_name(tmp_path: Path) -> None:
    """``某县人民政府关于下达2023年`` opens the notice's title: a site's name never says 关于."""
    assert page_reading(tmp_path, NOTICE) == ("plan", "青禾县", 2022, 2023)


# --- the plan draft presented alone, its part 一 looking back -----------------------------------

PRESENTED = (
    "——2023年1月9日在溪口市南坪区第三届人民代表大会第二次会议上\n"
    "各位代表：\n"
    "现向大会书面报告溪口市南坪区2023年国民经济和社会发展计划草案，请予审议。\n"
    "一、2022年主要指标完成情况\n"
    "全年预计地区生产总值820亿元，增长4.2%；一般公共预算收入61亿元，增长3%。\n"
    "二、2023年主要预期目标\n"
    "地区生产总值增长6%左右，一般公共预算收入增长5%。\n"
)


def test_a_plan_draft_presented_alone_is_a_plan(tmp_path: Path) -> None:
    assert page_reading(tmp_path, PRESENTED) == ("plan", "溪口市南坪区", 2022, 2023)


def test_an_opening_presenting_both_parts_stays_a_report(tmp_path: Path) -> None:
    text = PRESENTED.replace("书面报告溪口市南坪区2023年", "书面报告溪口市南坪区2022年国民经济和社会发展计划执行情况与2023年")
    assert page_reading(tmp_path, text)[0] == "report"


def test_an_opening_naming_the_execution_before_the_draft_is_no_plan_alone(tmp_path: Path) -> None:
    text = PRESENTED.replace("书面报告溪口市南坪区2023年", "书面报告今年以来计划执行情况和2023年")
    assert page_reading(tmp_path, text)[0] != "plan"


# --- a page that is only the year's main targets -------------------------------------------------

TARGETS = (
    "2024年全乡经济和社会发展的主要目标是：地区生产总值增长8%，财政收入突破3200万元，"
    "固定资产投资增长10%以上，农民人均可支配收入增长9%。\n"
)


def test_a_page_opening_on_its_main_targets_is_a_plan_of_that_year(tmp_path: Path) -> None:
    assert page_reading(tmp_path, TARGETS, region="青禾县云岭乡") == ("plan", "青禾县云岭乡", 2023, 2024)


def test_main_targets_in_passing_make_no_plan(tmp_path: Path) -> None:
    """Below another line the same words are a report's part 二 in passing: no year is read."""
    text = "全乡经济运行稳中有进，各项事业协调发展。\n" + TARGETS
    with pytest.raises(DrafterError, match="--year"):
        page_reading(tmp_path, text, region="青禾县云岭乡")


# --- a descriptive phrase ending in a level word ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["奋力建设一流的国际化现代化城区。", "加快打造现代化国际化大都市。", "推动城乡一体化市区协同发展。"],
)
def test_a_development_aim_and_its_noun_name_no_place(text: str) -> None:
    assert places_in(text) == []


def test_a_place_after_a_development_aim_is_kept() -> None:
    assert places_in("推进农业现代化南坪区人大常委会") == ["南坪区"]


def test_a_city_district_named_as_a_common_area_under_its_city_is_kept() -> None:
    assert places_in("溪口市城区人民政府") == ["溪口市城区"]


SLOGAN_ONLY = (
    "各位代表：\n"
    "受区政府委托，向大会报告我区2022年国民经济和社会发展计划执行情况及2023年计划草案，请予审议。\n"
    "一、2022年国民经济和社会发展计划执行情况\n"
    "我区全面深化“三大工程”云岭实践，全年地区生产总值增长5%；一般公共预算收入增长4%。\n"
    "二、2023年国民经济和社会发展计划草案\n"
    "地区生产总值增长6%左右，一般公共预算收入增长5%。\n"
)


def test_a_place_named_only_as_its_rendering_of_a_programme(tmp_path: Path) -> None:
    assert page_reading(tmp_path, SLOGAN_ONLY) == ("report", "云岭区", 2022, 2023)


def test_a_verb_before_shijian_names_no_place(tmp_path: Path) -> None:
    text = SLOGAN_ONLY.replace("云岭实践", "学习实践")
    with pytest.raises(DrafterError, match="--region"):
        page_reading(tmp_path, text)


@pytest.mark.parametrize("word", ["改革经验", "成功经验", "转化实践", "创新模式", "试点经验", "基层模式"])
def test_a_common_word_before_shijian_names_no_place(tmp_path: Path, word: str) -> None:
    # 改革 (vn), 成功 (a), 试点 (n) … are common words in jieba's dictionary: no place's short name
    text = SLOGAN_ONLY.replace("云岭实践", word)
    with pytest.raises(DrafterError, match="--region"):
        page_reading(tmp_path, text)
