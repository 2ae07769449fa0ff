"""Normalize report text: one canonical form for every source.

Web copies of reports turn ``，：；（）`` into ``, : ; ( )`` but keep ``。、“”``; Word files
use full-width forms; some pages use full-width digits. drafter stores and compares the
canonical form: Chinese punctuation full-width, digits and Latin letters half-width,
whitespace folded (and removed between Chinese characters). Damage of PDF and web copies is
undone here, once, for every reader: blanks beside numbers and decimal points, a print's page
number worked into a word, the ratio sign ``∶``.
"""

from __future__ import annotations

import re
from functools import cache

from drafter.figures.numbers import glued_to_code
from drafter.figures.units import PER, UNIT_HEADS

# Full-width ASCII variants (digits, letters, %, . …) → half-width; punctuation handled below.
_FULLWIDTH_ASCII = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # ０-９
_FULLWIDTH_ASCII.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULLWIDTH_ASCII.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FULLWIDTH_ASCII.update({"％": "%", "．": ".", "／": "/", "＋": "+", "－": "-", "＝": "="})
# The ratio sign and the presentation colons of PDF copies (``6.6∶40.2∶53.2``, ``目标︰``) are colons:
# between digits the half-width ``:`` of a ratio (``_COLON`` keeps it there), elsewhere ``：``.
_FULLWIDTH_ASCII.update(dict.fromkeys("\u2236\ufe30\ufe55", ":"))
# A box-drawing line used as a dash (``──2023年1月11日在…会议上``, a 繁体 mirror's ``──实际利用外资…`` list
# leader) is the dash ``—`` it stands for (round 15, real_aside49).
_FULLWIDTH_ASCII.update(dict.fromkeys("\u2500\u2501", "\u2014"))
_SPACES = {"\u3000": " ", "\xa0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\t": " "}
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_TABLE = str.maketrans({**_FULLWIDTH_ASCII, **_SPACES})

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_OR_PUNCT = _CJK + r"，。、；：？！“”‘’（）《》【】—…·"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK_OR_PUNCT}]) +(?=[{_CJK_OR_PUNCT}])")
_MULTISPACE = re.compile(r" {2,}")
# A space between a number and the Chinese word beside it (``600.5 亿元``, ``完成 3.3亿元``,
# ``2022 年``): an OCR or PDF artefact of yearbook reprints, never meant.
# A code's number keeps its space (``PM 2.5 平均浓度`` stays as written; an indicator's abbreviation is
# no code: ``人均GDP 24 万元`` → ``人均GDP 24万元``, ``numbers.glued_to_code``); so does a table's
# text, whose cells the spaces separate (``6.5左右 5.7 未完成``).
# The heads are the unit table's (``drafter.figures.units``) plus the date words 年 月 日.
_UNIT_HEAD = re.escape("".join(sorted(set(UNIT_HEADS) | set("年月日"))))
_SPACE_AT_NUMBER = re.compile(
    rf"(?<![\d.])(\d+(?:\.\d+)?%?) +(?=[{_UNIT_HEAD}])|(?<=[{_CJK}]) +(?=\d+(?:\.\d+)?\s*[{_UNIT_HEAD}])"
)


def _number_unspaced(m: re.Match[str]) -> str:
    if m.group(1) is None:
        return ""
    return m.group(0) if glued_to_code(m.string, m.start()) else m.group(1)


# Blanks around the slash of a compound unit (``0.32吨标准煤 / 万元``, ``450公斤 /亩``): never meant.
_SPACED_PER = re.compile(rf"(?<=[{_CJK}]) *(?: /|/ ) *(?=(?:{'|'.join(map(re.escape, sorted(PER, key=len, reverse=True)))})(?![{_CJK}]))")
# A space between a number and its per cent sign (``增长16.9 %``): never meant.
_SPACE_BEFORE_PERCENT = re.compile(r"(?<=\d) +(?=%)")
# A blank after a per cent before the word joining it to the next (``增长42.5% 和49.7%``): never meant
# (real_aside61 convention 3); nor before its qualifier (``增长 5% 以上``, ``涨幅 3% 左右``: a news copy that
# spaces every number, round 17 audit au1).
_SPACE_AFTER_PERCENT = re.compile(r"(?<=[%‰]) +(?=[和及与或至]|左右|以上|以下|以内)")
# A blank between a Latin abbreviation inside Chinese text and the word after it (``快于GDP 增速``): never
# meant (round 17 audit au1); a code's blank before its digits (``PM 2.5``) is not one of these.
_SPACE_AFTER_ABBREVIATION = re.compile(rf"(?<=[{_CJK}])([A-Z]{{2,5}}) +(?=[{_CJK}])")
# A blank a copy left inside a small integer of a count (``分别达到5 6家``: real_aside61 convention 3): one
# digit or two either side, right after a word, right before a count's unit, is one number.
_BLANK_IN_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])(?<!第)(\d{1,2}) (\d{1,2})(?=[家个项所座户名人位])")
# Likewise inside an amount of money with a decimal part (``分别完成8 12.15亿元和656.47亿元``: real_pass9
# convention 3; fx18e): one or two digits right after a word, a blank, then the rest with its point and 元.
_BLANK_IN_AMOUNT = re.compile(r"(?<=[\u4e00-\u9fff])(?<!第)(\d{1,2}) (\d{1,3}\.\d{1,2})(?=(?:[万亿]{1,2})?元)")
# A year spaced out letter by letter in a heading (``一、 2 0 2 2 年 国 民 经 济``).
_SPACED_YEAR = re.compile(r"(?<![\d.])(\d(?: \d){3}) ?(?=年)")
# A decimal point with blanks beside it (``增长 0. 5%``, ``收入 18. 08 亿元``: a PDF copy's damage) is one
# number's point; the blanks go when the number stands in running text: its integer part follows a
# word (a Chinese or Latin letter) or a ratio's colon, blanks and a sign between allowed, and its
# fraction is one to three digits closing the number. A number at the head of the text or after a
# mark is a list number and keeps its blank (``1. 5G基站``, ``。2. 3个项目``); two numbers with no point
# between them are never joined (``2019年 5月``, ``第 2 位``, a table's ``6.5 5.7``).
_SPACED_POINT = re.compile(r"(?<![\d.])(\d+)(?: +\. *| *\. +)(\d{1,3})(?![\d.])")
_POINT_AFTER = re.compile(rf"(?:[{_CJK}A-Za-z]|\d[:：]) *[+\-−]? *$")
_POINT_LOOKBEHIND = 8


