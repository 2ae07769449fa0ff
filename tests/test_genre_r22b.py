"""Page-reading rules of the fixing round on real_aside31 (fxa31), on invented pages: a title standing
far down under a city site group's chrome (bullet lists of the city's districts and bureaus), even as
the page's last line, is read, and a page holding the title alone is the report with no part and no
figure, its place the title's (never a sibling district of the chrome's list); a page headed as a
解读 of the plan report it quotes is refused, while a report page linking its 解读 stays a report."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_file, page_reading, page_report, plan_body

from drafter.errors import InputError
from drafter.ingest import parse_file, summary
from drafter.normalize import simplified_converter
from drafter.structure.genre import interpretation_heading

_T = simplified_converter()


def _site_group(city: str, siblings: list[str], site: str) -> str:
    """A city site group's chrome: tabs, bullet lists of the city's districts and bureaus, the
    district site's name and menu (some ninety lines)."""
    bureaus = ["发展和改革委员会", "教育局", "科学技术局", "公安局", "民政局", "司法局", "财政局", "自然资源局",
               "生态环境局", "交通运输局", "水务局", "商务局", "审计局", "统计局", "医疗保障局", "信访局"] * 3
    lines = ["区委 区委", "人大 人大", "政府 政府", "政协 政协", f"{city}人民政府", "登录 / 注册", "长辈版",
             "无障碍模式", "集约化站群 集约化站群", "", "旗县区", ""]
    lines += [f"  • {s}" for s in siblings]
    lines += ["", "委办局", ""] + [f"  • {b}" for b in bureaus]
    lines += ["", "开发区", "", f"  • {city[:-1]}经济技术开发区", "", site, "搜本站", "  • 首页", "  • 政务公开",
              "  • 政务服务", "  • 政民互动"]
    return "\n".join(lines) + "\n"


SIBLINGS = ["东湖县", "西山县", "南坪区", "北岭区", "中和区", "石门区"]


@pytest.mark.parametrize(
    ("city", "district", "y"),
    [
        ("溪口市", "南坪区", 2020),
        ("青川市", "北岭区", 2023),
    ],
)
def test_a_title_as_the_last_line_under_a_site_groups_chrome(tmp_path: Path, city: str, district: str, y: int) -> None:
    page = (
        _site_group(city, SIBLINGS, f"{city}{district}人民政府")
        + "当前位置: 首页 - 政府信息公开 - 规划计划\n"
        + "索 引 号 11150102011524643A/2023-00002 主题分类 其他\n"
        + f"成文日期 {y + 1}-03-01 公文时效\n"
        + f"关于{city}{district}{y}年国民经济和社会发展计划执行情况与{y + 1}年国民经济和社会发展计划的报告\n"
        + "发布日\n"
    )
    report = page_report(tmp_path, page)
    assert (report.meta.kind, report.meta.region, report.meta.year, report.meta.plan_year) == ("report", f"{city}{district}", y, y + 1)
    assert not report.parts and not report.figures
    lines = summary(report)
    assert "页面只有标题，没有正文" in lines[3] and "无（页面只有标题，没有正文）" in lines[4]


def test_a_title_over_two_lines_then_part_one_under_the_chrome(tmp_path: Path) -> None:
    page = (
        _site_group("溪口市", SIBLINGS, "溪口市石门区人民政府")
        + "当前位置: 首页 - 归档专题 - 2024石门两会 - 权威发布\n"
        + "溪口市石门区2023年国民经济和社会发展计划执行情况\n"
        + "与2024年国民经济和社会发展计划的报告\n"
        + "发布时间:2024-01-10 15:30 点击量:68\n"
        + "一、2023年国民经济和社会发展计划执行情况\n"
        + "今年以来,面对\n"
    )
    report = page_report(tmp_path, page)
    assert (report.meta.kind, report.meta.region, report.meta.year, report.meta.plan_year) == ("report", "溪口市石门区", 2023, 2024)
    assert not report.figures


