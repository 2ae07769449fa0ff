"""Write a draft as a .docx in the official layout (GB/T 9704-2012, 党政机关公文格式).

A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (type area 156 × 225 mm); 22
lines a page (exact line pitch) of 28 characters (三号 condensed by 0.25 pt); title
方正小标宋简体 二号 centred; 一、 headings 黑体 三号; （一） headings 楷体_GB2312 三号; body
仿宋_GB2312 三号 with a two-character first-line indent; lead sentences bold; page numbers
``— 1 —`` 四号 宋体, odd pages right and even pages left. Every style names its East Asian
font (w:eastAsia), or Word and WPS fall back to 宋体; the font table gives each GB font
its common substitute (仿宋_GB2312 → 仿宋).

The package is written as WordprocessingML text, part by part, into a zip with fixed entry
times: the same draft gives the same bytes, and a draft costs no python-docx import (this
module may use python-docx, with the .docx reader, but a whole draft must take < 0.3 s).
Core properties come from the draft (the archive), never from the clock.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from drafter.draft.document import Block, DraftDocument, Properties, Run
from drafter.draft.stablezip import FIXED_TIME
from drafter.labels import MARK_COLOURS

#: GB/T 9704 fonts by role, with the substitute Word/WPS should use when one is missing.
FONT_TITLE = "方正小标宋简体"
FONT_HEADING1 = "黑体"
FONT_HEADING2 = "楷体_GB2312"
FONT_BODY = "仿宋_GB2312"
FONT_PAGE_NUMBER = "宋体"
SUBSTITUTES = {
    FONT_TITLE: "宋体",
    FONT_HEADING1: "SimHei",
    FONT_HEADING2: "楷体",
    FONT_BODY: "仿宋",
    FONT_PAGE_NUMBER: "SimSun",
}
#: Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt.
SIZE_TITLE, SIZE_BODY, SIZE_PAGE_NUMBER = 44, 32, 28
#: 225 mm / 22 lines = 28.95 pt = 579 twips.
LINE_PITCH = 579
#: 156 mm / 28 characters = 15.79 pt a character: 三号 (16 pt) condensed by 0.25 pt (-5 twips).
#: Condensing, not a character grid: LibreOffice snaps a 16 pt glyph to two 15.79 pt grid cells.
CHAR_SPACING = -5
#: Page and margins in twips (1 mm = 56.69 twips): A4, top 37, bottom 35, left 28, right 26 mm.
PAGE = {"w": 11906, "h": 16838}
MARGINS = {
    "top": 2098,
    "right": 1474,
    "bottom": 1984,
    "left": 1587,
    "header": 850,
    "footer": 1361,
    "gutter": 0,
}
#: Highlight colours: a gap to fill, prose carried over from last year, a number drafter computed.
HIGHLIGHT = {mark: colour for mark, (colour, _) in MARK_COLOURS.items()}

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


def escape(text: str) -> str:
    """XML text escaping (xml.sax.saxutils would import urllib: 25 ms of a 300 ms budget)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def write_docx(
    document: DraftDocument,
    path: str | Path,
    highlight: bool = True,
    *,
    force: bool = True,
    archive: str | Path | None = None,
) -> None:
    """Write the draft to ``path`` atomically (nothing is left behind on failure); an
    existing file only with ``force``, never into the archive (see ``drafter.atomic``)."""
    from drafter.atomic import write_output

    write_output(path, docx_bytes(document, highlight), force=force, archive=archive)


def docx_bytes(document: DraftDocument, highlight: bool = True) -> bytes:
    """The .docx package of a draft, as bytes."""
    body = "".join(_paragraph_xml(block, highlight) for block in document.blocks)
    return zip_parts(layout_parts(document.properties, body))


def zip_parts(parts: list[tuple[str, str]]) -> bytes:
    """A zip package of XML parts, each with the XML declaration, at fixed entry times."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, xml in parts:
            entry = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            package.writestr(entry, (_HEAD + xml).encode("utf-8"))
    return buffer.getvalue()


@dataclass(frozen=True)
class ExtraPart:
    """A part beyond the layout's own (comments): its name under word/, XML, type and relation."""

    name: str
    xml: str
    content_type: str
    relationship: str


