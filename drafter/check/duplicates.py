"""``duplicate_paragraph``: the same paragraph, or nearly, twice in one report."""

from __future__ import annotations

from collections.abc import Iterator

from drafter.check.context import Subject
from drafter.check.finding import Finding, clip
from drafter.check.similar import SAME, comparable, core, same_text, share

#: Tables restate the text on purpose.
SKIPPED_ROLES = ("table",)


def find(subject: Subject) -> Iterator[Finding]:
    places = [p for p in subject.here.places if p.paragraph.role not in SKIPPED_ROLES and comparable(p.text)]
    for i, later in enumerate(places):
        for earlier in places[:i]:
            score = same_text(earlier.text, later.text)
            if score < SAME:
                continue
            related = subject.here.at(earlier)
            how = "相同" if core(earlier.text) == core(later.text) else f"几乎相同（{share(score)} 相同）"
            yield Finding(
                "duplicate_paragraph", subject.here.at(later), clip(later.text),
                f"本段与{related.label}{how}",
                "删去重复的一段，或改写成各自的内容。",
                related,
            )
            break
