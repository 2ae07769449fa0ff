"""Commands ``sheet``, ``draft`` and ``template``."""

from __future__ import annotations

import click

from drafter.cli.options import archive_option, force_option, region_option


@click.command()
@click.argument("year", type=int)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=str),
    metavar="文件",
    help="输出文件：.xlsx、.csv 或 .yaml。",
)
@force_option
@region_option
@archive_option
def sheet(year: int, output: str, force: bool, region: str | None, archive_dir: str | None) -> None:
    """导出起草某年度报告用的指标表，发给各部门填写。

    每行是上年报告为该年度定下的一个目标：编号、章节、指标、单位、限定词、上年目标、
    上年完成值，以及待填的“本年完成值”“下年目标值”和“备注”。

    \b
    示例：
        drafter sheet 2024 -o figures-2024.xlsx
        drafter sheet 2024 -o figures-2024.yaml
    """
    from drafter.app import make_sheet

    slots = make_sheet(archive_dir, year, output, region, force=force)
    click.echo(f"已导出指标表：{output}（{len(slots)} 项指标）", err=True)


@click.command()
@click.argument("year", type=int)
@click.option(
    "--figures",
    default=None,
    metavar="指标表",
    help="填好的指标表（.xlsx/.csv/.yaml）；写“档案”则取档案中该年度报告的数字。",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=str),
    metavar="文件",
    help="输出的 Word 文件（.docx）。",
)
@click.option(
    "--template",
    "template_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=str),
    metavar="文件夹",
    help="模板文件夹（默认用自带模板）。",
)
@click.option("--no-highlight", is_flag=True, help="不加高亮，生成干净的稿子。")
@force_option
@region_option
@archive_option
def draft(
    year: int,
    figures: str | None,
    output: str,
    template_dir: str | None,
    no_highlight: bool,
    force: bool,
    region: str | None,
    archive_dir: str | None,
) -> None:
    """起草某年度报告的 Word 初稿（以档案中上一年度的报告为底本）。

    第一部分逐条回应上年定下的目标，第二部分把上年的计划顺延一年；指标表里没有的数字
    用黄色高亮的【待填】【待更新】标出，沿用上年的表述用灰色高亮标出。

    \b
    示例：
        drafter draft 2024 --figures examples/figures-2024.yaml -o draft-2024.docx
        drafter draft 2024 --figures 档案 -o 干净稿-2024.docx --no-highlight
    """
    from drafter.app import FROM_ARCHIVE, make_draft

    if figures == "档案":
        figures = FROM_ARCHIVE
    result = make_draft(archive_dir, year, output, figures, template_dir, not no_highlight, region, force=force)
    click.echo(
        f"已生成草稿：{output}（指标 {len(result.slots)} 项，已填 {result.filled} 项，新增 {result.extras} 项）",
        err=True,
    )


@click.command()
@click.option(
    "--check",
    "check_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=str),
    metavar="文件夹",
    help="检查这个模板文件夹。",
)
@click.option(
    "--export",
    "export_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=str),
    metavar="文件夹",
    help="把自带模板复制到这个文件夹。",
)
@click.option("--year", type=int, default=None, metavar="年度", help="检查时用档案中上一年度的报告试渲染。")
@region_option
@archive_option
def template(
    check_dir: str | None,
    export_dir: str | None,
    year: int | None,
    region: str | None,
    archive_dir: str | None,
) -> None:
    """检查或导出草稿模板（Jinja2）。

    --check 列出每个模板用到的变量，指出数据中没有的；加 --year 时再用档案试渲染一次。
    有问题时退出码为 1。

    \b
    示例：
        drafter template --export 我的模板
        drafter template --check 我的模板 --year 2024
    """
    from drafter.draft.templates import check_templates, export_templates

    if export_dir:
        click.echo(f"已复制模板到 {export_templates(export_dir)}", err=True)
        if not check_dir:
            return
    if not check_dir:
        raise click.UsageError("请指定 --check 文件夹 或 --export 文件夹")
    context = None
    if year is not None:
        from drafter.archive import load_report
        from drafter.draft.build import draft_context, draft_input

        context = draft_context(draft_input(load_report(archive_dir, year - 1, region)))
    report = check_templates(check_dir, context)
    for name, variables in report.files:
        click.echo(f"{name}: {', '.join(variables) or '（无）'}")
    for name, variable in report.missing:
        click.echo(f"缺少：{name} 用到的变量 {variable} 不在草稿数据中", err=True)
    if report.error:
        click.echo(f"错误：{report.error}", err=True)
    if not report.ok:
        raise click.exceptions.Exit(1)
    click.echo("模板检查通过。", err=True)
