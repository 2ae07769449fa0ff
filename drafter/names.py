"""Indicator names: one normalising rule and one similarity, shared by figures and compare.

The same statistic is named differently from year to year (``力争实现北京项目投资额`` →
``实现北京项目投资额``; ``实际使用外资`` replaced ``实际利用外资``). Pairing a target with an
outcome, finding the indicator of a changed figure and naming a plan task all need the name
without its verbs and growth words, and a score of how alike two names are. This module is a
leaf: it imports nothing from drafter, so every stage may use it.
"""

from __future__ import annotations

import re
from functools import lru_cache

_LEADING = re.compile(
    r"^(?:全年|年内|当年|预计|力争|争取|确保|实现|完成|达到|新增|新建|新安装|新引进|引进|累计|再|共|"
    r"总计|全区|我区|区级|持续|推动|推进|入库|认定|建成|打造|培育|集聚|落地|带动|提升|提高)+"
)
_TRAILING = re.compile(r"(?:同比|比上年|较上年|增长|下降|达到|达|实现|完成|突破|超过|不少于|保持|为|至|到|总数|数量|总量)+$")

#: Names the genre uses for one statistic from year to year (the first is kept): 实际使用外资
#: replaced 实际利用外资 in the statistics; 限上 is the short form of 限额以上; 国家级高新技术企业
#: and 国家高新技术企业 are one list.
_SYNONYMS = (
    (re.compile(r"使用外资"), "利用外资"),
    (re.compile(r"限上"), "限额以上"),
    (re.compile(r"国家级(?=高新技术企业)"), "国家"),
)

#: Words shared by many indicators; they say what kind of measure, not which indicator, so
#: two phrases are compared without them (占GDP比重 makes 民营经济 and 服务业 look alike).
_GENERIC = re.compile(r"占(?:GDP|地区生产总值|全区|全市)?(?:的)?比重|比重|占比|总额|总量|数量|均值|平均")
#: Spaces and punctuation, dropped before two texts are compared.
PUNCTUATION = re.compile(r"[\s，。；：、,.;:（）()“”\"'！？!?《》—-]+")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def normalize_indicator(text: str) -> str:
    """The indicator phrase with leading verbs and trailing growth words removed."""
    text = re.sub(r"[\s“”\"'（）()《》]", "", text)
    for pattern, repl in _SYNONYMS:
        text = pattern.sub(repl, text)
    text = _LEADING.sub("", text)
    return _TRAILING.sub("", text)


@lru_cache(maxsize=8192)
def bigrams(text: str) -> frozenset[str]:
    """Character bigrams of ``text`` with punctuation dropped and numbers masked."""
    text = _DIGITS.sub("0", PUNCTUATION.sub("", text))
    if len(text) < 2:
        return frozenset([text]) if text else frozenset()
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


@lru_cache(maxsize=4096)
def _prepared(text: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """An indicator phrase ready for comparison: core text, its characters, its bigrams."""
    core = normalize_indicator(text)
    core = _GENERIC.sub("", core) or core
    return core, frozenset(core), bigrams(core)


@lru_cache(maxsize=65536)
def indicator_similarity(a: str, b: str) -> float:
    """Overlap of two normalized indicator phrases: bigram Dice blended with character overlap."""
    core_a, chars_a, grams_a = _prepared(a)
    core_b, chars_b, grams_b = _prepared(b)
    if not core_a or not core_b:
        return 0.0
    if core_a == core_b:
        return 1.0
    shared = len(chars_a & chars_b)
    if not shared and grams_a.isdisjoint(grams_b):  # nothing in common: most pairs, quickly
        return 0.0
    overlap = shared / max(1, min(len(chars_a), len(chars_b)))
    cover = shared / max(len(chars_a), len(chars_b))
    return 0.5 * dice(grams_a, grams_b) + 0.3 * overlap + 0.2 * cover


__all__ = ["PUNCTUATION", "bigrams", "dice", "indicator_similarity", "normalize_indicator"]
