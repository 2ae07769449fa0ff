"""Parse the blocks of a report into its structure: metadata, parts, chapters, paragraphs.

The rules follow the genre (see DESIGN.md), not one report's sentences:

* site chrome before the title and after the text is dropped, but read for metadata
  (the site's name gives the full region, ``来源``/``发布时间`` the issuer and date);
* a title split over lines is joined; a subtitle ``——2024年1月10日在…会议上`` split over
  lines is joined; the speaker line and ``各位代表：`` are front matter;
* parts are ``一、…`` headings, given a role by their words (执行情况 → execution,
  目标/任务/计划/安排 → plan); chapters are ``（一）…`` headings; a chapter heading that
  runs into its first paragraph on one line is split;
* each body paragraph's lead sentence is its bold run (Word), or its first short
  sentence, or — where the page dropped the full stop — the short clause that ends in a
  typical lead predicate and is followed by a new clause;
* a news item printing its document after ``原文如下：`` keeps its lead as front matter of role
  ``lead`` (it restates the document's figures) and reads the rest as the page; a
  document-sharing copy loses its site's blurb and its page numbers (``1、`` ``2、``);
* the shortcomings, requirements and main-targets paragraphs are recognized by their
  set phrases; a report that stops mid-text, or lacks a part, is an excerpt.
"""

from __future__ import annotations

import re

from drafter.errors import InputError
from drafter.model import Report
from drafter.numerals import arabic_years
from drafter.read import Block, Document
from drafter.structure.blocks import (
    _is_heading,
    join_fixed_width,
    join_fragment_lines,
    join_sentence_lines,
    join_shared_pages,
    join_wrapped,
    normalized_block,
    split_blocks,
)
from drafter.structure.body import read_body
from drafter.structure.freeze import freeze
from drafter.structure.genre import (
    DATELINE_LINES,
    LEAD_MARKER,
    about_report,
    interpretation_heading,
    news_item,
    news_lead,
    other_genre,
    other_opening,
    session_agenda,
)
from drafter.structure.head import (
    chrome_end,
    is_chrome,
    metadata,
    read_head,
    read_opening_sentence,
    read_opening_title,
)
from drafter.structure.state import ParseMeta, ParsePara


def parse_report(document: Document, *, year: int | None = None, region: str | None = None) -> Report:
    """Parse a read document into a ``Report`` (figures and tokens are added later)."""
    blocks, lead = _without_lead(_joined_blocks(document))
    meta = ParseMeta()
    body_start = read_head(blocks, meta)
    meta.head = " ".join([*(b.text for b in blocks[:body_start]), *lead])[:2000]
    meta.opening = " ".join(b.text for b in blocks[body_start : body_start + 4])[:400]
    meta.text = " ".join(b.text for b in blocks[body_start : body_start + 40])[:4000]
    read_opening_title(blocks[body_start:], meta)
    read_opening_title([Block(t) for t in lead], meta)  # a lead may be all that names the document
    texts = [b.text for b in blocks]
    lines = [t for t in texts[:8] if not _is_heading(t)]
    # a look-alike's own opening (我代表…人民政府向大会报告工作) outweighs a plan its sentence names, not a title line
    look_alike = other_genre(lines) if not meta.kind else other_opening(lines) if not meta.title else ""
    # a page headed by a congress review's own title (…的审查结果报告) is the review, whatever signs it
    # an e-paper's news item stands below its menus: its headline, byline and lead are read where its text starts
    below = texts[max(0, chrome_end(blocks) - DATELINE_LINES):]
    news = (news_item(texts) or news_item(below)) and not (meta.title and meta.kind == "review")
    if news or session_agenda(texts) or about_report(texts[:10]) or interpretation_heading(texts) or look_alike:
        raise InputError(
            f"{document.name} 看起来不是一份国民经济和社会发展计划报告",
            _found_instead(blocks),
            "请确认选对了文件：drafter 读的是计划执行情况与计划草案的报告、执行情况报告、计划（草案）和人大的审查报告",
        )
    blocks = blocks[:body_start] + join_sentence_lines(join_wrapped(blocks[body_start:]))
    parts, front, closing, body_end = read_body(blocks, body_start, meta)
    front[:0] = [ParsePara(t, role="lead") for t in lead]
    read_opening_sentence(front, parts, meta)
    _years_from_parts(parts, meta)
    if not parts and not _title_only(meta, blocks, body_start, front, closing):
        raise InputError(
            f"{document.name} 看起来不是一份国民经济和社会发展计划报告",
            _found_instead(blocks),
            "请确认选对了文件；如果报告确实如此排版，请把部分标题改为“一、”“二、”开头后重试",
        )
    meta_final = metadata(meta, document.name, year, region)
    return freeze(meta_final, front, parts, closing, blocks, body_end)


