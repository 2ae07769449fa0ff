"""The head of a report and its metadata: chrome, title, subtitle, speaker, region, years."""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.errors import InputError
from drafter.model import Metadata
from drafter.normalize import compact
from drafter.numerals import arabic_dates, arabic_years
from drafter.periods import report_period
from drafter.read import Block
from drafter.structure.genre import (
    DELIVERED_REPORT,
    DIGEST_FIGURES,
    FIGURE_MARK,
    REVIEW_RE,
    UNDATED_EXECUTION,
    TitleMatch,
    account_without_head,
    announced_report,
    dated,
    digest_without_head,
    heard_period_digest,
    notified_plan,
    own_review,
    plan_part_excerpt,
    presented_plan,
    read_title,
)
from drafter.structure.patterns import (
    _YEAR,
    CHAPTER_RE,
    CHROME_RE,
    DATE_RE,
    DATED_DATELINE,
    DATELINE_CORE,
    DELIVERY_RE,
    FOOTER_RE,
    GOVERNMENT,
    ISSUER_RE,
    PART_RE,
    PUBLISHED_RE,
    REST_TASKS_RE,
    SALUTATION_RE,
    SITE_REGION_RE,
    SPEAKER_RE,
    SUBTITLE_RE,
    TITLE_RE,
    UNDATED_DATELINE,
    part_role,
)
from drafter.structure.places import completed_in, is_parent_line, places_in, region_from
from drafter.structure.state import ParseMeta, ParsePara, ParsePart


def read_head(blocks: list[Block], meta: ParseMeta) -> int:
    """Read metadata from the lines before the body; return the index where the body starts."""
    title_at = _find_title(blocks, meta)
    start = 0 if title_at is None else title_at
    i = start
    limit = min(len(blocks), start + 14)
    while i < limit:
        text = blocks[i].text
        if PART_RE.match(text) and part_role(text) != "other" or SALUTATION_RE.match(text):
            break
        if len(text) > 80 and "。" in text:  # the opening sentence: the body has started
            break
        if is_chrome(text, meta):
            i += 1
            continue
        if _delivery_line(text) or (meta.title and "会议" in text and "在" in text and len(text) < 50):
            i = _read_subtitle(blocks, i, meta)
            continue
        speaker = SPEAKER_RE.match(text.replace(" ", ""))
        if speaker and not meta.speaker and len(text) <= 45:
            meta.speaker_title = speaker.group("title")
            meta.speaker = speaker.group("name")
            i += 1
            continue
        if i == start and title_at is not None:
            i += meta.title_lines
            continue
        if "书面" in text and len(text) < 12:  # （书面）
            i += 1
            continue
        break
    # chrome lines before the title still carry metadata
    for b in blocks[:start]:
        is_chrome(b.text, meta)
    return i


def _find_title(blocks: list[Block], meta: ParseMeta) -> int | None:
    """Find the title (possibly split over up to four lines) among the first lines.

    A title of one part only (``…计划执行情况``) in the site chrome gives way to a
    two-part title a few lines further down (the page's own title line).
    """
    delivered = _delivery_year(blocks)
    at = _title_at(blocks, meta, 0, delivered=delivered)
    if at is None:
        # a city site group's chrome (bullet lists of its districts and bureaus) pushing the title far
        # down, even to the page's last line: read on while no sentence of a text has come (convention
        # 3 of real_aside31)
        at = _title_at(blocks, meta, TITLE_LINES, limit=chrome_end(blocks), delivered=delivered)
    if at is None:
        _title_in_breadcrumb(blocks, meta)
    if at is not None and meta.kind in ("execution", "plan"):
        first = (meta.title, meta.title_lines, meta.kind, meta.year, meta.plan_year, meta.region_short)
        # a document site's title over its file notices (格式：doc, 大小, 文档页数): the site's, like its
        # notices; the document's own heading below them gives kind and years (real_aside18 convention 4)
        notices = any(FILE_NOTICE.match(b.text) for b in blocks[at + meta.title_lines : at + meta.title_lines + 4])
        better = _title_at(blocks, meta, at + meta.title_lines, limit=at + meta.title_lines + 12, delivered=delivered)
        if better is not None and (meta.kind in ("report", "review") or notices):
            return better
        meta.title, meta.title_lines, meta.kind, meta.year, meta.plan_year, meta.region_short = first
    if at is not None and meta.kind == "execution":
        _digested_report(blocks[max(0, at - _DIGEST_ABOVE) : at], meta)
    return at


