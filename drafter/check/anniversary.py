"""``wrong_anniversary``: ``中华人民共和国成立N周年`` and other anniversaries of a fixed
founding year (the table in ``drafter.occasions``), against the year of the sentence
(``2025年是新中国成立75周年`` is wrong: 76)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.check.context import Subject, numeral, sentence_at
from drafter.check.finding import Finding
from drafter.occasions import AHEAD, ANNIVERSARY_PATTERNS

_YEAR = re.compile(r"(\d{4})年")
#: A year that starts a baseline or a span, not the year of the sentence.
_NOT_THE_YEAR = re.compile(r"(?:由|较|比|自|从|与|同|截至|至|到)$")


def _sentence_year(subject: Subject, role: str, sentence: str, before: int) -> int | None:
    """The year the sentence speaks of: the last year written before the anniversary (not a
    baseline's), else 今年/明年, else the year of the part it stands in."""
    years = [m for m in _YEAR.finditer(sentence, 0, before) if not _NOT_THE_YEAR.search(sentence[: m.start()])]
    if years:
        return int(years[-1].group(1))
    base = subject.part_year(role)
    if base is not None and "明年" in sentence[:before]:
        return base + 1
    return base


def find(subject: Subject) -> Iterator[Finding]:

    for place in subject.here.places:
        for anniversary, pattern in ANNIVERSARY_PATTERNS:
            for m in pattern.finditer(place.text):
                n = numeral(m.group("n"))
                start, end = sentence_at(place.text, m.start())
                year = _sentence_year(subject, place.role, place.text[start:end], m.start() - start)
                if n is None or year is None:
                    continue
                right = year - anniversary.year
                allowed = {right, right + 1} if any(w in place.text[start : m.start()] for w in AHEAD) else {right}
                if n in allowed or right <= 0:
                    continue
                yield Finding(
                    "wrong_anniversary", subject.here.at(place, m.start()), m.group(),
                    f"{anniversary.name}于{anniversary.year}年，{year}年是{right}周年，这里写的是{n}周年",
                    f"改为{right}周年（多半是沿用上年报告时未顺延）。",
                )
