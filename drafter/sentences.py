"""The one sentence splitter: where each sentence of a paragraph starts and ends.

A sentence ends at 。；！？ (or their half-width forms in web copies); the closing mark
belongs to the sentence. A leaf module, so the ledger, the review page and the draft all cut
sentences the same way.
"""

from __future__ import annotations

from functools import lru_cache

SENTENCE_END = "。；;！？!?"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence, the closing punctuation included."""
    return list(_spans(text))


@lru_cache(maxsize=4096)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    start = 0
    for i, char in enumerate(text):
        if char in SENTENCE_END:
            spans.append((start, i + 1))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans or [(0, 0)])


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The span of the sentence holding character ``pos``."""
    for start, stop in sentence_spans(text):
        if start <= pos < stop:
            return start, stop
    return 0, len(text)


def find_sentence(text: str, sentence: str, fallback: str = "") -> tuple[int, int]:
    """[start, end) of a stored ``sentence`` in ``text`` (with or without its closing mark),
    else of ``fallback`` (a figure's text), else the whole text: where a ledger's figure
    stands in its paragraph."""
    for probe in (sentence, sentence.rstrip("。；;，,"), fallback):
        if probe:
            start = text.find(probe)
            if start >= 0:
                return start, start + len(probe)
    return 0, len(text)


__all__ = ["SENTENCE_END", "find_sentence", "sentence_at", "sentence_spans"]
