"""Rule tests of round 15's fixes on real_aside48 (fxa48): projects named by their fate of building,
a fund's flow, partners before a lead verb, 新开工 before examples,
a comparison note in brackets, a government's own level before a verb, a rank risen to, a body ranked
in an assessment, and a task from above met by items joined with 和. Every text here is invented."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures


def _found(text: str, kind: str = "outcome") -> list[tuple[str | None, str]]:
    return [(f.value, f.indicator) for f in extract_figures(text, kind=kind, year=2023)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("甲地块、乙商业地块等30个项目开工建设，", "开工建设项目"),
        ("丙安置点、丁文化中心等25个项目竣工，", "竣工项目"),
        ("全年12个项目完工。", "完工项目"),
        ("8个项目集中开工。", "集中开工项目"),
        ("6个项目竣工验收。", "竣工验收项目"),
    ],
)
def test_counted_projects_closed_by_their_fate_of_building(text: str, name: str) -> None:
    assert _found(text)[0][1] == name


def test_a_fate_with_words_after_it_keeps_the_noun() -> None:
    assert _found("10个项目开工建设进度过半。") == [("10", "项目")]
    assert _found("5个项目开工。") == [("5", "项目")]  # 开工 alone: the noun's predicate (tests/test_figures_r9.py)


def test_a_list_of_examples_before_a_class_stays() -> None:
    # FIGURES.md (fxa30): a list before a head that is no category of indicators stays whole
    assert _found("争取国债、专项债等政策性资金9.6亿元。")[0][1] == "国债、专项债等政策性资金"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("城中村改造专项借款累计授信87.5亿元，当年使用45.74亿元。", "城中村改造专项借款使用"),
        ("棚户区改造专项贷款授信30亿元，当年提款12亿元。", "棚户区改造专项贷款提款"),
        ("老旧小区改造中央补助资金下达3亿元，已拨付2.1亿元。", "老旧小区改造中央补助资金拨付"),
    ],
)
def test_a_step_of_a_funds_flow_alone_takes_the_fund(text: str, second: str) -> None:
    assert _found(text)[1][1] == second


def test_partners_before_a_lead_verb_are_no_subject() -> None:
    assert _found("联动步行街、商业综合体开展促销活动300余场次。") == [("300", "促销活动")]
    assert _found("携手电商平台举办直播带货活动50场。") == [("50", "直播带货活动")]


def test_new_start_before_examples_governs_the_head() -> None:
    assert _found("新开工甲科技港等市重点项目12个，居全市第一。") == [
        ("12", "新开工市重点项目"), ("一", "新开工市重点项目")
    ]
    assert _found("新签约甲基地等重大项目9个。") == [("9", "新签约重大项目")]


@pytest.mark.parametrize("note", ["(同比,下同)", "（同比，下同）", "（同比）", "(比上年,下同)", "（下同）"])
def test_a_comparison_note_in_brackets_after_the_growth_verb(note: str) -> None:
    assert _found(f"预计全年地区生产总值增长{note}5%左右，规上工业增加值增长7%。") == [
        ("5", "地区生产总值"), ("7", "规上工业增加值")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("区本级累计兑现惠企政策资金6200万元。", "区本级兑现惠企政策资金"),
        ("县本级发放创业担保贷款3000万元。", "县本级发放创业担保贷款"),
    ],
)
def test_a_governments_own_level_before_a_verb_stays(text: str, name: str) -> None:
    assert _found(text)[0][1] == name


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("河湾经开区在全省国家级开发区综合考评中升至第3。", "3", "国家级开发区综合考评"),
        ("青溪镇在全县乡镇综合考核中升至第2位。", "2", "乡镇综合考核"),
        ("河湾高新区在全市园区考评中居第一。", "一", "园区考评"),
    ],
)
def test_a_rank_risen_to_in_an_assessment_is_named_by_the_assessment(text: str, value: str, name: str) -> None:
    assert _found(text) == [(value, name)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("完成市下达的节能降耗、碳减排和主要污染物减排任务。", ["节能降耗", "碳减排", "主要污染物减排"]),
        ("完成省下达的节能减排和碳减排任务。", ["节能减排", "碳减排"]),
    ],
)
def test_a_task_from_above_met_by_items_joined_with_and(text: str, names: list[str]) -> None:
    assert _found(text) == [(None, n) for n in names]
    assert _found("完成市下达的招商引资和固定资产投资任务。") == [(None, "招商引资和固定资产投资")]

