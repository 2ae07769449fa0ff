"""Rule tests of round 14's fixer fxa36 (real_aside36/37 misses made general). Every text here is
invented: other places, indicators and numbers, and the neighbours each rule must leave alone."""

from __future__ import annotations

from drafter.figures import extract_figures
from drafter.normalize import normalize_text


def _figs(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(normalize_text(text), kind=kind, year=2009)]


def test_a_thousands_blank_joins_one_number() -> None:
    assert normalize_text("全县财政收入完成3 416万元，增长9%") == "全县财政收入完成3416万元，增长9%"
    assert normalize_text("社会消费品零售总额达到1 287.6亿元") == "社会消费品零售总额达到1287.6亿元"
    assert normalize_text("全年接待游客 2 315 600人次") == "全年接待游客2315600人次"
    assert _figs("农民人均纯收入达到4 562元，比上年增加310元。")[0] == ("农民人均纯收入", "4562", "元")


def test_numbers_that_are_no_thousands_group_stay_apart() -> None:
    assert normalize_text("2009年 11月") == "2009年11月"  # a date: 2009 is four digits
    assert normalize_text("位列全省第 3 位") == "位列全省第3位"
    assert normalize_text("。2 400个村") == "。2 400个村"  # a list number after a mark
    assert normalize_text("增长 6.5 120亿元") == "增长 6.5 120亿元"  # a point before: two numbers
    assert normalize_text("747.70 7.1", table=True) == "747.70 7.1"
    assert normalize_text("完成 12 34亿元") == "完成 12 34亿元"  # a group of two digits is none


def test_a_counted_event_noun_keeps_its_verb() -> None:
    # 新开工项目 is a noun: its 开工 ends nothing; the event noun closes the name
    assert _figs("督促35个左右县级重点新开工项目10月底前开工。", "target")[0][:2] == ("县级重点新开工项目", "35")
    assert _figs("推动12个新开工项目尽快开工。", "target")[0][:2] == ("新开工项目", "12")
    assert _figs("全年新开工项目28个。")[0][:2] == ("新开工项目", "28")
    # 开工 after another noun still ends it
    assert _figs("16个市级重点项目开工建设。")[0][:2] == ("市级重点项目", "16")


def test_early_start_and_a_force_frame_leave_the_name() -> None:
    assert _figs("争取8个左右市级前期项目提前开工。", "target")[0][:2] == ("市级前期项目", "8")
    assert _figs("加大对某某大桥等15个重点推进项目协调督促力度。", "target")[0][:2] == ("重点推进项目", "15")
    assert _figs("加大对230家小微企业服务保障力度。", "target")[0][:2] == ("小微企业", "230")


def _done(text: str) -> list[str]:
    return [f.indicator for f in extract_figures(normalize_text(text), kind="outcome", year=2012) if f.value is None]


def test_a_task_from_above_met_by_indicators_and_pollutants() -> None:
    assert _done("万元GDP能耗、人口自然增长率和化学需氧量、二氧化硫、氮氧化物主要污染物排放量预计能完成省下达的目标任务。") == [
        "万元GDP能耗", "人口自然增长率", "化学需氧量排放量", "二氧化硫排放量", "氮氧化物排放量",
    ]
    assert _done("氨氮、总磷排放量完成市下达的目标任务。") == ["氨氮排放量", "总磷排放量"]
    assert _done("单位GDP能耗、城镇登记失业率可以完成市下达的任务。") == ["单位GDP能耗", "城镇登记失业率"]
    # a rate of change still names the thing that changes
    assert _done("单位地区生产总值能耗降低率完成市级下达目标任务。") == ["单位地区生产总值能耗"]


def test_a_part_of_a_class_after_qizhong_takes_the_totals_class() -> None:
    figs = _figs("全市营业收入亿元以上的骨干企业达到46家，其中20亿元以上的达到7家。")
    assert [(n, v) for n, v, _ in figs] == [("营业收入亿元以上的骨干企业", "46"), ("营业收入20亿元以上的骨干企业", "7")]
    figs = _figs("全县主营业务收入5000万元以上企业86家，其中亿元以上的有12家。")
    assert [(n, v) for n, v, _ in figs] == [("主营业务收入5000万元以上企业", "86"), ("主营业务收入亿元以上的企业", "12")]
    # a class with no amount (规模以上) is a noun: the part's own measure names it
    figs = _figs("全市规模以上工业企业达到520家，其中产值10亿元以上的有25家。")
    assert figs[1][:2] == ("产值10亿元以上的规模以上工业企业", "25")


def test_households_counted_with_a_scale_word() -> None:
    assert _figs("全盟有36万农牧户参加了合作经济组织，比上年增加4万户。") == [("农牧户", "36", "万"), ("农牧户", "4", "万户")]
    assert _figs("带动8.5万牧民增收。") == [("牧民", "8.5", "万")]
