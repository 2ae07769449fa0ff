"""Figure rule tests of round 16 (fixer fxa58): a gap's target restated in brackets, words of state or time
after a name, a press dateline before a name, 新升规, sectors whose measure the sentence's head says, ranges of
project sizes. Every sentence is invented."""

from __future__ import annotations

import re
import time
from pathlib import Path

from invented_page import page_report

from drafter.figures import lexicon as lex

_REPORT = (
    "{place}2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n"
    "一、2021年国民经济和社会发展计划执行情况\n{body}\n"
    "二、2022年国民经济和社会发展计划草案\n{plan}\n"
)


def _figures(tmp_path: Path, body: str, plan: str = "地区生产总值增长6%左右。", place: str = "某某市某某县") -> list[tuple]:
    report = page_report(tmp_path, _REPORT.format(place=place, body=body, plan=plan))
    return [(f.indicator, f.value, f.unit, f.kind, f.qualifier) for f in report.figures]


def test_a_gap_target_restated_in_brackets_is_no_figure(tmp_path: Path) -> None:
    got = _figures(
        tmp_path,
        "主要指标如下。——进出口总额5.1万亿元、增长4.2%，低2.8个百分点（7%左右）。"
        "——税收收入800亿元、增长9%，高3个百分点（与年初预期目标6.5%以上相比，下同）。",
    )
    values = [(g[1], g[2]) for g in got]
    assert ("7", "%") not in values
    assert ("6.5", "%") not in values
    assert ("进出口总额", "4.2", "%", "outcome", "exact") in got
    assert ("税收收入", "9", "%", "outcome", "exact") in got


def _fast(pattern: re.Pattern[str], text: str) -> None:
    t = time.perf_counter()
    pattern.sub("", text)
    assert time.perf_counter() - t < 1.0


def test_the_new_patterns_read_hostile_input_fast() -> None:
    for pattern, _ in lex.SCAN_SPELLINGS:
        _fast(pattern, "1个百分点（与某某某某目标" * 10000)
        _fast(pattern, "1个百分点（1" * 10000)
