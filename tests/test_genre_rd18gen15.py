"""Page-level generalisation tests of round 18's page rules (fx18a: a place named only in its anniversary; fx18c: a
news byline in lenticular or square brackets; issue 9, fxgen15; docs/NAMES-GENERALISATION.md round 31): other
places, anniversaries, levels, bylines and meetings, 繁体 copies. Every page is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from _bounds import cpu_bound
from invented_page import page_meta, page_reading

from drafter.errors import InputError
from drafter.structure.genre import NEWS_BYLINE
from drafter.structure.places import history_place


def _s2t(text: str) -> str:
    from conftest import opencc

    return opencc("s2t").convert(text)


def _excerpt(opening: str) -> str:
    return (
        "一、2023年国民经济和社会发展计划执行情况\n\n"
        f"{opening}\n"
        "(一)经济运行稳中有进。地区生产总值完成268.4亿元，增长5.2%，居全市第三；固定资产投资增长9%。\n"
    )


@pytest.mark.parametrize(
    ("opening", "want"),
    [
        ("2023年是砥砺前行的一年，也是江陵建城2800周年。一年来，我区坚持稳中求进，较好完成了全年目标任务。", "江陵区"),
        ("2023年是鹤山建县六百周年，全县上下团结奋斗，较好完成了全年目标任务。", "鹤山县"),
        ("2023年是新洲建区二十周年。一年来，全区干部群众攻坚克难。", "新洲区"),
        # an anniversary in digits: 建县 closes no place name (龙泉建县 was read; fxgen15)
        ("2023年是龙泉建县1260周年，全县上下齐心协力，较好完成了全年目标任务。", "龙泉县"),
        ("2023年是临川建区25周年。一年来，我区坚持稳中求进。", "临川区"),
    ],
)
def test_an_excerpt_naming_itself_only_in_its_anniversary(tmp_path: Path, opening: str, want: str) -> None:
    meta = page_meta(tmp_path, _excerpt(opening))
    assert meta.region == want
    assert (meta.year, meta.plan_year) == (2023, 2024)


def test_a_traditional_excerpt_naming_itself_in_its_anniversary(tmp_path: Path) -> None:
    meta = page_meta(tmp_path, _s2t(_excerpt("2023年是龙泉建县1260周年，全县上下齐心协力，较好完成了全年目标任务。")))
    assert meta.region == "龙泉县"


@pytest.mark.parametrize(
    ("text", "own", "want"),
    [
        ("今年是南安建市30周年，全市上下共同努力。", "市", "南安市"),
        ("2020年是新洲建区20周年，全区干部群众攻坚克难。", "区", "新洲区"),
        ("今年是鹤山建县六百周年，全县人民团结奋斗。", "县", "鹤山县"),
        # no anniversary of a place: a pronoun, the nation, a province, a kind of area, a district's parent city
        ("今年是我县建县以来最好的一年。", "县", ""),
        ("今年是中国建国70周年，全县上下共同努力。", "县", ""),
        ("今年是湖北建省360周年，全区上下共同努力。", "区", ""),
        ("今年是新区建区10周年，全区上下共同努力。", "区", ""),
        ("今年是广州建城2200周年，全区上下共同努力。", "区", ""),
    ],
)
def test_an_anniversary_names_the_place_or_nothing(text: str, own: str, want: str) -> None:
    assert history_place([text], own) == want


def test_an_anniversary_in_digits_is_no_place_name() -> None:
    from drafter.structure.places import places_in

    assert "龙泉建县" not in places_in("2023年是龙泉建县1260周年，全县上下齐心协力。")
    assert places_in("南昌市新建区2023年地区生产总值增长5%。") == ["南昌市新建区"]  # a place named 新建区 stays


def _meeting_news(byline: str) -> str:
    return (
        f"某某区融媒体中心{byline}1月9日,区长某某主持召开区政府第25次常务会议,研究部署近期重点工作。\n"
        "会议传达学习了市委全会精神。会议指出,要锚定全年目标,狠抓项目建设。\n"
        "会议审议了《关于某某区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告》等事项。"
        "会议要求,各部门要认真抓好落实。\n"
        "会议还研究了其他事项。\n"
    )


@pytest.mark.parametrize(
    "byline", ["【记者：孙某某】", "【记者:周某 通讯员:吴某】", "[ 记者:郑某 ]", "【本报记者:王某】", "【本台记者：陈某】"],
)
def test_a_bracketed_byline_signs_meeting_news(tmp_path: Path, byline: str) -> None:
    with pytest.raises(InputError, match="新闻报道"):
        page_reading(tmp_path, _meeting_news(byline))


def test_a_traditional_bracketed_byline_signs_meeting_news(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="新闻报道"):
        page_reading(tmp_path, _s2t(_meeting_news("【记者:赵某某】")))


@pytest.mark.parametrize("text", ["【重点工作】全年完成投资80亿元。", "【本期导读】", "［记者节］"])
def test_a_bracketed_heading_is_no_byline(text: str) -> None:
    assert not NEWS_BYLINE.search(text)


def test_the_byline_pattern_is_linear_on_hostile_input() -> None:
    hostile = "【本报" * 20000 + "。"
    with cpu_bound(0.5):
        NEWS_BYLINE.search(hostile)


def test_the_anniversary_cut_is_linear_on_hostile_input() -> None:
    from drafter.structure.places import places_in

    hostile = "建县1" * 20000 + "周年"
    with cpu_bound(2.0):
        places_in(hostile)
