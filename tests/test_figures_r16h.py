"""Rule tests for counts (issue 9, round 16, fxa6566): the general causes behind the first-run
misses of tests/real_aside66 (its README, conventions 2 and 3). Every text here is invented:
variants with other nouns, powers and predicates, and the cases each rule must leave alone."""

from __future__ import annotations

from _bounds import cpu_bound

from drafter.figures import extract_figures
from drafter.figures import lexicon as lex


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(text, kind=kind, year=2012)]


def test_hundreds_of_is_a_power_alone_at_least() -> None:
    assert _read("全镇组建了业余剧团和上百支志愿服务队。") == [("志愿服务队", "百", "支", "at_least")]
    assert _read("引进了上千名技术人才。") == [("引进技术人才", "千", "名", "at_least")]
    assert _read("建成近百家养老机构。") == [("养老机构", "百", "家", "about")]  # as before
    # the 上 of a step verb stays the milestone's; a word ending in 上 gives no count
    assert _read("财政收入迈上百亿元台阶。") == [("财政收入", "百", "亿元", "at_least")]
    assert _read("线上百家企业参展。") == []


def test_a_count_held_by_dui_names_its_whole_list() -> None:
    assert _read("对9所中学、职业学校进行了校舍加固。") == [("中学、职业学校", "9", "所", "exact")]
    assert _read("对15个村、社区开展了人居环境整治。") == [("村、社区", "15", "个", "exact")]
    # without 对 the list's first item is still the noun counted
    assert _read("新建9所中学、3所小学。")[0][:2] == ("中学", "9")


def test_build_and_perfect_before_a_count_goes_as_build() -> None:
    assert _read("建立健全了五个行业协会，建立了12项工作机制。") == [
        ("行业协会", "五", "个", "exact"),
        ("工作机制", "12", "项", "exact"),
    ]


def test_the_new_patterns_are_linear() -> None:
    hostile = "小学、" * 10000 + "幼儿园"
    with cpu_bound(1.0):
        lex.OBJECT_OF_DUI.match(hostile)
        for at in range(0, 3000, 3):
            lex.OBJECT_OF_DUI.match(hostile, at)
        lex.AT_LEAST_BEFORE.search("和上" * 10000)
