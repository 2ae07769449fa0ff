"""Set-specific checks for the fifth held-out set (the set itself is scored in test_report_sets)."""

from __future__ import annotations

from report_sets import report


def test_sentence_per_line_copy_rejoins_paragraphs() -> None:
    """A web copy with every sentence on its own line reads as the printed paragraphs."""
    rep = report("heldout5", "donglin-2021")
    first = rep.parts[0].chapters[0]
    assert [p.lead for p in first.paragraphs] == ["项目建设提速增效。", "消费市场加快回暖。"]
    assert "完成年度计划的112.3%" in first.paragraphs[0].text
