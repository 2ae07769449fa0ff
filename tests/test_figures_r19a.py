"""Rule tests of the fixing round on real_aside24 (fxa24): the general causes behind its first-run
misses, on invented tables and sentences only (other indicators, places, numbers; traditional
characters; blanks), with the cases each rule must leave alone.

* a target-completion table of one cell a line: a two-line ``指标`` / ``类型`` category heading, category
  cells and a category row over its kinds (``固定资产投资`` / ``交通投资``), outcome cells written with
  ``预计``/``达到``/``占比`` (``预计7.3 %左右``, ``预计-3%左右``, ``预计占比12.4‰``), cells of words
  (``预计较难完成``), a word cell the page's end cut; the year-less ``目标`` of part 一 restates the
  year's targets (baselines);
* a full stop lost after a per cent and read as ``o`` (``22%o``);
* article counts in a 、 list an issuing verb opens on a policy (``出台…办法、优化…10条``);
* a count's lead verb before the next amount (``170个项目争取并发行…``);
* sectors written without their measure after one with it (``第二产业45亿元``);
* a modal after a count of indicators before a manner adverb (``34个指标能超额完成``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.figures import extract_figures
from drafter.ingest import parse_file
from drafter.normalize import simplified_converter
from drafter.read import Block
from drafter.structure.cell_table import cell_lines

HEAD = """关于某市2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告
各位代表：
一、2020年国民经济和社会发展计划执行情况
全市经济运行总体平稳。
表1：2020年全市主要目标完成情况
"""
TAIL = """
二、2021年国民经济和社会发展主要目标
力争地区生产总值增长6%。
"""


def _table(tmp_path: Path, cells: list[str], *, tail: str = TAIL, blank: str = "\n\n") -> tuple[list[tuple[str, ...]], list[tuple]]:
    path = tmp_path / "page.txt"
    path.write_text(HEAD + blank.join(cells) + tail, encoding="utf-8")
    report = parse_file(path)
    table = next(p for p in report.parts[0].paragraphs if p.rows)
    got = [(f.indicator, f.value, f.unit, f.kind, f.qualifier) for f in report.figures if f.paragraph == table.id]
    return list(table.rows), got


CELLS = [
    "指标", "类型", "指标名称", "目标", "全年实绩",
    "速度", "农业总产值", "4%左右", "预计4.2 %左右",
    "税收收入", "8%", "11.5%",
    "进口总额", "保持基本稳定", "预计占比8.6‰",
    "质量", "亩均税收", "6%以上", "预计较难完成",
    "投资", "产业投资", "工业投资", "12%以上", "预计15%左右",
    "基础设施投资", "12%以上", "预计-2%左右",
    "项目开工率", "达到60%", "78.5%",
]


@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_a_target_completion_table_of_one_cell_a_line(tmp_path: Path, blank: str) -> None:
    rows, got = _table(tmp_path, CELLS, blank=blank)
    assert rows[0] == ("指标类型", "指标名称", "目标", "全年实绩")
    assert [r[1] for r in rows[1:]] == ["农业总产值", "税收收入", "进口总额", "亩均税收", "工业投资", "基础设施投资", "项目开工率"]
    assert got == [
        ("农业总产值", "4", "%", "baseline", "about"), ("农业总产值", "4.2", "%", "outcome", "about"),
        ("税收收入", "8", "%", "baseline", "exact"), ("税收收入", "11.5", "%", "outcome", "exact"),
        ("进口总额", "8.6", "‰", "outcome", "exact"),  # 保持基本稳定: words, no figure
        ("亩均税收", "6", "%", "baseline", "at_least"),  # 预计较难完成: words
        ("工业投资", "12", "%", "baseline", "at_least"), ("工业投资", "15", "%", "outcome", "about"),
        ("基础设施投资", "12", "%", "baseline", "at_least"), ("基础设施投资", "-2", "%", "outcome", "about"),
        ("项目开工率", "60", "%", "baseline", "exact"), ("项目开工率", "78.5", "%", "outcome", "exact"),
    ]


def test_the_last_row_cut_inside_a_word_cell_keeps_its_value(tmp_path: Path) -> None:
    cells = [*CELLS[:12], "研发经费投入强度", "2.4%左右", "按原口径预计可以完成,按新"]
    _, got = _table(tmp_path, cells, tail="")
    assert got[-1] == ("研发经费投入强度", "2.4", "%", "baseline", "about")
    assert len(got) == 5


def test_traditional_cells_read_alike(tmp_path: Path) -> None:
    convert = simplified_converter()
    cells = ["指標", "類型", "指標名稱", "目標", "全年實績", "規模", "地區生產總值", "6%左右", "預計6.5%左右",
             "一般公共預算收入", "7%", "9.1%"]
    text = convert(HEAD + "\n\n".join(cells) + TAIL)
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    report = parse_file(path)
    got = [(f.indicator, f.value, f.kind) for f in report.figures if f.unit == "%" and f.paragraph != report.parts[-1].paragraphs[-1].id]
    assert ("地区生产总值", "6.5", "outcome") in got and ("一般公共预算收入", "7", "baseline") in got


def test_category_row_over_kinds_and_a_wrapped_name() -> None:
    # a category row names nothing of the row below when that row is a kind of it (same head noun)
    cells = ["指标名称", "目标", "完成", "固定资产投资", "民间投资", "8%", "9%", "研究与试验发展经费", "支出占比", "2%", "2.1%"]
    rows = next(b.rows for b in cell_lines(tuple(Block(c) for c in cells)) if b.rows)
    # must leave alone: a name wrapped over two lines is one name
    assert [r[0] for r in rows[1:]] == ["民间投资", "研究与试验发展经费支出占比"]


def test_words_of_a_result_are_no_figure_and_keep_the_table(tmp_path: Path) -> None:
    for words in ("预计可以完成", "预计难以完成", "能够完成", "预计较难完成"):
        cells = ["指标名称", "目标", "全年实绩", "单位能耗", "3%", words, "人均收入", "7%", "预计7.2%"]
        rows = next(b.rows for b in cell_lines(tuple(Block(c) for c in cells)) if b.rows)
        assert rows[1] == ("单位能耗", "3%", words) and rows[2] == ("人均收入", "7%", "预计7.2%")


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(text, kind=kind, year=2022)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("实际利用外资8.5亿美元，占全省比重16%o推进开放平台建设。", [("实际利用外资", "8.5", "亿美元"), ("实际利用外资占全省比重", "16", "%")]),
        ("出口增长9.2%o全年新增外贸企业120家。", [("出口", "9.2", "%"), ("外贸企业", "120", "家")]),
        ("出口增長9.2%O全年新增外貿企業120家。", [("出口", "9.2", "%"), ("外贸企业", "120", "家")]),
    ],
)
def test_a_full_stop_lost_after_a_per_cent(text: str, want: list) -> None:
    assert _read(simplified_converter()(text)) == want


def test_a_latin_letter_after_a_number_still_names_a_code() -> None:
    # must leave alone: 5G is a code, not a lost stop
    assert _read("全市5G基站达到1200个。") == [("5G基站", "1200", "个")]


@pytest.mark.parametrize(
    "text",
    [
        "出台政府投资管理办法、优化营商环境10条、盘活存量资产10条。",
        "印发促进消费若干措施、稳外贸12条、支持平台经济8条。",
        "制定人才引进办法、科技创新15条。",
        "出臺產業扶持辦法、優化營商環境20條。",
    ],
)
def test_article_counts_in_a_list_an_issuing_verb_opens_on_a_policy(text: str) -> None:
    assert _read(simplified_converter()(text)) == []


def test_things_in_tiao_after_a_policy_item_stay_counts() -> None:
    # must leave alone: lines and roads counted in 条 are measured
    assert [(v, u) for _, v, u in _read("出台扶持办法、新开通公交线路10条。")] == [("10", "条")]
    assert [(v, u) for _, v, u in _read("制定实施意见、新建道路8条。")] == [("8", "条")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("86个项目争取并发行地方政府专项债120.5亿元。", [("项目", "86", "个"), ("发行地方政府专项债", "120.5", "亿元")]),
        ("为45家企业争取技改资金2.6亿元。", [("企业", "45", "家"), ("技改资金", "2.6", "亿元")]),
        ("120个村争取乡村振兴资金3000万元。", [("村", "120", "个"), ("乡村振兴资金", "3000", "万元")]),
        ("58個項目爭取並發行專項債券66億元。", [("项目", "58", "个"), ("发行专项债券", "66", "亿元")]),
    ],
)
def test_a_counts_lead_verb_before_the_next_amount(text: str, want: list) -> None:
    assert _read(simplified_converter()(text)) == want


def test_an_amount_after_a_count_without_a_lead_verb_is_unchanged() -> None:
    # must leave alone: a sector's achieving keeps its owner; 并发症 is a word
    assert _read("156家企业实现产值3.2亿元。")[1] == ("企业产值", "3.2", "亿元")
    assert _read("并发症发生率下降2%。") == [("并发症发生率", "2", "%")]
    assert _read("全年争取并发放创业贷款5亿元。") == [("发放创业贷款", "5", "亿元")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("第一产业增加值12.5亿元，增长3%；第二产业45.1亿元，增长6%；第三产业60亿元，增长8%。",
         ["第一产业增加值", "第一产业增加值", "第二产业", "第二产业", "第三产业", "第三产业"]),
        ("第三产业增加值增长8%，第二产业增长5%。", ["第三产业增加值", "第二产业"]),
        ("第一產業增加值3.2億元，第二產業9.8億元。", ["第一产业增加值", "第二产业"]),
    ],
)
def test_a_sector_without_its_measure_after_one_with_it_is_named_as_written(text: str, want: list[str]) -> None:
    assert [n for n, _, _ in _read(simplified_converter()(text))] == want


def test_siblings_of_scope_still_share_it() -> None:
    # must leave alone: 城镇/农村, 存款/贷款 share the first one's scope (FIGURES, siblings)
    assert _read("城镇居民人均可支配收入增长6%，农村增长7%。")[1][0] == "农村居民人均可支配收入"
    assert _read("金融机构人民币存款余额1200亿元，贷款余额900亿元。")[1][0] == "金融机构人民币贷款余额"
    assert [n for n, _, _ in _read("一产、二产、三产增加值分别增长3%、5%、7%。")] == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]


@pytest.mark.parametrize(
    "text",
    [
        "预计28个指标能超额完成或基本完成年度目标。",
        "预计18项指标能基本完成年度目标。",
        "全年26项指标能如期完成。",
        "40个指标能完成年度目标。",
        "預計28個指標能全面完成年度目標。",
    ],
)
def test_a_modal_after_a_count_of_indicators(text: str) -> None:
    got = _read(simplified_converter()(text))
    assert [n for n, _, _ in got] == ["指标"]


def test_energy_nouns_keep_their_neng() -> None:
    # must leave alone: 产能, 动能 are nouns
    assert _read("12家企业产能达到100万吨。")[1][0].endswith("产能")
