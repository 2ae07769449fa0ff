"""Small reports built in code for the compare tests (no parser, no extractor, no jieba)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from drafter.model import Chapter, Coverage, Figure, Metadata, Paragraph, Part, Report

CN = "一二三四五六七八九十"


def build(year: int, parts: dict[str, list[tuple[str, list[str]]]], *, excerpt: bool = False,
          intro: dict[str, list[tuple[str, str]]] | None = None) -> Report:
    """A report: ``parts`` maps a part role to chapters (title, paragraph texts);
    ``intro`` maps a part role to part-level (role, text) paragraphs."""
    index = 0
    built = []
    intro = intro or {}
    for n, role in enumerate(parts, 1):
        part_pars = []
        for k, (prole, text) in enumerate(intro.get(role, []), 1):
            part_pars.append(Paragraph(f"p{n}-{k}", index, prole, text))  # type: ignore[arg-type]
            index += 1
        chapters = []
        for c, (title, texts) in enumerate(parts[role], 1):
            pars = []
            for k, text in enumerate(texts, 1):
                pars.append(Paragraph(f"p{n}c{c}-{k}", index, "body", text))
                index += 1
            chapters.append(Chapter(f"p{n}c{c}", CN[c - 1], title, tuple(pars)))
        title = f"{year}年国民经济和社会发展计划执行情况" if role == "execution" else f"{year + 1}年主要目标任务"
        built.append(Part(f"p{n}", CN[n - 1], role, title, tuple(part_pars), tuple(chapters)))  # type: ignore[arg-type]
    meta = Metadata(region="测试区", year=year, plan_year=year + 1, title=f"关于测试区{year}年计划的报告")
    coverage = Coverage(excerpt=excerpt, parts=tuple(parts))
    return Report(meta, coverage, parts=tuple(built))


def figure(report: Report, surface: str, indicator: str, kind: str, *, measure: str = "amount",
           qualifier: str = "exact", unit: str = "", family: str = "", value: str | None = None,
           after: str = "", **extra: Any) -> Figure:
    """A figure whose surface text is found in the report (after ``after`` if given)."""
    for part, chapter, p in report.paragraphs():
        start = p.text.find(after + surface) if after else p.text.find(surface)
        if start < 0:
            continue
        start += len(after)
        end = start + len(surface)
        number = value if value is not None else _leading_number(surface)
        section = part.number + (chapter.label if chapter else "") if part else ""
        sentence = _sentence(p.text, start)
        return Figure(
            indicator=indicator, value=number, number=None if number is None else Decimal(number),
            unit=unit, unit_family=family, kind=kind, measure=measure, qualifier=qualifier,  # type: ignore[arg-type]
            section=section, paragraph=p.id, span=(start, end), text=surface, sentence=sentence, **extra,
        )
    raise AssertionError(f"{surface!r} not in report")


def qualitative(report: Report, surface: str, indicator: str) -> Figure:
    f = figure(report, surface, indicator, "target", measure="qualitative", value=None)
    return replace(f, value=None, number=None)


def _leading_number(text: str) -> str | None:
    digits = ""
    for ch in text:
        if ch.isdigit() or ch == ".":
            digits += ch
        elif digits:
            break
    return digits or None


def _sentence(text: str, pos: int) -> str:
    start = max(text.rfind("。", 0, pos), text.rfind("；", 0, pos)) + 1
    end = min([i for i in (text.find("。", pos), text.find("；", pos)) if i >= 0] or [len(text) - 1]) + 1
    return text[start:end]


def with_figures(report: Report, *figures: Figure) -> Report:
    return report.with_figures(tuple(figures))
