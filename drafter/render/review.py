"""The HTML review page of ``drafter diff A B --html FILE``: one self-contained, offline file.

This module shapes a ``DiffResult`` and its two reports into plain dicts for the Jinja
template ``templates/review.html.j2`` (autoescaped, so every piece of report text is
escaped); the template inlines ``review.css`` and ``review.js``. Nothing here reads the
clock or the environment: the same inputs give the same bytes.

    from drafter.render.review import write_review_html
    write_review_html(result, report_2023, report_2024, "review.html")
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from drafter.compare.result import (
    Change,
    DiffResult,
    FigureRef,
    LedgerEntry,
    ParagraphDiff,
    SectionDiff,
)
from drafter.labels import (
    CHANGE_LABELS,
    COUNTED_KINDS,
    FIGURE_KIND_LABELS,
    QUALIFIER_LABELS,
    STATUS_LABELS,
    status_label,
    status_order,
    status_tier,
)
from drafter.model import Figure, Paragraph, Report, paragraph_places, section_label
from drafter.render.diff_text import figure_text, key_label, progress_line, result_text
from drafter.sentences import find_sentence

TEMPLATE = "review.html.j2"
KIND_LABELS = FIGURE_KIND_LABELS

_NUMBER = re.compile(r"^[^\d]*?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*([万亿]?)(.*)$")
_SCALE = {"": Decimal(1), "万": Decimal(10000), "亿": Decimal(100000000)}


# ---------------------------------------------------------------------------- page


def render_review_html(result: DiffResult, a: Report, b: Report) -> str:
    """The review page as one HTML string (CSS and JS inline, no external reference)."""
    return _render(review_context(result, a, b))


def write_review_html(
    result: DiffResult,
    a: Report,
    b: Report,
    path: str | os.PathLike[str],
    *,
    force: bool = True,
    archive: str | os.PathLike[str] | None = None,
) -> None:
    """Write the review page to ``path`` atomically; an existing file only with ``force``,
    never into the archive (see ``drafter.atomic``)."""
    from drafter.atomic import check_output, write_output

    check_output(path, force=force, archive=archive)
    write_output(path, render_review_html(result, a, b).encode("utf-8"), force=force, archive=archive)


def _render(context: dict[str, Any]) -> str:
    from drafter.render.page import render_page

    return render_page(TEMPLATE, "审阅页", context, {"csp_hash": csp_hash})


def csp_hash(script: str) -> str:
    """The Content-Security-Policy source that allows exactly this inline script and no other."""
    import base64
    import hashlib

    digest = hashlib.sha256(str(script).encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def review_context(result: DiffResult, a: Report, b: Report) -> dict[str, Any]:
    """Everything the template shows, as plain dicts, lists and strings."""
    single = result.mode == "single"
    page = _Page(result, a, a if single else b)
    ledger = [page.ledger_row(i, entry) for i, entry in enumerate(result.targets, 1)]
    unplanned = [page.unplanned_row(u.indicator, u.outcome) for u in result.unplanned]
    sections = page.sections()
    order = status_order("single" if result.ambition else "pair")
    counts = result.counts()
    statuses = [{"key": s, "label": status_label(s), "count": counts.get(s, 0)} for s in order]
    statuses += [{"key": s, "label": status_label(s), "count": n} for s, n in sorted(counts.items()) if s not in order]
    kinds = result.change_counts()
    region = result.b.region or result.a.region
    return {
        "title": f"{region}{key_label(result.a)}与{key_label(result.b)}计划报告对照审阅" if not single else f"{region}{key_label(result.a)}计划报告目标审阅",
        "progress": progress_line(result),
        "region": region,
        "single": single,
        # one-year mode on a year's report (next year's targets, how ambitious), and A a report on
        # part of a year whose targets are of its own year (its 下半年工作安排)
        "ambition": result.ambition,
        "rest_of_year": bool(result.a.period),
        "target_year": result.a.target_year,
        "sides": [_side(result.a, a, "A"), _side(result.b, b, "B")] if not single else [_side(result.a, a, "A")],
        "tolerance": _percent(result.tolerance * 100),
        "tolerance_points": format(result.tolerance_points.normalize(), "f"),
        "statuses": statuses,
        "ledger": ledger,
        "unplanned": unplanned,
        "sections": sections,
        # one count: the headline is the sum of the kinds it lists, and the toolbar says the same
        "change_total": result.change_total(),
        "change_kinds": [{"key": k, "label": CHANGE_LABELS[k], "count": kinds[k]} for k in COUNTED_KINDS if k in kinds],
        "rolled_total": kinds.get("year_rolled", 0),
        "nav_total": result.change_total(),
        "has_gap": any(e.gap is not None for e in result.targets),
    }


def _side(side: Any, report: Report, letter: str) -> dict[str, Any]:
    return {
        "letter": letter,
        "year": side.year,
        "when": key_label(side),
        "title": side.title or report.meta.title,
        "excerpt": side.excerpt,
        "note": report.coverage.note,
        "source": side.source,
    }


# ---------------------------------------------------------------------------- shaping


@dataclass
class _Page:
    """Builds the page's rows; counts navigation stops and remembers cited sentences."""

    result: DiffResult
    a: Report
    b: Report
    stops: int = 0
    cited: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)  # "a:pid" → spans
    claimed: set[int] = field(default_factory=set)  # id() of the changes that have their stop

    def __post_init__(self) -> None:
        self.figures = {"a": _by_paragraph(self.a.figures), "b": _by_paragraph(self.b.figures)}
        self.text = {"a": _paragraph_texts(self.a), "b": _paragraph_texts(self.b)}
        self.where = {"a": _paragraph_places(self.a), "b": _paragraph_places(self.b)}
        self.changes: dict[tuple[str, str], list[Change]] = {}
        for change in self.result.changes:
            self.changes.setdefault((change.paragraph_a, change.paragraph_b), []).append(change)
        self.single = self.result.mode == "single"
        self.by_section: dict[str, list[Paragraph]] = {}
        for part, chapter, para in self.a.paragraphs():
            self.by_section.setdefault(section_label(part, chapter), []).append(para)

    # -- ledger

    def anchor(self, side: str, ref: FigureRef | None) -> str:
        """The id of the sentence ``ref`` stands in, registered for highlighting ("" if absent)."""
        if ref is None or not ref.paragraph:
            return ""
        side = "a" if self.single else side
        text = self.text[side].get(ref.paragraph)
        if text is None:
            return ""
        start, end = find_sentence(text, ref.sentence, ref.text)
        key = f"{side}:{ref.paragraph}"
        spans = self.cited.setdefault(key, [])
        for s, e, sid in spans:
            if s < end and start < e:  # overlapping: reuse the first anchor
                return sid
        sid = f"s{side}-{ref.paragraph}-{start}"
        spans.append((start, end, sid))
        return sid

    def ledger_row(self, n: int, entry: LedgerEntry) -> dict[str, Any]:
        target, outcome = entry.target, entry.outcome
        stated = entry.stated_completion
        return {
            "n": n,
            "indicator": entry.indicator,
            "target": figure_text(target),
            "target_section": target.section,
            "target_sentence": target.sentence,
            "outcome": figure_text(outcome) if outcome else "",
            "outcome_section": outcome.section if outcome else "",
            "outcome_sentence": outcome.sentence if outcome else "",
            "completion": "" if entry.gap is None and entry.completion is None else result_text(entry),
            "completion_sort": _result_sort(entry),
            "stated": "" if stated is None else _percent(stated),
            "disagreement": entry.evidence.disagreement,
            "status": entry.status,
            "status_label": status_label(entry.status),
            "status_rank": _rank(entry.status, self.result.ambition),
            "pinned": entry.pinned,
            "note": entry.evidence.note,
            "link_a": self.anchor("a", target),
            "link_b": self.anchor("b", outcome),
        }

    def unplanned_row(self, indicator: str, outcome: FigureRef) -> dict[str, Any]:
        return {
            "indicator": indicator,
            "outcome": figure_text(outcome),
            "section": outcome.section,
            "sentence": outcome.sentence,
            "link": self.anchor("b", outcome),
        }

    # -- text

    def sections(self) -> list[dict[str, Any]]:
        shown = {p.a for s in self.result.sections for p in s.paragraphs if p.a}
        out = [self.section(i, s, shown) for i, s in enumerate(self.result.sections, 1)]
        aligned = {s.section_a for s in self.result.sections if s.section_a}
        out.extend(self.leftovers(shown, aligned, len(out)))
        return out

    def section(self, n: int, section: SectionDiff, shown: set[str]) -> dict[str, Any]:
        moved_stop = self.stop() if section.moved else ""
        whole = (not section.section_a and section.title_b) or (not section.section_b and section.title_a)
        title_stop = self.stop() if whole else ""  # a chapter added or removed: one change, its heading
        title = self.title_row(section)
        rows = [self.row(p, section) for p in section.paragraphs]
        rows += [self.outside_row(p) for p in self.by_section.get(section.section_a, []) if p.id not in shown]
        ids = {(p.a, p.b) for p in section.paragraphs}
        own = [c for key, cs in self.changes.items() if key in ids for c in cs]
        own += [c for c in self.changes.get(("", ""), []) if c.section == section.section]
        counted = [c for c in own if c.kind != "year_rolled"]
        moved = ""
        if section.moved:
            moved = f"本章位置有调整：A 中为{section.section_a}，B 中为{section.section_b}"
        return {
            "id": f"sec{n}",
            "label_a": section.section_a,
            "label_b": section.section_b,
            "label": section.section,
            "title_a": title["a"],
            "title_b": title["b"],
            "title_changed": title["changed"],
            "title_stop": title_stop,
            "moved": moved,
            "moved_stop": moved_stop,
            "count": len(counted),
            "rolled": len(own) - len(counted),
            "changed": bool(own) or section.moved or title["changed"] or any(r["changed"] for r in rows),
            "rows": rows,
            "outside": "",
        }

    def title_row(self, section: SectionDiff) -> dict[str, Any]:
        """Both headings with compare's word diff; a heading whose only change is a rolled year is quiet."""
        ta, tb = section.title_a, section.title_b
        if not section.title_ops:
            plain_a = [_piece(ta, "equal")] if ta else []
            plain_b = [_piece(tb, "equal")] if tb else []
            return {"a": plain_a, "b": plain_b, "changed": False, "stop": ""}
        ops = section.title_ops
        titled = [c for c in self.changes.get(("", ""), []) if c.section == section.section]
        hunks = self.hunks(ops, titled)
        side_a = self.side("a", "", ops, hunks, text=ta)
        side_b = self.side("b", "", ops, hunks, text=tb)
        pieces_a = [p for s in side_a["sentences"] for f in s["figures"] for p in f["pieces"]]
        pieces_b = [p for s in side_b["sentences"] for f in s["figures"] for p in f["pieces"]]
        changed = any(h["kind"] != "year_rolled" for h in hunks)
        return {"a": pieces_a, "b": pieces_b, "changed": changed, "stop": ""}

    def stop(self) -> str:
        self.stops += 1
        return f"c{self.stops}"

    def row(self, diff: ParagraphDiff, section: SectionDiff) -> dict[str, Any]:
        whole = diff.status in ("added", "removed", "moved")
        stop = self.stop() if whole else ""
        hunks = self.hunks(diff.ops, self.changes.get((diff.a, diff.b), []), diff.status)
        side_a = self.side("a", diff.a, diff.ops, hunks) if diff.a else None
        side_b = self.side("b", diff.b, diff.ops, hunks) if diff.b else None
        marks = {"a": "", "b": ""}
        if diff.status == "moved":
            marks["a"] = f"此段在 B 中移至{self.place('b', diff.b)}"
            marks["b"] = f"此段由 A 的{self.place('a', diff.a)}移来"
        elif diff.status == "added":
            marks["b"] = "新增段落"
        elif diff.status == "removed":
            marks["a"] = "删除段落"
        return {
            "status": diff.status,
            "changed": diff.status != "equal",
            "stop": stop,
            "a": side_a,
            "b": side_b,
            "mark_a": marks["a"],
            "mark_b": marks["b"],
            "placeholder_a": "（A 中无对应段落）" if not diff.a else "",
            "placeholder_b": "（B 中无对应段落）" if not diff.b else "",
        }

    def place(self, side: str, pid: str) -> str:
        return self.where[side].get(pid, "")

    def hunks(self, ops: Sequence[Any], found: Sequence[Change], status: str = "changed") -> list[dict[str, Any]]:
        """compare's labelled runs of deleted/inserted text, one hunk per change piece, numbered."""
        out: list[dict[str, Any]] = []
        if status in ("added", "removed"):
            return out
        pos = {"a": 0, "b": 0}
        current: dict[str, Any] | None = None
        for op in ops:
            kind = op.kind or "wording"
            if current and (op.op == "equal" or kind != current["kind"] or (op.op == "delete" and current["new"])):
                out.append(self.label(current, found))
                current = None
            if op.op == "equal":
                pos["a"] += len(op.text)
                pos["b"] += len(op.text)
                continue
            if current is None:
                current = {"a0": pos["a"], "b0": pos["b"], "old": "", "new": "", "kind": kind}
            if op.op == "delete":
                current["old"] += op.text
                pos["a"] += len(op.text)
            else:
                current["new"] += op.text
                pos["b"] += len(op.text)
        if current:
            out.append(self.label(current, found))
        return out

    def label(self, hunk: dict[str, Any], changes: Sequence[Change]) -> dict[str, Any]:
        """A hunk's badge and navigation stops, from the changes compare found at its offsets.

        Each change compare counted gets one stop, at the first hunk that shows it (a reworded
        sentence may show in several hunks; one hunk may show two figures); a hunk that shows no
        counted change (a draft's slot) gets none, so the stops are the headline's changes."""
        old, new = hunk["old"], hunk["new"]
        a0, b0 = hunk["a0"], hunk["b0"]
        hunk.update(a1=a0 + len(old), b1=b0 + len(new), badge="", stops=[], stop="")
        if hunk["kind"] == "year_rolled":
            hunk.update(badge=f"年份顺延：{old.strip()} → {new.strip()}")
            return hunk
        kind = hunk["kind"]
        if kind == "figure_changed":
            figures = [c for c in changes if c.kind == "figure_changed" and _shows(hunk, c)]
            hunk["badge"] = "；".join(_figure_badge(c) for c in figures)
        elif not old:
            hunk["kind"] = "insert"
        elif not new:
            hunk["kind"] = "delete"
        side, lo, hi = ("b", "b0", "b1") if new else ("a", "a0", "a1")
        mine = [c for c in changes if c.kind == kind and id(c) not in self.claimed and _shows(hunk, c)]
        used: set[int] = set()
        for c in sorted(mine, key=lambda c: c.span_b[0] if new else c.span_a[0]):
            self.claimed.add(id(c))
            pos = min(max(c.span_b[0] if new else c.span_a[0], hunk[lo]), hunk[hi] - 1)
            while pos in used and pos + 1 < hunk[hi]:  # two changes at one place: side by side
                pos += 1
            used.add(pos)
            hunk["stops"].append((pos, self.stop()))
        hunk["side"] = side
        hunk["stop"] = hunk["stops"][0][1] if hunk["stops"] else ""
        return hunk

    def side(
        self, side: str, pid: str, ops: Sequence[Any], hunks: list[dict[str, Any]], text: str | None = None
    ) -> dict[str, Any]:
        """One paragraph's text split into sentence › figure › piece, with marks and titles."""
        if text is None:
            text = self.text[side].get(pid, "")
        keep = "delete" if side == "a" else "insert"
        runs: list[tuple[int, int, str]] = []
        pos = 0
        for op in ops:
            if op.op in ("equal", keep):
                runs.append((pos, pos + len(op.text), op.op))
                pos += len(op.text)
        if pos != len(text) or not runs:  # ops disagree with the archived text: show it plain
            runs = [(0, len(text), "equal")] if text else []
        lo, hi = ("a0", "a1") if side == "a" else ("b0", "b1")
        spans = [(h[lo], h[hi], h) for h in hunks if h[hi] > h[lo]]
        figures = [
            (f.span[0], f.span[1], (f.span[0], _figure_title(f)))
            for f in self.figures[side].get(pid, ())
            if pid and _fits(f, text)
        ]
        cited = self.cited.get(f"{side}:{pid}", []) if pid else []
        stops = {pos: sid for h in hunks if h.get("side") == side for pos, sid in h["stops"]}
        cuts = {0, len(text), *stops}
        for group in (runs, spans, figures, cited):
            for s, e, _ in group:
                cuts.update((s, e))
        points = sorted(c for c in cuts if 0 <= c <= len(text))
        sentences: list[dict[str, Any]] = []
        for s, e in zip(points, points[1:], strict=False):
            sid = _covering(cited, s)
            fig = _covering(figures, s)
            hunk = _covering(spans, s)
            op = _covering(runs, s) or "equal"
            if not sentences or sentences[-1]["id"] != (sid or ""):
                sentences.append({"id": sid or "", "figures": []})
            group = sentences[-1]["figures"]
            key = fig[0] if fig else -1
            if not group or group[-1]["key"] != key:
                group.append({"key": key, "title": fig[1] if fig else "", "pieces": []})
            piece = _piece(text[s:e], op)
            if hunk is not None and op != "equal":
                piece["kind"] = hunk["kind"]
                first = s == hunk[lo]
                piece["stop"] = stops.get(s, "") if hunk.get("side") == side else ""
                piece["badge"] = hunk["badge"] if first and (side == "b" or not hunk["new"]) else ""
            group[-1]["pieces"].append(piece)
        return {"id": f"{side}-{pid}", "sentences": sentences}

    def outside_row(self, p: Paragraph) -> dict[str, Any]:
        """A paragraph of A shown alone: B (an excerpt) does not hold its counterpart."""
        note = "" if self.single else ("（B 摘录未含）" if self.result.b.excerpt else "（B 中无对应段落）")
        return {
            "status": "outside", "changed": False, "stop": "",
            "a": self.side("a", p.id, (), []), "b": None, "mark_a": "", "mark_b": "",
            "placeholder_a": "", "placeholder_b": note,
        }

    def leftovers(self, shown: set[str], aligned: set[str], start: int) -> list[dict[str, Any]]:
        """A's paragraphs the aligned sections leave out (B is an excerpt): shown, not as removed."""
        groups: dict[str, list[Paragraph]] = {}
        titles: dict[str, str] = {}
        for part, chapter, para in self.a.paragraphs():
            label = section_label(part, chapter)
            if para.id in shown or label in aligned:
                continue
            groups.setdefault(label, []).append(para)
            titles[label] = chapter.title if chapter else (part.title if part else "")
        if self.single:
            note = ""
        elif self.result.b.excerpt:
            note = f"{key_label(self.result.b)}报告只存有摘录，未含此部分：此处只列出 A 的原文，不算作删除"
        else:
            note = "此部分未能与 B 对齐"
        out = []
        for i, (label, paras) in enumerate(groups.items(), start + 1):
            rows = [self.outside_row(p) for p in paras]
            title = [_piece(titles[label], "equal")] if titles[label] else []
            out.append({
                "id": f"sec{i}", "label_a": label, "label_b": "", "label": label,
                "title_a": title, "title_b": [], "title_changed": False, "title_stop": "",
                "moved": "", "moved_stop": "", "count": 0, "rolled": 0, "changed": False,
                "rows": rows, "outside": note,
            })
        return out


