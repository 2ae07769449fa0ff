"""Rule tests of the tenth figure round (issue 9, branch fxsmall: errors noticed and left in
earlier rounds). Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def test_examples_of_a_class_of_indicators_under_one_task_are_a_target_each() -> None:
    got = _names("单位生产总值能耗降低、空气质量改善等约束性指标完成省下达任务。", kind="target")
    assert got == [("单位生产总值能耗", None), ("空气质量改善", None)]
    got = _names("节能减排、水环境质量改善等指标完成市下达任务。", kind="target")
    assert got == [("节能减排", None), ("水环境质量改善", None)]
    # an item that is no indicator by itself (大气 shares the rest) keeps the list whole
    assert len(_names("大气、水环境质量改善等指标完成市下达任务。", kind="target")) == 1


def test_a_verb_alone_after_a_counted_object_takes_that_object() -> None:
    got = _names("市直部门首批下放审批服务事项42项，取消18项。")
    assert got == [("下放审批服务事项", "42"), ("取消审批服务事项", "18")]
    assert _names("全年引进紧缺人才120名，培育85名。")[1] == ("培育紧缺人才", "85")
    # a verb with its own object keeps it
    assert _names("全年引进紧缺人才120名，培育青年骨干85名。")[1] == ("培育青年骨干", "85")
    # a verb counting in another unit counts other things (people, not the aid)
    assert _names("发放各类补贴1.8亿元，惠及6.2万人次。")[1] == ("惠及", "6.2")


def test_an_organ_or_a_batch_before_the_verb_says_who_acted_not_what() -> None:
    assert _names("区政府分批取消证明材料31项。") == [("取消证明材料", "31")]
    assert _names("首批省级示范园区3个。")[0][0] == "首批省级示范园区"  # 首批 before a noun is a designation


def test_a_complement_after_the_verb_before_a_count_goes() -> None:
    assert _names("全年引进了12家总部企业。") == [("引进总部企业", "12")]
    assert _names("梳理出26项重点改革任务。") == [("梳理重点改革任务", "26")]
    assert _names("实施了35个项目。") == [("项目", "35")]  # a lead word opens nothing


def test_two_values_joined_by_he_share_the_unit_of_the_second() -> None:
    assert _names("全年新建充电桩1200和800个。") == [("充电桩", "1200"), ("充电桩", "800")]
    got = [(f.value, f.unit) for f in extract_figures("改造农村公路35和42公里。", kind="outcome", year=2023)]
    assert got == [("35", "公里"), ("42", "公里")]
    # a year before 和 is no value
    assert _names("2022和2023年新建学校5所。") == [("学校", "5")]


def _growths(text: str) -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.measure) for f in extract_figures(text, kind="outcome", year=2023) if f.unit == "%"]


def test_a_rate_alone_after_a_respectively_list_pairs_with_the_figures_before() -> None:
    got = _growths("社会消费品零售总额、进出口总额分别完成80亿元、20亿元，增速分别为4.5%、9.1%。")
    assert got == [("社会消费品零售总额增速", "4.5", "growth"), ("进出口总额增速", "9.1", "growth")]


def test_a_rate_alone_with_more_values_than_owners_takes_no_owner() -> None:
    # one amount before, two rates: pairing either with the amount would be a guess
    got = _growths("税收收入完成30亿元，增速分别为3.5%、4.2%。")
    assert [name for name, _, _ in got] == ["增速", "增速"]
    # periods of one thing stay that thing's
    got = _growths("税收收入增长5%，一季度、二季度增速分别为4.2%、6.1%。")
    assert [name for name, _, _ in got] == ["税收收入"] * 3


def test_a_complete_name_in_a_list_takes_the_closing_head_alone() -> None:
    got = _growths("工业投资、工业用电量增速分别为5.5%、6.5%。")
    assert [name for name, _, _ in got] == ["工业投资增速", "工业用电量增速"]


def test_two_complete_names_joined_by_he_are_two_items_never_one() -> None:
    got = _names("地区生产总值、固定资产投资和社会消费品零售总额分别完成300亿元、120亿元。")
    assert "固定资产投资和社会消费品零售总额" not in [name for name, _ in got]
    assert "社会消费品零售总额" not in [name for name, _ in got]  # no item paired with a value not its own
    got = _names("地区生产总值、固定资产投资和社会消费品零售总额分别增长5%、6%、7%。")
    assert [name for name, _ in got] == ["地区生产总值", "固定资产投资", "社会消费品零售总额"]


def test_a_scope_between_lead_words_goes_with_them() -> None:
    assert _names("预计2022年全县实现地区生产总值同比增长6.5%。") == [("地区生产总值", "6.5")]
    assert _names("力争全区完成固定资产投资80亿元。", kind="target") == [("固定资产投资", "80")]


def test_a_bare_level_word_is_no_place() -> None:
    from drafter.structure.places import places_in

    assert places_in("认真落实自治州政府部署") == []
    assert places_in("按照地区行署要求") == []
    assert places_in("大理白族自治州人民政府") == ["大理白族自治州"]


def test_a_degree_adverb_and_its_adjective_are_no_part_of_the_place_after() -> None:
    from drafter.structure.places import places_in

    assert places_in("推动经济发展质量更优东岭区") == ["东岭区"]
    assert places_in("建设更加美好东岭区") == ["东岭区"]


def test_stock_formulas_without_quotes_are_no_counts() -> None:
    text = (
        "全县上下深刻领悟两个确立的决定性意义，坚决做到两个维护，增强四个意识、坚定四个自信，"
        "统筹推进五位一体总体布局，协调推进四个全面战略布局，扎实做好六稳六保工作，打好三大攻坚战，"
        "严格落实中央八项规定精神，为实现两个一百年奋斗目标贡献力量。"
    )
    assert _names(text) == []
    # the same numerals measure where they count things
    assert _names("新建两个社区服务站，建成四个口袋公园。") == [("社区服务站", "两"), ("口袋公园", "四")]


def test_parallel_words_joined_by_he_are_two_items_never_one() -> None:
    got = _names("第一产业、第二产业和第三产业分别增长3.1%、5.2%。")
    assert all("和第三产业" not in name or name.startswith("第一产业、") for name, _ in got)
    got = _names("第一产业、第二产业和第三产业分别增长3.1%、5.2%、6.3%。")
    assert [name for name, _ in got] == ["第一产业", "第二产业", "第三产业"]


def test_more_growths_than_figures_before_name_none() -> None:
    got = _names("全年接待游客260万人次，旅游收入18亿元，分别增长9.5%、11.2%、13.4%。")
    assert [name for name, _ in got[2:]] == ["", "", ""]
    got = _names("全年接待游客260万人次，旅游收入18亿元，分别增长9.5%、11.2%。")
    assert [name for name, _ in got[2:]] == ["接待游客", "旅游收入"]
    # periods of one thing, and gaps of the figure before, keep its name
    got = _names("税收收入增长5%，一季度、二季度分别增长4.2%、6.1%。")
    assert [name for name, _ in got] == ["税收收入"] * 3
