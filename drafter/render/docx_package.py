"""The redline written into report B's own .docx (a writer's draft): its styles, fonts,
numbering, headers and page setup stay as they are; only word/document.xml (the revisions),
word/settings.xml (``w:trackRevisions``), the comments part and its relationship and
content type change. Every other part is copied byte for byte.

Each of B's lines is found among the package's body paragraphs in order (text compared in
drafter's normalized form; a number Word prints from numbering.xml stands outside the runs).
A paragraph both reports hold word for word is not touched. A changed paragraph's runs are
rebuilt piece by piece, each piece with the formatting (``w:rPr``) of B's run it stands in.
A paragraph only A holds (removed, or the source of a move) is a new paragraph with its
neighbour's paragraph properties.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from dataclasses import replace

from lxml import etree

from drafter.model import Report
from drafter.normalize import normalize_text
from drafter.render.docx_parts import (
    comments_content_type,
    comments_relationship,
    fragment,
    merged_comments,
    place_ledger,
    renumbered,
    track_settings,
    zip_parts,
)
from drafter.render.redline import Piece, RedLine, paragraph_marks
from drafter.render.redline_ledger import Comment
from drafter.render.redline_xml import (
    LedgerPlace,
    Stamp,
    ledger_xml,
    mark_xml,
    move_ranges,
    paragraph_content,
    run_xml,
    wrap,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
_RUN_WRAPPERS = {f"{W}{t}" for t in ("hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple")}
class Unplaced(Exception):
    """A paragraph of report B that its .docx does not hold as read (the caller falls back
    to drafter's own layout)."""


def write_into_package(
    data: bytes,
    lines: list[RedLine],
    comments: list[Comment],
    stamp: Stamp,
    rows: list[tuple[str, ...]],
    ledger: LedgerPlace,
    note: str = "",
) -> bytes:
    """Report B's package with the redline in its body."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = {info.filename: package.read(info.filename) for info in package.infolist()}
    root = etree.fromstring(parts["word/document.xml"])
    body = root.find(f"{W}body")
    stamp.next_id = 1 + max((int(x) for x in root.xpath("//@w:id", namespaces={"w": W_NS}) if str(x).isdigit()), default=0)
    comments = renumbered(comments, parts.get("word/comments.xml"))
    _Body(body, lines, comments, stamp).write()
    if ledger != "none":
        place_ledger(body, ledger_xml(rows, ledger, note), ledger)
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    parts["word/settings.xml"] = track_settings(parts.get("word/settings.xml"))
    if comments:
        parts["word/comments.xml"] = merged_comments(parts.get("word/comments.xml"), comments, stamp)
        parts["[Content_Types].xml"] = comments_content_type(parts["[Content_Types].xml"])
        parts["word/_rels/document.xml.rels"] = comments_relationship(parts["word/_rels/document.xml.rels"])
    return zip_parts(parts)


def head_lines(data: bytes, report: Report) -> dict[str, str]:
    """The title, meeting line and speaker as the package prints them: the paragraphs before
    the report's first paragraph or heading (the title is the one naming the report, the
    meeting line the one opening with ——, the speaker the one after it)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    raw = [_visible_text(p).strip() for p in _body_paragraphs(root.find(f"{W}body"))]
    texts = [_normal(t) for t in raw]
    first = next((p.text for _, _, p in report.paragraphs()), "")
    heading = f"{report.parts[0].number}、" if report.parts else ""
    stop = next(
        (i for i, t in enumerate(texts) if t and (t == first or (heading and t.startswith(heading)))), len(texts)
    )
    head = [r for r, t in zip(raw[:stop], texts[:stop], strict=True) if t]
    out: dict[str, str] = {}
    title = report.meta.title
    at = next((i for i, t in enumerate(head) if title and title in _normal(t)), 0 if head else None)
    if at is None:
        return out
    out["title"] = head[at]
    rest = head[at + 1 :]
    sub = next((i for i, t in enumerate(rest) if t.startswith("——")), None)
    if sub is not None:
        out["subtitle"] = rest[sub]
        rest = rest[sub + 1 :]
        if rest and not out["subtitle"].endswith("上") and rest[0].endswith("上"):
            out["subtitle_more"] = rest[0]
            rest = rest[1:]
    if rest:
        out["speaker"] = rest[0]
    return out


