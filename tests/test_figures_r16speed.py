"""Round 16 speed: the qualitative-growth reader (``lexicon.qual_growth``) finds what
``QUAL_GROWTH.search`` finds, in time linear in the clause. Invented clauses only."""

from __future__ import annotations

import random

import pytest
from _bounds import cpu_bound

from drafter.figures import lexicon as lex

CLAUSES = [
    "城乡居民收入稳步增长",
    "单位地区生产总值能耗在前两年连续下降的基础上进一步下降",
    "居民人均可支配收入与经济增长保持同步",
    "全力以赴稳增长，城镇居民收入增速高于地区生产总值增速",
    "外贸出口：稳中有升",
    "农村居民收入增长快于城镇居民",
    "断面水质保持国家Ⅱ类标准",
    "一般公共预算收入增长6%",
    "，，稳步增长",
]
ALPHABET = list("增长下降提高稳步持续保持正与经济同步，,：:基础上在的进一步涨幅目标一致全国高于速地区生产总值居民收入城镇农村")


def _same(clause: str, cut: int) -> None:
    want, got = lex.QUAL_GROWTH.search(clause, cut), lex.qual_growth(clause, cut)
    assert (want is None) == (got is None), clause
    if want is not None and got is not None:
        assert (want.span(), want.groupdict()) == (got.span(), got.groupdict()), clause


@pytest.mark.parametrize("clause", CLAUSES)
def test_the_linear_reader_finds_what_the_pattern_finds(clause: str) -> None:
    for cut in range(len(clause)):
        _same(clause, cut)


def test_the_linear_reader_agrees_on_random_clauses() -> None:
    rng = random.Random(16)
    for _ in range(3000):
        clause = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 40)))
        _same(clause, rng.randrange(len(clause)))


@pytest.mark.parametrize("clause", [
    "地区生产总值" * 5000 + "稳步增长",
    "，".join(["城乡居民收入"] * 5000) + "持续增长",
    "，".join(["城乡居民收入"] * 5000),
    "在" + "某" * 20000 + "的基础上进一步下降",
])
def test_the_linear_reader_reads_long_hostile_clauses_fast(clause: str) -> None:
    with cpu_bound(1.0):
        lex.qual_growth(clause, 0)
