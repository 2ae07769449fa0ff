"""Main-indicators tables (issue 9, item 3): Word/HTML rows and web copies with a cell a line."""

from __future__ import annotations

from pathlib import Path

from drafter.figures.table import extract_table
from drafter.ingest import parse_file
from drafter.read import Block
from drafter.structure.cell_table import cell_lines

CELLS = """关于某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告
各位代表：
一、2023年国民经济和社会发展计划执行情况
（一）经济运行
运行平稳。地区生产总值增长5.2%。
二、2024年国民经济和社会发展主要目标任务
2024年全区经济社会发展的主要目标见下表：
指标
单位
2023年预计
2024年目标
地区生产总值增速
%
5.2
5左右
一般公共预算收入
亿元
30.5
32
城镇新增就业
人
12000
12000以上
（一）扩大投资
力争固定资产投资增长8%。
"""


def test_a_web_copy_with_a_cell_a_line_reads_as_a_table(tmp_path: Path) -> None:
    path = tmp_path / "cells.txt"
    path.write_text(CELLS, encoding="utf-8")
    report = parse_file(path)
    table = report.parts[1].paragraphs[-1]
    assert table.role == "table" and table.rows[0] == ("指标", "单位", "2023年预计", "2024年目标")
    got = [(f.indicator, f.value, f.unit, f.kind, f.period, f.qualifier) for f in report.figures if f.paragraph == table.id]
    assert got == [
        ("地区生产总值", "5.2", "%", "baseline", 2023, "exact"),
        ("地区生产总值", "5", "%", "target", 2024, "about"),
        ("一般公共预算收入", "30.5", "亿元", "baseline", 2023, "exact"),
        ("一般公共预算收入", "32", "亿元", "target", 2024, "exact"),
        ("城镇就业", "12000", "人", "baseline", 2023, "exact"),
        ("城镇就业", "12000", "人", "target", 2024, "at_least"),
    ]
    assert report.parts[1].chapters[0].title == "扩大投资"  # the table stops where the rows stop


def test_year_less_columns_of_an_execution_table() -> None:
    rows = (
        ("指标", "单位", "预期目标", "实际完成", "增长(%)", "完成率(%)"),
        ("地区生产总值", "亿元", "250", "249.8", "5.7", "99.9"),
    )
    text = "\t".join(rows[0]) + "\n" + "\t".join(rows[1])
    figures = extract_table(rows, text, role="execution", year=2023, plan_year=2024, section="一", paragraph="p1-1",
                            rates=True)
    got = [(f.value, f.unit, f.kind, f.measure, f.period) for f in figures]
    assert got == [
        ("250", "亿元", "baseline", "amount", 2023),  # the year's own target: a baseline, not a target
        ("249.8", "亿元", "outcome", "amount", 2023),
        ("5.7", "%", "outcome", "growth", 2023),
        ("99.9", "%", "outcome", "completion", 2023),
    ]
    assert {f.indicator for f in figures} == {"地区生产总值"}


def test_year_less_target_column_of_a_plan_table() -> None:
    rows = (("指标名称", "单位", "预计完成", "预期目标"), ("固定资产投资增长", "%", "3", "8左右"))
    figures = extract_table(rows, "", role="plan", year=2023, plan_year=2024, section="二", paragraph="p2-1", rates=True)
    assert [(f.value, f.kind, f.period, f.measure, f.qualifier) for f in figures] == [
        ("3", "baseline", 2023, "growth", "exact"), ("8", "target", 2024, "growth", "about")]


# ---------------------------------------------------------------- one cell a line: general layouts



def _cells(text: str) -> tuple[Block, ...]:
    return cell_lines(tuple(Block(line) for line in text.split("\n") if line.strip()))


def _report(tmp_path: Path, table: str, *, part: str = "一") -> list[tuple[str, str, str, str, str]]:
    """The table's figures, read from an invented two-part report that holds it in part ``part``."""
    one = "一、2023年国民经济和社会发展计划执行情况\n（一）经济运行\n运行平稳，地区生产总值增长5.2%。\n"
    two = "二、2024年国民经济和社会发展主要目标任务\n2024年全区经济社会发展的主要目标如下：\n"
    text = (
        "关于某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n各位代表：\n"
        + (one + "主要指标完成情况如下：\n" + table + two if part == "一" else one + two + table)
        + "（一）扩大投资\n力争固定资产投资增长8%。\n"
    )
    path = tmp_path / "cells.txt"
    path.write_text(text, encoding="utf-8")
    report = parse_file(path)
    tables = {p.id for _, _, p in report.paragraphs() if p.rows}
    return [(f.indicator, f.value, f.unit, f.kind, f.measure) for f in report.figures if f.paragraph in tables]


GROUPED = """序号
指标名称
单位
统计
口径
全年计划
上半年完成
总量
增长%
总量
增长%
1
地区生产总值(GDP
亿元
全区
/
6
300.5
6.3
区本级
/
5
120.2
-1.5
2
一般公共预算
收入
亿元
全区
40
5
22.1
7.2
区本级
18
/
9.6
3.4
3
外贸出口
亿美元
全区
/
"""


