"""Rule tests for names (issue 9, round 18, fxdnames3): a completion after its task whose size was
restated (real_aside21 convention 4) is named by the task's verb and object, invented sentences with
the neighbours the rule must leave alone."""

from __future__ import annotations

from drafter.figures import extract_figures


def _got(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(text, kind=kind, year=2023)]


def test_a_completion_after_a_sized_task_is_named_by_its_verb_and_object() -> None:
    assert _got("加固达标980公里江海堤围任务累计已完成580公里，除险加固888宗病险水库任务累计已完成519宗。") == [
        ("加固达标江海堤围", "580", "公里"),
        ("除险加固病险水库", "519", "宗"),
    ]
    assert _got("整治120公里河道任务，累计已完成86公里。") == [("整治河道", "86", "公里")]
    assert _got("全省河道整治1200公里任务，目前已完成860公里。") == [("河道整治", "860", "公里")]
    assert _got("加固35座病险水闸任务，已完成20座。") == [("加固病险水闸", "20", "座")]


def test_the_size_may_follow_the_object() -> None:
    assert _got("改造农村公路3000公里任务累计已完成1800公里。") == [("改造农村公路", "1800", "公里")]
    assert _got("改造农村危房5000户任务已完成3200户。") == [("改造农村危房", "3200", "户")]
    assert _got("实施农村公路改造5000公里的任务已经完成3100公里。") == [("农村公路改造", "3100", "公里")]
    # the task's own verb stays; an opener and the time before it go
    assert _got("新增节水灌溉面积20万亩任务累计已完成12万亩。") == [("新增节水灌溉面积", "12", "万亩")]
    assert _got("加快推进“双千”工程，全年加固达标980公里江海堤围任务累计已完成580公里。") == [
        ("加固达标江海堤围", "580", "公里")
    ]


def test_neighbours_without_a_sized_task_are_left_alone() -> None:
    assert _got("完成投资50亿元。") == [("投资", "50", "亿元")]
    assert _got("加固江海堤围任务累计已完成580公里。") == [("加固江海堤围任务", "580", "公里")]
    assert _got("完成投资50亿元，其中已完成30亿元。") == [("投资", "50", "亿元"), ("投资", "30", "亿元")]
