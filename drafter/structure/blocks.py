"""Prepare the blocks a reader gives: normalize, split glued headings, join wrapped lines, tables."""

from __future__ import annotations

import re

from drafter.normalize import normalize_text
from drafter.read import Block
from drafter.structure.cell_table import cell_lines
from drafter.structure.patterns import (
    _FIGURE_END,
    _WRAPPED_END,
    BULLETS,
    BULLETS_AT_START,
    CHAPTER_RE,
    CHAPTER_SPACED_RE,
    CHROME_RE,
    MAIN_TARGETS_RE,
    NUMBERED_RE,
    PART_RE,
    SALUTATION_RE,
    SHORTCOMINGS_RE,
    SPACED_LEAD_RE,
)


def split_blocks(blocks: tuple[Block, ...]) -> list[Block]:
    """Split ``（一）heading<space>first paragraph`` lines: the space is the only sign.

    Consecutive tab-separated lines of a plain-text page are one table; a short head
    set off by a space (``创新平台能级提升 新建…``) is the page's way of marking a lead
    sentence, kept as the block's lead (as a bold run is in Word).
    """
    out: list[Block] = []
    for block in (piece for b in _tables(blocks) for piece in _split_run_headings(b)):
        m = CHAPTER_SPACED_RE.match(block.text)
        if m and not block.rows and len(m.group("rest")) >= 10 and "。" not in m.group("head"):
            out.append(Block(m.group("head"), style=block.style))
            out.append(_spaced_lead(Block(m.group("rest"))))
        else:
            out.append(_spaced_lead(block))
    return out



#: A part's title run inline in a paragraph, set off by spaces after a sentence's end (a press
#: digest: ``…重要数字有——— 去年国民经济和社会发展计划执行情况 国内生产总值…。 今年…计划草案 …``).
RUN_TITLE = r"[^\s。，；：:！？、“”《》]{0,24}计划(?:执行情况|完成情况|草案|[（(]草案[）)])"
RUN_HEADING = re.compile(
    rf"(?<=[。；！？—：:])[ \u3000\xa0]*(?P<head>{RUN_TITLE})[ \u3000\xa0]+(?=\S)"
    # a numbered part heading set off by runs of blanks inside a notice run together on one line
    # (``…2023年4月7日   …计划   一、2022年…计划执行情况   2022年，…``: real_aside30, fxa30)
    rf"|(?<=\S)[ \u3000\xa0]{{2,}}(?P<part>[一二三四五六七八九十]、{RUN_TITLE})[ \u3000\xa0]{{2,}}(?=\S)"
)


def _split_run_headings(block: Block) -> list[Block]:
    """A paragraph cut at the part titles it runs inline: each title a block of its own."""
    if block.rows or block.style or not RUN_HEADING.search(block.text):
        return [block]
    out: list[Block] = []
    at = 0
    for m in RUN_HEADING.finditer(block.text):
        out += [Block(block.text[at : m.start()]), Block(m.group("head") or m.group("part"))]
        at = m.end()
    return [b for b in [*out, Block(block.text[at:])] if b.text.strip()]


#: A document-sharing site's blurb above its copy (``…由会员分享，可在线阅读…（18页珍藏版）``).
SHARED_BLURB = re.compile(r"由会员分享|可在线阅读|页珍藏版|文库网?上搜索")
_PAGE_NUMBER = re.compile(r"^(\d{1,3})、")


def join_shared_pages(blocks: list[Block]) -> list[Block]:
    """A document-sharing copy read as its text: the site's blurb is chrome, dropped, and the
    copy's page fragments (``1、…`` ``2、…``, numbered in order, each page's text run together)
    lose their numbers, a fragment continuing the sentence the one before stopped in."""
    if not any(SHARED_BLURB.search(b.text) for b in blocks[:6]):
        return blocks
    out: list[Block] = []
    page = 1
    for block in blocks:
        if SHARED_BLURB.search(block.text):
            continue
        m = _PAGE_NUMBER.match(block.text)
        if m and int(m.group(1)) == page and not block.rows:
            page += 1
            text = block.text[m.end() :]
            if page > 2 and out and not re.search(r"[。！？；：]$", out[-1].text[-1:]):
                out[-1] = Block(out[-1].text + text, style=out[-1].style, bold=out[-1].bold)
                continue
            block = Block(text, style=block.style, bold=block.bold)
        out.append(block)
    return out


