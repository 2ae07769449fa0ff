"""Files people open in Excel: CSV with a BOM, and cells that can never become formulas (a leaf:
the sheet writer in draft/ and the CSV renderers in render/ both use it).

Chinese Excel reads a CSV as GBK unless it starts with a UTF-8 byte-order mark, so every CSV
drafter writes for people starts with one and ends its lines with ``\\r\\n``. A text cell that
starts with ``= + - @``, a tab or a carriage return would run as a formula (OWASP's CSV
injection); it is written with a leading apostrophe, which Excel shows as text. A number
(``-3.5``, ``+2``, ``-0.8%``) is left alone, so it stays a number. The .xlsx writer uses
:func:`formula_like` to store such cells as strings.

Standard library only.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

BOM = "\ufeff"
#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+\-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+\-]?\d+)?%?")


def is_number(text: str) -> bool:
    """``text`` is a plain number a spreadsheet reads as one (``-3.5``, ``12%``)."""
    return bool(_NUMBER.fullmatch(text))


def formula_like(text: str) -> bool:
    """``text`` would be taken for a formula: it starts with ``= + - @``/tab/CR and is not a number."""
    return text.startswith(FORMULA_START) and not is_number(text)


def safe_cell(value: object) -> str:
    """A cell's text for a CSV: formula-like text behind an apostrophe, None as empty."""
    text = "" if value is None else str(value)
    return "'" + text if formula_like(text) else text


def unescape_cell(text: str) -> str:
    """Undo :func:`safe_cell` on a cell read back from a CSV drafter wrote."""
    return text[1:] if text.startswith("'") and formula_like(text[1:]) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A CSV for Excel: BOM, header row, ``\\r\\n`` line ends, every cell made safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return BOM + out.getvalue()


__all__ = ["BOM", "FORMULA_START", "csv_text", "formula_like", "is_number", "safe_cell", "unescape_cell"]
