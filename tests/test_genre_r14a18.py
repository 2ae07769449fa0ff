"""Rule tests of the fourteenth page-reading round (real_aside18, branch fxa18): each on an
invented page."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading

from drafter.errors import DrafterError
from drafter.structure.genre import plan_heard_aside

# --- a meeting's news quoting the mayor's work report, the plan report among further items ------

MEETING_NEWS = (
    "青禾市前三季度经济运行稳中有进\n"
    "2019年10月25日 来源：青禾日报\n"
    "青禾网讯 青禾市十五届人大常委会第二十次会议昨日召开。会议听取和审议了市长李某关于前三季度全市经济社会"
    "发展情况和第四季度政府工作的报告。市人大常委会主任王某主持会议。\n"
    "报告指出，前三季度全市生产总值2100亿元，增长6.8%；财政总收入300亿元，增长5.1%；规上工业增加值增长7.2%，"
    "社会消费品零售总额增长8.5%，城乡居民人均可支配收入分别增长8.1%和9.0%。\n"
    "会议还听取和审议了市政府关于2019年前三季度国民经济和社会发展计划执行情况的报告、关于2019年预算执行情况的报告。\n"
    "市人大常委会副主任张某、赵某出席会议。\n"
)


def test_meeting_news_naming_the_plan_report_among_further_items_is_refused(tmp_path: Path) -> None:
    """Signed news of a meeting that heard the mayor's report, restating its figures: the plan's
    report only among the meeting's further items (会议还听取…) is no digest of the plan report."""
    with pytest.raises(DrafterError):
        page_reading(tmp_path, MEETING_NEWS)


def test_the_plan_report_heard_first_keeps_a_digest() -> None:
    """A digest names the plan report as the meeting's first item (its figures the plan's)."""
    assert plan_heard_aside("会议听取了关于前三季度全市经济社会发展情况的报告。会上还审议了关于2019年计划执行情况的报告。")
    assert not plan_heard_aside(
        "会议听取和审议了市发改委关于2019年国民经济和社会发展计划执行情况的报告。报告指出，全市生产总值增长6%。"
        "会议还听取了关于2019年预算执行情况的报告。"
    )
    assert not plan_heard_aside("会议听取了市长的报告。报告指出，全市生产总值增长6%。")  # no plan report named


# --- a document site's title over its file notices, the document's own heading below -------------

PREVIEW = (
    "2023年国民经济和社会发展计划安排\n"
    "• 格式：doc\n"
    "• 大小：38.20 KB\n"
    "• 文档页数：9\n"
    "下载文档原格式\n"
    "2021年国民经济和社会发展计划安排\n"
    "根据以上原则，提出我县2021年国民经济和社会发展主要目标建议如下：\n"
    "地区生产总值增长7%；一般公共预算收入增长6%；固定资产投资增长8%。\n"
)


def test_a_document_sites_title_gives_way_to_the_documents_heading(tmp_path: Path) -> None:
    """The site's title (another year) over 格式/大小/文档页数 is the site's; the document's heading
    ``2021年…计划安排`` below gives the plan and its year."""
    assert page_reading(tmp_path, PREVIEW, region="青禾县") == ("plan", "青禾县", 2020, 2021)


def test_a_plans_arrangements_heading_is_a_plan_title(tmp_path: Path) -> None:
    text = PREVIEW.split("下载文档原格式\n")[1]
    assert page_reading(tmp_path, text, region="青禾县") == ("plan", "青禾县", 2020, 2021)


def test_without_file_notices_the_first_title_stays(tmp_path: Path) -> None:
    """Two plan headings without a document site's notices between them: the first is the title."""
    text = "".join(line + "\n" for line in PREVIEW.splitlines() if not line.startswith("•") and "下载" not in line)
    assert page_reading(tmp_path, text, region="青禾县")[2:] == (2022, 2023)
