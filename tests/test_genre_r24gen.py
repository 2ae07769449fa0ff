"""Page-reading rules of the late round 13 (fxa29, fxa31, fxa33) read on invented lines their fixers never saw
(round 19, fxgen4): spam words glued before other known cities, other 解读 headings (traditional, a trailing blank,
a report page linking its 解读), other notice sentences (a congress approving, 下达, 印发) and their neighbour, a
work report's task table notified, which names no plan."""

from __future__ import annotations

import pytest

from drafter.normalize import simplified_converter
from drafter.structure.genre import interpretation_heading, notified_plan
from drafter.structure.places import places_in

_T = simplified_converter()
_REPORT = "关于2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("足球比分直播杭州市西湖区", ["杭州市西湖区"]),
        ("彩票开奖结果成都市武侯区", ["成都市武侯区"]),
        ("体育新闻青岛市黄岛区", ["青岛市黄岛区"]),
        ("马鞍山市花山区", ["马鞍山市花山区"]),
        (_T("籃球比分直播寧波市鄞州區"), ["宁波市鄞州区"]),
    ],
)
def test_spam_words_before_another_known_city(text: str, want: list[str]) -> None:
    assert places_in(text) == want


@pytest.mark.parametrize(
    "line",
    [
        "解读《关于溪口市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告》",
        "图解《2023年国民经济和社会发展计划》",
        "一图读懂《关于2022年计划执行情况与2023年计划草案的报告》",
        f"政策解读：《{_REPORT}》",
        _T(f"解讀《{_REPORT}》"),
        f"解读《{_REPORT}》 ",
    ],
)
def test_other_interpretation_headings_are_refused(line: str) -> None:
    assert interpretation_heading([line]) == "报告解读"


def test_a_report_linking_its_interpretation_stays_a_report() -> None:
    assert interpretation_heading([f"相关解读：解读《{_REPORT}》", _REPORT]) == ""


@pytest.mark.parametrize(
    ("sentence", "plan_year"),
    [
        ("市十五届人大二次会议审议通过了我市2023年国民经济和社会发展计划，现将有关事项通知如下：", 2023),
        ("现将2024年全县国民经济和社会发展计划下达给你们，请认真贯彻执行。", 2024),
        ("现将《2022年全区国民经济和社会发展计划》印发给你们。", 2022),
        (_T("現將2023年國民經濟和社會發展計劃下達給你們。"), 2023),
    ],
)
def test_other_notice_sentences_name_the_plan(sentence: str, plan_year: int) -> None:
    got = notified_plan(sentence)
    assert got is not None and (got.kind, got.plan_year) == ("plan", plan_year)


def test_a_work_reports_task_table_notified_names_no_plan() -> None:
    assert notified_plan("现将2023年政府工作报告重点任务分解表印发给你们。") is None
