"""The plain data passed between pipeline stages.

All model types are frozen dataclasses. ``to_dict``/``from_dict`` are the only bridge to
JSON (the archive); dicts appear nowhere else. Both are one generic pair, ``encode`` and
``decode``, driven by the dataclass fields and their types: ``decode`` checks every field's
type and value, so archive data that does not fit raises ``CorruptData`` naming the field,
never another exception. Numbers are ``Decimal`` and are kept beside the text as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from itertools import accumulate
from typing import Any, Literal

from drafter.codec import CorruptData, decode, encode

#: Version 2 stores each paragraph's diff tokens as their lengths (``"cuts": "627"``), each
#: figure's sentence as its place in the paragraph (``"sentence_at": [0, 41]``) and leaves out
#: figure fields at their defaults (see ``compact_report``); version 3 adds ``meta.period``
#: (a report on part of a year, kept under its own key). Versions 1 and 2 are still read: their
#: period is read from the title on loading (``drafter.archive``).
SCHEMA_VERSION = 3
READABLE_SCHEMAS = (1, 2, 3)
#: Schemas written in the compact form of ``compact_report``.
_COMPACT_SCHEMAS = (2, 3)

#: Years drafter accepts anywhere a year enters (option, title, archive, sheet).
YEAR_MIN, YEAR_MAX = 1949, 2100

PartRole = Literal["execution", "plan", "other"]
ParagraphRole = Literal[
    "preamble",  # 各位代表 / 受区人民政府委托…: before part 一
    "lead",  # a news item's lead before the document it prints (…原文如下：): restates its figures
    "intro",  # part-level text before the first chapter (overview, background)
    "requirements",  # 全区工作总的要求是…
    "main_targets",  # Y+1年…的主要目标是…
    "shortcomings",  # 在总结成绩的同时…差距和不足
    "chapter_intro",  # chapter text before its first lead-sentence paragraph
    "body",  # an ordinary paragraph, usually opening with a lead sentence
    "heading3",  # a standalone third-level heading (1. / （1）)
    "table",  # a table kept as rows
    "closing",  # text after the last part (结束语)
]
FigureKind = Literal["target", "outcome", "baseline"]
Measure = Literal["amount", "growth", "share", "rank", "count", "completion", "qualitative"]
Qualifier = Literal["about", "at_least", "at_most", "exact"]


@dataclass(frozen=True)
class Figure:
    """One number that measures something, or a qualitative target.

    indicator: normalized phrase it measures (``北京项目投资额``)
    value:     the number as written (``"35.08"``, ``"三"``); None for qualitative
    number:    normalized value with 万/亿 applied to the unit's base (Decimal); None if none;
               for a range (``6%—7%``, value ``"6-7"``) its lower bound
    upper:     a range's upper bound, normalized like ``number``; None if not a range
    unit:      unit as written after the number (``"亿元"``, ``"%"``, ``"个百分点"``, ``"万家"``)
    unit_family: money, area, length, count, percent, points, power, concentration,
               density, time, energy, mass, volume, rank, ratio, fraction (``1/3``), other,
               or "" (qualitative)
    kind:      target, outcome or baseline
    measure:   amount, growth, share, rank, count, completion, qualitative
    qualifier: about (左右), at_least (以上/不少于/超过/突破/力争), at_most (以下/以内), exact
    estimate:  the report says 预计
    cumulative: a running total (累计/总量)
    increment: an amount added this year (新增/全年新建)
    direction: "up", "down" or "" for growth-type figures (增长 / 下降)
    flags:     leading verbs removed from the indicator (实现, 力争, 新增 …)
    period:    the year the figure refers to
    section:   "一（三）"-style label of the chapter (or part) it stands in
    paragraph: id of its paragraph in the report
    span:      [start, end) character offsets of ``text`` in the paragraph text
    text:      the figure's surface text (``"4.5%左右"``)
    sentence:  the sentence it stands in
    """

    indicator: str
    value: str | None
    number: Decimal | None
    unit: str
    unit_family: str
    kind: FigureKind
    measure: Measure
    qualifier: Qualifier
    estimate: bool = False
    cumulative: bool = False
    increment: bool = False
    direction: str = ""
    flags: tuple[str, ...] = ()
    period: int | None = None
    section: str = ""
    paragraph: str = ""
    span: tuple[int, int] = (0, 0)
    text: str = ""
    sentence: str = ""
    upper: Decimal | None = None

    def to_dict(self) -> dict[str, Any]:
        return encode(self)

    @classmethod
    def from_dict(cls, data: Any) -> Figure:
        return decode(cls, data)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a report.

    id:     position-derived id, e.g. ``p2c3-4`` (part 2, chapter 3, 4th paragraph)
    index:  position in the whole document (0-based), for document order
    role:   see ``ParagraphRole``
    text:   normalized text (full-width Chinese punctuation, whitespace folded)
    lead:   the lead sentence (bold in print), including its closing 。, or ""
    number: third-level number ("1") when the paragraph opens with ``1.``/``（1）``
    rows:   table cells, for role "table"
    tokens: words for the text diff (computed at ingest; a figure is one token)
    """

    id: str
    index: int
    role: ParagraphRole
    text: str
    lead: str = ""
    number: str = ""
    rows: tuple[tuple[str, ...], ...] = field(default=(), metadata={"omit_empty": True})
    tokens: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return encode(self)

    @classmethod
    def from_dict(cls, data: Any) -> Paragraph:
        return decode(cls, data)


