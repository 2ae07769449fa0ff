"""The outline of a report, as lines of Chinese text (``drafter show``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from drafter.model import Part, Report, paragraph_places

_ROLE = {"execution": "执行情况", "plan": "目标任务", "other": "其他"}
#: A report on part of a year's plan part: the rest of the same year (下半年工作安排), its whole-year targets.
_REST_ROLE = "年内余下工作，目标为全年"
_PARAGRAPH_ID = re.compile(r"段落\s*(p\d+(?:c\d+)?-\d+)\s*")
_PARA_ROLE = {"requirements": "总体要求", "main_targets": "主要目标", "shortcomings": "差距和不足"}


def outline(report: Report) -> Iterator[str]:
    meta = report.meta
    yield meta.title or f"{meta.region}{meta.year}年计划执行情况与{meta.plan_year}年计划草案的报告（无标题）"
    if meta.meeting or meta.delivered:
        yield f"  会议：{meta.meeting or '（未注明）'}　日期：{meta.delivered or '（未注明）'}"
    if meta.speaker:
        yield f"  报告人：{meta.speaker_title} {meta.speaker}"
    if meta.period:  # a report on part of a year: its plan part plans the rest of the same year
        rest = f"　余下工作：{meta.year}年全年目标" if any(p.role == "plan" for p in report.parts) else ""
        yield f"  地区：{meta.region}　执行期间：{meta.year}年{meta.period}（未满一年，实绩为年内进度）{rest}"
    else:
        yield f"  地区：{meta.region}　执行年度：{meta.year}　计划年度：{meta.plan_year}"
    if meta.published:
        yield f"  发布：{meta.published}　来源：{meta.issuer or '（未注明）'}"
    yield f"  范围：{coverage_note(report)}"
    for part in report.parts:
        yield ""
        role = _REST_ROLE if meta.period and part.role == "plan" else _ROLE[part.role]
        yield f"{part.number}、{part.title}　〔{role}〕"
        for _, kind, item in _in_order(part):
            if kind == "para" and item.role in _PARA_ROLE:
                yield f"  【{_PARA_ROLE[item.role]}】{_clip(item.text)}"
            elif kind == "chapter":
                yield f"  （{item.number}）{item.title}"
                for para in item.paragraphs:
                    if para.role == "heading3":
                        yield f"      {para.text}"
                    elif para.lead:
                        yield f"      {para.number + '. ' if para.number else ''}{para.lead}"


def coverage_note(report: Report) -> str:
    """The report's coverage note, with any paragraph id an older archive stored (``段落 p1c1-2``)
    given as people say it (``一（一）第2段``)."""
    note = report.coverage.note
    if not _PARAGRAPH_ID.search(note):
        return note
    places = paragraph_places(report)
    return _PARAGRAPH_ID.sub(lambda m: places.get(m.group(1), m.group(0)), note)


def _in_order(part: Part) -> list[tuple[int, str, Any]]:
    """Part-level paragraphs and chapters in document order."""
    items: list[tuple[int, str, Any]] = [(p.index, "para", p) for p in part.paragraphs]
    for chapter in part.chapters:
        first = chapter.paragraphs[0].index if chapter.paragraphs else -1
        items.append((first, "chapter", chapter))
    return sorted(items, key=lambda item: item[0])


def _clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[:width] + "……"


__all__ = ["coverage_note", "outline"]
