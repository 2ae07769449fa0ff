"""Rule tests for the general causes behind the first-sight misses of tests/real_aside70 (issue 9,
round 17, fxa70; its README, conventions 1, 2 and 4, and the share and receipts names of shanghai-2011).
Every text here is invented: other places, indicators, verbs and wordings, and the cases each rule must
leave alone."""

from __future__ import annotations

from _bounds import cpu_bound

from drafter.figures import extract_figures
from drafter.figures import lexicon as lex


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(text, kind=kind, year=2012)]


def test_a_step_in_digits_before_the_amount_it_restates_is_no_figure() -> None:
    assert _read("全省生产总值跃上2.5万亿元台阶，总量达到25310.4亿元，同比增长9.1%，增幅高于全国1.3个百分点。") == [
        ("生产总值总量", "25310.4", "亿元", "exact"),
        ("生产总值", "9.1", "%", "exact"),
        ("生产总值增幅", "1.3", "个百分点", "exact"),
    ]
    assert _read("地区生产总值迈上3.5万亿元新台阶，总量达到35120亿元，增长8%。") == [
        ("地区生产总值总量", "35120", "亿元", "exact"),
        ("地区生产总值", "8", "%", "exact"),
    ]
    assert _read("全市一般公共预算收入站上1.2万亿元台阶，总量为12260亿元，增长6.2%。") == [
        ("一般公共预算收入总量", "12260", "亿元", "exact"),
        ("一般公共预算收入", "6.2", "%", "exact"),
    ]
    # a 大关 in digits before 总量 names the total alike
    assert _read("地区生产总值突破3万亿元大关，总量达到31120亿元，增长8%。")[0] == ("地区生产总值总量", "31120", "亿元", "exact")
    # no amount after the step: the step stays a figure, at least
    assert _read("全省生产总值跃上1.5万亿元台阶，同比增长7.8%。") == [
        ("生产总值", "1.5", "万亿元", "at_least"),
        ("生产总值", "7.8", "%", "exact"),
    ]


def test_a_count_of_aspects_or_levels_in_a_task_is_no_figure() -> None:
    assert _read("二是进一步明确三个层面的扶持政策。", kind="target") == []
    assert _read("着力构建省、市、县三个层面的协调机制。", kind="target") == []
    assert _read("从四个维度完善考核评价体系。", kind="target") == []
    assert _read("建立两个层次的人才培养体系，新建实训基地5个。", kind="target") == [("实训基地", "5", "个", "exact")]
    # a count of things that are no aspects stays
    assert _read("建成3个产业园区。") == [("产业园区", "3", "个", "exact")]


def test_things_whose_growth_gap_closed_name_the_list_after() -> None:
    assert _read("消费和投资增速差距进一步缩小，分别增长10.2%、13.6%。") == [
        ("消费", "10.2", "%", "exact"),
        ("投资", "13.6", "%", "exact"),
    ]
    assert _read("出口与进口增幅差距拉大，分别增长21%、6%。") == [("出口", "21", "%", "exact"), ("进口", "6", "%", "exact")]
    assert _read("城镇和农村居民人均可支配收入增速差距继续缩小，分别增长8%、10%。") == [
        ("城镇居民人均可支配收入", "8", "%", "exact"),
        ("农村居民人均可支配收入", "10", "%", "exact"),
    ]
    assert _read("一产、二产和三产增速差距有所缩小，分别增长4%、6%、7%。") == [
        ("一产", "4", "%", "exact"),
        ("二产", "6", "%", "exact"),
        ("三产", "7", "%", "exact"),
    ]


def test_a_share_after_a_semicolon_is_the_value_before() -> None:
    assert _read("全年服务业增加值达到8200亿元，快于工业1.5个百分点；占全省生产总值比重为48.2%，比上年提高1.1个百分点。") == [
        ("服务业增加值", "8200", "亿元", "exact"),
        ("服务业增加值", "1.5", "个百分点", "exact"),
        ("服务业增加值占全省生产总值比重", "48.2", "%", "exact"),
        ("服务业增加值占全省生产总值比重", "1.1", "个百分点", "exact"),
    ]
    assert _read("全县旅游收入15亿元，增长12%；占全县生产总值的比重达到18.5%。")[-1] == (
        "旅游收入占生产总值的比重", "18.5", "%", "exact")
    # a share with its own owner after the ； keeps it
    assert _read("第一产业增加值下降2%；第二产业增加值占比为40%。")[-1] == ("第二产业增加值占比", "40", "%", "exact")


def test_sectors_sharing_receipts_each_take_them() -> None:
    assert _read("全年软件业、电子商务、现代物流业经营收入分别增长18%、25%和9%。") == [
        ("软件业经营收入", "18", "%", "exact"),
        ("电子商务经营收入", "25", "%", "exact"),
        ("现代物流业经营收入", "9", "%", "exact"),
    ]
    assert _read("纺织业、化工产业主营业务收入分别增长6%、11%。") == [
        ("纺织业主营业务收入", "6", "%", "exact"),
        ("化工产业主营业务收入", "11", "%", "exact"),
    ]
    assert _read("批发业、零售业销售收入分别增长7.5%、9.2%。") == [
        ("批发业销售收入", "7.5", "%", "exact"),
        ("零售业销售收入", "9.2", "%", "exact"),
    ]


def test_a_list_the_page_cut_after_a_separator_names_its_first_items() -> None:
    assert _read("全年会展业、物流业、文化产业经营收入分别增长16%、") == [("会展业经营收入", "16", "%", "exact")]
    assert _read("甲区、乙区、丙区生产总值分别增长7%、6.5%，") == [
        ("甲区生产总值", "7", "%", "exact"),
        ("乙区生产总值", "6.5", "%", "exact"),
    ]


def test_the_new_patterns_are_linear() -> None:
    with cpu_bound(1.0):
        lex.LIST_GAP_CLAUSE.match("消费和" * 10000 + "投资增速差距缩小")
        lex.LIST_GAP_CLAUSE.match("消费、投资" * 10000)
        lex.SHARE_OPENS_CLAUSE.match("占" * 10000 + "比重")
        lex.SHARE_OPENS_CLAUSE.match("占全市生产总值" * 10000)
        _read("全省生产总值跃上1.5万亿元台阶，" * 300 + "总量达到15806.1亿元。")
