"""Short invented pages for the page-reading rule tests (tests/test_genre*.py): a page's text
written to a file and read as drafter reads a page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafter.ingest import parse_file
from drafter.model import Report


def plan_body(year: int) -> str:
    """Part 一 (``year`` carried out) and part 二 (the next year's plan), two lines each."""
    return (
        f"一、{year}年国民经济和社会发展计划执行情况\n"
        "全区地区生产总值452.4亿元，增长7.0%；一般公共预算收入39.9亿元，增长6.4%。\n"
        f"二、{year + 1}年国民经济和社会发展计划草案\n"
        "地区生产总值增长6%左右，一般公共预算收入增长5%。\n"
    )


def page_file(tmp_path: Path, text: str, name: str = "page.txt") -> Path:
    """``text`` as a file ``name`` in ``tmp_path``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def page_report(tmp_path: Path, text: str, **given: Any) -> Report:
    """The page read as ``drafter ingest`` reads it (``given``: year, region)."""
    return parse_file(page_file(tmp_path, text), **given)


def page_meta(tmp_path: Path, text: str, **given: Any) -> Any:
    """The page's metadata as drafter reads it."""
    return page_report(tmp_path, text, **given).meta


def page_reading(tmp_path: Path, text: str, **given: Any) -> tuple[Any, Any, Any, Any]:
    """What the page is, for where and for when: kind, region, year, plan year."""
    meta = page_meta(tmp_path, text, **given)
    return meta.kind, meta.region, meta.year, meta.plan_year
