"""The application layer: opening inputs and writing outputs around the pure stages.

``compare`` is Reports → DiffResult and ``draft`` is Reports + sheet → DraftDocument; neither
reads a file or writes one. What a command does with files lives here, beside the CLI, and
a Python user calls the same functions:

    from drafter.app import compare_specs, make_draft
    compared = compare_specs("2023", "2024", archive="archive")
    make_draft("archive", 2024, "draft.docx", figures="archive")

Everything here that pairs a target with an outcome goes through ``drafter.compare`` with the
pins of the region's ``links.yaml``: one ledger for ``diff``, ``sheet`` and ``draft``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.compare.judge import DEFAULT_TOLERANCE, DEFAULT_TOLERANCE_POINTS
from drafter.compare.links import FILE_NAME
from drafter.errors import ArchiveError, InputError

if TYPE_CHECKING:
    from drafter.compare.links import Link
    from drafter.compare.result import DiffResult
    from drafter.draft.build import DraftInput
    from drafter.draft.document import DraftDocument
    from drafter.draft.slots import Slot
    from drafter.model import Report


# ---------------------------------------------------------------- opening a side


@dataclass(frozen=True)
class Opened:
    report: Report
    source: str  # "archive" or the file path


def open_side(spec: str, archive: str | os.PathLike[str] | None, region: str | None) -> Opened:
    """``2023`` → the archived report of that year, ``2023上半年`` → its half-year report; anything
    else → the file, parsed in memory."""
    from drafter.periods import parse_key

    found = None if Path(spec).is_file() else parse_key(spec)
    if found is not None:
        from drafter.archive import Archive

        return Opened(Archive.at(archive).load(found[0], region, found[1]), "archive")
    path = Path(spec)
    if not path.exists():
        raise InputError(
            f"找不到“{spec}”",
            "它既不是档案中的年度或年内期间，也不是存在的文件",
            "请给出档案中的年度（如 2023，年内执行情况报告如 2023上半年）或报告文件的路径",
        )
    from drafter.ingest import parse_file

    return Opened(parse_file(path, region=region), str(spec))


# ---------------------------------------------------------------- links.yaml


def links_path(root: str | os.PathLike[str], region: str) -> Path:
    return Path(root) / region / FILE_NAME


def load_links(path: str | os.PathLike[str]) -> tuple[Link, ...]:
    """The pins in a links.yaml file; none when the file does not exist."""
    path = Path(path)
    if not path.is_file():
        return ()
    import yaml

    from drafter.compare.links import LinksFormatError, parse_links

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ArchiveError(
            f"配对文件 {path} 无法读取", str(exc).splitlines()[0], "请修正该文件的 YAML 格式，或删除它后用 drafter link 重建"
        ) from None
    try:
        return parse_links(data)
    except LinksFormatError as exc:
        if not exc.where:
            raise ArchiveError(f"配对文件 {path} 格式不对", "缺少 links 列表", "请参照 drafter link --help 中的格式修正") from None
        raise ArchiveError(
            f"配对文件 {path} 第 {exc.where} 条配对有误",
            "每条需要 a、b（年度）、target、outcome，action 为 pin 或 forbid",
            "请修正或删除这一条",
        ) from None


def save_links(path: str | os.PathLike[str], links: tuple[Link, ...]) -> None:
    """Write the pins atomically, under the archive's lock (``drafter.atomic``)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ArchiveError(f"档案中没有文件夹 {path.parent}", "该地区尚无已导入的报告", "请先用 drafter ingest 导入报告")
    from drafter.atomic import commit, locked, reason, sweep
    from drafter.compare.links import dump_links

    try:
        with locked(path.parent):
            sweep(path.parent)
            commit({path: dump_links(links).encode("utf-8")})
    except OSError as exc:
        raise ArchiveError(f"无法写入 {path}", reason(exc), "请检查档案目录是否可写且有剩余空间") from None


def archive_links(archive: str | os.PathLike[str] | None, report: Report) -> tuple[Link, ...]:
    """The pins of the report's region in the archive (none if the archive has no such file)."""
    from drafter.archive import resolve_root

    return load_links(links_path(resolve_root(archive), report.meta.region))


