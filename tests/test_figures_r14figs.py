"""Rule tests of the fourteenth round's generalisation of first-run misses (fxgenfigs): variants of
the sentences real_aside10..16 missed at their first run, in other words, places and years. Every
text here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report

from drafter.figures import extract_figures
from drafter.figures.report import extract_report, recalls_last_year


def _found(text: str, kind: str = "outcome") -> list[tuple[str | None, str]]:
    return [(f.value, f.indicator) for f in extract_figures(text, kind=kind, year=2023)]


@pytest.mark.parametrize("text", [
    "全县完成市下达目标任务，GDP增长8%。",
    "全旗完成盟下达目标任务，GDP增长8%。",
    "全州完成省下达的目标任务，GDP增长8%。",
])
def test_a_task_from_above_met_by_the_whole_place_names_no_figure(text: str) -> None:
    for kind in ("outcome", "target"):
        assert _found(text, kind) == [("8", "GDP")]
    assert _found("全面完成市下达目标任务。") == []


def test_a_task_from_above_with_its_own_name_stays() -> None:
    assert _found("全面完成市下达的节能减排目标任务。", "target") == [(None, "节能减排")]
    assert _found("单位生产总值能耗完成省下达目标任务。", "target") == [(None, "单位生产总值能耗")]


def test_a_plan_paragraph_opening_with_last_years_number_tells_its_outcomes(tmp_path: Path) -> None:
    for opening, county in (("2023年，某某县", "某某县"), ("2023年，某某旗", "某某旗")):
        report = page_report(tmp_path, (
            f"近日，{county}政府印发《2024年国民经济和社会发展计划》。\n"
            f"{opening}实现生产总值336.8亿元、增长8%，固定资产投资增长10.2%，年初计划执行情况良好。\n"
            "《计划》提出，今年生产总值增长7%左右，一般公共预算收入增长6%以上。\n"), region=county)
        kinds = {(f.value, f.kind) for f in extract_report(report)}
        assert {("336.8", "outcome"), ("8", "outcome"), ("10.2", "outcome"), ("7", "target"), ("6", "target")} <= kinds


def test_a_year_opening_that_turns_to_the_plan_year_is_no_recall() -> None:
    assert recalls_last_year("2023年，全县生产总值增长8%。", 2023)
    assert recalls_last_year("去年，全县生产总值增长8%。", 2023)
    assert not recalls_last_year("2023年，全县生产总值增长8%，2024年力争增长7%。", 2023)
    assert not recalls_last_year("去年，全县生产总值增长8%，今年力争增长7%。", 2023)
    assert not recalls_last_year("2024年，全县生产总值增长7%左右。", 2023)


def test_a_recalled_year_with_its_scope_as_subject_and_no_comma() -> None:
    assert recalls_last_year("去年全市实现生产总值1200亿元。", 2023)
    assert recalls_last_year("2023年全县实现生产总值336亿元。", 2023)
    assert recalls_last_year("2023年我旗完成投资30亿元。", 2023)
    assert not recalls_last_year("去年同期基数较高，今年力争增长7%。", 2023)


@pytest.mark.parametrize("text", [
    "税收收入不低于上年实际完成数。",
    "一般公共预算收入不低于上年度预计执行数。",
    "税收收入不少于去年实际数。",
])
def test_a_bound_at_last_years_level_in_other_words(text: str) -> None:
    found = extract_figures(text, kind="target", year=2024)
    assert [(f.value, f.qualifier) for f in found] == [(None, "at_least")]


@pytest.mark.parametrize("text, value, unit, noun", [
    ("发动2万余志愿者参与。", "2", "万", "志愿者"),
    # a measure word after 余/多 stays the unit, as in 1.4万名 (round 16: real_aside14, 21, 49 agree)
    ("发动2万余名志愿者。", "2", "万名", "志愿者"),
    ("组织1万多医务人员下沉。", "1", "万", "医务人员"),
    ("组织1.49万余名党员下沉一线。", "1.49", "万名", "党员"),
    ("动员3万多名群众。", "3", "万名", "群众"),
])
def test_more_than_a_scale_of_people(text: str, value: str, unit: str, noun: str) -> None:
    found = extract_figures(text, kind="outcome", year=2023)
    assert [(f.value, f.unit, f.indicator, f.qualifier) for f in found] == [(value, unit, noun, "at_least")]
    assert _found("组织1.4万医务人员下沉。") == [("1.4", "医务人员")]


@pytest.mark.parametrize("text", ["着力打造四个中心，全州生产总值增长6%。", "加快建设两个高地、一个枢纽，全县生产总值增长6%。"])
def test_a_slogan_counting_the_roles_a_place_aims_at(text: str) -> None:
    assert [value for value, _ in _found(text)] == ["6"]
    assert _found("建成三个便民服务中心。") == [("三", "便民服务中心")]  # a thing named by the role is counted


@pytest.mark.parametrize("text, name, direction", [
    ("森林覆盖率稳中有升。", "森林覆盖率", "up"),
    ("税收占一般公共预算收入比重逐步提高。", "税收占一般公共预算收入比重", "up"),
    ("城乡居民收入稳步增加。", "城乡居民收入", "up"),
    ("主要污染物排放总量继续下降。", "主要污染物排放总量", "down"),
    ("实际利用外资保持平稳。", "实际利用外资", ""),
    ("一般公共预算收入与经济增长同步。", "一般公共预算收入", "up"),
])
def test_a_qualitative_target_in_the_other_manner_and_direction(text: str, name: str, direction: str) -> None:
    found = extract_figures(text, kind="target", year=2024)
    assert [(f.value, f.indicator, f.direction) for f in found] == [(None, name, direction)]
    assert extract_figures(text, kind="outcome", year=2024) == []  # an outcome part's narrative: no figure


@pytest.mark.parametrize("opening", ["过去一年，某某县", "过去的一年，全县", "一年来，全县", "上年度，全县"])
def test_a_plan_paragraph_recalling_last_year_by_its_other_names(tmp_path: Path, opening: str) -> None:
    report = page_report(tmp_path, (
        "近日，某某县政府印发《2024年国民经济和社会发展计划》。\n"
        f"{opening}实现生产总值336.8亿元、增长8%，年初计划执行情况良好。\n"
        "《计划》提出，今年全县生产总值增长7%左右。\n"), region="某某县")
    assert {(f.value, f.kind) for f in extract_report(report)} == {("336.8", "outcome"), ("8", "outcome"), ("7", "target")}
