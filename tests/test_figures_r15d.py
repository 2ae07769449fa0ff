"""Figure rule tests of round 15 (fixer fxa49): a table of one cell a line closed by ``|`` whose
outcome cells write an amount and its growth in one cell, a closing gloss, trend words in a cell;
a box-drawing dash leading a list item; a rate held at a value in an account. Every sentence and
table here is invented."""

from __future__ import annotations

from pathlib import Path

from invented_page import page_report

_CLOSED = (
    "——2022年1月10日在市第九届人民代表大会第三次会议上\n"
    "各位代表：\n"
    "我受市人民政府委托，向大会报告某某市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案，请予审议。\n"
    "一、2021年国民经济和社会发展计划执行情况\n"
    "全市经济稳中有进。主要预期目标完成情况见表一。\n"
    "表一 2021年某某市经济社会发展主要预期目标完成情况\n"
    "指 标 名 称 |\n全年预期目标 |\n全年完成情况 |\n|\n"
    "地区生产总值 |\n增长7%左右 |\n8600.5亿元,增长8.1% |\n|\n"
    "外贸进出口总额 |\n基本稳定 |\n1200亿美元,下降2.5% |\n|\n"
    "规上工业增加值 |\n稳中有升 |\n增长9%左右 |\n|\n"
    "每万人高价值发明专利拥有量 |\n20件 |\n23.4件(按年末常住人口测算) |\n|\n"
    "服务业增加值占比 |\n高于上年 |\n52.6%,高于上年 |\n|\n"
    "城乡居民人均可支配收入 |\n高于地区 生产总值增幅 |\n58000元,增长7.2% |\n|\n"
    "二、2022年国民经济和社会发展计划草案\n地区生产总值增长6%左右。\n"
)


def _figures(tmp_path: Path, page: str) -> list[tuple[str, str, str, str, str]]:
    report = page_report(tmp_path, page)
    return [(f.indicator, f.value, f.unit, f.kind, f.qualifier) for f in report.figures]


def test_a_closed_cell_table_keeps_its_row_names_and_columns(tmp_path: Path) -> None:
    got = _figures(tmp_path, _CLOSED)
    assert ("地区生产总值", "7", "%", "baseline", "about") in got
    assert ("规上工业增加值", "9", "%", "outcome", "about") in got
    assert not [f for f in got if f[0] == ""]


def test_an_outcome_cell_of_an_amount_and_its_growth_gives_both(tmp_path: Path) -> None:
    got = _figures(tmp_path, _CLOSED)
    assert ("地区生产总值", "8600.5", "亿元", "outcome", "exact") in got
    assert ("地区生产总值", "8.1", "%", "outcome", "exact") in got
    assert ("外贸进出口总额", "1200", "亿美元", "outcome", "exact") in got
    assert ("外贸进出口总额", "2.5", "%", "outcome", "exact") in got
    assert ("城乡居民人均可支配收入", "58000", "元", "outcome", "exact") in got


def test_a_value_with_words_after_it_in_its_cell_keeps_the_value(tmp_path: Path) -> None:
    got = _figures(tmp_path, _CLOSED)
    assert ("每万人高价值发明专利拥有量", "20", "件", "baseline", "exact") in got
    assert ("每万人高价值发明专利拥有量", "23.4", "件", "outcome", "exact") in got
    assert ("服务业增加值占比", "52.6", "%", "outcome", "exact") in got


def test_trend_words_in_a_value_column_are_no_figure(tmp_path: Path) -> None:
    got = _figures(tmp_path, _CLOSED)
    assert not [f for f in got if f[0] in ("外贸进出口总额", "规上工业增加值") and f[3] == "baseline"]


_REPORT = (
    "某某县2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n"
    "一、2021年国民经济和社会发展计划执行情况\n{body}\n"
    "二、2022年国民经济和社会发展计划草案\n地区生产总值增长6%左右。\n"
)


def test_a_box_drawing_dash_leading_a_list_item_is_no_part_of_the_name(tmp_path: Path) -> None:
    page = _REPORT.format(body="──规上工业增加值占地区生产总值比重达41%。\n──实际利用外资2.1亿美元，增长6.5%。")
    got = _figures(tmp_path, page)
    assert ("规上工业增加值占地区生产总值比重", "41", "%", "outcome", "exact") in got
    assert ("实际利用外资", "2.1", "亿美元", "outcome", "exact") in got


def test_a_rate_held_at_a_value_in_an_account_is_exact(tmp_path: Path) -> None:
    got = _figures(tmp_path, _REPORT.format(body="就业形势总体稳定，城镇调查失业率控制在3.2%。"))
    assert ("城镇调查失业率", "3.2", "%", "outcome", "exact") in got


def test_a_rate_held_under_a_bound_in_an_account_stays_at_most(tmp_path: Path) -> None:
    got = _figures(tmp_path, _REPORT.format(body="就业形势总体稳定，城镇调查失业率控制在3.5%以内。"))
    assert ("城镇调查失业率", "3.5", "%", "outcome", "at_most") in got


def test_a_rate_held_at_a_value_in_a_plan_is_a_ceiling(tmp_path: Path) -> None:
    page = _REPORT.replace("地区生产总值增长6%左右。", "城镇调查失业率控制在5.5%。").format(body="全县经济稳中有进。")
    got = _figures(tmp_path, page)
    assert ("城镇调查失业率", "5.5", "%", "target", "at_most") in got


def test_a_condition_written_after_the_name_leaves_it(tmp_path: Path) -> None:
    got = _figures(tmp_path, _REPORT.format(body="全县经济稳中有进，工业增加值剔除芯片项目影响同比增长5%。"))
    assert ("工业增加值", "5", "%", "outcome", "exact") in got


def test_pollutants_cut_and_energy_use_down_met_from_above_give_one_each(tmp_path: Path) -> None:
    got = _figures(tmp_path, _REPORT.format(body="全县经济稳中有进。单位地区生产总值能耗下降、主要污染物减排完成省下达任务。"))
    names = [f[0] for f in got if f[1] is None]
    assert "单位地区生产总值能耗" in names
    assert "主要污染物" in names
