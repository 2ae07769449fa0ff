"""The slots of a draft: one per target figure in the plan part of report YEAR-1.

A slot is what the writer must answer for year YEAR: the outcome of a target that report
YEAR-1 set, and the new target for YEAR+1. Its id is derived from where the target stands
and what it measures (``二（一）·北京项目投资额``), so it is the same every time the same
report is drafted from, and a sheet filled last week still fits.

Last year's outcome beside each target comes from the ledger in one-year mode
(``drafter diff YEAR-1``): the one pairing of targets with outcomes, never a matcher of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from drafter.compare.result import FigureRef, LedgerEntry
from drafter.model import Figure, Report

#: How a qualifier reads in a sheet and in a sentence.
QUALIFIER_WORDS = {"about": "左右", "at_least": "以上", "at_most": "以下", "exact": ""}


@dataclass(frozen=True)
class Slot:
    """One target of report YEAR-1 to be answered in the draft of report YEAR.

    id:           stable id, ``section·indicator`` (``·2`` appended for a repeat)
    section:      where the target stands in report YEAR-1 (``二（一）``, ``二`` for the main targets)
    indicator:    what it measures (``北京项目投资额``)
    unit:         unit as written (``亿元``, ``%``); "" for a qualitative target
    unit_family:  the unit's family (money, percent, count …)
    measure:      amount, growth, share, count, … (see ``drafter.model.Measure``)
    qualifier:    about, at_least, at_most, exact
    target:       the target as written in report YEAR-1 (``30亿元``, ``4.5%左右``)
    target_value: the target's number as written, as a Decimal (``30``), or None
    last_outcome: report YEAR-1's outcome for the same indicator (``34.2亿元``), or ""
    last_value:   that outcome's number, or None
    paragraph:    id of the paragraph of report YEAR-1 holding the target
    span:         the target's [start, end) in that paragraph's text
    sentence:     the sentence of report YEAR-1 holding the target
    scope:        新增 or 累计 where the target counts an increment or a running total, else ""
    last_scope:   the same of last year's outcome
    written:      the target as it stands at ``span`` (``亿元`` of 税收过亿元, whose ``target``
                  reads ``1亿元`` as every ledger shows it); "" when the same as ``target``
    """

    id: str
    section: str
    indicator: str
    unit: str
    unit_family: str
    measure: str
    qualifier: str
    target: str
    target_value: Decimal | None
    last_outcome: str = ""
    last_value: Decimal | None = None
    paragraph: str = ""
    span: tuple[int, int] = (0, 0)
    sentence: str = ""
    scope: str = ""
    last_scope: str = ""
    written: str = ""

    @property
    def as_written(self) -> str:
        """The target as it stands in report YEAR-1's text."""
        return self.written or self.target

    @property
    def qualitative(self) -> bool:
        return self.measure == "qualitative" or self.target_value is None

    @property
    def qualifier_word(self) -> str:
        return QUALIFIER_WORDS.get(self.qualifier, "")


def figure_value(figure: Figure | FigureRef) -> Decimal | None:
    """The figure's number as written (``35.08`` for ``35.08亿元``), or None; a report's
    figure or a ledger's alike."""
    if figure.value is None:
        return None
    try:
        return Decimal(figure.value.replace(",", "").replace("，", ""))
    except InvalidOperation:
        pass
    if figure.number is not None and not figure.unit.startswith(("万", "亿")):
        return figure.number
    return None


#: A ledger figure's number as written: the same reading.
ref_value = figure_value


#: One-year statuses under which the ledger judged a target against last year's outcome.
JUDGED_AMBITION = ("raised", "held", "lowered")


def scope_word(ref: Figure | FigureRef) -> str:
    """How the report words the figure's scope, for a sentence that keeps it: 新增 (an
    increment), 累计 (a running total written so), 总数 (a total: ``纳统企业总数达到612家``),
    "" (a plain figure)."""
    if ref.increment:
        return "新增"
    if ref.cumulative:
        return "累计" if "累计" in ref.sentence else "总数"
    return ""


def derive_slots(report: Report, entries: tuple[LedgerEntry, ...] | None = None) -> tuple[Slot, ...]:
    """Every target figure of the report's plan part(s) as a slot, in document order.

    entries: the report's one-year ledger (``drafter.compare.ledger_entries(report)``),
             computed here when not given; it gives each target last year's outcome
    """
    numbers = [p.number for p in report.parts_of("plan")]
    if not numbers:
        return ()
    if entries is None:
        from drafter.compare import ledger_entries

        entries = ledger_entries(report)
    last = {
        (e.target.paragraph, e.target.span): e.outcome
        for e in entries
        if e.outcome is not None and e.status in JUDGED_AMBITION
    }
    order = {p.id: p.index for _, _, p in report.paragraphs()}
    targets = [
        f for f in report.figures if f.kind == "target" and any(_in_part(f, n) for n in numbers)
    ]
    targets.sort(key=lambda f: (order.get(f.paragraph, 1 << 30), f.span))
    slots: list[Slot] = []
    seen: dict[str, int] = {}
    for figure in targets:
        base = f"{figure.section}·{figure.indicator}"
        seen[base] = seen.get(base, 0) + 1
        slot_id = base if seen[base] == 1 else f"{base}·{seen[base]}"
        slots.append(_slot(slot_id, figure, last.get((figure.paragraph, figure.span))))
    return tuple(slots)


def _in_part(figure: Figure, number: str) -> bool:
    return figure.section == number or figure.section.startswith(f"{number}（")


def _slot(slot_id: str, figure: Figure, outcome: FigureRef | None) -> Slot:
    written = figure.text or f"{figure.value or ''}{figure.unit}"
    unit, target, value = figure.unit, written, figure_value(figure)
    if figure.value in _SCALE_WORDS:  # 税收过亿元: the scale word alone is one of it (1亿元)
        unit, target, value = figure.value + figure.unit, "1" + written, Decimal(1)
    return Slot(
        id=slot_id,
        section=figure.section,
        indicator=figure.indicator,
        unit=unit,
        unit_family=figure.unit_family,
        measure=figure.measure,
        qualifier=figure.qualifier,
        target=target,
        target_value=value,
        last_outcome="" if outcome is None else (outcome.text or f"{outcome.value}{outcome.unit}"),
        last_value=None if outcome is None or outcome.unit != unit else ref_value(outcome),
        paragraph=figure.paragraph,
        span=figure.span,
        sentence=figure.sentence,
        scope=scope_word(figure),
        last_scope="" if outcome is None else scope_word(outcome),
        written="" if written == target else written,
    )


#: A figure written as its scale word alone (``过亿元``, ``超万人``): the number is one of it.
_SCALE_WORDS = ("万", "亿")


__all__ = ["QUALIFIER_WORDS", "Slot", "derive_slots", "figure_value", "ref_value", "scope_word"]
