"""drafter on a third held-out set: four reports written before anyone looked at drafter.

``tests/heldout3/`` holds a southern 瑶族自治县 (2020, poverty alleviation), a provincial-capital
district (2021, 数字经济, 万亿元, a range, a numbered main-targets part and a 重点工作 part), a
county-level city whose web copy lost every paragraph break but those before headings
(full-width digits, spaced-out headings) and a district writing its figures in Chinese
numerals (`百分之五点八`, `一点二万人`, `第一`). Each ``<name>.expected.json`` was written by
hand (see ``tests/heldout3/README.md``). The set is scored with the others by
``tests/test_report_sets.py``; this file holds the set's own checks and the genre rules it
asked for, each on a sentence of its own (not the set's).
"""

from __future__ import annotations

import pytest
from report_sets import names, source

from drafter.model import Report
from drafter.structure import parse_report


def test_heldout_set_is_whole() -> None:
    got = names("heldout3")
    assert got == ["cuihu-2021", "donglan-2023", "qingxi-2022", "yunling-2020"]
    assert {source("heldout3", n).suffix for n in got} == {".txt"}


# The genre rules this set asked for, each on a sentence of its own (not the set's).
_RULES = [
    # (sentence, value, unit, indicator, measure)
    ("全区税收收入增长百分之六点四。", "六点四", "%", "税收收入", "growth"),
    ("新增城镇就业二点三万人。", "二点三", "万人", "城镇就业", "count"),
    ("完成年度计划的百分之一百一十二。", "一百一十二", "%", "", "completion"),
    ("外贸进出口额增长三成以上。", "三", "成", "外贸进出口额", "growth"),
    ("人均税收贡献达到8.2万元/人。", "8.2", "万元/人", "人均税收贡献", "amount"),
    ("PM10平均浓度为四十八微克每立方米。", "四十八", "微克/立方米", "PM10平均浓度", "amount"),
    ("城乡居民收入比由2.05缩小至1.98。", "1.98", "", "城乡居民收入比", "amount"),
    ("易地搬迁安置526户2103人。", "2103", "人", "易地搬迁安置", "count"),
    ("实施为民办实事项目12项。", "12", "项", "为民办实事项目", "count"),
    ("全年新引进世界500强企业3家。", "3", "家", "引进世界500强企业", "count"),
    ("完成改造城镇老旧小区十二个。", "十二", "个", "改造城镇老旧小区", "count"),
]


@pytest.mark.parametrize(("text", "value", "unit", "indicator", "measure"), _RULES)
def test_genre_rule(text: str, value: str, unit: str, indicator: str, measure: str) -> None:
    from drafter.figures import extract_figures

    found = [f for f in extract_figures(text) if f.value == value and f.unit == unit]
    assert [(f.measure, f.indicator) for f in found][:1] == [(measure, indicator or found[0].indicator)]


def test_chinese_numerals_read_whole() -> None:
    from drafter.figures import extract_figures

    got = [(f.value, f.unit, str(f.number)) for f in extract_figures("新增市场主体二点一万户，城镇调查失业率控制在百分之五点五以内。")]
    assert got == [("二点一", "万户", "21000.0"), ("五点五", "%", "5.5")]
    (rate,) = [f for f in extract_figures("城镇调查失业率控制在百分之五点五以内。") if f.unit == "%"]
    assert rate.qualifier == "at_most"


@pytest.mark.parametrize(
    "text",
    ["九年义务教育巩固率达到98%。", "地区生产总值增长5.1%，两年平均增长4.6%。", "年经营性收入30万元以上的行政村占比达到55%。"],
)
def test_not_figures(text: str) -> None:
    from drafter.figures import extract_figures

    assert [f.unit for f in extract_figures(text)] == ["%"] * text.count("%")


def test_two_year_average_is_the_same_indicator() -> None:
    from drafter.figures import extract_figures

    figures = extract_figures("地区生产总值增长5.1%，两年平均增长4.6%。")
    assert [f.indicator for f in figures] == ["地区生产总值", "地区生产总值"]


def test_rank_kept_and_generic_head_completed() -> None:
    from drafter.figures import extract_figures

    (rank,) = [f for f in extract_figures("营商环境考评保持全省第一。") if f.measure == "rank"]
    assert (rank.value, rank.indicator) == ("一", "营商环境考评")
    figures = extract_figures("规模以上工业增加值增长百分之九，增速位列全市第二。")
    assert [f.indicator for f in figures] == ["规模以上工业增加值", "规模以上工业增加值增速"]


def test_issuer_words_before_done_target() -> None:
    from drafter.figures import extract_figures

    (a,) = extract_figures("完成湖州市下达的节能减排目标任务。", kind="target")
    (b,) = extract_figures("单位地区生产总值能耗完成自治区下达的目标任务。", kind="target")
    assert (a.indicator, a.measure) == ("节能减排", "qualitative")
    assert b.indicator == "单位地区生产总值能耗"


def test_new_events_are_not_increments() -> None:
    from drafter.figures import extract_figures

    (signed,) = extract_figures("全年新签约项目52个。")
    (new,) = extract_figures("全年新建5G基站300个。")
    assert not signed.increment and new.increment


def _parse_text(text: str) -> Report:
    from drafter.read import Block, Document

    blocks = tuple(Block(line) for line in text.split("\n") if line.strip())
    return parse_report(Document(blocks=blocks, format="txt", name="t.txt", data=text.encode()))


_GLUED = """关于溪山市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告
——2024年1月8日在溪山市第十届人民代表大会第三次会议上
溪山市发展和改革局局长 陈立
一、 2 0 2 3 年 国 民 经 济 和 社 会 发 展 计 划 执 行 情 况
（一）产业转型步伐加快。工业生产稳中有升。全年规模以上工业增加值增长7.5%，新增规模以上工业企业30家，数字化改造企业达到120家。服务业加快发展。服务业增加值增长6.1%，新增限额以上批发零售企业45家，电子商务交易额突破200亿元。
二、 2 0 2 4 年 国 民 经 济 和 社 会 发 展 计 划 草 案
（一）主要预期目标。综合考虑各方面因素，2024年全市经济社会发展的主要预期目标为：地区生产总值增长6%左右。
（二）稳定粮食生产。粮食播种面积稳定在25万亩以上，新建高标准农田1万亩。
（三）扩大就业。城镇新增就业8000人以上。新增技能人才1200人。
各位代表，让我们奋发有为，再创佳绩！
附件：名词解释
"""


def test_glued_paragraphs_spaced_headings_and_attachment_line() -> None:
    report = _parse_text(_GLUED)
    one, two = report.parts
    assert one.title == "2023年国民经济和社会发展计划执行情况"
    assert two.title == "2024年国民经济和社会发展计划草案"
    assert [p.lead for p in one.chapters[0].paragraphs] == ["工业生产稳中有升。", "服务业加快发展。"]
    assert [p.role for p in two.chapters[0].paragraphs] == ["main_targets"]
    assert [p.lead for p in two.chapters[1].paragraphs] == [""]  # not 粮食播种面积稳定
    assert [p.lead for p in two.chapters[2].paragraphs] == [""]  # a sentence with a figure is no lead
    assert (report.coverage.excerpt, report.coverage.truncated) == (False, False)
    assert len(report.closing) == 1


def test_region_from_the_meeting() -> None:
    text = _GLUED.replace("关于溪山市", "东岭区人民政府网\n关于东岭区").replace("在溪山市第十届", "在清江市东岭区第十届")
    assert _parse_text(text).meta.region == "清江市东岭区"
