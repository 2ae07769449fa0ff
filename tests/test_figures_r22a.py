"""Figure rules of fxa30 (real_aside30 classes), on invented sentences: other indicators, places and
numbers, traditional characters, stray blanks, and the neighbours each rule must leave alone."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures
from drafter.normalize import normalize_text, simplified_converter

_T = simplified_converter()


def _figures(text: str, year: int = 2022) -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(normalize_text(text), kind="outcome", year=year, place="")]


def _names(text: str) -> list[tuple[str, str | None, str]]:
    return [(n, v, u) for n, v, u, _ in _figures(text)]


# --- a count named by what the things did or entered (convention 2) -----------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("16个项目建成投产，固定资产投资增长9%。", ("建成投产项目", "16", "个")),
        ("全年23个项目竣工投产。", ("竣工投产项目", "23", "个")),
        ("34个项目列入省市重大重点项目，争取上级支持。", ("列入省市重大重点项目", "34", "个")),
        ("5家企业入选中国制造业企业500强。", ("入选中国制造业企业500强企业", "5", "家")),
        ("3家企业入选省智能工厂和绿色工厂，某某股份成功上市。", ("入选省智能工厂和绿色工厂企业", "3", "家")),
        ("8个村入选省级美丽乡村示范村。", ("入选省级美丽乡村示范村", "8", "个")),
        ("12家企业纳入国家级绿色工厂。", ("纳入国家级绿色工厂企业", "12", "家")),
        (_T("20個項目建成投產，12家企業入選中國民營企業500強。"), ("建成投产项目", "20", "个")),
        ("16 个项目建成投产。", ("建成投产项目", "16", "个")),
    ],
)
def test_a_count_is_named_by_what_the_things_did_or_entered(text: str, want: tuple[str, str, str]) -> None:
    assert want in _names(text)
    assert all(v != "500" for _, v, _ in _names(text))  # 500强 inside the name is no figure


def test_a_traditional_entry_names_both_counts() -> None:
    got = _names(_T("20個項目建成投產，12家企業入選中國民營企業500強。"))
    assert got == [("建成投产项目", "20", "个"), ("入选中国民营企业500强企业", "12", "家")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # must leave alone: a noun with words of its own, a class (列为), a roll by its name, a quoted list
        ("某某药业等5个全产业链项目建成投产。", ("全产业链项目", "5", "个")),
        ("其中15个项目列为省级重点项目。", ("项目", "15", "个")),
        ("40个项目列入省战略性新兴产业重点项目计划。", ("项目", "40", "个")),
        ("26家企业入选全市“百强”。", ("企业", "26", "家")),
        ("25家企业纳入省重点产业链供应链企业“白名单”。", ("企业", "25", "家")),
        ("58个重点项目完成投资180亿元。", ("重点项目", "58", "个")),
    ],
)
def test_a_count_keeps_its_noun_where_the_predicate_names_no_class(text: str, want: tuple[str, str, str]) -> None:
    assert want in _names(text)


# --- a rank won as a title (convention 1) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("连续三年以全省前三名的成绩被省政府授予“高质量发展先进县”。", ("高质量发展先进县", "三", "名", "at_most")),
        ("以全市前五名的成绩获评“营商环境示范区”。", ("营商环境示范区", "五", "名", "at_most")),
        ("以全省第一名的成绩被评为“乡村振兴示范县”，地区生产总值增长5%。", ("乡村振兴示范县", "一", "名", "exact")),
        (_T("以全省前十名的成績被省政府授予“科技創新先進縣”。"), ("科技创新先进县", "十", "名", "at_most")),
    ],
)
def test_a_rank_won_as_a_title_is_named_by_the_title(text: str, want: tuple[str, str, str, str]) -> None:
    got = _figures(text)
    assert got[0] == want
    assert all(v != "三" or n == want[0] for n, v, _, _ in got)  # 连续三年 is no figure


def test_a_rank_with_its_verb_stays_as_before() -> None:
    # must leave alone: a rank after a verb of ranking, named by the words before it
    assert _figures("综合考核位居全省前五名。") == [("综合考核", "五", "名", "at_most")]
    assert _figures("2022年，全市经济发展综合考核列全市前三。")[0][:2] == ("经济发展综合考核", "三")


@pytest.mark.parametrize(
    "text",
    [
        "某某集团入选《中国500最具价值品牌》，并蝉联2022年中国食用油顾客满意度排行榜榜首。",
        "某某公司连续五年蝉联行业排行榜榜首。",
        _T("某某集團蟬聯2021年中國乳品品牌排行榜榜首。"),
    ],
)
def test_a_firms_top_place_on_a_trades_list_is_no_figure(text: str) -> None:
    assert [f for f in _figures(text) if f[2] in ("", "位", "名")] == []


def test_a_ranking_list_after_a_verb_of_ranking_still_ranks() -> None:
    assert _figures("综合实力位居全国百强县排行榜榜首。") == [("综合实力", "首", "", "exact")]
    assert _figures("地区生产总值排全市第二。") == [("地区生产总值", "二", "", "exact")]


# --- a class list of firms at a level, and a level with 以上 after 其中 ----------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("新增市级以上专精特新、瞪羚企业、制造业单项冠军、隐形冠军等冠军企业52家，其中省级以上17家。",
         [("市级以上冠军企业", "52", "家"), ("省级以上冠军企业", "17", "家")]),
        ("新增省级专精特新、小巨人、瞪羚等优质企业30家。", [("省级优质企业", "30", "家")]),
        ("新增县级以上科技型中小企业、高新技术企业等创新型企业64家，其中市级以上21家。",
         [("县级以上创新型企业", "64", "家"), ("市级以上创新型企业", "21", "家")]),
        (_T("新增市級以上專精特新、瞪羚企業等冠軍企業40家，其中省級以上9家。"),
         [("市级以上冠军企业", "40", "家"), ("省级以上冠军企业", "9", "家")]),
    ],
)
def test_a_class_list_of_firms_at_a_level_is_named_by_its_head(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _names(text) == want


def test_a_list_with_no_level_or_other_head_stays() -> None:
    # must leave alone: no level, a head that is no firm
    assert _names("新增高新技术企业、科技型中小企业等创新主体120家。") == [("高新技术企业、科技型中小企业等创新主体", "120", "家")]


# --- a cut 按可比价, a flag 新引投, a threshold inside a counted noun (convention 3) ------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("——地区生产总值按可比价增长8%左右(预计数,下同)；", ("地区生产总值", "8", "%", "about")),
        ("规上工业增加值按可比价格增长6.5%。", ("规上工业增加值", "6.5", "%", "exact")),
        ("服务业增加值可比增长7%。", ("服务业增加值", "7", "%", "exact")),
        (_T("地區生產總值按可比價增長5.5%。"), ("地区生产总值", "5.5", "%", "exact")),
    ],
)
def test_a_comparable_price_cut_is_no_part_of_the_name(text: str, want: tuple[str, str, str, str]) -> None:
    assert _figures(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全年新引投超10亿元重要节点项目28个。", [("超10亿元重要节点项目", "28", "个")]),
        ("扎实推进35个特色产业园区建设，全年新引投超5亿元重要节点项目16个。",
         [("特色产业园区", "35", "个"), ("超5亿元重要节点项目", "16", "个")]),
        ("签约超过20亿元先进制造业项目9个。", [("签约超过20亿元先进制造业项目", "9", "个")]),
        (_T("全年新引投超10億元重要節點項目 28個。"), [("超10亿元重要节点项目", "28", "个")]),
    ],
)
def test_a_threshold_inside_a_counted_noun_is_no_figure(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _names(text) == want


def test_a_threshold_closing_its_clause_is_a_figure() -> None:
    # must leave alone: an amount passed (超) with no counted noun after it
    assert _names("项目投资超10亿元，新增企业28家。") == [("项目投资", "10", "亿元"), ("企业", "28", "家")]
