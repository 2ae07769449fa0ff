"""Rule tests for the general causes behind the first-sight misses of tests/real_pass10 and tests/real_aside77
(issue 9, round 18, fx18b; their READMEs and docs/FIGURES.md "Round 18 fixes (fx18b; …)"). Every text here is
invented: other places, sectors, wordings and numbers, and the cases each rule must leave alone."""

from __future__ import annotations

from drafter.figures import extract_figures


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(text, kind=kind, year=2012)]


def _names(text: str, kind: str = "outcome") -> list[str]:
    return [f[0] for f in _read(text, kind)]


def test_herds_camels_dan_and_per_mille_points_are_units() -> None:
    assert _read("茶叶产量3.6万担，增长4%。") == [("茶叶产量", "3.6", "万担", "exact"), ("茶叶产量", "4", "%", "exact")]
    assert [f[1:3] for f in _read("全县标准化羊群达到1500群。")] == [("1500", "群")]
    assert [f[1:3] for f in _read("骆驼存栏3200峰。")] == [("3200", "峰")]
    assert [f[1:3] for f in _read("人口出生率7.2‰，比上年下降1.05个千分点。")] == [("7.2", "‰"), ("1.05", "个千分点")]
    # words opening with those characters stay words
    assert [f[1:3] for f in _read("服务1200群众，担保贷款3亿元。")] == [("3", "亿元")]
    assert not [f for f in _read("帮助300群体解决困难。") if f[2] == "群"]
