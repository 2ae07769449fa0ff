"""The target ledger: each target report A set for year A+1 against report B's outcome.

Pairing is by indicator identity, which is phrased differently from year to year, so it is
scored, not looked up: character overlap of normalized indicator phrases (bigrams and
characters; no word segmentation at diff time), unit family and measure (hard filters),
increment against cumulative (a conflict makes the pair not comparable), the plausibility
of the two values, the headline paragraphs (main targets ↔ the execution overview) and the
similarity of the chapters the two figures stand in. Pairs are chosen greedily by score,
one outcome per target, after the pins of ``links.yaml`` are applied.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from drafter import periods
from drafter.compare.judge import (
    DEFAULT_TOLERANCE,
    DEFAULT_TOLERANCE_POINTS,
    Tolerance,
    ambition,
    is_rate,
    judge,
    judge_stated,
)
from drafter.compare.links import Link, matches
from drafter.compare.result import Evidence, FigureRef, LedgerEntry, Unplanned
from drafter.model import Figure, Paragraph, Report
from drafter.names import bigrams, dice, indicator_similarity, normalize_indicator
from drafter.periods import elapsed
from drafter.periods import label as period_label
from drafter.sentences import sentence_spans

MIN_INDICATOR = 0.45
MIN_SCORE = 0.45
#: A target and an outcome measured differently pair (as not comparable) only when their
#: indicators are the same phrase or nearly so.
MIN_CROSS = 0.9
#: A qualitative target pairs with an outcome figure of a closely matching indicator.
MIN_QUALITATIVE = 0.8
TENTH = Decimal("0.1")
#: A stated completion rate answers a target only under a closely matching indicator.
COMPLETION_INDICATOR = 0.7

_STATED = re.compile(r"完成(?:全年|年度|年初)?(?:任务|目标|计划)(?:的)?(\d+(?:\.\d+)?)[%％]")
#: After a starting value: ``由67.1%提高到68.3%``, ``由2.5%下降至1.9%``.
_FROM_TO = re.compile(r"(?:提高|上升|增加|增长|提升|扩大|下降|降低|减少|缩小|降)(?:到|至)")

_MEASURE_GROUP = {
    "amount": "quantity",
    "count": "quantity",
    "growth": "growth",
    "share": "share",
    "rank": "rank",
    "completion": "completion",
    "qualitative": "qualitative",
}


@dataclass(frozen=True)
class Candidate:
    target: int
    outcome: int
    score: float
    reasons: tuple[str, ...]
    conflict: str  # a Chinese note when the pair is not comparable, else ""


class Ledger:
    """Builds the ledger of report ``a``'s targets against report ``b``'s outcomes.

    In one-year mode (``a is b``) the targets are set beside the same report's outcomes,
    and the status says how ambitious each target is.
    """

    def __init__(
        self,
        a: Report,
        b: Report,
        *,
        links: Iterable[Link] = (),
        tolerance: Tolerance = Tolerance(),
    ) -> None:
        self.a, self.b = a, b
        self.single = a is b
        # one-year mode sets a report's next-year targets beside its own outcomes (how ambitious);
        # a report on part of a year plans its own year, so its targets are judged against its
        # outcomes to date as progress, as in pair mode (docs/LEDGER.md, rule 7)
        self.ambition = self.single and target_year(a) != a.year
        self.links = [lk for lk in links if lk.joins((a.year, a.meta.period), (b.year, b.meta.period))]
        self.tolerance = tolerance
        self.targets = [f for f in a.figures if _is_target(f, a)]
        if not self.single and not b.coverage.excerpt:
            self.targets += task_targets(a)
        # B's silence proves nothing only where B lacks its part 一: an excerpt that reaches
        # its part 二 holds the whole account of the year.
        self.b_partial = b.coverage.excerpt and "plan" not in b.coverage.parts
        # B's outcomes cover part of the year (上半年): progress toward A's targets, never a verdict
        self.period = b.meta.period
        self._paragraphs_a = _paragraph_index(a)
        self._paragraphs_b = self._paragraphs_a if self.single else _paragraph_index(b)
        self.outcomes = [f for f in b.figures if _is_outcome(f, b) and not self._starting_value(f)]
        if not self.ambition:
            from drafter.compare.table import (
                table_outcomes,  # loads figure extraction: pair mode only
            )

            self.outcomes += [f for f in table_outcomes(b) if not _repeats(f, self.outcomes)]
            # a task answered by its completion rate alone (``重点项目完成年度目标的105%``)
            self.outcomes += [f for f in b.figures if _is_completion(f, b)]
        self._chapters_a = _chapter_titles(a)
        self._chapters_b = self._chapters_a if self.single else _chapter_titles(b)
        self._by_group: dict[str, list[int]] = {}
        for j, o in enumerate(self.outcomes):
            self._by_group.setdefault(_MEASURE_GROUP.get(o.measure, o.measure), []).append(j)
        self._not_completion = [j for j, o in enumerate(self.outcomes) if o.measure != "completion"]
        self._numbers = [j for j in self._not_completion if self.outcomes[j].number is not None
                         and self.outcomes[j].measure != "qualitative"]
        self._wordy = [j for j in self._not_completion if _is_qualitative(self.outcomes[j])]
        self._sentences: list[tuple[str, str, str, frozenset[str]]] | None = None

    # -- pairing ----------------------------------------------------------------------

    def candidate(self, i: int, j: int) -> Candidate | None:
        t, o = self.targets[i], self.outcomes[j]
        if o.measure == "completion":
            return self.completion_candidate(t, i, j)
        group_t, group_o = _MEASURE_GROUP.get(t.measure, t.measure), _MEASURE_GROUP.get(o.measure, o.measure)
        if group_t != group_o or group_t in ("qualitative", "completion"):
            return None
        ind = indicator_similarity(t.indicator, o.indicator)
        if ind < MIN_INDICATOR:
            return None
        reasons = [f"indicator {ind:.2f}"]
        conflict = ""
        if t.unit_family != o.unit_family:
            if ind < MIN_CROSS:  # another unit: only the same phrase, or nearly (not 航运相关企业 ↔ …税收)
                return None
            conflict = f"单位不同：目标为“{t.unit}”，实绩为“{o.unit}”"
            reasons.append(f"unit {t.unit_family}≠{o.unit_family}")
        else:
            reasons.append(f"unit {t.unit_family}")
        scope = 0.1
        if (t.increment and o.cumulative) or (t.cumulative and o.increment):
            conflict = conflict or (
                "口径不同：目标为新增量，实绩为累计量" if t.increment else "口径不同：目标为累计量，实绩为新增量"
            )
            scope = -0.1
            reasons.append("scope increment≠cumulative")
        elif t.increment != o.increment:
            scope = 0.0
            reasons.append("scope differs")
        else:
            reasons.append("scope agrees")
        plaus = _plausibility(t, o)
        if t.increment != o.increment and plaus < 0 and not conflict:
            conflict = "口径可能不同：一方为新增量，另一方为总量，且数值相差悬殊"
            reasons.append("scope increment≠total")
        unit_penalty = 0.0
        if t.unit_family == o.unit_family and _count_word(t.unit) != _count_word(o.unit):
            unit_penalty = 0.15
            reasons.append(f"unit {t.unit}≠{o.unit}")
        chapter = dice(
            bigrams(self._chapters_a.get(t.paragraph, "")), bigrams(self._chapters_b.get(o.paragraph, ""))
        )
        headline = 0.0
        role_t = self._role(self._paragraphs_a, t)
        role_o = self._role(self._paragraphs_b, o)
        if role_t == "main_targets" and role_o == "intro":
            headline = 0.1
            reasons.append("headline")
        score = 0.6 * ind + scope + 0.1 * plaus + 0.15 * chapter + headline - unit_penalty
        if score < MIN_SCORE:
            return None
        return Candidate(i, j, min(score, 1.0), tuple(reasons), conflict)

    def completion_candidate(self, t: Figure, i: int, j: int) -> Candidate | None:
        """A numeric target B answers with a stated completion rate only (``重点项目完成年度目标的
        105%``). Needs a closely matching indicator, and scores below an outcome figure of the
        same indicator, so a rate stated beside its figure never takes that figure's place."""
        o = self.outcomes[j]
        if _is_qualitative(t) or o.number is None:
            return None
        ind = indicator_similarity(t.indicator, o.indicator)
        if ind < COMPLETION_INDICATOR:
            return None
        score = 0.6 * ind + 0.1 + 0.15 * self._chapter_similarity(t, o)
        return Candidate(i, j, min(score, 1.0), (f"indicator {ind:.2f}", "stated completion"), "")

    def _starting_value(self, f: Figure) -> bool:
        """``由67.1%提高到68.3%``: the first figure is where the year started, not its outcome."""
        p = self._paragraphs_b.get(f.paragraph)
        return p is not None and bool(_FROM_TO.match(p.text, f.span[1]))

    @staticmethod
    def _role(index: dict[str, Paragraph], f: Figure) -> str:
        p = index.get(f.paragraph)
        return p.role if p else ""

    def cross_candidate(self, i: int, j: int) -> Candidate | None:
        """The same indicator measured another way (growth against level, % against 个百分点,
        a total against an increment): B answered, but not in the target's terms, so the
        pair is shown as not comparable. Only for targets ``candidate`` left unpaired."""
        t, o = self.targets[i], self.outcomes[j]
        if _is_qualitative(t) or o.number is None or o.measure in ("completion", "qualitative"):
            return None
        ind = indicator_similarity(t.indicator, o.indicator)
        if ind < MIN_CROSS:
            return None
        same = _MEASURE_GROUP.get(t.measure) == _MEASURE_GROUP.get(o.measure) and t.unit_family == o.unit_family
        reasons: tuple[str, ...]
        if not same:
            note = f"口径不同：目标为{_what(t)}（{t.text}），实绩为{_what(o)}（{o.text}）"
            reasons = (f"indicator {ind:.2f}", f"measure {t.measure}≠{o.measure}", f"unit {t.unit_family}/{o.unit_family}")
        elif t.increment != o.increment:
            note = f"口径不同：目标为{_scope(t)}（{t.text}），实绩为{_scope(o)}（{o.text}）"
            reasons = (f"indicator {ind:.2f}", "scope increment≠total")
        elif _count_word(t.unit) != _count_word(o.unit):
            note = f"单位不同：目标为“{t.unit}”，实绩为“{o.unit}”"
            reasons = (f"indicator {ind:.2f}", f"unit {t.unit}≠{o.unit}")
        else:
            return None  # alike in every way ``candidate`` weighs: its verdict stands
        chapter = self._chapter_similarity(t, o)
        return Candidate(i, j, 0.7 * ind + 0.2 * chapter + (0.1 if same else 0.0), reasons, note)

    def qualitative_candidate(self, i: int, j: int) -> Candidate | None:
        """A person must judge: a qualitative target (``稳步增长``, ``完成市下达的……任务``) with
        B's figure or statement for a closely matching indicator, or a numeric target that B
        answers only in words (``实际利用外资超额完成全年任务``) for the same indicator."""
        t, o = self.targets[i], self.outcomes[j]
        if o.measure == "completion":
            return None
        if _is_qualitative(t):
            least = MIN_QUALITATIVE
        elif _is_qualitative(o):
            least = MIN_CROSS
        else:
            return None
        ind = indicator_similarity(t.indicator, o.indicator)
        if ind < least:
            return None
        chapter = self._chapter_similarity(t, o)
        return Candidate(i, j, 0.8 * ind + 0.2 * chapter, (f"indicator {ind:.2f}", "qualitative"), "")

    def _chapter_similarity(self, t: Figure, o: Figure) -> float:
        return dice(bigrams(self._chapters_a.get(t.paragraph, "")), bigrams(self._chapters_b.get(o.paragraph, "")))

    def pairs(self, use_links: bool = True) -> dict[int, Candidate]:
        """target index → chosen candidate.

        Pins first; then numeric targets with outcomes of the same measure, greedily by
        score; then the numeric targets left with an outcome of the same indicator measured
        another way (not comparable); then qualitative targets with the outcomes left.
        """
        forced: dict[int, Candidate] = {}
        forbidden: set[tuple[int, int]] = set()
        if use_links:
            for link in self.links:
                for i, t in enumerate(self.targets):
                    if not matches(link.target, t):
                        continue
                    for j, o in enumerate(self.outcomes):
                        if not matches(link.outcome, o):
                            continue
                        if link.action == "forbid":
                            forbidden.add((i, j))
                        elif i not in forced:
                            auto = self.candidate(i, j) or self.cross_candidate(i, j)
                            conflict = auto.conflict if auto else ""
                            forced[i] = Candidate(i, j, 1.0, ("pinned",), conflict)
        chosen = dict(forced)
        used = {c.outcome for c in forced.values()}
        for score, eligible in (
            (self.candidate, self._same_group),
            (self.cross_candidate, self._numeric),
            (self.qualitative_candidate, self._worded),
        ):
            self._greedy(score, eligible, chosen, used, forbidden)
        return chosen

    # Which outcomes a pass may score for target i: the others it would reject anyway, so
    # they are never scored (the ledger runs on every draft: it has to be quick).

    def _same_group(self, i: int) -> list[int]:
        t = self.targets[i]
        if _is_qualitative(t):
            return self._by_group.get("completion", [])
        return self._by_group.get(_MEASURE_GROUP.get(t.measure, t.measure), []) + self._by_group.get("completion", [])

    def _numeric(self, i: int) -> list[int]:
        return [] if _is_qualitative(self.targets[i]) else self._numbers

    def _worded(self, i: int) -> list[int]:
        return self._not_completion if _is_qualitative(self.targets[i]) else self._wordy

    def _greedy(
        self,
        score: Callable[[int, int], Candidate | None],
        eligible: Callable[[int], list[int]],
        chosen: dict[int, Candidate],
        used: set[int],
        forbidden: set[tuple[int, int]],
    ) -> None:
        """Add the best-scoring pairs of targets and outcomes not yet chosen, one each."""
        scored = []
        for i in range(len(self.targets)):
            if i in chosen:
                continue
            for j in eligible(i):
                if j in used or (i, j) in forbidden:
                    continue
                c = score(i, j)
                if c is not None:
                    scored.append((-c.score, i, j, c))
        scored.sort(key=lambda item: item[:3])
        for _, i, j, c in scored:
            if i in chosen or j in used:
                continue
            chosen[i] = c
            used.add(j)

    # -- entries ----------------------------------------------------------------------

    def build(self) -> tuple[tuple[LedgerEntry, ...], tuple[Unplanned, ...]]:
        chosen = self.pairs()
        auto = self.pairs(use_links=False) if self.links else chosen
        entries = []
        for i, t in enumerate(self.targets):
            c = chosen.get(i)
            if c is not None and c.reasons == ("pinned",):
                how = "confirm" if auto.get(i) and auto[i].outcome == c.outcome else "override"
                c = Candidate(c.target, c.outcome, c.score, (f"pinned {how}",), c.conflict)
            entries.append(self._entry(t, c))
        used = {c.outcome for c in chosen.values()}
        unplanned: tuple[Unplanned, ...] = ()
        if not self.single:
            unplanned = tuple(
                Unplanned(o.indicator, FigureRef.of(o))
                for j, o in enumerate(self.outcomes)
                if j not in used and o.measure != "completion"
            )
        return tuple(entries), unplanned

    def _entry(self, t: Figure, c: Candidate | None) -> LedgerEntry:
        target = FigureRef.of(t)
        pinned = c is not None and c.reasons[0].startswith("pinned")
        if _is_qualitative(t) or (c is not None and _is_qualitative(self.outcomes[c.outcome])):
            return self._qualitative(t, target, c)
        if c is None:
            status = "no_baseline" if self.ambition else ("not_in_excerpt" if self.b_partial else "not_reported")
            note = {
                "no_baseline": "本报告未给出该指标的今年实绩",
                "not_in_excerpt": "对比报告仅存摘录，未见该指标，不能据此判断未报告",
                "not_reported": f"本报告未给出该指标的{period_label(self.b.year, self.period)}实绩" if self.single
                else "对比报告未报告该指标的完成情况",
            }[status]
            return LedgerEntry(
                t.indicator, target, None, None, None, status, False,
                Evidence(0.0, (), note, t.paragraph, "", tolerance=self._tol(t)),
            )
        o = self.outcomes[c.outcome]
        outcome = FigureRef.of(o)
        if o.measure == "completion":
            return self._stated_only(t, target, o, outcome, c, pinned)
        stated = None if self.ambition else self.stated_completion(o)
        if c.conflict:
            return LedgerEntry(
                t.indicator, target, outcome, None, stated, "not_comparable", pinned,
                Evidence(c.score, c.reasons, c.conflict, t.paragraph, o.paragraph, tolerance=self._tol(t)),
            )
        verdict = ambition(t, o) if self.ambition else judge(t, o, self.tolerance)
        completion = verdict.completion
        disagreement = completion is not None and stated is not None and abs(completion - stated) > TENTH
        note = ""
        if disagreement:
            note = f"报告自述完成率 {stated}% 与计算值 {completion}% 不一致"
        elif o.estimate:
            note = "实绩为预计数"
        return self._progress(LedgerEntry(
            t.indicator, target, outcome, completion, stated, verdict.status, pinned,
            Evidence(c.score, c.reasons, note, t.paragraph, o.paragraph, disagreement, self._tol(t)),
            verdict.gap, verdict.rule,
        ))

    def _progress(self, entry: LedgerEntry) -> LedgerEntry:
        """An outcome of part of the year (B is a half-year report) against a whole-year target:
        progress (``in_progress``), with its completion or gap and the year's elapsed share
        (时序进度) beside it, never 完成/未完成 (docs/LEDGER.md, rule 6)."""
        if not self.period:
            return entry
        share = elapsed(self.period)
        when = period_label(self.b.year, self.period)
        so_far = f"完成全年目标的{entry.completion}%，" if entry.completion is not None else ""
        if not so_far and entry.stated_completion is not None:
            so_far = f"报告自述完成全年目标的{entry.stated_completion}%，"
        note = f"{when}的实绩，{so_far}时序进度{share}%：是年内进度，不判完成与否"
        if entry.evidence.note:
            note += f"（{entry.evidence.note}）"
        evidence = replace(entry.evidence, note=note, elapsed=share)
        return replace(entry, status="in_progress", evidence=evidence, period=self.period)

    def _stated_only(
        self, t: Figure, target: FigureRef, o: Figure, outcome: FigureRef, c: Candidate, pinned: bool
    ) -> LedgerEntry:
        """The status from B's stated completion rate, the only answer B gives."""
        assert o.number is not None
        rate = o.number
        return self._progress(LedgerEntry(
            t.indicator, target, outcome, None, rate, judge_stated(t, rate, self.tolerance), pinned,
            Evidence(c.score, c.reasons, "实绩仅给出完成率", t.paragraph, o.paragraph, tolerance=self._tol(t)),
            None, "stated",
        ))

    def _tol(self, t: Figure) -> Decimal | None:
        """The tolerance a 左右 target is judged with: 个百分点 for a rate, a fraction otherwise."""
        if t.qualifier != "about":
            return None
        return self.tolerance.points if is_rate(t) else self.tolerance.relative

    def stated_completion(self, o: Figure) -> Decimal | None:
        """B's own completion rate stated right after the outcome, in the same sentence."""
        p = self._paragraphs_b.get(o.paragraph)
        if p is None:
            return None
        end = o.span[1]
        for start, stop in sentence_spans(p.text):
            if start <= o.span[0] < stop:
                m = _STATED.search(p.text, end, stop)
                if m and not _another_amount(p.text[end : m.start()]):
                    return Decimal(m.group(1))
        return None

    def _qualitative(self, t: Figure, target: FigureRef, c: Candidate | None) -> LedgerEntry:
        if c is not None:
            o = self.outcomes[c.outcome]
            pinned = c.reasons[0].startswith("pinned")
            note = "实绩未给出数值，需人工判断" if not _is_qualitative(t) else "需人工判断"
            return LedgerEntry(
                t.indicator, target, FigureRef.of(o), None, None, "qualitative", pinned,
                Evidence(c.score, c.reasons, note, t.paragraph, o.paragraph),
            )
        sentence, section, pid, score = self._best_sentence(t)
        if sentence:
            outcome = FigureRef(t.indicator, None, None, "", "", sentence, section, pid)
            return LedgerEntry(
                t.indicator, target, outcome, None, None, "qualitative", False,
                Evidence(score, (f"sentence {score:.2f}",), "需人工判断", t.paragraph, pid),
            )
        if self.ambition:
            status, note = "qualitative", "定性目标，需人工判断"
        elif self.single:
            status, note = "not_reported", f"本报告未见{period_label(self.b.year, self.period)}的相关表述"
        elif self.b_partial:
            status, note = "not_in_excerpt", "对比报告仅存摘录，未见相关表述"
        else:
            status, note = "not_reported", "对比报告未见相关表述"
        return LedgerEntry(t.indicator, target, None, None, None, status, False, Evidence(0.0, (), note, t.paragraph))

    def _best_sentence(self, t: Figure) -> tuple[str, str, str, float]:
        """The execution-part sentence of B most like a qualitative target's indicator."""
        key = normalize_indicator(t.indicator) or t.indicator
        grams = bigrams(key)
        best = ("", "", "", 0.0)
        if not grams:
            return best
        for sentence, label, pid, words in self._execution_sentences():
            hit = len(grams & words) / len(grams)
            if hit > best[3]:
                best = (sentence, label, pid, hit)
        return best if best[3] >= 0.6 else ("", "", "", 0.0)

    def _execution_sentences(self) -> list[tuple[str, str, str, frozenset[str]]]:
        """B's execution-part sentences with their section label, paragraph id and bigrams,
        in order; cut once for all the qualitative targets."""
        if self._sentences is None:
            self._sentences = [
                (p.text[start:stop], part.number + (chapter.label if chapter else ""), p.id, bigrams(p.text[start:stop]))
                for part, chapter, p in self.b.paragraphs()
                if part is not None and part.role == "execution"
                for start, stop in sentence_spans(p.text)
            ]
        return self._sentences


