"""Word (.docx) reader: paragraphs and tables in body order, with heading styles and bold leads.

What the format says is kept for the structure parser:

* a heading style (``Heading 1``, WPS's ``标题 1``, a custom style based on one) or an outline
  level → ``Block.style`` ``heading1``/``heading2``/``heading3``; the ``Title`` style
  (``标题``) → ``title``;
* the paragraph's leading bold run(s) — the lead sentence in print — → ``Block.bold``, with
  bold resolved the way Word does (run, character style, paragraph style, defaults);
* Word's automatic numbering (``一、`` ``（一）`` ``1.`` kept in numbering.xml, not in the text)
  is rendered in front of the paragraph's text, as it prints;
* a table → one ``Block`` with its ``rows``; its text is the cells joined by tabs, rows by
  newlines. A table of a single cell is a layout frame: its paragraphs are read as body.

A file that is not a Word document, or is truncated or corrupt, raises ``InputError``.
python-docx is imported only here (and in the .docx writer).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator

from docx import Document as open_docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from drafter.errors import InputError
from drafter.read import MAX_UNZIPPED, Block, Budget, Document, check_size, too_large
from drafter.read.docx_numbering import Numbering
from drafter.read.runs import Run, leading_bold, line_text, split_lines

_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$|^([1-9一二三四五六七八九])\s*级\s*标题$")
_LEVEL_DIGITS = "一二三四五六七八九"
_TITLE_NAMES = ("title", "标题")
_FALSE = ("0", "false", "off", "none")

# Containers whose children are read as if they stood in the paragraph (runs) or body.
_RUN_WRAPPERS = {qn(t) for t in ("w:hyperlink", "w:ins", "w:moveTo", "w:smartTag", "w:fldSimple",
                                  "w:customXml", "w:sdt", "w:sdtContent", "w:dir", "w:bdo")}
_BODY_WRAPPERS = {qn(t) for t in ("w:sdt", "w:sdtContent", "w:customXml", "w:ins", "w:moveTo")}
_W_P, _W_TBL, _W_R, _W_TR, _W_TC, _W_T = (qn(t) for t in ("w:p", "w:tbl", "w:r", "w:tr", "w:tc", "w:t"))
_TEXT_TAGS = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
              qn("w:noBreakHyphen"): "-", qn("w:softHyphen"): ""}

_REOPEN = "请在 Word 或 WPS 中打开它并重新“另存为 .docx”，或重新下载原文件后再导入"

_PARSE_ERRORS = (
    zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, TypeError, OSError,
    etree.LxmlError, PackageNotFoundError, NotImplementedError, IndexError,
)


def read_docx(data: bytes, name: str) -> Document:
    """Read a .docx file's bytes into blocks (paragraphs and tables in body order)."""
    check_size(data, name)
    _check_package(data, name)
    corrupt = InputError(f"无法打开 {name}", "文件已损坏，不是完整有效的 .docx", _REOPEN)
    try:
        doc = open_docx(io.BytesIO(data))
    except (*_PARSE_ERRORS, AttributeError):  # python-docx meets malformed package XML this way
        raise corrupt from None
    try:
        blocks = tuple(_Reader(doc).body(doc.element.body))
    except _PARSE_ERRORS:
        raise corrupt from None
    if not blocks:
        raise InputError(
            f"{name} 中没有文字",
            "文档里没有可读的段落或表格（正文可能是图片或文本框）",
            "请确认选对了文件；如果正文是扫描图片，请先识别成文字再导入",
        )
    return Document(blocks=blocks, format="docx", name=name, data=data, encoding="")


# ---------------------------------------------------------------------------------------
# The package: a zip holding a WordprocessingML main part


def _check_package(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            _check_unzipped_size(zf, name)
            kind = _package_kind(zf, names)
            bad = zf.testzip() if kind == "word" else None
            if kind == "word" and bad is None:
                _count_paragraphs(zf, name)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, KeyError, etree.LxmlError):
        raise InputError(f"无法打开 {name}", "文件不完整或已损坏，不是有效的 .docx", _REOPEN) from None
    if bad is not None:
        raise InputError(f"无法打开 {name}", f"文件已损坏（其中的 {bad} 校验失败）", _REOPEN)
    if kind != "word":
        raise InputError(f"{name} 不是 Word 文档", f"它是{kind}", _not_word_fix(kind))


def _check_unzipped_size(zf: zipfile.ZipFile, name: str) -> None:
    """Refuse a package whose parts unpack to more than MAX_UNZIPPED (a zip bomb), from the
    sizes its directory declares; zipfile never inflates a part past its declared size."""
    infos = zf.infolist()
    if len(infos) > 10_000:
        raise too_large(name, f"压缩包内有 {len(infos):,} 个文件")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNZIPPED:
        raise too_large(name, f"解压后超过 {MAX_UNZIPPED // (1024 * 1024)} MB")


