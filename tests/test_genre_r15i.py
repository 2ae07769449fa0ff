"""Page-reading rules of round 15's fixer on real_aside51 (r15-fxa51): a press digest whose head was lost
(no title, no dateline, no place, no year) opening on the speaker's report of part of the year is the
execution report restated. Every page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report

from drafter.errors import InputError
from drafter.normalize import simplified_converter
from drafter.structure.genre import digest_without_head

_BODY = (
    "规模以上工业增加值增长7.1%，增速高于全国1.2个百分点。城镇居民人均可支配收入同比增长6.5%。\n"
    "“也要清醒看到，经济运行仍然承压。”他说，部分企业生产经营困难。\n"
)


@pytest.mark.parametrize("opening", [
    "李明报告说，今年上半年，全市地区生产总值860.2亿元，增长6.9%。",
    "王建国介绍说，今年前三季度，全区地区生产总值512亿元，同比增长7.3%。",
    "赵敏在报告中指出：今年1—7月，全县固定资产投资完成120亿元，增长9%。",
    "陈立报告称，今年以来，全州经济运行总体平稳，地区生产总值同比增长5.6%。",
])
def test_a_digest_that_lost_its_head_is_an_execution_report(tmp_path: Path, opening: str) -> None:
    report = page_report(tmp_path, opening + "\n" + _BODY, year=2019, region="某某市")
    assert report.meta.kind == "execution"


def test_a_digest_that_lost_its_head_still_asks_for_its_year_and_place(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        page_report(tmp_path, "李明报告说，今年上半年，全市地区生产总值860.2亿元，增长6.9%。\n" + _BODY)
    assert "--year" in err.value.message


def test_a_traditional_copy_reads_alike(tmp_path: Path) -> None:
    text = simplified_converter()("李明報告說，今年上半年，全市地區生產總值860.2億元，增長6.9%。\n規模以上工業增加值同比增長7.1%。")
    assert digest_without_head(text.splitlines())


@pytest.mark.parametrize("texts", [
    # the plan's words: a report of tasks, not of outcomes
    ["李明报告说，今年上半年要力争地区生产总值增长7%左右，确保完成目标，将加快项目建设。"],
    # no report of part of the year: a speech on last year
    ["李明报告说，去年全市地区生产总值860.2亿元，同比增长6.9%。"],
    # the report's own text, no speaker
    ["今年上半年，全市地区生产总值860.2亿元，同比增长6.9%。"],
])
def test_what_is_no_digest_without_head(texts: list[str]) -> None:
    assert not digest_without_head(texts)
