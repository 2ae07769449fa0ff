"""Main-indicators tables (issue 9, item 3): Word/HTML rows and web copies with a cell a line."""

from __future__ import annotations

from pathlib import Path

from drafter.figures.table import extract_table
from drafter.ingest import parse_file

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
