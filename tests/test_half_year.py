"""Half-year and three-quarter reports (年内执行情况报告): kept beside the year's report, named by
their period, and never judged against a whole-year target (docs/LEDGER.md, rule 6).

The half-year page is a real one of a seen set (real_aside2/cixi-2015-midyear.txt); the annual
reports around it are small invented ones."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from cli_result import ok as _ok
from cli_result import refused as _refused
from conftest import snapshot

from drafter.periods import canonical, elapsed, key, months, parse_key, period_in

ROOT = Path(__file__).resolve().parent
MIDYEAR = ROOT / "real_aside2" / "cixi-2015-midyear.txt"
JUDGED = {"exceeded", "met", "missed", "raised", "held", "lowered"}

ANNUAL_2014 = """关于慈溪市2014年国民经济和社会发展计划执行情况与2015年国民经济和社会发展计划草案的报告

各位代表：

一、2014年国民经济和社会发展计划执行情况

（一）经济运行总体平稳。全市实现地区生产总值1050亿元，同比增长7.5%。财政总收入230亿元，增长8.2%。

（二）民生保障持续加强。城镇居民人均可支配收入4.8万元，增长9%。

二、2015年国民经济和社会发展的主要目标和任务

2015年全市经济社会发展的主要预期目标是：地区生产总值增长8%左右，财政总收入达到250亿元，第一产业增加值增长2%，城镇居民人均可支配收入增长8.5%。

（一）推进产业转型升级。加快发展先进制造业，培育新兴产业。
"""

ANNUAL_2015 = """关于慈溪市2015年国民经济和社会发展计划执行情况与2016年国民经济和社会发展计划草案的报告

各位代表：

一、2015年国民经济和社会发展计划执行情况

（一）经济运行总体平稳。全市实现地区生产总值1120亿元，同比增长7.7%。财政总收入240亿元，增长4.3%。第一产业增加值45亿元，增长1.5%。

（二）民生保障持续加强。城镇居民人均可支配收入5.2万元，增长8.6%。

二、2016年国民经济和社会发展的主要目标和任务

2016年全市经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，财政总收入达到260亿元。

（一）推进产业转型升级。加快发展先进制造业，培育新兴产业。
"""

# the brief's two cases: a 6-month 7% against an annual 8%, 60亿 of a 100亿 annual target
PLAN_2015 = """关于溪口市2015年国民经济和社会发展计划执行情况与2016年国民经济和社会发展计划草案的报告

一、2015年国民经济和社会发展计划执行情况

（一）经济平稳增长。全市地区生产总值增长8.2%，完成固定资产投资95亿元。

二、2016年国民经济和社会发展的主要目标和任务

2016年全市经济社会发展的主要预期目标是：地区生产总值增长8%，固定资产投资100亿元。

（一）扩大有效投资。加快重点项目建设。
"""
HALF_2016 = """关于溪口市2016年上半年国民经济和社会发展计划执行情况的报告

一、上半年国民经济和社会发展计划执行情况

（一）经济运行总体平稳。上半年全市地区生产总值增长7%，完成固定资产投资60亿元。

二、下半年工作安排