#: A PDF copy's text that set every number, per cent, quote and joining mark on a line of its own
#: (``全年实现地区生产总值`` / ``5532.4`` / ``亿元、增速…``, ``2`` / ``020`` / ``年是…``, ``“`` / ``三个大考`` / ``”``):
#: such a line is a fragment of the sentence around it. A number alone on its line may be a page number,
#: so the page is read so only when lines of a joining mark or a quote alone are frequent too.
_FRAGMENT = re.compile(
    r"^(?:[-+－]?\d[\d.,，]*\s*[%‰]?|[、，,：:；;。“”‘’\"'（）()和或至~～—-]|[A-Za-z])$"
)
_MARK_FRAGMENT = re.compile(r"^[、，,：:；;“”‘’\"'和或至]$")
_FRAGMENT_LINES = 8
_MARK_LINES = 3
_STOP_END = re.compile(r"[。！？；;]$")


#: A line opening on the unit or the mark a number alone on the line before left (``2764.8`` / ``亿元、增速…``,
#: ``0.8`` / ``个百分点。``): a number of the sentence cut from it, never a page number, which a new paragraph follows.
_UNIT_OPENING = re.compile(r"^(?:[万亿千百]?(?:元|美元|人次|人|户|个|家|项|吨|亩|公里|件|台|千瓦)|个百分点|[%‰、，,。；;])")
_NUMBER_FRAGMENT = re.compile(r"^[-+－]?\d[\d.,，]*\s*[%‰]?$")
#: Numbers cut from their unit so often make the page a broken copy without many marks alone.
_SPLIT_UNIT_LINES = 4


def _split_units(plain: list[Block]) -> int:
    """How many numbers alone on their line the next line's unit or mark continues."""
    return sum(1 for a, b in zip(plain, plain[1:], strict=False)
               if _NUMBER_FRAGMENT.match(a.text.strip()) and _UNIT_OPENING.match(b.text.strip()))


def join_fragment_lines(blocks: list[Block]) -> list[Block]:
    """Rejoin a PDF copy that put numbers, units and joining marks on lines of their own into its sentences.

    Only a page with many such fragment lines (numbers and marks alike) is touched. A fragment continues
    the line before it unless that line ends a sentence or is a heading; the line after a fragment
    continues it unless the fragment closed a sentence or that line is a heading, a table or chrome.
    Real paragraphs, which end on a stop, are never glued to one another.
    """
    plain = [b for b in blocks if not (b.rows or b.style)]
    fragments = [b for b in plain if _FRAGMENT.match(b.text.strip())]
    marks = [b for b in fragments if _MARK_FRAGMENT.match(b.text.strip())]
    if len(fragments) < _FRAGMENT_LINES or (len(marks) < _MARK_LINES and _split_units(plain) < _SPLIT_UNIT_LINES):
        return blocks
    # Each kept block with the pieces glued to it so far and what is known of them (built once at the end:
    # a page of thousands of fragments stays linear): whether it reads as a heading, whether chrome stands in it.
    out: list[tuple[Block, list[str], bool, bool]] = []
    after_fragment = False
    for block in blocks:
        text = block.text.strip()
        fragment = not (block.rows or block.style) and bool(_FRAGMENT.match(text))
        glue = False
        if out:
            prev, pieces, heading, chrome = out[-1]
            glue = not (prev.rows or prev.style) and not heading
            if fragment:
                glue = glue and not _STOP_END.search(pieces[-1]) and not chrome
            else:
                glue = glue and after_fragment and not _STOP_END.search(pieces[-1]) and _continues(block)
        if glue:
            pieces.append(text)
            joined = "".join(pieces) if len(pieces) <= _HEADING_PIECES else ""
            out[-1] = (prev, pieces, bool(joined) and _is_heading(joined), chrome or bool(CHROME_RE.search(text)))
        else:
            out.append((block, [block.text], _is_heading(block.text), bool(CHROME_RE.search(block.text))))
        after_fragment = fragment
    return [b if len(pieces) == 1 else Block("".join(pieces), bold=b.bold) for b, pieces, _, _ in out]


#: A glued line is tested as a heading while it is this few pieces long (a number glued to ``一、`` may make one);
#: a longer run of fragments is a sentence's.
_HEADING_PIECES = 4


def join_wrapped(blocks: list[Block]) -> list[Block]:
    """Join the lines of a paragraph a web page wrapped (``…全区港口`` / ``航运企业累计…``).

    A body line of some length that stops mid-phrase is continued by the next line unless
    that line is a heading, a table row, chrome or the closing salutation.
    """
    # Each paragraph as its first line, its lines and its length, joined once at the end: a paragraph's
    # heading and chrome are its first line's (every later line passed ``_continues``), its end is its last
    # line's, so thousands of wrapped lines stay linear.
    out: list[tuple[Block, list[str], int, bool]] = []
    for block in blocks:
        if out:
            first, lines, length, body = out[-1]
            tail = "".join(lines[-_TAIL_LINES:])[-_TAIL:]
            if (_wrapped(body, length, tail) or _unit_broken(first, tail, block)) and _continues(block):
                lines.append(block.text)
                out[-1] = (first, lines, length + len(block.text), body)
                continue
        out.append((block, [block.text], len(block.text), _body_line(block)))
    return [first if len(lines) == 1 else Block("".join(lines), bold=first.bold) for first, lines, _, _ in out]


