"""``drafter diff A B --docx FILE``: report B as a Word file with tracked changes (修订) against
report A, the target ledger as Word comments (批注) and a summary table.

Revisions are ``w:ins`` / ``w:del`` (a paragraph only on one side has its paragraph mark in
the revision too), a moved paragraph or chapter ``w:moveFrom`` / ``w:moveTo`` inside the range
markers Word requires. Every revision has the author (``--author``) and one fixed date taken
from report B (delivered, else published, else 1 January of the year after B): the same
inputs give the same bytes. ``w:trackRevisions`` is on, so the reviewer's own edits are
tracked too.

The text comes from ``drafter.render.redline`` (compare's changes, merged); this module only
writes XML. Report B read from the archive or a text file is laid out as ``drafter draft``
lays out a draft (GB/T 9704, ``drafter.render.docx_writer``); report B given as a .docx keeps
its own package (``drafter.render.docx_package``).

    from drafter.render.docx_redline import redline_docx
    data = redline_docx(result, report_2023, report_2024, author="审阅人", ledger="first")
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from drafter.compare.result import DiffResult
from drafter.errors import InputError
from drafter.model import Report
from drafter.render.redline import Piece, RedLine, merge, paragraph_marks
from drafter.render.redline_ledger import Comment, attach_comments, ledger_rows

if TYPE_CHECKING:  # where the opened pair lives moves with the CLI's library layer
    from drafter.compare.inputs import Comparison

LedgerPlace = Literal["first", "annex", "none"]
LEDGER_PLACES: tuple[str, ...] = ("first", "annex", "none")
DEFAULT_AUTHOR = "drafter"
LEDGER_CAPTION = "目标完成情况台账"
LEDGER_NOTE = "（drafter 根据两年报告生成，供审阅参考，不属于报告正文）"
#: Column widths in twips: 156 mm of type area.
LEDGER_WIDTHS = (2200, 1700, 1700, 1744, 1500)

_XML_SPACE = ' xml:space="preserve"'
_SPECIAL = re.compile(r"(\t|\n)")


# ---------------------------------------------------------------------------- entry points


def redline_docx(
    result: DiffResult,
    a: Report,
    b: Report,
    *,
    author: str = DEFAULT_AUTHOR,
    ledger: LedgerPlace = "first",
    date: str | None = None,
    b_docx: bytes | None = None,
) -> bytes:
    """The redline .docx as bytes; ``b_docx``: report B's own .docx to write into."""
    stamp = Stamp(author or DEFAULT_AUTHOR, date or revision_date(b))
    if b_docx is not None:
        from drafter.render.docx_package import head_lines, write_into_package

        lines = merge(result, a, b, head_lines(b_docx, b))
        comments = attach_comments(lines, result)
        return write_into_package(b_docx, lines, comments, stamp, ledger_rows(result), ledger)
    lines = merge(result, a, b)
    comments = attach_comments(lines, result)
    return _layout_package(lines, comments, stamp, result, b, ledger)


def write_redline(
    result: DiffResult,
    a: Report,
    b: Report,
    path: str | Path,
    *,
    author: str = DEFAULT_AUTHOR,
    ledger: LedgerPlace = "first",
    b_docx: bytes | None = None,
    force: bool = True,
    archive: str | Path | None = None,
) -> None:
    """Write the redline to ``path`` atomically; an existing file only with ``force``, never
    into the archive (see ``drafter.atomic``)."""
    from drafter.atomic import write_output

    data = redline_docx(result, a, b, author=author, ledger=ledger, b_docx=b_docx)
    write_output(path, data, force=force, archive=archive)


def check_redline_output(
    path: str | Path, *, force: bool = True, archive: str | Path | None = None
) -> Path:
    """The redline's output path, checked before any work: a .docx, outside the archive, not
    an existing file unless ``force``."""
    from drafter.atomic import check_output

    if Path(path).suffix.lower() != ".docx":
        raise InputError(f"输出文件 {path} 不是 .docx", "修订版只能写成 Word 的 .docx 文件", "请把 --docx 的文件名改为以 .docx 结尾")
    return check_output(path, force=force, archive=archive)