下半年，全市将继续扩大有效投资，力争全年固定资产投资达到100亿元。
"""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in (("2014", ANNUAL_2014), ("2015", ANNUAL_2015), ("plan2015", PLAN_2015), ("half2016", HALF_2016)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        out[name] = path
    return out


# -- the period: one table ---------------------------------------------------------------


def test_periods_are_named_by_their_months_to_date():
    assert [canonical(p) for p in ("上半年", "半年", "1-6月", "1—6月份", "二季度", "前三季度", "1至9月", "第一季度", "1-11月")] == [
        "上半年", "上半年", "上半年", "上半年", "上半年", "前三季度", "前三季度", "一季度", "1-11月"]
    assert [months(p) for p in ("", "一季度", "上半年", "前三季度", "1-11月")] == [12, 3, 6, 9, 11]
    assert [elapsed(p) for p in ("上半年", "前三季度", "1-11月")] == [Decimal(50), Decimal(75), Decimal("91.7")]
    assert period_in("关于某县2019年1-9月国民经济和社会发展计划执行情况的报告") == "前三季度"
    assert period_in("关于某县2019年国民经济和社会发展计划执行情况的报告") == ""


def test_a_report_is_named_with_or_without_its_period():
    assert parse_key("2015") == (2015, "")
    assert parse_key("2015上半年") == parse_key("2015年上半年") == parse_key("2015-1-6月") == (2015, "上半年")
    assert parse_key("2015年1-9月") == parse_key("2015前三季度") == (2015, "前三季度")
    assert parse_key("2015下半年") is None and parse_key("二〇一五") is None
    assert key(2015, "上半年") == "2015年上半年" and key(2015) == "2015"


# -- kept side by side ---------------------------------------------------------------------


@pytest.mark.parametrize("order", [("half", "year"), ("year", "half")])
def test_half_year_and_year_reports_are_both_kept(run, archive, files, order):
    paths = {"half": MIDYEAR, "year": files["2015"]}
    for which in order:
        out = _ok(run("ingest", paths[which], "--archive", archive))
        assert ("执行 2015年上半年（未满一年" in out) == (which == "half")
    folder = archive / "慈溪市"
    assert (folder / "2015.json").is_file() and (folder / "2015年上半年.json").is_file()
    assert (folder / "2015年上半年.source.txt").read_bytes() == MIDYEAR.read_bytes()
    listed = _ok(run("list", "--archive", archive)).splitlines()
    keys = [line.split()[0] for line in listed[1:]]
    assert keys == ["2015年上半年", "2015"]


def test_ingesting_never_replaces_the_other_report(run, archive, files):
    _ok(run("ingest", files["2015"], "--archive", archive))
    _ok(run("ingest", MIDYEAR, "--archive", archive))
    before = snapshot(archive)
    line = _refused(run("ingest", MIDYEAR, "--archive", archive))
    assert "已有慈溪市 2015年上半年的报告" in line and "--force" in line
    line = _refused(run("ingest", files["2015"], "--archive", archive))
    assert "已有慈溪市 2015 年的报告" in line
    assert snapshot(archive) == before
    out = _ok(run("ingest", MIDYEAR, "--archive", archive, "--force"))
    assert out.startswith("已替换") and (archive / "慈溪市" / "2015.json").read_bytes() == before["慈溪市/2015.json"]


def test_show_and_figures_take_the_period(run, archive, files):
    _ok(run("ingest", files["2015"], "--archive", archive))
    _ok(run("ingest", MIDYEAR, "--archive", archive))
    half = _ok(run("show", "2015上半年", "--archive", archive))
    assert half == _ok(run("show", "2015年1-6月", "--archive", archive))
    assert "执行期间：2015年上半年" in half and half.startswith("关于2015年上半年慈溪市")
    assert "执行年度：2015" in _ok(run("show", "2015", "--archive", archive))
    data = json.loads(_ok(run("show", "2015年上半年", "--format", "json", "--archive", archive)))
    assert data["meta"]["period"] == "上半年" and data["schema"] == 3
    table = _ok(run("figures", "2015上半年", "--kind", "实绩", "--archive", archive))
    assert "2015年上半年实绩" in table
    line = _refused(run("show", "2015前三季度", "--archive", archive))
    assert "没有慈溪市 2015年前三季度的报告" in line and "2015年上半年、2015" in line
    assert "不是整数年度，也不是年内期间" in _refused(run("figures", "2015下半年", "--archive", archive))


# -- the ledger: progress, never a verdict -------------------------------------------------


@pytest.fixture
def cixi(run, archive, files) -> Path:
    for path in (files["2014"], files["2015"], MIDYEAR):
        _ok(run("ingest", path, "--archive", archive))
    return archive


def _entries(data: dict) -> dict[str, dict]:
    return {t["indicator"]: t for t in data["targets"]}


def test_the_year_report_is_judged_and_the_half_year_is_progress(run, cixi):
    year = json.loads(_ok(run("diff", "2014", "2015", "--format", "json", "--archive", cixi)))
    assert year["b"]["period"] == "" and _entries(year)["财政总收入"]["status"] == "missed"
    half = json.loads(_ok(run("diff", "2014", "2015上半年", "--format", "json", "--archive", cixi)))
    assert half["b"]["period"] == "上半年" and half["b"]["year"] == 2015
    assert not JUDGED & {t["status"] for t in half["targets"]}
    revenue = _entries(half)["财政总收入"]
    assert revenue["status"] == "in_progress" and revenue["period"] == "上半年"
    assert revenue["completion"] == 47.7 and revenue["evidence"]["elapsed"] == 50
    assert revenue["evidence"]["note"].startswith("2015年上半年的实绩，完成全年目标的47.7%，时序进度50%")
    gdp = _entries(half)["地区生产总值"]
    assert gdp["status"] == "in_progress" and gdp["gap"] == {"unit": "个百分点", "value": 1.4}
    assert half["summary"].get("in_progress", 0) >= 2


def test_the_terminal_and_csv_name_the_period(run, cixi):
    text = _ok(run("diff", "2014", "2015上半年", "--archive", cixi))
    assert text.splitlines()[0] == "慈溪市：2014 年报告提出的 2015 年目标 → 2015年上半年报告（摘录）的年内进度"
    assert "年内进度  财政总收入" in text and "未完成" not in text
    assert "2015年上半年报告的实绩只到年内（时序进度50%）" in text.replace("\n  ", "")
    rows = list(csv.DictReader(io.StringIO(_ok(run("diff", "2014", "2015上半年", "--format", "csv", "--archive", cixi)).lstrip("\ufeff"))))
    revenue = next(r for r in rows if r["指标"] == "财政总收入")
    assert (revenue["状态"], revenue["实绩期间"], revenue["时序进度（%）"], revenue["完成率（%）"]) == ("年内进度", "上半年", "50", "47.7")
    assert run("diff", "2014", "2015上半年", "--fail-on", "未完成", "--archive", cixi).exit_code == 0
    assert run("diff", "2014", "2015", "--fail-on", "未完成", "--archive", cixi).exit_code == 1


def test_the_review_page_and_the_word_redline_name_the_period(run, cixi, tmp_path):
    page, word = tmp_path / "review.html", tmp_path / "redline.docx"
    _ok(run("diff", "2014", "2015上半年", "--html", page, "--docx", word, "--archive", cixi))
    html = page.read_text(encoding="utf-8")
    assert "B：2015年上半年报告" in html and "慈溪市2014年与2015年上半年计划报告对照审阅" in html
    assert "st-in_progress" in html and "2015年上半年的实绩，完成全年目标的47.7%" in html
    with zipfile.ZipFile(word) as package:
        document = package.read("word/document.xml").decode("utf-8")
        comments = package.read("word/comments.xml").decode("utf-8")
        core = package.read("docProps/core.xml").decode("utf-8")
    assert "2015年上半年报告的实绩只到年内（时序进度50%）" in document and "上半年完成全年目标的47.7%" in document
    assert "年内进度（2015年上半年的实绩" in comments and "2014年与2015年上半年报告对照修订" in core


def test_the_brief_cases_from_files(run, files):
    """6 months' 7% against an annual 8% and 60亿 of a 100亿 target: progress, not a miss."""
    data = json.loads(_ok(run("diff", files["plan2015"], files["half2016"], "--format", "json")))
    got = _entries(data)
    assert got["地区生产总值"]["status"] == got["固定资产投资"]["status"] == "in_progress"
    assert got["地区生产总值"]["gap"] == {"unit": "个百分点", "value": -1}
    assert got["固定资产投资"]["completion"] == 60 and got["固定资产投资"]["evidence"]["elapsed"] == 50
    assert "时序进度50%" in got["固定资产投资"]["evidence"]["note"]


