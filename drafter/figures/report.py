"""Figures of a parsed report, with each paragraph's context.

Part role ``execution`` gives outcomes for the report's year, ``plan`` targets for the
plan year. Paragraphs whose role is ``preamble``, ``requirements``, ``shortcomings`` or
``closing`` are not read: they hold ordinals and programme names (``二十届二中全会``,
``“十项行动”``), never a measured target or outcome, so reading them could only add
false figures. Front matter and parts of role ``other`` are skipped for the same reason.
"""

from __future__ import annotations

from drafter.figures import lexicon as lex
from drafter.figures.extract import extract_figures
from drafter.figures.table import extract_table
from drafter.model import Figure, Paragraph, Report, section_label
from drafter.structure.genre import looks_back

#: Paragraph roles that never hold a figure worth keeping.
SKIPPED_ROLES = frozenset({"preamble", "requirements", "shortcomings", "closing"})
_KIND = {"execution": "outcome", "plan": "target"}


def extract_report(report: Report) -> tuple[Figure, ...]:
    """Every figure of ``report`` in document order; spans are offsets into Paragraph.text."""
    figures: list[Figure] = []
    for part, chapter, paragraph in report.paragraphs():
        if part is None and not paragraph.rows:
            figures.extend(_quoted_in_front(paragraph, report))
        if part is None or part.role not in _KIND or paragraph.role in SKIPPED_ROLES:
            continue
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
        figures.extend(
            extract_figures(
                paragraph.text,
                kind=kind,
                year=year,
                section=section_label(part, chapter),
                paragraph=paragraph.id,
                breaks=_lead_break(paragraph.text, paragraph.lead),
            )
        )
    return tuple(_without_repeats(figures, report))


def _quoted_in_front(paragraph: Paragraph, report: Report) -> list[Figure]:
    """A news lead before the report quoting it (``报告指出2024年…，新建充电站300座``): the figures
    after the quoting verb, of the year it names (``lexicon.REPORT_QUOTED``)."""
    m = lex.REPORT_QUOTED.match(paragraph.text)
    if m is None or report.meta.year is None:
        return []
    year = int(m["year"])
    kind = {report.meta.plan_year: "target", report.meta.year: "outcome"}.get(year)
    if kind is None:
        return []
    found = extract_figures(paragraph.text, kind=kind, year=year, section=section_label(None, None), paragraph=paragraph.id)
    return [f for f in found if f.span[0] >= m.end()]


def _without_repeats(figures: list[Figure], report: Report) -> list[Figure]:
    """A table of the account that restates an outcome its text gives (same number, same
    indicator) adds nothing: the outcome is kept once, in its sentence."""
    tables = {p.id for _, _, p in report.paragraphs() if p.rows}
    text = [f for f in figures if f.paragraph not in tables and f.kind == "outcome" and f.number is not None]

    def repeats(f: Figure) -> bool:
        return f.paragraph in tables and f.kind == "outcome" and any(
            k.number == f.number and k.unit_family == f.unit_family
            and (k.indicator in f.indicator or f.indicator in k.indicator) for k in text
        )

    return [f for f in figures if not repeats(f)]


def _lead_break(text: str, lead: str) -> tuple[int, ...]:
    """A lead sentence without its full stop still ends a sentence (``…持续深化与海淀区…``)."""
    if lead and not lead.endswith(("。", "！", "？", "；")):
        at = text.find(lead)
        if at >= 0:
            return (at + len(lead),)
    return ()


__all__ = ["SKIPPED_ROLES", "extract_report"]
