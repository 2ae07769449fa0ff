"""Rule tests for the general causes behind the misses of real_aside68, real_aside76, real_pass3, real_pass8
and real_pass9 (issue 9, round 18, fx18a; docs/FIGURES.md "Round 18 fixes (fx18a; …)"). Every text here is
invented: other places, sectors, wordings and numbers, and the cases each rule must leave alone."""

from __future__ import annotations

from _bounds import cpu_seconds

from drafter.figures import extract_figures


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(text, kind=kind, year=2022)]


def test_a_dash_item_restating_its_target_before_the_estimate_lists_the_estimate_only() -> None:
    assert _read("——社会消费品零售总额完成210亿元：预计全年社会消费品零售总额完成226亿元左右。") == [
        ("社会消费品零售总额", "226", "亿元", "about"),
    ]
    assert _read("——计划实施重点项目150项，年度计划投资180亿元以上：预计全年实施重点项目162项，完成投资196亿元。") == [
        ("重点项目", "162", "项", "exact"),
        ("投资", "196", "亿元", "exact"),
    ]
    assert _read("——一般公共预算收入预期目标增长4%：预计全年一般公共预算收入完成58亿元。") == [
        ("一般公共预算收入", "58", "亿元", "exact"),
    ]


def test_a_dash_item_without_an_estimate_after_its_colon_keeps_its_figures() -> None:
    assert [f[1] for f in _read("——工业经济：规模以上工业增加值增长6.2%，完成投资88亿元。")] == ["6.2", "88"]
    assert [f[1] for f in _read("——全社会固定资产投资完成210亿元：同比增长8%。")] == ["210", "8"]
    # a target, not an account: the dash item is the plan's own
    assert [f[1] for f in _read("——地区生产总值增长6%：预计达到500亿元。", kind="target")] == ["6", "500"]


def test_the_dash_item_rule_is_linear_on_hostile_input() -> None:
    def took(text: str) -> float:
        return cpu_seconds(lambda: extract_figures(text, kind="outcome", year=2022))

    plain = took("——" + "投资完成2亿元，" * 600 + "预计")  # the same sentence without colons: no dash item
    assert took("——" + "投资完成2亿元：" * 600 + "预计") < 3 * plain + 1


def _table(rows: tuple[tuple[str, ...], ...]) -> list[tuple[str, str | None, str, str]]:
    from drafter.figures.table import extract_table

    text = "\n".join(" | ".join(r) for r in rows)
    figures = extract_table(rows, text, role="execution", year=2022, plan_year=2023, section="一", paragraph="p", rates=True)
    return [(f.indicator, f.value, f.unit, f.kind) for f in figures]


def test_a_bare_cell_under_a_rate_heading_whose_cells_write_percent_is_no_rate() -> None:
    # no unit anywhere: no figure (tests/test_tables.py's earlier convention), and never a growth in %
    rows = (
        ("指标名称", "2022年预期目标（增速）", "2022年完成情况绝对值", "2022年完成情况增速"),
        ("社会消费品零售总额", "7%", "88", "6.1%"),
        ("全社会固定资产投资", "240", "251", "-"),
    )
    assert _table(rows) == [("社会消费品零售总额", "7", "%", "baseline"), ("社会消费品零售总额", "6.1", "%", "outcome")]


def test_a_rate_column_of_bare_cells_stays_a_rate() -> None:
    rows = (
        ("指标名称", "2022年预期目标（增速）", "2022年完成情况增速"),
        ("社会消费品零售总额", "7", "6.1"),
    )
    assert [f[2] for f in _table(rows)] == ["%", "%"]


def test_an_amount_with_its_unit_under_a_rate_heading_is_that_amount() -> None:
    rows = (
        ("指标名称", "2022年预期目标（增速）", "2022年完成情况绝对值", "2022年完成情况增速"),
        ("社会消费品零售总额", "7%", "88亿元", "6.1%"),
        ("实施重点项目", "120项", "131项", "-"),
        ("重点项目年度计划投资", "150亿元以上", "163亿元", "-"),
    )
    assert _table(rows) == [
        ("社会消费品零售总额", "7", "%", "baseline"),
        ("社会消费品零售总额", "88", "亿元", "outcome"),
        ("社会消费品零售总额", "6.1", "%", "outcome"),
        ("重点项目", "120", "项", "baseline"),
        ("重点项目", "131", "项", "outcome"),
        ("重点项目年度计划投资", "150", "亿元", "baseline"),
        ("重点项目年度计划投资", "163", "亿元", "outcome"),
    ]


def test_a_count_of_indicators_pointing_back_at_the_figures_before_is_no_figure() -> None:
    got = _read("全年完成税收收入52.3亿元，增长6.1%；社会消费品零售总额完成310亿元，增长8%，两项指标规模保持全市第2。")
    assert [f[1] for f in got] == ["52.3", "6.1", "310", "8", "2"]
    assert got[-1][0] == "社会消费品零售总额规模"
    got = _read("固定资产投资、外贸进出口总额分别完成88.6亿元和41.2亿元，这两项指标总量均占全省近十分之一的比重。")
    assert [f[0] for f in got][-1] == "两项指标总量占全省的比重"
    assert "两" not in [f[1] for f in got]


