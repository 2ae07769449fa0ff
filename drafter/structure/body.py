"""The body of a report: parts, chapters, paragraphs and their roles, lead sentences."""

from __future__ import annotations

import re

from drafter.periods import report_period
from drafter.read import Block
from drafter.structure.blocks import RUN_TITLE
from drafter.structure.genre import KIND_ROLE, content_role, family_like
from drafter.structure.head import DATELINE, GENRE_HEADLINE, is_chrome
from drafter.structure.patterns import (
    CHAPTER_RE,
    CLAUSE_OPENERS,
    CN_NUM,
    DIGEST_PROPOSES,
    DIGEST_RECOUNTS,
    LEAD_ENDINGS,
    LEAD_MAX,
    MAIN_TARGETS_RE,
    NUMBERED_RE,
    PART_RE,
    REQUIREMENTS_RE,
    REST_OF_YEAR,
    REST_OF_YEAR_RE,
    SALUTATION_RE,
    SHORTCOMINGS_RE,
    part_role,
)
from drafter.structure.state import ParseChapter, ParseMeta, ParsePara, ParsePart


def _is_heading_line(text: str) -> bool:
    """A heading is short and does not read as a sentence."""
    return len(text) <= 60 and not text.endswith(("。", "；", "：")) and text.count("。") == 0


def read_body(
    blocks: list[Block], start: int, meta: ParseMeta
) -> tuple[list[ParsePart], list[ParsePara], list[ParsePara], int]:
    """Parts, front matter, closing and where the body ends.

    A page that starts mid-document (a chapter heading or report text before any part
    heading, the first part heading being 二 or none at all) holds the text before its
    first part heading in a part of its own, numbered and given a role from what follows.
    """
    parts, front, closing, end = _read_body(blocks, start, meta, None)
    opening = _opening_part(parts, front, meta)
    if opening is not None:
        parts, front, closing, end = _read_body(blocks, start, meta, opening)
    for part in parts:
        if part.role == "other":
            part.role = _role_of(part, meta)
    _main_targets_from_front(parts, front)
    _lead_before_titles(parts, front)
    parts = _split_headless(parts, meta)
    _next_steps_of_the_period(parts, meta)
    _split_rest_of_year(parts, meta)
    return parts, front, closing, end


def _of_part_of_a_year(meta: ParseMeta) -> bool:
    """An execution report on part of a year: its title or opening names the part (上半年, 1-9月)."""
    return bool(report_period(meta.kind, meta.title or meta.named, meta.opening))


#: What comes next (``二、下一步工作安排``, ``下阶段重点工作``): in a report on part of a year, the rest of it.
_NEXT_STEPS = re.compile(r"下一步|下阶段|下步|今后|后期")


def _next_steps_of_the_period(parts: list[ParsePart], meta: ParseMeta) -> None:
    """An execution report on part of a year (its title says 上半年, 1-9月…) turns to what comes next
    (``二、下一步工作安排``): the rest of that year, its plan part as ``下半年工作安排`` is."""
    if not _of_part_of_a_year(meta):
        return
    for part in parts:
        if _NEXT_STEPS.search(part.title) and part_role(part.title) != "execution":
            part.role = "plan"


#: A half-year report turning to the rest of its year without a heading (``下半年，全区将…力争…``), or a
#: digest of it giving the speaker's next steps (``某某说，下一阶段抓好…``: the rest of the year, real_aside37
#: convention 4). A digest may put it in the report's mouth (``报告提出，下半年要…``: tests/real_aside34 henan-2020).
_REST_OPENING = re.compile(
    r"^(?:报告(?:提出|指出|强调|要求|明确)[，,：:]?|[\u4e00-\u9fff]{2,4}?(?:介绍|强调|指出|表示)?说?[，,：:])?"
    r"(?:按照(?:计划|部署|安排)[，,])?(?:今年)?"  # 按照计划，今年下半年，贵州将确保… (real_aside59 convention 4)
    rf"(?:{REST_OF_YEAR}(?:[，,]|要|将)|(?:下一阶段|下阶段|下一步)(?!工作[，,]))"
)