#: How much of a paragraph's end the end tests read (``_WRAPPED_END``, ``_FIGURE_END``, ``_SCALE_END`` look
#: at most a few characters back), from its last few lines.
_TAIL = 12
_TAIL_LINES = 12


#: A line ending on a number and its scale alone (``地区生产总值385亿``), and the next line opening
#: on the rest of the unit (``元，增长9.8%``): a unit broken by a line end in PDF text is one unit.
_SCALE_END = re.compile(r"\d\s*[万亿]$")
_UNIT_REST = re.compile(r"^\s*(?:美元|欧元|元|吨|千瓦时|千瓦|平方米|立方米|公里|人次|人|户|亩|辆|套|件|个|家|项)(?=\s*[，,、；;。）)]|\s*(?:增长|同比|比上年|下降))")


def _unit_broken(first: Block, tail: str, block: Block) -> bool:
    """Does ``block`` open on the rest of a unit the paragraph (its first line, the end of its text) broke off?"""
    return not (first.rows or first.style) and bool(_SCALE_END.search(tail)) and bool(_UNIT_REST.match(block.text))



#: A line that is one short sentence of words only: a lead sentence standing on its own line.
_LONE_LEAD = re.compile(r"^[\u4e00-\u9fff“”、]{2,16}[。！]$")


def join_sentence_lines(blocks: list[Block]) -> list[Block]:
    """Rejoin a web copy that put every sentence on its own line into its paragraphs.

    Only a text whose body lines are, nearly all, single sentences is touched. There a
    paragraph runs on until a heading, a lead sentence standing alone on its line, the
    shortcomings or main-targets sentence, the closing salutation, a table or chrome.
    """
    plain = [b for b in blocks if not (b.rows or b.style or b.bold) and not _is_heading(b.text)]
    ends = [b.text for b in plain if b.text.endswith(("。", "！"))]
    single = [t for t in ends if t.count("。") + t.count("！") == 1]
    if len(single) < 12 or len(single) < 0.8 * len(ends) or len(ends) < 0.6 * len(plain):
        return blocks
    # Each paragraph as the line it began with and its lines, joined once at the end (thousands of lines
    # stay linear: the tests below read the first line and the last, never the whole run again).
    out: list[tuple[Block, list[str], bool]] = []
    for block in blocks:
        if out and out[-1][2] and _sentence_runs_on(out[-1][1][-1], block):
            out[-1][1].append(block.text)
        else:
            out.append((block, [block.text], _runs_on_from(block)))
    return [first if len(lines) == 1 else Block("".join(lines), bold=first.bold) for first, lines, _ in out]


def _runs_on_from(first: Block) -> bool:
    """May a paragraph that began with ``first`` run on? Its heading, salutation and chrome are its first
    line's (every line joined after it passed ``_continues``, and none of those patterns reaches past a
    sentence's stop): tested once a paragraph."""
    return not (first.rows or first.style or _is_heading(first.text) or SALUTATION_RE.match(first.text)
                or CHROME_RE.search(first.text))


def _sentence_runs_on(last: str, block: Block) -> bool:
    """Does ``block`` run on a paragraph that may run on (``_runs_on_from``) and ends with the line ``last``?"""
    if not last.endswith(("。", "！")):
        return False
    text = block.text
    return not (
        not _continues(block)
        or _LONE_LEAD.match(text)
        or SHORTCOMINGS_RE.search(text[:40])
        or MAIN_TARGETS_RE.search(text[:60])
    )


def _body_line(block: Block) -> bool:
    """A line of the body's text: no table, style, heading or chrome (tested once a paragraph, on its first line)."""
    return not (block.rows or block.style) and not _is_heading(block.text) and not CHROME_RE.search(block.text)


def _wrapped(body: bool, length: int, tail: str) -> bool:
    """Does a paragraph of the body's text (``body``: ``_body_line`` of its first line), ``length`` characters
    long and ending in ``tail``, stop mid-phrase?"""
    return body and length >= 20 and bool(_WRAPPED_END.search(tail)) and not _FIGURE_END.search(tail)



