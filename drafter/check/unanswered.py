"""``unanswered_target`` (with ``--against``): a target of last year's report that this report
never answers — the ledger's ``not_reported``, read from the one ledger every command uses."""

from __future__ import annotations

from collections.abc import Iterator

from drafter.check.context import Subject
from drafter.check.finding import Finding, clip


def find(subject: Subject) -> Iterator[Finding]:
    if subject.before is None or subject.previous is None or subject.previous.year != subject.year - 1:
        return  # only last year's report sets targets for this year
    for entry in subject.ledger:
        if entry.status != "not_reported":
            continue
        place = subject.before.place(entry.target.paragraph or entry.evidence.target_paragraph)
        if place is None:
            continue
        at = place.text.find(entry.target.text) if entry.target.text else -1
        where = subject.before.at(place, max(at, 0))
        target = entry.target.text if entry.target.value is not None else entry.target.sentence
        yield Finding(
            "unanswered_target", where, entry.target.text or entry.indicator,
            f"{subject.previous.year}年报告提出的目标“{entry.indicator}”（{clip(target)}），本报告没有写完成情况",
            "在执行情况部分写明完成情况；未完成的，说明原因。",
        )
