"""Figure rules of fxa27 (real_aside27 classes), on invented sentences: other indicators, places and
numbers, traditional characters, stray blanks, and the neighbours each rule must leave alone."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures
from drafter.normalize import normalize_text, simplified_converter

_T = simplified_converter()


def _names(text: str, place: str = "", year: int = 2024) -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(text, kind="outcome", year=year, place=place)]


# --- a stray half-width full stop is a sentence end -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全年生产总值增长9.3%.地方财政收入达到41.2亿元，增长12.5%.",
         [("生产总值", "9.3", "%"), ("地方财政收入", "41.2", "亿元"), ("地方财政收入", "12.5", "%")]),
        ("社会消费品零售总额增长14%. 外贸出口3.6亿美元。", [("社会消费品零售总额", "14", "%"), ("外贸出口", "3.6", "亿美元")]),
        ("工业增加值增长8.8%。.城镇居民人均可支配收入增长7%。", [("工业增加值", "8.8", "%"), ("城镇居民人均可支配收入", "7", "%")]),
        ("农民人均纯收入4210元.城镇登记失业率3.9%。", [("农民人均纯收入", "4210", "元"), ("城镇登记失业率", "3.9", "%")]),
        ("新增就业2.1万人.外贸出口增长6%。", [("就业", "2.1", "万人"), ("外贸出口", "6", "%")]),
        (_T("財政收入增長18.2%.進出口總額增長9%。"), [("财政收入", "18.2", "%"), ("进出口总额", "9", "%")]),
    ],
)
def test_a_stray_full_stop_ends_the_sentence(text: str, want: list[tuple[str, str, str]]) -> None:
    names = _names(normalize_text(text))
    assert [n for n in names if not n[0].startswith(".")] == names
    assert [n for n in want if n not in names] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("增长26.2%.财政", "增长26.2%。财政"),
        ("收入5371元.农民", "收入5371元。农民"),
        ("完成。.全年", "完成。全年"),
        ("增长15%.", "增长15%。"),
        # must leave alone: decimals, versions, a lost-decimal mirror's values, a list number after 。
        ("增长26.2%", "增长26.2%"),
        ("达到0.5%以上", "达到0.5%以上"),
        ("升级到V2.0版", "升级到V2.0版"),
        ("增长115%，达到68912亿元", "增长115%，达到68912亿元"),
        ("比值为1.2:1", "比值为1.2:1"),
    ],
)
def test_stray_full_stops_and_the_points_left_alone(text: str, want: str) -> None:
    assert normalize_text(text) == want


# --- a beneficiary after 对 before a transfer (real_aside27 convention 2) -----------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("对种粮农民直接补贴12.6亿元，增长35%。", [("直接补贴", "12.6", "亿元"), ("直接补贴", "35", "%")]),
        ("对 困难群众 一次性补助 3.2亿元。", [("一次性补助", "3.2", "亿元")]),
        ("对小微企业减免税费8亿元。", [("减免税费", "8", "亿元")]),
        (_T("對種糧農民綜合補貼5.6億元。"), [("综合补贴", "5.6", "亿元")]),
        ("为企业减负12亿元。", [("减负", "12", "亿元")]),
    ],
)
def test_a_beneficiary_after_dui_before_a_transfer_goes(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # must leave alone: 对 before no transfer, a placeless contribution
        ("对企业贷款余额增长8%。", [("企业贷款余额", "8", "%")]),
        ("对经济增长贡献率达到45%。", [("贡献率", "45", "%")]),
    ],
)
def test_dui_before_no_transfer_is_left_alone(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _names(text) == want


# --- a bare income after a sector's clause (real_aside27 convention 6) -------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("劳务经济不断壮大，输出农村劳动力320万人，增长4%，实现收入96.5亿元，增长11%。",
         [("输出农村劳动力", "320", "万人"), ("输出农村劳动力", "4", "%"), ("劳务经济收入", "96.5", "亿元"), ("劳务经济收入", "11", "%")]),
        ("乡村旅游持续壮大，接待游客1200万人次，实现收入35亿元。", [("接待游客", "1200", "万人次"), ("乡村旅游收入", "35", "亿元")]),
        ("旅游业较快发展，接待游客 500万人次，实现总收入 8亿元。", [("接待游客", "500", "万人次"), ("旅游业总收入", "8", "亿元")]),
        (_T("勞務產業發展壯大，轉移勞動力80萬人，實現收入61億元。"), [("转移劳动力", "80", "万人"), ("劳务产业收入", "61", "亿元")]),
    ],
)
def test_a_bare_income_takes_the_sector_of_the_opening_clause(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _names(text) == want


def test_a_bare_income_without_a_sector_clause_is_left_alone() -> None:
    assert _names("全县实现收入12亿元。") == [("收入", "12", "亿元")]
    # an opening clause with a figure of its own owns nothing
    assert _names("旅游人数增长5%，接待游客200万人次，实现收入3亿元。")[-1][0] != "旅游人数收入"


# --- a total written with its indicator keeps its growth (real_aside27 convention 4) -----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全年GDP总量达到5230亿元，增长7.1%。", [("GDP总量", "5230", "亿元"), ("GDP总量", "7.1", "%")]),
        ("全市GDP总量 达到 812亿元，增长 9%。", [("GDP总量", "812", "亿元"), ("GDP总量", "9", "%")]),
        (_T("全年GDP總量達到3120億元，增長9.5%。"), [("GDP总量", "3120", "亿元"), ("GDP总量", "9.5", "%")]),
    ],
)
def test_a_growth_after_a_total_written_as_one_word_keeps_its_name(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _names(text) == want


def test_a_growth_after_a_milestone_of_a_generic_total_stays_the_indicators() -> None:
    # must leave alone: 总量 alone after its indicator (real_aside19 convention 8)
    got = _names("全年地区生产总值迈上新台阶，总量突破5万亿元，增长4.6%。")
    assert got[-1] == ("地区生产总值", "4.6", "%")


# --- a capacity formed (real_aside27 convention 3) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("实施节能技改项目30项，形成年节约12万吨标准煤的能力。", [("节能技改项目", "30", "项"), ("年节约标准煤", "12", "万吨")]),
        ("形成年节约 2.5万吨标准煤的能力。", [("年节约标准煤", "2.5", "万吨")]),
        ("新建污水处理厂3座，形成日处理污水12万吨的能力。", [("污水处理厂", "3", "座"), ("日处理污水", "12", "万吨")]),
        ("形成年产30万吨钢材的生产能力。", [("年产钢材", "30", "万吨")]),
        (_T("形成年節約6萬噸標準煤的能力。"), [("年节约标准煤", "6", "万吨")]),
    ],
)
def test_a_capacity_formed_is_named_by_what_it_measures(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _names(text) == want


def test_a_material_unit_outside_a_capacity_formed_is_left_alone() -> None:
    assert _names("能源消费总量控制在120万吨标准煤以内。") == [("能源消费总量", "120", "万吨标准煤")]


# --- 二元 of a dual structure is no money --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["改革城乡二元户籍制度和城镇户口迁移政策。", "破除城乡二元经济结构。", "打破城乡二元 结构。", "推行一元化管理。",
     _T("加快破除城鄉二元體制。")],
)
def test_yuan_of_a_dual_structure_is_no_figure(text: str) -> None:
    assert _names(text) == []


def test_yuan_as_money_in_words_is_left_alone() -> None:
    assert _names("票价降至二元，惠及市民。") == [("票价", "二", "元")]


# --- 新 before 转移 is a flag ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("新增就业9.6万人，新转移农村劳动力4.2万人。", [("就业", "9.6", "万人"), ("转移农村劳动力", "4.2", "万人")]),
        ("全年新转移农村富余劳动力12万人。", [("转移农村富余劳动力", "12", "万人")]),
        ("全县新转移 农村劳动力 4200人。", [("转移农村劳动力", "4200", "人")]),
        (_T("新轉移農村勞動力3.2萬人。"), [("转移农村劳动力", "3.2", "万人")]),
    ],
)
def test_xin_before_zhuanyi_is_a_flag(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _names(text) == want
