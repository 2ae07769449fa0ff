"""Write a draft as a .docx in the official layout (GB/T 9704-2012, 党政机关公文格式).

A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (type area 156 × 225 mm); a
document grid of 22 lines × 28 characters; title 方正小标宋简体 二号 centred; 一、 headings
黑体 三号; （一） headings 楷体_GB2312 三号; body 仿宋_GB2312 三号 with a two-character
first-line indent; lead sentences bold; page numbers ``— 1 —`` 四号 宋体, odd pages right,
even pages left. Every style names its East Asian font (w:eastAsia), or Word and WPS fall
back to 宋体. Core properties come from the draft (the archive), and the zip is written
with fixed times: the same draft gives the same bytes.

This module and the .docx reader are the only ones that import python-docx.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from docx import Document as new_document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

from drafter.draft.document import Block, DraftDocument, Properties, Run
from drafter.draft.stablezip import stable_zip

#: GB/T 9704 fonts by role.
FONT_TITLE = "方正小标宋简体"
FONT_HEADING1 = "黑体"
FONT_HEADING2 = "楷体_GB2312"
FONT_BODY = "仿宋_GB2312"
FONT_PAGE_NUMBER = "宋体"
#: Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt.
SIZE_TITLE, SIZE_BODY, SIZE_PAGE_NUMBER = 44, 32, 28
#: 225 mm / 22 lines = 28.95 pt = 579 twips.
LINE_PITCH = 579
#: 156 mm / 28 characters = 15.79 pt a character: 三号 (16 pt) condensed by 0.25 pt (-5 twips).
#: Condensing, not a character grid: LibreOffice snaps a 16 pt glyph to two 15.79 pt grid cells.
CHAR_SPACING = -5
#: Highlight colours: a gap to fill, prose carried over from last year.
HIGHLIGHT = {"todo": "yellow", "carry": "lightGray"}

_STYLE_XML = """
<w:style {ns} w:type="paragraph" w:styleId="{id}"{default}>
  <w:name w:val="{name}"/>{based}
  <w:qFormat/>
  <w:pPr>{keep}
    <w:spacing w:before="0" w:after="{after}" w:line="{line}" w:lineRule="exact"/>
    <w:ind w:firstLineChars="{indent_chars}" w:firstLine="{indent}"/>
    <w:jc w:val="{jc}"/>{outline}
  </w:pPr>
  <w:rPr>
    <w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}" w:hint="eastAsia"/>
    <w:b w:val="0"/><w:bCs w:val="0"/><w:i w:val="0"/><w:iCs w:val="0"/>
    <w:color w:val="000000"/>
    <w:spacing w:val="{spacing}"/>
    <w:kern w:val="0"/>
    <w:sz w:val="{size}"/><w:szCs w:val="{size}"/>
    <w:lang w:val="en-US" w:eastAsia="zh-CN"/>
  </w:rPr>
