"""drafter.draft.xlsx_read against openpyxl's read-only reader, the oracle it replaces on the
draft path: the same values, number formats and uncomputed formulas, cell for cell."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from drafter.draft.xlsx_read import TooManyRows, read_first_sheet

COLUMNS = 12


def _oracle(data: bytes) -> tuple[list[list[tuple[Any, str, bool]]], str]:
    """What drafter read through openpyxl before (two passes: cached values, then formulas)."""
    tables = []
    for data_only in (True, False):
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
        sheet = book.worksheets[0]
        tables.append(([[(c.value, getattr(c, "number_format", "") or "") for c in row]
                        for row in sheet.iter_rows(max_col=COLUMNS)], sheet.title))
        book.close()
    (values, title), (formulas, _) = tables
    return [[(v, f, v is None and isinstance(g, str) and g.startswith("="))
             for (v, f), (g, _) in zip(vrow, frow, strict=True)]
            for vrow, frow in zip(values, formulas, strict=True)], title


def _ours(data: bytes, max_rows: int = 5000) -> tuple[list[list[tuple[Any, str, bool]]], str]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return read_first_sheet(package, COLUMNS, max_rows)


def _book() -> bytes:
    book = Workbook()
    first = book.active
    first.title = "2024年指标"
    first.append(["编号", "指标", "本年完成值", "下年目标值", "备注"])
    first.append(["二·甲", "收入", 35.08, 0.032, "预计"])
    first["D2"].number_format = "0.0%"
    first["E2"].number_format = '0.00" 亿元"'
    first.append(["二·乙", "=1+1", "=A1", True, -3])
    first["B3"].data_type = "s"  # text that looks like a formula stays text
    first["C5"] = datetime(2024, 3, 5)
    first["D5"] = 12
    first["D5"].number_format = "0%"
    first["L7"] = "最后一列"
    first["M7"] = "读取范围之外"
    first["A9"] = 1e-7
    first["B9"] = 123456789012
    book.create_sheet("第二张")["A1"] = "不读"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _rewrite(data: bytes, part: str, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info, change(body.decode()).encode() if info.filename == part else body)
    return out.getvalue()


def test_reads_what_openpyxl_reads() -> None:
    data = _book()
    assert _ours(data) == _oracle(data)
    table, title = _ours(data)
    assert title == "2024年指标" and table[1][3] == (0.032, "0.0%", False)
    assert table[2][2] == (None, "General", True), "a formula without a cached value"


def test_cached_formula_values_and_inline_rich_text() -> None:
    def change(xml: str) -> str:
        xml = xml.replace("<f>A1</f><v></v>", "<f>A1</f><v>7.5</v>")
        return re.sub(r'<c r="L7" t="inlineStr"><is>.*?</is>', '<c r="L7" t="inlineStr"><is><t>行</t>'
                      '<r><t>内</t></r><rPh sb="0" eb="1"><t>ハ</t></rPh></is>', xml)

    data = _rewrite(_book(), "xl/worksheets/sheet1.xml", change)
    assert _ours(data) == _oracle(data)
    table, _ = _ours(data)
    assert table[2][2] == (7.5, "General", False)
    assert table[6][11][0] == "行内"


def _shared_strings(data: bytes) -> bytes:
    """The book as Excel and WPS save it: every text in xl/sharedStrings.xml."""
    strings: list[str] = []

    def sheet(xml: str) -> str:
        def shared(match: re.Match[str]) -> str:
            strings.append(match.group(2))
            return f'{match.group(1)} t="s"><v>{len(strings) - 1}</v>'
        return re.sub(r'(<c r="[A-Z]+\d+"(?: s="\d+")?) t="inlineStr"><is>(.*?)</is>', shared, xml)

    data = _rewrite(data, "xl/worksheets/sheet1.xml", sheet)
    table = "".join(f"<si>{s}</si>" for s in strings).replace(
        "<si><t>&#32534;&#21495;</t>", "<si><r><t>&#32534;</t></r><r><t>&#21495;</t></r>", 1)  # runs
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info).decode()
            if info.filename == "[Content_Types].xml":
                body = body.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif info.filename == "xl/_rels/workbook.xml.rels":
                body = body.replace("</Relationships>", '<Relationship Id="rIdS" Target="/xl/sharedStrings.xml" Type="'
                                    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
                                    "</Relationships>")
            dst.writestr(info, body.encode())
        dst.writestr("xl/sharedStrings.xml", '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                     f"{table}</sst>")
    return out.getvalue()


def test_shared_strings_as_excel_saves_them() -> None:
    data = _shared_strings(_book())
    assert _ours(data) == _oracle(data)
    table, _ = _ours(data)
    assert table[0][0][0] == "编号" and table[1][4] == ("预计", '0.00" 亿元"', False)


def test_cells_without_a_reference_follow_each_other() -> None:
    """openpyxl's read-only reader fails on these; some generators write them."""
    change = lambda xml: xml.replace('<c r="A9"', "<c").replace('<c r="B9"', "<c")  # noqa: E731
    table, _ = _ours(_rewrite(_book(), "xl/worksheets/sheet1.xml", change))
    assert table[8][:2] == _ours(_book())[0][8][:2] == [(1e-7, "General", False), (123456789012, "General", False)]


def test_dates_of_a_1904_workbook() -> None:
    data = _rewrite(_book(), "xl/workbook.xml", lambda xml: xml.replace("<workbookPr/>", '<workbookPr date1904="1"/>'))
    assert _ours(data) == _oracle(data)


def test_more_rows_than_allowed_are_refused_before_reading_them() -> None:
    with pytest.raises(TooManyRows):
        _ours(_book(), max_rows=5)


def test_the_sheet_and_the_draft_read_an_exported_sheet_alike(tmp_path) -> None:
    from drafter.draft.sheet import _xlsx_rows

    data = _book()
    rows, year = _xlsx_rows(data, "x.xlsx")
    assert year == 2024 and rows[0].cell_names["indicator"] == "B2"
    assert rows[0].number("target") == Decimal("3.2") and rows[0].text("note") == "预计"