def _point_unspaced(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - _POINT_LOOKBEHIND) : m.start()]
    return f"{m[1]}.{m[2]}" if _POINT_AFTER.search(before) else m.group()


# A yearbook's thousands blank (``国内生产总值完成2 093亿元``, ``2 329.5亿元``, ``1 234 567元``: digits set in
# groups of three, real_aside36 convention 1) joins one number: one to three digits after a word, then
# blank-led groups of exactly three digits closing the number before a unit or a decimal point. A date's
# parts (``2023年 12月``), a rank (``第 2 位``) and a table's cells (``747.70 7.1``, never normalized
# here) are no such group: the first part has a point or four digits, or the second is no group of three.
_UNIT_HEAD_NO_DATE = re.escape("".join(sorted(set(UNIT_HEADS) - set("年月日"))))
_THOUSANDS_BLANK = re.compile(
    rf"(?<![\d.,])(\d{{1,3}})((?: \d{{3}})+)(?=\.\d|%|[{_UNIT_HEAD_NO_DATE}])"
)
_THOUSANDS_AFTER = re.compile(rf"[{_CJK}A-Za-z] *$")


def _thousands_joined(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - _POINT_LOOKBEHIND) : m.start()]
    return m[1] + m[2].replace(" ", "") if _THOUSANDS_AFTER.search(before) else m.group()


# A print's page number worked into the text (``增加—值1增—长``: ``—1—`` woven between the characters of
# ``值增长``; or whole, ``。 —1— （一）``): one to three digits between two single dashes, a character of
# the text at most on each side of the digits inside, the dashes standing between text (never
# beside a digit or another dash: ``2019—2020年``, ``——``, ``“2-1-1-5-2”`` stay). Only the text's
# characters stay.
_DASH = "—–\\-"
_PAGE_MARK = re.compile(
    rf"(?<=[{_CJK_OR_PUNCT} ])(?<![{_DASH}])([{_DASH}]) ?([{_CJK}]?) ?\d{{1,3}} ?([{_CJK}]?) ?\1(?![{_DASH}\d])(?=[{_CJK_OR_PUNCT} ]|$)"
)
# Half-width punctuation to full-width, except inside numbers (1,234 / 12:30).
_COMMA = re.compile(r",(?!\d{3}(?!\d))|(?<!\d),")
_COLON = re.compile(r":(?!\d)|(?<!\d):")
# A half-width full stop between Chinese text (or ending it) is a dropped 。, never a decimal point;
# so is one closing a per cent before Chinese text (``增长26.2%.财政收入``: the sentence ends there).
# One doubling a full stop (``。.``) is a stray mark and goes.
_PERIOD = re.compile(rf"(?<=[{_CJK}”）)])\.(?=[{_CJK}“（(A-Z]|\s*$)|(?<=[%‰])\.(?=\s*[{_CJK}“（(]|\s*$)")
_DOUBLED_STOP = re.compile(r"(?<=。)\s*\.(?![\d.])")
_SIMPLE = str.maketrans({";": "；", "?": "？", "!": "！", "(": "（", ")": "）"})


#: A pinyin gloss a gateway inserted after a character (``經(jīng)濟``): not the report's text.
#: Doubled where a repeated word was glossed once for each (``經(jīng)(jīng)濟``).
_PINYIN = re.compile(r"(?<=[\u3400-\u9fff])(?:[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）])+")


#: A neutral-tone gloss (``的(de)``) has no tone mark: dropped only beside marked ones.
_PINYIN_TONELESS = re.compile(r"(?<=[\u3400-\u9fff])[(（][a-zü]{1,6}[)）]")

