"""``conflicting_figures``: one indicator, measured the same way for the same period, with two
different values in one report (``地区生产总值增长3%`` on page 2, ``增长3.5%`` on page 9).

Two figures are the same statistic only when everything drafter knows about them agrees: kind
(outcome or target), indicator, measure, unit family, period, increment or running total,
direction, the part of the year (前三季度 …) and the scope words before them in their sentence
(``引进…国家高新技术企业17家`` is not ``入库…国家高新技术企业123家``). Two figures of one
sentence are never compared: a sentence that lists two values means two things."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.check.context import Subject, sentence_at
from drafter.check.finding import Finding
from drafter.model import Figure

#: Words before a figure that say which slice of an indicator it counts.
SCOPE_WORDS = ("新增", "新引进", "引进", "招引", "签约", "落户", "入库", "认定", "新认定", "培育", "新建", "累计", "总量", "存量", "在库", "在册", "上市")
#: Parts of a year: a figure for 前三季度 is not one for the whole year.
SUBPERIODS = re.compile(r"前三季度|上半年|下半年|一季度|二季度|三季度|四季度|第[一二三四]季度|1[-—～~至]\d{1,2}月|\d{1,2}月份?|年初|年末|年底")
#: A rate's scope is read from its own clause; a count's from its whole sentence, where one
#: verb governs a list (``累计引进468个项目，……，国家高新技术企业17家``).
CLAUSE_MEASURES = ("growth", "share", "rank")
#: Words of a stretch goal beside the floor the main targets set.
STRETCH_WORDS = ("力争", "争取", "努力", "冲刺")
#: Indicators too general to be one statistic (企业, 项目).
MIN_INDICATOR = 3
#: Heads that name a statistic only with the words before them, which the figure stage may
#: leave out (``工业实现增加值510.65亿元`` … ``服务业较快增长，实现增加值964.92亿元``).
GENERIC_INDICATORS = ("增加值", "总产值", "营业收入", "销售额", "交易额", "投资额", "总投资", "到位资金", "营业额", "产值")


def _key(subject: Subject, f: Figure) -> tuple[object, ...] | None:
    from drafter.names import normalize_indicator

    if f.kind not in ("outcome", "target") or f.number is None or f.measure in ("qualitative", "completion"):
        return None
    indicator = normalize_indicator(f.indicator)
    if len(indicator) < MIN_INDICATOR or indicator in GENERIC_INDICATORS:
        return None
    place = subject.here.place(f.paragraph)
    if place is None:
        return None
    start, _ = sentence_at(place.text, f.span[0])
    before = place.text[start : f.span[0]]
    if f.measure in CLAUSE_MEASURES:
        before = re.split(r"[，,；;]", before)[-1]
    scope = tuple(w for w in SCOPE_WORDS if w in before)
    sub = tuple(m.group() for m in SUBPERIODS.finditer(before))
    key: tuple[object, ...] = (f.kind, indicator, f.measure, f.unit_family, f.period, f.increment, f.cumulative, f.direction, scope, sub)
    if f.kind == "target":  # a floor and a stretch goal (不低于3.3亿美元 … 力争达到3.5亿美元) are two targets
        clause = re.split(r"[，,；;]", before)[-1]
        key += (f.qualifier, any(w in clause or w in f.flags for w in STRETCH_WORDS))
    return key


def _sentence(subject: Subject, f: Figure) -> tuple[str, int]:
    place = subject.here.place(f.paragraph)
    return (f.paragraph, sentence_at(place.text, f.span[0])[0] if place else 0)


def find(subject: Subject) -> Iterator[Finding]:
    seen: dict[tuple[object, ...], Figure] = {}
    for f in subject.report.figures:
        key = _key(subject, f)
        if key is None:
            continue
        first = seen.setdefault(key, f)
        if first is f or (first.number, first.upper) == (f.number, f.upper):
            continue
        if _sentence(subject, first) == _sentence(subject, f):
            continue
        where = subject.here.by_id(f.paragraph, f.span[0])
        related = subject.here.by_id(first.paragraph, first.span[0])
        if where is None or related is None:
            continue
        what = "目标" if f.kind == "target" else "实绩"
        yield Finding(
            "conflicting_figures", where, f.text,
            f"{key[1]}的{what}在{related.label}写作“{first.text}”，这里写作“{f.text}”",
            "核对统计数据，两处统一为同一个数；若说的是不同口径，写明口径。",
            related,
        )
