"""The figures sheet: what a writer sends to the departments and gets back filled.

One row per slot (see ``drafter.draft.slots``): id, section, indicator, unit, qualifier,
last year's target and outcome, then two columns to fill — the outcome of year YEAR and
the new target for YEAR+1 — and a note. A row with no id but an indicator and a section
adds an outcome the plan did not target (``北京新设机构 51家``).

Formats: .xlsx (openpyxl), .csv (UTF-8 with BOM, so Excel opens it; GBK read too) and
.yaml. Reading checks every row before anything is returned; a bad row raises
``SheetError`` naming the row (and for .xlsx the cell), so nothing downstream is written.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from drafter.atomic import write_output
from drafter.draft.slots import QUALIFIER_WORDS, Slot
from drafter.errors import SheetError

#: Column key → header shown to the writer, in sheet order.
COLUMNS = {
    "id": "编号",
    "section": "章节",
    "indicator": "指标",
    "unit": "单位",
    "qualifier": "限定词",
    "last_target": "上年目标",
    "last_outcome": "上年完成",
    "outcome": "本年完成值",
    "target": "下年目标值",
    "note": "备注",
}
_HEADER_KEYS = {**{v: k for k, v in COLUMNS.items()}, **{k: k for k in COLUMNS}}
FORMATS = (".xlsx", ".csv", ".yaml", ".yml")
_QUALIFIER_OF = {
    "左右": "about",
    "以上": "at_least",
    "多": "at_least",
    "以下": "at_most",
    "以内": "at_most",
}
_PREFIX_OF = {
    "约": "about",
    "超过": "at_least",
    "不少于": "at_least",
    "不低于": "at_least",
    "突破": "at_least",
}
_VALUE = re.compile(
    r"^(?P<est>预计)?(?P<pre>约|超过|不少于|不低于|突破|达到|力争|实现)?"
    r"(?P<dir>增长|下降|减少|提高)?(?P<num>[+\-−]?\d[\d,]*(?:\.\d+)?)"
    r"(?P<unit>.*?)(?P<post>左右|以上|以下|以内|多)?$"
)


@dataclass(frozen=True)
class Value:
    """A value the writer filled in.

    number:    the number as a Decimal (negative for a fall), None for a qualitative answer
    text:      what the writer wrote, whitespace removed
    qualifier: about, at_least, at_most, exact
    estimate:  the writer wrote 预计
    """

    number: Decimal | None
    text: str
    qualifier: str = "exact"
    estimate: bool = False

    @property
    def qualifier_word(self) -> str:
        return QUALIFIER_WORDS.get(self.qualifier, "")


@dataclass(frozen=True)
class Fill:
    """What the sheet says for one slot: the outcome of YEAR, the target for YEAR+1."""

    slot: str
    outcome: Value | None = None
    target: Value | None = None
    note: str = ""


@dataclass(frozen=True)
class Extra:
    """An outcome with no slot: a figure the plan did not target but the report should give."""

    section: str
    indicator: str
    unit: str
    outcome: Value
    note: str = ""


@dataclass(frozen=True)
class Sheet:
    """A read and checked figures sheet."""

    fills: tuple[Fill, ...] = ()
    extras: tuple[Extra, ...] = ()
    name: str = ""

    def fill(self, slot_id: str) -> Fill | None:
        return next((f for f in self.fills if f.slot == slot_id), None)


# ---------------------------------------------------------------- export


def sheet_rows(slots: Iterable[Slot]) -> list[dict[str, str]]:
    """The rows of a fresh sheet, one per slot, values as text."""
    return [
        {
            "id": s.id,
            "section": s.section,
            "indicator": s.indicator,
            "unit": s.unit,
            "qualifier": s.qualifier_word,
            "last_target": s.target,
            "last_outcome": s.last_outcome,
            "outcome": "",
            "target": "",
            "note": "",
        }
        for s in slots
    ]


def export_sheet(
    slots: Iterable[Slot], path: str | Path, year: int, *, force: bool = True, archive: str | Path | None = None
) -> None:
    """Write a fresh sheet for drafting report ``year`` to ``path`` (format by suffix); an
    existing file only with ``force``, never into the archive (see ``drafter.atomic``)."""
    path = Path(path)
    suffix = _suffix(path)
    rows = sheet_rows(slots)
    if suffix == ".xlsx":
        data = _xlsx_bytes(rows, year)
    elif suffix == ".csv":
        data = _csv_text(rows).encode("utf-8")  # the text starts with a BOM
    else:
        data = _yaml_text(rows, year).encode("utf-8")
    write_output(path, data, force=force, archive=archive, error=SheetError)


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise SheetError(
            f"不支持的指标表格式“{path.suffix or path.name}”",
            "指标表只能是 .xlsx、.csv 或 .yaml",
            "请换用这三种扩展名之一",
        )
    return suffix


def _xlsx_bytes(rows: list[dict[str, str]], year: int) -> bytes:
    import zipfile
    from datetime import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.writer.excel import ExcelWriter

    from drafter.draft.stablezip import stable_zip

    book = Workbook()
    sheet = book.active
    sheet.title = f"{year}年指标"
    sheet.append(list(COLUMNS.values()))
    for row in rows:
        sheet.append([row[k] for k in COLUMNS])
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text stays text: openpyxl would make "=…" a live formula
    widths = {
        "id": 34,
        "section": 10,
        "indicator": 26,
        "last_target": 14,
        "last_outcome": 14,
        "note": 30,
    }
    for index, key in enumerate(COLUMNS, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = widths.get(key, 12)
        sheet.cell(row=1, column=index).font = Font(bold=True)
    fill = PatternFill("solid", fgColor="FFF2CC")
    for row_cells in sheet.iter_rows(min_row=2, min_col=8, max_col=9):
        for cell in row_cells:
            cell.fill = fill
            cell.alignment = Alignment(horizontal="right")
    sheet.freeze_panes = "A2"
    fixed = datetime(year, 1, 1)
    book.properties.created = fixed
    book.properties.modified = fixed
    book.properties.creator = "drafter"
    buffer = io.BytesIO()
    # openpyxl's Workbook.save stamps ``modified`` with the clock; its writer keeps ours
    ExcelWriter(book, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    return stable_zip(buffer.getvalue())


def _csv_text(rows: list[dict[str, str]]) -> str:
    """The sheet as CSV for Excel: BOM, ``\\r\\n``, formula-like cells written as text."""
    from drafter.excel import csv_text

    return csv_text(list(COLUMNS.values()), ([row[k] for k in COLUMNS] for row in rows))


def _yaml_text(rows: list[dict[str, str]], year: int) -> str:
    import yaml

    head = (
        f"# drafter 指标表：{year}年报告草稿。填写 outcome（{year}年完成值）和 target（{year + 1}年目标值），\n"
        "# 数值可带单位和限定词（35.08亿元、3%左右、预计3%左右）；不填的留空。\n"
        "# 新增指标（上年没有目标的）写在 extra 下：section、indicator、unit、outcome。\n"
    )
    body = yaml.safe_dump(
        {"year": year, "slots": rows, "extra": []}, allow_unicode=True, sort_keys=False, width=200
    )
    return head + body


# ---------------------------------------------------------------- read


#: Largest magnitude a filled number may have (a figure in 元 of a whole province is < 1e14).
MAX_MAGNITUDE = Decimal(10) ** 15
#: Longest text a cell may hold.
MAX_CELL = 500
#: Most rows a sheet may have (a report has about 100 targets).
MAX_ROWS = 5_000
#: Most errors listed in the one line that reports a sheet's errors.
_SHOWN_ERRORS = 20
#: Slot measures whose value can fall below zero (a growth rate; a change in points).
_CAN_FALL = ("growth",)
_PERCENT_FORMAT = re.compile(r"0(?:\.(0+))?\s*%")


@dataclass(frozen=True)
class _Row:
    where: str  # "第5行" / "slots 第3条"
    cells: dict[str, Any]
    cell_names: dict[str, str]  # key → "H5" (xlsx only)
    formats: dict[str, str] = field(default_factory=dict)  # key → Excel number format (xlsx only)
    uncomputed: frozenset[str] = frozenset()  # keys of formula cells without a cached value

    def at(self, key: str) -> str:
        cell = self.cell_names.get(key)
        column = COLUMNS[key]
        return f"{self.where}（单元格 {cell}，“{column}”列）" if cell else f"{self.where}“{column}”"

    def text(self, key: str) -> str:
        if key in self.uncomputed:
            raise SheetError(f"{self.at(key)}是没有计算结果的公式", "文件中只存了公式，没有存公式算出的值",
                             "请在 Excel 或 WPS 中打开并保存一次（让公式算出数值），或直接填写数值")
        value = self.cells.get(key)
        if value is None:
            return ""
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return format(self.number(key), "f")
        text = "".join(str(value).split())
        if len(text) > MAX_CELL:
            raise SheetError(f"{self.at(key)}的内容过长（{len(text)} 字）", f"一格最多 {MAX_CELL} 字",
                             "说明请简写，或写在“备注”列")
        return text

    def number(self, key: str) -> Decimal:
        """A numeric cell's value as Excel shows it (a 3.2% cell holds 0.032); checked finite."""
        value = self.cells[key]
        try:
            number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        except (InvalidOperation, ValueError):
            number = Decimal("NaN")
        if not number.is_finite() or abs(number) >= MAX_MAGNITUDE:
            raise SheetError(f"{self.at(key)}的值 {str(value)[:20]} 不是可用的数值",
                             "它不是有限的数或大得不合常理", "请填写实际的数值")
        percent = _PERCENT_FORMAT.search(self.formats.get(key, ""))
        if percent:
            places = Decimal(1).scaleb(-len(percent.group(1) or ""))
            number = (number * 100).quantize(places, rounding=ROUND_HALF_UP)
        return number.normalize() if number else Decimal(0)


