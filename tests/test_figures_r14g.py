"""Generalisation tests of round 14's rules (issue 9, fxgen5; docs/NAMES-GENERALISATION.md round 20).
Every sentence here is invented: other wordings, places, indicators and 繁体 copies of the round's rules
(gaps to a wider scope with its rate in brackets, rank moves, thousands blanks, milestones onto a 台阶,
万亿 without 元, pollutant lists, a class threshold's 其中 parts, list items sharing a head, 增量 ranks,
剩余 before people, ranks that lost 第/位, and the place rules)."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures
from drafter.normalize import normalize_text, simplified_converter
from drafter.structure.places import places_in


def _got(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(normalize_text(text), kind=kind, year=2023)]


def _trad(text: str) -> list[tuple[str, str | None, str]]:
    return _got(simplified_converter()(text))  # a 繁体 page is read in simplified characters


# --- a gap to a wider scope with its own rate in brackets: no figure; the gap and the rank are the clause's
@pytest.mark.parametrize(("text", "want"), [
    ("全县规上工业增加值增速比全省（6.2%）高1.8个百分点，居全省第5位。",
     [("规上工业增加值增速", "1.8", "个百分点"), ("规上工业增加值增速", "5", "位")]),
    ("一般公共预算收入增长9%，高于全国（5.0%）4个百分点，排名全市第2位。",
     [("一般公共预算收入", "9", "%"), ("一般公共预算收入", "4", "个百分点"), ("一般公共预算收入", "2", "位")]),
    ("社会消费品零售总额增长8%，低于全省（9.1%）1.1个百分点。",
     [("社会消费品零售总额", "8", "%"), ("社会消费品零售总额", "1.1", "个百分点")]),
    ("固定资产投资增速比全国（3.0%）高2.5个百分点，位居全省第7位。",
     [("固定资产投资增速", "2.5", "个百分点"), ("固定资产投资增速", "7", "位")]),
    ("城镇居民人均可支配收入增长6%，比全省（5.5%）高0.5个百分点，居全省第8位。",
     [("城镇居民人均可支配收入", "6", "%"), ("城镇居民人均可支配收入", "0.5", "个百分点"), ("城镇居民人均可支配收入", "8", "位")]),
    ("地区生产总值增长6%，高于全省（4.5%）1.5个百分点，排名全省第二。",
     [("地区生产总值", "6", "%"), ("地区生产总值", "1.5", "个百分点"), ("地区生产总值", "二", "")]),
    ("规上工业增加值增速比全市（8%）低0.5个百分点，居全市第6位。",
     [("规上工业增加值增速", "0.5", "个百分点"), ("规上工业增加值增速", "6", "位")]),
    ("工业增加值增长4%，比全省（5.2%）低1.2个百分点。", [("工业增加值", "4", "%"), ("工业增加值", "1.2", "个百分点")]),
    ("地区生产总值增长5.2%，与全国（5.2%）持平。", [("地区生产总值", "5.2", "%")]),
    ("税收收入增长3%，比全省（2%）快1个百分点。", [("税收收入", "3", "%"), ("税收收入", "1", "个百分点")]),
])
def test_a_wider_scopes_bracketed_rate_is_no_figure(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _got(text) == want


def test_a_bracketed_gap_in_traditional_characters() -> None:
    assert _trad("全區地區生產總值增長6.5%，高於全省（5.8%）0.7個百分點，居全省第4位。") == [
        ("地区生产总值", "6.5", "%"), ("地区生产总值", "0.7", "个百分点"), ("地区生产总值", "4", "位")]


# --- a rank moved: unit 位, named by the rank with its head, the verb of the move gone
@pytest.mark.parametrize(("text", "want"), [
    ("规上工业增加值增速排名上升5位。", ("规上工业增加值增速排名", "5", "位")),
    ("全市GDP增速位次较上年提升4位。", ("GDP增速位次", "4", "位")),
    ("社会消费品零售总额增速排名比一季度上升2位。", ("社会消费品零售总额增速排名", "2", "位")),
    ("地区生产总值增速位次比去年同期前移6位。", ("地区生产总值增速位次", "6", "位")),
    ("地区生产总值增速位次比上年前移6位。", ("地区生产总值增速位次", "6", "位")),
    ("工业投资增速排名前进5位。", ("工业投资增速排名", "5", "位")),
    ("固定资产投资增速在全省排名前进10位左右。", ("固定资产投资增速排名", "10", "位")),
    ("规上工业增加值增速位次后移2位。", ("规上工业增加值增速位次", "2", "位")),
])
def test_a_rank_moved_is_named_by_the_rank(text: str, want: tuple[str, str, str]) -> None:
    assert _got(text) == [want]


def test_a_rank_move_in_traditional_characters_and_its_direction() -> None:
    assert _trad("財政收入增速位次比上年前移3位。") == [("财政收入增速位次", "3", "位")]
    moved = extract_figures("规上工业增加值增速位次后移2位。", kind="outcome", year=2023)[0]
    assert (moved.measure, moved.direction) == ("rank", "down")


# --- a yearbook's thousands blank joins one number
@pytest.mark.parametrize(("text", "want"), [
    ("外贸进出口总额达到1 256亿元，增长7%。", ("外贸进出口总额", "1256", "亿元")),
    ("全年粮食总产量达到3 280.5万吨。", ("粮食总产量", "3280.5", "万吨")),
    ("全区实现地区生产总值2 468亿元。", ("地区生产总值", "2468", "亿元")),
    ("全县农业总产值1 032亿元。", ("农业总产值", "1032", "亿元")),
    ("城镇居民人均可支配收入达到43 215元，增长5.1%。", ("城镇居民人均可支配收入", "43215", "元")),
    ("全市接待游客 1 235 600人次。", ("接待游客", "1235600", "人次")),
])
def test_a_thousands_blank_joins_one_number(text: str, want: tuple[str, str, str]) -> None:
    assert _got(text)[0] == want


# --- a round amount stepped onto (迈上/跨上/跃上/站上…台阶) is a milestone, at least
@pytest.mark.parametrize(("text", "want"), [
    ("全市一般公共预算收入迈上百亿元台阶。", ("一般公共预算收入", "百", "亿元")),
    ("全县地区生产总值首次跨上千亿台阶。", ("地区生产总值", "千", "亿")),
    ("工业总产值跃上五百亿元台阶。", ("工业总产值", "五百", "亿元")),
    ("全省地区生产总值站上十万亿元台阶。", ("地区生产总值", "十", "万亿元")),
    ("全县财政总收入首次迈上五十亿元台阶。", ("财政总收入", "五十", "亿元")),
    ("全市社会消费品零售总额迈上千亿台阶。", ("社会消费品零售总额", "千", "亿")),
])
def test_a_milestone_onto_a_step(text: str, want: tuple[str, str, str]) -> None:
    figs = extract_figures(text, kind="outcome", year=2023)
    assert [(f.indicator, f.value, f.unit, f.qualifier) for f in figs] == [(*want, "at_least")]


# --- an amount in 万亿 without 元 keeps its unit
@pytest.mark.parametrize(("text", "want"), [
    ("全省地区生产总值达到12.6万亿，增长5%。", ("地区生产总值", "12.6", "万亿")),
    ("全市社会消费品零售总额1.2万亿，增长6.1%。", ("社会消费品零售总额", "1.2", "万亿")),
    ("全省实现地区生产总值2.3万亿，增长6%。", ("地区生产总值", "2.3", "万亿")),
    ("金融机构各项存款余额达到3.5万亿，增长9%。", ("金融机构各项存款余额", "3.5", "万亿")),
])
def test_an_amount_in_wan_yi_without_yuan(text: str, want: tuple[str, str, str]) -> None:
    got = _got(text)
    assert got[0] == want and got[1][1:] != ("", "")


# --- pollutants listed with their measure once, met as a task from above
@pytest.mark.parametrize(("text", "want"), [
    ("化学需氧量、氨氮、二氧化硫主要污染物排放量完成省下达的目标任务。", ["化学需氧量排放量", "氨氮排放量", "二氧化硫排放量"]),
    ("万元GDP能耗和总磷、氮氧化物主要污染物排放量完成市下达的目标任务。", ["万元GDP能耗", "总磷排放量", "氮氧化物排放量"]),
    ("二氧化硫、氮氧化物主要污染物排放量完成国家下达的目标任务。", ["二氧化硫排放量", "氮氧化物排放量"]),
    ("化学需氧量和氨氮主要污染物排放量均完成省下达的目标任务。", ["化学需氧量排放量", "氨氮排放量"]),
    ("化学需氧量和氨氮主要污染物排放量完成省下达的减排任务。", ["化学需氧量排放量", "氨氮排放量"]),
    ("化学需氧量、氨氮排放量完成省下达的减排任务。", ["化学需氧量排放量", "氨氮排放量"]),
])
def test_pollutants_of_a_task_from_above_each_take_the_head(text: str, want: list[str]) -> None:
    assert [n for n, v, _ in _got(text) if v is None] == want


def test_a_pollutant_task_in_traditional_characters() -> None:
    assert [n for n, v, _ in _trad("單位GDP能耗、二氧化硫排放量完成省下達的目標任務。") if v is None] == [
        "单位GDP能耗", "二氧化硫排放量"]


# --- a 其中 part of a class threshold takes the total's class
@pytest.mark.parametrize(("text", "want"), [
    ("主营业务收入亿元以上工业企业达到52家，其中10亿元以上的达到8家。",
     [("主营业务收入亿元以上工业企业", "52"), ("主营业务收入10亿元以上的工业企业", "8")]),
    ("年销售额5000万元以上的商贸企业120家，其中亿元以上的有35家。",
     [("年销售额5000万元以上的商贸企业", "120"), ("年销售额亿元以上的商贸企业", "35")]),
    ("年主营业务收入2000万元以上的工业企业达到320家，其中亿元以上的有68家。",
     [("年主营业务收入2000万元以上的工业企业", "320"), ("年主营业务收入亿元以上的工业企业", "68")]),
    ("营业收入亿元以上企业45家，其中10亿元以上的有6家。", [("营业收入亿元以上企业", "45"), ("营业收入10亿元以上的企业", "6")]),
])
def test_a_part_of_a_class_threshold(text: str, want: list[tuple[str, str]]) -> None:
    assert [(n, v) for n, v, _ in _got(text)] == want


# --- list items sharing a head
@pytest.mark.parametrize(("text", "want"), [
    ("新建商品房销售面积、销售额分别增长6%和8%。", [("商品房销售面积", "6"), ("商品房销售额", "8")]),
    ("住宅销售面积、销售额分别下降5%和3%。", [("住宅销售面积", "5"), ("住宅销售额", "3")]),
    ("规模以上工业企业营业收入、利润总额分别增长9%、12%。", [("规模以上工业企业营业收入", "9"), ("规模以上工业企业利润总额", "12")]),
    ("外贸进出口总值增长8%。其中出口、进口总值分别为300亿元和200亿元。",
     [("外贸进出口总值", "8"), ("出口总值", "300"), ("进口总值", "200")]),
    ("全市货物进出口总值增长6%，其中出口、进口总值分别增长8%和3%。",
     [("货物进出口总值", "6"), ("出口总值", "8"), ("进口总值", "3")]),
    ("金融机构存贷款余额增长10%。其中存款、贷款余额分别为800亿元和600亿元。",
     [("金融机构存贷款余额", "10"), ("存款余额", "800"), ("贷款余额", "600")]),
    ("存贷款余额分别为900亿元、700亿元。", [("存款余额", "900"), ("贷款余额", "700")]),
])
def test_list_items_sharing_a_head(text: str, want: list[tuple[str, str]]) -> None:
    assert [(n, v) for n, v, _ in _got(text)] == want


# --- a rank of the increment without a verb is the indicator's 增量
@pytest.mark.parametrize(("text", "want"), [
    ("一般公共预算收入完成85亿元，增量居全省第一。", ("一般公共预算收入增量", "一", "")),
    ("地区生产总值达到3200亿元，增量全市第三。", ("地区生产总值增量", "三", "")),
    ("税收收入完成60亿元，增量居全市第二。", ("税收收入增量", "二", "")),
    ("一般公共预算收入增量全省第一。", ("一般公共预算收入增量", "一", "")),
    ("全年进出口总额增长15%，增量全省第二。", ("进出口总额增量", "二", "")),
])
def test_a_rank_of_the_increment(text: str, want: tuple[str, str, str]) -> None:
    assert _got(text)[-1] == want


# --- 剩余 before people counted: the people still left
@pytest.mark.parametrize(("text", "want"), [
    ("剩余2.1万贫困人口全部脱贫摘帽。", ("剩余贫困人口", "2.1", "万")),
    ("剩余1.5万贫困人口全部实现稳定增收。", ("剩余贫困人口", "1.5", "万")),
    ("剩余1.5万农村低收入人口全部实现稳定增收。", ("剩余农村低收入人口", "1.5", "万")),
    ("剩余1.5万农村低收入人口全部脱贫。", ("剩余农村低收入人口", "1.5", "万")),
    ("全县剩余3200名贫困人口全部脱贫。", ("剩余贫困人口", "3200", "名")),
    ("剩余3200名农村贫困人口全部脱贫。", ("剩余农村贫困人口", "3200", "名")),
])
def test_the_people_still_left(text: str, want: tuple[str, str, str]) -> None:
    assert _got(text) == [want]


# --- a rank that lost 第 and 位 after a rank verb and a scope
@pytest.mark.parametrize(("text", "want"), [
    ("规模以上工业增加值增长8.2%，居全省3。", ("规模以上工业增加值", "3", "")),
    ("固定资产投资增长12%，位居全市2。", ("固定资产投资", "2", "")),
    ("社会消费品零售总额增长9%，排名全省4。", ("社会消费品零售总额", "4", "")),
    ("全市地区生产总值增长7.1%，增速排名全省3。", ("地区生产总值增速", "3", "")),
    ("城镇常住居民人均可支配收入达到5.2万元，增长5%，居全省6。", ("城镇常住居民人均可支配收入", "6", "")),
])
def test_a_rank_that_lost_di_and_wei(text: str, want: tuple[str, str, str]) -> None:
    assert _got(text)[-1] == want


# --- places: a preposition or conjunction before a level is none; a county opening with one is
@pytest.mark.parametrize("text", [
    "受县人民政府委托，向县人大常委会报告全县上半年计划执行情况",
    "由市政府统一调度",
    "经区政府研究同意",
    "向州人大常委会作报告",
    "从县财政列支",
])
def test_a_preposition_before_a_level_names_no_place(text: str) -> None:
    assert places_in(text) == []


@pytest.mark.parametrize("text", ["和县", "向阳区", "和平区", "从化区", "和龙市"])
def test_a_place_opening_with_a_function_word_stays(text: str) -> None:
    assert places_in(f"{text}人民政府关于2023年计划执行情况的报告") == [text]
