"""The three views of a ``CheckResult``: terminal text, JSON for programs, a small HTML page.

Text and JSON are plain strings (same result, same bytes). The page is ``templates/check.html.j2``,
autoescaped, with its CSS inline and no script or external reference, so it opens offline.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

from drafter.check import CheckResult
from drafter.check.finding import KIND_LABELS, KINDS, RANK, Finding, clip

TEMPLATE = "check.html.j2"
SENTENCE_WIDTH = 90


def heading(result: CheckResult) -> str:
    """``溪口市 2016 年报告检查（对照 2015 年报告）``; a report on part of a year is named by its
    period (``溪口市 2016年上半年报告检查``)."""
    r = result.report
    against = f"（对照 {result.against.label}报告）" if result.against else ""
    return f"{r.region} {r.label}报告检查{against}"


def _other(result: CheckResult, year: int) -> str:
    """The name of the report (other than the checked one) a finding of ``year`` stands in:
    ``2015 年报告`` / ``2015年上半年报告``."""
    a = result.against
    return f"{a.label}报告" if a is not None and a.year == year else f"{year} 年报告"


def closing(result: CheckResult) -> str:
    """``共 5 处问题：未填写 1，年份过时 1，……。``, or that none was found."""
    counts = result.counts()
    if not counts:
        return "未发现问题。"
    parts = "，".join(f"{KIND_LABELS[k]} {n}" for k, n in counts.items())
    return f"共 {len(result.findings)} 处问题：{parts}。"


def unchecked(result: CheckResult) -> str:
    """Without last year's report, which kinds were not looked for ("" with it)."""
    if result.against is not None:
        return ""
    names = "、".join(k.label for k in KINDS if k.needs_previous)
    return f"未对照上年报告（--against），未检查：{names}。"


def groups(result: CheckResult) -> list[tuple[str, list[Finding]]]:
    """Findings by chapter (or part, or title page) in document order; within a chapter the
    most serious kind first. Findings standing in last year's report come last."""
    out: dict[tuple[int, str, str, str, bool], list[Finding]] = {}
    for f in result.findings:
        w = f.where
        after = not w.chapter and "之后" in w.label  # a part's paragraphs after its chapters
        out.setdefault((w.report, w.part, w.chapter, w.section_title, after), []).append(f)
    named = []
    for (year, part, chapter, title, after), found in out.items():
        found.sort(key=lambda f: (RANK[f.kind], f.where.order))
        label = f"{part}{chapter or ('、' if part else '')}{title}" if part else (title or "开头与结尾")
        if after:
            label += "（各章之后）"
        if year != result.report.year:
            label = f"{_other(result, year)} {label}"
        named.append((label, found))
    return named


def place(result: CheckResult, f: Finding) -> str:
    """Where a finding stands, naming last year's report when it stands there."""
    label = f.where.label
    if f.where.report == result.report.year:
        return label
    return f"{_other(result, f.where.report).replace(' ', '')}{label}"


def render_text(result: CheckResult) -> str:
    """The terminal view: a heading, findings grouped by chapter, a closing line of counts."""
    return "".join(f"{line}\n" for line in _lines(result))


def _lines(result: CheckResult) -> Iterator[str]:
    yield heading(result)
    for label, found in groups(result):
        yield ""
        yield f"【{label}】"
        for f in found:
            yield f"  [{f.label}] {place(result, f)}：{f.text}"
            yield f"    问题：{f.problem}。"
            if f.where.sentence and f.where.sentence != f.text:
                yield f"    原句：{clip(f.where.sentence, SENTENCE_WIDTH)}"
            yield f"    建议：{f.advice}"
    yield ""
    if unchecked(result):
        yield unchecked(result)
    yield closing(result)


def to_json(result: CheckResult) -> str:
    """The JSON of ``drafter check --format json``: sorted keys, Chinese as is."""
    return json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def html_context(result: CheckResult) -> dict[str, Any]:
    return {
        "title": heading(result),
        "closing": closing(result),
        "unchecked": unchecked(result),
        "counts": [{"kind": k, "label": KIND_LABELS[k], "count": n} for k, n in result.counts().items()],
        "groups": [
            {
                "label": label,
                "findings": [
                    {
                        "kind": f.kind,
                        "label": f.label,
                        "place": place(result, f),
                        "text": f.text,
                        "problem": f.problem,
                        "advice": f.advice,
                        "sentence": f.where.sentence,
                        "related": None if f.related is None else f.related.label,
                    }
                    for f in found
                ],
            }
            for label, found in groups(result)
        ],
    }


def render_html(result: CheckResult) -> str:
    from drafter.render.page import render_page

    return render_page(TEMPLATE, "检查页", html_context(result))


def write_html(
    result: CheckResult,
    path: str | os.PathLike[str],
    *,
    force: bool = True,
    archive: str | os.PathLike[str] | None = None,
) -> None:
    """Write the page to ``path`` atomically; an existing file only with ``force``, never into
    the archive (see ``drafter.atomic``)."""
    from drafter.atomic import check_output, write_output

    check_output(path, force=force, archive=archive)
    write_output(path, render_html(result).encode("utf-8"), force=force, archive=archive)


__all__ = ["closing", "groups", "unchecked", "heading", "html_context", "render_html", "render_text", "to_json", "write_html"]
