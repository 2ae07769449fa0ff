"""Rule tests of round 17 (fxa75): a 、 inside a short bracket of scopes within a name
(``工业强县（市、区）综合评价``, ``增幅列区（县、市）排名第一``) separates no item of a list and no clause.
Every text here is invented: variants in new wording, and the cases the rule must leave alone."""

from __future__ import annotations

from _bounds import cpu_bound

from drafter.figures import extract_figures
from drafter.figures import lexicon as lex
from drafter.normalize import normalize_text


def _names(text: str) -> list[str]:
    return [f.indicator for f in extract_figures(normalize_text(text), kind="outcome", year=2016)]


def test_bracketed_scopes_stay_inside_a_ranked_name() -> None:
    assert _names("全省生态强县（市、区）考核连续三年位列第一。") == ["生态强县（市、区）考核"]
    assert _names("全市文明乡镇（街道、社区）测评排名第二，营商环境指数位列第三。") == [
        "文明乡镇（街道、社区）测评", "营商环境指数"]
    assert _names("在全省科技进步先进县（市、区）评价中位列第四。") == ["科技进步先进县（市、区）评价"]


def test_bracketed_scopes_of_a_rank_are_one_clause() -> None:
    names = _names("全区固定资产投资增长12.0%，增速列县（市、区）第一，高于全市2.5个百分点。")
    assert len(names) == 3
    assert all("（县" not in n or "（县、市、区）" in n for n in names)
    assert not any(n in ("市", "区）", "市）") for n in names)


def test_bracket_of_scopes_with_half_width_brackets() -> None:
    assert _names("全省美丽乡村示范县(市、区)评比位列第一。") == ["美丽乡村示范县（市、区）评比"]


def test_a_list_outside_brackets_still_splits() -> None:
    assert _names("经济竞争力、发展潜力均列全省第一。") == ["经济竞争力", "发展潜力"]
    # a bracket holding a figure or a long clause is no bracket of scopes
    assert lex.BRACKETED_LIST.search("（含税、费用及其他各项收入合计）") is None
    assert lex.BRACKETED_LIST.search("（市、区）综合评价") is not None
    assert lex.BRACKETED_LIST.search("扩大到20个省（自治区、直辖市）。") is None


def test_bracketed_list_hostile_input() -> None:
    for text in ("（市、区" * 10000, "（县、市、区、乡、镇、村" * 10000, "(" + "市、" * 10000):
        with cpu_bound(1.0):
            lex.BRACKETED_LIST.sub("x", text)


def _read(text: str) -> list[tuple[str, str]]:
    return [(f.indicator, f.kind) for f in extract_figures(normalize_text(text), kind="outcome", year=2016)]


def test_value_named_as_an_example_of_the_years_targets_is_a_target() -> None:
    assert _read("强化组织领导，围绕招商引资100亿元等年度目标，狠抓项目落地。") == [("招商引资", "target")]
    assert _read("确保完成工业投资80亿元等全年任务。") == [("工业投资", "target")]
    assert _read("紧扣实际利用外资3亿美元等年度目标，加强考核。") == [("实际利用外资", "target")]
    # a completion of the year's target is an outcome
    assert _read("全年招商引资完成100亿元，完成年度目标的105%。") == [("招商引资", "outcome"), ("招商引资", "outcome")]


def test_year_target_hostile_input() -> None:
    text = "等年度" * 10000 + "围绕" * 10000
    with cpu_bound(1.0):
        lex.YEAR_TARGET_NAMED.search(text)
        lex.YEAR_TARGET_PREPOSITION.search(text)