def _split_rest_of_year(parts: list[ParsePart], meta: ParseMeta) -> None:
    """A report on part of a year whose last part ends on the rest of the year, unheaded (``下半年，…力争…``):
    from that paragraph on, its plan part (as ``二、下半年工作安排`` is)."""
    if not _of_part_of_a_year(meta) or not parts or parts[-1].role != "execution":
        return
    last = parts[-1]
    tail = [p for k, p in last.paras if k == len(last.chapters)]
    paras = last.chapters[-1].paras if last.chapters and not tail else tail
    at = next((i for i, p in enumerate(paras) if _REST_OPENING.match(p.text) and content_role([p.text]) == "plan"), None)
    if at is None:
        return
    moved = paras[at:]
    del paras[at:]
    if not last.chapters or tail:
        gone = {id(p) for p in moved}
        last.paras = [(k, p) for k, p in last.paras if id(p) not in gone]
    parts.append(ParsePart(CN_NUM[CN_NUM.index(last.number[-1]) + 1], "plan", "", paras=[(0, p) for p in moved]))


def _main_targets_from_front(parts: list[ParsePart], front: list[ParsePara]) -> None:
    """A plan that states its main targets before its first heading (``…主要预期目标为：…``)
    holds them in its first part, where they are read."""
    # part 一 may open with its own items (``一是…``) before any chapter: the targets still go first,
    # unless it states main targets of its own
    if not parts or parts[0].role != "plan" or any(p.role == "main_targets" for _, p in parts[0].paras):
        return
    at = next((i for i, p in enumerate(front) if MAIN_TARGETS_RE.search(p.text) and not _PREAMBLE.match(p.text)), None)
    if at is None:
        return
    moved = front[at:]
    del front[at:]
    parts[0].paras[:0] = [(0, ParsePara(p.text, role="main_targets" if k == 0 else "intro", rows=p.rows))
                          for k, p in enumerate(moved)]


def _run_title(text: str) -> str:
    """The role of a paragraph that is a part's title alone (a digest's inline title split off
    by ``blocks.RUN_HEADING``: ``去年…计划执行情况``, ``今年…计划草案``), else ""."""
    return part_role(text) if re.fullmatch(RUN_TITLE, text) else ""


def _lead_before_titles(parts: list[ParsePart], front: list[ParsePara]) -> None:
    """A digest without part headings that runs the report's part titles inline: the text
    before its first title is the paper's lead (``本报讯…重要数字有——``), front matter."""
    if len(parts) != 1 or parts[0].title or parts[0].chapters:
        return
    paras = parts[0].paras
    at = next((i for i, (_, p) in enumerate(paras) if _run_title(p.text) == "execution"), 0)
    front.extend(ParsePara(p.text, role="preamble") for _, p in paras[:at])
    del paras[:at]


def _split_headless(parts: list[ParsePart], meta: ParseMeta) -> list[ParsePart]:
    """A report without part headings (a press digest: 报告指出… / 报告提出2020年…主要预期目标)
    turns from its account to its plan at the paragraph that states the plan's targets."""
    if len(parts) != 1 or parts[0].title or parts[0].chapters or meta.kind not in ("report", "review", ""):
        return parts
    paras = parts[0].paras
    plan_year = f"{meta.plan_year}年" if meta.plan_year else "\0"
    proposes = re.compile(DIGEST_PROPOSES.format(plan=re.escape(plan_year) + "|明年"))
    paras, turn = _split_at_turn(paras, plan_year)  # turn: the first paragraph a sentence's turn opened
    if not meta.kind and turn is None:
        return parts  # a page whose title is not read yet (a digest naming the report in its sentence) turns only so
    at = next((i for i, (_, p) in enumerate(paras) if i and (
        MAIN_TARGETS_RE.search(p.text[:80]) or plan_year in p.text[:30] and "目标" in p.text[:80]
        or proposes.match(p.text) or _run_title(p.text) == "plan" or _turns_to_plan(p.text, meta) or i == turn)), None)
    if at is None:
        return parts
    first = ParsePart(parts[0].number, "execution", "", paras=paras[:at])
    second = ParsePart(CN_NUM[CN_NUM.index(first.number) + 1], "plan", "", paras=paras[at:])
    # another report's account of the year after the plan's targets (the budget report's revenue)
    recounts = re.compile(DIGEST_RECOUNTS.format(year=f"{meta.year}年|去年" if meta.year else "去年"))
    back = next((i for i, (_, p) in enumerate(paras) if i > at and recounts.match(p.text)), None)
    if back is None:
        return [first, second]
    second.paras = paras[at:back]
    third = ParsePart(CN_NUM[CN_NUM.index(second.number) + 1], "execution", "", paras=paras[back:])
    return [first, second, third]


