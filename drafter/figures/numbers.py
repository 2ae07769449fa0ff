"""Numbers as reports write them: ``121.47``, ``1,705``, ``三``, ``五十七``, ``亿`` (in ``过亿元``).

``parse_number`` turns a written number into a Decimal; ``parse_quantity`` a number with
its unit (``6.2万家`` → 62000 of 家, unit ``万家``). Chinese numerals are read by the
package's one numeral module, ``drafter.numerals``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from drafter.errors import FigureError
from drafter.figures.units import SCALE_PATTERN, UNIT_PATTERN, UNITS, canonical, split_unit
from drafter.numerals import parse_chinese

CN_DIGITS = "零〇一二两三四五六七八九"
CN_POWERS = "十百千万亿"
CN_CHARS = CN_DIGITS + CN_POWERS
_ARABIC = re.compile(r"[-−]?\d+(?:,\d{3})*(?:\.\d+)?")
_CHINESE = re.compile(rf"负?[{CN_CHARS}]+(?:点[{CN_DIGITS}]+)?")
_QUANTITY = re.compile(
    rf"(?P<number>[-−]?\d+(?:,\d{{3}})*(?:\.\d+)?|负?[{CN_CHARS}]+?(?:点[{CN_DIGITS}]+)?)"
    rf"(?P<more>余|多)?(?P<scale>{SCALE_PATTERN})?(?P<more2>余|多)?(?P<unit>{UNIT_PATTERN})"
)


@dataclass(frozen=True)
class Quantity:
    """A parsed number with its unit.

    value:  the number as written (``"6.2"``, ``"三"``)
    number: the value with the scale word applied, in the base unit (``62000``)
    unit:   the unit as written, scale included, without 余/多 (``"万家"``)
    base:   the base unit (``"家"``)
    family: the unit's family (``"count"``)
    more:   the number was written with 余/多 (``300余次``: more than 300)
    """

    value: str
    number: Decimal
    unit: str
    base: str
    family: str
    more: bool = False


def is_chinese(value: str) -> bool:
    """True if the written number is a Chinese numeral."""
    return bool(value) and value[0] != "点" and all(c in CN_CHARS or c in "负点" for c in value)


def parse_number(text: str) -> Decimal:
    """A written number (Arabic, with thousands commas, or Chinese) as a Decimal."""
    text = text.strip()
    if _ARABIC.fullmatch(text):
        try:
            return Decimal(text.replace(",", "").replace("−", "-"))
        except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
            raise _bad_number(text) from None
    if _CHINESE.fullmatch(text):
        return _parse_chinese(text)
    raise _bad_number(text)


def _parse_chinese(text: str) -> Decimal:
    try:
        return parse_chinese(text)
    except ValueError:
        raise _bad_number(text) from None


#: Indicators a report writes by their Latin abbreviation with the value right after it, glued
#: or after a blank (``全区完成GDP488.6亿元``, ``人均GDP 24万元``): a figure of that indicator, unlike
#: the digits of a code or a name glued to Latin letters (``PM2.5``, ``A3``, ``G20``).
LATIN_INDICATORS = frozenset({"GDP", "GNP", "CPI", "PPI", "PMI"})
_LATIN_BEFORE = re.compile(r"([A-Za-z]+) ?$")


def glued_to_code(s: str, start: int) -> bool:
    """Does the number at ``start`` follow Latin letters (glued, or after one blank) that are a
    code's, not an indicator's abbreviation (``LATIN_INDICATORS``)?"""
    last = s[start - 1 : start] if start else ""
    if not (last.isascii() and (last.isalpha() or last in " \n")):
        return False  # the pattern's match ends right before the number (a fast path)
    m = _LATIN_BEFORE.search(s, max(0, start - 12), start)
    return m is not None and m.group(1).upper() not in LATIN_INDICATORS


#: Units written before their number (万分之73.26).
PREFIX_UNITS = tuple(name for name, unit in UNITS.items() if unit.prefix)


def parse_quantity(text: str) -> Quantity:
    """A number with its unit, e.g. ``"121.47亿元"``, ``"300余次"``, ``"4.5%"``."""
    text = text.strip()
    for prefix in PREFIX_UNITS:
        # 万分之73.26 as pages write it, or 73.26万分之 as a figure stores value then unit
        number = text.removeprefix(prefix) if text.startswith(prefix) else text.removesuffix(prefix)
        if number != text and (_ARABIC.fullmatch(number) or _CHINESE.fullmatch(number)):
            return quantity(number, "", prefix)
    match = _QUANTITY.fullmatch(text)
    if match is None:
        raise FigureError(f"无法识别数量“{text}”", "它不是“数字+单位”的写法", "请写成如“121.47亿元”“45家”“4.5%”的形式")
    return quantity(match["number"], match["scale"] or "", match["unit"], bool(match["more"] or match["more2"]))


def quantity(value: str, scale: str, unit_text: str, more: bool = False) -> Quantity:
    """Build a Quantity from its written parts (number, scale word, unit)."""
    value, scale = fold_scale(value, scale)
    if scale and is_chinese(value) and split_unit(scale + canonical(unit_text)) is None:
        value, scale = value + scale, ""  # 一万%: the 万 is part of the numeral
    base_name = canonical(unit_text)
    written_unit = scale + base_name
    split = split_unit(written_unit)
    if split is None:
        raise FigureError(f"无法识别单位“{scale}{unit_text}”", "它不在 drafter 的单位表中", "请使用常见计量单位，如 亿元、万平方米、家、%")
    factor, unit = split
    number = parse_number(value) * factor
    return Quantity(value=value, number=number, unit=written_unit, base=unit.name, family=unit.family, more=more)


def fold_scale(value: str, scale: str) -> tuple[str, str]:
    """Give a Chinese numeral back the scale characters that belong to it.

    ``五千个`` is the numeral 五千, not 五 with the scale 千; only 万 and 亿 stand apart
    (``三万人`` → 三, 万人), as they do after Arabic digits (``3万人``).
    """
    if scale and is_chinese(value):
        inner = scale.rstrip("万亿")
        return value + inner, scale[len(inner) :]
    return value, scale


def format_decimal(number: Decimal) -> str:
    """Plain notation without exponent or trailing zeros (``3.42E+9`` → ``3420000000``)."""
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "") else text


def _bad_number(text: str) -> FigureError:
    return FigureError(f"无法识别数字“{text}”", "它既不是阿拉伯数字也不是中文数字", "请写成如“121.47”或“五十七”的形式")


__all__ = ["CN_CHARS", "CN_DIGITS", "LATIN_INDICATORS", "Quantity", "fold_scale", "format_decimal", "glued_to_code", "is_chinese", "parse_number", "parse_quantity", "quantity"]
