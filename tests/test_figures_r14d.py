"""Rule tests of the fourteenth figures round (real_aside40, branch fxa40): list items sharing a head,
assembled once. Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str | None, str]]:
    return [(f.value, f.indicator) for f in extract_figures(text, kind=kind, year=2023)]


# --- 三大产业 before a measure and 分别: the three sectors (real_aside40 convention 7) ----------------


def test_three_big_sectors_split_into_their_sectors() -> None:
    assert _names("全年三大产业增加值分别增长2.1%、9.4%和7.3%。") == [
        ("2.1", "第一产业增加值"), ("9.4", "第二产业增加值"), ("7.3", "第三产业增加值")]


def test_three_big_sectors_ratio_stays_no_figure() -> None:
    assert _names("三大产业结构调整为4.1∶50.2∶45.7，地区生产总值增长8%。") == [("8", "地区生产总值")]


# --- a bare measure repeating its owner's last word joins once ---------------------------------------


def test_a_measure_opening_with_the_owners_last_word_joins_once() -> None:
    assert _names("全县商品房销售面积、销售额分别增长12.5%和20.1%。") == [
        ("12.5", "商品房销售面积"), ("20.1", "商品房销售额")]


def test_a_bare_measure_after_its_owner_still_takes_it() -> None:
    assert _names("规上工业总产值、增加值分别增长10%和9%。") == [("10", "规上工业总产值"), ("9", "规上工业增加值")]


# --- a sibling after a total written as a pair (进出口) takes no scope from the pair --------------------


def test_a_sibling_after_a_pair_word_takes_no_half_of_it() -> None:
    assert _names("外贸进出口总值120亿美元，增长9%。其中出口、进口总值分别为80亿美元和40亿美元。") == [
        ("120", "外贸进出口总值"), ("9", "外贸进出口总值"), ("80", "出口总值"), ("40", "进口总值")]


def test_a_sibling_after_its_first_still_takes_the_scope() -> None:
    assert _names("金融机构人民币存款余额620亿元，贷款余额430亿元。") == [
        ("620", "金融机构人民币存款余额"), ("430", "金融机构人民币贷款余额")]


# --- a company measure after a class of firms' measure of any kind -------------------------------------


def test_profit_after_firms_productivity_is_the_same_firms() -> None:
    assert _names("规模以上工业企业全员劳动生产率9.8万元，增长6.2%，利润总额35.6亿元，增长11.4%。") == [
        ("9.8", "规模以上工业企业全员劳动生产率"), ("6.2", "规模以上工业企业全员劳动生产率"),
        ("35.6", "规模以上工业企业利润总额"), ("11.4", "规模以上工业企业利润总额")]


def test_profit_after_a_sector_without_firms_stays_as_written() -> None:
    assert _names("工业用电量12亿千瓦时，增长5%，利润总额8亿元。")[-1] == ("8", "利润总额")


# --- trades sharing 产业总产值 take the whole head -----------------------------------------------------


def test_trades_sharing_the_industry_gross_output_take_it_whole() -> None:
    assert _names("纺织、新材料产业总产值分别增长15.2%和21.6%。") == [
        ("15.2", "纺织产业总产值"), ("21.6", "新材料产业总产值")]


def test_a_sector_sharing_the_industry_gross_output_takes_the_measure_alone() -> None:
    assert _names("农业、文化产业总产值分别增长3.5%和6.2%。") == [("3.5", "农业总产值"), ("6.2", "文化产业总产值")]
