"""Page-reading rule tests of the fifteenth round (fxa46): a standing committee's deliberation opinion
(审议意见) on a report it quotes opens on the meeting's date, as news does, but announces its own numbered
points (``…提出建议如下:`` / ``一、…``): the review itself, not news of the meeting (real_aside46 convention
9). Every page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading

from drafter.errors import InputError
from drafter.structure.genre import own_review


def _opinion(date: str, place: str, report: str, formula: str) -> str:
    """An opinion page: the meeting that heard the report, the members' view, the formula, two points."""
    return (
        f"{date},{place}第九届人大常委会第十二次会议听取和审议了{place[-3:] if len(place) > 3 else place}人民政府《{report}》。\n"
        "常委会组成人员认为,今年以来,政府积极应对各种困难挑战,经济运行总体平稳,较好地完成了阶段性目标任务。"
        "但也存在部分指标进度滞后、发展基础不够牢固等问题。\n"
        f"为全面完成全年目标任务,{formula}\n"
        "一、加快重大项目建设,扩大有效投资。进一步优化审批流程,加强要素保障。\n"
        "二、持续优化营商环境,激发市场活力。切实帮助企业解决实际困难。\n"
    )


@pytest.mark.parametrize(("date", "place", "report", "formula", "years"), [
    ("2019年8月20日", "某某市某某区", "关于某某区2019年上半年国民经济和社会发展计划执行情况的报告",
     "常委会组成人员提出建议如下:", (2019, 2020)),
    ("2021年7月28日", "某某县", "关于某某县2021年上半年国民经济和社会发展计划执行情况的报告",
     "现提出如下审议意见:", (2021, 2022)),
    ("8月25日", "某某市某某区", "关于某某区2016年1-7月国民经济和社会发展计划执行情况的报告",
     "现将审议意见报告如下:", (2016, 2017)),
])
def test_a_dated_deliberation_opinion_announcing_its_points_is_a_review(
    tmp_path: Path, date: str, place: str, report: str, formula: str, years: tuple[int, int]
) -> None:
    kind, region, year, plan_year = page_reading(tmp_path, _opinion(date, place, report, formula))
    assert (kind, year, plan_year) == ("review", *years)
    assert region


def test_dated_news_of_the_same_meeting_stays_news(tmp_path: Path) -> None:
    """Without the opinion's own formula before numbered points, the dated narrative is news."""
    page = (
        "2019年8月20日,某某区第九届人大常委会第十二次会议听取和审议了区人民政府《关于某某区2019年上半年国民经济和社会"
        "发展计划执行情况的报告》。\n"
        "常委会组成人员认为,今年以来全区经济运行总体平稳。会议要求,区政府要紧盯全年目标,加快项目建设。\n"
        "会议还听取了其他报告。\n"
    )
    with pytest.raises(InputError, match="新闻报道"):
        page_reading(tmp_path, page)


@pytest.mark.parametrize(("texts", "own"), [
    (["会议听取和审议了…的报告。", "常委会组成人员提出建议如下:", "一、加快项目建设。"], True),
    (["会议听取和审议了…的报告。", "现提出以下审议意见：", "（一）加快项目建设。"], True),
    (["会议听取和审议了…的报告。", "现将审查结果报告如下。", "一、计划执行情况总体良好"], True),
    # the formula with no numbered point after it, or a point with no formula: no opinion of its own
    (["会议听取和审议了…的报告。", "常委会组成人员提出建议如下:", "会议要求加快项目建设。"], False),
    (["会议听取和审议了…的报告。", "会议要求加快项目建设。", "一、加快项目建设。"], False),
    # a news lead printing a document (全文如下) is news_lead's, not an opinion
    (["日前,某区发布了报告。全文如下:", "一、2019年计划执行情况"], False),
])
def test_own_review(texts: list[str], own: bool) -> None:
    assert own_review(texts) is own