def _is_qualitative(f: Figure) -> bool:
    return f.measure == "qualitative" or f.number is None


#: How a figure measures, for the note of a not-comparable pair.
_WHAT = {"growth": "增速", "amount": "总量", "count": "数量", "share": "比率", "rank": "排名"}


def _what(f: Figure) -> str:
    if f.unit_family == "points":
        return "变化幅度"
    return _WHAT.get(f.measure, f.measure)


def _scope(f: Figure) -> str:
    return "新增量" if f.increment else ("累计量" if f.cumulative else "总量")


def _count_word(unit: str) -> str:
    """The unit without its scale word: 万家 → 家, 亿元 → 元."""
    return unit.lstrip("万亿千百")


def _another_amount(text: str) -> bool:
    return bool(re.search(r"\d", text))


def _plausibility(t: Figure, o: Figure) -> float:
    """1 when the values are of a like size, falling to -1 when they differ by 10× or more."""
    if t.number is None or o.number is None or t.number <= 0 or o.number <= 0:
        return 0.0
    ratio = float(max(t.number, o.number) / min(t.number, o.number))
    if ratio <= 2:
        return 1.0
    if ratio >= 10:
        return -1.0
    return 1.0 - 2 * (ratio - 2) / 8


def _repeats(f: Figure, known: list[Figure]) -> bool:
    """A table row restating an outcome the text gives: same number, same indicator."""
    return any(
        k.number == f.number and k.unit_family == f.unit_family and indicator_similarity(k.indicator, f.indicator) >= 0.9
        for k in known
    )


