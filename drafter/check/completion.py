"""``stated_completion``: a stated completion rate that disagrees with the target and the
outcome it names.

In one report: ``实现北京项目投资额28亿元，完成全年任务30亿元的116.9%`` (28 / 30 is 93.3%), or
``超额完成年度目标30亿元`` after an outcome below 30. With ``--against``: the rate against last
year's target, paired by the ledger (its ``disagreement``), and ``超额完成`` claimed for a target
the ledger finds missed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

from drafter.check.context import Place, Subject, sentence_at
from drafter.check.finding import Finding
from drafter.model import Figure

_AMOUNT = r"(?P<target>\d+(?:\.\d+)?[万亿]?[^\d，。；、,;的]{0,6}?)"
#: ``完成全年任务30亿元的116.9%``: a target and the rate of the outcome before it.
RATE = re.compile(rf"完成(?:全年|年度|年初)?(?:任务|目标|计划)(?:值)?{_AMOUNT}的(?P<rate>\d+(?:\.\d+)?)[%％]")
#: ``超额完成年度目标30亿元``: a claim that the outcome before it passed the target.
EXCEEDED = re.compile(rf"超额完成(?:全年|年度|年初)?(?:任务|目标|计划)(?:值)?{_AMOUNT}(?=[，。；、,;]|$)")
TENTH = Decimal("0.1")


def percent(value: Decimal) -> str:
    """``110.0`` → ``110``, ``116.9`` → ``116.9``."""
    return format(value.normalize(), "f")
ADVICE = "核对目标、实绩和完成率三个数，改正算错或抄错的那一个。"


def find(subject: Subject) -> Iterator[Finding]:
    flagged: set[tuple[str, int]] = set()
    for place in subject.here.places:
        for finding in _in_sentence(subject, place):
            flagged.add((place.paragraph.id, sentence_at(place.text, finding.where.order[1])[0]))
            yield finding
    for finding in _against_last_year(subject):
        paragraph = subject.report.paragraph(finding.where.paragraph_id)
        start = sentence_at(paragraph.text, finding.where.order[1])[0] if paragraph else finding.where.order[1]
        if (finding.where.paragraph_id, start) not in flagged:
            yield finding


def _quantity(text: str) -> tuple[Decimal, str] | None:
    from drafter.errors import DrafterError
    from drafter.figures.numbers import parse_quantity

    try:
        q = parse_quantity(text)
    except DrafterError:
        return None
    return q.number, q.family


def _outcome_before(subject: Subject, place: Place, pos: int, family: str) -> Figure | None:
    start, _ = sentence_at(place.text, pos)
    before = [
        f for f in subject.report.figures
        if f.paragraph == place.paragraph.id and f.kind == "outcome" and f.unit_family == family
        and start <= f.span[0] and f.span[1] <= pos and f.number is not None
    ]
    return max(before, key=lambda f: f.span[0]) if before else None


def _in_sentence(subject: Subject, place: Place) -> Iterator[Finding]:
    for pattern in (RATE, EXCEEDED):
        for m in pattern.finditer(place.text):
            target = _quantity(m.group("target"))
            if target is None or target[0] <= 0:
                continue
            outcome = _outcome_before(subject, place, m.start(), target[1])
            if outcome is None or outcome.number is None:
                continue
            rate = (outcome.number / target[0] * 100).quantize(TENTH, rounding=ROUND_HALF_UP)
            where = subject.here.at(place, m.start())
            if pattern is RATE:
                stated = Decimal(m.group("rate"))
                if abs(rate - stated) > TENTH:
                    yield Finding(
                        "stated_completion", where, m.group(),
                        f"实绩{outcome.text}、目标{m.group('target')}，完成率应为{percent(rate)}%，这里写的是{stated}%",
                        ADVICE,
                    )
            elif outcome.number <= target[0]:
                yield Finding(
                    "stated_completion", where, m.group(),
                    f"实绩{outcome.text}未超过目标{m.group('target')}（完成{percent(rate)}%），却写“超额完成”",
                    ADVICE,
                )


def _against_last_year(subject: Subject) -> Iterator[Finding]:
    for entry in subject.ledger:
        if entry.outcome is None or not entry.evidence.outcome_paragraph:
            continue
        place = subject.here.place(entry.evidence.outcome_paragraph)
        if place is None:
            continue
        at = place.text.find(entry.outcome.text) if entry.outcome.text else -1
        where = subject.here.at(place, max(at, 0))
        year = subject.previous.year if subject.previous else ""
        if entry.evidence.disagreement and entry.completion is not None:
            yield Finding(
                "stated_completion", where, f"{entry.stated_completion}%",
                f"{year}年报告的目标是{entry.target.text}，本报告实绩{entry.outcome.text}，完成率应为"
                f"{percent(entry.completion)}%，这里写的是{entry.stated_completion}%",
                ADVICE,
            )
        elif entry.status in ("missed", "met") and at >= 0 and "超额完成" in _rest_of_sentence(place.text, at):
            yield Finding(
                "stated_completion", where, "超额完成",
                f"{year}年报告的目标是{entry.target.text}，本报告实绩{entry.outcome.text}，并未超额完成",
                ADVICE,
            )


def _rest_of_sentence(text: str, pos: int) -> str:
    return text[pos : sentence_at(text, pos)[1]]
