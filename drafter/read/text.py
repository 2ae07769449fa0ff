"""Plain-text reader: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK."""

from __future__ import annotations

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
    for match in _LINE.finditer(text):
        line = match.group().strip()
        if line:
            budget.add(line)
            blocks.append(Block(line))
    return Document(blocks=tuple(blocks), format="txt", name=name, data=data, encoding=encoding)


#: A line as ``str.splitlines`` cuts them, found one at a time.
_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