def read_sheet(
    path: str | Path, slots: Iterable[Slot], sections: Iterable[str] = (), year: int | None = None
) -> Sheet:
    """Read and check a filled sheet against the slots of the draft it is for.

    ``year``: the report being drafted; a sheet that names another year (the .yaml ``year``,
    the .xlsx sheet title ``2023年指标``) is refused, as last year's sheet sent by mistake.
    """
    path = Path(path)
    suffix = _suffix(path)
    if not path.is_file():
        raise SheetError(
            f"找不到指标表 {path}", "路径不存在", "请检查文件名，或先用 drafter sheet 导出一份"
        )
    if path.stat().st_size > MAX_SHEET_BYTES:
        raise SheetError(f"指标表 {path.name} 太大", f"超过 {MAX_SHEET_BYTES // (1024 * 1024)} MB（一份指标表约 20 KB）",
                         "请确认选对了文件，或用 drafter sheet 重新导出")
    data = path.read_bytes()
    if suffix == ".xlsx":
        rows, named = _xlsx_rows(data, path.name)
    elif suffix == ".csv":
        rows, named = _csv_rows(data, path.name), None
    else:
        rows, named = _yaml_rows(data, path.name)
    if year is not None and named is not None and named != year:
        raise SheetError(
            f"指标表 {path.name} 是 {named} 年的，而正在起草的是 {year} 年报告",
            "可能误用了上一年的指标表",
            f"请用 drafter sheet {year} 导出本年的指标表，或改正表中的年份",
        )
    return _check(rows, tuple(slots), set(sections), path.name)


