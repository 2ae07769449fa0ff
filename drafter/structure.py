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
* the shortcomings, requirements and main-targets paragraphs are recognized by their
  set phrases; a report that stops mid-text, or lacks a part, is an excerpt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.errors import InputError
from drafter.model import Chapter, Coverage, Metadata, Paragraph, Part, Report
from drafter.normalize import compact, normalize_text
from drafter.read import Block, Document

CN_NUM = "一二三四五六七八九十"
_YEAR = r"(?:19|20)\d{2}"

TITLE_RE = re.compile(
    rf"(?P<region>[\u4e00-\u9fff]{{0,12}}?)(?P<y1>{_YEAR})年(?:度)?国民经济和社会发展计划"
    rf"(?:执行|完成)情况(?:与|和|及)(?P<y2>{_YEAR})年(?:度)?(?:国民经济和社会发展)?计划(?:草案)?"
)
PART_RE = re.compile(rf"^(?P<num>[{CN_NUM}]{{1,3}})[、.．]\s*(?P<title>.+)$")
CHAPTER_RE = re.compile(rf"^[（(](?P<num>[{CN_NUM}]{{1,3}})[）)]\s*(?P<title>.+)$")
CHAPTER_SPACED_RE = re.compile(
    rf"^(?P<head>[（(][{CN_NUM}]{{1,3}}[）)]\s*[^\s。]{{4,40}}?)[ \u3000\xa0\t]+(?P<rest>\S.*)$"
)
NUMBERED_RE = re.compile(r"^(?:(?P<a>\d{1,2})[.．、](?!\d)|[（(](?P<b>\d{1,2})[）)])\s*(?P<rest>.+)$")
SPACED_LEAD_RE = re.compile(r"^(?P<lead>[\u4e00-\u9fff“”]{4,24})[ \u3000\xa0]+(?=[\u4e00-\u9fff\d“])")
SUBTITLE_RE = re.compile(r"^[—–\-－]{1,4}")
SPEAKER_RE = re.compile(
    r"^(?P<title>[\u4e00-\u9fff（）()、]{2,40}?(?:主任|局长|区长|县长|市长|旗长|书记|主席|部长|委员|负责人|副主任))"
    r"\s*(?P<name>[\u4e00-\u9fff·]{2,4})$"
)
SALUTATION_RE = re.compile(r"^各位(?:代表|委员)[，、：:！!]?")
DATE_RE = re.compile(rf"(?P<y>{_YEAR})[年\-/.](?P<m>\d{{1,2}})[月\-/.](?P<d>\d{{1,2}})日?")

# Site chrome: whole lines that are navigation, accessibility or footer text of a page.
CHROME_RE = re.compile(
    r"(无障碍|长者模式|简体\s*[|｜]?\s*繁体|^繁体|星期[一二三四五六日天]|^来源[：:]|发布(?:时间|日期)[：:]|"
    r"^附件[：:]?$|^【?\s*打印|关闭窗口|^【?关闭】?$|^分享到|^【?\s*字号|【\s*大\s*中\s*小\s*】|^字体[：:]?\s*大\s*中\s*小|扫一扫|网站标识码|ICP[备证]|"
    r"公网安备|当前位置|^首页\s*[>＞»]|^浏览次数|^阅读次数|^点击[数量]|^责任编辑|^【字体|^索引号|"
    r"^信息来源|^发布机构[：:]|^文号[：:]|^主题分类|^成文日期|^发文机关|版权所有|主办单位|承办单位|技术支持|^返回顶部|"
    r"^上一篇|^下一篇|^相关(?:链接|文章|阅读)|^网站地图|^联系我们|^(?:政策)?解读[：:]|^视力保护色)"
)
ISSUER_RE = re.compile(r"(?:来源|信息来源|发布机构|发文机关)[：:]\s*(?P<v>[^\s]+?)(?:\s|发布|浏览|点击|阅读|作者|字号|$)")
PUBLISHED_RE = re.compile(rf"发布(?:时间|日期)[：:]\s*(?P<d>{_YEAR}[\-/.年]\d{{1,2}}[\-/.月]\d{{1,2}})")
SITE_REGION_RE = re.compile(r"^(?P<r>[\u4e00-\u9fff]{2,16}?(?:区|县|市|旗))(?:人民政府|政府)")
FULL_REGION_RE = re.compile(
    r"(?P<r>[\u4e00-\u9fff]{2,8}?(?:省|自治区|市)[\u4e00-\u9fff]{1,8}?(?:市|区|县|旗))"
)

