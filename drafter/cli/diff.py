"""Commands ``diff``, ``link`` and ``unlink``."""

from __future__ import annotations

import click

from drafter.cli.options import (
    ReportKey,
    archive_option,
    choice_option,
    force_option,
    format_option,
    region_option,
)

#: ``--ledger``: where the Word redline puts the ledger table (program value → Chinese name).
LEDGER_PLACES = {"first": "开头", "annex": "附表", "none": "不放"}


def _statuses(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...]:
    """``未完成,未报告`` (or the program names ``missed,not_reported``) → status codes."""
    if not value:
        return ()
    from drafter.compare.result import AMBITION_STATUSES, STATUS_LABELS, STATUSES

    known = {**{STATUS_LABELS[s]: s for s in STATUSES + AMBITION_STATUSES}, **{s: s for s in STATUS_LABELS}}
    names = [s.strip() for s in value.replace("，", ",").replace("、", ",").split(",") if s.strip()]
    unknown = [s for s in names if s not in known]
    if unknown:
        choices = "、".join(dict.fromkeys(STATUS_LABELS[s] for s in STATUSES + AMBITION_STATUSES))
        raise click.BadParameter(f"没有状态“{'、'.join(unknown)}”（可选：{choices}）")
    return tuple(dict.fromkeys(known[s] for s in names))


@click.command()
@click.argument("a")
@click.argument("b", required=False)
@region_option
@format_option("text", "json", "csv", default="text")
@click.option("--tolerance", type=click.FloatRange(0, 1), default=0.05, show_default=True, metavar="比例",
              help="“左右”总量、数量目标的相对容差（0.05 即 ±5%）。")
@click.option("--tolerance-points", "tolerance_points", type=click.FloatRange(0, 10), default=0.3, show_default=True,
              metavar="百分点", help="“左右”增速、比率目标的容差，单位为个百分点。")
@click.option("--fail-on", "fail_on", callback=_statuses, default=None, metavar="状态",
              help="有目标处于这些状态（逗号分隔，如 未完成,未报告）时以退出码 1 结束。")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=str), default=None,
              metavar="网页文件", help="另存一份可离线打开的审阅网页（高亮全部改动）。")
@click.option("--docx", "docx_path", type=click.Path(dir_okay=False, path_type=str), default=None,
              metavar="Word文件", help="另存一份带修订痕迹的 Word 文件（B 的全文，A→B 的改动为修订，目标完成情况为批注）。")
@click.option("--author", default="drafter", show_default=True, metavar="姓名", help="Word 修订和批注的作者名。")
@choice_option("--ledger", "ledger_place", labels=LEDGER_PLACES, default="first",
               help="目标完成情况汇总表放在 Word 文件的开头、文末附表或不放。")