#: How many lines above a part's heading a digest's sentence quoting the whole report is read (a byline, the lede).
_DIGEST_ABOVE = 3


def _digested_report(above: list[Block], meta: ParseMeta) -> None:
    """A part's heading standing as the title (``2024年国民经济和社会发展计划执行情况``) below a sentence that quotes the
    two-part report of the same year as delivered (``…以书面形式向大会提交了《关于某市2024年…执行情况与2025年…计划草案的
    报告》。``): the page is a digest of that report, and of its kind (round 17, real_aside72 convention)."""
    for block in above:
        text = compact(block.text)
        if not re.search(r"[。；]", text):
            continue
        m = _quoted_title(text)
        if m is not None and m.kind == "report" and m.year == meta.year:
            meta.kind, meta.plan_year = m.kind, m.plan_year
            meta.region_short = meta.region_short or _region_in_title(m.region)
            return


#: How far down the first lines a title is looked for (``_title_at``'s limit).
TITLE_LINES = 40
#: How far down a page of chrome alone a title is looked for.
CHROME_LINES = 400
#: How far below a page's first line of text a digest's sentence on the delivered report is looked for.
DELIVERY_LINES = 10
#: A line of text, not chrome: a clause or sentence of some length.
#: (``[\u4e00-\u9fff][^。；;]{20,}[，,。；;]|[，,][^，,]{4,}[，,。]``, read by ``_text_line`` in one pass a stretch:
#: the pattern itself backtracks over a long line without a stop.)
_HARD_STOPS = re.compile(r"[。；;]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_AFTER_COMMA = re.compile(r"[，,][^，,]{4,}[，,。]")


def _text_line(text: str) -> bool:
    """A clause of some length: a Chinese character, 20 or more characters with no 。；; after it, then a
    clause mark (``[，,。；;]``); or a comma, four or more characters, then a comma or 。."""
    at = 0
    for stop in (*_HARD_STOPS.finditer(text), None):
        end = stop.end() if stop is not None else len(text)  # a stretch, with the stop that closes it
        stretch = text[at:end]
        first = _CJK.search(stretch)
        last = max(stretch.rfind(c) for c in "，,。；;")
        if first is not None and last >= first.start() + 21:
            return True
        at = end
    return _CLAUSE_AFTER_COMMA.search(text) is not None


def chrome_end(blocks: list[Block]) -> int:
    """Where a page's first line of text stands (``CHROME_LINES`` at most): the lines above are its chrome
    (menus, bullet lists of places and bureaus, record fields) and the title among them."""
    return next((i for i, b in enumerate(blocks[:CHROME_LINES]) if _text_line(b.text)), min(len(blocks), CHROME_LINES))


#: A document site's notices on the file it previews (``• 格式：doc``, ``• 大小：44.50 KB``, ``• 文档页数：11``).
#: Written also ``文件格式：PDF``, ``文件类型``, ``文件大小：1.2 MB``, ``页数：6``, ``共9页``, with spaces or ``-``/``*`` bullets.
FILE_NOTICE = re.compile(
    r"^[•·\-*\s]*(?:(?:文件|文档)?(?:格式|类型)\s*[：:]\s*\.?(?:docx?|pdf|wps|txt|pptx?|xlsx?)\b"
    r"|(?:文件|文档)?大小\s*[：:]\s*[\d.]+\s*[KMG]i?B|(?:文档|总)?页数\s*[：:]\s*\d+|共\s*\d+\s*页$)",
    re.IGNORECASE,
)


#: A breadcrumb's separators (``首页 > 政务公开 > 关于…的报告``).
_CRUMBS = re.compile(r"\s*[>＞»›]\s*")


def _title_in_breadcrumb(blocks: list[Block], meta: ParseMeta) -> None:
    """A page whose title is only its breadcrumb's last crumb: its kind, years and place."""
    for block in blocks[:15]:
        crumbs = _CRUMBS.split(block.text)
        if len(crumbs) < 2 or not CHROME_RE.search(block.text):
            continue
        m = read_title(compact(crumbs[-1]))
        if m is not None and _titled(m.kind, crumbs[-1], []):
            meta.title = FILE_NAME.sub("", compact(crumbs[-1]))
            meta.kind, meta.year, meta.plan_year = m.kind, m.year, m.plan_year
            meta.region_short = _region_in_title(m.region)
            return


def _delivery_line(text: str) -> bool:
    """``——2019年8月28日在…会议上`` or ``（二〇一九年八月二十八日在…会议上）``."""
    return bool(SUBTITLE_RE.match(text) or DELIVERY_RE.match(arabic_dates(compact(text))))


def _delivery_year(blocks: list[Block]) -> int | None:
    """The year of the delivery line among the first lines (``——2019年8月28日在…会议上``)."""
    for block in blocks[:15]:
        date = DATE_RE.search(arabic_dates(compact(block.text))) if _delivery_line(block.text) else None
        if date:
            return int(date.group("y"))
    return None


def _title_at(blocks: list[Block], meta: ParseMeta, begin: int, limit: int = TITLE_LINES, delivered: int | None = None) -> int | None:
    """The first title line from ``begin``; a title naming its year relative to the delivery
    (``关于今年上半年…执行情况的报告``) is read against the delivery line's year."""
    for i in range(begin, min(limit, len(blocks))):
        block = blocks[i]
        if PART_RE.match(block.text) or CHAPTER_RE.match(block.text) or len(block.text) > 120 or CHROME_RE.search(block.text) or not _CJK.search(block.text):
            if _filed_title(block.text, meta):
                return i  # ``信息名称  …  成文日期  …``: the record's fields, the title among them
            continue  # a rule line (-, ——) or a page's widget opens no title
        if SITE_REGION_RE.match(block.text) and len(block.text) < 30 and not TITLE_RE.search(compact(block.text)) and not _TITLE_OPENS.search(block.text):
            continue  # the site's name above the title; a line saying 关于 opens the title (某区人民政府关于下达2020年 / …计划的通知)
        if _heading_above(blocks[i : i + 2]):
            continue  # a column's heading above a title that names its own place
        found = None
        for n in (1, 2, 3, 4):
            joined = "".join(b.text for b in blocks[i : i + n])
            if any(len(b.text) > 80 or CHROME_RE.search(b.text) or not _CJK.search(b.text) for b in blocks[i : i + n]):
                break
            if any(_TITLE_LINE_OPENS.match(b.text) for b in blocks[i + 1 : i + n]):
                break  # a title opens with (its issuer and) 关于: a line above it is the issuer or a headline, not the title
            m = read_title(compact(joined))
            if m is None and delivered:
                m = read_title(dated(compact(joined), delivered))
            if m and (m.start > 14 and not _REVIEW_HEAD.match(joined) or re.search(r"[，。；]", joined)) or SALUTATION_RE.match(joined):
                break
            # a two-part title the page cut after its second year (…执行情况与2016年国民经济) is one too
            if m and (_titled(m.kind, joined, blocks[i + n : i + n + 1]) or m.cut and len(joined) <= 60):
                # ``…计划执行情况`` / ``与2024年…计划草案的报告``: the longer reading wins, and so does a
                # line completing the title (``…计划执行情况`` / ``和下半年工作安排的报告``)
                if (found is None or found[1].kind in ("execution", "plan") and m.kind in ("report", "review") or found[1].cut and not m.cut
                        or found[1].kind == "report" and m.kind == "review"
                        or m.kind == found[1].kind and _COMPLETED.search(joined) and not _COMPLETED.search(found[2])):
                    found = (n, m, joined)
                following = blocks[i + n].text.strip() if i + n < len(blocks) else ""
                if m.kind in ("report", "review") and not m.cut and not _REVIEW_TAIL_LINE.match(following):
                    break  # (``关于…计划草案`` / ``的审查结果报告``: the review's title goes on)
        if found is None and _filed_title(block.text, meta):
            return i  # the record's name field files the title, 报告 written or not
        if found is not None:
            n, m, joined = found
            meta.title = _title_text(joined)
            meta.title_lines = n
            meta.kind = m.kind
            meta.year, meta.plan_year = m.year, m.plan_year
            meta.region_short = _region_in_title(m.region)
            return i
    return None


_CJK = re.compile(r"[\u4e00-\u9fff]")
#: A line closing a review's title after the report's (``的审查结果报告``, ``的审查意见``).
_REVIEW_TAIL_LINE = re.compile(r"^的?(?:初步)?(?:审查|审议)(?:结果)?(?:的)?(?:报告|意见)$")


def _filed_title(text: str, meta: ParseMeta) -> bool:
    """An open-information record's name field whose value reads as a family title (``_NAME_FIELD``):
    the title, its kind, years and place read into ``meta``."""
    named = _NAME_FIELD.match(text)
    m = read_title(compact(named["title"])) if named is not None else None
    if named is None or m is None or m.start > 14 or m.cut:
        return False
    meta.title, meta.title_lines = compact(named["title"]), 1
    meta.kind, meta.year, meta.plan_year = m.kind, m.year, m.plan_year
    meta.region_short = _region_in_title(m.region)
    return True


def _heading_above(pair: list[Block]) -> bool:
    """A line reading no title above one that reads a whole title, its place first
    (``经济社会发展`` / ``某市2022年国民经济和社会发展计划执行情况``): a site's column heading, not
    the title's first line — a title split over lines leaves its place or 关于 on the first."""
    if len(pair) < 2 or read_title(compact(pair[0].text)) is not None or _TITLE_OPENS.search(pair[0].text):
        return False
    m = read_title(compact(pair[1].text))
    # a slogan above the title (``打造共同富裕示范区`` / ``某某县2019年…``) ends in a kind of place: only a
    # line that is the parent place and nothing else is the title's first line
    return m is not None and m.start == 0 and bool(places_in(m.region)) and not is_parent_line(pair[0].text)

#: A file's name standing as a page's title (``…计划草案.doc``).
FILE_NAME = re.compile(r"\.(?:docx?|wps|pdf|txt)$", re.IGNORECASE)

#: An open-information record's labels around the title it files (``名称：关于…的报告 文号：``): not the title's.
_FIELDS = re.compile(r"^(?:信息名称|名称|标题|题名|文件名称)[：:]|(?:文号|索引号|发文日期|发布日期|成文日期)[：:].*$")
#: A web copy's table bars around a title cell (``|鄂温克族自治旗2021年…的报告|``).
_BARS = re.compile(r"^[|\s]+|[|\s]+$")


def _title_text(joined: str) -> str:
    """A title as stored: without the record's labels, a table's bars, a file name's extension."""
    return FILE_NAME.sub("", _BARS.sub("", _FIELDS.sub("", _BARS.sub("", compact(joined)))))

#: An open-information record's name field (``| 信息名称: | 南京市2025年…计划执行情况与2026年…计划 | ||``,
#: ``信息名称  …  成文日期``): its value is the document's title, a two-part report's even without
#: 报告 or 草案 (real_aside22 convention 11, real_aside24).
_NAME_FIELD = re.compile(
    r"^\s*[|｜]?\s*(?:信息名称|公文名称|文件名称|名\s?称|标\s?题|题\s?名)\s*[：:]?\s*[|｜]?\s*"
    r"(?P<title>[^|｜\s][^|｜]{6,118}?)\s*(?:[|｜]|\s(?:成文日期|发布日期|发文日期|生成日期|文\s?号|索\s?引\s?号|发布机构|主题分类)|$)"
)

#: A title line's opening (``关于…``, a page's ``标题：…`` label): a line above it is not the title's.
_TITLE_OPENS = re.compile(r"关于|标题[：:]")
#: A line opening a title: 关于, or its issuer and 关于 (``某县人民政府关于下达2023年``); a line above it
#: (``县人民政府印发通知``) is a headline or the issuer alone.
_TITLE_LINE_OPENS = re.compile(rf"(?:[\u4e00-\u9fff]{{2,20}}?(?:{GOVERNMENT}|委员会|局|办公室))?关于|标题[：:]")

#: A committee's review names the committee before the title (…财政经济委员会关于…); a
#: congress's resolution names the congress's session (…人民代表大会第三次会议关于…的决议).
_REVIEW_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,30}(?:委员会|常委会|人民代表大会[\u4e00-\u9fff]{0,12}会议)")


