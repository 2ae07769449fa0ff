"""Figures of a table of main indicators (``指标 | 单位 | 2023年预计 | 2024年目标``).

Reports often give their main indicators a second time as a table, in Word, in HTML, or in a
web copy whose cells became one line each (the structure stage rebuilds those rows). Each
cell is one figure: the row names the indicator and (from its 单位 column, or its label
``地区生产总值增长（%）``) the unit; the column says the kind and the year:

========================================= ============= =====================
column                                     in part 一     in part 二
========================================= ============= =====================
the plan year's 目标/计划 (``2024年目标``)    —              target (plan year)
the report year's 完成/预计 (``2023年预计``)  outcome        baseline
the report year's 目标/计划 (``2023年目标``)  baseline       baseline
year-less 目标/计划/预期目标                  baseline       target
year-less 完成/实际完成/实绩/预计             outcome        baseline
year-less 增长/增速 (%)                      outcome growth —
year-less 计划/目标 + 增长 (``年初计划同比±%``)  baseline growth target growth
year-less 完成率/占全年计划 (%)               outcome completion —
year-less period (``1-6月``, ``绝对值``)       outcome        —
========================================= ============= =====================

A header of two rows names each column by its group and its own heading
(``cell_table.merged_header``). A row of a 统计口径 column's lower level (``市级``) is named with
its level; the whole place's row (``全市``) plainly; a short row starting with a level, or a row
with an empty name cell, shares the name of the row above (merged cells).

A growth column of no kind of its own (``增长%`` after ``2024年目标``) is the growth of the column
before it. A transposed table (names across the header, kinds down the first column) is turned
upright first. A cell may hold a second figure in brackets (``10.9(可比7.0)``) and, in a table of
no 单位 column, its own unit (``500亿元``).

A target column of the report's own year restates last year's target: it is the baseline the
year is measured against, never a target of this report. ``增速``/``增长`` in the indicator
makes the row a growth rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from drafter.errors import FigureError
from drafter.figures import indicator as ind
from drafter.figures.numbers import Quantity, parse_quantity
from drafter.model import Figure
from drafter.structure.cell_table import RANK_HEADING, is_heading, merged_header
from drafter.structure.places import TABLE_LEVEL, WHOLE_LEVEL

_YEAR_COLUMN = re.compile(r"^(?P<year>(?:19|20)\d{2})年?(?P<label>.*)$")
_CELL = re.compile(
    r"^(?P<before>[≥≤><]=?|不低于|不少于|不高于|不超过|约)?(?P<n>-?\d+(?:\.\d+)?)%?"
    r"(?:[-—–~～至](?P<upper>\d+(?:\.\d+)?)%?)?(?P<suffix>左右|以上|以下|以内)?"
    r"(?:[（(](?P<word>[\u4e00-\u9fff]{0,6})(?P<second>-?\d+(?:\.\d+)?)(?P<pct>%)?[）)])?$"
)
#: A cell that writes its own unit, in a table of no 单位 column (``500亿元``, ``6%左右``).
_UNIT_CELL = re.compile(
    r"^(?P<before>[≥≤><]=?|不低于|不少于|不高于|不超过|约)?(?P<n>-?\d+(?:\.\d+)?)"
    r"(?:[-—–~～至](?P<upper>\d+(?:\.\d+)?))?(?P<unit>[^\d\s（）()\-—–~～,，;；]{1,8}?)(?P<suffix>左右|以上|以下|以内)?$"
)
#: A cell of a number alone, no unit, no % (``137``, ``365``).
_BARE_CELL = re.compile(r"^\d+(?:\.\d+)?$")
#: ``地区生产总值增长（%）``: without a unit column the row's label carries its unit; a web copy
#: that put each cell on its own line may lose the bracket's close (``地区生产总值增速(%``).
_LABEL_UNIT = re.compile(r"[（(](?P<unit>[^（）()]{1,8})[）)]?$")
#: Words of change before a value in a cell (``增长5%``, ``增加1.2个百分点``).
_CHANGE = "增长|增加|提高|提升|下降|降低|减少|上涨|回落"
_GROWTH = re.compile(r"(增速|增长率|增长|增幅|涨幅|降幅|降低率|降低|下降率|下降)$")
#: A row named with a fall (``单位地区生产总值能耗降低``, ``…下降率``): its growth goes down.
_FALL = re.compile(r"(?:降低|下降)率?$")
#: A note mark before a row's name (``#工业投资`` a statistics table's 其中, ``*``/``※`` a note below).
_MARK = "#＃*＊※ "
#: A row's number glued to its name (``1.地区生产总值``, ``（2）常住人口``).
_NUMBERED = re.compile(r"^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）])(?=[\u4e00-\u9fff])")
#: A change in price is a growth rate named with its change (居民消费价格涨幅).
PRICE_CHANGE = re.compile(r"(?:涨幅|降幅)$")
_QUALIFIER = {
    "左右": "about", "以上": "at_least", "以下": "at_most", "以内": "at_most", "": "exact",
    "≥": "at_least", ">": "at_least", ">=": "at_least", "不低于": "at_least", "不少于": "at_least",
    "≤": "at_most", "<": "at_most", "<=": "at_most", "不高于": "at_most", "不超过": "at_most", "约": "about",
}
#: Year-less column headings, by what their cells hold.
_TARGET_WORDS = re.compile(r"目标|计划|预期")
_DONE_WORDS = re.compile(r"完成|实绩|实际|预计|执行")
#: 完成率, 占全年计划%, 完成年计划（%）: the share of the year's plan done.
_COMPLETION_WORDS = re.compile(
    r"完成率|完成程度|完成进度|占(?:全年|年度|年)?(?:计划|目标)|(?:完成|为)(?:全年|年度|年)?(?:计划|目标)的?(?:%|（%）|\(%\)|比例|百分比)"
)
#: A column of the period's own figures, named by the period or as the amount (part 一).
_PERIOD_WORDS = re.compile(r"^(?:\d{1,2}[-—~至]\d{1,2}月|上半年|前三季度|[一二三四1-4]季度|全年|本年|累计|绝对值|绝对额|绝对数|总量|数值)")
#: Columns of no figure of the indicator: the calendar's progress, a rank among places, the
#: average or the country's figure beside the place's own.
_NO_FIGURE_WORDS = re.compile(r"序时进度|时间进度|排名|位次|名次|平均|全国")
#: A 单位 cell that says the row has no unit.
_NO_UNIT = frozenset({"", "—", "——", "-", "－", "/", "／", "无"})
#: A sub-row's mark before its name (``其中：``).
_SUB_ROW = re.compile(r"^其中[:：]?")
#: The heading of the column that names the rows.
_NAME_HEAD = re.compile(r"指标|名称|项目")
#: Headings with those words of a column of no names (``指标属性``, ``指标分类``).
_NOT_NAME_HEAD = re.compile(r"属性|分类|类别|类型")
_GROWTH_WORDS = re.compile(r"增长|增速|增幅|增减|同比|比上年|较上年|比增|±")


@dataclass(frozen=True)
class Column:
    """What one column of a table holds: its cells' kind and period, and how they read."""

    at: int
    kind: str
    period: int
    label: str
    measure: str = ""  # "growth" or "completion" for a column of rates; "" for the row's own unit
    estimate: bool = False


