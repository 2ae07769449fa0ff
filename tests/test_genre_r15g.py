"""Generalisation tests of round 15's page-reading rules (issue 9, fxgen6; docs/NAMES-GENERALISATION.md
round 22): a committee's deliberation opinion by other formulas, a place only in a quoted aim (other
aims, levels, 繁体), a table of one cell a line closed by ``|`` with other rows, box-drawing leaders, a
post's raw HTML with other tags. Every page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report

from drafter.normalize import simplified_converter
from drafter.structure.genre import own_review
from drafter.structure.places import quoted_aim_place

_HEARD = "会议听取和审议了区人民政府关于上半年计划执行情况的报告。"


@pytest.mark.parametrize(("formula", "point", "own"), [
    ("现就进一步做好下半年工作提出如下审议意见：", "一、加快项目建设。", True),
    ("现将常委会组成人员的审议意见报告如下：", "（一）加快项目建设。", True),
    ("常委会组成人员提出以下意见和建议：", "一、加快项目建设。", True),
    ("常委会组成人员提出以下几点建议：", "一、加快项目建设。", True),
    ("会议对做好下半年工作形成如下意见和建议：", "（一）加快项目建设。", True),
    # no formula of its own before the points, or no numbered point after the formula
    ("会议指出：", "一、加快项目建设。", False),
    ("常委会组成人员提出以下意见和建议：", "会议要求加快项目建设。", False),
])
def test_a_committees_own_formula_before_its_points(formula: str, point: str, own: bool) -> None:
    assert own_review([_HEARD, formula, point]) is own


@pytest.mark.parametrize(("text", "place"), [
    ("全县加快打造“生态白河”，全县地区生产总值增长6%。", "白河县"),
    ("全区奋力推进“三个东湖”建设，全区经济增长5%。", "东湖区"),
    ("全旗全力建设“美丽乌拉”，全旗经济增长5%。", "乌拉旗"),
    ("全市聚力建设“七个临川”，全市经济增长5%。", "临川市"),
])
def test_a_place_only_in_a_quoted_aim(text: str, place: str) -> None:
    assert quoted_aim_place([text]) == place


def test_a_place_only_in_a_quoted_aim_in_traditional_characters() -> None:
    text = simplified_converter()("全區聚力建設“五大河灣”，全區經濟穩中向好。")
    assert quoted_aim_place([text]) == "河湾区"


@pytest.mark.parametrize("text", [
    "全县加快建设“平安中国”，全县经济增长6%。",  # the nation's aim
    "全县积极融入“五大长沙”建设，全县经济增长6%。",  # the parent city's aim on a county's page
    "全区聚力建设“美丽城区”，全区经济增长6%。",  # a kind of area
])
def test_other_quoted_aims_name_no_place(text: str) -> None:
    assert quoted_aim_place([text]) == ""


_HEAD = (
    "——2023年1月8日在县第十八届人民代表大会第二次会议上\n各位代表：\n"
    "我受县人民政府委托，向大会报告某某县2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案，请予审议。\n"
    "一、2022年国民经济和社会发展计划执行情况\n全县经济稳中有进。主要预期目标完成情况见下表。\n"
)
_PLAN = "二、2023年国民经济和社会发展计划草案\n地区生产总值增长6%左右。\n"


def _figures(tmp_path: Path, page: str) -> list[tuple[str, str | None, str, str, str]]:
    return [(f.indicator, f.value, f.unit, f.kind, f.qualifier) for f in page_report(tmp_path, page).figures]


def test_a_closed_cell_table_of_other_rows(tmp_path: Path) -> None:
    table = (
        "指标名称 |\n预期目标 |\n完成情况 |\n|\n"
        "一般公共预算收入 |\n增长5% |\n12.3亿元,增长6.2% |\n|\n"
        "社会消费品零售总额 |\n增长8%左右 |\n96.4亿元,增长7.5% |\n|\n"
        "城镇登记失业率 |\n4.5%以内 |\n3.2% |\n|\n"
        "粮食总产量 |\n稳定 |\n45.6万吨(按新口径统计) |\n|\n"
        "居民消费价格指数 |\n3%左右 |\n总体平稳 |\n|\n"
    )
    got = _figures(tmp_path, _HEAD + table + _PLAN)
    assert ("一般公共预算收入", "5", "%", "baseline", "exact") in got
    assert ("一般公共预算收入", "12.3", "亿元", "outcome", "exact") in got
    assert ("一般公共预算收入", "6.2", "%", "outcome", "exact") in got
    assert ("社会消费品零售总额", "96.4", "亿元", "outcome", "exact") in got
    assert ("城镇登记失业率", "4.5", "%", "baseline", "at_most") in got
    assert ("城镇登记失业率", "3.2", "%", "outcome", "exact") in got
    assert ("粮食总产量", "45.6", "万吨", "outcome", "exact") in got
    assert not [f for f in got if f[0] == "居民消费价格指数" and f[3] == "outcome"]  # 总体平稳: words


def test_heavy_box_drawing_leaders(tmp_path: Path) -> None:
    body = "━━一般公共预算收入12.5亿元，增长4%。\n──城镇新增就业3200人。\n"
    got = _figures(tmp_path, _HEAD.replace("主要预期目标完成情况见下表。\n", "") + body + _PLAN)
    assert ("一般公共预算收入", "12.5", "亿元", "outcome", "exact") in got
    assert ("城镇就业", "3200", "人", "outcome", "exact") in got


def test_raw_html_with_a_script_a_comment_and_breaks(tmp_path: Path) -> None:
    post = (
        "网友 发表于 2024-2-1 09:00:00\n\n某某市下达2024年国民经济和社会发展计划\n\n"
        '<div class="c"><script>var a="增长50%";</script><!-- 注释 80亿元 --><p class="t">某某发布</p>'
        "<p>  近日，某某市人民政府印发《关于下达2024年某某市国民经济和社会发展计划的通知》。</p>"
        "<p>安排市级预算内投资&nbsp;12亿元，新增&ldquo;专精特新&rdquo;企业30家。<br/>城镇新增就业2.5万人。</p></div>\n"
    )
    got = [(f.indicator, f.value, f.unit) for f in page_report(tmp_path, post).figures]
    assert got == [("市级预算内投资", "12", "亿元"), ("“专精特新”企业", "30", "家"), ("城镇就业", "2.5", "万人")]


@pytest.mark.xfail(reason="no verdict: a town's page (全镇) filed by its quoted aim; towns are below the levels the "
                          "reader files (docs/NAMES-GENERALISATION.md round 22)", strict=False)
def test_a_towns_quoted_aim() -> None:
    assert quoted_aim_place(["全镇凝心聚力建设“五大石门”，全镇经济稳中向好。"]) == "石门镇"