EXECUTION_WORDS = ("执行情况", "完成情况", "工作回顾", "回顾")
PLAN_WORDS = ("目标", "任务", "计划草案", "计划（草案）", "计划安排", "工作安排", "安排", "主要工作", "重点工作", "总体要求", "建议")

SHORTCOMINGS_RE = re.compile(
    r"(在总结成绩的同时|清醒(?:地)?(?:认识|看到)|存在(?:的)?(?:一些)?(?:差距|问题|困难)|"
    r"(?:差距|问题|困难)和(?:不足|挑战|问题)|不足之处|面临的(?:困难|挑战|问题))"
)
REQUIREMENTS_RE = re.compile(r"(?:总(?:的|体)?要求是|指导思想是|总体思路是|总体要求为)")
MAIN_TARGETS_RE = re.compile(r"(?:主要(?:预期)?目标(?:是|为|如下)|预期目标(?:是|为|如下)|主要指标(?:是|为|如下))")

# Lead sentences are short; a first sentence longer than this is not one.
LEAD_MAX = 32
# Predicates a lead sentence typically ends with, for pages that dropped its full stop.
LEAD_ENDINGS = (
    "深化", "提升", "有力", "加劲", "加力", "拓展", "显现", "显著", "提高", "完善", "繁荣", "美化",
    "加大", "优化", "增强", "推进", "见效", "突破", "落地", "向好", "走实", "巩固", "释放", "加快", "有进", "恢复", "回暖", "回升",
    "加速", "扩大", "成效明显", "明显", "持续", "有序", "稳定", "稳固", "凸显", "彰显", "活跃", "壮大",
    "升级", "深入", "全覆盖", "实施", "发展", "集聚", "提质", "增效", "领先", "落实", "坚实", "扎实",
)
CLAUSE_OPENERS = (
    "与", "在", "以", "围绕", "坚持", "全年", "实施", "积极", "推动", "加快", "持续", "深入", "着力",
    "聚焦", "全力", "落实", "强化", "完成", "新增", "累计", "组织", "建成", "开展", "制定", "出台",
    "成功", "依托", "通过", "按照", "全区", "我区", "截至", "举办", "引进", "推进", "签署", "落地",
    "打造", "建立", "发布", "深化", "对", "将", "为", "把", "由", "共", "全市", "各", "区", "加强",
    "健全", "完善", "提升", "优化", "创新", "大力", "不断", "进一步", "认真", "扎实", "有效", "稳步",
    "率先", "首次", "全面", "实现", "争取", "新建", "启动", "召开", "主动", "编制", "社会", "规模以上",
)


@dataclass
class _Para:
    """A paragraph while parsing (mutable; frozen into ``Paragraph`` at the end)."""

    text: str
    role: str = "body"
    lead: str = ""
    number: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class _Chapter:
    number: str
    title: str
    paras: list[_Para] = field(default_factory=list)


@dataclass
class _Part:
    number: str
    role: str
    title: str
    paras: list[tuple[int, _Para]] = field(default_factory=list)  # (chapters seen so far, para)
    chapters: list[_Chapter] = field(default_factory=list)


@dataclass
class _Meta:
    title: str = ""
    region_short: str = ""
    region_site: str = ""
    year: int | None = None
    plan_year: int | None = None
    issuer: str = ""
    published: str = ""
    delivered: str = ""
    meeting: str = ""
    speaker: str = ""
    speaker_title: str = ""
    title_lines: int = 1


def parse_report(document: Document, *, year: int | None = None, region: str | None = None) -> Report:
    """Parse a read document into a ``Report`` (figures and tokens are added later)."""
    blocks = [_normalized(b) for b in _split_blocks(document.blocks)]
    blocks = [b for b in blocks if b.text]
    meta = _Meta()
    body_start = _read_head(blocks, meta)
    blocks = blocks[:body_start] + _join_wrapped(blocks[body_start:])
    parts, front, closing, body_end = _read_body(blocks, body_start, meta)
    _read_opening_sentence(front, parts, meta)
    if not parts:
        raise InputError(
            f"{document.name} 看起来不是一份国民经济和社会发展计划报告",
            "其中找不到“一、……执行情况”“二、……目标任务”这样的部分标题",
            "请确认选对了文件；如果报告确实如此排版，请把部分标题改为“一、”“二、”开头后重试",
        )
    meta_final = _metadata(meta, document.name, year, region)
    return _freeze(meta_final, front, parts, closing, blocks, body_end)


