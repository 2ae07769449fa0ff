"""Figure rule tests of round 15 (fixer fxa4445): pair words before two values without 分别 (粮油 too), a
shared brand value, a park signed into, 率先 before a predicate, a task over a measure and a verb, a unit in
Latin letters as written, a class threshold inside a name, 经济和社会发展 as one noun, measures of one named
thing after its work, a firm's financial operation, a county of one character. Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report

from drafter.figures import indicator as ind

_REPORT = (
    "{place}2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n"
    "一、2021年国民经济和社会发展计划执行情况\n{body}\n"
    "二、2022年国民经济和社会发展计划草案\n{plan}\n"
)


def _figures(tmp_path: Path, body: str, plan: str = "地区生产总值增长6%左右。", place: str = "某某市某某县") -> list[tuple]:
    report = page_report(tmp_path, _REPORT.format(place=place, body=body, plan=plan))
    return [(f.indicator, f.value, f.unit, f.kind, f.qualifier) for f in report.figures]


def test_a_pair_word_before_two_values_splits_without_fenbie(tmp_path: Path) -> None:
    got = _figures(tmp_path, "经济平稳。金融存贷款余额150.2亿元、120.1亿元，同比增长8.5%、9.8%。")
    assert ("金融存款余额", "150.2", "亿元", "outcome", "exact") in got
    assert ("金融贷款余额", "120.1", "亿元", "outcome", "exact") in got
    assert ("金融存款余额", "8.5", "%", "outcome", "exact") in got
    assert ("金融贷款余额", "9.8", "%", "outcome", "exact") in got


def test_grain_and_oil_split_into_their_ordinary_words(tmp_path: Path) -> None:
    got = _figures(tmp_path, "农业稳中有进。粮油产量稳定在9万吨、1.2万吨，城乡居民人均可支配收入保持在3万元、2万元。")
    assert ("粮食产量", "9", "万吨", "outcome", "exact") in got
    assert ("油料产量", "1.2", "万吨", "outcome", "exact") in got
    assert ("城镇居民人均可支配收入", "3", "万元", "outcome", "exact") in got
    assert ("农村居民人均可支配收入", "2", "万元", "outcome", "exact") in got


def test_a_pair_word_before_one_value_stays_whole(tmp_path: Path) -> None:
    got = _figures(tmp_path, "外贸平稳。外贸进出口总额20亿元，增长5%。粮油加工产值8亿元。")
    assert ("外贸进出口总额", "20", "亿元", "outcome", "exact") in got
    assert ("粮油加工产值", "8", "亿元", "outcome", "exact") in got


def test_products_share_their_brand_value(tmp_path: Path) -> None:
    got = _figures(tmp_path, "品牌建设成效明显。茶叶、香菇、木耳品牌价值分别达10.28、9.31、8.47亿元。")
    assert [g[0] for g in got[:3]] == ["茶叶品牌价值", "香菇品牌价值", "木耳品牌价值"]


def test_projects_signed_into_a_park_are_named_by_it(tmp_path: Path) -> None:
    got = _figures(tmp_path, "工业稳步发展。甲公司年产5000吨材料、乙公司新型电池等12个项目签约入园，5家企业签订入驻。")
    assert ("签约入园项目", "12", "个", "outcome", "exact") in got
    assert ("签订入驻企业", "5", "家", "outcome", "exact") in got


def test_first_before_a_predicate_ends_the_name(tmp_path: Path) -> None:
    got = _figures(tmp_path, "工业稳步发展。新材料方面，甲乙500吨高纯硅材料项目率先投产。全县235家企业率先完成改造。")
    assert ("甲乙高纯硅材料项目", "500", "吨", "outcome", "exact") in got
    assert [g for g in got if g[1] == "235" and g[0].endswith("率先")] == []


def test_a_task_over_a_measure_and_a_verb_is_two_targets(tmp_path: Path) -> None:
    got = _figures(tmp_path, "经济平稳。全县地区生产总值增长7%。",
                   plan="主要预期目标是：地区生产总值增长6%左右；能耗强度和减排指标完成自治区下达任务。")
    assert ("能耗强度", None, "", "target", "exact") in got
    assert ("减排", None, "", "target", "exact") in got


@pytest.mark.parametrize("unit", ["μg/m3", "μg/m³", "mg/m3"])
def test_a_unit_in_latin_letters_is_kept_as_written(tmp_path: Path, unit: str) -> None:
    got = _figures(tmp_path, f"生态环境持续改善。——PM2.5平均浓度32{unit}。")
    assert ("PM2.5平均浓度", "32", unit, "outcome", "exact") in got


def test_a_class_threshold_met_or_bettered_is_part_of_the_name(tmp_path: Path) -> None:
    got = _figures(tmp_path, "生态环境持续改善。地表水达到或好于III类水体比例93.3%；空气质量达到或优于二级标准天数300天。")
    assert ("地表水达到或好于III类水体比例", "93.3", "%", "outcome", "exact") in got
    assert ("空气质量达到或优于二级标准天数", "300", "天", "outcome", "exact") in got


def test_economic_and_social_development_is_one_noun(tmp_path: Path) -> None:
    got = _figures(tmp_path, "对照计划，年初下达的40项经济和社会发展指标中，38项完成。新建5个公园和3个广场。")
    assert ("经济和社会发展指标", "40", "项", "outcome", "exact") in got
    assert ("公园", "5", "个", "outcome", "exact") in got
    assert ("广场", "3", "个", "outcome", "exact") in got


def test_measures_after_a_named_things_work_are_the_things(tmp_path: Path) -> None:
    got = _figures(tmp_path, "生态建设扎实推进。实施北湖补水2000万立方米、累计补水量6000万立方米，面积30.5平方千米，"
                   "现状库容5000万立方米，实现北湖连续十年不干涸。")
    assert [g[0] for g in got[:4]] == ["北湖补水", "北湖补水量", "北湖面积", "北湖现状库容"]


def test_an_area_after_other_work_stays_bare(tmp_path: Path) -> None:
    got = _figures(tmp_path, "生态建设扎实推进。全年完成造林8万亩，面积累计达到20万亩。商品房销售面积20万平方米，销售额10亿元。")
    assert ("面积", "20", "万亩", "outcome", "exact") in got
    assert ("商品房销售额", "10", "亿元", "outcome", "exact") in got


def test_a_firms_financial_operation_keeps_the_firm(tmp_path: Path) -> None:
    got = _figures(tmp_path, "工业稳步发展。材料方面，甲乙完成10.5亿元股权定增，项目建设加快。全县完成10亿元股权融资。"
                   "累计完成20亿元直接融资。上市企业完成8亿元增资。")
    assert ("甲乙股权定增", "10.5", "亿元", "outcome", "exact") in got
    assert ("股权融资", "10", "亿元", "outcome", "exact") in got
    assert ("直接融资", "20", "亿元", "outcome", "exact") in got
    assert ("增资", "8", "亿元", "outcome", "exact") in got


@pytest.mark.parametrize(("region", "names"), [
    ("某某省某某市茂县", ("茂县",)), ("茂县", ("茂县",)), ("枣庄市市中区", ("市中区", "市中")), ("某某市荔城区", ("荔城区", "荔城")),
])
def test_a_county_of_one_character_is_its_own_full_name(region: str, names: tuple[str, ...]) -> None:
    assert ind.own_place_names(region) == names


def test_a_county_of_one_character_leaves_its_products_names(tmp_path: Path) -> None:
    got = _figures(tmp_path, "品牌建设成效明显。茂县茶叶、香菇品牌价值分别达10.28、9.31亿元。", place="茂县")
    assert [g[0] for g in got[:2]] == ["茶叶品牌价值", "香菇品牌价值"]
