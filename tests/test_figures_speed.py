"""Fast paths of figure extraction (speed only): each skips work whose result is known, so
outputs are the same as without it. These tests keep the fast paths in step with their rules."""

from __future__ import annotations

import re

import pytest

from drafter.figures import indicator as ind
from drafter.figures import lexicon as lex


def _top_alternatives(pattern: str) -> list[str]:
    """A pattern's top-level ``|`` rows (outside groups and character classes)."""
    rows, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            rows.append(pattern[start:i])
            start = i + 1
        i += 1
    rows.append(pattern[start:])
    return rows


def test_every_time_row_holds_a_time_char() -> None:
    rows = _top_alternatives(lex.TIME.pattern)
    assert len(rows) > 10
    missing = [row for row in rows if not any(c in row for c in lex.TIME_CHARS)]
    assert missing == [], f"TIME rows without any of TIME_CHARS ({lex.TIME_CHARS}): {missing}"


@pytest.mark.parametrize(
    "text",
    ["地区生产总值", "全年地区生产总值", "一季度和上半年全省地区生产总值", "近三年来", "目前累计", "“十四五”时期投资",
     "疫情期间", "2023年底存款余额", "1—9月完成", "当月出口", "社会消费品零售总额"],
)
def test_without_time_fast_path_agrees(text: str) -> None:
    assert ind.without_time(text) == lex.TIME.sub("", lex.TIME_JOINED.sub("", text))


def test_top_alternatives_split() -> None:
    assert _top_alternatives(r"a|(b|c)|[|]|d\|e") == ["a", "(b|c)", "[|]", r"d\|e"]
    assert re.compile("|".join(_top_alternatives(lex.TIME.pattern))).pattern == lex.TIME.pattern