def _is_target(f: Figure, report: Report) -> bool:
    """A target of the year the report plans: Y+1, or Y for a report on part of a year (its
    rest-of-year part: ``确保全年…``; docs/LEDGER.md, rule 7)."""
    return f.kind == "target" and f.period in (None, target_year(report)) and f.measure != "completion"


def target_year(report: Report) -> int:
    """The year ``report``'s targets are for: its plan year (Y+1; Y for a report on part of a year)."""
    return periods.target_year(report.meta.year, report.meta.period)


def _is_outcome(f: Figure, report: Report) -> bool:
    return f.kind == "outcome" and f.period in (None, report.year) and f.measure != "completion"


def task_targets(report: Report) -> list[Figure]:
    """The plan's tasks that set no figure (``推进科创园区建设。高标准建设清河科创园，……``):
    a paragraph of a plan chapter opening on a lead sentence, with no target figure in it, is
    one qualitative target named by its lead. Read only against a whole next-year report, where
    B's silence on it means something (against an excerpt it would only add noise)."""
    with_target = {f.paragraph for f in report.figures if f.kind == "target"}
    out = []
    for part, chapter, p in report.paragraphs():
        if part is None or part.role != "plan" or chapter is None or p.role != "body":
            continue
        lead = p.lead.rstrip("。；; ")
        if not lead or p.id in with_target or len(p.text) <= len(p.lead):
            continue
        out.append(
            Figure(
                indicator=normalize_indicator(lead) or lead, value=None, number=None, unit="", unit_family="",
                kind="target", measure="qualitative", qualifier="exact", period=target_year(report),
                section=part.number + chapter.label, paragraph=p.id, span=(0, len(p.text)),
                text=p.text[len(p.lead):], sentence=p.text,
            )
        )
    return out