def columns(header: tuple[str, ...], role: str, year: int, plan_year: int, *, rates: bool = True) -> list[Column]:
    """The columns of a header that hold figures, read by the table in the module docstring
    (the columns of rates only with ``rates``)."""
    out = []
    before: Column | None = None
    for i, cell in enumerate(header):
        column = _column(i, cell.replace(" ", ""), role, year, plan_year)
        if i and _growth_of_before(cell):
            # 2024年目标 | 比上年增长%: a growth column of no kind: the growth of the column before it
            if before is not None and not before.measure:
                column = Column(i, before.kind, before.period, cell, measure="growth", estimate=before.estimate)
            elif before is None and _YEAR_COLUMN.match(header[i - 1].replace(" ", "")):
                column = None  # the growth of a year's column this part does not read
        before = column
        if column is not None and (rates or not column.measure):
            out.append(column)
    return out


def _growth_of_before(cell: str) -> bool:
    """A year-less growth heading of no kind (``增长%``, ``比上年增长（%）``)."""
    label = cell.replace(" ", "")
    return bool(_GROWTH_WORDS.search(label)) and not _YEAR_COLUMN.match(label) and not _TARGET_WORDS.search(label) and not (
        _DONE_WORDS.search(label) or _COMPLETION_WORDS.search(label) or _NO_FIGURE_WORDS.search(label))


