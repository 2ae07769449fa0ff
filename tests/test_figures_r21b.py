"""Figure rules of fxa29 (real_aside29 classes), on invented sentences: other indicators, places and
numbers, traditional characters, stray blanks, and the neighbours each rule must leave alone."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures
from drafter.normalize import normalize_text, simplified_converter

_T = simplified_converter()


def _figures(text: str, year: int = 2021) -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.kind) for f in extract_figures(normalize_text(text), kind="outcome", year=year, place="")]


def _names(text: str, year: int = 2021) -> list[tuple[str, str | None, str]]:
    return [(n, v, u) for n, v, u, _ in _figures(text, year)]


# --- a half-year report's restated year plan: met, then bettered; target values listed --------------


@pytest.mark.parametrize(
    ("text", "gone", "want"),
    [
        ("——全年税收收入计划完成预算目标并力争增长7%。上半年完成52.3亿元，同比增长8.2%。",
         ("7", "%"), [("税收收入", "52.3", "亿元"), ("税收收入", "8.2", "%")]),
        ("——全年一般公共预算收入计划完成年度任务并争取增长6%。上半年完成30.1亿元，同比增长6.5%。",
         ("6", "%"), [("一般公共预算收入", "30.1", "亿元")]),
        ("——全年单位地区生产总值能耗降低率和单位二氧化碳排放降低率目标值分别为3.5%和4.2%。",
         ("3.5", "%"), []),
        (_T("——全年稅收收入計劃完成預算目標並力爭增長7%。上半年完成52.3億元，同比增長8.2%。"),
         ("7", "%"), [("税收收入", "52.3", "亿元"), ("税收收入", "8.2", "%")]),
    ],
)
def test_a_restated_plan_met_then_bettered_lists_nothing(text: str, gone: tuple[str, str], want: list[tuple[str, str, str]]) -> None:
    names = _names(text)
    assert [n for n in names if (n[1], n[2]) == gone] == []
    assert [n for n in want if n not in names] == []


def test_a_plan_outside_a_restating_item_stays() -> None:
    # must leave alone: a growth of the year with no plan word, a completion of the plan
    names = _names("全年税收收入增长7%。上半年完成年计划的55%。")
    assert ("税收收入", "7", "%") in names


# --- a move in a named ranking ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("中国百强县排名由45位提升到31位，连续3年获评全省强县。",
         [("中国百强县", "45", "位", "baseline"), ("中国百强县", "31", "位", "outcome")]),
        ("全国综合竞争力排名由第15位上升至第9位。",
         [("综合竞争力", "15", "位", "baseline"), ("综合竞争力", "9", "位", "outcome")]),
        ("综合实力百强区排名从 45 位提 升到 31 位。",  # a print's blanks inside numbers and words
         [("综合实力百强区", "45", "位", "baseline"), ("综合实力百强区", "31", "位", "outcome")]),
        (_T("綜合實力百強區排名從45位提升到31位。"),
         [("综合实力百强区", "45", "位", "baseline"), ("综合实力百强区", "31", "位", "outcome")]),
        ("经济总量由第5位提升到第3位，增速居全省第2位。",
         [("经济总量", "5", "位", "baseline"), ("经济总量", "3", "位", "outcome"), ("经济增速", "2", "位", "outcome")]),
    ],
)
def test_a_move_in_a_ranking_has_a_start_and_an_end(text: str, want: list[tuple[str, str, str, str]]) -> None:
    assert [w for w in want if w not in _figures(text)] == []


def test_a_rise_with_no_start_keeps_its_ranking_word() -> None:
    # must leave alone: real_aside7's rise named with 排名
    assert ("综合实力百强区排名", "51", "位", "outcome") in _figures("全国综合实力百强区排名继续攀升至51位。")


# --- a milestone written with its scale alone --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("地区生产总值成功突破千亿大关，三次产业结构持续优化。", ("地区生产总值", "千", "亿")),
        ("进出口总额首次突破两百亿大关。", ("进出口总额", "两百", "亿")),
        ("财政总收入突破500亿大关，同比增长5%。", ("财政总收入", "500", "亿")),
        ("工业总产值一举突破 800 亿大关。", ("工业总产值", "800", "亿")),
        (_T("地區生產總值成功突破千億大關。"), ("地区生产总值", "千", "亿")),
        ("地区生产总值成功突破千亿元大关。", ("地区生产总值", "千", "亿元")),
    ],
)
def test_a_milestone_written_with_its_scale_is_a_figure(text: str, want: tuple[str, str, str]) -> None:
    assert want in _names(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("完成1012.9亿元，突破千亿大关，增长8%。", "千"),  # restates the amount before it
        ("突破千亿大关，达到1012.9亿元。", "千"),  # restates the amount after it
        ("打造千亿级产业集群。", "千"),  # a class of size, no figure
    ],
)
def test_a_milestone_restating_an_amount_or_a_class_is_no_figure(text: str, gone: str) -> None:
    assert [n for n in _names(text) if n[1] == gone] == []


# --- a rank of a count's total written as a measure of the count -------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("新增国家级制造业单项冠军4家、累计培育数居全省第2；新增专精特新中小企业35家，新增数居全省第1。",
         [("国家级制造业单项冠军", "2", ""), ("专精特新中小企业", "1", "")]),
        ("新认定高新技术企业120家，总数居全市第2位。", [("高新技术企业", "2", "位")]),
        ("新增市场主体8000户，总量居全市第一。", [("市场主体", "一", "")]),
        (_T("新增國家級單項冠軍4家、累計培育數居全省第2。"), [("国家级单项冠军", "2", "")]),
    ],
)
def test_a_rank_of_a_counts_total_is_named_by_the_thing(text: str, want: list[tuple[str, str, str]]) -> None:
    assert [w for w in want if w not in _names(text)] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # must leave alone: 数量 after a count stays (real, real_aside2), an index, a growth's rank
        ("A股上市公司达80家，数量居全国城市第9位。", ("A股上市公司数量", "9", "位")),
        ("新增企业36家，发展指数居全省第1。", ("发展指数", "1", "")),
        ("地区生产总值增长6%，增速居全市第3位。", ("地区生产总值增速", "3", "位")),
    ],
)
def test_other_ranks_after_a_count_keep_their_names(text: str, want: tuple[str, str, str]) -> None:
    assert want in _names(text)


# --- counted nouns: 受到, 重组, a reform's year as a base ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全区153项工作受到国家和省市表彰表扬。", ("工作", "153", "项")),
        ("12项经验做法受到省委肯定。", ("经验做法", "12", "项")),
        ("全县 46 项工作受到省级以上表彰。", ("工作", "46", "项")),
        (_T("全區153項工作受到國家表彰。"), ("工作", "153", "项")),
        ("战略性重组3家区属国企。", ("战略性重组区属国企", "3", "家")),
        ("兼并重组5家市属企业。", ("兼并重组市属企业", "5", "家")),
        ("资产规模超1600亿元、较2018年改革前增长90%。", ("资产规模", "90", "%")),
        ("营业收入较2019年重组前增长45%。", ("营业收入", "45", "%")),
        # must leave alone: a plain year's base, a thing named with 受到 before its count
        ("营业收入较2019年增长45%。", ("营业收入", "45", "%")),
        ("受到表彰的企业35家。", ("受到表彰的企业", "35", "家")),
    ],
)
def test_counted_nouns_and_bases(text: str, want: tuple[str, str, str]) -> None:
    assert want in _names(text)


# --- verb runs and verbs carried to a list's next item -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("新建和改造提升高标准农田0.93万亩。", [("新建和改造提升高标准农田", "0.93", "万亩")]),
        ("新建改造升级农贸市场12个。", [("新建改造升级农贸市场", "12", "个")]),
        ("培育营收百亿楼宇19幢、税收亿元楼宇32幢。", [("培育营收百亿楼宇", "19", "幢"), ("培育税收亿元楼宇", "32", "幢")]),
        ("引进总部企业5家、外资企业3家。", [("引进总部企业", "5", "家"), ("引进外资企业", "3", "家")]),
        ("新集聚省级以上持牌金融机构12家。", [("省级以上持牌金融机构", "12", "家")]),
        (_T("新建和改造提升高標準農田2萬畝。"), [("新建和改造提升高标准农田", "2", "万亩")]),
        # must leave alone: 新建和改造 as a lead (real_aside19), a list of stocks reached, other heads
        ("新建和改造乡镇超市及村级农家店3600家。", [("乡镇超市及村级农家店", "3600", "家")]),
        ("新建改造农贸市场12个。", [("农贸市场", "12", "个")]),
        ("培育国家高新技术企业预计达165家、雏鹰企业177家。", [("雏鹰企业", "177", "家")]),
        ("建成5G基站1200个、充电桩300个。", [("充电桩", "300", "个")]),
    ],
)
def test_verb_runs_and_carried_verbs(text: str, want: list[tuple[str, str, str]]) -> None:
    assert [w for w in want if w not in _names(text)] == []


# --- a task from above met by a list closed by 等指标 ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("开放型经济、节能降耗、计划生育等指标完成市下达任务。", "开放型经济、节能降耗、计划生育等指标"),
        ("招商引资、外贸出口、人口计生等指标完成省下达任务。", "招商引资、外贸出口、人口计生等指标"),
        (_T("開放型經濟、節能降耗、計劃生育等指標完成市下達任務。"), "开放型经济、节能降耗、计划生育等指标"),
        # must leave alone: a head word alone, a list split into its measures
        ("化学需氧量、二氧化硫、氨氮、氮氧化物等减排指标完成省下达任务。", "减排指标"),
        ("节能减排指标完成市下达任务。", "节能减排"),
    ],
)
def test_a_task_over_a_list_kept_whole_keeps_its_head(text: str, want: str) -> None:
    assert want in [n for n, _, _ in _names(text)]


def test_a_task_over_a_list_of_measures_is_split() -> None:
    names = [n for n, _, _ in _names("单位生产总值能耗降低率、主要污染物排放总量等约束性指标完成省下达任务。")]
    assert "主要污染物排放总量" in names
    assert not any(n.endswith("指标") for n in names)