#: How a title ends when complete: the report, or a committee's opinion or resolution on it.
_COMPLETED = re.compile(r"(?:报告|审议意见|审查意见|审查结果|决议|决定)[）)]?$")


#: A note closing a title line (``…计划执行情况（书面）``): the title ends before it.
_TITLE_NOTE = re.compile(r"[（(](?:书面|书面报告|摘要|全文|节选)[）)]$")


def _titled(kind: str, joined: str, after: list[Block]) -> bool:
    """A title line: a report's says 报告 (here or on the next line); a plan's is its own line."""
    joined = _TITLE_NOTE.sub("", joined)
    if "报告" in joined or len(joined) <= 60 and "报告" in "".join(b.text for b in after):
        return True
    if FILE_NAME.search(joined):
        return True  # a document-sharing site's copy is headed by its file name: the title
    if kind == "review" and _COMPLETED.search(joined):
        return True  # a congress's resolution on the report, a committee's opinion (…的审议意见)
    if kind == "report" and len(joined) <= 80 and re.search(r"计划[（(]?草案[）)]?$", joined):
        return True  # 2021年…计划执行情况与2022年…计划草案: the two-part title without 的报告
    if kind == "execution" and len(joined) <= 80 and REST_TASKS_RE.search(joined):
        return True  # …上半年…计划执行情况及下半年重点工作: a half-year report names its second part
    # a plan headed by its year's arrangements (2018年国民经济和社会发展计划安排) is a plan's title too
    # (a gazetteer's section on the plan: ``2003年计划的编制与执行``, real_aside61 convention 1)
    return kind in ("plan", "execution") and len(joined) <= 60 and bool(
        re.search(r"(?:计划|计划安排|情况|目标|通知|草案|(?:编制|制定)[与和及](?:执行|实施))[）)]?$", joined))


