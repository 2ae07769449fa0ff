"""Rule tests for the general causes behind the first-sight misses of the passage sets tests/real_pass6 and
tests/real_pass7 (issue 9, round 17, fxp67; their READMEs and docs/FIGURES.md "Round 17 fixes on real_pass6–7").
Every text here is invented: other places, sectors, wordings and numbers, and the cases each rule must leave
alone."""

from __future__ import annotations

from _bounds import cpu_bound

from drafter.figures import extract_figures


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(text, kind=kind, year=2012)]


def _names(text: str, kind: str = "outcome") -> list[str]:
    return [f[0] for f in _read(text, kind)]


def test_wider_scopes_with_their_rates_in_brackets_are_no_figures() -> None:
    assert _read("全县固定资产投资增长21%，增速比全市平均水平（15.2%）和全国（10.1%）分别高5.8和10.9个百分点。") == [
        ("固定资产投资", "21", "%", "exact"),
        ("固定资产投资增速", "5.8", "个百分点", "exact"),
        ("固定资产投资增速", "10.9", "个百分点", "exact"),
    ]
    assert _names("规模以上工业增加值30.1亿元，同比增长8.8%，比全省（7.4%）和全国（6.3%）分别高1.4和2.5个百分点，增幅居全省第四。") == [
        "规模以上工业增加值", "规模以上工业增加值", "规模以上工业增加值", "规模以上工业增加值", "规模以上工业增加值增幅",
    ]
    assert [f[1] for f in _read("社会消费品零售总额增长9%，比全市（8.2%）、全省（7.9%）分别快0.8、1.1个百分点。")] == ["9", "0.8", "1.1"]
    assert [f[1] for f in _read("出口增长12%，较全省平均水平（6.5%）及全国（5%）分别高5.5和7个百分点。")] == ["12", "5.5", "7"]
    # a rate in brackets of no wider scope stays a figure
    assert [f[1] for f in _read("服务业增加值45亿元（占GDP的48.2%），增长7%。")] == ["45", "48.2", "7"]


def test_a_range_of_months_after_bi_closes_on_fen() -> None:
    assert _names("全省工业用电量下降6.1%，降幅比1—4月份收窄1.2个百分点。") == ["工业用电量", "工业用电量降幅"]
    assert _names("金融机构存款余额增长9.1%，增速比1-3月份提高0.6个百分点。") == ["金融机构存款余额", "金融机构存款余额增速"]
    assert _names("公路客运量下降11%，降幅比1至8月份收窄0.5个百分点。") == ["公路客运量", "公路客运量降幅"]


def test_a_months_growth_after_a_rates_gap_is_the_indicators() -> None:
    assert _names("全省工业用电量下降6.1%，降幅比1—4月份收窄1.2个百分点，其中5月份增长2.3%。")[2] == "工业用电量"
    assert _names("公路货运量下降8%，降幅比一季度收窄2个百分点，其中6月份下降1.1%。")[2] == "公路货运量"
    assert _names("上半年地区生产总值增长3%。其中，二季度单季增长1.9%。") == ["地区生产总值", "地区生产总值"]


def test_contributions_of_a_list_take_the_last_items_tail() -> None:
    assert _names("消费、投资、净出口对经济增长的贡献率分别为61.2%、40.3%和-1.5%。") == [
        "消费对经济增长的贡献率", "投资对经济增长的贡献率", "净出口对经济增长的贡献率",
    ]
    assert _names("资本形成、最终消费对GDP增长的贡献率分别为45%和50%。") == [
        "资本形成对GDP增长的贡献率", "最终消费对GDP增长的贡献率",
    ]
    assert _names("第一、二、三产业对经济增长的贡献率分别为5.1%、38.2%和56.7%。")[1] == "第二产业对经济增长的贡献率"


def test_the_month_of_a_stock_is_its_time() -> None:
    assert _names("3月末城镇登记失业率2.9%，比上年末下降0.2个百分点。") == ["城镇登记失业率", "城镇登记失业率"]
    assert _names("6月末全市金融机构存款余额3200亿元，比3月末增加50亿元。") == ["金融机构存款余额", "金融机构存款余额"]
    assert _names("9月底全县市场主体5.2万户。") == ["市场主体"]