</w:style>
"""

#: block kind → (styleId, name, font, size, centred, indented, outline level, space after in lines)
STYLES = {
    "body": ("Normal", "Normal", FONT_BODY, SIZE_BODY, False, True, None, 0),
    "title": ("Title", "Title", FONT_TITLE, SIZE_TITLE, True, False, None, 1),
    "subtitle": ("Subtitle", "Subtitle", FONT_HEADING2, SIZE_BODY, True, False, None, 0),
    "speaker": ("Speaker", "Speaker", FONT_HEADING2, SIZE_BODY, True, False, None, 1),
    "salutation": ("Salutation", "Salutation", FONT_BODY, SIZE_BODY, False, False, None, 0),
    "heading1": ("Heading1", "heading 1", FONT_HEADING1, SIZE_BODY, False, True, 0, 0),
    "heading2": ("Heading2", "heading 2", FONT_HEADING2, SIZE_BODY, False, True, 1, 0),
}


def write_docx(document: DraftDocument, path: str | Path, highlight: bool = True) -> None:
    """Write the draft to ``path`` atomically (nothing is left behind on failure)."""
    from drafter.draft.sheet import write_atomic

    write_atomic(Path(path), docx_bytes(document, highlight))


def docx_bytes(document: DraftDocument, highlight: bool = True) -> bytes:
    doc = new_document()
    _page_setup(doc)
    _styles(doc)
    body = doc.element.body
    for paragraph in list(body.iterchildren(qn("w:p"))):
        body.remove(paragraph)
    for block in document.blocks:
        _paragraph(doc, block, highlight)
    _page_numbers(doc)
    _properties(doc, document.properties)
    buffer = io.BytesIO()
    doc.save(buffer)
    return stable_zip(buffer.getvalue())


def _page_setup(doc: object) -> None:
    section = doc.sections[0]  # type: ignore[attr-defined]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(24)
    sect = section._sectPr
    for grid in sect.findall(qn("w:docGrid")):
        sect.remove(grid)
    sect.append(parse_xml(f'<w:docGrid {nsdecls("w")} w:type="lines" w:linePitch="{LINE_PITCH}"/>'))
    doc.settings.odd_and_even_pages_header_footer = True  # type: ignore[attr-defined]


def _styles(doc: object) -> None:
    styles = doc.styles.element  # type: ignore[attr-defined]
    _defaults(styles)
    for style_id, name, font, size, centred, indented, outline, after in STYLES.values():
        for old in styles.findall(qn("w:style")):
            if old.get(qn("w:styleId")) == style_id:
                styles.remove(old)
        styles.append(
            parse_xml(
                _STYLE_XML.format(
                    ns=nsdecls("w"),
                    id=style_id,
                    name=name,
                    default=' w:default="1"' if style_id == "Normal" else "",
                    based="" if style_id == "Normal" else '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>',
                    keep="<w:keepNext/>" if outline is not None or style_id in ("Title", "Subtitle") else "",
                    after=after * LINE_PITCH,
                    line=LINE_PITCH if size <= SIZE_BODY else 700,
                    spacing=CHAR_SPACING if size == SIZE_BODY else 0,
                    indent_chars=200 if indented else 0,
                    indent=2 * size * 10 if indented else 0,
                    jc="center" if centred else "both",
                    outline="" if outline is None else f'<w:outlineLvl w:val="{outline}"/>',
                    font=font,
                    size=size,
                )
            )
        )


def _defaults(styles: object) -> None:
    """Document defaults: 仿宋_GB2312 三号 everywhere, theme fonts removed (they override w:eastAsia)."""
    for old in styles.findall(qn("w:docDefaults")):  # type: ignore[attr-defined]
        styles.remove(old)  # type: ignore[attr-defined]
    styles.insert(  # type: ignore[attr-defined]
        0,
        parse_xml(
            f'<w:docDefaults {nsdecls("w")}><w:rPrDefault><w:rPr>'
            f'<w:rFonts w:ascii="{FONT_BODY}" w:hAnsi="{FONT_BODY}" w:eastAsia="{FONT_BODY}" w:cs="{FONT_BODY}"/>'
            f'<w:sz w:val="{SIZE_BODY}"/><w:szCs w:val="{SIZE_BODY}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
            "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
            f'<w:spacing w:after="0" w:line="{LINE_PITCH}" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>'
        ),
    )
    for element in styles.iter(qn("w:rFonts")):  # type: ignore[attr-defined]
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            element.attrib.pop(qn(theme), None)
    for style in styles.findall(qn("w:style")):  # type: ignore[attr-defined]
        _east_asian(style)


_AFTER_RPR = ("w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr")


def _east_asian(style: object) -> None:
    """Give a style an explicit East Asian font (仿宋_GB2312 unless it names one already)."""
    rpr = style.find(qn("w:rPr"))  # type: ignore[attr-defined]
    if rpr is None:
        rpr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        anchor = next((style.find(qn(t)) for t in _AFTER_RPR if style.find(qn(t)) is not None), None)  # type: ignore[attr-defined]
        if anchor is None:
            style.append(rpr)  # type: ignore[attr-defined]
        else:
            anchor.addprevious(rpr)
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rstyle = rpr.find(qn("w:rStyle"))
        if rstyle is None:
            rpr.insert(0, fonts)
        else:
            rstyle.addnext(fonts)
    if not fonts.get(qn("w:eastAsia")):
        fonts.set(qn("w:eastAsia"), FONT_BODY)


def _paragraph(doc: object, block: Block, highlight: bool) -> None:
    paragraph = doc.add_paragraph(style=STYLES[block.kind][1])  # type: ignore[attr-defined]
    for run in block.runs:
        _run(paragraph, run, highlight)


def _run(paragraph: object, run: Run, highlight: bool) -> None:
    element = paragraph.add_run(run.text)  # type: ignore[attr-defined]
    if run.bold:
        element.bold = True
        element._r.get_or_add_rPr().append(parse_xml(f'<w:bCs {nsdecls("w")}/>'))
    colour = HIGHLIGHT.get(run.mark) if highlight else None
    if colour:
        element._r.get_or_add_rPr().append(parse_xml(f'<w:highlight {nsdecls("w")} w:val="{colour}"/>'))


def _page_numbers(doc: object) -> None:
    section = doc.sections[0]  # type: ignore[attr-defined]
    section.different_first_page_header_footer = False
    _page_number(section.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right")
    _page_number(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left")


def _page_number(footer: object, align: object, side: str) -> None:
    """``— N —`` in 四号 宋体, one character in from the outer edge of the type area."""
    footer.is_linked_to_previous = False  # type: ignore[attr-defined]
    paragraph = footer.paragraphs[0]  # type: ignore[attr-defined]
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = 0
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:ind {nsdecls("w")} w:{side}Chars="100" w:{side}="{SIZE_PAGE_NUMBER * 10}" w:firstLineChars="0" w:firstLine="0"/>'))
    ppr.append(parse_xml(f'<w:spacing {nsdecls("w")} w:line="{LINE_PITCH}" w:lineRule="exact"/>'))
    rpr = (
        f'<w:rPr><w:rFonts w:ascii="{FONT_PAGE_NUMBER}" w:hAnsi="{FONT_PAGE_NUMBER}" w:eastAsia="{FONT_PAGE_NUMBER}"'
        f' w:cs="{FONT_PAGE_NUMBER}" w:hint="eastAsia"/><w:sz w:val="{SIZE_PAGE_NUMBER}"/><w:szCs w:val="{SIZE_PAGE_NUMBER}"/></w:rPr>'
    )
    runs = (
        f'<w:r>{rpr}<w:t xml:space="preserve">— </w:t></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{rpr}<w:t>1</w:t></w:r>"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
        f'<w:r>{rpr}<w:t xml:space="preserve"> —</w:t></w:r>'
    )
    for run in parse_xml(f'<w:p {nsdecls("w")}>{runs}</w:p>'):
        paragraph._p.append(run)


def _properties(doc: object, props: Properties) -> None:
    core = doc.core_properties  # type: ignore[attr-defined]
    when = datetime.fromisoformat(props.created)
    core.title, core.author, core.subject, core.keywords = props.title, props.author, props.subject, props.keywords
    core.last_modified_by = props.author
    core.comments = "由 drafter 根据上年报告和指标表生成的草稿"
    core.category = "计划报告草稿"
    core.language = "zh-CN"
    core.created = core.modified = when
    core.last_printed = when
    core.revision = 1


__all__ = ["FONT_BODY", "FONT_HEADING1", "FONT_HEADING2", "FONT_TITLE", "HIGHLIGHT", "docx_bytes", "write_docx"]
