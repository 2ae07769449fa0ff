"""The mutable pieces a report is parsed into, before ``freeze`` makes them a ``Report``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class _Para:
    """A paragraph while parsing (mutable; frozen into ``Paragraph`` at the end)."""

    text: str
    role: str = "body"
    lead: str = ""
    number: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class _Chapter:
    number: str
    title: str
    paras: list[_Para] = field(default_factory=list)


@dataclass
class _Part:
    number: str
    role: str
    title: str
    paras: list[tuple[int, _Para]] = field(default_factory=list)  # (chapters seen so far, para)
    chapters: list[_Chapter] = field(default_factory=list)


@dataclass
class _Meta:
    title: str = ""
    region_short: str = ""
    region_site: str = ""
    year: int | None = None
    plan_year: int | None = None
    issuer: str = ""
    published: str = ""
    delivered: str = ""
    meeting: str = ""
    speaker: str = ""
    speaker_title: str = ""
    title_lines: int = 1
