"""Drafts in a comparison: a target answered only by a slot, and a slot is not a text change.

A draft made by ``drafter draft`` (or by hand) answers last year's targets with slots such as
【待填：北京项目投资额，目标值30亿元】 until the writer fills them. The ledger sees no outcome
there; ``mark_unfilled`` turns such a target's entry into status ``unfilled`` (未填写) instead
of ``not_reported`` or a sentence to judge, and ``slot_edit`` tells the text diff that
``300P → 【待更新：300P】`` is the draft marking a figure to update, not a change of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from drafter.compare.result import Evidence, LedgerEntry
from drafter.model import Report
from drafter.sentences import SENTENCE_END as _SENTENCE_END
from drafter.slots import SlotMark, find_slots, inside_slots, strip_slots

#: Entries a slot may stand for: B gave no figure for the target.
_OPEN = ("not_reported", "not_in_excerpt", "qualitative")
#: How alike a target's indicator and a slot's subject must be.
MIN_SLOT = 0.8


@dataclass(frozen=True)
class _Slot:
    mark: SlotMark
    subject: str  # what the slot is about: its label, or the words before it
    paragraph: str
    section: str


def _subject(text: str, mark: SlotMark) -> str:
    """The slot's own label, else the words before it in its sentence, else the sentence
    before it (``深化与滨海新区联动发展。【待填：执行情况】`` → the lead sentence)."""
    if mark.subject:
        return mark.subject
    start = mark.start
    while start > 0 and text[start - 1] not in _SENTENCE_END:
        start -= 1
    before = strip_slots(text[start : mark.start]).strip("，,、：: ")
    if before:
        return before
    end = start - 1
    start = end
    while start > 0 and text[start - 1] not in _SENTENCE_END:
        start -= 1
    return strip_slots(text[start:end]).strip("，,、：: ") if end > 0 else ""


def answer_slots(report: Report) -> list[_Slot]:
    """The slots of a report outside its plan part(s): where an outcome belongs."""
    out = []
    for part, chapter, p in report.paragraphs():
        if part is not None and part.role == "plan":
            continue
        section = "" if part is None else part.number + (chapter.label if chapter else "")
        for mark in find_slots(p.text):
            out.append(_Slot(mark, _subject(p.text, mark), p.id, section))
    return out


def _score(entry: LedgerEntry, slot: _Slot) -> float:
    from drafter.names import indicator_similarity, normalize_indicator

    key_t = normalize_indicator(entry.indicator) or entry.indicator
    key_s = normalize_indicator(slot.subject) or slot.subject
    if not key_t or not key_s:
        return 0.0
    if key_t == key_s:
        score = 1.0
    elif len(key_t) >= 2 and key_t in key_s:
        score = 0.9
    else:
        score = indicator_similarity(key_t, key_s)
    if score >= MIN_SLOT and entry.target.text and entry.target.text in slot.mark.value:
        score += 0.05
    return score


def _open(entry: LedgerEntry) -> bool:
    """B gave no figure: silence, or a sentence found for a person to judge."""
    if entry.status not in _OPEN:
        return False
    return entry.outcome is None or entry.outcome.value is None


def mark_unfilled(entries: Sequence[LedgerEntry], b: Report) -> tuple[LedgerEntry, ...]:
    """``entries`` with every target whose answer in ``b`` is a slot set to ``unfilled``.

    Each slot answers at most one target, the best matching one (its indicator in the slot's
    label, or in the words before the slot); a target with a real outcome is left alone.
    """
    slots = answer_slots(b)
    if not slots:
        return tuple(entries)
    scored = []
    for i, entry in enumerate(entries):
        if not _open(entry):
            continue
        for j, slot in enumerate(slots):
            score = _score(entry, slot)
            if score >= MIN_SLOT:
                scored.append((-score, i, j))
    scored.sort()
    chosen: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for neg, i, j in scored:
        if i in chosen or j in used:
            continue
        chosen[i] = (j, -neg)
        used.add(j)
    out = list(entries)
    for i, (j, score) in chosen.items():
        entry, slot = entries[i], slots[j]
        out[i] = LedgerEntry(
            entry.indicator, entry.target, None, None, None, "unfilled", False,
            Evidence(
                min(score, 1.0), ("slot",), f"对比报告此处仍是待填空位：{slot.mark.text}",
                entry.target.paragraph or entry.evidence.target_paragraph, slot.paragraph,
                tolerance=entry.evidence.tolerance,
            ),
        )
    return tuple(out)


def slot_edit(old: str, b_text: str, b_start: int, b_end: int) -> bool:
    """True when a text change only puts slots in: the new side (``b_text[b_start:b_end]``)
    lies wholly inside slots, and what it replaces is nothing or is carried in their labels
    (``300P → 【待更新：300P】``)."""
    if b_end <= b_start or not inside_slots(b_text, b_start, b_end):
        return False
    old = old.strip()
    if not old:
        return True
    labels = "".join(s.body for s in find_slots(b_text) if s.end > b_start and s.start < b_end)
    return old in labels


__all__ = ["MIN_SLOT", "answer_slots", "mark_unfilled", "slot_edit"]
