"""Page-level generalisation tests of round 15's first-sight name misses (issue 9, round 16, fxgen8;
docs/NAMES-GENERALISATION.md round 24): a table whose cells became lines (other headers, rows and glosses,
繁体), box-drawing leaders over a list of results (繁体), a quarter's part after 其中, a post's raw HTML. Every
page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report

_HEAD = (
    "某某县2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n"
    "我受县人民政府委托，向大会报告某某县2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案，请予审议。\n"
    "一、2022年国民经济和社会发展计划执行情况\n全县经济稳中有进。主要预期目标完成情况见下表。\n"
)
_PLAN = "二、2023年国民经济和社会发展计划草案\n地区生产总值增长6%左右。\n"


def _s2t(text: str) -> str:
    from conftest import opencc

    return opencc("s2t").convert(text)


def _figures(tmp_path: Path, body: str, traditional: bool = False) -> list[tuple[str, str | None, str, str]]:
    page = _HEAD + body + _PLAN
    page = _s2t(page) if traditional else page
    return [(f.indicator, f.value, f.unit, f.kind) for f in page_report(tmp_path, page).figures]


def test_a_table_of_one_cell_a_line_with_other_headers_and_glosses(tmp_path: Path) -> None:
    table = (
        "指 标 |\n年度目标 |\n执行情况 |\n|\n"
        "地区生产总值 |\n增长6.5% |\n356.2亿元,增长5.1% |\n|\n"
        "规模以上工业增加值 |\n增长8% |\n增长9.3% |\n|\n"
        "万人发明专利拥有量 |\n12件 |\n13.6件(按常住人口测算) |\n|\n"
        "全员劳动生产率 |\n增长5% |\n保持增长 |\n|\n"
    )
    got = _figures(tmp_path, table)
    assert ("地区生产总值", "6.5", "%", "baseline") in got
    assert ("地区生产总值", "356.2", "亿元", "outcome") in got
    assert ("地区生产总值", "5.1", "%", "outcome") in got
    assert ("规模以上工业增加值", "9.3", "%", "outcome") in got
    assert ("万人发明专利拥有量", "13.6", "件", "outcome") in got
    assert not [f for f in got if f[0] == "全员劳动生产率" and f[3] == "outcome"]  # 保持增长: words


def test_a_table_of_one_cell_a_line_with_a_comparison_in_words(tmp_path: Path) -> None:
    table = (
        "指标名称 |\n全年预期目标 |\n全年完成情况 |\n|\n"
        "工业增加值率 |\n25% |\n24.1%,低于上年 |\n|\n"
        "居民人均可支配收入 |\n增长7% |\n41250元,增长6.2% |\n|\n"
    )
    got = _figures(tmp_path, table)
    assert ("工业增加值率", "24.1", "%", "outcome") in got
    assert ("居民人均可支配收入", "41250", "元", "outcome") in got
    assert ("居民人均可支配收入", "6.2", "%", "outcome") in got


def test_a_traditional_table_of_one_cell_a_line(tmp_path: Path) -> None:
    table = (
        "指标 |\n年度目标 |\n执行情况 |\n|\n"
        "一般公共预算收入 |\n增长6% |\n28.4亿元,增长6.8% |\n|\n"
        "进出口总额 |\n增长3% |\n12.6亿美元,下降2.1% |\n|\n"
    )
    got = _figures(tmp_path, table, traditional=True)
    assert ("一般公共预算收入", "6", "%", "baseline") in got
    assert ("一般公共预算收入", "28.4", "亿元", "outcome") in got
    assert ("进出口总额", "12.6", "亿美元", "outcome") in got
    assert ("进出口总额", "2.1", "%", "outcome") in got


@pytest.mark.parametrize("traditional", [False, True])
def test_box_drawing_leaders_over_a_list_of_results(tmp_path: Path, traditional: bool) -> None:
    body = (
        "──规模以上工业增加值增长9.1%。\n"
        "━━社会消费品零售总额完成182.5亿元，增长6.3%。\n"
        "──高新技术产业增加值占规模以上工业增加值比重达41%。\n"
        "──城镇登记失业率2.9%，控制在目标之内。\n"
        "──万元地区生产总值能耗下降、主要污染物减排完成市下达任务。\n"
        "──实际利用外资2.1亿美元，增长9.5%。\n"
    )
    got = _figures(tmp_path, body, traditional)
    assert ("规模以上工业增加值", "9.1", "%", "outcome") in got
    assert ("社会消费品零售总额", "182.5", "亿元", "outcome") in got
    assert ("高新技术产业增加值占规模以上工业增加值比重", "41", "%", "outcome") in got
    assert ("城镇登记失业率", "2.9", "%", "outcome") in got
    assert ("万元地区生产总值能耗", None, "", "outcome") in got
    assert ("主要污染物", None, "", "outcome") in got
    assert ("实际利用外资", "2.1", "亿美元", "outcome") in got
    assert not [f for f in got if f[0].startswith(("─", "━"))]


def test_a_quarters_part_after_qizhong_on_a_page(tmp_path: Path) -> None:
    body = "全年地区生产总值增长4.6%。其中，四季度单季增长6.2%。\n1-9月规上工业增加值增长7%。其中，三季度当季增长8.5%。\n"
    got = _figures(tmp_path, body)
    assert ("地区生产总值", "6.2", "%", "outcome") in got
    assert ("规上工业增加值", "8.5", "%", "outcome") in got


def test_raw_html_of_a_post_with_other_tags(tmp_path: Path) -> None:
    post = (
        "网友 发表于 2025-1-20 08:30:00\n\n某某省下达2025年国民经济和社会发展计划\n\n"
        '<section class="a"><h2>某某发布</h2><p data-track="7">  近日，某某省人民政府印发《关于下达2025年某某省国民经济和社会'
        '发展计划的通知》。</p><p data-track="8">健全经济政策体系</p><p data-track="9"> 安排省级预算内投资'
        "&nbsp;65亿元，供应建设用地12万亩以上。</p></section>\n"
    )
    got = [(f.indicator, f.value, f.unit) for f in page_report(tmp_path, post).figures]
    assert ("省级预算内投资", "65", "亿元") in got
    assert not [f for f in got if "<" in f[0] or "&" in f[0] or "政策体系" in f[0]]
