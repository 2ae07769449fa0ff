"""Page-reading rule tests of round 16 (fixer fxa6264): the general causes behind the first-run misses of
tests/real_aside62–64 (their READMEs' conventions). Every page here is invented: other places, years, names
and figures, and the cases each rule must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from _bounds import cpu_bound
from invented_page import page_report

from drafter.errors import InputError
from drafter.structure.genre import (
    _BOTH_PLANS_REVIEWED,
    HEARD_PERIOD_REPORT,
    INTERPRETATION_HEADLINE,
    content_role,
    interpretation_heading,
)

# -------------------------------------------------- a governor's half-year report told by a digest

_GOVERNOR_DIGEST = (
    "某某经济半年报:地区生产总值增长6.1%\n\n"
    "发布时间:2021-07-28 来源:某某日报网 责编:李四\n"
    "  某某日报网7月28日讯(记者 王五)7月28日上午,某某省第十四届人大常委会第九次会议举行。某某省人民政府省长"
    "赵六向会议报告了2021年上半年经济社会发展情况和下半年重点工作安排。\n\n"
    "  据悉,今年上半年,全省地区生产总值增长6.1%,一般公共预算收入同比增长9.4%,主要经济指标高于预期。\n\n"
    "  一是投资较快增长。固定资产投资增长8.8%、高于预期0.8个百分点,民间投资增长7.1%,同比提高1.2个百分点。"
    "社会消费品零售总额增长10.3%。\n"
)


def test_a_governor_telling_the_meeting_of_the_half_year_economy_is_an_execution_digest(tmp_path: Path) -> None:
    report = page_report(tmp_path, _GOVERNOR_DIGEST)
    assert report.meta.kind == "execution"
    assert (report.meta.year, report.meta.plan_year) == (2021, 2022)
    kinds = {(f.indicator, f.value): f.kind for f in report.figures}
    assert kinds[("地区生产总值", "6.1")] == "outcome"
    assert kinds[("固定资产投资", "8.8")] == "outcome"
    assert ("经济", None) not in kinds  # 一是投资较快增长 is a paragraph's heading, no qualitative figure


def test_the_governors_report_sentence_names_the_half_year_and_year() -> None:
    m = HEARD_PERIOD_REPORT.search("市长某某向大会报告了2019年前三季度国民经济和社会发展情况")
    assert m is not None and m["y"] == "2019"
    assert HEARD_PERIOD_REPORT.search("省长某某向会议报告了上半年经济社会发展情况") is not None
    # a report on the government's work is no half-year report
    assert HEARD_PERIOD_REPORT.search("省长某某向大会报告了政府工作") is None


def test_main_and_important_and_better_than_expected_are_no_target_words() -> None:
    assert content_role(["上半年,全县生产总值同比增长6%,主要经济指标高于预期。"]) == "execution"
    assert content_role(["重要指标同比增长5%,好于预期、符合预期。"]) == "execution"
    # the plan's own words stay target words
    assert content_role(["全年主要预期目标是:生产总值增长6%左右,力争7%。"]) == "plan"


# -------------------------------------------------- a spun review, a city paper's 解读

_SPUN_REVIEW = (
    "某某市第十六届人民代表大会经济和财政委员会关于2023年国民经济和社会发展计划和2024年国民经济和社会发展计划草案"
    "执行情况的审议结果报告\n"
    "某某市第十六届人民代表大会第三次会议审议了《某某市2023年国民经济和社会发展计划和2024年国民经济和社会发展计划"
    "草案执行情况的报告》。我们想将我们的研究结果报告如下。\n"
    "一、2023年规划实施情况总体良好。\n"
    "2023年,市人民政府及各部门认真落实市人大批准的规划。\n"
    "二、对2024年规划草案的审议意见\n"
    "委员会认为,规划报告总体可行。\n"
)


def test_a_reworded_review_title_naming_both_plans_is_a_review(tmp_path: Path) -> None:
    report = page_report(tmp_path, _SPUN_REVIEW)
    assert report.meta.kind == "review"
    assert (report.meta.year, report.meta.plan_year) == (2023, 2024)
    assert report.meta.region == "某某市"


def test_both_plans_reviewed_needs_the_review_and_consecutive_years() -> None:
    assert _BOTH_PLANS_REVIEWED.search("关于2020年经济社会发展计划与2021年经济社会发展计划草案的审查意见") is not None
    assert _BOTH_PLANS_REVIEWED.search("关于2020年经济社会发展计划和2021年经济社会发展计划草案的报告") is None
    for text in ("关于2020年国民经济和社会发展计划和" * 10000, "某" * 10000 + "2020年计划和2021年计划草案"):
        with cpu_bound(1.0):
            _BOTH_PLANS_REVIEWED.search(text)


_CITY_PAPER_INTERPRETATION = (
    "【聚焦2024某某两会】计划报告解读\n\n"
    "关注某某网微信\n"
    "1月20日,在市十四届人大三次会议上发布的《关于某某市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会"
    "发展计划草案的报告》显示,2023年,全市经济运行总体平稳。全年地区生产总值增长5.5%,固定资产投资增长6.1%。\n"
    "2024年计划执行情况\n"
    "2024年,某某将坚持稳中求进,地区生产总值增长6%左右。\n"
)


def test_a_headline_calling_the_page_a_report_interpretation_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="报告解读"):
        page_report(tmp_path, _CITY_PAPER_INTERPRETATION)


def test_an_interpretation_headline_needs_a_quoted_family_title_soon_after() -> None:
    assert INTERPRETATION_HEADLINE.match("计划报告解读") is not None
    assert INTERPRETATION_HEADLINE.match("一图读懂计划报告") is not None
    # a headline alone, no document quoted: nothing told
    assert interpretation_heading(["【两会快讯】计划报告解读", "今天上午,代表们分组讨论。"]) == ""
    # a report's own heading that is no interpretation
    assert INTERPRETATION_HEADLINE.match("2023年国民经济和社会发展计划执行情况") is None


# -------------------------------------------------- a place named nowhere but in ranks


_RANKED_DISTRICT = (
    "2022年国民经济和社会发展计划执行情况及2023年计划草案的报告\n\n"
    "发布时间:2023-01-12 来源:某某资讯网\n\n"
    "一、2022年国民经济和社会发展计划执行情况\n"
    "预计,全年实现地区生产总值420亿元左右、增速5%,固定资产投资增速12%以上、主城区第2,位居2022年全国综合实力"
    "百强区第61位。\n"
    "二、2023年国民经济和社会发展计划草案\n"
    "地区生产总值增长6%左右。\n"
)


def test_a_core_district_rank_and_a_national_list_name_no_place(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--region"):
        page_report(tmp_path, _RANKED_DISTRICT)
    report = page_report(tmp_path, _RANKED_DISTRICT, region="某某区")
    got = {(f.indicator, f.value, f.unit) for f in report.figures}
    assert ("固定资产投资增速", "2", "") in got
    assert ("综合实力百强区", "61", "位") in got
