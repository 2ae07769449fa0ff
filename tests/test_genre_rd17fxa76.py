"""Rule tests of round 17 (fxa76): a main-indicators table written one cell a line (blank lines
between, as a web copy gives it) whose target heading wraps its bracketed gloss onto a line of its
own (``2025年预期目标`` / ``(增速)``), whose count rows leave the growth column empty, and whose rows
may open with a cell of words. Every text here is invented."""

from __future__ import annotations

from _bounds import cpu_bound

from drafter.read import Block
from drafter.structure import cell_table as ct
from drafter.structure.cell_table import cell_lines

_PAGE = """指标名称

2025年预期目标

(增速)

2025年完成情况(预计)

绝对值

增速

地区生产总值

8%

980亿元左右

6%左右

新开工项目

150项

163项

年度计划投资

120亿元以上

141.5亿元

农村居民人均可支配收入

增长快于经济增长

与经济增长基本同步

7.2%

（一）工业经济稳中有进

全年新增规模以上工业企业二十家，工业用电量稳步回升，重点企业订单饱满。"""


def _rows(page: str) -> tuple[tuple[str, ...], ...]:
    blocks = tuple(Block(line.strip()) for line in page.splitlines() if line.strip())
    tables = [b for b in cell_lines(blocks) if b.rows]
    assert len(tables) == 1
    return tables[0].rows


def test_a_wrapped_bracketed_gloss_is_one_heading_with_the_heading_before_it() -> None:
    rows = _rows(_PAGE)
    assert rows[0] == ("指标名称", "2025年预期目标(增速)", "2025年完成情况(预计)绝对值", "2025年完成情况(预计)增速")
    assert rows[1] == ("地区生产总值", "8%", "980亿元左右", "6%左右")


def test_count_rows_leave_the_growth_column_empty() -> None:
    rows = _rows(_PAGE)
    assert rows[2] == ("新开工项目", "150项", "163项", "")
    assert rows[3] == ("年度计划投资", "120亿元以上", "141.5亿元", "")


def test_a_row_opening_with_cells_of_words_is_read() -> None:
    rows = _rows(_PAGE)
    assert rows[4] == ("农村居民人均可支配收入", "增长快于经济增长", "与经济增长基本同步", "7.2%")
    assert len(rows) == 5  # the section heading after it is no row


def test_a_short_row_of_rates_is_still_lost() -> None:
    # a row short of a cell whose cells are rates: which cell vanished is unknown, none is read
    page = _PAGE.replace("150项\n\n163项", "5%\n\n4.1%")
    rows = _rows(page)
    assert rows[2] == ("新开工项目", "", "", "")


def test_gloss_and_word_patterns_are_quick_on_hostile_input() -> None:
    with cpu_bound(1.0):
        ct._HEAD_GLOSS.match("(" * 5000 + "增速")
        ct._WORD_VALUE.match("增长" * 3000 + "高于")
        ct._UNIT_AMOUNT.match("1" * 5000 + "亿")
        ct._readings(["(增速)"] * 12)