#: A digest's sentence turning, inside a paragraph, from the report's delivery to its plan
#: (``…提请审查《…的报告》。报告说，今年我省拟安排省重点项目1564个``): the report says what this year is to
#: bring. A digest is written at the delivery, in the plan year, so its ``今年`` is the plan's year; the
#: sentence speaks for a target (拟/将/计划/预期/力争/目标) in its first words (real_aside57 convention 6).
_TURN_IN_PARA = (
    r"(?<=[。！？])\s*报告(?:还|并|同时)?(?:说|称|指出|提出|建议|明确)[：:，,]?(?=(?:今年|明年|{plan})[^。；]{{0,12}}?(?:拟|将|计划|预期|力争|目标))"
)


def _split_at_turn(paras: list[tuple[int, ParsePara]], plan_year: str) -> tuple[list[tuple[int, ParsePara]], int | None]:
    """A headless digest's paragraphs with the first one a sentence turns to the plan in (``_TURN_IN_PARA``)
    cut there, and the index of the paragraph the turn opens (None: no turn)."""
    turn = re.compile(_TURN_IN_PARA.format(plan=re.escape(plan_year)))
    for i, (seen, para) in enumerate(paras):
        m = turn.search(para.text) if not para.rows else None
        if m is not None:
            cut = [(seen, ParsePara(para.text[: m.start()], role=para.role, lead=para.lead, number=para.number)),
                   (seen, ParsePara(para.text[m.start() :].strip()))]
            return [*paras[:i], *cut, *paras[i + 1 :]], i + 1
    return paras, None


#: How far into a paragraph its year is looked for: the opening of its first sentence.
_TURN_SPAN = 40


def _turns_to_plan(text: str, meta: ParseMeta) -> bool:
    """A headless report's paragraph whose opening names the plan's year (or 明年) and whose words
    speak for targets (预期/力争/确保/目标/左右/将/要 over 完成/同比/比上年): the page's plan starts
    there, whoever proposes it (``周某在报告中提出了2021年…指标体系安排：…增长6.5%左右``; round 15
    fxa50). A paragraph that opens with the report's own year recounts it."""
    if not meta.plan_year or meta.year and text.startswith(f"{meta.year}年"):
        return False
    head = text[:_TURN_SPAN]
    if f"{meta.plan_year}年" not in head and "明年" not in head:
        return False
    if meta.year and f"{meta.year}年" in head.split(f"{meta.plan_year}年")[0]:
        return False  # 2020年…，2021年…: the report year comes first
    return content_role([text]) == "plan"


#: Front matter that belongs before part 一 in a whole report: never the start of an excerpt.
_PREAMBLE = re.compile(r"^(?:各位(?:代表|委员)|(?:下面[，,]?)?我?受[\u4e00-\u9fff]{0,12}委托|现(?:将|向|把|就)|根据|按照[\u4e00-\u9fff]{0,10}安排|[（(]?书面[）)]?$)")


def _is_preamble(text: str) -> bool:
    """Front matter, unless it runs on into the account with its figures (a copy whose text
    lost its breaks: ``各位代表：…现将…。地区生产总值完成350亿元，增长7.5%…``)."""
    return bool(_PREAMBLE.match(text) or SALUTATION_RE.match(text)) and len(_FIGURE_IN.findall(text)) < 2


#: An e-paper's mark of a text continued from another page (``（上接06版）``, ``(上接第2版)``).
CONTINUED_FROM = re.compile(r"^[（(]\s*上接(?:第|本报)?[0-9０-９一二三四五六七八九十]{1,3}版[）)]")


