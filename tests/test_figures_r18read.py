"""Figure rules of the eighteenth reading round (real_aside21 classes), on invented sentences."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures


def _read(text: str, kind: str = "outcome") -> list[tuple[str | None, str]]:
    return [(f.value, f.unit) for f in extract_figures(text, kind=kind, year=2011)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("加固达标760公里江海堤围任务累计已完成420公里。", [("420", "公里")]),
        ("加固达标760公里江海堤围任务，累计已完成420公里。", [("420", "公里")]),
        ("除险加固650宗病险水库任务累计已完成311宗。", [("311", "宗")]),
        ("改造1200户农村危房的任务目前已完成860户。", [("860", "户")]),
        ("新建320公里农村公路任务截至6月底已完工180公里。", [("180", "公里")]),
    ],
)
def test_a_task_size_before_its_completion_is_not_listed(text: str, want: list[tuple[str, str]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # must leave alone: the completion written before the task word, a task's count, a planned size
        ("累计已完成420公里江海堤围加固任务。", [("420", "公里")]),
        ("加固达标760公里江海堤围，完成年度任务的55%。", [("760", "公里"), ("55", "%")]),
        ("全年下达加固任务760公里，已完成420公里。", [("760", "公里"), ("420", "公里")]),
    ],
)
def test_a_completion_or_a_size_alone_stays(text: str, want: list[tuple[str, str]]) -> None:
    assert _read(text) == want


def test_in_the_plan_a_task_size_stays_a_target() -> None:
    """The plan sets the task: its size is the target there."""
    assert _read("加固达标300公里江海堤围任务。", kind="target") == [("300", "公里")]
