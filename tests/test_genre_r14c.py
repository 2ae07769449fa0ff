"""Page-reading rule tests of round 14's fixer fxa38 (issue 9). Every page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report, plan_body

from drafter.errors import InputError


def test_a_plans_main_targets_before_a_part_opening_with_its_items_are_read(tmp_path: Path) -> None:
    page = (
        "某某市人民政府关于下达2026年国民经济和社会发展计划的通知\n"
        "2026年某某市国民经济和社会发展计划\n"
        "2026年国民经济和社会发展主要预期目标是：地区生产总值增长7%左右；一般公共预算收入增长6%以上。\n"
        "一、坚持项目为王，持续扩大有效投资\n"
        "一是抓好重大项目建设。推动产业园区提档升级。\n"
    )
    report = page_report(tmp_path, page)
    assert report.meta.kind == "plan" and (report.meta.year, report.meta.plan_year) == (2025, 2026)
    got = [(f.indicator, f.value, f.kind) for f in report.figures]
    assert got == [("地区生产总值", "7", "target"), ("一般公共预算收入", "6", "target")]


def _traditional(text: str) -> str:
    from conftest import opencc

    return opencc("s2t").convert(text)


_GROUP_REVIEW = (
    "某某网7月25日讯 (记者 王某) 23日上午，市十五届人大常委会第九次会议分组审议了《关于某某市2025年上半年"
    "国民经济和社会发展计划执行情况的报告》。组成人员认为，上半年全市经济运行总体平稳，成绩来之不易。\n"
    "审议中，组成人员对下半年工作提出了意见和建议。要加快重大项目建设，确保完成全年投资任务。\n"
)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_signed_news_of_a_committees_group_review_is_refused(tmp_path: Path, script: str) -> None:
    page = _GROUP_REVIEW if script == "simplified" else _traditional(_GROUP_REVIEW)
    with pytest.raises(InputError, match="新闻报道"):
        page_report(tmp_path, page)


@pytest.mark.parametrize("opening", ["向大会作工作报告", "向大会作政府工作报告", "向大会报告政府工作"])
def test_a_work_report_cut_above_its_title_is_refused_by_its_delivery(tmp_path: Path, opening: str) -> None:
    page = (
        "——2026年1月15日在某某县第十八届人民代表大会第五次会议上\n县长 张某\n各位代表：\n"
        f"现在，我代表县人民政府，{opening}，请予审议，并请各位政协委员提出意见。\n"
        "一、2025年工作回顾\n全县地区生产总值预计实现215亿元，增长6%；一般公共预算收入18亿元，增长5.2%。\n"
    )
    with pytest.raises(InputError, match="政府工作报告"):
        page_report(tmp_path, page)


def test_a_plan_report_delivered_on_the_governments_behalf_is_read(tmp_path: Path) -> None:
    page = (
        "——2026年1月15日在某某县第十八届人民代表大会第五次会议上\n县发展和改革局局长 李某\n各位代表：\n"
        "受县人民政府委托，现将某某县2025年国民经济和社会发展计划执行情况与2026年计划草案向大会作报告，请予审议。\n"
        + plan_body(2025)
    )
    assert page_report(tmp_path, page).meta.kind == "report"


_YEARLESS = (
    "3月2日，某某市对外公开发布《某某市年国民经济和社会发展计划执行情况与年国民经济和社会发展计划草案》。\n"
    "各位代表：\n现将某某市年国民经济和社会发展计划执行情况与年国民经济和社会发展计划草案提请大会审议。\n"
    "一、年国民经济和社会发展计划执行情况\n全市地区生产总值同比增长5%。\n"
)


def test_a_copy_that_lost_every_year_is_the_document_its_title_names(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--year"):
        page_report(tmp_path, _YEARLESS)  # no year anywhere: the user gives it
    meta = page_report(tmp_path, _YEARLESS, year=2021).meta
    assert (meta.kind, meta.year, meta.plan_year) == ("report", 2021, 2022)


def test_a_lost_year_is_not_a_word_of_time(tmp_path: Path) -> None:
    from drafter.structure.head import _yearless_title

    assert _yearless_title("现将今年国民经济和社会发展计划执行情况报告如下") is None
    assert _yearless_title("全年国民经济和社会发展计划执行情况良好") is None
    assert _yearless_title("《某某县年国民经济和社会发展计划》").kind == "plan"
