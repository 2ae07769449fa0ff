"""``drafter diff A B --docx FILE``: report B as a Word file with tracked changes (修订) against
report A, the target ledger as Word comments (批注) and a summary table.

Revisions are ``w:ins`` / ``w:del`` (a paragraph only on one side has its paragraph mark in
the revision too), a moved paragraph or chapter ``w:moveFrom`` / ``w:moveTo`` inside the range
markers Word requires. Every revision has the author (``--author``) and one fixed date taken
from report B (delivered, else published, else the day after the time B covers): the same
inputs give the same bytes. ``w:trackRevisions`` is on, so the reviewer's own edits are
tracked too.

The text comes from ``drafter.render.redline`` (compare's changes, merged); this module only
writes XML. Report B read from the archive or a text file is laid out as ``drafter draft``
lays out a draft (GB/T 9704, ``drafter.render.docx_writer``); report B given as a .docx keeps
its own package (``drafter.render.docx_package``).

    from drafter.render.docx_redline import redline_docx
    data = redline_docx(result, report_2023, report_2024, author="审阅人", ledger="first")
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from drafter.compare.result import DiffResult
from drafter.errors import InputError
from drafter.model import Report
from drafter.render.diff_text import key_label, progress_line
from drafter.render.redline import RedLine, merge, paragraph_marks
from drafter.render.redline_ledger import Comment, attach_comments, ledger_rows
from drafter.render.redline_xml import (  # the XML building blocks, shared with docx_package
    DEFAULT_AUTHOR,
    LEDGER_CAPTION,
    LEDGER_PLACES,
    LedgerPlace,
    RunProps,
    Stamp,
    comments_xml,
    ledger_xml,
    mark_xml,
    move_ranges,
    paragraph_content,
)

if TYPE_CHECKING:  # where the opened pair lives moves with the CLI's library layer
    from drafter.app import Comparison

# ---------------------------------------------------------------------------- entry points


def redline_docx(
    result: DiffResult,
    a: Report,
    b: Report,
    *,
    author: str = DEFAULT_AUTHOR,
    ledger: LedgerPlace = "first",
    date: str | None = None,
    b_docx: bytes | None = None,
) -> bytes:
    """The redline .docx as bytes; ``b_docx``: report B's own .docx to write into."""
    stamp = Stamp(author or DEFAULT_AUTHOR, date or revision_date(b))
    if b_docx is not None:
        from drafter.render.docx_package import head_lines, write_into_package

        lines = merge(result, a, b, head_lines(b_docx, b))
        comments = attach_comments(lines, result)
        return write_into_package(b_docx, lines, comments, stamp, ledger_rows(result), ledger, progress_line(result))
    lines = merge(result, a, b)
    comments = attach_comments(lines, result)
    return _layout_package(lines, comments, stamp, result, b, ledger)


def write_redline(
    result: DiffResult,
    a: Report,
    b: Report,
    path: str | Path,
    *,
    author: str = DEFAULT_AUTHOR,
    ledger: LedgerPlace = "first",
    b_docx: bytes | None = None,
    force: bool = True,
    archive: str | Path | None = None,
) -> None:
    """Write the redline to ``path`` atomically; an existing file only with ``force``, never
    into the archive (see ``drafter.atomic``)."""
    from drafter.atomic import write_output

    data = redline_docx(result, a, b, author=author, ledger=ledger, b_docx=b_docx)
    write_output(path, data, force=force, archive=archive)


def check_redline_output(
    path: str | Path, *, force: bool = True, archive: str | Path | None = None
) -> Path:
    """The redline's output path, checked before any work: a .docx, outside the archive, not
    an existing file unless ``force``."""
    from drafter.atomic import check_output

    if Path(path).suffix.lower() != ".docx":
        raise InputError(f"输出文件 {path} 不是 .docx", "修订版只能写成 Word 的 .docx 文件", "请把 --docx 的文件名改为以 .docx 结尾")
    return check_output(path, force=force, archive=archive)


