"""Figure rule tests of round 16 (fixer fxa58): a gap's target restated in brackets, words of state or time
after a name, a press dateline before a name, 新升规, sectors whose measure the sentence's head says, ranges of
project sizes. Every sentence is invented."""

from __future__ import annotations

import re
from pathlib import Path

from _bounds import cpu_bound
from invented_page import page_report

from drafter.figures import lexicon as lex

_REPORT = (
    "{place}2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n"
    "一、2021年国民经济和社会发展计划执行情况\n{body}\n"
    "二、2022年国民经济和社会发展计划草案\n{plan}\n"
)


def _figures(tmp_path: Path, body: str, plan: str = "地区生产总值增长6%左右。", place: str = "某某市某某县") -> list[tuple]:
    report = page_report(tmp_path, _REPORT.format(place=place, body=body, plan=plan))
    return [(f.indicator, f.value, f.unit, f.kind, f.qualifier) for f in report.figures]


def test_a_gap_target_restated_in_brackets_is_no_figure(tmp_path: Path) -> None:
    got = _figures(
        tmp_path,
        "主要指标如下。——进出口总额5.1万亿元、增长4.2%，低2.8个百分点（7%左右）。"
        "——税收收入800亿元、增长9%，高3个百分点（与年初预期目标6.5%以上相比，下同）。",
    )
    values = [(g[1], g[2]) for g in got]
    assert ("7", "%") not in values
    assert ("6.5", "%") not in values
    assert ("进出口总额", "4.2", "%", "outcome", "exact") in got
    assert ("税收收入", "9", "%", "outcome", "exact") in got


def _fast(pattern: re.Pattern[str], text: str) -> None:
    with cpu_bound(1.0):
        pattern.sub("", text)


def test_the_new_patterns_read_hostile_input_fast() -> None:
    for pattern, _ in lex.SCAN_SPELLINGS:
        _fast(pattern, "1个百分点（与某某某某目标" * 10000)
        _fast(pattern, "1个百分点（1" * 10000)


def test_words_of_state_pace_or_cause_leave_a_names_end(tmp_path: Path) -> None:
    got = _figures(
        tmp_path,
        "项目建设有力。全年推进320个市级重点项目加快建设，86宗县重点项目累计完成投资52.3亿元；"
        "软件产业主营业务收入有望破五百亿元。21项指标中，15项指标符合或好于预期，2项指标由于统计口径调整不可比。",
    )
    names = {g[0] for g in got}
    assert "市级重点项目" in names
    assert "县重点项目" in names
    assert not any(n.endswith(("加快", "累计", "符合或", "不可比")) or "由于" in n for n in names)
    assert "指标" in names


def test_a_modal_before_an_investment_goes(tmp_path: Path) -> None:
    got = _figures(tmp_path, "投资结构优化。", plan="铁路网预期投资260亿元，航空网预计投资90亿元。")
    names = {g[0] for g in got}
    assert "铁路网投资" in names
    assert "航空网投资" in names


def test_state_end_reads_hostile_input_fast() -> None:
    _fast(lex.STATE_END, "由于某" * 10000 + "由于")
    _fast(lex.STATE_END, "项目累计" * 10000)
    _fast(lex.MODAL_BEFORE_MEASURE, "预期投资" * 10000)


def test_a_press_dateline_and_byline_leave_the_first_name(tmp_path: Path) -> None:
    got = _figures(
        tmp_path,
        "某某发改委报告提出今年主要目标\n某某在线—某某新闻网2月3日讯（某某晚报记者 张三）地区生产总值增长7%，工业增长8%。"
        "新华社某某3月5日电 （记者李四 王五）全年粮食产量300万吨。",
    )
    assert ("地区生产总值", "7", "%", "outcome", "exact") in got
    assert ("粮食产量", "300", "万吨", "outcome", "exact") in got
    assert all("讯" not in g[0] and "记者" not in g[0] for g in got)


def test_the_dateline_pattern_reads_hostile_input_fast() -> None:
    for pattern, _ in lex.SCAN_SPELLINGS:
        _fast(pattern, "某" * 10000 + "1月2日讯（" + "记" * 10000)
        _fast(pattern, "网1月2日讯 （记者" * 10000)


def test_new_before_rising_above_the_line_is_a_flag(tmp_path: Path) -> None:
    got = _figures(tmp_path, "工业稳步发展。新升规工业企业超过120家，居全市第2；新入规服务业企业45家。")
    assert ("升规工业企业", "120", "家", "outcome", "at_least") in got
    assert ("入规服务业企业", "45", "家", "outcome", "exact") in got


