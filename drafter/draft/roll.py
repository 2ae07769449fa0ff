"""Roll a report's wording forward one year: years, meeting number, title.

Only the years that a report is *about* move: in report Y the execution year Y and the
plan year Y+1 become Y+1 and Y+2; other years (``2019年``, ``2035年``) stay as written.
Meeting numbers are Chinese numerals (``第五次会议`` → ``第六次会议``).
"""

from __future__ import annotations

import re

from drafter.numerals import chinese_to_int, int_to_chinese

_YEAR = re.compile(r"(?<!\d)(\d{4})(?=年)")
_SESSION = re.compile(r"第([零一二三四五六七八九十百]+)次会议")


def roll_years(text: str, base_year: int, shift: int = 1) -> str:
    """Advance the report years of report ``base_year`` (base_year and base_year+1) by ``shift``."""
    moving = {base_year, base_year + 1}

    def replace(match: re.Match[str]) -> str:
        year = int(match.group(1))
        return str(year + shift) if year in moving else match.group(1)

    return _YEAR.sub(replace, text)


def roll_meeting(meeting: str, shift: int = 1) -> str:
    """``…第十八届人民代表大会第五次会议`` → ``…第六次会议`` (the session number only)."""

    def replace(match: re.Match[str]) -> str:
        return f"第{int_to_chinese(chinese_to_int(match.group(1)) + shift)}次会议"

    return _SESSION.sub(replace, meeting)


__all__ = ["chinese_to_int", "int_to_chinese", "roll_meeting", "roll_years"]
