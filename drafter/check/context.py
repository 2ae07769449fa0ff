"""What every rule of ``drafter check`` works on: the report (and last year's), each paragraph
with its place as a person counts it, and the ledger when there is a last year to pair with."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from drafter.check.finding import Location
from drafter.compare.result import LedgerEntry
from drafter.model import Chapter, Paragraph, Part, Report


@dataclass(frozen=True)
class Place:
    """A paragraph of a report with its part, chapter and number."""

    part: Part | None
    chapter: Chapter | None
    paragraph: Paragraph
    number: int  # 1-based within the chapter, or within the part-level run it stands in
    label: str  # 一（一）第2段

    @property
    def role(self) -> str:
        """The part's role (execution, plan, other), or ``front`` / ``closing`` outside parts."""
        if self.part is not None:
            return self.part.role
        return "front" if self.label.startswith("开头") else "closing"

    @property
    def text(self) -> str:
        return self.paragraph.text


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """[start, end) of the sentence of ``text`` holding position ``pos`` (the one splitter)."""
    from drafter.sentences import sentence_at as at

    return at(text, pos)


def numeral(text: str) -> int | None:
    """A count or an ordinal as written (``75``, ``七十五``, ``一百零二``, ``百`` of 建党百年), or None."""
    from drafter.draft.roll import numeral as read

    return read(text)


class Locator:
    """Places and locations of one report's paragraphs."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.places: list[Place] = list(_places(report))
        self._by_id = {p.paragraph.id: p for p in self.places}

    def place(self, paragraph_id: str) -> Place | None:
        return self._by_id.get(paragraph_id)

    def at(self, place: Place, pos: int | None = None, end: int | None = None) -> Location:
        """The location of a paragraph, with the sentence around ``pos`` (the whole paragraph's
        first sentence when ``pos`` is None)."""
        text = place.paragraph.text
        start, stop = sentence_at(text, 0 if pos is None else pos)
        if end is not None and end > stop:
            stop = sentence_at(text, max(end - 1, 0))[1]
        title = place.chapter.title if place.chapter else (place.part.title if place.part else "")
        return Location(
            report=self.report.year,
            part=place.part.number if place.part else "",
            chapter=place.chapter.label if place.chapter else "",
            paragraph=place.number,
            label=place.label,
            section_title=title,
            sentence=text[start:stop],
            paragraph_id=place.paragraph.id,
            order=(place.paragraph.index, 0 if pos is None else pos),
        )

    def by_id(self, paragraph_id: str, pos: int | None = None) -> Location | None:
        place = self.place(paragraph_id)
        return None if place is None else self.at(place, pos)

    def heading(self, part: Part, chapter: Chapter | None = None) -> Location:
        """The location of a part's or a chapter's heading."""
        paragraphs = chapter.paragraphs if chapter else (*part.paragraphs, *(p for c in part.chapters for p in c.paragraphs))
        first = min((p.index for p in paragraphs), default=0)
        return Location(
            report=self.report.year,
            part=part.number,
            chapter=chapter.label if chapter else "",
            paragraph=0,
            label=f"{part.number}{chapter.label if chapter else '、'}标题",
            section_title=chapter.title if chapter else part.title,
            sentence=chapter.title if chapter else part.title,
            order=(first, -1),
        )

    def title_page(self, what: str, sentence: str) -> Location:
        """The title, subtitle or speaker line before the first paragraph."""
        return Location(self.report.year, "", "", 0, what, "标题页", sentence, "", (-1, 0))


def _places(report: Report) -> Iterator[Place]:
    for n, p in enumerate(report.front, 1):
        yield Place(None, None, p, n, f"开头第{n}段")
    for part in report.parts:
        first_chapter = min((p.index for c in part.chapters for p in c.paragraphs), default=None)
        before = [p for p in part.paragraphs if first_chapter is None or p.index < first_chapter]
        after = [p for p in part.paragraphs if first_chapter is not None and p.index > first_chapter]
        for n, p in enumerate(before, 1):
            yield Place(part, None, p, n, f"{part.number} 第{n}段")
        for chapter in part.chapters:
            for n, p in enumerate(chapter.paragraphs, 1):
                yield Place(part, chapter, p, n, f"{part.number}{chapter.label}第{n}段")
        last = part.chapters[-1].label if part.chapters else ""
        for n, p in enumerate(after, 1):
            yield Place(part, None, p, n, f"{part.number}{last}之后第{n}段")
    for n, p in enumerate(report.closing, 1):
        yield Place(None, None, p, n, f"结尾第{n}段")


class Subject:
    """The report under check, and last year's report when ``--against`` gives one.

    year / plan_year: the report's execution year Y and plan year Y+1
    here / before:    locators of the report and of last year's report (None without it)
    ledger:           last year's targets against this report's outcomes (computed once)
    """

    def __init__(self, report: Report, previous: Report | None = None, links: Iterable[object] = ()) -> None:
        self.report = report
        self.previous = previous
        self.links = tuple(links)
        self.year = report.meta.year
        self.plan_year = report.meta.plan_year or report.meta.year + 1
        # the year the plan part speaks of: a report on part of a year plans the rest of its own
        self.target_year = report.meta.year if report.meta.period else self.plan_year
        self.here = Locator(report)
        self.before = Locator(previous) if previous is not None else None

    def part_year(self, role: str) -> int | None:
        """The year a part speaks of: the execution year in part 一, the plan year in the plan."""
        return {"execution": self.year, "plan": self.target_year}.get(role)

    @cached_property
    def ledger(self) -> tuple[LedgerEntry, ...]:
        """The ledger of last year's targets against this report (empty without last year)."""
        if self.previous is None:
            return ()
        from drafter.compare.ledger import build_ledger

        entries, _ = build_ledger(self.previous, self.report, links=self.links)  # type: ignore[arg-type]
        return entries


__all__ = ["Locator", "Place", "Subject", "numeral", "sentence_at"]
