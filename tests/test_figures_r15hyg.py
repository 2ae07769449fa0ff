"""Name hygiene (issue 9, round 15 fxhyg; docs/NAMES-GENERALISATION.md "round 21: name hygiene").
Every sentence here is invented, of shapes not in the first-sight misses of rounds 13-14: other adverbs
(jieba's d/ad/vd words, ``drafter/figures/name_words.py``), other cut numbers and footnote marks, other
values of another clause at a name's head, reduplicated manner words. Each failed on main 31c8b7b."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures
from drafter.figures.indicator import hygienic
from drafter.normalize import normalize_text


def _got(text: str, place: str = "") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(normalize_text(text), kind="outcome", year=2023, place=place)]


# --- an adverb as a name's last word says how it moved, not what moved
@pytest.mark.parametrize(("text", "want"), [
    ("高新技术企业数量率先突破300家。", [("高新技术企业数量", "300", "家")]),
    ("规上工业企业数量持续增至412家。", [("规上工业企业数量", "412", "家")]),
    ("市场主体总量不断扩大到12.6万户。", [("市场主体总量", "12.6", "万户")]),
    ("“专精特新”企业迅速增加到58家。", [("“专精特新”企业", "58", "家")]),
    ("城镇新增就业人数始终保持在1.2万人以上。", [("城镇就业人数", "1.2", "万人")]),
    ("国家级高新技术企业相继达到126家。", [("国家级高新技术企业", "126", "家")]),
    ("新型研发机构陆续增至15家。", [("新型研发机构", "15", "家")]),
    ("跨境电商交易额再度突破20亿元。", [("跨境电商交易额", "20", "亿元")]),
    ("农村居民人均可支配收入一直高于全省平均水平，达到2.1万元。", [("农村居民人均可支配收入", "2.1", "万元")]),
    ("省级农业产业化龙头企业纷纷增至33家。", [("省级农业产业化龙头企业", "33", "家")]),
    ("入库科技型中小企业依次达到220家。", [("入库科技型中小企业", "220", "家")]),
    ("民营经济增加值占比日趋提高到58%。", [("民营经济增加值占比", "58", "%")]),
    ("工业用电量迅猛增长12%。", [("工业用电量", "12", "%")]),
    ("金融机构存款余额大幅度增加至3200亿元。", [("金融机构存款余额", "3200", "亿元")]),
    ("社会消费品零售总额逐年增长6%。", [("社会消费品零售总额", "6", "%")]),
    ("实际利用外资率先实现8.5亿美元。", [("实际利用外资", "8.5", "亿美元")]),
    ("一般公共预算收入仍旧保持增长5%。", [("一般公共预算收入", "5", "%")]),
    ("社会消费品零售总额切实增长6%。", [("社会消费品零售总额", "6", "%")]),
    ("旅游总收入愈发增长至95亿元。", [("旅游总收入", "95", "亿元")]),
    ("外贸出口额日渐增长至46亿元。", [("外贸出口额", "46", "亿元")]),
    ("规上服务业营业收入一举增长18%。", [("规上服务业营业收入", "18", "%")]),
])
def test_an_adverb_ends_no_name(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _got(text) == want


# --- a number cut by a break or a lost digit leaves no digits in a name
@pytest.mark.parametrize(("text", "want"), [
    ("地区生产总值完成3\n512亿元，增长6.1%。", [("地区生产总值", "512", "亿元"), ("地区生产总值", "6.1", "%")]),
    ("规上工业增加值5增长7.2%。", [("规上工业增加值", "7.2", "%")]),
    ("固定资产投资3增长8%。", [("固定资产投资", "8", "%")]),
    ("城镇居民人均可支配收入达到4增长5.6%。", [("城镇居民人均可支配收入", "5.6", "%")]),
    ("规上工业企业营业收入10增长8%。", [("规上工业企业营业收入", "8", "%")]),
    ("全社会用电量实现.8亿千瓦时，增长4%。", [("全社会用电量", "4", "%")]),
    ("农林牧渔业总产值完成2\n86亿元，增长3.5%。", [("农林牧渔业总产值", "86", "亿元"), ("农林牧渔业总产值", "3.5", "%")]),
    ("旅游接待人次达到1\n250万人次，增长12%。", [("旅游接待人次", "250", "万人次"), ("旅游接待人次", "12", "%")]),
])
def test_a_cut_number_leaves_no_digits(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _got(text) == want


# --- a page's stray marks: a list dot at a name's head, a name of marks alone
@pytest.mark.parametrize(("text", "want"), [
    ("·城镇化率达到62%。", [("城镇化率", "62", "%")]),
    ("一般公共预算收入达到1.5亿元[2]。", [("", "1.5", "亿元")]),
])
def test_stray_marks_name_nothing(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _got(text) == want


# --- a reduplicated manner word (双双, 齐齐) names neither indicator
@pytest.mark.parametrize(("text", "want"), [
    ("工业投资和技改投资双双增长12%。", [("工业投资和技改投资", "12", "%")]),
    ("粮食产量和播种面积齐齐增长3%。", [("粮食产量和播种面积", "3", "%")]),
    ("粮食产量双双增长3%。", [("粮食产量", "3", "%")]),
])
def test_a_reduplicated_manner_word_ends_no_name(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _got(text) == want


# --- the rule itself, on names of the classes (as applied to a reader's `got` strings)
@pytest.mark.parametrize(("name", "want"), [
    ("工业总产值4", "工业总产值"),
    ("全社会用电量达到3", "全社会用电量"),
    ("税收收入完成.2亿元", "税收收入"),
    ("实现进出口总额2.6万亿", "进出口总额"),
    ("6%左右城镇登记失业率", "城镇登记失业率"),
    ("20个重点项目开工率", "重点项目开工率"),
    ("规上工业企业[4]", "规上工业企业"),
    ("研发经费投入强度稳步", "研发经费投入强度"),
    ("县域经济排名由15位", "县域经济排名"),
    ("齐齐", ""),
    ("逐步", ""),
    # left alone: a number inside or opening a class, a Latin letter holding a number, a shield word
    ("PM2.5", "PM2.5"),
    ("5G基站", "5G基站"),
    ("10亿元以上龙头企业", "10亿元以上龙头企业"),
    ("500强企业", "500强企业"),
    ("工业领域设备更新", "工业领域设备更新"),
    ("可持续", "可持续"),
])
def test_hygienic_names(name: str, want: str) -> None:
    assert hygienic(name) == want
