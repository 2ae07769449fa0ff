"""drafter on a second held-out set: four reports written before anyone looked at drafter.

``tests/heldout2/`` holds a western county (plain text, agriculture and poverty-alleviation
figures), a north-eastern old industrial district (half-width web punctuation, part 二 split
into 主要预期目标 with a numbered list and 重点任务), a county-level city delivered as a Word
file (made by ``make_taishui_docx.py``: heading styles, bold leads, a table of main targets)
and a municipal district saved as an HTML page of a non-TRS CMS. Each ``<name>.expected.json``
was written by hand (see ``tests/heldout2/README.md``). The .docx and .html go through the
real readers. Scored exactly like the corpus: outline exact, figures matched on paragraph +
value as written + unit, precision and recall at least 0.95, then per-field accuracy.
"""

from __future__ import annotations

import pytest
from report_sets import names, source

from drafter.model import Report
from drafter.structure import parse_report

NAMES = names("heldout2")


def test_heldout_set_is_whole() -> None:
    assert len(NAMES) == 4
    assert sorted(source("heldout2", n).suffix for n in NAMES) == [".docx", ".html", ".txt", ".txt"]


# The genre rules this set asked for, each on a sentence of its own (not the set's).
_RULES = [
    ("全年羊出栏18.5万只，家禽存栏60万羽。", "18.5", "万只", "羊出栏"),
    ("全年羊出栏18.5万只，家禽存栏60万羽。", "60", "万羽", "家禽存栏"),
    ("3.城镇新增就业8000人以上；", "8000", "人", "城镇就业"),
    ("（2）一般公共预算收入增长5%；", "5", "%", "一般公共预算收入"),
    ("新改建通村公路92公里。", "92", "公里", "通村公路"),
    ("改扩建乡镇卫生院3所。", "3", "所", "乡镇卫生院"),
]


@pytest.mark.parametrize(("text", "value", "unit", "indicator"), _RULES)
def test_genre_rule(text: str, value: str, unit: str, indicator: str) -> None:
    from drafter.figures import extract_figures

    found = [f for f in extract_figures(text) if f.value == value and f.unit == unit]
    assert [f.indicator for f in found] == [indicator]


def test_new_build_words_are_increments() -> None:
    from drafter.figures import extract_figures

    (road,) = extract_figures("新改建通村公路92公里。")
    assert road.increment


def _parse_text(text: str) -> Report:
    from drafter.read import Block, Document

    blocks = tuple(Block(line) for line in text.split("\n") if line.strip())
    return parse_report(Document(blocks=blocks, format="txt", name="t.txt", data=text.encode()))


_SHORT_TITLE = """关于青河区2023年国民经济和社会发展计划执行情况和2024年计划草案的报告
一、2023年国民经济和社会发展计划执行情况
经济运行稳中向好。地区生产总值增长5%。
二、2024年主要目标和重点任务
（一）主要预期目标
综合考虑发展基础和各方面因素，建议2024年全区主要预期目标为：
1.地区生产总值增长5%左右；
2.完成市下达的节能减排任务。
（二）重点任务
1.扩大有效投资。实施重点项目80个。
"""


def test_short_plan_title_and_main_targets_chapter() -> None:
    report = _parse_text(_SHORT_TITLE)
    assert (report.meta.year, report.meta.plan_year) == (2023, 2024)
    targets = report.parts[1].chapters[0].paragraphs
    assert [p.role for p in targets] == ["main_targets", "body", "body"]
    assert [p.lead for p in targets] == ["", "", ""]
