"""Nothing lost (issue 13): no output lands in the archive, no file is overwritten silently,
a failed write leaves no trace, and concurrent writers of one year take turns."""

from __future__ import annotations

import errno
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BUNDLED, EXAMPLES, SEED_2023, SEED_2024, snapshot

from drafter.archive import Archive
from drafter.atomic import TEMP_SUFFIX, commit, sweep, temp_path

REGION = "天津市河北区"
FIGURES = EXAMPLES / "figures-2024.yaml"


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    shutil.copytree(BUNDLED, root)
    return root


def _one_chinese_line(result) -> str:  # type: ignore[no-untyped-def]
    err = result.stderr
    assert result.exit_code == 2, (result.exit_code, err, result.exception)
    assert err.startswith("错误：") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


def _temps(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith((TEMP_SUFFIX, ".tmp"))]


@pytest.mark.parametrize("name", ["2023.json", "2023.source.txt", "links.yaml", "new.html"])
def test_diff_html_never_writes_into_the_archive(run, bundled: Path, name: str) -> None:
    before = snapshot(bundled)
    result = run("diff", "2023", "2024", "--archive", bundled, "--html", bundled / REGION / name, "--force")
    assert "位于档案中" in _one_chinese_line(result)
    assert snapshot(bundled) == before


def test_archive_root_is_refused_even_for_a_new_name(run, bundled: Path) -> None:
    before = snapshot(bundled)
    result = run("diff", "2023", "2024", "--archive", bundled, "--html", bundled / "review.html")
    assert "位于档案中" in _one_chinese_line(result)
    assert snapshot(bundled) == before


def test_draft_and_sheet_never_write_into_the_archive(run, bundled: Path, tmp_path: Path) -> None:
    before = snapshot(bundled)
    # another archive's region folder is refused too, though --archive names this one
    other = tmp_path / "other"
    shutil.copytree(BUNDLED, other)
    for args in (
        ("draft", "2024", "-o", other / REGION / "2023.source.docx"),
        ("draft", "2024", "-o", bundled / REGION / "draft.docx", "--force"),
        ("sheet", "2024", "-o", bundled / REGION / "s.xlsx"),
        ("sheet", "2024", "-o", other / REGION / "links.yaml", "--force"),
        ("check", "2024", "--html", bundled / REGION / "2024.json", "--force"),
    ):
        assert "位于档案中" in _one_chinese_line(run(*args, "--archive", bundled))
    assert snapshot(bundled) == before and snapshot(other) == snapshot(BUNDLED)


