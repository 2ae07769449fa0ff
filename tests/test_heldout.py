"""drafter on a held-out set: four reports written before anyone looked at drafter's code.

``tests/heldout/<name>.txt`` are plan reports in styles unlike each other and unlike the
corpus (a prefecture-level city, a county with a 三、 part for tasks, a 新区 full of
investment figures with 一是…二是…, a messy coastal web copy); ``<name>.expected.json``
was written by hand from the text, in the format of ``tests/corpus`` (see
``tests/heldout/README.md`` for how it was made and every adjudication since).
Scored exactly like the corpus: outline exact, figures matched on paragraph + value as
written + unit, precision and recall at least 0.95, then per-field accuracy.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from figures_scoring import FIELDS, Score, score
from test_corpus import outline_of

from drafter.figures import extract_report
from drafter.model import Report
from drafter.read import read_file
from drafter.structure import parse_report

HELDOUT = Path(__file__).resolve().parent / "heldout"
NAMES = sorted(p.name.removesuffix(".expected.json") for p in HELDOUT.glob("*.expected.json"))


def _expected(name: str) -> dict[str, Any]:
    return json.loads((HELDOUT / f"{name}.expected.json").read_text(encoding="utf-8"))


def _report(name: str) -> Report:
    return parse_report(read_file(HELDOUT / f"{name}.txt"))


def test_heldout_set_is_whole() -> None:
    assert len(NAMES) == 4
    for name in NAMES:
        lines = (HELDOUT / f"{name}.txt").read_bytes().count(b"\n")
        assert 50 <= lines <= 120, (name, lines)


@pytest.mark.parametrize("name", NAMES)
def test_outline(name: str) -> None:
    expected = _expected(name)
    got = outline_of(_report(name))
    for key in ("meta", "coverage", "closing", "parts"):
        assert got[key] == expected[key], key


@pytest.fixture(scope="module")
def heldout_score() -> Score:
    golden: list[dict[str, Any]] = []
    figures = []
    for name in NAMES:
        golden += [{**g, "paragraph": f"{name}:{g['paragraph']}"} for g in _expected(name)["figures"]]
        figures += [replace(f, paragraph=f"{name}:{f.paragraph}") for f in extract_report(_report(name))]
    return score(golden, figures)


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
