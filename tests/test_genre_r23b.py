"""Page-reading rules of the fixing round on real_aside33 (fxa33), on invented pages: a plan notice whose
stored page lost its title, opening at its addressees on the sentence that approves (or issues) the year's
plan and announces the notice (``批准我市2023年…计划。现将有关事项通知如下``, ``现将…计划下达给你们``); a
short paragraph citing the 政府工作报告 as where its tasks come from is no title of a look-alike; and the
neighbours the rules must leave alone (every real 政府工作报告 look-alike stays refused)."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading, page_report

from drafter.errors import DrafterError
from drafter.structure.genre import notified_plan, other_genre


def _traditional(text: str) -> str:
    from conftest import opencc

    return opencc("s2t").convert(text)


def _untitled_notice(place: str, year: int, sentence: str) -> str:
    short = place[-1]
    return (
        f"各乡镇人民政府，{short}直各有关单位：\n\n"
        f"{place}第九届人民代表大会第二次会议通过决议，{sentence}\n\n"
        f"一、{year}年经济社会发展主要目标\n\n"
        f"{year}年是承上启下的关键之年。为落实经济工作会议、政府工作报告提出的工作目标，主要目标安排如下。\n\n"
        "预期性指标：地区生产总值增长6%以上，固定资产投资增长8.5%，城镇新增就业1.2万人。\n\n"
        "约束性指标：全面完成国家、省下达目标任务。\n\n"
        f"二、{year}年经济社会发展重点工作\n\n"
        "按照经济工作会议部署和政府工作报告安排，重点做好8方面工作。\n\n"
        "(一)着力稳定经济运行\n\n"
    )


@pytest.mark.parametrize(
    ("place", "year", "sentence"),
    [
        ("某某市", 2023, "批准我市2023年国民经济和社会发展计划。现将有关事项通知如下，请遵照执行。"),
        ("东山县", 2021, "批准了2021年国民经济和社会发展计划，现将有关事项通知如下。"),
        ("南岭市", 2019, "审查批准本市2019年国民经济和社会发展计划。现将计划下达给你们，请认真贯彻执行。"),
        ("某某旗", 2024, "批准2024年经济社会发展计划草案。现将有关事项通知如下："),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_untitled_plan_notice_is_a_plan(tmp_path: Path, place: str, year: int, sentence: str, script: str) -> None:
    page = _untitled_notice(place, year, sentence)
    page = page if script == "simplified" else _traditional(page)
    kind, region, y, plan_year = page_reading(tmp_path, page)
    assert (kind, y, plan_year) == ("plan", year - 1, year)
    assert region == place


def test_an_untitled_notice_names_its_targets_without_the_labels(tmp_path: Path) -> None:
    report = page_report(tmp_path, _untitled_notice("某某市", 2023, "批准我市2023年国民经济和社会发展计划。现将有关事项通知如下。"))
    got = {(f.indicator, f.value, f.unit) for f in report.figures}
    assert {("地区生产总值", "6", "%"), ("固定资产投资", "8.5", "%"), ("约束性指标", None, "")} <= got
    assert all(not f.indicator.startswith(("预期性", "约束性指标：")) for f in report.figures)
    assert {f.kind for f in report.figures} == {"target"}


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("现将2022年国民经济和社会发展计划下达给你们，请认真组织实施。", 2022),
        ("现将《某某县2020年国民经济和社会发展计划》印发给你们，请结合实际认真贯彻落实。", 2020),
        ("市人民代表大会审议通过了2025年国民经济和社会发展计划，现就有关事项通知如下：", 2025),
    ],
)
def test_a_notice_sentence_names_the_plan(sentence: str, year: int) -> None:
    m = notified_plan(sentence)
    assert m is not None and (m.kind, m.year, m.plan_year) == ("plan", year - 1, year)


@pytest.mark.parametrize(
    "sentence",
    [
        # must leave alone: a report's own plan named in passing, no notice announced
        "会议审议通过了2023年国民经济和社会发展计划，现将政府工作情况报告如下。",
        "批准2023年国民经济和社会发展计划。会议要求，各部门要认真贯彻。",
        "现将2023年工作要点印发给你们。",
    ],
)
def test_no_notice_no_plan_read(sentence: str) -> None:
    assert notified_plan(sentence) is None


@pytest.mark.parametrize(
    "line",
    [
        "按照市委经济工作会议部署和政府工作报告安排，重点做好10方面工作。",
        "根据政府工作报告提出的目标，全年做好以下工作。",
        "为落实县委全会、政府工作报告确定的任务，主要目标如下。",
        _traditional("按照市委经济工作会议部署和政府工作报告安排，重点做好10方面工作。"),
    ],
)
def test_a_cited_work_report_is_no_title(line: str) -> None:
    assert other_genre([line]) == ""


@pytest.mark.parametrize(
    "line",
    ["某某市2023年政府工作报告", "政府工作报告", "关于政府工作报告的决议", "2021年某某县政府工作报告（摘要）"],
)
def test_a_work_reports_title_stays_a_look_alike(line: str) -> None:
    assert other_genre([line]) == "政府工作报告"


def test_a_work_report_without_a_notice_is_still_refused(tmp_path: Path) -> None:
    # must leave alone: a 政府工作报告 whose title the page kept, its targets listed as a plan's are
    page = (
        "某某市2023年政府工作报告\n\n"
        "各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n"
        "2023年经济社会发展的主要预期目标是：地区生产总值增长6%以上，固定资产投资增长8%。\n"
    )
    with pytest.raises(DrafterError):
        page_report(tmp_path, page)
