"""Plain-text reader: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK."""

from __future__ import annotations

import html
import re

from drafter.errors import InputError
from drafter.read import Block, Budget, Document, check_size

_ENCODINGS = ("utf-8", "gb18030")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode report bytes; return (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name), "utf-16"
    if b"\x00" in data[:4096]:
        raise InputError(f"{name} 不是文本文件", "其中含有二进制数据", "请导入报告的 .txt、.docx 或 .html 文件")
    for encoding in _ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, "gbk" if encoding == "gb18030" and _is_gbk(data) else encoding
    raise InputError(
        f"无法识别 {name} 的文字编码",
        "它既不是 UTF-8 也不是 GBK/GB18030，或者不是文本文件",
        "请用记事本或 WPS 把它另存为 UTF-8 编码的 .txt 后重试",
    )


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(
            f"{name} 的编码有误", f"文件声明为 {encoding}，但内容不能按此解码", "请重新导出文件后重试"
        ) from None


def _is_gbk(data: bytes) -> bool:
    try:
        data.decode("gbk")
    except UnicodeDecodeError:
        return False
    return True


def _looks_like_text(text: str) -> bool:
    """Reject byte soup that happens to decode: too many control or private-use characters."""
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(
        1
        for ch in sample
        if (ord(ch) < 32 and ch not in "\r\n\t\f") or 0xE000 <= ord(ch) <= 0xF8FF or ch == "\ufffd"
    )
    return bad <= len(sample) * 0.01


def read_text(data: bytes, name: str) -> Document:
    check_size(data, name)
    text, encoding = decode(data, name)
    budget = Budget(name)
    blocks: list[Block] = []
    text = _columns_in_order(text)
    for match in _LINE.finditer(text):
        for line in _unmarked(match.group()):
            line = line.strip()
            if line:
                budget.add(line)
                blocks.append(Block(line))
    return Document(blocks=tuple(blocks), format="txt", name=name, data=data, encoding=encoding)


#: A line as ``str.splitlines`` cuts them, found one at a time.
_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")


#: A plain-text copy of a forum post or a scrape that kept the page's raw HTML (``<p data-track="4">…</p>``,
#: ``<style>html{font-size:375%}</style>``): a line with at least this many tags is markup, not the text.
_MARKUP_TAGS = 3
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
#: What markup holds that is no text: style sheets and scripts (to their closing tag, or to the line's end when
#: it has none, as a browser reads them), comments (``<!---->``, ``<!--    付费贴-->``).
_NOT_TEXT_OPEN = re.compile(r"<(style|script)\b[^>]*>", re.I)
_NOT_TEXT_CLOSE = {"style": re.compile(r"</style\s*>", re.I), "script": re.compile(r"</script\s*>", re.I)}
_COMMENT = re.compile(r"<!--.*?-->", re.S)
#: Tags that end a line of the page (a paragraph, a break, a block).
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|blockquote)\b[^<>]*>", re.I)


def _unmarked(line: str) -> list[str]:
    """A line of raw HTML markup as the lines of text it shows (its style sheets, scripts and comments
    gone, a paragraph or break tag a line's end, entities such as ``&nbsp;`` and ``&ldquo;`` read);
    any other line as it is."""
    if len(_TAG.findall(line)) < _MARKUP_TAGS:
        return [line]
    shown = _BLOCK_TAG.sub("\n", _COMMENT.sub("", _without_sheets(line)))
    return [html.unescape(_TAG.sub("", part)).replace("\xa0", " ") for part in shown.split("\n")]


def _without_sheets(line: str) -> str:
    """``line`` without its style sheets and scripts, in one pass (a page of unclosed ``<style>`` tags
    stays linear: the first one without a closing tag ends the text)."""
    kept: list[str] = []
    at = 0
    while (opened := _NOT_TEXT_OPEN.search(line, at)) is not None:
        kept.append(line[at : opened.start()])
        closed = _NOT_TEXT_CLOSE[opened[1].lower()].search(line, opened.end())
        if closed is None:
            return "".join(kept)
        at = closed.end()
    kept.append(line[at:])
    return "".join(kept)


#: A PDF page of two columns copied line by line (a yearbook's flip-book page): each printed line holds the left
#: column's line, a wide run of blanks, then the right column's (``…全区经济社会运          生产总值( GDP ) 增长…``).
_COLUMN_GAP = re.compile(r"(?<=\S)[ \u3000]{6,}(?=\S)")
#: How many lines must show both columns, each of some length, for the page to be read as two columns.
_COLUMN_LINES = 4
_COLUMN_TEXT = 8
#: A line of one column alone indented at least so far is the right column's.
_RIGHT_INDENT = 40


def _columns_in_order(text: str) -> str:
    """A page of two columns run together line by line, read column by column: every left column's line,
    then every right column's, so a sentence is read in its own column's order and never across the other's
    text (real_aside54 convention 3). Any other text is returned as it is."""
    if _COLUMN_GAP.search(text) is None:
        return text  # no wide gap anywhere: one column (the common case, read without splitting a line)
    lines = text.splitlines()
    two = [
        parts for line in lines
        if len(parts := _COLUMN_GAP.split(line.strip())) == 2 and all(len(p) >= _COLUMN_TEXT for p in parts)
    ]
    if len(two) < _COLUMN_LINES:
        return text
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        parts = _COLUMN_GAP.split(line.strip())
        if len(parts) == 2:
            left.append(parts[0])
            right.append(parts[1])
        elif len(line) - len(line.lstrip()) >= _RIGHT_INDENT:
            right.append(line.strip())
        else:
            left.append(line.strip())
    return "\n".join([*left, *right])
