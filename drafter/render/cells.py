"""Text in terminal cells: display width, line breaking for Chinese, column widths of a table.

Chinese text has no spaces, so a wrapper that breaks only at spaces either overflows or
(rich's ``fold``) cuts anywhere — inside ``35.08亿元`` or ``GDP``. Here a line may break
between two Chinese characters or at a space, never inside a run of Latin letters and digits,
never between a number and its unit (``4.2万平方米``), never before closing punctuation
(``，。）”``) or after opening punctuation (``（“``). Wide characters count two cells.

Imports only the standard library: the help formatter uses it at start-up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

#: Characters a number's unit is made of (``亿元``, ``万平方米``, ``个百分点``, ``余家``).
UNIT_CHARS = (
    "万亿千百十元角分个家户人名所座栋幢套项件台辆艘架次起条宗笔批种类部篇本张处间块株棵只头匹"
    "吨斤克瓦时度米里亩顷公平方立升倍岁天日月年周季秒位级星层楼床辆标箱多余点段章节条"
    "%‰℃"
)
_CLOSING = "，。、；：？！）》」』〕”’…—,.;:?!)]}%‰·>"
_OPENING = "（《「『〔“‘([{<"
_ATOM = re.compile(
    r"[一二三四五六七八九十]+（[一二三四五六七八九十]+）"  # a section label: 二（三）
    r"|（[^（）\s]{1,4}）"  # a short aside: （预计）
    r"|"
    rf"第?[+\-−±≥≤<>~～]?[0-9０-９][0-9０-９.,．:×/\-—~～]*[0-9０-９]?(?:[{UNIT_CHARS}A-Za-z²³/·]{{1,6}})?(?:左右|以上|以下|以内)?"  # number+unit
    r"|(?:<[^<>\s]{1,12}>|[A-Za-z0-9_.@#&/\\'\-+=:%])+"  # a Latin word, code or path (<档案>/x.json)
    r"|\s+"
    r"|.",
    re.S,
)


def char_width(char: str) -> int:
    """Cells one character takes in a terminal: 2 for wide (CJK), 0 for combining, else 1."""
    if unicodedata.combining(char) or char in "\u200b\u200c\u200d\ufeff":
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def text_width(text: str) -> int:
    """Display width of ``text`` in terminal cells."""
    return sum(char_width(c) for c in text)


def atoms(text: str) -> list[str]:
    """``text`` cut into pieces a line may break between (spaces are pieces of their own)."""
    pieces: list[str] = []
    glue_next = False
    for match in _ATOM.finditer(text):
        piece = match.group(0)
        if piece.isspace():
            pieces.append(piece)
            glue_next = False
            continue
        if glue_next or (pieces and not pieces[-1].isspace() and piece[0] in _CLOSING):
            pieces[-1] += piece
        else:
            pieces.append(piece)
        glue_next = piece[-1] in _OPENING
    return pieces


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` cells; explicit newlines are kept."""
    width = max(width, 2)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_line(paragraph, width))
    return lines


def _wrap_line(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line, used = "", 0
    for piece in atoms(text):
        size = text_width(piece)
        if piece.isspace():
            if line and used + size <= width:
                line, used = line + piece, used + size
            elif line:
                lines.append(line.rstrip())
                line, used = "", 0
            continue
        if used + size > width and line:
            lines.append(line.rstrip())
            line, used = "", 0
        while size > width:  # one piece wider than the whole line: the only place it is cut
            head = _chop(piece, width)
            lines.append(head)
            piece = piece[len(head):]
            size = text_width(piece)
        line, used = line + piece, used + size
    lines.append(line.rstrip())
    return lines


def wrap_hanging(line: str, width: int, *, hang: int = 2) -> list[str]:
    """One line wrapped to ``width``: continuation lines indented ``hang`` more than the first."""
    body = line.lstrip(" ")
    indent = " " * (len(line) - len(body))
    first, *rest = wrap(body, width - len(indent) - hang) or [""]
    return [indent + first, *(indent + " " * hang + more for more in rest)]


def _chop(text: str, width: int) -> str:
    used = 0
    for index, char in enumerate(text):
        used += char_width(char)
        if used > width:
            return text[: max(index, 1)]
    return text


def longest_atom(text: str) -> int:
    """Width of the widest piece of ``text`` that may not be broken."""
    return max((text_width(p) for p in atoms(text) if not p.isspace()), default=0)


def fit_widths(
    columns: Sequence[Sequence[str]],
    available: int,
    *,
    floor: int = 4,
    weights: Sequence[int] = (),
    keep: Sequence[int] = (),
) -> list[int]:
    """Widths for table columns (each a list of cell texts) summing to at most ``available``.

    Each column gets its natural width when all fit; otherwise every column keeps at least its
    widest unbreakable piece (capped at its natural width) and the space left is poured in
    by ``weights`` (default even), a column taking no more than its natural width — so short
    columns (a status, a percentage) stay on one line and long text columns share what remains.
    """
    weights = list(weights) or [1] * len(columns)
    kept = set(keep)  # columns of short labels (a status, a percentage): never wrapped if it can be helped
    natural = [max((text_width(line) for cell in col for line in cell.split("\n")), default=0) for col in columns]
    natural = [max(n, 1) for n in natural]
    if sum(natural) <= available:
        return natural
    least = [min(n, max(floor, max((longest_atom(c) for c in col), default=0))) for n, col in zip(natural, columns, strict=True)]
    if sum(least) >= available:
        return _shrink(least, available, floor)
    widths = list(least)
    spare = available - sum(least)
    for index in sorted(kept, key=lambda i: natural[i] - least[i]):  # short labels first, whole
        give = min(natural[index] - widths[index], spare)
        widths[index] += give
        spare -= give
    while spare > 0:
        hungry = sorted((i for i in range(len(widths)) if widths[i] < natural[i]), key=lambda i: natural[i] - widths[i])
        if not hungry:
            break
        total = sum(weights[i] for i in hungry)
        pool = spare
        for index in hungry:
            share = max(pool * weights[index] // total, 1)
            give = min(share, natural[index] - widths[index], spare)
            widths[index] += give
            spare -= give
            if spare == 0:
                break
    return widths


def _shrink(widths: list[int], available: int, floor: int) -> list[int]:
    """Narrow the widest columns until the table fits (pieces wider than a column are cut)."""
    widths = list(widths)
    while sum(widths) > available and max(widths) > floor:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    return widths


def wrap_cells(row: Sequence[str], widths: Sequence[int]) -> list[str]:
    """Each cell of ``row`` wrapped to its column's width, lines joined by newlines."""
    return ["\n".join(wrap(cell, width)) for cell, width in zip(row, widths, strict=True)]


__all__ = ["atoms", "char_width", "fit_widths", "longest_atom", "text_width", "wrap", "wrap_cells", "wrap_hanging"]
