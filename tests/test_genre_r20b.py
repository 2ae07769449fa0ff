"""Page-reading rules of the fixing round on real_aside27 (fxa27), on invented pages: a plan issued
by a notice on a law-news site whose file fields (``时间:``, ``发文单位:``, ``执行日期:``) stand under the
notice's title, the plan's own title written with its place after the year; and the pages the rules
must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading

from drafter.normalize import simplified_converter
from drafter.structure.genre import read_title

PLAN = (
    "一、2011年国民经济和社会发展计划执行情况\n"
    "2011年，全市经济保持较快发展。生产总值达到812.3亿元，增长11.2%.财政收入达到95.6亿元，增长18.1%.\n"
    "二、2012年国民经济和社会发展的主要目标\n"
    "生产总值增长10%左右。\n"
)


def _notice(fields: str) -> str:
    return (
        "法规速递\n"
        "首页 >> 法规速递\n"
        "某某市人民政府关于印发《2012年某某市国民经济和社会发展计划》的通知\n"
        f"{fields}"
        "各县区人民政府,市政府各部门:\n"
        "  《2012年某某市国民经济和社会发展计划》已经市人民代表大会审议通过,现印发给你们,请认真贯彻执行。\n"
        "  二0一二年三月二日\n"
        "  2012年某某市国民经济和社会发展计划\n"
        f"{PLAN}"
    )


@pytest.mark.parametrize(
    "fields",
    [
        "时间:2012-03-02\n发文单位:某某市人民政府\n文  号:某政(2012)8号\n发布日期:2012-3-2\n执行日期:2012-3-2\n生效日期:1900-1-1\n",
        "时间：2012-03-02\n\n发文单位：某某市人民政府\n\n实施日期：2012-3-2\n",
        "时间: 2012-3-2\n施行日期: 2012-3-2\n",
    ],
)
def test_a_plan_under_a_notice_with_file_fields_is_a_plan(tmp_path: Path, fields: str) -> None:
    assert page_reading(tmp_path, _notice(fields)) == ("plan", "某某市", 2011, 2012)


def test_a_traditional_notice_with_file_fields(tmp_path: Path) -> None:
    page = simplified_converter()(_notice("時間:2012-03-02\n發文單位:某某市人民政府\n"))
    assert page_reading(tmp_path, page) == ("plan", "某某市", 2011, 2012)


@pytest.mark.parametrize(
    ("title", "years"),
    [
        ("2008年某某市国民经济和社会发展计划", (2007, 2008)),
        ("2015年某某县国民经济和社会发展计划", (2014, 2015)),
        ("某某市人民政府关于印发《2010年某某市国民经济和社会发展计划》的通知", (2009, 2010)),
        ("关于下达《2013年国民经济和社会发展计划》的通知", (2012, 2013)),
    ],
)
def test_a_plan_title_with_its_place_after_the_year(title: str, years: tuple[int, int]) -> None:
    m = read_title(title)
    assert m is not None and m.kind == "plan" and (m.year, m.plan_year) == years


def test_titles_of_other_kinds_are_left_alone() -> None:
    # must leave alone: a two-part title stays a report; a plan's execution stays an execution
    m = read_title("2008年某某市国民经济和社会发展计划执行情况与2009年计划草案")
    assert m is not None and m.kind == "report"
    m = read_title("2008年某某市国民经济和社会发展计划执行情况")
    assert m is not None and m.kind == "execution"
    assert read_title("2008年某某市国民经济和社会发展统计公报") is None
    # in a sentence, an unquoted plan with its place after the year names no document
    assert read_title("2008年某某市国民经济和社会发展计划的各项任务", sentence=True) is None
