"""Pages that name their years or their place only indirectly (issue 9, fifth set's round):
a mid-year report on the economy titled without 计划, a press digest whose years are its
dateline's 去年/今年, a text of the whole country, part titles run inline."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_file

from drafter.errors import InputError
from drafter.ingest import parse_file
from drafter.read import Block
from drafter.structure.blocks import split_blocks
from drafter.structure.genre import dated, read_title
from drafter.structure.places import nation_in


@pytest.mark.parametrize(
    "title",
    [
        "2018年上半年经济社会发展情况的报告",
        "关于2018年1-6月全县国民经济和社会发展情况的报告",
        "某县人民政府关于2018年前三季度经济社会发展情况的报告",
        "溪口市2018年上半年经济和社会发展情况",
        "2018年上半年全县经济社会发展工作情况的报告",
    ],
)
def test_a_mid_year_report_on_the_economy_without_plan_in_its_title(title: str) -> None:
    m = read_title(title)
    assert m is not None and (m.kind, m.year, m.plan_year) == ("execution", 2018, 2019)


@pytest.mark.parametrize(
    "text",
    [
        "2018年经济社会发展情况的报告",  # a whole year without 计划: no period, no title of the family
        "2018年上半年全县经济运行情况",  # a statistics office's account
        "区人大常委会听取2018年上半年经济社会发展情况报告",  # a headline, not the title
    ],
)
def test_a_period_report_title_is_a_whole_line_with_a_period(text: str) -> None:
    assert read_title(text) is None


def test_a_mid_year_report_reads_as_execution_and_asks_for_its_place(tmp_path: Path) -> None:
    page = page_file(tmp_path, (
        "2018年上半年经济社会发展情况的报告\n"
        "今年以来，在县委的正确领导下，全县经济呈现平稳较快发展态势。预计至6月底，全县生产总值达20.5亿元，增长8.5%。"
        "全社会固定资产投资完成12亿元，占年度计划的52%。\n"
        "一、项目建设扎实推进。\n"
        "全县共确定重点项目30个，累计完成投资8亿元。\n"))
    with pytest.raises(InputError, match="--region"):
        parse_file(page)
    report = parse_file(page, region="某县")
    assert (report.meta.kind, report.meta.year, report.meta.plan_year) == ("execution", 2018, 2019)
    assert {f.kind for f in report.figures} == {"outcome"}


def test_relative_years_on_a_dated_page() -> None:
    assert dated("听取了去年计划执行情况与今年计划草案的报告", 2010) == "听取了2009年计划执行情况与2010年计划草案的报告"
    m = read_title(dated("会议审议了去年国民经济和社会发展计划执行情况与今年计划草案的报告", 2010), sentence=True)
    assert m is not None and (m.kind, m.year, m.plan_year) == ("report", 2009, 2010)


def test_the_whole_country_is_the_region_only_without_a_scope_of_its_own() -> None:
    assert nation_in(["全国财政收入9000亿元，增长10%。"]) == "全国"
    assert nation_in(["全县生产总值20亿元，建设全国绿色食品原料基地。"]) == ""  # a county's own scope
    assert nation_in(["荣获全国文明城市称号，全国人大代表视察。"]) == ""  # an honour, an organ


def test_part_titles_run_inline_are_headings() -> None:
    blocks = split_blocks((Block("重要数字有——— 去年国民经济和社会发展计划执行情况 生产总值1000亿元，增长8%。 "
                                 "今年国民经济和社会发展计划草案 主要预期目标为：生产总值增长7%左右。"),))
    assert [b.text.strip() for b in blocks] == [
        "重要数字有———", "去年国民经济和社会发展计划执行情况", "生产总值1000亿元，增长8%。",
        "今年国民经济和社会发展计划草案", "主要预期目标为：生产总值增长7%左右。"]
    # a title named in a sentence stays in it
    whole = "会议审议了去年国民经济和社会发展计划执行情况与今年计划草案的报告。"
    assert [b.text for b in split_blocks((Block(whole),))] == [whole]


def test_a_press_digest_dated_by_its_dateline(tmp_path: Path) -> None:
    page = page_file(tmp_path, (
        "两会数字 | ||\n"
        "http://news.example.com 2011年03月06日07:10 某某日报\n"
        "本报讯 全国人大会议5日上午开幕。会议听取了去年国民经济和社会发展计划执行情况与今年计划草案的报告。"
        "重要数字有——— 去年国民经济和社会发展计划执行情况 国内生产总值39万亿元，增长10%。全国财政收入8万亿元，增长21%。"
        " 今年国民经济和社会发展计划草案 主要预期目标为：经济增长率8%左右；城镇登记失业率4.6%。\n"))
    report = parse_file(page)
    assert (report.meta.kind, report.meta.region, report.meta.year, report.meta.plan_year) == ("report", "全国", 2010, 2011)
    kinds = {(f.value, f.unit): f.kind for f in report.figures}
    assert kinds[("39", "万亿元")] == "outcome" and kinds[("8", "%")] == "target"
    assert kinds[("4.6", "%")] == "target"


def test_a_digests_lead_before_its_inline_titles_is_front_matter(tmp_path: Path) -> None:
    page = page_file(tmp_path, (
        "2011年03月06日07:10 某某日报\n"
        "本报讯 会议听取了去年国民经济和社会发展计划执行情况与今年计划草案的报告。这两份报告的重要数字有———"
        " 去年国民经济和社会发展计划执行情况 国内生产总值39万亿元，增长10%。"
        " 今年国民经济和社会发展计划草案 经济增长率8%左右。\n"))
    report = parse_file(page, region="全国")
    assert [(p.role, [x.text for x in p.paragraphs][:1]) for p in report.parts] == [
        ("execution", ["去年国民经济和社会发展计划执行情况"]), ("plan", ["今年国民经济和社会发展计划草案"])]
    assert [(f.value, f.kind) for f in report.figures] == [("39", "outcome"), ("10", "outcome"), ("8", "target")]
    assert [p.role for p in report.front][-1] == "preamble"  # 这两份报告: the lead gives no figure


def test_a_summary_of_the_year_before_part_one_gives_outcomes(tmp_path: Path) -> None:
    page = page_file(tmp_path, (
        "各位代表：\n"
        "我受县政府的委托，现将全县2018年国民经济和社会发展计划执行情况及2019年计划（草案）报告如下，请予审议。\n"
        "2018年是改革开放40周年。一年来，全县经济运行总体平稳。2018年，全县地区生产总值同比增长6.3%；"
        "固定资产投资完成20.5亿元，同比增长12%。\n"
        "一、2018年国民经济和社会发展计划执行情况\n"
        "（一）农业稳步发展\n"
        "粮食总产量稳定在30万吨。\n"))
    report = parse_file(page, region="某县")
    got = [(f.value, f.kind, f.period) for f in report.figures]
    assert got[:3] == [("6.3", "outcome", 2018), ("20.5", "outcome", 2018), ("12", "outcome", 2018)]
    assert "40" not in [f.value for f in report.figures]  # the preamble's anniversary is no figure


def test_a_digest_dated_at_its_foot(tmp_path: Path) -> None:
    page = page_file(tmp_path, (
        "会议听取了去年国民经济和社会发展计划执行情况与今年计划草案的报告。报告指出，全国财政收入8万亿元，增长21%。\n"
        "报告提出，今年经济增长率8%左右。\n"
        "（2011年3月6日）\n"))
    report = parse_file(page)
    assert (report.meta.kind, report.meta.region, report.meta.year, report.meta.plan_year) == ("report", "全国", 2010, 2011)


def test_a_paragraph_recounting_the_year_before_part_one() -> None:
    from drafter.figures.report import recounts_year

    assert recounts_year("一年来，全县地区生产总值同比增长6%，固定资产投资完成20亿元。", 2018)
    assert recounts_year("2018年，全县地区生产总值同比增长6%。", 2018)
    assert not recounts_year("一年来，我们将力争地区生产总值增长6%左右。", 2018)  # target words
    assert not recounts_year("受县政府委托，现将2018年计划执行情况报告如下。", 2018)


def test_the_national_report_is_filed_under_the_whole_country(tmp_path: Path) -> None:
    page = page_file(tmp_path, (
        "关于2010年国民经济和社会发展计划执行情况与2011年国民经济和社会发展计划草案的报告\n"
        "——2011年3月5日在第十一届全国人民代表大会第四次会议上\n"
        "国家发展和改革委员会\n"
        "各位代表：\n"
        "受国务院委托，现将2010年国民经济和社会发展计划执行情况与2011年国民经济和社会发展计划草案提请十一届全国人大四次会议审议。\n"
        "一、2010年国民经济和社会发展计划执行情况\n"
        "全国粮食总产量达到5.46亿吨，国内生产总值增长10.3%。\n"
        "二、2011年国民经济和社会发展的主要目标\n"
        "国内生产总值增长8%左右。\n"))
    report = parse_file(page)
    assert (report.meta.region, report.meta.year, report.meta.plan_year) == ("全国", 2010, 2011)
