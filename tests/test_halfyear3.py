"""Half-year reports, third round: ``drafter check`` names the period it checked, ``drafter export``
and ``drafter history`` include the reports on part of a year (a period column; progress to date,
年内进度, beside its year, never judged: docs/LEDGER.md rule 6), ``drafter list`` and the region's
index name them by period; an archive of years' reports alone gives the same bytes as before.
Every page here is invented (tests/invented_page.py, the pages of tests/test_halfyear2.py)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_result import ok as _ok
from cli_result import ok_bytes as _bytes
from cli_result import refused as _refused
from conftest import BUNDLED
from invented_page import page_file
from test_halfyear2 import HALF_2016, PLAN_2015, YEAR_2016

from drafter.archive import INDEX_NAME
from drafter.export import TABLES, columns, table_rows
from drafter.history import headline_history, indicator_history

REGION = "溪口市"
THREE_QUARTERS = HALF_2016.replace("上半年", "前三季度").replace("下半年", "四季度").replace("60亿元", "85亿元")


def _ingest(run, root: Path, tmp_path: Path, texts: dict[str, str]) -> Path:
    for name, text in texts.items():
        _ok(run("ingest", page_file(tmp_path, text, f"{name}.txt"), "--archive", root))
    return root


@pytest.fixture
def xikou(run, tmp_path: Path) -> Path:
    """2015, 2016年上半年, 2016 (the half-year ingested between the years' reports)."""
    return _ingest(run, tmp_path / "xikou", tmp_path, {"2015": PLAN_2015, "half2016": HALF_2016, "2016": YEAR_2016})


@pytest.fixture
def years_only(run, tmp_path: Path) -> Path:
    """The same years' reports, without the half-year report."""
    return _ingest(run, tmp_path / "years", tmp_path, {"2015": PLAN_2015, "2016": YEAR_2016})


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


# -- 1. drafter check names the period ----------------------------------------------------------


def test_check_names_the_half_year_report_in_every_view(run, xikou: Path, tmp_path: Path) -> None:
    page = tmp_path / "check.html"
    out = _ok(run("check", "2016上半年", "--archive", xikou, "--html", page))
    assert out.splitlines()[0] == "溪口市 2016年上半年报告检查"
    assert "2016 年报告检查" not in out
    assert "<title>溪口市 2016年上半年报告检查</title>" in page.read_text(encoding="utf-8")
    data = json.loads(_ok(run("check", "2016年上半年", "--against", "2015", "--format", "json", "--archive", xikou)))
    assert data["report"]["period"] == "上半年" and data["report"]["year"] == 2016
    assert "period" not in data["against"]  # a year's report keeps the JSON it always had
    heading = _ok(run("check", "2016上半年", "--against", "2015", "--archive", xikou)).splitlines()[0]
    assert heading == "溪口市 2016年上半年报告检查（对照 2015 年报告）"


def test_check_of_a_year_keeps_its_heading_and_json(run, xikou: Path) -> None:
    assert _ok(run("check", "2016", "--archive", xikou)).splitlines()[0] == "溪口市 2016 年报告检查"
    data = json.loads(_ok(run("check", "2016", "--against", "2015", "--format", "json", "--archive", xikou)))
    assert set(data["report"]) == {"year", "region", "title", "source"}


def test_check_a_half_year_file_names_its_period(run, tmp_path: Path) -> None:
    out = _ok(run("check", page_file(tmp_path, HALF_2016, "half.txt")))
    assert out.splitlines()[0] == "溪口市 2016年上半年报告检查"


@pytest.mark.parametrize("args", [("2016", "--against", "2016上半年"), ("2017.txt", "--against", "2016上半年")])
def test_a_report_on_part_of_a_year_is_not_last_years_report(run, xikou: Path, tmp_path: Path, args) -> None:
    """--against is last year's report; a half-year's whole-year targets are its own year's,
    answered by that year's report (``drafter diff 2016上半年 2016``)."""
    page_file(tmp_path, YEAR_2016.replace("2017", "2018").replace("2016", "2017"), "2017.txt")
    spec = str(tmp_path / args[0]) if args[0].endswith(".txt") else args[0]
    line = _refused(run("check", spec, *args[1:], "--archive", xikou))
    assert "2016年上半年报告不能作为上年报告对照" in line and "drafter diff 2016年上半年 2016" in line


def test_check_against_a_later_report_names_the_period(run, xikou: Path) -> None:
    line = _refused(run("check", "2016上半年", "--against", "2016", "--archive", xikou))
    assert "2016 不早于 2016年上半年" in line


# -- 2. export: a period column, the half-year's ledgers, years' rows as they were -------------


def test_export_csv_has_a_period_column_and_the_half_year_rows(run, xikou: Path, tmp_path: Path) -> None:
    out = tmp_path / "表格"
    _ok(run("export", "--format", "csv", "-o", out, "--archive", xikou))
    reports = _csv((out / "reports.csv").read_text(encoding="utf-8"))
    assert [(r["执行年度"], r["时期"], r["计划年度"]) for r in reports] == [
        ("2015", "全年", "2016"), ("2016", "上半年", "2016"), ("2016", "全年", "2017")]
    header = (out / "figures.csv").read_text(encoding="utf-8").lstrip("\ufeff").splitlines()[0].split(",")
    assert header[:3] == ["地区", "执行年度", "时期"]
    figures = _csv((out / "figures.csv").read_text(encoding="utf-8"))
    assert {r["时期"] for r in figures if r["原文"] == "60亿元"} == {"上半年"}
    targets = _csv((out / "targets.csv").read_text(encoding="utf-8"))
    pairs = [(r["目标所在报告年度"], r["目标所在报告时期"], r["实绩所在报告年度"], r["实绩所在报告时期"]) for r in targets]
    assert sorted(set(pairs), key=pairs.index) == [
        ("2015", "全年", "2016", "全年"),     # the years' ledger first, as before
        ("2015", "全年", "2016", "上半年"),   # rule 6: 2015's targets, progress to date
        ("2016", "上半年", "2016", "全年"),   # rule 7: the half-year's whole-year targets, judged
    ]
    progress = [r for r in targets if r["实绩所在报告时期"] == "上半年"]
    assert progress and {r["状态"] for r in progress} == {"in_progress"}
    assert {r["状态（中文）"] for r in progress} == {"年内进度"}
    invest = next(r for r in progress if r["指标"] == "固定资产投资")
    assert invest["完成率（%，计算值）"] == "60.0" and "时序进度50%" in invest["说明"]
    judged = {r["指标"]: r["状态"] for r in targets if r["目标所在报告时期"] == "上半年"}
    assert judged["新开工重点项目"] == "exceeded"


def test_the_years_rows_are_unchanged_in_order_and_value(xikou: Path, years_only: Path) -> None:
    """Without its period columns and rows, an export with a half-year report is the export of
    the years' reports alone."""
    plain, with_half = table_rows(years_only), table_rows(xikou)
    assert table_rows(years_only, periods=False) == plain
    cols = columns(True)
    for table, rows in with_half.items():
        names = [c for c, _, _ in cols[table]]
        kept = [i for i, c in enumerate(names) if c in {n for n, _, _ in TABLES[table]}]
        periods = [i for i, c in enumerate(names) if c.endswith("period") and c != "period"]
        annual = [tuple(row[i] for i in kept) for row in rows if all(row[i] == "全年" for i in periods)]
        assert annual == plain[table], table


def test_export_sqlite_has_the_period_columns(run, xikou: Path, years_only: Path, tmp_path: Path) -> None:
    for root, name in ((xikou, "half.sqlite"), (years_only, "years.sqlite")):
        _ok(run("export", "-o", tmp_path / name, "--archive", root))
    db = sqlite3.connect(str(tmp_path / "half.sqlite"))
    assert list(db.execute("SELECT year, report_period FROM reports")) == [(2015, "全年"), (2016, "上半年"), (2016, "全年")]
    statuses = {s for (s,) in db.execute("SELECT status FROM targets WHERE outcome_period = '上半年'")}
    assert statuses == {"in_progress"}
    db.close()
    db = sqlite3.connect(str(tmp_path / "years.sqlite"))
    assert [r[1] for r in db.execute("PRAGMA table_info(reports)")] == [c for c, _, _ in TABLES["reports"]]
    db.close()


# -- 2. history: progress to date beside its year, never the year's outcome -------------------


def test_history_shows_the_half_year_as_progress_beside_its_year(run, xikou: Path) -> None:
    rows = indicator_history(xikou, "固定资产投资").rows
    assert [(r.name, r.status) for r in rows] == [
        ("2015", None), ("2016年上半年", "in_progress"), ("2016", "missed"), ("2017", None)]
    half, year = rows[1], rows[2]
    assert half.outcome.text == "60亿元" and half.outcome.period == "上半年" and str(half.completion) == "60.0"
    assert year.outcome.text == "98亿元"  # the year's outcome is the year's report's, never the half-year's
    out = _ok(run("history", "固定资产投资", "--archive", xikou))
    table = out.splitlines()
    assert any(line.split()[:5] == ["2016年上半年", "100亿元", "60亿元", "年内进度", "60.0%"] for line in table)
    assert "实绩（2016年上半年报告 一（一））" in out
    assert "2016年上半年：2016年上半年的实绩，完成全年目标的60.0%，时序进度50%：是年内进度，不判完成与否" in out
    rows_csv = _csv(_ok(run("history", "地区生产总值", "--format", "csv", "--archive", xikou)))
    assert [(r["年度"], r["状态"]) for r in rows_csv] == [
        ("2015", ""), ("2016年上半年", "年内进度"), ("2016", "超额完成"), ("2017", "")]
    data = json.loads(_ok(run("history", "地区生产总值", "--format", "json", "--archive", xikou)))
    assert [(r["year"], r.get("period"), r["status"]) for r in data["rows"]] == [
        (2015, None, None), (2016, "上半年", "in_progress"), (2016, None, "exceeded"), (2017, None, None)]
    assert data["rows"][1]["gap"] == {"unit": "个百分点", "value": -1}


def test_history_page_keeps_progress_off_the_chart(run, xikou: Path, tmp_path: Path) -> None:
    page = tmp_path / "h.html"
    _ok(run("history", "固定资产投资", "--html", page, "--archive", xikou))
    text = page.read_text(encoding="utf-8")
    assert "<td>2016年上半年</td>" in text and 'class="st-in_progress">年内进度' in text
    assert text.count("2016年上半年") >= 1 and "60亿元" in text
    svg = text[text.index("<svg"):text.index("</svg>")]
    assert "2016年上半年" not in svg  # progress to date is not a year's outcome


def test_the_headline_record_never_counts_progress(xikou: Path, years_only: Path) -> None:
    assert headline_history(xikou).to_dict() == headline_history(years_only).to_dict()


def test_a_half_year_without_last_years_report_shows_its_own_year_target(run, tmp_path: Path) -> None:
    root = _ingest(run, tmp_path / "a", tmp_path, {"half2016": HALF_2016, "2016": YEAR_2016})
    rows = indicator_history(root, "固定资产投资").rows
    half = rows[0]
    assert (half.name, half.status, half.target.text, half.outcome.text) == ("2016年上半年", "in_progress", "100亿元", "60亿元")
    assert half.target.period == "上半年"  # 确保全年…: the half-year's own whole-year target


def test_a_target_only_the_half_year_sets_is_its_own_progress(run, tmp_path: Path) -> None:
    """No target of last year's report for it: the half-year's own whole-year target (rule 7)."""
    half = HALF_2016.replace("完成固定资产投资60亿元。", "完成固定资产投资60亿元，新开工重点项目18个。")
    root = _ingest(run, tmp_path / "a", tmp_path, {"2015": PLAN_2015, "half2016": half, "2016": YEAR_2016})
    rows = indicator_history(root, "新开工重点项目").rows
    got = [(r.name, r.status, r.target and r.target.text, r.outcome and r.outcome.text) for r in rows]
    assert got[1] == ("2016年上半年", "in_progress", "30个", "18个")
    assert [r.name for r in rows] == ["2015", "2016年上半年", "2016"]
    assert str(rows[1].completion) == "60.0" and rows[1].target.period == "上半年"


def test_three_quarters_come_after_the_half_year(run, xikou: Path, tmp_path: Path) -> None:
    _ingest(run, xikou, tmp_path, {"q3": THREE_QUARTERS})
    names = [r.name for r in indicator_history(xikou, "固定资产投资").rows]
    assert names == ["2015", "2016年上半年", "2016年前三季度", "2016", "2017"]
    listed = [line.split()[0] for line in _ok(run("list", "--archive", xikou)).splitlines()[1:]]
    assert listed == ["2015", "2016年上半年", "2016年前三季度", "2016"]


# -- 3. list and the index ------------------------------------------------------------------------


def test_list_and_the_index_name_the_half_year_by_period(run, xikou: Path) -> None:
    listed = _ok(run("list", "--archive", xikou)).splitlines()
    assert listed[0] == REGION
    assert [line.split()[0] for line in listed[1:]] == ["2015", "2016年上半年", "2016"]
    assert "关于溪口市2016年上半年国民经济和社会发展计划执行情况的报告" in listed[2]
    index = json.loads((xikou / REGION / INDEX_NAME).read_text(encoding="utf-8"))["reports"]
    assert {name: (r["year"], r["period"]) for name, r in index.items()} == {
        "2015.json": (2015, ""), "2016.json": (2016, ""), "2016年上半年.json": (2016, "上半年")}
    # an index record that lost its period is read again, never shown under the year alone
    index["2016年上半年.json"].pop("period")
    data = json.loads((xikou / REGION / INDEX_NAME).read_text(encoding="utf-8"))
    data["reports"] = index
    (xikou / REGION / INDEX_NAME).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert _ok(run("list", "--archive", xikou)).splitlines() == listed


# -- an archive of years' reports alone: the same bytes as before ---------------------------------

#: sha256 of every output on the bundled archive, written by drafter before this round (main 4a4bdf3).
BEFORE = {
    "check-text": "ee15733f9b78de35e63583a62773f2f0be3fa2f7c9d66bd13828a4e16417c43f",
    "check-json": "f85c6dc1656d45f4a2004b9bf52567b0ebca75e2f6ff139bbc359eb81dfb5398",
    "check.html": "47382ee90ee44914fa0dae69faab3b277190d57f54b5e23b5a9dedd13b7dcff4",
    "csv/figures.csv": "c212568076ed49031735ad11d18e995f697f7001d1819659e9d11ebe58a4be88",
    "csv/paragraphs.csv": "e3e936e8a91c4e19497356ae4d540774e82616db8aef6018d3a39dd8d2b1a662",
    "csv/reports.csv": "3b5033d25a94564064ebc2e5691ffb395d45448cb191efe0947e41b5394e01ab",
    "csv/targets.csv": "18ce8c84d8f1d718e8560e1076ad3d567a348e796d58ceb3a7aa53acf9128ef1",
    "history-csv": "d1233f02a873a1581d25a9347898f68059c057276a162e8aa7a4df943f679e4a",
    "history-json": "0510d92cc8ff2cbaa0ae620ed85af020d526e4574b46e5e80fe400b01355277c",
    "history-text": "7d787ffadd5dba2c2ed6ef6e8397d731e3d6a043b4004202b0f52fd751cc36cb",
    "history.html": "d6aa5769964bbe7722f97921a66890cc6cb1b7a27a428220caa4d90439cdeba0",
    "headlines-csv": "49bcd319b31ca5ee02f4dbb9b31e96c6d38137f9b1d74971ea7867c95ccac9bf",
    "headlines-json": "4d67914c2d6678c5385168c5248e3119e020342051d3d388695684acce03f50e",
    "headlines-text": "5acd392394ea533c1a0f686e6a8a826379d3a4436b5cddd2d77e399be3ca3324",
    "list": "d8b1c30c789590cf44b8b7f6d2f379ad9ee623684d67925376864bfb224468a8",
}


def test_the_bundled_archive_gives_the_same_bytes_as_before(run, tmp_path: Path) -> None:
    root = tmp_path / "archive"
    shutil.copytree(BUNDLED, root)
    out = tmp_path / "out"
    out.mkdir()
    got: dict[str, bytes] = {}
    a = ("--archive", root)
    got["check-text"] = _bytes(run("check", "2024", "--against", "2023", *a))
    got["check-json"] = _bytes(run("check", "2024", "--against", "2023", "--format", "json", *a))
    _ok(run("check", "2023", "--html", out / "check.html", *a))
    _ok(run("export", "--format", "csv", "-o", out / "csv", *a))
    for fmt in ("text", "json", "csv"):
        got[f"history-{fmt}"] = _bytes(run("history", "地区生产总值", "--format", fmt, *a))
        got[f"headlines-{fmt}"] = _bytes(run("history", "--format", fmt, *a))
    _ok(run("history", "地区生产总值", "--html", out / "history.html", *a))
    got["list"] = _bytes(run("list", *a))
    for name in ("check.html", "history.html", *(f"csv/{t}.csv" for t in TABLES)):
        got[name] = (out / name).read_bytes()
    assert {k: hashlib.sha256(v).hexdigest() for k, v in got.items()} == BEFORE
    _ok(run("export", "-o", out / "x.sqlite", *a))
    db = sqlite3.connect(str(out / "x.sqlite"))
    for table, cols in TABLES.items():
        assert [r[1] for r in db.execute(f"PRAGMA table_info({table})")] == [c for c, _, _ in cols]
    db.close()