def layout_parts(
    properties: Properties, body: str, *, settings: str = "", extra: tuple[ExtraPart, ...] = ()
) -> list[tuple[str, str]]:
    """The GB/T 9704 package around a body of ``w:p``/``w:tbl`` XML: styles, page setup,
    footers, fonts; ``settings`` is added to word/settings.xml (``<w:trackRevisions/>``)."""
    return [
        ("[Content_Types].xml", _content_types(extra)),
        ("_rels/.rels", _package_rels()),
        ("docProps/core.xml", _core(properties)),
        (
            "docProps/app.xml",
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            "<Application>drafter</Application></Properties>",
        ),
        ("word/_rels/document.xml.rels", _document_rels(extra)),
        ("word/document.xml", _document(body)),
        ("word/styles.xml", _styles()),
        ("word/settings.xml", _settings(settings)),
        ("word/fontTable.xml", _font_table()),
        ("word/footer1.xml", _footer("right")),
        ("word/footer2.xml", _footer("left")),
        *((f"word/{part.name}", part.xml) for part in extra),
    ]


def paragraph_style(kind: str) -> str:
    """The style id of a block kind (``heading1`` → ``Heading1``)."""
    return STYLES[kind][0]


# ---------------------------------------------------------------- package plumbing


def _content_types(extra: tuple[ExtraPart, ...] = ()) -> str:
    overrides = {
        "/word/document.xml": f"{_WML}.document.main+xml",
        "/word/styles.xml": f"{_WML}.styles+xml",
        "/word/settings.xml": f"{_WML}.settings+xml",
        "/word/fontTable.xml": f"{_WML}.fontTable+xml",
        "/word/footer1.xml": f"{_WML}.footer+xml",
        "/word/footer2.xml": f"{_WML}.footer+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        **{f"/word/{part.name}": part.content_type for part in extra},
    }
    body = "".join(f'<Override PartName="{k}" ContentType="{v}"/>' for k, v in overrides.items())
    return (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{body}</Types>'
    )


def _relationships(items: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in items
    )
    return f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'


def _package_rels() -> str:
    return _relationships(
        [
            ("rId1", f"{_REL}/officeDocument", "word/document.xml"),
            (
                "rId2",
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml",
            ),
            ("rId3", f"{_REL}/extended-properties", "docProps/app.xml"),
        ]
    )


def _document_rels(extra: tuple[ExtraPart, ...] = ()) -> str:
    return _relationships(
        [
            ("rId1", f"{_REL}/styles", "styles.xml"),
            ("rId2", f"{_REL}/settings", "settings.xml"),
            ("rId3", f"{_REL}/fontTable", "fontTable.xml"),
            ("rId4", f"{_REL}/footer", "footer1.xml"),
            ("rId5", f"{_REL}/footer", "footer2.xml"),
            *((f"rId{n}", part.relationship, part.name) for n, part in enumerate(extra, 6)),
        ]
    )


def _core(props: Properties) -> str:
    when = f"{props.created}T00:00:00Z" if len(props.created) == 10 else props.created
    stamp = f'xsi:type="dcterms:W3CDTF">{escape(when)}'
    return (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(props.title)}</dc:title><dc:subject>{escape(props.subject)}</dc:subject>"
        f"<dc:creator>{escape(props.author)}</dc:creator><cp:keywords>{escape(props.keywords)}</cp:keywords>"
        "<dc:description>由 drafter 根据上年报告和指标表生成的草稿</dc:description>"
        f"<cp:lastModifiedBy>{escape(props.author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>"
        "<cp:category>计划报告草稿</cp:category><dc:language>zh-CN</dc:language>"
        f"<dcterms:created {stamp}</dcterms:created><dcterms:modified {stamp}</dcterms:modified>"
        "</cp:coreProperties>"
    )


# ---------------------------------------------------------------- the document


def _document(body: str) -> str:
    margins = " ".join(f'w:{k}="{v}"' for k, v in MARGINS.items())
    section = (
        '<w:sectPr><w:footerReference w:type="even" r:id="rId5"/><w:footerReference w:type="default" r:id="rId4"/>'
        f'<w:pgSz w:w="{PAGE["w"]}" w:h="{PAGE["h"]}"/><w:pgMar {margins}/><w:cols w:space="425"/>'
        f'<w:docGrid w:type="lines" w:linePitch="{LINE_PITCH}"/></w:sectPr>'
    )
    return f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}{section}</w:body></w:document>'


def _paragraph_xml(block: Block, highlight: bool) -> str:
    style = STYLES[block.kind][0]
    runs = "".join(_run_xml(run, highlight) for run in block.runs)
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{runs}</w:p>'


