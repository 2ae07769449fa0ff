"""Rule tests of the eleventh reading round (real_aside12 classes): a table of one cell a line
that lost its grid, and an index level held to a line; each on an invented table or sentence."""

from __future__ import annotations

from pathlib import Path

from invented_page import page_report

from drafter.figures import extract_figures
from drafter.read import Block
from drafter.structure.cell_table import cell_lines

# --- a main-indicators table of one cell a line ------------------------------------------------

#: An invented district's table: its row labels lost their bracket's close with the grid, and
#: the page ends inside the third row's name.
CUT_TABLE = (
    "关于青石区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
    "一、2023年国民经济和社会发展计划执行情况\n"
    "（一）主要指标完成情况\n"
    "序号\n指标名称\n2023年目标\n完成情况\n"
    "1\n规模以上工业增加值增速(%\n8\n7.4\n"
    "2\n社会消费品零售总额增速(%\n6\n6.5\n"
    "3\n常住人口城镇\n"
)


def _table(tmp_path: Path, text: str) -> list[tuple[str | None, str, str, str]]:
    report = page_report(tmp_path, text)
    return [(f.indicator, f.value, f.unit, f.kind) for f in report.figures]


def test_a_row_label_whose_unit_bracket_lost_its_close_still_gives_the_unit(tmp_path: Path) -> None:
    assert _table(tmp_path, CUT_TABLE) == [
        ("规模以上工业增加值", "8", "%", "baseline"), ("规模以上工业增加值", "7.4", "%", "outcome"),
        ("社会消费品零售总额", "6", "%", "baseline"), ("社会消费品零售总额", "6.5", "%", "outcome"),
    ]


def test_a_closed_unit_bracket_reads_as_before(tmp_path: Path) -> None:
    closed = CUT_TABLE.replace("增速(%\n", "增速(%)\n")
    assert _table(tmp_path, closed) == _table(tmp_path, CUT_TABLE)


def test_a_numbered_row_the_page_cut_inside_its_name_stays_in_the_table() -> None:
    lines = ["序号", "指标名称", "2023年目标", "完成情况", "1", "地区生产总值增速(%", "6", "5.8", "2", "人均地区生产"]
    (table,) = cell_lines([Block(line) for line in lines])
    assert table.rows[-1] == ("2", "人均地区生产", "", "")
    assert table.text.endswith("2\t人均地区生产")


def test_a_table_followed_by_text_does_not_take_the_text_as_a_cut_row() -> None:
    lines = ["序号", "指标名称", "2023年目标", "完成情况", "1", "地区生产总值增速(%", "6", "5.8", "二、2024年工作安排"]
    blocks = cell_lines([Block(line) for line in lines])
    assert blocks[0].rows[-1] == ("1", "地区生产总值增速(%", "6", "5.8")
    assert blocks[-1].text == "二、2024年工作安排"


# --- an index level held to a line -------------------------------------------------------------


def _index(text: str, kind: str = "target") -> list[tuple[str | None, str, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(text, kind=kind, year=2024)]


def test_an_index_held_to_a_level_is_a_bare_number_with_its_qualifier() -> None:
    assert ("居民消费价格指数", "102", "", "about") in _index("全年居民消费价格指数控制在102左右，城镇登记失业率控制在4%以内。")
    assert ("商品零售价格指数", "101.5", "", "at_most") in _index("商品零售价格指数保持在101.5以内。")


def test_an_index_held_to_a_percentage_is_still_its_change() -> None:
    assert ("居民消费价格指数", "3", "%", "about") in _index("居民消费价格指数控制在3%左右。")