def _is_completion(f: Figure, report: Report) -> bool:
    return f.kind == "outcome" and f.period in (None, report.year) and f.measure == "completion" and bool(f.indicator)


def _paragraph_index(report: Report) -> dict[str, Paragraph]:
    return {p.id: p for _, _, p in report.paragraphs()}


def _chapter_titles(report: Report) -> dict[str, str]:
    out = {}
    for part, chapter, p in report.paragraphs():
        out[p.id] = chapter.title if chapter else (part.title if part else "")
    return out


def build_ledger(
    a: Report, b: Report, *, links: Iterable[Link] = (), tolerance: Tolerance = Tolerance()
) -> tuple[tuple[LedgerEntry, ...], tuple[Unplanned, ...]]:
    """Ledger entries for every target of ``a`` and the outcomes of ``b`` no target asked for;
    a target that a draft ``b`` answers with a slot (【待填…】) is ``unfilled``.

    ``b`` is ``a`` itself for one-year mode. This is the one pairing of targets with outcomes:
    ``drafter diff``, the draft and the sheet all read it.
    """
    entries, unplanned = Ledger(a, b, links=links, tolerance=tolerance).build()
    if a is b:  # one-year mode (the draft's slots): no draft to find slots in
        return entries, unplanned
    from drafter.compare.unfilled import mark_unfilled

    return mark_unfilled(entries, b), unplanned


__all__ = [
    "DEFAULT_TOLERANCE",
    "DEFAULT_TOLERANCE_POINTS",
    "Ledger",
    "Tolerance",
    "build_ledger",
    "indicator_similarity",  # re-exported from drafter.names for older imports
    "normalize_indicator",
    "task_targets",
]
