"""Rule tests for figures and names of the fifteenth round (fxa46): the general causes behind the first-run
misses of tests/real_aside46 (its README, conventions 1, 3, 5, 6, 7). Every text here is invented: other
indicators, sectors, firms, rankings, verbs and list shapes, and the cases each rule must leave alone."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


# Convention 6: milestones listed with one passing verb before the 分别 list of the amounts they round.
@pytest.mark.parametrize(("text", "want"), [
    ("地区生产总值、一般公共预算收入迈上4000亿、300亿两大台阶,分别达到4026.6亿元、303.4亿元,增长4.3%、3.8%。",
     [("地区生产总值", "4026.6"), ("一般公共预算收入", "303.4"), ("地区生产总值", "4.3"), ("一般公共预算收入", "3.8")]),
    ("工业增加值、税收收入首次突破千亿、百亿大关,分别达到1012亿元、105亿元。",
     [("工业增加值", "1012"), ("税收收入", "105")]),
    ("进出口总额、实际利用外资跨上1000亿元、50亿美元两个台阶,分别达到1020亿元、52亿美元。",
     [("进出口总额", "1020"), ("实际利用外资", "52")]),
    # a list that went on well before the 分别 list names it as much
    ("社会消费品零售总额、固定资产投资双双稳步增长,分别达到860亿元、1200亿元。",
     [("社会消费品零售总额", "860"), ("固定资产投资", "1200")]),
])
def test_listed_milestones_before_their_amounts_are_no_figures_and_the_list_names_them(text: str, want: list) -> None:
    assert _names(text) == want


def test_a_milestone_with_no_amount_after_stays_and_a_milestone_count_is_none() -> None:
    assert _names("工业总产值突破500亿元,迈上两个新台阶。") == [("工业总产值", "500")]
    assert _names("地区生产总值突破6000亿元大关,同比增长5.8%。") == [("地区生产总值", "6000"), ("地区生产总值", "5.8")]


# Convention 7: quoted names of instances before 等 leave the head; 直接 before a verb of effect goes.
@pytest.mark.parametrize(("text", "want"), [
    ("先后举办“迎春购物节”“夏日啤酒节”等活动300余场次。", [("活动", "300")]),
    ("举办“读书月”、“科技周”和“艺术节”等活动50场。", [("活动", "50")]),
    ("开展“送法进社区”等宣传120场。", [("宣传", "120")]),
])
def test_quoted_examples_before_deng_leave_a_short_head(text: str, want: list) -> None:
    assert _names(text) == want


def test_unquoted_examples_before_a_short_head_stay_as_written() -> None:
    assert _names("举办迎春购物节、夏日啤酒节等活动30场。") == [("迎春购物节、夏日啤酒节等活动", "30")]


@pytest.mark.parametrize(("text", "want"), [
    ("累计发放消费券1.6亿元,直接带动消费30亿元以上。", [("发放消费券", "1.6"), ("带动消费", "30")]),
    ("直接拉动投资20亿元。", [("拉动投资", "20")]),
    ("直接创造就业岗位3000个。", [("创造就业岗位", "3000")]),
    # before a noun 直接 is the name's own
    ("直接融资规模达到80亿元。", [("直接融资规模", "80")]),
])
def test_direct_before_a_verb_of_effect_is_a_manner_adverb(text: str, want: list) -> None:
    assert _names(text) == want


# Convention 3: a bare contribution rate after a sector's driving clause is that sector's.
@pytest.mark.parametrize(("text", "want"), [
    ("第二产业成为拉动经济增长的主要力量,贡献率达57.9%,比上年提高18.6个百分点。",
     [("第二产业贡献率", "57.9"), ("第二产业贡献率", "18.6")]),
    ("服务业成为推动经济增长的重要引擎,贡献率为60%。", [("服务业贡献率", "60")]),
    ("消费继续成为拉动经济增长的第一动力,贡献率达到65.2%。", [("消费贡献率", "65.2")]),
])
def test_a_bare_contribution_rate_takes_the_sector_that_drove(text: str, want: list) -> None:
    assert _names(text) == want


def test_a_contribution_rate_without_a_driving_clause_stays() -> None:
    assert _names("贡献率达到55%。") == [("贡献率", "55")]
    assert _names("工业增加值增长8%,对经济增长贡献率达到40%。") == [("工业增加值", "8"), ("贡献率", "40")]


# Convention 1: a growth restated on another basis in a bracket is the indicator's.
@pytest.mark.parametrize(("text", "want"), [
    ("全市生产总值342亿元,增长10.6%(受口径调整影响,按原口径核算的增长率为11.0%)。",
     [("生产总值", "342"), ("生产总值", "10.6"), ("生产总值", "11.0")]),
    ("全县地区生产总值增长6.2%(按新口径计算的增速为6.8%)。", [("地区生产总值", "6.2"), ("地区生产总值", "6.8")]),
    ("规模以上工业增加值增长7.1%(按调整前口径统计的增长速度为7.5%)。",
     [("规模以上工业增加值", "7.1"), ("规模以上工业增加值", "7.5")]),
])
def test_a_growth_restated_on_another_basis_is_the_indicators(text: str, want: list) -> None:
    assert _names(text) == want


def test_a_growth_rate_with_its_owner_keeps_it() -> None:
    assert _names("工业增长率为8%。") == [("工业增长率", "8")]


# Convention 5: a firm's place on a ranking named by its size is a rank, named by the firm.
@pytest.mark.parametrize(("text", "want"), [
    ("新钢列中国制造业企业500强第122位,赣锋列中国制造业民营企业500强第198位。", [("新钢", "122"), ("赣锋", "198")]),
    ("某集团位居中国企业500强第88位。", [("某集团", "88")]),
    ("某药业列中国医药工业百强榜第35位。", [("某药业", "35")]),
    ("某公司名列全国电子信息百强企业第46位。", [("某公司", "46")]),
])
def test_a_place_on_a_named_ranking_is_a_rank(text: str, want: list) -> None:
    got = [(f.indicator, f.value, f.unit) for f in extract_figures(text, kind="outcome", year=2023)]
    assert [(n, v) for n, v, _ in got] == want
    assert all(u == "位" for _, _, u in got)
