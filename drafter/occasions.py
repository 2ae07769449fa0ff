"""Dated occasions the genre names: anniversaries of a fixed founding year, party plenaries.

``2025年是中华人民共和国成立76周年`` ties a number to a year: ``drafter check`` tests the
number against the year of the sentence, and ``drafter draft`` moves it on with the year.
``区委十二届八次全会`` names the plenary that set the year's course; its number follows the
party's calendar, not the report's. One table for both commands; a leaf module (it imports
nothing of drafter), so the check and the draft read the same rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


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
#: Each anniversary with the pattern of its mentions; group ``n`` is the number as written.
ANNIVERSARY_PATTERNS: tuple[tuple[Anniversary, re.Pattern[str]], ...] = tuple(
    (a, re.compile(rf"(?:{a.words}){_NUMBER}(?:周年|年华诞|年)")) for a in ANNIVERSARIES
)
#: Words that look ahead to an anniversary still to come (``迎接新中国成立75周年``).
AHEAD = ("迎接", "迎来", "喜迎", "即将")

_ORDINAL = r"[一二三四五六七八九十百零〇\d]+"
#: ``市委十二届四次全会``: the plenary that set the year's course, named in the overall requirements.
PLENARY = re.compile(rf"(?P<org>[省市区县旗州]委)(?P<term>{_ORDINAL})届(?P<session>{_ORDINAL})次全会")
#: Paragraph roles where a plenary names this year's course (elsewhere last year's may be cited).
PLENARY_ROLES = ("requirements",)


def anniversary_mentions(text: str) -> list[tuple[Anniversary, re.Match[str]]]:
    """Every anniversary named in ``text``, in order; of two mentions that overlap, the first
    (and then the longer) is kept."""
    found = sorted(
        ((a, m) for a, pattern in ANNIVERSARY_PATTERNS for m in pattern.finditer(text)),
        key=lambda am: (am[1].start(), -am[1].end()),
    )
    kept: list[tuple[Anniversary, re.Match[str]]] = []
    for a, m in found:
        if not kept or m.start() >= kept[-1][1].end():
            kept.append((a, m))
    return kept


__all__ = [
    "AHEAD",
    "ANNIVERSARIES",
    "ANNIVERSARY_PATTERNS",
    "PLENARY",
    "PLENARY_ROLES",
    "Anniversary",
    "anniversary_mentions",
]