def _check_names(report_a: Report, report_b: Report, target: str, outcome: str) -> None:
    """A pin must name a target of A and an outcome of B; say which names exist if not."""
    from drafter.compare.ledger import Ledger
    from drafter.compare.links import matches

    ledger = Ledger(report_a, report_b)
    for phrase, figures, what, report in (
        (target, ledger.targets, "目标", report_a),
        (outcome, ledger.outcomes, "实绩", report_b),
    ):
        if any(matches(phrase, f) for f in figures):
            continue
        names = sorted({f.indicator for f in figures if f.indicator})
        close = [n for n in names if set(n) & set(phrase)][:6] or names[:6]
        raise InputError(
            f"{_named(report.meta.year, report.meta.period)}报告中没有名为“{phrase}”的{what}",
            "可选的有：" + "、".join(close) if close else "该报告没有识别到任何" + what,
            "请用 drafter diff 查看指标名称后重试",
        )


def pin(
    archive: str | os.PathLike[str] | None,
    region: str | None,
    a: int | tuple[int, str],
    b: int | tuple[int, str],
    target: str,
    outcome: str,
    *,
    forbid: bool = False,
) -> str:
    """Record a pin (or a forbid) in the region's links.yaml; return a Chinese confirmation.
    ``a``, ``b``: a year, or (year, period) for a report on part of a year (``(2024, "上半年")``)."""
    from drafter.archive import Archive
    from drafter.compare.links import Link, add_link
    from drafter.periods import report_name

    store = Archive.at(archive)
    region = store.region(region)
    (ya, pa), (yb, pb) = report_name(a), report_name(b)
    if not (pa or pb):
        if yb == ya:
            raise InputError(f"两份都是 {ya} 年的报告", "目标出自较早的报告 A，实绩出自较晚的报告 B",
                             f"请给出两个不同的年度，例如 {ya} {ya + 1}")
        if yb < ya:
            raise InputError(f"年度顺序不对：{ya} 与 {yb}", "目标出自较早的报告 A，实绩出自较晚的报告 B",
                             f"请写成 {min(ya, yb)} {max(ya, yb)}")
    report_a, report_b = store.load(ya, region, pa), store.load(yb, region, pb)
    if pa or pb:
        _check_order(report_a, report_b, "link")
    _check_names(report_a, report_b, target, outcome)
    path = links_path(store.root, region)
    link = Link(ya, yb, target.strip(), outcome.strip(), "forbid" if forbid else "pin", pa, pb)
    save_links(path, add_link(load_links(path), link))
    verb = "禁止配对" if forbid else "已指定配对"
    return f"{verb}：{_named(ya, pa)}目标“{link.target}” ↔ {_named(yb, pb)}实绩“{link.outcome}”（{path}）"


def _named(year: int, period: str) -> str:
    """``2023 年`` / ``2024年上半年`` before a noun, as the confirmations write it."""
    from drafter.periods import label

    return label(year, period) if period else f"{year} 年"


def unpin(
    archive: str | os.PathLike[str] | None,
    region: str | None,
    a: int | tuple[int, str],
    b: int | tuple[int, str],
    target: str,
    outcome: str | None = None,
) -> str:
    """Remove pins and forbids of a target from links.yaml; return a Chinese confirmation."""
    from drafter.archive import Archive
    from drafter.compare.links import remove_links
    from drafter.periods import key, report_name

    store = Archive.at(archive)
    region = store.region(region)
    path = links_path(store.root, region)
    ka, kb = report_name(a), report_name(b)
    kept, removed = remove_links(load_links(path), ka, kb, target, outcome)
    if not removed:
        when = f"{key(*ka)}→{key(*kb)} 的" if ka[1] or kb[1] else f"{ka[0]}→{kb[0]} 年"
        raise InputError(
            f"links.yaml 中没有 {when}目标“{target}”的配对",
            "没有可取消的指定或禁止",
            f"请查看 {path}",
        )
    save_links(path, kept)
    return f"已取消 {removed} 条配对：{_named(*ka)}目标“{target}”（{path}）"


# ---------------------------------------------------------------- diff


@dataclass(frozen=True)
class Comparison:
    """A diff with the two reports it compares (``b`` is ``a`` in one-year mode)."""

    result: DiffResult
    a: Report
    b: Report


