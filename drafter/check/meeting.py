"""``meeting_ordinal`` (with ``--against``): the session the report is delivered to (第N次会议),
and the party plenaries its overall requirements follow (区委十二届八次全会), not rolled on from
last year's report."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.check.context import Place, Subject, numeral
from drafter.check.finding import Finding
from drafter.occasions import PLENARY, PLENARY_ROLES
from drafter.slots import inside_slots

_ORDINAL = r"[一二三四五六七八九十百零〇\d]+"
MEETING = re.compile(rf"第(?P<term>{_ORDINAL})届人民代表大会(?:常务委员会)?第(?P<session>{_ORDINAL})次(?:全体)?会议")


def _ordinal(m: re.Match[str]) -> tuple[int, int] | None:
    term, session = numeral(m.group("term")), numeral(m.group("session"))
    return None if term is None or session is None else (term, session)


def find(subject: Subject) -> Iterator[Finding]:
    if subject.previous is None:
        return
    yield from _meeting(subject)
    yield from _plenaries(subject)


def _meeting(subject: Subject) -> Iterator[Finding]:
    assert subject.previous is not None
    now = MEETING.search(subject.report.meta.meeting)
    then = MEETING.search(subject.previous.meta.meeting)
    if now is None or then is None:
        return
    a, b = _ordinal(then), _ordinal(now)
    if a is None or b is None or a[0] != b[0] or b[1] > a[1]:
        return
    from drafter.draft.roll import int_to_chinese

    right = f"第{int_to_chinese(a[1] + 1)}次会议"
    yield Finding(
        "meeting_ordinal", subject.here.title_page("副标题", subject.report.meta.meeting), now.group(),
        f"{subject.previous.year}年的报告已提交{then.group()}，本报告仍写第{now.group('session')}次会议",
        f"核对本次会议的名称，多半应为第{now.group('term')}届人民代表大会{right}（新一届的首次会议则改届次）。",
    )


def _plenaries(subject: Subject) -> Iterator[Finding]:
    assert subject.before is not None
    last_year = {m.group() for place in _requirements(subject.before.places) for m in PLENARY.finditer(place.text)}
    for place in _requirements(subject.here.places):
        for m in PLENARY.finditer(place.text):
            if m.group() in last_year and not inside_slots(place.text, m.start(), m.end()):
                yield Finding(
                    "meeting_ordinal", subject.here.at(place, m.start()), m.group(),
                    f"总体要求仍以{m.group()}为依据，与{subject.previous.year if subject.previous else ''}年的报告相同",
                    f"改为{subject.year}年召开的最近一次{m.group('org')}全会（届次、次序顺延）。",
                )


def _requirements(places: list[Place]) -> list[Place]:
    return [p for p in places if p.paragraph.role in PLENARY_ROLES]