def test_a_two_row_header_groups_its_columns_and_level_rows_keep_their_level(tmp_path: Path) -> None:
    (table,) = [b for b in _cells(GROUPED) if b.rows]
    assert table.rows[0] == ("序号", "指标名称", "单位", "统计口径", "全年计划总量", "全年计划增长%", "上半年完成总量", "上半年完成增长%")
    assert table.rows[2] == ("区本级", "/", "5", "120.2", "-1.5")  # a level row shares the name above, kept short
    assert table.rows[3][:3] == ("2", "一般公共预算收入", "亿元")  # a name split over two lines is one cell
    assert table.rows[-1] == ("3", "外贸出口", "亿美元", "全区", "/", "", "", "")  # cut by the page's end
    got = _report(tmp_path, GROUPED)
    assert got == [
        ("地区生产总值", "6", "%", "baseline", "growth"),  # the year's plan, restated: a baseline
        ("地区生产总值", "300.5", "亿元", "outcome", "amount"),
        ("地区生产总值", "6.3", "%", "outcome", "growth"),
        ("区本级地区生产总值", "5", "%", "baseline", "growth"),
        ("区本级地区生产总值", "120.2", "亿元", "outcome", "amount"),
        ("区本级地区生产总值", "-1.5", "%", "outcome", "growth"),
        ("一般公共预算收入", "40", "亿元", "baseline", "amount"),
        ("一般公共预算收入", "5", "%", "baseline", "growth"),
        ("一般公共预算收入", "22.1", "亿元", "outcome", "amount"),
        ("一般公共预算收入", "7.2", "%", "outcome", "growth"),
        ("区本级一般公共预算收入", "18", "亿元", "baseline", "amount"),
        ("区本级一般公共预算收入", "9.6", "亿元", "outcome", "amount"),
        ("区本级一般公共预算收入", "3.4", "%", "outcome", "growth"),
    ]


PLAN_TABLE = """指标名称
计量单位
指标属性
2023年预计
2024年目标
规模以上工业
增加值增速
%
预期性
6
6.5左右
单位地区生产总值
能耗降低
%
约束性
3
完成上级下达任务
城镇新增就业
万人
预期性
1.2
1.3以上
"""


def test_a_plan_table_with_an_attribute_column_and_split_names(tmp_path: Path) -> None:
    (table,) = [b for b in _cells(PLAN_TABLE) if b.rows]
    assert [r[0] for r in table.rows[1:]] == ["规模以上工业增加值增速", "单位地区生产总值能耗降低", "城镇新增就业"]
    assert table.rows[2][-1] == "完成上级下达任务"  # a qualitative target holds its cell
    got = _report(tmp_path, PLAN_TABLE, part="二")
    assert got == [
        ("规模以上工业增加值", "6", "%", "baseline", "growth"),
        ("规模以上工业增加值", "6.5", "%", "target", "growth"),
        ("单位地区生产总值能耗", "3", "%", "baseline", "growth"),  # a fall: growth down, as in the text
        ("城镇就业", "1.2", "万人", "baseline", "count"),
        ("城镇就业", "1.3", "万人", "target", "count"),
    ]
    rows = (("指标", "单位", "2023年完成"), ("固定资产投资", "亿元", "80"), ("#工业投资", "亿元", "30"))
    figures = extract_table(rows, "", role="execution", year=2023, plan_year=2024, section="一", paragraph="p1-1")
    assert [f.indicator for f in figures] == ["固定资产投资", "工业投资"]  # a statistics table's # is its 其中


CATEGORIES = """序号
指标
单位
2023年完成
比上年增长（%）
一、经济发展
1
地区生产总值
亿元
512.3
5.6
2
固定资产投资
亿元
/
-3.2
二、社会民生
3
居民人均可支配收入
元
52310
5.1
"""


def test_category_rows_and_a_year_column_with_its_growth(tmp_path: Path) -> None:
    (table,) = [b for b in _cells(CATEGORIES) if b.rows]
    assert table.rows[1] == ("一、经济发展",) and table.rows[4] == ("二、社会民生",)
    got = _report(tmp_path, CATEGORIES)
    assert got == [
        ("地区生产总值", "512.3", "亿元", "outcome", "amount"),
        ("地区生产总值", "5.6", "%", "outcome", "growth"),
        ("固定资产投资", "-3.2", "%", "outcome", "growth"),
        ("居民人均可支配收入", "52310", "元", "outcome", "amount"),
        ("居民人均可支配收入", "5.1", "%", "outcome", "growth"),
    ]


def test_a_heading_word_alone_is_no_table() -> None:
    blocks = _cells("项目\n全年共实施重点项目120个，完成投资85亿元。\n序号\n单位\n下一段文字很长很长很长很长很长很长很长很长很长很长很长很长。")
    assert not any(b.rows for b in blocks)


def test_an_html_table_with_merged_name_cells_reads_its_level_rows() -> None:
    rows = (
        ("指标", "单位", "统计口径", "2023年目标", "2023年完成"),
        ("税收收入", "亿元", "全县", "12", "12.6"),
        ("县级", "5", "5.3"),
    )
    text = "\n".join("\t".join(r) for r in rows)
    got = [(f.indicator, f.value, f.kind) for f in extract_table(
        rows, text, role="execution", year=2023, plan_year=2024, section="一", paragraph="p1-1")]
    assert got == [("税收收入", "12", "baseline"), ("税收收入", "12.6", "outcome"),
                   ("县级税收收入", "5", "baseline"), ("县级税收收入", "5.3", "outcome")]


