"""Page-reading rule tests of round 15 (fixer fxa5455, real_aside54/55): a PDF copy whose numbers, units,
quotes and joining marks stand on lines of their own is read as its sentences, and a page of real
paragraphs with a number alone on a line (a page number) is left as it is. Every page here is invented."""

from __future__ import annotations

from pathlib import Path

from invented_page import page_report

_BROKEN = """一、2030年青溪县国民经济和社会发展计划执行情况
2
030
年是青溪发展极不平凡的一年,全县上下全力以赴应对
“
两场考验
”
,认真执行
2030
年计划。
(一)经济运行稳中向好
经济走势逐季攀升,全年实现地区生产总值
812.6
亿元、增长
4.2%
。社会消费品零售总额
301.5
亿元、增长
2.1%
。投资、消费增速分别较一季度提高
7.3
、
11.4
和
5.6
个百分点。
"""


def _figures(tmp_path: Path, text: str) -> list[tuple[str | None, str, str]]:
    report = page_report(tmp_path, text)
    return [(f.value, f.unit, f.indicator) for f in report.figures]


def test_numbers_and_units_on_lines_of_their_own_are_read_in_their_sentence(tmp_path: Path) -> None:
    found = _figures(tmp_path, _BROKEN)
    assert ("812.6", "亿元", "地区生产总值") in found
    assert ("301.5", "亿元", "社会消费品零售总额") in found
    assert ("2.1", "%", "社会消费品零售总额") in found
    assert [v for v, u, _ in found if u == "个百分点"] == ["7.3", "11.4", "5.6"]
    report = page_report(tmp_path, _BROKEN)
    assert report.meta.year == 2030
    texts = [p.text for _, _, p in report.paragraphs()]
    assert any(t.startswith("2030年是青溪发展") for t in texts)  # the split year is one year again
    assert not any(t == "2" or t == "030" for t in texts)


def test_a_lone_page_number_between_real_paragraphs_is_not_glued(tmp_path: Path) -> None:
    page = (
        "一、2030年青溪县国民经济和社会发展计划执行情况\n"
        "全年实现地区生产总值812.6亿元,增长4.2%。\n"
        "12\n"
        "社会消费品零售总额301.5亿元,增长2.1%。\n"
    )
    texts = [p.text for _, _, p in page_report(tmp_path, page).paragraphs()]
    assert not any("12社会" in t or "%。12" in t for t in texts)


def test_news_of_a_standing_committee_survey_of_the_half_year_execution_is_refused(tmp_path: Path) -> None:
    import pytest

    from drafter.errors import InputError

    page = (
        "8月3日至4日,青溪市人大常委会副主任某某某率队调研青溪市2031年上半年国民经济和社会发展计划执行情况。\n"
        "调研组一行先后深入某某集团、某某科技有限公司等地,全面了解青溪市2031年上半年国民经济和社会发展"
        "计划执行情况。某某某强调,上半年各项指标稳中向好,下半年要抢抓机遇,确保全年经济平稳发展。(某某)\n"
    )
    with pytest.raises(InputError, match="不是一份国民经济和社会发展计划报告"):
        page_report(tmp_path, page)


def test_two_pdf_columns_run_together_line_by_line_are_read_column_by_column() -> None:
    from drafter.read.text import _columns_in_order

    page = (
        "              【概况】 2030年，青溪区全面落实区委部署，          石。第二部分是2031年主要预期目标安排，地区\n"
        "              持续推动高质量发展，全区经济社会运                   生产总值增长6.5%左右；一般公共预算收入增\n"
        "              行持续稳定向好。全区地区生产总值增长7.5%。           长5%左右；城乡居民收入增长与经济增长同步；\n"
        "              全区一般公共预算收入完成86.2亿元，增长9.1%。        城镇登记失业率控制在3.5%以内。\n"
    )
    lines = _columns_in_order(page).splitlines()
    assert lines[2] == "行持续稳定向好。全区地区生产总值增长7.5%。"
    assert lines[4].startswith("石。第二部分是2031年")
    assert lines[5].startswith("生产总值增长6.5%左右")


def test_a_table_aligned_by_blanks_is_no_two_columns() -> None:
    from drafter.read.text import _columns_in_order

    page = "指标名称        单位        数值\n地区生产总值        亿元        812.6\n一般公共预算收入        亿元        86.2\n"
    assert _columns_in_order(page) == page
