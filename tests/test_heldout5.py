"""Set-specific checks for the fifth held-out set (the set itself is scored in test_report_sets)."""

from __future__ import annotations

from report_sets import report


def test_sentence_per_line_copy_rejoins_paragraphs() -> None:
    """A web copy with every sentence on its own line reads as the printed paragraphs."""
    rep = report("heldout5", "donglin-2021")
    first = rep.parts[0].chapters[0]
    assert [p.lead for p in first.paragraphs] == ["项目建设提速增效。", "消费市场加快回暖。"]
    assert "完成年度计划的112.3%" in first.paragraphs[0].text


def _figs(text: str) -> list[tuple[str, str | None, str]]:
    from drafter.figures.extract import extract_figures

    return [(f.indicator, f.value, f.unit) for f in extract_figures(text, year=2024)]


def test_schedule_after_times_sign_is_no_figure() -> None:
    assert _figs("推行7×24小时“不打烊”政务服务，新设企业1.2万户。") == [("企业", "1.2", "万户")]


def test_a_numbered_programme_is_a_count_as_民心工程_is_in_the_seed() -> None:
    assert _figs("集中财力办好十件民生实事，新增学位1.6万个。") == [("民生实事", "十", "件"), ("学位", "1.6", "万个")]


def test_teu_takes_wan() -> None:
    assert ("集装箱吞吐量", "520", "万TEU") in _figs("集装箱吞吐量完成520万TEU，增长9.2%。")


def test_letters_gloss_leaves_the_indicator() -> None:
    assert _figs("实现地区生产总值(GDP)1586.4亿元。")[0][0] == "地区生产总值"


def test_ordinary_paragraphs_are_not_rejoined() -> None:
    """A report with multi-sentence paragraphs keeps its paragraph breaks."""
    from drafter.read import Block
    from drafter.structure.blocks import join_sentence_lines

    blocks = [Block(f"第{i}段第一句。第二句{i}。") for i in range(20)]
    assert join_sentence_lines(blocks) == blocks