def compare_specs(
    a: str,
    b: str | None = None,
    *,
    archive: str | os.PathLike[str] | None = None,
    region: str | None = None,
    tolerance: Decimal = DEFAULT_TOLERANCE,
    tolerance_points: Decimal = DEFAULT_TOLERANCE_POINTS,
) -> Comparison:
    """``drafter diff A [B]``: open both sides, load the pins, compare; keep the opened reports."""
    from drafter.compare import diff_reports

    first = open_side(a, archive, region)
    second = open_side(b, archive, region or first.report.meta.region) if b is not None else None
    if second is not None and second.report.meta.region != first.report.meta.region:
        raise InputError(
            "两份报告不属于同一地区",
            f"{first.report.meta.region} 与 {second.report.meta.region}",
            "请比较同一地区的报告，或用 --region 指明地区",
        )
    if second is not None:
        _check_order(first.report, second.report)
    result = diff_reports(
        first.report,
        None if second is None else second.report,
        links=archive_links(archive, first.report),
        tolerance=tolerance,
        tolerance_points=tolerance_points,
        sources=(first.source, second.source if second else first.source),
    )
    return Comparison(result, first.report, first.report if second is None else second.report)


def _check_order(a: Report, b: Report, command: str = "diff") -> None:
    """Report ``a`` sets targets for the year report ``b`` tells the outcomes of: a year's report
    for the next year, a report on part of a year (its 下半年工作安排) for its own year, answered by
    that year's report or a later report on part of it."""
    from drafter.periods import key, label, months

    ya, pa, yb, pb = a.meta.year, a.meta.period, b.meta.year, b.meta.period
    if pa:
        name = key(ya, pa)
        if (yb, pb) == (ya, pa):
            raise InputError(f"两份都是 {label(ya, pa)}的报告", "比对要用较早的报告（其目标）对照较晚的报告（其实绩）",
                             f"请写成 drafter {command} {name} {ya}" + (f"；只看一份报告请写 drafter diff {name}"
                                                                      if command == "diff" else ""))
        if yb != ya or pb and months(pb) < months(pa):
            raise InputError(
                f"{label(ya, pa)}报告的余下工作安排（下半年工作安排）提出的是 {ya} 年的全年目标，"
                f"{label(yb, pb)}报告不能给出它们的完成情况",
                f"年内报告的目标由同一年的年度报告给出完成情况（如 {name} 对照 {ya}）",
                f"请写成 drafter {command} {name} {ya}",
            )
        return
    if yb == ya and pb:
        raise InputError(
            f"{ya} 年报告提出的是 {ya + 1} 年的目标，{label(yb, pb)}报告给出的是 {ya} 年的年内实绩",
            f"{label(yb, pb)}报告的实绩对照 {ya - 1} 年报告的目标；它的余下工作安排（全年目标）由 {ya} 年报告给出完成情况",
            f"请写成 drafter {command} {ya - 1} {key(yb, pb)}，或 drafter {command} {key(yb, pb)} {ya}",
        )
    if yb == ya:
        raise InputError(
            f"两份都是 {ya} 年的报告",
            "比对要用较早年度的报告（其目标）对照较晚年度的报告（其实绩）",
            f"请给出两个不同的年度，例如 drafter diff {ya} {ya + 1}；只看一份报告请写 drafter diff {ya}",
        )
    if yb < ya:
        raise InputError(
            f"年度顺序不对：{ya} 与 {key(yb, pb)}",
            "第一份应为较早年度的报告（其目标由第二份报告给出完成情况）",
            f"请写成 drafter diff {key(yb, pb)} {ya}" if pb else f"请写成 drafter diff {yb} {ya}",
        )


def diff_specs(a: str, b: str | None = None, **options: object) -> DiffResult:
    """Like ``compare_specs``, the result alone."""
    return compare_specs(a, b, **options).result  # type: ignore[arg-type]




# ---------------------------------------------------------------- sheet and draft

#: ``--figures archive``: fill slots from report YEAR in the archive.
FROM_ARCHIVE = "archive"


@dataclass(frozen=True)
class DraftResult:
    """What was drafted: the document, its slots, how many were filled, where it went."""

    document: DraftDocument
    slots: tuple[Slot, ...]
    filled: int
    extras: int
    path: Path | None