def _region_in_title(prefix: str) -> str:
    places = places_in(prefix)
    return places[-1] if places else ""


def is_chrome(text: str, meta: ParseMeta) -> bool:
    """Is this line site chrome? Read what metadata it carries either way."""
    issuer = ISSUER_RE.search(text)
    if issuer and not meta.issuer:
        meta.issuer = issuer.group("v") or issuer.group("w")
    published = PUBLISHED_RE.search(text)
    if published and not meta.published:
        meta.published = _iso(published.group("d"))
    if not meta.footer and len(text) <= 100 and FOOTER_RE.search(text):
        meta.footer = text
    site = SITE_REGION_RE.match(text)
    if site and not meta.region_site and ("星期" in text or len(text) < 30):
        meta.region_site = site.group("r")
    return bool(CHROME_RE.search(text))


def _read_subtitle(blocks: list[Block], i: int, meta: ParseMeta) -> int:
    """Join ``——2024年1月10日在…`` with its continuation lines; read date and meeting."""
    parts = [SUBTITLE_RE.sub("", blocks[i].text)]
    j = i + 1
    while not re.search(r"会议上|会上|上$", parts[-1]) and j < len(blocks) and j < i + 3:
        nxt = blocks[j].text
        if len(nxt) > 40 or SALUTATION_RE.match(nxt) or SPEAKER_RE.match(nxt.replace(" ", "")):
            break
        parts.append(nxt)
        j += 1
    text = arabic_dates(compact("".join(parts)))  # ——二〇二一年三月一日在…
    date = DATE_RE.search(text)
    if date:
        meta.delivered = _iso_parts(date.group("y"), date.group("m"), date.group("d"))
    meeting = re.search(r"在(?P<m>.+?会议)", text)
    if meeting:
        meta.meeting = meeting.group("m")
    return j


