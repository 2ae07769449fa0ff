"""Rule tests of the eleventh round on counts, ranks and extra figures (issue 9, fxcount11:
people counted with a scale word, policy lists by article count, ranks shared by counts, milestones,
classes of cities, meeting titles and mechanisms before a count). Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def test_people_counted_with_a_scale_word_and_no_measure_word() -> None:
    assert _names("全区2.3万党员干部下沉一线，排查风险点位560个。") == [("党员干部", "2.3"), ("排查风险点位", "560")]
    assert _names("城区人口超过80万的城市。") == [("城区人口", "80")]
    assert _names("组织5万志愿者开展服务。") == [("志愿者", "5")]


def test_a_policy_list_is_policies_when_a_later_item_is_one() -> None:
    assert _names("印发稳定就业一揽子任务清单40条、配套措施25条，新建公交线路6条。") == [("公交线路", "6")]
