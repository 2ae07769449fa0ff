"""Roll a report's wording forward one year: years, anniversaries, meeting number, title.

Only the years that a report is *about* move: in report Y the execution year Y and the
plan year Y+1 become Y+1 and Y+2; other years (``2019年``, ``2035年``) stay as written.
An anniversary of a fixed founding year moves with them when it falls in one of those
years (``2024年是中华人民共和国成立75周年`` → ``2025年是中华人民共和国成立76周年``); one that
falls in another year (``2019年是新中国成立70周年``) stays. Meeting numbers are Chinese
numerals (``第五次会议`` → ``第六次会议``): one session a year. A party plenary's number
(``区委十二届八次全会``) cannot be rolled: a year holds one, two or more plenaries and a
new term starts over, so the draft marks it for the writer to verify instead of guessing.
"""

from __future__ import annotations

import re
from typing import Literal

from drafter.numerals import chinese_to_int, int_to_chinese
from drafter.occasions import PLENARY, anniversary_mentions

_YEAR = re.compile(r"(?<!\d)(\d{4})(?=年)")
_SESSION = re.compile(r"第([零一二三四五六七八九十百]+)次会议")


def roll_years(text: str, base_year: int, shift: int = 1) -> str:
    """Advance the report years of report ``base_year`` (base_year and base_year+1) by ``shift``."""
    moving = {base_year, base_year + 1}

    def replace(match: re.Match[str]) -> str:
        year = int(match.group(1))
        return str(year + shift) if year in moving else match.group(1)

    return _YEAR.sub(replace, text)


def roll_anniversaries(text: str, base_year: int, shift: int = 1) -> str:
    """Advance by ``shift`` each anniversary that falls in a report year of report
    ``base_year`` (its founding year plus its number is base_year or base_year+1), written
    the way it was (``75`` → ``76``, ``七十五`` → ``七十六``)."""
    moving = {base_year, base_year + 1}
    out, last = [], 0
    for anniversary, m in anniversary_mentions(text):
        number = numeral(m.group("n"))
        if number is None or anniversary.year + number not in moving:
            continue
        rolled = number + shift
        out.append(text[last : m.start("n")])
        out.append(str(rolled) if m.group("n").isdigit() else int_to_chinese(rolled))
        last = m.end("n")
    out.append(text[last:])
    return "".join(out)


def roll_text(text: str, base_year: int, shift: int = 1) -> str:
    """Prose of report ``base_year`` rolled on: its report years and the anniversaries that fall in them."""
    return roll_years(roll_anniversaries(text, base_year, shift), base_year, shift)


PieceKind = Literal["text", "verify"]


def roll_plenaries(text: str) -> list[tuple[PieceKind, str]]:
    """``text`` cut at each party plenary it names: ``("text", prose)`` and ``("verify", label)``
    pieces, the label a slot's body (``待核实：最近一次市委全会（上年报告为市委十二届四次全会）``) for the
    writer to replace with the plenary that set the new year's course."""
    pieces: list[tuple[PieceKind, str]] = []
    last = 0
    for m in PLENARY.finditer(text):
        if m.start() > last:
            pieces.append(("text", text[last : m.start()]))
        pieces.append(("verify", f"待核实：最近一次{m.group('org')}全会（上年报告为{m.group()}）"))
        last = m.end()
    if last < len(text) or not pieces:
        pieces.append(("text", text[last:]))
    return pieces


def numeral(text: str) -> int | None:
    """A count or an ordinal as written (``75``, ``七十五``, ``一百零二``, ``百`` of 建党百年), or None."""
    try:
        return int(text) if text.isdigit() else chinese_to_int(text.replace("两", "二").replace("〇", "零"))
    except ValueError:
        return None


def roll_meeting(meeting: str, shift: int = 1) -> str:
    """``…第十八届人民代表大会第五次会议`` → ``…第六次会议`` (the session number only)."""

    def replace(match: re.Match[str]) -> str:
        return f"第{int_to_chinese(chinese_to_int(match.group(1)) + shift)}次会议"

    return _SESSION.sub(replace, meeting)


__all__ = [
    "PieceKind",
    "chinese_to_int",
    "int_to_chinese",
    "numeral",
    "roll_anniversaries",
    "roll_meeting",
    "roll_plenaries",
    "roll_text",
    "roll_years",
]
