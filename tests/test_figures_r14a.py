"""Rule tests of round 14 (issue 9, fixer fxa3435): mid-year reports beside the nation, a round amount
stepped onto alone, and a restated milestone with the growth between. Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _found(text: str, kind: str = "outcome") -> list[tuple[str | None, str, str]]:
    return [(f.value, f.unit, f.indicator) for f in extract_figures(text, kind=kind, year=2023)]


def test_a_round_amount_stepped_onto_alone_is_a_milestone() -> None:
    assert _found("全县财政收入迈上百亿元台阶。") == [("百", "亿元", "财政收入")]
    assert _found("地区生产总值首次迈上千亿台阶。") == [("千", "亿", "地区生产总值")]
    assert _found("财政收入突破百亿元大关。") == [("百", "亿元", "财政收入")]
    assert _found("带动上百亿元社会投资。") == []  # 上百: "hundreds of", no figure
    assert _found("全市上千亿台阶。") == []  # no step verb: 上千 stays "thousands of"


def test_a_milestone_after_its_amount_and_growth_restates_the_amount() -> None:
    assert _found("税收收入达到5012亿元、增长7.2%，迈上五千亿元大台阶。") == [
        ("5012", "亿元", "税收收入"), ("7.2", "%", "税收收入")]
    assert _found("税收收入达到5012亿元，迈上五千亿元新台阶。") == [("5012", "亿元", "税收收入")]


def test_the_wider_scopes_bracketed_rate_is_no_figure_and_the_gap_is_the_clauses() -> None:
    # in a paragraph that ranks growth rates by their head (增速位居…), the rank after a growth's gap is the growth's
    assert _found("全市地区生产总值800亿元、同比增长6.1%，高于全省（5.2%）0.9个百分点，居全省第3位，"
                  "连续4个季度增速位居全省前列。") == [
        ("800", "亿元", "地区生产总值"), ("6.1", "%", "地区生产总值"), ("0.9", "个百分点", "地区生产总值"),
        ("3", "位", "地区生产总值增速")]
    # elsewhere it stays the indicator's (tests/real_aside3: 增长5.9%，高于全市0.8个百分点，排名全市第1位)
    assert _found("全市地区生产总值增长6.1%，高于全省（5.2%）0.9个百分点，居全省第3位。")[-1] == ("3", "位", "地区生产总值")
    assert _found("工业增加值增长7%，比全国（4%）高3个百分点。") == [
        ("7", "%", "工业增加值"), ("3", "个百分点", "工业增加值")]


def test_a_real_growth_rate_head_and_a_rank_moved() -> None:
    assert _found("全县地区生产总值同比增长5.2%，实际增速比全市高0.6个百分点，居全市第3位，位次比上年前移2位。") == [
        ("5.2", "%", "地区生产总值"), ("0.6", "个百分点", "地区生产总值增速"), ("3", "位", "地区生产总值增速"),
        ("2", "位", "地区生产总值增速位次")]
    assert _found("社会消费品零售总额增速居全省第6位，排名上升4位。") == [
        ("6", "位", "社会消费品零售总额增速"), ("4", "位", "社会消费品零售总额增速排名")]
    assert _found("新增三位院士。")[0][2] == "院士"  # 位 still counts people


def test_nouns_after_counts_with_a_code_a_time_word_or_a_project_of_works() -> None:
    assert _found("完成1.2万个5G基站、300座充电站、4万个各类充电桩年度建设任务。") == [
        ("1.2", "万个", "5G基站"), ("300", "座", "充电站"), ("4", "万个", "各类充电桩")]
    assert _found("新增3个4A级景区。") == [("3", "个", "4A级景区")]
    assert _found("实施6万套棚户区改造项目。") == [("6", "万套", "棚户区改造项目")]
    assert _found("改造6万套棚户区。") == [("6", "万套", "改造棚户区")]  # the verb before still opens the name


def test_times_a_meeting_was_held_before_its_verb_are_no_figure() -> None:
    assert _found("先后10余次召开常务会议、专题会议研究项目建设。") == []
    assert _found("全年召开招商推介会30次。") == [("30", "次", "召开招商推介会")]  # a count after its noun stays


def test_a_per_cent_before_the_growth_target_it_is_named_by_its_thing() -> None:
    assert _found("确保完成全年9%左右的经济预期增长目标。", kind="target") == [("9", "%", "经济")]
    assert _found("确保完成全年6%左右的地区生产总值增长目标。", kind="target") == [("6", "%", "地区生产总值")]


def test_a_budgets_sum_plus_its_transfers() -> None:
    assert _found("全市地方财政收入80亿元，加上级补助50亿元、上年结转10亿元和调入资金1亿元后，财力合计141亿元。") == [
        ("80", "亿元", "地方财政收入"), ("50", "亿元", "上级补助"), ("10", "亿元", "上年结转"),
        ("1", "亿元", "调入资金"), ("141", "亿元", "财力")]
    assert _found("一般贸易出口200亿元，加工贸易出口300亿元后，总额达到500亿元。")[1][2] == "加工贸易出口"


def test_corner_brackets_quote_a_programme() -> None:
    assert _found("抓好『八项民生实事』，着力保障和改善民生。") == []


def test_a_price_index_after_its_cause_and_its_target_restated_as_a_bound() -> None:
    assert _found("居民消费价格受蔬菜等食品价格季节性上涨拉动，全年上涨2.8%，仍在3%左右的年度目标以内。") == [
        ("2.8", "%", "居民消费价格")]
    assert _found("工业生产受疫情影响，全年下降2%。") == [("2", "%", "工业生产")]


def test_a_mark_crossed_with_kuayue_is_at_least() -> None:
    got = [(f.value, f.qualifier) for f in extract_figures("预计全年地区生产总值增长6%，总量将跨越3万亿元大关。",
                                                          kind="outcome", year=2023)]
    assert got == [("6", "exact"), ("3", "at_least")]
    assert _found("推动经济实现跨越式发展。") == []
