"""One source of counts and labels on the review page (issue 10): the headline count is the sum
of the kinds it lists and the toolbar's total; the ledger shows the terminal's target text and
the terminal's 完成情况; sorting by 完成情况 never puts a met ceiling among the missed."""

from __future__ import annotations

import re

import pytest


@pytest.fixture(scope="module")
def page(ledger_compared):  # type: ignore[no-untyped-def]
    from drafter.render.review import render_review_html, review_context

    compared = ledger_compared
    context = review_context(compared.result, compared.a, compared.b)
    return compared.result, context, render_review_html(compared.result, compared.a, compared.b)


def test_headline_equals_its_kinds_and_the_toolbar(page) -> None:  # type: ignore[no-untyped-def]
    result, context, html = page
    headline = int(re.search(r'正文改动 <b id="change-total">(\d+)</b> 处', html).group(1))
    kinds = [int(n) for n in re.findall(r'<span class="kind-count" data-kind="[a-z_]+">[^<]*?(\d+)</span>', html)]
    toolbar = int(re.search(r'<span id="nav-pos" class="nav-pos">共 (\d+) 处</span>', html).group(1))
    assert headline == sum(kinds) == toolbar == result.change_total() > 0
    assert "year_rolled" not in re.findall(r'data-kind="([a-z_]+)"', html)


def test_ledger_shows_the_terminal_text(page) -> None:  # type: ignore[no-untyped-def]
    from drafter.render.diff_text import figure_text, result_text

    result, context, _ = page
    for row, entry in zip(context["ledger"], result.targets, strict=True):
        assert row["target"] == figure_text(entry.target)
        assert row["completion"] in ("", result_text(entry))
    texts = {r["indicator"]: r["target"] for r in context["ledger"]}
    assert texts["技术合同成交额"] == "≥123亿元" and texts["税收"] == "≥1亿元"
    gaps = {r["indicator"]: r["completion"] for r in context["ledger"]}
    assert gaps["地区生产总值"] == "-0.8个百分点" and gaps["降尘量均值"] == "-0.2吨/月·平方公里"


def test_sorting_keeps_met_ceilings_with_the_met(page) -> None:  # type: ignore[no-untyped-def]
    _, context, _ = page
    rows = sorted(context["ledger"], key=lambda r: float(r["completion_sort"]))
    order = [r["status"] for r in rows if r["status"] in ("missed", "met", "exceeded")]
    assert order == sorted(order, key=("missed", "met", "exceeded").index)
    ceiling = next(r for r in rows if r["indicator"] == "降尘量均值")
    missed = [float(r["completion_sort"]) for r in rows if r["status"] == "missed"]
    assert float(ceiling["completion_sort"]) > max(missed)


def test_one_navigation_stop_per_counted_change(page) -> None:  # type: ignore[no-untyped-def]
    """n / p step through exactly the changes the headline counts: added and removed chapters
    (their headings), each reworded sentence once, each figure once; no stop for a rolled year."""
    result, _, html = page
    stops = re.findall(r'<[^>]*\bclass="[^"]*\bstop\b[^"]*"[^>]*>', html)
    ids = [re.search(r'id="(c\d+)"', tag).group(1) for tag in stops]  # type: ignore[union-attr]
    assert sorted(int(i[1:]) for i in ids) == list(range(1, result.change_total() + 1))
    assert len(re.findall(r'id="c\d+"', html)) == len(ids)  # no stop id on an element that is not a stop
