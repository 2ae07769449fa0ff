"""``wrong_anniversary``: ``中华人民共和国成立N周年`` and other anniversaries of a fixed
founding year, against the year of the sentence (``2025年是新中国成立75周年`` is wrong: 76)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from drafter.check.context import Subject, numeral, sentence_at
from drafter.check.finding import Finding


@dataclass(frozen=True)
class Anniversary:
    """An event whose anniversaries the genre names: the words for it and the year it happened."""

    words: str  # a regular expression for the event's names
    year: int
    name: str


ANNIVERSARIES: tuple[Anniversary, ...] = (
    Anniversary(r"中华人民共和国成立|新中国成立|建国|共和国成立", 1949, "中华人民共和国成立"),
    Anniversary(r"中国共产党成立|建党", 1921, "中国共产党成立"),
    Anniversary(r"中国人民解放军建军|建军", 1927, "中国人民解放军建军"),
    Anniversary(r"改革开放", 1978, "改革开放"),
    Anniversary(r"(?:中国人民)?抗日战争(?:暨世界反法西斯战争)?胜利|抗战胜利", 1945, "中国人民抗日战争胜利"),
    Anniversary(r"香港回归(?:祖国)?", 1997, "香港回归"),
    Anniversary(r"澳门回归(?:祖国)?", 1999, "澳门回归"),
    Anniversary(r"五四运动", 1919, "五四运动"),
    Anniversary(r"辛亥革命", 1911, "辛亥革命"),
    Anniversary(r"(?:红军)?长征胜利", 1936, "红军长征胜利"),
    Anniversary(r"(?:中国人民志愿军)?抗美援朝(?:出国作战)?", 1950, "中国人民志愿军抗美援朝出国作战"),
    Anniversary(r"(?:全国)?人民代表大会(?:制度建立|成立)", 1954, "全国人民代表大会成立"),
    Anniversary(r"(?:中国)?人民政(?:治)?协(?:商会议)?成立", 1949, "中国人民政治协商会议成立"),
    Anniversary(r"京津冀协同发展(?:重大国家)?战略(?:提出|实施)", 2014, "京津冀协同发展战略提出"),
    Anniversary(r"浦东开发开放", 1990, "浦东开发开放"),
    Anniversary(r"深圳经济特区(?:建立|成立)", 1980, "深圳经济特区建立"),
    Anniversary(r"毛泽东同志诞辰", 1893, "毛泽东同志诞辰"),
    Anniversary(r"邓小平同志诞辰", 1904, "邓小平同志诞辰"),
    Anniversary(r"周恩来同志诞辰", 1898, "周恩来同志诞辰"),
)
_NUMBER = r"(?P<n>\d{1,3}|[一二三四五六七八九十百零〇两]+)"
_PATTERNS = tuple(
    (a, re.compile(rf"(?:{a.words}){_NUMBER}(?:周年|年华诞|年)")) for a in ANNIVERSARIES
)
#: Words that look ahead to an anniversary still to come (``迎接新中国成立75周年``).
_AHEAD = ("迎接", "迎来", "喜迎", "即将")
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
        for anniversary, pattern in _PATTERNS:
            for m in pattern.finditer(place.text):
                n = numeral(m.group("n"))
                start, end = sentence_at(place.text, m.start())
                year = _sentence_year(subject, place.role, place.text[start:end], m.start() - start)
                if n is None or year is None:
                    continue
                right = year - anniversary.year
                allowed = {right, right + 1} if any(w in place.text[start : m.start()] for w in _AHEAD) else {right}
                if n in allowed or right <= 0:
                    continue
                yield Finding(
                    "wrong_anniversary", subject.here.at(place, m.start()), m.group(),
                    f"{anniversary.name}于{anniversary.year}年，{year}年是{right}周年，这里写的是{n}周年",
                    f"改为{right}周年（多半是沿用上年报告时未顺延）。",
                )
