"""drafter on a held-out set: four reports written before anyone looked at drafter's code.

``tests/heldout/<name>.txt`` are plan reports in styles unlike each other and unlike the
corpus (a prefecture-level city, a county with a 三、 part for tasks, a 新区 full of
investment figures with 一是…二是…, a messy coastal web copy); ``<name>.expected.json``
was written by hand from the text, in the format of ``tests/corpus`` (see
``tests/heldout/README.md`` for how it was made and every adjudication since).
Scored in test_report_sets.py exactly like the corpus: outline exact, figures matched on paragraph + value as
written + unit, precision and recall at least 0.95, then per-field accuracy.
"""

from __future__ import annotations

import pytest
from report_sets import names, source

NAMES = names("heldout")


def test_heldout_set_is_whole() -> None:
    assert len(NAMES) == 4
    for name in NAMES:
        lines = source("heldout", name).read_bytes().count(b"\n")
        assert 50 <= lines <= 120, (name, lines)


# The genre rules the held-out set asked for, each on a sentence of its own (not the set's).
_RULES = [
    ("港口集装箱吞吐量达到286万标箱。", "286", "万标箱", "港口集装箱吞吐量"),
    ("全年出栏生猪12.5万头。", "12.5", "万头", "出栏生猪"),
    ("光伏装机容量达到3.2GW。", "3.2", "GW", "光伏装机容量"),
    ("中欧班列全年开行210列。", "210", "列", "中欧班列"),
    ("工业总产值完成86.4亿元增长7.3%。", "7.3", "%", "工业总产值"),
    ("一般公共预算收入9.6亿元，同口径增长4.1%。", "4.1", "%", "一般公共预算收入"),
    ("规上工业企业净增36家、总数达到418家。", "36", "家", "规上工业企业"),
    ("规上工业企业净增36家、总数达到418家。", "418", "家", "规上工业企业"),
    ("新增市场主体1.2万户，总量突破9万户。", "9", "万户", "市场主体"),
    ("滚动实施区级重点项目90个。", "90", "个", "区级重点项目"),
    ("新建改建农村公路58公里。", "58", "公里", "农村公路"),
    ("新建、改扩建中小学4所。", "4", "所", "中小学"),
    ("园区新建标准化厂房8万平方米。", "8", "万平方米", "标准化厂房"),
    ("围绕新材料、新能源两大产业引进配套企业26家。", "26", "家", "引进配套企业"),
    ("“证照分离”改革事项达到120项。", "120", "项", "“证照分离”改革事项"),
]


@pytest.mark.parametrize(("text", "value", "unit", "indicator"), _RULES)
def test_genre_rule(text: str, value: str, unit: str, indicator: str) -> None:
    from drafter.figures import extract_figures

    found = [f for f in extract_figures(text) if f.value == value and f.unit == unit]
    assert [f.indicator for f in found] == [indicator]


def test_totals_are_cumulative_not_increments() -> None:
    from drafter.figures import extract_figures

    net, total = extract_figures("规上工业企业净增36家、总数达到418家。")
    assert (net.increment, net.cumulative) == (True, False)
    assert (total.increment, total.cumulative) == (False, True)


def test_session_numbers_and_price_rises() -> None:
    from drafter.figures import extract_figures

    assert extract_figures("较好完成了县十八届人大二次会议确定的目标任务。") == []
    (cpi,) = extract_figures("居民消费价格涨幅3%左右。", kind="target")
    assert (cpi.measure, cpi.direction, cpi.qualifier) == ("growth", "up", "about")
