"""A genre corpus of other districts and years (written for these tests, then tuned on).

Each ``tests/corpus/<name>.txt`` is a plan report written for this test in the genre's
real variety (layouts, chrome, dropped punctuation, GBK, excerpts); beside it,
``<name>.expected.json`` holds the hand-written outline and the hand-checked figures.
The scoring is in test_report_sets.py: the outline must match exactly; figure precision and recall over the whole corpus must
stay at or above 0.95 (matched on paragraph + value as written + unit, as for the seed).
"""

from __future__ import annotations

from report_sets import names, source

NAMES = names("corpus")


def _source(name: str):
    return source("corpus", name)


def test_corpus_has_the_genre_variety() -> None:
    assert 6 <= len(NAMES) <= 8
    for name in NAMES:
        lines = _source(name).read_bytes().count(b"\n")
        assert 60 <= lines <= 200, (name, lines)