def _iso(text: str) -> str:
    m = DATE_RE.search(text)
    return _iso_parts(m.group("y"), m.group("m"), m.group("d")) if m else ""


def _iso_parts(y: str, m: str, d: str) -> str:
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def read_opening_title(blocks: list[Block], meta: ParseMeta) -> None:
    """Without a title line, the opening sentences may name the document
    (``现将…执行情况与…计划草案提请…``, ``《上饶市2022年国民经济和社会发展计划》已经…``):
    read its kind, years and place from there."""
    if meta.kind:
        return
    # a page's chrome (a news app's channel, headline, date and time lines) may push its first line of text
    # (``南都讯 7月28日上午，…作了2020年上半年…执行情况的报告``) below the first six: it is read too
    first = chrome_end(blocks)
    lead = [blocks[first]] if 6 <= first < min(len(blocks), TITLE_LINES) else []
    # a signed digest names the report delivered below its lede, the session's agenda and who attended
    # (``受省政府委托,…作了关于湖南省2014年上半年…执行情况的报告``): read there when the page restates five
    # figures or more (real_aside59 convention 1)
    below = [b for b in blocks[6 : first + DELIVERY_LINES] if DELIVERED_REPORT.search(compact(b.text))][:1]
    if below and len(FIGURE_MARK.findall(" ".join(b.text for b in blocks[: first + 2 * DELIVERY_LINES]))) < DIGEST_FIGURES:
        below = []
    texts = [compact(b.text) for b in [*blocks[:6], *lead, *below, *_after_salutation(blocks), *_after_dateline(blocks)]]
    plain = list(texts)
    # 将今年上半年…执行情况报告如下, a digest's 去年…执行情况与今年计划草案: the year of the delivery, else the page's date
    year = int(meta.delivered[:4]) if meta.delivered else page_year([*blocks[:6], *blocks[6:][-3:]], meta)
    if year:
        texts += [dated(t, year) for t in texts]
    for i, text in enumerate(texts):
        m = read_title(text, sentence=True) or announced_report(text) or _quoted_title(text) or presented_plan(text, opening=i == 0) or notified_plan(text)
        if m is None or re.match(r"^[一二三四五六七八九十]+、", text):
            continue
        meta.kind = m.kind
        # a committee's opinion on the report it quotes (``…会议听取和审议了…《…的报告》``), announcing its
        # own numbered points (``…提出建议如下:``): the review (real_aside46 convention 9)
        # the same opinion naming the report unquoted (``…会议听取并审议了市政府关于…执行情况的报告``; fxa75)
        heard = text[m.start - 1 : m.start] == "《" or re.search(r"(?:听取|审议|审查)了?[^，。；]{0,12}?关于$", text[: m.start + len(m.region)])
        if heard and own_review([b.text for b in blocks]):
            meta.kind = "review"
        meta.year, meta.plan_year = m.year, m.plan_year
        meta.named = text[m.start:]
        meta.region_short = meta.region_short or _region_in_title(
            re.sub(r"^.*?(?:报告|审议|现将|现把|现就|关于|《)", "", m.region)
        )
        meeting = re.search(r"提请(?P<m>[\u4e00-\u9fff]{4,30}?会议)", text)
        if meeting and not meta.meeting:
            meta.meeting = meeting.group("m")
        return
    # a copy that lost every year (``《某市年国民经济和社会发展计划执行情况与年国民经济和社会发展计划草案》``):
    # its title still says what the document is; the years are the user's (--year; real_aside38 convention 3)
    yearless = next((m for t in texts if not PART_HEADING_OPENS.match(t) and (m := _yearless_title(t))), None)
    if yearless is not None:
        meta.kind = yearless.kind
        return
    # a page stored from inside its plan part (``2024年是…``, then ``建议2024年…主要预期目标确定为：``): an
    # excerpt of the plan year (real_aside44 convention 4)
    inside = plan_part_excerpt(texts[:3]) if first == 0 else None
    if inside is not None:
        meta.year, meta.plan_year = inside
        return
    # a part's heading (``一、上半年国民经济和社会发展计划执行情况`` opening a page cut before it) names the
    # part, not the document: the page is an excerpt
    undated = next((u for t in texts if not PART_HEADING_OPENS.match(t) and (u := UNDATED_EXECUTION.search(t))), None)
    if undated is not None:
        meta.kind = "execution"  # the year is the page's date's (a press digest), else the user's (--year)
        # a committee's opinion on the report it quotes (``…审议了市政府《关于今年以来…执行情况的报告》``),
        # announcing its own numbered points (``常委会组成人员建议:``): the review, dated by its meeting (fxa74)
        if "《" in undated.string[: undated.start()] and own_review([b.text for b in blocks]):
            meta.kind = "review"
        if year and not meta.delivered:
            meta.year, meta.plan_year = year, year + 1
        return
    # a press digest whose head was lost (``张韶春报告说,今年上半年,全省…``): the execution report restated
    # (real_aside51 convention 1); so is a half-year account stored from its first paragraph (``今年以来,本市…``,
    # then ``(一)…``; real_aside56 convention 2); the year is the page's date's, else the user's (--year)
    if first == 0 and (digest_without_head(texts[:6]) or account_without_head(texts[:6])):
        meta.kind = "execution"
        if year and not meta.delivered:
            meta.year, meta.plan_year = year, year + 1
        return
    # a page telling a meeting that heard a report on part of the year (its plan's execution, the economic
    # work), then restating five or more of its figures: the execution report's digest (real_aside59
    # convention 1); the year is the one it writes, else the page's date's, else the user's (--year)
    heard, written = heard_period_digest(plain[:6])
    if heard:
        meta.kind, meta.named = "execution", heard
        if written or (year and not meta.delivered):
            meta.year = written or year
            meta.plan_year = meta.year + 1