def _column(i: int, cell: str, role: str, year: int, plan_year: int) -> Column | None:
    m = _YEAR_COLUMN.match(cell)
    label = m["label"] if m else cell
    if RANK_HEADING.match(label) and role == "execution":
        # 全省排名: the row's rank among places, a bare number of the row's indicator (real_aside41 convention 3)
        return Column(i, "outcome", year, label, measure="rank")
    if _NO_FIGURE_WORDS.search(label) and not _COMPLETION_WORDS.search(label):
        return None  # 序时进度%: the calendar's share, not the indicator's; 全市排名: a rank among others
    estimate = "预计" in label
    target = bool(_TARGET_WORDS.search(label)) and not _DONE_WORDS.search(label)
    if m is not None:
        at = int(m["year"])
        growth = "growth" if _GROWTH_WORDS.search(label) else ""  # 2024年目标增长%: a rate of the target
        if at == plan_year and role == "plan" and not _DONE_WORDS.search(label):
            return Column(i, "target", plan_year, label, measure=growth, estimate=estimate)
        if at == year and target:
            return Column(i, "baseline", year, label, measure=growth)  # last year's target restated
        if at == year:
            return Column(i, "baseline" if role == "plan" else "outcome", year, label, measure=growth, estimate=estimate)
        return None
    if _COMPLETION_WORDS.search(label):
        return Column(i, "outcome", year, label, measure="completion") if role == "execution" else None
    if _GROWTH_WORDS.search(label) or "%" in label:
        if target:  # 年初计划同比±%: the growth the plan set, restated (part 一) or set (part 二)
            return Column(i, "baseline", year, label, measure="growth") if role == "execution" else Column(
                i, "target", plan_year, label, measure="growth")
        return Column(i, "outcome", year, label, measure="growth") if role == "execution" else None
    if target:
        return Column(i, "target", plan_year, label) if role == "plan" else Column(i, "baseline", year, label)
    if _DONE_WORDS.search(label) or _TARGET_WORDS.search(label):
        return Column(i, "baseline" if role == "plan" else "outcome", year, label, estimate=estimate)
    if _PERIOD_WORDS.match(label) and role == "execution":
        return Column(i, "outcome", year, label)  # 1-6月, 上半年, 绝对值: what the period did
    return None


