"""Rule tests for the general causes behind the misses of tests/real_aside79 and tests/real_pass11 (issue 9,
round 18, fx18f; their READMEs and docs/FIGURES.md "Round 18 fixes (fx18f; …)"). Every text here is invented:
other places, sectors, wordings and numbers, and the cases each rule must leave alone."""

from __future__ import annotations

import time

from drafter.figures import extract_figures
from drafter.figures import lexicon as lex


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(text, kind=kind, year=2024)]


def _names(text: str, kind: str = "outcome") -> list[str]:
    return [f[0] for f in _read(text, kind)]


def test_a_count_in_words_inside_a_quoted_slogan_is_no_count() -> None:
    assert _read("省里赋予我县“城市群协同发展的前沿窗口、连接两群的重要支点”的定位，全县上下深受鼓舞。") == []
    # herds in digits count; a count in words outside quotes still counts
    assert _read("标准化羊群达到1600群。") == [("标准化羊群", "1600", "群", "exact")]
    assert _names("新建三个产业园区。") == ["产业园区"]


def test_the_slogan_rule_stays_cheap_on_a_long_hostile_input() -> None:
    # quotes opened everywhere and never closed: each look is bounded by the reach, not the sentence
    text = "“两群" * 50000 + "。"
    started = time.perf_counter()
    for at in range(1, len(text) - 3, 3):
        candidate = lex.Candidate.of(text, at, at + 2, at + 1, at + 2, "两", "群", "")
        lex._inside_quoted_slogan(candidate)
    assert time.perf_counter() - started < 5


def test_each_class_after_a_fund_seeking_verb_goes() -> None:
    assert _read("全年争取各类上级补助资金18.4亿元、同比增长12.6%。") == [
        ("上级补助资金", "18.4", "亿元", "exact"), ("上级补助资金", "12.6", "%", "exact")]
    # 各类 heading the subject stays (a stock)
    assert _names("全区各类金融机构达到95家。") == ["各类金融机构"]


def test_a_currency_after_an_amount_names_nothing() -> None:
    assert _names("全市地区生产总值4.1万亿元人民币，增长5.8%。") == ["地区生产总值", "地区生产总值"]
    assert _names("新增600亿元人民币贷款。") == ["人民币贷款"]


def test_a_year_written_without_nian_heads_no_name() -> None:
    assert _names("市长表示，2024全市地区生产总值8600亿元。") == ["地区生产总值"]


def test_the_intro_of_a_goals_list_goes() -> None:
    assert _read("会议提出，2025年经济社会发展主要预期目标包括地区生产总值增长6%左右。", kind="target") == [
        ("地区生产总值", "6", "%", "about")]
    # 包括 that lists the parts of a thing is no goals' intro
    assert _names("收入来源包括工资性收入2.6万元。") == ["收入来源包括工资性收入"]


def test_a_concession_or_forecast_after_counted_indicators_opens_their_predicate() -> None:
    assert _names("全社会研发投入、外贸出口2项指标虽未达预期但增幅居全省前列。") == ["指标"]
    assert _names("年初确定的28项指标预计均能完成。") == ["指标"]


def test_a_pace_before_a_flag_of_new_things_stays_as_written() -> None:
    # real_aside2's convention (日均新增市场主体 → 日均市场主体) stands; real_pass11's chongqing item disagrees
    assert _names("日均新增市场主体超过900户。") == ["日均市场主体"]
    assert _names("日均客流量12万人次。") == ["日均客流量"]


def test_all_out_then_seek_is_no_striving() -> None:
    assert _read("形成“全力争资金”的工作格局，争取政策资金92.3亿元。") == [("政策资金", "92.3", "亿元", "exact")]
    assert _read("力争地区生产总值增长7%。")[0][3] == "at_least"


def test_leaders_who_lead_a_founded_team_are_not_founded() -> None:
    assert _names("组建25名区领导领衔、80家单位参与的6大招商专班。")[:1] == ["区领导"]
    # the team founded keeps its verb
    assert _names("组建12支专家服务队。") == ["组建专家服务队"]


def test_working_together_with_counted_firms_closes_their_name() -> None:
    assert _names("深化与45家央企合作，工业投资增长7%以上。") == ["央企", "工业投资"]
    assert _names("新增3家合作企业。") == ["合作企业"]
