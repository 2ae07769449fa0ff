"""Lines a copy cut apart are rejoined in linear time: PDF fragments, a sentence a line, wrapped lines,
a document site's numbered pages (each once took a minute for a few thousand lines)."""

from __future__ import annotations

import pytest
from _bounds import cpu_bound

from drafter.errors import InputError
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
    with cpu_bound(5.0):  # gluing onto the whole run each time took 28 s
        parse_report(read_text(page.encode("utf-8"), "p.txt"), region="某某市")


LONG_PAGES = {
    "a sentence a line": HEAD + "全区建设“五大某某”，打造“幸福某某”，推进“四个某某”建设。\n" * 3000,
    "wrapped lines": HEAD + "全区港口航运企业累计完成货物吞吐量持续增长的全区港口\n" * 3000,
    "a document site's pages": "由会员分享，可在线阅读\n" + HEAD + "".join(f"{i}、全区港口航运企业累计完成货物吞吐量\n" for i in range(1, 3000)),
}


@pytest.mark.parametrize("page", LONG_PAGES.values(), ids=LONG_PAGES.keys())
def test_long_pages_of_joined_lines_parse_fast(page: str) -> None:
    with cpu_bound(8.0):
        try:
            parse_report(read_text(page.encode("utf-8"), "p.txt"), region="某某市")
        except InputError:
            pass  # refused or read: either way in bounded time
