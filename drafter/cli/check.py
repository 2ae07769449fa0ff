"""Command ``check``."""

from __future__ import annotations

import click

from drafter.cli.options import (
    archive_option,
    force_option,
    format_option,
    region_option,
)


def _kinds(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    from drafter.check.finding import parse_kinds
    from drafter.errors import DrafterError

    try:
        return parse_kinds(value)
    except DrafterError as exc:
        raise click.BadParameter(exc.message) from None


@click.command()
@click.argument("report")
@click.option("--against", default=None, metavar="上年报告",
              help="对照上年报告（档案中的年度或文件）：会议次序、上年目标的回应、照搬的段落。")
@region_option
@format_option("text", "json", default="text")
@click.option("--fail-on", "fail_on", callback=_kinds, default=None, metavar="类型",
              help="发现这些类型的问题（逗号分隔，如 未填写,年份过时；写“全部”则为所有类型）时以退出码 1 结束。")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=str), default=None,
              metavar="网页文件", help="另存一份可离线打开的检查结果网页。")
@force_option
@archive_option
def check(report: str, against: str | None, region: str | None, fmt: str, fail_on: tuple[str, ...],
          html_path: str | None, force: bool, archive_dir: str | None) -> None:
    """检查报告（档案中的年度或 .docx/.txt/.html 文件）中领导审稿前就该改掉的错误。

    查找：未填写的空位（【待填】【待更新】）、过时的年份、算错的周年、前后不一的数字、与目标和实绩对不上的完成率、重复的段落；给了 --against 时，还查会议次序是否顺延、上年目标是否都有回应、执行情况部分是否照搬上年原文。按章节列出，最严重的在前。

    类型：未填写、年份过时、周年错误、会议次序未顺延、数字前后不一、完成率不符、上年目标未回应、沿用上年原文、段落重复。

    年内执行情况报告写作 2016上半年（检查标题写“2016年上半年报告检查”）；它不能作为 --against 的上年报告。

    退出码：0 已完成检查；1 给了 --fail-on 且发现所列类型的问题；2 输入或用法错误。

    \b
    示例：
        drafter check 2023
        drafter check 2024 --against 2023
        drafter check 2024 --against 2023 --fail-on 未填写,年份过时
        drafter check 2024 --against 2023 --format json > check.json
        drafter check 2024 --html check.html
    """
    import sys

    from drafter.archive import resolve_root
    from drafter.atomic import check_output
    from drafter.check import check_specs
    from drafter.check.render import render_text, to_json, write_html

    if html_path:
        check_output(html_path, force=force, archive=resolve_root(archive_dir))
    result, _ = check_specs(report, against, archive=archive_dir, region=region)
    if html_path:
        write_html(result, html_path, force=force, archive=resolve_root(archive_dir))
        click.echo(f"检查结果网页已写入 {html_path}", err=True)
    click.echo(to_json(result) if fmt == "json" else render_text(result), nl=False)
    if fail_on and any(f.kind in fail_on for f in result.findings):
        sys.exit(1)
