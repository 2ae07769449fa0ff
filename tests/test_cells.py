"""Line breaking for Chinese text in terminal cells (``drafter.render.cells``)."""

from __future__ import annotations

import pytest

from drafter.render.cells import atoms, fit_widths, longest_atom, text_width, wrap

TEXTS = (
    "预计全年地区生产总值同比增长3%左右，一般公共预算收入同比增长5.1%，固定资产投资完成54亿元左右。",
    "服务业占GDP比重由2022年的59.7%提高到61.7%，盘活闲置房产4.2万平方米。",
    "聚焦产业协同目标，深入对接中车集团、国家能源集团等央企，力争实现北京项目投资额30亿元",
    "算力达到300P，新增7×24小时服务，R&D经费投入强度2.5%，PM2.5浓度下降。",
    "二（一）→一（一） 存为 <档案>/<地区>/<年度>.json，加 --force 替换。",
)
UNBROKEN = ("3%左右，", "5.1%，", "54亿元左右。", "GDP", "2022年", "59.7%", "4.2万平方米。", "30亿元", "300P，",
            "7×24小时", "R&D", "2.5%，", "PM2.5", "二（一）", "<档案>/<地区>/<年度>.json，", "--force")


@pytest.mark.parametrize("width", (8, 12, 16, 20, 30, 40, 79))
@pytest.mark.parametrize("text", TEXTS)
def test_lines_fit_and_lose_nothing(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert all(text_width(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("width", (12, 16, 20, 30))
@pytest.mark.parametrize("text", TEXTS)
def test_numbers_with_units_and_latin_words_stay_whole(text: str, width: int) -> None:
    lines = wrap(text, width)
    for piece in UNBROKEN:
        if piece in text and text_width(piece) <= width:
            assert any(piece in line for line in lines), (piece, lines)


def test_no_line_starts_with_closing_punctuation() -> None:
    for text in TEXTS:
        for width in range(longest_atom(text), 40):  # narrower, a piece wider than the line is cut
            assert not any(line[:1] in "，。、；：）”%" for line in wrap(text, width)), (text, width)


def test_atoms() -> None:
    assert atoms("力争实现北京项目投资额30亿元以上。") [-1] == "30亿元以上。"
    assert atoms("（一）") == ["（一）"]
    assert "第12段" in atoms("一（一）第12段")


def test_fit_widths_shares_what_is_left() -> None:
    columns = [["状态", "超额完成"], ["指标", "城市居民人均可支配收入稳步增长"], ["完成率", "106.7%"]]
    assert fit_widths(columns, 200) == [8, 30, 6]  # room for all: natural widths
    narrow = fit_widths(columns, 30, keep=(0, 2))
    assert sum(narrow) <= 30 and narrow[0] == 8 and narrow[2] == 6  # short labels kept whole
