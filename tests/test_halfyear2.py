"""Half-year reports, second round: the rest-of-year part (下半年工作安排, 下一步工作打算) is the
report's plan part, its targets of the same year Y (docs/LEDGER.md, rule 7); every view of
``drafter diff`` names them so; ``drafter search`` and links.yaml name and find the reports on part
of a year as ``drafter show`` does. Every page here is invented (tests/invented_page.py)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from cli_result import ok as _ok
from cli_result import refused as _refused
from invented_page import page_file, page_report
from test_half_year import PLAN_2015

from drafter.compare import ledger_entries
from drafter.periods import target_year

JUDGED = {"exceeded", "met", "missed"}
AMBITION = {"raised", "held", "lowered", "no_baseline"}


HALF_TITLE = "关于溪口市2016年上半年国民经济和社会发展计划执行情况的报告"
HALF_BODY = """
一、上半年国民经济和社会发展计划执行情况

（一）经济运行总体平稳。上半年全市地区生产总值增长7%，完成固定资产投资60亿元。

二、下半年工作安排

下半年，全市将继续扩大有效投资，确保全年固定资产投资达到100亿元，力争全年地区生产总值增长8%。

（一）扩大有效投资。加快重点项目建设，全年新开工重点项目30个。
"""
HALF_2016 = HALF_TITLE + "\n" + HALF_BODY

YEAR_2016 = """关于溪口市2016年国民经济和社会发展计划执行情况与2017年国民经济和社会发展计划草案的报告

一、2016年国民经济和社会发展计划执行情况

（一）经济平稳增长。全市地区生产总值增长8.1%，完成固定资产投资98亿元，新开工重点项目32个。

二、2017年国民经济和社会发展的主要目标和任务

2017年全市经济社会发展的主要预期目标是：地区生产总值增长7.5%，固定资产投资110亿元。

