"""Figure rule tests of round 14's last fixer (fxa4243): an amount with 万亿 and no 元, in a sentence and
in a headline line. Every sentence and page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report

from drafter.figures import extract_figures


def _got(text: str, kind: str = "outcome", **given: bool) -> list[tuple[str, str, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(text, kind=kind, **given)]


@pytest.mark.parametrize("amount", ["2.56万亿", "10.3万亿"])
def test_an_amount_with_wan_yi_and_no_yuan_keeps_its_unit(amount: str) -> None:
    got = _got(f"全省实现地区生产总值{amount}，增长7.1%。")
    assert ("地区生产总值", amount[:-2], "万亿") in got


def test_only_the_pages_last_paragraph_ends_cut() -> None:
    assert [(v, u) for _, v, u in _got("某省前三季度经济成绩单出炉，GDP3.75万亿", last=False)] == [("3.75", "万亿")]
    assert _got("全年新增就业人数比上年增加6万") == []  # the page's last words: the unit was cut
    assert _got("全年新增就业人数比上年增加6万", last=False) == [("就业人数", "6", "万")]


def test_a_headline_over_a_digest_keeps_its_amount(tmp_path: Path) -> None:
    page = (
        "浙江前三季度经济成绩单出炉，GDP5.32万亿\n\n某某讯 10月28日上午，浙江省发改委主任某某在省人大常委会会议上作了"
        "2021年前三季度国民经济和社会发展计划执行情况的报告。实现地区生产总值5.32万亿元、增长10.6%。\n"
    )
    got = [(f.value, f.unit) for f in page_report(tmp_path, page, region="浙江省").figures]
    assert ("5.32", "万亿") in got and ("5.32", "万亿元") in got


@pytest.mark.parametrize("scope", ["", "全县"])
def test_the_people_still_left_keep_sheng_yu(scope: str) -> None:
    got = _got(f"{scope}剩余2.3万相对贫困人口和45个贫困村全部脱贫出列。")
    assert ("剩余相对贫困人口", "2.3", "万") in got and ("贫困村", "45", "个") in got
    assert ("在运营网贷机构", "2", "家") in _got("在运营网贷机构仅剩2家。")  # 仅剩 still goes


@pytest.mark.parametrize("owner", ["空气质量", "环境空气质量"])
@pytest.mark.parametrize("scope", ["", "全市"])
def test_a_count_of_indicators_after_its_owner_is_the_owners(owner: str, scope: str) -> None:
    assert _got(f"{scope}{owner}6项指标全部达标。") == [(f"{owner}指标", "6", "项")]
    assert ("指标", "10", "项") in _got("38项计划目标中，10项指标没达到预期。")  # no owner: as written


@pytest.mark.parametrize("noun", ["规上工业企业", "规模以上工业企业", "限上商贸企业"])
def test_a_flag_that_lost_its_xin_still_goes(noun: str) -> None:
    assert _got(f"增{noun}38家，完成全年目标。") == [(noun, "38", "家")]
    assert _got(f"全年新增{noun}38家。") == [(noun, "38", "家")]


@pytest.mark.parametrize("indicator", ["地区生产总值", "一般公共预算收入"])
def test_a_verbless_rank_of_the_increment_is_the_indicators(indicator: str) -> None:
    assert (f"{indicator}增量", "二", "") in _got(f"{indicator}完成120亿元，增量居全省第二。")
    assert (f"{indicator}增量", "一", "") in _got(f"{indicator}同比增长6.1%、达8.2万亿元，增量全国第一。")


@pytest.mark.parametrize("quoted", ["“两重”项目", "“千万工程”项目"])
@pytest.mark.parametrize("predicate", ["得到国家超长期特别国债资金支持", "得到省级财政资金补助"])
def test_support_got_by_projects_of_a_quoted_class_goes(quoted: str, predicate: str) -> None:
    assert _got(f"186个{quoted}{predicate}。") == [(quoted, "186", "个")]


@pytest.mark.parametrize("verb", ["居", "位居", "排名"])
@pytest.mark.parametrize("scope", ["全市", "全省"])
def test_a_rank_that_lost_di_and_wei_is_a_rank(verb: str, scope: str) -> None:
    got = _got(f"规模以上工业增加值增长7.6%，{verb}{scope}5。")
    assert ("规模以上工业增加值", "5", "") in got
    assert len(_got(f"工业产值{verb}{scope}5个园区之首。")) == 1  # a count of the places ranked among: no lost rank


@pytest.mark.parametrize(("pair", "one", "whole"), [
    ("数字经济、海洋经济增加值", "海洋经济增加值", "地区生产总值"),
    ("战略性新兴产业、高新技术产业产值", "高新技术产业产值", "工业总产值"),
])
def test_a_share_of_one_of_a_pairs_subjects_is_named_by_it_alone(pair: str, one: str, whole: str) -> None:
    got = _got(f"{pair}分别增长9%、8%，{one}占{whole}比重达到20.1%。")
    assert (f"{one}占{whole}比重", "20.1", "%") in got


@pytest.mark.parametrize(("place", "short"), [("广东省", "广东"), ("浙江省", "浙江")])
def test_a_provinces_short_name_before_its_town_jobs_is_a_scope(place: str, short: str) -> None:
    got = [(f.indicator, f.value) for f in extract_figures(f"上半年，{short}城镇新增就业41.3万人。", kind="outcome", place=place)]
    assert got == [("城镇就业", "41.3")]


@pytest.mark.parametrize(("lead", "action"), [("开展", "核酸检测"), ("进行", "技能培训"), ("开展", "健康体检")])
def test_people_counted_by_an_action_done_to_them_are_named_by_it(lead: str, action: str) -> None:
    assert _got(f"累计对超过320万人{lead}{action}。") == [(action, "320", "万人")]