def _run_xml(run: Run, highlight: bool) -> str:
    props = "<w:b/><w:bCs/>" if run.bold else ""
    colour = HIGHLIGHT.get(run.mark) if highlight else None
    if colour:
        props += f'<w:highlight w:val="{colour}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    space = ' xml:space="preserve"' if run.text != run.text.strip() else ""
    return f"<w:r>{rpr}<w:t{space}>{escape(run.text)}</w:t></w:r>"


def _fonts(font: str) -> str:
    return f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}" w:hint="eastAsia"/>'


def _styles() -> str:
    defaults = (
        f"<w:docDefaults><w:rPrDefault><w:rPr>{_fonts(FONT_BODY)}"
        f'<w:sz w:val="{SIZE_BODY}"/><w:szCs w:val="{SIZE_BODY}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        f'<w:spacing w:after="0" w:line="{LINE_PITCH}" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>'
    )
    styles = "".join(_style(*spec) for spec in STYLES.values())
    character = (
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        f'<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:rPr>{_fonts(FONT_BODY)}</w:rPr></w:style>'
    )
    return f'<w:styles xmlns:w="{W_NS}">{defaults}{styles}{character}</w:styles>'


def _style(
    style_id: str,
    name: str,
    font: str,
    size: int,
    centred: bool,
    indented: bool,
    outline: int | None,
    after: int,
) -> str:
    based = "" if style_id == "Normal" else '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    keep = "<w:keepNext/>" if outline is not None or style_id in ("Title", "Subtitle") else ""
    line = LINE_PITCH if size <= SIZE_BODY else 700
    indent = f'w:firstLineChars="{200 if indented else 0}" w:firstLine="{2 * size * 10 if indented else 0}"'
    level = "" if outline is None else f'<w:outlineLvl w:val="{outline}"/>'
    spacing = CHAR_SPACING if size == SIZE_BODY else 0
    default = ' w:default="1"' if style_id == "Normal" else ""
    return (
        f'<w:style w:type="paragraph"{default} w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/>{based}<w:qFormat/>'
        f'<w:pPr>{keep}<w:spacing w:before="0" w:after="{after * LINE_PITCH}" w:line="{line}" w:lineRule="exact"/>'
        f'<w:ind {indent}/><w:jc w:val="{"center" if centred else "both"}"/>{level}</w:pPr>'
        f'<w:rPr>{_fonts(font)}<w:b w:val="0"/><w:bCs w:val="0"/><w:i w:val="0"/><w:iCs w:val="0"/>'
        f'<w:color w:val="000000"/><w:spacing w:val="{spacing}"/><w:kern w:val="0"/>'
        f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:style>'
    )


def _settings(extra: str = "") -> str:
    return (
        f'<w:settings xmlns:w="{W_NS}">{extra}<w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/>'
        '<w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
        "</w:compat></w:settings>"
    )


def _font_table() -> str:
    fonts = "".join(
        f'<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:charset w:val="86"/><w:family w:val="auto"/>'
        '<w:pitch w:val="variable"/></w:font>'
        for name, alt in SUBSTITUTES.items()
    )
    return f'<w:fonts xmlns:w="{W_NS}">{fonts}</w:fonts>'


def _footer(side: str) -> str:
    """``— N —`` in 四号 宋体, one character in from the outer edge of the type area."""
    rpr = f'<w:rPr>{_fonts(FONT_PAGE_NUMBER)}<w:sz w:val="{SIZE_PAGE_NUMBER}"/><w:szCs w:val="{SIZE_PAGE_NUMBER}"/></w:rPr>'
    runs = (
        f'<w:r>{rpr}<w:t xml:space="preserve">— </w:t></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{rpr}<w:t>1</w:t></w:r>"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
        f'<w:r>{rpr}<w:t xml:space="preserve"> —</w:t></w:r>'
    )
    ppr = (
        f'<w:pPr><w:spacing w:after="0" w:line="{LINE_PITCH}" w:lineRule="exact"/>'
        f'<w:ind w:{side}Chars="100" w:{side}="{SIZE_PAGE_NUMBER * 10}" w:firstLineChars="0" w:firstLine="0"/>'
        f'<w:jc w:val="{side}"/></w:pPr>'
    )
    return f'<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p>{ppr}{runs}</w:p></w:ftr>'


__all__ = [
    "ExtraPart",
    "FONT_BODY",
    "FONT_HEADING1",
    "FONT_HEADING2",
    "FONT_TITLE",
    "HIGHLIGHT",
    "docx_bytes",
    "layout_parts",
    "paragraph_style",
    "write_docx",
    "zip_parts",
]