#: A 年 that lost its number before the plan's words (``呼和浩特市年国民经济``, ``与年国民经济``): not 今年, 全年
#: or any other word of time.
_LOST_YEAR = re.compile(r"(?<![\d〇零一二三四五六七八九十百千上下全今明去当本每同往近半两前后度])年(?=度?(?:国民经济|经济[和与]?社会))")


def _yearless_title(text: str) -> TitleMatch | None:
    """The family title ``text`` names with its years lost, read with years put back in turn, or None."""
    if not _LOST_YEAR.search(text):
        return None
    years = iter(range(1990, 2000))
    text = _LOST_YEAR.sub(lambda _: f"{next(years, 1999)}年", text)
    return read_title(text, sentence=True) or _quoted_title(text)


#: How a part's heading opens (``一、``, ``二．``): a line so opened names a part of the document.
PART_HEADING_OPENS = re.compile(r"^[一二三四五六七八九十]+[、．.]")


#: A document's title quoted in a sentence (``听取和审议了…《某乡2024年1至8月国民经济和社会发展情况报告》``).
_QUOTED_TITLE = re.compile(r"《([^《》]{6,80})》")


def _quoted_title(text: str) -> TitleMatch | None:
    """The family title a sentence quotes, read as a title line (its place after 《, a report on
    part of the year without 计划); a sentence reviewing it (审查结果报告如下) makes it a review."""
    for quoted in _QUOTED_TITLE.finditer(text):
        m = read_title(quoted.group(1))
        if m is not None:
            review = read_title(text) is None and REVIEW_RE.search(text) is not None
            return replace(m, kind="review") if review else m
    return None


