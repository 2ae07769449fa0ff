"""Files people open in Excel: a BOM and Chinese headers, and no cell that runs as a formula.

OWASP's CSV-injection rule: a text cell starting with ``= + - @``, a tab or a carriage return is
written as text (a leading apostrophe in CSV, a string cell in .xlsx); a number — negative
too — stays a number.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from drafter.draft.sheet import COLUMNS, export_sheet, read_sheet
from drafter.draft.slots import Slot
from drafter.excel import csv_text, formula_like, safe_cell, unescape_cell

HOSTILE = ("=1+1", '=HYPERLINK("http://x.invalid","点我")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
           "\tTAB", "\rCR")
NUMBERS = ("-3.5", "+2", "-0.8%", "12", "1e3")


def _slot(indicator: str, target: str) -> Slot:
    return Slot(id=f"二·{indicator}", section="二", indicator=indicator, unit="", unit_family="",
                measure="amount", qualifier="exact", target=target, target_value=Decimal(1))


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_like_text_is_escaped(text: str) -> None:
    assert formula_like(text)
    assert safe_cell(text) == "'" + text
    assert unescape_cell(safe_cell(text)) == text


@pytest.mark.parametrize("text", (*NUMBERS, "北京项目投资额", "'quoted", ""))
def test_numbers_and_plain_text_are_left_alone(text: str) -> None:
    assert safe_cell(text) == text


def test_csv_text_has_bom_crlf_and_safe_cells() -> None:
    data = csv_text(["指标", "数值"], [["=1+1", "-3.5"]])
    assert data.startswith("\ufeff指标,数值\r\n")
    rows = list(csv.reader(io.StringIO(data[1:])))
    assert rows[1] == ["'=1+1", "-3.5"]


def test_sheet_xlsx_never_writes_a_formula(tmp_path: Path) -> None:
    slots = [_slot(text, "-3.5") for text in HOSTILE]
    path = tmp_path / "sheet.xlsx"
    export_sheet(slots, path, 2024)
    sheet = load_workbook(path).active
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value not in (None, "")]
    assert cells and all(c.data_type == "s" for c in cells), [(c.coordinate, c.data_type) for c in cells]
    indicators = [sheet.cell(row=r, column=3).value for r in range(2, 2 + len(HOSTILE))]
    assert indicators == list(HOSTILE), "text kept exactly, only its type is text"


def test_sheet_csv_is_for_excel_and_reads_back(tmp_path: Path) -> None:
    slots = [_slot("=1+1", "-3.5"), _slot("北京项目投资额", "30亿元")]
    path = tmp_path / "sheet.csv"
    export_sheet(slots, path, 2024)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + ",".join(COLUMNS.values()).encode()) and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[1][2] == "'=1+1" and rows[1][5] == "-3.5", "text escaped, a negative number left a number"
    rows[1][7] = "5"  # the department fills in this year's outcome
    rows.append(["", "二", "'=新增指标", "家", "", "", "", "7", "", ""])  # and adds a row of its own
    path.write_text("".join(",".join(row) + "\r\n" for row in rows), encoding="utf-8-sig")
    sheet = read_sheet(path, tuple(slots), ("二",), 2024)
    fill = sheet.fill("二·=1+1")
    assert fill is not None and fill.outcome is not None and fill.outcome.number == 5
    assert [e.indicator for e in sheet.extras] == ["=新增指标"], "the apostrophe drafter wrote is taken off"
