"""Command ``export``: the archive as tables for DuckDB, pandas or Excel."""

from __future__ import annotations

import click

from drafter.cli.options import archive_option, format_option, region_option


@click.command()
@format_option("sqlite", "csv", "parquet", default="sqlite",
               help="sqlite：单个数据库文件；csv、parquet：一个文件夹，每表一个文件。")
@click.option("-o", "--output", required=True, type=click.Path(path_type=str), metavar="路径",
              help="输出文件（sqlite）或文件夹（csv、parquet）。")
@region_option
@click.option("--force", is_flag=True, help="覆盖以前导出的同名文件或文件夹。")
@archive_option
def export(fmt: str, output: str, region: str | None, force: bool, archive_dir: str | None) -> None:
    """把档案导出为四张表：reports（报告）、paragraphs（段落）、figures（数字）、targets（目标核对）。

    targets 是每个地区相邻两年报告的目标核对结果，与 drafter diff 相同；其中完成率和差距为计算值。
    不给 --region 时导出所有地区。parquet 格式需要安装可选组件 drafter[parquet]。
    档案中有年内执行情况报告（上半年、前三季度等）时，各表多出“时期”列（全年、上半年），targets 另列出
    上年目标对照年内实绩（年内进度）和年内报告的全年目标对照该年年度报告。

    \b
    示例：
        drafter export -o 档案.sqlite
        drafter export --format csv -o 档案表格
        drafter export --format csv -o 河北区表格 --region 天津市河北区
    """
    from drafter.export import export as run

    done = run(archive_dir, output, fmt, region=region, force=force)
    click.echo(f"已导出 {done.path}：{done.summary()}", err=True)