# ---------------------------------------------------------------------------- helpers


def _piece(text: str, op: str) -> dict[str, Any]:
    return {"text": text, "op": op, "kind": "", "stop": "", "badge": ""}


def _shows(hunk: dict[str, Any], change: Change) -> bool:
    """True when the hunk's deleted or inserted text lies inside the change's spans."""
    if change.kind == "figure_changed":
        return hunk["a0"] <= change.span_a[0] < hunk["a1"] and hunk["b0"] <= change.span_b[0] < hunk["b1"]
    if hunk["new"]:
        return hunk["b0"] < change.span_b[1] and change.span_b[0] < hunk["b1"]
    return hunk["a0"] < change.span_a[1] and change.span_a[0] < hunk["a1"]


def _covering(spans: Iterable[tuple[int, int, Any]], pos: int) -> Any:
    for s, e, value in spans:
        if s <= pos < e:
            return value
    return None


def _by_paragraph(figures: Iterable[Figure]) -> dict[str, list[Figure]]:
    out: dict[str, list[Figure]] = {}
    for f in figures:
        out.setdefault(f.paragraph, []).append(f)
    return out


def _paragraph_texts(report: Report) -> dict[str, str]:
    return {p.id: p.text for _, _, p in report.paragraphs()}


def _paragraph_places(report: Report) -> dict[str, str]:
    """Paragraph id → ``二（三）第2段``."""
    return paragraph_places(report)


