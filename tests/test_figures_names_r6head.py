"""Rule tests for indicator names whose head inherits its scope (issue 9, fifth fixing round:
tests/real_aside3, tests/real_aside4). Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def test_a_counted_sector_names_the_value_it_achieves() -> None:
    got = _names("全县35家规上工业企业实现产值61.2亿元，增长5%，实现增加值12.4亿元，增速居全市第二。")
    assert got == [
        ("规上工业企业", "35"),
        ("规上工业企业产值", "61.2"),
        ("规上工业企业产值", "5"),
        ("规上工业企业增加值", "12.4"),
        ("规上工业企业增加值增速", "二"),
    ]


def test_a_bare_value_in_a_list_takes_the_owner_of_the_name_before() -> None:
    assert _names("规上工业总产值、增加值分别增长9.2%、7.5%。") == [("规上工业总产值", "9.2"), ("规上工业增加值", "7.5")]
    assert _names("农业产值、增加值增长4%、3.5%。") == [("农业产值", "4"), ("农业增加值", "3.5")]
    got = _names("规上工业营业收入、利润分别增长6.5%、3.1%。")
    assert got == [("规上工业营业收入", "6.5"), ("规上工业利润", "3.1")]
    assert _names("园区实现工业产值9.2亿元，利税约6000万元。")[-1][0] == "利税"  # alone, as written


def test_town_and_country_with_a_value_each_split_without_respectively() -> None:
    got = _names("城镇和农村居民人均可支配收入实现41250元、20380元，分别增长5.1%、6.8%。")
    assert got == [
        ("城镇居民人均可支配收入", "41250"),
        ("农村居民人均可支配收入", "20380"),
        ("城镇居民人均可支配收入", "5.1"),
        ("农村居民人均可支配收入", "6.8"),
    ]


def test_joined_time_words_before_respectively_leave_no_conjunction() -> None:
    got = _names("前三季度和全年全市规上工业增加值分别增长6.1%、6.5%。")
    assert got == [("规上工业增加值", "6.1"), ("规上工业增加值", "6.5")]
    assert _names("和美乡村示范村达到12个。")[0][0] == "和美乡村示范村"  # 和 opening a word stays


def test_a_task_from_above_shared_by_two_indicators_gives_one_figure_each() -> None:
    got = _names("万元地区生产总值能耗和化学需氧量排放总量完成省下达任务。")
    assert got == [("万元地区生产总值能耗", None), ("化学需氧量排放总量", None)]
    assert _names("节能和减排完成省下达任务。") == [("节能和减排", None)]  # no indicator's head: one task


def test_a_verb_before_a_count_opens_the_name_and_a_ranking_list_keeps_its_digits() -> None:
    assert _names("全年新引进3家中国500强企业。") == [("引进中国500强企业", "3")]
    assert _names("开发区招引12家科技企业。") == [("招引科技企业", "12")]
    assert _names("全年实施45个项目。") == [("项目", "45")]  # a lead word is a flag, it opens nothing
    # read as the verb and noun written together (新开工亿元以上项目30个 keeps 新开工)
    assert _names("全年新开工26个项目。") == [("新开工项目", "26")]


def test_a_place_unit_keeps_the_alternatives_in_its_brackets() -> None:
    assert _names("全市9个乡(镇、街道)完成改造任务，8个县（市）GDP增速高于全省。") == [
        ("乡（镇、街道）", "9"),
        ("县（市）", "8"),
    ]
    assert _names("12个项目（含续建）开工。")[0][0] == "项目"  # a note in brackets is no alternative


def test_a_duration_taken_is_named_by_the_result_after_it() -> None:
    assert _names("全区仅用36天实现隔离病房清零。") == [("隔离病房清零", "36")]
    assert _names("新城大桥历时10个月完成主体合龙。") == [("主体合龙", "10")]
    assert _names("仅用5个月时间完成企业搬迁。") == [("企业搬迁", "5")]


def test_an_object_that_names_its_own_sector_drops_the_place_before_it() -> None:
    assert _names("三大产业园区实现工业产值26.5亿元。") == [("工业产值", "26.5")]
    assert _names("生物医药产业实现产值18亿元。") == [("生物医药产业产值", "18")]


def test_a_clause_of_entering_before_de_leaves_the_noun_and_yi_goes_with_its_verb() -> None:
    assert _names("入驻创新产业园的企业总数已达到46家。") == [("企业", "46")]
    assert _names("规上工业企业的营业收入已突破80亿元。")[0][0] == "规上工业企业的营业收入"  # a possessive stays


def test_a_rank_among_a_group_is_named_by_the_words_after_zhong() -> None:
    got = _names("在全省100个县市区中营商环境评价位列第五。")
    assert got[-1] == ("营商环境评价", "五")
    assert _names("在全市开发区综合考评中排名第2位。")[0][0] == "开发区综合考评"  # the ranking itself
    assert _names("在全省营商环境评价中连续两年位居第一位。")[0][0] == "营商环境评价"  # a time after 中


def test_a_rate_held_under_a_ceiling_keeps_the_head_the_text_writes() -> None:
    got = _names("商品零售价格涨幅控制在3.5%左右，工业投资增速8%。", kind="target")
    assert got == [("商品零售价格涨幅", "3.5"), ("工业投资", "8")]


def test_a_note_between_the_growth_word_and_its_number_leaves_the_name() -> None:
    f = extract_figures("全年工业总产值同比增长（下同）6.2%。", kind="outcome", year=2023)[0]
    assert (f.indicator, f.measure) == ("工业总产值", "growth")


def test_a_generic_head_opening_a_list_takes_the_indicator_before() -> None:
    got = _names("全市一般公共预算收入58亿元，增长7.2%，增幅和总量均居全省第4位。")
    assert got[-1] == ("一般公共预算收入增幅和总量", "4")


def test_a_start_written_with_its_period_and_growth_is_a_baseline_of_the_same_indicator() -> None:
    got = extract_figures("规上工业增加值由1-2月下降3.1%回升至上半年增长2.6%。", kind="outcome", year=2023)
    assert [(f.indicator, f.value, f.kind) for f in got] == [
        ("规上工业增加值", "3.1", "baseline"),
        ("规上工业增加值", "2.6", "outcome"),
    ]


def test_a_name_opening_with_a_thing_does_not_inherit_the_state_word_before_it() -> None:
    got = _names("全年新增并网光伏装机12万千瓦，光伏装机总规模达到85万千瓦。")
    assert got == [("并网光伏装机", "12"), ("光伏装机总规模", "85")]
    # an elliptic name opening with the measure the name before closes in still takes its owner
    assert _names("规上工业增加值增长6%，增加值增速居全省第5位。")[-1] == ("规上工业增加值增速", "5")


def test_a_share_of_the_planned_investment_is_a_completion_of_the_investment() -> None:
    f = extract_figures("全年完成投资8.2亿元，占年度计划投资的76.5%。", kind="outcome", year=2023)[-1]
    assert (f.indicator, f.measure) == ("投资", "completion")


def test_how_often_opens_no_name() -> None:
    assert _names("每年可节约企业成本3.6亿元。") == [("节约企业成本", "3.6")]


def test_generic_heads_of_a_respectively_list_take_the_indicator_before() -> None:
    got = _names("全县一般公共预算收入9.6亿元，增长7%，总量和增速分别居全市第4位和第2位。")
    # the total ranked is the indicator's total (docs/FIGURES.md "Settled conflicts (round 13…)"; was
    # 一般公共预算收入 before that round)
    assert got[-2:] == [("一般公共预算收入总量", "4"), ("一般公共预算收入增速", "2")]


def test_two_values_after_town_and_country_split_without_respectively() -> None:
    got = _names("全县城乡居民人均可支配收入达到38600元、19200元，分别增长5.5%、7.1%。")
    assert [n for n, _ in got] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"] * 2
    assert _names("城乡居民人均可支配收入增长6%。") == [("城乡居民人均可支配收入", "6")]  # one value: one figure


def test_a_scope_before_a_list_subject_leaves_every_name() -> None:
    assert _names("全县城乡居民人均可支配收入分别增长5.2%、6.9%。") == [
        ("城镇居民人均可支配收入", "5.2"),
        ("农村居民人均可支配收入", "6.9"),
    ]
    assert _names("全市规上工业产值、增加值增长8%、6%。") == [("规上工业产值", "8"), ("规上工业增加值", "6")]


def test_a_sector_achieving_a_list_of_values_names_each() -> None:
    got = _names("规上服务业企业实现营业收入、利润分别增长10.5%、4.2%。")
    assert got == [("规上服务业企业营业收入", "10.5"), ("规上服务业企业利润", "4.2")]


def test_a_start_with_de_and_a_slowing_verb_is_a_baseline_too() -> None:
    got = extract_figures("社会消费品零售总额由一季度的下降6.5%收窄至上半年的下降2.1%。", kind="outcome", year=2023)
    assert [(f.indicator, f.kind) for f in got] == [("社会消费品零售总额", "baseline"), ("社会消费品零售总额", "outcome")]


def test_a_word_naming_two_things_splits_a_respectively_pair() -> None:
    got = _names("年末全市金融机构人民币存贷款余额分别为860亿元、640亿元。")
    assert got == [("金融机构人民币存款余额", "860"), ("金融机构人民币贷款余额", "640")]
    assert _names("进出口总额增长9%。") == [("进出口总额", "9")]  # one value: the total


def test_a_kind_of_the_thing_before_takes_its_measure() -> None:
    got = _names("全县工业增加值增长6.8%，其中装备制造业增加值增长9%，高端装备制造业增长13%。")
    assert got[-1] == ("高端装备制造业增加值", "13")
    assert _names("社会消费品零售总额增长6.5%，其他营利性服务业增长17%。")[-1][0] == "其他营利性服务业"


def test_a_generic_head_after_a_named_one_in_a_list_takes_its_owner() -> None:
    assert _names("全县GDP总量、增速分别居全市第4位、第2位。") == [("GDP总量", "4"), ("GDP增速", "2")]


def test_a_part_of_the_population_takes_the_measure_of_the_whole() -> None:
    got = _names("全市常住居民人均可支配收入35200元，其中城镇常住居民46800元、农村常住居民21900元。")
    assert [n for n, _ in got[1:]] == ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]
    got = _names("全县居民人均消费支出19000元，其中城镇26000元、农村12000元。")
    assert [n for n, _ in got[1:]] == ["城镇居民人均消费支出", "农村居民人均消费支出"]


def test_a_rate_after_a_met_task_is_the_tasks_subjects() -> None:
    got = _names("技术合同成交额完成全年目标任务，增速居全市第三。")
    assert got == [("技术合同成交额增速", "三")]
    assert _names("全年外贸进出口总额实现正增长，增幅居全省第5位。") == [("外贸进出口总额增幅", "5")]


def test_a_verb_alone_before_values_pairs_them_with_the_names_just_read() -> None:
    got = _names("城乡居民人均可支配收入分别为4.6万元和2.3万元，增长5.8%和7.4%。")
    assert [n for n, _ in got] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"] * 2
