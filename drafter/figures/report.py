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

import re
from dataclasses import replace

from drafter.figures.extract import extract_figures
from drafter.figures.table import extract_table
from drafter.model import Figure, Report, section_label
from drafter.periods import target_year
from drafter.structure.genre import content_role, lead_kind, looks_back
from drafter.structure.patterns import REST_OF_YEAR

#: Paragraph roles that never hold a figure worth keeping.
SKIPPED_ROLES = frozenset({"preamble", "requirements", "shortcomings", "closing"})
_KIND = {"execution": "outcome", "plan": "target"}


def extract_report(report: Report) -> tuple[Figure, ...]:
    """Every figure of ``report`` in document order; spans are offsets into Paragraph.text."""
    figures: list[Figure] = []
    # the year the plan part's targets are for: Y+1, or Y in a report on part of a year, whose plan
    # part is the rest of that year (下半年工作安排: 确保全年…; docs/LEDGER.md, rule 7)
    aim = target_year(report.meta.year, report.meta.period)
    front = {p.id for p in report.front if p.rows}
    # a paragraph before part 一 recounting the report year (``2022年是…。2022年，全县地区生产总值
    # 同比增长4.3%…``): the year's outcomes, read in part 一
    recount = {p.id for p in report.front if p.role != "lead" and recounts_year(p.text, report.meta.year)}
    # only the page's last paragraph may end cut mid-unit
    last = next((p.id for _, _, p in reversed(list(report.paragraphs())) if p.text.strip()), "")
    for part, chapter, paragraph in report.paragraphs():
        if paragraph.id in recount and report.parts:
            part, kind = report.parts[0], "outcome"
        elif paragraph.id in front and report.parts:
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
        if kind == "target" and report.meta.kind == "plan" and recalls_last_year(paragraph.text, report.meta.year):
            kind = "outcome"  # a plan alone recalls last year's results before its targets
        year = report.meta.year if kind == "outcome" else aim
        if paragraph.rows:
            figures.extend(
                extract_table(
                    paragraph.rows, paragraph.text, role=part.role, year=report.meta.year,
                    plan_year=aim, section=section_label(part, chapter), paragraph=paragraph.id,
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
            last=paragraph.id == last,
        )
        if part is None:  # a news lead: each sentence tells its own kind
            found = [_lead_figure(f, paragraph.text, report) for f in found]
        elif kind == "outcome" and report.meta.period:
            found = [_rest_of_year(f, aim) for f in found]
        figures.extend(found)
    return tuple(figures)


#: How a paragraph before part 一 opens when it recounts the report's year (besides ``{year}年，``).
_RECOUNT_OPENINGS = re.compile(r"^(?:一年来|过去(?:的)?一年|今年以来)[，,]")


#: How a plan's paragraph opens when it recalls the year before the plan's by its relative name
#: (``去年，全市实现生产总值…``) or by its number (``2023年，某某县实现生产总值…`` in the plan for 2024):
#: in a plan, whose targets are the next year's, it tells that year's results, whatever target words
#: its retrospect uses (``年初计划执行良好，目标顺利完成``), unless it turns to the plan's year.
_LAST_YEAR_OPENINGS = re.compile(
    r"^(?:(?:去年|上年度?|上一年)(?:[，,]|以来|全年|(?=[全我](?:省|自治区|市|区|县|州|旗|盟)))|(?:过去(?:的)?一年|一年来)[，,])"
)  # 过去的一年，全县…: the year before the plan's by its other relative names
#: After the year's number: a comma, 以来, 全年, or the place's scope as the subject (``2023年全县实现…``).
_YEAR_OPENING_TAIL = r"年(?:[，,]|以来|全年|(?=[全我](?:省|自治区|市|区|县|州|旗|盟)))"
#: The plan's own year named by its relative name: the paragraph turns to the targets.
_THIS_YEAR = ("今年", "明年", "本年")


def recalls_last_year(text: str, year: int | None) -> bool:
    """A plan's paragraph that tells the results of the year before the plan's: it opens with that
    year, by number or by its relative name (``去年，…``), and does not turn to the plan's year."""
    if looks_back(text, year):
        return True
    opens = bool(_LAST_YEAR_OPENINGS.match(text)) or bool(year and re.match(rf"^{year}{_YEAR_OPENING_TAIL}", text))
    return opens and not (year and f"{year + 1}年" in text) and not any(w in text for w in _THIS_YEAR)


def recounts_year(text: str, year: int | None) -> bool:
    """A paragraph before part 一 that tells the report year's results (``2022年是…。2022年，
    全县地区生产总值同比增长4.3%``, ``一年来，…``): its figures are part 一's outcomes."""
    if looks_back(text, year):
        return True
    return bool(_RECOUNT_OPENINGS.match(text)) and content_role([text]) == "execution"


def _lead_figure(figure: Figure, text: str, report: Report) -> Figure:
    """A news lead's figure of the kind its own sentence tells (a lead may give last year's
    results, then the plan's targets)."""
    meta = report.meta
    kind = lead_kind(text, meta.plan_year, figure.sentence, meta.year)
    if figure.kind in ("target", "outcome") and kind != figure.kind:
        return replace(figure, kind=kind, period=meta.plan_year if kind == "target" else meta.year)
    return figure


#: A sentence of a report on part of a year that turns to the rest of it (``展望下半年工作，…确保完成全年
#: 11%左右的…目标``) inside its account: its figures are targets of the year, as its plan part's are
#: (tests/real_aside34 convention 5).
_REST_SENTENCE = re.compile(rf"^(?:展望|谋划|部署)?{REST_OF_YEAR}(?:工作|的工作)?[，,]")


def _rest_of_year(figure: Figure, aim: int) -> Figure:
    if figure.kind == "outcome" and _REST_SENTENCE.match(figure.sentence) and content_role([figure.sentence]) == "plan":
        return replace(figure, kind="target", period=aim)
    return figure


def _lead_break(text: str, lead: str) -> tuple[int, ...]:
    """A lead sentence without its full stop still ends a sentence (``…持续深化与海淀区…``)."""
    if lead and not lead.endswith(("。", "！", "？", "；")):
        at = text.find(lead)
        if at >= 0:
            return (at + len(lead),)
    return ()


__all__ = ["SKIPPED_ROLES", "extract_report"]
