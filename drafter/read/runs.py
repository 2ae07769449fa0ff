"""Formatted runs → one line of text and its leading bold run (shared by the .docx and .html readers).

A reader walks its format and produces, per line, a list of ``Run``s (text and whether it
is bold). ``line_text`` and ``leading_bold`` turn that into ``Block.text`` and
``Block.bold`` so both formats agree on what "the leading bold run" means: the bold text
at the start of the line, where whitespace neither starts nor breaks it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    """A stretch of text with one formatting."""

    text: str
    bold: bool = False
    link: bool = False


def _strip(text: str) -> str:
    return text.strip()


def line_text(runs: Sequence[Run], clean: Callable[[str], str] = _strip) -> str:
    """The line's text, cleaned (stripped; the HTML reader also collapses whitespace)."""
    return clean("".join(run.text for run in runs))


def leading_bold(runs: Sequence[Run], clean: Callable[[str], str] = _strip) -> str:
    """The text of the line's leading bold run(s), "" if the line does not open in bold.

    The result is always a prefix of ``line_text(runs, clean)``.
    """
    taken: list[str] = []
    for run in runs:
        if not run.text.strip():
            taken.append(run.text)
            continue
        if not run.bold:
            break
        taken.append(run.text)
    bold = clean("".join(taken))
    if not bold or not line_text(runs, clean).startswith(bold):
        return ""
    return bold


def split_lines(runs: Sequence[Run]) -> list[list[Run]]:
    """Split runs at line breaks ("\\n" inside a run's text) into one list per line."""
    lines: list[list[Run]] = [[]]
    for run in runs:
        pieces = run.text.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                lines.append([])
            if piece:
                lines[-1].append(Run(piece, run.bold, run.link))
    return lines
