"""Fuzzing (issue 13): any bytes given to a reader, the archive loader or the sheet reader end
in a result or a ``DrafterError`` — never another exception — within a time bound.

Runs derandomized (the same examples each run, so the suite stays deterministic and fast);
``HYPOTHESIS_PROFILE=long pytest tests/test_fuzz.py`` explores many more.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import BUNDLED, SEED_2023
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.archive import Archive
from drafter.errors import DrafterError

settings.register_profile(
    "suite", max_examples=60, derandomize=True, deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
settings.register_profile(
    "long", max_examples=2000, deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))
#: Examples that write an .xlsx each (openpyxl, ~0.1 s): a quarter as many.
_XLSX = settings(max_examples=max(10, settings.default.max_examples // 4))

REGION = "天津市河北区"
SEED_DOCX = (Path(__file__).parent / "fixtures" / "seed-2023-libreoffice.docx").read_bytes()
SEED_TEXT = SEED_2023.read_bytes()


def _ok_or_drafter_error(fn: Any, *args: Any) -> None:
    try:
        fn(*args)
    except DrafterError as exc:
        assert "\n" not in exc.message and exc.message.endswith("。"), exc.message


def _mutate(data: bytes, edits: list[tuple[int, int]]) -> bytes:
    buffer = bytearray(data)
    for position, value in edits:
        buffer[position % len(buffer)] = value
    return bytes(buffer)


_EDITS = st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), max_size=20)

# ---------------------------------------------------------------------------------- readers


@given(st.binary(max_size=4000))
def test_text_reader_any_bytes(data: bytes) -> None:
    from drafter.read.text import read_text

    _ok_or_drafter_error(read_text, data, "x.txt")


@given(_EDITS)
def test_text_reader_mutated_report(edits: list[tuple[int, int]]) -> None:
    from drafter.read.text import read_text

    _ok_or_drafter_error(read_text, _mutate(SEED_TEXT, edits), "x.txt")


_HTML_BITS = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<table><tr><td>", "</td></tr></table>", "<br>", "<h1>", "</h1>",
     "<b>", "</b>", "<a href=x>", "</a>", "<script>", "</script>", "<!--", "-->", "<meta charset=gbk>",
     "一、执行情况", "（一）工作", "增长3.5%", "\u202e", "&#0;", "&amp;", "<![CDATA[", "<?xml ?>", "\x00"]
)


@given(st.lists(_HTML_BITS | st.text(max_size=20), max_size=60))
def test_html_reader_any_markup(parts: list[str]) -> None:
    from drafter.read.html import read_html

    _ok_or_drafter_error(read_html, "".join(parts).encode("utf-8", "surrogatepass"), "x.html")


@given(st.binary(max_size=2000))
def test_html_reader_any_bytes(data: bytes) -> None:
    from drafter.read.html import read_html

    _ok_or_drafter_error(read_html, b"<html>" + data, "x.html")


@given(_EDITS)
def test_docx_reader_mutated_package(edits: list[tuple[int, int]]) -> None:
    from drafter.read.docx import read_docx

    _ok_or_drafter_error(read_docx, _mutate(SEED_DOCX, edits), "x.docx")


_XML_BITS = st.sampled_from(
    ["<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>",
     "<w:tc>", "</w:tc>", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:br/>", "<w:tab/>",
     "<w:pPr><w:numPr><w:ilvl w:val=\"9\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>",
     "<w:pPr><w:outlineLvl w:val=\"-1\"/></w:pPr>", "<w:rPr><w:b w:val=\"x\"/></w:rPr>",
     "一、执行情况", "增长3.5%", "&amp;", "<!DOCTYPE x [<!ENTITY a \"aa\">]>", "&a;"]
)


@given(st.lists(_XML_BITS | st.text(alphabet="<>/=\"w:p tx一", max_size=10), max_size=60))
def test_docx_reader_any_body(parts: list[str]) -> None:
    from hostile import docx

    from drafter.read.docx import read_docx

    _ok_or_drafter_error(read_docx, docx("".join(parts)), "x.docx")


@given(st.binary(max_size=3000), st.sampled_from([".txt", ".html", ".docx", ".doc", ".pdf", ""]))
def test_read_file_any_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str) -> None:
    from drafter.read import read_file

    path = tmp_path_factory.mktemp("f") / f"input{suffix}"
    path.write_bytes(data)
    _ok_or_drafter_error(read_file, path)


# ---------------------------------------------------------------------------------- loader

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
_BASE = json.loads((BUNDLED / REGION / "2024.json").read_text(encoding="utf-8"))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):
            found += _paths(item, (*prefix, index))
    return found


_PATHS = _paths(_BASE)


@pytest.fixture(scope="module")
def fuzz_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "archive"
    shutil.copytree(BUNDLED, root)
    return root


def _load(root: Path, text: str | bytes) -> None:
    path = root / REGION / "2024.json"
    path.write_bytes(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
    _ok_or_drafter_error(Archive(root).load, 2024)


@given(st.sampled_from(_PATHS), _JSON)
def test_loader_any_field_replaced(fuzz_root: Path, where: tuple[Any, ...], value: Any) -> None:
    data = json.loads(json.dumps(_BASE))
    if not where:
        data = value
    else:
        target = data
        for key in where[:-1]:
            target = target[key]
        target[where[-1]] = value
    _load(fuzz_root, json.dumps(data, ensure_ascii=False))


@given(st.sampled_from(_PATHS))
def test_loader_any_field_removed(fuzz_root: Path, where: tuple[Any, ...]) -> None:
    data = json.loads(json.dumps(_BASE))
    if where:
        target = data
        for key in where[:-1]:
            target = target[key]
        del target[where[-1]]
    _load(fuzz_root, json.dumps(data, ensure_ascii=False))


@given(st.binary(max_size=2000))
def test_loader_any_bytes(fuzz_root: Path, data: bytes) -> None:
    _load(fuzz_root, data)


# ---------------------------------------------------------------------------------- sheets


@pytest.fixture(scope="module")
def sheet_inputs() -> tuple[Any, ...]:
    from test_sheet import SECTIONS, SLOTS

    return SLOTS, SECTIONS


@given(st.binary(max_size=3000), st.sampled_from([".csv", ".yaml", ".xlsx"]))
def test_sheet_reader_any_bytes(tmp_path_factory: pytest.TempPathFactory, sheet_inputs: tuple[Any, ...],
                                data: bytes, suffix: str) -> None:
    from drafter.draft.sheet import read_sheet

    path = tmp_path_factory.mktemp("s") / f"sheet{suffix}"
    path.write_bytes(data)
    _ok_or_drafter_error(read_sheet, path, *sheet_inputs, 2024)


_CELL = (st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats()
         | st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12)
         | st.sampled_from(["=1/0", "=A1", "3.5%", "-3.5亿元", "下降2%", "预计3%左右", "1e308", "NaN", "∞"]))


@_XLSX
@given(st.dictionaries(st.sampled_from([f"{c}{r}" for c in "ABCDEFGHIJ" for r in range(2, 9)]), _CELL, max_size=8),
       st.sampled_from(["General", "0.0%", "0%", "0.00", "@"]))
def test_sheet_reader_any_cells(tmp_path_factory: pytest.TempPathFactory, sheet_inputs: tuple[Any, ...],
                                cells: dict[str, Any], fmt: str) -> None:
    from openpyxl import load_workbook

    from drafter.draft.sheet import export_sheet, read_sheet

    path = tmp_path_factory.mktemp("x") / "sheet.xlsx"
    export_sheet(sheet_inputs[0], path, 2024)
    book = load_workbook(path)
    for ref, value in cells.items():
        book.active[ref] = value
        book.active[ref].number_format = fmt
    book.save(path)
    _ok_or_drafter_error(read_sheet, path, *sheet_inputs, 2024)


@_XLSX
@given(_EDITS)
def test_sheet_reader_mutated_xlsx(tmp_path_factory: pytest.TempPathFactory, sheet_inputs: tuple[Any, ...],
                                   edits: list[tuple[int, int]]) -> None:
    from drafter.draft.sheet import export_sheet, read_sheet

    path = tmp_path_factory.mktemp("m") / "sheet.xlsx"
    export_sheet(sheet_inputs[0], path, 2024)
    path.write_bytes(_mutate(path.read_bytes(), edits))
    _ok_or_drafter_error(read_sheet, path, *sheet_inputs, 2024)


def test_zip_inside_is_not_trusted() -> None:
    """A package whose directory lies about a part's size is refused, not inflated."""
    from drafter.read.docx import read_docx

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "wordprocessingml")
        package.writestr("word/document.xml", " " * 1_000_000)
    _ok_or_drafter_error(read_docx, buffer.getvalue().replace(b"\x40\x42\x0f\x00", b"\x01\x00\x00\x00"), "x.docx")