def _split_blocks(blocks: tuple[Block, ...]) -> list[Block]:
    """Split ``（一）heading<space>first paragraph`` lines: the space is the only sign.

    Consecutive tab-separated lines of a plain-text page are one table; a short head
    set off by a space (``创新平台能级提升 新建…``) is the page's way of marking a lead
    sentence, kept as the block's lead (as a bold run is in Word).
    """
    out: list[Block] = []
    for block in _tables(blocks):
        m = CHAPTER_SPACED_RE.match(block.text)
        if m and not block.rows and len(m.group("rest")) >= 10 and "。" not in m.group("head"):
            out.append(Block(m.group("head"), style=block.style))
            out.append(_spaced_lead(Block(m.group("rest"))))
        else:
            out.append(_spaced_lead(block))
    return out


# A body line that ends on a character or a comma (not a stop, not a figure) was wrapped by
# the page; a line that ends on a figure lost its full stop (``…增长6.2%``) and stands alone.
_WRAPPED_END = re.compile(r"(?<![\d.%])[\u4e00-\u9fff“”]$|[，、]$")
_FIGURE_END = re.compile(r"\d[\u4e00-\u9fff]{0,4}$")


def _join_wrapped(blocks: list[Block]) -> list[Block]:
    """Join the lines of a paragraph a web page wrapped (``…全区港口`` / ``航运企业累计…``).

    A body line of some length that stops mid-phrase is continued by the next line unless
    that line is a heading, a table row, chrome or the closing salutation.
    """
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if prev is not None and _wrapped(prev) and _continues(block):
            out[-1] = Block(prev.text + block.text, bold=prev.bold)
        else:
            out.append(block)
    return out


def _wrapped(block: Block) -> bool:
    text = block.text
    return (
        len(text) >= 20
        and not (block.rows or block.style)
        and bool(_WRAPPED_END.search(text))
        and not _FIGURE_END.search(text)
        and not _is_heading(text)
        and not CHROME_RE.search(text)
    )


def _continues(block: Block) -> bool:
    text = block.text
    return not (block.rows or block.style or block.bold or _is_heading(text) or SALUTATION_RE.match(text) or CHROME_RE.search(text))


def _is_heading(text: str) -> bool:
    return bool(PART_RE.match(text) or CHAPTER_RE.match(text) or NUMBERED_RE.match(text))


def _tables(blocks: tuple[Block, ...]) -> list[Block]:
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


def _normalized(block: Block) -> Block:
    text = normalize_text(block.text)
    bold = normalize_text(block.bold) if block.bold else ""
    rows = tuple(tuple(normalize_text(c) for c in row) for row in block.rows)
    return Block(text=text, style=block.style, bold=bold, rows=rows)


# ---------------------------------------------------------------------------------------
# Head: chrome, title, subtitle, speaker


def _read_head(blocks: list[Block], meta: _Meta) -> int:
    """Read metadata from the lines before the body; return the index where the body starts."""
    title_at = _find_title(blocks, meta)
    start = 0 if title_at is None else title_at
    i = start
    limit = min(len(blocks), start + 14)
    while i < limit:
        text = blocks[i].text
        if PART_RE.match(text) and _part_role(text) != "other" or SALUTATION_RE.match(text):
            break
        if len(text) > 80 and "。" in text:  # the opening sentence: the body has started
            break
        if _chrome(text, meta):
            i += 1
            continue
        if SUBTITLE_RE.match(text) or (meta.title and "会议" in text and "在" in text and len(text) < 50):
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
        _chrome(b.text, meta)
    return i


def _find_title(blocks: list[Block], meta: _Meta) -> int | None:
    """Find the title (possibly split over up to three lines) among the first lines."""
    for i, block in enumerate(blocks[:40]):
        if PART_RE.match(block.text) or len(block.text) > 120 or CHROME_RE.search(block.text):
            continue
        if SITE_REGION_RE.match(block.text) and len(block.text) < 30 and not TITLE_RE.search(compact(block.text)):
            continue  # the site's name above the title
        for n in (1, 2, 3):
            joined = "".join(b.text for b in blocks[i : i + n])
            if any(len(b.text) > 80 or CHROME_RE.search(b.text) for b in blocks[i : i + n]):
                break
            m = TITLE_RE.search(compact(joined))
            if m and (m.start() > 14 or re.search(r"[，。；]", joined)) or SALUTATION_RE.match(joined):
                break
            if m and ("报告" in joined or n == 1 and "报告" in "".join(b.text for b in blocks[i + 1 : i + 2])):
                meta.title = compact(joined)
                meta.title_lines = n
                meta.year = int(m.group("y1"))
                meta.plan_year = int(m.group("y2"))
                meta.region_short = _region_in_title(m.group("region"))
                return i
    return None


