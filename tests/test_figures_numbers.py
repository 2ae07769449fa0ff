"""The number and unit parser: examples, and properties over any Decimal and any known unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.errors import FigureError
from drafter.figures import parse_number, parse_quantity
from drafter.figures.numbers import format_decimal
from drafter.figures.units import SCALES, UNITS, split_unit


@pytest.mark.parametrize(
    ("text", "value", "number", "unit", "family"),
    [
        ("121.47亿元", "121.47", "12147000000", "亿元", "money"),
        ("6.2万家", "6.2", "62000", "万家", "count"),
        ("12.8万平方米", "12.8", "128000", "万平方米", "area"),
        ("15.4个百分点", "15.4", "15.4", "个百分点", "points"),
        ("6吨/月·平方公里", "6", "6", "吨/月·平方公里", "density"),
        ("42微克/立方米", "42", "42", "微克/立方米", "concentration"),
        ("200P", "200", "200", "P", "power"),
        ("1,705套", "1,705", "1705", "套", "count"),
        ("三个", "三", "3", "个", "count"),
        ("五十七所", "五十七", "57", "所", "count"),
        ("两座", "两", "2", "座", "count"),
        ("5982户次", "5982", "5982", "户次", "count"),
        ("14.56万人次", "14.56", "145600", "万人次", "count"),
        ("4.5％", "4.5", "4.5", "%", "percent"),
    ],
)
def test_examples(text: str, value: str, number: str, unit: str, family: str) -> None:
    q = parse_quantity(text)
    assert (q.value, format_decimal(q.number), q.unit, q.family) == (value, number, unit, family)


def test_more_than_is_kept() -> None:
    q = parse_quantity("341万余条")
    assert (q.value, q.unit, q.more, q.number) == ("341", "万条", True, Decimal(3410000))


def test_scale_alone_counts_as_one_of_it() -> None:
    assert parse_number("亿") == Decimal(10) ** 8


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "十亿元x", "45钧", "第三"])
def test_bad_input_is_a_figure_error(text: str) -> None:
    with pytest.raises(FigureError) as info:
        parse_quantity(text)
    assert "：" in info.value.message and info.value.message.endswith("。")


_decimals = st.decimals(allow_nan=False, allow_infinity=False, min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=4)
_units = st.sampled_from(sorted(UNITS))
_scales = st.sampled_from(["", *sorted(SCALES)])


@settings(max_examples=300, deadline=None)
@given(_decimals, _units, _scales)
def test_any_decimal_with_any_unit_parses_back(number: Decimal, unit: str, scale: str) -> None:
    if scale and not UNITS[unit].scalable:
        scale = ""
    written = format_decimal(number)
    q = parse_quantity(f"{written}{scale}{unit}")
    factor = SCALES.get(scale, Decimal(1))
    assert q.value == written
    assert q.number == number * factor
    assert q.unit == scale + unit
    assert q.base == unit
    assert split_unit(q.unit) == (factor, UNITS[unit])


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=99_999_999), _units)
def test_any_chinese_numeral_parses_back(number: int, unit: str) -> None:
    import cn2an

    written = cn2an.an2cn(number)
    q = parse_quantity(f"{written}{unit}")
    # 一万个 reads as 一 of 万个, like 1万个; the number and the base unit are what count
    assert q.number == number and q.base == unit
    assert q.value + q.unit == written + unit


@pytest.mark.parametrize("text", ["万分之73.26", "73.26万分之"])
def test_a_prefix_unit_parses_before_or_after_its_number(text: str) -> None:
    q = parse_quantity(text)
    assert (q.value, q.unit) == ("73.26", "万分之")


def test_no_unit_is_a_scale_before_another_unit() -> None:
    # 千米 would be both a unit of its own and 千 + 米: one reading only
    clashes = [n for n in UNITS for s in SCALES if n.startswith(s) and UNITS.get(n[len(s):]) is not None and UNITS[n[len(s):]].scalable]
    assert clashes == []