class _Body:
    """Places each line of the redline in the package's body."""

    def __init__(self, body: etree._Element, lines: list[RedLine], comments: list[Comment], stamp: Stamp) -> None:
        self.body, self.lines, self.stamp = body, lines, stamp
        self.by_line: dict[int, list[Comment]] = {}
        for c in comments:
            self.by_line.setdefault(c.line, []).append(c)
        self.paragraphs = _body_blocks(body)
        self.texts = [_normal(_block_text(p)) for p in self.paragraphs]

    def write(self) -> None:
        found = self._match()
        marks, tail = paragraph_marks(self.lines)
        self.ranges = move_ranges(self.lines)
        previous: etree._Element | None = None
        for n, line in enumerate(self.lines):
            if n in found:
                p, offset = found[n]
                self._rewrite(p, offset, n, line, marks[n])
                previous = p
            else:
                previous = self._insert(n, line, marks[n], previous, found)
        if tail and previous is not None:
            previous.addnext(etree.Element(f"{W}p"))

    def _match(self) -> dict[int, tuple[etree._Element, int]]:
        """B's lines → (paragraph, where its runs start in the line's text), in order."""
        out: dict[int, tuple[etree._Element, int]] = {}
        k = 0
        for n, line in enumerate(self.lines):
            if line.b_line is None:
                continue
            want = _normal(line.b_line.text)
            table = f"{W}tbl" if line.b_line.table else f"{W}p"
            for j in range(k, len(self.texts)):
                text = self.texts[j]
                if self.paragraphs[j].tag != table:
                    continue
                if text and (text == want or (want.endswith(text) and len(want) - len(text) <= 8)):
                    out[n] = (self.paragraphs[j], len(want) - len(text))
                    k = j + 1
                    break
            else:
                raise Unplaced(line.b_line.text)
        return out

    def _rewrite(self, p: etree._Element, offset: int, n: int, line: RedLine, mark: str) -> None:
        if p.tag == f"{W}tbl":
            self._table(p, n, line)
            return
        _set_mark(p, mark_xml(mark, self.stamp))
        if line.status == "equal" and not self.by_line.get(n):
            return
        formats = _run_formats(p, offset)
        line = _raw_text(_without_label(line, offset), _visible_text(p), offset)
        content = paragraph_content(line, self.by_line.get(n, ()), self.stamp, _Formats(formats), self.ranges.get(n, (False, False)))
        for child in list(p):
            if child.tag != f"{W}pPr":
                p.remove(child)
        for child in fragment(content):
            p.append(child)

    def _table(self, tbl: etree._Element, n: int, line: RedLine) -> None:
        """B's table as it is when the table did not change; else its rows inserted and A's
        text (a paragraph) deleted after it."""
        if line.status == "equal":
            return
        for tr in tbl.iter(f"{W}tr"):
            trpr = tr.find(f"{W}trPr")
            if trpr is None:
                trpr = etree.Element(f"{W}trPr")
                tc = tr.find(f"{W}tc")
                (tc.addprevious(trpr) if tc is not None else tr.append(trpr))
            trpr.append(fragment(f"<w:ins {self.stamp.attrs()}/>")[0])
        for r in list(tbl.iter(f"{W}r")):
            if r.getparent().tag not in (f"{W}ins", f"{W}del"):
                wrapper = fragment(f"<w:ins {self.stamp.attrs()}/>")[0]
                r.addprevious(wrapper)
                wrapper.append(r)
        a_text = line.a_text if line.status in ("changed",) else ""
        if a_text:
            p = etree.Element(f"{W}p")
            _set_mark(p, mark_xml("del", self.stamp))
            piece = Piece(a_text, "del", 0, -1)
            for child in fragment(wrap("del", run_xml(piece.text, "del"), self.stamp)):
                p.append(child)
            tbl.addnext(p)

    def _insert(
        self, n: int, line: RedLine, mark: str, previous: etree._Element | None,
        found: dict[int, tuple[etree._Element, int]],
    ) -> etree._Element:
        """A line only A holds: a new paragraph after the previous line's."""
        neighbour = next((found[k][0] for k in range(n + 1, len(self.lines)) if k in found), previous)
        p = etree.Element(f"{W}p")
        ppr = neighbour.find(f"{W}pPr") if neighbour is not None else None
        if ppr is not None:
            ppr = copy.deepcopy(ppr)
            for old in ppr.findall(f"{W}numPr") + ppr.findall(f"{W}rPr"):
                ppr.remove(old)
            # A's text holds its own number: no automatic one from the neighbour's numbering
            ppr.insert(1 if ppr.find(f"{W}pStyle") is not None else 0, fragment('<w:numPr><w:numId w:val="0"/></w:numPr>')[0])
            p.append(ppr)
        _set_mark(p, mark_xml(mark, self.stamp))
        formats = _run_formats(neighbour, 0) if neighbour is not None else []
        content = paragraph_content(line, self.by_line.get(n, ()), self.stamp, _Formats(formats[:1]), self.ranges.get(n, (False, False)))
        for child in fragment(content):
            p.append(child)
        if previous is None:
            first = self.paragraphs[0] if self.paragraphs else None
            if first is not None:
                first.addprevious(p)
            else:
                self.body.insert(0, p)
        else:
            previous.addnext(p)
        return p


