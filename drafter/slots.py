"""Draft slots left in a text: 【待填：…】, 【待更新：300P】 and their like.

A slot is a gap a writer still has to fill: ``drafter draft`` writes them (【待填：北京项目投资额，
目标值30亿元】 for an outcome, 【待更新：30亿元】 for a target it rolled forward), and writers type
their own (【待补充】, 〔待核实〕, ``增长××%``). This leaf module finds them in plain text, so the
check, the ledger and the text diff agree on what a slot is. It imports nothing of drafter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The words that open a slot's label: what the writer still has to do.
SLOT_WORDS = ("待填写", "待填", "待更新", "待补充", "待补", "待核实", "待核", "待确认", "待定", "待完善", "待修改", "此处填写")
#: Brackets a slot may stand in (a draft uses 【】; writers also type 〔〕, 〖〗, ［］ and []).
_BRACKETS = (("【", "】"), ("〔", "〕"), ("〖", "〗"), ("［", "］"), ("[", "]"))
_WORDS = "|".join(sorted(map(re.escape, SLOT_WORDS), key=len, reverse=True))
_BRACKETED = re.compile(
    "|".join(rf"{re.escape(o)}(?:{_WORDS})[^{re.escape(o + c)}]{{0,200}}?{re.escape(c)}" for o, c in _BRACKETS)
)
#: Placeholders written as crosses where a number or a date belongs: ``××%``, ``×月×日``,
#: ``XX亿元``. A cross between digits (``7×24小时``) is a multiplication, not a slot.
_CROSSES = re.compile(
    r"(?<![\d.])(?:[×Ｘ]{2,}|XX+|xx+)(?=[%％万亿个家元项人户座台部场条平公吨年月日天]|$|[，。；、,;])"
    r"|(?<![\d.])×(?=月)|(?<=月)×(?=日)"
)
#: A character every slot holds (an opening bracket or a cross): a text without one has none.
_MAYBE = re.compile(r"[【〔〖［\[×ＸXx]")
_LABEL = re.compile(rf"^(?P<word>{_WORDS})[：:\s]*(?P<body>.*)$", re.S)
_TARGET = re.compile(r"[，,]\s*目标值\s*(?P<target>.*)$", re.S)
_TAIL = re.compile(r"(?:的)?完成情况$")


@dataclass(frozen=True)
class SlotMark:
    """One slot in a text.

    start, end: [start, end) character offsets in the text
    text:       the slot as written (``【待填：北京项目投资额，目标值30亿元】``, ``××``)
    word:       what it asks for (``待填``, ``待更新``; ``""`` for a cross placeholder)
    body:       the label after the word (``北京项目投资额，目标值30亿元``; ``300P``)
    """

    start: int
    end: int
    text: str
    word: str
    body: str

    @property
    def subject(self) -> str:
        """What the slot is about: the label without its target and ``的完成情况``
        (``北京项目投资额``); ``""`` when the label names nothing (``执行情况``, ``××``)."""
        body = _TARGET.sub("", self.body).strip()
        body = _TAIL.sub("", body).strip("，,。；; ")
        return "" if body in ("", "执行情况", "数据", "数字", "内容", "情况") else body

    @property
    def value(self) -> str:
        """The value the slot carries (``30亿元`` of ``目标值30亿元``, ``300P`` of
        ``待更新：300P``), or ``""``."""
        m = _TARGET.search(self.body)
        if m:
            return m.group("target").strip()
        return self.body.strip() if self.word == "待更新" else ""


def find_slots(text: str) -> list[SlotMark]:
    """Every slot in ``text``, in order."""
    if not _MAYBE.search(text):  # most paragraphs: one quick scan instead of two patterns
        return []
    marks = []
    for m in _BRACKETED.finditer(text):
        label = _LABEL.match(m.group()[1:-1])
        word, body = (label.group("word"), label.group("body")) if label else ("", m.group()[1:-1])
        marks.append(SlotMark(m.start(), m.end(), m.group(), word, body))
    taken = [(s.start, s.end) for s in marks]
    for m in _CROSSES.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            marks.append(SlotMark(m.start(), m.end(), m.group(), "", ""))
    marks.sort(key=lambda s: s.start)
    return marks


def has_slot(text: str) -> bool:
    """True when ``text`` holds at least one slot."""
    return bool(find_slots(text))


def inside_slots(text: str, start: int, end: int) -> bool:
    """True when the non-blank characters of ``text[start:end]`` all stand inside slots."""
    spans = [(s.start, s.end) for s in find_slots(text)]
    return end > start and all(
        text[i].isspace() or any(a <= i < b for a, b in spans) for i in range(start, end)
    )


def strip_slots(text: str) -> str:
    """``text`` with every slot removed."""
    out, last = [], 0
    for s in find_slots(text):
        out.append(text[last : s.start])
        last = s.end
    out.append(text[last:])
    return "".join(out)


__all__ = ["SLOT_WORDS", "SlotMark", "find_slots", "has_slot", "inside_slots", "strip_slots"]
