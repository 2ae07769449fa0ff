"""Figures read with the structure's context: a lead sentence is not part of an indicator."""

from __future__ import annotations

from conftest import CASES

from drafter.figures import extract_report
from drafter.read.text import read_text
from drafter.structure import parse_report


def test_lead_without_full_stop_does_not_leak_into_indicator() -> None:
    text = (CASES / "structure" / "other-district.txt").read_bytes()
    report = parse_report(read_text(text, "other.txt"))
    figures = {(f.indicator, f.value) for f in extract_report(report) if f.paragraph == "p1c2-1"}
    assert ("改造小区", "12") in figures
    assert not any("有序实施" in name for name, _ in figures)


def test_other_district_targets_and_outcomes() -> None:
    text = (CASES / "structure" / "other-district.txt").read_bytes()
    report = parse_report(read_text(text, "other.txt"))
    got = {(f.kind, f.period, f.indicator, f.value, f.unit, f.qualifier) for f in extract_report(report)}
    assert ("outcome", 2022, "地区生产总值", "2.5", "%", "about") in got
    assert ("target", 2023, "地区生产总值", "5", "%", "about") in got
    assert ("target", 2023, "固定资产投资", "50", "亿元", "at_least") in got
    assert ("target", 2023, "养老床位", "200", "张", "at_least") in got


def test_editor_marks_in_a_draft_hold_no_figures() -> None:
    from drafter.figures import extract_figures

    text = "实现双高楼宇【待更新：2座】、单高楼宇3座，【待填：固定资产投资实现正增长的完成情况】。"
    got = [(f.indicator, f.value, f.unit) for f in extract_figures(text, kind="target", year=2025)]
    assert got == [("单高楼宇", "3", "座")]


def test_ranges_keep_both_bounds() -> None:
    from decimal import Decimal

    from drafter.figures import extract_figures

    text = "地区生产总值增长6%—7%，营业收入增长6—7%，完成投资100—120亿元，新建学校3-5所。"
    got = [(f.value, f.number, f.upper, f.unit, f.qualifier) for f in extract_figures(text, kind="target")]
    assert got == [
        ("6-7", Decimal("6"), Decimal("7"), "%", "at_least"),
        ("6-7", Decimal("6"), Decimal("7"), "%", "at_least"),
        ("100-120", Decimal("1E+10"), Decimal("1.2E+10"), "亿元", "at_least"),
        ("3-5", Decimal("3"), Decimal("5"), "所", "at_least"),
    ]


def test_bare_from_to_gives_a_baseline() -> None:
    from drafter.figures import extract_figures

    text = "常住人口城镇化率由67.1%提高到68.3%，空置率从12%下降至8%。"
    got = [(f.kind, f.indicator, f.value, f.period) for f in extract_figures(text, kind="outcome", year=2023)]
    assert got == [
        ("baseline", "常住人口城镇化率", "67.1", 2022),
        ("outcome", "常住人口城镇化率", "68.3", 2023),
        ("baseline", "空置率", "12", 2022),
        ("outcome", "空置率", "8", 2023),
    ]


def test_more_qualitative_targets() -> None:
    from drafter.figures import extract_figures

    text = "地表水国控断面水质稳定达标，生活垃圾分类工作保持全市前列，安全生产事故起数和死亡人数实现双下降。"
    got = [(f.indicator, f.measure, f.direction) for f in extract_figures(text, kind="target", year=2023)]
    assert got == [
        ("地表水国控断面水质", "qualitative", ""),
        ("生活垃圾分类工作", "qualitative", ""),
        ("安全生产事故起数和死亡人数", "qualitative", "down"),
    ]


def test_bottom_line_targets() -> None:
    from drafter.figures import extract_figures

    text = "守住不发生规模性返贫致贫底线，确保不发生较大以上生产安全事故，守住耕地保护红线和粮食安全底线，兜牢民生底线。"
    got = [(f.indicator, f.measure, f.direction) for f in extract_figures(text, kind="target", year=2025)]
    # a line that says what must not happen is a target; a slogan (守住…底线) is not
    assert got == [
        ("不发生规模性返贫致贫", "qualitative", ""),
        ("不发生较大以上生产安全事故", "qualitative", ""),
    ]