def _opening_part(parts: list[ParsePart], front: list[ParsePara], meta: ParseMeta) -> ParsePart | None:
    """The part the text before the first part heading makes on a page cut before it, or None."""
    body = [p for p in front if not _is_preamble(p.text) and not is_chrome(p.text, ParseMeta())]
    if parts and parts[0].number == "一" or not body:
        return None
    has_chapter = any(CHAPTER_RE.match(p.text) for p in body)
    prose = [p for p in body if len(p.text) >= 40 and re.search(r"\d", p.text)]
    headed = any(GENRE_HEADLINE.search(p.text) for p in front)
    if not (has_chapter or prose or not parts) or not parts and not (
        meta.kind or headed or family_like([p.text for p in body])
    ):
        return None
    if parts:
        number = CN_NUM[max(0, CN_NUM.index(parts[0].number[-1]) - 1)]
        role = "execution" if parts[0].role == "plan" else KIND_ROLE.get(meta.kind, "other")
    else:  # a report or review without part headings opens with its account of the year
        number, role = "一", KIND_ROLE.get(meta.kind, "execution" if meta.kind in ("report", "review") else "other")
        if meta.kind == "report" and (
            any(DATELINE.search(p.text) for p in body[:6]) or any(CONTINUED_FROM.match(p.text) for p in body[:3])
        ):
            # a press digest of the report (``某某网1月30日讯（记者…）…增长8.5%…``) restates one of its parts,
            # the one its words speak for (fxa58); so does an e-paper's continuation page under the report's
            # title (``（上接06版）…力争网络零售额增长15%以上``), which starts mid-part (fx18g)
            said = content_role([p.text for p in body])
            role = said if said != "other" else role
    return ParsePart(number, role, "")


def _role_of(part: ParsePart, meta: ParseMeta) -> str:
    """A part its heading leaves open takes the document's role (an execution report's
    一、工业经济稳步增长), else the one its words speak for (outcomes or targets). A part for the rest
    of the report's own year (二、下半年工作安排) is a report on part of a year's plan part: its targets
    are of that same year Y (its plan year, ``drafter.periods``), never the plan of Y+1; in any other
    report such a part stays ``other``."""
    if REST_OF_YEAR_RE.search(part.title):
        return "plan" if _of_part_of_a_year(meta) else "other"
    if meta.kind in KIND_ROLE:
        return KIND_ROLE[meta.kind]
    # a page's chrome headline (``国民经济和社会发展计划报告`` over an excerpt) names the genre, not the
    # part's content: its 计划 speaks for no targets
    texts = [p.text for _, p in part.paras if not GENRE_HEADLINE.fullmatch(p.text.strip())]
    texts += [t for c in part.chapters for t in (c.title, *(p.text for p in c.paras))]  # 迈出新步伐: a heading's words too
    return content_role(texts) if meta.kind in ("", "review") or not part.title else "other"


def _read_body(
    blocks: list[Block], start: int, meta: ParseMeta, opening: ParsePart | None
) -> tuple[list[ParsePart], list[ParsePara], list[ParsePara], int]:
    parts: list[ParsePart] = []
    front: list[ParsePara] = []
    closing: list[ParsePara] = []
    end = start
    expected_part = 0
    for i in range(start, len(blocks)):
        block = blocks[i]
        text = block.text
        if _is_trailing_chrome(blocks, i, meta):
            break
        end = i + 1
        part_m = PART_RE.match(text)
        if part_m and _is_part_heading(part_m, block, expected_part, meta.year, meta.kind):
            title = part_m.group("title")
            parts.append(ParsePart(part_m.group("num"), part_role(title, meta.year), title))
            expected_part = CN_NUM.index(part_m.group("num")[-1]) + 1
            continue
        if not parts and (opening is None or _is_preamble(text) or is_chrome(text, ParseMeta())):
            front.append(ParsePara(text, role="preamble", rows=block.rows))
            continue
        if not parts and opening is not None:
            parts.append(opening)
            expected_part = CN_NUM.index(opening.number) + 1
        part = parts[-1]
        chap_m = CHAPTER_RE.match(text)
        if chap_m and not block.rows:
            title, rest = _split_chapter_line(chap_m.group("title"))
            title = title.rstrip("。．.")
            part.chapters.append(ParseChapter(chap_m.group("num"), title))
            if rest:
                chapter = part.chapters[-1]
                role = _chapter_level_role(rest, part)
                if role:
                    chapter.paras.append(ParsePara(rest, role=role))
                else:
                    for piece in _split_glued(rest):
                        chapter.paras.append(_body_para(Block(piece), chapter_start=not chapter.paras))
            continue
        if _closing_remark(text) and part is parts[-1] and part.chapters and len(parts) >= 2:
            closing.append(ParsePara(text, role="closing"))
            continue
        if closing:
            closing.append(ParsePara(text, role="closing"))
            continue
        if not block.rows and len(text) <= _CHROME_LINE and not re.search(r"[。；]", text) and is_chrome(text, ParseMeta()):
            # a site's or an app's line inside the text (``听全文约21分钟文章较长试试听``): no figure of the report
            part.paras.append((len(part.chapters), ParsePara(text, role="preamble")))
            continue
        role = _part_level_role(text, part)
        if role:
            part.paras.append((len(part.chapters), ParsePara(text, role=role)))
        elif part.chapters and not _after_shortcomings(part):
            chapter = part.chapters[-1]
            role = _chapter_level_role(text, part)
            para = ParsePara(text, role=role) if role else _body_para(block, chapter_start=not chapter.paras)
            chapter.paras.append(para)
        else:
            role = "table" if block.rows else "intro"
            part.paras.append((len(part.chapters), ParsePara(text, role=role, rows=block.rows)))
    return parts, front, closing, end


