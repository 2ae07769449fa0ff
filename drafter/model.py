"""The plain data passed between pipeline stages.

All model types are frozen dataclasses. ``to_dict``/``from_dict`` are the only bridge to
JSON (the archive); dicts appear nowhere else. Both are one generic pair, ``encode`` and
``decode``, driven by the dataclass fields and their types: ``decode`` checks every field's
type and value, so archive data that does not fit raises ``CorruptData`` naming the field,
never another exception. Numbers are ``Decimal`` and are kept beside the text as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import MISSING, dataclass, field, fields, is_dataclass, replace
from decimal import Decimal
from types import UnionType
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

_T = TypeVar("_T")

SCHEMA_VERSION = 1

#: Years drafter accepts anywhere a year enters (option, title, archive, sheet).
YEAR_MIN, YEAR_MAX = 1949, 2100

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
        return encode(self)

    @classmethod
    def from_dict(cls, data: Any) -> Figure:
        return decode(cls, data)


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
        return {"schema": SCHEMA_VERSION, **encode(self)}

    @classmethod
    def from_dict(cls, data: Any) -> Report:
        return decode(cls, data)


# ---------------------------------------------------------------------------------------
# The one loader: JSON data → model types, every field's type and value checked


class CorruptData(ValueError):
    """Archive data that does not fit the model: ``where`` is the field path (``parts[0].title``)."""

    def __init__(self, where: str, why: str) -> None:
        self.where = where
        self.why = why
        super().__init__(f"{where or '顶层'}：{why}")


#: Largest string and list drafter accepts from an archive file (a whole report is ~40 KB).
_MAX_TEXT = 1_000_000
_MAX_ITEMS = 200_000
_DECIMAL_TEXT = re.compile(r"-?\d{1,40}(?:\.\d{1,40})?")
_HINTS: dict[type, dict[str, Any]] = {}


def encode(obj: Any) -> Any:
    """A model object as JSON data: dataclasses as dicts (a field marked ``omit_empty`` left
    out when empty), tuples as lists, Decimals as plain decimal text. ``decode`` reverses it."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: encode(getattr(obj, f.name)) for f in fields(obj)
                if not (f.metadata.get("omit_empty") and not getattr(obj, f.name))}
    if isinstance(obj, tuple):
        return [encode(item) for item in obj]
    if isinstance(obj, Decimal):
        return _decimal_text(obj)
    return obj


def decode(cls: type[_T], data: Any, where: str = "") -> _T:
    """Build dataclass ``cls`` from JSON ``data``, checking every field against its type.

    Unknown keys are ignored; a missing key takes the field's default, or is an error when
    the field has none. Any mismatch raises ``CorruptData`` naming the field.
    """
    if not isinstance(data, dict):
        raise CorruptData(where, f"应为对象，实为{_kind(data)}")
    hints = _HINTS.get(cls) or _HINTS.setdefault(cls, get_type_hints(cls))
    values: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        here = f"{where}.{f.name}" if where else f.name
        if f.name not in data:
            if f.default is MISSING and f.default_factory is MISSING:
                raise CorruptData(here, "缺少该字段")
            continue
        values[f.name] = _value(hints[f.name], data[f.name], here)
    return cls(**values)


def _value(hint: Any, raw: Any, where: str) -> Any:
    origin, args = get_origin(hint), get_args(hint)
    if origin in (UnionType, Union):
        if raw is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _value(inner, raw, where)
    if origin is Literal:
        if raw not in args or not isinstance(raw, str):
            raise CorruptData(where, f"应为 {'、'.join(map(str, args))} 之一")
        return raw
    if origin is tuple:
        if not isinstance(raw, list) or len(raw) > _MAX_ITEMS:
            raise CorruptData(where, f"应为列表，实为{_kind(raw)}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_value(args[0], item, f"{where}[{i}]") for i, item in enumerate(raw))
        if len(raw) != len(args):
            raise CorruptData(where, f"应有 {len(args)} 项，实有 {len(raw)} 项")
        return tuple(_value(a, item, f"{where}[{i}]") for i, (a, item) in enumerate(zip(args, raw, strict=True)))
    if hint is str:
        if not isinstance(raw, str) or len(raw) > _MAX_TEXT:
            raise CorruptData(where, f"应为文字，实为{_kind(raw)}")
        return raw
    if hint is bool:
        if not isinstance(raw, bool):
            raise CorruptData(where, f"应为 true/false，实为{_kind(raw)}")
        return raw
    if hint is int:
        if not isinstance(raw, int) or isinstance(raw, bool) or not -(10**9) <= raw <= 10**9:
            raise CorruptData(where, f"应为整数，实为{_kind(raw)}")
        return raw
    if hint is Decimal:
        if not isinstance(raw, str) or not _DECIMAL_TEXT.fullmatch(raw):
            raise CorruptData(where, f"应为阿拉伯数字写成的数值，实为{_kind(raw)}")
        return Decimal(raw)
    if isinstance(hint, type) and is_dataclass(hint):
        return decode(hint, raw, where)
    raise CorruptData(where, "无法识别的字段类型")  # pragma: no cover - a model type without a rule


def _kind(raw: Any) -> str:
    if raw is None:
        return "空值 null"
    if isinstance(raw, bool):
        return "true/false"
    if isinstance(raw, (int, float)):
        return f"数字 {str(raw)[:20]}"
    if isinstance(raw, str):
        return f"文字“{raw[:20]}”" if len(raw) <= _MAX_TEXT else "过长的文字"
    if isinstance(raw, list):
        return "列表"
    return "对象"


def section_label(part: Part | None, chapter: Chapter | None) -> str:
    """Human label of where a paragraph stands: ``二（三）``, ``一``, or ``前言``."""
    if part is None:
        return "前言"
    if chapter is None:
        return part.number
    return f"{part.number}{chapter.label}"


__all__ = [
    "SCHEMA_VERSION",
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
    "decode",
    "encode",
    "section_label",
]