def _without_label(line: RedLine, offset: int) -> RedLine:
    """The line without the first ``offset`` characters of B's text: a number Word prints
    from numbering.xml (``一、``), which the runs do not hold. Text A had before it goes too:
    the same numbering prints A's number when the revisions are rejected."""
    if offset <= 0:
        return line
    pieces: list[Piece] = []
    for piece in line.pieces:
        if piece.b >= 0 and piece.b + len(piece.text) <= offset:
            continue
        if piece.b >= 0 and piece.b < offset:
            cut = offset - piece.b
            piece = replace(piece, text=piece.text[cut:], b=offset, a=piece.a + cut if piece.a >= 0 else -1)
        elif piece.b < 0 and piece.a >= 0 and piece.a < offset:  # A's number, printed by numbering too
            if piece.a + len(piece.text) <= offset:
                continue
            piece = replace(piece, text=piece.text[offset - piece.a :], a=offset)
        pieces.append(piece)
    return RedLine(line.kind, line.status, pieces, line.a_line, line.b_line, line.move, line.a_pos)


class _Formats:
    """Run properties for a piece: those of B's run at the piece's place."""

    def __init__(self, formats: list[tuple[int, int, str]]) -> None:
        self.formats = formats
        self.last = formats[0][2] if formats else ""

    def __call__(self, piece: Piece) -> str:
        if piece.b >= 0:
            for start, end, rpr in self.formats:
                if start <= piece.b < end:
                    self.last = rpr
                    break
        return self.last


def _run_formats(p: etree._Element, offset: int) -> list[tuple[int, int, str]]:
    """[start, end) in the line's text of each run of ``p`` with its ``w:rPr`` as XML."""
    out = []
    pos = offset
    for r in _runs(p):
        text = _normal_run(_run_text(r))
        rpr = r.find(f"{W}rPr")
        xml = etree.tostring(rpr, encoding="unicode") if rpr is not None else ""
        out.append((pos, pos + len(text), _strip_ns(xml)))
        pos += len(text)
    return out


def _strip_ns(xml: str) -> str:
    return re.sub(r' xmlns:\w+="[^"]*"', "", xml)


def _set_mark(p: etree._Element, xml: str) -> None:
    if not xml:
        return
    ppr = p.find(f"{W}pPr")
    if ppr is None:
        ppr = etree.SubElement(p, f"{W}pPr")
        p.insert(0, ppr)
    old = ppr.find(f"{W}rPr")
    rpr = fragment(xml)[0]
    if old is not None:
        for child in rpr:
            old.insert(0, child)
        return
    change = ppr.find(f"{W}pPrChange")
    sect = ppr.find(f"{W}sectPr")
    anchor = sect if sect is not None else change
    if anchor is not None:
        anchor.addprevious(rpr)
    else:
        ppr.append(rpr)


def _body_blocks(container: etree._Element) -> list[etree._Element]:
    """Paragraphs and tables in body order, as the reader sees them (a one-cell table is a
    frame: its paragraphs count)."""
    out = []
    for child in container:
        if child.tag == f"{W}p":
            out.append(child)
        elif child.tag == f"{W}tbl":
            cells = list(child.iter(f"{W}tc"))
            out.extend(_body_blocks(cells[0]) if len(cells) == 1 else [child])
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            out.extend(_body_blocks(child))
    return out


def _block_text(block: etree._Element) -> str:
    if block.tag != f"{W}tbl":
        return _visible_text(block)
    rows = []
    for tr in block.iter(f"{W}tr"):
        cells = []
        for tc in tr.iter(f"{W}tc"):
            cells.append(" ".join(t for t in (_visible_text(p).strip() for p in tc.iter(f"{W}p")) if t))
        if any(cells):
            rows.append("\t".join(cells))
    return "\n".join(rows)


def _raw_text(line: RedLine, raw: str, offset: int) -> RedLine:
    """B's pieces in the package's own characters (``,`` stays ``,``) when the normalized
    text only changed their width, so accepting every revision gives the file's text."""
    if line.b_line is None or len(raw) != len(line.b_line.text) - offset:
        return line
    pieces = [
        replace(p, text=raw[p.b - offset : p.b - offset + len(p.text)]) if p.b >= offset else p
        for p in line.pieces
    ]
    return RedLine(line.kind, line.status, pieces, line.a_line, line.b_line, line.move, line.a_pos)


def _body_paragraphs(container: etree._Element) -> list[etree._Element]:
    out = []
    for child in container:
        if child.tag == f"{W}p":
            out.append(child)
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            out.extend(_body_paragraphs(child))
    return out


def _runs(p: etree._Element) -> list[etree._Element]:
    out = []
    for child in p:
        if child.tag == f"{W}r":
            out.append(child)
        elif child.tag in _RUN_WRAPPERS:
            out.extend(_runs(child))
    return out


def _run_text(r: etree._Element) -> str:
    parts = []
    for node in r:
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
    return "".join(parts)


def _visible_text(p: etree._Element) -> str:
    return "".join(_run_text(r) for r in _runs(p))


def _normal(text: str) -> str:
    return normalize_text(text)


def _normal_run(text: str) -> str:
    """A run's text as it counts in the normalized line: same length when only punctuation
    changes width (the usual case), so run boundaries keep their places."""
    normal = normalize_text(text)
    return normal if len(normal) == len(text.strip()) and text == text.strip() else text


__all__ = ["Unplaced", "head_lines", "write_into_package"]
