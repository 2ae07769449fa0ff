"""Rule tests of the thirteenth names round (issue 9, fxnames13): a plan's paragraph recalling last
year by its relative name, a list's shared head 总产量 over one-character items, and the predicate
of the poor lifted out before their count. Every text here is invented."""

from __future__ import annotations

from pathlib import Path

from invented_page import page_report

from drafter.figures import extract_figures
from drafter.figures.report import extract_report, recalls_last_year


def _names(text: str) -> list[tuple[str | None, str]]:
    return [(f.value, f.indicator) for f in extract_figures(text, kind="outcome", year=2023)]


def test_a_plan_paragraph_opening_with_last_year_tells_its_outcomes(tmp_path: Path) -> None:
    report = page_report(tmp_path, (
        "某某市人民政府关于印发2024年国民经济和社会发展计划的通知\n"
        "去年，全市实现地区生产总值1200亿元、增长6%，年初计划执行良好，主要目标顺利完成。\n"
        "今年，全市地区生产总值增长7%左右。\n"), region="某某市")
    kinds = {(f.value, f.kind) for f in extract_report(report)}
    assert {("1200", "outcome"), ("6", "outcome"), ("7", "target")} <= kinds


def test_the_relative_opening_of_last_year() -> None:
    assert recalls_last_year("去年，全市实现生产总值1200亿元，年初计划目标顺利完成。", 2023)
    assert recalls_last_year("上年全年，全县完成投资30亿元。", 2023)
    assert not recalls_last_year("今年，全市生产总值比去年增长7%左右。", 2023)
    assert not recalls_last_year("去年同期基数较高，今年力争增长7%。", 2023)  # no comma after 去年


def test_a_shared_total_output_over_one_character_items() -> None:
    assert _names("全县鱼、虾、蟹总产量分别达1.2万吨、0.3万吨、0.1万吨。") == [
        ("1.2", "鱼总产量"), ("0.3", "虾总产量"), ("0.1", "蟹总产量")]
    assert _names("粮食、油料产量分别达50万吨、3万吨。") == [("50", "粮食产量"), ("3", "油料产量")]


def test_the_poor_lifted_out_before_their_count() -> None:
    assert _names("全年农村贫困人口脱贫2.1万人，贫困村出列12个，贫困县摘帽2个。") == [
        ("2.1", "农村贫困人口"), ("12", "贫困村"), ("2", "贫困县")]
    assert _names("建档立卡贫困户脱贫800户。") == [("800", "建档立卡贫困户")]


def test_a_city_short_name_before_a_total_of_the_city_goes() -> None:
    found = [(f.value, f.indicator) for f in extract_figures(
        "今年临川GDP增长8%左右，临川地区生产总值达到500亿元，临川大学招生3000人。",
        kind="target", year=2024, place="抚州市临川市")]
    assert found == [("8", "GDP"), ("500", "地区生产总值"), ("3000", "临川大学招生")]


def test_a_bare_value_after_a_count_of_a_sector_is_that_sectors() -> None:
    assert _names("全县规模工业达到120家，完成增加值45亿元，增长9%。") == [
        ("120", "规模工业"), ("45", "规模工业增加值"), ("9", "规模工业增加值")]
    assert _names("新建学校3所，完成投资2亿元。")[1] == ("2", "投资")  # not a sector: no owner


def test_a_list_framed_as_aspects_in_the_clause_before() -> None:
    assert _names("在工业投资、民间投资和技改投资方面，分别增长8%、6%和5%。") == [
        ("8", "工业投资"), ("6", "民间投资"), ("5", "技改投资")]
