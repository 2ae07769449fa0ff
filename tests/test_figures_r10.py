"""Rule tests of the tenth figure round (issue 9, branch fxsmall: errors noticed and left in
earlier rounds). Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def test_examples_of_a_class_of_indicators_under_one_task_are_a_target_each() -> None:
    got = _names("单位生产总值能耗降低、空气质量改善等约束性指标完成省下达任务。", kind="target")
    assert got == [("单位生产总值能耗", None), ("空气质量改善", None)]
    got = _names("节能减排、水环境质量改善等指标完成市下达任务。", kind="target")
    assert got == [("节能减排", None), ("水环境质量改善", None)]
    # an item that is no indicator by itself (大气 shares the rest) keeps the list whole
    assert len(_names("大气、水环境质量改善等指标完成市下达任务。", kind="target")) == 1