def test_a_measure_after_fenbie_names_each_listed_sector(tmp_path: Path) -> None:
    got = _figures(
        tmp_path,
        "经济平稳。全县实现地区生产总值300.2亿元，增长5%。其中，第一、第二、第三产业分别实现增加值30.1亿元、"
        "120.5亿元和149.6亿元，分别增长3.1%、4.2%和6.3%。",
    )
    assert ("第一产业增加值", "30.1", "亿元", "outcome", "exact") in got
    assert ("第三产业增加值", "149.6", "亿元", "outcome", "exact") in got
    assert ("第二产业增加值", "4.2", "%", "outcome", "exact") in got


def test_a_range_of_amounts_naming_a_class_of_projects_is_no_figure(tmp_path: Path) -> None:
    got = _figures(tmp_path, "招商成效明显。新引进计划投资过50亿元项目3个，计划投资10亿元~50亿元项目12个，5000万元至1亿元的项目20个。")
    values = {(g[1], g[2]) for g in got}
    assert not values & {("10", "亿元"), ("50", "亿元"), ("5000", "万元"), ("1", "亿元")}
    assert ("引进计划投资10亿元~50亿元项目", "12", "个", "outcome", "exact") in got


def test_the_range_class_patterns_read_hostile_input_fast() -> None:
    _fast(lex._RANGE_CLASS_NEXT, "~1亿元" * 10000)
    _fast(lex._RANGE_CLASS_BEFORE, "1亿元~" * 10000 + "x")


def test_po_before_an_amount_is_passing_it(tmp_path: Path) -> None:
    got = _figures(tmp_path, "产业壮大。软件产业营业收入有望破五百亿元，旅游收入破200亿元。")
    assert ("软件产业营业收入", "五百", "亿元", "outcome", "at_least") in got
    assert ("旅游收入", "200", "亿元", "outcome", "at_least") in got


def test_fuchi_before_a_count_opens_its_name_and_zhongdian_goes(tmp_path: Path) -> None:
    got = _figures(tmp_path, "产业升级。重点扶持50家骨干龙头企业，争取中央资金扶持项目20个。")
    assert ("扶持骨干龙头企业", "50", "家", "outcome", "exact") in got
    assert ("中央资金扶持项目", "20", "个", "outcome", "exact") in got


def test_a_year_inside_a_counted_noun_goes(tmp_path: Path) -> None:
    got = _figures(tmp_path, "招商有力。积极推动28个2021年云端招商集中签约项目建设，加快推进前期工作。")
    assert ("云端招商集中签约项目", "28", "个", "outcome", "exact") in got


def test_the_counted_noun_patterns_read_hostile_input_fast() -> None:
    _fast(lex.COUNTED_EVENT_NOUNS, "集中" * 10000)
    _fast(lex.YEAR_IN_COUNTED, "2020年" * 10000)


def test_manner_adverbs_and_steering_verbs_leave_a_names_head(tmp_path: Path) -> None:
    got = _figures(tmp_path, "项目建设提速。统筹推进总投资3200亿元、150个重点项目建设，扎实实施86个区本级政府投资项目，大力引进高层次人才120名。")
    assert ("总投资", "3200", "亿元", "outcome", "exact") in got
    assert ("区本级政府投资项目", "86", "个", "outcome", "exact") in got
    assert ("引进高层次人才", "120", "名", "outcome", "exact") in got


def test_zhengqu_right_after_a_figure_is_its_higher_alternative(tmp_path: Path) -> None:
    got = _figures(tmp_path, "经济平稳。", plan="地区生产总值增长7%，争取7.5%；固定资产投资增长10%左右。")
    assert ("地区生产总值", "7", "%", "target", "exact") in got
    assert ("地区生产总值", "7.5", "%", "target", "at_least") in got
    assert ("固定资产投资", "10", "%", "target", "about") in got


def test_a_sector_before_a_listed_share_takes_the_share(tmp_path: Path) -> None:
    got = _figures(tmp_path, "结构优化。装备制造业和电子信息产业增加值占规模以上工业增加值比重分别达35.1%和21%。")
    assert ("装备制造业增加值占规模以上工业增加值比重", "35.1", "%", "outcome", "exact") in got
    assert ("电子信息产业增加值占规模以上工业增加值比重", "21", "%", "outcome", "exact") in got


def test_a_class_of_projects_by_size_names_its_investment(tmp_path: Path) -> None:
    got = _figures(tmp_path, "投资稳定。固定资产投资增长11.3%，其中亿元及以上项目完成投资增长31.1%；58个重点项目完成投资180亿元。")
    assert ("亿元及以上项目投资", "31.1", "%", "outcome", "exact") in got
    assert ("投资", "180", "亿元", "outcome", "exact") in got
    _fast(lex.CLASS_OF_PROJECTS, "1亿元及以上" * 10000)