@dataclass(frozen=True)
class Chapter:
    """A chapter ``（一）…`` of a part: its number, heading and paragraphs."""

    id: str
    number: str  # Chinese numeral as written: 一 … 十
    title: str
    paragraphs: tuple[Paragraph, ...] = ()

    @property
    def label(self) -> str:
        return f"（{self.number}）"

    def to_dict(self) -> dict[str, Any]:
        return encode(self)

    @classmethod
    def from_dict(cls, data: Any) -> Chapter:
        return decode(cls, data)


@dataclass(frozen=True)
class Part:
    """A part ``一、…`` of a report.

    role: execution (what happened in year Y), plan (targets and tasks for Y+1), other
    paragraphs: part-level paragraphs outside any chapter (intro, requirements,
        main targets, shortcomings), in document order
    """

    id: str
    number: str
    role: PartRole
    title: str
    paragraphs: tuple[Paragraph, ...] = ()
    chapters: tuple[Chapter, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return encode(self)

    @classmethod
    def from_dict(cls, data: Any) -> Part:
        return decode(cls, data)


@dataclass(frozen=True)
class Metadata:
    """What the report says about itself.

    region:   full region name, e.g. 天津市河北区 (the archive folder name)
    kind:     what the document is: report (execution and plan), execution (part 一 alone),
              plan (the plan alone: 计划草案, 下达…计划的通知, 主要预期目标), review (a people's
              congress committee's review quoting the report's figures)
    issuer:   the body that wrote it, e.g. 天津市河北区发展和改革委员会
    year:     execution year Y (the first year in the title): the archive key
    plan_year: Y+1
    title:    the report's title as printed
    meeting:  e.g. 河北区第十八届人民代表大会第五次会议
    delivered: ISO date the report was delivered to the meeting, or ""
    published: ISO date the page was published, or ""
    speaker:  e.g. 刘海力
    speaker_title: e.g. 河北区发展和改革委员会主任
    period:   the part of year Y an execution report covers (``上半年``, ``前三季度``, ``1-11月``;
              ``drafter.periods``), ``""`` for the whole year; with ``year`` the archive key
    """

    region: str
    year: int
    plan_year: int
    title: str = ""
    kind: str = "report"
    issuer: str = ""
    meeting: str = ""
    delivered: str = ""
    published: str = ""
    speaker: str = ""
    speaker_title: str = ""
    period: str = ""

    def to_dict(self) -> dict[str, Any]:
        return encode(self)

    @classmethod
    def from_dict(cls, data: Any) -> Metadata:
        return decode(cls, data)


@dataclass(frozen=True)
class Coverage:
    """How much of the report the archive holds.

    excerpt:   True when the source is only part of the report
    parts:     roles of the parts present ("execution", "plan")
    truncated: the text stops mid-sentence
    last:      id of the last paragraph present (where an excerpt stops)
    note:      a Chinese sentence describing the coverage for the user
    """

    excerpt: bool
    parts: tuple[str, ...]
    truncated: bool = False
    last: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return encode(self)

    @classmethod
    def from_dict(cls, data: Any) -> Coverage:
        return decode(cls, data)


@dataclass(frozen=True)
class Source:
    """The original file kept beside the archive entry."""

    file: str  # file name inside the archive folder, e.g. 2023.source.txt
    name: str  # the file name the user ingested
    format: str  # txt, docx, html
    sha256: str
    encoding: str = ""  # for text formats

    def to_dict(self) -> dict[str, Any]:
        return encode(self)

    @classmethod
    def from_dict(cls, data: Any) -> Source:
        return decode(cls, data)


@dataclass(frozen=True)
class Report:
    """A parsed report: metadata, coverage, front matter, parts, figures."""

    meta: Metadata
    coverage: Coverage
    front: tuple[Paragraph, ...] = ()
    parts: tuple[Part, ...] = ()
    closing: tuple[Paragraph, ...] = ()
    figures: tuple[Figure, ...] = ()
    source: Source | None = None

    @property
    def year(self) -> int:
        return self.meta.year

    def part(self, role: str) -> Part | None:
        """The first part of a role (``plan`` may span two parts: 二、目标 and 三、任务)."""
        return next((p for p in self.parts if p.role == role), None)

    def parts_of(self, role: str) -> tuple[Part, ...]:
        """Every part of a role, in order."""
        return tuple(p for p in self.parts if p.role == role)

    def paragraphs(self) -> Iterator[tuple[Part | None, Chapter | None, Paragraph]]:
        """Every paragraph in document order with its part and chapter."""
        items: list[tuple[Part | None, Chapter | None, Paragraph]] = []
        items.extend((None, None, p) for p in self.front)
        for part in self.parts:
            items.extend((part, None, p) for p in part.paragraphs)
            for chapter in part.chapters:
                items.extend((part, chapter, p) for p in chapter.paragraphs)
        items.extend((None, None, p) for p in self.closing)
        items.sort(key=lambda item: item[2].index)
        return iter(items)

    def paragraph(self, pid: str) -> Paragraph | None:
        return next((p for _, _, p in self.paragraphs() if p.id == pid), None)

    def with_figures(self, figures: tuple[Figure, ...]) -> Report:
        return replace(self, figures=figures)

    def to_dict(self) -> dict[str, Any]:
        """The archive's form (schema 3, compact; ``compact_report``)."""
        return compact_report({"schema": 1, **encode(self)})

    @classmethod
    def from_dict(cls, data: Any) -> Report:
        """A report from the archive's form, schema 1, 2 or 3."""
        try:
            data = expand_report(data)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            raise CorruptData("", f"紧凑格式无法还原（{type(exc).__name__}）") from None
        return decode(cls, data)


# ---------------------------------------------------------------- the compact archive form

#: Figure fields left out of the archive when they hold these values (put back on loading).
_FIGURE_DEFAULTS: dict[str, Any] = {
    "estimate": False, "cumulative": False, "increment": False, "direction": "", "flags": [],
    "period": None, "upper": None,
}
_PARAGRAPH_DEFAULTS: dict[str, Any] = {"lead": "", "number": ""}
#: A token's length as one character: 1–9, then A–Z (10–35), then a–z (36–61).
_CUT_DIGITS = "123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_CUT_VALUES = bytes.maketrans(_CUT_DIGITS.encode("ascii"), bytes(range(1, len(_CUT_DIGITS) + 1)))


def _paragraph_dicts(data: dict[str, Any]) -> list[dict[str, Any]]:
    out = list(data.get("front", ())) + list(data.get("closing", ()))
    for part in data.get("parts", ()):
        out.extend(part.get("paragraphs", ()))
        for chapter in part.get("chapters", ()):
            out.extend(chapter.get("paragraphs", ()))
    return out


def compact_report(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 → 2, losslessly: what can be rebuilt from the paragraph text is not stored twice.

    - tokens (which always concatenate to the text) → ``cuts``, their lengths, a character each;
    - a figure's sentence (a piece of its paragraph's text) → ``sentence_at``, its offsets;
    - figure fields at their default and empty lead/number → left out.
    Where a piece is not found in the text as expected, it is kept as it was.
    """
    texts: dict[str, str] = {}
    for p in _paragraph_dicts(data):
        texts[p["id"]] = p["text"]
        tokens = p.pop("tokens", [])
        if tokens and "".join(tokens) == p["text"] and all(0 < len(t) <= len(_CUT_DIGITS) for t in tokens):
            p["cuts"] = "".join(_CUT_DIGITS[len(t) - 1] for t in tokens)
        elif tokens:
            p["tokens"] = tokens
        for key, default in _PARAGRAPH_DEFAULTS.items():
            if p.get(key) == default:
                del p[key]
    for f in data.get("figures", ()):
        at = _sentence_at(texts.get(f.get("paragraph", ""), ""), f.get("sentence", ""), f.get("span", [0, 0]))
        if at is not None:
            del f["sentence"]
            f["sentence_at"] = at
        for key, default in _FIGURE_DEFAULTS.items():
            if key in f and f[key] == default:
                del f[key]
    data["schema"] = SCHEMA_VERSION
    return data


def _sentence_at(text: str, sentence: str, span: list[int]) -> list[int] | None:
    """Offsets of ``sentence`` in ``text``: the occurrence holding the figure's span, else the first."""
    if not sentence:
        return None
    start = text.find(sentence)
    first = start
    while start >= 0:
        if start <= span[0] < start + len(sentence):
            return [start, start + len(sentence)]
        start = text.find(sentence, start + 1)
    return None if first < 0 else [first, first + len(sentence)]


def expand_report(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 → 1 (a schema 1 dict is returned as it is); the inverse of ``compact_report``."""
    if not isinstance(data, dict) or data.get("schema") not in _COMPACT_SCHEMAS:
        return data
    texts: dict[str, str] = {}
    for p in _paragraph_dicts(data):
        text = p["text"]
        texts[p["id"]] = text
        cuts = p.pop("cuts", None)
        if isinstance(cuts, str):
            ends = list(accumulate(cuts.encode("ascii").translate(_CUT_VALUES)))
            if (ends[-1] if ends else 0) != len(text):
                raise ValueError(f"cuts of paragraph {p['id']}")
            p["tokens"] = list(map(text.__getitem__, map(slice, [0, *ends[:-1]], ends)))
    for f in data.get("figures", ()):  # fields left out take their defaults in ``decode``
        at = f.pop("sentence_at", None)
        if at is not None:
            f["sentence"] = texts.get(f.get("paragraph", ""), "")[at[0]:at[1]]
    data["schema"] = 1
    return data


def section_label(part: Part | None, chapter: Chapter | None) -> str:
    """Human label of where a paragraph stands: ``二（三）``, ``一``, or ``前言``."""
    if part is None:
        return "前言"
    if chapter is None:
        return part.number
    return f"{part.number}{chapter.label}"


def paragraph_places(report: Report) -> dict[str, str]:
    """Paragraph id → where it stands, as a person says it: ``二（三）第2段``, ``结束语第1段``.

    Ids (``p2c3-2``) are for programs; every message and table a person reads uses these.
    """
    out: dict[str, str] = {}
    counts: dict[str, int] = {}
    closing = {p.id for p in report.closing}
    for part, chapter, para in report.paragraphs():
        label = "结束语" if para.id in closing else section_label(part, chapter)
        counts[label] = counts.get(label, 0) + 1
        out[para.id] = f"{label}第{counts[label]}段"
    return out


__all__ = [
    "READABLE_SCHEMAS",
    "SCHEMA_VERSION",
    "compact_report",
    "expand_report",
    "YEAR_MAX",
    "YEAR_MIN",
    "Chapter",
    "CorruptData",
    "Coverage",
    "Figure",
    "Metadata",
    "Paragraph",
    "Part",
    "Report",
    "Source",
    "paragraph_places",
    "decode",
    "encode",
    "section_label",
]