def _xlsx_rows(data: bytes, name: str) -> tuple[list[_Row], int | None]:
    """The rows of the first worksheet: values as cached by Excel, with each cell's number
    format (a percent cell is read as the percentage shown) and which cells are formulas
    without a cached value (refused: nothing here computes them). Read with the standard
    library (``drafter.draft.xlsx_read``: openpyxl's import alone is a third of the draft's
    time budget)."""
    import zipfile

    from drafter.draft.xlsx_read import TooManyRows, read_first_sheet

    broken = SheetError(f"无法打开指标表 {name}", "它不是有效的 .xlsx 文件", "请用 Excel 或 WPS 另存为 .xlsx 后重试")
    _check_unzipped(data, name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            table, title = read_first_sheet(package, _MAX_COLUMNS, MAX_ROWS)
    except TooManyRows:
        raise _too_many_rows(name) from None
    except Exception:  # a broken file raises many kinds (zip, XML, a bad number or index)
        raise broken from None
    if not table:
        raise SheetError(
            f"指标表 {name} 是空的", "第一张工作表没有内容", "请用 drafter sheet 重新导出"
        )
    keys = _header([v for v, _, _ in table[0]], name)
    rows = []
    for number, cells_row in enumerate(table[1:], start=2):
        cells = {k: v for k, (v, _, _) in zip(keys, cells_row, strict=False) if k}
        formats = {k: f for k, (_, f, _) in zip(keys, cells_row, strict=False) if k}
        uncomputed = frozenset(k for k, (_, _, u) in zip(keys, cells_row, strict=False) if k and u)
        names = {k: f"{_column_letter(i)}{number}" for i, k in enumerate(keys, start=1) if k}
        rows.append(_Row(f"{name} 第{number}行", cells, names, formats, uncomputed))
    titled = re.match(r"^(\d{4})年指标$", title)
    return rows, int(titled.group(1)) if titled else None


def _column_letter(index: int) -> str:
    """1 → A, 27 → AA (openpyxl.utils.get_column_letter)."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


#: Largest sheet file read, and the most its .xlsx parts may unpack to.
MAX_SHEET_BYTES = 10 * 1024 * 1024
_MAX_SHEET_UNZIPPED = 50 * 1024 * 1024
_MAX_COLUMNS = 50


def _check_unzipped(data: bytes, name: str) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            total = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise SheetError(f"无法打开指标表 {name}", "它不是有效的 .xlsx 文件", "请用 Excel 或 WPS 另存为 .xlsx 后重试") from None
    if total > _MAX_SHEET_UNZIPPED:
        raise SheetError(f"指标表 {name} 太大", f"解压后超过 {_MAX_SHEET_UNZIPPED // (1024 * 1024)} MB",
                         "请确认选对了文件，或用 drafter sheet 重新导出")


def _too_many_rows(name: str) -> SheetError:
    return SheetError(f"指标表 {name} 的行数超过 {MAX_ROWS:,} 行", "一份指标表约 100 行",
                      "请确认选对了文件，或用 drafter sheet 重新导出")


def _csv_rows(data: bytes, name: str) -> list[_Row]:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SheetError(
            f"无法识别指标表 {name} 的编码",
            "它既不是 UTF-8 也不是 GBK",
            "请另存为 UTF-8 编码的 .csv",
        )
    from drafter.excel import unescape_cell

    table: list[list[str]] = []
    try:
        for values in csv.reader(io.StringIO(text)):
            if len(table) > MAX_ROWS:
                raise _too_many_rows(name)
            table.append(values)
    except csv.Error as exc:
        raise SheetError(f"无法读取指标表 {name}", f"CSV 格式有误（{str(exc)[:60]}）", "请用 Excel 或 WPS 另存为 .csv") from None
    if not table:
        raise SheetError(f"指标表 {name} 是空的", "文件中没有表头", "请用 drafter sheet 重新导出")
    keys = _header(table[0], name)
    return [
        _Row(f"{name} 第{n}行", {k: unescape_cell(v) for k, v in zip(keys, values, strict=False) if k}, {})
        for n, values in enumerate(table[1:], start=2)
    ]


def _yaml_rows(data: bytes, name: str) -> tuple[list[_Row], int | None]:
    import yaml

    try:
        text = data.decode("utf-8-sig")
        if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, Loader=yaml.SafeLoader)):
            raise SheetError(f"无法读取指标表 {name}", "其中用了 YAML 别名（*名称）", "请把别名处直接写出数值")
        doc = yaml.safe_load(text)
    except RecursionError:
        raise SheetError(f"无法读取指标表 {name}", "YAML 嵌套层次过深", "请用 drafter sheet 导出 .yaml 作为模板") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f"第{line + 1}行附近" if line is not None else "文件中"
        raise SheetError(
            f"无法读取指标表 {name}", f"YAML 格式有误（{where}）", "请检查缩进和冒号"
        ) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("slots", []), list):
        raise SheetError(
            f"指标表 {name} 的结构不对", "应有 slots 列表", "请用 drafter sheet 导出 .yaml 作为模板"
        )
    rows = []
    for group in ("slots", "extra"):
        items = doc.get(group) or []
        if not isinstance(items, list) or len(items) > MAX_ROWS:
            raise _too_many_rows(name) if isinstance(items, list) else SheetError(
                f"指标表 {name} 的 {group} 不是列表", "", "请用 drafter sheet 导出 .yaml 作为模板")
        for n, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                raise SheetError(
                    f"指标表 {name} 的 {group} 第{n}条不是“键: 值”的形式",
                    "",
                    "请对照导出的模板修改",
                )
            unknown = sorted(set(item) - set(COLUMNS))
            if unknown:
                raise SheetError(
                    f"指标表 {name} 的 {group} 第{n}条有未知字段 {'、'.join(map(str, unknown))}",
                    f"可用字段为 {'、'.join(COLUMNS)}",
                    "请改正字段名",
                )
            cells = dict(item)
            if group == "extra":
                cells["id"] = ""
            rows.append(_Row(f"{name} 的 {group} 第{n}条", cells, {}))
    named = doc.get("year")
    if named is not None and not isinstance(named, int):
        raise SheetError(
            f"指标表 {name} 的 year “{named}”不是年份", "应为四位数字，如 2024", "请改正 year"
        )
    return rows, named


def _header(values: list[Any], name: str) -> list[str]:
    keys = [_HEADER_KEYS.get("".join(str(v or "").split()), "") for v in values]
    missing = [COLUMNS[k] for k in ("id", "indicator", "outcome") if k not in keys]
    if missing:
        raise SheetError(
            f"指标表 {name} 的表头缺少“{'、'.join(missing)}”列",
            "第一行应是 drafter sheet 导出的表头",
            "请勿删改表头，或重新导出",
        )
    return keys


def _check(rows: list[_Row], slots: tuple[Slot, ...], sections: set[str], name: str) -> Sheet:
    by_id = {s.id: s for s in slots}
    by_indicator: dict[str, list[Slot]] = {}
    for slot in slots:
        by_indicator.setdefault(slot.indicator, []).append(slot)
    sections = sections | {s.section for s in slots}
    fills: dict[str, Fill] = {}
    seen: set[str] = set()
    extras: list[Extra] = []
    errors: list[SheetError] = []
    for row in rows:
        try:
            _check_row(row, by_id, by_indicator, sections, fills, seen, extras)
        except _RowErrors as exc:
            errors.extend(exc.errors)
        except SheetError as exc:
            errors.append(exc)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        shown = "；".join(e.message.rstrip("。") for e in errors[:_SHOWN_ERRORS])
        more = f"；另有 {len(errors) - _SHOWN_ERRORS} 处" if len(errors) > _SHOWN_ERRORS else ""
        raise SheetError(f"指标表 {name} 有 {len(errors)} 处错误", shown + more, "请逐一改正后重试")
    return Sheet(tuple(fills[s.id] for s in slots if s.id in fills), tuple(extras), name)


class _RowErrors(SheetError):
    """Several errors of one row (both of its value cells)."""

    def __init__(self, errors: list[SheetError]) -> None:
        super().__init__(errors[0].what, errors[0].why, errors[0].fix)
        self.errors = errors


def _check_row(
    row: _Row,
    by_id: dict[str, Slot],
    by_indicator: dict[str, list[Slot]],
    sections: set[str],
    fills: dict[str, Fill],
    seen: set[str],
    extras: list[Extra],
) -> None:
    """Check one row and add what it fills; raise ``SheetError`` for the row's first error."""
    if not any(row.text(k) for k in ("id", "indicator", "outcome", "target")):
        return  # an empty line
    found = _slot_of(row, by_id, by_indicator)
    if found is None:
        extras.append(_extra(row, sections))
        return
    slot = found
    if slot.id in seen:
        raise SheetError(
            f"{row.where}重复填写了指标 {slot.id}", "同一指标只能出现一次", "请删除重复的行"
        )
    unit = row.text("unit")
    if unit and unit != slot.unit:
        raise SheetError(
            f"{row.at('unit')}的单位“{unit}”不对",
            f"指标“{slot.indicator}”的单位是“{slot.unit or '无'}”",
            f"请把单位改回“{slot.unit}”，数值按该单位填写",
        )
    can_fall = slot.measure in _CAN_FALL
    values: dict[str, Value | None] = {}
    errors: list[SheetError] = []
    for key in ("outcome", "target"):
        try:
            values[key] = _value(row, key, slot.unit, slot.qualitative, can_fall)
        except SheetError as exc:
            errors.append(exc)
    if errors:
        raise _RowErrors(errors)
    outcome, target = values["outcome"], values["target"]
    seen.add(slot.id)
    if outcome or target or row.text("note"):
        fills[slot.id] = Fill(slot.id, outcome, target, row.text("note"))


def _slot_of(row: _Row, by_id: dict[str, Slot], by_indicator: dict[str, list[Slot]]) -> Slot | None:
    slot_id = row.text("id")
    if slot_id:
        slot = by_id.get(slot_id)
        if slot is None:
            raise SheetError(
                f"{row.at('id')}的编号“{slot_id}”不是本次草稿的指标",
                "上年报告中没有这个目标",
                "请用 drafter sheet 重新导出；新增指标请清空编号并填写章节、指标、单位",
            )
        return slot
    matches = by_indicator.get(row.text("indicator"), [])
    section = row.text("section")
    if section:
        matches = [s for s in matches if s.section == section]
    return matches[0] if len(matches) == 1 else None


def _extra(row: _Row, sections: set[str]) -> Extra:
    indicator, section = row.text("indicator"), row.text("section")
    if not indicator:
        raise SheetError(
            f"{row.where}没有编号也没有指标",
            "无法知道这一行填的是什么",
            "请填写编号，或填写章节和指标",
        )
    if section not in sections:
        known = "、".join(sorted(sections)) or "无"
        raise SheetError(
            f"{row.at('section')}的章节“{section}”无效（新增指标“{indicator}”）",
            f"新增指标须写明放在上年报告的哪一章，可用：{known}",
            "请填写其中之一",
        )
    unit = row.text("unit")
    outcome = _value(row, "outcome", unit, qualitative=not unit, can_fall=unit in ("%", "个百分点", "百分点"))
    if outcome is None:
        raise SheetError(
            f"{row.at('outcome')}为空（新增指标“{indicator}”）",
            "新增指标必须有完成值",
            "请填写完成值或删除这一行",
        )
    return Extra(section, indicator, unit, outcome, row.text("note"))


def _value(row: _Row, key: str, unit: str, qualitative: bool, can_fall: bool = False) -> Value | None:
    value = _read_value(row, key, unit, qualitative)
    if value is not None and value.number is not None and value.number < 0 and not can_fall:
        raise SheetError(f"{row.at(key)}的“{value.text}”是负数", "这一项不会小于零（只有增速等可以为负）",
                         "请填写实际的数值；下降的增速请填在增速类指标中")
    return value


def _read_value(row: _Row, key: str, unit: str, qualitative: bool) -> Value | None:
    raw = row.cells.get(key)
    text = row.text(key)
    if not text:
        return None
    if isinstance(raw, (int, float, Decimal)) and not isinstance(raw, bool):
        return Value(Decimal(text), text)
    match = _VALUE.match(text.replace("，", ","))
    if match is None:
        if qualitative:
            return Value(None, text)
        raise SheetError(
            f"{row.at(key)}的“{text}”不是数值",
            f"这一项需要以“{unit}”为单位的阿拉伯数字",
            f"请填写如 12.5 或 12.5{unit} 的数值，说明写在“备注”列",
        )
    written = match.group("unit")
    if written and written != unit:
        raise SheetError(
            f"{row.at(key)}的“{text}”单位不对",
            f"这一项的单位是“{unit or '无'}”，填的是“{written}”",
            f"请换算成“{unit}”后只填数字",
        )
    try:
        number = Decimal(match.group("num").replace(",", "").replace("−", "-"))
    except InvalidOperation:
        raise SheetError(f"{row.at(key)}的“{text}”不是数值", "", "请填写阿拉伯数字") from None
    if match.group("dir") in ("下降", "减少"):
        number = -number
    qualifier = _QUALIFIER_OF.get(match.group("post") or "") or _PREFIX_OF.get(
        match.group("pre") or "", "exact"
    )
    return Value(number, text, qualifier, bool(match.group("est")))


__all__ = [
    "COLUMNS",
    "Extra",
    "Fill",
    "Sheet",
    "Value",
    "export_sheet",
    "read_sheet",
    "sheet_rows",
]
