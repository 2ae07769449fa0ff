"""Page-reading rules of fxa2325 (real_aside23 classes), each on an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading

from drafter.normalize import simplified_converter
from drafter.structure.places import places_in

AGENDA = (
    "{place}十五届人大常委会 第十二次会议议题 (2021年7月28日{place}十五届人大常委会 第十二次会议通过) "
    "一、听取代表{arrangement}{level}政府2021年上半年主要工作回顾和下半年主要工作安排报告的情况汇报; "
    "二、书面审议{level}人民政府关于2021年上半年国民经济和社会发展计划执行情况的报告; "
    "三、听取和审议{level}人民政府关于2020年决算的报告。 "
    "{place}2021年上半年 国民经济和社会发展计划执行情况的报告 副{level}长 某某 主任、各位副主任、各位委员: "
    "受{level}人民政府委托,向{level}人大常委会报告2021年上半年国民经济和社会发展计划执行情况,请予审议。 "
    "一、上半年本{level}国民经济和社会发展计划执行情况 上半年,全{level}经济运行平稳。\n"
)


@pytest.mark.parametrize("arrangement", ["分组评议", "分组审议", "评议", "分组"])
@pytest.mark.parametrize(("place", "level"), [("江南省青河市柳岸区", "区"), ("北湖市松山县", "县")])
def test_a_meeting_arrangement_word_makes_no_place(tmp_path: Path, arrangement: str, place: str, level: str) -> None:
    """``代表分组评议区政府…``: the way deputies review names no place; the page's own is the title's."""
    page = AGENDA.format(place=place, arrangement=arrangement, level=level)
    kind, region, year, _ = page_reading(tmp_path, page)
    assert (kind, year) == ("execution", 2021)
    assert region == place.split("省")[-1]


@pytest.mark.parametrize(
    "text",
    [
        "听取代表分组评议区政府工作的情况汇报",
        "开展专题询问、进行满意度测评区政府工作",
        "听取代表分组 评议县政府工作",
    ],
)
def test_arrangement_words_alone_name_no_place(text: str) -> None:
    assert places_in(text) == []
    assert places_in(simplified_converter()(text)) == []


def test_a_place_before_an_arrangement_word_stays() -> None:
    """Must leave alone: a place written before the review still is one."""
    assert places_in("柳岸区人大常委会分组评议区政府工作") == ["柳岸区"]
