"""The result of comparing two reports: frozen dataclasses with ``to_dict`` for JSON.

``DiffResult`` is what ``drafter.compare.diff_reports`` returns and what every renderer
(terminal, JSON/CSV, the HTML review page) reads. Its ``to_dict`` is the JSON of
``drafter diff --format json``; the keys of ``targets``, ``unplanned`` and ``changes`` are
the ones issue 4 lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from drafter.labels import (  # noqa: F401  (re-exported: the statuses live in the label table)
    AMBITION_STATUSES,
    CHANGE_LABELS,
    COUNTED_KINDS,
    STATUS_LABELS,
    STATUSES,
    ChangeKind,
    Status,
)
from drafter.model import Figure

AmbitionStatus = Status  # one-year mode's statuses are members of the one Status set
OpKind = Literal["equal", "insert", "delete"]
ParagraphStatus = Literal["equal", "changed", "added", "removed", "moved"]


def decimal_json(value: Decimal | None) -> float | int | None:
    """A Decimal as a JSON number (``116.9``, ``30``), None as null."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


@dataclass(frozen=True)
class FigureRef:
    """One side of a pairing: a target of report A or an outcome of report B.

    indicator: the figure's indicator phrase
    value:     the number as written, None for a qualitative target
    number:    normalized value (Decimal) for computing, None if none
    unit:      unit as written; qualifier: about / at_least / at_most / exact
    text:      the figure's surface text (``30亿元``); sentence: the sentence it stands in
    section:   ``二（一）``-style label; paragraph: paragraph id in its report
    increment / cumulative: 新增… / 累计… figures
    span:      [start, end) of the figure in its paragraph (not in the JSON: ids do that)
    direction: "down" for a fall (``下降3%``), else "up" or ""
    """

    indicator: str
    value: str | None
    number: Decimal | None
    unit: str
    qualifier: str
    sentence: str
    section: str
    paragraph: str = ""
    text: str = ""
    measure: str = ""
    unit_family: str = ""
    increment: bool = False
    cumulative: bool = False
    estimate: bool = False
    span: tuple[int, int] = (0, 0)
    direction: str = ""

    @classmethod
    def of(cls, figure: Figure) -> FigureRef:
        return cls(
            indicator=figure.indicator,
            value=figure.value,
            number=figure.number,
            unit=figure.unit,
            qualifier=figure.qualifier,
            sentence=figure.sentence,
            section=figure.section,
            paragraph=figure.paragraph,
            text=figure.text,
            measure=figure.measure,
            unit_family=figure.unit_family,
            increment=figure.increment,
            cumulative=figure.cumulative,
            estimate=figure.estimate,
            span=figure.span,
            direction=figure.direction,
        )

    def to_dict(self) -> dict[str, Any]:
        """The issue's keys: value, unit, qualifier, sentence, section."""
        return {
            "value": self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "sentence": self.sentence,
            "section": self.section,
        }


@dataclass(frozen=True)
class Evidence:
    """Why a target was paired with an outcome (or with nothing).

    score:   matching score in [0, 1] (1.0 for a pinned pairing)
    reasons: short English tags of what agreed or differed (``indicator 0.83``, ``unit money``)
    note:    a Chinese sentence for the user (why not comparable, what B's silence means)
    target_paragraph / outcome_paragraph: paragraph ids, for linking into the texts
    disagreement: B's stated completion differs from the computed one by more than 0.1 point
    tolerance: the tolerance applied to a 左右 target: a fraction of the target for an
               amount or count, 个百分点 for a rate (see the entry's ``rule``)
    elapsed: 时序进度, the share of the year gone when the outcome is of part of it (50 for
             上半年), in percent; None for a whole year's outcome
    """

    score: float
    reasons: tuple[str, ...] = ()
    note: str = ""
    target_paragraph: str = ""
    outcome_paragraph: str = ""
    disagreement: bool = False
    tolerance: Decimal | None = None
    elapsed: Decimal | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "elapsed": decimal_json(self.elapsed),
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
            "note": self.note,
            "target_paragraph": self.target_paragraph,
            "outcome_paragraph": self.outcome_paragraph,
            "disagreement": self.disagreement,
            "tolerance": decimal_json(self.tolerance),
        }


@dataclass(frozen=True)
class Gap:
    """A signed difference, outcome − target: in 个百分点 for a rate target, in the target's
    unit for a ceiling (negative: under it). ``text`` is how every ledger shows it."""

    value: Decimal
    unit: str

    @property
    def text(self) -> str:
        sign = "+" if self.value > 0 else ""
        return f"{sign}{format(self.value, 'f')}{self.unit}"

    def to_dict(self) -> dict[str, Any]:
        return {"value": decimal_json(self.value), "unit": self.unit}


