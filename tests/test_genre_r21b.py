"""Page-reading rules of the fixing round on real_aside29 (fxa29), on invented pages: a spam mirror's
words glued before the title's place (``篮球比分直播宁波市鄞州区2025年…``) are no part of the region,
which starts at a known city; and the places the rule must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading

from drafter.normalize import simplified_converter
from drafter.structure.places import KNOWN_CITIES, places_in

BODY = (
    "一、2024年国民经济和社会发展计划执行情况\n"
    "2024年，全区经济运行总体平稳。地区生产总值达到1201.3亿元，增长5.6%。\n"
    "二、2025年国民经济和社会发展计划\n"
    "地区生产总值增长6%左右。\n"
)


def _mirror(glued: str, place: str) -> str:
    return (
        f"| {glued}{place}2024年国民经济和社会发展计划执行情况及2025年国民经济和社会发展计划草案的报告(摘要) | ||\n"
        "| 发布时间: 2025-02-26 16:24 信息来源: | ||\n"
        f"{BODY}"
    )


@pytest.mark.parametrize(
    ("glued", "place"),
    [
        ("篮球比分直播", "杭州市西湖区"),
        ("足球竞彩网", "南京市鼓楼区"),
        ("体育直播", "马鞍山市花山区"),  # the longest known name: 马鞍山, not 鞍山
        ("篮球比分直播", "哈尔滨市道里区"),
    ],
)
def test_words_glued_before_a_known_city_are_no_part_of_the_region(tmp_path: Path, glued: str, place: str) -> None:
    assert page_reading(tmp_path, _mirror(glued, place)) == ("report", place, 2024, 2025)


def test_a_traditional_mirror(tmp_path: Path) -> None:
    page = simplified_converter()(_mirror("籃球比分直播", "廈門市湖裏區"))
    kind, region, year, plan_year = page_reading(tmp_path, page)
    assert (kind, year, plan_year) == ("report", 2024, 2025)
    assert region.endswith("湖里区") and region.startswith("厦门市")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("篮球比分直播宁波市鄞州区", ["宁波市鄞州区"]),
        ("足球竞彩马鞍山市花山区", ["马鞍山市花山区"]),
        # must leave alone: known cities as written, a place not in the table, a pronoun, a county-level city
        ("聊城市东昌府区", ["聊城市东昌府区"]),
        ("马鞍山市花山区", ["马鞍山市花山区"]),
        ("某某市南坪区", ["某某市南坪区"]),
        ("济南市市中区", ["济南市市中区"]),
        ("余姚市", ["余姚市"]),
    ],
)
def test_a_chain_starts_at_a_known_city(text: str, want: list[str]) -> None:
    assert places_in(text) == want


def test_the_known_cities_hold_no_other_at_their_end_but_one() -> None:
    # a known name another holds at its end is read the longest (马鞍山 over 鞍山); no other pair exists
    pairs = [(a, b) for a in KNOWN_CITIES for b in KNOWN_CITIES if a != b and b.endswith(a)]
    assert pairs == [("鞍山", "马鞍山")]
