"""Rule tests of the twelfth reading round (issue 9, fxread12): numbers damaged the way web and PDF
copies damage them, folded in drafter's one text normalizer (``drafter.normalize``), and a list's
shared head after names that are sectors already. Every text here is invented."""

from __future__ import annotations

from _bounds import cpu_bound

from drafter.figures import extract_figures
from drafter.normalize import normalize_text


def _read(text: str, kind: str = "outcome") -> list[tuple[str | None, str, str]]:
    """(value, unit, indicator) of every figure of an invented text, read as drafter reads pages."""
    return [(f.value, f.unit, f.indicator) for f in extract_figures(normalize_text(text), kind=kind, year=2023)]


# -- blanks beside a decimal point ------------------------------------------------------------


def test_blanks_beside_a_decimal_point_in_running_text_go() -> None:
    """``增长 1. 7%``, ``收入 26. 35 亿元``: a PDF copy's blanks are no part of the number."""
    got = _read("全年完成工业投资 36 亿元,增长 1. 7%;税收收入 26. 35 亿元,下降 -2 .4%。")
    assert got == [("36", "亿元", "工业投资"), ("1.7", "%", "工业投资"), ("26.35", "亿元", "税收收入"), ("-2.4", "%", "税收收入")]


def test_a_ratio_with_blanks_beside_its_points_stays_one_ratio() -> None:
    """The fold also holds after a ratio's colon, so a structure ratio stays whole (no figure)."""
    assert normalize_text("三次产业比例调整为3. 1:37. 4:59. 5。") == "三次产业比例调整为3.1:37.4:59.5。"
    assert _read("三次产业比例调整为3. 1:37. 4:59. 5。") == []


def test_a_list_number_keeps_its_blank() -> None:
    """A number at a line's head or after a mark is a list number: ``1. 5G``, ``。2. 3个``."""
    assert normalize_text("1. 5G网络覆盖全部乡镇。") == "1. 5G网络覆盖全部乡镇。"
    assert normalize_text("主要任务:\n2. 3个园区完成扩区。") == "主要任务：2. 3个园区完成扩区。"
    assert normalize_text("工作有序推进。3. 12条道路完成改造。") == "工作有序推进。3. 12条道路完成改造。"


def test_two_numbers_without_a_point_are_never_joined() -> None:
    assert normalize_text("截至 2022 年 9 月,全区排名第 3 位") == "截至2022年9月，全区排名第3位"
    assert normalize_text("地区生产总值 % 6.5 5.7", table=True) == "地区生产总值 % 6.5 5.7"
    assert normalize_text("增速 6.5 5. 7", table=True) == "增速 6.5 5. 7"  # a table's cells: no fold


def test_a_spaced_point_before_a_long_digit_run_is_no_decimal() -> None:
    """A fraction of four digits or more is a year or a code after a list number, never folded."""
    assert normalize_text("工作要点 1. 2024年重点工作") == "工作要点 1. 2024年重点工作"


# -- a page number worked into the text -------------------------------------------------------


def test_a_page_number_woven_into_a_word_goes() -> None:
    """A print's ``—3—`` interleaved with the characters of ``值增长`` (``增加—值3增—长``)."""
    assert normalize_text("其中工业增加—值3增—长6%") == "其中工业增加值增长6%"
    assert _read("其中工业增加—值3增—长6%。") == [("6", "%", "工业增加值")]


def test_a_whole_page_number_between_paragraphs_goes() -> None:
    assert normalize_text("保持良好态势。 —12— (二)坚持创新驱动") == "保持良好态势。（二）坚持创新驱动"
    assert normalize_text("农业总产值 - 7 - 增长3%") == "农业总产值增长3%"


def test_dashes_between_numbers_or_doubled_are_no_page_number() -> None:
    for text in ("“十四五”（2021—2025年）时期", "实施“3-1-2”工程", "——3年行动——全面启动", "增长5%—8%之间"):
        assert normalize_text(text) == text


# -- ratio signs ------------------------------------------------------------------------------


def test_a_ratio_sign_reads_as_a_colon() -> None:
    """``∶`` (U+2236) between digits is a ratio's colon: the structure ratio is no figure."""
    assert normalize_text("三次产业结构为4.2∶35.1∶60.7") == "三次产业结构为4.2:35.1:60.7"
    assert _read("全区三次产业结构为4.2∶35.1∶60.7。") == []
    assert normalize_text("主要目标∶") == "主要目标："


# -- a shared head after sectors --------------------------------------------------------------


def test_a_sector_does_not_borrow_the_sector_word_of_a_shared_head() -> None:
    got = _read("装备制造业和数字经济核心产业增加值分别增长9.1%、14.2%。")
    assert [n for _, _, n in got] == ["装备制造业增加值", "数字经济核心产业增加值"]
    got = _read("农业、文化产业增加值分别增长3.2%、7.5%。")
    assert [n for _, _, n in got] == ["农业增加值", "文化产业增加值"]
    got = _read("纺织、食品两大产业产值分别增长4%、6%。")  # a trade takes the sector word
    assert [n for _, _, n in got] == ["纺织产业产值", "食品产业产值"]


# -- hostile input ----------------------------------------------------------------------------


def test_long_runs_of_points_and_dashes_normalize_in_linear_time() -> None:
    with cpu_bound(5.0):
        normalize_text("增长" + "1. " * 20_000 + "5%")
        normalize_text("增加" + "—值1增" * 20_000 + "—长")
        normalize_text("收入" + "- 1 " * 20_000)
