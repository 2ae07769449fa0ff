"""Read the first worksheet of an .xlsx with the standard library (zipfile + ElementTree).

``drafter draft --figures x.xlsx`` only needs the cells of one sheet: each cell's value as
Excel cached it, its number format (a percent cell holds 0.032 for 3.2%) and whether it is a
formula with no cached value. openpyxl gives all that but its import costs ~100 ms — a third
of the draft's budget — so reading goes through this module, written to return what
openpyxl's read-only reader returns (``load_workbook(read_only=True)``, ``iter_rows``:
values cast the same way, dates as ``datetime``, shared and inline strings without their
phonetic runs). openpyxl still writes the sheet (``drafter sheet``) and is the oracle in
``tests/test_xlsx_read.py``.

Callers catch every exception as "not a valid .xlsx" and check the unpacked size first
(``sheet._check_unzipped``); ElementTree's expat refuses entity expansion bombs and never
fetches external entities.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from datetime import datetime, timedelta
from typing import Any
from xml.etree.ElementTree import Element, fromstring

#: Cell: (value, number format, formula without a cached value).
Cell = tuple[Any, str, bool]

#: openpyxl.styles.numbers.BUILTIN_FORMATS (ids below 164 a file need not define).
BUILTIN_FORMATS = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
    5: '"$"#,##0_);("$"#,##0)', 6: '"$"#,##0_);[Red]("$"#,##0)',
    7: '"$"#,##0.00_);("$"#,##0.00)', 8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
    14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
    37: "#,##0_);(#,##0)", 38: "#,##0_);[Red](#,##0)", 39: "#,##0.00_);(#,##0.00)",
    40: "#,##0.00_);[Red](#,##0.00)", 41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)',
    42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
    43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
    44: '_("$"* #,##0.00_)_("$"* \\(#,##0.00\\)_("$"* "-"??_)_(@_)',
    45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
}
_BUILTIN_LIMIT = 164

# openpyxl.styles.numbers: which formats show a date, which a duration
_STRIP = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_CHAR = re.compile(r"(?<![_\\])[dmhysDMHYS]")
_DURATION = re.compile(r"\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?", re.I)
_WINDOWS_EPOCH = datetime(1899, 12, 30)
_MAC_EPOCH = datetime(1904, 1, 1)
_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")

_OFFICE_DOCUMENT = "/officeDocument"
_WORKSHEET = "/worksheet"


class TooManyRows(Exception):
    """The sheet has more rows than the caller reads."""


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if _local(child.tag) == name]


def _child(element: Element, name: str) -> Element | None:
    return next((child for child in element if _local(child.tag) == name), None)


def _attribute(element: Element, name: str) -> str | None:
    """An attribute by local name, namespaced (``r:id``) or not."""
    value = element.get(name)
    if value is not None:
        return value
    return next((v for k, v in element.attrib.items() if _local(k) == name), None)


def _relations(package: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Id → (type, target part) of each internal relationship of ``part`` ("" for the package)."""
    folder, name = posixpath.split(part)
    try:
        rels = fromstring(package.read(posixpath.join(folder, "_rels", f"{name}.rels")))
    except KeyError:
        return {}
    result = {}
    for rel in rels:
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External" or not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        result[rel.get("Id") or ""] = (rel.get("Type") or "", posixpath.normpath(path))
    return result


def _text(item: Element) -> str:
    """A string item's text without formatting or phonetic runs (openpyxl's Text.content)."""
    parts = []
    for child in item:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            run = _child(child, "t")
            if run is not None:
                parts.append(run.text or "")
    return "".join(parts)


def is_date_format(fmt: str) -> bool:
    return _DATE_CHAR.search(_STRIP.sub("", fmt.split(";")[0])) is not None


