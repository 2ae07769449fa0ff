"""Rule tests for docs/FIGURES.md and the real sets' conventions, each on a short INVENTED text
(issue 9, fixing round on finding figures: what is a figure, its unit, kind and qualifier)."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures
from drafter.figures.units import UNITS, split_unit
from drafter.normalize import normalize_text


def _read(text: str, kind: str = "outcome") -> list[tuple[str | None, str, str]]:
    """(value, unit, qualifier) of every figure of an invented text."""
    return [(f.value, f.unit, f.qualifier) for f in extract_figures(normalize_text(text), kind=kind, year=2023)]


def _one(text: str, kind: str = "outcome"):
    figures = extract_figures(normalize_text(text), kind=kind, year=2023)
    assert len(figures) == 1, figures
    return figures[0]


# -- units -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit", "family"),
    [
        ("全年新建停车场12座。", "12", "座", "count"),
        ("日均检测能力达到3.5万人份。", "3.5", "万人份", "count"),
        ("接种疫苗26万剂次。", "26", "万剂次", "count"),
        ("新打机井40眼。", "40", "眼", "count"),
        ("增殖放流鱼苗300万尾。", "300", "万尾", "count"),
        ("开设课程25门。", "25", "门", "count"),
        ("集装箱吞吐量达到80万标准箱。", "80", "万标准箱", "count"),
        ("货物周转量120亿吨公里。", "120", "亿吨公里", "turnover"),
        ("新建道路8.5千米。", "8.5", "千米", "length"),
        ("新增变电容量30万千伏安。", "30", "万千伏安", "energy"),
        ("实际利用外资2.1亿欧元。", "2.1", "亿欧元", "money"),
        ("整治河道12段。", "12", "段", "count"),
    ],
)
def test_measure_words_are_units(text: str, value: str, unit: str, family: str) -> None:
    figure = _one(text)
    assert (figure.value, figure.unit, figure.unit_family) == (value, unit, family)


def test_a_unit_written_before_its_number() -> None:
    figure = _one("出口额占全国份额上升至万分之12.5。")
    assert (figure.value, figure.unit, figure.measure) == ("12.5", "万分之", "share")
    assert figure.indicator == "出口额占全国份额"
    assert _read("增长百分之6.5左右。") == [("6.5", "%", "about")]
    assert _read("发生率控制在千分之三以内。") == [("三", "千分之", "at_most")]
    assert "万分之" not in [u for u in UNITS if not UNITS[u].prefix]  # never read after a number


def test_a_space_before_a_unit_is_folded() -> None:
    assert normalize_text("完成全年计划的57 %。") == "完成全年计划的57%。"
    assert normalize_text("日均接待 2.5 万人次") == "日均接待2.5万人次"
    assert normalize_text("PM 2.5 平均浓度") == "PM 2.5 平均浓度"  # a code keeps its space


# -- ratios and ranks ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("城乡居民收入倍差缩小至1.9。", "1.9"),
        ("城乡收入比值降至2.05。", "2.05"),
        ("居民收入基尼系数下降到0.42。", "0.42"),
    ],
)
def test_bare_ratios_after_a_ratio_word(text: str, value: str) -> None:
    figure = _one(text)
    assert (figure.value, figure.unit) == (value, "")


@pytest.mark.parametrize(
    "text",
    ["继续保持全市第一类乡镇行列。", "进入全省第一梯队。", "位居全国第一阵营。", "列入全省第二批试点。"],
)
def test_a_class_or_batch_is_no_rank(text: str) -> None:
    assert _read(text) == []


# -- what is not a figure ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "投资增速、消费增速两项指标低于预期。",  # a count in apposition to the list before it
        "工业、服务业、农业三大板块协同发力。",
        "扎实推进两个“一号工程”建设。",  # a count of numbered programme names
    ],
)
def test_not_figures(text: str) -> None:
    assert _read(text) == []


def test_a_noun_cut_at_the_end_leaves_the_count() -> None:
    assert _read("专项资金50亿元到位，开工建设8个项") == [("50", "亿元", "exact")]
    assert _read("开工建设8个项目") == [("8", "个", "exact")]
    assert _read("新建学校、医院3所。") == [("3", "所", "exact")]  # Arabic: a count of its own
    assert _read("建成4个“口袋公园”。") == [("4", "个", "exact")]  # a quoted name without numeral


def test_split_unit_of_new_units() -> None:
    factor, unit = split_unit("万人份")  # type: ignore[misc]
    assert (factor, unit.name, unit.family) == (10**4, "人份", "count")


def test_a_scale_alone_is_the_unit() -> None:
    got = _read("全县常住人口超过60万，成为人口超过50万的县，游客达到120万。")
    assert got == [("60", "万", "at_least"), ("50", "万", "at_least"), ("120", "万", "exact")]
    assert _read("全年同比增加 3 万") == []  # cut at the text's end: the unit is missing
    assert _read("年产值超5亿的企业达到8家。") == [("8", "家", "exact")]  # a class threshold


def test_verbless_rank_items() -> None:
    figures = extract_figures("本市成为全国同类城市中面积第二、人口超过300万的城市。", year=2023)
    assert [(f.indicator, f.value, f.unit) for f in figures] == [("面积", "二", ""), ("人口", "300", "万")]
    figures = extract_figures("创新指数全省第5、开放指数全省第2。", year=2023)
    assert [(f.indicator, f.value) for f in figures] == [("创新指数", "5"), ("开放指数", "2")]
    assert [f.measure for f in extract_figures("全市第一、二、三产业增加值分别增长4%、5%、6%。")] == ["growth"] * 3  # no rank


_LEAD_PAGE = """3月2日，某市发改委发布关于某市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告。
报告指出2024年的主要任务，新建公共停车场20座、充电桩1万个以上，改造燃气管网50公里。
原文如下：
各位代表：
受市人民政府委托，现将某市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案提请市十八届人大二次会议审议。
一、2023年国民经济和社会发展计划执行情况
全年地区生产总值增长5.5%，一般公共预算收入120亿元。
"""


def test_a_news_lead_quoting_the_plan_gives_its_targets(tmp_path) -> None:
    from drafter.ingest import parse_file

    page = tmp_path / "lead.txt"
    page.write_text(_LEAD_PAGE, encoding="utf-8")
    report = parse_file(page)
    got = [(f.value, f.unit, f.kind, f.qualifier) for f in report.figures]
    assert got[:3] == [("20", "座", "target", "exact"), ("1", "万个", "target", "at_least"), ("50", "公里", "target", "exact")]
    assert [f.kind for f in report.figures[3:]] == ["outcome", "outcome"]


# -- qualifiers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("至少新建学校3所。", "at_least"),
        ("最少建成停车场10个。", "at_least"),
        ("达到6%及以上。", "at_least"),
        ("增长5%上下。", "about"),
        ("大约投资5亿元。", "about"),
        ("约占20%。", "about"),
        ("赤字率不足3%。", "at_most"),
        ("最多压减至3个工作日。", "at_most"),
        ("控制在5小时之内。", "at_most"),
    ],
)
def test_qualifier_rows(text: str, qualifier: str) -> None:
    assert [q for _, _, q in _read(text, "target")] == [qualifier]


def test_a_suffix_that_opens_a_word_is_no_qualifier() -> None:
    assert _read("带动上下游企业5家上下游配套。") == [("5", "家", "exact")]


def test_a_span_of_years_is_no_figure() -> None:
    figures = extract_figures("近3年累计投资50亿元，过去五年新增就业3万人。", year=2023)
    assert [(f.indicator, f.value, f.unit) for f in figures] == [("投资", "50", "亿元"), ("就业", "3", "万人")]


def test_a_score_in_points_and_an_index() -> None:
    assert _read("群众满意度达到95.6分以上，考核得分98分。") == [("95.6", "分", "at_least"), ("98", "分", "exact")]
    assert _read("我们十分重视，三分之一的企业参与。") == []  # 分 after a Chinese numeral is no score
    assert _read("居民消费价格指数为102.1。") == [("102.1", "", "exact")]


def test_a_growth_keeps_its_minus_sign_but_a_range_is_no_sign() -> None:
    figures = extract_figures("出口额42亿美元，同比增长-0.2%；1-6月投资增长8-9%。", year=2023)
    assert [f.value for f in figures] == ["42", "-0.2", "8-9"]


def test_a_target_restated_in_a_bracket_beside_its_outcome_is_not_listed() -> None:
    read = lambda t: [(f.value, f.unit) for f in extract_figures(t, kind="outcome", year=2023)]  # noqa: E731
    assert read("规模工业增加值增长9.5%（预期目标为10%以上）。") == [("9.5", "%")]
    assert read("地区生产总值增长8%，高于预期目标（增长6%以上）。") == [("8", "%")]
    assert read("常住人口（户籍）120万人，地区生产总值（现价）300亿元。") == [("120", "万人"), ("300", "亿元")]
