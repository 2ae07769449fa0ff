"""HTML reader: the article body of a page saved from a government site.

A saved page is mostly chrome: header navigation, banners, breadcrumbs, share bars, related
links, a footer with 网站标识码/ICP备案, scripts and styles. The reader

1. decodes the bytes (BOM, ``<meta charset>``, then UTF-8 or GB18030 — many sites are GBK);
   a page saved as a single file (.mht) is unpacked first;
2. lays the page out as lines, as a browser would show it: each ``<p>``/``<div>``/``<li>``/…
   and each ``<br>``-separated run of text is a line; a data table stays a table;
3. finds the article: the element where the prose is densest (text that is not link text,
   credited to its parent and half to its grandparent, weighted by class/id hints such as
   ``TRS_Editor``, ``Custom_UnionStyle``, ``article``, ``content``, ``zw``), plus sibling
   blocks that carry prose too (a CMS sometimes splits the text over several containers);
4. keeps the page's title line and the lines between it and the article (``来源…发布时间…``,
   a subtitle), which the structure parser reads for metadata;
5. drops link-only lines and share/print/font-size/footer lines inside that range.

Headings ``<h1>``…``<h6>`` give ``Block.style`` (the title, then heading levels in the order the
page uses them); ``<strong>``/``<b>``/``font-weight:bold`` at the start of a line give ``Block.bold``.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import lxml.etree as etree
import lxml.html

from drafter.errors import InputError
from drafter.read import MAX_TAGS, Block, Budget, Document, check_size, too_large
from drafter.read.runs import Run, leading_bold, line_text
from drafter.read.text import decode

# ---------------------------------------------------------------------------------------
# Decoding

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([-\w.:]+)""", re.I)
_GB_FAMILY = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "ms936", "windows-936", "gb18030", "euc-cn"}


