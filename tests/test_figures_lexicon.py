"""Rule tests for the lexicon's rows added with the real set (issue 9; one row, one test)."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures
from drafter.normalize import normalize_text


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(text, kind=kind, year=2023)]


@pytest.mark.parametrize(
    "text",
    [
        "不折不扣落实二十条优化措施及进一步优化十条措施。",  # policies by article count
        "抓好疏解与提升两条线、用好政府和市场两只手。",  # set phrases
        "以习近平总书记两次视察北京重要讲话精神为根本遵循。",  # visits
        "故宫周边、簋街和隆福寺等列入全市专项行动的五个重点区域。",  # anaphoric count
        "居全市第一方阵。",  # no rank
        "连续两年夺得全省“科技创新鼎”。",  # a streak
    ],
)
def test_not_figures(text: str) -> None:
    assert _read(text) == []


def test_a_met_target_in_the_account_is_no_outcome() -> None:
    assert _read("固定资产投资同比增长13%以上，完成区人代会批准增长8%目标。") == [("固定资产投资", "13", "%", "at_least")]
    assert _read("节能减排完成目标任务。") == []
    assert [f.indicator for f in extract_figures("全面完成市下达的节能减排目标任务。")] == ["节能减排"]  # assigned from above
    assert [f.indicator for f in extract_figures("节能减排完成目标任务。", kind="target")] == ["节能减排"]


def test_one_clause_over_a_list_of_indicators_gives_a_target_each() -> None:
    got = _read("单位地区生产总值能耗降低、化学需氧量排放量降低、氨氮排放量降低完成国家下达目标任务。", "target")
    assert [name for name, *_ in got] == ["单位地区生产总值能耗", "化学需氧量排放量", "氨氮排放量"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("财政收入保持上年水平。", "财政收入"), ("进出口总额高于全国平均水平。", "进出口总额"), ("现行标准下剩余的农村贫困人口全部脱贫。", "农村贫困人口")],
)
def test_qualitative_plan_lines(text: str, name: str) -> None:
    assert _read(text, "target") == [(name, None, "", "exact")]


def test_respectively_lists() -> None:
    assert _read("城乡居民人均可支配收入分别增长7%、10%左右。", "target") == [
        ("城镇居民人均可支配收入", "7", "%", "about"), ("农村居民人均可支配收入", "10", "%", "about")]
    assert [(v, u) for _, v, u, _ in _read("一产和三产占比分别下降0.5和0.7个百分点。")] == [
        ("0.5", "个百分点"), ("0.7", "个百分点")]


def test_ranks() -> None:
    assert _read("社会消费品零售总额增幅列全市前三。") == [("社会消费品零售总额增幅", "三", "", "at_most")]
    assert _read("拆违等新闻报道数量居全市首位。") == [("新闻报道数量", "首", "位", "exact")]


def test_names() -> None:
    assert _read("工业实现增加值510.65亿元。") == [("工业增加值", "510.65", "亿元", "exact")]
    assert _read("地区生产总值增速低于预期4.4个百分点。")[0][0] == "地区生产总值增速"
    assert _read("一般公共预算收入扣除留抵退税后增长5.6%。")[0][0] == "一般公共预算收入"
    assert _read("16小时内锁定。")[0][3] == "at_most"


@pytest.mark.parametrize(
    ("raw", "folded"),
    [("600.5亿 元", "600.5亿元"), ("完成 3.3亿元", "完成3.3亿元"), ("2022 年", "2022年"), ("PM 2.5 平均浓度", "PM 2.5 平均浓度"),
     ("國民經(jīng)濟", "國民經濟")],
)
def test_ocr_spaces_and_glosses(raw: str, folded: str) -> None:
    assert normalize_text(raw) == folded
    if "亿" in raw:
        assert _read(normalize_text(f"地区生产总值{raw}。"))[0][1:3] == (raw.split("亿")[0].split()[-1], "亿元")
