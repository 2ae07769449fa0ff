"""Rule tests for indicator names and non-figures (issue 9, the conventions of tests/real5).
Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def test_the_whole_country_at_a_name_head_is_a_scope() -> None:
    assert _names("全国税收收入9800亿元，增长8.1%。") == [("税收收入", "9800"), ("税收收入", "8.1")]
    assert _names("全国一般公共预算收入5200亿元。")[0][0] == "一般公共预算收入"


def test_a_bare_expenditure_after_a_revenue_takes_its_owner() -> None:
    got = _names("全国地方财政收入880亿元，支出960亿元。")
    assert [n for n, _ in got] == ["地方财政收入", "地方财政支出"]


def test_a_harvested_area_lends_its_owner_to_the_output() -> None:
    got = _names("全年油料收获面积12.5万亩、产量3.2万吨。")
    assert got == [("油料收获面积", "12.5"), ("油料产量", "3.2")]


def test_new_before_a_kept_verb_is_a_flag() -> None:
    got = extract_figures("新认证绿色食品产品15个。", kind="outcome", year=2023)
    assert [(f.indicator, f.value) for f in got] == [("认证绿色食品产品", "15")]


def test_a_span_of_the_first_months_is_no_figure() -> None:
    got = _names("预计前9个月规上工业增加值完成8.4亿元。")
    assert got == [("规上工业增加值", "8.4")]
    assert _names("项目提前3个月建成。") != []  # 提前: a lead time, not the year's first months


def test_a_class_count_before_the_count_of_its_items_is_part_of_the_name() -> None:
    assert _names("全市共确定市级重大项目4大类38个，总投资90亿元。")[0] == ("市级重大项目", "38")
    # a chain of class and item counts before its noun stays figures (tests/real_aside)
    assert [v for _, v in _names("紧盯3大类8项和2类5项指标。")] == ["3", "8", "2", "5"]
    # one pair before its noun: the class count is part of the name (real_aside17 convention 6)
    assert [v for _, v in _names("紧盯3大类8项指标。")] == ["8"]


def test_a_farm_named_by_its_yearly_output_is_no_figure() -> None:
    assert _names("年出栏5万头肉牛的标准化养殖场建成投产。") == []
    assert _names("年产2万吨饲料加工厂投入运营，全年肉牛出栏3.1万头。") == [("肉牛出栏", "3.1")]
    assert _names("全年出栏生猪12万头。")[0][1] == "12"


def test_a_rate_word_before_a_growth_names_the_thing() -> None:
    assert _names("规上工业增加值增速同比增长4.5%。") == [("规上工业增加值", "4.5")]
    assert _names("固定资产投资增幅下降1.2%。")[0][0] == "固定资产投资"


def test_which_side_is_larger_leaves_the_name() -> None:
    assert _names("收支相抵支出大于收入120亿元。") == [("收支相抵支出", "120")]


def test_a_part_named_by_its_kind_of_work_keeps_it() -> None:
    got = _names("全县共安排重点项目60个，其中新建项目25个，续建项目35个。")
    assert got == [("重点项目", "60"), ("新建项目", "25"), ("续建项目", "35")]
