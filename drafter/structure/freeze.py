"""Freeze the parsed pieces into the model's ``Report``, with ids and coverage."""

from __future__ import annotations

import re

from drafter.model import Chapter, Coverage, Metadata, Paragraph, Part, Report, paragraph_places
from drafter.read import Block
from drafter.structure.state import ParsePara, ParsePart


def freeze(
    meta: Metadata,
    front_raw: list[ParsePara],
    parts_raw: list[ParsePart],
    closing_raw: list[ParsePara],
    blocks: list[Block],
    body_end: int,
) -> Report:
    counter = iter(range(1_000_000))

    def para(pid: str, p: ParsePara) -> Paragraph:
        return Paragraph(
            id=pid, index=next(counter), role=p.role, text=p.text, lead=p.lead, number=p.number, rows=p.rows,  # type: ignore[arg-type]
        )

    front = tuple(para(f"f-{n}", p) for n, p in enumerate(front_raw, 1))
    parts = []
    for pn, raw in enumerate(parts_raw, 1):
        pid = f"p{pn}"
        level: list[Paragraph] = []
        chapters: list[Chapter] = []
        level_iter = iter(raw.paras)
        pending = next(level_iter, None)
        level_n = 0
        for cn in range(len(raw.chapters) + 1):
            while pending is not None and pending[0] == cn:
                level_n += 1
                level.append(para(f"{pid}-{level_n}", pending[1]))
                pending = next(level_iter, None)
            if cn < len(raw.chapters):
                ch = raw.chapters[cn]
                cid = f"{pid}c{cn + 1}"
                paras = tuple(para(f"{cid}-{k}", p) for k, p in enumerate(ch.paras, 1))
                chapters.append(Chapter(id=cid, number=ch.number, title=ch.title, paragraphs=paras))
        parts.append(
            Part(id=pid, number=raw.number, role=raw.role, title=raw.title,  # type: ignore[arg-type]
                 paragraphs=tuple(level), chapters=tuple(chapters))
        )
    closing = tuple(para(f"z-{n}", p) for n, p in enumerate(closing_raw, 1))
    report = Report(meta=meta, coverage=Coverage(excerpt=False, parts=()), front=front, parts=tuple(parts),
                    closing=closing)
    return _with_coverage(report)



#: Chapters that hold a whole plan under one heading (（一）主要目标 / （二）重点任务): a plan
#: laid out this way has few chapters by design, not because the copy was cut.
_UMBRELLA = re.compile(r"(?:目标|任务|工作|举措|措施|安排)$")


def _short_plan(report: Report) -> bool:
    done = [len(p.chapters) for p in report.parts if p.role == "execution"]
    plans = [p for p in report.parts if p.role == "plan"]
    if not done or not plans or any(_UMBRELLA.search(c.title) for p in plans for c in p.chapters):
        return False
    return 0 < len(plans[-1].chapters) * 2 < done[0]


#: A document of one part by design says so rather than "lacks part 二".
_ALONE = {
    "execution": "执行情况报告，只有执行情况部分，不含目标任务",
    "plan": "计划文件，只有目标任务部分，不含上年执行情况",
}


def _with_coverage(report: Report) -> Report:
    from dataclasses import replace

    roles = tuple(p.role for p in report.parts if p.role != "other")
    all_paras = [p for _, _, p in report.paragraphs()]
    last = all_paras[-1] if all_paras else None
    truncated = bool(last and not re.search(r"[。！？；”’）…:：》]$", last.text) and last.role != "table")
    missing = [r for r in ("execution", "plan") if r not in roles]
    # A copy cut at a paragraph's end: no closing remark (各位代表/同志们，…) and a plan part
    # with far fewer chapters than the execution part (full reports give the plan as many
    # chapters or more; a page may drop the closing, as the seed's does, so both are needed).
    unclosed = bool(last) and not truncated and not missing and not report.closing and _short_plan(report)
    excerpt = truncated or bool(missing) or unclosed
    notes = []
    places = paragraph_places(report) if last is not None else {}
    if last is None:
        # a page holding the title alone (a site group's page cut after it): no part to name
        notes.append("页面只有标题，没有正文")
        excerpt = True
    elif missing and report.meta.kind in _ALONE:
        notes.append(_ALONE[report.meta.kind])
    elif missing:
        names = {"execution": "第一部分（执行情况）", "plan": "第二部分（目标任务）"}
        notes.append("缺少" + "、".join(names[m] for m in missing))
    if truncated and last is not None:
        notes.append(f"正文在{places.get(last.id, '最后一段')}中途中断")
    if unclosed and last is not None:
        notes.append(f"正文止于{places.get(last.id, '最后一段')}，其后没有结束语")
    alone = bool(missing) and report.meta.kind in _ALONE
    if alone and len(notes) == 1:
        note = notes[0] + "。"
    else:
        note = ("摘录：" + "；".join(notes) + "。未收录的段落不代表报告未提及。") if excerpt else "全文。"
    coverage = Coverage(excerpt=excerpt, parts=roles, truncated=truncated, last=last.id if last else "", note=note)
    return replace(report, coverage=coverage)
