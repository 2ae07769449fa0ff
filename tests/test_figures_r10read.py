"""Rule tests of the tenth figure round on recall, units and page reading (issue 9, real_aside10/11
classes: Latin abbreviations before a value, a project list's planned investment, compound units,
met tasks closing a sentence). Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures
from drafter.figures.extract import non_figures


def _figures(text: str, kind: str = "outcome") -> list[tuple[str | None, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(text, kind=kind, year=2023)]


def test_a_value_right_after_an_indicator_abbreviation_is_a_figure() -> None:
    got = _figures("全县实现GDP215.3亿元，同比增长5.2%。")
    assert got == [("GDP", "215.3", "亿元"), ("GDP", "5.2", "%")]


def test_a_value_after_a_blank_following_an_abbreviation_is_a_figure() -> None:
    got = _figures("财政收入12.4亿元，增长3%。人均GDP 9.8万元，居民收入增长6%。")
    assert ("人均GDP", "9.8", "万元") in got


def test_digits_glued_to_a_code_stay_no_figure() -> None:
    assert ("2.5", "code") in non_figures("PM2.5浓度下降3%。")
    assert ("3", "code") in non_figures("新建A3 停车场。")
    assert [v for _, v, _ in _figures("PM2.5平均浓度32微克/立方米。")] == ["32"]


def test_a_project_lists_planned_investment_is_a_figure_and_the_investment_done_is_investment() -> None:
    got = _figures("全年安排市重点项目56项，总投资420.5亿元，年度计划投资88.2亿元，完成投资91.7亿元。")
    assert got == [
        ("市重点项目", "56", "项"),
        ("总投资", "420.5", "亿元"),
        ("年度计划投资", "88.2", "亿元"),
        ("投资", "91.7", "亿元"),
    ]


def test_a_clause_restating_the_year_plan_of_an_indicator_still_lists_nothing() -> None:
    got = _figures("——全年计划完成工业产值80亿元，1—6月完成41.2亿元。")
    assert got == [("工业产值", "41.2", "亿元")]


def test_a_met_task_in_manner_words_after_the_figures_is_no_figure() -> None:
    got = _figures("全县实现社会消费品零售总额38.2亿元，实际利用外资1200万美元，全面完成市下达目标任务。")
    assert got == [("社会消费品零售总额", "38.2", "亿元"), ("实际利用外资", "1200", "万美元")]
    got = _figures("外贸进出口总额9.1亿元，利用外资800万美元，均圆满完成省下达任务。")
    assert [v for _, v, _ in got] == ["9.1", "800"]


def test_a_met_task_with_its_own_subject_keeps_it() -> None:
    got = _figures("节能降耗指标全面完成上级下达任务。")
    assert [n for n, _, _ in got] == ["节能降耗"]


def test_a_list_of_binding_indicators_met_each_is_a_figure() -> None:
    got = _figures("节能降耗、空气质量改善等约束性指标完成省下达任务。")
    assert [n for n, _, _ in got] == ["节能降耗", "空气质量改善"]
    got = _figures("化学需氧量减排、氨氮减排均完成市下达任务。")
    assert [n for n, _, _ in got] == ["化学需氧量减排", "氨氮减排"]


def test_a_unit_written_per_another_is_one_compound_unit() -> None:
    got = _figures("单位地区生产总值能耗下降3%，为0.21吨标准煤/万元。")
    assert got[-1] == ("单位地区生产总值能耗", "0.21", "吨标准煤/万元")
    assert _figures("水稻单产510公斤/亩。") == [("水稻单产", "510", "公斤/亩")]
    assert _figures("社会劳动生产率9.6万元/人。")[0][2] == "万元/人"


def test_a_share_takes_no_denominator() -> None:
    assert [u for _, _, u in _figures("城镇化率提高1.2个百分点，达到61%。")] == ["个百分点", "%"]
    from drafter.figures.units import lookup

    assert lookup("%/年") is None
    per = lookup("千瓦时/万元")
    assert per is not None and per.family == "energy" and per.name == "千瓦时/万元"


def test_all_indicators_met_after_the_figures_is_no_figure() -> None:
    got = _figures("规上工业增加值增长6.5%，各项指标基本完成市下达任务。")
    assert got == [("规上工业增加值", "6.5", "%")]
