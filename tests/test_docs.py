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


# ---------------------------------------------------------------- the examples run

def _blocks(language: str) -> list[str]:
    """Code blocks of the README after the quick start (which installs; CI runs that one)."""
    body = README.split("## What it does", 1)[1]
    return re.findall(rf"```{language}\n(.*?)```", body, re.S)


def _copy_of_the_bundled_archive(tmp_path, monkeypatch):
    import shutil

    shutil.copytree(ROOT / "archive", tmp_path / "archive")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DRAFTER_ARCHIVE", raising=False)


def _run_line(line: str) -> None:
    """One shell line of drafter commands (``a && b``, ``> file``) run in-process, as a shell would."""
    import importlib.util
    import shlex
    from pathlib import Path

    from click.testing import CliRunner

    from drafter.cli import cli

    if "parquet" in line and importlib.util.find_spec("pyarrow") is None:
        return  # the optional extra (pip install 'drafter[parquet]') is not installed here
    for command in line.split("&&"):
        words = shlex.split(command)
        assert words[0] == "drafter", line
        out = None
        if ">" in words:
            words, out = words[: words.index(">")], words[words.index(">") + 1]
        result = CliRunner().invoke(cli, words[1:], prog_name="drafter")
        expected = (0, 1) if "--fail-on" in words else (0,)  # 1: a target is in a listed status
        assert result.exit_code in expected, f"`{command.strip()}` → {result.exit_code}: {result.output}"
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        if out:
            Path(out).write_bytes(result.stdout_bytes)


def test_readme_examples_run_on_the_bundled_archive(tmp_path, monkeypatch) -> None:
    _copy_of_the_bundled_archive(tmp_path, monkeypatch)
    lines = [line for block in _blocks("sh") for line in block.splitlines() if line.strip()]
    assert len(lines) > 15 and any(line.startswith("drafter link") for line in lines)
    for line in lines:
        _run_line(line)
    assert (tmp_path / "review.html").is_file() and (tmp_path / "draft-2024.docx").is_file()
    assert (tmp_path / "2024目标.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    for block in _blocks("python"):
        exec(compile(block, "README.md", "exec"), {})  # noqa: S102 - the README's own example


def test_help_examples_run_on_the_bundled_archive(tmp_path, monkeypatch) -> None:
    from drafter.cli import COMMANDS, LazyGroup, cli

    for name in ["", *COMMANDS]:
        command = LazyGroup._load(name) if name else cli
        if command is None:
            continue
        folder = tmp_path / (name or "drafter")
        _copy_of_the_bundled_archive(folder, monkeypatch)
        examples = (command.help or "").split("示例：", 1)[1]
        for line in (line.strip() for line in examples.splitlines()):
            if line:
                _run_line(line)


def _transcripts() -> list[tuple[str, list[str]]]:
    """The README's indented terminal sessions: (``drafter …`` command, the lines it shows)."""
    out = []
    for block in re.findall(r"\n\n((?:    .*\n|\n)+)", README):
        lines = [line[4:] for line in block.rstrip("\n").splitlines()]
        if lines and lines[0].startswith("$ drafter "):
            out.append((lines[0][2:], lines[1:]))
    return out


def test_readme_terminal_sessions_show_what_drafter_prints(tmp_path, monkeypatch) -> None:
    """Every shown line is printed, in order; a line of only ``…`` stands for lines left out."""
    import shlex

    from click.testing import CliRunner

    from drafter.cli import cli

    sessions = _transcripts()
    assert len(sessions) >= 2
    _copy_of_the_bundled_archive(tmp_path, monkeypatch)
    _run_line("drafter draft 2024 -o draft-2024.docx")  # the draft the README's session checks
    for command, shown in sessions:
        printed = CliRunner().invoke(cli, shlex.split(command)[1:], prog_name="drafter").stdout.splitlines()
        abridged = any(line.strip() == "…" for line in shown)
        expected = [line for line in shown if line.strip() != "…"]
        if not abridged:
            assert printed == expected, command
            continue
        at = 0
        for line in expected:
            found = next((i for i in range(at, len(printed)) if printed[i] == line), None)
            assert found is not None, f"`{command}` no longer prints, in this order: {line}"
            at = found + 1
