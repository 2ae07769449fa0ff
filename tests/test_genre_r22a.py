"""Page-reading rules of the fixing round on real_aside30 (fxa30), on invented pages: a plan notice
whose notice, signature and plan run together on one line, part 一 set off by runs of blanks (its
figures are last year's outcomes); a half-year execution titled ``…计划的执行情况`` (no 报告, 的 before
执行情况); and the neighbours the rules must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report

from drafter.normalize import simplified_converter


def _notice(place: str, year: int, blank: str = "   ") -> str:
    return (
        f"{place}人民政府关于下达{place}{year}年国民经济和社会发展计划的通知\n\n"
        f"各乡镇人民政府，各街道办事处:{blank}《{place}{year}年国民经济和社会发展计划》已经人民代表大会审议通过，"
        f"现印发给你们，请认真贯彻执行。{blank}{place}人民政府{blank}{year}年3月2日{blank}"
        f"{place}{year}年国民经济和社会发展计划{blank}一、{year - 1}年国民经济和社会发展计划执行情况{blank}"
        f"{year - 1}年，全市经济稳中有进。地区生产总值达到812.6亿元，增长5.2%；一般公共预算收入61.4亿元。"
        "27个项目建成投产。\n"
    )


@pytest.mark.parametrize(
    ("place", "year", "blank"),
    [("某某市", 2023, "   "), ("东山县", 2021, "    "), ("南岭市", 2019, "\u3000\u3000"), ("某某市", 2022, "  ")],
)
def test_a_notice_on_one_line_opens_part_one_on_last_years_outcomes(tmp_path: Path, place: str, year: int, blank: str) -> None:
    report = page_report(tmp_path, _notice(place, year, blank))
    assert (report.meta.kind, report.meta.year, report.meta.plan_year) == ("plan", year - 1, year)
    got = {(f.value, f.unit): (f.kind, f.indicator) for f in report.figures}
    assert got[("812.6", "亿元")] == ("outcome", "地区生产总值")
    assert got[("5.2", "%")][0] == "outcome"
    assert got[("27", "个")] == ("outcome", "建成投产项目")


def test_a_traditional_notice_on_one_line(tmp_path: Path) -> None:
    page = simplified_converter()(_notice("某某縣", 2023).replace("国民经济", "國民經濟").replace("执行情况", "執行情況"))
    report = page_report(tmp_path, page)
    assert report.meta.kind == "plan"
    assert {f.kind for f in report.figures} == {"outcome"}


def test_a_part_heading_set_off_by_one_blank_is_not_cut(tmp_path: Path) -> None:
    # must leave alone: one blank is no break (a heading a sentence names in passing stays in it)
    page = _notice("某某市", 2023, " ")
    report = page_report(tmp_path, page)
    assert [p.role for p in report.parts if p.role == "execution"] == []


def _midyear(year: int, title: str) -> str:
    return (
        f"首页>政务公开>执行效果评估\n成文日期: {year + 1}-09-12\n\n"
        f"{title}\n\n"
        "一、上半年国民经济和社会发展计划执行情况\n\n"
        "上半年，全市实现地区生产总值198.2亿元，增长4.1%；固定资产投资增长8.6%。\n"
        "(一)坚持项目带动。12个项目开工建设，市场占有\n"
    )


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("【执行情况评估】关于2021年上半年国民经济和社会发展计划的执行情况", 2021),
        ("关于2019年上半年国民经济和社会发展计划的执行情况", 2019),
        ("某某县2022年上半年国民经济和社会发展计划的执行情况", 2022),
        ("关于2020年国民经济和社会发展计划的执行情况", 2020),
    ],
)
def test_a_plans_execution_titled_with_de_takes_the_title_year(tmp_path: Path, title: str, year: int) -> None:
    meta = page_report(tmp_path, _midyear(year, title), region="某某市").meta
    assert (meta.kind, meta.year) == ("execution", year)


def test_a_traditional_title_with_de(tmp_path: Path) -> None:
    page = simplified_converter()(_midyear(2021, "關於2021年上半年國民經濟和社會發展計劃的執行情況"))
    meta = page_report(tmp_path, page, region="某某市").meta
    assert (meta.kind, meta.year) == ("execution", 2021)
