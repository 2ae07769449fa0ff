"""Assemble the draft of report YEAR from report YEAR-1, a figures sheet and the templates.

``draft_context`` turns the reports and the sheet into the plain data the templates see
(dicts only here, at the Jinja edge); ``build_draft`` renders the templates and parses the
result into a ``DraftDocument``. Part 一 follows report YEAR-1's part 二 chapter for chapter,
each target answered by an outcome; part 二 is that part 二 rolled forward one year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from drafter.compare.judge import rule_for
from drafter.compare.result import FigureRef, LedgerEntry, Unplanned
from drafter.draft.document import DraftDocument, Properties, clean, parse_markup
from drafter.draft.roll import roll_meeting, roll_plenaries, roll_text, roll_years
from drafter.draft.sheet import Extra, Fill, Sheet, Value
from drafter.draft.slots import Slot, derive_slots, ref_value, scope_word
from drafter.errors import ArchiveError
from drafter.labels import MARK_COLOURS, MARK_LABELS
from drafter.model import Chapter, Paragraph, Part, Report
from drafter.numerals import chinese as cn_number
from drafter.occasions import PLENARY_ROLES

_RATIO_MEASURES = ("amount", "count")
_QUALIFIER_SUFFIX = ("左右", "以上", "以下", "以内")
#: Ledger statuses under which an outcome answers its target in the target's own terms.
_JUDGED = ("exceeded", "met", "missed")


@dataclass(frozen=True)
class Answer:
    """What the ledger says of one slot when the draft is filled from the archive.

    indicator: the outcome's own indicator as report YEAR names it
    scope:     新增 / 累计 / "" as the outcome is worded (新增 stays 新增)
    measure, unit: the outcome's
    status:    the ledger's status of the pair
    completion: the ratio the ledger computed (None for a rate, a ceiling, not comparable)
    stated:    the completion report YEAR states itself (it wins over ``completion``)
    growth:    the 同比 report YEAR states beside the outcome (``增长2.6%``); it wins over a
               computed one
    """

    indicator: str
    scope: str
    measure: str
    unit: str
    status: str
    completion: Decimal | None = None
    stated: Decimal | None = None
    growth: str = ""


@dataclass(frozen=True)
class DraftInput:
    """What a draft is built from: report YEAR-1, its slots, the sheet (may be empty), and
    for a draft filled from the archive, the ledger's answer for each slot id."""

    base: Report
    slots: tuple[Slot, ...]
    sheet: Sheet
    highlight: bool = True
    answers: dict[str, Answer] | None = None
    extra_scopes: dict[tuple[str, str], str] | None = None  # (section, indicator) → 新增/累计/总数

    @property
    def year(self) -> int:
        return self.base.year + 1


def draft_input(
    base: Report,
    sheet: Sheet | None = None,
    highlight: bool = True,
    answers: dict[str, Answer] | None = None,
    slots: tuple[Slot, ...] | None = None,
    extra_scopes: dict[tuple[str, str], str] | None = None,
) -> DraftInput:
    if base.part("plan") is None:
        raise ArchiveError(
            f"{base.year}年报告中没有计划部分（二、{base.year + 1}年……主要目标任务）",
            "草稿的两部分都以上年报告的计划部分为底本"
            + (f"，而档案中的{base.year}年报告只是节选" if base.coverage.excerpt else ""),
            "请先导入完整的上年报告",
        )
    slots = slots if slots is not None else derive_slots(base)
    return DraftInput(base, slots, sheet or Sheet(), highlight, answers, extra_scopes)


def build_draft(data: DraftInput, template_dir: str | Path | None = None) -> DraftDocument:
    """Render the templates with the draft's context and parse them into a document."""
    from drafter.draft.templates import render

    markup = render(draft_context(data), template_dir)
    return DraftDocument(parse_markup(markup), _properties(data))


# ---------------------------------------------------------------- context


