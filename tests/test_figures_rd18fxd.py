"""Rule tests for the general causes behind the first-sight misses of tests/real_aside80 (issue 9, round 18,
fx18d; its README and docs/FIGURES.md "Round 18 fixes (fx18d; …)"). Every text here is invented: other places,
sectors, wordings and numbers, and the cases each rule must leave alone."""

from __future__ import annotations

from _bounds import cpu_bound

from drafter.figures import extract_figures
from drafter.figures import lexicon as lex


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(text, kind=kind, year=2019)]


def _names(text: str, kind: str = "outcome") -> list[str]:
    return [f[0] for f in _read(text, kind)]


def test_a_month_span_before_a_single_month_growth_is_no_figure_and_no_name() -> None:
    assert _read("全县外贸出口额增长7.1%，6个月单月增长15%以上，进口由降转升。") == [
        ("外贸出口额", "7.1", "%", "exact"),
        ("外贸出口额", "15", "%", "at_least"),
    ]
    assert _read("社会消费品零售额5个月当月增长超过9%。") == [("社会消费品零售额", "9", "%", "at_least")]
    assert _names("工业用电量增长4%，连续7个月单月增长3%以上。") == ["工业用电量", "工业用电量"]
    # a count of months with no single month after it stays what it was
    assert _read("新建项目平均审批时间压缩至3个月。")[0][1:3] == ("3", "个月")


def test_a_standard_indicator_glossing_a_colloquial_total_is_an_alias_bracket() -> None:
    assert _read("2018年全县经济总量（地区生产总值）达到356.2亿元，居全市第5位。") == [
        ("经济总量", "356.2", "亿元", "exact"),
        ("经济总量", "5", "位", "exact"),
    ]
    assert _names("全市经济总量(生产总值)增长6.4%。") == ["经济总量"]
    # a bracket of another kind is left as it was
    assert _names("地区生产总值（GDP）增长6.4%。") == ["地区生产总值"]


def test_the_new_patterns_run_in_linear_time() -> None:
    alias = next(p for p, _ in lex.SPELLINGS if p.pattern.startswith("总量（"))
    for text in ("总量（地区生产" * 5000, "8个月单" * 5000, "总量（即" * 5000, "三、" * 5000):
        with cpu_bound(2.0):
            lex.TIME.sub("", text)
            alias.sub("", text)
            lex.CLAUSE_END.sub("", text)


def test_a_clause_saying_only_how_a_time_went_names_nothing() -> None:
    assert _read("全县地区生产总值一季度由负转正，二、三季度加快恢复，全年增长5.2%，总量达到312亿元。") == [
        ("地区生产总值", "5.2", "%", "exact"),
        ("地区生产总值总量", "312", "亿元", "exact"),
    ]
    assert _names("工业增加值上半年由负转正，全年增长2.1%。") == ["工业增加值"]
    assert _names("全市旅游收入上半年降幅收窄，下半年逐步回升，全年增长1.5%。")[-1] != "下半年"
    # a sector that recovered owns the bare value after it
    assert _names("住宿餐饮业加快恢复，增加值增长8.3%。") == ["住宿餐饮业增加值"]


def test_a_class_count_before_quoted_documents_goes_and_the_quote_names_them() -> None:
    assert _read("出台7大类28项“稳预期、强信心、促消费”系列政策措施，落实到位。") == [
        ("“稳预期、强信心、促消费”系列政策措施", "28", "项", "exact"),
    ]
    assert _names("印发4类15项“稳增长”配套文件。") == ["“稳增长”配套文件"]
    # a quoted title before the count stays as it was read
    assert _names("新开工“美丽乡村”项目12个。") == ["新开工“美丽乡村”项目"]


def test_a_short_head_repeating_the_object_just_named_takes_its_whole_name() -> None:
    assert _read("着力打造长江沿岸先进装备制造基地，基地产值增长9.4%。") == [("长江沿岸先进装备制造基地产值", "9.4", "%", "exact")]
    assert _names("全力培育生物医药产业集群，集群营收达到320亿元。") == ["生物医药产业集群营收"]
    assert _names("发展壮大数字经济，经济总量增长5%。") == ["数字经济总量"]
    # a clause ending on another word, or a clause with its own figure, gives nothing
    assert _names("推进临港产业园区建设，园区产值增长12%。") == ["园区产值"]
    assert _names("新建产业园区3个，园区产值增长12%。")[-1] == "园区产值"


def test_the_build_lead_runs_in_linear_time() -> None:
    text = "打造" * 20000 + "集群"
    with cpu_bound(1.0):
        lex.BUILD_LEAD.sub("", text)