#: How far down a page its salutation (各位代表：) is looked for: chrome, a delivery line and a speaker above it.
SALUTATION_LINES = 14


#: A press item's lead, opened by its dateline (``某某新闻网1月30日讯（记者…）``, ``新华社北京3月5日电``).
#: A dateline with no date is a paper's or site's own (``本报讯（记者…）``, ``某某网消息（记者…）``): its byline is
#: written (fxgen10).
DATELINE_LEAD = re.compile(r"^[^，,。；;]{0,30}?(?:" + DATED_DATELINE + "|" + UNDATED_DATELINE + ")")
#: The same dateline anywhere in a paragraph (headlines run into it by the page's copy).
DATELINE = re.compile(DATELINE_CORE)


def _after_dateline(blocks: list[Block]) -> list[Block]:
    """The paragraph after a press digest's dateline lead: it says whose figures the lead gave
    (``这是…向大会提交的《关于…的报告》提出的今年主要预期目标``), the document the digest is of (fxa58)."""
    for i, block in enumerate(blocks[:TITLE_LINES]):
        if DATELINE_LEAD.match(block.text.strip()):
            return blocks[i + 1 : i + 2]
    return []


def _after_salutation(blocks: list[Block]) -> list[Block]:
    """The opening sentence after the salutation (``各位代表：`` / ``受…委托，现将…报告如下``), however
    many lines of chrome, delivery and speaker stand above it: the sentence that announces the document."""
    for i, block in enumerate(blocks[:SALUTATION_LINES]):
        if SALUTATION_RE.match(block.text):
            return blocks[i + 1 : i + 3]
    return []


def page_year(blocks: list[Block], meta: ParseMeta) -> int | None:
    """The year a page is dated: its 发布时间, or a dateline among its first or last lines (a
    short line holding a date, ``2003年03月07日06:04 某某报``, or a line opening on one)."""
    if meta.published:
        return int(meta.published[:4])
    for block in blocks:
        date = DATE_RE.search(block.text)
        if date and (len(block.text) <= 60 or date.start() == 0):
            return int(date.group("y"))
    return None


#: A page headed by the genre's own name without a year or place (``国民经济和社会发展计划报告``, a
#: press release's headline over one page of the report): a page of the two-part report, cut; it
#: is delivered early in its plan year, so the page's date is the plan year.
GENRE_HEADLINE = re.compile(r"(?:^|(?<=\s))(?:关于)?国民经济和社会发展计划(?:执行情况)?(?:的)?报告(?=\s|$)")


def read_opening_sentence(front: list[ParsePara], parts: list[ParsePart], meta: ParseMeta) -> None:
    """Without a title, region and years come from the opening sentence."""
    if meta.year:
        return
    texts = [compact(p.text) for p in front] + [compact(p.title) for p in parts]
    if meta.delivered:  # 一、今年上半年计划执行情况: the year the report was delivered in
        texts += [dated(t, int(meta.delivered[:4])) for t in texts]
    for text in texts:
        m = read_title(text)
        if m:
            meta.year, meta.plan_year = m.year, m.plan_year
            meta.region_short = meta.region_short or _region_in_title(
                re.sub(r"^.*?(?:报告|审议|现将|现把|现就|关于)", "", m.region)
            )
            meeting = re.search(r"提请(?P<m>[\u4e00-\u9fff]{4,30}?会议)", compact(text))
            if meeting and not meta.meeting:
                meta.meeting = meeting.group("m")
            return
    for part in parts:
        y = re.search(rf"({_YEAR})年", arabic_years(part.title))  # 一、二○○七年…发展情况
        if y and part.role == "execution":
            meta.year, meta.plan_year = int(y.group(1)), int(y.group(1)) + 1
            return
        if y and part.role == "plan":
            meta.year, meta.plan_year = int(y.group(1)) - 1, int(y.group(1))
            return
    head = [meta.head, *(p.text for p in front[:3]), *(p.text for part in parts[:1] for _, p in part.paras[:3])]
    dated_on = next((int(d.group("y")) for d in map(DATE_RE.search, head) if d), None)
    if dated_on and any(GENRE_HEADLINE.search(t) for t in head):
        meta.year, meta.plan_year = dated_on - 1, dated_on