@pytest.mark.parametrize(
    "args",
    [
        ("draft", "2024", "--figures", str(FIGURES), "-o", "{out}.docx"),
        ("sheet", "2024", "-o", "{out}.xlsx"),
        ("diff", "2023", "2024", "--html", "{out}.html"),
        ("check", "2024", "--html", "{out}.html"),
    ],
    ids=["draft", "sheet", "diff-html", "check-html"],
)
def test_existing_output_needs_force(run, bundled: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    out = str(tmp_path / "out")
    argv = [a.format(out=out) for a in args] + ["--archive", str(bundled)]
    target = Path(argv[argv.index("-o") + 1] if "-o" in argv else argv[argv.index("--html") + 1])
    target.write_bytes(b"mine")
    err = _one_chinese_line(run(*argv))
    assert "已存在" in err and "--force" in err
    assert target.read_bytes() == b"mine"
    assert run(*argv, "--force").exit_code == 0
    assert target.read_bytes() != b"mine" and not _temps(tmp_path)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
@pytest.mark.parametrize("command", ["draft", "sheet", "diff"])
def test_failed_write_leaves_nothing(run, bundled: Path, tmp_path: Path, monkeypatch, code: int, command: str) -> None:
    import drafter.atomic as atomic

    real_write = atomic.os.write

    def failing(fd: int, data) -> int:  # type: ignore[no-untyped-def]
        written = real_write(fd, bytes(data[: len(data) // 2]))
        assert written
        raise OSError(code, "simulated")

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "keep.docx").write_bytes(b"old")
    monkeypatch.setattr(atomic.os, "write", failing)
    args = {
        "draft": ("draft", "2024", "-o", out_dir / "keep.docx", "--force"),
        "sheet": ("sheet", "2024", "-o", out_dir / "s.xlsx"),
        "diff": ("diff", "2023", "2024", "--html", out_dir / "r.html"),
    }[command]
    err = _one_chinese_line(run(*args, "--archive", bundled))
    assert "无法写入" in err
    assert {p.name: p.read_bytes() for p in out_dir.iterdir()} == {"keep.docx": b"old"}


def test_failed_ingest_rolls_back_both_files(run, bundled: Path, monkeypatch) -> None:
    import drafter.atomic as atomic

    before = snapshot(bundled)
    calls = {"n": 0}
    real_replace = atomic.os.replace

    def second_fails(src, dst):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.ENOSPC, "simulated")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", second_fails)
    err = _one_chinese_line(run("ingest", SEED_2023, "--archive", bundled, "--force"))
    assert "磁盘已满" in err
    assert snapshot(bundled) == before


def test_json_records_its_source_and_the_loader_checks_it(run, bundled: Path) -> None:
    source = bundled / REGION / "2023.source.txt"
    source.write_bytes(source.read_bytes() + b"\n")  # as a kill between the two renames leaves it
    err = _one_chinese_line(run("show", "2023", "--archive", bundled))
    assert "已损坏" in err and "校验值不符" in err
    assert run("ingest", SEED_2023, "--archive", bundled, "--force").exit_code == 0
    assert run("show", "2023", "--archive", bundled).exit_code == 0


def test_concurrent_ingests_of_one_year_exactly_one_wins(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "drafter", "ingest", str(SEED_2024), "--archive", str(archive)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        for _ in range(2)
    ]
    results = [(p.wait(timeout=60), p.stderr.read()) for p in procs]  # type: ignore[union-attr]
    assert sorted(code for code, _ in results) == [0, 2], results
    for code, err in results:
        if code == 2:
            assert err.startswith("错误：档案中已有天津市河北区 2024 年的报告") and err.count("\n") == 1, err
    assert Archive(archive).load(2024).year == 2024
    assert not _temps(archive)


def test_sweep_removes_only_dead_writers_temps(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    mine = temp_path(target)
    mine.write_bytes(b"in progress")
    dead = tmp_path / f".a.json.999999999.00ff{TEMP_SUFFIX}"
    dead.write_bytes(b"left by kill -9")
    other = tmp_path / ".a.json.tmp"
    other.write_bytes(b"not ours")
    assert sweep(tmp_path) == [dead]
    assert mine.exists() and other.exists()


def test_commit_is_all_or_nothing(tmp_path: Path, monkeypatch) -> None:
    import drafter.atomic as atomic

    a, b = tmp_path / "a", tmp_path / "b"
    a.write_bytes(b"old a")
    monkeypatch.setattr(atomic, "_fsync_dir", lambda folder: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        commit({a: b"new a", b: b"new b"})
    # interrupted after the renames: both new, no temp left
    assert (a.read_bytes(), b.read_bytes()) == (b"new a", b"new b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_ingest_sweeps_what_older_versions_left(run, bundled: Path) -> None:
    import os

    legacy = bundled / REGION / ".2023.json.k3j5x8qz.tmp"
    legacy.write_bytes(b"x" * 1000)
    os.utime(legacy, (1, 1))
    fresh = bundled / REGION / ".2023.json.abcdefgh.tmp"  # might be a running older drafter's
    fresh.write_bytes(b"x")
    assert run("ingest", SEED_2023, "--archive", bundled, "--force").exit_code == 0
    assert not legacy.exists() and fresh.exists()