AREAS = """类别
指标
单位
2023年
预计
2024年
目标
属性
经济发展
地区生产总值增长
%
5.5
6-6.5
预期性
城镇调查失业率
%
5.2
≤5.5
预期性
民生福祉
居民人均可支配收入增长
%
6
与经济增长同步
预期性
"""


def test_a_category_column_wrapped_headings_and_an_attribute_column(tmp_path: Path) -> None:
    (table,) = [b for b in _cells(AREAS) if b.rows]
    assert table.rows[0] == ("类别", "指标", "单位", "2023年预计", "2024年目标", "属性")  # headings wrapped over two lines
    assert table.rows[1] == ("经济发展", "地区生产总值增长", "%", "5.5", "6-6.5", "预期性")
    assert table.rows[2] == ("", "城镇调查失业率", "%", "5.2", "≤5.5", "预期性")  # the category spans its rows
    assert table.rows[3] == ("民生福祉", "居民人均可支配收入增长", "%", "6", "与经济增长同步", "预期性")
    got = [(i, v, k, q) for i, v, _, k, _, q in _report_q(tmp_path, AREAS)]
    assert got == [
        ("地区生产总值", "5.5", "baseline", "exact"),
        ("地区生产总值", "6-6.5", "target", "at_least"),  # a range: at least its lower bound
        ("城镇调查失业率", "5.2", "baseline", "exact"),
        ("城镇调查失业率", "5.5", "target", "at_most"),  # ≤ before the number
        ("居民人均可支配收入", "6", "baseline", "exact"),  # a qualitative cell is no figure of the table
    ]


def _report_q(tmp_path: Path, table: str) -> list[tuple[str, str, str, str, str, str]]:
    one = "一、2023年国民经济和社会发展计划执行情况\n（一）经济运行\n运行平稳，地区生产总值增长5.2%。\n"
    text = (
        "关于某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n各位代表：\n"
        + one + "二、2024年国民经济和社会发展主要目标任务\n主要目标如下：\n" + table + "（一）扩大投资\n力争固定资产投资增长8%。\n"
    )
    path = tmp_path / "cells.txt"
    path.write_text(text, encoding="utf-8")
    report = parse_file(path)
    tables = {p.id for _, _, p in report.paragraphs() if p.rows}
    return [(f.indicator, f.value, f.unit, f.kind, f.measure, f.qualifier) for f in report.figures if f.paragraph in tables]


def test_spaced_headings_and_a_share_of_the_plan_column(tmp_path: Path) -> None:
    table = "指　标\n单 位\n1-6月\n增减(%)\n占全年计划(%)\n工业用电量\n亿千瓦时\n35.2\n4.1\n48.6\n"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows[0] == ("指标", "单位", "1-6月", "增减(%)", "占全年计划(%)")
    assert _report(tmp_path, table) == [
        ("工业用电量", "35.2", "亿千瓦时", "outcome", "amount"),
        ("工业用电量", "4.1", "%", "outcome", "growth"),
        ("工业用电量", "48.6", "%", "outcome", "completion"),
    ]


def test_a_two_row_header_of_a_word_or_html_table() -> None:
    data = (("规上工业增加值", "亿元", "80", "6", "86", "7"), ("", "", "", "", "", ""))
    html = (("指标", "单位", "2023年完成", "2024年目标"), ("绝对值", "增长%", "绝对值", "增长%"), data[0])  # cells merged away
    word = (("指标", "单位", "2023年完成", "2023年完成", "2024年目标", "2024年目标"),
            ("", "", "绝对值", "增长%", "绝对值", "增长%"), data[0])  # merged cells repeated, empty below
    for rows in (html, word):
        text = "\n".join("\t".join(r) for r in rows)
        figures = extract_table(rows, text, role="plan", year=2023, plan_year=2024, section="二", paragraph="p2-1", rates=True)
        assert [(f.value, f.unit, f.kind, f.measure) for f in figures] == [
            ("80", "亿元", "baseline", "amount"), ("6", "%", "baseline", "growth"),
            ("86", "亿元", "target", "amount"), ("7", "%", "target", "growth"),
        ], rows


def test_a_word_table_with_a_vertically_merged_name_cell() -> None:
    rows = (
        ("指标", "单位", "统计口径", "2023年完成"),
        ("一般公共预算收入", "亿元", "全区", "30.2"),
        ("", "", "区本级", "12.4"),
    )
    text = "\n".join("\t".join(r) for r in rows)
    figures = extract_table(rows, text, role="execution", year=2023, plan_year=2024, section="一", paragraph="p1-1")
    assert [(f.indicator, f.value, f.unit) for f in figures] == [
        ("一般公共预算收入", "30.2", "亿元"), ("区本级一般公共预算收入", "12.4", "亿元")]


def test_a_row_whose_empty_cell_vanished_reads_no_figure_and_the_table_goes_on(tmp_path: Path) -> None:
    table = "序号\n指标\n单位\n2023年完成\n增长%\n1\n地区生产总值\n亿元\n512.3\n5.6\n2\n进出口总额\n亿元\n-8.1\n3\n常住人口\n万人\n98.2\n0.4\n"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows[2] == ("2", "进出口总额", "亿元", "", "")  # one of its two cells is lost: which is unknown
    assert "-8.1" in block.text  # the page's cell stays in the text
    assert [(i, v) for i, v, *_ in _report(tmp_path, table)] == [
        ("地区生产总值", "512.3"), ("地区生产总值", "5.6"), ("常住人口", "98.2"), ("常住人口", "0.4")]


