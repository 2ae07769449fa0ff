"""Page-reading rule tests of round 17 (fixer fxa72, real_aside72): a district's excerpt naming itself only
by its short name as the subject of its own course, bulleted lines kept apart, a signed digest whose part
heading stands under the quoted two-part report, a paper's news of delegations reviewing the reports, a
committee's adoption line after ASCII hyphens. Every page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from _bounds import cpu_bound
from invented_page import page_meta, page_report

from drafter.errors import DrafterError
from drafter.structure.body import _PREDICATE_GOES_ON
from drafter.structure.places import _HISTORY, history_place

_EXCERPT = (
    "首页 > 政务公开 > 计划规划\n\n"
    "一、2022年国民经济和社会发展计划执行情况\n\n"
    "2022年是极不平凡的一年，也是青岚发展进程中极为关键的一年。在区委的坚强领导下，全区上下攻坚克难。\n"
    "(一)经济运行稳中有进。地区生产总值完成312.5亿元，增长4.6%，居全市第二；固定资产投资增长11%。\n"
)


def test_a_short_name_before_its_own_course_names_the_district(tmp_path: Path) -> None:
    meta = page_meta(tmp_path, _EXCERPT)
    assert meta.region == "青岚区"
    assert (meta.year, meta.plan_year) == (2022, 2023)


@pytest.mark.parametrize(
    ("text", "own", "want"),
    [
        ("这一年是松溪发展史上极不平凡的一年，全县上下团结奋斗。", "县", "松溪县"),
        ("今年是临河经济社会发展进程中的关键一年，全区干部群众共同努力。", "区", "临河区"),
        ("2023年是信阳发展历程中具有里程碑意义的一年，全市上下奋发有为。", "市", "信阳市"),  # a city's own name
    ],
)
def test_history_place_reads_the_short_name(text: str, own: str, want: str) -> None:
    assert history_place([text], own) == want


@pytest.mark.parametrize(
    "text",
    [
        "今年是我国发展进程中极为关键的一年，全区上下共同努力。",  # a pronoun
        "今年是城市发展史上的重要一年，全区上下共同努力。",  # a kind of area
        "今年是中国发展进程中的关键一年，全区上下共同努力。",  # the nation
        "今年是经济发展历程中的关键一年，全区上下共同努力。",  # a common word
        "今年是洛阳发展史上的关键一年，全区上下共同努力。",  # a district's page: its parent city
    ],
)
def test_history_place_names_nothing_else(text: str) -> None:
    assert history_place([text], "区") == ""


def test_two_short_names_name_nothing() -> None:
    texts = ["也是青岚发展进程中的关键一年。", "也是松溪发展史上的重要一年，全区上下。"]
    assert history_place(texts, "区") == ""


def test_an_excerpt_naming_no_place_still_asks_for_the_region(tmp_path: Path) -> None:
    page = _EXCERPT.replace("也是青岚发展进程中极为关键的一年", "也是极为关键的一年")
    with pytest.raises(DrafterError) as raised:
        page_report(tmp_path, page)
    assert "--region" in str(raised.value)


_DIGEST = (
    "记者 张某 李某\n"
    "1月20日，在某江市第五届人民代表大会第三次会议上，市发展和改革委员会主任王某受市人民政府委托，以书面形式向大会提交了"
    "《关于某江市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告》。\n"
    "2023年国民经济和社会发展计划执行情况\n"
    "(一)坚持稳中求进，经济运行回升向好。\n"
    "主要指标稳步增长\n"
    "●全市地区生产总值2860.5亿元，增速居全省第3位\n"
    "●一般公共预算收入增速居全省第2位\n"
    "●全社会用电量突破150亿大关\n"
    "●新增市场主体12.4万户，增速居全省第1位\n"
    "●新认定高新技术企业96家，科技型中小企业820家\n"
    "●全市共引进博士85人、硕士1200人\n"
)


def test_a_signed_digest_of_the_two_part_report_is_of_its_kind(tmp_path: Path) -> None:
    meta = page_meta(tmp_path, _DIGEST)
    assert (meta.kind, meta.region, meta.year, meta.plan_year) == ("report", "某江市", 2023, 2024)


def test_bulleted_lines_stay_apart_and_read_their_figures(tmp_path: Path) -> None:
    report = page_report(tmp_path, _DIGEST)
    got = [(f.indicator, f.value, f.unit) for f in report.figures]
    assert ("地区生产总值", "2860.5", "亿元") in got
    assert ("一般公共预算收入增速", "2", "位") in got
    assert ("全社会用电量", "150", "亿") in got  # no lead sentence ends before 突破's number
    assert ("引进硕士", "1200", "人") in got
    assert not [g for g in got if "●" in g[0]]


def test_a_part_heading_without_a_quoted_report_stays_execution(tmp_path: Path) -> None:
    page = _DIGEST.replace("执行情况与2024年国民经济和社会发展计划草案的报告", "执行情况的报告")
    assert page_meta(tmp_path, page).kind == "execution"


_NEWS = (
    "内容详情\n2024年02月18日\n市人大代表分团审议计划财政报告\n"
    "本报讯(记者王某)2月17日，出席市十三届人大四次会议的市人大代表，分团审议《关于某江市2023年国民经济和社会发展计划执行情况"
    "与2024年国民经济和社会发展计划(草案)的报告》《关于某江市2023年财政预算执行情况和2024年财政预算(草案)的报告》。\n"
    "在各代表团审议现场，代表们谈感受、提建议。代表们一致认为，计划报告目标明确，举措切实可行。\n"
    "李某代表建议，进一步扩大有效投资，推动消费持续恢复。\n"
)


def test_a_papers_news_of_delegations_reviewing_the_reports_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DrafterError) as raised:
        page_report(tmp_path, _NEWS)
    assert "新闻" in str(raised.value)


_REVIEW_LINE = (
    "关于某江市2015年上半年国民经济和社会发展计划执行情况报告的审议意见\n"
    "--2015年9月20日市十四届人大常委会主任会议通过\n"
    "某江市人民政府：\n"
    "市十四届人大常委会第二十次会议听取和审议了《关于某江市2015年上半年国民经济和社会发展计划执行情况的报告》。"
    "会议认为，上半年全市经济运行总体平稳。现提出如下审议意见：\n"
    "一、进一步扩大有效投资。\n"
)


def test_a_committees_adoption_line_after_ascii_hyphens_is_no_figure(tmp_path: Path) -> None:
    report = page_report(tmp_path, _REVIEW_LINE)
    assert not [f for f in report.figures if f.value and f.value.startswith("-")]


@pytest.mark.parametrize(
    ("text", "goes_on"),
    [("200亿大关", True), ("12.5万户", True), ("2023年全区", False), ("在30%以上", True)],
)
def test_a_number_after_the_verb_is_its_object(text: str, goes_on: bool) -> None:
    assert bool(_PREDICATE_GOES_ON.match(text)) is goes_on


@pytest.mark.parametrize("shape", ["是青岚发展", "是青岚", "为青岚经济社会发展进"])
def test_the_history_pattern_reads_long_hostile_input_fast(shape: str) -> None:
    text = shape * 10000
    with cpu_bound(0.5):
        list(_HISTORY.finditer(text))
