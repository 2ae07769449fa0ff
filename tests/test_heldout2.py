"""drafter on a second held-out set: four reports written before anyone looked at drafter.

``tests/heldout2/`` holds a western county (plain text, agriculture and poverty-alleviation
figures), a north-eastern old industrial district (half-width web punctuation, part 二 split
into 主要预期目标 with a numbered list and 重点任务), a county-level city delivered as a Word
file (made by ``make_taishui_docx.py``: heading styles, bold leads, a table of main targets)
and a municipal district saved as an HTML page of a non-TRS CMS. Each ``<name>.expected.json``
was written by hand (see ``tests/heldout2/README.md``). The .docx and .html go through the
real readers. Scored exactly like the corpus: outline exact, figures matched on paragraph +
value as written + unit, precision and recall at least 0.95, then per-field accuracy.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from figures_scoring import FIELDS, Score, score_reports
from test_corpus import outline_of

from drafter.figures import extract_report
from drafter.model import Report
from drafter.read import read_file
from drafter.structure import parse_report

HELDOUT = Path(__file__).resolve().parent / "heldout2"
NAMES = sorted(p.name.removesuffix(".expected.json") for p in HELDOUT.glob("*.expected.json"))


def _source(name: str) -> Path:
    return next(p for p in HELDOUT.iterdir() if p.name.startswith(name + ".") and not p.name.endswith(".json"))


def _expected(name: str) -> dict[str, Any]:
    return json.loads((HELDOUT / f"{name}.expected.json").read_text(encoding="utf-8"))


def _report(name: str) -> Report:
    return parse_report(read_file(_source(name)))


def test_heldout_set_is_whole() -> None:
    assert len(NAMES) == 4
    assert sorted(_source(n).suffix for n in NAMES) == [".docx", ".html", ".txt", ".txt"]


@pytest.mark.parametrize("name", NAMES)
def test_outline(name: str) -> None:
    expected = _expected(name)
    got = outline_of(_report(name))
    for key in ("meta", "coverage", "closing", "parts"):
        assert got[key] == expected[key], key


@pytest.fixture(scope="module")
def heldout_score() -> Score:
    return score_reports(
        [(name, _expected(name)["figures"], extract_report(_report(name))) for name in NAMES]
    )


def test_precision_and_recall(heldout_score: Score) -> None:
    print(heldout_score.report())
    assert heldout_score.precision >= 0.95, heldout_score.report()
    assert heldout_score.recall >= 0.95, heldout_score.report()


@pytest.mark.parametrize("field", [f for f in FIELDS if f != "indicator"])
def test_fields(heldout_score: Score, field: str) -> None:
    assert heldout_score.accuracy(field) >= 0.95, "\n".join(heldout_score.wrong(field))


def test_indicator_accuracy(heldout_score: Score) -> None:
    print("\n".join(heldout_score.wrong("indicator")))
    assert heldout_score.accuracy("indicator") >= 0.85, "\n".join(heldout_score.wrong("indicator"))