@force_option
@archive_option
def diff(a: str, b: str | None, region: str | None, fmt: str, tolerance: float, tolerance_points: float,
         fail_on: tuple[str, ...], html_path: str | None, docx_path: str | None, author: str,
         ledger_place: str, force: bool, archive_dir: str | None) -> None:
    """比对两年报告：A 年报告提出的目标在 B 年报告中的完成情况，以及文字变化。

    A、B 可以是档案中的年度，也可以是尚未导入的报告文件。只给 A 时，
    把该报告的下一年目标与本年实绩对照，看目标定得高低。B 可以是年内执行情况报告
    （写作 2024上半年、2024前三季度）：其实绩只到年内，状态为“年内进度”，给出完成全年
    目标的比例或与目标之差和时序进度，不判断完成与否。A 是年内执行情况报告时，其下半年
    工作安排提出的是当年的全年目标：只给 A 时与其年内实绩对照（年内进度），
    B 为同一年的年度报告（drafter diff 2024上半年 2024）时判断完成与否。

    状态：超额完成、完成、未完成、未报告、摘录未含、需人工判断、无法比较、未填写（B 是尚未填完的草稿）、年内进度（B 只到年内）；只给 A 时为目标提高、目标持平、目标降低、无今年实绩。

    退出码：0 已完成比对；1 给了 --fail-on 且有目标处于所列状态；2 输入或用法错误。

    \b
    示例：
        drafter diff 2023 2024
        drafter diff 2023 2024 --html review.html
        drafter diff 2023 2024 --docx 修订.docx --author 审阅人
        drafter diff 2023 2024 --format json > diff.json
        drafter diff 2023 examples/tjhb-2024-opening.txt --fail-on 未完成,未报告
        drafter diff 2023
    """
    import sys
    from decimal import Decimal

    from drafter.app import compare_specs
    from drafter.archive import resolve_root
    from drafter.atomic import check_output

    if html_path:
        check_output(html_path, force=force, archive=resolve_root(archive_dir))
    if docx_path:
        from drafter.render.docx_redline import check_redline_output

        check_redline_output(docx_path, force=force, archive=resolve_root(archive_dir))
    compared = compare_specs(a, b, archive=archive_dir, region=region, tolerance=Decimal(str(tolerance)),
                             tolerance_points=Decimal(str(tolerance_points)))
    result = compared.result
    if html_path:
        from drafter.render.review import write_review_html

        write_review_html(result, compared.a, compared.b, html_path, force=force, archive=resolve_root(archive_dir))
        click.echo(f"审阅网页已写入 {html_path}", err=True)
    if docx_path:
        from drafter.render.docx_redline import write_compared

        notes = write_compared(compared, b, docx_path, author=author, ledger=ledger_place,  # type: ignore[arg-type]
                               archive=archive_dir, force=force)
        for note in notes:
            click.echo(note, err=True)
    if fmt == "json":
        from drafter.render.diff_data import to_json

        click.echo(to_json(result), nl=False)
    elif fmt == "csv":
        from drafter.render.diff_data import to_csv

        click.echo(to_csv(result), nl=False)
    else:
        from drafter.cli.options import terminal_width
        from drafter.render.diff_text import render_text

        click.echo(render_text(result, color=sys.stdout.isatty(), width=terminal_width()), nl=False)
    if fail_on and any(entry.status in fail_on for entry in result.targets):
        sys.exit(1)


@click.command()
@click.argument("a", type=ReportKey())
@click.argument("b", type=ReportKey())
@click.argument("target")
@click.argument("outcome")
@click.option("--forbid", is_flag=True, help="禁止这两者配对（而不是指定配对）。")
@region_option
@archive_option
def link(a: tuple[int, str], b: tuple[int, str], target: str, outcome: str, forbid: bool, region: str | None,
         archive_dir: str | None) -> None:
    """指定（或用 --forbid 禁止）A 报告的一项目标与 B 报告的一项实绩配对。

    A、B 为档案中的年度，或年内执行情况报告的期间（写作 2024上半年、2024前三季度，
    与 drafter show 相同；如 drafter link 2023 2024上半年 …）。目标指标、实绩指标为指标名称（如 北京项目投资额），同名指标有多个数字时
    写成“指标+数字”（如 北京项目投资额30亿元）。配对存于 <档案>/<地区>/links.yaml，
    年内报告记作 2024年上半年。

    \b
    示例：
        drafter link 2023 2024 北京项目投资额 北京项目投资额35.08亿元
        drafter link 2023 2024 园区注册企业 落地北京新设机构 --forbid
    """
    from drafter.app import pin

    message = pin(archive_dir, region, a, b, target, outcome, forbid=forbid)
    click.echo(message)


@click.command()
@click.argument("a", type=ReportKey())
@click.argument("b", type=ReportKey())
@click.argument("target")
@click.argument("outcome", required=False)
@region_option
@archive_option
def unlink(a: tuple[int, str], b: tuple[int, str], target: str, outcome: str | None, region: str | None,
           archive_dir: str | None) -> None:
    """取消 links.yaml 中某项目标的指定或禁止配对（不给实绩指标时取消该目标的全部）。

    A、B 的写法与 drafter link 相同（年度，或 2024上半年 这样的年内期间）。

    \b
    示例：
        drafter link 2023 2024 北京项目投资额 北京项目投资额35.08亿元
        drafter unlink 2023 2024 北京项目投资额
    """
    from drafter.app import unpin

    click.echo(unpin(archive_dir, region, a, b, target, outcome))
