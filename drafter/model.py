"""The plain data passed between pipeline stages.

All model types are frozen dataclasses. ``to_dict``/``from_dict`` are the only bridge to
JSON (the archive); dicts appear nowhere else. Numbers are ``Decimal`` and are kept beside
the text as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import Any, Literal

SCHEMA_VERSION = 1

PartRole = Literal["execution", "plan", "other"]
ParagraphRole = Literal[
    "preamble",  # 各位代表 / 受区人民政府委托…: before part 一
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
               density, time, energy, mass, volume, rank, other, or "" (qualitative)
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
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["number"] = None if self.number is None else _decimal_text(self.number)
        data["upper"] = None if self.upper is None else _decimal_text(self.upper)
        data["flags"] = list(self.flags)
        data["span"] = list(self.span)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Figure:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        number = values.get("number")
        values["number"] = None if number is None else Decimal(number)
        upper = values.get("upper")
        values["upper"] = None if upper is None else Decimal(upper)
        values["flags"] = tuple(values.get("flags", ()))
        values["span"] = tuple(values.get("span", (0, 0)))
        return cls(**values)


def _decimal_text(number: Decimal) -> str:
    """Plain decimal notation without exponent or trailing zeros (``3.42E+9`` → ``3420000000``)."""
    text = format(number.normalize(), "f")
    return text


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
    rows: tuple[tuple[str, ...], ...] = ()
    tokens: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "index": self.index,
            "role": self.role,
            "text": self.text,
            "lead": self.lead,
            "number": self.number,
            "tokens": list(self.tokens),
        }
        if self.rows:
            data["rows"] = [list(r) for r in self.rows]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Paragraph:
        return cls(
            id=data["id"],
            index=data["index"],
            role=data["role"],
            text=data["text"],
            lead=data.get("lead", ""),
            number=data.get("number", ""),
            rows=tuple(tuple(r) for r in data.get("rows", ())),
            tokens=tuple(data.get("tokens", ())),
        )


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
        return {
            "id": self.id,
            "number": self.number,
            "title": self.title,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chapter:
        return cls(
            id=data["id"],
            number=data["number"],
            title=data["title"],
            paragraphs=tuple(Paragraph.from_dict(p) for p in data.get("paragraphs", ())),
        )


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
        return {
            "id": self.id,
            "number": self.number,
            "role": self.role,
            "title": self.title,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "chapters": [c.to_dict() for c in self.chapters],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Part:
        return cls(
            id=data["id"],
            number=data["number"],
            role=data["role"],
            title=data["title"],
            paragraphs=tuple(Paragraph.from_dict(p) for p in data.get("paragraphs", ())),
            chapters=tuple(Chapter.from_dict(c) for c in data.get("chapters", ())),
        )


@dataclass(frozen=True)
class Metadata:
    """What the report says about itself.

    region:   full region name, e.g. 天津市河北区 (the archive folder name)
    issuer:   the body that wrote it, e.g. 天津市河北区发展和改革委员会
    year:     execution year Y (the first year in the title): the archive key
    plan_year: Y+1
    title:    the report's title as printed
    meeting:  e.g. 河北区第十八届人民代表大会第五次会议
    delivered: ISO date the report was delivered to the meeting, or ""
    published: ISO date the page was published, or ""
    speaker:  e.g. 刘海力
    speaker_title: e.g. 河北区发展和改革委员会主任
    """

    region: str
    year: int
    plan_year: int
    title: str = ""
    issuer: str = ""
    meeting: str = ""
    delivered: str = ""
    published: str = ""
    speaker: str = ""
    speaker_title: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Metadata:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


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
        return {
            "excerpt": self.excerpt,
            "parts": list(self.parts),
            "truncated": self.truncated,
            "last": self.last,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Coverage:
        return cls(
            excerpt=data["excerpt"],
            parts=tuple(data.get("parts", ())),
            truncated=data.get("truncated", False),
            last=data.get("last", ""),
            note=data.get("note", ""),
        )


@dataclass(frozen=True)
class Source:
    """The original file kept beside the archive entry."""

    file: str  # file name inside the archive folder, e.g. 2023.source.txt
    name: str  # the file name the user ingested
    format: str  # txt, docx, html
    sha256: str
    encoding: str = ""  # for text formats

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


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
        return {
            "schema": SCHEMA_VERSION,
            "meta": self.meta.to_dict(),
            "coverage": self.coverage.to_dict(),
            "source": None if self.source is None else self.source.to_dict(),
            "front": [p.to_dict() for p in self.front],
            "parts": [p.to_dict() for p in self.parts],
            "closing": [p.to_dict() for p in self.closing],
            "figures": [f.to_dict() for f in self.figures],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        source = data.get("source")
        return cls(
            meta=Metadata.from_dict(data["meta"]),
            coverage=Coverage.from_dict(data["coverage"]),
            front=tuple(Paragraph.from_dict(p) for p in data.get("front", ())),
            parts=tuple(Part.from_dict(p) for p in data.get("parts", ())),
            closing=tuple(Paragraph.from_dict(p) for p in data.get("closing", ())),
            figures=tuple(Figure.from_dict(f) for f in data.get("figures", ())),
            source=None if source is None else Source.from_dict(source),
        )


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
    "SCHEMA_VERSION",
    "Chapter",
    "Coverage",
    "Figure",
    "Metadata",
    "Paragraph",
    "Part",
    "Report",
    "Source",
    "paragraph_places",
    "section_label",
]
