"""Round trip: draft from the real 2023 report, ingest the .docx, get the intended outline back.

This crosses the whole pipeline (archive → draft → .docx writer → .docx reader → structure →
figures); a failure here names the blocks or figures that differ.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from conftest import EXAMPLES

from drafter.app import make_draft

FIGURES_2024 = EXAMPLES / "figures-2024.yaml"


@pytest.fixture(scope="module")
def round_trip(seeded_archive: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from drafter.ingest import ingest_file

    folder = tmp_path_factory.mktemp("roundtrip")
    docx = folder / "draft-2024.docx"
    drafted = make_draft(seeded_archive, 2024, docx, FIGURES_2024)
    report = ingest_file(docx, folder / "archive", region="天津市河北区").report
    return drafted.document, report


def test_outline_comes_back(round_trip) -> None:  # type: ignore[no-untyped-def]
    document, report = round_trip
    assert (report.meta.year, report.meta.plan_year) == (2024, 2025)
    assert [p.role for p in report.parts] == ["execution", "plan"]
    headings = [b.text for b in document.blocks if b.kind == "heading2"]
    half = len(headings) // 2
    for part, expected in zip(report.parts, (headings[:half], headings[half:]), strict=True):
        got = [f"{c.label}{c.title}" for c in part.chapters]
        assert got == expected, f"part {part.number}: chapters differ: {set(expected) ^ set(got)}"


def test_every_lead_sentence_comes_back(round_trip) -> None:  # type: ignore[no-untyped-def]
    document, report = round_trip
    drafted = [b.runs[0].text for b in document.blocks if b.kind == "body" and b.runs[0].bold]
    parsed = [p.lead for _, _, p in report.paragraphs() if p.lead]
    assert drafted, "the draft has lead sentences"
    assert parsed == drafted, f"leads differ: {[x for x in drafted if x not in parsed][:5]}"


@pytest.mark.parametrize(
    ("indicator", "value", "unit"),
    [
        ("地区生产总值", "3", "%"),
        ("一般公共预算收入", "3.2", "%"),
        ("北京项目投资额", "35.08", "亿元"),
        ("北京新设机构", "51", "家"),
    ],
)
def test_filled_figures_come_back(round_trip, indicator: str, value: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    _, report = round_trip
    outcomes = [f for f in report.figures if f.kind == "outcome" and f.section.startswith("一")]
    # the indicator phrase may come back trimmed (北京新设机构 → 设机构: 新 read as a verb)
    found = [
        f
        for f in outcomes
        if f.unit == unit and f.indicator and (indicator in f.indicator or f.indicator in indicator)
    ]
    assert found, (
        f"{indicator} {value}{unit} not extracted; outcomes: {[(f.indicator, f.value, f.unit) for f in outcomes][:8]}"
    )
    assert Decimal(found[0].value) == Decimal(value)


def test_figures_archive_lands_the_real_2024_figures(seeded_archive: Path) -> None:
    """--figures archive on the real reports: the public 2024 outcomes answer the 2023 targets,
    with the completion and growth the 2024 report itself states (116.9%, 2.6%)."""
    result = make_draft(seeded_archive, 2024, None, "archive")
    text = "\n".join(result.document.text_lines())
    assert "地区生产总值同比增长3%左右" in text
    assert "一般公共预算收入同比增长3.2%" in text
    assert "实现北京项目投资额35.08亿元，完成全年任务的116.9%，同比增长2.6%" in text
    assert "北京新设机构" in text and "51家" in text
    assert result.filled >= 3


def test_every_target_of_2023_is_answered_or_marked(seeded_archive: Path) -> None:
    """Part 一 accounts for every target report 2023 set: each slot is filled or a 【待填】 gap."""
    result = make_draft(seeded_archive, 2024, None, FIGURES_2024)
    blocks = result.document.blocks
    part_two = next(
        i for i, b in enumerate(blocks) if b.kind == "heading1" and b.text.startswith("二、")
    )
    part_one = "".join(b.text for b in blocks[:part_two])
    gaps = (
        part_one.count("【待填：") - part_one.count("【待填：执行情况】") - 1
    )  # minus the date slot
    assert gaps + result.filled == len(result.slots)
