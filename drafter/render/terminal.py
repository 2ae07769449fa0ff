"""Tables for the terminal that fit its width.

The layout is ours (``drafter.render.cells``: widths shared out by what each column needs,
cells wrapped between words, never inside one or inside a number with its unit); rich only
draws the frame and the colours, with every column's width fixed, so rich never folds a cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from drafter.render.cells import fit_widths, wrap_cells


def frame_width(columns: int, *, box: bool = True, pad_edge: bool = True) -> int:
    """Cells a rich table spends on edges, separators and padding (padding 1 each side)."""
    edges = 2 if box else 0
    separators = columns - 1 if box else 0
    padding = 2 * columns - (0 if pad_edge else 2)
    return edges + separators + padding


def fitted_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    *,
    right: Sequence[int] = (),
    weights: Sequence[int] = (),
    keep: Sequence[int] = (),
    styles: Sequence[dict[int, str]] | None = None,
    title: str | None = None,
    box: Any = None,
    pad_edge: bool = True,
) -> Any:
    """A rich ``Table`` of ``rows`` (plain text) no wider than ``width`` cells.

    right:  indexes of right-aligned columns (numbers)
    weights: how the space left after each column's minimum is shared (default evenly)
    keep:   columns of short labels kept on one line while the table can still fit
    styles: per row, column index → rich style (colour only; the text says it all)
    box:    a ``rich.box`` frame, or None for rich's default heavy-head frame
    """
    from rich import box as boxes
    from rich.table import Table
    from rich.text import Text

    frame = box if box is not None else boxes.HEAVY_HEAD
    columns = [[header, *(row[i] for row in rows)] for i, header in enumerate(headers)]
    widths = fit_widths(columns, width - frame_width(len(headers), pad_edge=pad_edge), weights=weights, keep=keep)
    table = Table(title=title, title_justify="left", box=frame, pad_edge=pad_edge, show_lines=False)
    for index, (header, size) in enumerate(zip(headers, widths, strict=True)):
        table.add_column("\n".join(wrap_cells([header], [size])), width=size, no_wrap=True,
                         justify="right" if index in right else "left")
    for number, row in enumerate(rows):
        style = styles[number] if styles else {}
        cells = wrap_cells(row, widths)
        table.add_row(*(Text(cell, style=style.get(i, "")) for i, cell in enumerate(cells)))
    return table


__all__ = ["fitted_table", "frame_width"]
