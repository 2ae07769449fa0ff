"""Rule tests of the ninth page-reading round (real_aside8/9 classes): each on an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading

from drafter.errors import InputError
from drafter.ingest import parse_file
from drafter.structure.places import places_in

PART_ONE = "一、2020年国民经济和社会发展计划执行情况\n"


# --- places ------------------------------------------------------------------------------------


def test_a_cut_of_a_suffix_is_no_place() -> None:
    assert places_in("认真落实自治区党委部署，推动工作") == []
    assert places_in("新疆维吾尔自治区某某市") == ["新疆维吾尔自治区某某市"]


def test_the_place_opening_a_sentence_names_a_page_without_a_title(tmp_path: Path) -> None:
    text = (
        PART_ONE + "今年以来，按照自治区党委要求，全市经济运行平稳。"
        "全市实现地区生产总值88.5亿元，同比增长4.1%。城镇登记失业率控制在3.5%以内。"
        "青禾市经济运行总体向好，一般公共预算收入9.2亿元，同比增长2.3%。\n"
    )
    assert page_reading(tmp_path, text)[1] == "青禾市"


def test_a_parent_inside_a_quoted_title_does_not_prefix_the_place(tmp_path: Path) -> None:
    text = (
        PART_ONE + "2020年，全区实现地区生产总值310.2亿元，同比增长3.1%。"
        "全区出台《溪口市南坪区稳企业十条措施》，制定《南坪区产业扶持办法》，"
        "一般公共预算收入20.4亿元，同比增长2.2%。\n"
    )
    assert page_reading(tmp_path, text)[1] == "南坪区"


# --- look-alikes -------------------------------------------------------------------------------


def test_a_decision_to_convene_the_congress_is_refused_saying_what_it_is(tmp_path: Path) -> None:
    text = (
        "关于召开某某县第八届人民代表大会第三次会议的决定\n"
        "（2021年12月1日县八届人大常委会第九次会议通过）\n"
        "县第八届人民代表大会第三次会议于2021年12月20日召开。建议会议的主要议程：听取和审议县人民政府工作报告；"
        "审查某某县2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告；其他。\n"
    )
    with pytest.raises(InputError) as caught:
        page_reading(tmp_path, text)
    assert "召开人民代表大会会议的决定" in str(caught.value)


# --- a signed digest of an execution report that writes no year ---------------------------------


DIGEST = (
    "本报溪口8月2日讯（记者 王某）受市政府委托，8月2日，市发改委主任李某向市人大常委会汇报"
    "我市上半年国民经济和社会发展计划执行情况。上半年全市实现地区生产总值812.5亿元，同比增长6.2%；"
    "一般公共预算收入63.1亿元，同比增长4.4%；固定资产投资完成210.2亿元，增长5.1%。\n"
)


def test_a_signed_digest_of_an_undated_execution_report_asks_for_the_year(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        page_reading(tmp_path, DIGEST)
    assert "--year" in str(caught.value)


def test_the_digest_read_with_the_year_given_is_an_execution_report(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(DIGEST, encoding="utf-8")
    report = parse_file(path, year=2019)
    assert report.meta.kind == "execution"
    assert {f.kind for f in report.figures if f.value in ("812.5", "6.2")} == {"outcome"}


def test_news_of_a_meeting_hearing_the_undated_report_stays_refused(tmp_path: Path) -> None:
    text = (
        "本报讯（记者 张某）8月2日，市人大常委会召开第九次会议，会议听取了市发改委关于上半年国民经济和社会发展"
        "计划执行情况的汇报。会议指出，要抓好下半年工作。会议由主任赵某主持。\n"
    )
    with pytest.raises(InputError) as caught:
        page_reading(tmp_path, text, year=2019)
    assert "新闻报道" in str(caught.value)
