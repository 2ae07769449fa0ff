"""Rule tests for figures and names (issue 9, round 16, fxa20): the general causes behind the
first-run misses of tests/real_aside20 (its README, conventions 1–5). Every text here is invented:
variants with other places, amounts, verbs and list shapes, and the cases each rule must leave alone."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


# -------------------------------------------------------------- figures that are none


def test_a_milestone_listed_before_its_amount_restates_it() -> None:
    assert _names("全县生产总值突破300亿元大关、达到312.5亿元。") == [("生产总值", "312.5")]
    assert _names("税收收入首次跨上千亿台阶、达到1023亿元。") == [("税收收入", "1023")]
    assert _names("地区生产总值突破千亿元大关，达到1012.9亿元。") == [("地区生产总值", "1012.9")]
    # a milestone with no amount beside it stays a figure
    assert _names("工业产值突破50亿元大关、增长8%。") == [("工业产值", "50"), ("工业产值", "8")]


def test_a_span_of_quarters_is_no_figure_and_no_part_of_a_name() -> None:
    got = extract_figures("工业报表3个季度保持全省前20。", kind="outcome", year=2023)
    assert [(f.indicator, f.value, f.qualifier) for f in got] == [("工业报表", "20", "at_most")]
    assert _names("工业增速连续两个季度位居全省第2位。") == [("工业增速", "2")]
    assert _names("全县税收3个季度均保持全省前20。") == [("税收", "20")]
    assert _names("前三个季度全市地区生产总值增长5%。") == [("地区生产总值", "5")]
    assert _names("签约项目3个，季度开工率90%。")[0][1] == "3"  # a count before a comma stays


def test_the_year_plan_an_amount_can_bear_is_the_plans_value() -> None:
    assert _names("在建项目总投资2.1万亿元，能够支撑8000亿元的年度投资计划。") == [("在建项目总投资", "2.1")]
    assert _names("融资余额可满足300亿元的全年融资计划。") == []
    # a change it bears, or the plan in a plan part, stays
    assert _names("支撑投资增长8%。") == [("支撑投资", "8")]
    assert [v for _, v in _names("下达500亿元的年度投资计划。", kind="target")] == ["500"]


def test_a_bodys_programme_named_by_its_count_is_a_name() -> None:
    assert _names("紧扣市委“三个提升”、市政府八项重点工作部署要求，生产总值增长6%。", kind="target") == [
        ("生产总值", "6")]
    assert _names("全面落实省委十项重点任务决策部署。", kind="target") == []
    # a body's count of work done, with no demand after it, is counted
    assert _names("市政府十件民生实事全部完成。") == [("民生实事", "十")]


def test_a_list_of_aims_each_with_its_predicate_is_no_qualitative_target() -> None:
    text = "坚持稳中求进，切实推动经济增长持续向好、农业农村稳固繁荣、民生福祉持续提升，推动兴业发展。"
    assert _names(text, kind="target") == []
    assert _names("促进工业经济提质增效、服务业繁荣发展、居民收入稳步增长。", kind="target") == []
    # one aim alone, or a list of nouns, is a target
    assert _names("推动城乡居民收入稳步增长。", kind="target") == [("城乡居民收入", None)]
    assert _names("推动城镇、农村居民收入稳步增长。", kind="target") == [("城镇、农村居民收入", None)]


# -------------------------------------------------------------- names


def test_a_count_after_its_fate_names_the_fate_and_the_things() -> None:
    got = _names("42项指标完成或基本完成30项，未达预期12项。")
    assert got == [("指标", "42"), ("完成或基本完成的指标", "30"), ("未达预期的指标", "12")]
    got = _names("全年18项主要目标全面完成15项，未完成3项。")
    assert got == [("主要目标", "18"), ("全面完成的主要目标", "15"), ("未完成的主要目标", "3")]
    # a count of its own noun, or a count of another unit, is named as before
    assert _names("引进项目20个，完成投资15个。")[1] == ("投资", "15")


def test_a_part_among_the_things_named_by_its_progress() -> None:
    assert _names("年度目标中有9项进展好于预期。") == [("进展好于预期的年度目标", "9")]
    assert _names("20项目标中有12项进展顺利。") == [("目标", "20"), ("进展顺利的目标", "12")]


def test_a_count_set_apart_by_what_it_entered_is_of_the_things_before() -> None:
    got = _names("谋划储备市级以上重大项目超180个，进入上位规划26个。")
    assert got == [("谋划储备市级以上重大项目", "180"), ("进入上位规划的市级以上重大项目", "26")]
    assert _names("储备重点项目120个，纳入省级盘子45个。")[1] == ("纳入省级盘子的重点项目", "45")
    assert _names("引进企业30家，入选省级专精特新12家。")[1] == ("入选省级专精特新的企业", "12")
    assert _names("新签约项目30个，落地20个。")[1] == ("落地", "20")  # no entering: as before


def test_funds_asked_of_higher_levels_and_a_manner_adverb_go() -> None:
    assert _names("向上争取中央预算内资金12.5亿元。") == [("中央预算内资金", "12.5")]
    assert _names("积极向上级争取专项债券资金30亿元。") == [("专项债券资金", "30")]
    assert _names("前瞻布局未来产业项目8个。") == [("布局未来产业项目", "8")]
    assert _names("争取上级资金20亿元。") == [("上级资金", "20")]  # 争取 alone, as before


def test_a_grant_with_no_noun_is_named_by_its_project_and_verb() -> None:
    assert _names("其中清水河水库获批9亿元创单笔资金历史之最。") == [("清水河水库获批", "9")]
    assert _names("新增贷款80亿元创近五年最高。") == [("贷款", "80")]
    assert _names("引进项目12个创历史新高。") == [("引进项目", "12")]


def test_examples_before_a_class_with_ge_lei_go() -> None:
    got = _names("春季美食节、国际车展等各类会展节庆活动数量增长10%。")
    assert got == [("各类会展节庆活动数量", "10")]
    assert _names("苹果、花椒等林果面积增长5%。") == [("苹果、花椒等林果面积", "5")]  # kinds of a thing stay


def test_a_scope_after_a_counted_noun_opens_its_predicate() -> None:
    assert _names("12项改革经验全省推广。") == [("改革经验", "12")]
    assert _names("支持返乡创业等63项工作经验全国全") == [("工作经验", "63")]  # the page cut mid-word
    assert _names("创建5个全国文明村。") == [("创建全国文明村", "5")]  # a scope opening the noun stays
