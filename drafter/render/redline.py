"""The redline as data: report B's paragraphs merged with report A's, each piece of text
kept, inserted, deleted or moved — what ``docx_redline`` writes as Word revisions.

Nothing here diffs text. The paragraphs come from compare's aligned sections (their labelled
ops); only the lines compare does not align — a report's title, the meeting line under it and
the speaker — go through compare's own ``diff_line``. Each side's lines are what the
reader of that report sees, in order (``report_lines``), so accepting every revision gives
B's lines and rejecting every revision gives A's.

A paragraph or chapter that moved stands twice: A's text where it stood in A (``move_from``)
and B's text where it stands in B (``move_to``). A paragraph only in A stands where it stood
in A: after the nearest paragraph before it in A that is kept in place.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from drafter.compare.result import DiffResult, ParagraphDiff, SectionDiff, TokenOp
from drafter.model import Paragraph, Report

LineKind = Literal["title", "subtitle", "speaker", "salutation", "heading1", "heading2", "body"]
LineStatus = Literal["equal", "changed", "added", "removed", "move_from", "move_to"]
#: What a piece of text is in the redline: kept, or one of Word's revisions.
Rev = Literal["", "ins", "del", "moveFrom", "moveTo"]
_OP_REV: dict[str, Rev] = {"equal": "", "insert": "ins", "delete": "del"}


@dataclass(frozen=True)
class Line:
    """One paragraph of one report as its reader sees it.

    key:  what it is, for pairing: ``("title",)``, ``("heading", "二（三）")``, ``("p", "p2c3-4")``
    lead: length of the bold lead sentence at its start (0 if none)
    """

    key: tuple[str, ...]
    kind: LineKind
    text: str
    lead: int = 0
    table: bool = False  # a table, read as its cells' text


@dataclass(frozen=True)
class Piece:
    """A run of text in the redline; ``a`` / ``b``: its offset in A's / B's line (-1 where the
    piece is not on that side)."""

    text: str
    rev: Rev
    a: int
    b: int
    bold: bool = False


@dataclass
class RedLine:
    """One paragraph of the redline: the B line, the A line, or both, and its pieces.

    status: equal / changed (ops inside), added / removed (the paragraph mark too),
            move_from / move_to (one half of a moved paragraph)
    move:   the move's number, shared by its two halves and by every line of a moved
            chapter (0 if not moved)
    a_pos:  position of the A line in A's lines (None if the line is not A's, kept in place)
    """

    kind: LineKind
    status: LineStatus
    pieces: list[Piece]
    a_line: Line | None = None
    b_line: Line | None = None
    move: int = 0
    a_pos: float | None = None

    @property
    def a_text(self) -> str:
        return "".join(p.text for p in self.pieces if p.rev in ("", "del", "moveFrom"))

    @property
    def b_text(self) -> str:
        return "".join(p.text for p in self.pieces if p.rev in ("", "ins", "moveTo"))


# ---------------------------------------------------------------------------- each side


#: The lines above the report's first paragraph; ``subtitle_more`` is the second line of a
#: meeting line a .docx breaks in two (``——2024年1月10日在河北区第十八届`` / ``人民代表大会…上``).
HEAD_KEYS: tuple[str, ...] = ("title", "subtitle", "subtitle_more", "speaker")


def report_lines(report: Report, head: dict[str, str] | None = None) -> list[Line]:
    """The report as its reader sees it: title, meeting line, speaker, then every heading and
    paragraph in order (drafter's GB/T 9704 rendering of an archived report).

    head: the title, meeting line and speaker as a .docx prints them, where the report is
    that .docx (else they are composed from the report's metadata)
    """
    meta = report.meta
    speaker = " ".join(x for x in (meta.speaker_title, meta.speaker) if x)
    composed = {
        "title": meta.title,
        "subtitle": f"——{_date_cn(meta.delivered)}在{meta.meeting}上" if meta.meeting else "",
        "subtitle_more": "",
        "speaker": speaker,
    }
    out: list[Line] = []
    for key in HEAD_KEYS:
        text = composed[key] if head is None else head.get(key, "")
        if text:
            out.append(Line((key,), "subtitle" if key == "subtitle_more" else key, text))  # type: ignore[arg-type]
    body: list[tuple[float, Line]] = [(p.index, _paragraph_line(p)) for _, _, p in report.paragraphs()]
    last = -1.0
    for part in report.parts:
        indices = [p.index for p in part.paragraphs] + [p.index for c in part.chapters for p in c.paragraphs]
        last = min(indices) - 0.5 if indices else last + 0.001
        body.append((last, Line(("heading", part.number), "heading1", f"{part.number}、{part.title}")))
        for chapter in part.chapters:
            label = f"{part.number}{chapter.label}"
            last = chapter.paragraphs[0].index - 0.25 if chapter.paragraphs else last + 0.001
            body.append((last, Line(("heading", label), "heading2", f"{chapter.label}{chapter.title}")))
    body.sort(key=lambda item: item[0])
    out.extend(line for _, line in body)
    return out


def _paragraph_line(p: Paragraph) -> Line:
    kind: LineKind = "salutation" if p.role == "preamble" and p.text.endswith("：") and len(p.text) < 10 else "body"
    lead = len(p.lead) if p.lead and p.text.startswith(p.lead) else 0
    return Line(("p", p.id), kind, p.text, lead, table=p.role == "table")


def _date_cn(iso: str) -> str:
    """``2024-01-10`` → ``2024年1月10日``; "" when the date is unknown."""
    parts = iso.split("-")
    if len(parts) != 3 or not all(x.isdigit() for x in parts):
        return ""
    return f"{int(parts[0])}年{int(parts[1])}月{int(parts[2])}日"


# ---------------------------------------------------------------------------- the merge


def heading_key(label: str) -> tuple[str, ...] | None:
    """The heading line of a section label (``二（三）``, ``一``); None for 前言 / 结束语."""
    return None if label in ("前言", "结束语", "") else ("heading", label)


class _Merger:
    """Builds the redline from compare's sections and the two reports' lines."""

    def __init__(self, result: DiffResult, a: Report, b: Report, b_head: dict[str, str] | None = None) -> None:
        self.result = result
        self.a_lines = report_lines(a)
        self.b_lines = report_lines(b, b_head)
        self.a_at = {line.key: i for i, line in enumerate(self.a_lines)}
        self.b_at = {line.key: i for i, line in enumerate(self.b_lines)}
        self.delta = b.year - a.year
        self.placed_b: dict[int, RedLine] = {}  # B position → its line
        self.from_a: list[tuple[float, RedLine]] = []  # A-only lines (removed, move_from)
        self.moves = 0

    def run(self) -> list[RedLine]:
        self.head()
        for section in self.result.sections:
            self.section(section)
        for i, line in enumerate(self.b_lines):  # anything compare left out is B's as is
            if i not in self.placed_b:
                self.placed_b[i] = _whole(line, "added", "ins")
        out = [self.placed_b[i] for i in sorted(self.placed_b)]
        return _insert_a_lines(out, sorted(self.from_a, key=lambda item: item[0]))

    def head(self) -> None:
        from drafter.compare.changes import diff_line

        for key in ((k,) for k in HEAD_KEYS):
            a_line = self._a(key)
            b_line = self._b(key)
            if a_line and b_line:
                ops, _ = diff_line(a_line.text, b_line.text, self.delta, "标题")
                self.pair(a_line, b_line, ops, move=0)
            elif a_line:
                self.remove(a_line)
            elif b_line:
                self.add(b_line)

    def section(self, section: SectionDiff) -> None:
        key_a, key_b = heading_key(section.section_a), heading_key(section.section_b)
        a_head = self._a(key_a) if key_a else None
        b_head = self._b(key_b) if key_b else None
        move = 0
        if section.moved:  # the whole chapter is one move: one range on each side
            self.moves += 1
            move = self.moves
        if a_head and b_head:
            self.pair(a_head, b_head, _heading_ops(section, a_head, b_head), move=move)
        elif a_head:
            self.remove(a_head)
        elif b_head:
            self.add(b_head)
        for p in section.paragraphs:
            self.paragraph(p, move)

    def paragraph(self, diff: ParagraphDiff, section_move: int) -> None:
        a_line = self._a(("p", diff.a)) if diff.a else None
        b_line = self._b(("p", diff.b)) if diff.b else None
        if a_line and b_line:
            move = section_move
            if not move and diff.status == "moved":
                self.moves += 1
                move = self.moves
            self.pair(a_line, b_line, diff.ops, move=move)
        elif a_line:
            self.remove(a_line)
        elif b_line:
            self.add(b_line)

    def pair(self, a_line: Line, b_line: Line, ops: tuple[TokenOp, ...], move: int) -> None:
        """A line both reports hold: its ops in place, or (``move`` > 0) B's text where it
        stands in B and A's where it stood in A, the two halves of move number ``move``."""
        b_pos, a_pos = self.b_at[b_line.key], self.a_at[a_line.key]
        if move:
            to = _whole(b_line, "move_to", "moveTo")
            to.move = move
            self.placed_b[b_pos] = to
            source = _whole(a_line, "move_from", "moveFrom")
            source.move = move
            self.from_a.append((a_pos, source))
            return
        pieces = _pieces(ops, a_line, b_line)
        status: LineStatus = "equal" if all(p.rev == "" for p in pieces) else "changed"
        self.placed_b[b_pos] = RedLine(b_line.kind, status, pieces, a_line, b_line, a_pos=a_pos)

    def add(self, b_line: Line) -> None:
        self.placed_b[self.b_at[b_line.key]] = _whole(b_line, "added", "ins")

    def remove(self, a_line: Line) -> None:
        self.from_a.append((self.a_at[a_line.key], _whole(a_line, "removed", "del")))

    def _a(self, key: tuple[str, ...] | None) -> Line | None:
        return self.a_lines[self.a_at[key]] if key in self.a_at else None

    def _b(self, key: tuple[str, ...] | None) -> Line | None:
        return self.b_lines[self.b_at[key]] if key in self.b_at else None


def _heading_ops(section: SectionDiff, a_head: Line, b_head: Line) -> tuple[TokenOp, ...]:
    """A heading's ops: its number (``（三）`` → ``（五）``) then compare's title ops."""
    prefix_a = a_head.text[: len(a_head.text) - len(section.title_a)]
    prefix_b = b_head.text[: len(b_head.text) - len(section.title_b)]
    ops: list[TokenOp] = []
    if prefix_a == prefix_b:
        ops.append(TokenOp("equal", prefix_a))
    else:
        ops += [TokenOp("delete", prefix_a, "wording"), TokenOp("insert", prefix_b, "wording")]
    if section.title_ops:
        ops.extend(section.title_ops)
    elif section.title_a == section.title_b:
        ops.append(TokenOp("equal", section.title_b))
    else:
        ops += [TokenOp("delete", section.title_a, "wording"), TokenOp("insert", section.title_b, "wording")]
    return tuple(op for op in ops if op.text)


def _pieces(ops: tuple[TokenOp, ...], a_line: Line, b_line: Line) -> list[Piece]:
    """The ops as pieces with their offsets; ops that do not spell the two texts (a stale
    archive) give the whole A text deleted and the whole B text inserted instead."""
    a_text = "".join(op.text for op in ops if op.op != "insert")
    b_text = "".join(op.text for op in ops if op.op != "delete")
    if a_text != a_line.text or b_text != b_line.text:
        ops = (TokenOp("delete", a_line.text, "wording"), TokenOp("insert", b_line.text, "wording"))
    pieces: list[Piece] = []
    a = b = 0
    for op in ops:
        if not op.text:
            continue
        rev = _OP_REV[op.op]
        pieces.append(Piece(op.text, rev, a if rev != "ins" else -1, b if rev != "del" else -1))
        if rev != "ins":
            a += len(op.text)
        if rev != "del":
            b += len(op.text)
    return pieces


def _whole(line: Line, status: LineStatus, rev: Rev) -> RedLine:
    on_a = rev in ("del", "moveFrom")
    piece = Piece(line.text, rev, 0 if on_a else -1, -1 if on_a else 0)
    return RedLine(
        line.kind, status, [piece] if line.text else [],
        a_line=line if on_a else None, b_line=None if on_a else line,
    )


def _insert_a_lines(out: list[RedLine], extra: list[tuple[float, RedLine]]) -> list[RedLine]:
    """Each A-only line goes after the line holding the nearest A position before its own."""
    for a_pos, line in extra:
        line.a_pos = a_pos
        slot = 0
        best = -1.0
        for k, other in enumerate(out):
            if other.a_pos is not None and best <= other.a_pos < a_pos:
                best, slot = other.a_pos, k + 1
        out.insert(slot, line)
    return out


def merge(result: DiffResult, a: Report, b: Report, b_head: dict[str, str] | None = None) -> list[RedLine]:
    """The redline of report ``b`` against report ``a`` from compare's ``result``
    (``b_head``: B's head lines as its .docx prints them, see ``report_lines``)."""
    return _Merger(result, a, b, b_head).run()


_MARK: dict[str, Rev] = {"added": "ins", "removed": "del", "move_from": "moveFrom", "move_to": "moveTo"}
_SIDE = {"ins": "b", "moveTo": "b", "del": "a", "moveFrom": "a"}


def paragraph_marks(lines: list[RedLine]) -> tuple[list[Rev], bool]:
    """The revision of each line's paragraph mark, and whether an empty last paragraph must
    close the document.

    A whole added, removed or moved line has its mark in the revision, so that accepting (or
    rejecting) it leaves no empty paragraph behind. The document's last mark cannot go: when
    the lines at the end are all on one side, the last one's mark is kept and the mark of the
    last line both sides keep is revised instead (it joins the last paragraph), as Word does; otherwise an empty paragraph closes the document.
    """
    marks: list[Rev] = [_MARK.get(line.status, "") for line in lines]
    if not marks or not marks[-1]:
        return marks, False
    side = _SIDE[marks[-1]]
    k = len(lines) - 1
    while k >= 0 and marks[k] and _SIDE[marks[k]] == side:
        k -= 1
    if k < 0 or marks[k]:
        return marks, True
    marks[k] = "del" if side == "a" else "ins"
    marks[-1] = ""
    return marks, False


def accepted(lines: list[RedLine]) -> Iterator[str]:
    """The text of every paragraph once every revision is accepted (B's lines)."""
    for line in lines:
        if line.status not in ("removed", "move_from"):
            yield line.b_text


def rejected(lines: list[RedLine]) -> Iterator[str]:
    """The text of every paragraph once every revision is rejected (A's lines)."""
    for line in lines:
        if line.status not in ("added", "move_to"):
            yield line.a_text


__all__ = ["Line", "Piece", "RedLine", "accepted", "merge", "paragraph_marks", "rejected", "report_lines"]