def draft_context(data: DraftInput) -> dict[str, Any]:
    """Everything the templates see, as plain dicts and lists."""
    base, year = data.base, data.year
    meta = base.meta
    plans = base.parts_of("plan")
    plan = plans[0]
    execution = base.part("execution")
    answers = {s.id: _outcome(s, data.sheet, (data.answers or {}).get(s.id)) for s in data.slots}
    chapters = {f"{p.number}{c.label}" for p in plans for c in p.chapters}
    plan_parts = [_plan_part(p, cn_number(n), data) for n, p in enumerate(plans, 2)]
    return {
        "year": year,
        "plan_year": year + 1,
        "base_year": base.year,
        "region": meta.region,
        "highlight": data.highlight,
        "legend": [
            {"mark": m, "colour": MARK_COLOURS[m][1], "label": MARK_LABELS[m]} for m in MARK_COLOURS
        ],
        "title": clean(roll_years(meta.title, base.year))
        if meta.title
        else _default_title(meta.region, year),
        "meeting": clean(roll_meeting(meta.meeting)),
        "speaker": clean(" ".join(x for x in (meta.speaker_title, meta.speaker) if x)),
        "preamble": [_carried(p, base.year, roll=True) for p in base.front if _is_preamble(p)],
        "execution": {
            "title": _part_title(
                execution, "一", f"{year}年国民经济和社会发展计划执行情况", base.year
            ),
            "intro": [
                _carried(p, base.year, roll=False) for p in plan.paragraphs if p.role == "intro"
            ],
            "headline": [answers[s.id] for s in data.slots if s.section not in chapters],
            "chapters": [
                _execution_chapter(c, p, data, answers, label=f"（{cn_number(n)}）")
                for n, (p, c) in enumerate(((p, c) for p in plans for c in p.chapters), 1)
            ],
            "shortcomings": [
                _carried(p, base.year, roll=True)
                for p in (execution.paragraphs if execution else ())
                if p.role == "shortcomings"
            ],
        },
        "plan": plan_parts[0],
        "plan_parts": plan_parts,
        "closing": [_carried(p, base.year, roll=True) for p in base.closing],
    }


def _plan_part(part: Part, number: str, data: DraftInput) -> dict[str, Any]:
    """A plan part of report YEAR-1 rolled forward one year, numbered for the draft."""
    base_year = data.base.year
    return {
        "title": _part_title(
            part, number, f"{data.year + 1}年国民经济和社会发展主要目标任务", base_year
        ),
        "paragraphs": [_plan_paragraph(p, data) for p in part.paragraphs],
        "chapters": [
            {
                "label": c.label,
                "title": _chapter_title(roll_years(c.title, base_year)),
                "paragraphs": [_plan_paragraph(p, data) for p in c.paragraphs],
            }
            for c in part.chapters
        ],
    }


def _default_title(region: str, year: int) -> str:
    short = re.sub(r"^.*?[省市](?=.+[区县市]$)", "", region) or region
    return f"关于{short}{year}年国民经济和社会发展计划执行情况与{year + 1}年国民经济和社会发展计划草案的报告"


def _is_preamble(paragraph: Paragraph) -> bool:
    return paragraph.role == "preamble" and not paragraph.text.startswith("各位代表")


def _part_title(part: Part | None, number: str, fallback: str, base_year: int) -> str:
    """A part heading moved one year on, renumbered for the draft (``一、2024年…执行情况``)."""
    if part is None:
        return f"{number}、{fallback}"
    title = re.sub(r"^[一二三四五六七八九十]+、", "", roll_years(part.title, base_year))
    return clean(f"{number}、{title}")


def _chapter_title(title: str) -> str:
    return clean(re.sub(r"^（[一二三四五六七八九十]+）", "", title))


def _carried(paragraph: Paragraph, base_year: int, roll: bool) -> dict[str, Any]:
    text = clean(roll_text(paragraph.text, base_year) if roll else paragraph.text)
    lead = clean(roll_text(paragraph.lead, base_year) if roll else paragraph.lead)
    if not text.startswith(lead):
        lead = ""
    return {"lead": lead, "rest": text[len(lead) :], "text": text, "role": paragraph.role}


