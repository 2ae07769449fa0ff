"""Readers: turn a file the user has (.txt, .docx, .html) into a flat list of blocks.

A block is one line or paragraph of the source with what its format says about it
(a heading style, a bold opening run, table cells). Structure is decided later, in
``drafter.structure``, on the blocks of every format alike.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import InputError

#: Largest source drafter reads. A whole report is about 40 KB; 20 MB is far beyond any.
MAX_BYTES = 20 * 1024 * 1024
#: Largest total a .docx may unpack to (its parts decompressed); a report's is under 2 MB.
MAX_UNZIPPED = 50 * 1024 * 1024
#: Most paragraphs (lines, table rows, Word paragraphs) drafter reads; a report has about 300.
MAX_PARAGRAPHS = 10_000
#: Most characters of text drafter reads; a report has about 30,000, a long one 60,000.
MAX_CHARS = 400_000
#: Most HTML tags a page may have; a saved government page has a few thousand.
MAX_TAGS = 200_000


@dataclass(frozen=True)
class Block:
    """One paragraph or line of a source document.

    text:   its text, as the source gives it (whitespace at the ends stripped)
    style:  "title", "heading1", "heading2", "heading3" when the source marks it so
            (Word heading styles, HTML <h1>…), else ""
    bold:   the text of the paragraph's leading bold run(s), "" if none (a lead sentence)
    rows:   cells of a table, row by row; text is then the cells joined by tabs
    """

    text: str
    style: str = ""
    bold: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Document:
    """What a reader returns: the blocks, and the facts of the source file."""

    blocks: tuple[Block, ...]
    format: str  # txt, docx, html
    name: str  # file name as given
    data: bytes  # the file's bytes, kept beside the archive entry
    encoding: str = ""


class Budget:
    """Counts paragraphs and characters as a reader produces them, and stops the reader with
    one Chinese line as soon as a limit is passed (never after reading everything)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.paragraphs = 0
        self.chars = 0

    def add(self, text: str) -> None:
        self.paragraphs += 1
        self.chars += len(text)
        if self.paragraphs > MAX_PARAGRAPHS:
            raise too_large(self.name, f"段落超过 {MAX_PARAGRAPHS:,} 段")
        if self.chars > MAX_CHARS:
            raise too_large(self.name, f"文字超过 {MAX_CHARS:,} 字")


def check_size(data: bytes, name: str) -> None:
    """Every reader's first step: bytes passed in directly (the library, not ``read_file``)
    meet the same MAX_BYTES limit as a file."""
    if len(data) > MAX_BYTES:
        raise too_large(name, f"文件超过 {MAX_BYTES // (1024 * 1024)} MB")


def too_large(name: str, why: str) -> InputError:
    """The one message for every size limit."""
    return InputError(f"{name} 太大，drafter 不读取", f"{why}（一份计划报告约 300 段、3 万字）",
                      "请确认选对了文件，或只导出报告正文后再导入")


_CONVERT_HINT = (
    "请用 Word 或 WPS 打开后“另存为 .docx”，或运行 libreoffice --headless --convert-to docx 文件名，"
    "再导入转换后的文件"
)


def read_file(path: str | os.PathLike[str]) -> Document:
    """Read a report file into blocks, choosing the reader by content and suffix."""
    path = Path(path)
    data = _read_bytes(path)
    kind = sniff(path, data)
    if kind == "docx":
        from drafter.read.docx import read_docx

        return read_docx(data, path.name)
    if kind == "html":
        from drafter.read.html import read_html

        return read_html(data, path.name)
    from drafter.read.text import read_text

    return read_text(data, path.name)


def _read_bytes(path: Path) -> bytes:
    name = str(path)
    if not path.exists():
        raise InputError(f"找不到文件 {name}", "路径不存在", "请检查文件名和所在文件夹")
    if path.is_dir():
        raise InputError(f"{name} 是一个文件夹", "只能导入单个报告文件", "请指定其中的 .txt、.docx 或 .html 文件")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"文件 {name} 太大（{size // (1024 * 1024)} MB）",
                f"一份计划报告通常不足 1 MB，drafter 最多读取 {MAX_BYTES // (1024 * 1024)} MB",
                "请确认选对了文件，或只导出报告正文",
            )
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"无法读取文件 {name}", "没有读取权限", "请检查文件权限") from None
    except OSError as exc:
        raise InputError(f"无法读取文件 {name}", exc.strerror or "系统读取失败", "请检查文件是否完整") from None
    if not data.strip():
        raise InputError(f"文件 {name} 是空的", "其中没有任何文字", "请确认导出的报告含有正文后重试")
    return data


def sniff(path: Path, data: bytes) -> str:
    """Decide the format from the bytes first and the suffix second."""
    suffix = path.suffix.lower()
    head = data[:8]
    if head.startswith(b"%PDF"):
        raise InputError(
            f"{path.name} 是 PDF 文件",
            "drafter 暂不能从 PDF 中可靠地提取正文",
            _CONVERT_HINT.replace("“另存为 .docx”", "“另存为 .docx”（或复制正文另存为 .txt）"),
        )
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        label = "WPS" if suffix in (".wps", ".et") else "旧版 Word（.doc）"
        raise InputError(f"{path.name} 是{label}格式", "drafter 只读 .docx、.txt 和 .html", _CONVERT_HINT)
    if suffix in (".doc", ".wps", ".pdf", ".rtf", ".odt"):
        raise InputError(f"{path.name} 是 {suffix} 文件", "drafter 只读 .docx、.txt 和 .html", _CONVERT_HINT)
    if head.startswith(b"PK\x03\x04") or suffix == ".docx":
        return "docx"
    if suffix in (".html", ".htm", ".shtml", ".xhtml", ".mht"):
        return "html"
    sample = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if sample.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in sample:
        return "html"
    return "txt"


__all__ = ["MAX_BYTES", "MAX_CHARS", "MAX_PARAGRAPHS", "MAX_TAGS", "MAX_UNZIPPED", "Block", "Budget", "Document",
           "check_size", "read_file", "sniff", "too_large"]
