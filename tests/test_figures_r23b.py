"""Figure rules of fxa33 (real_aside33 classes), on invented sentences: a label of a class of targets
naming the task from above after it (``约束性指标：全面完成国家、省下达目标任务``), setters listed before
下达, an income outpacing or matching the economy's growth named by the thing (``…增速与经济增长基本同步``,
``…高于经济增长水平``), a single project named with its capacity keeping its owner or phase; other places,
traditional characters, and the neighbours each rule must leave alone."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures
from drafter.normalize import normalize_text, simplified_converter

_S = simplified_converter()


def _traditional(text: str) -> str:
    from conftest import opencc

    return opencc("s2t").convert(text)


def _figures(text: str, year: int = 2023) -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(normalize_text(text), kind="target", year=year, place="")]


def _names(text: str) -> list[tuple[str, str | None, str]]:
    return [(n, v, u) for n, v, u, _ in _figures(text)]


# --- a class label before a task from above (convention 2) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("约束性指标:全面完成国家、省下达目标任务。", "约束性指标"),
        ("约束性指标：全面完成省下达目标任务。", "约束性指标"),
        ("约束性指标：确保完成国家和省下达的目标任务。", "约束性指标"),
        ("约束性指标，圆满完成市下达目标任务。", "约束性指标"),
        ("约束性目标：全面完成上级下达目标任务。", "约束性目标"),
        (_S(_traditional("约束性指标：全面完成国家、省下达目标任务。")), "约束性指标"),
    ],
)
def test_a_class_label_names_the_task_after_it(text: str, want: str) -> None:
    assert _names(text) == [(want, None, "")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # must leave alone: a subject of its own, a list closed by 等, the label before figures
        ("节能减排指标完成国家、省下达目标任务。", ("节能减排", None, "")),
        ("节能减排等约束性指标，全面完成省下达目标任务。", ("节能减排", None, "")),
        ("主要污染物减排指标：完成省下达目标任务。", ("主要污染物减排", None, "")),
        ("约束性指标：单位地区生产总值能耗下降3%。", ("单位地区生产总值能耗", "3", "%")),
        ("预期性指标：地区生产总值增长7%以上，城镇新增就业4.3万人。", ("地区生产总值", "7", "%")),
    ],
)
def test_a_label_is_no_part_of_other_names(text: str, want: tuple[str, str | None, str]) -> None:
    got = _names(text)
    assert want in got
    assert not any(n.startswith(("约束性", "预期性")) for n, _, _ in got)


# --- an income against the economy's growth (convention 5) ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("居民收入增速与经济增长基本同步。", "居民收入"),
        ("城乡居民收入增幅与经济增长同步。", "城乡居民收入"),
        ("农民人均可支配收入增速和经济增长同步。", "农民人均可支配收入"),
        ("农村居民收入高于经济增长水平。", "农村居民收入"),
        ("城镇居民收入快于经济增长。", "城镇居民收入"),
        ("农民收入增速高于全省经济增速。", "农民收入"),
        (_S(_traditional("居民收入增速与经济增长基本同步。")), "居民收入"),
        (_S(_traditional("农村居民收入高于经济增长水平。")), "农村居民收入"),
    ],
)
def test_an_income_against_growth_is_named_by_the_thing(text: str, want: str) -> None:
    assert _names(text) == [(want, None, "")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # must leave alone: the written forms of the earlier sets
        ("城乡居民收入增长与经济增长同步。", "城乡居民收入"),
        ("城镇居民收入与经济增长同步，农村居民收入高于经济增长水平，城镇新增就业4.3万人。", "城镇居民收入"),
        ("收入增长高于经济增速。", "收入"),
    ],
)
def test_earlier_synchrony_lines_stay(text: str, want: str) -> None:
    assert (want, None, "") in _names(text)


# --- a single project named with its capacity (convention 3) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("建成金煤化工10万吨草酸项目。", ("金煤化工草酸项目", "10", "万吨")),
        ("加快推进一期110万千瓦新能源项目建设。", ("一期新能源项目", "110", "万千瓦")),
        ("全力推进二期60万千瓦新能源项目前期工作。", ("二期新能源项目", "60", "万千瓦")),
        ("推进某某集团20万吨乙二醇项目建设。", ("某某集团乙二醇项目", "20", "万吨")),
        ("开工建设三期50万千瓦光伏工程。", ("三期光伏工程", "50", "万千瓦")),
        (_S(_traditional("建成金煤化工10万吨草酸项目。")), ("金煤化工草酸项目", "10", "万吨")),
        (_S(_traditional("全力推进二期60万千瓦新能源项目前期工作。")), ("二期新能源项目", "60", "万千瓦")),
    ],
)
def test_a_single_project_keeps_its_owner_or_phase(text: str, want: tuple[str, str, str]) -> None:
    assert want in _names(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # must leave alone: no owner before the capacity, a scope of the whole place, a base, a count of projects
        ("建成10万吨草酸项目。", ("草酸项目", "10", "万吨")),
        ("开工建设100万千瓦光伏项目。", ("光伏项目", "100", "万千瓦")),
        ("全市建成10万吨草酸项目。", ("草酸项目", "10", "万吨")),
        ("建成500万千瓦新能源基地。", ("新能源基地", "500", "万千瓦")),
        ("全年新开工10万吨以上项目3个。", ("新开工10万吨以上项目", "3", "个")),
    ],
)
def test_projects_without_an_owner_stay(text: str, want: tuple[str, str, str]) -> None:
    assert want in _names(text)