_MAIN_PART = re.compile(rb'Type="[^"]*/officeDocument"[^>]*Target="/?([^"]+)"|Target="/?([^"]+)"[^>]*Type="[^"]*/officeDocument"')


def _count_paragraphs(zf: zipfile.ZipFile, name: str) -> None:
    """Stream the main document part once, before python-docx builds its tree, counting
    paragraphs and characters against the reader's limits (memory stays flat)."""
    try:
        rels = zf.read("_rels/.rels")
    except KeyError:
        return
    match = _MAIN_PART.search(rels)
    part = (match.group(1) or match.group(2)).decode("utf-8", "replace") if match else "word/document.xml"
    if part not in zf.namelist():
        return
    budget = Budget(name)
    with zf.open(part) as stream:
        for _, el in etree.iterparse(stream, events=("end",), tag=(_W_P, _W_T), resolve_entities=False,
                                     no_network=True, huge_tree=False):
            if el.tag == _W_T:
                budget.chars += len(el.text or "")
            else:
                budget.add("")
                el.clear(keep_tail=False)
                while el.getprevious() is not None:
                    del el.getparent()[0]


def _package_kind(zf: zipfile.ZipFile, names: set[str]) -> str:
    if "[Content_Types].xml" not in names:
        if "mimetype" in names and b"opendocument" in zf.read("mimetype"):
            return "OpenDocument 文件（.odt 等）"
        return "一个普通的 zip 压缩包"
    types = zf.read("[Content_Types].xml")
    if b"wordprocessingml" in types or b"ms-word" in types:
        return "word"
    if b"spreadsheetml" in types or b"ms-excel" in types:
        return "Excel 表格"
    if b"presentationml" in types or b"ms-powerpoint" in types:
        return "PowerPoint 演示文稿"
    return "其他 Office 文件"


def _not_word_fix(kind: str) -> str:
    if kind.startswith("OpenDocument"):
        return "请用 WPS 或 LibreOffice 打开后“另存为 .docx”，或运行 libreoffice --headless --convert-to docx 文件名"
    if "zip" in kind:
        return "请先解压，再导入其中的报告文件（.docx、.txt 或 .html）"
    return "请导入报告本身的 .docx、.txt 或 .html 文件"


# ---------------------------------------------------------------------------------------
# The body: paragraphs and tables


