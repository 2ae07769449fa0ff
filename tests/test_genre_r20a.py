"""Page-reading rules of the fixing round on real_aside26 (fxa26), on invented pages: a government
work report whose title the page lost, told by its opening (the head of government speaking for it,
``我代表…人民政府…向大会报告(政府)工作``), at any level of place; news of a government meeting that
discussed several drafts, the plan report among them (a dateline written with 号, drafts quoted side
by side); traditional characters too; and the pages these rules must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading, plan_body

from drafter.errors import InputError
from drafter.normalize import simplified_converter
from drafter.structure.genre import news_item, other_genre, session_agenda

REVIEW = (
    "一、2022年工作回顾\n"
    "过去一年，全县地区生产总值完成88.6亿元，同比增长5.1%；一般公共预算收入6.2亿元，增长4.3%。\n"
    "二、2023年工作安排\n"
    "地区生产总值增长6%左右。\n"
)


@pytest.mark.parametrize(
    ("speaker", "opening"),
    [
        ("某某县人民政府县长 王某某", "现在，我代表县人民政府，向大会报告工作，请予审议，并请各位政协委员提出意见。"),
        ("某某市人民政府代市长 李某", "现在，我代表市人民政府向大会报告政府工作，请予审议。"),
        ("某某盟行政公署盟长 张某", "现在,我代表某某盟行政公署和盟人民政府 向大会报告工作,请予审议。"),
        ("某某镇人民政府镇长 赵某", "现在，我代表镇人民政府向大会报告工作，请连同《某某镇2023年国民经济和社会发展计划》一并审议。"),
        ("某某自治旗人民政府旗长 乌某", "各位代表：现在，我代表旗人民政府，向大会报告工作，请予审议。"),
    ],
)
def test_a_government_work_report_without_its_title_is_refused(tmp_path: Path, speaker: str, opening: str) -> None:
    page = (
        "——2023年1月12日在某某第十八届人民代表大会第二次会议上\n"
        f"{speaker}\n"
        "各位代表：\n"
        f"{opening}\n"
        f"{REVIEW}"
    )
    with pytest.raises(InputError, match="政府工作报告"):
        page_reading(tmp_path, page)


def test_a_traditional_government_work_report_without_its_title_is_refused(tmp_path: Path) -> None:
    page = (
        "某某縣人民政府縣長 王某某\n"
        "各位代表：\n"
        "現在，我代表縣人民政府，向大會報告工作，請予審議，並請各位政協委員提出意見。\n"
        "一、2022年工作回顧\n"
        "過去一年，全縣地區生產總值完成88.6億元，同比增長5.1%；一般公共預算收入6.2億元，增長4.3%。\n"
        "二、2023年工作安排\n"
        "地區生產總值增長6%左右。\n"
    )
    with pytest.raises(InputError, match="政府工作报告"):
        page_reading(tmp_path, page)


@pytest.mark.parametrize(
    "opening",
    [
        "受县人民政府委托，现将某某县2022年国民经济和社会发展计划执行情况与2023年计划草案报告如下，请予审议。",
        "受县人民政府委托，我代表县人民政府向大会报告工作，请予审议。",  # on the government's behalf: a plan report's
        "现在，我代表县人民政府，向大会报告某某县2022年国民经济和社会发展计划执行情况与2023年计划草案，请予审议。",
    ],
)
def test_a_plan_report_opening_on_the_governments_behalf_is_read(tmp_path: Path, opening: str) -> None:
    # must leave alone: a plan report delivered 受…委托, or one naming its plan after 报告
    page = (
        "——2023年1月12日在某某县第十八届人民代表大会第二次会议上\n"
        "某某县发展和改革局局长 孙某\n"
        "各位代表：\n"
        f"{opening}\n"
        f"{plan_body(2022)}"
    )
    assert page_reading(tmp_path, page)[0] in ("report", "excerpt")


def test_the_opening_sign_reads_sentences_not_passing_words() -> None:
    assert other_genre(["现在，我代表区人民政府向大会报告工作，请予审议。"]) == "政府工作报告"
    assert other_genre(["受区人民政府委托，我代表区人民政府向大会报告工作。"]) == ""
    assert other_genre(["区长代表区人民政府所作的工作报告，全面回顾了过去一年的工作。"]) == ""
    assert other_genre(["现向大会报告2023年计划执行情况。"]) == ""
    assert other_genre([""]) == ""


MEETING = (
    "{date}，十八届县人民政府第32次常务会议召开。\n"
    "县委副书记、县长王某某主持会议，县政府领导班子成员出席会议，县人大常委会、县政协有关领导列席会议。"
    "会议听取并审议了《某某县2023年政府工作报告（送审稿）》《2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划报告"
    "（草案）（送审稿）》《2022年地方财政预算执行情况和2023年地方财政预算报告（草案）（送审稿）》。"
    "会议强调，要认真梳理各方意见，进一步修改完善后提交县委常委会会议审议。\n"
)


@pytest.mark.parametrize("date", ["3月8号", "2023年1月9号", "1月9日"])
def test_news_of_a_government_meeting_on_drafts_is_refused(tmp_path: Path, date: str) -> None:
    with pytest.raises(InputError, match="新闻报道|议程"):
        page_reading(tmp_path, MEETING.format(date=date))


def test_traditional_news_of_a_government_meeting_on_drafts_is_refused(tmp_path: Path) -> None:
    page = (
        "1月9號，十八屆縣人民政府第32次常務會議召開。\n"
        "縣長王某某主持會議，縣政府領導班子成員出席會議。會議聽取並審議了《某某縣2023年政府工作報告（送審稿）》"
        "《2022年國民經濟和社會發展計劃執行情況與2023年國民經濟和社會發展計劃報告（草案）（送審稿）》"
        "《2022年地方財政預算執行情況和2023年地方財政預算報告（草案）（送審稿）》。會議強調，要進一步修改完善。\n"
    )
    with pytest.raises(InputError, match="新闻报道|议程"):
        page_reading(tmp_path, page)


def test_each_sign_alone_tells_the_meeting() -> None:
    conv = simplified_converter()
    # the dateline in 号 alone (no list of drafts)
    dated = ["5月20号，区政府召开第12次常务会议。", "区长李某主持会议。会议听取了区发改局关于上半年计划执行情况的汇报。会议强调，要抓好下半年工作。"]
    assert news_item(dated)
    # the drafts side by side alone (no dateline)
    listed = [conv(MEETING.format(date="近期").split("\n")[1])]
    assert session_agenda(listed)


def test_a_report_quoting_one_document_beside_the_plan_is_no_agenda(tmp_path: Path) -> None:
    # must leave alone: a plan report's opening citing the government's work report and the plan side by side
    page = (
        "关于某某县2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n"
        "各位代表：\n"
        "受县人民政府委托，根据《某某县2023年政府工作报告》《某某县2023年国民经济和社会发展计划报告》的部署，"
        "现将计划执行情况报告如下。\n"
        f"{plan_body(2022)}"
    )
    assert page_reading(tmp_path, page)[0] == "report"
    # a report whose day is written 号 in its text stays one
    page = (
        "关于某某县2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n"
        "各位代表：\n"
        "受县人民政府委托，现将计划执行情况报告如下。\n"
        "一、2022年国民经济和社会发展计划执行情况\n"
        "12月31号，全县地区生产总值452.4亿元，增长7.0%。\n"
        "二、2023年国民经济和社会发展计划草案\n"
        "地区生产总值增长6%左右。\n"
    )
    assert page_reading(tmp_path, page)[0] == "report"