def _execution_chapter(
    chapter: Chapter,
    plan: Part,
    data: DraftInput,
    answers: dict[str, dict[str, Any]],
    label: str,
) -> dict[str, Any]:
    """A chapter of part 一: last year's plan chapter, each lead answered by its targets' outcomes.

    Targets standing outside a lead-sentence paragraph (a chapter's opening text) and outcomes
    the sheet adds to the chapter open its first paragraph, so every target is answered once.
    """
    section = f"{plan.number}{chapter.label}"
    bodies = [p for p in chapter.paragraphs if p.role != "chapter_intro"]
    placed = {p.id for p in bodies}
    first = [
        answers[s.id] for s in data.slots if s.section == section and s.paragraph not in placed
    ]
    scopes = data.extra_scopes or {}
    first += [_extra(e, scopes.get((e.section, e.indicator), "")) for e in data.sheet.extras if e.section == section]
    paragraphs: list[dict[str, Any]] = []
    for paragraph in bodies:
        outcomes = [answers[s.id] for s in data.slots if s.paragraph == paragraph.id]
        if not paragraphs:
            outcomes = first + outcomes
        paragraphs.append({"lead": clean(paragraph.lead), "outcomes": outcomes})
    if not bodies and first:
        paragraphs.append({"lead": "", "outcomes": first})
    return {
        "label": label,
        "title": _chapter_title(chapter.title),
        "paragraphs": paragraphs,
    }


def _plan_paragraph(paragraph: Paragraph, data: DraftInput) -> dict[str, Any]:
    """A paragraph of report YEAR-1's plan, rolled forward, cut into prose and target pieces;
    in the overall requirements, each party plenary is a piece for the writer to verify."""
    text = paragraph.text
    plenaries = paragraph.role in PLENARY_ROLES
    lead_end = len(paragraph.lead) if text.startswith(paragraph.lead) else 0
    pieces: list[dict[str, Any]] = []
    cursor = 0
    for slot in sorted(
        (s for s in data.slots if s.paragraph == paragraph.id), key=lambda s: s.span
    ):
        start = _locate(text, slot, cursor)
        if start < 0:
            continue
        _add_text(pieces, text, cursor, start, lead_end, data.base.year, plenaries)
        end = start + len(slot.as_written)
        pieces.append(
            {"kind": "target", "bold": start < lead_end, "target": _target(slot, data.sheet)}
        )
        cursor = end
    _add_text(pieces, text, cursor, len(text), lead_end, data.base.year, plenaries)
    return {"role": paragraph.role, "pieces": pieces}


def _locate(text: str, slot: Slot, cursor: int) -> int:
    start, end = slot.span
    written = slot.as_written
    if start >= cursor and text[start:end] == written:
        return start
    return text.find(written, cursor) if written else -1


def _add_text(
    pieces: list[dict[str, Any]],
    text: str,
    start: int,
    end: int,
    lead_end: int,
    base_year: int,
    plenaries: bool = False,
) -> None:
    for a, b, bold in ((start, min(end, lead_end), True), (max(start, lead_end), end, False)):
        if a >= b:
            continue
        rolled = roll_text(text[a:b], base_year)
        for kind, body in roll_plenaries(rolled) if plenaries else [("text", rolled)]:
            if kind == "text":
                pieces.append({"kind": "text", "bold": bold, "text": clean(body)})
            else:
                pieces.append({"kind": "verify", "bold": bold, "label": body})


# ---------------------------------------------------------------- values


def _outcome(slot: Slot, sheet: Sheet, answer: Answer | None) -> dict[str, Any]:
    """One answered target for part 一, in the report's own terms.

    From the archive (``answer`` given) the ledger decides everything: the outcome's own
    indicator and scope word, the report's stated completion, else the ledger's computed one
    (only for an amount or count judged in the target's terms). From a sheet, the writer's
    value answers the slot, and the same rules (``drafter.compare.judge``) say whether a
    completion applies. 同比 only where last year's outcome (the one-year ledger) has the
    same scope and unit. Numbers drafter computed go under ``completion`` and ``change``
    and are marked as such by the templates.
    """
    fill = sheet.fill(slot.id)
    value = fill.outcome if fill else None
    item = _slot_item(slot)
    unit = answer.unit if answer else slot.unit
    item.update(_value_item(value, unit))
    item["unit"] = unit
    item["scope"] = answer.scope if answer else slot.scope
    if answer is not None:
        item["indicator"] = clean(answer.indicator or slot.indicator)
        if answer.measure == "completion":  # the report gives its completion rate alone
            item["qualitative"] = True
        if answer.measure in ("amount", "count", "growth", "share"):
            item["measure"] = answer.measure
    if value is None or value.number is None:
        return item
    if answer is not None and answer.measure in ("amount", "count", "growth", "share"):
        item["qualitative"] = False  # a worded target answered with a figure: say it as one
    if answer is not None:
        if answer.stated is not None:
            item["stated"] = _number_text(answer.stated)
        elif answer.completion is not None and answer.status in _JUDGED:
            item["completion"] = _number_text(answer.completion)
        item["growth"] = answer.growth
        comparable = answer.status in _JUDGED
    else:
        comparable = True
        if rule_for(slot) == "ratio" and slot.measure in _RATIO_MEASURES:
            item["completion"] = _percent(value.number, slot.target_value)
    # 同比 computed only from two pairings the ledger judged (this year's and, in the
    # one-year ledger, last year's outcome of the same target), in the same unit
    judged = comparable and slot.last_value is not None and unit == slot.unit and not item["growth"]
    if judged and item["measure"] in _RATIO_MEASURES and rule_for(slot) == "ratio":
        item["change"] = _change(value.number, slot.last_value)
    return item


