"""A PDF copy with numbers and marks on lines of their own is rejoined in linear time."""

from __future__ import annotations

import time

from drafter.read.text import read_text
from drafter.structure import parse_report

HEAD = (
    "关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n"
    "一、2023年国民经济和社会发展计划执行情况\n"
)


def test_fragments_rejoin_into_their_sentence() -> None:
    page = HEAD + (
        "全年实现地区生产总值\n5532.4\n亿元\n、\n增长\n3.5\n%\n，社会消费品零售总额\n1974.6\n亿元\n、\n增长\n1.2\n%\n。\n"
        "货物进出口总额\n933\n亿元\n、\n增长\n3\n%\n。\n"
    )
    report = parse_report(read_text(page.encode("utf-8"), "p.txt"), region="某某市")
    texts = [p.text for part in report.parts for p in part.paragraphs]
    assert any("地区生产总值5532.4亿元、增长3.5%" in t for t in texts)


def test_thousands_of_fragment_lines_parse_fast() -> None:
    page = HEAD + "地区生产总值\n" + "12\n、\n" * 4000 + "。\n"
    start = time.perf_counter()
    parse_report(read_text(page.encode("utf-8"), "p.txt"), region="某某市")
    assert time.perf_counter() - start < 5.0  # gluing onto the whole run each time took 28 s
