"""Rule tests of the fourteenth figures round (real_aside18, branch fxa18). Every text here is
invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _read(text: str, kind: str = "target") -> list[tuple[str | None, str, str]]:
    return [(f.value, f.indicator, f.qualifier) for f in extract_figures(text, kind=kind, year=2023)]


def _names(text: str, kind: str = "outcome") -> list[tuple[str | None, str]]:
    return [(f.value, f.indicator) for f in extract_figures(text, kind=kind, year=2023)]


# --- a growth outpacing another's growth: a qualitative target ------------------------------------


def test_a_growth_higher_than_another_growth_is_a_qualitative_target() -> None:
    assert _read("城乡居民人均可支配收入增长高于经济增速；城镇调查失业率控制在5%以内。") == [
        (None, "城乡居民人均可支配收入", "exact"), ("5", "城镇调查失业率", "at_most")]
    assert _read("农民人均纯收入增幅快于城镇居民人均可支配收入增幅。") == [(None, "农民人均纯收入", "exact")]
    assert _read("服务业增加值增速高于地区生产总值增长，工业投资增长8%。")[0] == (None, "服务业增加值", "exact")


def test_a_growth_higher_than_a_level_stays_no_target() -> None:
    """Only a growth compared with another growth: ``增长高于去年`` names no rate to compare."""
    assert _read("全市居民收入增长高于去年水平较多。") == []


# --- 力争 after a figure: its higher alternative only ---------------------------------------------


def test_striving_after_a_figure_is_its_alternative_only() -> None:
    assert _read("工业投资增长9%，力争11%，其中技改投资增长9%；出口增长4%。") == [
        ("9", "工业投资", "exact"), ("11", "工业投资", "at_least"),
        ("9", "技改投资", "exact"), ("4", "出口", "exact")]
    assert _read("工业投资增长9%，力争达到11%；出口增长4%，力争5%。") == [
        ("9", "工业投资", "exact"), ("11", "工业投资", "at_least"), ("4", "出口", "exact"), ("5", "出口", "at_least")]


def test_striving_opening_a_list_still_governs_it() -> None:
    assert [q for _, _, q in _read("力争工业投资增长9%，出口增长4%。")] == ["at_least", "at_least"]


# --- extras: a count closing quoted formulas, a round milestone restating the amount, a programme's span


def test_a_count_closing_a_list_of_quoted_formulas_is_a_formula() -> None:
    assert _names("省委提出“两个先行”目标、“三个高地”定位以及五项重点任务，全市上下认真落实。") == []
    assert _names("会议明确“一条主线”要求、“双轮驱动”战略和三项重点工作。") == []


def test_a_count_after_one_quoted_name_or_none_stays_a_count() -> None:
    assert _names("全年12项重点任务总体进展良好。") == [("12", "重点任务")]
    assert _names("推进“千万工程”和三个重点项目建设。") == [("三", "重点项目")]


def test_a_round_milestone_in_figures_restates_the_amount_before_it() -> None:
    assert _names("全县财政总收入52.3亿元，突破50亿元，增长9%。") == [("52.3", "财政总收入"), ("9", "财政总收入")]
    assert _names("全市生产总值达到2013亿元，突破2000亿元，增长6%。") == [("2013", "生产总值"), ("6", "生产总值")]


def test_a_milestone_alone_or_not_round_stays() -> None:
    assert _names("全县财政总收入首次突破50亿元，增长9%。") == [("50", "财政总收入"), ("9", "财政总收入")]
    assert ("48", "财政总收入") in _names("全县财政总收入52.3亿元，突破48亿元。")


def test_a_programmes_span_in_its_name_is_no_figure() -> None:
    assert _names("制定实施制造业三年倍增计划，智能制造增加值增长12%。") == [("12", "智能制造增加值")]
    assert _names("实施服务业五年提升工程，完成投资30亿元。") == [("30", "投资")]
    assert _names("五年累计完成投资300亿元。") == [("300", "投资")]


# --- names ------------------------------------------------------------------------------------------


def test_harvest_heads_after_a_crops_sown_area_take_the_crop() -> None:
    assert _names("全县油菜播种面积12万亩，单产180公斤/亩，总产2.2万吨。") == [
        ("12", "油菜播种面积"), ("180", "油菜单产"), ("2.2", "油菜总产")]
    assert _names("早稻种植面积5.1万亩，实现单产420公斤/亩、总产2.1亿斤。")[1:] == [("420", "早稻单产"), ("2.1", "早稻总产")]


def test_a_part_of_a_two_thing_word_is_named_as_written() -> None:
    assert _names("货物进出口增长7.5%，其中出口增长8.1%。") == [("7.5", "货物进出口"), ("8.1", "出口")]
    assert _names("进出口增长7.5%，其中进口增长6%。") == [("7.5", "进出口"), ("6", "进口")]
    assert _names("外贸进出口、出口、进口分别增长7.5%、8.1%、6.0%。") == [
        ("7.5", "外贸进出口"), ("8.1", "出口"), ("6.0", "进口")]


def test_a_lists_owner_passes_over_profit_and_taxes() -> None:
    assert _names("三大主导产业增加值、利润、税金分别增长9.5%、7.8%、6.9%。") == [
        ("9.5", "三大主导产业增加值"), ("7.8", "三大主导产业利润"), ("6.9", "三大主导产业税金")]


def test_a_counted_noun_stops_before_a_time_word_or_a_doing_verb() -> None:
    assert _names("56个重点项目全年完成投资88亿元。") == [("56", "重点项目"), ("88", "投资")]
    assert _names("全镇45个村实行垃圾分类积分制管理。") == [("45", "村")]
    assert _names("32个社区推行网格化管理。") == [("32", "社区")]