def test_a_count_of_indicators_with_no_figures_before_it_is_counted() -> None:
    assert [f[1] for f in _read("经济运行总体平稳，三项指标规模保持全市第2。")] == ["三", "2"]
    assert "五" in [f[1] for f in _read("全年增长6%，五项指标均完成年度目标。")]  # one figure before five indicators


def test_a_share_whose_head_follows_its_value_is_named_as_written_before() -> None:
    assert _read("旅游收入占全县近三分之一的比重。")[0][0] == "旅游收入占全县的比重"
    assert _read("工业投资占全市21%的份额。")[0][0] == "工业投资占全市的份额"
    assert _read("工业投资占全市的21%。")[0][0] == "工业投资占全市"  # no head after it: as before


def test_a_growth_in_percent_after_a_share_is_the_amounts() -> None:
    assert _read("分行业看，纺织业增加值占比达41.2%，同比增长6.3%，尤其是化纤制造业占比为20.5%，同比增长9.1%。") == [
        ("纺织业增加值占比", "41.2", "%", "exact"),
        ("纺织业增加值", "6.3", "%", "exact"),
        ("化纤制造业增加值占比", "20.5", "%", "exact"),
        ("化纤制造业增加值", "9.1", "%", "exact"),
    ]
    # a change in points is the share's own
    assert _read("服务业增加值占比达56%，比上年提高1.2个百分点。")[1][0] == "服务业增加值占比"


def test_a_class_of_firms_after_its_output_takes_the_output() -> None:
    assert _read("铁矿石产量320.5万吨，同比增长4.2%；其中，市属企业完成201.3万吨，同比增长6.6%。") == [
        ("铁矿石产量", "320.5", "万吨", "exact"),
        ("铁矿石产量", "4.2", "%", "exact"),
        ("市属企业铁矿石产量", "201.3", "万吨", "exact"),
        ("市属企业铁矿石产量", "6.6", "%", "exact"),
    ]
    # no 其中: firms of their own
    assert _read("铁矿石产量320.5万吨，市属企业完成投资12亿元。")[1][0] != "市属企业铁矿石产量"


def test_a_sector_share_after_another_sectors_value_stays_as_written() -> None:
    got = _read("第一、第二、第三产业增加值分别增长2.1%、5.5%、8.2%，服务业占比同比提高0.9个百分点。")
    assert got[-1][0] == "服务业占比"


def test_a_proposed_targets_lead_is_no_part_of_the_first_target() -> None:
    assert _read("今年全县发展的主要预期目标建议为地区生产总值增长7.5%左右。", kind="target")[0][0] == "地区生产总值"
    assert _read("主要目标拟为财政收入增长5%。", kind="target")[0][0] == "财政收入"


def test_xiangjiao_before_a_year_is_a_comparison() -> None:
    assert _read("但相较2019年该县地区生产总值增长6.5%，增速有所回落。")[0][0] == "地区生产总值"


def test_peers_listed_before_a_rank_are_no_part_of_its_name() -> None:
    assert _read("在中部六省中，我省工业增速超过湖北、湖南和江西，目前位列第二。") == [("工业增速", "二", "", "exact")]
    assert _read("全县税收增速超过甲县，位列全市第一。")[0][0] == "税收增速"


def test_a_list_meeting_its_control_indicators_is_one_target_each() -> None:
    assert [f[0] for f in _read("单位地区生产总值能耗和二氧化硫排放完成省下达的控制指标。", kind="target")] == [
        "单位地区生产总值能耗", "二氧化硫排放"]
    assert _read("严格落实各项控制指标。", kind="target") == []
    # a measure's head and a verb of saving: one target, as written (real_aside13)
    assert [f[0] for f in _read("主要污染物排放和节能降耗控制在市定目标范围内。", kind="target")] == ["主要污染物排放和节能降耗"]


def test_a_rate_in_step_with_the_economys_rate_is_a_qualitative_target() -> None:
    assert [f[0] for f in _read("一般公共预算收入增速与经济增速同步，居民人均可支配收入增长7%。", kind="target")] == [
        "一般公共预算收入", "居民人均可支配收入"]
    assert [f[0] for f in _read("城镇居民人均可支配收入增速与GDP增速基本同步。", kind="target")] == ["城镇居民人均可支配收入"]


def test_a_streak_before_a_national_lists_top_leaves_the_list_its_name() -> None:
    assert _read("工业投资增长8.1%，连续五年位居全国工业百强县榜首。", kind="outcome")[-1][:2] == ("工业百强县", "首")


def test_manner_idioms_and_namely_open_no_name() -> None:
    assert [f[0] for f in _read("应检尽检重点人群12万人次，应开尽开发热门诊21个。")][-1] == "发热门诊"
    assert _read("会议提出今年的主要目标，即地区生产总值增长7%左右。", kind="target")[0][0] == "地区生产总值"
    assert _read("新增即时配送网点120个。")[0][0] == "即时配送网点"