def _region_in_title(prefix: str) -> str:
    prefix = prefix.removeprefix("关于")
    m = re.search(r"([\u4e00-\u9fff]{1,16}(?:省|自治区|市|区|县|旗|州|盟))$", prefix)
    return m.group(1) if m else ""


def _chrome(text: str, meta: _Meta) -> bool:
    """Is this line site chrome? Read what metadata it carries either way."""
    issuer = ISSUER_RE.search(text)
    if issuer and not meta.issuer:
        meta.issuer = issuer.group("v")
    published = PUBLISHED_RE.search(text)
    if published and not meta.published:
        meta.published = _iso(published.group("d"))
    site = SITE_REGION_RE.match(text)
    if site and not meta.region_site and ("星期" in text or len(text) < 30):
        meta.region_site = site.group("r")
    return bool(CHROME_RE.search(text))


def _read_subtitle(blocks: list[Block], i: int, meta: _Meta) -> int:
    """Join ``——2024年1月10日在…`` with its continuation lines; read date and meeting."""
    parts = [SUBTITLE_RE.sub("", blocks[i].text)]
    j = i + 1
    while not re.search(r"会议上|会上|上$", parts[-1]) and j < len(blocks) and j < i + 3:
        nxt = blocks[j].text
        if len(nxt) > 40 or SALUTATION_RE.match(nxt) or SPEAKER_RE.match(nxt.replace(" ", "")):
            break
        parts.append(nxt)
        j += 1
    text = compact("".join(parts))
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


# ---------------------------------------------------------------------------------------
# Body: parts, chapters, paragraphs


def _part_role(title: str) -> str:
    if any(w in title for w in EXECUTION_WORDS):
        return "execution"
    if any(w in title for w in PLAN_WORDS):
        return "plan"
    return "other"


def _is_heading_line(text: str) -> bool:
    """A heading is short and does not read as a sentence."""
    return len(text) <= 60 and not text.endswith(("。", "；", "：")) and text.count("。") == 0


def _read_body(
    blocks: list[Block], start: int, meta: _Meta
) -> tuple[list[_Part], list[_Para], list[_Para], int]:
    parts: list[_Part] = []
    front: list[_Para] = []
    closing: list[_Para] = []
    end = start
    expected_part = 0
    for i in range(start, len(blocks)):
        block = blocks[i]
        text = block.text
        if _is_trailing_chrome(blocks, i, meta):
            break
        end = i + 1
        part_m = PART_RE.match(text)
        if part_m and _is_part_heading(part_m, block, expected_part):
            title = part_m.group("title")
            parts.append(_Part(part_m.group("num"), _part_role(title), title))
            expected_part = CN_NUM.index(part_m.group("num")[-1]) + 1
            continue
        if not parts:
            front.append(_Para(text, role="preamble", rows=block.rows))
            continue
        part = parts[-1]
        chap_m = CHAPTER_RE.match(text)
        if chap_m and not block.rows:
            title, rest = _split_chapter_line(chap_m.group("title"))
            title = title.rstrip("。．.")
            part.chapters.append(_Chapter(chap_m.group("num"), title))
            if rest:
                part.chapters[-1].paras.append(_body_para(Block(rest), chapter_start=True))
            continue
        if _closing_remark(text) and part is parts[-1] and part.chapters and len(parts) >= 2:
            closing.append(_Para(text, role="closing"))
            continue
        if closing:
            closing.append(_Para(text, role="closing"))
            continue
        role = _part_level_role(text, part)
        if role:
            part.paras.append((len(part.chapters), _Para(text, role=role)))
        elif part.chapters and not _after_shortcomings(part):
            chapter = part.chapters[-1]
            role = _chapter_level_role(text, part)
            para = _Para(text, role=role) if role else _body_para(block, chapter_start=not chapter.paras)
            chapter.paras.append(para)
        else:
            role = "table" if block.rows else "intro"
            part.paras.append((len(part.chapters), _Para(text, role=role, rows=block.rows)))
    return parts, front, closing, end


