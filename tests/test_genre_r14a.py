"""Page-reading tests of round 14 (issue 9, fixer fxa3435): a ruled main-indicators table whose
second header line subdivides the period heading only, a remarks column after. Every page here is
invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.ingest import parse_file

HEAD = """关于某县2022年上半年国民经济和社会发展计划执行情况的报告
各位委员：
一、2022年上半年国民经济和社会发展计划执行情况
全县经济运行总体平稳。
"""


def test_a_second_header_line_under_the_period_heading_alone(tmp_path: Path) -> None:
    body = "\n".join([
        "指 标 名 称 | 单位 | 2022年 预期目标 | 2022年上半年 | 备注 | |",
        "完成数 | 增长% | ||||",
        "地区生产总值 | 亿元 | 增长7% | 356.20 | 6.4 | 含高新区 |",
        "税收收入 | 亿元 | 增长5% | 12.80 | 9.3 | 不含基金 |",
    ]) + "\n"
    path = tmp_path / "page.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    report = parse_file(path)
    table = next(p for p in report.parts[0].paragraphs if p.rows)
    assert table.rows[0] == ("指标名称", "单位", "2022年预期目标", "2022年上半年完成数", "2022年上半年增长%")
    got = [(f.indicator, f.value, f.unit, f.kind) for f in report.figures if f.paragraph == table.id]
    assert got == [
        ("地区生产总值", "7", "%", "baseline"), ("地区生产总值", "356.20", "亿元", "outcome"),
        ("地区生产总值", "6.4", "%", "outcome"),
        ("税收收入", "5", "%", "baseline"), ("税收收入", "12.80", "亿元", "outcome"), ("税收收入", "9.3", "%", "outcome"),
    ]


def test_a_digest_turning_to_the_rest_of_the_year_in_the_reports_mouth(tmp_path: Path) -> None:
    text = ("某省上半年经济运行稳中向好\n"
            "28日，某省人大常委会会议听取了关于某省2021年上半年国民经济和社会发展计划执行情况的报告。\n"
            "报告显示，上半年全省生产总值同比增长8.1%。\n"
            "报告提出，下半年要扩大有效投资，力争全年新开工项目1200个，完成3万个充电桩年度建设任务。\n")
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    report = parse_file(path, region="某省")
    kinds = [(f.value, f.kind) for f in report.figures]
    assert kinds == [("8.1", "outcome"), ("1200", "target"), ("3", "target")]


def test_news_of_a_survey_meeting_on_the_half_year_execution_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "news.txt"
    page.write_text(
        "县人大常委会领导到县发展改革局调研全县2023年上半年国民经济和社会发展计划执行情况\n"
        "时间：2023-07-21 09:30:00 来源：某县发展和改革局\n"
        "2023年7月20日下午，县人大常委会副主任王某率调研组，到县发展改革局调研全县2023年上半年国民经济和社会发展"
        "计划执行情况。在调研座谈会上，县发展改革局、县统计局等单位汇报了上半年经济工作情况。王某副主任作总结讲话，"
        "强调要紧盯全年目标，加快项目建设。\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="新闻报道"):
        parse_file(page)


def test_a_half_year_account_turning_to_the_rest_of_the_year_inside_a_paragraph(tmp_path: Path) -> None:
    text = ("记者 某某\n"
            "市发展改革委主任昨日向市人大常委会会议作了2006年上半年国民经济和社会发展计划执行情况的报告。他说，"
            "上半年，本市实现生产总值1200.5亿元，同比增长9.8%。\n"
            "他介绍说，上半年经济运行总体平稳。展望下半年工作，他说，本市将继续加强宏观调控，"
            "确保完成全年10%左右的经济预期增长目标。\n")
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    report = parse_file(path, region="某市")
    got = [(f.value, f.indicator, f.kind, f.period) for f in report.figures]
    assert got == [("1200.5", "生产总值", "outcome", 2006), ("9.8", "生产总值", "outcome", 2006),
                   ("10", "经济", "target", 2006)]


def test_a_reviews_title_wrapped_before_its_last_words(tmp_path: Path) -> None:
    text = ("某省第十三届人民代表大会经济委员会\n"
            "关于某省2019年国民经济和社会发展计划执行情况及2020年计划草案\n"
            "的审查结果报告\n"
            "大会主席团：\n"
            "某省第十三届人民代表大会第三次会议审查了省人民政府提出的《关于某省2019年国民经济和社会发展计划执行情况及"
            "2020年计划草案的报告》。经济委员会在初步审查的基础上，又作了进一步审查。现将审查结果报告如下：\n"
            "一、关于2019年计划执行情况\n"
            "经济委员会认为，2019年计划执行情况总体良好。全省地区生产总值增长7.5%。\n")
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    meta = parse_file(path).meta
    assert (meta.kind, meta.year, meta.plan_year) == ("review", 2019, 2020)
    assert meta.title.endswith("的审查结果报告")


def test_a_government_work_reports_page_of_the_years_work_is_refused(tmp_path: Path) -> None:
    text = ("二、2018年工作安排\n"
            "2018年是全面贯彻党的十九大精神的开局之年。政府工作的总体要求是，坚持稳中求进工作总基调，"
            "全力促进经济稳步向好。\n"
            "主要预期指标是：地区生产总值增长6%左右，社会消费品零售总额增长8%左右，城镇新增就业5万人。\n")
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match="政府工作报告"):
        parse_file(path, region="某市", year=2017)
