"""Page-reading rule tests of round 15's fixes on real_aside50/53 (fxa50): a headless press digest
turns from its account to its plan where a paragraph names the plan year in target words. Every
page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report

from drafter.figures.report import extract_report

_DIGEST = (
    "本报讯（记者某某）8日上午，{who}受{lv}人民政府委托，向{lv}人大会议书面提交了《关于某某{lv}2022年国民经济和社会发展"
    "计划执行情况与2023年计划草案的报告》。\n"
    "{who}在报告中说，2022年，全{lv}上下统筹推进疫情防控和经济社会发展，主要指标完成较好，取得积极成效。\n"
    "{turn}2023年全{lv}发展指标安排，具体为：增长型指标方面，地区生产总值增长{gdp}左右；一般公共预算收入增长5%；"
    "固定资产投资增长7%以上。民生型指标方面，城镇登记失业率控制在3%以内。\n"
)


@pytest.mark.parametrize("lv", ["市", "县", "区"])
@pytest.mark.parametrize(
    "turn",
    ["某某在报告中提出了", "某某在报告中安排了", "报告提出，", "某某说，", "会议审议的计划草案明确了"],
)
def test_a_headless_digest_reads_its_plan_years_figures_as_targets(tmp_path: Path, lv: str, turn: str) -> None:
    text = _DIGEST.format(who="某某", lv=lv, turn=turn, gdp="6.5%")
    figures = extract_report(page_report(tmp_path, text))
    planned = [f for f in figures if f.indicator in ("地区生产总值", "一般公共预算收入", "固定资产投资", "城镇登记失业率")]
    assert len(planned) == 4
    assert {f.kind for f in planned} == {"target"}
    assert {f.period for f in planned} == {2023}


def test_a_headless_digests_account_stays_outcomes(tmp_path: Path) -> None:
    text = (
        "本报讯 某某市发改委主任某某向市人大会议提交了《关于某某市2022年国民经济和社会发展计划执行情况与2023年"
        "计划草案的报告》。\n"
        "某某在报告中说，2022年全市地区生产总值同比增长4.1%，一般公共预算收入完成120亿元，比上年增长3%。\n"
        "某某在报告中提出了2023年的主要指标：地区生产总值增长6%左右，一般公共预算收入增长5%。\n"
    )
    figures = extract_report(page_report(tmp_path, text))
    kinds = [(f.indicator, f.value, f.kind) for f in figures]
    assert ("地区生产总值", "4.1", "outcome") in kinds
    assert ("地区生产总值", "6", "target") in kinds
    assert ("一般公共预算收入", "5", "target") in kinds


def test_a_paragraph_naming_the_report_year_first_stays_the_account(tmp_path: Path) -> None:
    text = (
        "本报讯 某某县发改局局长某某向县人大会议提交了《关于某某县2022年国民经济和社会发展计划执行情况与2023年"
        "计划草案的报告》。\n"
        "某某在报告中说，2022年全县地区生产总值增长4%，为2023年打下基础，完成年度目标。\n"
    )
    figures = extract_report(page_report(tmp_path, text))
    assert [(f.indicator, f.kind) for f in figures if f.value == "4"] == [("地区生产总值", "outcome")]