def _from_excel(value: float, epoch: datetime, duration: bool) -> Any:
    """openpyxl.utils.datetime.from_excel."""
    if duration:
        delta = timedelta(days=value)
        if delta.microseconds:
            delta = timedelta(seconds=delta.total_seconds() // 1, microseconds=round(delta.microseconds, -3))
        return delta
    day, fraction = divmod(value, 1)
    diff = timedelta(milliseconds=round(fraction * 86400 * 1000))
    if 0 <= value < 1 and diff.days == 0:
        hours, rest = divmod(diff.seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        return datetime.min.replace(hour=hours, minute=minutes, second=seconds,
                                    microsecond=diff.microseconds).time()
    if 0 < value < 60 and epoch == _WINDOWS_EPOCH:
        day += 1
    return epoch + timedelta(days=day) + diff


def _number(text: str) -> int | float:
    return float(text) if ("." in text or "E" in text or "e" in text) else int(text)


def _column(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def read_first_sheet(package: zipfile.ZipFile, max_columns: int, max_rows: int
                     ) -> tuple[list[list[Cell]], str]:
    """Rows of the first worksheet (columns 1..``max_columns``, missing rows and cells as
    ``(None, "", False)``) and its title. More than ``max_rows`` rows raise ``TooManyRows``."""
    book_part = next((t for kind, t in _relations(package, "").values() if kind.endswith(_OFFICE_DOCUMENT)),
                     "xl/workbook.xml")
    book = fromstring(package.read(book_part))
    related = _relations(package, book_part)
    properties = _child(book, "workbookPr")
    date1904 = properties is not None and (properties.get("date1904") or "").lower() in ("1", "true")
    epoch = _MAC_EPOCH if date1904 else _WINDOWS_EPOCH

    sheets = _child(book, "sheets")
    title, sheet_part = "", None
    for sheet in _children(sheets, "sheet") if sheets is not None else []:
        kind, part = related.get(_attribute(sheet, "id"), ("", ""))
        if kind.endswith(_WORKSHEET):
            title, sheet_part = sheet.get("name") or "", part
            break
    if sheet_part is None:
        raise IndexError("no worksheet")

    kinds = {kind.rpartition("/")[2]: part for kind, part in related.values()}
    strings = []
    if "sharedStrings" in kinds:
        strings = [_text(item).replace("x005F_", "")  # as openpyxl
                   for item in fromstring(package.read(kinds["sharedStrings"])) if _local(item.tag) == "si"]
    formats: list[str] = []
    if "styles" in kinds:
        styles = fromstring(package.read(kinds["styles"]))
        numfmts = _child(styles, "numFmts")
        custom = {int(f.get("numFmtId") or 0): f.get("formatCode") or ""
                  for f in (_children(numfmts, "numFmt") if numfmts is not None else [])}
        xfs = _child(styles, "cellXfs")
        for xf in _children(xfs, "xf") if xfs is not None else []:
            number = int(xf.get("numFmtId") or 0)
            fmt = custom.get(number)
            if fmt is None:
                fmt = BUILTIN_FORMATS.get(number, "General") if number < _BUILTIN_LIMIT else "General"
            formats.append(fmt)
    dates = {i: bool(_DURATION.search(f.split(";")[0])) for i, f in enumerate(formats) if is_date_format(f)}

    worksheet = fromstring(package.read(sheet_part))
    data = _child(worksheet, "sheetData")
    empty: Cell = (None, "", False)
    table: list[list[Cell]] = []
    row_number = 0
    for row in _children(data, "row") if data is not None else []:
        r = row.get("r")
        row_number = int(float(r)) if r else row_number + 1
        if row_number <= len(table):
            continue  # a row given twice or out of order: openpyxl keeps the first
        if row_number > max_rows + 1:
            raise TooManyRows(row_number)
        while len(table) < row_number - 1:
            table.append([empty] * max_columns)
        cells = [empty] * max_columns
        column = 0
        for cell in _children(row, "c"):
            ref = cell.get("r")
            if ref:
                match = _REF.match(ref)
                if match is None:
                    raise ValueError(f"bad cell reference {ref!r}")
                column = _column(match.group(1))
            else:
                column += 1
            if not 1 <= column <= max_columns:
                continue
            style = int(cell.get("s") or 0)
            fmt = formats[style] if 0 <= style < len(formats) else "General"
            kind = cell.get("t") or "n"
            value: Any = None
            if kind == "inlineStr":
                item = _child(cell, "is")
                if item is not None:
                    value = _text(item)
            else:
                v = _child(cell, "v")
                raw = (v.text if v is not None else None) or None
                if raw is not None:
                    if kind == "n":
                        value = _number(raw)
                        if style in dates:
                            try:
                                value = _from_excel(value, epoch, dates[style])
                            except (OverflowError, ValueError):
                                value = "#VALUE!"  # as openpyxl: a date out of range
                    elif kind == "s":
                        value = strings[int(raw)]
                    elif kind == "b":
                        value = bool(int(raw))
                    elif kind == "d":
                        value = datetime.fromisoformat(raw.rstrip("Z"))
                    else:  # "str" (a formula's text), "e" (an error such as #DIV/0!)
                        value = raw
            uncomputed = value is None and _child(cell, "f") is not None
            cells[column - 1] = (value, fmt, uncomputed)
        table.append(cells)
    return table, title
