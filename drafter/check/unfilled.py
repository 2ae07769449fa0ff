"""``unfilled``: draft slots (【待填…】, 【待更新…】, ``××``) left in the report."""

from __future__ import annotations

from collections.abc import Iterator

from drafter.check.context import Subject
from drafter.check.finding import Finding
from drafter.slots import find_slots

#: How many slots of one paragraph the finding quotes.
QUOTED = 3
ADVICE = "把空位换成核实后的数字或文字；确实不写的，连同前后的文字一起删去。"


def _quote(texts: list[str]) -> str:
    shown = "、".join(texts[:QUOTED])
    return shown if len(texts) <= QUOTED else f"{shown}等"


def find(subject: Subject) -> Iterator[Finding]:
    """One finding per paragraph, heading or title-page line holding slots."""
    meta = subject.report.meta
    for what, text in (("标题", meta.title), ("副标题", meta.meeting), ("报告人", f"{meta.speaker_title} {meta.speaker}".strip())):
        slots = [s.text for s in find_slots(text)]
        if slots:
            yield Finding("unfilled", subject.here.title_page(what, text), _quote(slots),
                          f"{what}中有 {len(slots)} 处空位未填写", ADVICE)
    for part in subject.report.parts:
        for chapter in (None, *part.chapters):
            title = chapter.title if chapter else part.title
            slots = [s.text for s in find_slots(title)]
            if slots:
                yield Finding("unfilled", subject.here.heading(part, chapter), _quote(slots),
                              f"标题中有 {len(slots)} 处空位未填写", ADVICE)
    for place in subject.here.places:
        marks = find_slots(place.text)
        if marks:
            yield Finding(
                "unfilled", subject.here.at(place, marks[0].start), _quote([m.text for m in marks]),
                f"本段有 {len(marks)} 处空位未填写", ADVICE,
            )