def test_a_table_of_lines_with_cells_set_apart_by_spaces(tmp_path: Path) -> None:
    table = "指标 单位 2023年预计 2024年目标\n地区生产总值增速 % 5.2 5左右\n一般公共预算收入 亿元 30.5 32\n"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows == (("指标", "单位", "2023年预计", "2024年目标"), ("地区生产总值增速", "%", "5.2", "5左右"),
                          ("一般公共预算收入", "亿元", "30.5", "32"))
    assert not any(b.rows for b in _cells("指标 单位 目标\n今年的工作很多，任务很重。\n"))


HALF_YEAR = """关于2023年上半年某县国民经济和社会发展计划执行情况的报告
主任、各位副主任、各位委员：
一、上半年国民经济和社会发展计划执行情况
上半年全县实现地区生产总值120.5亿元，同比增长6.1%。主要指标完成情况如下：
2023年上半年全县主要经济指标完成情况表
指 标 名 称
计量
单位
全年
目标
1-6月
完成
同比
增长%
占全年
目标%
地区生产总值
亿元
250
120.5
6.1
48.2
一般公共预算
收入
亿元
20
11.3
-2.5
56.5
二、下半年工作安排
（一）稳增长
力争全年固定资产投资增长10%。
"""


def test_every_heading_wrapped_over_two_lines_in_a_half_year_report(tmp_path: Path) -> None:
    path = tmp_path / "half.txt"
    path.write_text(HALF_YEAR, encoding="utf-8")
    report = parse_file(path)
    (table,) = [p for _, _, p in report.paragraphs() if p.rows]
    assert table.rows[0] == ("指标名称", "计量单位", "全年目标", "1-6月完成", "同比增长%", "占全年目标%")
    got = [(f.indicator, f.value, f.kind, f.measure) for f in report.figures if f.paragraph == table.id]
    assert got == [
        ("地区生产总值", "250", "baseline", "amount"), ("地区生产总值", "120.5", "outcome", "amount"),
        ("地区生产总值", "6.1", "outcome", "growth"), ("地区生产总值", "48.2", "outcome", "completion"),
        ("一般公共预算收入", "20", "baseline", "amount"), ("一般公共预算收入", "11.3", "outcome", "amount"),
        ("一般公共预算收入", "-2.5", "outcome", "growth"), ("一般公共预算收入", "56.5", "outcome", "completion"),
    ]
    # the text's figures stay, and so does the table's restatement of them (two places on the page)
    assert [(f.value, f.kind) for f in report.figures if f.paragraph != table.id][:2] == [("120.5", "outcome"), ("6.1", "outcome")]


def test_a_name_heading_wrapped_and_cells_with_separators(tmp_path: Path) -> None:
    table = "指标\n名称\n单位\n2023年完成\n增长%\n居民人均可支配收入\n元\n52,310\n5.1\n进出口总额\n亿元\n86.5\n－3.2\n"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows[0][:2] == ("指标名称", "单位") and len(block.rows) == 3
    assert [(i, v, u) for i, v, u, *_ in _report(tmp_path, table)] == [
        ("居民人均可支配收入", "52310", "元"), ("居民人均可支配收入", "5.1", "%"),
        ("进出口总额", "86.5", "亿元"), ("进出口总额", "-3.2", "%")]


def test_longer_name_headings_a_range_column_and_a_level_in_the_name_column(tmp_path: Path) -> None:
    table = "主要经济指标\n单位\n统计范围\n2023年完成\n税收收入\n亿元\n全县\n15.2\n县级\n6.1\n"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows[0] == ("主要经济指标", "单位", "统计范围", "2023年完成") and block.rows[2] == ("县级", "6.1")
    rows = (("指标", "单位", "2023年完成"), ("一般公共预算收入", "亿元", "30.2"), ("其中：区本级", "亿元", "12.4"))
    figures = extract_table(rows, "", role="execution", year=2023, plan_year=2024, section="一", paragraph="p1-1")
    assert [f.indicator for f in figures] == ["一般公共预算收入", "区本级一般公共预算收入"]
    assert [i for i, *_ in _report(tmp_path, table)] == ["税收收入", "县级税收收入"]


def test_a_unit_in_the_label_beside_a_unit_column_leaves_the_name() -> None:
    rows = (("指标", "单位", "2023年完成"), ("城镇居民人均可支配收入（元）", "元", "50000"), ("固定资产投资增长(%)", "%", "5"))
    figures = extract_table(rows, "", role="execution", year=2023, plan_year=2024, section="一", paragraph="p1-1")
    assert [(f.indicator, f.measure) for f in figures] == [("城镇居民人均可支配收入", "amount"), ("固定资产投资", "growth")]


def test_a_table_before_part_one_is_read_as_part_ones(tmp_path: Path) -> None:
    text = (
        "关于2023年上半年某县国民经济和社会发展计划执行情况的报告\n主任、各位副主任、各位委员：\n"
        "今年以来，全县经济运行总体平稳，主要指标完成情况如下：\n指标名称\n单位\n全年目标\n1-6月完成\n同比增长%\n"
        "地区生产总值\n亿元\n250\n120.5\n6.1\n一、上半年计划执行情况\n（一）工业经济稳中有进。规模以上工业增加值增长8.2%。\n"
        "二、下半年工作安排\n（一）稳增长。力争全年固定资产投资增长10%。\n"
    )
    path = tmp_path / "front.txt"
    path.write_text(text, encoding="utf-8")
    report = parse_file(path)
    (table,) = [p for p in report.front if p.rows]
    got = [(f.value, f.kind, f.measure, f.section) for f in report.figures if f.paragraph == table.id]
    assert got == [("250", "baseline", "amount", "一"), ("120.5", "outcome", "amount", "一"), ("6.1", "outcome", "growth", "一")]