class _Reader:
    def __init__(self, doc: object) -> None:
        self.styles = _Styles(doc.styles.element)  # type: ignore[attr-defined]
        try:
            numbering = doc.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element  # type: ignore[attr-defined]
        except KeyError:
            numbering = None
        self.numbering = Numbering(numbering)

    def body(self, container: etree._Element) -> Iterator[Block]:
        for child in container.iterchildren():
            if child.tag == _W_P:
                yield from self.paragraph(child)
            elif child.tag == _W_TBL:
                yield from self.table(child)
            elif child.tag in _BODY_WRAPPERS:
                yield from self.body(child)

    def paragraph(self, p: etree._Element) -> Iterator[Block]:
        style_id = _val(p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")) or self.styles.default_paragraph
        style = self._heading(p, style_id)
        runs = list(self.runs(p, style_id))
        label = self._label(p, style_id)
        if label and any(run.text.strip() for run in runs):
            first_bold = next((run.bold for run in runs if run.text.strip()), False)
            runs.insert(0, Run(label, first_bold))
        for line in split_lines(runs):
            text = line_text(line)
            if text:
                yield Block(text=text, style=style, bold=leading_bold(line))

    def _label(self, p: etree._Element, style_id: str) -> str:
        """The automatic number Word prints before this paragraph, "" if none."""
        num_pr = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        num_id = _val(num_pr.find(qn("w:numId"))) if num_pr is not None else ""
        ilvl = _val(num_pr.find(qn("w:ilvl"))) if num_pr is not None else ""
        if not num_id:
            style_num_id, style_ilvl = self.styles.numbering(style_id)
            num_id, ilvl = style_num_id, ilvl or style_ilvl
        return self.numbering.label(num_id, int(ilvl) if ilvl.isdigit() else 0) if num_id else ""

    def _heading(self, p: etree._Element, style_id: str) -> str:
        level = _outline_level(p.find(qn("w:pPr")))
        if level is not None:
            return _level_style(level)
        return self.styles.heading(style_id)

    def runs(self, parent: etree._Element, style_id: str) -> Iterator[Run]:
        for child in parent.iterchildren():
            if child.tag == _W_R:
                text = _run_text(child)
                if text:
                    yield Run(text, self._bold(child, style_id))
            elif child.tag in _RUN_WRAPPERS:
                yield from self.runs(child, style_id)

    def _bold(self, r: etree._Element, style_id: str) -> bool:
        rpr = r.find(qn("w:rPr"))
        direct = _flag(rpr.find(qn("w:b"))) if rpr is not None else None
        if direct is not None:
            return direct
        char_style = _val(rpr.find(qn("w:rStyle"))) if rpr is not None else ""
        for sid in (char_style, style_id):
            found = self.styles.bold(sid) if sid else None
            if found is not None:
                return found
        return self.styles.default_bold

    def table(self, tbl: etree._Element) -> Iterator[Block]:
        cells = [tc for tr in _children(tbl, _W_TR) for tc in _children(tr, _W_TC)]
        if len(cells) == 1:  # a layout frame around text, not a table
            yield from self.body(cells[0])
            return
        rows = tuple(
            row
            for row in (tuple(self.cell_text(tc) for tc in _children(tr, _W_TC)) for tr in _children(tbl, _W_TR))
            if any(row)
        )
        if rows:
            text = "\n".join("\t".join(cell.replace("\n", " ") for cell in row) for row in rows)
            yield Block(text=text, rows=rows)

    def cell_text(self, tc: etree._Element) -> str:
        lines = []
        for p in tc.iter(_W_P):
            text = "".join(_run_text(r) for r in p.iter(_W_R) if _in_text(r, p)).strip()
            if text:
                lines.append(text)
        return "\n".join(lines)


def _children(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Direct children with a tag, looking through content controls and custom XML."""
    for child in el.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag in _BODY_WRAPPERS:
            yield from _children(child, tag)


def _in_text(r: etree._Element, p: etree._Element) -> bool:
    """Is run r part of paragraph p's own text (not deleted, not inside a text box)?"""
    parent = r.getparent()
    while parent is not None and parent is not p:
        if parent.tag in (qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent")) or parent.tag == _W_R:
            return False
        parent = parent.getparent()
    return True


def _run_text(r: etree._Element) -> str:
    out = []
    for child in r.iterchildren():
        if child.tag in _TEXT_TAGS:
            fixed = _TEXT_TAGS[child.tag]
            out.append(child.text or "" if fixed is None else fixed)
    return "".join(out)


# ---------------------------------------------------------------------------------------
# Styles: heading level and bold, following basedOn chains


class _Styles:
    def __init__(self, styles: etree._Element) -> None:
        self._by_id = {s.get(qn("w:styleId")): s for s in styles.iterchildren(qn("w:style"))}
        self.default_paragraph = next(
            (sid for sid, s in self._by_id.items()
             if s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) in ("1", "true", "on")),
            "",
        )
        rpr = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        self.default_bold = bool(_flag(rpr.find(qn("w:b")))) if rpr is not None else False
        self._heading: dict[str, str] = {}
        self._bold: dict[str, bool | None] = {}

    def chain(self, style_id: str) -> Iterator[etree._Element]:
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._by_id:
            seen.add(style_id)
            style = self._by_id[style_id]
            yield style
            style_id = _val(style.find(qn("w:basedOn")))

    def heading(self, style_id: str) -> str:
        if style_id not in self._heading:
            self._heading[style_id] = self._find_heading(style_id)
        return self._heading[style_id]

    def _find_heading(self, style_id: str) -> str:
        for style in self.chain(style_id):
            name = " ".join(_val(style.find(qn("w:name"))).lower().split())
            sid = (style.get(qn("w:styleId")) or "").lower()
            for candidate in (name, sid):
                if candidate in _TITLE_NAMES:
                    return "title"
                match = _HEADING_NAME.match(candidate)
                if match:
                    digit = match.group(1) or match.group(2)
                    level = int(digit) if digit.isdigit() else _LEVEL_DIGITS.index(digit) + 1
                    return _level_style(level - 1)
            outline = _outline_level(style.find(qn("w:pPr")))
            if outline is not None:
                return _level_style(outline)
        return ""

    def numbering(self, style_id: str) -> tuple[str, str]:
        """(numId, ilvl) a paragraph style numbers its paragraphs with, ("", "") if none."""
        for style in self.chain(style_id):
            num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None:
                return _val(num_pr.find(qn("w:numId"))), _val(num_pr.find(qn("w:ilvl")))
        return "", ""

    def bold(self, style_id: str) -> bool | None:
        if style_id not in self._bold:
            self._bold[style_id] = next(
                (flag for style in self.chain(style_id)
                 if (flag := _flag(style.find(f"{qn('w:rPr')}/{qn('w:b')}"))) is not None),
                None,
            )
        return self._bold[style_id]


def _outline_level(ppr: etree._Element | None) -> int | None:
    """The outline level (0-based) a paragraph or style sets, None if none or body text (9)."""
    if ppr is None:
        return None
    value = _val(ppr.find(qn("w:outlineLvl")))
    if not value.isdigit() or int(value) >= 9:
        return None
    return int(value)


def _level_style(level: int) -> str:
    return f"heading{min(level, 2) + 1}"


def _val(el: etree._Element | None) -> str:
    return (el.get(qn("w:val")) or "") if el is not None else ""


def _flag(el: etree._Element | None) -> bool | None:
    """A toggle property (<w:b/>, <w:b w:val="0"/>): True, False, or None when absent."""
    if el is None:
        return None
    return _val(el).lower() not in _FALSE
