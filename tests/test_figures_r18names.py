"""Rule tests for names, ranges and qualifiers (issue 9, round 18, fxdnames): invented sentences for
the general causes of real_aside21/22's misses, with the neighbours each rule must leave alone."""

from __future__ import annotations

from drafter.figures import extract_figures


def _got(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.qualifier) for f in extract_figures(text, kind=kind, year=2023)]


def test_a_range_whose_dash_was_lost() -> None:
    assert _got("——地区生产总值增长6.5%7%。", "target") == [("地区生产总值", "6.5-7", "at_least")]
    assert _got("出口增长5%5.5%，进口增长3%。", "target")[0] == ("出口", "5-5.5", "at_least")
    # values of a list, or bounds far apart: two figures as written
    assert [v for _, v, _ in _got("上半年猪肉和牛肉产量同比分别下降2.1%3.5%。")] == ["2.1", "3.5"]
    assert [v for _, v, _ in _got("投资和消费增长3%8%。")] == ["3", "8"]
    assert [v for _, v, _ in _got("工业增长9%6%。")] == ["9", "6"]


def test_a_qualifier_cut_by_the_page_end() -> None:
    assert _got("——服务业增加值增长8%左", "target") == [("服务业增加值", "8", "about")]
    assert _got("——服务业增加值增长8%左右，出口增长5%。", "target")[0][2] == "about"
    # 左 inside the text is no qualifier
    assert _got("新建企业12家，左岸片区完成投资3亿元。")[0][2] == "exact"


def test_a_lost_list_of_values_names_the_growths_after() -> None:
    got = _got("上半年猪肉和牛肉产量分别为101.132.5万吨，同比分别下降1.2%、3.4%。")
    assert [n for n, _, _ in got] == ["猪肉产量", "牛肉产量"]
    got = _got("上半年猪肉和牛肉产量分别为101.132.5万吨，同比分别下降1.2%3.4%。")
    assert [n for n, _, _ in got] == ["猪肉产量", "牛肉产量"]
    # values written: named by them as before
    got = _got("上半年猪肉和牛肉产量分别为101.1、32.5万吨，同比分别下降1.2%、3.4%。")
    assert [n for n, _, _ in got] == ["猪肉产量", "牛肉产量", "猪肉产量", "牛肉产量"]


def test_a_pronoun_scope_of_the_place_goes() -> None:
    assert _got("2022年本县一般公共预算收入完成12.5亿元。") == [("一般公共预算收入", "12.5", "exact")]
    assert _got("本省社会消费品零售总额增长6%。")[0][0] == "社会消费品零售总额"
    # 本级 (the level's own) and 本区域 stay
    assert _got("本级一般公共预算收入完成5亿元。")[0][0] == "本级一般公共预算收入"
    assert _got("本区域内新增企业20家。")[0][0].startswith("本区域")


def test_a_scope_after_equivalent_to_a_whole_total_goes() -> None:
    got = _got("研发经费支出相当于全县地区生产总值的比例达2.1%。")
    assert got == [("研发经费支出相当于地区生产总值的比例", "2.1", "exact")]
    assert _got("教育投入相当于本市生产总值的比重为4%。")[0][0] == "教育投入相当于生产总值的比重"
    # 占 keeps the text's words; a scope before no total stays
    assert _got("环保投入占全市生产总值的比例为3%。")[0][0] == "环保投入占全市生产总值的比例"
    assert _got("人均收入相当于全市平均水平的80%。")[0][0] == "人均收入相当于全市平均水平"
