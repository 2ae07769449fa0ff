"""Rule tests of the fixing round on real_aside26 (fxa26): the general causes behind its first-run
figure misses, on invented sentences only (other places, indicators, numbers; traditional characters;
blanks), with the cases each rule must leave alone.

* a round milestone in words right before the amount it restates, joined by a verb of reaching
  (``突破三千亿元，达到3052.6亿元``, ``突破五百亿元，余额达536.7亿元``): no figure; the amount is named by the
  milestone's subject, its lead and time words gone (``全年实现地区生产总值突破…`` → ``地区生产总值``);
* a budget class named by its count before its share, no budget word before it (``八项支出占比72.8%``):
  the count opens the class's name, no figure;
* a stock's bare word (``余额``) after a milestone's clause takes that clause's subject.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.figures import extract_figures
from drafter.ingest import parse_file
from drafter.normalize import simplified_converter


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(simplified_converter()(text), kind=kind, year=2022)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全年实现地区生产总值突破三千亿元，达到3052.6亿元，增长5.2%。",
         [("地区生产总值", "3052.6", "亿元"), ("地区生产总值", "5.2", "%")]),
        ("社会消费品零售总额首次突破百亿元，达108.3亿元。", [("社会消费品零售总额", "108.3", "亿元")]),
        ("全县规模以上工业总产值突破五十亿元，达到52.8亿元，同比增长9.1%。",
         [("规模以上工业总产值", "52.8", "亿元"), ("规模以上工业总产值", "9.1", "%")]),
        ("全年外贸进出口总额突破两百亿美元，达213.4亿美元。", [("外贸进出口总额", "213.4", "亿美元")]),
        ("地區生產總值突破千億元，達1021.5億元，增長6.1%。",
         [("地区生产总值", "1021.5", "亿元"), ("地区生产总值", "6.1", "%")]),
    ],
)
def test_a_milestone_in_words_before_the_amount_it_restates_is_no_figure(text: str, want: list) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("金融机构人民币贷款突破五百亿元，余额达到536.7亿元，比年初增长12.1%。",
         [("金融机构人民币贷款余额", "536.7", "亿元"), ("金融机构人民币贷款余额", "12.1", "%")]),
        ("財政收入增長8%。金融機構本外幣存款突破三千億元，餘額達3120.4億元，比年初增長9.6%。",
         [("财政收入", "8", "%"), ("金融机构本外币存款余额", "3120.4", "亿元"), ("金融机构本外币存款余额", "9.6", "%")]),
        ("税收收入增长6.2%。住户存款突破八百亿元，余额达812.5亿元。",
         [("税收收入", "6.2", "%"), ("住户存款余额", "812.5", "亿元")]),
    ],
)
def test_a_balance_after_a_milestone_takes_the_clauses_subject(text: str, want: list) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a milestone that is the only figure of its indicator stays (FIGURES fxcount11)
        ("规模以上工业总产值首次突破千亿元，同比增长8%。", [("规模以上工业总产值", "千", "亿元"), ("规模以上工业总产值", "8", "%")]),
        ("社会消费品零售总额突破五百亿元。", [("社会消费品零售总额", "五百", "亿元")]),
        # a share after it restates nothing
        ("完成投资突破百亿元，占全年计划的105%。", [("投资", "百", "亿元"), ("投资", "105", "%")]),
    ],
)
def test_a_milestone_with_no_amount_beside_it_stays(text: str, want: list) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("一般公共预算支出完成18.6亿元，八项支出占比80.2%。", [("一般公共预算支出", "18.6", "亿元"), ("八项支出占比", "80.2", "%")]),
        ("一般公共預算支出完成18.6億元，八項支出占比80.2%。", [("一般公共预算支出", "18.6", "亿元"), ("八项支出占比", "80.2", "%")]),
        ("全区民生支出完成42亿元，十项支出比重达76.5%。", [("民生支出", "42", "亿元"), ("十项支出比重", "76.5", "%")]),
        ("三项经费所占比重下降到15%。", [("三项经费所占比重", "15", "%")]),
    ],
)
def test_a_budget_class_named_by_its_count_before_its_share_is_no_count(text: str, want: list) -> None:
    assert _read(text) == want


def test_counts_before_other_words_stay_counts() -> None:
    # must leave alone: a count ended by a comma, and a count of things that are no budget class
    assert ("重点项目", "八", "项") in _read("完成重点项目八项，支出占比65%。")
    assert ("民生实事", "十", "项") in _read("民生支出完成30亿元，十项民生实事全部完成。")


@pytest.mark.parametrize("blank", [" ", "\u3000", ""])
def test_a_milestone_and_its_amount_with_blanks_in_a_page(tmp_path: Path, blank: str) -> None:
    page = (
        "关于某市2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n"
        "各位代表：\n"
        "一、2022年国民经济和社会发展计划执行情况\n"
        f"全年实现地区生产总值突破{blank}两千亿元{blank}，达{blank}2031.7{blank}亿元，增长4.8%。"
        f"金融机构本外币存款突破{blank}三千亿元，余额达{blank}3305.2亿元，比年初增长10.4%。\n"
        "二、2023年国民经济和社会发展主要目标\n"
        "地区生产总值增长6%左右。\n"
    )
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    got = [(f.indicator, f.value, f.unit) for f in parse_file(path).figures if f.kind == "outcome"]
    assert got == [
        ("地区生产总值", "2031.7", "亿元"), ("地区生产总值", "4.8", "%"),
        ("金融机构本外币存款余额", "3305.2", "亿元"), ("金融机构本外币存款余额", "10.4", "%"),
    ]