def _target(slot: Slot, sheet: Sheet) -> dict[str, Any]:
    fill = sheet.fill(slot.id)
    value = fill.target if fill else None
    item = _slot_item(slot)
    item.update(_value_item(value, slot.unit))
    if value is not None and value.number is not None:
        suffix = next((w for w in _QUALIFIER_SUFFIX if slot.target.endswith(w)), "")
        item["text"] = f"{_number_text(value.number)}{slot.unit}{value.qualifier_word or suffix}"
    elif value is not None:
        item["text"] = value.text
    return item


def _slot_item(slot: Slot) -> dict[str, Any]:
    return {
        "id": slot.id,
        "indicator": clean(slot.indicator),
        "measure": slot.measure,
        "unit": slot.unit,
        "qualitative": slot.qualitative,
        "last_target": clean(slot.target),
        "last_outcome": clean(slot.last_outcome),
        "filled": False,
        "scope": slot.scope,
        "completion": "",
        "stated": "",
        "growth": "",
        "change": "",
    }


def _value_item(value: Value | None, unit: str) -> dict[str, Any]:
    if value is None:
        return {
            "filled": False,
            "value": "",
            "text": "",
            "falls": False,
            "estimate": False,
            "qualifier": "",
        }
    number = value.number
    return {
        "filled": True,
        "value": "" if number is None else _number_text(abs(number)),
        "text": clean(value.text)
        if number is None
        else f"{_number_text(number)}{unit}{value.qualifier_word}",
        "falls": number is not None and number < 0,
        "estimate": value.estimate,
        "qualifier": value.qualifier_word,
    }


def _extra(extra: Extra, scope: str = "") -> dict[str, Any]:
    item = {
        "id": "",
        "indicator": clean(extra.indicator),
        "measure": _measure_of(extra.unit),
        "unit": extra.unit,
        "qualitative": extra.outcome.number is None,
        "last_target": "",
        "last_outcome": "",
        "scope": scope,
        "completion": "",
        "stated": "",
        "growth": "",
        "change": "",
    }
    item.update(_value_item(extra.outcome, extra.unit))
    return item


def _measure_of(unit: str) -> str:
    """The measure of an outcome the plan did not target, judged from its unit alone."""
    if not unit:
        return "qualitative"
    if unit in ("%", "个百分点"):
        return "growth"
    return "amount" if unit.endswith("元") else "count"


def _number_text(number: Decimal) -> str:
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _percent(number: Decimal, base: Decimal | None) -> str:
    if base is None or base <= 0:
        return ""
    return _number_text((number / base * 100).quantize(Decimal("0.1"), ROUND_HALF_UP))


