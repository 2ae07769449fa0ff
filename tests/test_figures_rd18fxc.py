"""Rule tests for the general causes behind the first-sight misses of tests/real_aside78 (issue 9, round 18,
fx18c; its README and docs/FIGURES.md "Round 18 fixes (fx18c; …)"). Every text here is invented: other places,
sectors, wordings and numbers, and the cases each rule must leave alone."""

from __future__ import annotations

from _bounds import cpu_bound

from drafter.figures import extract_figures
from drafter.figures import lexicon as lex


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(text, kind=kind, year=2015)]


def _names(text: str, kind: str = "outcome") -> list[str]:
    return [f[0] for f in _read(text, kind)]


def test_a_bound_naming_its_target_before_the_value_is_restated() -> None:
    assert [f[1] for f in _read("居民消费价格指数上涨1.2%，控制在省定目标3.5%以内。")] == ["1.2"]
    assert [f[1] for f in _read("城镇登记失业率为3.1%，控制在年初预定目标4%的范围之内。")] == ["3.1"]
    assert [f[1] for f in _read("城镇登记失业率2.8%，控制在市下达目标4.5%以内。")] == ["2.8"]
    # a gap to the target stays a figure, and so does the plan's own bound
    assert [f[1] for f in _read("地区生产总值增长6%，低于预期目标1.5个百分点。")] == ["6", "1.5"]
    assert [f[1] for f in _read("居民消费价格涨幅控制在3%以内。", kind="target")] == ["3"]


def test_restated_bound_pattern_is_linear() -> None:
    hostile = "控制在" + "年初目标" * 20000
    with cpu_bound(0.5):
        lex.RESTATED_BOUND_BEFORE.search(hostile)


def test_an_apposed_count_closing_a_gap_list_leaves_the_last_name() -> None:
    assert _read("全年主要指标除固定资产投资、进出口总额、财政收入等3项指标增速分别低于年度目标2个、4个和1.5个百分点外，其余均已完成。") == [
        ("固定资产投资增速", "2", "个百分点", "exact"),
        ("进出口总额增速", "4", "个百分点", "exact"),
        ("财政收入增速", "1.5", "个百分点", "exact"),
    ]
    assert _read("工业增加值、出口总额、税收收入3个指标分别低于预期目标2.1、5.6和0.9个百分点。") == [
        ("工业增加值", "2.1", "个百分点", "exact"),
        ("出口总额", "5.6", "个百分点", "exact"),
        ("税收收入", "0.9", "个百分点", "exact"),
    ]
    # a count that is not the items' stays in the name's place as before (two items, three counted)
    assert len(_read("工业增加值、出口总额等3项指标增速分别低于目标2个和4个百分点。")) >= 2


def test_listed_class_count_pattern_is_linear() -> None:
    hostile = "等" * 20000 + "3项指标"
    with cpu_bound(0.5):
        lex.LISTED_CLASS_COUNT.search(hostile)
        lex.EXCEPT_OPENS.search("除" * 20000)


def test_named_firms_or_marks_counted_after_their_names_are_apposition() -> None:
    assert _read("全年新增华信科技、远航物流2家上市企业，新增高新技术企业41家。") == [("高新技术企业", "41", "家", "exact")]
    assert _read("新增金牛和银燕2件中国驰名商标、9件省著名商标。") == [("省著名商标", "9", "件", "exact")]
    # as many names as counted only: three firms counted after two names stay a figure
    assert [f[1] for f in _read("新增华信科技、远航物流3家上市企业。")] == ["3"]
    # a count of a kind with no names before it stays
    assert [f[1] for f in _read("全年新增上市企业2家。")] == ["2"]


def test_a_level_alone_takes_the_noun_of_a_level_with_its_place() -> None:
    assert _names("省级、常德市级农业龙头企业分别达到11家、42家。") == ["省级农业龙头企业", "常德市级农业龙头企业"]
    assert _names("国家级、省级、衡阳市级示范合作社分别达到3家、18家和75家。") == [
        "国家级示范合作社", "省级示范合作社", "衡阳市级示范合作社",
    ]
    assert _names("省级、市级农业龙头企业分别达到8家、30家。") == ["省级农业龙头企业", "市级农业龙头企业"]


def test_what_counted_things_are_about_to_do_is_no_part_of_their_name() -> None:
    assert _names("首批15家“雁阵企业”即将入园。") == ["“雁阵企业”"]
    assert _names("第二批6个“领航项目”即将签约落地。") == ["“领航项目”"]


def test_a_subset_with_its_noun_left_out_counts_the_class_named_before() -> None:
    assert _read("区十七届人大三次会议审议通过的经济社会发展主要指标，有统计数据的11项。") == [
        ("经济社会发展主要指标", "11", "项", "exact"),
    ]
    # a count with its own noun keeps it
    assert _names("全年主要经济指标，有统计数据的指标11项。")[-1] != "有统计数据"
