"""Page-reading rule tests of round 15 (fixer fxa49): a county-level city's excerpt naming itself only
as the one its city gives a role, a plain-text copy carrying a forum post's raw HTML, a read-aloud
widget's line. Every page here is invented."""

from __future__ import annotations

from pathlib import Path

from invented_page import page_meta, page_report

from drafter.structure.places import granted_place

_EXCERPT = (
    "一、2021年国民经济和社会发展计划执行情况\n"
    "2021年，全市上下认真贯彻落实中央、省和江城市的决策部署，在市委的坚强领导下，紧紧围绕江城市委的新要求和"
    "赋予河口“滨江第一城”的新定位，统筹推进疫情防控和经济社会发展。\n"
    "(一)主要指标完成情况\n全市地区生产总值增长7.5%。\n"
    "二、2022年国民经济和社会发展计划草案\n地区生产总值增长6%左右。\n"
)


def test_the_place_given_a_role_by_the_level_above_is_the_region(tmp_path: Path) -> None:
    assert page_meta(tmp_path, _EXCERPT).region == "河口市"


def test_a_granted_place_needs_a_place_named_above() -> None:
    text = "全市上下紧紧围绕市委赋予河口“滨江第一城”的新定位，推动发展。"
    assert granted_place([text], "市") == ""


def test_a_page_naming_its_own_city_keeps_it_over_a_granted_name() -> None:
    text = "全市贯彻落实中央、省的决策部署，江城市地区生产总值增长6%，省委赋予江城“桥头堡”的新定位。"
    assert granted_place([text], "市") == ""


_POST = (
    "某某网友 发表于 2025-3-8 10:20:11\n\n"
    "某某省政府下达2025年国民经济和社会发展计划\n\n"
    '<!----><style type="text/css">html{font-size:312%}</style><div class="article"><p>某某发布</p>'
    "<p>听全文约15分钟文章较长试试听</p>"
    '<p data-track="1">  近日，某某省人民政府印发《关于下达2025年某某省国民经济和社会发展计划的通知》。</p>'
    '<p data-track="2">&nbsp;</p><p data-track="3">  安排省级财政资金800亿元，新建&ldquo;5G&rdquo;基站2万个。</p></div>\n'
)


def test_raw_html_in_a_text_page_is_read_as_the_text_it_shows(tmp_path: Path) -> None:
    report = page_report(tmp_path, _POST)
    got = [(f.indicator, f.value, f.unit) for f in report.figures]
    assert ("省级财政资金", "800", "亿元") in got
    assert not [f for f in got if f[2] in ("%", "分钟")]  # the style sheet's 312%, the widget's minutes
    assert not [f for f in got if "<" in f[0] or "&" in f[0]]
