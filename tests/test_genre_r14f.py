"""Page-reading rule tests of round 14's last fixer (fxa4243): a newspaper's signed digest of a
half-year execution report whose first line of text stands below a news app's chrome, and news of
delegations' group review of the plan and budget reports. Every page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading, page_report

from drafter.errors import InputError
from drafter.figures.report import extract_report
from drafter.structure.genre import NEWS_BYLINE

_DIGEST = (
    "浙江切换\n新闻\n浙江上半年经济成绩单出炉\n2021\n07/27\n10:05\n\n"
    "某某讯 7月27日上午，浙江省发改委主任某某在省人大常委会第三十次会议上作了2021年上半年国民经济和社会发展计划"
    "执行情况的报告。实现地区生产总值3.15万亿元、增长8.1%，经济运行稳步恢复。\n\n"
    "报告称，上半年浙江城镇新增就业40.5万人，固定资产投资增长6.2%。\n"
)


@pytest.mark.parametrize("chrome", ["", "频道\n"])
def test_a_digest_below_a_news_apps_chrome_is_a_half_years_execution(tmp_path: Path, chrome: str) -> None:
    page = chrome + _DIGEST
    assert page_reading(tmp_path, page, region="浙江省")[::2] == ("execution", 2021)
    kinds = {(f.value, f.kind) for f in extract_report(page_report(tmp_path, page, region="浙江省"))}
    assert {k for _, k in kinds} == {"outcome"}, kinds  # a half-year digest's results are outcomes


_GROUP_REVIEW = (
    "首页/ 专题专栏 / 聚焦两会 / 正文\n\n某某省人大会议分组审查计划和预算报告\n\n"
    "来源:{paper} 发布时间:2024-01-20 10:12 作者:{author}\n\n"
    "根据大会日程，1月19日下午，省人大会议各代表团分别召开会议，对《关于某某省2023年国民经济和社会发展计划执行情况"
    "与2024年国民经济和社会发展计划草案的报告》《关于某某省2023年预算执行情况和2024年预算草案的报告》进行审查。\n\n"
    "{told}，代表们踊跃发言。大家纷纷表示，两份报告总结成绩实事求是，部署工作精准有力。\n\n"
    "“报告目标明确，举措务实。”省人大代表、某某县县长某某说。\n"
)


@pytest.mark.parametrize("paper", ["某某日报", "某某晚报"])
@pytest.mark.parametrize("author", ["王某某", "李某"])
@pytest.mark.parametrize("told", ["审查现场气氛热烈", "分组讨论中"])
def test_news_of_delegations_reviewing_the_reports_is_refused(tmp_path: Path, paper: str, author: str, told: str) -> None:
    page = _GROUP_REVIEW.format(paper=paper, author=author, told=told)
    with pytest.raises(InputError, match="新闻报道"):
        page_report(tmp_path, page, region="陕西省")


def test_a_reports_record_line_signed_by_a_bureau_is_no_news_byline() -> None:
    assert NEWS_BYLINE.search("来源:某某日报 发布时间:2024-01-28 作者:郑某") is not None
    assert NEWS_BYLINE.search("来源:某某市发展和改革委员会 发布时间:2024-01-28 作者:综合科") is None
