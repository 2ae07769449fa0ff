"""`drafter --help` stays fast: it must not load jieba, python-docx, rich or cn2an."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("jieba", "docx", "rich", "cn2an", "openpyxl", "yaml", "lxml", "diff_match_patch", "jinja2")


def _loaded_after(code: str) -> set[str]:
    probe = (
        "import sys\n"
        f"{code}\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return {m for m in out.stdout.strip().split(",") if m}


def test_help_imports_nothing_heavy() -> None:
    code = (
        "from click.testing import CliRunner\n"
        "from drafter.cli import cli\n"
        "r = CliRunner().invoke(cli, ['--help'])\n"
        "assert r.exit_code == 0, r.output\n"
        "for name in ('ingest', 'show', 'diff', 'draft', 'figures'):\n"
        "    CliRunner().invoke(cli, [name, '--help'])\n"
    )
    assert _loaded_after(code) == set()


def test_version() -> None:
    out = subprocess.run([sys.executable, "-m", "drafter", "--version"], capture_output=True, text=True)
    assert out.returncode == 0
    assert out.stdout.startswith("drafter ")
