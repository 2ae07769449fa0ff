"""Rule tests of the ninth figure round (issue 9: dashed periods, restated year plans, project
classes in a 分别 list, measures of a kind after 其中, attachment lists). Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def test_a_period_written_with_a_dash_names_nothing() -> None:
    got = _names("税收收入1—9月完成38.1亿元，同比增长3.2%。")
    assert got == [("税收收入", "38.1"), ("税收收入", "3.2")]


def test_a_dash_item_restating_the_year_plan_lists_no_figure_but_names_the_rest() -> None:
    got = _names("——全年计划完成税收收入52亿元以上，1—9月完成38.1亿元，同比增长3.2%，全年预计完成50亿元。")
    assert got == [("税收收入", "38.1"), ("税收收入", "3.2"), ("税收收入", "50")]
    got = _names("——年计划规模工业增加值增长8%，1—10月增长8.5%。")
    assert got == [("规模工业增加值", "8.5")]


def test_a_rate_of_the_year_plan_is_an_outcome() -> None:
    assert [v for _, v in _names("年计划完成率98%。")] == ["98"]


def test_the_year_plan_in_a_plan_part_is_a_target() -> None:
    assert [v for _, v in _names("年计划完成税收收入52亿元以上。", kind="target")] == ["52"]


def test_counted_project_classes_in_a_respectively_list_keep_their_investment_name() -> None:
    got = _names("4个市重点项目、20个县重点项目、35个乡镇项目分别完成投资12.5亿元、30.2亿元、8.8亿元，分别占年度计划105.2%、98.6%、101.3%。")
    assert got == [
        ("市重点项目", "4"), ("县重点项目", "20"), ("乡镇项目", "35"),
        ("投资", "12.5"), ("投资", "30.2"), ("投资", "8.8"), ("投资", "105.2"), ("投资", "98.6"), ("投资", "101.3"),
    ]


def test_a_second_respectively_group_pairs_with_the_first_by_place() -> None:
    got = _names("城镇和农村居民人均可支配收入分别达到4.2万元、2.1万元，分别增长5.1%、6.8%。")
    assert [n for n, _ in got[2:]] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]


def test_crops_after_qizhong_take_the_sown_areas_measure() -> None:
    got = _names("全县农作物种植面积50万亩，其中水稻20万亩、大豆8万亩、其他作物2万亩。")
    assert [n for n, _ in got] == ["农作物种植面积", "水稻种植面积", "大豆种植面积", "其他作物种植面积"]
    got = _names("全县农作物种植面积50万亩，新建大棚200个。")
    assert got[1] == ("大棚", "200")


def test_an_attachment_list_number_run_into_a_year_is_no_figure() -> None:
    assert _names("附件：1.2023年某县国民经济和社会发展计划2.2023年某县主要指标。工期1.5年。") == [("工期", "1.5")]


def test_a_policy_named_by_its_article_count_is_no_figure() -> None:
    assert _names("认真落实二十条不动摇，实施防疫新十条。") == []
    assert _names("落实国家5方面21项、省7方面30项稳经济一揽子政策和接续措施。") == []
    assert [v for _, v in _names("整治河道十条，梳理出6方面40项重点任务。")] == ["十", "40"]


def test_a_service_done_for_counted_units_names_the_units_and_the_service() -> None:
    assert _names("全年为215户小微企业办理贷款展期12.3亿元。") == [("小微企业", "215"), ("办理贷款展期", "12.3")]
    assert _names("建议提案按时办理率100%。") == [("建议提案按时办理率", "100")]


def test_a_count_run_into_a_rate_of_its_units_names_the_units() -> None:
    got = _names("全县120家规模以上工业企业产能利用率达到80%。")
    assert got[0] == ("规模以上工业企业", "120")


def test_a_count_alone_where_the_page_is_cut_is_no_figure() -> None:
    assert _names("投资增长8.1%。5个") == [("投资", "8.1")]
    assert _names("投资增长8.1%。5个项目开工。")[1] == ("项目", "5")
