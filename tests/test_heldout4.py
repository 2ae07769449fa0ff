"""drafter on a fourth held-out set: four reports written before anyone ran drafter on them.

``tests/heldout4/`` holds an Inner-Mongolian 旗 (2022: 万头只, 万亩, 万千瓦, 口岸过货量), a
国家级经济技术开发区管委会 report (2023: 亿美元, 万元/亩, 以上/不低于 targets, parts titled
工作完成情况/工作安排), a district report saved by WPS as .docx (custom 标题 1/标题 2 styles
without outline level, bold leads, a soft line break, a table with a ※ note; built by
``tests/heldout4/make_linjiang_docx.py``) and an excerpt cut after part 二's second chapter.
The set is scored with the others by ``tests/test_report_sets.py``; this file holds the set's
own checks and the genre rules it asked for, each on a sentence of its own (not the set's).
"""

from __future__ import annotations

import pytest
from report_sets import names, report, source

from drafter.model import Report
from drafter.structure import parse_report


def test_heldout_set_is_whole() -> None:
    got = names("heldout4")
    assert got == ["chaganhaote-2022", "jiangchuan-etdz-2023", "linjiang-2021", "siyuan-2020-excerpt"]
    assert {source("heldout4", n).suffix for n in got} == {".txt", ".docx"}


def test_wps_docx_reads_through_the_docx_reader() -> None:
    got = report("heldout4", "linjiang-2021")
    assert got.meta.title.startswith("关于临江区2021年")
    assert [len(p.chapters) for p in got.parts] == [4, 4]
    assert [p.role for p in got.parts[0].paragraphs] == ["intro", "table", "intro", "shortcomings"]


_RULES = [
    # (sentence, value, unit, indicator, measure)
    ("年末羊存栏达到96.4万头只。", "96.4", "万头只", "羊存栏", "count"),
    ("旅游专列开行达到2.3万辆次。", "2.3", "万辆次", "旅游专列", "count"),
    ("新增污水处理能力3万吨/日。", "3", "万吨/日", "污水处理能力", "amount"),
    ("全旗粮食产量达到12.6万吨。", "12.6", "万吨", "粮食产量", "amount"),
    ("可吸入颗粒物（PM10）平均浓度降至52微克/立方米。", "52", "微克/立方米", "PM10平均浓度", "amount"),
    ("不动产登记时限压减至3个工作日以内。", "3", "个工作日", "不动产登记时限", "count"),
    ("保障性租赁住房投入使用860套。", "860", "套", "保障性租赁住房", "count"),
    ("为企业减免社保费2.1亿元。", "2.1", "亿元", "减免社保费", "amount"),
]


@pytest.mark.parametrize(("text", "value", "unit", "indicator", "measure"), _RULES)
def test_genre_rule(text: str, value: str, unit: str, indicator: str, measure: str) -> None:
    from drafter.figures import extract_figures

    found = [f for f in extract_figures(text) if f.value == value and f.unit == unit]
    assert [(f.measure, f.indicator) for f in found][:1] == [(measure, indicator)]


@pytest.mark.parametrize(
    "text",
    ["营业收入超5亿元企业达到12家。", "重点抓好以下六个方面工作：稳增长18%。", "税收过亿元楼宇达到7栋。"],
)
def test_thresholds_and_enumerations_are_not_figures(text: str) -> None:
    from drafter.figures import extract_figures

    assert [f.unit for f in extract_figures(text)] in (["家"], ["%"], ["栋"])


def test_table_label_carries_the_unit() -> None:
    from drafter.figures.table import extract_table

    rows = (("指标", "2022年计划目标", "2022年完成情况"), ("一般公共预算收入增长（%）", "6", "7.4"))
    text = " ".join(" ".join(r) for r in rows)
    base, fig = extract_table(rows, text, role="execution", year=2022, plan_year=2023, section="p1", paragraph="p1-2")
    assert (fig.indicator, fig.value, fig.unit, fig.kind, fig.measure) == ("一般公共预算收入", "7.4", "%", "outcome", "growth")
    # the report year's own target, restated: the baseline the year is measured against (issue 9)
    assert (base.value, base.kind, base.period) == ("6", "baseline", 2022)


def _parse_text(text: str) -> Report:
    from drafter.read import Block, Document

    blocks = tuple(Block(line) for line in text.split("\n") if line.strip())
    return parse_report(Document(blocks=blocks, format="txt", name="t.txt", data=text.encode()))


_ZONE = """石湾高新技术产业开发区管理委员会
关于石湾高新技术产业开发区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告
来源:高新区经济发展局 发布时间:2023-02-01
一、2022年工作完成情况
（一）产业发展。工业稳步增长。规上工业产值增长9%。
（二）项目建设。项目加快推进。实施重点项目30个。
（三）民生保障。民生持续改善。新增就业岗位3000个。
二、2023年工作安排
（一）壮大产业。做强主导产业。规上工业产值增长10%以上。
同志们，让我们开拓进取，再创佳绩！
"""


def test_issuer_line_above_title_and_zone_issuer() -> None:
    report = _parse_text(_ZONE)
    assert report.meta.title.startswith("关于石湾高新技术产业开发区2022年")
    assert report.meta.region == "石湾高新技术产业开发区"
    assert report.meta.issuer == "石湾高新技术产业开发区经济发展局"
    assert not report.coverage.excerpt  # it has its closing


def test_cut_after_part_two_chapters_is_an_excerpt() -> None:
    report = _parse_text(_ZONE.replace("同志们，让我们开拓进取，再创佳绩！\n", ""))
    assert (report.coverage.excerpt, report.coverage.truncated) == (True, False)
    assert "没有结束语" in report.coverage.note