def _change(number: Decimal, last: Decimal | None) -> str:
    if last is None or last <= 0:
        return ""
    change = ((number - last) / last * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"增长{_number_text(change)}%" if change >= 0 else f"下降{_number_text(-change)}%"


def _properties(data: DraftInput) -> Properties:
    meta = data.base.meta
    created = meta.delivered or meta.published or f"{data.base.year + 1}-01-01"
    return Properties(
        title=clean(roll_years(meta.title, data.base.year))
        if meta.title
        else _default_title(meta.region, data.year),
        author=meta.issuer or meta.region,
        subject=f"{meta.region}{data.year}年国民经济和社会发展计划报告（草稿）",
        keywords=f"{meta.region};{data.year};草稿",
        created=created,
    )


def archive_fill(
    report: Report,
    base: Report,
    slots: tuple[Slot, ...],
    pair: tuple[tuple[LedgerEntry, ...], tuple[Unplanned, ...]],
    next_year: tuple[LedgerEntry, ...],
) -> tuple[Sheet, dict[str, Answer], dict[tuple[str, str], str]]:
    """A sheet, the ledger's answers and the extra outcomes' scope words for drafting report YEAR from report YEAR itself.

    pair:      the ledger of report YEAR-1 against report YEAR (entries, unplanned outcomes),
               with the pins — exactly what ``drafter diff YEAR-1 YEAR`` shows
    next_year: report YEAR's one-year ledger: the target it sets for YEAR+1 beside each outcome

    A slot's outcome is the outcome the ledger paired with its target; its new target is the
    target report YEAR sets beside that same outcome. Outcomes no target asked for (an amount
    or count in a chapter the draft follows) are added to their chapter.
    """
    entries, unplanned = pair
    by_target = {(e.target.paragraph, e.target.span): e for e in entries}
    next_target = {
        (e.outcome.paragraph, e.outcome.span): e.target
        for e in next_year
        if e.outcome is not None and e.status in ("raised", "held", "lowered")
    }
    fills: list[Fill] = []
    answers: dict[str, Answer] = {}
    for slot in slots:
        entry = by_target.get((slot.paragraph, slot.span))
        if entry is None or entry.outcome is None:
            continue
        o = entry.outcome
        target = next_target.get((o.paragraph, o.span))
        outcome_value = _ref_value(o) if o.value is not None else None
        if o.measure == "completion" and entry.stated_completion is not None:  # B states only its rate
            outcome_value = Value(None, f"完成全年任务的{_number_text(entry.stated_completion)}%")
        if outcome_value is None and target is None:
            continue
        fills.append(Fill(slot.id, outcome_value, _ref_value(target), "来自档案"))
        answers[slot.id] = Answer(
            o.indicator, scope_word(o), o.measure, o.unit, entry.status, entry.completion, entry.stated_completion,
            _stated_growth(o, unplanned),
        )
    plans = base.parts_of("plan")
    extras = []
    scopes: dict[tuple[str, str], str] = {}
    for u in unplanned:
        section = _plan_section(u.outcome.section, plans)
        value = _ref_value(u.outcome)
        if section and value is not None and u.outcome.measure in _RATIO_MEASURES:
            extras.append(Extra(section, u.indicator, u.outcome.unit, value, "来自档案"))
            scopes[(section, u.indicator)] = scope_word(u.outcome)
    return Sheet(tuple(fills), tuple(extras), f"档案中的{report.year}年报告"), answers, scopes


def _stated_growth(o: FigureRef, unplanned: tuple[Unplanned, ...]) -> str:
    """The 同比 the report states in the outcome's sentence for the same indicator
    (``实现北京项目投资额35.08亿元，……同比增长2.6%``), as ``增长2.6%``; "" if none."""
    from drafter.names import indicator_similarity

    if o.measure not in _RATIO_MEASURES:
        return ""
    for u in unplanned:
        g = u.outcome
        if g.measure != "growth" or g.paragraph != o.paragraph or g.sentence != o.sentence or g.value is None:
            continue
        if indicator_similarity(g.indicator, o.indicator) >= 0.8:
            return f"{'下降' if g.direction == 'down' else '增长'}{g.value}{g.unit}"
    return ""


def _ref_value(ref: FigureRef | None) -> Value | None:
    if ref is None:
        return None
    number = ref_value(ref)
    if number is not None and ref.direction == "down":
        number = -number
    qualifier = ref.qualifier if ref.qualifier in ("about", "at_least", "at_most") else "exact"
    return Value(number, ref.text or str(ref.value), qualifier, ref.estimate)


def _plan_section(section: str, plans: tuple[Part, ...]) -> str:
    """``一（k）`` of report YEAR → the plan chapter of report YEAR-1 that draft chapter k follows."""
    match = re.match(r"^[一二三四五六七八九十]+（([一二三四五六七八九十]+)）$", section)
    if match is None:
        return ""
    ordered = [(p, c) for p in plans for c in p.chapters]
    k = next((n for n in range(1, len(ordered) + 1) if cn_number(n) == match.group(1)), 0)
    if not k:
        return ""
    part, chapter = ordered[k - 1]
    return f"{part.number}{chapter.label}"


__all__ = ["Answer", "DraftInput", "archive_fill", "build_draft", "draft_context", "draft_input"]
