"""Rule tests of round 15's fixes on real_aside52 (fxa52): ranks in named national lists of places, an
income's change in money after it, a duration bound on a task and the task's count in rounds, a ranking
drawn 综合, a span's part after 其中, a second rank among a peer group, the output an intensity list is
measured per, manner and trail words (主动, 压缩), spans counted by their order and named sets of lists.
Every text here is invented."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures


def _found(text: str, kind: str = "outcome") -> list[tuple[str | None, str]]:
    return [(f.value, f.indicator) for f in extract_figures(text, kind=kind, year=2023)]


def _units(text: str) -> list[tuple[str | None, str, str]]:
    return [(f.value, f.unit, f.indicator) for f in extract_figures(text, kind="outcome", year=2023)]


def test_ranks_in_named_national_lists_of_places_are_named_by_the_list() -> None:
    text = "获评全国营商环境百佳试点县市第21位、全国百强新城区第9位、全国综合实力百强区第40位、中国最美城区。"
    assert _units(text) == [
        ("21", "位", "营商环境百佳试点县市"), ("9", "位", "百强新城区"), ("40", "位", "综合实力百强区"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("服务业增加值增长6%,跻身全国现代服务业百强区第18位。", "现代服务业百强区"),
        ("我县跻身全国县域经济百强县第45位。", "县域经济百强县"),
        ("位列全国投资潜力百强区第27位。", "投资潜力百强区"),
    ],
)
def test_the_place_itself_ranked_in_a_list_of_places(text: str, name: str) -> None:
    assert _found(text)[-1][1] == name


def test_a_firm_on_a_list_keeps_its_own_name() -> None:
    assert _found("某药业列中国医药工业百强榜第35位。") == [("35", "某药业")]  # fxa46's rule stands


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("税收收入30.2亿元,比上年增收3.1亿元,增长11.4%。", "税收收入"),
        ("一般公共预算收入18亿元,同比减收1.2亿元。", "一般公共预算收入"),
    ],
)
def test_an_incomes_change_in_money_after_it_is_the_incomes(text: str, name: str) -> None:
    assert [n for _, n in _found(text)] == [name] * len(_found(text))


def test_a_farmers_income_rise_keeps_its_words() -> None:
    assert _found("带动农民增收2000元。") == [("2000", "带动农民增收")]


def test_a_duration_bound_on_a_task_and_its_rounds() -> None:
    assert _units("在7天内完成4轮全员核酸检测,") == [("7", "天", "全员核酸检测"), ("4", "轮", "全员核酸检测")]
    assert _units("在5天内完成全域环境整治。") == [("5", "天", "全域环境整治")]


def test_rounds_in_words_are_no_counts() -> None:
    assert _found("抓住新一轮科技革命机遇,开展两轮专项督查,启动第三轮巡察。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("营商环境综合排名跻身全省十强。", "营商环境综合排名"),
        ("发展质量显著提升。综合排名跻身全省十强。", "综合排名"),
        ("总体排名位居全市第3位。", "总体排名"),
    ],
)
def test_a_ranking_drawn_as_a_whole_keeps_its_word(text: str, name: str) -> None:
    assert _found(text)[-1][1] == name


def test_a_quarters_own_growth_after_qizhong_is_the_last_indicators() -> None:
    text = "上半年地区生产总值完成480亿元,增长3.2%。其中,二季度单季增长5.1%"
    assert _found(text)[-1] == ("5.1", "地区生产总值")


def test_a_second_rank_in_a_peer_group_ranks_the_same_thing() -> None:
    text = "1-6月主要经济指标全市排名第三,中心城区排名第一。"
    assert [n for _, n in _found(text)] == ["主要经济指标", "主要经济指标"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("每亿元产值综合能耗、用水量分别下降5.1%、6.3%。", ["每亿元产值综合能耗", "每亿元产值用水量"]),
        ("万元工业增加值用水量、综合能耗分别下降5%、6%。", ["万元工业增加值用水量", "万元工业增加值综合能耗"]),
    ],
)
def test_the_output_an_intensity_list_is_measured_per_is_every_items(text: str, names: list[str]) -> None:
    assert [n for _, n in _found(text)] == names


def test_manner_and_trail_words_go() -> None:
    assert _found("主动公开政府信息3200条。") == [("3200", "公开政府信息")]
    assert _found("工程建设项目审批时限压缩40%。")[0][1] == "工程建设项目审批时限"
    assert _found("掌握主动权3项。")[0][1] == "掌握主动权"  # 主动权 a noun


def test_spans_by_their_order_and_named_sets_are_no_figures() -> None:
    assert _found("“十四五”时期是撤县设区后第二个五年。") == []
    assert _found("制定稳增长三张清单(责任清单、任务清单、结果清单)。") == []
