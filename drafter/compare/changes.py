"""Text changes of two aligned reports: section diffs with token ops, and classified changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from drafter.compare.align import SectionPair, align
from drafter.compare.result import Change, ParagraphDiff, ParagraphStatus, SectionDiff, TokenOp
from drafter.compare.text import (
    ParagraphContext,
    TokenCodec,
    Tokenizer,
    classify_ops,
    simple_tokenize,
    token_diff,
)
from drafter.model import Figure, Paragraph, Report


class ChangeFinder:
    """Diffs aligned paragraphs word by word and labels each change.

    When report B is an excerpt, what it lacks of A is left out rather than reported as
    removed: the archive does not hold the rest of B.

    tokenizer: used for a paragraph whose stored tokens are missing or stale (they must
    join to its text); None falls back to a jieba-free character tokenizer.
    """

    def __init__(self, a: Report, b: Report, tokenizer: Tokenizer | None = None) -> None:
        self.a, self.b = a, b
        self.tokenizer = tokenizer
        self.codec = TokenCodec()
        self.delta = b.year - a.year
        self._figures_a = _figures_by_paragraph(a)
        self._figures_b = _figures_by_paragraph(b)

    def tokens(self, p: Paragraph) -> Sequence[str]:
        if p.tokens and "".join(p.tokens) == p.text:
            return p.tokens
        return (self.tokenizer or simple_tokenize)(p.text)

    def indicator_of(self, b_id: str, b_pos: int, a_id: str, a_pos: int) -> str:
        for figures, pid, pos in ((self._figures_b, b_id, b_pos), (self._figures_a, a_id, a_pos)):
            for f in figures.get(pid, ()):
                if f.span[0] <= pos < f.span[1] and f.indicator:
                    return f.indicator
        return ""

    def run(self) -> tuple[tuple[SectionDiff, ...], tuple[Change, ...]]:
        sections: list[SectionDiff] = []
        changes: list[Change] = []
        excerpt = self.b.coverage.excerpt
        for pair in align(self.a, self.b):
            if excerpt:  # B's silence proves nothing: what it lacks is not "removed"
                if pair.b is None:
                    continue
                pair = replace(pair, paragraphs=tuple(p for p in pair.paragraphs if p.b is not None))
            section, found = self._section(pair)
            sections.append(section)
            changes.extend(found)
        return tuple(sections), tuple(changes)

    def _section(self, pair: SectionPair) -> tuple[SectionDiff, list[Change]]:
        label_a = pair.a.label if pair.a else ""
        label_b = pair.b.label if pair.b else ""
        title_a = pair.a.title if pair.a else ""
        title_b = pair.b.title if pair.b else ""
        label = label_b or label_a
        changes: list[Change] = []
        title_ops: tuple[TokenOp, ...] = ()
        if pair.a is None and title_b:
            changes.append(Change("added", label, "", title_b, span_b=(0, len(title_b))))
        elif pair.b is None and title_a:
            changes.append(Change("removed", label, title_a, "", span_a=(0, len(title_a))))
        elif pair.moved:
            changes.append(
                Change("moved", label, f"{label_a} {title_a}", f"{label_b} {title_b}",
                       span_a=(0, len(title_a)), span_b=(0, len(title_b)))
            )
        if pair.a is not None and pair.b is not None and title_a != title_b:
            title_ops, found = self.diff_text(title_a, title_b, ParagraphContext(label, "", "", self.delta))
            changes.extend(found)
        paragraphs = []
        for pp in pair.paragraphs:
            diff, found = self._paragraph(pp.a, pp.b, pp.moved, pp.similarity, label)
            paragraphs.append(diff)
            changes.extend(found)
        section = SectionDiff(label_a, label_b, title_a, title_b, pair.moved, tuple(paragraphs), title_ops)
        return section, changes

    def _paragraph(
        self, a: Paragraph | None, b: Paragraph | None, moved: bool, similarity: float, label: str
    ) -> tuple[ParagraphDiff, list[Change]]:
        if a is None:
            assert b is not None
            return ParagraphDiff("", b.id, "added", (TokenOp("insert", b.text, "added"),)), [
                Change("added", label, "", b.text, "", b.id, span_b=(0, len(b.text)))
            ]
        if b is None:
            return ParagraphDiff(a.id, "", "removed", (TokenOp("delete", a.text, "removed"),)), [
                Change("removed", label, a.text, "", a.id, "", span_a=(0, len(a.text)))
            ]
        changes: list[Change] = []
        if moved:
            changes.append(
                Change("moved", label, a.text, b.text, a.id, b.id, span_a=(0, len(a.text)), span_b=(0, len(b.text)))
            )
        if a.text == b.text:
            status: ParagraphStatus = "moved" if moved else "equal"
            return ParagraphDiff(a.id, b.id, status, (TokenOp("equal", b.text),), similarity), changes
        ctx = ParagraphContext(label, a.id, b.id, self.delta)
        ops, found = self.diff_text(a.text, b.text, ctx, self.tokens(a), self.tokens(b))
        changes.extend(found)
        status = "moved" if moved else "changed"  # type: ignore[assignment]
        return ParagraphDiff(a.id, b.id, status, ops, similarity), changes

    def diff_text(
        self,
        a_text: str,
        b_text: str,
        ctx: ParagraphContext,
        a_tokens: Sequence[str] | None = None,
        b_tokens: Sequence[str] | None = None,
    ) -> tuple[tuple[TokenOp, ...], list[Change]]:
        """Labelled ops and classified changes of two texts (a heading's when no tokens are
        given: headings carry no stored tokens, so the jieba-free tokenizer cuts them)."""
        if a_text == b_text:
            return ((TokenOp("equal", a_text),) if a_text else ()), []
        a_tokens = simple_tokenize(a_text) if a_tokens is None else a_tokens
        b_tokens = simple_tokenize(b_text) if b_tokens is None else b_tokens
        runs = token_diff(a_tokens, b_tokens, self.codec)
        return classify_ops(a_text, b_text, runs, ctx, self.indicator_of if ctx.a_id else None)


def _figures_by_paragraph(report: Report) -> dict[str, list[Figure]]:
    out: dict[str, list[Figure]] = {}
    for f in report.figures:
        out.setdefault(f.paragraph, []).append(f)
    return out


def find_changes(
    a: Report, b: Report, tokenizer: Tokenizer | None = None
) -> tuple[tuple[SectionDiff, ...], tuple[Change, ...]]:
    """Aligned section diffs and classified changes from report ``a`` to report ``b``."""
    return ChangeFinder(a, b, tokenizer).run()


def diff_line(a_text: str, b_text: str, year_delta: int, section: str = "") -> tuple[tuple[TokenOp, ...], list[Change]]:
    """Labelled ops and changes of two lines outside the aligned sections (a report's title,
    the meeting line under it), cut by the jieba-free tokenizer as headings are."""
    return _LineDiffer(year_delta).diff_text(a_text, b_text, ParagraphContext(section, "", "", year_delta))


class _LineDiffer(ChangeFinder):
    """A ChangeFinder without reports: only ``diff_text`` is used."""

    def __init__(self, year_delta: int) -> None:
        self.tokenizer = None
        self.codec = TokenCodec()
        self.delta = year_delta
        self._figures_a: dict[str, list[Figure]] = {}
        self._figures_b: dict[str, list[Figure]] = {}