def test_gong_before_the_verb_of_a_joined_subject_goes() -> None:
    assert _names("全市交通运输业和仓储业共实现增加值88.2亿元，增长4.1%。") == ["交通运输业和仓储业增加值"] * 2
    assert _names("住宿业、餐饮业共完成营业额12亿元。") == ["住宿业、餐饮业营业额"]
    assert _names("公共财政预算收入9亿元。") == ["公共财政预算收入"]


def test_another_type_of_firm_takes_the_same_measure() -> None:
    assert _names("其中，国有控股企业利润增长3.1%，股份制企业增长12.2%，外商投资企业下降2%。") == [
        "国有控股企业利润", "股份制企业利润", "外商投资企业利润",
    ]
    assert _names("国有企业营业收入增长4%，民营企业增长9%。") == ["国有企业营业收入", "民营企业营业收入"]
    assert _names("但民营企业、外商投资企业实现利润则分别增长8.1%、2.2%。") == ["民营企业利润", "外商投资企业利润"]
    assert _names("集体企业、私营企业利润分别增长3%、5%。") == ["集体企业利润", "私营企业利润"]


def test_a_sector_that_showed_its_vigour_owns_the_bare_value() -> None:
    assert _names("其中，金融业活力凸显，前三季度增加值实现90.1亿元，同比增长5.2%。") == ["金融业增加值"] * 2
    assert _names("信息服务业发展动能增强，实现增加值31亿元。") == ["信息服务业增加值"]


def test_a_headless_change_after_a_full_stop_is_the_carried_indicators() -> None:
    assert _names("全省生产总值2700亿元，同比增长5.8%。比上年同期加快0.2个百分点，高于全国0.8个百分点。") == [
        "生产总值", "生产总值", "生产总值", "生产总值",
    ]
    assert _names("全市进出口下降3%。较一季度收窄1.5个百分点。") == ["进出口", "进出口"]
    assert _names("比上年同期加快0.2个百分点。") == [""]


def test_bi_jin_is_about_and_absence_from_a_congress_is_attendance() -> None:
    assert _read("全县地区生产总值逼近200亿元大关。") == [("地区生产总值", "200", "亿元", "about")]
    assert _read("社会消费品零售总额逼近百亿元，增长7%。")[0][0] == "社会消费品零售总额"
    assert _read("大会应到代表200人，因事因病请假11人，实到代表189人。") == []
    assert _read("会议应到委员150名，因故请假9名，实到委员141名。") == []


def test_targets_held_and_bounded_from_above() -> None:
    assert _read("全社会固定资产投资与上年度持平，社会消费品零售总额增长6%。", "target") == [
        ("全社会固定资产投资", None, "", "exact"), ("社会消费品零售总额", "6", "%", "exact"),
    ]
    assert _read("粮食播种面积保持相对稳定，农业增加值增长3%。", "target")[0] == ("粮食播种面积", None, "", "exact")
    assert _read("城镇登记失业率、居民消费价格指数涨幅控制在市定目标内。", "target") == [
        ("城镇登记失业率", None, "", "at_most"), ("居民消费价格指数涨幅", None, "", "at_most"),
    ]
    assert _read("地表水断面水质、城市空气质量优良天数比例完成市定目标。", "target") == [
        ("地表水断面水质", None, "", "exact"), ("城市空气质量优良天数比例", None, "", "exact"),
    ]
    assert _read("单位生产总值能耗控制在省定目标内。", "target") == [("单位生产总值能耗", None, "", "at_most")]


def test_small_form_marks_of_a_traditional_copy_separate_clauses() -> None:
    assert _names("居民收入增长与经济增长基本同步﹔城镇登记失业率控制在市定目标内﹔粮食总产量保持在10万吨以上。", "target") == [
        "居民收入", "城镇登记失业率", "粮食总产量",
    ]
    assert _names("地区生产总值增长6%﹐财政收入增长5%。") == ["地区生产总值", "财政收入"]


