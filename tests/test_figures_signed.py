"""A growth written with its sign (``增长-16%``) is a negative growth of the clause's subject."""

from __future__ import annotations

from drafter.figures import extract_figures


def _read(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.value, f.unit, f.indicator, f.measure)
            for f in extract_figures(text, kind="outcome", year=2019, section="", paragraph="p")]


def test_a_signed_growth_is_negative() -> None:
    assert _read("——外贸进出口总额3.5亿元，增长-12.5%；") == [
        ("3.5", "亿元", "外贸进出口总额", "amount"), ("-12.5", "%", "外贸进出口总额", "growth")]
    assert _read("工业增加值同比增长-3%。") == [("-3", "%", "工业增加值", "growth")]


def test_a_dash_between_numbers_is_no_sign() -> None:
    assert [v for v, *_ in _read("税收收入增长3-5%。")] == ["3-5"]  # a range, as before
    assert [v for v, *_ in _read("1-6月，税收收入增长5%。")] == ["5"]
