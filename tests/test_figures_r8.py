"""Rule tests of the eighth figure round (issue 9: spans, verbless ranks, shares of a list,
restated targets). Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def test_a_span_before_a_yearly_average_or_a_running_total_is_no_figure() -> None:
    got = _names("全县财政收入达到52亿元，同比增长8.1%，三年年均增长9.4%。")
    assert got == [("财政收入", "52"), ("财政收入", "8.1"), ("财政收入", "9.4")]
    got = _names("引进内资12亿元，三年累计引进内资30亿元。")
    assert got == [("引进内资", "12"), ("引进内资", "30")]


def test_a_running_total_after_a_longer_name_keeps_its_own_name() -> None:
    got = _names("实际使用内资4.2亿元，四年累计使用内资15亿元。")
    assert got == [("实际使用内资", "4.2"), ("使用内资", "15")]


def test_a_rank_right_after_a_measure_head_needs_no_verb() -> None:
    got = _names("工业增加值总量第三，增速第二；零售总额总量第六、增速第五，进出口总额总量第二。")
    assert got == [
        ("工业增加值总量", "三"), ("工业增加值增速", "二"), ("零售总额总量", "六"),
        ("零售总额增速", "五"), ("进出口总额总量", "二"),
    ]
    assert _names("全市第一、二产业增加值总量120亿元。")[-1][1] == "120"  # no rank: 第一、二产业


def test_a_rank_risen_to_a_place_is_a_rank() -> None:
    got = extract_figures("财政收入12亿元，全省县域经济排名上升至36位。", kind="outcome", year=2023)
    assert [(f.indicator, f.value, f.measure) for f in got][-1] == ("县域经济排名", "36", "rank")


def test_an_ownerless_share_after_a_list_belongs_to_each_item() -> None:
    got = _names("农业投资、服务业投资分别增长5.2%、8.1%，占全市投资比重分别为21.5%和40.2%。")
    assert got[2:] == [("农业投资占全市投资比重", "21.5"), ("服务业投资占全市投资比重", "40.2")]


def test_a_target_beside_its_outcome_is_no_figure() -> None:
    assert _names("城镇登记失业率3.1%，低于4.5%控制目标。") == [("城镇登记失业率", "3.1")]
    assert _names("居民消费价格上涨1.8%，低于3%的预期目标。") == [("居民消费价格", "1.8")]
    got = _names("工业投资增长12%，高于全省3个百分点。")
    assert [v for _, v in got] == ["12", "3"]  # a gap to a scope is a figure


def test_a_rank_reached_by_overtaking_a_peer_is_named_by_what_ranks() -> None:
    got = _names("规模以上工业增加值80亿元，对全县工业增加值的贡献率首次超过城关镇跃居第一。")
    assert got[-1] == ("贡献率", "一")


def test_an_industry_value_written_after_a_class_of_industry_closes_the_list() -> None:
    got = _names("新兴产业、先进制造业工业产值分别增长6.1%、4.2%。")
    assert got == [("新兴产业工业产值", "6.1"), ("先进制造业工业产值", "4.2")]
    got = _names("建筑业、规上工业增加值分别增长3%、5%。")
    assert got == [("建筑业增加值", "3"), ("规上工业增加值", "5")]


def test_a_share_of_the_adjusted_budget_is_the_completion_of_the_figure_before() -> None:
    got = _names("一般公共预算收入完成41.5亿元，占调整预算的100.4%。")
    assert got == [("一般公共预算收入", "41.5"), ("一般公共预算收入", "100.4")]


def test_policy_packages_listed_after_an_issue_verb_are_names() -> None:
    assert _names("先后出台支持实体经济发展22条、促进文旅消费加快复苏18条、稳外贸12条等政策。") == []
    assert _names("推出精品旅游线路10条、徒步路线5条。") == [("推出精品旅游线路", "10"), ("徒步路线", "5")]


def test_slogans_and_the_parts_of_a_quoted_programme_are_no_counts() -> None:
    assert _names("全力办好两件大事，办好十件民生实事。") == [("民生实事", "十")]
    assert _names("落实“345”[[2]]四项重点任务，完成“双百”企业12家。") == [("“双百”企业", "12")]


def test_a_lead_word_before_xing_is_part_of_an_adjective() -> None:
    assert _names("确定性项目投资完成30亿元。") == [("确定性项目投资", "30")]


def test_a_count_of_two_joined_indicators_counts_the_list() -> None:
    got = _names("单位能耗和碳排放两项指标分别下降3%和2.5%。")
    assert got == [("单位能耗", "3"), ("碳排放", "2.5")]
    got = _names("能耗、碳排放两项指标分别下降3%和2.5%。")
    assert got == [("能耗", "3"), ("碳排放", "2.5")]


def test_a_manner_word_before_the_verb_is_no_part_of_the_name() -> None:
    assert _names("分级挂点服务“规上企业”520家。") == [("挂点服务“规上企业”", "520")]
    assert _names("分级诊疗试点医院12家。") == [("分级诊疗试点医院", "12")]


def test_examples_closed_by_deng_are_named_by_their_group_before() -> None:
    got = _names("全县规模以上工业企业有60%产值保持增长，其中华丰机械、东方化工、新宇纺织等增幅超20%。")
    assert got == [("规模以上工业企业", "60"), ("规模以上工业企业", "20")]
    assert _names("已批待批规模达到400万千瓦。") == [("已批待批规模", "400")]


def test_an_area_after_a_count_of_certified_products_is_the_products_area() -> None:
    got = _names("新增有机农产品认证12个、种植面积0.8万亩。")
    assert got == [("有机农产品认证", "12"), ("有机农产品种植面积", "0.8")]


def test_a_list_cut_by_the_pages_end_pairs_its_first_names() -> None:
    got = _names("全县生产总值全社会固定资产投资、服务业增加值分别是上一个五年末的1.6倍")
    assert got == [("生产总值", "1.6")]
    got = _names("全县生产总值、财政收入分别是2015年的1.5倍，1.2倍。")
    assert got == [("生产总值", "1.5"), ("财政收入", "1.2")]