def test_two_values_joined_after_two_names_joined_pair() -> None:
    assert _names("城镇和农村常住居民人均可支配收入31,200元和15,100元，分别同比增长4.2%和6.5%。") == [
        "城镇常住居民人均可支配收入", "农村常住居民人均可支配收入", "城镇常住居民人均可支配收入", "农村常住居民人均可支配收入",
    ]
    assert _names("粮食和油料产量12万吨和3万吨。") == ["粮食产量", "油料产量"]
    assert _names("进出口总额和出口额12亿元和5亿元。") == ["进出口总额", "出口额"]
    # one name: the values stay its own
    assert _names("固定资产投资12亿元和上年持平。")[0] == "固定资产投资"


def test_new_patterns_are_fast_on_hostile_input() -> None:
    hostile = [
        "比全省（7.7%）" * 400 + "分别高" + "1和" * 300 + "个百分点。",
        "降幅比1—5月份" * 500 + "收窄0.8个百分点。",
        "3月末" * 800 + "失业率2%。",
        "请假" * 800 + "14人。",
        "和" * 2000 + "12万吨和3万吨。",
        "、".join(["城镇登记失业率"] * 300) + "控制在市定目标内。",
        "﹔" * 3000 + "增长5%",
    ]
    for text in hostile:
        with cpu_bound(5.0, text[:20]):
            extract_figures(text, kind="target")
            extract_figures(text, kind="outcome")


def test_a_clause_after_a_semicolon_opening_on_a_bare_growth_goes_on() -> None:
    assert _names("全县实现地区生产总值(GDP)120.5亿元,居全市第3位;同比增长6.5%,高于全市水平1.2个百分点,居全市第2位。") == [
        "地区生产总值"
    ] * 5
    assert _names("全区工业增加值40亿元；增长7.2%，高于全市1个百分点。") == ["工业增加值"] * 3
    # a clause after a full stop with a head of its own keeps it
    assert _names("全区工业增加值40亿元。出口增长7.2%。") == ["工业增加值", "出口"]


def test_gaps_and_a_rank_after_a_change_of_the_rate_head_stay_the_heads() -> None:
    assert _names("全县生产总值增长9.2%，增速同比提高0.5个百分点，比全市（8.1%）和全省（7.6%）分别高1.1和1.6个百分点。") == [
        "生产总值", "生产总值增速", "生产总值增速", "生产总值增速",
    ]
    assert _names("全县固定资产投资增长21%，增速比全市平均水平（15.2%）和全国（10.1%）分别高5.8和10.9个百分点，居全市第一。")[3] == (
        "固定资产投资增速"
    )
    assert _names("全县固定资产投资增长21%，增速比全市和全国分别高5.8和10.9个百分点，居全市第2位。")[3] == "固定资产投资增速"
    # with no change of the head before, the gaps stay the indicator's
    assert _names("全县生产总值增长9.2%，比全市和全省分别高1.1和1.6个百分点。") == ["生产总值"] * 3


def test_a_setter_after_the_task_and_a_fall_joined_to_a_bound() -> None:
    assert _names("完成城镇就业市定目标任务，居民收入增长7%。", "target") == ["城镇就业", "居民收入"]
    assert _read("单位生产总值能耗、主要污染物排放继续下降且控制在国家下达目标之内，完成省、市下达的节能减排任务。", "target") == [
        ("单位生产总值能耗", None, "", "at_most"), ("主要污染物排放", None, "", "at_most"), ("节能减排", None, "", "exact"),
    ]
    assert _read("万元GDP水耗、用水总量持续下降并控制在省下达目标以内。", "target") == [
        ("万元GDP水耗", None, "", "at_most"), ("用水总量", None, "", "at_most"),
    ]
    # one item: as before
    assert _read("城镇登记失业率控制在省定目标以内。", "target") == [("城镇登记失业率", None, "", "at_most")]
