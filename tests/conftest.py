"""Shared test fixtures: paths to the real reports, a CLI runner, golden-file comparison.

Run ``pytest --update-golden`` to rewrite golden files from today's output; review the
resulting ``git diff`` like code.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from drafter.archive import INDEX_NAME

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED_2023 = EXAMPLES / "tjhb-2023.txt"
SEED_2024 = EXAMPLES / "tjhb-2024-opening.txt"
BUNDLED = ROOT / "archive"
CASES = Path(__file__).resolve().parent / "cases"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
LEDGER = Path(__file__).resolve().parent / "ledger"

#: Keep compiled bytecode (drafter's modules, the assertion-rewritten tests) between runs, in
#: the gitignored ``__pycache__`` folders, even where the shell sets PYTHONDONTWRITEBYTECODE:
#: without it every run recompiles each test module in both workers (~4 s of collection each)
#: and every ``python -m drafter`` the tests start recompiles drafter (~0.3 s each). Only where
#: compiled files go changes; what runs is the same source.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


@cache
def opencc(config: str) -> Any:
    """One OpenCC converter a process for ``config`` (``"s2t"``: the tests' traditional copies of a page):
    each new one indexes its dictionaries again (40–100 ms); a converter keeps no state between texts."""
    from opencc_purepy import OpenCC

    return OpenCC(config)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from today's output")


#: The files that take longest, longest first (seconds of one of two workers, round 18: a
#: shared 2-core machine at load ~1–2, each test's set-up, call and teardown summed per file).
#: ``--dist loadfile`` hands whole files to the two workers in collection order (addopts:
#: ``--no-loadscope-reorder``, as xdist would otherwise order them by their number of tests and
#: leave the few slow ones, LibreOffice and the hostile inputs, for last); starting with the
#: longest and ending with the short ones keeps both workers busy to the end. Files not named
#: here follow, most tests first, as xdist orders them.
SLOWEST_FILES: tuple[str, ...] = (
    "test_redline_office.py",  # 10.5: one LibreOffice over every file
    "test_real_pages_b.py",  # 8.5
    "test_robust_limits.py",  # 8.4: the hostile inputs, each in a child forked from one process
    "test_real_pages_c.py",  # 7.3
    "test_review_browser.py",  # 6.7: Chromium
    "test_robust_writes.py",  # 4.2
    "test_robust_kill.py",  # 4.1
    "test_docs.py",  # 4.0
    "test_history_batch.py",  # 3.9
    "test_draft_report_sets.py",  # 3.6
    "test_history.py",  # 3.0
    "test_list_index.py",  # 2.9
    "test_draft_office.py",  # 2.4: LibreOffice
    "test_redline.py",  # 2.4
    "test_page_joins_bounded.py",  # 2.2
    "test_fuzz.py",  # 2.2
    "test_history_browser.py",  # 1.7: Chromium
    "test_robust_misc.py",  # 1.5
    "test_figures_rd17fxp12.py",  # 1.5
    "test_figures_bounded.py",  # 1.5
    "test_read_docx.py",  # 1.4
    "test_history_export.py",  # 1.2
    "test_report_sets.py",  # 1.1
    "test_segment.py",  # 1.1: jieba's start in a process of its own
    "test_halfyear3.py",  # 1.0
    "test_ingest.py",  # 1.0
    "test_pairs.py",  # 1.0
    "test_robust_archive.py",  # 0.9
)


def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    count: dict[str, int] = {}
    for item in items:
        count[item.path.name] = count.get(item.path.name, 0) + 1
    rank = {name: i for i, name in enumerate(SLOWEST_FILES)}
    # stable: each file's tests keep their order
    items.sort(key=lambda item: (rank.get(item.path.name, len(rank)), -count[item.path.name], str(item.path)))


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def golden(update_golden: bool) -> Callable[[Path, str], None]:
    """Compare text with a golden file (or rewrite it with --update-golden)."""

    def check(path: Path, text: str) -> None:
        if update_golden or not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            if not update_golden:
                pytest.fail(f"golden file {path} did not exist; written now, review and commit it")
        assert text == path.read_text(encoding="utf-8")

    return check


@pytest.fixture
def run() -> Callable[..., Result]:
    """Run the drafter CLI in-process; returns click's Result (stdout/stderr apart)."""
    from drafter.cli import cli

    def invoke(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
        runner = CliRunner()
        return runner.invoke(cli, [str(a) for a in args], env=env, input=input, prog_name="drafter")

    return invoke


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """An empty archive folder."""
    path = tmp_path / "archive"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def _only_2024(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from drafter.ingest import ingest_file

    root = tmp_path_factory.mktemp("only-2024") / "archive"
    ingest_file(SEED_2024, root)
    return root


@pytest.fixture
def archive_2024(tmp_path: Path, _only_2024: Path) -> Path:
    """An archive of the test's own holding the real 2024 report (a copy of one ingested once
    a session)."""
    import shutil

    path = tmp_path / "archive"
    shutil.copytree(_only_2024, path)
    return path


@pytest.fixture(scope="session")
def seeded_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A session-wide archive holding both real reports, ingested once (treat as read-only)."""
    from drafter.ingest import ingest_file

    root = tmp_path_factory.mktemp("seeded") / "archive"
    ingest_file(SEED_2023, root)
    ingest_file(SEED_2024, root)
    return root


@pytest.fixture(scope="session")
def seed_diff(seeded_archive: Path) -> tuple[Any, Any, Any]:
    """``diff_reports`` of the two real reports as archived (2023 whole, 2024 an excerpt):
    (result, report A, report B), computed once (treat as read-only)."""
    from drafter.archive import load_report
    from drafter.compare import diff_reports

    a, b = load_report(seeded_archive, 2023), load_report(seeded_archive, 2024)
    return diff_reports(a, b), a, b


#: tests/ledger's pair: the seed of 2023 (side a) and its next year with whole chapters of part 一
#: rewritten (side b), with what its ledger must say.
LEDGER_SPEC: dict[str, Any] = json.loads((LEDGER / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def ledger_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/ledger's pair, ingested once (treat as read-only)."""
    from drafter.ingest import ingest_file

    root = tmp_path_factory.mktemp("ledger") / "archive"
    for side in ("a", "b"):
        ingest_file(LEDGER / LEDGER_SPEC[side]["file"], root)
    return root


@pytest.fixture(scope="session")
def ledger_compared(ledger_archive: Path) -> Any:
    """``compare_specs`` of tests/ledger's two years, once (treat as read-only)."""
    from drafter.app import compare_specs

    return compare_specs(str(LEDGER_SPEC["a"]["year"]), str(LEDGER_SPEC["b"]["year"]), archive=ledger_archive)


@pytest.fixture(scope="session")
def full_pair(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The seed and its scripted next year (tests/redline_pair.py) compared, once a session
    (treat as read-only)."""
    from redline_pair import write_pair

    from drafter.app import compare_specs

    a, b = write_pair(tmp_path_factory.mktemp("full"))
    return compare_specs(str(a), str(b))


@pytest.fixture(scope="session")
def docx_pairs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], tuple[Any, bytes, bytes]]:
    """``docx_pair`` (tests/redline_pair.py) of a report's own .docx, once a session each."""
    from redline_pair import docx_pair

    folder = tmp_path_factory.mktemp("docx-pairs")
    done: dict[str, tuple[Any, bytes, bytes]] = {}

    def get(relative: str) -> tuple[Any, bytes, bytes]:
        if relative not in done:
            done[relative] = docx_pair(relative, folder)
        return done[relative]

    return get


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below a folder with its bytes, to prove nothing changed; the regions' metadata
    indexes (``.drafter-index``, a cache of stat stamps that any reading command may rebuild) apart."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != INDEX_NAME}


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for every page test of the session (tests/offline_page.py); each
    test opens and closes pages of its own in it."""
    from offline_page import launched  # skips the test, with the reason, without Chromium

    with launched() as instance:
        yield instance


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


os.environ.pop("DRAFTER_ARCHIVE", None)


@pytest.fixture(scope="session")
def six_years(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """A six-year region (bench/variants.py) batch-ingested with two bad files beside it, by
    ``drafter ingest FOLDER``; the archive and the command's result (treat as read-only)."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from variants import write_six_years

    from drafter.cli import cli

    base = tmp_path_factory.mktemp("six")
    write_six_years(base / "reports")
    (base / "reports" / "坏").mkdir()
    (base / "reports" / "坏" / "空白.txt").write_text("\n", encoding="utf-8")
    (base / "reports" / "坏" / "通知.txt").write_text("关于召开会议的通知\n请各单位准时参加。\n", encoding="utf-8")
    root = base / "archive"
    result = CliRunner().invoke(cli, ["ingest", str(base / "reports"), "--archive", str(root), "--jobs", "2"],
                                prog_name="drafter")
    return root, result
