"""Page-reading rule tests of round 18 (fixer fx18a: real_aside68, real_aside76, real_pass3, real_pass8,
real_pass9). Every page and sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from _bounds import cpu_bound
from invented_page import page_meta

from drafter.structure.places import history_place

_EXCERPT = (
    "一、2022年国民经济和社会发展计划执行情况\n\n"
    "2022年是极不平凡的一年，也是青岚建城1500周年。今年以来，我区坚持稳中求进，较好地完成了全年各项目标任务。\n"
    "——全年地区生产总值预期目标增长6%：预计全年实现增长6%左右。\n"
    "(一)经济运行稳中有进。地区生产总值完成312.5亿元，增长4.6%，居全市第二；固定资产投资增长11%。\n"
)


def test_an_excerpt_naming_itself_only_in_its_anniversary_names_the_district(tmp_path: Path) -> None:
    meta = page_meta(tmp_path, _EXCERPT)
    assert meta.region == "青岚区"
    assert (meta.year, meta.plan_year) == (2022, 2023)


@pytest.mark.parametrize(
    ("text", "own", "want"),
    [
        ("2024年是极不平凡的一年，也是青岚建城1500周年。今年以来，我区坚持稳中求进。", "区", "青岚区"),
        ("今年是松溪建县八百周年，全县上下团结奋斗。", "县", "松溪县"),
        ("2021年是临河建区30周年，全区干部群众共同努力。", "区", "临河区"),
    ],
)
def test_an_anniversary_of_the_place_names_it(text: str, own: str, want: str) -> None:
    assert history_place([text], own) == want


@pytest.mark.parametrize(
    "text",
    [
        "今年是我国建城以来的关键一年，全区上下共同努力。",  # no anniversary
        "今年是洛阳建城3000周年，全区上下共同努力。",  # a district's page: its parent city
        "今年是城市建城100周年，全区上下共同努力。",  # a kind of area
    ],
)
def test_an_anniversary_names_nothing_else(text: str) -> None:
    assert history_place([text], "区") == ""


def test_the_anniversary_pattern_is_linear_on_hostile_input() -> None:

    from drafter.structure.places import _HISTORY

    text = "是" + "青岚建城1" * 20000
    with cpu_bound(0.5):
        list(_HISTORY.finditer(text))