def decode_html(data: bytes, name: str) -> tuple[str, str]:
    """Decode a page: BOM first, then the declared charset, then UTF-8 / GB18030 detection."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data, name)
    head = data[:4096]
    declared = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if declared:
        label = declared.group(1).decode("ascii", "replace").lower()
        codec = "gb18030" if label in _GB_FAMILY else label
        try:
            text = data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead
        else:
            return text, "gbk" if codec == "gb18030" and _decodes(data, "gbk") else codec
    return decode(data, name)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _unpack_mht(data: bytes) -> bytes | None:
    """The HTML part of a page saved as a single file (.mht/.mhtml), re-labelled with its charset."""
    if not re.match(rb"\s*(?:From:|MIME-Version:|Content-Type:\s*multipart/related)", data[:512], re.I):
        return None
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                charset = part.get_content_charset()
                if charset and not _META_CHARSET.search(payload[:4096]):
                    payload = f'<meta charset="{charset}">'.encode("ascii") + payload
                return payload
    return None


# ---------------------------------------------------------------------------------------
# Layout: the page as lines


_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre "
    "section summary table tbody td tfoot th thead tr ul".split()
)
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
              "select", "button", "input", "textarea", "map", "audio", "video", "head")
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2010-\u206f\u00b7"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r\n\f]*\n[ \t\r\n\f]*(?=[{_CJK}])")
_SPACES = re.compile(r"[ \t\r\n\f]+")


def clean(text: str) -> str:
    """Whitespace as a browser shows it: collapsed, and none where a source line broke CJK text."""
    text = _CJK_BREAK.sub("", text)
    return _SPACES.sub(" ", text).replace("\xa0", " ").strip()


@dataclass
class _Line:
    owner: etree._Element  # innermost block element the line stands in
    text: str
    bold: str
    link_chars: int
    heading: int = 0  # 1..6 when the owner is <h1>..<h6>
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class _Layout:
    """Walks the tree once, emitting lines in document order."""

    budget: Budget
    lines: list[_Line] = field(default_factory=list)
    _runs: list[Run] = field(default_factory=list)

    def walk(self, el: etree._Element, owner: etree._Element, bold: bool, link: bool, pre: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            self.flush(owner)
        elif tag == "table" and (rows := _data_table(el)):
            self.flush(owner)
            text = "\n".join("\t".join(row) for row in rows)
            self.budget.add(text)
            self.lines.append(_Line(el, text, "", 0, rows=rows))
        elif tag:
            block = tag in _BLOCK_TAGS
            if block:
                self.flush(owner)
                owner = el
            bold = bold or tag in ("b", "strong", "th") or bool(re.fullmatch(r"h[1-6]", tag))
            bold = bold or bool(_BOLD_STYLE.search(el.get("style") or ""))
            link = link or (tag == "a" and el.get("href") is not None)
            pre = pre or tag in ("pre", "textarea")
            self.text(el.text, owner, bold, link, pre)
            for child in el:
                self.walk(child, owner, bold, link, pre)
                self.text(child.tail, owner, bold, link, pre)
            if block:
                self.flush(owner)

    def text(self, text: str | None, owner: etree._Element, bold: bool, link: bool, pre: bool) -> None:
        if not text:
            return
        if not pre:
            self._runs.append(Run(text, bold, link))
            return
        for i, piece in enumerate(text.split("\n")):
            if i:
                self.flush(owner)
            self._runs.append(Run(piece, bold, link))

    def flush(self, owner: etree._Element) -> None:
        runs, self._runs = self._runs, []
        text = line_text(runs, clean)
        if not text:
            return
        self.budget.add(text)
        link_chars = len(clean("".join(r.text for r in runs if r.link)))
        tag = owner.tag if isinstance(owner.tag, str) else ""
        heading = int(tag[1]) if re.fullmatch(r"h[1-6]", tag) else 0
        self.lines.append(_Line(owner, text, leading_bold(runs, clean), link_chars, heading))


def _data_table(table: etree._Element) -> tuple[tuple[str, ...], ...]:
    """Rows of a table that holds data (not page layout), else ()."""
    if table.find(".//table") is not None:
        return ()
    rows = []
    for tr in table.iter("tr"):
        cells = tuple(clean(cell.text_content()) for cell in tr if cell.tag in ("td", "th"))
        if any(cells):
            rows.append(cells)
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return ()
    if any(len(cell) > 200 for row in rows for cell in row):
        return ()
    return tuple(rows)


# ---------------------------------------------------------------------------------------
# Chrome and hints

_CHROME_TOKENS = re.compile(
    r"^(?:[\s【】\[\]|｜/·•]|字体|字号|[：:]|大|中|小|默认|打印(?:本页|此页|文章)?|关闭(?:本页|窗口)?|收藏|"
    r"分享(?:到)?|微信|朋友圈|微博|新浪微博|QQ空间|QQ|扫一扫|在手机上查看|返回顶部|顶部|视力保护色|纠错|"
    r"我要纠错|放大|缩小|正常|繁体|简体|无障碍|长者模式|点击(?:上方)?蓝字|关注我们|[-—_~]*\s*END\s*[-—_~]*|"
    r"往期(?:推荐|回顾)|阅读原文|点赞|在看)+$"
)
_CHROME_PREFIX = re.compile(
    r"^(?:当前位置|您的位置|您当前的位置|您现在的位置|所在位置|位置|浏览次数|阅读次数|访问次数|访问量|点击数|点击量|"
    r"浏览量|责任编辑|编辑|校对|审核|上一篇|下一篇)\s*[：:]"
)
_CHROME_ANYWHERE = re.compile(r"网站标识码|ICP[备证]|公网安备|版权所有|Copyright|©|主办单位|承办单位|技术支持")
_RELATED = re.compile(r"^(?:相关(?:链接|文章|阅读|稿件|新闻|文件|信息|政策|附件)|热点推荐|推荐阅读|往期推荐|友情链接)\s*[：:]?$")
_META_LINE = re.compile(r"(?:来源|发布时间|发布日期|发文日期|发布机构|信息来源)\s*[：:]")


def _is_chrome(line: _Line) -> bool:
    text = line.text
    if line.rows:
        return False
    if line.link_chars * 2 >= len(text):
        return True
    if len(text) <= 60 and (_CHROME_TOKENS.match(text) or _CHROME_PREFIX.match(text) or _RELATED.match(text)):
        return True
    return len(text) <= 200 and bool(_CHROME_ANYWHERE.search(text))


_STRONG_HINT = re.compile(
    r"trs_editor|trs_ueditor|custom_unionstyle|ucap-content|\bzoom|article[-_]?(?:content|body|text|con)|"
    r"pages?_content|news[-_]?(?:content|text|con)|\bzw\b|zwnr|detail[-_]?(?:content|text|con)|wzzw",
    re.I,
)
_WEAK_HINT = re.compile(r"article|content|\bzw|detail|main|text|\bcon\b|body|\bnr\b", re.I)
_NEGATIVE_HINT = re.compile(
    r"nav|menu|header|\bhead\b|\btop|banner|footer|\bfoot|bottom|breadcrumb|crumb|position|location|"
    r"share|fenxiang|related|xgxx|xglj|xgwz|sidebar|\bside|link|copyright|search|login|toolbar|wza|"
    r"comment|advert|\bad\b|\bdh\b|\bwzdh\b|\bbq\b|\bfxd\b|pager|pagination",
    re.I,
)


def _hint_weight(el: etree._Element) -> float:
    hints = f"{el.get('class') or ''} {el.get('id') or ''}"
    if _STRONG_HINT.search(hints):
        return 3.0
    if _NEGATIVE_HINT.search(hints):
        return 0.2
    if _WEAK_HINT.search(hints):
        return 1.5
    return 1.0


_TITLE_HINT = re.compile(r"title|\btit\b|\bbt\b|biaoti|headline|\bh1\b", re.I)


# ---------------------------------------------------------------------------------------
# The reader


def read_html(data: bytes, name: str) -> Document:
    """Read a saved web page into the blocks of its article (title, source line, body)."""
    check_size(data, name)
    page = _unpack_mht(data) or data
    text, encoding = decode_html(page, name)
    if text.count("<") > MAX_TAGS:
        raise too_large(name, f"网页标签超过 {MAX_TAGS:,} 个")
    root = _parse(text, name)
    page_title = _page_title(root)
    lines = _layout(root, Budget(name))
    title, article = _article(lines, name, page_title)
    article = _join_split_leads(article)
    blocks = tuple(_blocks(title, article, page_title))
    return Document(blocks=blocks, format="html", name=name, data=data, encoding=encoding)


def _parse(text: str, name: str) -> etree._Element:
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        raise InputError(f"{name} 不是可读的网页", "其中没有 HTML 内容", _NO_TEXT_FIX) from None


_NO_TEXT_FIX = "请在浏览器中等报告全文显示后“另存为”网页（全部），或复制正文另存为 .txt 再导入"


def _layout(root: etree._Element, budget: Budget) -> list[_Line]:
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(el)
    for el in list(root.iter(*_DROP_TAGS)):
        _drop(el)
    for el in list(root.iter()):
        if isinstance(el.tag, str) and (_is_hidden(el) or _APP_CHROME.search(f"{el.get('class') or ''} {el.get('id') or ''}")):
            _drop(el)
    layout = _Layout(budget)
    layout.walk(root, root, False, False, False)
    layout.flush(root)
    return layout.lines


def _is_hidden(el: etree._Element) -> bool:
    """Hidden from the reader. A long text hidden only by ``visibility:hidden`` is an article the
    page reveals by script once loaded (WeChat's ``#js_content``), not hidden text."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style") or ""
    if _DISPLAY_NONE.search(style):
        return True
    if not _HIDDEN_STYLE.search(style):
        return False
    return len(clean(el.text_content())) < _REVEALED_ARTICLE


#: text length above which a ``visibility:hidden`` element is taken for a script-revealed article
_REVEALED_ARTICLE = 200
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)
#: app page furniture by class/id: a WeChat article's byline, tag list, reading bar, profile card, QR code
_APP_CHROME = re.compile(
    r"\b(?:rich_media_meta_list|meta_content|js_tags|article-tag__list|rich_media_tool(?:_area)?|"
    r"wx_profile_card|js_profile_card|qr_code_pc(?:_outer)?|js_pc_qr_code|weui-dialog)\b"
)


