"""Command ``search``: find where any archived report said something."""

from __future__ import annotations

import click

from drafter.cli.options import archive_option, format_option, region_option


@click.command()
@click.argument("query")
@region_option
@click.option("--years", default=None, metavar="年度范围",
              help="只查这些年度，例如 2019-2024 或 2023（含该年的年内执行情况报告）；"
                   "只查一份年内报告写 2023上半年、2023前三季度。")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, metavar="段数", help="最多显示多少段。")
@format_option("text", "json", default="text")
@archive_option
def search(query: str, region: str | None, years: str | None, limit: int, fmt: str, archive_dir: str | None) -> None:
    """在档案中所有报告的段落里按词查找，最新年度在前。

    按词匹配（与比对用的分词相同，数字连同单位算一个词），多个词用空格隔开时须同时出现。
    年内执行情况报告（上半年、前三季度等）也在其中，结果写作 2023年上半年，排在同年的年度报告之后。
    索引文件 .search.sqlite 放在档案目录中，随档案自动更新，可随时删除。

    \b
    示例：
        drafter search 营商环境
        drafter search "地区生产总值 4.5%" --years 2019-2024
        drafter search 口袋公园 --format json
        drafter search 下半年 --years 2023上半年
    """
    import sys

    from drafter.render.search import search_json, search_text
    from drafter.search import parse_when
    from drafter.search import search as run

    span, period = parse_when(years)
    result = run(archive_dir, query, region=region, years=span, limit=limit, period=period)
    if fmt == "json":
        click.echo(search_json(result), nl=False)
    else:
        click.echo(search_text(result, color=sys.stdout.isatty()), nl=False)
    if result.total > len(result.hits):
        from drafter.search import MAX_COUNT

        count = f"至少 {MAX_COUNT}" if result.total >= MAX_COUNT else f"共 {result.total}"
        click.echo(f"{count} 段，显示前 {len(result.hits)} 段；用 --limit 显示更多。", err=True)
    if not result.total:
        hint = f"档案中含这几个字的词：{'、'.join(result.words)}。" if result.words else ""
        click.echo(f"没有找到“{result.query}”（按词查找）。{hint}", err=True)