（一）扩大有效投资。加快重点项目建设。
"""

YEAR_2017 = YEAR_2016.replace("2017", "2018").replace("2016", "2017")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    texts = {"2015": PLAN_2015, "half2016": HALF_2016, "2016": YEAR_2016, "2017": YEAR_2017}
    return {name: page_file(tmp_path, text, f"{name}.txt") for name, text in texts.items()}


@pytest.fixture
def xikou(run, archive: Path, files: dict[str, Path]) -> Path:
    for name in ("2015", "half2016", "2016"):
        _ok(run("ingest", files[name], "--archive", archive))
    return archive


def _entries(data: dict) -> dict[str, dict]:
    return {t["indicator"]: t for t in data["targets"]}


# -- reading: the rest of the year is the report's plan part, its targets of year Y ---------------


def test_the_rest_of_the_year_is_the_plan_part_and_its_targets_are_of_the_same_year(tmp_path: Path) -> None:
    report = page_report(tmp_path, HALF_2016)
    assert [(p.number, p.role) for p in report.parts] == [("一", "execution"), ("二", "plan")]
    targets = {f.indicator: f for f in report.figures if f.kind == "target"}
    assert set(targets) == {"固定资产投资", "地区生产总值", "新开工重点项目"}
    assert {f.period for f in targets.values()} == {2016}  # 确保全年…: 2016's, never 2017's
    assert {f.period for f in report.figures if f.kind == "outcome"} == {2016}
    assert target_year(2016, "上半年") == 2016 and target_year(2016) == 2017
    assert not report.coverage.excerpt


@pytest.mark.parametrize("heading", ["二、下半年主要工作", "二、下一步工作打算", "二、下半年重点工作安排"])
def test_every_way_of_naming_the_rest_of_the_year(tmp_path: Path, heading: str) -> None:
    report = page_report(tmp_path, HALF_2016.replace("二、下半年工作安排", heading))
    assert [p.role for p in report.parts] == ["execution", "plan"]
    assert {f.period for f in report.figures if f.kind == "target"} == {2016}


def test_an_unheaded_turn_to_the_rest_of_the_year_and_a_three_quarter_report(tmp_path: Path) -> None:
    unheaded = HALF_2016.replace("二、下半年工作安排\n", "").replace("（一）扩大有效投资。加快重点项目建设，全年新开工重点项目30个。\n", "")
    report = page_report(tmp_path, unheaded)
    assert [p.role for p in report.parts] == ["execution", "plan"]
    assert {(f.indicator, f.period) for f in report.figures if f.kind == "target"} == {
        ("固定资产投资", 2016), ("地区生产总值", 2016)}
    q3 = HALF_2016.replace("上半年", "前三季度").replace("下半年", "四季度")
    report = page_report(tmp_path, q3)
    assert report.meta.period == "前三季度" and [p.role for p in report.parts] == ["execution", "plan"]
    assert {f.period for f in report.figures if f.kind == "target"} == {2016}


def test_a_years_report_keeps_its_plan_of_the_next_year(tmp_path: Path) -> None:
    report = page_report(tmp_path, YEAR_2016)
    assert {f.period for f in report.figures if f.kind == "target"} == {2017}


def test_the_ledger_of_the_half_year_alone_is_progress_toward_its_own_years_targets(tmp_path: Path) -> None:
    half = page_report(tmp_path, HALF_2016)
    got = {e.indicator: e for e in ledger_entries(half)}
    assert not (JUDGED | AMBITION) & {e.status for e in got.values()}
    assert got["固定资产投资"].status == "in_progress" and got["固定资产投资"].completion == 60
    assert got["地区生产总值"].gap is not None and got["地区生产总值"].gap.value == -1
    assert got["新开工重点项目"].status == "not_reported"
    assert got["新开工重点项目"].evidence.note == "本报告未给出该指标的2016年上半年实绩"


# -- the CLI: show, figures -----------------------------------------------------------------------


def test_show_and_figures_name_the_rest_of_the_year(run, xikou: Path) -> None:
    shown = _ok(run("show", "2016上半年", "--archive", xikou))
    assert "二、下半年工作安排　〔年内余下工作，目标为全年〕" in shown
    assert "余下工作：2016年全年目标" in shown and "2017" not in shown
    table = _ok(run("figures", "2016上半年", "--kind", "目标", "--archive", xikou))
    assert "2016年全年目标" in table and "2017" not in table
    data = json.loads(_ok(run("figures", "2016年上半年", "--format", "json", "--archive", xikou)))
    figures = data if isinstance(data, list) else data["figures"]
    assert {f["period"] for f in figures if f["kind"] == "target"} == {2016}


# -- the CLI: diff in every view ------------------------------------------------------------------


def test_diff_of_the_half_year_alone_speaks_of_its_own_year(run, xikou: Path) -> None:
    text = _ok(run("diff", "2016上半年", "--archive", xikou))
    first = text.splitlines()[0]
    assert first == "溪口市 2016年上半年报告：2016 年全年目标与 2016年上半年实绩对照（年内进度）"
    assert "2017" not in text and "目标/实绩" not in text and "今年实绩" not in text
    assert "年内进度  固定资产投资" in text and "上半年实绩" in text.splitlines()[1]
    data = json.loads(_ok(run("diff", "2016上半年", "--format", "json", "--archive", xikou)))
    assert data["mode"] == "single" and data["a"]["target_year"] == 2016 and data["a"]["period"] == "上半年"
    assert not (JUDGED | AMBITION) & {t["status"] for t in data["targets"]}
    assert _entries(data)["固定资产投资"]["completion"] == 60
    raw = _ok(run("diff", "2016上半年", "--format", "csv", "--archive", xikou)).lstrip("\ufeff")
    header = next(csv.reader(io.StringIO(raw)))
    assert "实绩值" in header and "完成率（%）" in header and "今年实绩值" not in header and "目标/实绩（%）" not in header
    rows = list(csv.DictReader(io.StringIO(raw)))
    assert next(r for r in rows if r["指标"] == "固定资产投资")["实绩期间"] == "上半年"


def test_diff_of_a_years_report_alone_keeps_its_next_year_wording(run, xikou: Path) -> None:
    text = _ok(run("diff", "2016", "--archive", xikou))
    assert text.splitlines()[0].startswith("溪口市 2016 年报告：2017 年目标与 2016 年实绩对照")
    raw = _ok(run("diff", "2016", "--format", "csv", "--archive", xikou)).lstrip("\ufeff")
    assert "今年实绩值" in next(csv.reader(io.StringIO(raw)))
    assert "target_year" not in json.loads(_ok(run("diff", "2016", "--format", "json", "--archive", xikou)))["a"]


def test_the_years_report_judges_the_half_years_targets(run, xikou: Path, tmp_path: Path) -> None:
    text = _ok(run("diff", "2016上半年", "2016", "--archive", xikou))
    assert text.splitlines()[0] == "溪口市：2016年上半年报告提出的 2016 年全年目标 → 2016 年报告的完成情况"
    data = json.loads(_ok(run("diff", "2016年上半年", "2016", "--format", "json", "--archive", xikou)))
    got = _entries(data)
    assert got["固定资产投资"]["status"] == "missed" and got["固定资产投资"]["completion"] == 98
    assert got["新开工重点项目"]["status"] == "exceeded"
    assert data["b"]["period"] == "" and data["a"]["target_year"] == 2016
    page, word = tmp_path / "review.html", tmp_path / "redline.docx"
    _ok(run("diff", "2016上半年", "2016", "--html", page, "--docx", word, "--archive", xikou))
    html = page.read_text(encoding="utf-8")
    assert "溪口市2016年上半年与2016年计划报告对照审阅" in html
    assert "2016年上半年报告为2016年设定的全年目标" in html and "2017年设定" not in html
    with zipfile.ZipFile(word) as package:
        core = package.read("docProps/core.xml").decode("utf-8")
    assert "2016年上半年与2016年报告对照修订" in core


def test_the_review_page_of_the_half_year_alone(run, xikou: Path, tmp_path: Path) -> None:
    page = tmp_path / "alone.html"
    _ok(run("diff", "2016上半年", "--html", page, "--archive", xikou))
    html = page.read_text(encoding="utf-8")
    assert "2016年全年目标与2016年上半年实绩对照（年内进度）" in html and "2017年目标" not in html
    assert "<th>2016年上半年实绩</th>" in html and "本年实绩" not in html
    assert "st-in_progress" in html


def test_a_half_year_report_as_b_and_its_revision_date(run, xikou: Path, tmp_path: Path) -> None:
    word = tmp_path / "b-half.docx"
    text = _ok(run("diff", "2015", "2016上半年", "--docx", word, "--archive", xikou))
    assert text.splitlines()[0] == "溪口市：2015 年报告提出的 2016 年目标 → 2016年上半年报告的年内进度"
    with zipfile.ZipFile(word) as package:
        document = package.read("word/document.xml").decode("utf-8")
    assert 'w:date="2016-07-01T00:00:00Z"' in document  # the day after the half-year, not 2017-01-01


@pytest.mark.parametrize(("a", "b", "words"), [
    ("2016上半年", "2017", "提出的是 2016 年的全年目标"),
    ("2016上半年", "2016上半年", "两份都是 2016年上半年的报告"),
    ("2016", "2016上半年", "2016 年报告提出的是 2017 年的目标"),
])
def test_pairs_that_do_not_meet_get_one_line(run, xikou: Path, files: dict[str, Path], a: str, b: str, words: str) -> None:
    spec = files["2017"] if b == "2017" else b
    line = _refused(run("diff", a, spec, "--archive", xikou))
    assert words in line


def test_bad_period_names_get_one_line(run, xikou: Path) -> None:
    assert "2023上半年" in _refused(run("diff", "2016下半年", "--archive", xikou))
    assert "不是整数年度，也不是年内期间" in _refused(run("link", "2016下半年", "2016", "甲", "乙", "--archive", xikou))
    assert "看不懂" in _refused(run("search", "固定资产投资", "--years", "2016下半年", "--archive", xikou))


# -- links.yaml: reports on part of a year by their key -------------------------------------------


def test_links_name_reports_on_part_of_a_year(run, xikou: Path) -> None:
    out = _ok(run("link", "2016上半年", "2016", "固定资产投资", "固定资产投资", "--forbid", "--archive", xikou))
    assert out.startswith("禁止配对：2016年上半年目标“固定资产投资” ↔ 2016 年实绩“固定资产投资”")
    _ok(run("link", "2015", "2016年上半年", "地区生产总值", "地区生产总值", "--forbid", "--archive", xikou))
    text = (xikou / "溪口市" / "links.yaml").read_text(encoding="utf-8")
    assert "- a: 2015\n  b: 2016年上半年\n" in text and "- a: 2016年上半年\n  b: 2016\n" in text
    pair = _entries(json.loads(_ok(run("diff", "2016上半年", "2016", "--format", "json", "--archive", xikou))))
    assert pair["固定资产投资"]["status"] == "not_reported"  # the forbid holds for that pair alone
    half = _entries(json.loads(_ok(run("diff", "2015", "2016上半年", "--format", "json", "--archive", xikou))))
    assert half["地区生产总值"]["outcome"] is None and half["固定资产投资"]["status"] == "in_progress"
    year = _entries(json.loads(_ok(run("diff", "2015", "2016", "--format", "json", "--archive", xikou))))
    assert year["地区生产总值"]["status"] == "exceeded"  # the pin of 2015→2016年上半年 is not 2015→2016's
    assert "已取消 1 条配对：2016年上半年目标“固定资产投资”" in _ok(
        run("unlink", "2016上半年", "2016", "固定资产投资", "--archive", xikou))
    line = _refused(run("unlink", "2016上半年", "2016", "固定资产投资", "--archive", xikou))
    assert "links.yaml 中没有 2016年上半年→2016 的目标“固定资产投资”的配对" in line
    line = _refused(run("link", "2016上半年", "2016", "不存在的指标", "固定资产投资", "--archive", xikou))
    assert "2016年上半年报告中没有名为“不存在的指标”的目标" in line
    assert "提出的是 2016 年的全年目标" in _refused(
        run("link", "2016上半年", "2015", "固定资产投资", "固定资产投资", "--archive", xikou))


def test_a_links_file_written_by_hand_with_a_half_year_key(run, xikou: Path) -> None:
    (xikou / "溪口市" / "links.yaml").write_text(
        "links:\n- a: 2016上半年\n  b: 2016\n  target: 固定资产投资\n  outcome: 固定资产投资\n  action: forbid\n",
        encoding="utf-8")
    pair = _entries(json.loads(_ok(run("diff", "2016上半年", "2016", "--format", "json", "--archive", xikou))))
    assert pair["固定资产投资"]["status"] == "not_reported"
    (xikou / "溪口市" / "links.yaml").write_text(
        "links:\n- a: 2016下半年\n  b: 2016\n  target: 甲\n  outcome: 乙\n", encoding="utf-8")
    assert _refused(run("diff", "2016上半年", "2016", "--archive", xikou)).startswith("错误：")


# -- search: reports on part of a year found and named ------------------------------------------------


def test_search_finds_and_names_the_half_year(run, xikou: Path) -> None:
    text = _ok(run("search", "固定资产投资", "--archive", xikou))
    heads = [line.split("  ")[0] for line in text.splitlines() if not line.startswith("  ")]
    assert heads == ["2016", "2016", "2016年上半年", "2016年上半年", "2015", "2015"]  # newest first
    only = _ok(run("search", "固定资产投资", "--years", "2016上半年", "--archive", xikou))
    assert {line.split("  ")[0] for line in only.splitlines() if not line.startswith("  ")} == {"2016年上半年"}
    year = _ok(run("search", "固定资产投资", "--years", "2016", "--archive", xikou))
    assert {line.split("  ")[0] for line in year.splitlines() if not line.startswith("  ")} == {"2016", "2016年上半年"}
    data = json.loads(_ok(run("search", "下半年", "--years", "2016年上半年", "--format", "json", "--archive", xikou)))
    assert data["total"] >= 1 and {h["period"] for h in data["hits"]} == {"上半年"}
    assert {h["year"] for h in data["hits"]} == {2016}
    assert "2023上半年" in _ok(run("search", "--help")).replace("\n", "").replace(" ", "")


def test_search_follows_a_half_year_report_added_later(run, archive: Path, files: dict[str, Path]) -> None:
    _ok(run("ingest", files["2015"], "--archive", archive))
    assert "2016年上半年" not in _ok(run("search", "固定资产投资", "--archive", archive))
    _ok(run("ingest", files["half2016"], "--archive", archive))
    assert "2016年上半年  溪口市" in _ok(run("search", "固定资产投资", "--archive", archive))


def test_an_index_of_an_older_drafter_is_built_again(run, xikou: Path) -> None:
    _ok(run("search", "固定资产投资", "--archive", xikou))
    db = sqlite3.connect(str(xikou / ".search.sqlite"))
    with db:
        db.execute("DROP TABLE docs")
        db.execute("CREATE TABLE docs(region TEXT, year INTEGER, stamp TEXT, PRIMARY KEY(region, year))")
        db.execute("UPDATE meta SET value = '5' WHERE key = 'version'")
    db.close()
    assert "2016年上半年  溪口市" in _ok(run("search", "固定资产投资", "--archive", xikou))


def test_check_reads_the_rest_of_the_year_as_the_same_year(run, tmp_path: Path) -> None:
    """``drafter check`` of a half-year report: its plan part speaks of its own year, and it is
    delivered within that year — neither is a stale year."""
    text = HALF_2016.replace(HALF_TITLE, HALF_TITLE + "\n——2016年7月28日在溪口市第十六届人民代表大会常务委员会第三十次会议上", 1)
    text = text.replace("下半年，全市将", "下半年，全市将紧盯2016年目标，")
    out = _ok(run("check", page_file(tmp_path, text, "half-check.txt")))
    assert "未发现问题" in out and "年份过时" not in out
