"""Rule tests of the tenth page-reading round (real_aside10/11 classes): each on an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading, page_report

from drafter.errors import InputError
from drafter.structure.genre import session_agenda

# --- look-alikes -------------------------------------------------------------------------------

#: An invented wiki entry on a presidium meeting, in 繁体 with the 計畫 spelling, naming the plan
#: report's draft resolution among the session's other documents.
PRESIDIUM_ENTRY = (
    "會議簡介,會議報告, 會議簡介3月5日下午,柳岸區四屆人大三次會議主席團舉行第六次會議。"
    "會議聽取各代表團關於柳岸區政府工作報告的決議草案、關於柳岸區2019年國民經濟和社會發展計畫執行情況及"
    "2020年計畫報告的決議草案、關於柳岸區人民代表大會常務委員會工作報告的決議草案、關於柳岸區人民法院工作報告的"
    "決議草案、關於柳岸區人民檢察院工作報告的決議草案的討論情況。\n"
)


def test_a_session_page_listing_the_report_among_its_documents_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        page_reading(tmp_path, PRESIDIUM_ENTRY)
    assert "人民代表大会会议" in caught.value.message


def test_a_report_naming_no_other_session_document_is_read(tmp_path: Path) -> None:
    text = (
        "關於柳岸區2019年國民經濟和社會發展計畫執行情況及2020年計畫草案的報告\n"
        "一、2019年國民經濟和社會發展計畫執行情況\n"
        "2019年，全區實現地區生產總值210.5億元，同比增長6.2%；一般公共預算收入12.3億元，增長3.1%。\n"
        "二、2020年國民經濟和社會發展計畫草案\n"
        "2020年主要預期目標是：地區生產總值增長6%左右。\n"
    )
    assert page_reading(tmp_path, text)[:1] == ("report",)


def test_a_digest_restating_the_figures_is_no_agenda() -> None:
    digest = [
        "大会听取和审议了区人民政府工作报告、区人大常委会工作报告、区人民法院工作报告和区人民检察院工作报告，"
        "审查了区2019年国民经济和社会发展计划执行情况与2020年计划草案的报告。",
        "报告指出，2019年全区地区生产总值增长6.2%，一般公共预算收入增长3.1%，固定资产投资增长8%，"
        "社会消费品零售总额增长7.5%，城镇居民人均可支配收入增长8.1%。",
    ]
    assert not session_agenda(digest)
    assert session_agenda(digest[:1])


def test_an_agenda_without_the_court_is_refused_too(tmp_path: Path) -> None:
    text = (
        "槐川县十届人大四次会议各项议程\n"
        "听取和审议县人民政府工作报告；审查槐川县2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展"
        "计划草案的报告；审查槐川县2021年预算执行情况和2022年预算草案的报告；听取和审议县人大常委会工作报告。\n"
    )
    with pytest.raises(InputError):
        page_reading(tmp_path, text)


def test_a_report_citing_the_government_work_report_and_the_budget_is_read(tmp_path: Path) -> None:
    text = (
        "关于槐川县2021年上半年国民经济和社会发展计划执行情况的报告\n"
        "一、上半年计划执行情况\n"
        "按照县政府工作报告和县人大批准的预算报告确定的目标，全县实现地区生产总值61.2亿元，同比增长7.3%。\n"
    )
    assert page_reading(tmp_path, text)[0] == "execution"


# --- spacing of a page's text ------------------------------------------------------------------


def test_an_indicator_abbreviation_before_a_spaced_value_is_no_code() -> None:
    from drafter.normalize import normalize_text

    assert normalize_text("人均 GDP 9.6 万元，增长 4 %") == "人均 GDP 9.6万元，增长4%"
    assert normalize_text("PM 2.5 平均浓度 30 微克/立方米") == "PM 2.5 平均浓度30微克/立方米"


def test_blanks_around_a_compound_units_slash_go() -> None:
    from drafter.normalize import normalize_text

    assert normalize_text("能耗 0.3 吨标准煤 / 万元") == "能耗0.3吨标准煤/万元"
    assert normalize_text("工业 / 人口") == "工业 / 人口"


def test_a_spaced_page_reads_its_figures(tmp_path: Path) -> None:
    text = (
        "关于柳岸区2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n"
        "一、2019年国民经济和社会发展计划执行情况\n"
        "全区完成 GDP 312.4 亿元，增长 6.1 %；单位 GDP 能耗 0.41 吨标准煤 / 万元。\n"
    )
    got = [(f.indicator, f.value, f.unit) for f in page_report(tmp_path, text).figures]
    assert got == [("GDP", "312.4", "亿元"), ("GDP", "6.1", "%"), ("单位GDP能耗", "0.41", "吨标准煤/万元")]


def test_a_reports_menu_linking_the_sessions_documents_is_no_agenda() -> None:
    menu = ["政府工作报告", "关于2019年预算执行情况和2020年预算草案的报告", "人大常委会工作报告", "法院工作报告", "检察院工作报告"]
    assert not session_agenda(["关于柳岸区2019年国民经济和社会发展计划执行情况与2020年计划草案的报告", *menu])
