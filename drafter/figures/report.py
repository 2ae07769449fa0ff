"""Figures of a parsed report, with each paragraph's context.

Part role ``execution`` gives outcomes for the report's year, ``plan`` targets for the
plan year. Paragraphs whose role is ``preamble``, ``requirements``, ``shortcomings`` or
``closing`` are not read: they hold ordinals and programme names (``二十届二中全会``,
``“十项行动”``), never a measured target or outcome, so reading them could only add
false figures. Front matter and parts of role ``other`` are skipped for the same reason, but
for a news item's lead before the document it prints (role ``lead``), which restates the
document's targets or outcomes.
"""

from __future__ import annotations

from dataclasses import replace

from drafter.figures.extract import extract_figures
from drafter.figures.table import extract_table
from drafter.model import Figure, Report, section_label
from drafter.structure.genre import lead_kind, looks_back

#: Paragraph roles that never hold a figure worth keeping.
SKIPPED_ROLES = frozenset({"preamble", "requirements", "shortcomings", "closing"})
_KIND = {"execution": "outcome", "plan": "target"}


def extract_report(report: Report) -> tuple[Figure, ...]:
    """Every figure of ``report`` in document order; spans are offsets into Paragraph.text."""
    figures: list[Figure] = []
    front = {p.id for p in report.front if p.rows}
    for part, chapter, paragraph in report.paragraphs():
        if paragraph.id in front and report.parts:
            part = report.parts[0]  # a table of main indicators before part 一: read as part 一's
            kind = _KIND.get(part.role)
            if kind is None:
                continue
        elif part is None and paragraph.role == "lead":
            kind = lead_kind(paragraph.text, report.meta.plan_year)  # a news lead restates the document
        elif part is None or part.role not in _KIND or paragraph.role in SKIPPED_ROLES:
            continue
        else:
            kind = _KIND[part.role]
        if kind == "target" and report.meta.kind == "plan" and looks_back(paragraph.text, report.meta.year):
            kind = "outcome"  # a plan alone recalls last year's results before its targets
        year = report.meta.year if kind == "outcome" else report.meta.plan_year
        if paragraph.rows:
            figures.extend(
                extract_table(
                    paragraph.rows, paragraph.text, role=part.role, year=report.meta.year,
                    plan_year=report.meta.plan_year, section=section_label(part, chapter), paragraph=paragraph.id,
                    rates=True,
                )
            )
            continue
        found = extract_figures(
            paragraph.text,
            kind=kind,
            year=year,
            section=section_label(part, chapter),
            paragraph=paragraph.id,
            breaks=_lead_break(paragraph.text, paragraph.lead),
            place=report.meta.region or "",
        )
        if part is None:  # a news lead: each sentence tells its own kind
            found = [_lead_figure(f, paragraph.text, report) for f in found]
        figures.extend(found)
    return tuple(figures)


def _lead_figure(figure: Figure, text: str, report: Report) -> Figure:
    """A news lead's figure of the kind its own sentence tells (a lead may give last year's
    results, then the plan's targets)."""
    meta = report.meta
    kind = lead_kind(text, meta.plan_year, figure.sentence, meta.year)
    if figure.kind in ("target", "outcome") and kind != figure.kind:
        return replace(figure, kind=kind, period=meta.plan_year if kind == "target" else meta.year)
    return figure


def _lead_break(text: str, lead: str) -> tuple[int, ...]:
    """A lead sentence without its full stop still ends a sentence (``…持续深化与海淀区…``)."""
    if lead and not lead.endswith(("。", "！", "？", "；")):
        at = text.find(lead)
        if at >= 0:
            return (at + len(lead),)
    return ()


__all__ = ["SKIPPED_ROLES", "extract_report"]
