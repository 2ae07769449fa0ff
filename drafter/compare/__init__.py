"""Compare two reports: the target ledger (targets of A against outcomes of B) and the
text changes (sections aligned by similarity, paragraphs diffed word by word).

    from drafter.compare import diff_reports
    result = diff_reports(report_2023, report_2024)
    result.targets      # ledger entries, each with status, completion and evidence
    result.to_dict()    # the JSON of ``drafter diff --format json``

Nothing here imports jieba: the words come from ``Paragraph.tokens``, computed at ingest.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from drafter.compare.changes import find_changes
from drafter.compare.ledger import DEFAULT_TOLERANCE, build_ledger
from drafter.compare.links import Link, load_links
from drafter.compare.result import (
    AMBITION_STATUSES,
    STATUSES,
    Change,
    DiffResult,
    Evidence,
    FigureRef,
    LedgerEntry,
    ParagraphDiff,
    SectionDiff,
    Side,
    TokenOp,
    Unplanned,
)
from drafter.compare.text import Tokenizer
from drafter.errors import InputError
from drafter.model import Report


def _side(report: Report, source: str) -> Side:
    return Side(report.year, report.meta.region, report.coverage.excerpt, report.meta.title, source)


def diff_reports(
    a: Report,
    b: Report | None = None,
    *,
    links: Iterable[Link] | None = None,
    tolerance: Decimal = DEFAULT_TOLERANCE,
    tokenizer: Tokenizer | None = None,
    sources: tuple[str, str] = ("archive", "archive"),
) -> DiffResult:
    """Compare report ``a`` with report ``b``: the target ledger and the text changes.

    b:         the later report; None (or ``a`` itself) for one-year mode, which sets a's
               targets for the next year beside its own outcomes
    links:     pins from ``links.yaml`` (see ``drafter.compare.links``)
    tolerance: relative tolerance for 左右 targets (0.05: 4.5%左右 is met by 4.275–4.725)
    tokenizer: for paragraphs without stored tokens (default: a jieba-free fallback)
    sources:   how each side was obtained ("archive" or a file path), for the output
    """
    if tolerance < 0:
        raise InputError("容差不能为负数", f"给出的是 {tolerance}", "请给出 0 到 1 之间的小数，例如 0.05")
    single = b is None or b is a
    later = a if single else b
    assert later is not None
    targets, unplanned = build_ledger(a, later, links=links or (), tolerance=tolerance)
    sections: tuple[SectionDiff, ...] = ()
    changes: tuple[Change, ...] = ()
    if not single:
        sections, changes = find_changes(a, later, tokenizer)
    return DiffResult(
        mode="single" if single else "pair",
        a=_side(a, sources[0]),
        b=_side(later, sources[1] if not single else sources[0]),
        tolerance=tolerance,
        targets=targets,
        unplanned=unplanned,
        changes=changes,
        sections=sections,
    )


__all__ = [
    "DEFAULT_TOLERANCE",
    "Link",
    "diff_reports",
    "load_links",
    "AMBITION_STATUSES",
    "STATUSES",
    "Change",
    "DiffResult",
    "Evidence",
    "FigureRef",
    "LedgerEntry",
    "ParagraphDiff",
    "SectionDiff",
    "Side",
    "TokenOp",
    "Unplanned",
]