#: Longest a line of chrome inside the text is (a short line of no sentence).
_CHROME_LINE = 40


def _is_part_heading(m: re.Match[str], block: Block, expected: int, year: int | None, kind: str = "") -> bool:
    if block.style in ("heading1", "title"):
        return True
    title = m.group("title")
    if not _is_heading_line(title):
        return False
    number = CN_NUM.index(m.group("num")[-1]) + 1 if len(m.group("num")) == 1 else 0
    if expected == 0 and number > 1 and part_role(title, year) != "other":
        return True  # a page cut before part 一 starts at 二、…目标任务
    return number == expected + 1 and (part_role(title, year) != "other" or expected >= 1 or kind in KIND_ROLE)


def _is_trailing_chrome(blocks: list[Block], i: int, meta: ParseMeta) -> bool:
    """True at the first chrome line after which only chrome (or nothing) follows."""
    if not is_chrome(blocks[i].text, meta):
        return False
    rest = blocks[i:]
    return all(is_chrome(b.text, meta) or len(b.text) < 40 and "。" not in b.text for b in rest)


def _closing_remark(text: str) -> bool:
    return bool(SALUTATION_RE.match(text)) or text.startswith(("同志们", "让我们"))


def _after_shortcomings(part: ParsePart) -> bool:
    """Paragraphs after a part's shortcomings paragraph stay at part level."""
    return bool(part.paras) and part.paras[-1][0] == len(part.chapters) and part.paras[-1][
        1
    ].role in ("shortcomings",)


def _part_level_role(text: str, part: ParsePart) -> str:
    head = text[:80]
    if part.role in ("execution", "other") and part.chapters and SHORTCOMINGS_RE.search(head):
        return "shortcomings"
    if not part.chapters and REQUIREMENTS_RE.search(head[:60]):
        return "requirements"
    if not part.chapters and MAIN_TARGETS_RE.search(head) and not any(p.role == "main_targets" for _, p in part.paras):
        return "main_targets"  # one per part: a later ``主要指标如下表`` introduces a table
    return ""


def _chapter_level_role(text: str, part: ParsePart) -> str:
    """A plan part whose first chapter is ``（一）总体要求和主要目标`` holds those paragraphs there."""
    if part.role != "plan" or not re.search(r"总体要求|主要目标|预期目标", part.chapters[-1].title):
        return ""
    if REQUIREMENTS_RE.search(text[:60]):
        return "requirements"
    if MAIN_TARGETS_RE.search(text[:30]) or not part.chapters[-1].paras and MAIN_TARGETS_RE.search(text[:60]):
        return "main_targets"
    return ""


def _split_chapter_line(title: str) -> tuple[str, str]:
    """Split ``（一）heading + first paragraph`` run together on one line."""
    if _is_heading_line(title):
        return title, ""
    spaced = re.match(r"^(\S{4,40}?)\s+(\S.*)$", title)
    if spaced and "。" not in spaced.group(1):
        return spaced.group(1), spaced.group(2)
    first = title.split("。", 1)[0]
    couplet = re.match(r"^([^，。]{4,20})，", first)
    if couplet:  # "A，B" headings are couplets of near-equal halves
        n = len(couplet.group(1))
        for k in (n, n + 1, n - 1, n + 2, n - 2):
            cut = n + 1 + k
            if 0 < k and cut < len(title) and _starts_lead(title[cut:]):
                return title[:cut], title[cut:]
    # "（一）heading。text…": the heading is the first sentence
    return first, title[len(first) + 1 :].strip()