def test_a_group_heading_before_a_single_heading(tmp_path: Path) -> None:
    table = "指标\n单位\n2023年\n2024年目标\n完成\n增长%\n地区生产总值\n亿元\n500\n5.2\n530\n"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows[0] == ("指标", "单位", "2023年完成", "2023年增长%", "2024年目标")
    assert [(v, k, m) for _, v, _, k, m in _report(tmp_path, table, part="二")] == [
        ("500", "baseline", "amount"), ("5.2", "baseline", "growth"), ("530", "target", "amount")]


def test_a_table_ruled_with_bars() -> None:
    table = "| 指标 | 单位 | 2023年完成 | 2024年目标 |\n|---|---|---|---|\n| 地区生产总值 | 亿元 | 500 | 530 |\n| 常住人口 | 万人 |  | 98 |\n"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows == (("指标", "单位", "2023年完成", "2024年目标"), ("地区生产总值", "亿元", "500", "530"),
                          ("常住人口", "万人", "—", "98"))


def test_a_progress_column_holds_no_figure_a_rank_column_a_rank(tmp_path: Path) -> None:
    # a rank column gives the row's rank (real_aside41 convention 3, round 14: as a rank in the text does)
    table = "指标\n单位\n1-6月\n增长%\n序时进度%\n全市排名\n地区生产总值\n亿元\n120.5\n6.1\n50\n3\n"
    (block,) = [b for b in _cells(table) if b.rows]
    assert len(block.rows[0]) == 6
    assert [(v, k, m) for _, v, _, k, m in _report(tmp_path, table)] == [
        ("120.5", "outcome", "amount"), ("6.1", "outcome", "growth"), ("3", "outcome", "rank")]


def test_a_row_of_no_unit_reads_bare_numbers() -> None:
    rows = (("指标", "单位", "2023年完成"), ("城乡居民收入比", "—", "1.85"))
    (figure,) = extract_table(rows, "", role="execution", year=2023, plan_year=2024, section="一", paragraph="p1-1")
    assert (figure.indicator, figure.value, figure.unit) == ("城乡居民收入比", "1.85", "")
    table = "指标\n单位\n2023年完成\n增长%\n城乡居民收入比\n—\n1.85\n/\n地区生产总值\n亿元\n500\n5.2\n"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows[1:] == (("城乡居民收入比", "—", "1.85", "/"), ("地区生产总值", "亿元", "500", "5.2"))


ROW_LINES = """序号 指标名称 单位 年初目标 全年完成数
1 工业总产值增长率 % 6左右 8.2(可比6.5)
2 实到外资 亿美元 3-4 4.6
3 新增高新技术企业 30 41
4 拆迁安置户数 1500以上 1800以上
5 *单位产值能耗下降率 % 3 预计完成
6 接待游客 万人次/年 500 520
7 *城镇登记失业"""


def test_a_table_of_one_row_a_line_reads_each_line_against_its_header(tmp_path: Path) -> None:
    (block,) = [b for b in _cells(ROW_LINES) if b.rows]
    assert block.rows[3] == ("3", "新增高新技术企业", "", "30", "41")  # a row of no unit: its cell is ""
    assert block.rows[7] == ("7", "*城镇登记失业", "", "", "")  # cut by the page's end
    got = _report_qualified(tmp_path, ROW_LINES)
    assert got == [
        ("工业总产值", "6", "%", "baseline", "growth", "about"), ("工业总产值", "8.2", "%", "outcome", "growth", "exact"),
        ("工业总产值", "6.5", "%", "outcome", "growth", "exact"),  # the bracketed comparable growth: a second figure
        ("实到外资", "3-4", "亿美元", "baseline", "amount", "at_least"), ("实到外资", "4.6", "亿美元", "outcome", "amount", "exact"),
        ("高新技术企业", "30", "", "baseline", "amount", "exact"), ("高新技术企业", "41", "", "outcome", "amount", "exact"),
        ("拆迁安置户数", "1500", "", "baseline", "amount", "at_least"),
        ("拆迁安置户数", "1800", "", "outcome", "amount", "at_least"),
        ("单位产值能耗", "3", "%", "baseline", "growth", "exact"),  # 预计完成: a word, no figure in part 一
        ("接待游客", "500", "万人次/年", "baseline", "count", "exact"), ("接待游客", "520", "万人次/年", "outcome", "count", "exact"),
    ]


def _report_qualified(tmp_path: Path, table: str, *, part: str = "一") -> list[tuple[str, ...]]:
    one = "一、2023年国民经济和社会发展计划执行情况\n（一）经济运行\n运行平稳，地区生产总值增长5.2%。\n"
    two = "二、2024年国民经济和社会发展主要目标任务\n2024年全区经济社会发展的主要目标如下：\n"
    text = (
        "关于某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n各位代表：\n"
        + (one + "主要指标完成情况如下：\n" + table + "\n" + two if part == "一" else one + two + table + "\n")
        + "（一）扩大投资\n力争固定资产投资增长8%。\n"
    )
    path = tmp_path / "lines.txt"
    path.write_text(text, encoding="utf-8")
    report = parse_file(path)
    tables = {p.id for _, _, p in report.paragraphs() if p.rows}
    return [(f.indicator, f.value, f.unit, f.kind, f.measure, f.qualifier) for f in report.figures if f.paragraph in tables]


