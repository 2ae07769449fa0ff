"""Command ``figures``: the figures of one archived report."""

from __future__ import annotations

import shutil
import sys

import click

from drafter.cli.options import archive_option, format_option, region_option


@click.command()
@click.argument("year", type=int)
@click.option("--kind", type=click.Choice(["target", "outcome"]), default=None, help="只列目标（target）或完成情况（outcome）。")
@format_option("table", "json", "csv", default="table")
@archive_option
@region_option
def figures(year: int, kind: str | None, fmt: str, archive_dir: str | None, region: str | None) -> None:
    """列出档案中某一年度报告的全部数字：指标、数值、单位、类型、口径和原文位置。

    完成情况（outcome）是该年度的实际数，目标（target）是对下一年度的要求；
    --format json/csv 输出全部字段，供分析或导入表格。

    \b
    Example:
        drafter figures 2023
        drafter figures 2023 --kind target --format csv > 2024目标.csv
    """
    from drafter.archive import load_report
    from drafter.figures import extract_report
    from drafter.render.figures import to_csv, to_json, to_table

    report = load_report(archive_dir, year, region)
    found = report.figures or extract_report(report)
    if kind is not None:
        found = tuple(f for f in found if f.kind == kind)
    if fmt == "json":
        click.echo(to_json(found), nl=False)
    elif fmt == "csv":
        click.echo(to_csv(found), nl=False)
    else:
        tty = sys.stdout.isatty()
        width = shutil.get_terminal_size().columns if tty else 120
        click.echo(to_table(found, width=width, color=tty), nl=False)
