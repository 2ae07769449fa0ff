"""Figure rule tests of round 16 (fixer fxa5960; real_aside59 and real_aside60): the pair word 存贷 split and
its 分别 ranks in a paragraph ranking growths, the place's resolve (将确保) no part of a name, places counted
by a word of two levels, a count's fate 达标, a target restated after its time and verb, a meeting's agenda
counts, crops under a sown total written with its verb, a completion of a task named by its setter, a bound
set by the level above's rule. Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from _bounds import cpu_bound
from invented_page import page_report

from drafter.figures import lexicon as lex
from drafter.figures.extract import extract_figures

_REPORT = (
    "{place}2020年上半年国民经济和社会发展计划执行情况的报告\n"
    "一、上半年计划执行情况\n{body}\n"
    "二、下半年工作安排\n地区生产总值增长6%左右。\n"
)


def _figures(tmp_path: Path, body: str, place: str = "某省某某市") -> list[tuple]:
    report = page_report(tmp_path, _REPORT.format(place=place, body=body))
    return [(f.indicator, f.value, f.unit, f.kind, f.qualifier) for f in report.figures]


def _names(text: str, **kw) -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, **kw)]


def test_deposit_and_loan_pair_word_splits_and_its_ranks_are_the_growths(tmp_path: Path) -> None:
    got = _figures(tmp_path, "主要经济指标增速继续位居全省前列，出口总额增长31.2%，排名全省第2；"
                             "金融机构存贷余额增长12%和15%，分别排名全省第5和第3。")
    assert ("金融机构存款余额", "12", "%", "outcome", "exact") in got
    assert ("金融机构贷款余额", "15", "%", "outcome", "exact") in got
    assert ("金融机构存款余额增速", "5", "位", "outcome", "exact") in got or any(
        g[0] == "金融机构存款余额增速" and g[1] == "5" for g in got)
    assert any(g[0] == "金融机构贷款余额增速" and g[1] == "3" for g in got)


@pytest.mark.parametrize("resolve", ["将确保完成", "确保完成", "将力争完成", "要确保实现"])
def test_the_places_resolve_is_no_part_of_the_name(resolve: str) -> None:
    got = _names(f"下半年，某某{resolve}地区生产总值820亿元。", place="某某市", kind="target")
    assert got == [("地区生产总值", "820")]


@pytest.mark.parametrize(("units", "what"), [("市州", "不良贷款余额和不良贷款率出现上升"), ("县市区", "工业用电量均实现增长"),
                                             ("乡镇", "财政收入出现下降")])
def test_places_counted_before_what_befell_them_are_named_by_the_places(units: str, what: str) -> None:
    assert _names(f"风险有所显现，7个{units}{what}。")[0] == (units, "7")


def test_a_count_with_a_noun_of_its_own_keeps_it() -> None:
    assert _names("建成12个乡镇综合文化站。") == [("乡镇综合文化站", "12")]


@pytest.mark.parametrize("text", ["年初12项指标7项达标。", "12项指标有7项达标。"])
def test_a_noun_less_count_that_met_the_mark_is_named_by_its_fate(text: str) -> None:
    assert _names(text) == [("指标", "12"), ("达标的指标", "7")]


def test_met_and_unmet_counts_do_not_stack_their_fates() -> None:
    assert _names("全市16个监测断面有14个达标，2个未达标。") == [
        ("监测断面", "16"), ("达标的监测断面", "14"), ("未达标的监测断面", "2")]


@pytest.mark.parametrize("text", ["上半年税收收入增长4.2%，远低于年初增长9%的目标。",
                                  "上半年工业投资增长5%，低于全年增长10%的预期目标。"])
def test_a_target_restated_after_its_time_and_verb_is_no_figure(text: str) -> None:
    assert [v for _, v in _names(text)] == [text.split("增长")[1].split("%")[0]]


def test_a_meetings_agenda_counts_are_no_figures() -> None:
    text = "会议将听取、审议5项工作报告和1项执法检查报告，审议3件地方性法规草案、2项决定草案。"
    assert _names(text) == []
    assert _names("全年制定3件地方性法规。") == [("地方性法规", "3")]


def test_crops_under_a_sown_total_take_its_verb() -> None:
    got = _names("全县播种各类农作物52.3万亩，其中：棉花20.1万亩（完成自治州指标任务的101%），"
                 "玉米12.6万亩（完成自治州指标任务的98%），甜菜3.2万亩。")
    assert got == [("播种各类农作物", "52.3"), ("播种棉花", "20.1"), ("播种棉花", "101"), ("播种玉米", "12.6"),
                   ("播种玉米", "98"), ("播种甜菜", "3.2")]


def test_a_verb_before_a_list_of_crops_without_a_total_stays_on_the_first() -> None:
    assert _names("种植中药材1600亩、蓝莓260亩。") == [("种植中药材", "1600"), ("蓝莓", "260")]


@pytest.mark.parametrize("setter", ["市下达", "自治州", "省", "县下达的"])
def test_a_completion_of_a_task_named_by_its_setter_is_the_figures(setter: str) -> None:
    got = _names(f"固定资产投资完成61.2亿元（完成{setter}指标任务的58.3%）。")
    assert got == [("固定资产投资", "61.2"), ("固定资产投资", "58.3")]


@pytest.mark.parametrize(("text", "name"), [
    ("——万元GDP能耗下降控制在自治区规定的范围内。", "万元GDP能耗"),
    ("单位地区生产总值能耗降低控制在省规定范围内。", "单位地区生产总值能耗"),
])
def test_a_bound_set_by_the_level_aboves_rule_is_at_most(text: str, name: str) -> None:
    got = extract_figures(text, year=2022)
    assert [(f.indicator, f.value, f.qualifier) for f in got] == [(name, None, "at_most")]


def test_the_new_patterns_read_long_hostile_input_fast() -> None:
    for pattern, text in (
        (lex.PLACES_COUNTED, "市州" + "不良贷款和" * 10_000),
        (lex.SOWN_TOTAL, "播种" + "各类" * 10_000),
        (lex.PLACE_HEDGE, "将" + "确保" * 10_000),
        (lex.COMPLETION, "完成" + "自治州" * 10_000 + "任务的"),
        (lex.BOUND_TASK, "控制在" + "自治区规定" * 10_000 + "的范围内"),
    ):
        with cpu_bound(1.0):
            pattern.search(text)
    with cpu_bound(2.0):
        extract_figures("会议听取" + "审议、" * 10_000 + "3项报告")