def _fits(figure: Figure, text: str) -> bool:
    s, e = figure.span
    return 0 <= s < e <= len(text) and (not figure.text or text[s:e] == figure.text)


def _figure_title(f: Figure) -> str:
    parts = [f"指标：{f.indicator or '（未识别）'}", f"类型：{KIND_LABELS.get(f.kind, f.kind)}"]
    parts.append(f"限定：{QUALIFIER_LABELS.get(f.qualifier, f.qualifier)}")
    parts.append(f"年份：{f.period}年" if f.period else "年份：未注明")
    if f.estimate:
        parts.append("预计数")
    return "｜".join(parts)


def _figure_badge(change: Change) -> str:
    text = f"{change.old_value} → {change.new_value}"
    ratio = percent_change(change.old_value, change.new_value)
    return f"{text}（{ratio}）" if ratio else text


def percent_change(old: str, new: str) -> str:
    """``+16.9%`` from ``30亿元`` to ``35.08亿元``; "" when the two cannot be compared."""
    a, b = _parse(old), _parse(new)
    if a is None or b is None or a[1] != b[1] or a[0] == 0:
        return ""
    ratio = ((b[0] - a[0]) / a[0] * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    sign = "+" if ratio > 0 else ""
    text = f"{sign}{ratio}%"
    if a[1].startswith("%"):
        points = (b[0] - a[0]).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        text += f"，{'+' if points > 0 else ''}{points}个百分点"
    return text


def _parse(value: str) -> tuple[Decimal, str] | None:
    match = _NUMBER.match(value.strip())
    if not match:
        return None
    try:
        number = Decimal(match.group(1).replace(",", "")) * _SCALE[match.group(2)]
    except InvalidOperation:
        return None
    unit = re.sub(r"(左右|以上|以下|以内|多|余)$", "", match.group(3).strip())
    return number, unit


def _percent(value: Decimal) -> str:
    number = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{number.normalize():f}%" if number == number.to_integral_value() else f"{number}%"


def _rank(status: str, single: bool) -> int:
    order = status_order("single" if single else "pair")
    return order.index(status) if status in order else len(order)


def _result_sort(entry: LedgerEntry) -> str:
    """The sort key of the 完成情况 column: how far the target got, tier first (missed, met,
    exceeded, then statuses with no judgement), then the ratio or the gap on the axis where
    more is better — so a met ceiling (a negative gap) never sorts among the missed."""
    tier = status_tier(entry.status)
    value = Decimal(0)
    if entry.completion is not None:
        value = entry.completion - 100
    elif entry.gap is not None:
        value = -entry.gap.value if entry.rule in ("ceiling", "rate_ceiling") else entry.gap.value
    value = max(Decimal(-999), min(Decimal(999), value))
    return str((tier * 10000 + value).quantize(Decimal("0.01")))


__all__ = ["STATUS_LABELS", "percent_change", "render_review_html", "review_context", "write_review_html"]