def test_a_traditional_site_group_page(tmp_path: Path) -> None:
    page = _T(
        _site_group("溪口市", SIBLINGS, "溪口市中和区人民政府")
        + "關於溪口市中和區2021年國民經濟和社會發展計劃執行情況與2022年國民經濟和社會發展計劃草案的報告\n"
    )
    kind, region, year, plan_year = page_reading(tmp_path, page)
    assert (kind, year, plan_year) == ("report", 2021, 2022) and region.endswith("中和区")


def test_the_chrome_alone_or_a_text_before_a_far_title_stays_refused(tmp_path: Path) -> None:
    # must leave alone: a site group's page with no title at all, and a far title line below a text
    # (a news item's attachment list) is no page title
    with pytest.raises(InputError, match="看起来不是"):
        parse_file(page_file(tmp_path, _site_group("溪口市", SIBLINGS, "溪口市南坪区人民政府") + "政务动态\n"))
    news = (
        _site_group("溪口市", SIBLINGS, "溪口市南坪区人民政府")
        + "区政府召开常务会议，研究部署近期重点工作，会议由区长主持，各部门主要负责人参加会议。\n"
        + "会议听取了全区经济运行情况汇报，审议了有关文件。\n"
        + "关于溪口市南坪区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n"
    )
    with pytest.raises(InputError):
        parse_file(page_file(tmp_path, news, "news.txt"))


def test_a_report_with_its_text_keeps_its_parts(tmp_path: Path) -> None:
    # must leave alone: a title in the first lines, then the report's parts
    page = "关于南坪区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n" + plan_body(2023)
    report = page_report(tmp_path, page)
    assert [p.number for p in report.parts] == ["一", "二"] and report.figures


# --- a 解读 of the plan report, headed as such ------------------------------------------------------

TITLE = "关于溪口市南坪区2022年国民经济和社会发展计划预计执行情况与2023年国民经济和社会发展计划草案的报告"


@pytest.mark.parametrize("word", ["解读", "图解", "一图读懂", "政策解读："])
def test_a_page_headed_as_an_interpretation_of_the_report_is_refused(tmp_path: Path, word: str) -> None:
    page = (
        f"{word}《{TITLE}》\n"
        "简体| 繁體| 登录| 注册\n"
        f"{word}《{TITLE}》\n"
        "来源:南坪区发展和改革局 发布时间:2023-03-20 字体大小:\n"
        "2022年国民经济和社会发展计划预计执行情况\n"
        "(一)产业发展提质增效。工业发展稳中向好，完成规模工业产值800亿元,增长11.5%。农业总产值增长4.6%。\n"
    )
    with pytest.raises(InputError, match="报告解读"):
        parse_file(page_file(tmp_path, page))


def test_a_traditional_interpretation(tmp_path: Path) -> None:
    page = _T(f"解读《{TITLE}》\n2022年國民經濟和社會發展計劃預計執行情況\n(一)工業發展穩中向好，完成規模工業產值800億元,增長11.5%。\n")
    with pytest.raises(InputError, match="报告解读"):
        parse_file(page_file(tmp_path, page))


def test_a_report_page_linking_its_interpretation_stays_a_report(tmp_path: Path) -> None:
    # must leave alone: the report page's own title line beside its chrome's link to the 解读
    page = (
        f"解读《{TITLE}》\n"
        f"{TITLE}\n"
        "发布时间:2023-03-20\n"
        + plan_body(2022)
    )
    assert page_reading(tmp_path, page)[0] == "report"


def test_the_heading_reads_only_a_quoted_family_title() -> None:
    assert interpretation_heading([f"解读《{TITLE}》"]) == "报告解读"
    assert interpretation_heading(["图解《某市2024年国民经济和社会发展计划》"]) == "报告解读"
    # must leave alone: a 解读 of another document, a sentence mentioning one, a page with its own title
    assert interpretation_heading(["解读《某区优化营商环境若干措施》"]) == ""
    assert interpretation_heading([f"区发改局负责人对《{TITLE}》进行了解读"]) == ""
    assert interpretation_heading([f"解读《{TITLE}》", TITLE]) == ""