@dataclass(frozen=True)
class LedgerEntry:
    """One target of report A with what report B says about it.

    completion: outcome / target in percent, rounded to 0.1, for an amount or count target
                only; None for a rate or a ceiling, and where the two are not comparable
    stated_completion: the completion rate report B states itself (``完成全年任务的116.9%``)
    status: see ``drafter.labels.Status``
    pinned: the pairing comes from ``links.yaml`` (confirmed, overridden or forbidden)
    gap: outcome − target for a rate (个百分点) or a ceiling (its unit); None otherwise
    rule: which rule of docs/LEDGER.md judged it (rate, rate_ceiling, ceiling, ratio,
          stated), "" where no figure was judged
    period: the part of the year B's outcome covers (上半年, 前三季度), "" for the whole year:
          an outcome of part of a year is progress (status ``in_progress``), never a verdict
    """

    indicator: str
    target: FigureRef
    outcome: FigureRef | None
    completion: Decimal | None
    stated_completion: Decimal | None
    status: str
    pinned: bool
    evidence: Evidence
    gap: Gap | None = None
    rule: str = ""
    period: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "gap": None if self.gap is None else self.gap.to_dict(),
            "rule": self.rule,
            "indicator": self.indicator,
            "target": self.target.to_dict(),
            "outcome": None if self.outcome is None else self.outcome.to_dict(),
            "completion": decimal_json(self.completion),
            "stated_completion": decimal_json(self.stated_completion),
            "status": self.status,
            "pinned": self.pinned,
            "evidence": self.evidence.to_dict(),
        }


@dataclass(frozen=True)
class Unplanned:
    """An outcome of report B that no target of report A asked for."""

    indicator: str
    outcome: FigureRef

    def to_dict(self) -> dict[str, Any]:
        return {"indicator": self.indicator, **self.outcome.to_dict()}


@dataclass(frozen=True)
class TokenOp:
    """One run of tokens in a paragraph diff: kept, inserted (in B) or deleted (from A).

    kind: for an inserted or deleted run, the kind of the change it belongs to
          (figure_changed, year_rolled, wording, added, removed); "" for a kept run
    """

    op: OpKind
    text: str
    kind: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = {"op": self.op, "text": self.text}
        if self.kind:
            data["kind"] = self.kind
        return data


@dataclass(frozen=True)
class Change:
    """One classified change between the texts.

    kind:    figure_changed, year_rolled, wording, added, removed, moved
    section: where it stands (B's section; A's for removed)
    old/new: the text before and after ("" for added / removed sides)
    paragraph_a / paragraph_b: paragraph ids ("" where a side is absent)
    indicator, old_value, new_value: for figure_changed only
    span_a / span_b: [start, end) character offsets of ``old`` / ``new`` in the paragraph's
             text (in the section title when both paragraph ids are empty); they fall on
             token boundaries, and the ops of the paragraph labelled with this kind inside
             them are this change's deletions and insertions
    """

    kind: ChangeKind
    section: str
    old: str
    new: str
    paragraph_a: str = ""
    paragraph_b: str = ""
    indicator: str = ""
    old_value: str = ""
    new_value: str = ""
    span_a: tuple[int, int] = (0, 0)
    span_b: tuple[int, int] = (0, 0)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "section": self.section,
            "old": self.old,
            "new": self.new,
            "paragraph_a": self.paragraph_a,
            "paragraph_b": self.paragraph_b,
            "span_a": list(self.span_a),
            "span_b": list(self.span_b),
        }
        if self.kind == "figure_changed":
            data.update(indicator=self.indicator, old_value=self.old_value, new_value=self.new_value)
        return data


@dataclass(frozen=True)
class ParagraphDiff:
    """A paragraph of A aligned with one of B (either may be absent) and its token ops.

    a / b: paragraph ids ("" when absent); status: equal, changed, added, removed, moved
    ops:   the token-level diff (for added / removed: one insert / delete run)
    similarity: of the two texts (character bigrams), 0 when a side is absent
    """

    a: str
    b: str
    status: ParagraphStatus
    ops: tuple[TokenOp, ...]
    similarity: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "status": self.status,
            "similarity": round(self.similarity, 3),
            "ops": [op.to_dict() for op in self.ops],
        }


