"""Every hand-checked report set (see ``report_sets``) against the same bars."""

from __future__ import annotations

import pytest
from figures_scoring import FIELDS
from report_sets import SETS, expected, names, outline_of, report, set_score

CASES = [(s, n) for s in SETS for n in names(s)]


@pytest.mark.parametrize(("name_of_set", "name"), CASES)
def test_outline(name_of_set: str, name: str) -> None:
    want = expected(name_of_set, name)
    got = outline_of(report(name_of_set, name))
    for key in ("meta", "coverage", "closing", "parts"):
        assert got[key] == want[key], key


@pytest.mark.parametrize("name_of_set", SETS)
def test_precision_and_recall(name_of_set: str) -> None:
    score = set_score(name_of_set)
    print(score.report())
    assert score.precision >= 0.95, score.report()
    assert score.recall >= 0.95, score.report()


@pytest.mark.parametrize("field", [f for f in FIELDS if f != "indicator"])
@pytest.mark.parametrize("name_of_set", SETS)
def test_fields(name_of_set: str, field: str) -> None:
    score = set_score(name_of_set)
    assert score.accuracy(field) >= 0.95, "\n".join(score.wrong(field))


@pytest.mark.parametrize("name_of_set", SETS)
def test_indicator_accuracy(name_of_set: str) -> None:
    score = set_score(name_of_set)
    print("\n".join(score.wrong("indicator")))
    assert score.accuracy("indicator") >= 0.85, "\n".join(score.wrong("indicator"))
