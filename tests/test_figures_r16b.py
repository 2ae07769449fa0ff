"""Rule tests for half-year items that open with the year plan restated (issue 9, round 16,
fxa19b): the general causes behind the first-run misses of a district's half-year report in
tests/real_aside19 (its README, convention 10; real_aside9 convention 1). Every text here is
invented: other indicators, other plan words (年度目标, 年初目标), other scopes of a rank,
traditional characters, and the cases each rule must leave alone."""

from __future__ import annotations

from drafter.figures import extract_figures
from drafter.normalize import simplified_converter


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2019)]


def test_a_restated_plan_line_is_no_figure_and_names_the_outcomes_after_it() -> None:
    got = _names("——全年社会消费品零售总额计划增长9%。上半年完成120.5亿元，同比增长10.2%。")
    assert got == [("社会消费品零售总额", "120.5"), ("社会消费品零售总额", "10.2")]
    got = _names("——全年规模以上工业增加值计划增长8%。1—6月增长8.6%。")
    assert got == [("规模以上工业增加值", "8.6")]
    # the same sentence, a comma between: the plan's indicator goes on, without 计划
    got = _names("全年地区生产总值计划增长7.8%，上半年完成675.9亿元，增长9%。")
    assert got == [("地区生产总值", "675.9"), ("地区生产总值", "9")]


def test_the_plan_written_as_a_target_of_the_year() -> None:
    got = _names("——全年税收收入年度目标增长6%。上半年完成40亿元，增长3.1%。")
    assert got == [("税收收入", "40"), ("税收收入", "3.1")]
    got = _names("——地区生产总值年初目标增长7.5%左右。上半年完成300亿元。")
    assert got == [("地区生产总值", "300")]


def test_a_plan_clause_after_the_restated_head_restates_too() -> None:
    got = _names("——全年计划实施重大项目100项，年度计划投资80亿元。1—6月实施重大项目105项，完成投资60亿元。")
    assert got == [("重大项目", "105"), ("投资", "60")]


def test_a_cause_clause_names_nothing() -> None:
    got = _names("——全年税收收入年初目标增长5%。受疫情因素影响，1—6月完成40亿元，下降3%。")
    assert got == [("税收收入", "40"), ("税收收入", "3")]
    got = _names("——全年地方一般公共预算收入计划增长6%。主要受减税降费政策影响，上半年完成91亿元。")
    assert got == [("地方一般公共预算收入", "91")]
    # 受…影响 inside a counted noun is the noun
    assert _names("受疫情影响企业300家。") == [("受疫情影响企业", "300")]


def test_a_gap_to_a_list_of_wider_scopes_names_nothing() -> None:
    got = _names("规模以上工业增加值增长8.6%，增速分别高省、市0.5和0.3个百分点。")
    assert [n for n, _ in got] == ["规模以上工业增加值"] + ["规模以上工业增加值增速"] * 2
    got = _names("固定资产投资增长12%，增速分别高于全省、全市2和1.5个百分点。")
    assert [n for n, _ in got] == ["固定资产投资"] + ["固定资产投资增速"] * 2


def test_ranks_of_the_total_and_the_growth_take_the_items_indicator() -> None:
    got = _names("——全年地区生产总值计划增长7%。上半年完成500亿元，增长8%，总量和增速排名中心城区第一。")
    assert got == [("地区生产总值", "500"), ("地区生产总值", "8"), ("地区生产总值总量和增速", "一")]
    got = _names("——全年税收收入年初目标增长5%。上半年完成40亿元，增长4%，总量排名全市第二，增速排名第五。")
    assert [n for n, _ in got] == ["税收收入", "税收收入", "税收收入总量", "税收收入增速"]
    got = _names("社会消费品零售总额增长10%，增速与总量均排名中心城区第一。")
    assert got[-1] == ("社会消费品零售总额增速与总量", "一")


def test_traditional_characters_read_alike() -> None:
    text = simplified_converter()("——全年規模以上工業增加值年初目標增長8%。上半年增長8.6%，增速分別高省、市0.5和0.3個百分點，總量和增速排名中心城區第一。")
    got = _names(text)
    assert [n for n, _ in got] == ["规模以上工业增加值"] + ["规模以上工业增加值增速"] * 2 + ["规模以上工业增加值总量和增速"]


def test_cases_left_alone() -> None:
    # a plan report's own targets stay targets
    got = extract_figures("——全年地区生产总值计划增长7.8%。", kind="target", year=2019)
    assert [(f.value, f.kind) for f in got] == [("7.8", "target")]
    got = extract_figures("全年计划实施重大项目190项，年度计划投资220亿元。", kind="target", year=2019)
    assert [(f.value, f.kind) for f in got] == [("190", "target"), ("220", "target")]
    # a project list's planned investment, no restated head: as written
    got = _names("重点项目120个，总投资693.36亿元，年度计划投资131.53亿元。")
    assert got[-1] == ("年度计划投资", "131.53")
    # a completion of the plan is an outcome
    assert _names("全年固定资产投资完成年度计划的98%。") == [("固定资产投资", "98")]
    # a restated plan after an outcome, not at the head: the gap as before
    got = _names("地区生产总值增长8.5%，高于年初目标0.7个百分点。")
    assert [v for _, v in got] == ["8.5", "0.7"]
    # the plan's indicator names only the sentence right after it
    got = _names("——全年地区生产总值计划增长7.8%。上半年完成675.9亿元。全区新增市场主体5000户。")
    assert got == [("地区生产总值", "675.9"), ("市场主体", "5000")]
