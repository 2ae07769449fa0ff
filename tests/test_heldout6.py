"""Set-specific and rule tests for the sixth held-out set (scored with every set in test_report_sets)."""

from __future__ import annotations

import sys

from report_sets import report

from drafter.normalize import is_traditional
from drafter.structure.patterns import MAIN_TARGETS_RE, PART_RE


def test_traditional_page_is_stored_in_simplified_characters() -> None:
    r = report("heldout6", "yunling-2022-traditional")
    assert r.meta.region == "云岭区"
    assert "国民经济" in r.meta.title and "國" not in r.meta.title
    text = "".join(p.text for part in r.parts for c in part.chapters for p in c.paragraphs)
    assert not is_traditional(text)
    assert "増" not in text  # the Japanese-style variant folds to 增


def test_simplified_text_is_not_taken_for_traditional() -> None:
    assert not is_traditional("关于某区2023年国民经济和社会发展计划执行情况的报告" * 5)
    assert is_traditional("關於某區2023年國民經濟和社會發展計劃執行情況的報告" * 2)


def test_part_headings_written_as_di_yi_bufen() -> None:
    m = PART_RE.match("第二部分 2024年国民经济和社会发展计划草案")
    assert m and m["num"] == "二" and m["title"].startswith("2024年")
    assert PART_RE.match("一部分企业经营困难") is None  # a sentence, not a heading
    assert [p.role for p in report("heldout6", "qinghu-2023-parts").parts] == ["execution", "plan"]


def test_main_targets_given_in_a_table() -> None:
    assert MAIN_TARGETS_RE.search("2024年全县经济社会发展主要预期目标见下表。")


def test_autonumbered_docx_headings() -> None:
    r = report("heldout6", "songxi-2023-autonum")
    assert [p.number for p in r.parts] == ["一", "二"]
    assert [c.number for c in r.parts[1].chapters] == ["一", "二", "三"]


def test_help_does_not_import_opencc() -> None:
    import subprocess

    code = "import sys; from drafter.cli import cli\ntry:\n    cli(['--help'])\nexcept SystemExit: pass\nprint('opencc_purepy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("False")
