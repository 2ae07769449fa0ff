"""Tables for the terminal that fit its width.

The layout comes from ``drafter.render.cells``: column widths shared out by what each column
needs, cells wrapped between words, never inside one or inside a number with its unit. The
frame is drawn here too, in plain text (colour only when asked, as ANSI codes), so a table
costs no rich import and the same rows always give the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from drafter.render.cells import fit_widths, text_width, wrap


@dataclass(frozen=True)
class Frame:
    """Characters of a table frame: top, header rule, bottom (left, fill, cross, right), and the
    vertical bars of the header and of the body. ``""`` leaves a line out."""

    top: tuple[str, str, str, str]
    rule: tuple[str, str, str, str]
    bottom: tuple[str, str, str, str]
    head_bar: str
    body_bar: str


#: Frames by name: ``heavy`` (a heavy head over a light body), ``ascii`` (pipes and dashes),
#: ``simple`` (only a rule under the head), ``bare`` (no bars: columns two spaces apart, a dashed
#: rule under the head; the most room for text in 80 columns).
FRAMES = {
    "heavy": Frame(("┏", "━", "┳", "┓"), ("┡", "━", "╇", "┩"), ("└", "─", "┴", "┘"), "┃", "│"),
    "ascii": Frame(("+", "-", "+", "+"), ("+", "-", "+", "+"), ("+", "-", "+", "+"), "|", "|"),
    "simple": Frame(("", "", "", ""), (" ", "─", "─", " "), ("", "", "", ""), " ", " "),
    "bare": Frame(("", "", "", ""), ("", "-", "", ""), ("", "", "", ""), "", ""),
}
#: Frames without bars put this many spaces between columns instead.
GUTTER = 2
#: Colour names the renderers use → ANSI SGR codes.
STYLES = {
    "bold": "1", "dim": "2", "italic": "3", "underline": "4", "red": "31", "green": "32", "yellow": "33",
    "blue": "34", "magenta": "35", "cyan": "36",
}


def frame_width(columns: int, *, pad_edge: bool = True, frame: str = "heavy") -> int:
    """Cells a table spends on its two edges, the bars between columns and one space of padding
    each side of a cell (``pad_edge=False``: none outside the first and last cells); a frame
    without bars spends only the gutters between columns."""
    if not FRAMES[frame].body_bar:
        return GUTTER * (columns - 1)
    return 2 + (columns - 1) + 2 * columns - (0 if pad_edge else 2)


def draw_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    *,
    right: Sequence[int] = (),
    weights: Sequence[int] = (),
    keep: Sequence[int] = (),
    styles: Sequence[dict[int, str]] | None = None,
    title: str | None = None,
    frame: str = "heavy",
    pad_edge: bool = True,
    color: bool = False,
) -> str:
    """A table of ``rows`` (plain text) no wider than ``width`` cells, as text ending in a newline.

    right:   indexes of right-aligned columns (numbers)
    weights: how the space left after each column's minimum is shared (default evenly)
    keep:    columns of short labels kept on one line while the table can still fit
    styles:  per row, column index → colour words (``bold red``); used only when ``color``
    """
    box = FRAMES[frame]
    columns = [[header, *(row[i] for row in rows)] for i, header in enumerate(headers)]
    room = width - frame_width(len(headers), pad_edge=pad_edge, frame=frame)
    widths = fit_widths(columns, room, weights=weights, keep=keep)
    last = len(widths) - 1
    if box.body_bar:
        pads = [(0 if i == 0 and not pad_edge else 1, 0 if i == last and not pad_edge else 1) for i in range(len(widths))]
    else:
        pads = [(0, 0 if i == last else GUTTER) for i in range(len(widths))]
    lines = [title] if title else []
    lines.append(_rule(box.top, widths, pads))
    lines.extend(_row(headers, widths, pads, right, box.head_bar, {}, color))
    lines.append(_rule(box.rule, widths, pads))
    for number, row in enumerate(rows):
        style = styles[number] if styles else {}
        lines.extend(_row(row, widths, pads, right, box.body_bar, style, color))
    lines.append(_rule(box.bottom, widths, pads))
    return "".join(line.rstrip() + "\n" for line in lines if line)


def _rule(chars: tuple[str, str, str, str], widths: list[int], pads: list[tuple[int, int]]) -> str:
    left, fill, cross, end = chars
    if not fill:
        return ""
    return left + cross.join(fill * (w + a + b) for w, (a, b) in zip(widths, pads, strict=True)) + end


def _row(cells: Sequence[str], widths: list[int], pads: list[tuple[int, int]], right: Sequence[int], bar: str,
         style: dict[int, str], color: bool) -> list[str]:
    wrapped = [wrap(cell, w) for cell, w in zip(cells, widths, strict=True)]
    height = max(len(lines) for lines in wrapped)
    out = []
    for n in range(height):
        parts = []
        for i, (lines, w, (a, b)) in enumerate(zip(wrapped, widths, pads, strict=True)):
            text = lines[n] if n < len(lines) else ""
            gap = " " * (w - text_width(text))
            text = _paint(text, style.get(i, "")) if color else text
            parts.append(" " * a + (gap + text if i in right else text + gap) + " " * b)
        out.append(bar + bar.join(parts) + bar)
    return out


def _paint(text: str, style: str) -> str:
    codes = ";".join(STYLES[word] for word in style.split() if word in STYLES)
    return f"\x1b[{codes}m{text}\x1b[0m" if codes and text else text


__all__ = ["FRAMES", "Frame", "draw_table", "frame_width"]
