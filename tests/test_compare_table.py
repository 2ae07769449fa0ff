"""Outcomes given only in a year-less table of main indicators (``年度目标 | 完成值``)."""

from __future__ import annotations

from dataclasses import replace

from compare_kit import build, figure, with_figures

from drafter.compare import diff_reports
from drafter.compare.table import table_outcomes

ROWS = (
    ("指标名称", "单位", "年度目标", "完成值", "完成情况"),
    ("地区生产总值增速", "%", "6.5左右", "5.7", "未完成"),
    ("固定资产投资增速", "%", "7", "3.2", "未完成"),
    ("居民消费价格涨幅", "%", "2以内", "0.6", "完成"),
)
TABLE_TEXT = "".join("".join(r) for r in ROWS)


def _with_table(report):
    """Report with its first execution paragraph replaced by the table."""
    part = report.parts[0]
    p = part.paragraphs[0]
    table = replace(p, role="table", text=TABLE_TEXT, rows=ROWS)
    return replace(report, parts=(replace(part, paragraphs=(table, *part.paragraphs[1:])), *report.parts[1:]))


def _pair():
    intro = {"execution": [("intro", "表")], "plan": [("main_targets", "主要目标是：地区生产总值增长6.5%左右，固定资产投资增长7%，居民消费价格涨幅控制在2%以内。")]}
    a = build(2024, {"execution": [("工业", ["工业增长。"])], "plan": [("工业", ["工业。"])]}, intro=intro)
    a = with_figures(
        a,
        figure(a, "6.5%左右", "地区生产总值", "target", measure="growth", qualifier="about", unit="%", family="percent"),
        figure(a, "7%", "固定资产投资", "target", measure="growth", unit="%", family="percent"),
        figure(a, "2%以内", "居民消费价格涨幅", "target", measure="growth", qualifier="at_most", unit="%", family="percent"),
    )
    b = build(2025, {"execution": [("工业", ["地区生产总值增长5.7%。"])]}, intro={"execution": [("intro", "表")]})
    b = _with_table(b)
    b = with_figures(b, figure(b, "5.7%", "地区生产总值", "outcome", measure="growth", unit="%", family="percent"))
    return a, b


def test_year_less_columns_read_as_the_reports_year() -> None:
    _, b = _pair()
    got = {f.indicator: f for f in table_outcomes(b)}
    assert sorted(got) == ["固定资产投资", "地区生产总值", "居民消费价格涨幅"]
    assert got["固定资产投资"].value == "3.2" and got["固定资产投资"].measure == "growth"
    assert got["居民消费价格涨幅"].measure == "growth"  # 涨幅 is a rate of change
    assert all(f.kind == "outcome" and f.period == 2025 for f in got.values())
    row = got["固定资产投资"]
    assert TABLE_TEXT[row.span[0] : row.span[1]] == "3.2"


def test_table_answers_targets_and_a_repeated_row_is_shown_once() -> None:
    a, b = _pair()
    result = diff_reports(a, b)
    by = {e.indicator: e for e in result.targets}
    assert by["固定资产投资"].status == "missed" and by["固定资产投资"].outcome.text == "3.2"
    assert by["居民消费价格涨幅"].status == "met"
    gdp = by["地区生产总值"]
    assert gdp.status == "missed" and gdp.outcome.text == "5.7%"  # the sentence, not the table row
    assert not [u for u in result.unplanned if u.indicator == "地区生产总值"]


def test_a_table_figure_extraction_already_read_is_not_read_again() -> None:
    _, b = _pair()
    p = b.parts[0].paragraphs[0]
    taken = figure(b, "3.2", "固定资产投资", "outcome", measure="growth", unit="%", family="percent")
    assert taken.paragraph == p.id
    assert table_outcomes(with_figures(b, taken)) == []


def test_a_column_of_rates_is_not_read_in_the_rows_unit() -> None:
    """``增长(%)`` beside ``完成值`` in 亿元: 5.7 is a growth rate, never 5.7亿元."""
    rows = (("指标", "单位", "完成值", "增长(%)", "完成率(%)"), ("地区生产总值", "亿元", "249.8", "5.7", "98.2"))
    _, b = _pair()
    part = b.parts[0]
    p = replace(part.paragraphs[0], text="".join("".join(r) for r in rows), rows=rows)
    b = replace(b, parts=(replace(part, paragraphs=(p,)),), figures=())
    got = [(f.indicator, f.text, f.unit) for f in table_outcomes(b)]
    assert got == [("地区生产总值", "249.8", "亿元")]


def test_a_table_cell_is_shown_with_its_unit() -> None:
    from drafter.compare.result import FigureRef
    from drafter.render.diff_text import figure_text

    _, b = _pair()
    cell = next(f for f in table_outcomes(b) if f.indicator == "固定资产投资")
    assert figure_text(FigureRef.of(cell)) == "3.2%"