#: A short sentence of words only, right after a full stop: a lead sentence run into the text
#: before it when the page lost its paragraph breaks (``…增长9.2%。产业平台能级提升。青溪…``).
_GLUED_LEAD = re.compile(r"(?<=。)(?P<lead>[\u4e00-\u9fff“”]{4,14})。")


def _split_glued(text: str) -> list[str]:
    """Split a heading's run-on text into its lead-sentence paragraphs.

    Only text that itself opens with a lead sentence is split, at each later short sentence
    standing between two long ones, as lead sentences do; anything else stays whole.
    """
    if not _lead_sentence(text, "", 0):
        return [text]
    cuts = [0]
    for m in _GLUED_LEAD.finditer(text):
        before = text[: m.start() - 1].rsplit("。", 1)[-1]
        after = text[m.end() :].split("。", 1)[0]
        if len(before) >= 12 and len(after) >= 12 and not m["lead"].startswith(("这", "此", "其中", "同时", "对此")):
            cuts.append(m.start())
    return [text[a:b] for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]


def _starts_lead(text: str) -> bool:
    """Does text open with a short lead sentence ending in 。?"""
    first = text.split("。", 1)[0]
    return 0 < len(first) <= LEAD_MAX and "。" in text


def _body_para(block: Block, chapter_start: bool = False) -> ParsePara:
    text = block.text
    if block.rows:
        return ParsePara(text, role="table", rows=block.rows)
    number = ""
    numbered = NUMBERED_RE.match(text)
    if numbered:
        number = numbered.group("a") or numbered.group("b") or ""
        if _is_heading_line(numbered.group("rest")) and not block.bold:
            return ParsePara(text, role="heading3", number=number, lead=numbered.group("rest"))
    lead = _lead_sentence(text, block.bold, len(text) - len(numbered.group("rest")) if numbered else 0)
    role = "chapter_intro" if chapter_start and not lead else "body"
    return ParsePara(text, role=role, lead=lead, number=number)


def _lead_sentence(text: str, bold: str, skip: int) -> str:
    """The paragraph's lead sentence, or "" when it has none."""
    body = text[skip:]
    if bold and body.startswith(bold.strip()[:4]) and len(bold) <= 60:
        end = len(bold.strip())
        return body[:end]
    stop = re.search(r"[。！？：]", body)
    # a one-sentence item (``8.完成…指标。``) is all body: a lead sentence opens more text
    whole = stop is not None and not body[stop.end() :].strip()
    if stop and not whole and stop.start() + 1 <= LEAD_MAX and stop.group() != "：":
        head = body[: stop.start()]
        if _FIGURE_IN.search(head):
            return ""  # 城镇新增就业1.2万人以上。: a sentence with a figure is body text, not a lead
        if "，" not in head or len(head) <= 14:
            return body[: stop.end()]
    return _lead_without_stop(body)


_FIGURE_IN = re.compile(r"\d(?:\.\d+)?\s*(?:万|亿)?(?:%|[个家人项所元亩吨座台条户张])")
#: ``稳定在32万亩以上``: the predicate goes on into its figure, so no lead ends before it.
#: ``全社会用电量突破200亿大关``: a number right after the verb (not a year) is its object, no lead ends before it (round 17).
_PREDICATE_GOES_ON = re.compile(r"^(?:(?:在|到|至|为)[\d一二两三四五六七八九十百]|\d(?![\d.]*年))")


def _opens_with_figure(body: str, k: int) -> bool:
    """``现代服务业提质增效服务业增加值…86.2%``: a figureless head, then a clause with a figure."""
    clause = re.split(r"[，；。]", body[k:], maxsplit=1)[0]
    return k <= 16 and not re.search(r"\d", body[:k]) and bool(re.search(r"\d", clause[:40]))


def _lead_without_stop(body: str) -> str:
    """Find a lead sentence whose full stop the page dropped (``…持续深化与海淀区…``)."""
    window = body[: LEAD_MAX + 1]
    if "，" in window[:6]:
        return ""
    for k in range(6, min(len(window), LEAD_MAX)):
        if "，" in body[:k] or "、" in body[:k]:
            break
        if body[k : k + 2] in LEAD_ENDINGS or _PREDICATE_GOES_ON.match(body[k:]):  # the predicate goes on: 持续|深化
            continue
        if body[:k].endswith(LEAD_ENDINGS) and (body[k:].startswith(CLAUSE_OPENERS) or _opens_with_figure(body, k)):
            return body[:k]
    return ""