def make_sheet(
    archive: str | Path | None, year: int, output: str | Path, region: str | None = None, *, force: bool = True
) -> tuple[Slot, ...]:
    """Export the figures sheet for drafting report ``year`` (slots of report year-1); an
    existing ``output`` is replaced only with ``force``."""
    from drafter.archive import check_year, load_report, resolve_root
    from drafter.atomic import check_output
    from drafter.draft.make import sheet_input
    from drafter.draft.sheet import export_sheet
    from drafter.errors import SheetError

    check_year(year)
    check_output(output, force=force, archive=resolve_root(archive), error=SheetError)
    base = load_report(archive, year - 1, region)
    slots = sheet_input(base).slots
    export_sheet(slots, output, year, force=force, archive=resolve_root(archive))
    return slots


def draft_data(
    figures: str | Path | None, archive: str | Path | None, base: Report, region: str | None, highlight: bool = True
) -> DraftInput:
    """What a draft is filled from: a sheet file, report YEAR in the archive (read through
    the ledger, with the region's pins), or nothing."""
    from drafter.draft.build import draft_input
    from drafter.draft.make import archive_input, plan_sections, sheet_input

    if figures is None:
        return sheet_input(base, None, highlight)
    if str(figures) == FROM_ARCHIVE:
        from drafter.archive import load_report

        report = load_report(archive, base.year + 1, region or base.meta.region)
        return archive_input(base, report, archive_links(archive, base), highlight)
    from drafter.draft.sheet import read_sheet

    slots = sheet_input(base).slots
    sheet = read_sheet(figures, slots, plan_sections(base), base.year + 1)
    return draft_input(base, sheet, highlight, slots=slots)


def _draft_base(archive: str | os.PathLike[str] | None, year: int, region: str | None) -> int:
    """The year a draft of ``year`` is built on (``year - 1``); when the archive lacks it, say so in
    the draft's terms and name a year that can be drafted."""
    from drafter.archive import Archive

    store = Archive.at(archive)
    name = store.region(region)
    years = store.years(name)
    if year - 1 not in years:
        have = "、".join(map(str, years))
        raise ArchiveError(
            f"档案中没有{name} {year - 1} 年的报告",
            f"起草 {year} 年报告要以上一年（{year - 1} 年）的报告为底本；已有年度：{have}",
            f"请先用 drafter ingest 导入 {year - 1} 年报告，或起草已有年度的下一年，例如 drafter draft {max(years) + 1}",
        )
    return year - 1


def make_draft(
    archive: str | Path | None,
    year: int,
    output: str | Path | None,
    figures: str | Path | None = None,
    template: str | Path | None = None,
    highlight: bool = True,
    region: str | None = None,
    *,
    force: bool = True,
) -> DraftResult:
    """Draft report ``year`` from the archive's report year-1; write it to ``output`` (.docx),
    replacing an existing file only with ``force``."""
    from drafter.archive import check_year, load_report, resolve_root
    from drafter.atomic import check_output
    from drafter.draft.build import build_draft

    if output is not None and Path(output).suffix.lower() != ".docx":
        raise InputError(
            f"输出文件 {output} 不是 .docx",
            "草稿只能写成 Word 的 .docx 文件",
            "请把 -o 的文件名改为以 .docx 结尾",
        )
    check_year(year)
    if output is not None:
        check_output(output, force=force, archive=resolve_root(archive))
    base = load_report(archive, _draft_base(archive, year, region), region)
    data = draft_data(figures, archive, base, region, highlight)
    document = build_draft(data, template)
    if output is not None:
        from drafter.render.docx_writer import write_docx

        write_docx(document, output, highlight, force=force, archive=resolve_root(archive))
    sheet = data.sheet
    filled = sum(1 for s in data.slots if (f := sheet.fill(s.id)) and (f.outcome or f.target))
    return DraftResult(document, data.slots, filled, len(sheet.extras), None if output is None else Path(output))


__all__ = [
    "FROM_ARCHIVE",
    "Comparison",
    "DraftResult",
    "Opened",
    "archive_links",
    "compare_specs",
    "diff_specs",
    "draft_data",
    "make_draft",
    "make_sheet",
    "links_path",
    "load_links",
    "open_side",
    "pin",
    "save_links",
    "unpin",
]
