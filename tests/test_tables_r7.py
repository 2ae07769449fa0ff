"""Main-indicators tables whatever the cell separator (issue 9, round 7): a header recognised by
its words, then rows of cells one a line, one a line closed by ``|``, set apart by blank lines, or
flattened into one line with runs of blanks. Every table here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.figures.table import extract_table
from drafter.ingest import parse_file
from drafter.read import Block
from drafter.structure.cell_table import cell_lines

HEAD = """关于某县2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告
各位代表：
一、2022年国民经济和社会发展计划执行情况
全县经济运行总体平稳。
"""
TAIL = """二、2023年国民经济和社会发展主要目标任务
力争地区生产总值增长6%。
"""


def _table_figures(tmp_path: Path, body: str) -> tuple[tuple[str, ...], list[tuple[str, str, str, str, str]]]:
    path = tmp_path / "page.txt"
    path.write_text(HEAD + body + TAIL, encoding="utf-8")
    report = parse_file(path)
    table = next(p for p in report.parts[0].paragraphs if p.rows)
    got = [(f.indicator, f.value, f.unit, f.kind, f.qualifier) for f in report.figures if f.paragraph == table.id]
    return table.rows[0], got


@pytest.mark.parametrize(("cell", "empty"), [("{} |", "|"), ("| {} |", "|"), ("{}｜", "｜")])
def test_cells_closed_by_a_rule_with_words_around_the_values(tmp_path: Path, cell: str, empty: str) -> None:
    body = "\n".join(
        cell.format(c) if c else empty
        for c in ["指标 类别", "序号", "指 标 名 称", "2022年预期目标", "2022年完成情况",
                  "经济 运行", "1", "农业总产值", "增长4%左右", "增长3.8%",
                  "", "2", "城镇常住人口", "增加2万左右,年末常住人口60万左右", "增加1.6万人,年末常住人口59.6万人",
                  "", "3", "数字经济规模", "稳步扩大", "待统计反馈",
                  "", "4", "研发投入强度(新口径)", "2.5%以上", "2.6%"]
    ) + "\n"
    header, got = _table_figures(tmp_path, body)
    assert header == ("指标类别", "序号", "指标名称", "2022年预期目标", "2022年完成情况")
    assert got == [
        ("农业总产值", "4", "%", "baseline", "about"),  # the report year's own target restated
        ("农业总产值", "3.8", "%", "outcome", "exact"),
        ("城镇常住人口", "2", "万", "baseline", "about"),  # one figure a clause, the words gone
        ("城镇常住人口", "60", "万", "baseline", "about"),
        ("城镇常住人口", "1.6", "万人", "outcome", "exact"),
        ("城镇常住人口", "59.6", "万人", "outcome", "exact"),
        ("研发投入强度", "2.5", "%", "baseline", "at_least"),  # a gloss in brackets goes; words are no figure
        ("研发投入强度", "2.6", "%", "outcome", "exact"),
    ]


def test_cells_set_apart_by_blank_lines_with_a_describing_column_after_the_values(tmp_path: Path) -> None:
    cells = ["2022年主要指标完成情况", "指标名称", "目标", "全年完成", "实绩", "增速", "统计口径",
             "工业增加值", "增长7%", "88.5亿元", "增长6.2%", "全县",
             "服务业增加值占", "生产总值比重", "50%以上", "51.3%", "增加0.9个百分点", "户籍口径"]
    header, got = _table_figures(tmp_path, "\n\n".join(cells) + "\n\n")
    assert header == ("指标名称", "目标", "全年完成实绩", "全年完成增速", "统计口径")
    assert got == [
        ("工业增加值", "7", "%", "baseline", "exact"),  # a year-less 目标 in part 一: the year's target
        ("工业增加值", "88.5", "亿元", "outcome", "exact"),
        ("工业增加值", "6.2", "%", "outcome", "exact"),
        ("服务业增加值占生产总值比重", "50", "%", "baseline", "at_least"),  # a name wrapped in two cells
        ("服务业增加值占生产总值比重", "51.3", "%", "outcome", "exact"),
        ("服务业增加值占生产总值比重", "0.9", "个百分点", "outcome", "exact"),
    ]


@pytest.mark.parametrize("blanks", ["   ", "\t", "\u3000\u3000"])
def test_a_table_flattened_into_one_line(tmp_path: Path, blanks: str) -> None:
    line = blanks.join(["全年主要目标完成良好。", "表1：主要指标完成情况", "序号", "指标名称", "属性", "完成情况", "年度目标",
                        "绝对值", "同比增长", "1", "社会消费品零售总额", "预期性", "420.6亿元", "8.1%", "增长8%左右",
                        "2", "税收收入", "预期性", "61.2亿元", "5%", "平稳增长", "3", "单位生产总值能耗"])
    header, got = _table_figures(tmp_path, line + "\n")
    # 完成情况 over 绝对值/同比增长 (an amount under 绝对值, a per cent under 同比增长), not 年度目标 over them
    assert header == ("序号", "指标名称", "属性", "完成情况绝对值", "完成情况同比增长", "年度目标")
    assert got == [
        ("社会消费品零售总额", "420.6", "亿元", "outcome", "exact"),
        ("社会消费品零售总额", "8.1", "%", "outcome", "exact"),
        ("社会消费品零售总额", "8", "%", "baseline", "about"),
        ("税收收入", "61.2", "亿元", "outcome", "exact"),
        ("税收收入", "5", "%", "outcome", "exact"),
    ]


def test_a_line_of_blanks_without_a_header_is_left_alone() -> None:
    text = "全县完成投资   120亿元   同比增长   9%"
    assert cell_lines((Block(text),)) == (Block(text),)


def test_a_short_run_of_closed_cells_is_no_table() -> None:
    blocks = tuple(Block(t) for t in ("说明 |", "备注 |", "全县经济平稳。"))
    assert cell_lines(blocks) == blocks


def test_a_cell_with_a_change_word_in_a_table_of_units() -> None:
    rows = (("指标", "单位", "2022年完成"), ("固定资产投资", "亿元", "增长6%"), ("粮食产量", "万吨", "42.5"))
    figures = extract_table(rows, "\t".join(rows[1]) + "\n" + "\t".join(rows[2]), role="execution", year=2022,
                            plan_year=2023, section="一", paragraph="p1-1", rates=True)
    assert [(f.indicator, f.value, f.unit, f.measure) for f in figures] == [
        ("固定资产投资", "6", "%", "growth"), ("粮食产量", "42.5", "万吨", "amount")]
