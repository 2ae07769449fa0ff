"""Ingest: read → structure → figures → tokens → (archive).

``parse_file`` does everything but writing, so a file not yet archived can be diffed in
memory; ``ingest_file`` stores the result.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from drafter.archive import Archive, check_region, check_year, sha256
from drafter.model import Chapter, Paragraph, Part, Report, Source
from drafter.periods import key, label
from drafter.read import Document, read_file
from drafter.structure import parse_report

Tokenizer = Callable[[str, list[tuple[int, int]]], tuple[str, ...]]


def parse_file(
    path: str | os.PathLike[str], *, year: int | None = None, region: str | None = None
) -> Report:
    """Read and parse a report file, with its figures and diff tokens; write nothing."""
    _check_options(year, region)
    document = read_file(path)
    return parse_document(document, year=year, region=region)


def parse_document(document: Document, *, year: int | None = None, region: str | None = None) -> Report:
    from drafter.figures import extract_report
    from drafter.segment import tokenize

    report = parse_report(document, year=year, region=region)
    report = report.with_figures(tuple(extract_report(report)))
    report = with_tokens(report, tokenize)
    suffix = {"txt": ".txt", "docx": ".docx", "html": ".html"}[document.format]
    source = Source(
        file=f"{key(report.meta.year, report.meta.period)}.source{suffix}",
        name=Path(document.name).name,
        format=document.format,
        sha256=sha256(document.data),
        encoding=document.encoding,
    )
    return replace(report, source=source)


def _check_options(year: int | None, region: str | None) -> None:
    """--year and --region as given, before any work is done."""
    if year is not None:
        check_year(year)
    if region is not None:
        check_region(region)


def with_tokens(report: Report, tokenize: Tokenizer) -> Report:
    """Give every paragraph its diff tokens (figure spans kept whole)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for fig in report.figures:
        if fig.value is not None and fig.span[1] > fig.span[0]:
            spans.setdefault(fig.paragraph, []).append(fig.span)

    def tok(p: Paragraph) -> Paragraph:
        return replace(p, tokens=tuple(tokenize(p.text, sorted(spans.get(p.id, [])))))

    def chapter(c: Chapter) -> Chapter:
        return replace(c, paragraphs=tuple(tok(p) for p in c.paragraphs))

    def part(p: Part) -> Part:
        return replace(p, paragraphs=tuple(tok(x) for x in p.paragraphs),
                       chapters=tuple(chapter(c) for c in p.chapters))

    return replace(
        report,
        front=tuple(tok(p) for p in report.front),
        parts=tuple(part(p) for p in report.parts),
        closing=tuple(tok(p) for p in report.closing),
    )


@dataclass(frozen=True)
class IngestResult:
    report: Report
    path: Path
    replaced: bool
    notes: tuple[str, ...] = ()  # for the user (stderr): e.g. the archive's name for the region was used


def ingest_file(
    path: str | os.PathLike[str],
    archive: str | os.PathLike[str] | None = None,
    *,
    year: int | None = None,
    region: str | None = None,
    force: bool = False,
) -> IngestResult:
    """Parse a report file and store it in the archive (see ``Archive.store``)."""
    _check_options(year, region)
    document = read_file(path)
    report = parse_document(document, year=year, region=region)
    store = Archive.at(archive)
    notes: tuple[str, ...] = ()
    if region is None:
        named = report.meta.region
        report = _known_region(report, store.regions())
        if report.meta.region != named:
            notes = (f"提示：报告写作“{named}”，档案中已有同一地区“{report.meta.region}”，按档案中的名称收录。",)
    check_region(report.meta.region)
    check_year(report.meta.year)
    existed = store.has(report.meta.region, report.meta.year, report.meta.period)
    assert report.source is not None
    moved: list[str] = []
    json_path = store.store(report, document.data, Path(report.source.file).suffix, force=force, notes=moved)
    return IngestResult(report=report, path=json_path, replaced=existed and not moved, notes=(*notes, *moved))


def _known_region(report: Report, regions: list[str]) -> Report:
    """File a report under the archive's name for its region when the report writes it
    shorter or longer (``南坪区`` in the title, ``溪口市南坪区`` in the archive)."""
    name = report.meta.region
    if name in regions:
        return report
    same = [r for r in regions if r.endswith(name) or name.endswith(r)]
    if len(same) != 1:
        return report
    return replace(report, meta=replace(report.meta, region=same[0]))


#: What each kind of document is called for the user.
KIND_LABELS = {
    "report": "计划执行情况与计划草案的报告",
    "execution": "计划执行情况（只有执行情况部分）",
    "plan": "计划（只有目标任务部分）",
    "review": "人大审查报告（引用计划报告的数字）",
}


def summary(report: Report) -> list[str]:
    """A short Chinese summary of a parsed report, a line each."""
    meta = report.meta
    chapters = sum(len(p.chapters) for p in report.parts)
    paragraphs = sum(1 for _ in report.paragraphs())
    targets = sum(1 for f in report.figures if f.kind == "target")
    outcomes = sum(1 for f in report.figures if f.kind == "outcome")
    parts = "；".join(f"{p.number}、{p.title}（{len(p.chapters)} 章）" for p in report.parts) or "无（页面只有标题，没有正文）"
    return [
        f"地区：{meta.region}",
        f"类型：{KIND_LABELS.get(meta.kind, meta.kind)}",
        f"年度：执行 {meta.year} 年，计划 {meta.plan_year} 年" if not meta.period
        else f"年度：执行 {label(meta.year, meta.period)}（未满一年，与 {meta.year} 年的年度报告分开存放）",
        f"范围：{report.coverage.note}",
        f"部分：{parts}",
        f"章节 {chapters} 个，段落 {paragraphs} 段，数字 {len(report.figures)} 个（完成 {outcomes}，目标 {targets}）",
    ]


__all__ = ["KIND_LABELS", "IngestResult", "ingest_file", "parse_document", "parse_file", "summary", "with_tokens"]
