"""Compare two reports: the target ledger (targets of A against outcomes of B) and the
text changes (sections aligned by similarity, paragraphs diffed word by word).

    from drafter.compare import diff_reports
    result = diff_reports(report_2023, report_2024)
    result.targets      # ledger entries, each with status, completion and evidence
    result.to_dict()    # the JSON of ``drafter diff --format json``

Nothing here imports jieba: the words come from ``Paragraph.tokens``, computed at ingest.
"""

from __future__ import annotations

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

__all__ = [
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
