"""Figure rules of fxa2325 (real_aside23 and real_aside25 classes), on invented sentences: other
indicators, places and numbers, traditional characters, stray blanks, and the neighbours each rule
must leave alone."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures
from drafter.normalize import simplified_converter

_T = simplified_converter()


def _names(text: str, place: str = "", year: int = 2024) -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(text, kind="outcome", year=year, place=place)]


# --- people counted with 位 (real_aside23 convention 3) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("以督办136位代表联名提出的“加快老城更新”议案为抓手。", [("代表", "136", "位")]),
        ("共有35位院士专家参加论坛。", [("院士专家", "35", "位")]),
        ("引进12位院士。", [("引进院士", "12", "位")]),
        ("邀请 28位企业家座谈。", [("企业家", "28", "位")]),
        (_T("辦理58位委員聯合提出的提案。"), [("委员", "58", "位")]),
    ],
)
def test_people_counted_with_wei_are_a_count(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize("text", ["实现两位数增长。", "综合实力进入全国百强县前10位。", "排名上升至12位。"])
def test_wei_before_no_people_is_no_count(text: str) -> None:
    got = extract_figures(text, kind="outcome", year=2024)
    assert not [f for f in got if f.unit == "位" and f.measure != "rank"]


def test_a_rank_in_wei_stays_a_rank() -> None:
    got = extract_figures("增速居全省第3位。", kind="outcome", year=2024)
    assert [(f.value, f.measure) for f in got] == [("3", "rank")]


# --- action verbs of a zone's work (real_aside23 convention 4) ------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("设立10亿元产业投资基金。", [("设立产业投资基金", "10", "亿元")]),
        ("组建 3000万元 天使基金。", [("组建天使基金", "3000", "万元")]),
        (_T("建立8億元創業投資基金。"), [("建立创业投资基金", "8", "亿元")]),
        ("促成46项技术合同签约落地。", [("促成技术合同", "46", "项")]),
    ],
)
def test_a_fund_founded_and_results_brought_about_keep_their_verb(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("建立了9项工作机制。", [("工作机制", "9", "项")]),  # 建立 before a count: no action verb (tests/real)
        ("发放5亿元贷款。", [("贷款", "5", "亿元")]),  # a verb before an amount of no fund
    ],
)
def test_no_founding_verb_leaves_the_name(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("建园以来新投入使用标准厂房12万平方米。", "投入使用标准厂房"),
        ("自成立以来新投入运营孵化载体2.5万平方米。", "投入运营孵化载体"),
        ("投产以来累计引进配套企业30家。", "引进配套企业"),
    ],
)
def test_a_span_since_a_start_and_a_new_flag_go(text: str, want: str) -> None:
    assert [n for n, _, _ in _names(text)] == [want]


# --- a programme counted in words, a rank held (real_aside23) ------------------------------------


@pytest.mark.parametrize(
    "text",
    ["扎实落实高质量发展八项行动，锚定建设强区目标。", "深入实施乡村振兴五个专项行动。", _T("全面推進十項重點行動。")],
)
def test_a_programme_of_actions_counted_in_words_is_a_name(text: str) -> None:
    assert _names(text) == []


def test_actions_counted_in_digits_stay() -> None:
    assert _names("开展专项行动12项。") == [("专项行动", "12", "项")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("规模以上工业增加值总量和增速持续保持全省第二。", "规模以上工业增加值总量和增速"),
        ("税收收入始终位居全市首位。", "税收收入"),
        ("粮食产量稳定保持全区第1位。", "粮食产量"),
    ],
)
def test_a_manner_of_holding_a_rank_is_no_part_of_its_name(text: str, want: str) -> None:
    ranks = [f.indicator for f in extract_figures(text, kind="outcome", year=2024) if f.measure == "rank"]
    assert ranks == [want]


# --- basis points, new loans (real_aside25 convention 4) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("新发放个人住房贷款加权平均利率下降38个基点。", ("新发放个人住房贷款加权平均利率", "38", "个基点")),
        (_T("新發放小微企業貸款利率下降25個基點。"), ("新发放小微企业贷款利率", "25", "个基点")),
        ("一年期贷款市场报价利率下降10基点。", ("一年期贷款市场报价利率", "10", "基点")),
    ],
)
def test_a_change_in_basis_points_is_named_by_the_rate(text: str, want: tuple[str, str, str]) -> None:
    assert _names(text) == [want]


def test_new_loans_keep_new() -> None:
    assert _names("新发放普惠小微贷款320亿元。") == [("新发放普惠小微贷款", "320", "亿元")]


# --- a list of tasks from above (real_aside25 convention 2) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("完成省下达的城镇调查失业率、年度节能减排目标任务。", ["城镇调查失业率", "节能减排"]),
        ("完成县下达的耕地保有量、单位生产总值能耗下降目标任务。", ["耕地保有量", "单位生产总值能耗下降"]),
        (_T("完成市下達的城鎮登記失業率、年度節能減排目標任務。"), ["城镇登记失业率", "节能减排"]),
    ],
)
def test_a_met_task_listing_items_gives_one_outcome_each(text: str, want: list[str]) -> None:
    got = extract_figures(text, kind="outcome", year=2024)
    assert [f.indicator for f in got] == want
    assert all(f.value is None for f in got)


def test_a_list_of_no_indicators_stays_whole() -> None:
    """Must leave alone: items that end in neither a measure's head nor a verb of change."""
    assert [n for n, _, _ in _names("完成市下达的招商引资、项目建设目标任务。")] == ["招商引资、项目建设"]


