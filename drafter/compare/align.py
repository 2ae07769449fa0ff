"""Align two reports section by section: parts by role, chapters and paragraphs by similarity.

Position is never the key: a chapter that changed its place is matched where it went and
marked moved (it falls outside the longest run kept in order); a paragraph that left its
chapter is matched in its new chapter, also as moved. Similarity is the Dice coefficient of
character bigrams of normalized text, so it needs no word segmentation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from drafter.model import Chapter, Paragraph, Part, Report
from drafter.names import PUNCTUATION, bigrams, dice

CHAPTER_THRESHOLD = 0.2
PARAGRAPH_THRESHOLD = 0.3
MOVED_THRESHOLD = 0.45

#: A paragraph pair with the same lead sentence or the same one-of-a-kind role scores at
#: least this (then rises with the similarity of the texts).
SAME_FLOOR = 0.5
#: Paragraph roles a report has once per part: what A said there, B rewrote there.
UNIQUE_ROLES = frozenset({"shortcomings", "requirements", "main_targets"})

@dataclass(frozen=True)
class Section:
    """A run of paragraphs under one heading: front matter, part-level text, a chapter."""

    key: str  # role-based key for parts: "front", "execution", "plan/c" …
    label: str  # 二（三）, 一, 前言, 结束语
    title: str
    paragraphs: tuple[Paragraph, ...]
    part: Part | None = None
    chapter: Chapter | None = None


@dataclass(frozen=True)
class ParagraphPair:
    a: Paragraph | None
    b: Paragraph | None
    moved: bool
    similarity: float


@dataclass(frozen=True)
class SectionPair:
    a: Section | None
    b: Section | None
    moved: bool
    paragraphs: tuple[ParagraphPair, ...]


def sections(report: Report) -> list[Section]:
    """The report's sections in document order."""
    out = []
    if report.front:
        out.append(Section("front", "前言", "", report.front))
    for part in report.parts:
        out.append(Section(_part_key(part), part.number, part.title, part.paragraphs, part))
        for chapter in part.chapters:
            label = f"{part.number}{chapter.label}"
            out.append(Section(_part_key(part) + "/c", label, chapter.title, chapter.paragraphs, part, chapter))
    if report.closing:
        out.append(Section("closing", "结束语", "", report.closing))
    return out


def _part_key(part: Part) -> str:
    return part.role if part.role != "other" else f"other{part.number}"


T = TypeVar("T")


def greedy_match(
    a: Sequence[T], b: Sequence[T], score: Callable[[T, T], float], threshold: float
) -> list[tuple[int, int, float]]:
    """One-to-one pairs by descending score (ties by position), each at least ``threshold``."""
    candidates = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            s = score(x, y)
            if s >= threshold:
                candidates.append((-s, abs(i - j), i, j))
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for neg, _, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j, -neg))
    pairs.sort()
    return pairs


def in_order(pairs: list[tuple[int, int, float]]) -> set[int]:
    """Indices (into ``pairs``, sorted by A position) of the longest run increasing in B."""
    n = len(pairs)
    if not n:
        return set()
    best = [1] * n
    prev = [-1] * n
    for k in range(n):
        for m in range(k):
            if pairs[m][1] < pairs[k][1] and best[m] + 1 > best[k]:
                best[k], prev[k] = best[m] + 1, m
    k = max(range(n), key=lambda i: (best[i], -i))
    keep = set()
    while k >= 0:
        keep.add(k)
        k = prev[k]
    return keep


