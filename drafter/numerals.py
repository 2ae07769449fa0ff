"""Chinese numerals, read and written: the one numeral module of the package.

Reading (``parse_chinese``): ``三`` → 3, ``五十七`` → 57, ``一点八`` → 1.8, ``负二`` → -2,
``亿`` alone (``过亿元``) → 10⁸. Numerals beyond one character go through cn2an, imported
only when one occurs, so reading Arabic-only text never loads it.

Writing (``int_to_chinese``): 1 … 999 the way meeting names, part and chapter numbers and
Word's ``chineseCounting`` write them (10 → 十, 21 → 二十一, 105 → 一百零五, 110 → 一百一十).
"""

from __future__ import annotations

import re
from decimal import Decimal

DIGITS = "零一二三四五六七八九"
_VALUE = {c: i for i, c in enumerate(DIGITS)} | {"〇": 0, "两": 2}
#: Scale words that stand for one of themselves when written alone (过亿元, 超万人).
SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8, "万亿": 10**12, "千万": 10**7, "百万": 10**6}


def parse_chinese(text: str) -> Decimal:
    """A Chinese numeral as a Decimal; ValueError if ``text`` is none."""
    sign = -1 if text.startswith("负") else 1
    body = text.removeprefix("负")
    if not body:
        raise ValueError(f"not a Chinese numeral: {text!r}")
    if "点" in body:  # 一点八, 二十四点六: the digits after 点 are read one by one
        whole, _, digits = body.partition("点")
        if not digits or any(c not in _VALUE for c in digits):
            raise ValueError(f"not a Chinese numeral: {text!r}")
        return sign * (abs(parse_chinese(whole)) + Decimal("0." + "".join(str(_VALUE[c]) for c in digits)))
    if body in SCALES:
        return Decimal(sign * SCALES[body])
    if len(body) == 1 and body in _VALUE:
        return Decimal(sign * _VALUE[body])
    import cn2an  # lazy: only for numerals of more than one character

    try:
        return Decimal(sign * int(cn2an.cn2an(body, "smart")))
    except (ValueError, TypeError, KeyError, IndexError):
        raise ValueError(f"not a Chinese numeral: {text!r}") from None


def chinese_to_int(text: str) -> int:
    """A whole Chinese numeral as written in meeting names (``十八`` → 18); ValueError otherwise."""
    if not text or any(ch not in DIGITS + "十百" for ch in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    return int(parse_chinese(text))


#: A year written digit by digit in Chinese numerals (二〇〇九年, 二○○九年, 二零零九年).
_YEAR_DIGITS = "〇○零一二三四五六七八九"
CHINESE_YEAR_RE = re.compile(f"(?<![{_YEAR_DIGITS}十百千万])[一二][{_YEAR_DIGITS}]{{3}}(?=年)")


def chinese_year(text: str) -> int:
    """A year written digit by digit (``二〇〇九`` → 2009, ``二○二一`` → 2021); ValueError otherwise."""
    if len(text) != 4 or any(c not in _YEAR_DIGITS for c in text):
        raise ValueError(f"not a Chinese year: {text!r}")
    return int("".join("0" if c in "〇○零" else str(DIGITS.index(c)) for c in text))


def arabic_years(text: str) -> str:
    """``text`` with every year written in Chinese numerals before 年 in Arabic digits; the
    length is kept (four characters for four), so positions read in one hold in the other."""
    return CHINESE_YEAR_RE.sub(lambda m: str(chinese_year(m.group())), text)


_CHINESE_DATE_RE = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>十[一二]?|[一二三四五六七八九])月(?P<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日")


def arabic_dates(text: str) -> str:
    """``text`` with its dates in Arabic digits: ``二〇一五年九月二日`` → ``2015年9月2日``."""
    text = arabic_years(text)
    return _CHINESE_DATE_RE.sub(
        lambda m: f"{m['y']}年{chinese_to_int(m['m'])}月{chinese_to_int(m['d'])}日", text)


def int_to_chinese(number: int) -> str:
    """1 … 999 as a Chinese numeral (10 → 十, 21 → 二十一, 105 → 一百零五); ValueError otherwise."""
    if not 0 < number < 1000:
        raise ValueError(f"out of range: {number}")
    hundreds, rest = divmod(number, 100)
    tens, ones = divmod(rest, 10)
    text = ""
    if hundreds:
        text += DIGITS[hundreds] + "百"
        if tens == 0 and ones:
            text += "零"
    if tens:
        text += ("" if tens == 1 and not hundreds else DIGITS[tens]) + "十"
    if ones:
        text += DIGITS[ones]
    return text


def chinese(number: int) -> str:
    """``int_to_chinese`` where it can (1 … 999), else the number in Arabic digits."""
    return int_to_chinese(number) if 0 < number < 1000 else str(number)


__all__ = ["DIGITS", "SCALES", "arabic_dates", "arabic_years", "chinese", "chinese_year", "chinese_to_int", "int_to_chinese", "parse_chinese"]