#: A part heading opening on its year (``二、2007年我区…``).
_PART_YEAR = re.compile(r"^(?:[一二三四五六七八九十]+、)?\s*(\d{4})年")


def _years_from_parts(parts, meta: ParseMeta) -> None:
    """A two-part title naming one year for the execution and the plan (``2024年…执行情况及2024年计划(草案)报告``:
    no two-part report does) gives way to the body's part heading that writes its year (``二、2007年我区…主要预期
    目标``: plan year 2007, year 2006; real_aside66 convention 1). The kind stays the title's."""
    if meta.kind != "report" or meta.year is None or meta.year != meta.plan_year:
        return
    for part in parts:
        y = _PART_YEAR.match(arabic_years(part.title)) if part.role in ("plan", "execution") else None
        if y is not None:
            year = int(y.group(1)) - (part.role == "plan")  # a plan's heading writes the plan year
            meta.year, meta.plan_year = year, year + 1
            return


def _title_only(meta: ParseMeta, blocks, body_start: int, front, closing) -> bool:
    """A page holding the family title and nothing of the text after it but chrome (a city site group's
    district page cut after the title, ``发布日``): the report, read with no part and no figure
    (real_aside31 convention 3)."""
    if not meta.title or meta.kind not in ("report", "execution", "plan", "review") or front or closing:
        return False
    return all(is_chrome(b.text, meta) for b in blocks[body_start:])


def _without_lead(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """A news item printing its document after a lead (``…《计划》提出…力争…`` / ``原文如下：``):
    the document's blocks (chrome and headlines kept, for metadata) and the lead's paragraphs,
    which restate the document's figures."""
    at = news_lead([b.text for b in blocks])
    if at is None:
        return blocks, []
    kept: list[Block] = []
    lead: list[str] = []
    for block in blocks[:at + 1]:
        text = LEAD_MARKER.sub(lambda m: m.group()[:1] if m.group()[:1] in "。！？" else "", block.text).strip()
        if len(text) >= 20 and re.search(r"[。，；]", text) and not is_chrome(text, ParseMeta()):
            lead.append(text)
        elif text:
            kept.append(Block(text, style=block.style, bold=block.bold, rows=block.rows))
    return kept + blocks[at + 1 :], lead


def _found_instead(blocks) -> str:
    """What the document is instead, for the refusal: a known look-alike, or its first line."""
    texts = [b.text for b in blocks[:12]]
    genre = (
        about_report(texts[:10]) or interpretation_heading([b.text for b in blocks]) or ("新闻报道" if news_item(texts) else "")
        or ("人民代表大会会议的议程或会议新闻" if session_agenda(texts) else "") or other_genre(texts)
    )
    if genre:
        return f"它是一份{genre}，不是计划执行情况或计划（草案）的报告"
    first = next((t for t in texts if len(t) >= 4), "")
    shown = first[:30] + ("…" if len(first) > 30 else "")
    head = f"开头是“{shown}”，" if shown else "文件没有文字，"
    return head + "其中找不到计划报告的标题（……计划执行情况与……计划草案的报告、……计划的通知、主要预期目标），也没有“一、……执行情况”“二、……目标任务”这样的部分标题"


def _joined_blocks(document: Document, traditional: bool | None = None) -> list[Block]:
    """The document's lines in simplified characters, normalized, with the lines a copy broke joined."""
    blocks = [normalized_block(b) for b in split_blocks(_simplified(document.blocks, traditional))]
    return join_fixed_width(join_fragment_lines(join_shared_pages([b for b in blocks if b.text])))


def body_paragraphs(document: Document, *, traditional: bool | None = None) -> list[str]:
    """The paragraphs of a run of a page's body, read as ``parse_report`` reads a body (wrapped lines and
    sentences a copy broke joined): for reading a passage of a page that is no report
    (tests/real_pages.py's passage sets). ``traditional``: whether the whole page is in traditional
    characters (a short run may hold too few to tell); None decides from the run."""
    return [b.text for b in join_sentence_lines(join_wrapped(_joined_blocks(document, traditional)))]


def _simplified(blocks, traditional: bool | None = None):
    """The blocks in simplified characters when the page was saved in traditional ones (繁体)."""
    from dataclasses import replace

    from drafter.normalize import is_traditional, simplified_converter

    if traditional is None:
        traditional = is_traditional("".join(b.text for b in blocks[:400]))
    if not traditional:
        return blocks
    conv = simplified_converter()
    return [
        replace(b, text=conv(b.text), bold=conv(b.bold) if b.bold else b.bold,
                rows=tuple(tuple(conv(c) for c in row) for row in b.rows))
        for b in blocks
    ]


__all__ = ["body_paragraphs", "parse_report"]