def extract_table(
    rows: tuple[tuple[str, ...], ...], text: str, *, role: str, year: int, plan_year: int, section: str, paragraph: str,
    rates: bool = False,
) -> list[Figure]:
    """Every figure of a main-indicators table; spans are offsets into ``text`` (the table's paragraph).

    ``rates``: read the columns of growth and completion rates too (the figures stage does).
    """
    if len(rows) < 2:
        return []
    rows, spans = _upright(rows, text)
    header, skip = merged_header(rows)
    unit_at = next((i for i, c in enumerate(header) if "单位" in c), None)
    name_at = next((i for i, c in enumerate(header) if _NAME_HEAD.search(c) and not _NOT_NAME_HEAD.search(c)), 0)
    level_at = next((i for i, c in enumerate(header) if re.search(r"口径|范围|级次", c)), None)
    cols = columns(header, role, year, plan_year, rates=rates)
    # a rate column whose cells write their own % (``6.5%``, ``5%``) reads a bare cell (``365``) as an amount
    # of its row, in a table of no 单位 column (round 18, fx18a)
    own_pct = {c.at for c in cols if c.measure == "growth" and unit_at is None
               and any(c.at < len(row) and "%" in row[c.at] for row in rows[skip:])}
    figures: list[Figure] = []
    cursor = 0
    above: tuple[str, ...] = ()
    named = ""  # the name of the last row that had one
    for r, row in enumerate(rows[skip:], start=skip):
        if not row:
            continue
        at = text.find(row[0], cursor)
        cursor = at + len(row[0]) if at >= 0 else cursor
        if above and len(row) < len(header) and TABLE_LEVEL.match(row[0]):
            row = above[: len(header) - len(row)] + row  # 市级 under 全市: the row above's name, aligned right
        elif above and len(row) > name_at and not row[name_at].strip() and any(_CELL.match(c.strip()) for c in row):
            # a merged name cell (Word's vertical merge): the name, unit and level above
            row = tuple(
                c if c.strip() or n > max(name_at, unit_at or 0) or n >= len(above) else above[n] for n, c in enumerate(row))
        elif len(row) > name_at:
            above = row
        if len(row) <= name_at:
            continue
        label = _NUMBERED.sub("", row[name_at].lstrip(_MARK))
        if level_at is not None and level_at < len(row) and TABLE_LEVEL.match(row[level_at]):
            level = "" if WHOLE_LEVEL.match(row[level_at]) else row[level_at]
        else:
            level = ""
        if unit_at is None:
            label_unit = _LABEL_UNIT.search(label)
            if label_unit is not None and not _is_unit(label_unit["unit"], ""):
                label, label_unit = label[: label_unit.start()], None  # a gloss (（国家新口径）) goes
            if label_unit is None:
                unit_col = None  # no unit written for the row: each cell writes its own (500亿元)
            else:
                row = (*row, label_unit["unit"])
                label = label[: label_unit.start()]
                unit_col = len(row) - 1
        elif unit_at >= len(row):
            continue
        else:
            unit_col = unit_at
            label_unit = _LABEL_UNIT.search(label)
            if label_unit is not None and _is_unit(label_unit["unit"], row[unit_col]):
                label = label[: label_unit.start()]  # 城镇居民人均可支配收入（元） beside its 单位 column
        bare = _SUB_ROW.sub("", label)
        if named and TABLE_LEVEL.match(bare):  # 其中：区本级 under a name: that name at this level
            level, label = "" if WHOLE_LEVEL.match(bare) else bare, named
        else:
            named = label
        for column in cols:
            if column.at >= len(row) or column.at == unit_col:
                continue
            unit = "" if column.measure == "rank" else "%" if column.measure else row[unit_col].strip("（）() ") if unit_col is not None else None
            if column.at in own_pct and unit_col is None and _amount_cell(row[column.at]):
                column, unit = replace(column, measure=""), None  # 预期目标（增速）over 365, 300亿元: an amount, no rate
            where = spans.get((r, column.at), (0, 0)) if spans is not None else None
            for figure in _figures(row, label, level, column, unit, text, cursor, section, paragraph, where):
                figures.append(figure)
                cursor = max(cursor, figure.span[1])
    return figures


def _amount_cell(cell: str) -> bool:
    """A cell of a number alone (``365``) or with a unit of its own that is no per cent (``300亿元以上``)."""
    cell = cell.strip().replace(" ", "").replace(",", "")
    if "%" in cell or "％" in cell or not cell[:1].isdigit():
        return False
    if _BARE_CELL.match(cell):
        return True
    m = _UNIT_CELL.match(cell)
    return m is not None and not _GROWTH_WORDS.search(m["unit"]) and "百分点" not in m["unit"]


