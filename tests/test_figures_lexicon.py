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
        "认真贯彻落实县委十届三次、四次、五次全会精神。",  # session ordinals listed
        "面对三年来最复杂的形势。",  # a span
        "今年是三年新冠疫情防控转段后的第一年。",  # an era
        "由四套班子领导共同组成。",  # bodies by their count
        "二○○六年五月二十五日",  # a date with ○
    ],
)
def test_not_figures(text: str) -> None:
    assert _read(text) == []


def test_a_met_target_in_the_account_is_no_outcome() -> None:
    assert _read("固定资产投资同比增长13%以上，完成区人代会批准增长8%目标。") == [("固定资产投资", "13", "%", "at_least")]
    assert _read("节能减排完成目标任务。") == []
    assert _read("万元生产总值能耗下降3.5%，完成省下达任务。") == [("万元生产总值能耗", "3.5", "%", "exact")]
    assert _read("居民消费价格上涨3.2%，符合3%左右的预期目标。") == [("居民消费价格", "3.2", "%", "exact")]
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


@pytest.mark.parametrize(
    "text",
    ["地区生产总值增长8.3%、高于预期目标2.3个百分点。", "地区生产总值增长6.5%，超计划目标0.5个百分点。", "地区生产总值增长6.4%，高于预期0.4个百分点。"],
)
def test_a_gap_to_the_target_is_the_clause_indicator(text: str) -> None:
    assert [name for name, *_ in _read(text)] == ["地区生产总值", "地区生产总值"]


def test_lists_sharing_one_verb() -> None:
    assert [n for n, *_ in _read("三次产业分别增长5.7%、13.9%和11.8%。")] == ["第一产业", "第二产业", "第三产业"]
    assert [n for n, *_ in _read("一、二、三产业分别增长5%、13%、10%。", "target")] == ["第一产业", "第二产业", "第三产业"]
    assert [n for n, *_ in _read("金融机构存、贷款余额分别增长8.8%、11.9%。")] == ["金融机构存款余额", "金融机构贷款余额"]
    got = _read("第一产业、工业增加值、进出口总值增速分别居全省第3位、第2位、第6位。")
    assert [(n, v) for n, v, *_ in got] == [("第一产业增速", "3"), ("工业增加值增速", "2"), ("进出口总值增速", "6")]


def test_rank_lists_and_verbless_ranks() -> None:
    got = _read("一般公共预算收入241.5亿元，增长6.4%，分居全省第4、第3位。")
    assert [(n, v) for n, v, *_ in got][2:] == [("一般公共预算收入", "4"), ("一般公共预算收入增速", "3")]
    assert [(n, v) for n, v, *_ in _read("经济总量稳居全国城市第三、亚洲第四。")] == [("经济总量", "三"), ("经济总量", "四")]
    assert [(n, v) for n, v, *_ in _read("城镇居民人均可支配收入5.2万元，总量全市区县第一。")][1:] == [("城镇居民人均可支配收入", "一")]


def test_names_stop_before_their_predicate() -> None:
    assert _read("12项重点任务总体进展良好。")[0][0] == "重点任务"
    assert _read("年初确定的12项主要目标任务圆满完成。")[0][0] == "主要目标任务"
    assert _read("城镇居民、农村居民人均可支配收入增速均居全省第3位。")[0][0] == "城镇居民、农村居民人均可支配收入增速"
    assert [n for n, *_ in _read("一般公共预算收入完成43.06亿元，可比增长26.7%。")] == ["一般公共预算收入"] * 2


def test_a_respectively_list_after_time_words_and_notes() -> None:
    got = _read("城乡居民人均可支配收入分别增长8.2%、13.3%，两年平均分别增长5.7%、9.5%。")
    assert [n for n, *_ in got] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"] * 2
    assert _read("预计全省生产总值同比（下同）增长5.8%左右。")[0][0] == "生产总值"


def test_a_condition_or_a_rate_alone_takes_the_indicator_before() -> None:
    assert [n for n, *_ in _read("生产总值增长5.8%，剔除房地产业后增长6.2%。")] == ["生产总值", "剔除房地产业后生产总值"]
    assert [n for n, *_ in _read("居民消费价格上涨0.7%，涨幅控制在3%以内。")] == ["居民消费价格"] * 2


def test_a_chain_of_counts_shares_its_noun() -> None:
    got = _read("紧盯6大类11项和14类33项指标。", "target")
    assert [(n, v, u) for n, v, u, _ in got] == [("指标", "6", "大类"), ("指标", "11", "项"), ("指标", "14", "类"), ("指标", "33", "项")]


def test_an_unclosed_letters_gloss_at_a_names_end_goes() -> None:
    from drafter.figures.indicator import normalize

    assert normalize("工业总产值(GVIO") == "工业总产值"  # the bracket lost with a table's grid
    assert normalize("工业总产值（GVIO）") == "工业总产值"
    assert normalize("PM2.5（细颗粒物") == "PM2.5（细颗粒物"  # not a letters gloss: kept as written