def _drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    previous = el.getprevious()
    parent.remove(el)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _prose(line: _Line) -> float:
    """How much a line counts as article prose."""
    if _is_chrome(line):
        return 0.0
    chars = len(line.text) - line.link_chars
    if line.rows:
        return chars * 0.5
    return float(chars) if re.search(r"[，,。；;：:、]", line.text) or chars >= 30 else chars * 0.3


def _article(lines: list[_Line], name: str, page_title: str) -> tuple[_Line | None, list[_Line]]:
    """The article: its title line (if found before the body) and its lines, title first."""
    scores: dict[etree._Element, float] = {}
    for line in lines:
        weight = _prose(line)
        if not weight:
            continue
        parent = line.owner.getparent()
        grand = parent.getparent() if parent is not None else None
        for el, share in ((line.owner, 1.0), (parent, 1.0), (grand, 0.5)):
            if el is not None:
                scores[el] = scores.get(el, 0.0) + weight * share
    best, best_score = None, 0.0
    for el in (line.owner.getroottree().getroot().iter() if lines else ()):
        score = scores.get(el, 0.0) * _hint_weight(el)
        if score and score >= best_score:
            best, best_score = el, score
    if best is None or best_score < 60:
        raise InputError(f"{name} 中找不到报告正文", "网页里只有导航、链接或图片，没有成段的文字", _NO_TEXT_FIX)
    roots = _with_sibling_prose(best, scores, best_score)
    inside = [i for i, line in enumerate(lines) if _within(line.owner, roots)]
    body = [lines[i] for i in inside if not _is_chrome(lines[i])]
    title, head = _header(lines, inside[0], page_title)
    if title is not None and any(line.text == title.text for line in body[:5]):
        return None, body  # the article repeats its title: keep it where it stands
    return title, head + body


