"""The target ledger on small reports built in code: statuses, completion, pins, one-year mode."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from compare_kit import build, figure, qualitative, with_figures

from drafter.compare import Link, diff_reports
from drafter.names import indicator_similarity, normalize_indicator

A_EXEC = [("聚焦京津冀合作", ["对接首都资源升级加力。新增北京项目投资额34.2亿元，超额完成年度目标。",
                         "生态环境保护力度加大。新安装公共充电桩606台，入库国家高新技术企业123家。"])]
A_PLAN = [("着力深化京津冀协同发展", ["打造协同发展承载区。力争实现北京项目投资额30亿元。"]),
          ("加强生态环境治理", ["推动公共充电桩安装建设，全年新建300台。国家高新技术企业130家。"])]
A_INTRO = {
    "execution": [("intro", "预计全年地区生产总值同比增长3%左右，一般公共预算收入同比增长5.1%。")],
    "plan": [("main_targets", "2024年全区经济社会发展的主要目标是：地区生产总值增长4.5%左右，一般公共预算收入增长3%，固定资产投资实现正增长。")],
}
B_EXEC = [("京津冀协同发展走深走实", ["与北京合作持续深化。实现北京项目投资额35.08亿元，完成全年任务的116.9%，同比增长2.6%。"])]
B_INTRO = {"execution": [("intro", "全年地区生产总值预计同比增长3%左右，一般公共预算收入同比增长3.2%。")]}


def report_a():
    a = build(2023, {"execution": A_EXEC, "plan": A_PLAN}, intro=A_INTRO)
    return with_figures(
        a,
        figure(a, "34.2亿元", "北京项目投资额", "outcome", unit="亿元", family="money", increment=True),
        figure(a, "606台", "公共充电桩", "outcome", measure="count", unit="台", family="count", increment=True),
        figure(a, "123家", "国家高新技术企业", "outcome", measure="count", unit="家", family="count"),
        figure(a, "3%左右", "地区生产总值", "outcome", measure="growth", qualifier="about", unit="%", family="percent", estimate=True),
        figure(a, "5.1%", "一般公共预算收入", "outcome", measure="growth", unit="%", family="percent"),
        figure(a, "4.5%左右", "地区生产总值", "target", measure="growth", qualifier="about", unit="%", family="percent"),
        figure(a, "3%", "一般公共预算收入", "target", measure="growth", unit="%", family="percent", after="增长"),
        qualitative(a, "固定资产投资实现正增长", "固定资产投资"),
        figure(a, "30亿元", "北京项目投资额", "target", qualifier="at_least", unit="亿元", family="money"),
        figure(a, "300台", "公共充电桩", "target", measure="count", unit="台", family="count", increment=True),
        figure(a, "130家", "国家高新技术企业", "target", measure="count", unit="家", family="count"),
    )


def report_b(excerpt: bool = True):
    b = build(2024, {"execution": B_EXEC}, intro=B_INTRO, excerpt=excerpt)
    return with_figures(
        b,
        figure(b, "3%左右", "地区生产总值", "outcome", measure="growth", qualifier="about", unit="%", family="percent", estimate=True),
        figure(b, "3.2%", "一般公共预算收入", "outcome", measure="growth", unit="%", family="percent"),
        figure(b, "35.08亿元", "北京项目投资额", "outcome", unit="亿元", family="money"),
        figure(b, "116.9%", "完成全年任务", "outcome", measure="completion", unit="%", family="percent"),
        figure(b, "2.6%", "北京项目投资额", "outcome", measure="growth", unit="%", family="percent"),
    )


def by_indicator(result):
    return {e.indicator: e for e in result.targets}


def test_pair_statuses_completion_and_stated_rate():
    result = diff_reports(report_a(), report_b())
    got = by_indicator(result)
    gdp = got["地区生产总值"]  # a rate: the gap in 个百分点, never a ratio of two rates
    assert (gdp.status, gdp.completion, gdp.gap.value, gdp.gap.unit) == ("missed", None, Decimal("-1.5"), "个百分点")
    assert gdp.gap.text == "-1.5个百分点"
    revenue = got["一般公共预算收入"]
    assert (revenue.status, revenue.completion, revenue.gap.text) == ("exceeded", None, "+0.2个百分点")
    beijing = got["北京项目投资额"]
    assert (beijing.status, beijing.completion, beijing.stated_completion) == ("exceeded", Decimal("116.9"), Decimal("116.9"))
    assert not beijing.evidence.disagreement
    assert beijing.outcome is not None and beijing.outcome.value == "35.08"
    assert beijing.evidence.target_paragraph and beijing.evidence.outcome_paragraph
    for name in ("公共充电桩", "国家高新技术企业", "固定资产投资"):
        assert got[name].status == "not_in_excerpt", name
    assert [u.indicator for u in result.unplanned] == ["北京项目投资额"]  # the 2.6% growth


def test_whole_report_silence_is_not_reported():
    got = by_indicator(diff_reports(report_a(), report_b(excerpt=False)))
    assert got["公共充电桩"].status == "not_reported"
    assert got["固定资产投资"].status == "not_reported"


def test_about_tolerance_is_configurable():
    b = report_b()
    fig = next(f for f in b.figures if f.indicator == "地区生产总值")
    b = b.with_figures(tuple(replace(f, number=Decimal("4.4"), value="4.4") if f is fig else f for f in b.figures))
    entry = by_indicator(diff_reports(report_a(), b))["地区生产总值"]  # 0.1 point under 4.5%左右
    assert (entry.status, entry.evidence.tolerance) == ("met", Decimal("0.3"))
    strict = diff_reports(report_a(), b, tolerance_points=Decimal("0.05"))
    assert by_indicator(strict)["地区生产总值"].status == "missed"
    # the relative tolerance is for amounts and counts; a rate does not read it
    assert by_indicator(diff_reports(report_a(), b, tolerance=Decimal("0.001")))["地区生产总值"].status == "met"


def test_stated_completion_disagreement_is_flagged():
    b = report_b()
    b = b.with_figures(tuple(replace(f, number=Decimal("33"), value="33") if f.text == "35.08亿元" else f for f in b.figures))
    entry = by_indicator(diff_reports(report_a(), b))["北京项目投资额"]
    assert entry.completion == Decimal("110.0") and entry.stated_completion == Decimal("116.9")
    assert entry.evidence.disagreement and "不一致" in entry.evidence.note


def test_unit_family_and_scope_conflicts():
    b = report_b(excerpt=False)
    b = b.with_figures(tuple(replace(f, cumulative=True) if f.text == "35.08亿元" else f for f in b.figures))
    a = report_a()
    a = a.with_figures(tuple(replace(f, increment=True) if f.text == "30亿元" else f for f in a.figures))
    entry = by_indicator(diff_reports(a, b))["北京项目投资额"]
    assert entry.status == "not_comparable" and "口径" in entry.evidence.note


def test_pins_forbid_and_override():
    a, b = report_a(), report_b()
    forbid = Link(2023, 2024, "北京项目投资额", "北京项目投资额", "forbid")
    entry = by_indicator(diff_reports(a, b, links=[forbid]))["北京项目投资额"]
    assert entry.status == "not_in_excerpt" and entry.outcome is None
    confirm = Link(2023, 2024, "北京项目投资额", "北京项目投资额")
    entry = by_indicator(diff_reports(a, b, links=[confirm]))["北京项目投资额"]
    assert entry.pinned and entry.evidence.reasons == ("pinned confirm",)
    other_years = Link(2022, 2023, "北京项目投资额", "北京项目投资额", "forbid")
    assert not by_indicator(diff_reports(a, b, links=[other_years]))["北京项目投资额"].pinned


def test_one_year_mode_sets_targets_beside_outcomes():
    result = diff_reports(report_a())
    got = by_indicator(result)
    assert result.mode == "single" and not result.changes and not result.unplanned
    assert (got["国家高新技术企业"].status, got["国家高新技术企业"].outcome.value) == ("raised", "123")
    assert (got["北京项目投资额"].status, got["北京项目投资额"].completion) == ("lowered", Decimal("87.7"))
    assert got["地区生产总值"].completion is None and got["地区生产总值"].gap.text == "+1.5个百分点"
    assert got["公共充电桩"].status == "lowered" and got["公共充电桩"].outcome.value == "606"
    assert got["地区生产总值"].status == "raised"
    assert got["一般公共预算收入"].status == "lowered"
    assert got["固定资产投资"].status == "qualitative"


@pytest.mark.parametrize(
    ("a", "b", "high"),
    [("北京项目投资额", "北京项目投资额", True), ("航运相关企业", "航运企业", True),
     ("地区生产总值", "一般公共预算收入", False), ("国家高新技术企业", "国家科技型中小企业", False)],
)
def test_indicator_similarity(a, b, high):
    assert (indicator_similarity(a, b) >= 0.6) is high


def test_normalize_indicator_strips_verbs():
    assert normalize_indicator("力争实现北京项目投资额") == "北京项目投资额"
    assert normalize_indicator("全年新增市场主体") == "市场主体"


def test_to_dict_has_the_issue_keys():
    data = diff_reports(report_a(), report_b()).to_dict()
    entry = next(t for t in data["targets"] if t["indicator"] == "北京项目投资额")
    assert set(entry) == {"indicator", "target", "outcome", "completion", "gap", "rule", "stated_completion", "status",
                          "pinned", "evidence", "period"}
    assert set(entry["target"]) == set(entry["outcome"]) == {"value", "unit", "qualifier", "sentence", "section"}
    assert entry["completion"] == 116.9 and entry["stated_completion"] == 116.9 and entry["gap"] is None
    gdp = next(t for t in data["targets"] if t["indicator"] == "地区生产总值")
    assert (gdp["completion"], gdp["gap"], gdp["rule"]) == (None, {"value": -1.5, "unit": "个百分点"}, "rate")


# -- a whole next-year report answers in other terms (issue 4, tests/pairs) ------------------

PLAN_2023 = [("着力扩大内需", ["提振消费。社会消费品零售总额增长6%，研发经费投入强度达到2.8%，新增纳统企业不少于80家。",
                             "稳定就业。城镇新增就业2万人，基本养老保险参保人数稳步增长。"])]
EXEC_2023 = [("消费和创新", ["消费回升。社会消费品零售总额达到265.3亿元，研发经费投入强度较上年提高0.3个百分点。",
                          "就业稳定。城镇新增就业2.08万人，基本养老保险参保人数达到52.3万人，纳统企业总数达到612家。"])]


def whole_pair():
    a = build(2022, {"execution": [("上年", ["平稳。社会消费品零售总额同比下降1.8%。"])], "plan": PLAN_2023})
    a = with_figures(
        a,
        figure(a, "6%", "社会消费品零售总额", "target", measure="growth", unit="%", family="percent"),
        figure(a, "2.8%", "研发经费投入强度", "target", measure="share", unit="%", family="percent"),
        figure(a, "80家", "纳统企业", "target", measure="count", qualifier="at_least", unit="家", family="count", increment=True),
        figure(a, "2万人", "城镇就业", "target", measure="count", unit="万人", family="count", increment=True),
        qualitative(a, "基本养老保险参保人数稳步增长", "基本养老保险参保人数"),
    )
    b = build(2023, {"execution": EXEC_2023})
    b = with_figures(
        b,
        figure(b, "265.3亿元", "社会消费品零售总额", "outcome", unit="亿元", family="money"),
        figure(b, "0.3个百分点", "研发经费投入强度", "outcome", measure="growth", unit="个百分点", family="points"),
        figure(b, "2.08万人", "城镇就业", "outcome", measure="count", unit="万人", family="count", increment=True),
        figure(b, "52.3万人", "基本养老保险参保人数", "outcome", measure="count", unit="万人", family="count"),
        figure(b, "612家", "纳统企业", "outcome", measure="count", unit="家", family="count", cumulative=True),
    )
    return a, b


def test_same_indicator_measured_another_way_is_not_comparable_not_silence():
    got = by_indicator(diff_reports(*whole_pair()))
    retail = got["社会消费品零售总额"]
    assert retail.status == "not_comparable" and retail.outcome.value == "265.3"
    assert "增速" in retail.evidence.note and "总量" in retail.evidence.note
    rd = got["研发经费投入强度"]
    assert rd.status == "not_comparable" and rd.outcome.unit == "个百分点"
    assert "变化幅度" in rd.evidence.note
    assert got["纳统企业"].status == "not_comparable" and got["纳统企业"].outcome.value == "612"
    assert got["城镇就业"].status == "exceeded"


def test_qualitative_target_pairs_with_the_outcome_figure_and_leaves_unplanned():
    result = diff_reports(*whole_pair())
    pension = by_indicator(result)["基本养老保险参保人数"]
    assert pension.status == "qualitative" and pension.outcome.value == "52.3"
    assert result.unplanned == ()


def test_a_different_indicator_is_not_taken_for_another_measure():
    a, b = whole_pair()
    b = b.with_figures(tuple(replace(f, indicator="限额以上批发零售业销售额") if f.text == "265.3亿元" else f
                             for f in b.figures))
    got = by_indicator(diff_reports(a, b))
    assert got["社会消费品零售总额"].status == "not_reported" and got["社会消费品零售总额"].outcome is None


def test_starting_value_of_a_rise_is_not_the_outcome():
    a = build(2023, {"execution": [("上年", ["平稳。城镇化率67.1%。"])],
                     "plan": [("城乡", ["城镇化。常住人口城镇化率达到68%。"])]})
    a = with_figures(a, figure(a, "68%", "常住人口城镇化率", "target", measure="share", unit="%", family="percent"))
    b = build(2024, {"execution": [("城乡", ["城镇化推进。常住人口城镇化率由67.1%提高到68.3%。"])]})
    b = with_figures(
        b,
        figure(b, "67.1%", "常住人口城镇化率", "outcome", measure="share", unit="%", family="percent"),
        figure(b, "68.3%", "常住人口城镇化率", "outcome", measure="share", unit="%", family="percent"),
    )
    result = diff_reports(a, b)
    entry = by_indicator(result)["常住人口城镇化率"]
    assert (entry.status, entry.outcome.value) == ("exceeded", "68.3")
    assert result.unplanned == ()  # 67.1% is where the year started


def test_numeric_target_answered_only_in_words_is_for_a_person():
    a = build(2023, {"execution": [("上年", ["开放。实际利用外资1.8亿美元。"])],
                     "plan": [("开放", ["扩大开放。实际利用外资2亿美元。"])]})
    a = with_figures(a, figure(a, "2亿美元", "实际利用外资", "target", unit="亿美元", family="money"))
    b = build(2024, {"execution": [("开放", ["外资稳定。实际利用外资超额完成全年任务。"])]})
    b = with_figures(b, replace(qualitative(b, "超额完成全年任务", "实际利用外资"), kind="outcome"))
    entry = by_indicator(diff_reports(a, b))["实际利用外资"]
    assert entry.status == "qualitative" and entry.outcome.sentence.startswith("实际利用外资超额完成")
    assert "未给出数值" in entry.evidence.note


def _with_leads(report):
    """The kit's paragraphs with their lead sentence (text up to the first 。) set."""
    parts = []
    for part in report.parts:
        chapters = tuple(
            replace(ch, paragraphs=tuple(replace(p, lead=p.text.split("。")[0] + "。") for p in ch.paragraphs))
            for ch in part.chapters
        )
        parts.append(replace(part, chapters=chapters))
    return replace(report, parts=tuple(parts))


