"""Rule tests of the eleventh page-reading round (real_aside14 class): each on an invented page."""

from __future__ import annotations

from pathlib import Path

from invented_page import page_reading

# --- a two-part report reprinted under a news lead ---------------------------------------------

#: An invented reprint: a news lead names the two-part report, the document follows from its
#: salutation without its title, and the page ends inside part 一's first chapter.
REPRINT = (
    "近日，省发展改革委发布关于青海省2022年国民经济和社会发展计划执行情况及2023年计划草案的报告"
    "（2023年1月16日在青海省第十四届人民代表大会第一次会议上），提出加快建设现代化产业体系。\n"
    "各位代表：\n"
    "受省人民政府委托，现将2022年国民经济和社会发展计划执行情况及2023年计划草案提请省十四届人大一次会议审议。\n"
    "一、2022年国民经济和社会发展计划执行情况\n"
    "2022年，全省经济运行总体平稳，主要目标任务基本完成。\n"
    "（一）2022年计划执行情况\n"
    "1.地区生产总值实现3021.6亿元、增长4.1%，高于全国平均水平1.1个百分点。\n"
)


def test_a_numbered_chapter_heading_is_never_the_title(tmp_path: Path) -> None:
    assert page_reading(tmp_path, REPRINT) == ("report", "青海省", 2022, 2023)


def test_an_account_alone_under_a_chapter_heading_stays_an_account(tmp_path: Path) -> None:
    text = REPRINT.replace("及2023年计划草案", "")  # the lead and the opening name the account only
    assert page_reading(tmp_path, text)[0] == "execution"
