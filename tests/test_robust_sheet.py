"""Honest sheets (issue 13): a filled sheet is read as the writer sees it in Excel, and every
value drafter cannot stand behind is refused with its row and cell — all of them in one run."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from test_sheet import SLOTS, _filled_xlsx, _read

from drafter.draft.sheet import export_sheet
from drafter.errors import SheetError

# Row 3 is 二·一般公共预算收入 (%, growth), row 5 二（一）·北京项目投资额 (亿元, amount),
# row 7 二（二）·华为生态企业 (家, count). H: 本年完成值, I: 下年目标值.


def _percent(path: Path, cells: dict[str, tuple[object, str]]) -> Path:
    from openpyxl import load_workbook

    export_sheet(SLOTS, path, 2024)
    book = load_workbook(path)
    for ref, (value, fmt) in cells.items():
        book.active[ref] = value
        book.active[ref].number_format = fmt
    book.save(path)
    return path


def test_percent_cell_reads_as_shown(tmp_path: Path) -> None:
    path = _percent(tmp_path / "p.xlsx", {"H3": (0.032, "0.0%"), "I3": (0.045, "0%")})
    fill = _read(path).fill("二·一般公共预算收入")
    assert fill is not None and fill.outcome is not None and fill.target is not None
    assert (fill.outcome.number, fill.outcome.text) == (Decimal("3.2"), "3.2")
    assert fill.target.number == Decimal("5")  # Excel shows 0.045 in a 0% cell as 5%


def test_negative_growth_kept_with_its_sign(tmp_path: Path) -> None:
    fill = _read(_filled_xlsx(tmp_path / "g.xlsx", {"H3": -3.5})).fill("二·一般公共预算收入")
    assert fill is not None and fill.outcome is not None and fill.outcome.number == Decimal("-3.5")


@pytest.mark.parametrize("value", [-3.5, "-3.5亿元"])
def test_negative_amount_refused_with_cell(tmp_path: Path, value: object) -> None:
    with pytest.raises(SheetError, match="第5行（单元格 H5，“本年完成值”列）的“-3.5.*”是负数"):
        _read(_filled_xlsx(tmp_path / "n.xlsx", {"H5": value}))


@pytest.mark.parametrize("value", [1e308, -1e20, 123456789012345678])
def test_absurd_numbers_refused(tmp_path: Path, value: float) -> None:
    with pytest.raises(SheetError, match="单元格 H5.*不是可用的数值"):
        _read(_filled_xlsx(tmp_path / "x.xlsx", {"H5": value}))


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", "1.0e+308"])
def test_non_finite_yaml_numbers_refused(tmp_path: Path, value: str) -> None:
    path = tmp_path / "x.yaml"
    export_sheet(SLOTS, path, 2024)
    text = path.read_text(encoding="utf-8").replace("\n  outcome: ''", f"\n  outcome: {value}", 4)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SheetError, match="slots 第4条“本年完成值”的值 .* 不是可用的数值"):
        _read(path)


def test_formula_without_cached_value_refused(tmp_path: Path) -> None:
    with pytest.raises(SheetError, match="单元格 H5.*是没有计算结果的公式"):
        _read(_filled_xlsx(tmp_path / "f.xlsx", {"H5": "=1+1"}))


def test_every_error_of_a_sheet_in_one_line(tmp_path: Path) -> None:
    path = _filled_xlsx(tmp_path / "all.xlsx", {"H5": -1, "I5": "很多", "H7": 1e300, "H2": "=A1"})
    with pytest.raises(SheetError) as info:
        _read(path)
    message = info.value.message
    assert message.startswith("指标表 all.xlsx 有 4 处错误")
    for cell in ("H2", "H5", "I5", "H7"):
        assert f"单元格 {cell}" in message, message
    assert "\n" not in message


def test_csv_nan_and_huge_text(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    export_sheet(SLOTS, path, 2024)
    text = path.read_text(encoding="utf-8-sig").replace("34.2亿元,,", "34.2亿元,NaN,")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SheetError, match="第5行“本年完成值”的“NaN”不是数值"):
        _read(path)


def test_yaml_alias_bomb_refused_quickly(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\nslots: [*a8]\n", encoding="utf-8")
    with pytest.raises(SheetError, match="YAML 别名"):
        _read(path)


def test_too_many_rows_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    export_sheet(SLOTS, path, 2024)
    path.write_text(path.read_text(encoding="utf-8-sig") + ",,,,,,,,,\r\n" * 6000, encoding="utf-8")
    with pytest.raises(SheetError, match="行数超过 5,000 行"):
        _read(path)
