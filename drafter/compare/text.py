"""Word-level diff of aligned paragraphs and classification of what changed.

Tokens (words; a figure with its unit and qualifier is one token) are encoded one
character per distinct token, the way diff-match-patch's ``linesToChars`` encodes lines,
so diff-match-patch diffs words, never digits. No timeout: ``Diff_Timeout = 0`` never
trades a good diff for speed. A semantic clean-up then merges fragments a reader would
see as one edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from diff_match_patch import diff_match_patch

from drafter.compare.result import Change, TokenOp
from drafter.compare.unfilled import slot_edit
from drafter.names import normalize_indicator
from drafter.sentences import sentence_spans

Tokenizer = Callable[[str], Sequence[str]]

_FIGURE = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_YEAR = re.compile(r"^(\d{4})年")
_SIMPLE = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[万亿]?(?:余|多)?(?:%|％|个百分点|[亿万]?元|年|[^\W\d_]{0,1})?"
    r"|[A-Za-z]+|\s+|."
)


def simple_tokenize(text: str) -> tuple[str, ...]:
    """A jieba-free tokenizer: numbers with a short unit whole, other characters one by one.

    Used for headings (which carry no stored tokens) and wherever a paragraph lacks them
    and no tokenizer is given.
    """
    return tuple(_SIMPLE.findall(text))


class TokenCodec:
    """Maps each distinct token to one character, shared across a whole comparison."""

    def __init__(self) -> None:
        self._codes: dict[str, str] = {}
        self._tokens: dict[str, str] = {}  # the reverse: character → token

    def encode(self, tokens: Sequence[str]) -> str:
        codes = self._codes
        for token in tokens:
            if token not in codes:
                n = len(codes) + 0x100
                if n >= 0xD800:  # skip the surrogate block
                    n += 0x800
                codes[token] = code = chr(n)
                self._tokens[code] = token
        return "".join(map(codes.__getitem__, tokens))

    def decode(self, chars: str) -> list[str]:
        return list(map(self._tokens.__getitem__, chars))


def _engine() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    return dmp


_DMP = _engine()


def token_diff(a: Sequence[str], b: Sequence[str], codec: TokenCodec | None = None) -> list[tuple[str, list[str]]]:
    """Diff two token sequences; return runs of ``(op, tokens)`` with op equal/insert/delete."""
    codec = codec or TokenCodec()
    a_chars, b_chars = codec.encode(a), codec.encode(b)
    diffs = _DMP.diff_main(a_chars, b_chars, False)
    _DMP.diff_cleanupSemantic(diffs)
    names = {0: "equal", 1: "insert", -1: "delete"}
    return [(names[op], codec.decode(chars)) for op, chars in diffs if chars]


def to_ops(runs: list[tuple[str, list[str]]]) -> tuple[TokenOp, ...]:
    return tuple(TokenOp(op, "".join(tokens)) for op, tokens in runs)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Hunk:
    """A run of deleted and inserted tokens between two kept runs.

    a_start/a_end, b_start/b_end: character offsets in the A and B texts
    """

    old: tuple[str, ...]
    new: tuple[str, ...]
    a_start: int
    a_end: int
    b_start: int
    b_end: int


def hunks(runs: list[tuple[str, list[str]]]) -> list[Hunk]:
    out: list[Hunk] = []
    a_pos = b_pos = 0
    old: list[str] = []
    new: list[str] = []
    a_start = b_start = 0

    def flush() -> None:
        if old or new:
            out.append(Hunk(tuple(old), tuple(new), a_start, a_pos, b_start, b_pos))
        old.clear()
        new.clear()

    for op, tokens in runs:
        length = sum(len(t) for t in tokens)
        if op == "equal":
            flush()
            a_pos += length
            b_pos += length
            continue
        if not old and not new:
            a_start, b_start = a_pos, b_pos
        if op == "delete":
            old.extend(tokens)
            a_pos += length
        else:
            new.extend(tokens)
            b_pos += length
    flush()
    return out


def is_figure(token: str) -> bool:
    return bool(_FIGURE.match(token)) and not _YEAR.match(token)


def _content(tokens: Sequence[str]) -> list[str]:
    return [t for t in tokens if t.strip()]


def _sentence_index(spans: list[tuple[int, int]], pos: int, *, end: bool = False) -> int:
    for i, (start, stop) in enumerate(spans):
        if (start < pos <= stop) if end else (start <= pos < stop):
            return i
    return len(spans) - 1 if pos >= spans[-1][0] else 0


IndicatorLookup = Callable[[str, int, str, int], str]


@dataclass(frozen=True)
class ParagraphContext:
    """Where a paragraph pair stands, for labelling its changes."""

    section: str
    a_id: str
    b_id: str
    year_delta: int


def classify(
    a_text: str,
    b_text: str,
    runs: list[tuple[str, list[str]]],
    ctx: ParagraphContext,
    indicator_of: IndicatorLookup | None = None,
) -> list[Change]:
    """The classified changes of a paragraph's token diff (see ``classify_ops``)."""
    return classify_ops(a_text, b_text, runs, ctx, indicator_of)[1]


