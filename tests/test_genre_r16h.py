"""Page-reading rule tests (issue 9, round 16, fxa6566): the general causes behind the first-run
losses of tests/real_aside65 and tests/real_aside66 (their READMEs: aside65 convention 1, aside66
conventions 1 and 4) and the place reader's verb rule. Every page and sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading, page_report, plan_body

from drafter.errors import InputError
from drafter.structure.places import places_in

_REPORT = "关于某某市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告"


def test_a_region_never_starts_with_a_verb() -> None:
    assert places_in("主任杨某主持会议并宣布某某县第十届人民代表大会第三次会议开幕。") == ["某某县"]
    assert places_in("秘书长宣读东山区人民政府的决定。") == ["东山区"]
    assert places_in("副市长陪同新乐县代表团参观。") == ["新乐县"]
    assert places_in("宣化区人民政府发布通知。") == ["宣化区"]  # a name opening with the verb's character stays


def test_a_signed_interpretation_whose_headline_was_lost_is_refused(tmp_path: Path) -> None:
    text = (
        "■ 某某日报记者 王某某\n通讯员 李某 张某\n"
        f"市两会期间,《{_REPORT}》(以下简称《计划报告》)提交市人大审查。2021年全市计划执行情况如何?"
        "2022年的主要目标是什么?市发展和改革委员会有关负责人对此进行了解读。\n"
        "2021年是极不平凡的一年,全市经济社会保持平稳发展,高质量发展持续推进。\n"
        "该负责人指出,《计划报告》围绕发展目标,主要在三个方面提质求新。\n"
    )
    with pytest.raises(InputError, match="解读"):
        page_report(tmp_path, text)


def test_a_signed_digest_restating_the_reports_figures_is_not_a_interpretation(tmp_path: Path) -> None:
    # the same head, but no one interprets: a page holding the report's own title and parts is read
    text = f"{_REPORT}\n■ 某某日报记者 王某某\n" + plan_body(2021)
    kind, region, year, plan_year = page_reading(tmp_path, text)
    assert (kind, region, year, plan_year) == ("report", "某某市", 2021, 2022)


def test_session_opening_news_with_the_work_reports_targets_is_refused(tmp_path: Path) -> None:
    text = (
        "1月20日上午,某某县第九届人民代表大会第五次会议在县城开幕。\n"
        "主任候选人赵某主持会议并宣布某某县第九届人民代表大会第五次会议开幕。\n"
        "县委副书记、县长钱某向大会作政府工作报告。钱某说,2023年全县经济社会发展取得新成效。\n"
        "钱某在报告中提出了2024年经济社会发展的主要预期目标是:地区生产总值增长6%,一般公共预算收入增长5%,"
        "固定资产投资增长8%,城乡居民人均可支配收入增长7%。\n"
        "会议印发县人民政府《关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)的报告》"
        "《关于2023年财政预算执行情况和2024年财政预算(草案)的报告》。\n"
    )
    with pytest.raises(InputError, match="新闻"):
        page_report(tmp_path, text)


def test_a_title_naming_one_year_for_both_parts_gives_way_to_the_part_heading(tmp_path: Path) -> None:
    text = (
        "2019年国民经济和社会发展计划执行情况及2019年计划(草案)报告(3)\n"
        "2025-03-01\n"
        "2011年全区实现城镇新增就业2100人,登记失业率为2.1%。\n"
        "二、2012年我区国民经济和社会发展的主要预期目标\n"
        "地区生产总值增长10%左右,城镇新增就业2000人。\n"
    )
    kind, _, year, plan_year = page_reading(tmp_path, text, region="某市某区")
    assert (kind, year, plan_year) == ("report", 2011, 2012)
    # a title whose years follow each other keeps them
    text = "某某区2019年国民经济和社会发展计划执行情况及2020年计划(草案)报告\n" + plan_body(2019)
    assert page_reading(tmp_path, text)[2:] == (2019, 2020)
