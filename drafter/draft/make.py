"""The two jobs a user runs: export a figures sheet, and write a draft .docx.

Both read report YEAR-1 from the archive; neither writes anything unless every input
checked out (the sheet, the templates, the output path).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.draft.build import archive_sheet, build_draft, draft_input
from drafter.draft.document import DraftDocument
from drafter.draft.sheet import Sheet, export_sheet, read_sheet
from drafter.draft.slots import Slot, derive_slots
from drafter.errors import InputError, SheetError
from drafter.model import Report

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


def plan_sections(base: Report) -> tuple[str, ...]:
    sections: list[str] = []
    for plan in base.parts_of("plan"):
        sections += [plan.number, *(f"{plan.number}{c.label}" for c in plan.chapters)]
    return tuple(sections)


def make_sheet(
    archive: str | Path | None, year: int, output: str | Path, region: str | None = None, *, force: bool = True
) -> tuple[Slot, ...]:
    """Export the figures sheet for drafting report ``year`` (slots of report year-1); an
    existing ``output`` is replaced only with ``force``."""
    from drafter.archive import check_year, load_report, resolve_root
    from drafter.atomic import check_output

    check_year(year)
    check_output(output, force=force, archive=resolve_root(archive), error=SheetError)
    base = load_report(archive, year - 1, region)
    slots = draft_input(base).slots
    export_sheet(slots, output, year, force=force, archive=resolve_root(archive))
    return slots


def load_sheet(
    figures: str | Path | None, archive: str | Path | None, base: Report, region: str | None
) -> Sheet:
    """The sheet a draft is filled from: a file, report YEAR in the archive, or nothing."""
    if figures is None:
        return Sheet()
    slots = derive_slots(base)
    if str(figures) == FROM_ARCHIVE:
        from drafter.archive import load_report

        return archive_sheet(
            load_report(archive, base.year + 1, region or base.meta.region), slots, base
        )
    return read_sheet(figures, slots, plan_sections(base), base.year + 1)


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

    if output is not None and Path(output).suffix.lower() != ".docx":
        raise InputError(
            f"输出文件 {output} 不是 .docx",
            "草稿只能写成 Word 的 .docx 文件",
            "请把 -o 的文件名改为以 .docx 结尾",
        )
    check_year(year)
    if output is not None:
        check_output(output, force=force, archive=resolve_root(archive))
    base = load_report(archive, year - 1, region)
    sheet = load_sheet(figures, archive, base, region)
    data = draft_input(base, sheet, highlight)
    document = build_draft(data, template)
    if output is not None:
        from drafter.render.docx_writer import write_docx

        write_docx(document, output, highlight, force=force, archive=resolve_root(archive))
    filled = sum(1 for s in data.slots if (f := sheet.fill(s.id)) and (f.outcome or f.target))
    return DraftResult(
        document, data.slots, filled, len(sheet.extras), None if output is None else Path(output)
    )


__all__ = ["FROM_ARCHIVE", "DraftResult", "load_sheet", "make_draft", "make_sheet", "plan_sections"]
