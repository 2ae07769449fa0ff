"""Rule tests of the fifteenth round's reading fixes (fxa17read), variants of what real_aside17 missed
at its first run: a unit cut by the page's end (``提高0.2个百分|``), a class count before a count of
items named by their noun (``5大类26项政策``), a capacity inside a project's name in a list of projects,
electricity counted in 度 behind 万/亿. Every text here is invented."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures


def _found(text: str, kind: str = "outcome") -> list[tuple[str | None, str, str]]:
    return [(f.value, f.unit, f.indicator) for f in extract_figures(text, kind=kind, year=2023)]


# ---------------------------------------------------------------- a unit cut by the page's end

@pytest.mark.parametrize(("text", "kept"), [
    ("税收占比达到88.4%，提高0.2个百分", [("88.4", "%", "税收占比")]),
    ("常住人口城镇化率达到65.2%，比上年提高1.5个百分", [("65.2", "%", "常住人口城镇化率")]),
    ("企业开办时间压缩至3个工作", []),  # 个工作日
])
def test_a_number_whose_unit_the_page_end_cut_is_no_figure(text: str, kept: list) -> None:
    assert _found(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("税收占比提高0.2个百分点。", [("0.2", "个百分点", "税收占比")]),
    ("企业开办时间压缩至3个工作日。", [("3", "个工作日", "企业开办时间")]),
    ("新建学校3个", [("3", "个", "学校")]),  # the unit whole at the end
])
def test_a_whole_unit_at_the_end_stays(text: str, kept: list) -> None:
    assert _found(text) == kept


# ---------------------------------------------------------------- N大类 before a count of items

@pytest.mark.parametrize(("text", "kept"), [
    ("出台并转化利用5大类26项政策。", [("26", "项", "政策")]),
    ("梳理3大类18项改革措施，", [("18", "项", "改革措施")]),
    ("形成4类12项惠企举措。", [("12", "项", "惠企举措")]),
    ("县级重点项目5大类51个。", [("51", "个", "县级重点项目")]),  # before a count closing the clause (real5)
])
def test_a_class_count_before_a_count_of_items_is_part_of_the_name(text: str, kept: list) -> None:
    assert _found(text) == kept


def test_a_chain_of_class_and_item_counts_counts_each() -> None:
    assert [v for v, _, _ in _found("紧盯6大类11项和14类33项指标。")] == ["6", "11", "14", "33"]
    assert [v for v, _, _ in _found("梳理3大类12项、2类8项任务。")] == ["3", "12", "2", "8"]


def test_a_class_count_alone_stays() -> None:
    assert _found("涵盖5大类产品。") == [("5", "大类", "产品")]


# ---------------------------------------------------------------- a capacity in a list of projects

@pytest.mark.parametrize("text", [
    "加快推动某某坑口电厂、某某电厂、特高压三期500万千瓦新能源基地、某某风光制氢一体化项目等一批煤电和新能源项目建设。",
    "加快建设某某100万千瓦光伏电站、某某抽水蓄能电站等重点项目。",  # the first item
    "推进某某风电场、某某二期20万千瓦风电项目、某某储能电站等新能源工程建设。",
    "开工某某水厂、某某30万吨焦化项目等一批重点项目。",
])
def test_a_capacity_inside_a_projects_name_in_a_list_of_projects_is_no_figure(text: str) -> None:
    assert _found(text, "target") == []


@pytest.mark.parametrize(("text", "kept"), [
    ("推进某某大型风电光伏基地4800万千瓦装机建设。", ["4800"]),  # the capacity built, after the name
    ("建成500万千瓦新能源基地。", ["500"]),  # no list of projects
    ("新增新能源装机500万千瓦、储能100万千瓦。", ["500", "100"]),  # a list of amounts
    ("新建光伏电站100万千瓦、风电场50万千瓦等项目。", ["100", "50"]),  # capacities after their names
])
def test_a_capacity_that_is_what_is_built_stays(text: str, kept: list) -> None:
    assert [v for v, _, _ in _found(text, "target")] == kept


# ---------------------------------------------------------------- electricity in 度

@pytest.mark.parametrize(("text", "kind", "kept"), [
    ("力争全年火电装机规模达到1700万千瓦、发电量达到640亿度左右。", "target",
     [("1700", "万千瓦", "火电装机规模"), ("640", "亿度", "发电量")]),
    ("全社会用电量150亿度，增长5.2%。", "outcome", [("150", "亿度", "全社会用电量"), ("5.2", "%", "全社会用电量")]),
    ("全年节约用电50万度。", "outcome", [("50", "万度", "节约用电")]),
    ("全年发电量三百亿度。", "outcome", [("三百", "亿度", "发电量")]),
    ("发电量达到300亿千瓦时。", "target", [("300", "亿千瓦时", "发电量")]),
])
def test_electricity_counted_in_du_behind_a_scale(text: str, kind: str, kept: list) -> None:
    assert _found(text, kind) == kept


def test_du_without_a_scale_is_no_electricity() -> None:
    assert _found("最高气温35度，经济一度承压，2023年度考核优秀。") == []
