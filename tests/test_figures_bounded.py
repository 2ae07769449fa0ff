"""Figure scanning is linear: hostile runs of digits or figures ingest in seconds (issue 13, item 4)."""

from __future__ import annotations

from pathlib import Path

from _bounds import cpu_bound
from conftest import SEED_2023

from drafter.figures import extract_figures
from drafter.ingest import parse_file

#: CPU seconds (tests/_bounds.py), generous: the scan itself takes well under a second.
BOUND = 20.0


def test_a_run_of_16000_digits_ingests_in_seconds(tmp_path: Path) -> None:
    text = SEED_2023.read_text(encoding="utf-8")
    hostile = "全年新增企业" + "7" * 16_000 + "家，完成全年目标任务，同比增长5%。"
    marker = "一、2023年国民经济和社会发展计划执行情况\n\n"
    path = tmp_path / "hostile.txt"
    path.write_text(text.replace(marker, marker + hostile + "\n\n", 1), encoding="utf-8")
    with cpu_bound(BOUND, "ingest"):
        parse_file(path)


def test_thousands_of_figures_in_one_clause_scan_in_linear_time() -> None:
    with cpu_bound(BOUND / 2):
        extract_figures("力争增长" + "5%、" * 5000 + "。", kind="target")


def test_long_numeral_and_task_runs_scan_fast() -> None:
    with cpu_bound(BOUND / 4):
        extract_figures("完成" + "一二三" * 5000 + "任务，" + "力争" + "好" * 20_000 + "实现正增长", kind="target")


def test_a_number_inside_a_digit_run_is_no_figure() -> None:
    assert [f.value for f in extract_figures("新增" + "7" * 40 + "家，增长5%。")] == ["5"]
