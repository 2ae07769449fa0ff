"""Figure rules of round 18's fixer fx18g (tests/real_aside47, real_aside56; docs/FIGURES.md "Round 18
fixes (fx18g; …)"). Every sentence here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _read(text: str, kind: str = "target") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.measure) for f in extract_figures(text, kind=kind, year=2026)]


def test_an_elimination_is_named_with_its_result() -> None:
    """``推进闲置宅基地动态清零``: the thing and its elimination, as ``确诊病例清零`` is named."""
    assert _read("推进闲置宅基地动态清零，新建冷链仓储4万吨以上。")[0] == ("闲置宅基地动态清零", None, "qualitative")
    assert _read("确保农村危房全部清零。") == [("农村危房全部清零", None, "qualitative")]
    assert _read("推动欠薪案件持续清零。")[0][0] == "欠薪案件持续清零"
    # a bottom line still names the line
    assert _read("确保不发生较大以上安全生产事故。")[0][0] == "不发生较大以上安全生产事故"


def _outcomes(text: str) -> list[tuple[str, str | None, str]]:
    return _read(text, kind="outcome")


def test_a_contribution_to_another_aggregates_growth_is_named_as_written() -> None:
    assert _outcomes("其中网络消费增长15.2%、对社会消费增长的贡献率达42.3%。")[1][0] == "对社会消费增长的贡献率"
    assert _outcomes("民间投资增长8%，对总投资增长的贡献率为61%。")[1][0] == "对总投资增长的贡献率"
    # the economy's growth stays the bare rate (settled conflict, round 13)
    assert _outcomes("工业增长9%，对经济增长贡献率达40%。")[1][0] == "贡献率"


def test_a_refund_or_price_adjustment_names_the_same_things_growth() -> None:
    got = _outcomes("县级税收收入完成35.2亿元，同比下降3.1%，扣除留抵退税后增长2.6%。")
    assert [g[0] for g in got] == ["县级税收收入"] * 3
    # a part taken out of the aggregate still names it (剔除房地产业后生产总值)
    assert _outcomes("生产总值增长5.1%，剔除建筑业后增长6.0%。")[1][0] == "剔除建筑业后生产总值"


def test_a_funds_flow_step_drops_its_already() -> None:
    assert _outcomes("区级政府投资已拨付64%。")[0][0] == "区级政府投资拨付"


def test_a_completion_with_its_own_subject_after_another_figure() -> None:
    got = _outcomes("区级政府投资已拨付64%，保障性住房开工完成年初计划的58.5%。")
    assert got[1] == ("保障性住房开工", "58.5", "completion")
    # a completion with no subject of its own is the figure's before it
    assert _outcomes("工业投资增长6%，完成全年计划的51%。")[1][0] == "工业投资"


def test_the_manner_of_going_on_after_a_counted_noun_goes() -> None:
    assert _outcomes("新城片区128个重点项目有序推进。")[0][:2] == ("重点项目", "128")
    assert _outcomes("全县46个民生工程扎实推进。")[0][:2] == ("民生工程", "46")


def test_second_as_a_term_is_no_count() -> None:
    assert _outcomes("行政中心一期工程二次结构加快施工。") == []
    assert _outcomes("改造二次供水设施86处。")[0][1] == "86"
    assert [g[1] for g in _outcomes("全年召开常务会议二次。")] == ["二"]


def test_the_own_place_with_its_diqu_before_a_measure_goes() -> None:
    got = [(f.indicator, f.value) for f in extract_figures("1-5月青禾地区进出口总额增长12.4%。", kind="outcome", year=2020, place="青禾市")]
    assert got == [("进出口总额", "12.4")]
    got = [(f.indicator, f.value) for f in extract_figures("青禾地区生产总值增长6%。", kind="outcome", year=2020, place="青禾市")]
    assert got == [("地区生产总值", "6")]


def test_an_apposed_count_of_sectors_before_their_measure_goes() -> None:
    got = _outcomes("商贸、物流和会展业三大支柱行业增加值分别增长4.1%、6%和8.2%。")
    assert [g[0] for g in got] == ["商贸增加值", "物流增加值", "会展业增加值"]
    # the three industries themselves keep their count
    assert _outcomes("三大产业增加值增长5%。")[0][0] == "三大产业增加值"
