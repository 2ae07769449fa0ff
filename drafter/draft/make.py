"""What a draft is made from, without touching a file: the slots, the sheet or the archive's
figures, and the ledger's answers. ``drafter.app`` opens the inputs and writes the .docx.

Drafting from the archive (``--figures archive``) reads report YEAR through the ledger:
``ledger_entries``/``build_ledger`` of report YEAR-1 against report YEAR, with the region's
pins — the very pairing ``drafter diff YEAR-1 YEAR`` shows — and report YEAR's one-year
ledger for the targets it sets next.
"""

from __future__ import annotations

from collections.abc import Iterable

from drafter.compare.judge import Tolerance
from drafter.compare.ledger import build_ledger
from drafter.compare.links import Link
from drafter.draft.build import DraftInput, archive_fill, draft_input
from drafter.draft.sheet import Sheet
from drafter.draft.slots import derive_slots
from drafter.model import Report


def plan_sections(base: Report) -> tuple[str, ...]:
    """The sections of report YEAR-1's plan part(s) a sheet's extra rows may name."""
    sections: list[str] = []
    for plan in base.parts_of("plan"):
        sections += [plan.number, *(f"{plan.number}{c.label}" for c in plan.chapters)]
    return tuple(sections)


def archive_input(
    base: Report,
    report: Report,
    links: Iterable[Link] = (),
    highlight: bool = True,
    tolerance: Tolerance = Tolerance(),
) -> DraftInput:
    """The input of a draft of report ``report.year`` filled from ``report`` itself."""
    slots = draft_input(base).slots
    pair = build_ledger(base, report, links=tuple(links), tolerance=tolerance)
    next_year = build_ledger(report, report, tolerance=tolerance)[0]
    sheet, answers, scopes = archive_fill(report, base, slots, pair, next_year)
    return draft_input(base, sheet, highlight, answers, slots, scopes)


def sheet_input(base: Report, sheet: Sheet | None = None, highlight: bool = True) -> DraftInput:
    """The input of a draft filled from a figures sheet (or from nothing)."""
    return draft_input(base, sheet, highlight)


__all__ = ["archive_input", "derive_slots", "plan_sections", "sheet_input"]