def test_target_answered_by_a_stated_completion_only():
    a = build(2023, {"execution": [("投资", ["投资平稳。实施重点项目110个。"])],
                     "plan": [("扩大有效投资", ["全力扩大有效投资。重点项目完成投资150亿元。"])]})
    a = with_figures(a, figure(a, "150亿元", "重点项目投资", "target", unit="亿元", family="money"))
    b = build(2024, {"execution": [("有效投资持续扩大", ["扩大有效投资。全年完成投资186亿元。重点项目完成年度目标的105%。"])]})
    b = with_figures(
        b,
        figure(b, "186亿元", "投资", "outcome", unit="亿元", family="money"),
        figure(b, "105%", "重点项目", "outcome", measure="completion", unit="%", family="percent"),
    )
    result = diff_reports(a, b)
    entry = by_indicator(result)["重点项目投资"]
    assert (entry.status, entry.stated_completion, entry.outcome.text) == ("exceeded", Decimal("105"), "105%")
    assert [u.indicator for u in result.unplanned] == ["投资"]  # the rate itself is never unplanned


def test_a_task_without_a_figure_is_a_qualitative_target_against_a_whole_report():
    a = _with_leads(build(2023, {"execution": [("创新", ["园区起步。科创园开园。"])],
                                 "plan": [("创新驱动", ["推进科创园区建设。高标准建设科创园，完善孵化服务。",
                                                        "推进沿线综合开发。统筹推进片区规划。"])]}))
    b = build(2024, {"execution": [("创新", ["动能集聚。科创园区建设加快推进，新增孵化载体3个。"])]})
    got = by_indicator(diff_reports(a, b))
    assert got["科创园区建设"].status == "qualitative"
    assert "科创园区建设加快推进" in got["科创园区建设"].outcome.sentence
    assert got["沿线综合开发"].status == "not_reported"
    excerpt = build(2024, {"execution": [("创新", ["动能集聚。科创园区建设加快推进。"])]}, excerpt=True)
    assert "科创园区建设" not in by_indicator(diff_reports(a, excerpt))


@pytest.mark.parametrize(("a", "b"), [("实际利用外资", "实际使用外资"), ("新增限额以上商贸企业", "新增限上商贸企业"),
                                      ("国家高新技术企业", "国家级高新技术企业")])
def test_yearly_names_of_one_statistic_are_one_indicator(a, b):
    assert indicator_similarity(a, b) == 1.0
