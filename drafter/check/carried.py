"""``carried_over`` (with ``--against``): a paragraph of the execution part (part 一) copied
unchanged, or with only a year rolled, from last year's report: the year's own account belongs
there."""

from __future__ import annotations

from collections.abc import Iterator

from drafter.check.context import Subject
from drafter.check.finding import Finding, clip
from drafter.check.similar import SAME, comparable, core, same_text, share


def find(subject: Subject) -> Iterator[Finding]:
    if subject.before is None or subject.previous is None:
        return
    last_year = [p for p in subject.before.places if comparable(p.text)]
    for place in subject.here.places:
        if place.role != "execution" or place.paragraph.role == "table" or not comparable(place.text):
            continue
        best = max(last_year, key=lambda p: same_text(p.text, place.text), default=None)
        if best is None:
            continue
        score = same_text(best.text, place.text)
        if score < SAME:
            continue
        related = subject.before.at(best)
        how = "原文照搬" if core(best.text) == core(place.text) else f"几乎照搬（{share(score)} 相同）"
        yield Finding(
            "carried_over", subject.here.at(place), clip(place.text),
            f"执行情况部分的这一段与{subject.previous.year}年报告{related.label}{how}",
            f"改写为{subject.year}年的实际工作和成效。",
            related,
        )
