"""Regression on the real sentences the round 17 audit au2 fixed (tests/audit17/au2: pages not of the
family, saved as the search tool gave them; the judgement and the measurements are in its AUDIT.md)."""

from __future__ import annotations

from pathlib import Path

from drafter.figures import extract_figures
from drafter.normalize import normalize_text

AUDIT = Path(__file__).parent / "audit17" / "au2"


def _figures(page: str, place: str, year: int) -> list[tuple[str, str | None, str]]:
    lines = [normalize_text(x) for x in (AUDIT / f"{page}.txt").read_text(encoding="utf-8").splitlines() if x.strip()]
    return [
        (f.indicator, f.value, f.unit)
        for i, line in enumerate(lines)
        for f in extract_figures(line, kind="outcome", year=year, place=place, last=i == len(lines) - 1)
    ]


def test_spans_of_years_in_a_five_year_review_are_no_figures() -> None:
    for page, place, year in (("henan-2022-zfgzbg", "河南省", 2022), ("hubei-2010-zfgzbg", "湖北省", 2010),
                              ("yongchuan-2021-zfgzbg", "重庆市永川区", 2021)):
        assert [f for f in _figures(page, place, year) if f[2] == "年"] == [], page


def test_a_congress_attendance_and_a_page_counter_are_no_figures() -> None:
    for page, place, year in (("kunming-2016-kaimu", "昆明市", 2016), ("kunming-2022-kaimu", "昆明市", 2022),
                              ("chongqing-2013-kaimu", "重庆市", 2013)):
        assert [f for f in _figures(page, place, year) if "代表" in f[0]] == [], page
    assert [f for f in _figures("sichuan-2020-gongbao", "四川省", 2020) if f[2] == "次"] == []


def test_the_province_with_its_whole_is_a_scope() -> None:
    gansu = _figures("gansu-2011-jingji", "甘肃省", 2011)
    assert ("生产总值", "1934.65", "亿元") in gansu and ("夏粮播种面积", "1548.39", "万亩") in gansu
    assert not any(name.startswith("甘肃") for name, _, _ in gansu)
    assert ("地区生产总值", "14755.92", "亿元") in _figures("guizhou-2022-jingji", "贵州省", 2022)


def test_a_digest_bullet_leaves_the_name() -> None:
    yunnan = _figures("yunnan-2025-kaimu", "云南省", 2025)
    assert ("铁路里程", "989", "公里") in yunnan and ("工业增加值", "7600", "亿元") in yunnan
    assert not any(name.startswith("•") for name, _, _ in yunnan)


def test_project_preparation_and_a_closing_each() -> None:
    lines = [normalize_text(x) for x in (AUDIT / "chongqing-2009-zfgzbg-tasks.txt").read_text(encoding="utf-8").splitlines() if x.strip()]
    names = [f.indicator for line in lines for f in extract_figures(line, kind="target", year=2009, place="重庆市")]
    assert "重大项目前期工作和重大招商项目" in names


def test_one_bound_over_two_whole_names() -> None:
    hubei = _figures("hubei-2014-zfgzbg", "湖北省", 2014)
    assert ("服务业增加值", "万", "亿元") in hubei and ("建筑业总产值", "万", "亿元") in hubei