def _continues(block: Block) -> bool:
    text = block.text
    return not (block.rows or block.style or block.bold or _is_heading(text) or SALUTATION_RE.match(text) or CHROME_RE.search(text)
                or BULLET_LINE.match(text))


#: A line opening on a bullet glyph (``●全市地区生产总值…``, ``◆新增…``, ``• 引进…``): an item of its own, never the
#: rest of the line before (round 17, real_aside72).
BULLET_LINE = re.compile(rf"^\s*[{BULLETS}{BULLETS_AT_START}]")



def _is_heading(text: str) -> bool:
    return bool(PART_RE.match(text) or CHAPTER_RE.match(text) or NUMBERED_RE.match(text))



def _tables(blocks: tuple[Block, ...]) -> list[Block]:
    blocks = cell_lines(blocks)
    out: list[Block] = []
    run: list[Block] = []
    for block in (*blocks, Block("")):
        if not block.rows and block.text.count("\t") >= 1 and len(block.text.split("\t")) >= 3:
            run.append(block)
            continue
        if len(run) >= 2:
            rows = tuple(tuple(c.strip() for c in b.text.split("\t")) for b in run)
            out.append(Block(text="\n".join(b.text for b in run), rows=rows))
        else:
            out.extend(run)
        run = []
        if block.text:
            out.append(block)
    return out



def _spaced_lead(block: Block) -> Block:
    if block.bold or block.rows or block.style:
        return block
    m = SPACED_LEAD_RE.match(block.text)
    if m and not CHAPTER_RE.match(block.text) and not NUMBERED_RE.match(block.text):
        return Block(block.text, bold=m.group("lead"))
    return block



def normalized_block(block: Block) -> Block:
    text = normalize_text(block.text, table=bool(block.rows))
    bold = normalize_text(block.bold) if block.bold else ""
    rows = tuple(tuple(normalize_text(c) for c in row) for row in block.rows)
    return Block(text=text, style=block.style, bold=bold, rows=rows)


def _columns(text: str) -> int:
    """How wide a line sets in a fixed-width font: a CJK or full-width character two columns, others one."""
    return sum(2 if "\u2e80" <= c <= "\ufaff" or "\uff00" <= c <= "\uffef" else 1 for c in text)


#: A gazetteer's (志, 年鉴) or a typescript's copy sets its text in lines of one width, breaking names,
#: numbers and units anywhere (``…社会消费品零售总额`` / ``增长11%``, ``增长12`` / ``%``): a page with at
#: least this many plain lines of nearly the widest width …
_FIXED_LINES = 8
#: … that make up this share of its plain lines of any length …
_FIXED_SHARE = 0.5
#: … is read so; a line this many columns short of the width still fills it (a paragraph's first line
#: loses its indent, quotes and blanks set narrower), and the width is at least this wide.
_FIXED_SLACK = 8
_FIXED_MIN = 50


def join_fixed_width(blocks: list[Block]) -> list[Block]:
    """Rejoin a copy set in lines of a fixed width into its paragraphs (real_aside61 convention 2).

    Only a page whose plain lines are mostly of one width is touched. There a line that fills the
    width runs on into the next unless it ends a sentence or the next line is a heading, a table or
    chrome; a shorter line ends its paragraph.
    """
    # each block's width read once; chrome on a paragraph's first line only (a line continuing a filled
    # one is its paragraph's text), so a page of thousands of lines stays fast
    text_lines = [not (b.rows or b.style) and not _is_heading(b.text) for b in blocks]
    columns = [_columns(b.text) if ok else 0 for b, ok in zip(blocks, text_lines, strict=True)]
    widths = sorted((w for w, ok in zip(columns, text_lines, strict=True) if ok), reverse=True)
    # the width: the widest that enough lines reach (a stray long line reaches it alone)
    width = widths[_FIXED_LINES - 1] if len(widths) >= _FIXED_LINES else 0
    full = sum(1 for w in widths if width - _FIXED_SLACK <= w <= width + _FIXED_SLACK)
    if width < _FIXED_MIN or full < _FIXED_LINES or full < _FIXED_SHARE * len(widths):
        return blocks
    out: list[tuple[Block, list[str]]] = []
    runs_on = False
    for block, ok, w in zip(blocks, text_lines, columns, strict=True):
        fills = ok and w >= width - _FIXED_SLACK and not _STOP_END.search(block.text)
        if out and runs_on and ok and not block.bold and not SALUTATION_RE.match(block.text):
            out[-1][1].append(block.text)
            runs_on = fills
            continue
        out.append((block, [block.text]))
        runs_on = fills and not CHROME_RE.search(block.text)
    return [first if len(lines) == 1 else Block("".join(lines), bold=first.bold) for first, lines in out]
