"""The WordprocessingML pieces of a redline: runs, revisions, move ranges, comments and the
ledger table. Shared by ``docx_redline`` (drafter's own layout) and ``docx_package`` (report
B's own .docx), so neither imports the other for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from drafter.render.redline import Piece, RedLine
from drafter.render.redline_ledger import Comment

LedgerPlace = Literal["first", "annex", "none"]
LEDGER_PLACES: tuple[str, ...] = ("first", "annex", "none")
DEFAULT_AUTHOR = "drafter"
LEDGER_CAPTION = "目标完成情况台账"
LEDGER_NOTE = "（drafter 根据两年报告生成，供审阅参考，不属于报告正文）"
#: Column widths in twips: 156 mm of type area.
LEDGER_WIDTHS = (2200, 1700, 1700, 1744, 1500)

_XML_SPACE = ' xml:space="preserve"'
_SPECIAL = re.compile(r"(\t|\n)")


@dataclass
class Stamp:
    """Author and date of every revision, and the counter that keeps their ids unique."""

    author: str
    date: str
    next_id: int = 1
    ranges: dict[tuple[int, str], int] = field(default_factory=dict)  # open move ranges' ids

    def attrs(self) -> str:
        n = self.next_id
        self.next_id += 1
        return f'w:id="{n}" w:author="{_attr(self.author)}" w:date="{self.date}"'


# ---------------------------------------------------------------------------- runs


def cut_pieces(line: RedLine, comments: Sequence[Comment]) -> list[Piece]:
    """The line's pieces, cut where a lead sentence (bold) and each comment start and end."""
    cuts: dict[str, set[int]] = {"a": set(), "b": set()}
    for side, ref in (("a", line.a_line), ("b", line.b_line)):
        if ref is not None and ref.lead:
            cuts[side].add(ref.lead)
    for c in comments:
        cuts[c.side].update((c.start, c.end))
    return [_bold(cut, line) for piece in line.pieces for cut in _cut(piece, cuts)]


def _cut(piece: Piece, cuts: dict[str, set[int]]) -> Iterable[Piece]:
    points: set[int] = set()
    for side, pos in (("a", piece.a), ("b", piece.b)):
        if pos >= 0:
            points.update(x - pos for x in cuts[side] if pos < x < pos + len(piece.text))
    start = 0
    for k in sorted(points) + [len(piece.text)]:
        if k > start:
            yield replace(
                piece,
                text=piece.text[start:k],
                a=piece.a + start if piece.a >= 0 else -1,
                b=piece.b + start if piece.b >= 0 else -1,
            )
        start = k


def _bold(piece: Piece, line: RedLine) -> Piece:
    if piece.b >= 0 and line.b_line is not None:
        return replace(piece, bold=piece.b < line.b_line.lead)
    if piece.a >= 0 and line.a_line is not None:
        return replace(piece, bold=piece.a < line.a_line.lead)
    return piece


def comment_marks(piece: Piece, comments: Sequence[Comment], edge: Literal["start", "end"]) -> list[int]:
    """Ids of the comments that start at this piece (edge ``start``) or end with it."""
    out = []
    for c in comments:
        pos = piece.a if c.side == "a" else piece.b
        if pos < 0:
            continue
        at = pos if edge == "start" else pos + len(piece.text)
        if (c.start if edge == "start" else c.end) == at:
            out.append(c.id)
    return out


def run_xml(text: str, rev: str, rpr: str = "") -> str:
    """One run (text with tabs and line breaks); deleted text as ``w:delText``."""
    tag = "w:delText" if rev == "del" else "w:t"
    body = []
    for chunk in _SPECIAL.split(text):
        if chunk == "\t":
            body.append("<w:tab/>")
        elif chunk == "\n":
            body.append("<w:br/>")
        elif chunk:
            body.append(f"<{tag}{_XML_SPACE}>{_escape(chunk)}</{tag}>")
    return f"<w:r>{rpr}{''.join(body)}</w:r>"


def wrap(rev: str, runs: str, stamp: Stamp) -> str:
    """Runs inside their revision element (none for kept text)."""
    if not rev:
        return runs
    return f"<w:{rev} {stamp.attrs()}>{runs}</w:{rev}>"


def mark_xml(rev: str, stamp: Stamp) -> str:
    """The paragraph mark's revision (``w:pPr/w:rPr``), see ``redline.paragraph_marks``."""
    return f"<w:rPr><w:{rev} {stamp.attrs()}/></w:rPr>" if rev else ""


