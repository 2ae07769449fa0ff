"""Page-level rule tests for the first-sight misses of tests/real_aside70 (issue 9, round 17, fxa70): the
same shapes as tests/test_figures_rd17fxa70.py read on whole pages, 繁体 included (a page saved in 繁体 is
read in simplified characters). Every page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report

_HEAD = (
    "关于某某市2012年国民经济和社会发展计划执行情况与2013年国民经济和社会发展计划草案的报告\n"
    "我受市人民政府委托，向大会报告某某市2012年国民经济和社会发展计划执行情况与2013年国民经济和社会发展计划草案，请予审议。\n"
    "一、2012年国民经济和社会发展计划执行情况\n"
)
_PLAN = "二、2013年国民经济和社会发展计划草案\n地区生产总值增长8%左右。\n"


def _s2t(text: str) -> str:
    from conftest import opencc

    return opencc("s2t").convert(text)


def _figures(tmp_path: Path, body: str, traditional: bool = False) -> list[tuple[str, str | None, str, str]]:
    page = _HEAD + body + _PLAN
    page = _s2t(page) if traditional else page
    return [(f.indicator, f.value, f.unit, f.kind) for f in page_report(tmp_path, page).figures]


@pytest.mark.parametrize("traditional", [False, True])
def test_demand_items_before_a_closing_gap_name_the_list(tmp_path: Path, traditional: bool) -> None:
    got = _figures(tmp_path, "全市经济平稳增长。消费和投资增速差距进一步缩小，分别增长12.4%、15.1%。\n", traditional)
    assert ("消费", "12.4", "%", "outcome") in got
    assert ("投资", "15.1", "%", "outcome") in got
    assert not [f for f in got if f[1] in ("12.4", "15.1") and f[0] not in ("消费", "投资")]


@pytest.mark.parametrize("traditional", [False, True])
def test_exports_and_imports_before_a_widening_gap(tmp_path: Path, traditional: bool) -> None:
    got = _figures(tmp_path, "外贸结构继续优化。出口与进口增幅差距拉大，分别增长23.5%、8.2%。\n", traditional)
    assert ("出口", "23.5", "%", "outcome") in got
    assert ("进口", "8.2", "%", "outcome") in got


@pytest.mark.parametrize("traditional", [False, True])
def test_a_step_in_digits_on_a_page_restates_the_total(tmp_path: Path, traditional: bool) -> None:
    body = "一是经济总量迈上新台阶。全市生产总值跃上1.2万亿元台阶，总量达到12035.6亿元，同比增长10.2%。\n"
    got = _figures(tmp_path, body, traditional)
    assert ("生产总值总量", "12035.6", "亿元", "outcome") in got
    assert ("生产总值", "10.2", "%", "outcome") in got
    assert not [f for f in got if f[1] == "1.2"]


@pytest.mark.parametrize("traditional", [False, True])
def test_a_share_after_a_semicolon_on_a_page(tmp_path: Path, traditional: bool) -> None:
    body = "服务业加快发展。全年服务业增加值达到5600亿元，比上年增长10.5%，快于工业1.2个百分点；占全市生产总值比重为52.3%。\n"
    got = _figures(tmp_path, body, traditional)
    assert ("服务业增加值占全市生产总值比重", "52.3", "%", "outcome") in got


def test_a_count_of_policy_levels_in_a_plan_task_is_no_figure(tmp_path: Path) -> None:
    body = (
        "一是加快推进五大重点产业发展。\n二是进一步明确四个层面的扶持政策。优化投资结构，新建标准厂房12万平方米。\n"
    )
    got = _figures(tmp_path, body)
    assert not [f for f in got if f[2] == "个"]
    assert [f[1:3] for f in got if f[1] == "12"] == [("12", "万平方米")]
