"""What a person checks of a command's result: it ran, or it refused bad input with one Chinese
line (exit 2) and printed nothing else."""

from __future__ import annotations


def ok(result) -> str:
    assert result.exit_code == 0, result.output
    return result.stdout


def ok_bytes(result) -> bytes:
    """Standard output as written (click's ``stdout`` turns \\r\\n into \\n)."""
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def refused(result, *, quiet: bool = True) -> str:
    """Bad input: exit 2, one Chinese line on stderr (``错误：…``), nothing on stdout when ``quiet``."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误："), result.stderr
    if quiet:
        assert not result.stdout
    return lines[0]
