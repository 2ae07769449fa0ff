"""Rule tests of round 18 (fxc): a news item signed by a byline in lenticular brackets (``【记者:某某】``) right
after its media centre's name, telling a government's executive meeting that reviewed the plan report among
other drafts, is news, not a report. Every text here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from _bounds import cpu_bound
from invented_page import page_reading

from drafter.errors import InputError
from drafter.structure.genre import NEWS_BYLINE


def _meeting_news(byline: str) -> str:
    return (
        f"某某县融媒体中心{byline}3月2日,县长某某主持召开县人民政府第12次常务会议,会议对《2024年政府工作报告》等事项进行了研究。\n"
        "会议首先传达学习了省委经济工作会议精神。会议指出,今年是关键之年,要坚持稳中求进工作总基调。\n"
        "会议审议了2024年县重点项目计划以及《关于某某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告》等事项。"
        "会议强调,要进一步完善重点项目计划,推动经济发展。\n"
        "会议还研究了其他事项。\n"
    )


@pytest.mark.parametrize("byline", ["【记者:王某某】", "【记者：李某】", "[记者:张某]", "【 记者:赵某某 通讯员:钱某】"])
def test_bracketed_byline_signs_meeting_news(tmp_path: Path, byline: str) -> None:
    with pytest.raises(InputError, match="新闻报道"):
        page_reading(tmp_path, _meeting_news(byline))


@pytest.mark.parametrize("text", ["【记者:王某】", "[记者：李某]", "（记者:张某）", "记者:赵某"])
def test_byline_pattern(text: str) -> None:
    assert NEWS_BYLINE.search(text)


def test_a_report_quoting_a_bracket_is_not_signed() -> None:
    # a report's own text never writes 记者 followed by a colon after a bracket
    assert not NEWS_BYLINE.search("【重点项目】全年完成投资120亿元,增长8%。")


def test_byline_pattern_is_linear() -> None:
    hostile = "【记者" * 20000 + "。"
    with cpu_bound(0.5):
        NEWS_BYLINE.search(hostile)
