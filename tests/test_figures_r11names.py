"""Rule tests of the names round fxnames11 (issue 9, ninth fixing round: tests/real_aside12 and
tests/real_aside14): a government's own level in brackets, a condition clause before a growth, a
verb carried through a list of sources, a conjunction opening a name, a task's head after 等.
Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, place: str = "", kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023, place=place)]


def test_a_level_in_brackets_after_a_figure_names_its_own_figures() -> None:
    got = _names("全县实现地区生产总值880.5亿元，增长5.1%（县本级610.2亿元，增长4.4%）。")
    assert got[2:] == [("县本级地区生产总值", "610.2"), ("县本级地区生产总值", "4.4")]
    got = _names("一般公共预算收入95.3亿元，增长3%（市本级40.1亿元，增长1.2%），税收收入70亿元。")
    assert got[2:] == [("市本级一般公共预算收入", "40.1"), ("市本级一般公共预算收入", "1.2"), ("税收收入", "70")]


def test_a_level_in_brackets_after_a_name_opens_it() -> None:
    assert _names("工业投资（县本级）增长8.8%。") == [("县本级工业投资", "8.8")]
    assert _names("新开工重点项目（市级）42个。") == [("新开工市级重点项目", "42")]
    got = _names("限上消费品零售额（市本级）312.6亿元，增长3.5%。")
    assert got == [("市本级限上消费品零售额", "312.6"), ("市本级限上消费品零售额", "3.5")]


def test_a_condition_written_as_a_clause_of_its_own_keeps_its_words() -> None:
    got = _names("完成税收收入66.4亿元，剔除留抵退税因素影响，同口径增长6.5%。")
    assert got == [("税收收入", "66.4"), ("剔除留抵退税因素影响税收收入", "6.5")]
    # in the growth's own clause after an amount it says how that amount grew (docs/FIGURES.md)
    assert _names("税收收入66.4亿元，剔除留抵退税因素影响增长6.5%。")[-1] == ("税收收入", "6.5")
    assert _names("税收收入66.4亿元，扣除减税因素，增长6.5%。")[-1] == ("扣除减税因素税收收入", "6.5")


def test_a_conjunction_opening_a_clause_is_no_part_of_its_name() -> None:
    assert _names("各项指标总体向好，且工业增加值增速居全省第2位。") == [("工业增加值增速", "2")]
    assert _names("全年新增就业3000人，并且城镇登记失业率控制在3%以内。")[-1] == ("城镇登记失业率", "3")
    assert _names("出口总额增长8%，而且进口总额增长5%。")[-1] == ("进口总额", "5")
    assert _names("出口总额增长8%，但进口总额下降5%。")[-1] == ("进口总额", "5")
    assert _names("出口总额增长8%，而进口总额下降5%。")[-1] == ("进口总额", "5")


def test_a_task_head_after_a_list_closed_by_deng_keeps_its_indicator_word() -> None:
    got = _names("二氧化碳、挥发性有机物等排放指标完成市下达任务。", kind="target")
    assert got == [("排放指标", None)]
    # without a list the word for an indicator closing a task's name goes (docs/FIGURES.md)
    assert _names("节能降耗指标完成市下达任务。", kind="target") == [("节能降耗", None)]


def test_a_verb_carries_through_a_list_of_sources_of_one_thing() -> None:
    got = _names("招引区外内资18.3亿元，省外内资9.6亿元，外资2100万美元。")
    assert got == [("招引区外内资", "18.3"), ("招引省外内资", "9.6"), ("招引外资", "2100")]
    got = _names("引入社会资本12亿元，民间资本3.4亿元。")
    assert got == [("引入社会资本", "12"), ("引入民间资本", "3.4")]
    # a clause with its own words, or a noun of another head, takes no verb
    assert _names("引入社会资本12亿元，其中民间资本3.4亿元。")[-1] == ("民间资本", "3.4")
    assert _names("招引内资18.3亿元，税收收入9.6亿元。")[-1] == ("税收收入", "9.6")
    assert _names("招引内资18.3亿元，实际利用外资3000万美元。")[-1] == ("实际利用外资", "3000")
    assert _names("招引内资18.3亿元，总投资26亿元。")[-1] == ("总投资", "26")


def test_a_verb_before_an_attribute_governs_the_noun_after_it() -> None:
    assert _names("引入注册资本20亿元的区域总部。") == [("注册资本", "20")]


def test_a_level_alone_after_a_thing_without_one_is_that_level_of_it() -> None:
    assert _names("新培育科技型企业85家，其中省级20家。")[-1] == ("省级科技型企业", "20")
    assert _names("打造示范社区40个，其中市级9个。")[-1] == ("打造市级示范社区", "9")
    got = _names("税收收入60亿元，增长4%（区级35亿元，增长3%）。")
    assert got[2:] == [("区级税收收入", "35"), ("区级税收收入", "3")]


def test_a_figure_after_an_aside_takes_the_name_before_the_aside() -> None:
    got = _names("财政总收入82亿元（其中税收收入61亿元，增长2.5%），增长4%。")
    assert got == [("财政总收入", "82"), ("税收收入", "61"), ("税收收入", "2.5"), ("财政总收入", "4")]


def test_a_figure_inside_an_aside_reads_the_asides_words_only() -> None:
    assert _names("新增经营主体9000户（其中企业2100户）。")[-1] == ("企业", "2100")
    assert _names("完成税收收入30亿元（占财政总收入的75%）。")[-1] == ("税收收入占财政总收入", "75")
