"""A loader that never crashes (issue 13): any corruption of an archive file is the one-line
``已损坏`` message with exit 2 from every command that reads it, and the archive is untouched."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import BUNDLED, snapshot

REGION = "天津市河北区"


def _figure_number(data: dict[str, Any]) -> None:
    data["figures"][0]["number"] = "三点五"


_DEEP = "[" * 100_000 + "]" * 100_000


CORRUPTIONS: dict[str, Callable[[dict[str, Any]], None]] = {
    "figure-number-三点五": _figure_number,
    "meta-null": lambda d: d.__setitem__("meta", None),
    "string-for-number": lambda d: d["front"][0].__setitem__("index", "3"),
    "number-for-string": lambda d: d["parts"][0].__setitem__("title", 3),
    "bool-for-int": lambda d: d["meta"].__setitem__("year", True),
    "figures-not-a-list": lambda d: d.__setitem__("figures", {"a": 1}),
    "missing-paragraph-text": lambda d: d["front"][0].pop("text"),
    "unknown-kind": lambda d: d["figures"][0].__setitem__("kind", "wish"),
    "span-of-three": lambda d: d["figures"][0].__setitem__("span", [1, 2, 3]),
    "negative-span": lambda d: d["figures"][0].__setitem__("span", [5, 2]),
    "huge-exponent": lambda d: d["figures"][0].__setitem__("number", "1e999999999"),
    "deep-nesting": lambda d: d.__setitem__("front", _DEEP),  # spliced in as raw JSON below
    "wrong-year": lambda d: d["meta"].__setitem__("year", 2022),
    "other-region": lambda d: d["meta"].__setitem__("region", "别的区"),
    "source-renamed": lambda d: d["source"].__setitem__("file", "../../etc/passwd"),
    "rows-not-cells": lambda d: d["front"][0].__setitem__("rows", [[1, 2]]),
}


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    shutil.copytree(BUNDLED, root)
    return root


def _check(run, root: Path, args: tuple[str, ...]) -> str:  # type: ignore[no-untyped-def]
    before = snapshot(root)
    result = run(args[0], "--archive", root, *args[1:])
    err = result.stderr
    assert result.exit_code == 2, (args, result.exit_code, err, result.exception)
    assert err.startswith("错误：") and err.count("\n") == 1 and "Traceback" not in err, err
    assert snapshot(root) == before
    return err


COMMANDS = [("show", "2023"), ("diff", "2023", "2024"), ("figures", "2023"), ("draft", "2024")]


@pytest.mark.parametrize("name", CORRUPTIONS)
def test_corrupt_json_is_one_line(run, bundled: Path, name: str, tmp_path: Path) -> None:
    path = bundled / REGION / "2023.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    CORRUPTIONS[name](data)
    text = json.dumps(data, ensure_ascii=False).replace(json.dumps(_DEEP), _DEEP)
    path.write_text(text, encoding="utf-8")
    for args in COMMANDS:
        args = (*args, "-o", str(tmp_path / "d.docx")) if args[0] == "draft" else args
        assert "2023.json 已损坏" in _check(run, bundled, args)


@pytest.mark.parametrize(
    "text",
    [b"", b"{", b"\xff\xfe\x00", b"NaN", b'{"schema": 1, "meta": NaN}', b"[]", b"null", b'"schema"'],
    ids=["empty", "truncated", "not-utf8", "nan", "nan-inside", "list", "null", "string"],
)
def test_unparsable_json_is_one_line(run, bundled: Path, text: bytes) -> None:
    (bundled / REGION / "2023.json").write_bytes(text)
    assert "已损坏" in _check(run, bundled, ("show", "2023"))


def test_missing_source_is_reported(run, bundled: Path) -> None:
    (bundled / REGION / "2023.source.txt").unlink()
    assert "原文件 2023.source.txt 不见了" in _check(run, bundled, ("show", "2023"))


def test_wrong_schema_is_one_line(run, bundled: Path) -> None:
    path = bundled / REGION / "2023.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["schema"] = {"x": [1]}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert "格式版本不符" in _check(run, bundled, ("show", "2023"))


@pytest.mark.parametrize("year", ["-1", "0", "99999", "1000"])
def test_years_outside_the_range_are_refused(run, bundled: Path, year: str) -> None:
    assert "不在可用范围内" in _check(run, bundled, ("show", "--", year))
    assert "不在可用范围内" in _check(run, bundled, ("ingest", "--year", year, str(BUNDLED / REGION / "2023.source.txt")))


@pytest.mark.parametrize(
    "region",
    ["a" * 300, "天津市\n河北区", " ", "\x1b[31m河北区", "河北区\u202e", "../河北区", ".hidden"],
    ids=["long", "newline", "space", "escape", "bidi", "path", "dot"],
)
def test_bad_region_names_are_refused_and_not_echoed_raw(run, bundled: Path, region: str) -> None:
    for args in (("show", "2023", "--region", region),
                 ("ingest", str(BUNDLED / REGION / "2023.source.txt"), "--region", region)):
        err = _check(run, bundled, args)
        assert "地区名称" in err and "\x1b" not in err and "\u202e" not in err and len(err) < 200, err


def test_bundled_archive_loads(run) -> None:
    assert run("show", "2023", "--archive", BUNDLED).exit_code == 0


def test_draft_and_sheet_years_are_checked_before_any_work(run, bundled: Path, tmp_path: Path) -> None:
    for command, suffix in (("draft", ".docx"), ("sheet", ".xlsx")):
        err = _check(run, bundled, (command, "99999", "-o", str(tmp_path / f"x{suffix}")))
        assert "年份 99999 不在可用范围内" in err
