"""Command ``history``: an indicator (or every headline indicator) across the region's years."""

from __future__ import annotations

import click

from drafter.cli.options import archive_option, force_option, format_option, region_option


@click.command()
@click.argument("indicator", required=False)
@region_option
@format_option("text", "json", "csv", default="text")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=str), default=None,
              metavar="网页文件", help="另存一份可离线打开的网页，含目标与实绩逐年对照图（需给出指标）。")
@force_option
@archive_option
def history(
    indicator: str | None, region: str | None, fmt: str, html_path: str | None, force: bool, archive_dir: str | None
) -> None:
    """查看某一指标历年的目标、实绩与完成情况；不给指标时列出主要目标的历年记录。

    每一年：上年报告设定的目标、本年报告给出的实绩、状态、差距或完成率，以及各自出自哪句话。
    状态由 drafter diff 的同一套核对规则得出。
    年内执行情况报告（如 2016年上半年）的实绩单列一行，放在该年之前，状态为“年内进度”，不作为该年实绩，
    不判完成与否，也不计入主要目标的完成记录。

    \b
    示例：
        drafter history 地区生产总值
        drafter history 地区生产总值 --format csv > 地区生产总值.csv
        drafter history 地区生产总值 --html 地区生产总值.html
        drafter history
    """
    from drafter import history as lib
    from drafter.archive import resolve_root
    from drafter.atomic import check_output, write_output
    from drafter.render import history as render

    if indicator is None:
        if html_path:
            from drafter.errors import InputError

            raise InputError("--html 需要给出指标", "网页画的是一个指标的历年目标与实绩", "请写成 drafter history 指标名称 --html 文件")
        headlines = lib.headline_history(archive_dir, region)
        click.echo({"json": render.records_json, "csv": render.records_csv, "text": render.records_text}[fmt](headlines), nl=False)
        return
    if html_path:
        check_output(html_path, force=force, archive=resolve_root(archive_dir))
    result = lib.indicator_history(archive_dir, indicator, region)
    if html_path:
        write_output(html_path, render.history_html(result).encode("utf-8"), force=force,
                     archive=resolve_root(archive_dir))
        click.echo(f"网页已写入 {html_path}", err=True)
    out = {"json": render.history_json, "csv": render.history_csv, "text": render.history_text}[fmt](result)
    click.echo(out, nl=False)