def classify_ops(
    a_text: str,
    b_text: str,
    runs: list[tuple[str, list[str]]],
    ctx: ParagraphContext,
    indicator_of: IndicatorLookup | None = None,
) -> tuple[tuple[TokenOp, ...], list[Change]]:
    """Turn a paragraph's token diff into changes and the ops that show them.

    A hunk that swaps one figure for another is ``figure_changed``; one that moves a year
    forward by the distance between the reports is ``year_rolled``; every other hunk is
    wording, and the wording hunks of one sentence make one change showing both sentences.

    The ops are the token diff with every inserted or deleted run labelled with the kind of
    the change it belongs to; a figure or year found inside a larger reworded hunk gets its
    own deletion and insertion (``121.47亿元`` → ``129.97亿元``), so every renderer shows the
    same changes without diffing again. Each change carries its character spans.
    """
    changes: list[tuple[int, Change]] = []
    wording: list[Hunk] = []
    ops: list[TokenOp] = []
    a_pos = 0
    for hunk in hunks(runs):
        if hunk.a_start > a_pos:
            ops.append(TokenOp("equal", a_text[a_pos : hunk.a_start]))
        a_pos = hunk.a_end
        segments: list[tuple[Hunk, str]] = []
        for piece in _split(hunk, a_text, b_text):
            if slot_edit(a_text[piece.a_start : piece.a_end], b_text, piece.b_start, piece.b_end):
                # a draft's slot (300P → 【待更新：300P】) is not a change of the text; its ops
                # still spell both texts, so a redline accepts to B and rejects to A
                segments.append((piece, "wording"))
                continue
            special = _special(piece, a_text, b_text, ctx, indicator_of)
            if special is None:
                wording.append(piece)
                segments.append((piece, "wording"))
            else:
                changes.extend((piece.b_start, c) for c in special)
                segments.append((piece, special[0].kind))
        ops.extend(_segment_ops(hunk, segments, a_text, b_text))
    if a_pos < len(a_text):
        ops.append(TokenOp("equal", a_text[a_pos:]))
    changes.extend(_wording(wording, a_text, b_text, ctx))
    changes.sort(key=lambda item: item[0])
    return tuple(ops), [c for _, c in changes]


