"""Page-reading rule tests of the fourteenth round's generalisation of first-run misses (fxgenfigs):
a slogan's kind of place before the title, places spoken of in an enumeration, a chrome headline
over an excerpt. Every page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading, page_report

from drafter.errors import InputError
from drafter.figures.report import extract_report
from drafter.structure.places import listed_places, places_in

_BODY = (
    "一、2019年国民经济和社会发展计划执行情况\n全{lv}地区生产总值增长6.5%。\n"
    "二、2020年国民经济和社会发展计划草案\n地区生产总值增长6%左右。\n"
)


def _traditional(text: str) -> str:
    from conftest import opencc

    return opencc("s2t").convert(text)


@pytest.mark.parametrize("slogan", ["奋力打造国际化现代化新城区", "加快建设现代化中心城区", "建设国际化大都市"])
@pytest.mark.parametrize("place", ["某某县", "某某旗", "某某自治州"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_slogans_kind_of_place_before_the_title_is_no_place(tmp_path: Path, slogan: str, place: str, script: str) -> None:
    page = f"{slogan}\n{place}2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n" + _BODY.format(lv=place[-1])
    assert page_reading(tmp_path, page if script == "simplified" else _traditional(page))[1] == place


def test_an_aim_before_a_kind_of_place_names_none() -> None:
    assert places_in("奋力打造国际化现代化新城区某某县2019年国民经济") == ["某某县"]
    assert places_in("加快建设现代化中心城区") == []
    assert places_in("新城区2019年国民经济") == ["新城区"]  # a district of that name, with no aim before it


def test_places_in_an_enumeration_are_spoken_of() -> None:
    assert listed_places("经济特区、某某新区、某某？yàn）I海新区开发开放") == ["某某新区"]
    assert listed_places("东北地区、某某新区加快发展") == ["某某新区"]
    assert set(listed_places("某某市、某某县、某某旗")) == {"某某市", "某某县", "某某旗"}
    assert listed_places("某某县经济开发区加快建设") == []
    assert listed_places("某某县、园区") == []


def test_an_excerpt_naming_places_only_in_a_list_asks_for_its_region(tmp_path: Path) -> None:
    page = (
        "國民經濟和社會發展計劃報告\n    2016-03-17        來源:某某日報\n\n   (三)區域協調發展邁出新步伐\n"
        "    區域發展總體戰略深入實施，新開工12項重點工程，投資總規模46億元，經濟特區、某某新區、某某開發區開發開放加快。\n"
    )
    with pytest.raises(InputError, match="--region"):
        page_report(tmp_path, page)


@pytest.mark.parametrize("heading", ["(三)城乡协调发展迈出新步伐", "(二)产业结构调整取得新成效", "(五)区域协调发展迈出新步伐"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_excerpts_chrome_headline_speaks_for_no_targets(tmp_path: Path, heading: str, script: str) -> None:
    page = (
        f"国民经济和社会发展计划报告\n    2016-03-17        来源:某某日报\n\n   {heading}\n"
        "    新农村建设扎实推进，新开工12项重点工程，投资总规模46亿元，特色产业加快发展。\n"
    )
    report = page_report(tmp_path, page if script == "simplified" else _traditional(page), region="某县")
    assert report.meta.kind == "excerpt" and report.meta.year == 2015
    assert {(f.value, f.kind) for f in extract_report(report)} == {("12", "outcome"), ("46", "outcome")}


_PRESIDIUM = (
    "会议简介1月12日下午，{lv}十七届人大三次会议主席团举行第三次会议。{lv}人大常委会主任某某主持。会议听取各代表团"
    "关于{place}政府工作报告的决议草案、关于{place}2022年国民经济和社会发展计划执行情况与2023年计划草案报告的决议草案、"
    "关于{place}2022年预算执行情况和2023年预算草案报告的决议草案的讨论情况，并提请大会表决。\n"
)


@pytest.mark.parametrize("place", ["某某县", "某某旗", "某某区"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_presidium_meeting_listing_the_plan_among_two_other_documents_is_no_report(
    tmp_path: Path, place: str, script: str
) -> None:
    page = _PRESIDIUM.format(lv=place[-1], place=place)
    with pytest.raises(InputError, match="议程或会议新闻"):
        page_report(tmp_path, page if script == "simplified" else _traditional(page))


def test_a_review_of_plan_and_budget_is_no_list_of_documents() -> None:
    from drafter.structure.genre import session_agenda

    assert not session_agenda(["关于2022年国民经济和社会发展计划执行情况与2023年计划草案和2022年预算执行情况与2023年预算草案的审查结果报告"])
    assert session_agenda(["会议审议了政府工作报告、计划报告和预算报告。"])
    assert not session_agenda(["会议审议了政府工作报告和计划报告。"])


@pytest.mark.parametrize("slogan", [
    "打造共同富裕示范区", "建设国家中心城市", "创建全国文明城区", "争当高质量发展先行区",
    "奋力建设社会主义现代化新某某县", "建设生态文明先行示范县",
])
@pytest.mark.parametrize("place", ["某某县", "某某旗", "某某区"])
def test_a_slogan_line_ending_in_a_kind_of_place_is_not_the_titles_first_line(
    tmp_path: Path, slogan: str, place: str
) -> None:
    page = f"{slogan}\n{place}2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n" + _BODY.format(lv=place[-1])
    assert page_reading(tmp_path, page)[1] == place


@pytest.mark.parametrize("parent", ["某某市", "某某省某某市"])
def test_a_title_split_after_its_parent_keeps_it(tmp_path: Path, parent: str) -> None:
    page = f"{parent}\n某某区2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n" + _BODY.format(lv="区")
    assert page_reading(tmp_path, page)[1] == "某某市某某区"


def test_a_parent_line() -> None:
    from drafter.structure.places import is_parent_line

    assert all(map(is_parent_line, ["某某市", "新疆维吾尔自治区", "黔东南苗族侗族自治州", "锡林郭勒盟", "大兴安岭地区"]))
    assert not any(map(is_parent_line, ["打造共同富裕示范区", "建设国家中心城市", "某某县", "某某县发展和改革局"]))
