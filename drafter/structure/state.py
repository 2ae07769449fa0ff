"""The mutable pieces a report is parsed into, before ``freeze`` makes them a ``Report``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ParsePara:
    """A paragraph while parsing (mutable; frozen into ``Paragraph`` at the end)."""

    text: str
    role: str = "body"
    lead: str = ""
    number: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class ParseChapter:
    number: str
    title: str
    paras: list[ParsePara] = field(default_factory=list)


@dataclass
class ParsePart:
    number: str
    role: str
    title: str
    paras: list[tuple[int, ParsePara]] = field(default_factory=list)  # (chapters seen so far, para)
    chapters: list[ParseChapter] = field(default_factory=list)


@dataclass
class ParseMeta:
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
    kind: str = ""  # report, execution, plan, review ("" until the title or content says)
    opening: str = ""  # the first lines of text, where a title-less page may name its place
    named: str = ""  # without a title line, the opening sentence naming the document, from its name on
    footer: str = ""  # the site's footer naming who runs it (主办：某区人民政府), the last place looked at
    head: str = ""  # the lines before the body (chrome, title, address …), for the place
    text: str = ""  # the body's first few thousand characters: how the text speaks of its level
