"""``drafter search``: word-aware search over every archived paragraph, newest first."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import Result
from conftest import SEED_2023

from drafter.search import INDEX_NAME, parse_years, search


@pytest.fixture(scope="module")
def root(six_years: tuple[Path, Result], tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("search") / "archive"
    shutil.copytree(six_years[0], copy)
    return copy


def test_a_word_is_found_in_every_year_newest_first(root: Path) -> None:
    result = search(root, "地区生产总值", limit=100)
    years = [h.year for h in result.hits]
    assert sorted(set(years)) == [2018, 2019, 2020, 2021, 2022, 2023]
    assert years == sorted(years, reverse=True)
    assert result.total == len(result.hits) == 18
    for hit in result.hits:
        assert all(hit.text[s:e] == "地区生产总值" for s, e in hit.spans)
    assert (root / INDEX_NAME).is_file()


def test_word_aware_not_substring(root: Path) -> None:
    """生产总值 alone is not a word of these reports (地区生产总值 is one), and 总值 neither."""
    missed = search(root, "生产总值")
    assert missed.total == 0 and "地区生产总值" in missed.words  # what to search for instead
    seed_paragraphs = sum(1 for line in SEED_2023.read_text(encoding="utf-8").splitlines() if "口袋公园" in line)
    assert search(root, "口袋公园").total == 6 * seed_paragraphs


def test_figure_as_prefix_and_parts_together(root: Path) -> None:
    hits = search(root, "4.5%").hits
    assert [(h.year, h.text[h.spans[0][0]:h.spans[0][1]]) for h in hits] == [(2023, "4.5%左右")]
    both = search(root, "地区生产总值 4.5%", years=(2023, 2023))
    assert both.total == 1 and both.hits[0].section == "二"


def test_years_and_region_filter(root: Path) -> None:
    result = search(root, "地区生产总值", years=parse_years("2020-2021"), region="天津市安和区")
    assert {h.year for h in result.hits} == {2020, 2021}


def test_index_follows_the_archive(root: Path) -> None:
    search(root, "地区生产总值")
    (root / "天津市安和区" / "2018.json").rename(root / "天津市安和区" / "2018.json.bak")
    try:
        assert 2018 not in {h.year for h in search(root, "地区生产总值", limit=100).hits}
    finally:
        (root / "天津市安和区" / "2018.json.bak").rename(root / "天津市安和区" / "2018.json")
    assert 2018 in {h.year for h in search(root, "地区生产总值", limit=100).hits}
    (root / INDEX_NAME).write_bytes(b"not a database")
    assert search(root, "地区生产总值").total == 18  # a damaged index is rebuilt


def test_cli_json_shape_and_text(run, root: Path) -> None:
    result = run("search", "营商环境", "--format", "json", "--limit", "3", "--archive", root)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"region", "year", "section", "paragraph", "text"} <= set(data["hits"][0])
    assert data["hits"][0]["year"] == 2023
    text = run("search", "营商环境", "--limit", "1", "--archive", root)
    assert text.stdout.startswith("2023  天津市安和区  ")
    assert "【营商环境】" in text.stdout
    assert "用 --limit 显示更多" in text.stderr
    none = run("search", "生产总值", "--archive", root)
    assert none.exit_code == 0 and none.stdout == ""
    assert none.stderr.startswith("没有找到“生产总值”（按词查找）。档案中含这几个字的词：地区生产总值")


def test_bad_input_exits_2_and_makes_no_index(run, root: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "archive"
    shutil.copytree(root, fresh, ignore=shutil.ignore_patterns(INDEX_NAME))
    for bad in (("search", "。"), ("search", "营商环境", "--years", "2024-2019"), ("search", "营商环境", "--region", "别处")):
        assert run(*bad, "--archive", fresh).exit_code == 2
    assert not (fresh / INDEX_NAME).exists()
    for args, words in (
        (("search", "。", "--archive", root), "没有可查找的文字"),
        (("search", "营商环境", "--years", "2024-2019", "--archive", root), "前大后小"),
        (("search", "营商环境", "--region", "别处", "--archive", root), "档案中没有地区“别处”"),
        (("search", "营商环境", "--archive", root / "none"), "还没有报告"),
    ):
        result = run(*args)
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith("错误：") and words in result.stderr


def test_every_region_by_default_one_with_region(root: Path, seeded_archive: Path, tmp_path: Path, run) -> None:
    both = tmp_path / "archive"
    shutil.copytree(root, both, ignore=shutil.ignore_patterns(INDEX_NAME))
    shutil.copytree(seeded_archive / "天津市河北区", both / "天津市河北区")
    hits = search(both, "地区生产总值", years=(2023, 2023), limit=100).hits
    assert {h.region for h in hits} == {"天津市安和区", "天津市河北区"}
    only = search(both, "地区生产总值", region="天津市河北区", limit=100).hits
    assert {h.region for h in only} == {"天津市河北区"} and {h.year for h in only} == {2023, 2024}
    out = tmp_path / "河北区.sqlite"
    assert run("export", "-o", out, "--region", "天津市河北区", "--archive", both).exit_code == 0
    import sqlite3

    regions = sqlite3.connect(out).execute("SELECT DISTINCT region FROM figures").fetchall()
    assert regions == [("天津市河北区",)]


def test_hits_name_the_paragraph_as_people_do(tmp_path: Path) -> None:
    """The terminal shows 一（五）第1段, never the id p1c5-1; closing paragraphs are 结束语."""
    from conftest import ROOT

    from drafter.archive import Archive
    from drafter.model import paragraph_places
    from drafter.search import Hit, open_index

    copy = tmp_path / "archive"
    shutil.copytree(ROOT / "archive", copy)
    store = Archive(copy)
    region = store.region()
    rows = open_index(copy).execute("SELECT year, section, paragraph FROM paras").fetchall()
    assert rows
    places = {year: paragraph_places(store.load(year, region)) for year in store.years(region)}
    for year, section, pid in rows:
        assert Hit(region, year, section, pid, "", ()).place == places[year][pid], (year, pid)
    from click.testing import CliRunner

    from drafter.cli import cli

    out = CliRunner().invoke(cli, ["search", "营商环境", "--archive", str(copy)]).stdout
    assert "第1段" in out and "p1c" not in out
