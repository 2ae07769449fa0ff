"""Word's automatic paragraph numbering, rendered as the reader sees it in print.

Writers often number headings with Word's list numbering (``一、`` ``（一）`` ``1.``) instead of
typing the numbers; the numbers are then not in the paragraph's text but in numbering.xml.
``Numbering.label(numPr, style numPr)`` returns the label Word would show (``"一、"``) and
advances the counters, so paragraphs must be passed in document order.

Plain lxml on WordprocessingML: python-docx stays in ``drafter.read.docx``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from drafter.numerals import DIGITS as _CN_DIGITS
from drafter.numerals import chinese

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str
    suffix: str  # tab, space, nothing


class Numbering:
    """Levels of each list (w:num → w:abstractNum) and running counters."""

    def __init__(self, numbering: etree._Element | None) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._num: dict[str, tuple[str, dict[int, int]]] = {}  # numId → (abstractId, start overrides)
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        if numbering is None:
            return
        for abstract in numbering.iterchildren(f"{W}abstractNum"):
            levels = {}
            for lvl in abstract.iterchildren(f"{W}lvl"):
                levels[_int(lvl.get(f"{W}ilvl"), 0)] = _Level(
                    start=_int(_val(lvl.find(f"{W}start")), 1),
                    fmt=_val(lvl.find(f"{W}numFmt")) or "decimal",
                    text=_val(lvl.find(f"{W}lvlText")),
                    suffix=_val(lvl.find(f"{W}suff")) or "tab",
                )
            self._abstract[abstract.get(f"{W}abstractNumId") or ""] = levels
        for num in numbering.iterchildren(f"{W}num"):
            overrides = {
                _int(o.get(f"{W}ilvl"), 0): _int(_val(o.find(f"{W}startOverride")), 1)
                for o in num.iterchildren(f"{W}lvlOverride")
                if o.find(f"{W}startOverride") is not None
            }
            self._num[num.get(f"{W}numId") or ""] = (_val(num.find(f"{W}abstractNumId")), overrides)

    def label(self, num_id: str, ilvl: int) -> str:
        """The label of the next paragraph in list num_id at level ilvl ("" for none or bullets)."""
        if num_id not in self._num or num_id == "0":
            return ""
        abstract_id, overrides = self._num[num_id]
        levels = self._abstract.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None or level.fmt in ("bullet", "none"):
            return ""
        counters = self._counters.setdefault(abstract_id, {})
        if overrides and num_id not in self._started:  # a list restarted with its own start values
            self._started.add(num_id)
            counters.clear()
            for i, start in overrides.items():
                counters[i] = start - 1
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [i for i in counters if i > ilvl]:
            del counters[deeper]
        text = re.sub(
            r"%([1-9])",
            lambda m: _format(counters.get(int(m.group(1)) - 1, _start(levels, int(m.group(1)) - 1)),
                              levels.get(int(m.group(1)) - 1, level).fmt),
            level.text,
        )
        if text and level.suffix != "nothing" and not re.search(r"[、）)．.:：]$", text):
            text += " "
        return text


def _start(levels: dict[int, _Level], ilvl: int) -> int:
    return levels[ilvl].start if ilvl in levels else 1


def _format(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital",
               "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand"):
        if fmt == "ideographDigital":
            return "".join(_CN_DIGITS[int(d)] for d in str(n))
        return chinese(n)
    if fmt in ("ideographTraditional",) and 1 <= n <= 10:
        return _TIANGAN[n - 1]
    if fmt.startswith("decimalEnclosedCircle") and 1 <= n <= 20:
        return _CIRCLED[n - 1]
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperLetter", "lowerLetter") and n >= 1:
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman") and 1 <= n < 4000:
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)


def _roman(n: int) -> str:
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def _val(el: etree._Element | None) -> str:
    return (el.get(f"{W}val") or "") if el is not None else ""


def _int(text: str | None, default: int) -> int:
    try:
        return int(text or "")
    except ValueError:
        return default
