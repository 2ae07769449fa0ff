"""Read a .docx with tracked changes as it reads once every revision is accepted or rejected.

The check behind ``drafter diff --docx``: accepting everything must give report B's text and
rejecting everything report A's. Text of the body's paragraphs (tables left out: the ledger
table is drafter's, not either report's); a paragraph whose mark is deleted by the choice
joins the next one, as in Word.

    from drafter.render.docx_revisions import resolved_text
    resolved_text(data, accept=True)   # ['关于……的报告', '——2025年1月……', …]
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REVS = {f"{W}ins": "ins", f"{W}del": "del", f"{W}moveFrom": "moveFrom", f"{W}moveTo": "moveTo"}
_GONE = {True: ("del", "moveFrom"), False: ("ins", "moveTo")}


def resolved_text(data: bytes, *, accept: bool, tables: bool = False) -> list[str]:
    """The body paragraphs' text after accepting (or rejecting) every revision; with
    ``tables``, each table too, as one item (cells joined by tabs, rows by newlines; a row
    whose insertion or deletion goes with the choice left out)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    body = root.find(f"{W}body")
    gone = _GONE[accept]
    out: list[str] = []
    carry = ""
    for p in body.iter(f"{W}p", f"{W}tbl"):
        if any(a.tag == f"{W}tbl" for a in p.iterancestors()):
            continue
        if p.tag == f"{W}tbl":
            text = _table(p, gone)
            if tables and text:
                out.append(text)
            continue
        text = carry + _text(p, gone)
        mark = p.find(f"{W}pPr/{W}rPr")
        mark_rev = next((_REVS[c.tag] for c in mark if c.tag in _REVS), "") if mark is not None else ""
        if mark_rev in gone:
            carry = text
            continue
        carry = ""
        out.append(text)
    if carry:
        out.append(carry)
    return out


def _table(tbl: etree._Element, gone: tuple[str, ...]) -> str:
    rows = []
    for tr in tbl.iter(f"{W}tr"):
        mark = tr.find(f"{W}trPr")
        if mark is not None and any(_REVS.get(c.tag) in gone for c in mark):
            continue
        cells = [" ".join(t for t in (_text(p, gone).strip() for p in tc.iter(f"{W}p")) if t) for tc in tr.iter(f"{W}tc")]
        if any(cells):
            rows.append("\t".join(cells))
    return "\n".join(rows)


def _text(p: etree._Element, gone: tuple[str, ...]) -> str:
    parts = []
    for node in p.iter(f"{W}t", f"{W}delText", f"{W}tab", f"{W}br"):
        revs = [_REVS[a.tag] for a in node.iterancestors() if a.tag in _REVS]
        if any(r in gone for r in revs):
            continue
        if node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag == f"{W}br":
            parts.append("\n")
        else:
            parts.append(node.text or "")
    return "".join(parts)


def revision_count(data: bytes) -> dict[str, int]:
    """How many ``w:ins`` / ``w:del`` / ``w:moveFrom`` / ``w:moveTo`` elements the body holds."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    out: dict[str, int] = {}
    for el in root.iter(*_REVS):
        out[_REVS[el.tag]] = out.get(_REVS[el.tag], 0) + 1
    return out


__all__ = ["resolved_text", "revision_count"]