def test_a_row_per_line_plan_table_with_year_columns_gives_targets(tmp_path: Path) -> None:
    table = "指标 单位 2023年完成 2024年目标\n地区生产总值增长 % 5.6 6左右\n一般公共预算收入 亿元 30.2 32以上\n城乡居民收入比 — 2.1 2.05"
    assert _report_qualified(tmp_path, table, part="二") == [
        ("地区生产总值", "5.6", "%", "baseline", "growth", "exact"), ("地区生产总值", "6", "%", "target", "growth", "about"),
        ("一般公共预算收入", "30.2", "亿元", "baseline", "amount", "exact"),
        ("一般公共预算收入", "32", "亿元", "target", "amount", "at_least"),
        ("城乡居民收入比", "2.1", "", "baseline", "amount", "exact"), ("城乡居民收入比", "2.05", "", "target", "amount", "exact"),
    ]


def test_row_lines_with_a_note_column_a_split_name_a_category_line_and_a_two_line_header() -> None:
    table = "指标 单位 2023年 2024年 备注\n完成 目标\n一、经济发展\n地区 生产总值 亿元 500 530 现价\n固定资产投资增长 % 4.1 6\n二、社会民生\n城镇新增就业 万人 1.2 1.2"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows == (
        ("指标", "单位", "2023年完成", "2024年目标"), ("一、经济发展",), ("地区生产总值", "亿元", "500", "530"),
        ("固定资产投资增长", "%", "4.1", "6"), ("二、社会民生",), ("城镇新增就业", "万人", "1.2", "1.2"))


def test_a_bar_table_with_alignment_rules_and_a_row_of_no_unit() -> None:
    table = "| 序号 | 指标 | 单位 | 2024年目标 |\n|:---:|:---|:---:|---:|\n| 1 | 地区生产总值增长 | % | 6 |\n| 2 | 新增市场主体 |  | 3000 |\n"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows == (("序号", "指标", "单位", "2024年目标"), ("1", "地区生产总值增长", "%", "6"), ("2", "新增市场主体", "—", "3000"))


def test_a_sentence_with_spaces_after_a_header_line_is_no_row() -> None:
    table = "指标 单位 2023年完成\n全年 地区生产总值 完成 500亿元，增长 5%。\n"
    assert not any(b.rows for b in _cells(table))


def test_a_transposed_table_is_read_upright(tmp_path: Path) -> None:
    table = "项目 地区生产总值（亿元） 一般公共预算收入（亿元） 新增城镇就业（人）\n2023年完成 500 30.2 12000\n2024年目标 530 32 12000以上"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows[1] == ("2023年完成", "500", "30.2", "12000")
    got = _report_qualified(tmp_path, table, part="二")
    assert got == [
        ("地区生产总值", "500", "亿元", "baseline", "amount", "exact"), ("地区生产总值", "530", "亿元", "target", "amount", "exact"),
        ("一般公共预算收入", "30.2", "亿元", "baseline", "amount", "exact"),
        ("一般公共预算收入", "32", "亿元", "target", "amount", "exact"),
        ("城镇就业", "12000", "人", "baseline", "count", "exact"), ("城镇就业", "12000", "人", "target", "count", "at_least"),
    ]
    units = "指标 地区生产总值 固定资产投资增长\n单位 亿元 %\n2023年预计 500 4.1\n2024年目标 530 6左右"
    rows = next(b.rows for b in _cells(units) if b.rows)
    figures = extract_table(rows, units, role="plan", year=2023, plan_year=2024, section="二", paragraph="p2-1")
    assert [(f.indicator, f.value, f.unit, f.kind, f.qualifier) for f in figures] == [
        ("地区生产总值", "500", "亿元", "baseline", "exact"), ("地区生产总值", "530", "亿元", "target", "exact"),
        ("固定资产投资", "4.1", "%", "baseline", "exact"), ("固定资产投资", "6", "%", "target", "about")]
    assert [units[slice(*f.span)] for f in figures] == ["500", "530", "4.1", "6左右"]  # each cell where the page has it


def test_tab_separated_lines_keep_their_empty_cells() -> None:
    table = "序号\t指 标\t单 位\t2023年完成\t2024年目标\n1\t地区生产总值\t亿元\t500\t530\n2\t新增市场主体\t\t2800\t3000\n3\t常住人口\t万人\t\t98\n"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows == (("序号", "指标", "单位", "2023年完成", "2024年目标"), ("1", "地区生产总值", "亿元", "500", "530"),
                          ("2", "新增市场主体", "—", "2800", "3000"), ("3", "常住人口", "万人", "—", "98"))