# -- archives of an older drafter ----------------------------------------------------------


def _as_schema_2(archive: Path) -> None:
    """Refile the half-year report as drafter before schema 3 did: at the year's place, no period."""
    folder = archive / "慈溪市"
    data = json.loads((folder / "2015年上半年.json").read_text(encoding="utf-8"))
    data["schema"] = 2
    del data["meta"]["period"]
    data["source"]["file"] = "2015.source.txt"
    (folder / "2015.json").write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    (folder / "2015年上半年.source.txt").rename(folder / "2015.source.txt")
    (folder / "2015年上半年.json").unlink()


def test_an_old_archive_loads_and_the_year_report_moves_it_aside(run, archive, files):
    _ok(run("ingest", files["2014"], "--archive", archive))
    _ok(run("ingest", MIDYEAR, "--archive", archive))
    _as_schema_2(archive)
    assert _ok(run("list", "--archive", archive)).splitlines()[2].split()[0] == "2015年上半年"
    old = json.loads(_ok(run("diff", "2014", "2015", "--format", "json", "--archive", archive)))
    assert old["b"]["period"] == "上半年" and not JUDGED & {t["status"] for t in old["targets"]}
    assert "执行期间：2015年上半年" in _ok(run("show", "2015上半年", "--archive", archive))
    result = run("ingest", files["2015"], "--archive", archive)
    assert result.exit_code == 0, result.output
    assert "已移到自己的位置 2015年上半年.json" in result.stderr and result.stdout.startswith("已导入")
    folder = archive / "慈溪市"
    moved = json.loads((folder / "2015年上半年.json").read_text(encoding="utf-8"))
    assert moved["schema"] == 3 and moved["meta"]["period"] == "上半年"
    assert (folder / "2015年上半年.source.txt").read_bytes() == MIDYEAR.read_bytes()
    keys = [line.split()[0] for line in _ok(run("list", "--archive", archive)).splitlines()[1:]]
    assert keys == ["2014", "2015年上半年", "2015"]
    assert json.loads(_ok(run("diff", "2014", "2015", "--format", "json", "--archive", archive)))["b"]["period"] == ""