def move_ranges(lines: Sequence[RedLine]) -> dict[int, tuple[bool, bool]]:
    """Line index → (opens, closes) its move's range on its side: a moved chapter's lines
    share one range, from its first line to its last."""
    first: dict[tuple[int, str], int] = {}
    last: dict[tuple[int, str], int] = {}
    for n, line in enumerate(lines):
        if line.move and line.status in ("move_from", "move_to"):
            key = (line.move, line.status)
            first.setdefault(key, n)
            last[key] = n
    out: dict[int, tuple[bool, bool]] = {}
    for n in first.values():
        out[n] = (True, False)
    for n in last.values():
        out[n] = (out.get(n, (False, False))[0], True)
    return out


def paragraph_content(
    line: RedLine,
    comments: Sequence[Comment],
    stamp: Stamp,
    rpr_of: Callable[[Piece], str],
    ranges: tuple[bool, bool] = (True, True),
) -> str:
    """The runs of one line: revisions, bold leads, comment ranges, move range markers
    (``ranges``: whether this line opens and closes its move's range)."""
    out: list[str] = []
    move = ""
    if line.move and line.status in ("move_from", "move_to"):
        move = "moveFrom" if line.status == "move_from" else "moveTo"
        if ranges[0]:
            stamp.ranges[(line.move, move)] = stamp.next_id
            out.append(f'<w:{move}RangeStart {stamp.attrs()} w:name="move{line.move}"/>')
    for piece in cut_pieces(line, comments):
        for cid in comment_marks(piece, comments, "start"):
            out.append(f'<w:commentRangeStart w:id="{cid}"/>')
        out.append(wrap(piece.rev, run_xml(piece.text, piece.rev, rpr_of(piece)), stamp))
        for cid in comment_marks(piece, comments, "end"):
            out.append(f'<w:commentRangeEnd w:id="{cid}"/>')
            out.append(f'<w:r><w:commentReference w:id="{cid}"/></w:r>')
    if move and ranges[1]:
        out.append(f'<w:{move}RangeEnd w:id="{stamp.ranges[(line.move, move)]}"/>')
    return "".join(out)


class RunProps:
    """Run properties for a piece: bold for a lead sentence (a callable, so a package that
    keeps its own formatting can answer differently)."""

    def __call__(self, piece: Piece) -> str:
        return "<w:rPr><w:b/><w:bCs/></w:rPr>" if piece.bold else ""


def comments_xml(comments: Sequence[Comment], stamp: Stamp) -> str:
    from drafter.render.docx_writer import W_NS

    small = '<w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>'
    body = "".join(
        f'<w:comment w:id="{c.id}" w:author="{_attr(stamp.author)}" w:date="{stamp.date}" w:initials="{_attr(stamp.author[:2])}">'
        '<w:p><w:pPr><w:ind w:firstLine="0" w:firstLineChars="0"/></w:pPr>'
        f"<w:r><w:annotationRef/></w:r>{run_xml(c.text, '', small)}</w:p></w:comment>"
        for c in comments
    )
    return f'<w:comments xmlns:w="{W_NS}">{body}</w:comments>'


def ledger_xml(rows: list[tuple[str, ...]], place: LedgerPlace, note: str = "") -> str:
    """The caption, a note (and ``note``: B covers part of a year) and the summary table
    (GB/T layout: the table in 小四)."""
    small = '<w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>'
    bold_small = '<w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>'
    cell_ppr = (
        '<w:pPr><w:spacing w:before="0" w:after="0" w:line="320" w:lineRule="atLeast"/>'
        '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>'
    )
    border = 'w:val="single" w:sz="4" w:space="0" w:color="000000"'
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in LEDGER_WIDTHS)
    trs = []
    for n, row in enumerate(rows):
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr><w:p>{cell_ppr}'
            f"{run_xml(text, '', bold_small if n == 0 else small)}</w:p></w:tc>"
            for text, w in zip(row, LEDGER_WIDTHS, strict=True)
        )
        head = "<w:trPr><w:tblHeader/></w:trPr>" if n == 0 else ""
        trs.append(f"<w:tr>{head}{cells}</w:tr>")
    table = (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(LEDGER_WIDTHS)}" w:type="dxa"/><w:tblBorders>'
        + "".join(f"<w:{side} {border}/>" for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + f'</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>'
    )
    brk = "<w:pageBreakBefore/>" if place == "annex" else ""
    caption = (
        f'<w:p><w:pPr>{brk}<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
        f"{run_xml(LEDGER_CAPTION, '', '<w:rPr><w:b/><w:bCs/></w:rPr>')}</w:p>"
        f'<w:p><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
        f"{run_xml(LEDGER_NOTE, '', small)}</w:p>"
    )
    if note:
        caption += (f'<w:p><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
                    f"{run_xml(note, '', small)}</w:p>")
    return caption + table


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _escape(text).replace('"', "&quot;")