def _segment_ops(hunk: Hunk, segments: list[tuple[Hunk, str]], a_text: str, b_text: str) -> list[TokenOp]:
    """Ops of one hunk: each figure or year piece its own deletion and insertion, the wording
    pieces between them merged back into one (as the semantic clean-up showed them), and the
    words the pieces share left equal."""
    if all(kind == "wording" for _, kind in segments):
        return _pair_ops(a_text[hunk.a_start : hunk.a_end], b_text[hunk.b_start : hunk.b_end], "wording")
    merged: list[list[Any]] = []  # [a_start, a_end, b_start, b_end, kind]
    for piece, kind in segments:
        if merged and kind == "wording" and merged[-1][4] == "wording":
            merged[-1][1], merged[-1][3] = piece.a_end, piece.b_end
        else:
            merged.append([piece.a_start, piece.a_end, piece.b_start, piece.b_end, kind])
    out: list[TokenOp] = []
    a_pos = hunk.a_start
    for a0, a1, b0, b1, kind in merged:
        if a0 > a_pos:
            out.append(TokenOp("equal", a_text[a_pos:a0]))
        out.extend(_pair_ops(a_text[a0:a1], b_text[b0:b1], kind))
        a_pos = a1
    if a_pos < hunk.a_end:
        out.append(TokenOp("equal", a_text[a_pos : hunk.a_end]))
    return out


def _pair_ops(old: str, new: str, kind: str) -> list[TokenOp]:
    out = []
    if old:
        out.append(TokenOp("delete", old, kind))  # type: ignore[arg-type]
    if new:
        out.append(TokenOp("insert", new, kind))  # type: ignore[arg-type]
    return out


def _split(hunk: Hunk, a_text: str, b_text: str) -> list[Hunk]:
    """A hunk re-diffed without semantic clean-up, so a figure swallowed by the clean-up
    (``30亿元。工作扎实`` → ``35亿元。各项工作稳步``) is still found as a figure change;
    the wording pieces are regrouped by sentence afterwards."""
    if not hunk.old or not hunk.new:
        return [hunk]
    codec = TokenCodec()
    diffs = _DMP.diff_main(codec.encode(hunk.old), codec.encode(hunk.new), False)
    names = {0: "equal", 1: "insert", -1: "delete"}
    runs = [(names[op], codec.decode(chars)) for op, chars in diffs if chars]
    return [
        piece
        for h in hunks(runs)
        for piece in _peel(
            Hunk(h.old, h.new, h.a_start + hunk.a_start, h.a_end + hunk.a_start, h.b_start + hunk.b_start, h.b_end + hunk.b_start),
            a_text,
            b_text,
        )
    ]


def _unit(token: str) -> str:
    """A figure token's unit: 2.5亿美元 → 亿美元, 300张左右 → 张."""
    return re.sub(r"(左右|以上|以下|以内|及以上)$", "", re.sub(r"^[\d.,，—\-~～至%]+", "", token))


_CLAUSE_END = "，。；、,;"


def _peel(hunk: Hunk, a_text: str, b_text: str) -> list[Hunk]:
    """A figure changed at the head of a reworded run (``2.5亿美元；新增市场主体1.2万户`` →
    ``2.6亿美元``: the figure changed and the next clause was dropped) is split off as its own
    hunk, so it is still a figure change. Only when the same words stand right before it on
    both sides (one indicator), it closes its clause on both sides, and the unit agrees."""
    if not hunk.old or not hunk.new or len(hunk.old) == len(hunk.new):
        return [hunk]
    o, n = hunk.old[0], hunk.new[0]
    if not (is_figure(o) and is_figure(n) and _unit(o) == _unit(n) and o != n):
        return [hunk]
    a_end, b_end = hunk.a_start + len(o), hunk.b_start + len(n)
    indicator = _indicator_before(a_text, hunk.a_start) if hunk.a_start else ""
    if not indicator or indicator != _indicator_before(b_text, hunk.b_start):
        return [hunk]
    if a_text[a_end : a_end + 1] not in _CLAUSE_END or b_text[b_end : b_end + 1] not in _CLAUSE_END:
        return [hunk]
    head = Hunk((o,), (n,), hunk.a_start, a_end, hunk.b_start, b_end)
    return [head, Hunk(hunk.old[1:], hunk.new[1:], a_end, hunk.a_end, b_end, hunk.b_end)]


