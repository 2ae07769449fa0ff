"""How alike two paragraphs are, for ``duplicate_paragraph`` and ``carried_over``: character
bigrams of the text without slots, punctuation and spaces (the aligner's measure)."""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.slots import strip_slots

#: Paragraphs shorter than this (lead sentences, salutations) are not compared.
MIN_LENGTH = 40
#: Bigram Dice at or above which two paragraphs are the same text (a rolled year or a changed
#: word leaves a copy above it).
SAME = 0.9
_NOISE = re.compile(r"[\s，。；：、,.;:！？!?“”\"'（）()《》【】]")


@lru_cache(maxsize=2048)
def core(text: str) -> str:
    """The paragraph's words: no slots, punctuation or spaces."""
    return _NOISE.sub("", strip_slots(text))


@lru_cache(maxsize=2048)
def grams(text: str) -> frozenset[str]:
    from drafter.names import bigrams

    return bigrams(core(text))


def comparable(text: str) -> bool:
    return len(core(text)) >= MIN_LENGTH


def share(score: float) -> str:
    """How much of two paragraphs that differ is the same: rounded down, at most ``99%``."""
    return f"{min(int(score * 100), 99)}%"


def same_text(a: str, b: str) -> float:
    """1.0 for the same words, else the bigram Dice of the two; 0 when either is too short."""
    from drafter.names import dice

    if not comparable(a) or not comparable(b):
        return 0.0
    if core(a) == core(b):
        return 1.0
    return dice(grams(a), grams(b))