def _upright(rows: tuple[tuple[str, ...], ...], text: str) -> tuple[tuple[tuple[str, ...], ...], dict | None]:
    """A transposed table (its header names the indicators, its first column the years and kinds:
    ``项目 | 地区生产总值（亿元） | …`` over ``2023年完成 | 500 | …``) turned upright, with each
    cell's span in ``text`` (None for a table already upright)."""
    header = rows[0]
    body = [r for r in range(1, len(rows)) if rows[r]]
    if len(header) < 2 or not body or not (not header[0].strip() or is_heading(header[0])):
        return rows, None
    if any(not c.strip() or is_heading(c) or _CELL.match(c.replace(" ", "")) for c in header[1:]):
        return rows, None
    if not all(is_heading(rows[r][0]) for r in body):
        return rows, None
    units = next((r for r in body if "单位" in rows[r][0]), None)
    values = [r for r in body if r != units]
    if not values:
        return rows, None
    found: dict[tuple[int, int], tuple[int, int]] = {}
    cursor = 0
    for r, row in enumerate(rows):  # the cells in the page's order
        for c, cell in enumerate(row):
            at = text.find(cell, cursor) if cell.strip() else -1
            if at >= 0:
                found[(r, c)] = (at, at + len(cell))
                cursor = at + len(cell)
    lead = ["指标", *(["单位"] if units is not None else [])]
    upright = [(*lead, *(rows[r][0] for r in values))]
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for c in range(1, len(header)):
        sources = [(0, c), *([(units, c)] if units is not None else []), *((r, c) for r in values)]
        upright.append(tuple(rows[r][c] if c < len(rows[r]) else "" for r, c in sources))
        spans.update({(c, n): found[source] for n, source in enumerate(sources) if source in found})
    return tuple(upright), spans


#: Scales a cell may write alone as its unit.
_SCALES = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8}


def _quantity(number: str, unit: str) -> Quantity:
    """A cell's number with its row's unit; a row of no unit (``—``: an index, a ratio) is a bare number."""
    if unit.strip() in _NO_UNIT:
        return Quantity(value=number, number=Decimal(number), unit="", base="", family="ratio")
    try:
        return parse_quantity(number + unit)
    except FigureError:
        if unit in _SCALES:  # 增长26万左右: the scale alone is the unit, as in the text
            return Quantity(value=number, number=Decimal(number) * _SCALES[unit], unit=unit, base="", family="other")
        per = re.fullmatch(r"(?P<unit>[^/／]+)[/／][\u4e00-\u9fff]{1,2}", unit.strip())
        if per is None:
            raise
        q = parse_quantity(number + per["unit"])  # 场次/年: a count a year, its unit as the column writes it
        return Quantity(value=q.value, number=q.number, unit=unit.strip(), base=q.base, family=q.family, more=q.more)


def _is_unit(text: str, unit: str) -> bool:
    """A bracket in a row's label that is a unit (its 单位 cell's, or any), not a gloss."""
    if text in (unit, "%", "％", "‰"):
        return True
    try:
        return parse_quantity("1" + text).unit == text
    except FigureError:
        return False


def _figures(
    row: tuple[str, ...], label: str, level: str, column: Column, unit: str, text: str, cursor: int, section: str,
    paragraph: str, where: tuple[int, int] | None = None,
) -> list[Figure]:
    """A cell's figure (``unit`` None: the cell writes its own); a cell with a second figure in
    brackets gives that one too, of the same indicator and column: ``10.9(可比7.0)`` the growth at
    comparable prices, ``500(增长5.6%)`` the amount's growth."""
    cell = row[column.at].replace(" ", "").replace("％", "%").replace("−", "-").replace("－", "-").replace(",", "")
    m = _CELL.match(cell) if unit is not None else _UNIT_CELL.match(cell)
    if m is None:
        return _worded(row, label, level, column, unit, text, cursor, section, paragraph)
    if unit is None:
        unit = m["unit"]
    # a range (6-7) is at least its lower bound, written as the text writes it
    qualifier = "at_least" if m["upper"] and not m["suffix"] else _QUALIFIER[m["suffix"] or m["before"] or ""]
    at = text.find(row[column.at], cursor) if where is None else where[0] if where != (0, 0) else -1
    span = (at, at + len(row[column.at])) if at >= 0 else (0, 0)
    first = _figure(row, label, level, column, unit, (m["n"], m["upper"], qualifier), span, row[column.at], section, paragraph)
    groups = m.groupdict()
    if first is None or not groups.get("second"):
        return [first] if first is not None else []
    inner = row[column.at].rfind(m["second"])
    span = (span[0] + inner, span[0] + inner + len(m["second"])) if at >= 0 and inner >= 0 else span
    if m["pct"] and unit not in ("%", "％") or _GROWTH_WORDS.search(m["word"]):
        column, unit = replace(column, measure="growth"), "%"  # 500(增长5.6%): the amount's growth
    second = _figure(row, label, level, column, unit, (m["second"], None, "exact"), span, m["second"], section, paragraph)
    return [first] if second is None else [first, second]