def _special(
    hunk: Hunk, a_text: str, b_text: str, ctx: ParagraphContext, indicator_of: IndicatorLookup | None
) -> list[Change] | None:
    old, new = _content(hunk.old), _content(hunk.new)
    if not old or not new or len(old) != len(new):
        return None
    if all(_YEAR.match(o) and _YEAR.match(n) for o, n in zip(old, new, strict=True)):
        rolled = all(
            int(_YEAR.match(n).group(1)) - int(_YEAR.match(o).group(1)) == ctx.year_delta  # type: ignore[union-attr]
            and o[4:] == n[4:]
            for o, n in zip(old, new, strict=True)
        )
        if not rolled:
            return None
        return [
            Change(
                "year_rolled", ctx.section, "".join(hunk.old), "".join(hunk.new), ctx.a_id, ctx.b_id,
                span_a=(hunk.a_start, hunk.a_end), span_b=(hunk.b_start, hunk.b_end),
            )
        ]
    if not all(is_figure(o) and is_figure(n) for o, n in zip(old, new, strict=True)):
        return None
    out = []
    a_offsets = _offsets(hunk.old, hunk.a_start)
    b_offsets = _offsets(hunk.new, hunk.b_start)
    for o, n in zip(old, new, strict=True):
        a_pos, b_pos = a_offsets[o].pop(0), b_offsets[n].pop(0)
        indicator = indicator_of(ctx.b_id, b_pos, ctx.a_id, a_pos) if indicator_of else ""
        if not indicator:
            indicator = _indicator_before(b_text, b_pos)
        out.append(
            Change(
                "figure_changed", ctx.section, o, n, ctx.a_id, ctx.b_id, indicator=indicator, old_value=o,
                new_value=n, span_a=(a_pos, a_pos + len(o)), span_b=(b_pos, b_pos + len(n)),
            )
        )
    return out


def _offsets(tokens: Sequence[str], start: int) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    pos = start
    for token in tokens:
        out.setdefault(token, []).append(pos)
        pos += len(token)
    return out


_STOP = "，。；：、,;:（）()“”"


def _indicator_before(text: str, pos: int) -> str:
    """The words before a figure back to the previous punctuation, verbs trimmed."""
    start = pos
    while start > 0 and text[start - 1] not in _STOP and pos - start < 20:
        start -= 1
    phrase = re.sub(r"^.*\d{4}年(?:的)?", "", text[start:pos])
    return normalize_indicator(phrase) or text[start:pos].strip()


def _wording(hunks_: list[Hunk], a_text: str, b_text: str, ctx: ParagraphContext) -> list[tuple[int, Change]]:
    """Group wording hunks by the sentences they touch: one change per reworded sentence run."""
    if not hunks_:
        return []
    a_spans, b_spans = sentence_spans(a_text), sentence_spans(b_text)
    groups: list[list[int]] = []  # [a_first, a_last, b_first, b_last]
    for h in hunks_:
        a0 = _sentence_index(a_spans, h.a_start)
        a1 = _sentence_index(a_spans, h.a_end, end=True) if h.a_end > h.a_start else a0
        b0 = _sentence_index(b_spans, h.b_start)
        b1 = _sentence_index(b_spans, h.b_end, end=True) if h.b_end > h.b_start else b0
        if h.a_end == h.a_start and h.a_start == len(a_text) and a_text:
            a0 = a1 = len(a_spans) - 1
        if h.b_end == h.b_start and h.b_start == len(b_text) and b_text:
            b0 = b1 = len(b_spans) - 1
        if groups and (a0 <= groups[-1][1] or b0 <= groups[-1][3]):
            g = groups[-1]
            g[1], g[3] = max(g[1], a1), max(g[3], b1)
        else:
            groups.append([a0, a1, b0, b1])
    out = []
    for a0, a1, b0, b1 in groups:
        span_a, span_b = (a_spans[a0][0], a_spans[a1][1]), (b_spans[b0][0], b_spans[b1][1])
        old, new = a_text[span_a[0] : span_a[1]], b_text[span_b[0] : span_b[1]]
        change = Change("wording", ctx.section, old, new, ctx.a_id, ctx.b_id, span_a=span_a, span_b=span_b)
        out.append((span_b[0], change))
    return out
