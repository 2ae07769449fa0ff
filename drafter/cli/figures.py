"""Command ``figures``: the figures of one archived report."""

from __future__ import annotations

import click

from drafter.cli.options import (
    ReportKey,
    archive_option,
    choice_option,
    format_option,
    region_option,
    terminal_width,
)
from drafter.labels import FIGURE_KIND_LABELS


@click.command()
@click.argument("year", type=ReportKey())
@choice_option("--kind", labels=FIGURE_KIND_LABELS, default=None, help="只列目标、实绩或基数。")
@format_option("table", "json", "csv", default="table")
@archive_option
@region_option
def figures(year: tuple[int, str], kind: str | None, fmt: str, archive_dir: str | None, region: str | None) -> None:
    """列出档案中某一年度报告的全部数字：指标、数值、单位、类型、口径和原文位置。

    “实绩”是该年度的实际数，“目标”是对下一年度的要求，“基数”是往年的起点；
    --format csv 输出可用 Excel 打开的表格，--format json 输出全部字段供程序使用。
    年内执行情况报告写作 2023上半年、2023前三季度，其实绩只是年内进度。

    \b
    示例：
        drafter figures 2023
        drafter figures 2023 --kind 目标 --format csv > 2024目标.csv
    """
    from drafter.archive import load_report
    from drafter.figures import extract_report
    from drafter.render.figures import to_csv, to_json, to_table

    report = load_report(archive_dir, year[0], region, year[1])
    found = report.figures or extract_report(report)
    if kind is not None:
        found = tuple(f for f in found if f.kind == kind)
    if fmt == "json":
        click.echo(to_json(found), nl=False)
    elif fmt == "csv":
        click.echo(to_csv(found, report), nl=False)
    else:
        import sys

        click.echo(to_table(found, report, width=terminal_width(), color=sys.stdout.isatty()), nl=False)
