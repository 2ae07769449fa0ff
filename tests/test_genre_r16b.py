"""Page-level generalisation tests of round 15's first-sight shapes (issue 9, fxgen9; docs/NAMES-GENERALISATION.md
round 25): a main-indicators table of closed cells whose names and values wrapped onto cells of their own, a text
page that kept a post's raw HTML, a PDF copy whose numbers stand alone before their units. Every page is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report

_HEAD = (
    "——2024年1月9日在区第八届人民代表大会第四次会议上\n各位代表：\n"
    "我受区人民政府委托，向大会报告某某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案，请予审议。\n"
    "一、2023年国民经济和社会发展计划执行情况\n全区地区生产总值512.3亿元，增长5.6%。\n"
    "二、2024年国民经济和社会发展计划草案\n2024年主要预期目标如下：\n"
)


def _figures(tmp_path: Path, text: str) -> list[tuple[str, str | None, str, str, str]]:
    return [(f.indicator, f.value, f.unit, f.kind, f.qualifier) for f in page_report(tmp_path, text).figures]


@pytest.mark.parametrize("qualifier", ["左右", "以上", "以内"])
def test_a_closed_cell_value_wrapped_onto_its_qualifier(tmp_path: Path, qualifier: str) -> None:
    page = _HEAD + (
        "指 标 |\n2024年目标 |\n|\n地区生产总值 |\n增长5.5% |\n|\n货物进出口总额 |\n增长2% |\n|\n"
        f"全社会研发经费支出占地区生产总值的比重 |\n3.2% |\n{qualifier} |\n|\n"
        "规模以上工业企业研发 |\n经费投入 |\n增长12% |\n|\n每万人高价值发明专利 |\n拥有量 |\n25件 |\n|\n"
    )
    got = _figures(tmp_path, page)
    want = {"左右": "about", "以上": "at_least", "以内": "at_most"}[qualifier]
    assert ("全社会研发经费支出占地区生产总值的比重", "3.2", "%", "target", want) in got
    assert ("规模以上工业企业研发经费投入", "12", "%", "target", "exact") in got  # the name wrapped: one name
    assert ("每万人高价值发明专利拥有量", "25", "件", "target", "exact") in got
    assert ("货物进出口总额", "2", "%", "target", "exact") in got
    assert not [f for f in got if f[0].startswith(qualifier)]


_POST = (
    "某某论坛 发表于 2024-2-3 09:10:11\n\n某某县2024年国民经济和社会发展计划\n\n"
    '<!----><style type="text/css">body{font-size:250%;line-height:150%}</style><div class="main"><p>某某县融媒</p>'
    "<p>听全文约12分钟文章较长试试听</p>"
    '<p data-track="1">  2023年，全县地区生产总值完成286.4亿元，增长6.1%。</p><p data-track="2">&nbsp;</p>'
    '<p data-track="3">  2024年，全县地区生产总值预期增长6%左右。</p></div>\n'
)


def test_a_posts_style_sheet_and_read_aloud_widget_are_no_figures(tmp_path: Path) -> None:
    got = _figures(tmp_path, _POST)
    assert ("地区生产总值", "286.4", "亿元", "outcome", "exact") in got
    assert ("地区生产总值", "6", "%", "target", "about") in got
    assert not [f for f in got if f[1] in ("250", "150", "12")]


_BROKEN = """一、2031年白河市国民经济和社会发展计划执行情况
2
031
年是白河爬坡过坎的关键一年,全市上下沉着应对
“
三重压力
”
,扎实执行
2031
年计划。
(一)主要指标好于预期
全年实现地区生产总值
2764.8
亿元、增速升至
5.3%
。一般公共预算收入
188.2
亿元、增长
3.9%
。外商直接投资
12.6
亿美元、增长
41.5%
。服务业比重提高
0.8
个百分点。
"""


def test_numbers_alone_before_their_units_with_few_quote_lines(tmp_path: Path) -> None:
    got = [(n, v, u) for n, v, u, _, _ in _figures(tmp_path, _BROKEN)]
    assert got == [
        ("地区生产总值", "2764.8", "亿元"), ("地区生产总值", "5.3", "%"), ("一般公共预算收入", "188.2", "亿元"),
        ("一般公共预算收入", "3.9", "%"), ("外商直接投资", "12.6", "亿美元"), ("外商直接投资", "41.5", "%"),
        ("服务业比重", "0.8", "个百分点"),
    ]


def test_page_numbers_alone_between_paragraphs_stay_apart(tmp_path: Path) -> None:
    page = "一、2031年白河市国民经济和社会发展计划执行情况\n" + "".join(
        f"全年实现地区生产总值{n}亿元,增长4.2%。\n{n}\n" for n in range(1, 10))
    texts = [p.text for _, _, p in page_report(tmp_path, page).paragraphs()]
    assert not any("。1全年" in t or "%。2" in t for t in texts)