def test_cells_that_write_their_own_unit_and_a_growth_in_brackets() -> None:
    rows = (("指标", "2023年完成", "2024年目标"), ("地区生产总值", "500亿元", "约530亿元"), ("城镇新增就业", "1.2万人", "1.2万人以上"),
            ("常住人口", "98", "99"))
    figures = extract_table(rows, "", role="plan", year=2023, plan_year=2024, section="二", paragraph="p2-1")
    assert [(f.indicator, f.value, f.unit, f.kind, f.qualifier) for f in figures] == [
        ("地区生产总值", "500", "亿元", "baseline", "exact"), ("地区生产总值", "530", "亿元", "target", "about"),
        ("城镇就业", "1.2", "万人", "baseline", "exact"), ("城镇就业", "1.2", "万人", "target", "at_least")]  # 98: no unit anywhere
    rows = (("指标", "单位", "2023年完成"), ("地区生产总值", "亿元", "500(增长5.6%)"))
    figures = extract_table(rows, "", role="execution", year=2023, plan_year=2024, section="一", paragraph="p1-1")
    assert [(f.value, f.unit, f.measure) for f in figures] == [("500", "亿元", "amount"), ("5.6", "%", "growth")]


def test_row_lines_whose_cells_write_their_units(tmp_path: Path) -> None:
    table = "指标 2023年预计 2024年目标\n地区生产总值 500亿元 约530亿元\n城镇新增就业 1.2万人 1.2万人以上"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows[1:] == (("地区生产总值", "500亿元", "约530亿元"), ("城镇新增就业", "1.2万人", "1.2万人以上"))
    assert [(i, v, k) for i, v, _, k, _, _ in _report_qualified(tmp_path, table, part="二")] == [
        ("地区生产总值", "500", "baseline"), ("地区生产总值", "530", "target"), ("城镇就业", "1.2", "baseline"),
        ("城镇就业", "1.2", "target")]


def test_row_lines_with_a_category_column_and_an_attribute_column(tmp_path: Path) -> None:
    table = ("类别 主要指标 单位 2023年预计 2024年目标 属性\n经济发展 地区生产总值增长 % 5.5 6左右 预期性\n固定资产投资增长 % 4.1 8 预期性\n"
             "绿色发展 单位地区生产总值能耗降低 % 3 完成省下达任务 约束性")
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows[1:] == (("经济发展", "地区生产总值增长", "%", "5.5", "6左右", "预期性"),
                              ("", "固定资产投资增长", "%", "4.1", "8", "预期性"),
                              ("绿色发展", "单位地区生产总值能耗降低", "%", "3", "完成省下达任务", "约束性"))
    got = [(i, v, k) for i, v, _, k, _, _ in _report_qualified(tmp_path, table, part="二")]
    assert got[:4] == [("地区生产总值", "5.5", "baseline"), ("地区生产总值", "6", "target"), ("固定资产投资", "4.1", "baseline"),
                       ("固定资产投资", "8", "target")]


def test_row_lines_with_numbers_a_header_leaves_out_and_a_bracketed_unit_cell() -> None:
    table = "指标 单位 2023年完成 2024年目标\n1 地区生产总值 (亿元) 500 530\n2. 固定资产投资增长 % 4.1 6"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows[1:] == (("地区生产总值", "(亿元)", "500", "530"), ("固定资产投资增长", "%", "4.1", "6"))
    figures = extract_table(block.rows, block.text, role="plan", year=2023, plan_year=2024, section="二", paragraph="p2-1")
    assert [(f.indicator, f.value, f.unit, f.kind) for f in figures] == [
        ("地区生产总值", "500", "亿元", "baseline"), ("地区生产总值", "530", "亿元", "target"),
        ("固定资产投资", "4.1", "%", "baseline"), ("固定资产投资", "6", "%", "target")]
    numbered = "序号 指标 单位 2024年目标\n（1） 地区生产总值 亿元 530\n（2） 常住人口 万人 98"
    (block,) = [b for b in _cells(numbered) if b.rows]
    assert block.rows[1:] == (("（1）", "地区生产总值", "亿元", "530"), ("（2）", "常住人口", "万人", "98"))


def test_a_row_whose_long_name_wrapped_onto_the_next_line() -> None:
    table = "序号 指标 单位 2023年完成 2024年目标\n1 城镇调查失业\n率 % 5.5 5.5以内\n2 地区生产总值 亿元 500 530"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows[1:] == (("1", "城镇调查失业率", "%", "5.5", "5.5以内"), ("2", "地区生产总值", "亿元", "500", "530"))


def test_a_transposed_bar_table_with_bold_headings_and_a_year_corner() -> None:
    table = ("| **年份** | **地区生产总值（亿元）** | **城镇居民人均可支配收入（元）** |\n| :--- | ---: | ---: |\n"
             "| 2023年 | 500 | 52000 |\n| 2024年 | 530 | 54600 |")
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows[0] == ("年份", "地区生产总值（亿元）", "城镇居民人均可支配收入（元）")
    figures = extract_table(block.rows, block.text, role="plan", year=2023, plan_year=2024, section="二", paragraph="p2-1")
    assert [(f.indicator, f.value, f.unit, f.kind) for f in figures] == [
        ("地区生产总值", "500", "亿元", "baseline"), ("地区生产总值", "530", "亿元", "target"),
        ("城镇居民人均可支配收入", "52000", "元", "baseline"), ("城镇居民人均可支配收入", "54600", "元", "target")]
    corner = "指标＼年份 地区生产总值（亿元） 常住人口（万人）\n2023年完成 500 98\n2024年目标 530 99"
    (block,) = [b for b in _cells(corner) if b.rows]
    assert len(block.rows) == 3


