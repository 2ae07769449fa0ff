"""``drafter export``: four tables with every figure and every ledger row."""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import Result

from drafter.archive import Archive


@pytest.fixture(scope="module")
def root(six_years: tuple[Path, Result]) -> Path:
    return six_years[0]


def test_sqlite_has_every_figure_and_ledger_row(run, root: Path, tmp_path: Path) -> None:
    out = tmp_path / "档案.sqlite"
    result = run("export", "-o", out, "--archive", root)
    assert result.exit_code == 0, result.output
    db = sqlite3.connect(out)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"reports", "paragraphs", "figures", "targets"}
    store = Archive(root)
    reports = [store.load(y) for y in store.years("天津市安和区")]
    assert db.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == 6
    assert db.execute("SELECT COUNT(*) FROM figures").fetchone()[0] == sum(len(r.figures) for r in reports)
    assert db.execute("SELECT COUNT(*) FROM paragraphs").fetchone()[0] == sum(1 for r in reports for _ in r.paragraphs())
    for year in range(2018, 2023):
        diff = json.loads(run("diff", str(year), str(year + 1), "--format", "json", "--archive", root).stdout)
        rows = db.execute(
            "SELECT indicator, status, completion FROM targets WHERE target_year = ? ORDER BY rowid", (year,)
        ).fetchall()
        assert rows == [(t["indicator"], t["status"], t["completion"]) for t in diff["targets"]]
    gdp = db.execute(
        "SELECT outcome_year, status FROM targets WHERE indicator = '地区生产总值' ORDER BY outcome_year"
    ).fetchall()
    assert gdp == [(2019, "met"), (2020, "missed"), (2021, "exceeded"), (2022, "met"), (2023, "missed")]


def test_csv_folder_for_excel(run, root: Path, tmp_path: Path) -> None:
    out = tmp_path / "表格"
    assert run("export", "--format", "csv", "-o", out, "--archive", root).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["figures.csv", "paragraphs.csv", "reports.csv", "targets.csv"]
    text = (out / "targets.csv").read_text(encoding="utf-8")
    assert text.startswith("\ufeff地区,目标所在报告年度,实绩所在报告年度,指标")
    rows = list(csv.reader(text.lstrip("\ufeff").splitlines()))
    assert any(r[3] == "地区生产总值" and r[16] == "未完成" for r in rows[1:])
    again = run("export", "--format", "csv", "-o", out, "--archive", root)
    assert again.exit_code == 2 and "已存在" in again.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert run("export", "--format", "csv", "-o", out, "--archive", root, "--force").exit_code == 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # same archive, same bytes


def test_force_never_replaces_a_foreign_folder(run, root: Path, tmp_path: Path) -> None:
    mine = tmp_path / "我的文件"
    mine.mkdir()
    (mine / "论文.docx").write_bytes(b"x")
    result = run("export", "--format", "csv", "-o", mine, "--archive", root, "--force")
    assert result.exit_code == 2 and "不是以前导出的" in result.stderr
    assert (mine / "论文.docx").read_bytes() == b"x"


def test_force_never_replaces_a_foreign_file_with_sqlite(run, root: Path, tmp_path: Path) -> None:
    mine = tmp_path / "论文.docx"
    mine.write_bytes(b"PK\x03\x04 a Word file")
    result = run("export", "-o", mine, "--archive", root, "--force")
    assert result.exit_code == 2 and "不是以前导出的" in result.stderr
    assert mine.read_bytes() == b"PK\x03\x04 a Word file"
    out = tmp_path / "档案.sqlite"
    assert run("export", "-o", out, "--archive", root).exit_code == 0
    assert run("export", "-o", out, "--archive", root, "--force").exit_code == 0  # an earlier export is replaced


def test_parquet_with_the_extra(run, root: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "pq"
    assert run("export", "--format", "parquet", "-o", out, "--archive", root).exit_code == 0
    table = pq.read_table(out / "figures.parquet")
    assert table.num_rows > 1000 and "indicator" in table.column_names


def test_parquet_without_the_extra_says_how_to_install(run, root: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = run("export", "--format", "parquet", "-o", tmp_path / "pq", "--archive", root)
    assert result.exit_code == 2
    assert result.stderr == (
        "错误：导出 Parquet 需要可选组件 pyarrow：当前环境没有安装它。"
        "请运行 pip install 'drafter[parquet]' 后重试，或改用 --format sqlite 或 csv。\n"
    )
    assert not (tmp_path / "pq").exists()
