"""What compare hands every renderer: labelled ops and changes with spans (issue 11).

The review page and the Word redline both render these; neither diffs again. Checked on the
hand-checked pairs and the full-length pair.
"""

from __future__ import annotations

import pytest
from redline_pair import NAMES, pair

from drafter.app import Comparison

KINDS = {"figure_changed", "year_rolled", "wording", "added", "removed"}


@pytest.fixture(scope="module")
def compared(full_pair: Comparison) -> list[Comparison]:
    return [*(pair(n) for n in NAMES), full_pair]


def _texts(c: Comparison) -> tuple[dict[str, str], dict[str, str]]:
    return ({p.id: p.text for _, _, p in c.a.paragraphs()}, {p.id: p.text for _, _, p in c.b.paragraphs()})


def test_ops_spell_both_texts_and_every_edit_has_a_kind(compared: list[Comparison]) -> None:
    for c in compared:
        a_text, b_text = _texts(c)
        for section in c.result.sections:
            for p in section.paragraphs:
                if p.a:
                    assert "".join(o.text for o in p.ops if o.op != "insert") == a_text[p.a]
                if p.b:
                    assert "".join(o.text for o in p.ops if o.op != "delete") == b_text[p.b]
                assert all(o.kind in KINDS for o in p.ops if o.op != "equal")
                assert all(not o.kind for o in p.ops if o.op == "equal")
            if section.title_ops:
                assert "".join(o.text for o in section.title_ops if o.op != "insert") == section.title_a
                assert "".join(o.text for o in section.title_ops if o.op != "delete") == section.title_b


def test_changes_carry_spans_of_their_text(compared: list[Comparison]) -> None:
    for c in compared:
        a_text, b_text = _texts(c)
        for change in c.result.changes:
            if change.paragraph_a and change.kind != "moved":
                assert a_text[change.paragraph_a][slice(*change.span_a)] == change.old, change
            if change.paragraph_b and change.kind != "moved":
                assert b_text[change.paragraph_b][slice(*change.span_b)] == change.new, change


def test_each_figure_change_is_its_own_deletion_and_insertion(compared: list[Comparison]) -> None:
    """``121.47亿元 → 129.97亿元`` is one deletion and one insertion at the change's spans,
    also where the figure stands inside a reworded run."""
    for c in compared:
        ops = {(p.a, p.b): p.ops for s in c.result.sections for p in s.paragraphs}
        for change in c.result.changes:
            if change.kind != "figure_changed" or not change.paragraph_a:
                continue
            a = b = 0
            found = []
            for op in ops[(change.paragraph_a, change.paragraph_b)]:
                if op.op == "delete" and a == change.span_a[0]:
                    found.append(("delete", op.text, op.kind))
                if op.op == "insert" and b == change.span_b[0]:
                    found.append(("insert", op.text, op.kind))
                a += len(op.text) if op.op != "insert" else 0
                b += len(op.text) if op.op != "delete" else 0
            assert ("delete", change.old_value, "figure_changed") in found, change
            assert ("insert", change.new_value, "figure_changed") in found, change


def test_review_page_badges_come_from_compare(compared: list[Comparison]) -> None:
    from drafter.render.review import review_context

    c = compared[-1]
    context = review_context(c.result, c.a, c.b)
    badges = [
        piece["badge"]
        for section in context["sections"]
        for row in section["rows"]
        for side in (row["b"],)
        if side
        for sentence in side["sentences"]
        for fig in sentence["figures"]
        for piece in fig["pieces"]
        if piece["kind"] == "figure_changed" and piece["badge"]
    ]
    moved = {(p.a, p.b) for s in c.result.sections for p in s.paragraphs if p.status == "moved"}
    figures = [ch for ch in c.result.changes if ch.kind == "figure_changed" and ch.paragraph_a
               and (ch.paragraph_a, ch.paragraph_b) not in moved]
    shown = "；".join(badges)
    for change in figures:
        assert f"{change.old_value} → {change.new_value}" in shown, change
