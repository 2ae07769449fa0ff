"""`drafter figures`: every format, the --kind filter, and the error path."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from conftest import SEED_2023

from drafter.figures import extract_report
from drafter.ingest import ingest_file
from drafter.read import read_file
from drafter.render.figures import CSV_COLUMNS
from drafter.structure import parse_report

KEYS = {"indicator", "value", "number", "unit", "kind", "measure", "qualifier", "estimate", "cumulative", "period",
        "section", "paragraph", "span", "sentence"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    ingest_file(SEED_2023, root)
    return root


def test_json_lists_every_figure(run: Callable[..., Result], archive: Path) -> None:
    result = run("figures", "2023", "--format", "json", "--archive", archive)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    expected = extract_report(parse_report(read_file(SEED_2023)))
    assert len(rows) == len(expected)
    assert KEYS <= set(rows[0])
    first = rows[0]
    assert (first["indicator"], first["value"], first["number"], first["unit"]) == ("地区生产总值", "3", "3", "%")
    assert (first["kind"], first["qualifier"], first["estimate"], first["period"]) == ("outcome", "about", True, 2023)


def test_kind_filter_and_csv(run: Callable[..., Result], archive: Path) -> None:
    result = run("figures", "2023", "--kind", "目标", "--format", "csv", "--archive", archive)
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbf"), "a BOM, so Chinese Excel reads UTF-8"
    assert b"\r\n" in result.stdout_bytes
    rows = list(csv.DictReader(io.StringIO(result.stdout[1:])))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows and {r["类型"] for r in rows} == {"目标"}
    assert {r["年度"] for r in rows} == {"2024"}
    bj = next(r for r in rows if r["指标"] == "北京项目投资额")
    assert (bj["数值"], bj["单位"], bj["折算值"], bj["限定词"]) == ("30", "亿元", "3000000000", "不低于")
    assert bj["段落"] == "二（一）第2段"
    english = run("figures", "2023", "--kind", "target", "--format", "csv", "--archive", archive)
    assert english.stdout == result.stdout, "the program names of --kind still work"


def test_table_groups_by_section(run: Callable[..., Result], archive: Path) -> None:
    result = run("figures", "2023", "--archive", archive)
    assert result.exit_code == 0, result.output
    assert result.stdout.index("一（一）") < result.stdout.index("二（二）")
    assert "北京项目投资额" in result.stdout and "30亿元" in result.stdout


def test_output_is_deterministic(run: Callable[..., Result], archive: Path) -> None:
    a = run("figures", "2023", "--format", "json", "--archive", archive).stdout
    b = run("figures", "2023", "--format", "json", "--archive", archive).stdout
    assert a == b


def test_missing_year_is_a_user_error(run: Callable[..., Result], archive: Path) -> None:
    result = run("figures", "2030", "--archive", archive)
    assert result.exit_code == 2
    assert "2030" in result.stderr and result.stdout == ""


def test_help(run: Callable[..., Result]) -> None:
    result = run("figures", "--help")
    assert result.exit_code == 0 and "示例：" in result.output


def test_table_names_kinds_from_the_label_table(run: Callable[..., Result], archive: Path) -> None:
    """An outcome is 实绩 in the table, as every renderer calls it (drafter.labels)."""
    from drafter.labels import FIGURE_KIND_LABELS

    result = run("figures", "2023", "--archive", archive, "--kind", "outcome")
    assert result.exit_code == 0, result.output
    assert f"2023{FIGURE_KIND_LABELS['outcome']}" in result.stdout and "2023完成" not in result.stdout
