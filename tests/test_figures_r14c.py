"""Rule tests of round 14's fixer fxa38 (issue 9): figure shapes first missed on an unseen set.
Every sentence here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _figs(text: str, kind: str = "target") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.qualifier) for f in extract_figures(text, kind=kind, year=2025)]


def test_a_growth_in_step_with_the_economys_development_is_a_target() -> None:
    assert _figs("农村居民收入与经济发展同步。") == [("农村居民收入", None, "exact")]
    assert _figs("城镇居民人均可支配收入增长与经济发展基本同步。") == [("城镇居民人均可支配收入", None, "exact")]


def test_a_price_held_to_the_target_set_above_is_a_target() -> None:
    assert _figs("地区生产总值增长6%，居民消费价格指数与全国调控目标一致。")[1] == ("居民消费价格指数", None, "exact")
    assert _figs("居民消费价格涨幅与全省调控目标基本一致。") == [("居民消费价格", None, "exact")]
    assert _figs("物价总水平与国家预期目标相适应。") == [("物价总水平", None, "exact")]
    # an outcome says no target
    assert _figs("居民消费价格指数与全国调控目标一致。", kind="outcome") == []


def test_the_manner_of_a_change_is_no_part_of_the_name() -> None:
    assert _figs("工业生产者出厂价格温和上涨1.2%。", kind="outcome") == [("工业生产者出厂价格", "1.2", "exact")]
    assert _figs("外贸进出口总额小幅下降3.5%。", kind="outcome") == [("外贸进出口总额", "3.5", "exact")]
    assert _figs("农村居民人均可支配收入稳步增长7%。", kind="outcome") == [("农村居民人均可支配收入", "7", "exact")]
    assert _figs("电子商务交易额快速增长25%。", kind="outcome") == [("电子商务交易额", "25", "exact")]


def test_examples_before_a_class_each_take_its_measure() -> None:
    got = _figs("金银珠宝、化妆品等升级类商品销售额分别增长12%、8.5%。", kind="outcome")
    assert [name for name, *_ in got] == ["金银珠宝销售额", "化妆品销售额"]
    got = _figs("智能手机和平板电脑等通讯器材类商品零售额分别增长30%和16%，家具类商品零售额增长4%。", kind="outcome")
    assert [name for name, *_ in got] == ["智能手机零售额", "平板电脑零售额", "家具类商品零售额"]


def test_an_amount_that_lost_its_leading_digits_is_no_figure_and_names_nothing() -> None:
    assert _figs("全县规上工业增加值实现.8亿元，同比增长6.1%。", kind="outcome") == [("规上工业增加值", "6.1", "exact")]
    assert _figs("一般公共预算收入.3亿元，增长4%。", kind="outcome") == [("一般公共预算收入", "4", "exact")]
