"""LibreOffice accepts and rejects the redline's revisions: one headless soffice for every file.

For the hand-checked pairs, the full-length pair and a draft's own package: LibreOffice
opens each file (repair off), accepts every tracked change and saves text, then rejects every
tracked change and saves text. Accepted must be report B's lines, rejected report A's.
Skipped with the reason when soffice or Debian's python3-uno is missing.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED_2023
from redline_pair import DOCX_REPORTS, NAMES, pair, report_only, texts

from drafter.app import compare_specs
from drafter.normalize import normalize_text
from drafter.render.docx_redline import redline_docx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
UNO_PYTHON = "/usr/bin/python3"
HELPER = Path(__file__).resolve().parent / "office" / "lo_revisions.py"
#: A report's own .docx checked in LibreOffice as report B (web chrome, a meeting line in two
#: paragraphs); the others are checked by drafter's own reading (test_redline.py).
OFFICE_DOCX = DOCX_REPORTS[:1]
docx_cases: dict[str, object] = {}


def _uno() -> bool:
    try:
        return subprocess.run([UNO_PYTHON, "-c", "import uno"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


pytestmark = [
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; apt-get install libreoffice-writer"),
    pytest.mark.skipif(SOFFICE is not None and not _uno(), reason="LibreOffice's Python bridge is missing; apt-get install python3-uno"),
]


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory, full_pair: Any, docx_pairs: Callable[[str], tuple]) -> dict[str, tuple[list[str], list[str], Path]]:
    """Every file written, then one LibreOffice run over all: name → (A lines, B lines, out dir)."""
    folder = tmp_path_factory.mktemp("office")
    expected: dict[str, tuple[list[str], list[str]]] = {}
    files = []
    docx_cases.clear()
    cases = {**{name: pair(name) for name in NAMES}, "full": full_pair}
    for name, compared in cases.items():
        path = folder / f"{name}.docx"
        path.write_bytes(redline_docx(compared.result, compared.a, compared.b, ledger="none"))
        files.append(path)
        expected[name] = texts(compared)
    draft, out = _draft_redline(folder)
    files.append(out)
    compared = compare_specs("2023", str(draft), archive=folder / "archive")
    a_lines = texts(compared)[0]
    from drafter.render.docx_revisions import resolved_text

    expected["draft-redline"] = (a_lines, resolved_text(draft.read_bytes(), accept=True))
    for relative in OFFICE_DOCX:  # a report's own .docx as B: LibreOffice's text of B itself too
        compared, b_docx, data = docx_pairs(relative)
        stem = Path(relative).stem
        (folder / f"{stem}.docx").write_bytes(data)
        (folder / f"{stem}-original.docx").write_bytes(b_docx)
        files += [folder / f"{stem}.docx", folder / f"{stem}-original.docx"]
        docx_cases[stem] = compared
    subprocess.run([UNO_PYTHON, str(HELPER), str(folder / "lo"), *map(str, files)], check=True, timeout=300)
    return {name: (*expected[name], folder / "lo") for name in expected}


def _draft_redline(folder: Path) -> tuple[Path, Path]:
    from click.testing import CliRunner

    from drafter.cli import cli

    archive = folder / "archive"
    draft, out = folder / "draft.docx", folder / "draft-redline.docx"
    runner = CliRunner()
    for args in (["ingest", SEED_2023], ["draft", "2024", "-o", draft],
                 ["diff", "2023", draft, "--docx", out, "--ledger", "none"]):
        result = runner.invoke(cli, [*map(str, args), "--archive", str(archive)])
        assert result.exit_code == 0, result.output
    return draft, out


def _lines(folder: Path, name: str, mode: str) -> list[str]:
    status = (folder / f"{name}.status").read_text(encoding="utf-8")
    assert status == "ok", f"LibreOffice could not open {name}.docx without repair: {status}"
    return (folder / f"{name}.{mode}.txt").read_text(encoding="utf-8-sig").splitlines()


@pytest.mark.parametrize("name", [*NAMES, "full"])
def test_libreoffice_accept_all_is_b_and_reject_all_is_a(office: dict, name: str) -> None:
    a_lines, b_lines, folder = office[name]
    assert _lines(folder, name, "accept") == b_lines
    assert _lines(folder, name, "reject") == a_lines


def test_libreoffice_on_a_drafts_own_package(office: dict) -> None:
    a_lines, draft_lines, folder = office["draft-redline"]
    assert _lines(folder, "draft-redline", "accept") == draft_lines
    rejected = _lines(folder, "draft-redline", "reject")
    assert [normalize_text(t) for t in rejected] == [normalize_text(t) for t in a_lines]


@pytest.mark.parametrize("relative", OFFICE_DOCX)
def test_libreoffice_on_a_reports_own_docx(office: dict, relative: str) -> None:
    folder = next(iter(office.values()))[2]
    stem = Path(relative).stem
    original = _lines(folder, f"{stem}-original", "accept")
    assert _lines(folder, stem, "accept") == original
    compared = docx_cases[stem]
    rejected = report_only(_lines(folder, stem, "reject"), compared, original)  # type: ignore[arg-type]
    assert rejected == [normalize_text(t) for t in texts(compared)[0]]  # type: ignore[arg-type]