def _with_sibling_prose(best: etree._Element, scores: dict, best_score: float) -> set[etree._Element]:
    roots = {best}
    parent = best.getparent()
    if parent is None:
        return roots
    for sibling in parent:
        if sibling is best or not isinstance(sibling.tag, str):
            continue
        score = scores.get(sibling, 0.0) * _hint_weight(sibling)
        if score >= best_score * 0.2 and _hint_weight(sibling) >= 1.0:
            roots.add(sibling)
    return roots


def _within(el: etree._Element | None, roots: set[etree._Element]) -> bool:
    while el is not None:
        if el in roots:
            return True
        el = el.getparent()
    return False


_HEADER_WINDOW = 12


def _header(lines: list[_Line], start: int, page_title: str) -> tuple[_Line | None, list[_Line]]:
    """The title line before the article, and the title plus what stands between it and the article.

    Without a title, only the source/date lines near the article are kept.
    """
    window = range(start - 1, max(-1, start - 1 - _HEADER_WINDOW), -1)
    title_at = next((i for i in window if _looks_like_title(lines[i], page_title)), None)
    if title_at is None:
        meta = [
            _meta_without_controls(lines[i])
            for i in reversed(window)
            if _META_LINE.search(lines[i].text) and len(lines[i].text) < 150
        ]
        return None, meta
    title = lines[title_at]
    between = [_meta_without_controls(line) for line in lines[title_at + 1 : start] if not _is_chrome(line)]
    # the information table above the title counts only where the page gives no source/date line of its own
    info = [] if any(_META_LINE.search(line.text) for line in between) else [
        m for i in reversed(window) if i < title_at for m in _info_table_meta(lines[i])
    ]
    return title, [title] + info + between


_CONTROLS = re.compile(
    r"[【\[]?\s*(?:字体|字号)\s*[：:]?\s*(?:[大中小]\s*)+[】\]]?|"
    r"[【\[]?\s*(?:打印(?:本页|此页|文章)?|关闭(?:本页|窗口)?|收藏|纠错)\s*[】\]]|"
    r"(?:点击数|点击量|点击率|浏览次数|浏览量|阅读次数|阅读量|访问次数|访问量)\s*[：:]\s*\d*\s*次?|"
    r"分享到?\s*[：:]?\s*$"
)