#: One toneless pinyin syllable as spelled (``tian``, ``zhong``, ``lv``): an initial, then a final.
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|iao|ian|ing|uai|uan|üan|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in"
    r"|ua|uo|ui|un|ün|üe|ue|ve|a|o|e|i|u|ü|v)"
)
#: A run of toneless glosses after one character (``天(tian)``, ``發(fa)(fa)(fa)``: doubled where a
#: gateway glossed a repeated word): each bracket holds exactly one syllable, lowercase.
_TONELESS_RUN = re.compile(rf"(?<=[\u3400-\u9fff])(?:[(（]{_SYLLABLE}[)）])+")
#: Toneless glosses are a gateway's only when the text holds several (``天(tian)津(jin)市``):
#: at least this many runs of a syllable of two letters or more, so a lone ``(a)`` or a table
#: head's ``时间(min)`` stays.
_TONELESS_AT_LEAST = 2


def _toneless_glossed(text: str) -> bool:
    first = (re.match(r"[(（]([a-zü]+)", m.group())[1] for m in _TONELESS_RUN.finditer(text))
    return sum(1 for syllable in first if len(syllable) >= 2) >= _TONELESS_AT_LEAST


def without_glosses(text: str) -> str:
    """``規(guī)模`` → ``規模``: a gateway's pinyin glosses dropped (toneless ones where the text
    holds marked ones, so a list's ``(a)`` stays, or where it holds several runs of toneless
    syllables: ``天(tian)津(jin)市發(fa)(fa)(fa)改委`` → ``天津市發改委``). Real brackets stay:
    ``（一）``, ``(含…)``, ``(GDP)``, ``(2023)`` are no syllable."""
    stripped = _PINYIN.sub("", text)
    if stripped != text:
        return _TONELESS_RUN.sub("", _PINYIN_TONELESS.sub("", stripped))
    return _TONELESS_RUN.sub("", text) if _toneless_glossed(text) else text


def normalize_text(text: str, *, table: bool = False) -> str:
    """Return the canonical form of one paragraph or line (``table``: a table's joined cells,
    whose spaces between numbers and words are kept)."""
    text = without_glosses(text.translate(_INVISIBLE)).translate(_TABLE)
    if not table:  # before lines are joined: a number opening a line is a list's
        text = _SPACED_POINT.sub(_point_unspaced, text)
        text = _THOUSANDS_BLANK.sub(_thousands_joined, text)
    text = text.replace("\r", " ").replace("\n", " ")
    text = _COMMA.sub("，", text)
    text = _COLON.sub("：", text)
    text = text.translate(_SIMPLE)
    text = _DOUBLED_STOP.sub("", _PERIOD.sub("。", text))
    text = _PAGE_MARK.sub(r"\2\3", text)
    text = _SPACED_YEAR.sub(lambda m: m.group(1).replace(" ", ""), text)
    text = _SPACE_BETWEEN_CJK.sub("", text.strip())
    if not table:
        text = _SPACE_AFTER_PERCENT.sub("", _BLANK_IN_AMOUNT.sub(r"\1\2", _BLANK_IN_COUNT.sub(r"\1\2", text)))
        text = _SPACE_AFTER_ABBREVIATION.sub(r"\1", text)
        text = _SPACE_AT_NUMBER.sub(_number_unspaced, _SPACE_BEFORE_PERCENT.sub("", _SPACED_PER.sub("/", text)))
    text = re.sub(r" *([，。、；：？！）】》”]) *", r"\1", text)
    text = re.sub(r"([（【《“]) +", r"\1", text)
    return _MULTISPACE.sub(" ", text)


def compact(text: str) -> str:
    """Text with every space removed: for matching headings and titles across sources."""
    return re.sub(r"\s+", "", text)


__all__ = ["compact", "is_traditional", "normalize_text", "simplified_converter", "without_glosses"]


# Characters frequent in plan reports that exist only in traditional script, and their
# simplified forms: a page saved with its 繁体 toggle on is read in simplified characters.
_TRADITIONAL = "國經濟會發劃執與報億萬長區個點這們務實產業資設對營項總數費來現進開關擴類構"
_SIMPLIFIED = "国经济会发划执与报亿万长区个点这们务实产业资设对营项总数费来现进开关扩类构"
# Variant forms a converter does not know (the Japanese-style 増 in 増長).
_VARIANTS = str.maketrans({"増": "增"})


def is_traditional(text: str) -> bool:
    """True when the text is written in traditional characters (more traditional markers than simplified)."""
    trad = sum(text.count(c) for c in _TRADITIONAL)
    simp = sum(text.count(c) for c in _SIMPLIFIED)
    return trad >= 10 and trad > 2 * simp


@cache
def simplified_converter():
    """A function turning traditional-character text into the canonical simplified form.

    OpenCC (pure Python) is imported here, only when a traditional page is met. Made once a
    process (a cache: the converter keeps no state between texts; each new OpenCC indexes its
    dictionaries again, ~13 ms, at every traditional page read)."""
    from opencc_purepy import OpenCC

    convert = OpenCC("t2s").convert
    # glosses go first: inside a word (規(guī)模) they would break the converter's phrases
    return lambda text: convert(without_glosses(text.translate(_VARIANTS))) if text else text
