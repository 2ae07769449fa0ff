"""Indicator names: one rule test per naming convention (docs/FIGURES.md, "Indicator naming"),
each on a short invented sentence."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[str]:
    return [f.indicator for f in extract_figures(text, kind=kind, year=2023)]


def test_a_list_item_starts_at_its_separator_not_inside_a_word() -> None:
    # 及 inside 惠及 and 和 inside 和美 are words, not separators
    assert _names("修缮老旧厂房12个、惠及职工8000人。") == ["修缮老旧厂房", "惠及职工"]
    assert _names("建成示范村4个、和美乡村9个。") == ["示范村", "和美乡村"]
    assert _names("新增孵化器8家和众创空间6家。") == ["孵化器", "众创空间"]


def test_a_noun_described_by_the_figure_before_is_one_phrase() -> None:
    got = _names("实施总投资58亿元的农业和文旅重点项目31个。")
    assert got == ["总投资", "农业和文旅重点项目"]


def test_a_share_of_a_total_after_its_amount() -> None:
    assert _names("教育支出12.5亿元，占一般公共预算支出的21.3%。") == ["教育支出", "教育支出占一般公共预算支出"]


def test_lead_adverbs_and_stock_words() -> None:
    assert _names("有效发明专利拥有量达到3200件。") == ["有效发明专利拥有量"]
    assert _names("已化解风险企业36户。") == ["化解风险企业"]
    assert _names("实有各类经营主体5.2万户。") == ["各类经营主体"]


def test_a_completion_of_the_budget() -> None:
    assert _names("税收收入8.2亿元，占预算的47.1%。") == ["税收收入", "税收收入"]
