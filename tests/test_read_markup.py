"""A text page that kept its raw HTML reads as the text it shows, in linear time."""

from __future__ import annotations

from _bounds import cpu_bound

from drafter.read.text import read_text


def _lines(text: str) -> list[str]:
    return [b.text for b in read_text(text.encode("utf-8"), "page.txt").blocks]


def test_markup_line_reads_as_its_text() -> None:
    page = '<p>全年地区生产总值增长5%。</p><style>html{font-size:375%}</style><p>一般公共预算收入&nbsp;12亿元</p><!-- 广告 --><br>'
    assert _lines(page) == ["全年地区生产总值增长5%。", "一般公共预算收入 12亿元"]


def test_unclosed_style_ends_the_text_like_a_browser() -> None:
    assert _lines("<p>甲</p><p>乙</p><style>p{color:red}<p>丙</p>") == ["甲", "乙"]


def test_thousands_of_unclosed_style_tags_read_fast() -> None:
    with cpu_bound(2.0):  # a rescan per tag took 16 s for 20,000 tags
        _lines("<p>甲</p>" + "<style>" * 100_000)
