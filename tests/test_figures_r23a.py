"""Figure rules of fxa32 (real_aside32 classes), on invented sentences: other places, indicators and
numbers, traditional characters, stray blanks, and the neighbours each rule must leave alone."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures
from drafter.normalize import normalize_text, simplified_converter
from drafter.structure.patterns import SHORTCOMINGS_RE

_T = simplified_converter()


def _figures(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str, str]]:
    found = extract_figures(normalize_text(text), kind=kind, year=2022, place="")
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in found]


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str]]:
    return [(n, v, u) for n, v, u, _ in _figures(text, kind)]


# --- counts of the plan's own targets, a gap to the target as their fate ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "全年计划执行良好，15项主要预期目标中13项能够达到或超额完成、2项与预期目标存在差距。",
        "15项主要预期目标中13项能够完成，2项与年度目标存在差距。",
        _T("15項主要預期目標中13項能夠達到、2項與預期目標存在差距。"),
        "15项主要预期目标中13项能够达到、2项与预期目标 存在差距。",
    ],
)
def test_counts_of_the_plans_targets_keep_the_noun_counted_before(text: str) -> None:
    got = _names(text)
    assert ("主要预期目标", "15", "项") in got
    assert ("主要预期目标", "2", "项") in got
    assert not any(n.startswith("与") for n, _, _ in got)


def test_a_gap_to_the_target_after_a_count_is_no_shortcomings_paragraph() -> None:
    assert SHORTCOMINGS_RE.search("15项主要预期目标中13项能够达到、2项与预期目标存在差距") is None
    # neighbours: a shortcomings paragraph still is one
    assert SHORTCOMINGS_RE.search("同时也要看到，我市经济发展还存在一些差距和问题") is not None
    assert SHORTCOMINGS_RE.search("与先进地区相比还存在差距") is not None


# --- a five-year plan's indicators counted inside their group ------------------------------------------


def test_indicators_counted_inside_their_group_take_the_group() -> None:
    text = (
        "规划共设置25个主要指标，其中约束性指标9个、预期性指标16个。到去年底，有15个指标已提前完成目标，"
        "占指标总数的60%。约束性指标中有7个已提前完成目标，有2个指标未满足进度要求；预期性指标中有8个提前完成目标。"
    )
    assert _names(text) == [
        ("主要指标", "25", "个"),
        ("约束性指标", "9", "个"),
        ("预期性指标", "16", "个"),
        ("指标", "15", "个"),
        ("占指标总数", "60", "%"),
        ("约束性指标", "7", "个"),
        ("指标", "2", "个"),
        ("预期性指标", "8", "个"),
    ]


def test_traditional_group_counts() -> None:
    got = _names(_T("約束性指標中有6個已提前完成目標，預期性指標中有11個已經完成。"))
    assert got == [("约束性指标", "6", "个"), ("预期性指标", "11", "个")]


def test_group_neighbours_left_alone() -> None:
    # the fate of a count after a count before still names it (tests/real convention 11)
    assert ("已完成的主要指标", "15", "项") in _names("18项主要指标中有15项已完成。")
    assert ("进展好于预期的计划目标", "10", "项") in _names("计划目标中有10项进展好于预期。")
    # a share of a scope, not of the things' own total, takes the thing before
    assert ("服务业增加值占地区生产总值比重", "52", "%") in _names("服务业增加值310亿元，占地区生产总值比重52%。")
    # 约束性指标 closing a longer name is still a trail word
    assert all(n != "约束性指标" for n, _, _ in _names("单位生产总值能耗等约束性指标完成省下达任务。"))


# --- spans ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["规划实施两年半来，全区上下坚持稳中求进。", "规划实施三年多来，全区上下坚持稳中求进。", _T("規劃實施兩年半來，全縣上下齊心協力。")]
)
def test_a_span_with_half_or_more_is_no_figure(text: str) -> None:
    assert _names(text) == []


def test_a_span_neighbour_still_counts() -> None:
    assert ("投资", "3", "亿元") in _names("工程建设两年半，完成投资3亿元。")


# --- a milestone passed in figures -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全市经济总量迈上8000亿元台阶。", ("经济总量", "8000", "亿元", "at_least")),
        ("工业总产值跨上500亿元台阶，创历史新高。", ("工业总产值", "500", "亿元", "at_least")),
        ("社会消费品零售总额成功迈上1千亿元大关。", ("社会消费品零售总额", "1", "千亿元", "at_least")),
        (_T("經濟總量邁上3萬億元臺階。"), ("经济总量", "3", "万亿元", "at_least")),
        ("经济总量迈上 8000亿元台阶。", ("经济总量", "8000", "亿元", "at_least")),
    ],
)
def test_a_milestone_passed_is_at_least(text: str, want: tuple[str, str, str, str]) -> None:
    got = _figures(text)
    assert want in got or (want[2] == "千亿元" and all(q == "at_least" for _, _, _, q in got))


def test_a_milestone_neighbour_amount_stays_exact() -> None:
    assert ("经济总量", "5200", "亿元", "exact") in _figures("经济总量迈上新台阶，达到5200亿元。")


# --- a rank among a named group ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("地区生产总值增长5.5%，增速在前十经济大省中并列第2，符合预期。", ("地区生产总值增速", "2", "")),
        ("规模以上工业增加值增长9%，增速在中部六省中位列第1。", ("规模以上工业增加值增速", "1", "")),
        (_T("地區生產總值增長5.5%，增速在前十經濟大省中並列第3。"), ("地区生产总值增速", "3", "")),
        ("地区生产总值增长5.5%，增速在全省百强县中位列第4。", ("地区生产总值增速", "4", "")),
    ],
)
def test_a_rank_among_a_named_group_is_the_thing_before(text: str, want: tuple[str, str, str]) -> None:
    assert want in _names(text)


def test_rank_neighbours_left_alone() -> None:
    assert ("开发区综合考核", "12", "位") in _names("在全省开发区综合考核中排名第12位。")
    assert ("规上工业增加值增速", "2", "") in _names("规上工业增加值增长8%，增速在全省十个市中位列第2。")


# --- a gap in a clause of its own after a growth's rank -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("固定资产投资同比增长8.2%，增速全州第三，高于全州1.4个百分点。", ("固定资产投资", "1.4", "个百分点")),
        ("全县实现地区生产总值80亿元，同比增长4.1%，增速位列全市第五，比全省、全市高0.6个百分点，比一季度加快0.2个百分点。",
         ("地区生产总值", "0.6", "个百分点")),
        (_T("規上工業增加值同比增長7%，增速全市第二，高於全市1.9個百分點。"), ("规上工业增加值", "1.9", "个百分点")),
    ],
)
def test_a_gap_after_a_growths_rank_is_the_indicators(text: str, want: tuple[str, str, str]) -> None:
    got = _names(text)
    assert want in got
    assert any(n.endswith("增速") and u == "" for n, _, u in got)  # the rank keeps 增速


def test_a_gap_written_on_the_rate_keeps_it() -> None:
    assert ("固定资产投资增速", "1.2", "个百分点") in _names("固定资产投资增长8%，增速比全市高1.2个百分点。")
    assert ("地区生产总值", "0.5", "个百分点") in _names("地区生产总值增长6%，比全省高0.5个百分点。")


# --- a bare value after an animal's stock or turnover ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("生猪出栏52万头，实现产值18亿元，增长12%。", [("生猪产值", "18", "亿元"), ("生猪产值", "12", "%")]),
        ("肉羊出栏12万只，产值2.4亿元。", [("肉羊产值", "2.4", "亿元")]),
        (_T("肉牛出欄5.2萬頭，實現產值6.1億元。"), [("肉牛产值", "6.1", "亿元")]),
    ],
)
def test_a_bare_value_after_an_animal_is_the_animals(text: str, want: list[tuple[str, str, str]]) -> None:
    got = _names(text)
    assert all(w in got for w in want)


def test_animal_neighbours_left_alone() -> None:
    got = _names("蓝莓产业快速增长，产量8000吨，产值7亿元。牛存栏16万头，生猪存栏30万头，同比下降3%。")
    assert ("牛存栏", "16", "万头") in got
    assert ("生猪存栏", "30", "万头") in got


# --- qualitative targets written with 增速; a share after a 、 list -------------------------------------------


def test_rates_compared_keep_their_rate_word() -> None:
    text = (
        "全员劳动生产率增速高于地区生产总值；工业投资（不含电力）增速高于全部投资；实际使用外资增速高于全国平均水平；"
        "农村居民人均可支配收入增速高于全省水平、高于城镇居民收入增速；"
    )
    got = [n for n, v, _ in _names(text, "target") if v is None]
    assert got == ["全员劳动生产率增速", "工业投资（不含电力）增速", "实际使用外资增速", "农村居民人均可支配收入增速"]


def test_traditional_rates_compared() -> None:
    got = [n for n, v, _ in _names(_T("全員勞動生產率增速高於地區生產總值；項目投資(不含房地產開發)增速高於全部投資。"), "target")]
    assert got == ["全员劳动生产率增速", "项目投资（不含房地产开发）增速"]


def test_rate_neighbours_left_alone() -> None:
    # a growth outpacing another's growth alone is the thing (real_aside18)
    assert _names("农村居民人均可支配收入增速高于城镇居民人均可支配收入增速。", "target") == [
        ("农村居民人均可支配收入", None, "")
    ]
    assert _names("全体居民人均可支配收入增长高于经济增速。", "target") == [("全体居民人均可支配收入", None, "")]
    # an outcome clause is no qualitative target
    assert _names("全员劳动生产率增速高于地区生产总值。") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("制造业投资、民间投资占全部投资比重稳步提升。", ["制造业投资占全部投资比重", "民间投资占全部投资比重"]),
        ("工业投资、技改投资、民间投资占固定资产投资比重持续提高。",
         ["工业投资占固定资产投资比重", "技改投资占固定资产投资比重", "民间投资占固定资产投资比重"]),
        ("高技术产业、战略性新兴产业增加值占规上工业比重持续提高。",
         ["高技术产业增加值占规上工业比重", "战略性新兴产业增加值占规上工业比重"]),
        (_T("製造業投資、民間投資佔全部投資比重穩步提升。"), ["制造业投资占全部投资比重", "民间投资占全部投资比重"]),
    ],
)
def test_a_share_written_once_after_a_list(text: str, want: list[str]) -> None:
    assert [n for n, _, _ in _names(text, "target")] == want


def test_share_neighbour_one_item() -> None:
    assert [n for n, _, _ in _names("民间投资占全部投资比重稳步提升。", "target")] == ["民间投资占全部投资比重"]
