"""No leftover temporary files after ``kill -9`` (issue 13), at any moment of a write.

A forked child runs one write — an ingest's commit, a draft's .docx, a review page — and
kills itself with SIGKILL just before its n-th file-system call in ``drafter.atomic`` (every
n in turn, so every moment of the write path is hit). After each kill the archive holds the
old entry, the new one, or (killed between the source's rename and the JSON's) a mismatch the
loader reports as ``已损坏``; the next write into the folder sweeps the dead writer's
temporary files. One more run kills a real ``drafter ingest`` at a random time.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import BUNDLED, SEED_2023, SEED_2024

import drafter.atomic as atomic
from drafter.archive import Archive, dumps, sha256
from drafter.atomic import TEMP_SUFFIX
from drafter.errors import ArchiveError

REGION = "天津市河北区"
_CALLS = ("open", "write", "fsync", "link", "replace", "unlink", "close")

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _calls(action: Callable[[], object]) -> int:
    """How many file-system calls ``action`` makes through drafter.atomic (in a child)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        count = [0]
        for name in _CALLS:
            real = getattr(os, name)

            def counted(*args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
                count[0] += 1
                return _real(*args, **kwargs)

            setattr(atomic.os, name, counted)
        try:
            action()
        finally:
            os.write(write, str(count[0]).encode())
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as handle:
        return int(handle.read())


def _killed_at(n: int, action: Callable[[], object]) -> None:
    """Run ``action`` in a child that SIGKILLs itself before its n-th call (0-based)."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        count = [0]
        for name in _CALLS:
            real = getattr(os, name)

            def deadly(*args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
                if count[0] == n:
                    os.kill(os.getpid(), signal.SIGKILL)
                count[0] += 1
                return _real(*args, **kwargs)

            setattr(atomic.os, name, deadly)
        try:
            action()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def _temps(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if TEMP_SUFFIX in p.name]


@pytest.fixture(scope="module")
def parsed() -> dict[str, object]:
    """The two seed reports as ingest makes them (the bundled archive is byte-identical)."""
    return {str(year): Archive(BUNDLED).load(year) for year in (2023, 2024)}


@pytest.mark.parametrize("year", [2023, 2024], ids=["replace-year", "new-year"])
def test_ingest_killed_at_every_step(tmp_path: Path, parsed, year: int) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "archive"
    shutil.copytree(BUNDLED, root)
    if year == 2024:
        for name in ("2024.json", "2024.source.txt"):
            (root / REGION / name).unlink()
    # the year re-ingested from a changed source, so old and new entries differ
    source = (SEED_2023 if year == 2023 else SEED_2024).read_bytes() + b"\n"
    report = replace(parsed[str(year)], source=replace(parsed[str(year)].source, sha256=sha256(source)))
    old = (root / REGION / f"{year}.json").read_bytes() if year == 2023 else None
    new = dumps(report).encode("utf-8")
    other = root / REGION / f"{2024 if year == 2023 else 2023}.json"
    other_bytes = other.read_bytes()

    def store() -> object:
        return Archive(root).store(report, source, ".txt", force=True)  # type: ignore[arg-type]

    steps = _calls(store)
    assert steps >= 8
    for n in range(steps):
        _killed_at(n, store)
        json_path = root / REGION / f"{year}.json"
        state = json_path.read_bytes() if json_path.exists() else None
        assert state in (old, new), n
        try:
            Archive(root).load(year)
        except ArchiveError as exc:  # only when killed between the two renames
            assert state is None or "校验值不符" in exc.message, (n, exc.message)
        assert other.read_bytes() == other_bytes  # the other year never suffers
        store()  # the next write sweeps the dead writer's temporary files
        assert not _temps(root), (n, _temps(root))
        assert json_path.read_bytes() == new
    assert Archive(root).load(year).year == year


@pytest.mark.parametrize("what", ["draft", "review"])
def test_outputs_killed_at_every_step(tmp_path: Path, what: str) -> None:
    out = tmp_path / ("d.docx" if what == "draft" else "r.html")
    out.write_bytes(b"old")
    data = b"new" * 100_000

    def write() -> object:
        return atomic.write_output(out, data, force=True)

    for n in range(_calls(write)):
        _killed_at(n, write)
        assert out.read_bytes() in (b"old", data)
        write()
        assert not _temps(tmp_path) and out.read_bytes() == data
        out.write_bytes(b"old")


def test_real_diff_html_killed_at_a_random_time(tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    cmd = [sys.executable, "-m", "drafter", "diff", "2023", "2024", "--archive", str(BUNDLED),
           "--html", str(out), "--force"]
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(random.uniform(0.1, 0.6))
    child.kill()
    child.wait()
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert not _temps(tmp_path) and out.read_bytes().startswith(b"<!DOCTYPE html>")
