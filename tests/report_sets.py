"""Sets of hand-checked reports drafter was not tuned on, scored one way.

A set is a folder of reports (``<name>.txt|.docx|.html``) each with ``<name>.expected.json``
written by hand: the outline and every figure (see each folder's README). ``tests/corpus``
was written and then tuned for; ``tests/heldout`` and ``tests/heldout2`` were written before
their authors read drafter's code, and their READMEs keep the first, honest measurement.
Every set is held to the same bars: outline exact; figure precision and recall ≥ 0.95
(matched on paragraph + value as written + unit); each other field ≥ 0.95; indicator ≥ 0.85.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from figures_scoring import Score, score_reports

from drafter.figures import extract_report
from drafter.model import Paragraph, Report
from drafter.read import read_file
from drafter.structure import parse_report

TESTS = Path(__file__).resolve().parent
SETS = ("corpus", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
META_FIELDS = ("region", "year", "plan_year", "title", "speaker", "speaker_title", "delivered", "meeting", "published", "issuer")


def names(name_of_set: str) -> list[str]:
    folder = TESTS / name_of_set
    return sorted(p.name.removesuffix(".expected.json") for p in folder.glob("*.expected.json"))


def source(name_of_set: str, name: str) -> Path:
    folder = TESTS / name_of_set
    return next(p for p in folder.iterdir() if p.name.startswith(name + ".") and not p.name.endswith(".json"))


def expected(name_of_set: str, name: str) -> dict[str, Any]:
    return json.loads((TESTS / name_of_set / f"{name}.expected.json").read_text(encoding="utf-8"))


@cache
def report(name_of_set: str, name: str) -> Report:
    """The report parsed through the real reader for its format (.txt, .docx, .html)."""
    return parse_report(read_file(source(name_of_set, name)))


@cache
def set_score(name_of_set: str) -> Score:
    return score_reports(
        [
            (name, expected(name_of_set, name)["figures"], extract_report(report(name_of_set, name)))
            for name in names(name_of_set)
        ]
    )


def _para(p: Paragraph) -> str:
    """One paragraph as the expected outline writes it: its lead, or its role for the rest."""
    if p.role in ("heading3", "table", "chapter_intro"):
        return f"〔{p.role}〕{p.text if p.role == 'heading3' else ''}"
    return (f"{p.number}." if p.number else "") + p.lead


def outline_of(report: Report) -> dict[str, Any]:
    meta = {f: getattr(report.meta, f) for f in META_FIELDS}
    parts = [
        {
            "number": part.number,
            "role": part.role,
            "title": part.title,
            "paragraphs": [p.role for p in part.paragraphs],
            "chapters": [
                {"number": c.number, "title": c.title, "paragraphs": [_para(p) for p in c.paragraphs]}
                for c in part.chapters
            ],
        }
        for part in report.parts
    ]
    coverage = {"excerpt": report.coverage.excerpt, "truncated": report.coverage.truncated}
    return {"meta": meta, "coverage": coverage, "closing": len(report.closing), "parts": parts}