def _is_part_heading(m: re.Match[str], block: Block, expected: int) -> bool:
    if block.style in ("heading1", "title"):
        return True
    title = m.group("title")
    if not _is_heading_line(title):
        return False
    number = CN_NUM.index(m.group("num")[-1]) + 1 if len(m.group("num")) == 1 else 0
    return number == expected + 1 and (_part_role(title) != "other" or expected >= 1)


def _is_trailing_chrome(blocks: list[Block], i: int, meta: _Meta) -> bool:
    """True at the first chrome line after which only chrome (or nothing) follows."""
    if not _chrome(blocks[i].text, meta):
        return False
    rest = blocks[i:]
    return all(_chrome(b.text, meta) or len(b.text) < 40 and "。" not in b.text for b in rest)


def _closing_remark(text: str) -> bool:
    return bool(SALUTATION_RE.match(text)) or text.startswith(("同志们", "让我们"))


def _after_shortcomings(part: _Part) -> bool:
    """Paragraphs after a part's shortcomings paragraph stay at part level."""
    return bool(part.paras) and part.paras[-1][0] == len(part.chapters) and part.paras[-1][
        1
    ].role in ("shortcomings",)


def _part_level_role(text: str, part: _Part) -> str:
    head = text[:80]
    if part.role in ("execution", "other") and part.chapters and SHORTCOMINGS_RE.search(head):
        return "shortcomings"
    if not part.chapters and REQUIREMENTS_RE.search(head[:60]):
        return "requirements"
    if not part.chapters and MAIN_TARGETS_RE.search(head) and not any(p.role == "main_targets" for _, p in part.paras):
        return "main_targets"  # one per part: a later ``主要指标如下表`` introduces a table
    return ""


def _chapter_level_role(text: str, part: _Part) -> str:
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


def _starts_lead(text: str) -> bool:
    """Does text open with a short lead sentence ending in 。?"""
    first = text.split("。", 1)[0]
    return 0 < len(first) <= LEAD_MAX and "。" in text


def _body_para(block: Block, chapter_start: bool = False) -> _Para:
    text = block.text
    if block.rows:
        return _Para(text, role="table", rows=block.rows)
    number = ""
    numbered = NUMBERED_RE.match(text)
    if numbered:
        number = numbered.group("a") or numbered.group("b") or ""
        if _is_heading_line(numbered.group("rest")) and not block.bold:
            return _Para(text, role="heading3", number=number, lead=numbered.group("rest"))
    lead = _lead_sentence(text, block.bold, len(text) - len(numbered.group("rest")) if numbered else 0)
    role = "chapter_intro" if chapter_start and not lead else "body"
    return _Para(text, role=role, lead=lead, number=number)


def _lead_sentence(text: str, bold: str, skip: int) -> str:
    """The paragraph's lead sentence, or "" when it has none."""
    body = text[skip:]
    if bold and body.startswith(bold.strip()[:4]) and len(bold) <= 60:
        end = len(bold.strip())
        return body[:end]
    stop = re.search(r"[。！？：]", body)
    # a one-sentence item (``8.完成…指标。``) is all body: a lead sentence opens more text
    whole = bool(stop) and not body[stop.end() :].strip()
    if stop and not whole and stop.start() + 1 <= LEAD_MAX and stop.group() != "：":
        head = body[: stop.start()]
        if "，" not in head or len(head) <= 14:
            return body[: stop.end()]
    return _lead_without_stop(body)


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
        if body[k : k + 2] in LEAD_ENDINGS:  # the predicate goes on: 持续|深化
            continue
        if body[:k].endswith(LEAD_ENDINGS) and (body[k:].startswith(CLAUSE_OPENERS) or _opens_with_figure(body, k)):
            return body[:k]
    return ""


# ---------------------------------------------------------------------------------------
# Metadata and freezing


