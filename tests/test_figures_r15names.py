"""Rule tests for indicator names (issue 9, round 15, fxa17names): the general causes behind the
first-run name misses of tests/real_aside17 (its README, conventions 3, 4, 7, 8, 9). Every text
here is invented: variants with other livestock, crops, sectors, verbs and list shapes, and the
cases each rule must leave alone."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def test_a_run_of_livestock_before_a_shared_head_names_each_animal() -> None:
    assert _names("猪禽存栏分别下降3%和1.5%。") == [("猪存栏", "3"), ("禽存栏", "1.5")]
    got = _names("猪牛羊存栏分别增长2%、3%和4%。")
    assert got == [("猪存栏", "2"), ("牛存栏", "3"), ("羊存栏", "4")]
    got = _names("猪牛羊禽肉产量分别为10万吨、5万吨、3万吨和8万吨。")
    assert [n for n, _ in got] == ["猪肉产量", "牛肉产量", "羊肉产量", "禽肉产量"]
    # one figure for the run, or an animal word that is one animal: as written
    assert _names("牛羊存栏增长2%。") == [("牛羊存栏", "2")]
    assert _names("生猪存栏增长2%，出栏增长3%。") == [("生猪存栏", "2"), ("生猪出栏", "3")]


def test_the_next_list_of_a_parallel_head_carries_the_animals() -> None:
    got = _names("牛羊存栏分别为120万头和800万只，出栏分别为60万头和900万只。")
    assert got == [("牛存栏", "120"), ("羊存栏", "800"), ("牛出栏", "60"), ("羊出栏", "900")]
    got = _names("鸡鸭存笼分别增长5%和6%，出笼分别增长7%和8%。")
    assert got == [("鸡存笼", "5"), ("鸭存笼", "6"), ("鸡出笼", "7"), ("鸭出笼", "8")]
    got = _names("城镇、农村居民人均可支配收入分别增长5%和7%，消费支出分别增长4%和6%。")
    assert [n for n, _ in got][2:] == ["消费支出", "消费支出"]  # no parallel head: nothing carried
    got = _names("营业收入、利润分别增长5%和7%，利税分别增长4%和6%。")
    assert [n for n, _ in got] == ["营业收入", "利润", "利税", "利税"]  # 利润 ∥ 利税, but no name to close


def test_an_area_closing_a_list_of_crops_is_each_crops() -> None:
    assert _names("马铃薯、胡麻面积分别减少8%和2%。") == [("马铃薯面积", "8"), ("胡麻面积", "2")]
    got = _names("小麦、玉米播种面积分别达到120万亩和300万亩。")
    assert got == [("小麦播种面积", "120"), ("玉米播种面积", "300")]
    # a complete name of its own takes no area
    got = _names("建成区绿化覆盖率、人均公园绿地面积分别达到40%和14平方米。")
    assert got == [("建成区绿化覆盖率", "40"), ("人均公园绿地面积", "14")]


def test_an_area_brought_down_keeps_no_verb() -> None:
    assert _names("小麦面积调减2.3%，玉米面积增长5%。") == [("小麦面积", "2.3"), ("玉米面积", "5")]
    assert _names("高耗水作物面积压减12%。") == [("高耗水作物面积", "12")]
    assert _names("审批时限压减至3个工作日。") == [("审批时限", "3")]  # a change to a level, as before


def test_a_firm_measure_after_a_semicolon_is_the_same_firms() -> None:
    got = _names("全区限额以上批发零售企业营业收入800亿元，增长6%；实现利润35亿元，增长2%。")
    assert got[2:] == [("限额以上批发零售企业利润", "35"), ("限额以上批发零售企业利润", "2")]
    got = _names("规模以上工业企业主营业务收入900亿元；实现利润60亿元，同比净增8亿元，增长1.5倍。")
    assert [n for n, _ in got[1:]] == ["规模以上工业企业利润"] * 3
    # a sector alone, or a full stop between: as written
    assert _names("全县工业产值500亿元；利润32亿元。")[1] == ("利润", "32")
    assert _names("规上工业增加值增长5%。利润32亿元。")[1] == ("利润", "32")


def test_a_noun_naming_its_own_owner_keeps_it_over_joined_periods() -> None:
    got = _names("规上工业企业亏损面为12%，较上年同期和一季度分别收窄2和1个百分点。")
    assert got == [("规上工业企业亏损面", "12"), ("规上工业企业亏损面", "2"), ("规上工业企业亏损面", "1")]
    got = _names("资产负债率为55%，比一季度、前5个月分别下降0.3和0.1个百分点。")
    assert [n for n, _ in got] == ["资产负债率"] * 3


def test_a_sectors_growth_after_a_rate_change_is_the_sectors() -> None:
    got = _names("其中，第一产业增长4%，增速回落0.2个百分点；第二产业增长7%，增速提高1个百分点；第三产业增长5%。")
    assert got == [
        ("第一产业", "4"), ("第一产业增速", "0.2"), ("第二产业", "7"), ("第二产业增速", "1"), ("第三产业", "5"),
    ]
    # a sector after a sector with its measure is named as written (real_aside24 convention 2)
    assert _names("第三产业增加值增长8%，第二产业增长5%。")[1] == ("第二产业", "5")
    assert _names("城镇居民人均可支配收入增长6%，农村增长7%。")[1] == ("农村居民人均可支配收入", "7")


def test_a_clause_predicate_is_no_part_of_the_name() -> None:
    assert _names("工业投资保持较快增速，增长15%。") == [("工业投资", "15")]
    assert _names("服务业保持平稳发展，增长6%，其中信息服务业拉动明显，增长12%。") == [("服务业", "6"), ("信息服务业", "12")]
    got = _names("服务业增加值保持较快增长，增长8%，其中金融业贡献突出，全年保持10%以上的增速。")
    assert got == [("服务业增加值", "8"), ("金融业", "10")]


def test_a_sector_that_held_steady_owns_the_bare_measure_after() -> None:
    got = _names("建筑业保持平稳，总产值增长6%；房地产业运行平稳，增加值增长2%。")
    assert got == [("建筑业总产值", "6"), ("房地产业增加值", "2")]
    got = _names("全市规上工业增加值增长7%，制造业保持稳定，增加值增长4.9%。")
    assert got == [("规上工业增加值", "7"), ("制造业增加值", "4.9")]
    # a measure with no sector clause before stays the figure's before
    assert _names("规上工业增加值增长7%，增速居全省第3位。")[1] == ("规上工业增加值增速", "3")
    assert _names("消费市场保持稳定，社会消费品零售总额增长5%。") == [("社会消费品零售总额", "5")]


def test_a_contribution_to_the_places_own_growth_is_named_as_written() -> None:
    assert _names("县域经济增长7%，对全市增长的贡献率达到30%。")[1] == ("对全市增长的贡献率", "30")
    assert _names("园区生产总值增长8%，对全区增长贡献率达到35%。")[1] == ("对全区增长贡献率", "35")
    # a contribution to the economy's growth is the figure before's: 贡献率, as before
    assert _names("服务业增加值增长9%，对经济增长贡献率达到60%。")[1] == ("贡献率", "60")
    # to a named place's economic growth: as written (docs/FIGURES.md "Settled conflicts (round 13…)";
    # was 贡献率 before that round)
    assert _names("工业增加值增长8%，对全省经济增长的贡献率为40%。")[1] == ("对全省经济增长的贡献率", "40")


def test_a_lead_clause_with_its_comma_lost_goes() -> None:
    got = _names("第二产业成为拉动经济增长的主引擎高技术产业占规上工业比重达到30%。")
    assert got == [("高技术产业占规上工业比重", "30")]
    assert _names("数字经济成为发展新引擎高新技术企业达到320家。") == [("高新技术企业", "320")]
    # written with its comma, nothing changes
    assert _names("服务业成为经济增长的主动力，服务业增加值占比达到55%。") == [("服务业增加值占比", "55")]