def write_compared(
    compared: Comparison, b_spec: str | None, path: str | Path, *, author: str = DEFAULT_AUTHOR,
    ledger: LedgerPlace = "first", archive: str | Path | None = None, force: bool = True,
) -> list[str]:
    """``drafter diff A B --docx FILE``: the redline of an opened comparison; when B was given
    as a .docx file, written into that file's own package. Returns the lines to tell the user."""
    if compared.result.mode == "single" or b_spec is None:
        raise InputError(
            "--docx 需要两份报告",
            "只给了一个年度，没有可以对照的后一份报告",
            "请写成 drafter diff 2023 2024 --docx 修订.docx",
        )
    from drafter.archive import resolve_root

    root = resolve_root(archive)
    check_redline_output(path, force=force, archive=root)
    b_docx = b_package(compared, b_spec, archive)
    options = {"author": author, "ledger": ledger, "force": force, "archive": root}
    notes = []
    if b_docx is None:
        write_redline(compared.result, compared.a, compared.b, path, **options)  # type: ignore[arg-type]
    else:
        from drafter.render.docx_package import Unplaced

        try:
            write_redline(compared.result, compared.a, compared.b, path, b_docx=b_docx, **options)  # type: ignore[arg-type]
        except Unplaced as missing:  # the file holds B otherwise than read: drafter's own layout
            write_redline(compared.result, compared.a, compared.b, path, **options)  # type: ignore[arg-type]
            notes.append(f"注意：B 的 Word 文件中找不到“{str(missing)[:20]}…”，修订版改用公文版式，未沿用该文件的样式。")
    notes.insert(0, f"修订版 Word 文件已写入 {path}")
    if compared.result.b.excerpt:
        notes.append("注意：B 只是摘录，修订只覆盖 B 收录的部分，全部拒绝后不是 A 的全文。")
    return notes


def b_package(compared: Comparison, b_spec: str, archive: str | Path | None = None) -> bytes | None:
    """Report B's own .docx: the file given, or the source an archived year was ingested from
    (when it is a .docx and unchanged since); None when B was not a Word file."""
    if Path(b_spec).suffix.lower() == ".docx" and Path(b_spec).is_file():
        return Path(b_spec).read_bytes()
    source = compared.b.source
    if compared.result.b.source != "archive" or source is None or source.format != "docx":
        return None
    from drafter.archive import resolve_root, sha256

    stored = resolve_root(archive) / compared.b.meta.region / source.file
    data = stored.read_bytes() if stored.is_file() else b""
    return data if data and sha256(data) == source.sha256 else None


def revision_date(b: Report) -> str:
    """The revisions' date, from report B: delivered, else published, else 1 January of B+1."""
    day = b.meta.delivered or b.meta.published or f"{b.year + 1}-01-01"
    return f"{day}T00:00:00Z"


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


def ledger_xml(rows: list[tuple[str, ...]], place: LedgerPlace) -> str:
    """The caption, a note and the summary table (GB/T layout: the table in 小四)."""
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
    return caption + table


# ---------------------------------------------------------------------------- GB/T package


def _layout_package(
    lines: list[RedLine], comments: list[Comment], stamp: Stamp, result: DiffResult, b: Report, ledger: LedgerPlace
) -> bytes:
    from drafter.draft.document import Properties
    from drafter.render.docx_writer import ExtraPart, layout_parts, paragraph_style, zip_parts

    by_line: dict[int, list[Comment]] = {}
    for c in comments:
        by_line.setdefault(c.line, []).append(c)
    props = RunProps()
    marks, tail = paragraph_marks(lines)
    ranges = move_ranges(lines)
    body = []
    for n, line in enumerate(lines):
        brk = "<w:pageBreakBefore/>" if n == 0 and ledger == "first" else ""
        ppr = f'<w:pPr><w:pStyle w:val="{paragraph_style(line.kind)}"/>{brk}{mark_xml(marks[n], stamp)}</w:pPr>'
        content = paragraph_content(line, by_line.get(n, ()), stamp, props, ranges.get(n, (False, False)))
        body.append(f"<w:p>{ppr}{content}</w:p>")
    text = "".join(body)
    if ledger == "first":
        text = ledger_xml(ledger_rows(result), ledger) + text
    elif ledger == "annex":
        text += ledger_xml(ledger_rows(result), ledger)
    if tail or ledger == "annex":  # a table cannot end the body, nor a revised mark
        text += "<w:p/>"
    day = stamp.date[:10]
    properties = Properties(
        title=b.meta.title or f"{b.meta.region}{b.year}年计划报告",
        author=stamp.author,
        subject=f"{result.a.year}年与{result.b.year}年报告对照修订",
        keywords="修订",
        created=day,
    )
    extra: tuple[ExtraPart, ...] = ()
    if comments:
        extra = (
            ExtraPart(
                "comments.xml",
                comments_xml(comments, stamp),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
            ),
        )
    return zip_parts(layout_parts(properties, text, settings="<w:trackRevisions/>", extra=extra))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _escape(text).replace('"', "&quot;")


__all__ = [
    "DEFAULT_AUTHOR",
    "LEDGER_CAPTION",
    "LEDGER_PLACES",
    "Stamp",
    "check_redline_output",
    "redline_docx",
    "revision_date",
    "write_compared",
    "write_redline",
]
