"""The .docx reader on real Word files: one built with python-docx the way a writer formats the
report (title and heading styles, bold lead sentences), one LibreOffice made from the .txt, and
broken ones. Each real file must give the same outline as the .txt."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from conftest import CASES, SEED_2023
from docx import Document as new_docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from drafter.errors import InputError
from drafter.read import Block, read_file
from drafter.read.docx import read_docx
from drafter.read.text import read_text
from drafter.structure import parse_report

FIXTURES = Path(__file__).resolve().parent / "fixtures"
LIBREOFFICE = FIXTURES / "seed-2023-libreoffice.docx"

# How a writer formats the genre in Word (test-side only: the reader must not need it).
TITLE = re.compile(r"^关于.+的报告$")
PART = re.compile(r"^[一二三四五六七八九十]+、")
CHAPTER = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
LEAD = re.compile(r"^[^，,。]{2,30}。")
# Lines of the saved web page that are not in the Word file.
WEB_CHROME = re.compile(r"^(天津市河北区人民政府 \d|无障碍|来源[:：]|附件[:：])")


def seed_lines() -> list[str]:
    return [b.text for b in read_text(SEED_2023.read_bytes(), SEED_2023.name).blocks]


def outline(report) -> tuple:
    """What must not depend on the file format: years, title, meeting, parts, chapters, leads.

    (The region is not here: only the web page names the city, 天津市, in its site chrome.)
    """
    m = report.meta
    return (
        (m.year, m.plan_year, m.title, m.meeting, m.speaker, m.speaker_title),
        tuple(
            (
                part.number,
                part.role,
                part.title,
                tuple((p.role, p.lead) for p in part.paragraphs),
                tuple((c.number, c.title, tuple((p.role, p.lead) for p in c.paragraphs)) for c in part.chapters),
            )
            for part in report.parts
        ),
    )


def build_word(lines: list[str]) -> bytes:
    """A Word file as a writer makes it: Title, Heading 1/2, lead sentence as a bold run."""
    doc = new_docx()
    for line in lines:
        if TITLE.match(line):
            doc.add_paragraph(line, style="Title")
        elif PART.match(line):
            doc.add_paragraph(line, style="Heading 1")
        elif CHAPTER.match(line):
            doc.add_paragraph(line, style="Heading 2")
        elif lead := LEAD.match(line):
            para = doc.add_paragraph()
            para.add_run("\u3000\u3000")  # the two-character indent some writers type
            para.add_run(lead.group()).bold = True
            para.add_run(line[lead.end():])
        else:
            doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def txt_report():
    return parse_report(read_file(SEED_2023))


@pytest.fixture(scope="module")
def word_lines() -> list[str]:
    return [line for line in seed_lines() if not WEB_CHROME.match(line)]


def test_python_docx_file_keeps_styles_and_bold_leads(word_lines):
    doc = read_docx(build_word(word_lines), "report.docx")
    assert doc.format == "docx"
    assert [b.text for b in doc.blocks] == word_lines
    styles = {b.text: b.style for b in doc.blocks}
    assert styles[word_lines[0]] == "title"
    parts = [t for t in word_lines if PART.match(t)]
    chapters = [t for t in word_lines if CHAPTER.match(t)]
    assert len(parts) == 2 and len(chapters) == 16
    assert all(styles[t] == "heading1" for t in parts)
    assert all(styles[t] == "heading2" for t in chapters)
    leads = [(b.text, b.bold) for b in doc.blocks if LEAD.match(b.text) and not b.style]
    assert len(leads) > 40
    for text, bold in leads:
        assert bold == LEAD.match(text).group()
    assert all(b.bold == "" for b in doc.blocks if not b.style and not LEAD.match(b.text))


def test_python_docx_file_gives_the_txt_outline(word_lines, txt_report):
    report = parse_report(read_docx(build_word(word_lines), "report.docx"))
    assert outline(report) == outline(txt_report)
    assert len(report.parts) == 2
    assert [len(p.chapters) for p in report.parts] == [8, 8]


def test_libreoffice_file_reads_line_for_line():
    doc = read_file(LIBREOFFICE)
    assert doc.format == "docx"
    assert [b.text for b in doc.blocks] == seed_lines()


def test_libreoffice_file_gives_the_txt_outline(txt_report):
    report = parse_report(read_file(LIBREOFFICE))
    assert outline(report) == outline(txt_report)
    assert report.meta == txt_report.meta


def _stored(root: Path) -> dict:
    return json.loads((root / "天津市河北区" / "2023.json").read_text(encoding="utf-8"))


def test_drafter_ingest_of_the_libreoffice_file_stores_what_the_txt_stores(run, archive, seeded_archive):
    result = run("ingest", LIBREOFFICE, "--archive", archive)
    assert result.exit_code == 0, result.output
    stored, expected = _stored(archive), _stored(seeded_archive)
    assert stored.pop("source")["format"] == "docx"
    expected.pop("source")
    assert stored == expected  # metadata, parts, chapters, paragraphs, leads, figures, tokens
    shown = run("show", "2023", "--archive", archive)
    assert shown.stdout == (CASES / "show-2023" / "expected.txt").read_text(encoding="utf-8")


def test_drafter_ingest_of_a_styled_word_file_stores_the_txt_outline(run, archive, seeded_archive, word_lines, tmp_path):
    path = tmp_path / "报告.docx"
    path.write_bytes(build_word(word_lines))
    result = run("ingest", path, "--archive", archive, "--region", "天津市河北区")
    assert result.exit_code == 0, result.output
    stored, expected = _stored(archive), _stored(seeded_archive)
    for report in (stored, expected):
        report.pop("source")
        for web_only in ("published", "issuer"):  # only the page's 来源/发布时间 line says these
            report["meta"].pop(web_only)
    assert stored == expected
    shown = run("show", "2023", "--archive", archive).stdout.splitlines()
    golden = (CASES / "show-2023" / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert shown == [line for line in golden if not line.startswith("  发布：")]


# ---------------------------------------------------------------------------------------
# Format details a real Word file uses


def _word(build) -> bytes:
    doc = new_docx()
    build(doc)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_chinese_style_names_outline_levels_and_based_on_chains():
    def build(doc):
        styles = doc.styles
        wps_heading = styles.add_style("标题 2", WD_STYLE_TYPE.PARAGRAPH)
        custom = styles.add_style("报告章标题", WD_STYLE_TYPE.PARAGRAPH)
        custom.base_style = styles["Heading 1"]
        doc.add_paragraph("（一）聚焦提高经济发展质效", style=wps_heading)
        doc.add_paragraph("一、2023年计划执行情况", style=custom)
        para = doc.add_paragraph("1.推进项目建设")
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), "2")
        para._p.get_or_add_pPr().append(level)
        doc.add_paragraph("正文段落。")
        doc.add_paragraph("二、2024年主要目标任务", style=styles.add_style("一级标题", WD_STYLE_TYPE.PARAGRAPH))

    blocks = read_docx(_word(build), "a.docx").blocks
    assert [(b.text, b.style) for b in blocks] == [
        ("（一）聚焦提高经济发展质效", "heading2"),
        ("一、2023年计划执行情况", "heading1"),
        ("1.推进项目建设", "heading3"),
        ("正文段落。", ""),
        ("二、2024年主要目标任务", "heading1"),
    ]


def test_bold_from_character_and_paragraph_styles_and_explicit_not_bold():
    def build(doc):
        strong = doc.styles.add_style("要点", WD_STYLE_TYPE.CHARACTER)
        strong.font.bold = True
        bold_para = doc.styles.add_style("加粗段", WD_STYLE_TYPE.PARAGRAPH)
        bold_para.font.bold = True
        p = doc.add_paragraph()
        p.add_run("运行调度积极有力。", style="要点")
        p.add_run("瞄准目标。")
        p = doc.add_paragraph(style="加粗段")
        p.add_run("整段加粗。")
        p = doc.add_paragraph(style="加粗段")
        p.add_run("前半句。")
        p.add_run("后半句不加粗。").bold = False
        doc.add_paragraph("不加粗的段落。")

    blocks = read_docx(_word(build), "a.docx").blocks
    assert [b.bold for b in blocks] == ["运行调度积极有力。", "整段加粗。", "前半句。", ""]


def test_tables_stay_tables_in_body_order_and_layout_frames_are_body():
    def build(doc):
        doc.add_paragraph("表前段落。")
        table = doc.add_table(rows=3, cols=2)
        for r, row in enumerate([("指标", "目标"), ("地区生产总值增长", "4.5%左右"), ("", "")]):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        doc.add_paragraph("表后段落。")
        frame = doc.add_table(rows=1, cols=1)
        frame.cell(0, 0).text = "框内第一段。"
        frame.cell(0, 0).add_paragraph("框内第二段。")

    blocks = read_docx(_word(build), "a.docx").blocks
    assert blocks[0] == Block("表前段落。")
    assert blocks[1].rows == (("指标", "目标"), ("地区生产总值增长", "4.5%左右"))
    assert blocks[1].text == "指标\t目标\n地区生产总值增长\t4.5%左右"
    assert [b.text for b in blocks[2:]] == ["表后段落。", "框内第一段。", "框内第二段。"]


def test_line_breaks_split_a_paragraph_and_hyperlink_text_is_kept():
    def build(doc):
        p = doc.add_paragraph()
        p.add_run("——2024年1月10日在河北区第十八届")
        p.add_run().add_break()
        p.add_run("人民代表大会第五次会议上")
        p = doc.add_paragraph("详见")
        link = OxmlElement("w:hyperlink")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "附件一"
        run.append(text)
        link.append(run)
        p._p.append(link)

    blocks = read_docx(_word(build), "a.docx").blocks
    assert [b.text for b in blocks] == ["——2024年1月10日在河北区第十八届", "人民代表大会第五次会议上", "详见附件一"]


# ---------------------------------------------------------------------------------------
# Broken files: one Chinese line, never a traceback


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return out.getvalue()


def _corrupt_member(data: bytes) -> bytes:
    """Flip bytes inside word/document.xml's compressed data (CRC no longer matches)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 200
    return data[:start] + bytes(b ^ 0x5A for b in data[start : start + 64]) + data[start + 64 :]