def _read_opening_sentence(front: list[_Para], parts: list[_Part], meta: _Meta) -> None:
    """Without a title, region and years come from the opening sentence."""
    if meta.year:
        return
    texts = [p.text for p in front] + [p.title for p in parts]
    for text in texts:
        m = TITLE_RE.search(compact(text))
        if m:
            meta.year, meta.plan_year = int(m.group("y1")), int(m.group("y2"))
            meta.region_short = meta.region_short or _region_in_title(
                re.sub(r"^.*?(?:报告|审议|现将|现把|现就|关于)", "", m.group("region"))
            )
            meeting = re.search(r"提请(?P<m>[\u4e00-\u9fff]{4,30}?会议)", compact(text))
            if meeting and not meta.meeting:
                meta.meeting = meeting.group("m")
            return
    for part in parts:
        m = re.search(rf"({_YEAR})年", part.title)
        if m and part.role == "execution":
            meta.year, meta.plan_year = int(m.group(1)), int(m.group(1)) + 1
            return
        if m and part.role == "plan":
            meta.year, meta.plan_year = int(m.group(1)) - 1, int(m.group(1))
            return


def _metadata(meta: _Meta, name: str, year: int | None, region: str | None) -> Metadata:
    y = year or meta.year
    if y is None:
        raise InputError(
            f"无法从 {name} 中判断报告年度",
            "标题、副标题和开头都没有写明“××年国民经济和社会发展计划执行情况”",
            "请用 --year 指明执行年度，例如 --year 2023",
        )
    plan_year = y + 1 if year else (meta.plan_year or y + 1)
    full = _full_region(meta)
    final_region = region or full
    if not final_region:
        raise InputError(
            f"无法从 {name} 中判断地区",
            "标题、网页来源和开头都没有写明地区名称",
            "请用 --region 指明地区，例如 --region 天津市河北区",
        )
    return Metadata(
        region=final_region,
        year=y,
        plan_year=plan_year,
        title=meta.title,
        issuer=_full_issuer(meta, full),
        meeting=meta.meeting,
        delivered=meta.delivered,
        published=meta.published,
        speaker=meta.speaker,
        speaker_title=meta.speaker_title,
    )


def _full_region(meta: _Meta) -> str:
    short = meta.region_short
    # the site's name, the 来源 line, the meeting (在溪口市南坪区第五届人民代表大会…), the speaker
    candidates = [meta.region_site, meta.issuer, meta.meeting, meta.speaker_title]
    for cand in candidates:
        if not cand:
            continue
        m = FULL_REGION_RE.match(cand)
        full = m.group("r") if m else ""
        if full and (not short or full.endswith(short)):
            return full
        if cand and short and cand.startswith(short):
            return short
    return short


def _full_issuer(meta: _Meta, region: str) -> str:
    if meta.issuer:
        return _regional(meta.issuer, meta, region)
    title = meta.speaker_title
    m = re.match(r"(.+?(?:委员会|局|办公室|政府))", title)
    if not m:
        return ""
    return _regional(m.group(1), meta, region)


def _regional(issuer: str, meta: _Meta, region: str) -> str:
    """The issuer named with the full region: ``区发展和改革局`` → ``海州市东港区发展和改革局``."""
    if region and issuer and issuer[0] in "区县市旗" and region.endswith(issuer[0]) and not issuer.startswith(region):
        return region + issuer[1:]
    short = meta.region_short
    if region and short and issuer.startswith(short) and not issuer.startswith(region):
        issuer = region + issuer[len(short) :]
    return issuer


def _freeze(
    meta: Metadata,
    front_raw: list[_Para],
    parts_raw: list[_Part],
    closing_raw: list[_Para],
    blocks: list[Block],
    body_end: int,
) -> Report:
    counter = iter(range(1_000_000))

    def para(pid: str, p: _Para) -> Paragraph:
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


def _with_coverage(report: Report) -> Report:
    from dataclasses import replace

    roles = tuple(p.role for p in report.parts if p.role != "other")
    all_paras = [p for _, _, p in report.paragraphs()]
    last = all_paras[-1] if all_paras else None
    truncated = bool(last and not re.search(r"[。！？；”’）…:：》]$", last.text) and last.role != "table")
    missing = [r for r in ("execution", "plan") if r not in roles]
    excerpt = truncated or bool(missing)
    notes = []
    if missing:
        names = {"execution": "第一部分（执行情况）", "plan": "第二部分（目标任务）"}
        notes.append("缺少" + "、".join(names[m] for m in missing))
    if truncated and last is not None:
        notes.append(f"正文在段落 {last.id} 中途中断")
    note = ("摘录：" + "；".join(notes) + "。未收录的段落不代表报告未提及。") if excerpt else "全文。"
    coverage = Coverage(excerpt=excerpt, parts=roles, truncated=truncated, last=last.id if last else "", note=note)
    return replace(report, coverage=coverage)


__all__ = ["parse_report"]
