"""``drafter history``: one indicator across a six-year region, and the headline record."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import Result
from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from variants import SIX_YEAR_STATUS, SIX_YEARS  # noqa: E402

from drafter.history import headline_history, indicator_history  # noqa: E402


@pytest.fixture(scope="module")
def root(six_years: tuple[Path, Result]) -> Path:
    return six_years[0]


def test_every_year_gets_the_status_the_rules_give(root: Path) -> None:
    rows = {r.year: r for r in indicator_history(root, "地区生产总值").rows}
    assert sorted(rows) == [2018, 2019, 2020, 2021, 2022, 2023, 2024]
    assert {y: rows[y].status for y in SIX_YEAR_STATUS} == SIX_YEAR_STATUS
    for year, outcome, target in SIX_YEARS:
        assert rows[year].outcome is not None and rows[year].outcome.value == outcome
        assert rows[year + 1].target is not None and rows[year + 1].target.value == target
        assert rows[year + 1].target.report == year
    assert rows[2018].target is None and rows[2018].status is None
    assert rows[2024].outcome is None and rows[2024].note == "尚无实绩"


def test_history_uses_the_ledger_of_diff(root: Path, run) -> None:
    """The status, completion and sentences are the ones `drafter diff` shows for the pair."""
    diff = json.loads(run("diff", "2020", "2021", "--format", "json", "--archive", root).stdout)
    entry = next(t for t in diff["targets"] if t["indicator"] == "地区生产总值")
    row = next(r for r in indicator_history(root, "地区生产总值").rows if r.year == 2021)
    data = row.to_dict()
    assert (data["status"], data["completion"], data["gap"]) == (entry["status"], entry["completion"], entry.get("gap"))
    assert row.target.sentence == entry["target"]["sentence"]
    assert row.outcome.sentence == entry["outcome"]["sentence"]


def test_json_shape(run, root: Path) -> None:
    result = run("history", "地区生产总值", "--format", "json", "--archive", root)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"year", "target", "outcome", "status", "gap", "completion"} <= set(data["rows"][0])
    assert [r["status"] for r in data["rows"]] == [None, "met", "missed", "exceeded", "met", "missed", None]


def test_text_and_csv(run, root: Path) -> None:
    rows = {r.year: r for r in indicator_history(root, "地区生产总值").rows}
    assert (rows[2020].gap, rows[2020].completion) == ({"value": -3, "unit": "个百分点"}, None)  # a rate target
    assert (rows[2021].gap_text, rows[2022].gap_text) == ("+1.5个百分点", "0个百分点")
    text = run("history", "地区生产总值", "--archive", root).stdout
    assert "2020  6%左右    3%左右    未完成    -3个百分点\n" in text
    assert "目标（2019年报告 二）：2020年全区经济社会发展的主要目标是：地区生产总值增长6%左右" in text
    csv = run("history", "地区生产总值", "--format", "csv", "--archive", root).stdout
    assert csv.startswith("\ufeff年度,目标,实绩,状态,差距,完成率（%）")
    assert "2021,5.5%左右,7%左右,超额完成,'+1.5个百分点,," in csv  # text after + is text, never a formula


def test_headline_record(run, root: Path) -> None:
    records = {r.indicator: r for r in headline_history(root).records}
    gdp = records["地区生产总值"]
    assert (gdp.met, gdp.total) == (3, 5)
    out = run("history", "--archive", root).stdout
    assert "地区生产总值            完成 3/5 年（超额完成 1，完成 2，未完成 2）" in out


def test_html_page_is_self_contained_with_a_chart(run, root: Path, tmp_path: Path) -> None:
    page = tmp_path / "gdp.html"
    first = run("history", "地区生产总值", "--html", page, "--archive", root)
    assert first.exit_code == 0, first.output
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and "<script" not in html
    assert "pygal-chart" in html and "history-chart" in html
    assert [u for u in __import__("re").findall(r"https?://[^\"' )]+", html) if "w3.org" not in u] == []
    again = run("history", "地区生产总值", "--html", page, "--archive", root)
    assert again.exit_code == 2 and "已存在" in again.stderr
    assert run("history", "地区生产总值", "--html", page, "--archive", root, "--force").exit_code == 0
    assert page.read_text(encoding="utf-8") == html  # same archive, same bytes


def test_unknown_indicator_and_html_without_indicator_exit_2(run, root: Path) -> None:
    result = run("history", "不存在的指标", "--archive", root)
    assert result.exit_code == 2 and result.stderr.startswith("错误：") and "不存在的指标" in result.stderr
    result = run("history", "--html", "x.html", "--archive", root)
    assert result.exit_code == 2 and "--html 需要给出指标" in result.stderr


def test_chart_axis_has_a_few_round_labels_with_room_around_the_points() -> None:
    from drafter.render.history import _ticks

    for values in ([3.0, None, 4.5], [3.0], [0.0], [-2.0, 120.0], [121.47, 129.97, None]):
        ticks = _ticks(values)
        numbers = [v for v in values if v is not None]
        assert 3 <= len(ticks) <= 8, (values, ticks)
        assert ticks[0] < min(numbers) and ticks[-1] > max(numbers), (values, ticks)
    assert _ticks([3.0, 4.5]) == [2.5, 3.0, 3.5, 4.0, 4.5, 5.0]
