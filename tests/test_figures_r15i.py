"""Figure rules of round 15's fixer on real_aside51 (r15-fxa51). Every sentence here is invented: other
places, indicators, groups and documents than the set's pages, some as 繁体 copies."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures
from drafter.normalize import normalize_text, simplified_converter


def _got(text: str) -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(normalize_text(text), kind="outcome", year=2023)]


def _trad(text: str) -> list[tuple[str, str | None, str]]:
    return _got(simplified_converter()(text))


# --- a headless gap to a target after a gap written on the rate's head is the indicator's; a rank after it too
@pytest.mark.parametrize(("text", "want"), [
    ("全市地区生产总值500亿元，增长7.6%，增速高于全省1.2个百分点，高于年度预期目标0.3个百分点，居全省第3位。",
     [("地区生产总值", "500", "亿元"), ("地区生产总值", "7.6", "%"), ("地区生产总值增速", "1.2", "个百分点"),
      ("地区生产总值", "0.3", "个百分点"), ("地区生产总值", "3", "位")]),
    ("社会消费品零售总额增长9%，增幅比全国高2个百分点，超年初计划1个百分点。",
     [("社会消费品零售总额", "9", "%"), ("社会消费品零售总额增幅", "2", "个百分点"), ("社会消费品零售总额", "1", "个百分点")]),
    # a headless gap to a wider scope so written stays the rate's (real_aside35)
    ("地区生产总值增长11.8%，增幅高于年初计划0.8个百分点，高于全国平均水平1.4个百分点。",
     [("地区生产总值", "11.8", "%"), ("地区生产总值增幅", "0.8", "个百分点"), ("地区生产总值增幅", "1.4", "个百分点")]),
])
def test_a_headless_gap_to_a_target_is_the_indicators(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _got(text) == want


# --- 涨幅 is a generic head as 增幅 is
@pytest.mark.parametrize(("text", "want"), [
    ("居民消费价格累计上涨1.8%，涨幅低于全国0.3个百分点。", ("居民消费价格涨幅", "0.3", "个百分点")),
    ("工业生产者出厂价格上涨2%，涨幅比上月回落1个百分点。", ("工业生产者出厂价格涨幅", "1", "个百分点")),
    ("居民消費價格上漲2.1%，漲幅比全省低0.4個百分點。", ("居民消费价格涨幅", "0.4", "个百分点")),
])
def test_a_gap_on_the_price_rise_keeps_its_head(text: str, want: tuple[str, str, str]) -> None:
    got = _trad(text) if "漲" in text else _got(text)
    assert got[-1] == want


def test_a_price_rise_bounded_by_its_rate_head_stays_the_indicator() -> None:
    assert _got("居民消费价格上涨0.7%，涨幅控制在3%以内。")[-1] == ("居民消费价格", "3", "%")


# --- a bare sector before a list's last item takes the item's measure with the generic head
@pytest.mark.parametrize(("text", "want"), [
    ("煤炭、化工增加值增速同比分别回落7.9和3.2个百分点。",
     [("煤炭增加值增速", "7.9", "个百分点"), ("化工增加值增速", "3.2", "个百分点")]),
    ("建材、电力产值增速分别提高2和1.5个百分点。",
     [("建材产值增速", "2", "个百分点"), ("电力产值增速", "1.5", "个百分点")]),
    ("工业、农业用水总量分别为3亿吨和2亿吨。", [("工业用水总量", "3", "亿吨"), ("农业用水总量", "2", "亿吨")]),
])
def test_a_sector_list_shares_its_measure_and_head(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _got(text) == want


# --- groups each named by what they did share the number of people closing the last
@pytest.mark.parametrize(("text", "want"), [
    ("失业人员再就业和困难人员再就业人数分别下降20%和26%。",
     [("失业人员再就业人数", "20", "%"), ("困难人员再就业人数", "26", "%")]),
    ("高校毕业生就业和退役军人就业人数分别为300人和50人。",
     [("高校毕业生就业人数", "300", "人"), ("退役军人就业人数", "50", "人")]),
    # short siblings keep their own rule
    ("城镇、农村参保人数分别达到3万人和5万人。", [("城镇参保人数", "3", "万人"), ("农村参保人数", "5", "万人")]),
])
def test_groups_share_the_number_of_people(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _got(text) == want


# --- a target set by someone, restated beside its outcome, is no figure
@pytest.mark.parametrize("text", [
    "前7个月居民消费价格同比上涨2.6%，控制在年初确定的3.5%的预期目标内。",
    "城镇登记失业率3.1%，低于省下达的4.5%的控制目标。",
    "前三個月居民消費價格上漲2.2%，控制在年初確定的3%的預期目標內。",
])
def test_a_target_set_by_someone_restated_is_no_figure(text: str) -> None:
    got = _trad(text) if "確" in text else _got(text)
    assert len(got) == 1 and got[0][2] in ("%",)


# --- a group's size before 中有 is no figure; the count in it is named by what the things did
@pytest.mark.parametrize(("text", "want"), [
    ("5月份70个大中城市中有42个城市二手住宅价格环比上涨。", [("二手住宅价格上涨城市", "42", "个")]),
    ("全县38家重点企业中有30家企业产值比上年增长。", [("产值增长企业", "30", "家")]),
    ("7月份70個大中城市中有58個城市新建商品住宅價格同比下降。", [("新建商品住宅价格下降城市", "58", "个")]),
])
def test_a_count_within_a_group(text: str, want: list[tuple[str, str, str]]) -> None:
    got = _trad(text) if "個" in text else _got(text)
    assert got == want


def test_a_count_of_the_plans_own_indicators_keeps_its_frame() -> None:
    assert _got("16项重点指标中有12项完成年度目标。") == [("重点指标", "16", "项"), ("完成年度目标的重点指标", "12", "项")]


# --- documents counted after their list, and a quoted group's members, are no figures
@pytest.mark.parametrize(("text", "want"), [
    ("年内出台农业、工业和服务业3个扶持办法，新建学校4所。", [("学校", "4", "所")]),
    ("下半年将出台人才引进、科技创新2个实施意见。", []),
    ("加快制定“两钢一化”3个企业转型发展实施方案。", []),
    # a count of documents with no list before it is measured
    ("全年出台5个实施意见。", [("实施意见", "5", "个")]),
])
def test_documents_counted_after_their_list(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _got(text) == want
