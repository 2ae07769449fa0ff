"""Page-reading rule tests of the fifteenth round (fxa17read): a gateway's toneless pinyin glosses in
brackets after characters (``天(tian)津(jin)市發(fa)(fa)(fa)改委``) are read through, as its toned ones
(``經(jīng)濟``) already were; real brackets stay. Every page and sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading, page_report

from drafter.figures.report import extract_report
from drafter.normalize import normalize_text, without_glosses

#: Places glossed syllable by syllable, as a gateway writes them.
_PLACES = [
    ("呼(hu)和(he)浩(hao)特(te)市", "呼和浩特市", "市"),
    ("沈(shen)阳(yang)市", "沈阳市", "市"),
    ("某(mou)某(mou)旗", "某某旗", "旗"),
    ("包(bao)(bao)頭(tou)市", "包头市", "市"),
]


def _page(glossed: str, lv: str) -> str:
    """A 繁体 mirror's page: a news lead, 全文如下, the title, the opening and part 一, glossed."""
    return (
        f"日前(qian),{glossed}發(fa)(fa)改(gai)委發(fa)(fa)布關于{glossed}2020年國民(min)經濟和社(she)會發(fa)(fa)展計(ji)劃"
        "執行情況(kuang)與(yu)2021年國民(min)經濟和社(she)會發(fa)(fa)展計(ji)劃草案的報告,指(zhi)出(chu)加快氫(qing)能產業布局。\n"
        "全文如下:\n"
        f"關于{glossed}2020年國民(min)經(jing)濟(ji)和(he)(he)社(she)會發展(zhan)計劃執(zhi)行情況(kuang)與2021年國民(min)經(jing)濟(ji)"
        "和(he)(he)社(she)會發展(zhan)計劃草案的報告\n"
        "各位代表:\n"
        f"受(shou){lv}(shi)人民(min)政府委托,現將我{lv}2020年(nian)國民(min)經濟和社會(hui)(hui)發展計劃(hua)執行情況與2021年(nian)"
        "國民(min)經濟和社會(hui)(hui)發展計劃(hua)草案(an)的報告提請大(da)會(hui)(hui)審議。\n"
        "一、2020年國民經濟和社會發展計劃執行情況\n"
        f"全(quan){lv}地區(qu)生產(chan)總值增長(zhang)3.5%,一般公(gong)共(gong)預算收入增長(zhang)2.1%。\n"
    )


@pytest.mark.parametrize(("glossed", "place", "lv"), _PLACES)
def test_a_page_glossed_with_toneless_pinyin_is_read_through_its_glosses(tmp_path: Path, glossed: str, place: str, lv: str) -> None:
    assert page_reading(tmp_path, _page(glossed, lv)) == ("report", place, 2020, 2021)
    report = page_report(tmp_path, _page(glossed, lv))
    assert [(f.value, f.indicator) for f in extract_report(report)] == [("3.5", "地区生产总值"), ("2.1", "一般公共预算收入")]


def test_a_simplified_page_glossed_with_toneless_pinyin(tmp_path: Path) -> None:
    page = (
        "关于天(tian)津(jin)市2020年国民(min)经济和社(she)会发(fa)展计(ji)划执行情况与2021年国民经济和社会发展计划草案的报告\n"
        "各位代表:\n"
        "一、2020年国民经济和社会发展计划执行情况\n"
        "全市(shi)地区(qu)生产(chan)总值增长(zhang)3.5%。\n"
        "二、2021年国民经济和社会发展计划草案\n"
        "地区(qu)生产(chan)总值增长(zhang)6%左右。\n"
    )
    assert page_reading(tmp_path, page) == ("report", "天津市", 2020, 2021)


@pytest.mark.parametrize(("glossed", "read"), [
    ("天(tian)津(jin)市發(fa)(fa)(fa)改(gai)委", "天津市發改委"),
    ("關于天(tian)津(jin)市的報(bao)告", "關于天津市的報告"),
    ("綠(lv)色(se)技(ji)術", "綠色技術"),  # ü written v
    ("經(jīng)(jīng)濟(jì)", "經濟"),  # a toned run, doubled
    ("經(jīng)濟的(de)發(fā)展", "經濟的發展"),  # a neutral tone beside marked ones
])
def test_glosses_go(glossed: str, read: str) -> None:
    assert without_glosses(glossed) == read


@pytest.mark.parametrize("text", [
    "（一）加快发展现代产业体系",
    "战略性新兴产业(含新材料)增加值增长8%",
    "地区生产总值(GDP)增长5%",
    "比上年(2023)增长5%",
    "平均通行时间(min)",  # one lowercase word: no gloss without others
    "方案(a)和方案(b)",  # a list's letters
    "推广(ppp)模式和(ppp)项目",  # no syllable
    "关于天(tian)津市的报告",  # a lone toneless gloss is not told from a word
])
def test_real_brackets_stay(text: str) -> None:
    assert without_glosses(text) == text


def test_normalized_text_reads_through_toneless_glosses() -> None:
    assert normalize_text("全市(shi)地區(qu)生產(chan)總值增長(zhang)3.5%") == "全市地區生產總值增長3.5%"