class Aligner:
    """Aligns two reports; bigrams are computed once per paragraph."""

    def __init__(self, a: Report, b: Report) -> None:
        self.a, self.b = a, b
        self._grams: dict[tuple[int, str], frozenset[str]] = {}
        self._bodies: dict[tuple[int, str, str], frozenset[str]] = {}

    def grams(self, side: int, p: Paragraph) -> frozenset[str]:
        key = (side, p.id)
        if key not in self._grams:
            self._grams[key] = bigrams(p.text)
        return self._grams[key]

    def sim(self, pa: Paragraph, pb: Paragraph) -> float:
        """Bigram similarity, raised where the genre says the two are the same paragraph
        rewritten: the same lead sentence (``稳定粮食生产。`` over a new body), or the same
        one-of-a-kind role (the shortcomings paragraph, the main targets)."""
        s = dice(self.grams(0, pa), self.grams(1, pb))
        if _same_lead(pa, pb) or (pa.role == pb.role and pa.role in UNIQUE_ROLES):
            return SAME_FLOOR + (1 - SAME_FLOOR) * s
        return s

    def align(self) -> list[SectionPair]:
        sa, sb = sections(self.a), sections(self.b)
        section_pairs = self._sections(sa, sb)
        return self._paragraphs(section_pairs)

    def _section_score(self, x: Section, y: Section) -> float:
        if x.key != y.key:
            return 0.0
        if x.chapter is None:
            return 1.0
        title = dice(bigrams(x.title), bigrams(y.title))
        return 0.4 * title + 0.6 * dice(self.body(0, x), self.body(1, y))

    def body(self, side: int, section: Section) -> frozenset[str]:
        """The bigrams of a section's paragraphs together, computed once per section."""
        key = (side, section.key, section.label)
        found = self._bodies.get(key)
        if found is None:
            found = frozenset().union(*(self.grams(side, p) for p in section.paragraphs))
            self._bodies[key] = found
        return found

    def _sections(self, sa: list[Section], sb: list[Section]) -> list[tuple[Section | None, Section | None, bool]]:
        pairs = greedy_match(sa, sb, self._section_score, CHAPTER_THRESHOLD)
        keep = self._kept_chapters(pairs, sa)
        matched_a = {i for i, _, _ in pairs}
        by_b = {j: (i, k) for k, (i, j, _) in enumerate(pairs)}
        out: list[tuple[Section | None, Section | None, bool]] = []
        pending_a = [i for i in range(len(sa)) if i not in matched_a]
        for j, section in enumerate(sb):
            if j in by_b:
                i, k = by_b[j]
                while pending_a and pending_a[0] < i:
                    out.append((sa[pending_a.pop(0)], None, False))
                out.append((sa[i], section, k not in keep))
            else:
                out.append((None, section, False))
        out.extend((sa[i], None, False) for i in pending_a)
        return out

    @staticmethod
    def _kept_chapters(pairs: list[tuple[int, int, float]], sa: list[Section]) -> set[int]:
        """Pairs kept in order per part; chapters outside the run are moved."""
        keep: set[int] = set()
        groups: dict[str, list[int]] = {}
        for k, (i, _, _) in enumerate(pairs):
            groups.setdefault(sa[i].key, []).append(k)
        for ks in groups.values():
            sub = [pairs[k] for k in ks]
            keep.update(ks[m] for m in in_order(sub))
        return keep

    def _paragraphs(self, section_pairs: list[tuple[Section | None, Section | None, bool]]) -> list[SectionPair]:
        inner: list[list[ParagraphPair]] = []
        leftovers_a: list[tuple[int, Paragraph]] = []
        leftovers_b: list[tuple[int, Paragraph]] = []
        for n, (x, y, _) in enumerate(section_pairs):
            pas = list(x.paragraphs) if x else []
            pbs = list(y.paragraphs) if y else []
            pairs = greedy_match(pas, pbs, self.sim, PARAGRAPH_THRESHOLD)
            keep = in_order(pairs)
            got: list[ParagraphPair] = []
            for k, (i, j, s) in enumerate(pairs):
                got.append(ParagraphPair(pas[i], pbs[j], k not in keep, s))
            matched_a = {i for i, _, _ in pairs}
            matched_b = {j for _, j, _ in pairs}
            leftovers_a.extend((n, p) for i, p in enumerate(pas) if i not in matched_a)
            leftovers_b.extend((n, p) for j, p in enumerate(pbs) if j not in matched_b)
            inner.append(got)
        cross = greedy_match(
            [p for _, p in leftovers_a], [p for _, p in leftovers_b], self.sim, MOVED_THRESHOLD
        )
        moved_a = {i for i, _, _ in cross}
        moved_b = {j for _, j, _ in cross}
        for i, j, s in cross:
            n, pb = leftovers_b[j]
            inner[n].append(ParagraphPair(leftovers_a[i][1], pb, True, s))
        for j, (n, pb) in enumerate(leftovers_b):
            if j not in moved_b:
                inner[n].append(ParagraphPair(None, pb, False, 0.0))
        for i, (n, pa) in enumerate(leftovers_a):
            if i not in moved_a:
                inner[n].append(ParagraphPair(pa, None, False, 0.0))
        out = []
        for (x, y, moved), got in zip(section_pairs, inner, strict=True):
            out.append(SectionPair(x, y, moved, tuple(_order(got))))
        return out


def _same_lead(pa: Paragraph, pb: Paragraph) -> bool:
    """Both open with the same lead sentence (punctuation aside), long enough to name a topic."""
    la, lb = PUNCTUATION.sub("", pa.lead), PUNCTUATION.sub("", pb.lead)
    return len(la) >= 4 and la == lb


def _order(pairs: list[ParagraphPair]) -> list[ParagraphPair]:
    """B's order; a removed paragraph goes after the pair holding its A predecessor."""
    present = sorted((p for p in pairs if p.b is not None), key=lambda p: p.b.index)  # type: ignore[union-attr]
    removed = sorted((p for p in pairs if p.b is None), key=lambda p: p.a.index)  # type: ignore[union-attr]
    out: list[ParagraphPair] = []
    for pair in present:
        out.append(pair)
    for gone in removed:
        assert gone.a is not None
        slot = 0
        for k, pair in enumerate(out):
            if pair.a is not None and pair.a.index < gone.a.index and not pair.moved:
                slot = k + 1
        out.insert(slot, gone)
    return out


def align(a: Report, b: Report) -> list[SectionPair]:
    """Aligned sections of two reports, in B's order (sections only in A where they stood)."""
    return Aligner(a, b).align()
