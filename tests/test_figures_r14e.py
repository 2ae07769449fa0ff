"""Figure rule tests of round 14 (fixer fxa41): a rank column of a completion table, a row that
leaves its rank out, a target of words in a cell, a unit broken by a line end, footnote marks, the
counts of a half-year comparison. Every sentence and table here is invented."""

from __future__ import annotations

from pathlib import Path

from invented_page import page_report

_TABLE = (
    "某某市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n"
    "一、2020年国民经济和社会发展计划执行情况\n全市经济运行稳中有进。\n"
    "表1 某某市2020年主要指标完成情况\n\n指标名称\n\n预期目标\n\n完成情况\n\n全省排名\n\n"
    "地区生产总值增长(%)\n\n6%左右\n\n4.1%\n\n5\n\n"
    "居民人均可支配收入增长(%)\n\n高于经济增长\n\n6.2%\n\n3\n\n"
    "城镇登记失业率(%)\n\n3%以内\n\n2.4%以内\n\n"
    "居民消费价格指数\n\n3%以内\n\n2.1%\n\n"
    "二、2021年国民经济和社会发展计划草案\n地区生产总值增长6%左右。\n"
)


def _figures(tmp_path: Path, page: str) -> list[tuple[str, str, str, str, str]]:
    report = page_report(tmp_path, page)
    return [(f.indicator, f.value, f.unit, f.kind, f.qualifier) for f in report.figures]


def test_a_rank_column_gives_each_row_its_rank(tmp_path: Path) -> None:
    got = _figures(tmp_path, _TABLE)
    assert ("地区生产总值", "5", "", "outcome", "exact") in got
    assert ("居民人均可支配收入", "3", "", "outcome", "exact") in got
    assert ("居民人均可支配收入", "6.2", "%", "outcome", "exact") in got  # after a target of words


def test_rows_that_leave_their_rank_out_keep_their_values(tmp_path: Path) -> None:
    got = _figures(tmp_path, _TABLE)
    assert ("城镇登记失业率", "3", "%", "baseline", "at_most") in got
    assert ("城镇登记失业率", "2.4", "%", "outcome", "at_most") in got
    assert ("居民消费价格指数", "2.1", "%", "outcome", "exact") in got
    assert not [f for f in got if f[0] in ("城镇登记失业率", "居民消费价格指数") and f[2] == ""]


_REPORT = (
    "某某区2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n"
    "一、2021年国民经济和社会发展计划执行情况\n{body}\n"
    "二、2022年国民经济和社会发展计划草案\n地区生产总值增长6%左右。\n"
)


def test_a_unit_broken_by_a_line_end_is_one_unit(tmp_path: Path) -> None:
    page = _REPORT.format(body="综合实力持续增强。预计全年实现地区生产总值 412 亿\n元 , 增长 7.5%；一般公共预算收入 30 亿元。")
    got = _figures(tmp_path, page)
    assert ("地区生产总值", "412", "亿元", "outcome", "exact") in got
    assert ("地区生产总值", "7.5", "%", "outcome", "exact") in got


def test_a_line_ending_on_a_scale_before_other_words_is_not_joined(tmp_path: Path) -> None:
    page = _REPORT.format(body="综合实力持续增强。全年新增城镇就业人数达到2万\n人民生活水平稳步提高，居民收入增长7%。")
    got = _figures(tmp_path, page)
    assert not [f for f in got if f[2] == "万人"]


def test_a_footnote_mark_is_no_part_of_a_name(tmp_path: Path) -> None:
    page = _REPORT.format(body="经济运行稳中向好。新增“四上”单位[1]215家，规模以上工业企业［2］增加值增长8.2%。")
    names = {f[0] for f in _figures(tmp_path, page)}
    assert "“四上”单位" in names
    assert not [n for n in names if "[" in n or "［" in n]


_MIDYEAR = (
    "某某市2019年上半年国民经济和社会发展计划执行情况的报告\n"
    "一、上半年计划执行情况\n{body}\n"
)


def test_counts_of_a_half_year_comparison(tmp_path: Path) -> None:
    body = (
        "与计划目标相比。地区生产总值、财政总收入、固定资产投资、社会消费品零售总额、进出口总值等5个指标增幅高于计划数，"
        "而去年同期仅3个指标高于计划数。与去年同期相比。地区生产总值、财政总收入、固定资产投资、出口值等2个指标较去年同期增速加快，"
        "而去年同期仅有1个指标增速加快。排位方面：6个指标在全省排位上升，2个持平。"
    )
    got = _figures(tmp_path, _MIDYEAR.format(body=body))
    counts = [(f[0], f[1], f[3]) for f in got if f[2] == "个"]
    assert ("指标", "5", "outcome") not in counts  # as many as listed: apposition
    assert ("指标", "3", "baseline") in counts  # last year's count of the same comparison
    assert ("指标", "2", "outcome") in counts  # fewer than listed: counted, named by the head after 等
    assert ("指标", "1", "baseline") in counts
    assert ("指标", "6", "outcome") in counts
    assert counts.count(("指标", "2", "outcome")) == 2  # 2个持平: the noun before, left out


def test_a_comparison_with_last_year_is_no_baseline(tmp_path: Path) -> None:
    got = _figures(tmp_path, _MIDYEAR.format(body="全市地区生产总值增长7.2%，高于去年同期0.5个百分点；去年同期为6.7%。"))
    assert [f[3] for f in got if f[1] == "0.5"] == ["outcome"]  # 高于去年同期: a comparison
    assert [f[3] for f in got if f[1] == "6.7"] == ["baseline"]


_PLAN = "某某市2020年国民经济和社会发展计划\n一、主要预期目标\n{body}\n"


def test_a_share_to_raise_and_a_rate_above_the_provinces_are_qualitative_targets(tmp_path: Path) -> None:
    body = "——外贸出口提升占全国、全省的份额。\n——服务贸易进出口提升占全省的份额。\n——全员劳动生产率提高率高于省均。\n——地区生产总值增长7%左右。"
    report = page_report(tmp_path, _PLAN.format(body=body), region="某某市", year=2019)
    qualitative = {f.indicator for f in report.figures if f.measure == "qualitative"}
    assert {"外贸出口", "服务贸易进出口", "全员劳动生产率提高率"} <= qualitative


def test_a_list_item_opening_with_a_level_is_entered_too(tmp_path: Path) -> None:
    got = _figures(tmp_path, _REPORT.format(body="项目建设加快推进。列入省级重点项目6个、市级重点项目31个。"))
    names = {(f[0], f[1]) for f in got}
    assert ("列入省级重点项目", "6") in names
    assert ("列入市级重点项目", "31") in names
