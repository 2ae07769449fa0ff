"""The figures sheet: export in three formats, read back, and refuse bad sheets by row/cell."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import CASES

from drafter.draft.make import plan_sections
from drafter.draft.sheet import COLUMNS, export_sheet, read_sheet, sheet_rows
from drafter.draft.slots import derive_slots
from drafter.errors import SheetError
from drafter.model import Report

SMALL = CASES / "draft-small" / "archive"
BASE = Report.from_dict(
    json.loads((SMALL / "天津市河北区" / "2023.json").read_text(encoding="utf-8"))
)
SLOTS = derive_slots(BASE)
SECTIONS = plan_sections(BASE)


def _read(path: Path):  # type: ignore[no-untyped-def]
    return read_sheet(path, SLOTS, SECTIONS)


def test_slots_have_stable_ids_and_last_year_values() -> None:
    ids = [s.id for s in SLOTS]
    assert ids == [
        "二·地区生产总值",
        "二·一般公共预算收入",
        "二·固定资产投资",
        "二（一）·北京项目投资额",
        "二（二）·算力",
        "二（二）·华为生态企业",
        "二（二）·园区全年注册企业",
    ]
    beijing = SLOTS[3]
    assert (beijing.target, beijing.target_value, beijing.last_outcome, beijing.last_value) == (
        "30亿元",
        Decimal("30"),
        "34.2亿元",
        Decimal("34.2"),
    )
    assert [s.id for s in derive_slots(BASE)] == ids


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".yaml"])
def test_export_reads_back_empty(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"figures{suffix}"
    export_sheet(SLOTS, path, 2024)
    sheet = _read(path)
    assert sheet.fills == () and sheet.extras == ()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".yaml"])
def test_export_is_deterministic(tmp_path: Path, suffix: str) -> None:
    export_sheet(SLOTS, tmp_path / f"a{suffix}", 2024)
    export_sheet(SLOTS, tmp_path / f"b{suffix}", 2024)
    assert (tmp_path / f"a{suffix}").read_bytes() == (tmp_path / f"b{suffix}").read_bytes()


def test_xlsx_core_properties_come_from_the_inputs(tmp_path: Path) -> None:
    """No clock in the workbook: created and modified are the year's first day (openpyxl's
    save would stamp modified with now, and two exports a second apart would differ)."""
    import re
    import zipfile

    export_sheet(SLOTS, tmp_path / "f.xlsx", 2024)
    with zipfile.ZipFile(tmp_path / "f.xlsx") as z:
        core = z.read("docProps/core.xml").decode("utf-8")
        times = {i.date_time for i in z.infolist()}
    stamps = re.findall(r"<dcterms:(created|modified)[^>]*>([^<]+)<", core)
    assert dict(stamps) == {"created": "2024-01-01T00:00:00Z", "modified": "2024-01-01T00:00:00Z"}
    assert times == {(1980, 1, 1, 0, 0, 0)}


def test_xlsx_header_and_rows(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "f.xlsx"
    export_sheet(SLOTS, path, 2024)
    sheet = load_workbook(path).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert sheet.title == "2024年指标"
    assert rows[0] == list(COLUMNS.values())
    assert rows[4][:7] == [
        "二（一）·北京项目投资额",
        "二（一）",
        "北京项目投资额",
        "亿元",
        "以上",
        "30亿元",
        "34.2亿元",
    ]
    assert len(rows) == 1 + len(SLOTS)


def _filled_xlsx(path: Path, edits: dict[str, object], extra_rows: list[list[object]] = ()) -> Path:  # type: ignore[assignment]
    from openpyxl import load_workbook

    export_sheet(SLOTS, path, 2024)
    book = load_workbook(path)
    sheet = book.active
    for cell, value in edits.items():
        sheet[cell] = value
    for row in extra_rows:
        sheet.append(row)
    book.save(path)
    return path


def test_xlsx_filled_values_read_back(tmp_path: Path) -> None:
    path = _filled_xlsx(
        tmp_path / "f.xlsx",
        {
            "H2": "预计3%左右",
            "I2": "4%左右",
            "H3": 3.2,
            "H4": "实现正增长",
            "H5": "35.08亿元",
            "H7": 75,
        },
        [["", "二（一）", "北京新设机构", "家", "", "", "", 51, "", "落地"]],
    )
    sheet = _read(path)
    gdp = sheet.fill("二·地区生产总值")
    assert gdp is not None and gdp.outcome is not None and gdp.target is not None
    assert (gdp.outcome.number, gdp.outcome.qualifier, gdp.outcome.estimate) == (
        Decimal("3"),
        "about",
        True,
    )
    assert gdp.target.number == Decimal("4")
    assert sheet.fill("二·一般公共预算收入").outcome.number == Decimal("3.2")  # type: ignore[union-attr]
    assert sheet.fill("二·固定资产投资").outcome.text == "实现正增长"  # type: ignore[union-attr]
    assert sheet.fill("二（一）·北京项目投资额").outcome.number == Decimal("35.08")  # type: ignore[union-attr]
    assert sheet.fill("二（二）·华为生态企业").outcome.number == Decimal("75")  # type: ignore[union-attr]
    assert [(e.section, e.indicator, e.unit, e.outcome.number) for e in sheet.extras] == [
        ("二（一）", "北京新设机构", "家", Decimal("51"))
    ]


def test_csv_and_yaml_filled_read_back(tmp_path: Path) -> None:
    csv_path = tmp_path / "f.csv"
    export_sheet(SLOTS, csv_path, 2024)
    text = csv_path.read_text(encoding="utf-8-sig").replace("34.2亿元,,", "34.2亿元,35.08,")
    csv_path.write_text(text, encoding="gb18030")  # WPS on Windows saves GBK
    assert _read(csv_path).fill("二（一）·北京项目投资额").outcome.number == Decimal("35.08")  # type: ignore[union-attr]
    yaml_path = tmp_path / "f.yaml"
    yaml_path.write_text(
        "year: 2024\nslots:\n  - indicator: 北京项目投资额\n    outcome: 35.08亿元\n    target: 36\n"
        "extra:\n  - section: 二（一）\n    indicator: 北京新设机构\n    unit: 家\n    outcome: 51\n",
        encoding="utf-8",
    )
    sheet = _read(yaml_path)
    fill = sheet.fill("二（一）·北京项目投资额")
    assert (
        fill is not None
        and fill.outcome.number == Decimal("35.08")
        and fill.target.number == Decimal("36")
    )  # type: ignore[union-attr]
    assert sheet.extras[0].indicator == "北京新设机构"


# ---------------------------------------------------------------- bad sheets


@pytest.mark.parametrize(
    ("edits", "extra_rows", "names"),
    [
        (
            {"A5": "二（一）·不存在的指标"},
            [],
            ["第5行", "A5", "二（一）·不存在的指标", "不是本次草稿的指标"],
        ),
        ({"H5": "三十五亿"}, [], ["第5行", "H5", "三十五亿", "不是数值"]),
        ({"I3": "约三个点"}, [], ["第3行", "I3", "不是数值"]),
        ({"H5": "35.08万元"}, [], ["第5行", "H5", "单位不对", "亿元"]),
        ({"D5": "万元", "H5": 35}, [], ["第5行", "D5", "万元", "亿元"]),
        (
            {},
            [["", "二（九）", "新指标", "家", "", "", "", 5]],
            ["第9行", "C9" if False else "B9", "二（九）"],
        ),
        ({}, [["二（一）·北京项目投资额", "", "", "", "", "", "", 1]], ["第9行", "重复"]),
        (
            {},
            [["", "二（一）", "北京新设机构", "家", "", "", "", None]],
            ["第9行", "H9", "新增指标必须有完成值"],
        ),
    ],
    ids=[
        "unknown-slot",
        "non-numeric",
        "non-numeric-target",
        "wrong-unit-in-value",
        "wrong-unit-column",
        "extra-bad-section",
        "duplicate",
        "extra-without-value",
    ],
)
def test_bad_xlsx_names_row_and_cell(
    tmp_path: Path, edits: dict[str, object], extra_rows: list[list[object]], names: list[str]
) -> None:
    path = _filled_xlsx(tmp_path / "bad.xlsx", edits, extra_rows)
    with pytest.raises(SheetError) as info:
        _read(path)
    message = info.value.message
    for name in names:
        assert name in message, message
    assert "\n" not in message and message.endswith("。")


def test_bad_csv_names_row(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    export_sheet(SLOTS, path, 2024)
    path.write_text(
        path.read_text(encoding="utf-8-sig").replace("34.2亿元,,", "34.2亿元,很多,"),
        encoding="utf-8",
    )
    with pytest.raises(SheetError, match="第5行“本年完成值”的“很多”不是数值"):
        _read(path)


def test_bad_yaml_names_entry(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("slots:\n  - id: 二·没有\n    outcome: 1\n", encoding="utf-8")
    with pytest.raises(SheetError, match="slots 第1条“编号”的编号“二·没有”不是本次草稿的指标"):
        _read(path)
    path.write_text("slots:\n  - id: 二·地区生产总值\n    outcom: 1\n", encoding="utf-8")
    with pytest.raises(SheetError, match="未知字段 outcom"):
        _read(path)
    path.write_text("slots: [a: 1\n", encoding="utf-8")
    with pytest.raises(SheetError, match="YAML 格式有误"):
        _read(path)


def test_bad_header_and_format(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(SheetError, match="表头缺少"):
        _read(path)
    with pytest.raises(SheetError, match="不支持的指标表格式"):
        _read(tmp_path / "f.txt")
    with pytest.raises(SheetError, match="找不到指标表"):
        _read(tmp_path / "missing.xlsx")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(SheetError, match="不是有效的 .xlsx"):
        _read(broken)


def test_export_refuses_unknown_suffix_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(SheetError):
        export_sheet(SLOTS, tmp_path / "f.docx", 2024)
    assert list(tmp_path.iterdir()) == []


def test_sheet_rows_match_slots() -> None:
    rows = sheet_rows(SLOTS)
    assert [r["id"] for r in rows] == [s.id for s in SLOTS]
    assert all(r["outcome"] == r["target"] == "" for r in rows)


# ---------------------------------------------------------------- CLI


def test_cli_sheet_exports(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "f.csv"
    result = run("sheet", "2024", "--archive", SMALL, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"已导出指标表：{out}（7 项指标）\n"
    assert out.read_text(encoding="utf-8-sig").splitlines()[0] == ",".join(COLUMNS.values())


def test_cli_sheet_without_base_year(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("sheet", "2030", "--archive", SMALL, "-o", tmp_path / "f.csv")
    assert result.exit_code != 0
    assert not (tmp_path / "f.csv").exists()


def test_cli_draft_with_bad_sheet_writes_nothing(tmp_path: Path) -> None:
    import subprocess
    import sys

    sheet = _filled_xlsx(tmp_path / "bad.xlsx", {"H5": "很多"})
    out = tmp_path / "draft.docx"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "drafter",
            "draft",
            "2024",
            "--archive",
            str(SMALL),
            "--figures",
            str(sheet),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.startswith(
        "错误：bad.xlsx 第5行（单元格 H5，“本年完成值”列）的“很多”不是数值"
    )
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.xlsx"]


def test_last_years_sheet_is_refused(tmp_path: Path) -> None:
    xlsx = tmp_path / "old.xlsx"
    export_sheet(SLOTS, xlsx, 2023)
    with pytest.raises(SheetError, match="是 2023 年的，而正在起草的是 2024 年报告"):
        read_sheet(xlsx, SLOTS, SECTIONS, 2024)
    yaml_path = tmp_path / "old.yaml"
    export_sheet(SLOTS, yaml_path, 2023)
    with pytest.raises(SheetError, match="drafter sheet 2024"):
        read_sheet(yaml_path, SLOTS, SECTIONS, 2024)
    assert read_sheet(yaml_path, SLOTS, SECTIONS, 2023).fills == ()