#: A cell's clause: the words before its value go (``增长5%左右``, ``年末户籍人口800万左右``); a
#: change word just before it makes a per cent the growth of the row.
_WORDED = re.compile(
    rf"^(?P<words>[\u4e00-\u9fff]{{0,12}}?)(?P<change>{_CHANGE})?(?P<value>(?:[≥≤><]=?|不低于|不少于|不高于|不超过|约)?[-−－]?\d.*)$")
#: A cell's closing gloss of words (``68.85件(按2019年人口数测算)``): it goes.
_GLOSS = re.compile(r"\s*[（(][^（）()]*[\u4e00-\u9fff][^（）()]*[）)]$")
#: Clauses of a cell (``增长26万左右,年末户籍人口800万左右``).
_CLAUSES = re.compile(r"[,，;；]")


def _worded(
    row: tuple[str, ...], label: str, level: str, column: Column, unit: str | None, text: str, cursor: int, section: str,
    paragraph: str,
) -> list[Figure]:
    """The figures of a cell that writes words around its values, one a clause: the words go."""
    written = _GLOSS.sub("", row[column.at])
    clauses = _CLAUSES.split(written)
    out: list[Figure] = []
    for clause in clauses:
        m = _WORDED.match(clause.strip())
        if m is None or not (m["words"] or m["change"] or len(clauses) > 1 or written != row[column.at]):
            continue  # a clause of its value alone: one of several (20170.45亿元,增长3.4%) or before a gloss
        value = m["value"]
        own = column
        if m["change"] and "%" in value and not column.measure:
            own = replace(column, measure="growth")  # 增长5%: the row's growth
        writes_unit = unit is not None and "%" not in value and _UNIT_CELL.match(value) and not _CELL.match(value)
        cell_unit = "%" if own.measure and "%" in value else None if writes_unit else unit  # 增加1.2个百分点: its own
        at = text.find(value, cursor)
        where = (at, at + len(value)) if at >= 0 else (0, 0)
        for figure in _figures((value,), label, level, replace(own, at=0), cell_unit, text, cursor, section, paragraph, where):
            out.append(replace(figure, sentence=" ".join(row)))
            cursor = max(cursor, figure.span[1])
    return out


def _figure(
    row: tuple[str, ...], label: str, level: str, column: Column, unit: str, cell: tuple[str, str | None, str],
    span: tuple[int, int], written: str, section: str, paragraph: str,
) -> Figure | None:
    """One figure of a cell: its number, upper bound and qualifier (``cell``), found at ``span``."""
    number, top, qualifier = cell
    try:
        q = _quantity(number, unit)
        upper = _quantity(top, unit).number if top else None
    except FigureError:
        return None
    label = ind.normalize(label)
    # 人口自然增长率 5‰: a rate in per mille is a level of its own, no growth (fxgen3)
    growth = _GROWTH.search(label) if q.unit != "‰" else None
    stem = label[: growth.start()] if growth is not None and not PRICE_CHANGE.search(label) else label
    name = level + (ind.name_before(stem) or stem)  # 城镇新增就业 → 城镇就业, as in the text; 市级 stays
    if column.measure:
        measure, direction = column.measure, "up" if column.measure == "growth" else ""
    elif growth is not None:
        measure, direction = "growth", "down" if _FALL.search(label) else "up"
    else:
        measure = "share" if q.family in ("percent", "points") else "count" if q.family == "count" else "amount"
        direction = ""
    return Figure(
        indicator=name,
        value=f"{q.value}-{top}" if upper is not None else q.value,
        number=q.number,
        upper=upper,
        unit=q.unit,
        unit_family=q.family,
        kind=column.kind,  # type: ignore[arg-type]
        measure=measure,  # type: ignore[arg-type]
        qualifier=qualifier,  # type: ignore[arg-type]
        estimate=column.estimate,
        direction=direction,
        period=column.period,
        section=section,
        paragraph=paragraph,
        span=span,
        text=written,
        sentence=" ".join(row),
    )


__all__ = ["Column", "columns", "extract_table"]
