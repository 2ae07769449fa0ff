"""drafter on reports it was not tuned on: a genre corpus of other districts and years.

Each ``tests/corpus/<name>.txt`` is a plan report written for this test in the genre's
real variety (layouts, chrome, dropped punctuation, GBK, excerpts); beside it,
``<name>.expected.json`` holds the hand-written outline and the hand-checked figures.
The outline must match exactly; figure precision and recall over the whole corpus must
stay at or above 0.95 (matched on paragraph + value as written + unit, as for the seed).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from figures_scoring import FIELDS, Score, score_reports

from drafter.figures import extract_report
from drafter.model import Paragraph, Report
from drafter.read import read_file
from drafter.structure import parse_report

CORPUS = Path(__file__).resolve().parent / "corpus"
NAMES = sorted(p.name.removesuffix(".expected.json") for p in CORPUS.glob("*.expected.json"))
META_FIELDS = ("region", "year", "plan_year", "title", "speaker", "speaker_title", "delivered", "meeting", "published", "issuer")


def _source(name: str) -> Path:
    return next(p for p in CORPUS.iterdir() if p.name.startswith(name + ".") and not p.name.endswith(".json"))


def _expected(name: str) -> dict[str, Any]:
    return json.loads((CORPUS / f"{name}.expected.json").read_text(encoding="utf-8"))


def _report(name: str) -> Report:
    return parse_report(read_file(_source(name)))


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


@pytest.mark.parametrize("name", NAMES)
def test_outline(name: str) -> None:
    expected = _expected(name)
    got = outline_of(_report(name))
    for key in ("meta", "coverage", "closing", "parts"):
        assert got[key] == expected[key], key


@pytest.fixture(scope="module")
def corpus_score() -> Score:
    return score_reports(
        [(name, _expected(name)["figures"], extract_report(_report(name))) for name in NAMES]
    )



def test_corpus_has_the_genre_variety() -> None:
    assert 6 <= len(NAMES) <= 8
    for name in NAMES:
        lines = _source(name).read_bytes().count(b"\n")
        assert 60 <= lines <= 200, (name, lines)


def test_precision_and_recall_over_the_corpus(corpus_score: Score) -> None:
    print(corpus_score.report())
    assert corpus_score.precision >= 0.95, corpus_score.report()
    assert corpus_score.recall >= 0.95, corpus_score.report()


@pytest.mark.parametrize("field", [f for f in FIELDS if f != "indicator"])
def test_fields_over_the_corpus(corpus_score: Score, field: str) -> None:
    assert corpus_score.accuracy(field) >= 0.95, "\n".join(corpus_score.wrong(field))


def test_indicator_accuracy_over_the_corpus(corpus_score: Score) -> None:
    print("\n".join(corpus_score.wrong("indicator")))
    assert corpus_score.accuracy("indicator") >= 0.85, "\n".join(corpus_score.wrong("indicator"))