def metadata(meta: ParseMeta, name: str, year: int | None, region: str | None) -> Metadata:
    y = year or meta.year
    if y is None and not (region or _full_region(meta)):
        raise InputError(
            f"无法从 {name} 中判断报告年度和地区",
            "标题、副标题、网站名称、来源和正文开头都没有写明“××地区××年国民经济和社会发展计划执行情况”（“我区”“本县”这样的代称不算）",
            "请用 --year 和 --region 指明执行年度和地区，例如 --year 2023 --region 天津市河北区",
        )
    if y is None:
        raise InputError(
            f"无法从 {name} 中判断报告年度",
            "标题、副标题和开头都没有写明“××年国民经济和社会发展计划执行情况”",
            "请用 --year 指明执行年度，例如 --year 2023",
        )
    period = report_period(meta.kind, meta.title or meta.named, meta.opening)
    plan_year = y + 1 if year else (meta.plan_year or y + 1)
    full = _full_region(meta)
    final_region = region or full
    if not final_region:
        raise InputError(
            f"无法从 {name} 中判断地区",
            "标题、网站名称、来源、发言人和正文开头都没有写明地区名称（“我区”“本县”这样的代称不算）",
            "请用 --region 指明地区，例如 --region 天津市河北区",
        )
    return Metadata(
        region=final_region,
        kind=meta.kind or ("report" if meta.title else "excerpt"),
        year=y,
        plan_year=plan_year,
        title=meta.title,
        issuer=_full_issuer(meta, full),
        meeting=meta.meeting,
        delivered=meta.delivered,
        published=meta.published,
        speaker=meta.speaker,
        speaker_title=meta.speaker_title,
        period=period,
    )


def _full_region(meta: ParseMeta) -> str:
    """The title's place completed with its city where another line names both; without a
    title, the first place the site's name, 来源 line, meeting, speaker or opening names."""
    # the site's name, the 来源 line, the meeting (在溪口市南坪区第五届人民代表大会…), the speaker,
    # the opening, and last the site's footer (主办：溪口市南坪区人民政府)
    sources = [meta.title, meta.region_site, meta.issuer, meta.meeting, meta.speaker_title, meta.head, meta.opening, meta.footer]
    region = region_from(meta.region_short, [s for s in sources if s], meta.text)
    # a subtitle the head did not reach (在淄博市周村区…会议上) completes the title's place
    # and so does a delivery line for a place a 来源 line or the opening wrote alone (来源：白云区 above
    # 在广州市白云区第十四届人民代表大会…: real_aside52, fxa52)
    if region and region == meta.region_short:
        return completed_in(region, meta.text)
    # (a quoted document's title is no place: 《广州市花都区…方案》, real_aside9 convention 6)
    return completed_in(region, re.sub(r"《[^《》]*》", "", meta.text)) if region and not meta.region_short else region


def _full_issuer(meta: ParseMeta, region: str) -> str:
    if meta.issuer:
        return _regional(meta.issuer, meta, region)
    title = meta.speaker_title
    m = re.match(r"(.+?(?:委员会|局|办公室|政府))", title)
    if not m:
        return ""
    return _regional(m.group(1), meta, region)


def _regional(issuer: str, meta: ParseMeta, region: str) -> str:
    """The issuer named with the full region: ``区发展和改革局`` → ``海州市东港区发展和改革局``."""
    if region and issuer and issuer[0] in "区县市旗" and region.endswith(issuer[0]) and not issuer.startswith(region):
        return region + issuer[1:]
    # a development zone's organs write its short name (经开区/高新区/开发区经济发展局)
    for abbr in ("经开区", "高新区", "开发区", "园区"):
        if region.endswith("开发区") and issuer.startswith(abbr) and not issuer.startswith(region):
            return region + issuer[len(abbr) :]
    short = meta.region_short
    if region and short and issuer.startswith(short) and not issuer.startswith(region):
        issuer = region + issuer[len(short) :]
    return issuer
