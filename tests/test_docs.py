"""The README is how a new user meets drafter: keep it true."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _quick_start() -> list[str]:
    section = README.split("## Quick start", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the quick start has a shell block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_quick_start_has_exactly_two_commands() -> None:
    lines = _quick_start()
    assert len(lines) == 2
    assert "drafter" in lines[0] and "pip install" in lines[0]
    assert "pytest" in lines[1] and "[test]" in lines[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci_lines = [line.strip() for line in CI.splitlines() if line.strip() and not line.startswith("#")]
    assert _quick_start()[1] in ci_lines


def test_every_command_is_documented() -> None:
    from drafter.cli import COMMANDS, LazyGroup

    for name in COMMANDS:
        if LazyGroup._load(name) is not None:
            assert f"drafter {name}" in README, f"README does not show `drafter {name}`"