def write_compared(
    compared: Comparison, b_spec: str | None, path: str | Path, *, author: str = DEFAULT_AUTHOR,
    ledger: LedgerPlace = "first", archive: str | Path | None = None, force: bool = True,
) -> list[str]:
    """``drafter diff A B --docx FILE``: the redline of an opened comparison; when B was given
    as a .docx file, written into that file's own package. Returns the lines to tell the user."""
    if compared.result.mode == "single" or b_spec is None:
        raise InputError(
            "--docx 需要两份报告",
            "只给了一个年度，没有可以对照的后一份报告",
            "请写成 drafter diff 2023 2024 --docx 修订.docx",
        )
    from drafter.archive import resolve_root

    root = resolve_root(archive)
    check_redline_output(path, force=force, archive=root)
    b_docx = b_package(compared, b_spec, archive)
    options = {"author": author, "ledger": ledger, "force": force, "archive": root}
    notes = []
    if b_docx is None:
        write_redline(compared.result, compared.a, compared.b, path, **options)  # type: ignore[arg-type]
    else:
        from drafter.render.docx_package import Unplaced

        try:
            write_redline(compared.result, compared.a, compared.b, path, b_docx=b_docx, **options)  # type: ignore[arg-type]
        except Unplaced as missing:  # the file holds B otherwise than read: drafter's own layout
            write_redline(compared.result, compared.a, compared.b, path, **options)  # type: ignore[arg-type]
            notes.append(f"注意：B 的 Word 文件中找不到“{str(missing)[:20]}…”，修订版改用公文版式，未沿用该文件的样式。")
    notes.insert(0, f"修订版 Word 文件已写入 {path}")
    if compared.result.b.excerpt:
        notes.append("注意：B 只是摘录，修订只覆盖 B 收录的部分，全部拒绝后不是 A 的全文。")
    return notes


def b_package(compared: Comparison, b_spec: str, archive: str | Path | None = None) -> bytes | None:
    """Report B's own .docx: the file given, or the source an archived year was ingested from
    (when it is a .docx and unchanged since); None when B was not a Word file."""
    if Path(b_spec).suffix.lower() == ".docx" and Path(b_spec).is_file():
        return Path(b_spec).read_bytes()
    source = compared.b.source
    if compared.result.b.source != "archive" or source is None or source.format != "docx":
        return None
    from drafter.archive import resolve_root, sha256

    stored = resolve_root(archive) / compared.b.meta.region / source.file
    data = stored.read_bytes() if stored.is_file() else b""
    return data if data and sha256(data) == source.sha256 else None


def revision_date(b: Report) -> str:
    """The revisions' date, from report B: delivered, else published, else the first day after
    the time B covers (1 January of B+1; 1 July for a report on 上半年 of B)."""
    from drafter.periods import YEAR_MONTHS, months

    after = months(b.meta.period) if b.meta.period else YEAR_MONTHS
    day = b.meta.delivered or b.meta.published or (
        f"{b.year}-{after + 1:02d}-01" if after < YEAR_MONTHS else f"{b.year + 1}-01-01")
    return f"{day}T00:00:00Z"


# ---------------------------------------------------------------------------- GB/T package


def _layout_package(
    lines: list[RedLine], comments: list[Comment], stamp: Stamp, result: DiffResult, b: Report, ledger: LedgerPlace
) -> bytes:
    from drafter.draft.document import Properties
    from drafter.render.docx_writer import ExtraPart, layout_parts, paragraph_style, zip_parts

    by_line: dict[int, list[Comment]] = {}
    for c in comments:
        by_line.setdefault(c.line, []).append(c)
    props = RunProps()
    marks, tail = paragraph_marks(lines)
    ranges = move_ranges(lines)
    body = []
    for n, line in enumerate(lines):
        brk = "<w:pageBreakBefore/>" if n == 0 and ledger == "first" else ""
        ppr = f'<w:pPr><w:pStyle w:val="{paragraph_style(line.kind)}"/>{brk}{mark_xml(marks[n], stamp)}</w:pPr>'
        content = paragraph_content(line, by_line.get(n, ()), stamp, props, ranges.get(n, (False, False)))
        body.append(f"<w:p>{ppr}{content}</w:p>")
    text = "".join(body)
    if ledger == "first":
        text = ledger_xml(ledger_rows(result), ledger, progress_line(result)) + text
    elif ledger == "annex":
        text += ledger_xml(ledger_rows(result), ledger, progress_line(result))
    if tail or ledger == "annex":  # a table cannot end the body, nor a revised mark
        text += "<w:p/>"
    day = stamp.date[:10]
    properties = Properties(
        title=b.meta.title or f"{b.meta.region}{b.year}年计划报告",
        author=stamp.author,
        subject=f"{key_label(result.a)}与{key_label(result.b)}报告对照修订",
        keywords="修订",
        created=day,
    )
    extra: tuple[ExtraPart, ...] = ()
    if comments:
        extra = (
            ExtraPart(
                "comments.xml",
                comments_xml(comments, stamp),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
            ),
        )
    return zip_parts(layout_parts(properties, text, settings="<w:trackRevisions/>", extra=extra))


__all__ = [
    "DEFAULT_AUTHOR",
    "LEDGER_CAPTION",
    "LEDGER_PLACES",
    "Stamp",
    "check_redline_output",
    "redline_docx",
    "revision_date",
    "write_compared",
    "write_redline",
]
