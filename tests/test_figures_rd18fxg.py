"""Figure rules of round 18's fixer fx18g (tests/real_aside47, real_aside56; docs/FIGURES.md "Round 18
fixes (fx18g; …)"). Every sentence here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _read(text: str, kind: str = "target") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.measure) for f in extract_figures(text, kind=kind, year=2026)]


def test_an_elimination_is_named_with_its_result() -> None:
    """``推进闲置宅基地动态清零``: the thing and its elimination, as ``确诊病例清零`` is named."""
    assert _read("推进闲置宅基地动态清零，新建冷链仓储4万吨以上。")[0] == ("闲置宅基地动态清零", None, "qualitative")
    assert _read("确保农村危房全部清零。") == [("农村危房全部清零", None, "qualitative")]
    assert _read("推动欠薪案件持续清零。")[0][0] == "欠薪案件持续清零"
    # a bottom line still names the line
    assert _read("确保不发生较大以上安全生产事故。")[0][0] == "不发生较大以上安全生产事故"
