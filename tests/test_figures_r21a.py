"""Figure rules of fxa28 (real_aside28 classes), on invented sentences: other places, indicators and
numbers, traditional characters, stray blanks, and the neighbours each rule must leave alone."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures
from drafter.normalize import normalize_text, simplified_converter

_T = simplified_converter()


def _names(text: str, place: str = "", year: int = 2024) -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(normalize_text(text), kind="outcome", year=year, place=place)]


def _check(text: str, want: list[tuple[str, str, str]], absent: tuple[str, ...] = ()) -> None:
    names = _names(text)
    assert [n for n in want if n not in names] == [], names
    assert [n for n in names if n[0] in absent] == [], names


# --- 辖区 before 地区… is a scope; standing for 地区 it stays --------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("辖区地区生产总值达到812.3亿元，增长5.6%。", [("地区生产总值", "812.3", "亿元"), ("地区生产总值", "5.6", "%")]),
        ("辖区地区生产总值超 2300亿元。", [("地区生产总值", "2300", "亿元")]),
        (_T("轄區地區生產總值增長6.1%。"), [("地区生产总值", "6.1", "%")]),
        # must leave alone: 辖区 standing for 地区 (real_aside6 convention 5), like 本地生产总值
        ("辖区生产总值达到512亿元。", [("辖区生产总值", "512", "亿元")]),
    ],
)
def test_a_district_scope_before_its_indicator(text: str, want: list[tuple[str, str, str]]) -> None:
    _check(text, want)


# --- a sector that recovered, or pushed, owns the bare value after it ---------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("文旅产业整体回暖，实现增加值86.4亿元，增长11.3%，占地区生产总值比重7.2%。",
         [("文旅产业增加值", "86.4", "亿元"), ("文旅产业增加值", "11.3", "%"), ("文旅产业增加值占地区生产总值比重", "7.2", "%")]),
        ("建筑业企稳回升，完成增加值42亿元。", [("建筑业增加值", "42", "亿元")]),
        (_T("商貿業全面復蘇，實現增加值130.5億元。"), [("商贸业增加值", "130.5", "亿元")]),
        # must leave alone: a bare value after a named clause of its own
        ("工业增加值增长6%，服务业增加值增长8%。", [("工业增加值", "6", "%"), ("服务业增加值", "8", "%")]),
    ],
)
def test_a_recovered_sector_owns_its_bare_value(text: str, want: list[tuple[str, str, str]]) -> None:
    _check(text, want)


# --- a decline written as a negative narrowing ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want", "absent"),
    [
        ("——外贸出口降幅收窄至-4.5%；", [("外贸出口", "-4.5", "%")], ("外贸出口降幅收窄至",)),
        ("工业投资降幅收窄到-2.1%。", [("工业投资", "-2.1", "%")], ("工业投资降幅收窄到",)),
        (_T("進出口總額降幅收窄至-8%。"), [("进出口总额", "-8", "%")], ()),
        # must leave alone: a growth, and a rate reached by 回落至
        ("进出口总额增长4.2%。", [("进出口总额", "4.2", "%")], ()),
    ],
)
def test_a_negative_narrowing_names_its_indicator(text: str, want: list[tuple[str, str, str]], absent: tuple[str, ...]) -> None:
    _check(text, want, absent)


# --- a record clause names nothing: the clause before it does ----------------------------------------


@pytest.mark.parametrize(
    ("text", "want", "absent"),
    [
        ("民间投资拉动强劲发力，再创历史新高，增长12.4%。", [("民间投资", "12.4", "%")], ("再创历史新高",)),
        ("工业投资持续发力，创历史新高，增长9%。", [("工业投资", "9", "%")], ("创历史新高",)),
        (_T("消費拉動強勁發力，再創歷史新高，增長7.7%。"), [("消费", "7.7", "%")], ()),
        ("外贸出口持续发力 ，再创历史新高 ，增长15%。", [("外贸出口", "15", "%")], ()),
        # must leave alone: a clause that names its own figure
        ("全市上下持续发力，地区生产总值增长6%。", [("地区生产总值", "6", "%")], ()),
    ],
)
def test_a_record_clause_takes_the_name_before(text: str, want: list[tuple[str, str, str]], absent: tuple[str, ...]) -> None:
    _check(text, want, absent)


# --- a rank after a share of the whole place is the indicator's --------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("完成外贸进出口总额812亿元，增长3.5%，占全市四成，连续8年稳居全市首位。",
         [("外贸进出口总额占全市", "四", "成"), ("外贸进出口总额", "首", "位")]),
        ("实现税收收入95亿元，占全区的35%，居全区第二。", [("税收收入占全区", "35", "%"), ("税收收入", "二", "")]),
        (_T("完成社會消費品零售總額500億元，佔全市三成，穩居全市首位。"), [("社会消费品零售总额", "首", "位")]),
        # must leave alone: a rank right after a growth
        ("地区生产总值增长7%，增速居全市第一。", [("地区生产总值增速", "一", "")]),
    ],
)
def test_a_rank_after_a_share_names_the_indicator(text: str, want: list[tuple[str, str, str]]) -> None:
    _check(text, want)


# --- counted tasks: after 等, before 提前, and the rank of their done amount --------------------------------


@pytest.mark.parametrize(
    ("text", "want", "absent"),
    [
        ("背街小巷整治等7项任务提前完成年度目标。", [("任务", "7", "项")], ("任务提前",)),
        ("老旧小区改造等15项任务完成量排名全区前二。", [("任务", "15", "项"), ("任务完成量", "二", "")], ("15项任务完成量",)),
        ("共有6项重点任务提前完成。", [("重点任务", "6", "项")], ()),
        (_T("拆違控違等11項任務完成量排名全市前五。"), [("任务", "11", "项"), ("任务完成量", "五", "")], ()),
        # must leave alone: a task's size in another unit is restated, the completion after it counts
        ("疏浚整治620公里河道任务，累计已完成410公里。", [("疏浚整治河道", "410", "公里")], ()),
    ],
)
def test_counted_tasks(text: str, want: list[tuple[str, str, str]], absent: tuple[str, ...]) -> None:
    names = _names(text)
    assert [n for n in want if n not in names] == [], names
    assert [n for n in names if n[0] in absent] == [], names


def test_a_task_size_stays_restated() -> None:
    assert [n for n in _names("疏浚整治620公里河道任务，累计已完成410公里。") if n[1] == "620"] == []


# --- a verb run to a quoted result; a quoted result before a generic head ------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全年拆除并实现“场清地净”56.2万平方米，完成全年任务的88%。",
         [("拆除并实现“场清地净”", "56.2", "万平方米"), ("拆除并实现“场清地净”", "88", "%")]),
        (_T("上半年拆除並實現“場清地淨”12萬平方米。"), [("拆除并实现“场清地净”", "12", "万平方米")]),
        ("数字经济实现“翻番”、比重提高3个百分点。", [("数字经济比重", "3", "个百分点")]),
        ("区属工业实现“倍增”、占比提升 4个百分点。", [("区属工业占比", "4", "个百分点")]),
        # must leave alone: a subject before 实现 and its value
        ("工业实现增加值120亿元。", [("工业增加值", "120", "亿元")]),
    ],
)
def test_quoted_results(text: str, want: list[tuple[str, str, str]]) -> None:
    _check(text, want)


# --- a manner phrase before an action verb -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("市场化机制引进上海资源落地项目42个，总投资88亿元。", [("引进上海资源落地项目", "42", "个")]),
        ("以市场化方式引进高层次人才120名。", [("引进高层次人才", "120", "名")]),
        (_T("市場化機制引進產業項目18個。"), [("引进产业项目", "18", "个")]),
        # must leave alone: a mechanism that is the thing's own name
        ("长效机制建设项目12个。", [("长效机制建设项目", "12", "个")]),
    ],
)
def test_a_manner_before_a_verb_is_no_subject(text: str, want: list[tuple[str, str, str]]) -> None:
    _check(text, want)
