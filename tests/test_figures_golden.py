"""Extraction against the hand-checked golden lists of the real reports.

The golden lists (tests/golden/figures-2023.json, figures-2024-opening.json) were written
by reading each report paragraph by paragraph, not from the extractor's output. A figure
matches on paragraph + value as written + unit; the other fields are scored separately.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED_2023, SEED_2024
from figures_scoring import Score, score

from drafter.figures import extract_report
from drafter.read import read_file
from drafter.structure import parse_report

GOLDEN = Path(__file__).resolve().parent / "golden"


def _score(source: Path, golden: str) -> Score:
    report = parse_report(read_file(source))
    figures = extract_report(report)
    return score(json.loads((GOLDEN / golden).read_text(encoding="utf-8")), figures)


@pytest.fixture(scope="module")
def seed_score() -> Score:
    return _score(SEED_2023, "figures-2023.json")


def test_precision_and_recall_on_the_seed(seed_score: Score) -> None:
    print(seed_score.report())
    assert seed_score.precision >= 0.97, seed_score.report()
    assert seed_score.recall >= 0.97, seed_score.report()


@pytest.mark.parametrize("field", ["kind", "measure", "qualifier", "period", "estimate", "cumulative", "increment", "direction"])
def test_fields_of_matched_figures(seed_score: Score, field: str) -> None:
    assert seed_score.accuracy(field) >= 0.95, "\n".join(seed_score.wrong(field))


def test_indicator_accuracy_is_reported(seed_score: Score) -> None:
    # Indicator names are the hard part; the floor guards against regressions, the
    # printed list is what to read when improving the heuristics.
    print("\n".join(seed_score.wrong("indicator")))
    assert seed_score.accuracy("indicator") >= 0.85, "\n".join(seed_score.wrong("indicator"))


def test_the_2024_opening_reads_right() -> None:
    result = _score(SEED_2024, "figures-2024-opening.json")
    assert result.precision == 1.0 and result.recall == 1.0, result.report()
    for field in ("kind", "measure", "qualifier", "estimate", "indicator"):
        assert result.accuracy(field) == 1.0, "\n".join(result.wrong(field))


def test_dropped_comma_gives_two_figures() -> None:
    figures = extract_report(parse_report(read_file(SEED_2024)))
    gdp, revenue = figures[0], figures[1]
    assert (gdp.indicator, gdp.value, gdp.unit, gdp.qualifier, gdp.estimate) == ("地区生产总值", "3", "%", "about", True)
    assert (gdp.measure, gdp.kind, gdp.period) == ("growth", "outcome", 2024)
    assert (revenue.indicator, revenue.value, revenue.measure, revenue.qualifier) == ("一般公共预算收入", "3.2", "growth", "exact")
    done = next(f for f in figures if f.value == "116.9")
    assert (done.measure, done.indicator, done.unit) == ("completion", "北京项目投资额", "%")