def test_a_plan_tables_growth_column_belongs_to_the_column_before_it() -> None:
    rows = (("指标名称", "单位", "2024年目标", "比上年增长%"), ("地区生产总值", "亿元", "530", "6左右"))
    figures = extract_table(rows, "", role="plan", year=2023, plan_year=2024, section="二", paragraph="p2-1", rates=True)
    assert [(f.value, f.unit, f.kind, f.period, f.measure, f.qualifier) for f in figures] == [
        ("530", "亿元", "target", 2024, "amount", "exact"), ("6", "%", "target", 2024, "growth", "about")]
    rows = (("指标", "单位", "2023年预计", "增长%", "2024年目标", "增长%"), ("一般公共预算收入", "亿元", "30", "3.1", "32", "6"))
    figures = extract_table(rows, "", role="plan", year=2023, plan_year=2024, section="二", paragraph="p2-1", rates=True)
    assert [(f.value, f.kind, f.measure) for f in figures] == [
        ("30", "baseline", "amount"), ("3.1", "baseline", "growth"), ("32", "target", "amount"), ("6", "target", "growth")]
    figures = extract_table(rows, "", role="execution", year=2023, plan_year=2024, section="一", paragraph="p1-1", rates=True)
    assert [(f.value, f.kind, f.measure) for f in figures] == [("30", "outcome", "amount"), ("3.1", "outcome", "growth")]
    rows = (("指标", "单位", "预期目标", "增长%", "实际完成", "增长%"), ("一般公共预算收入", "亿元", "30", "5", "31", "8.5"))
    figures = extract_table(rows, "", role="execution", year=2023, plan_year=2024, section="一", paragraph="p1-1", rates=True)
    assert [(f.value, f.kind, f.measure) for f in figures] == [
        ("30", "baseline", "amount"), ("5", "baseline", "growth"), ("31", "outcome", "amount"), ("8.5", "outcome", "growth")]


def test_a_header_on_one_line_over_rows_of_one_cell_a_line() -> None:
    table = "指标 单位 2023年完成 2024年目标\n地区生产总值\n亿元\n500\n530\n常住人口\n万人\n98\n99\n（一）扩大投资"
    blocks = _cells(table)
    (block,) = [b for b in blocks if b.rows]
    assert block.rows == (("指标", "单位", "2023年完成", "2024年目标"), ("地区生产总值", "亿元", "500", "530"),
                          ("常住人口", "万人", "98", "99"))
    assert blocks[-1].text == "（一）扩大投资"


def test_more_heading_words_of_a_half_year_table() -> None:
    table = "指标名称 单位 1-6月绝对额 年均增长%\n地区生产总值 亿元 250.3 6.1"
    (block,) = [b for b in _cells(table) if b.rows]
    figures = extract_table(block.rows, block.text, role="execution", year=2023, plan_year=2024, section="一", paragraph="p1-1",
                            rates=True)
    assert [(f.value, f.kind, f.measure) for f in figures] == [("250.3", "outcome", "amount"), ("6.1", "outcome", "growth")]


def test_an_average_column_beside_the_places_own_holds_no_figure() -> None:
    table = "指标 单位 年度目标任务 1-6月完成 同比增长% 全省平均增长%\n地区生产总值 亿元 250 120.5 6.1 5.5"
    (block,) = [b for b in _cells(table) if b.rows]
    figures = extract_table(block.rows, block.text, role="execution", year=2023, plan_year=2024, section="一", paragraph="p1-1",
                            rates=True)
    assert [(f.value, f.kind, f.measure) for f in figures] == [
        ("250", "baseline", "amount"), ("120.5", "outcome", "amount"), ("6.1", "outcome", "growth")]
    rows = (("指标", "单位", "1-6月完成", "全省平均增长%"), ("地区生产总值", "亿元", "120.5", "5.5"))
    figures = extract_table(rows, "", role="execution", year=2023, plan_year=2024, section="一", paragraph="p1-1", rates=True)
    assert [f.value for f in figures] == ["120.5"]


def test_a_result_in_words_stands_in_its_cell_of_one_cell_a_line() -> None:
    table = "指标\n单位\n年初目标\n全年完成\n单位产值能耗下降率\n%\n3\n预计基本完成\n地区生产总值\n亿元\n500\n512\n"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows[1:] == (("单位产值能耗下降率", "%", "3", "预计基本完成"), ("地区生产总值", "亿元", "500", "512"))


def test_describing_headings_spaced_out_on_a_header_line() -> None:
    table = "序 号 指 标 名 称 单 位 2024年目标\n1 地区生产总值增长 % 6左右\n2 常住人口 万人 98"
    (block,) = [b for b in _cells(table) if b.rows]
    assert block.rows == (("序号", "指标名称", "单位", "2024年目标"), ("1", "地区生产总值增长", "%", "6左右"), ("2", "常住人口", "万人", "98"))


def test_a_rows_number_glued_to_its_name_leaves_the_name() -> None:
    table = "名称 单位 2024年目标\n1.地区生产总值 亿元 530\n（2）常住人口 万人 98"
    (block,) = [b for b in _cells(table) if b.rows]
    figures = extract_table(block.rows, block.text, role="plan", year=2023, plan_year=2024, section="二", paragraph="p2-1")
    assert [(f.indicator, f.value) for f in figures] == [("地区生产总值", "530"), ("常住人口", "98")]
