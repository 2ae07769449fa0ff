"""Figure rule tests of round 15 (fixer fxleft, "what was left"): equal ranks counted in a 分别 list; a count in
digits apposed to the 、 list before it. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from invented_page import page_report

_HEAD = (
    "——2022年1月10日在市第九届人民代表大会第三次会议上\n"
    "各位代表：\n"
    "我受市人民政府委托，向大会报告某某市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案，请予审议。\n"
    "一、2021年国民经济和社会发展计划执行情况\n"
)
_TAIL = "\n二、2022年国民经济和社会发展计划草案\n地区生产总值增长6%左右。\n"


def _figures(tmp_path: Path, text: str) -> list[tuple[str, str, str, str, str]]:
    report = page_report(tmp_path, _HEAD + text + _TAIL)
    return [(f.indicator, f.value, f.unit, f.kind, f.qualifier) for f in report.figures if f.value != "6"]


def test_equal_ranks_counted_in_a_list_give_one_rank_per_item(tmp_path: Path) -> None:
    got = _figures(tmp_path, "一季度，税收收入、工业投资、出口总额、社会消费品零售总额4项指标增幅在15个副省级城市中分别排两个第2位、两个第5位。")
    ranks = [(f[0], f[1]) for f in got if f[2] == "位"]
    assert ranks == [("税收收入增幅", "2"), ("工业投资增幅", "2"), ("出口总额增幅", "5"), ("社会消费品零售总额增幅", "5")]
    assert not [f for f in got if f[2] == "项"]  # 4项指标: apposition to the list


def test_equal_ranks_counted_in_words_and_joined_by_he(tmp_path: Path) -> None:
    got = _figures(tmp_path, "全市财政收入、外贸出口、实际利用外资三项指标分别居全省两个第1位和一个第4位。")
    ranks = [(f[0], f[1]) for f in got if f[2] == "位"]
    assert ranks == [("财政收入", "1"), ("外贸出口", "1"), ("实际利用外资", "4")]


def test_ranks_counted_that_do_not_add_up_to_the_list_are_read_as_before(tmp_path: Path) -> None:
    got = _figures(tmp_path, "财政收入、外贸出口、实际利用外资三项指标分别居全省两个第1位、两个第4位。")
    assert not [f for f in got if f[0] == "外贸出口增幅"]
    assert {f[1] for f in got if f[2] == "位"} == {"1", "4"}


def test_a_count_in_digits_after_a_list_of_indicators_is_apposition(tmp_path: Path) -> None:
    got = _figures(tmp_path, "全市地区生产总值、财政收入2项指标增速均高于全省平均水平。")
    assert not [f for f in got if f[2] == "项"]


def test_a_count_in_digits_of_other_things_after_a_list_stays(tmp_path: Path) -> None:
    got = _figures(tmp_path, "全年完成道路、桥梁12项工程，新建学校、医院5个项目。")
    assert ("工程", "12", "项", "outcome", "exact") in got or [f for f in got if f[1] == "12"]
    assert [f for f in got if f[1] == "5"]


def test_indicators_counted_by_what_they_did_stay_a_count(tmp_path: Path) -> None:
    got = _figures(tmp_path, "其中，税收收入、工业投资2项指标完成全年目标任务。")
    assert [f for f in got if f[1] == "2" and f[2] == "项"]


def test_one_bound_over_a_list_sharing_a_class_gives_one_figure_per_item(tmp_path: Path) -> None:
    got = _figures(tmp_path, "6月份，农业、制造、服务行业指标较上月环比增幅均超12%。")
    assert [f[0] for f in got if f[1] == "12"] == ["农业行业指标增幅", "制造行业指标增幅", "服务行业指标增幅"]
    assert {f[4] for f in got if f[1] == "12"} == {"at_least"}


def test_two_counts_of_one_group_joined_by_gong_are_named_by_the_second_noun(tmp_path: Path) -> None:
    got = _figures(tmp_path, "全年派出8批共316名农业技术人员驻村帮扶。")
    assert ("农业技术人员", "8", "批", "outcome", "exact") in got or [f for f in got if f[1] == "8" and f[0].endswith("农业技术人员")]
    assert [f for f in got if f[1] == "316" and f[0].endswith("农业技术人员")]
    assert not [f for f in got if f[0] == "共"]


def test_one_after_another_is_no_part_of_a_name(tmp_path: Path) -> None:
    got = _figures(tmp_path, "先后组织派出5批共120名援疆干部人才支援新疆建设。")
    assert [f[0] for f in got if f[1] in ("5", "120")] == ["援疆干部人才", "援疆干部人才"]


def test_a_round_the_clock_watch_is_no_figure(tmp_path: Path) -> None:
    got = _figures(tmp_path, "全区设置防控检查站32个，机关干部轮流下沉社区24小时值守。")
    assert not [f for f in got if f[2] == "小时"]
    assert [f for f in got if f[1] == "32"]


def test_a_time_limit_in_hours_stays_a_figure(tmp_path: Path) -> None:
    got = _figures(tmp_path, "企业开办时间压缩至24小时以内。")
    assert [f for f in got if f[1] == "24" and f[2] == "小时"]


def test_a_count_in_words_opening_a_quotation_the_page_cut_is_no_figure(tmp_path: Path) -> None:
    report = page_report(tmp_path, _HEAD + "全区新建口袋公园3个。与此同时，为推进“五个")
    got = [(f.indicator, f.value, f.unit) for f in report.figures]
    assert got == [("口袋公园", "3", "个")]


def test_batches_in_words_are_no_count(tmp_path: Path) -> None:
    got = _figures(tmp_path, "分三批集中开工重点项目15个，落地一批科技成果。")
    assert not [f for f in got if f[2] == "批"]
    assert [f for f in got if f[1] == "15"]


def test_a_move_in_a_ranking_named_by_zai_zhong_is_the_rankings_place(tmp_path: Path) -> None:
    got = _figures(tmp_path, "全年在全国工业百强区中再前进7位左右。")
    assert ("全国工业百强区位次", "7", "位", "outcome", "about") in got


def test_wei_after_no_move_stays_no_figure(tmp_path: Path) -> None:
    got = _figures(tmp_path, "在全国百强城市中位置靠前，两位数增长。")
    assert not [f for f in got if f[2] == "位"]
