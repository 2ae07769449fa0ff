"""``drafter ingest PATH...``: folders and many files, in parallel, past bad files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import Result
from conftest import ROOT, SEED_2023, SEED_2024, snapshot

from drafter.archive import Archive
from drafter.batch import find_files, ingest_paths


def test_folder_of_six_reports_and_two_bad_files(six_years: tuple[Path, Result]) -> None:
    root, result = six_years
    assert result.exit_code == 1, result.output
    years = sorted(int(p.stem) for p in (root / "天津市安和区").glob("*.json"))
    assert years == [2018, 2019, 2020, 2021, 2022, 2023]
    assert result.stdout.count("已导入：天津市安和区") == 6
    skipped = [line for line in result.stderr.splitlines() if line.startswith("跳过：")]
    assert len(skipped) == 2
    assert "空白.txt" in skipped[0] and "是空的" in skipped[0]
    assert "通知.txt" in skipped[1] and "不是一份国民经济和社会发展计划报告" in skipped[1]
    assert "共 8 个文件：导入 6，替换 0，跳过 2。" in result.stderr


def test_all_in_exits_0_and_none_exits_2(run, archive: Path, tmp_path: Path) -> None:
    result = run("ingest", SEED_2023, SEED_2024, "--archive", archive, "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "导入 2，替换 0，跳过 0" in result.stderr
    before = snapshot(archive)
    again = run("ingest", SEED_2023, SEED_2024, "--archive", archive, "--jobs", "1")
    assert again.exit_code == 2
    assert again.stderr.count("已有天津市河北区") == 2
    assert snapshot(archive) == before
    replaced = run("ingest", SEED_2023, SEED_2024, "--archive", archive, "--jobs", "1", "--force")
    assert replaced.exit_code == 0 and "替换 2" in replaced.stderr


def test_year_with_many_files_is_a_usage_error(run, archive: Path) -> None:
    result = run("ingest", SEED_2023, SEED_2024, "--year", "2023", "--archive", archive)
    assert result.exit_code == 2
    assert result.stderr.startswith("错误：--year 只能用于单个文件")
    assert snapshot(archive) == {}


def test_find_files_recurses_known_suffixes_and_skips_the_archive(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/1.txt", "a/b/2.DOCX", "a/b/3.pdf", "a/notes.md", "a/.hidden.txt", "a/~$4.docx"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "a" / "archive" / "某区").mkdir(parents=True)
    (tmp_path / "a" / "archive" / "某区" / "2023.source.txt").write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in find_files([tmp_path / "a"], tmp_path / "a" / "archive")]
    assert found == ["a/1.txt", "a/b/2.DOCX", "a/b/3.pdf"]


def test_library_result_keeps_path_order(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "z.txt").write_text("", encoding="utf-8")
    result = ingest_paths([tmp_path / "in"], tmp_path / "archive", jobs=1)
    assert result.exit_code == 2
    assert [o.status for o in result.outcomes] == ["skipped"]
    assert json.dumps(result.summary(), ensure_ascii=False) == '"共 1 个文件：导入 0，替换 0，跳过 1"'


def test_killed_mid_way_leaves_only_whole_reports(tmp_path: Path) -> None:
    """SIGKILL to the whole batch once the first report is in: every report left loads whole."""
    sys.path.insert(0, str(ROOT / "bench"))
    from variants import variant

    folder = tmp_path / "in"
    folder.mkdir()
    for year in range(2015, 2023):
        (folder / f"{year}.txt").write_text(variant(year, number=year), encoding="utf-8")
    root = tmp_path / "archive"
    drafter = Path(sys.executable).parent / "drafter"
    proc = subprocess.Popen([str(drafter), "ingest", str(folder), "--archive", str(root), "--jobs", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while not list(root.glob("*/*.json")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    store = Archive(root)
    years = store.years("天津市河北区")
    assert years, "the first report was in before the kill"
    for year in years:
        report = store.load(year, "天津市河北区")
        assert report.year == year and report.figures
