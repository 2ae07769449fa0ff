"""Rule tests of the names round fxnames12 (issue 9, tenth fixing round: tests/real_aside13 and
tests/real_aside15): qualitative targets of a list of sectors sharing its measure, counts of the
plan's own targets, 增 alone, a total after a growth, counts of targets by their fate. Every text
here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _figs(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.kind) for f in extract_figures(text, kind=kind, year=2023)]


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(n, v) for n, v, _ in _figs(text, kind)]


def test_a_list_of_sectors_sharing_its_measure_gives_one_qualitative_target_each() -> None:
    got = _names("物流产业、会展产业(含数字会展)和现代种业增加值增速均高于地区生产总值增速。", kind="target")
    assert got == [("物流产业增加值", None), ("会展产业增加值", None), ("现代种业增加值", None)]
    # 和 inside an item (批发和零售业) keeps the item whole
    got = _names("批发和零售业、住宿业增加值保持较快增长。", kind="target")
    assert got == [("批发和零售业增加值", None), ("住宿业增加值", None)]
    # a list of measures is no list of sectors: one name per measure, as before
    assert _names("粮食产量、蔬菜产量保持稳定。", kind="target") == [("粮食产量", None), ("蔬菜产量", None)]


def test_a_moderate_growth_is_a_qualitative_target() -> None:
    got = _names("外贸进口总额保持适度增长，服务贸易额增长6%。", kind="target")
    assert got == [("外贸进口总额", None), ("服务贸易额", "6")]
    assert _names("外贸进口总额保持适度增长。") == []  # an account of the year states no such line


def test_counts_of_the_plans_own_targets_by_class_are_outcomes_named_by_the_class() -> None:
    got = _figs("——关于民生保障类目标(9个)。城镇新增就业1.2万人。", kind="target")
    assert got[0] == ("民生保障类目标", "9", "outcome")
    assert got[1][2] == "target"
    assert _figs("今年安排主要预期指标共16项。", kind="target")[0] == ("主要预期指标", "16", "outcome")
    # a count of other things stays a target
    assert _figs("新建5G基站300个。", kind="target")[0][2] == "target"


def test_zeng_alone_before_a_rate_is_a_growth_and_a_total_after_it_names_the_indicators_total() -> None:
    got = _names("预计全县生产总值增6.5%、总量突破五百亿元。")
    assert got == [("生产总值", "6.5"), ("生产总值总量", "五百")]
    # 新增/净增 stay counts of the things added; their 总量 is the same things
    assert _names("净增市场主体2100户，总量突破3万户。") == [("市场主体", "2100"), ("市场主体", "3")]


def test_a_count_without_its_noun_after_a_count_names_what_befell_the_things_counted() -> None:
    got = _names("年初确定的52项重点任务，47项全面完成，3项基本完成，2项任务未达预期。")
    assert got == [
        ("重点任务", "52"),
        ("全面完成的重点任务", "47"),
        ("基本完成的重点任务", "3"),
        ("任务", "2"),
    ]
    assert _names("20项约束性指标中有18项达到或超过预期。")[-1] == ("达到或超过预期的约束性指标", "18")
    assert _names("5项目标未完成。") == [("目标", "5")]


def test_a_bound_by_last_years_level_and_a_water_class_are_qualitative_targets() -> None:
    got = [(f.indicator, f.value, f.qualifier) for f in extract_figures(
        "——区级税收收入不低于上年预计执行数；清水河入湖口水质稳定在地表水Ⅲ类标准。", kind="target", year=2023)]
    assert got == [("区级税收收入", None, "at_least"), ("清水河入湖口水质", None, "exact")]


def test_a_task_on_a_rate_of_change_is_named_by_the_thing_that_changes() -> None:
    got = _names("——万元工业增加值用水量下降率完成省下达目标。", kind="target")
    assert got == [("万元工业增加值用水量", None)]


def test_examples_before_deng_leave_the_verb_on_the_counted_noun() -> None:
    got = _names("打造龙腾科技等6个智能工厂及海川股份等3个未来工厂。")
    assert got == [("打造智能工厂", "6"), ("未来工厂", "3")]
    assert _names("引进宏远集团等5家企业。") == [("引进企业", "5")]


def test_a_rating_verb_carries_to_the_next_kind_of_people_rated() -> None:
    got = _names("评定优秀教育人才6名，青年教育人才15名。")
    assert got == [("评定优秀教育人才", "6"), ("评定青年教育人才", "15")]


def test_subjects_written_as_clauses_before_a_shared_value_name_it_together() -> None:
    got = _names("工业投资增长8%以上，其中技改投资，数字基建投资，民生领域投资均增长15%以上。", kind="target")
    assert got == [("工业投资", "8"), ("技改投资,数字基建投资,民生领域投资", "15")]
    # a clause with a figure of its own stops the list
    got = _names("技改投资增长9%，民生投资均增长15%。", kind="target")
    assert got[-1] == ("民生投资", "15")


def test_sectors_before_a_shared_measure_after_respectively_take_the_measure_alone() -> None:
    got = _names("装备制造业和现代服务产业增加值分别增长9.1%和6.3%。")
    assert got == [("装备制造业增加值", "9.1"), ("现代服务产业增加值", "6.3")]
    # one growth shared by the list is one figure named with the whole phrase (工业产值 kept whole)
    assert _names("数字产业、先进制造业工业产值增长5.2%。") == [("数字产业、先进制造业工业产值", "5.2")]