# --- a list led by its own clause, the province as a scope, brackets (real_aside25) --------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("民间投资、工业投资成为拉动投资增长的主要力量，分别同比增长30%13%以上。", ["民间投资", "工业投资"]),
        ("服务业投资、基础设施投资均成为主要支撑，分别增长12%和9%。", ["服务业投资", "基础设施投资"]),
        (_T("進口、出口成為拉動外貿的主要動力，分別增長8%、5%。"), ["进口", "出口"]),
    ],
)
def test_a_list_led_clause_names_the_respectively_list(text: str, want: list[str]) -> None:
    assert [n for n, _, _ in _names(text)] == want


@pytest.mark.parametrize(
    ("text", "place", "want"),
    [
        ("上半年江西进出口、实际利用外资分别增长12.5%、8.6%。", "江西省", ["进出口", "实际利用外资"]),
        ("广西外贸增长10%。", "广西壮族自治区", ["外贸"]),
        ("四川地区生产总值增长6%。", "四川省", ["地区生产总值"]),
    ],
)
def test_the_province_before_a_total_is_a_scope(text: str, place: str, want: list[str]) -> None:
    assert [n for n, _, _ in _names(text, place=place)] == want


def test_the_province_before_no_total_stays() -> None:
    """Must leave alone: 广东实验室 is a name, not a total of the province."""
    assert [n for n, _, _ in _names("新增广东实验室3家。", place="广东省")] == ["广东实验室"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("新增规模以上工业企业（含经开区）18家。", "规模以上工业企业"),
        ("新增限上商贸企业(包括电商企业)40家。", "限上商贸企业"),
        ("固定资产投资（含农户）增长8%。", "固定资产投资"),
        ("固定资产投资（不含农户）增长8%。", "固定资产投资（不含农户）"),  # exclusion stays
    ],
)
def test_an_inclusion_bracket_goes_an_exclusion_stays(text: str, want: str) -> None:
    assert [n for n, _, _ in _names(text)] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("成功争取中央预算内投资支持26个项目建设。", "中央预算内投资支持项目"),
        ("全年争取专项债券资金扶持12个重点项目开工。", "专项债券资金扶持重点项目"),
        ("支持30个项目。", "项目"),  # no fund: as before
    ],
)
def test_a_fund_and_its_support_open_the_counted_noun(text: str, want: str) -> None:
    assert [n for n, _, _ in _names(text)] == [want]