BROKEN = {
    "truncated": (lambda d: d[: len(d) // 2], "无法打开 cut.docx：文件不完整或已损坏"),
    "truncated_head": (lambda d: d[:3000], "无法打开 cut.docx：文件不完整或已损坏"),
    "corrupt_member": (_corrupt_member, "无法打开 cut.docx：文件不完整或已损坏"),
    "garbage": (lambda d: b"PK\x03\x04" + b"\x00garbage" * 100, "无法打开 cut.docx"),
    "plain_zip": (lambda d: _zip({"notes.txt": b"hello"}), "cut.docx 不是 Word 文档：它是一个普通的 zip 压缩包"),
    "xlsx": (
        lambda d: _zip({"[Content_Types].xml": b"<Types><Override ContentType='application/vnd.openxmlformats-"
                        b"officedocument.spreadsheetml.sheet.main+xml'/></Types>"}),
        "cut.docx 不是 Word 文档：它是Excel 表格",
    ),
    "odt": (
        lambda d: _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
        "libreoffice --headless --convert-to docx",
    ),
    "no_document_xml": (
        lambda d: _zip({"[Content_Types].xml": b"<Types wordprocessingml='1'/>"}),
        "无法打开 cut.docx：文件已损坏",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_files_raise_one_chinese_line(case):
    damage, expected = BROKEN[case]
    data = damage(LIBREOFFICE.read_bytes())
    with pytest.raises(InputError) as caught:
        read_docx(data, "cut.docx")
    message = caught.value.message
    assert expected in message
    assert "\n" not in message and "Traceback" not in message
    assert message.endswith("。")


def test_a_word_file_without_text_is_an_input_error():
    with pytest.raises(InputError, match="empty.docx 中没有文字"):
        read_docx(_word(lambda doc: doc.add_paragraph("  ")), "empty.docx")


# ---------------------------------------------------------------------------------------
# Automatic numbering: the numbers live in numbering.xml, not in the text

NUMBERING = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>"""


def _numbered_word(lines: list[str]) -> bytes:
    """The seed as a writer with an outline-numbered template makes it: no numbers typed."""
    from lxml import etree

    doc = new_docx()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, etree.fromstring(NUMBERING))
    num = etree.SubElement(numbering, qn("w:num"), {qn("w:numId"): "90"})
    etree.SubElement(num, qn("w:abstractNumId"), {qn("w:val"): "90"})

    def numbered(text: str, style: str, level: int) -> None:
        para = doc.add_paragraph(text, style=style)
        num_pr = OxmlElement("w:numPr")
        for tag, value in (("w:ilvl", str(level)), ("w:numId", "90")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), value)
            num_pr.append(el)
        para._p.get_or_add_pPr().append(num_pr)

    for line in lines:
        if PART.match(line):
            numbered(PART.sub("", line), "Heading 1", 0)
        elif CHAPTER.match(line):
            numbered(CHAPTER.sub("", line), "Heading 2", 1)
        else:
            doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_automatic_heading_numbers_are_read_as_printed(word_lines, txt_report):
    doc = read_docx(_numbered_word(word_lines), "numbered.docx")
    expected = [re.sub(r"^\(([一二三四五六七八九十]+)\)", r"（\1）", line) for line in word_lines]
    assert [b.text for b in doc.blocks] == expected
    chapters = [b.text[:3] for b in doc.blocks if b.style == "heading2"]
    assert chapters == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）"] * 2
    report = parse_report(doc)
    assert outline(report)[1] == outline(txt_report)[1]


def test_chinese_counting_numbers():
    from drafter.read.docx_numbering import chinese

    assert [chinese(n) for n in (1, 9, 10, 11, 19, 20, 21, 99, 100, 105, 110, 119)] == [
        "一", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十", "一百一十九"
    ]
