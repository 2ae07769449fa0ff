"""Commands ``ingest``, ``list`` and ``show``."""

from __future__ import annotations

import click

from drafter.cli.options import ReportKey, archive_option, format_option, region_option


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--year", type=int, default=None, metavar="年度", help="执行年度（默认从标题识别；只用于单个文件）。")
@region_option
@click.option("--force", is_flag=True, help="替换档案中已有的同一年度。")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="个数", help="并行进程数（默认为处理器核数）。")
@archive_option
def ingest(
    paths: tuple[str, ...], year: int | None, region: str | None, force: bool, jobs: int | None, archive_dir: str | None
) -> None:
    """导入报告（.txt、.docx 或网页 .html）到档案；可一次给出多个文件或文件夹。

    识别地区、年度、部分、章节、段落和其中的数字，存为 <档案>/<地区>/<年度>.json，
    原文件一并保存。上半年、前三季度等年内执行情况报告另存为 <年度>年上半年.json 等，
    与该年的年度报告并存、互不替换。已有年度不会被替换，除非加 --force。文件夹会递归查找报告文件；
    无法导入的文件跳过并说明原因。全部导入退出码为 0，部分跳过为 1，全部失败为 2。

    \b
    示例：
        drafter ingest examples/tjhb-2023.txt --archive 我的档案
        drafter ingest examples/tjhb-2024-opening.txt --year 2024 --force
        drafter ingest examples/ --archive 新档案 --jobs 2
    """
    from pathlib import Path

    if len(paths) == 1 and not Path(paths[0]).is_dir():
        _ingest_single(paths[0], year, region, force, archive_dir)
        return
    if year is not None:
        from drafter.errors import InputError

        raise InputError("--year 只能用于单个文件", "一次导入多份报告时各自的年度从标题识别", "请去掉 --year，或逐个导入")
    from drafter.cli.progress import batch_ingest

    raise click.exceptions.Exit(batch_ingest(paths, archive_dir, jobs=jobs, region=region, force=force))


def _ingest_single(file: str, year: int | None, region: str | None, force: bool, archive_dir: str | None) -> None:
    from drafter.ingest import ingest_file, summary

    result = ingest_file(file, archive_dir, year=year, region=region, force=force)
    for note in result.notes:
        click.echo(note, err=True)
    verb = "已替换" if result.replaced else "已导入"
    click.echo(f"{verb}：{result.report.meta.title or file}")
    for line in summary(result.report):
        click.echo(f"  {line}")
    click.echo(f"  档案：{result.path}")


@click.command("list")
@archive_option
def list_(archive_dir: str | None) -> None:
    """列出档案中的地区、年度和收录范围。

    年内执行情况报告（上半年、前三季度等）列在该年的年度报告之前，写作 2015年上半年，
    在 show、figures、diff 中也这样指明。

    \b
    示例：
        drafter list
        drafter list --archive archive
    """
    from drafter.archive import Archive
    from drafter.periods import key

    store = Archive.at(archive_dir)
    store.region(None) if not store.regions() else None  # an empty archive is an error
    for region in store.regions():
        click.echo(region)
        for entry in store.entries(region):
            click.echo(f"  {key(entry.year, entry.period)}  {entry.title or '（无标题）'}  {entry.note}")


@click.command()
@click.argument("year", type=ReportKey())
@region_option
@format_option("outline", "json", default="outline")
@archive_option
def show(year: tuple[int, str], region: str | None, fmt: str, archive_dir: str | None) -> None:
    """显示档案中某一年度报告的提纲（--format json 输出存档内容）。

    年度写作 2023；年内执行情况报告（上半年、前三季度等）写作 2023上半年、2023前三季度、
    2023年1-11月（drafter list 列出的写法）。

    \b
    示例：
        drafter show 2023
        drafter show 2023 --format json
    """
    from drafter.archive import Archive, dumps
    from drafter.render.outline import outline

    report = Archive.at(archive_dir).load(year[0], region, year[1])
    if fmt == "json":
        click.echo(dumps(report), nl=False)
    else:
        for line in outline(report):
            click.echo(line)
