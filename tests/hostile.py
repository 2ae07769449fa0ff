"""Hostile inputs from issue 13, generated (never committed as files).

Each function returns the bytes of one input that hung drafter, blew its memory or ended
in a traceback; ``tests/test_robust_limits.py`` and ``bench/bench_hostile.py`` use them.
"""

from __future__ import annotations

import io
import zipfile
from functools import cache

_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TITLE = "关于河北区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"


def docx(body_xml: str) -> bytes:
    """A minimal valid .docx whose body is ``body_xml`` (w: paragraphs)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CT)
        package.writestr("_rels/.rels", _RELS)
        package.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>'
            + body_xml + "</w:body></w:document>",
        )
    return buffer.getvalue()


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


@cache
def tiny_paragraphs_docx(count: int = 1_700_000) -> bytes:
    """A report title then ``count`` one-character paragraphs: about 172 KB zipped at 1.7 M
    (kept: two tests read the same bytes)."""
    return docx(_p(TITLE) + _p("一") * count)


def zip_bomb_docx(megabytes: int = 64) -> bytes:
    """One paragraph of ``megabytes`` MB of spaces: 64 KB zipped at 64 MB."""
    return docx(_p(TITLE) + "<w:p><w:r><w:t>" + " " * (megabytes * 1024 * 1024) + "甲</w:t></w:r></w:p>")


def huge_text_node_html(megabytes: int = 19) -> bytes:
    """A page whose body is one text node of ``megabytes`` MB (drafter reads at most 20 MB)."""
    return (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><p>".encode()
            + "发展".encode() * (megabytes * 1024 * 1024 // 6) + b"</p></body></html>")


def long_paragraphs_html(count: int = 60) -> bytes:
    """``count`` paragraphs of 100,000 characters each (6 M characters, 18 MB)."""
    return (f"<html><body><h1>{TITLE}</h1>".encode() + ("<p>" + "发展" * 50_000 + "</p>").encode() * count
            + b"</body></html>")


def many_paragraphs_html(count: int = 1_000_000) -> bytes:
    return (f"<html><body><h1>{TITLE}</h1>".encode() + b"<p>a</p>" * count + b"</body></html>")


def short_lines_txt(count: int = 1_000_000) -> bytes:
    """``count`` one-character lines under a report title (2 MB at 1 M)."""
    return (TITLE + "\n").encode() + "一\n".encode() * count


def digit_run_txt(digits: int = 16_000, tail: str = "亿元。") -> bytes:
    """A report with a paragraph holding a run of ``digits`` digits, then ``tail``: without a
    unit after it (``。``, ``完成任务``) the figure scan backtracked over the run (104 s)."""
    return (TITLE + "\n一、2023年工作回顾\n（一）经济运行\n全区地区生产总值增长" + "1" * digits + tail + "\n").encode()


def digit_run_stop_txt() -> bytes:
    return digit_run_txt(tail="。")


def digit_run_done_txt() -> bytes:
    return digit_run_txt(tail="完成任务。")


#: name → (generator, file suffix), the cases of issue 13's "Inputs that hang or blow up".
CASES = {
    "tiny-paragraphs.docx": (tiny_paragraphs_docx, ".docx"),
    "zip-bomb.docx": (zip_bomb_docx, ".docx"),
    "huge-text-node.html": (huge_text_node_html, ".html"),
    "long-paragraphs.html": (long_paragraphs_html, ".html"),
    "many-paragraphs.html": (many_paragraphs_html, ".html"),
    "short-lines.txt": (short_lines_txt, ".txt"),
    "digit-run.txt": (digit_run_txt, ".txt"),
    "digit-run-stop.txt": (digit_run_stop_txt, ".txt"),
    "digit-run-done.txt": (digit_run_done_txt, ".txt"),
}
