"""Page-reading rule tests of round 14's fixer fxa38 (issue 9). Every page here is invented."""

from __future__ import annotations

from pathlib import Path

from invented_page import page_report


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