@dataclass(frozen=True)
class SectionDiff:
    """A section (part-level text or a chapter) of A aligned with one of B.

    section_a / section_b: ``二（三）``-style labels ("" when absent)
    title_a / title_b: headings; moved: the chapter changed its place among its peers
    paragraphs: in B's order, removed paragraphs where they stood in A
    title_ops: the headings' token diff when both exist and differ, else empty
    """

    section_a: str
    section_b: str
    title_a: str
    title_b: str
    moved: bool
    paragraphs: tuple[ParagraphDiff, ...]
    title_ops: tuple[TokenOp, ...] = ()

    @property
    def section(self) -> str:
        return self.section_b or self.section_a

    def to_dict(self) -> dict[str, Any]:
        return {
            "section_a": self.section_a,
            "section_b": self.section_b,
            "title_a": self.title_a,
            "title_b": self.title_b,
            "moved": self.moved,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            **({"title_ops": [op.to_dict() for op in self.title_ops]} if self.title_ops else {}),
        }


@dataclass(frozen=True)
class Side:
    """Which report a side of the diff is: year, region, whether it is an excerpt, its title."""

    year: int
    region: str
    excerpt: bool
    title: str = ""
    source: str = ""  # "archive" or the file path it was read from
    period: str = ""  # the part of the year a report covers (上半年, 前三季度), "" for the whole year

    @property
    def label(self) -> str:
        """``2015 年`` / ``2015年上半年``: how every view names the side's time."""
        from drafter.periods import label

        return label(self.year, self.period)

    @property
    def target_year(self) -> int:
        """The year this side's report sets targets for: Y+1, or its own year Y for a report on
        part of a year (its rest-of-year part, 下半年工作安排: ``确保全年…``)."""
        from drafter.periods import target_year

        return target_year(self.year, self.period)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "period": self.period,
            "year": self.year,
            "region": self.region,
            "excerpt": self.excerpt,
            "title": self.title,
            "source": self.source,
        }
        if self.period:  # a report on part of a year: its targets are of its own year
            out["target_year"] = self.target_year
        return out


@dataclass(frozen=True)
class DiffResult:
    """Everything ``drafter diff`` reports.

    mode: "pair" (targets of A for A+1 against outcomes of B) or "single" (``drafter diff
          2023``: the report's next-year targets beside its own outcomes; statuses are then
          ``AmbitionStatus`` and ``completion`` is target / outcome in percent). A report on part
          of a year sets targets for its own year (``Side.target_year``): in single mode they
          stand beside its outcomes to date as progress (``in_progress``), as in pair mode
    targets: the ledger, in A's document order
    unplanned: outcomes of B no target asked for (empty in single mode)
    changes: classified text changes, in B's document order (empty in single mode)
    sections: aligned sections with per-token ops (for the HTML review page)
    """

    mode: Literal["pair", "single"]
    a: Side
    b: Side
    tolerance: Decimal
    targets: tuple[LedgerEntry, ...]
    unplanned: tuple[Unplanned, ...]
    changes: tuple[Change, ...]
    sections: tuple[SectionDiff, ...]
    tolerance_points: Decimal  # 个百分点 for 左右 rates (``tolerance`` is for amounts and counts)

    @property
    def ambition(self) -> bool:
        """One-year mode on a year's report: next year's targets beside this year's outcomes
        (目标提高/持平/降低). One-year mode on a report on part of a year is no such thing: its
        targets are of its own year, set beside its outcomes to date as progress."""
        return self.mode == "single" and not self.a.period

    def counts(self) -> dict[str, int]:
        """Number of ledger entries per status, statuses with none left out."""
        out: dict[str, int] = {}
        for entry in self.targets:
            out[entry.status] = out.get(entry.status, 0) + 1
        return out

    def change_counts(self) -> dict[str, int]:
        """Number of text changes per kind, in the label table's order, kinds with none left out.
        The one count every view shows: a headline total is the sum over ``COUNTED_KINDS``."""
        out = {kind: 0 for kind in CHANGE_LABELS}
        for change in self.changes:
            out[change.kind] = out.get(change.kind, 0) + 1
        return {k: n for k, n in out.items() if n}

    def change_total(self) -> int:
        """Text changes a reviewer must read: every kind but the expected rolled years."""
        return sum(n for k, n in self.change_counts().items() if k in COUNTED_KINDS)

    def to_dict(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "tolerance_points": decimal_json(self.tolerance_points),
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "tolerance": decimal_json(self.tolerance),
            "summary": dict(sorted(self.counts().items())),
            "targets": [t.to_dict() for t in self.targets],
            "unplanned": [u.to_dict() for u in self.unplanned],
            "changes": [c.to_dict() for c in self.changes],
            "sections": [s.to_dict() for s in self.sections],
        }