def _meta_without_controls(line: _Line) -> _Line:
    """A 来源/发布时间 line without the page controls written into it: the font-size switch
    (【字体：大 中 小】), print/close, a share prompt, a visit counter (its number is filled
    in by a script and differs on every save)."""
    if not _META_LINE.search(line.text) or len(line.text) > 150:
        return line
    text = clean(_CONTROLS.sub(" ", line.text))
    if text == line.text or not text:
        return line
    return _Line(line.owner, text, line.bold if text.startswith(line.bold) else "", 0, line.heading)


def _info_table_meta(line: _Line) -> list[_Line]:
    """``发布机构：… 发布日期：…`` read from the information table some CMSs put above the title.

    The table's cells come in label/value pairs; each source or date pair becomes one line.
    """
    if not line.rows:
        return []
    out = []
    for row in line.rows:
        for label, value in zip(row, row[1:], strict=False):
            if _META_LINE.fullmatch(label.strip()) and value.strip():
                out.append(_Line(line.owner, f"{label.strip()}{value.strip()}", "", 0))
    return out


def _looks_like_title(line: _Line, page_title: str) -> bool:
    """A heading, an element classed as a title, or the text the page's <title> starts with."""
    if _is_chrome(line) or line.rows or not 6 <= len(line.text) <= 150:
        return False
    if line.heading or page_title.startswith(line.text):
        return True
    el = line.owner
    for _ in range(2):
        if el is None:
            break
        if _TITLE_HINT.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            return True
        el = el.getparent()
    return False


#: a lead sentence standing alone: one short sentence, no comma inside
_LONE_LEAD = re.compile(r"^[^，,。；;：:！!？?]{2,30}[。！!]$")
_OUTLINE_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])")


def _join_split_leads(lines: list[_Line]) -> list[_Line]:
    """Join a paragraph some editors split in two: the lead sentence alone in bold
    (``<p><strong>运行调度积极有力。</strong></p>``), then the rest in plain text (``<p>瞄准……</p>``).

    Joined only when the bold line is one short complete sentence and the next line is plain
    prose that neither opens in bold nor is a heading.
    """
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and _is_lone_lead(line) and _is_plain_prose(nxt):
            out.append(_Line(line.owner, line.text + nxt.text, line.text, line.link_chars + nxt.link_chars))
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def _is_lone_lead(line: _Line) -> bool:
    return (
        not line.rows and not line.heading and line.bold == line.text
        and bool(_LONE_LEAD.match(line.text)) and not _OUTLINE_HEAD.match(line.text)
    )


def _is_plain_prose(line: _Line) -> bool:
    return (
        not line.rows and not line.heading and not line.bold and len(line.text) >= 20
        and not _OUTLINE_HEAD.match(line.text) and bool(re.search(r"[，,。；;]", line.text))
    )


def _page_title(root: etree._Element) -> str:
    title = root.find(".//title")
    return clean(title.text_content()) if title is not None else ""


def _blocks(title_line: _Line | None, lines: list[_Line], page_title: str) -> Iterator[Block]:
    """Blocks with styles: the title, then heading levels ranked in the order the page uses them."""
    if title_line is None:
        first = lines[0]
        later = {line.heading for line in lines[1:] if line.heading}
        if first.heading and all(first.heading < level for level in later):
            title_line = first
        elif page_title and len(first.text) >= 6 and page_title.startswith(first.text):
            title_line = first
    levels = sorted({line.heading for line in lines if line.heading and line is not title_line})
    rank = {level: f"heading{min(i, 2) + 1}" for i, level in enumerate(levels)}
    for line in lines:
        if line.rows:
            yield Block(text=line.text, rows=line.rows)
            continue
        style = "title" if line is title_line else rank.get(line.heading, "")
        yield Block(text=line.text, style=style, bold=line.bold)


__all__ = ["clean", "decode_html", "read_html"]
