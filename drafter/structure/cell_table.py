"""A web copy that put every cell of a table on its own line: rebuild the rows.

A main-indicators table copied from a web page often loses its grid: each cell becomes one
line (``指标`` / ``单位`` / ``2023年预计`` / ``2024年目标`` / ``地区生产总值`` / ``亿元`` / …).
The table is read back by the genre's layout of such tables:

* the header opens with ``序号``/``指标``/``指标名称``/``项目`` and runs while the lines are heading
  words only (``单位``, ``统计口径``, ``年初计划``, ``上半年实绩``, ``绝对值``, ``同比±%``,
  ``2024年目标`` …); a describing heading split over two lines (``统计`` / ``口径``) is one;
* a header of two rows gives its group headings first and their columns after
  (``年初计划`` ``上半年实绩`` / ``绝对值`` ``同比±%`` ``绝对值`` ``同比±%``): the columns are
  ``年初计划绝对值``, ``年初计划同比±%``, … — the reading that takes in most rows wins;
* a row is its 序号 (if the header has one), its name (over one or more lines), its 单位 and
  统计口径 cells, then one value a line (numbers, ``/``, dashes);
* a row of a lower level that shares its name with the row above (the 统计口径 column's
  ``市级`` under ``全市``) starts with its level and is kept short, as a Word or HTML table
  with merged cells gives it; the figures stage aligns it to the right;
* a 类别 column before the names stands in the first row of its group only; a 属性 column
  (``预期性``/``约束性``) may close the row; a category row (``一、经济发展``) stands over rows;
* a row that a page's end cuts keeps the values it has (a numbered row cut inside its name:
  none); a row whose empty cell vanished with the grid (the next row's 序号 or name comes
  early) keeps none of its values, and the table goes on;
* a table whose rows are lines of cells set apart by spaces, tabs or ``|`` is read one line a
  row against its header (one or two lines; a 备注 column dropped): a row of no unit gets ``""``
  in its 单位 column, a name split by a space or wrapped onto the next line is one, a 序号 the
  header leaves out is dropped, a category line stands over rows; a header on one line may stand
  over rows of one cell a line;
* cells closed by ``|`` (``增长5%左右 |``) are cells of one a line, a rule alone a merged cell's
  empty place; a table flattened into one line with runs of blanks is read as its cells;
* in a table with 序号, the cells before the next row's 序号 are the row's values, words or not;
  a 统计口径 column may stand after the values; a two-row header is read so its cells fit;
* a transposed table of lines (``项目 地区生产总值（亿元） …`` over ``2023年完成 500 …``) is kept
  as the page has it; the figures stage turns it upright.

The block keeps the page's order of cells in its text, so every cell is found where it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from drafter.read import Block
from drafter.structure.places import TABLE_LEVEL

#: The first heading cell of a main-indicators table.
_HEAD_FIRST = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}指标(?:名称|分类|类别)?|项目|项目名称|名称|序号|类别|领域|分类)$")
#: Heading words: a heading cell is made of these only (and holds a word or a %).
_HEAD_WORDS = (
    r"(?:19|20)\d{2}年?(?:度)?|\d{1,2}[-—~至]\d{1,2}月|[一二三四1-4]季度|前三季度|上半年|下半年|全年|年初|年度"
    r"|年份|时间|本年|上年|去年|同期|本期|当期|本月|序时进度|时间进度|进度|排名|位次|名次|全[省市区县国]|平均|任务|考核"
    r"|序号|主要指标|指标名称|指标|项目名称|项目|名称|计量单位|计量|单位|统计口径|统计|口径|范围|级次|指标属性|属性|类别|类型|领域|分类|备注"
    r"|绝对值|绝对额|绝对数|年均|总量|数值|数量|总额|预期目标|预期|目标值|目标|计划数|计划|预计数|预计|完成数|完成值|完成|实绩|实际|执行数|执行"
    r"|情况|增长率|增长|增速|增幅|增减|幅度|涨幅|降幅|同比|比上年|较上年|比增|累计|比|率|值|为|占|的|年|月|末|止|[%％‰±（）()+\-－/、\\＼]"
)
_HEAD_CELL = re.compile(rf"^(?:{_HEAD_WORDS})+$")
#: Describing columns (not figures), by heading; a heading split over two lines is joined.
_DESCRIBE = {
    "序号": "seq", "指标": "name", "主要指标": "name", "指标名称": "name", "主要指标名称": "name",
    "项目": "name", "项目名称": "name", "名称": "name", "单位": "unit", "计量单位": "unit",
    "统计口径": "level", "口径": "level", "统计范围": "level", "范围": "level", "级次": "level",
    "属性": "attr", "指标属性": "attr", "指标分类": "attr", "指标类别": "attr", "指标类型": "attr", "类别": "attr",
    "类型": "attr", "领域": "attr", "分类": "attr", "备注": "note",
}
#: The heading of the names' column in its longer forms (``主要经济指标``, ``经济社会发展指标名称``).
_NAME_CELL = re.compile(r"^[\u4e00-\u9fff]{0,8}指标(?:名称)?$")


def _role(heading: str) -> str:
    """What a describing column holds (``seq``, ``name``, ``unit``, ``level``, ``attr``, ``note``), else ""."""
    return _DESCRIBE.get(heading) or ("name" if _NAME_CELL.match(heading) and "属性" not in heading else "")


#: Words of change before a cell's value, and units a cell may write after it (the cell's words go).
_CHANGE_WORDS = "增长|增加|提高|提升|下降|降低|减少|上涨|回落"
#: Words an outcome cell may write before its value: an estimate, a reach, a share (the words go).
_CELL_LEAD = r"(?:预计|预期|估计)?(?:达到|实现|为|占比)?"
_CELL_UNITS = r"[万亿千]*(?:元|美元|人次|人|户|个|家|项|吨|亩|公里|辆|套|座|所|张|件|台)"
_VALUE_CELL = re.compile(
    r"^(?:[≥≤><]=?|不低于|不高于|不超过|不少于|约)?[-−－]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"(?:\s*[%％‰]?[-—–~～至][-−－]?\d+(?:\.\d+)?)?\s*[%％‰]?"
    r"(?:左右|以上|以下|以内)?(?:[（(][\u4e00-\u9fff]{0,6}[-−－]?\d+(?:\.\d+)?[%％‰]?[）)])?$|^[\[〔【（(]\d+(?:\.\d+)?[\]〕】）)]$|^[—\-－―/／…]+$|^$"
    # a cell that writes its change word or its unit (``增长5%左右``, ``增加1.2个百分点``, ``287.32亿元``)
    # and an outcome's estimate or reach (``预计7.3 %左右``, ``预计-3%左右``, ``达到50%``, ``预计占比12.4‰``)
    rf"|^(?:{_CELL_LEAD})?\s*(?:{_CHANGE_WORDS})?[-−－]?\d+(?:\.\d+)?\s*(?:[%％‰]|个百分点|{_CELL_UNITS})?(?:左右|以上|以下|以内)?$"
)
#: A qualitative target standing in a value column (``完成上级下达任务``, ``控制在省下达目标内``).
_WORD_VALUE = re.compile(
    r"^[\u4e00-\u9fff]{0,8}(?:下达|任务|目标|控制在|持平|同步|保持)[\u4e00-\u9fff]{0,8}$"
    r"|^(?:增长|增速|增幅)?(?:略|明显|稍)?(?:高于|低于|快于|慢于|优于|不低于|不高于|好于)[\u4e00-\u9fff]{2,8}$"  # 高于经济增长: a target of words
    r"|^(?:预计)?(?:已|已经|基本|全面|超额|顺利|可以|可|能|能够|较难|难以|无法|不能)?(?:完成|达标)(?:目标|任务)?$|^未(?:完成|达标)$"  # a result in words
)
#: A qualitative trend standing in a value column (``总体稳定``, ``保持增长``, ``稳中有升``): no figure.
_TREND_VALUE = re.compile(
    r"^(?:总体|基本|保持|力争|实现|继续)?(?:稳定|平稳|稳中有[升进增降]|稳中提质|稳步增长|平稳增长|正增长|增长|持平|提高|提升|下降)$")
#: A cell's closing gloss of words (``68.85件(按2019年人口数测算)``): the value stands before it.
_GLOSS = re.compile(r"\s*[（(][^（）()]*[\u4e00-\u9fff][^（）()]*[）)]$")
#: Clauses of one cell (``20170.45亿元,增长3.4%``, ``22.68%,高于上年``).
_CELL_CLAUSE = re.compile(r"[,，;；]")


def _word_cell(line: str) -> bool:
    """A value cell of words (``完成上级下达任务``, ``高于地区 生产总值增幅`` spaced to fill the cell, ``总体稳定``)."""
    bare = _compact(line)
    return bool(_WORD_VALUE.match(bare) or _TREND_VALUE.match(bare))


def _value_cell(line: str) -> bool:
    """A value cell: one value, one with a closing gloss of words (``68.85件(按2019年人口数测算)``), or
    clauses of values and words (``20170.45亿元,增长3.4%``, ``22.68%,高于上年``)."""
    if _VALUE_CELL.match(line):
        return True
    bare = _GLOSS.sub("", line)
    if bare != line and re.search(r"\d", bare) and _VALUE_CELL.match(bare):
        return True
    parts = [part.strip() for part in _CELL_CLAUSE.split(line)]
    return (len(parts) > 1 and all(part and (_VALUE_CELL.match(part) or _word_cell(part)) for part in parts)
            and any(re.search(r"\d", part) and _VALUE_CELL.match(part) for part in parts))


#: An attribute cell after the values (the plan's 预期性/约束性 column).
_ATTR_CELL = re.compile(r"^(?:预期性|约束性|预期|约束|[—\-－])$")
_SEQ = re.compile(r"^\d{1,3}$")
#: A 单位 cell of a row of no unit.
_NO_UNIT = re.compile(r"^(?:—+|-|－|/|／|无)$")
#: A category row inside a table (``一、经济发展``, ``（二）社会民生``, ``经济发展类``).
_CATEGORY = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]).+|^[\u4e00-\u9fff]{2,10}类(?:指标)?$")
#: Longest a header runs, in lines; longest a cell is.
_MAX_HEADER = 24
_MAX_CELL = 30


def cell_lines(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """The blocks with every one-cell-a-line table rebuilt into one block of rows (and a table
    whose rows are lines of cells set apart by spaces, ``指标 单位 2023年 2024年``)."""
    blocks, written = _closed_cells(blocks)
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        found = None
        if not block.rows and _HEAD_FIRST.match(_compact(block.text)):
            found = _table_at(blocks, i)
        elif not block.rows and _spaced_header(block.text):
            found = _spaced_table_at(blocks, i) or _split_header_at(blocks, i)
        elif not block.rows and _named_header(block.text):
            found = _transposed_at(blocks, i)
        elif not block.rows and _BLANK_RUN.search(block.text):
            flat = _flattened(block)
            if flat:
                out.extend(flat)
                i += 1
                continue
        if found is None:
            out.append(block)
            i += 1
            continue
        table, end = found
        if written[i:end] != [b.text for b in blocks[i:end]]:  # the cells as written, rules and all
            table = replace(table, text="\n".join(written[i:end]))
        out.append(table)
        i = end
    return tuple(out)


#: A cell on its own line closed by a rule (``增长5%左右 |``, ``| 增长5%左右 |``, full-width ``｜``); a
#: rule alone is an empty cell.
_CLOSED_CELL = re.compile(r"^\s*(?:[|｜](?=[^|｜]*[|｜]\s*$))?\s*(?P<cell>[^|｜]*?)\s*[|｜]\s*$")
#: A qualifier alone in a closed cell right after a value's cell (``3.2% |`` / ``左右 |``): the value's cell wrapped.
_WRAPPED_QUALIFIER = re.compile(r"^(?:左右|以上|以下|以内|之内)$")
#: Fewest closed cells in a run that make it a table's cells (a header and a row).
_MIN_CLOSED = 6


def _closed_cells(blocks: Sequence[Block]) -> tuple[list[Block], list[str]]:
    """Runs of cells each closed by ``|`` as cells of one a line: the rule goes, and a rule
    alone (the empty place of a merged cell) goes with it; with each block, its text as written
    (a rule alone kept with the cell before)."""
    out: list[Block] = []
    written: list[str] = []
    run: list[Block] = []
    for block in (*blocks, None):
        if block is not None and not block.rows and _CLOSED_CELL.match(block.text):
            run.append(block)
            continue
        for b in run:
            cell = _CLOSED_CELL.match(b.text)["cell"] if len(run) >= _MIN_CLOSED else b.text  # type: ignore[index]
            if len(run) >= _MIN_CLOSED and _WRAPPED_QUALIFIER.match(cell) and out and _VALUE_CELL.match(out[-1].text):
                out[-1] = replace(out[-1], text=out[-1].text + cell)  # ``3.2% |`` / ``左右 |``: the value's cell wrapped
                written[-1] += "\n" + b.text
            elif cell or not out:
                out.append(replace(b, text=cell))
                written.append(b.text)
            else:
                written[-1] += "\n" + b.text
        run = []
        if block is not None:
            out.append(block)
            written.append(block.text)
    return out, written


#: The cells of a table flattened into one line, set apart by runs of blanks.
_BLANK_RUN = re.compile(r"[ \u3000\xa0]{2,}|\t")
#: Most cells a flattened table is read over (a bound on the work a header costs).
_MAX_FLAT = 800
_FLAT_CELL = re.compile(r"[^ \t\u3000\xa0]+(?: [^ \t\u3000\xa0]+)*")


def _flattened(block: Block) -> list[Block]:
    """A one-line page that flattened a table, its cells set apart by runs of blanks
    (``…完成情况   序号   指标名称   属性   完成情况   年度目标   绝对值   同比增长   1   地区生产总值   …``):
    the text before the header, the table read as cells of one a line, the text after; [] for
    a line that holds no such table."""
    text = block.text
    cells = [(m.group(), m.start(), m.end()) for m in _FLAT_CELL.finditer(text)]
    for n, (cell, start, _) in enumerate(cells):
        if not _HEAD_FIRST.match(_compact(cell)) or not all(_is_head(_compact(c)) for c, _, _ in cells[n + 1 : n + 3]):
            continue
        found = _table_at([Block(c) for c, _, _ in cells[n : n + _MAX_FLAT]], 0)
        if found is None or len(found[0].rows) < 2:
            continue
        table, end = found
        stop = cells[n + end - 1][2]
        before, after = text[:start].strip(), text[stop:].strip()
        table = replace(table, text=text[start:stop])  # the cells as written, blanks and all
        return [*([replace(block, text=before)] if before else []), table, *([Block(after)] if after else [])]
    return []


def _split(text: str) -> list[str]:
    """The cells of a line: set apart by ``|`` (a text table's rule), by tabs (an empty cell kept
    between two), or else by spaces."""
    if "|" in text:  # a cell set in bold (``**指标**``) is the cell
        return [re.sub(r"^(\*\*|__)(.*)\1$", r"\2", c.strip()) for c in text.strip().strip("|").split("|")]
    if "\t" in text:
        return [c.strip() for c in text.strip().split("\t")]
    return text.split()


def _head_cells(text: str) -> list[str]:
    """A header line's cells, a describing heading spaced out to fill its cell (``序 号``) as one."""
    out: list[str] = []
    for cell in (_compact(c) for c in _split(text) if c.strip()):
        if out and len(out[-1]) == 1 and len(cell) == 1 and out[-1] + cell in _DESCRIBE:
            out[-1] += cell
        else:
            out.append(cell)
    return out


def _spaced_header(text: str) -> bool:
    cells = _head_cells(text)
    return len(cells) >= 3 and bool(_HEAD_FIRST.match(cells[0])) and all(_is_head(c) for c in cells[1:])


def _spaced_table_at(blocks: Sequence[Block], i: int) -> tuple[Block, int] | None:
    """A table whose rows are lines with their cells set apart by spaces (or ruled with ``|``):
    its header lines, then one row a line, each line read against the header's columns."""
    k = i + 1
    while k < len(blocks) and not blocks[k].rows and _head_line(blocks[k].text):
        k += 1  # a second header line (``完成 增长% 目标 增长%`` under ``2023年 2024年``)
    heads = [c for line in blocks[i:k] for c in _head_cells(line.text)]
    note = any(_role(h) == "note" for h in heads)  # a closing 备注 column, over one header line or two
    named = _named_head([h for h in heads if _role(h) != "note"])
    if named is None:
        return None
    headings, describe, labels, tail, at = named
    lines: list[str | None] = []  # a row's line, None for a rule under the header
    n = k
    while n < len(blocks) and not blocks[n].rows and _line_of_rows(blocks, n):
        lines.append(None if _RULE.match(blocks[n].text) else blocks[n].text)
        n += 1
    best: tuple[tuple[int, int, int, int], list[tuple[str, ...]], list[str]] | None = None
    for leaves in _line_readings(blocks[i:k], labels):
        layout = _Layout(tuple(describe[:at]), tuple(describe[at + 1 :]), tuple(_role(h) for h in tail), len(leaves))
        rows: list[tuple[str, ...]] = []
        lost = cut = 0
        taken = 0
        m = 0
        while m < len(lines):
            line = lines[m]
            if line is None:
                m, taken = m + 1, taken + 1
                continue
            step = 2 if "seq" in layout.before and _wraps(line, lines[m + 1] if m + 1 < len(lines) else None) else 1
            if step == 2:
                line = f"{line} {lines[m + 1]}"
            row = _line_row(_split(line), layout, note, end=k + m + step == len(blocks))
            if row is None:
                break
            cells, was_lost, was_cut = row
            rows.append(cells)
            m += step
            lost, cut, taken = lost + was_lost, cut + was_cut, m
        if rows and rows[-1] and len(rows[-1]) == 1:  # a category row over no row: not the table's
            rows.pop()
            taken -= 1
        score = (taken, -lost, -cut, -sum(1 for leaf in leaves if _at_odds(leaf)))
        if any(len(r) > 1 for r in rows) and (best is None or score > best[0]):
            best = (score, rows, leaves)
    if best is None:
        return None
    (taken, *_), rows, leaves = best
    head = (*headings, *leaves, *tail)
    text = "\n".join(b.text.strip() for b in blocks[i : k + taken])
    return Block(text=text, rows=(head, *rows)), k + taken


def _wraps(line: str, after: str | None) -> bool:
    """A row whose long name wrapped: its number and the name's start, no value, then a line
    that goes on with the name (``12 城镇调查失业`` / ``率 % 5.5 5.2``)."""
    if after is None or "|" in line + after or "\t" in line + after:
        return False
    cells, more = line.split(), after.split()
    return len(cells) >= 2 and bool(_LINE_SEQ.match(cells[0])) and not any(_value_like(c) for c in cells[1:]) and not (
        _LINE_SEQ.match(more[0]) or _value_like(more[0]))


def _split_header_at(blocks: Sequence[Block], i: int) -> tuple[Block, int] | None:
    """A header on one line over rows of one cell a line: the header's cells, then the lines."""
    heads = [Block(c) for c in _head_cells(blocks[i].text)]
    found = _table_at([*heads, *blocks[i + 1 :]], 0)
    if found is None or found[1] <= len(heads):
        return None
    table, end = found
    text = "\n".join([blocks[i].text.strip(), *table.text.split("\n")[1:]])
    return Block(text=text, rows=table.rows), i + 1 + end - len(heads)


def _line_readings(header: Sequence[Block], labels: list[str]) -> list[list[str]]:
    """The value columns of a header of lines: a second line's headings under the first line's,
    as many under each (``2023年 2024年`` over ``完成 目标``), or any reading of the headings."""
    out = []
    if len(header) == 2:
        top, sub = ([c for c in _head_cells(b.text) if not _role(c)] for b in header)
        # ``2021年预期目标 2021年上半年`` over ``完成数 增长%``: the headings are under the periods that
        # name no kind of their own, a heading with its kind spans both lines
        bare = [n for n, group in enumerate(top) if _PERIOD_ONLY.fullmatch(group)]
        if top and sub and top + sub == labels and 0 < len(bare) < len(top) and len(sub) % len(bare) == 0:
            width = len(sub) // len(bare)
            under = {n: sub[k * width : (k + 1) * width] for k, n in enumerate(bare)}
            out.append([group + leaf for n, group in enumerate(top) for leaf in under.get(n, [""])])
        if top and sub and top + sub == labels and len(sub) % len(top) == 0:
            width = len(sub) // len(top)
            out.append([group + sub[n * width + w] for n, group in enumerate(top) for w in range(width)])
    return out + [r for r in _readings(labels) if r not in out]


#: A heading that is a period alone (``2021年上半年``, ``1-6月``): a group over headings of kinds.
_PERIOD_ONLY = re.compile(r"(?:(?:19|20)\d{2}年?)?(?:\d{1,2}[-—~至]\d{1,2}月|[一二三四1-4]季度|前三季度|上半年|下半年|全年)|(?:19|20)\d{2}年?")


def _head_line(text: str) -> bool:
    cells = _head_cells(text)
    return len(cells) >= 2 and all(_is_head(c) for c in cells) and not _RULE.match(text)


def _line_of_rows(blocks: Sequence[Block], n: int) -> bool:
    """A line of a row-per-line table: a rule, a row, or a category line standing over a row."""
    text = blocks[n].text
    if _RULE.match(text) or _spaced_row(text):
        return True
    return bool(_CATEGORY.match(text.strip().strip("|").strip())) and len(_split(text)) == 1 and n + 1 < len(blocks) and (
        _spaced_row(blocks[n + 1].text))


#: A cell that opens a row's values: a number (``5左右``, ``10.9(可比7.0)``, ``≥5``), a dash, a word target.
_VALUE_START = re.compile(r"^(?!(?:19|20)\d{2}年|\d{1,2}[.、．][\u4e00-\u9fff])(?:[≥≤><]=?|不低于|不高于|不超过|不少于|约)?[-−－]?\d")


def _value_like(cell: str) -> bool:
    return bool(_VALUE_CELL.match(cell) or _WORD_VALUE.match(cell) or _VALUE_START.match(cell))


#: A row's 序号 on a line of cells (``1``, ``1.``, ``（1）``).
_LINE_SEQ = re.compile(r"^(?:\d{1,3}[.、．]?|[（(]\d{1,3}[)）])$")


def _line_row(cells: list[str], layout: _Layout, note: bool, *, end: bool) -> tuple[tuple[str, ...], bool, bool] | None:
    """One line's cells in the header's columns (a missing 序号 or 单位 cell as ""), whether its
    values were lost (an empty cell vanished: which one is unknown) or cut by the page's end;
    None when the line is no row of this layout."""
    cells = [c.strip() or "—" for c in cells]  # an empty cell of a ruled row: no figure, but a cell
    if len(cells) == 1 and _CATEGORY.match(cells[0]):
        return (cells[0],), False, False
    seq = "seq" in layout.before
    number = ""
    if cells and _LINE_SEQ.match(cells[0]) and len(cells) > 1 and not _value_like(cells[1]):
        number = cells.pop(0)  # its 序号 (a header may leave out the heading: the number is dropped)
    groups = len([r for r in layout.before if r != "seq"])
    extra: list[str] = []
    for _ in layout.tail:  # 预期性/约束性 closing the row
        extra.insert(0, cells.pop() if len(cells) > 1 and _ATTR_CELL.match(cells[-1]) else "")
    width, after = layout.width, layout.after
    full = 1 + len(after) + width
    if note and len(cells) > full + groups and not _value_like(cells[-1]):
        cells.pop()  # a 备注 cell: no figure
    if len(cells) == full + groups:
        describing, values = cells[: full + groups - width], cells[full + groups - width :]
    else:
        v = next((n for n in range(1, len(cells)) if _value_like(cells[n]) and not (
            "unit" in after and _NO_UNIT.match(cells[n]) and len(cells) - n > width)), len(cells))
        describing, values = cells[:v], cells[v:]
    if not describing or _value_like(describing[0]) or len(values) > width:
        return None
    lost = cut = False
    if len(values) < width:
        if end:
            cut = True
        elif values or len(describing) < len(after) + 1:
            lost = True
        else:
            return None
        values = values + [""] * (width - len(values)) if cut else [""] * width
    group = [""] * groups
    if groups and len(describing) > len(after) + 1:
        group, describing = describing[:groups], describing[groups:]
    if len(describing) >= len(after) + 1:  # a name split by a space is one name
        cut_at = len(describing) - len(after)
        name, roles = "".join(describing[:cut_at]), describing[cut_at:]
    else:
        name, roles = describing[0], _fit(describing[1:], after)
    return (*([number] if seq else []), *group, name, *roles, *values, *extra), lost, cut


def _fit(cells: list[str], after: tuple[str, ...]) -> list[str]:
    """Describing cells of a row that left some out (a row of no unit), each in its column:
    a level (``市级``) or an attribute where it says one, else the next column."""
    out = [""] * len(after)
    at = 0
    for cell in cells:
        fits = [n for n in range(at, len(after)) if (after[n] == "level" and TABLE_LEVEL.match(cell)) or (
            after[n] == "attr" and _ATTR_CELL.match(cell))]
        n = fits[0] if fits else at
        if n >= len(after):
            break
        out[n] = cell
        at = n + 1
    return out


def _named_header(text: str) -> bool:
    """The header of a transposed table of lines: a heading, then the indicators' names
    (``项目 地区生产总值（亿元） 一般公共预算收入（亿元）``)."""
    cells = [_compact(c) for c in _split(text)]
    return len(cells) >= 3 and (_is_head(cells[0]) or _HEAD_FIRST.match(cells[0]) is not None) and all(
        c and not _is_head(c) and not _value_like(c) and len(c) <= _MAX_CELL and re.search(r"[\u4e00-\u9fff]", c)
        for c in cells[1:])


def _transposed_at(blocks: Sequence[Block], i: int) -> tuple[Block, int] | None:
    """A transposed table of lines: the header names the indicators, each line after it is a
    column of the usual table (``2023年完成 500 30.2``), or the units (``单位 亿元 亿元``). Its
    rows are kept as the page has them; the figures stage turns the table upright."""
    width = len(_split(blocks[i].text))
    rows: list[tuple[str, ...]] = [tuple(_compact(c) for c in _split(blocks[i].text))]
    n = i + 1
    while n < len(blocks) and not blocks[n].rows:
        if _RULE.match(blocks[n].text):
            n += 1
            continue
        cells = [c.strip() or "—" for c in _split(blocks[n].text)]
        head = _compact(cells[0])
        if len(cells) != width or not _is_head(head):
            break
        if _role(head) != "unit" and not all(_value_like(c) for c in cells[1:]):
            break
        rows.append((head, *cells[1:]))
        n += 1
    if not any(_role(r[0]) != "unit" for r in rows[1:]):
        return None
    return Block(text="\n".join(b.text.strip() for b in blocks[i:n]), rows=tuple(rows)), n


def is_heading(cell: str) -> bool:
    """A cell made of heading words only (``2023年完成``, ``单位``, ``增长%``)."""
    return _is_head(_compact(cell))


#: The rule under a text table's header (``|---|:---:|``).
_RULE = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$")


def _spaced_row(text: str) -> bool:
    cells = _split(text)
    return 2 <= len(cells) <= 16 and len(text) <= 120 and "。" not in text and any(_value_like(c) for c in cells)


#: The heading of a rank column (``全省排名``, ``省内排名``, ``位次``): one rank a row among places; a row of no
#: rank leaves its cell out.
RANK_HEADING = re.compile(r"^(?:全[省市国区县]|[省市区县]内|在全[省市])?(?:排名|位次|名次|排位)$")


@dataclass(frozen=True)
class _Layout:
    """The describing columns of a table around its ``width`` value columns."""

    before: tuple[str, ...]  # roles before the name: ``seq``, ``attr`` (a 类别/领域 column)
    after: tuple[str, ...]  # roles between the name and the values: ``unit``, ``level``, ``attr``
    tail: tuple[str, ...]  # roles after the values: ``attr`` (预期性/约束性)
    width: int
    rank_last: bool = False  # the last value column is a rank (``全省排名``): a row may leave it out
    rates_last: int = 0  # the last columns that head rates alone (``…增速`` after ``…绝对值``)


def _table_at(blocks: Sequence[Block], i: int) -> tuple[Block, int] | None:
    lines = [b.text.strip() for b in blocks]
    j = i + 1
    while j < len(lines) and j - i < _MAX_HEADER and _is_head(_compact(lines[j])) and not blocks[j].rows:
        j += 1
    named = _named_head([_compact(line) for line in lines[i:j]])  # 指　标, 单 位: spaced to fill the cell
    if named is None:
        return None
    headings, describe, labels, tail, at = named
    best: tuple[tuple[int, int, int, int], list[_Row], list[str]] | None = None
    for leaves in _readings(labels):
        layout = _Layout(tuple(describe[:at]), tuple(describe[at + 1 :]), tuple(_role(h) for h in tail), len(leaves),
                         rank_last=not tail and bool(RANK_HEADING.match(leaves[-1])), rates_last=_rates_last(leaves))
        rows, end = _rows(lines, j, layout)
        # most lines taken in, fewest rows with lost cells, fewest headings at odds with themselves
        # or with their cells
        values = [r.cells[len(r.cells) - len(tail) - len(leaves) : len(r.cells) - len(tail)] for r in rows if len(r.cells) > 1]
        score = (end, -sum(1 for r in rows if r.lost), -sum(r.cut for r in rows), -sum(1 for leaf in leaves if _at_odds(leaf)),
                 -_misfits(leaves, values))
        if rows and (best is None or score > best[0]):
            best = (score, rows, leaves)
    if best is None:
        return None
    (end, *_), rows, leaves = best
    head = (*headings, *leaves, *tail)
    text = "\n".join(["\t".join(lines[i:j]), *("\t".join(lines[r.start : r.end]) for r in rows)])
    return Block(text=text, rows=(head, *(r.cells for r in rows))), end


#: A cell of an amount with its unit, qualified or not (``210项``, ``270亿元以上``).
_UNIT_AMOUNT = re.compile(rf"^[-−－]?\d+(?:\.\d+)?{_CELL_UNITS}(?:左右|以上|以下|以内)?$")


def _rates_last(leaves: Sequence[str]) -> int:
    """How many of the last value columns head rates alone (``增速``, not ``绝对值``), after a column of amounts."""
    n = 0
    while n < len(leaves) - 1 and _RATE_HEAD.search(leaves[-1 - n]) and not _AMOUNT_HEAD.search(leaves[-1 - n]):
        n += 1
    return n if n < len(leaves) and _AMOUNT_HEAD.search(leaves[-1 - n]) else 0


def _at_odds(heading: str) -> bool:
    """A heading no single column has: a target and a result, or two years (``2024年目标完成``)."""
    both = bool(re.search(r"目标|计划|预期", heading)) and bool(re.search(r"完成|实绩|实际|预计|执行", heading))
    return both or len(re.findall(r"(?:19|20)\d{2}年", heading)) > 1


#: Headings of a column of rates, and of a column of amounts.
_RATE_HEAD = re.compile(r"增长|增速|增幅|增减|同比|比上年|±|[%％]")
_AMOUNT_HEAD = re.compile(r"绝对值|绝对额|绝对数|总量|总额")
#: A cell that writes an amount with its unit (``15352.99亿元``), and a cell of a per cent.
_AMOUNT_CELL = re.compile(rf"^[-−－]?\d+(?:\.\d+)?{_CELL_UNITS}$")


def _misfits(leaves: Sequence[str], rows: Sequence[Sequence[str]]) -> int:
    """Cells at odds with their column's heading: an amount with its unit under a heading of rates,
    a per cent under a heading of amounts (``完成情况绝对值`` over ``15352.99亿元``, not ``10%``)."""
    out = 0
    for row in rows:
        for leaf, cell in zip(leaves, row, strict=False):
            if _RATE_HEAD.search(leaf) and not _AMOUNT_HEAD.search(leaf) and _AMOUNT_CELL.match(cell):
                out += 1
            elif _AMOUNT_HEAD.search(leaf) and re.search(r"\d\s*[%％]", cell):
                out += 1
    return out


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _is_head(line: str) -> bool:
    return bool(_HEAD_CELL.match(line)) and bool(re.search(r"[\u4e00-\u9fff%％‰]", line)) and len(line) <= 16


def _named_head(cells: list[str]) -> tuple[list[str], list[str], list[str], list[str], int] | None:
    """The header's describing headings and their roles, value labels, closing headings and where the name column
    stands; None without a header or without a name column."""
    header = _joined_head(cells)
    if header is None:
        return None
    headings, labels, tail = header
    describe = [_role(h) for h in headings]
    return (headings, describe, labels, tail, describe.index("name")) if "name" in describe else None


#: Describing columns that may stand after the values (``预期性``; ``统计口径`` of words).
_TAIL_ROLES = frozenset({"attr", "level"})


def _joined_head(cells: list[str]) -> tuple[list[str], list[str], list[str]] | None:
    """The describing headings (``序号``, ``指标名称``, ``单位``, ``统计口径`` …), the value headings
    and the describing headings after them (``属性``), in order; None for another order."""
    describe: list[str] = []
    labels: list[str] = []
    tail: list[str] = []
    k = 0
    while k < len(cells):
        cell = cells[k]
        if k + 1 < len(cells) and (cell + cells[k + 1] in _DESCRIBE or not _role(cell) and _role(cell + cells[k + 1])):
            cell, k = cell + cells[k + 1], k + 1  # 统计 / 口径, 指标 / 名称: one heading wrapped
        k += 1
        role = _role(cell) or None
        if role == "note" and k == len(cells):
            continue  # a closing 备注 column: its cells are mostly empty, lost with the grid
        if role is None and not tail:
            labels.append(cell)
        elif role in _TAIL_ROLES and labels and role not in {_role(t) for t in tail}:
            tail.append(cell)  # 属性 or 统计口径 after the values
        elif role is None or labels or role in {_role(d) for d in describe}:
            return None
        else:
            describe.append(cell)
    return (describe, labels, tail) if labels else None


#: A heading cell wholly in brackets (``(增速)``, ``（%）``): the gloss of the heading before it, wrapped
#: onto a line of its own (``2022年预期目标`` / ``(增速)`` is one heading).
_HEAD_GLOSS = re.compile(r"^[（(][^（）()]{1,8}[）)]$")


def _readings(labels: list[str]) -> list[list[str]]:
    """The value columns the headings can mean: one row of headings; group headings (the last
    ``g`` of the first row) over as many columns each; headings wrapped over two lines; a heading
    with its bracketed gloss on the next line, one heading."""
    glossed: list[str] = []
    for label in labels:
        if glossed and _HEAD_GLOSS.match(label) and not _HEAD_GLOSS.match(glossed[-1]):
            glossed[-1] += label
        else:
            glossed.append(label)
    return _plain_readings(glossed)


def _plain_readings(labels: list[str]) -> list[list[str]]:
    out = [labels]
    for split in range(1, len(labels)):
        top, sub = labels[:split], labels[split:]
        for g in range(len(top), 0, -1):
            if len(sub) % g or len(sub) // g < 2:
                continue
            width = len(sub) // g
            spread = [group + sub[n * width + w] for n, group in enumerate(top[len(top) - g :]) for w in range(width)]
            first = [group + sub[n * width + w] for n, group in enumerate(top[:g]) for w in range(width)]
            for leaves in (top[: len(top) - g] + spread, first + top[g:]):  # the groups last, or first
                if leaves not in out:
                    out.append(leaves)
    if len(labels) % 2 == 0 and len(labels) >= 4:
        out.append([labels[n] + labels[n + 1] for n in range(0, len(labels), 2)])  # 2023年 / 预计
    return out


@dataclass(frozen=True)
class _Row:
    cells: tuple[str, ...]
    start: int  # its lines on the page
    end: int
    lost: bool = False  # the page lost some of its value cells: none is read
    cut: int = 0  # value cells the page's end cut off


def _rows(lines: list[str], j: int, layout: _Layout) -> tuple[list[_Row], int]:
    """Rows from line ``j`` in ``layout``, and the line after the last one."""
    after, width = layout.after, layout.width
    seq = "seq" in layout.before
    groups = len([r for r in layout.before if r != "seq"])  # a 类别 column over several rows
    rows: list[_Row] = []
    after_seq = ""
    k = j
    full = False  # a full row stands above: a level row may share its name
    while k < len(lines):
        start = k
        if "level" in after and full and TABLE_LEVEL.match(lines[k]):
            values, k = _values(lines, k + 1, width, after_seq)
            if values is None:
                k = start
                break
            missing = width - (k - start - 1)
            extra = _tail(lines, k, layout)
            k += sum(1 for c in extra if c)
            rows.append(_Row((lines[start], *values, *extra), start, k, cut=missing))
            continue
        number: tuple[str, ...] = ()
        texts: list[str] = []
        while k < len(lines) and len(texts) < len(after) + groups + 3:
            if number and len(texts) >= len(after) + 1 and _next_row_at(lines, k + width, str(int(number[0]) + 1)):
                break  # the cells left before the next row's 序号 are its values, words or not
            if seq and not number and _SEQ.match(lines[k]) and len(texts) <= groups:
                number = (lines[k],)
            elif _is_text(lines[k]):
                texts.append(lines[k])
            elif after[:1] == ("unit",) and 1 <= len(texts) <= groups + 1 and _NO_UNIT.match(lines[k]):
                texts.append(lines[k])  # a 单位 cell of a row of no unit (``—``) after a one-line name
            else:
                break
            k += 1
        if texts and not number and not groups and _CATEGORY.match(texts[0]):
            below, end = _rows(lines, start + 1, layout)
            if not below:
                k = start  # a category row stands over rows, else the table has ended
                break
            rows.extend([_Row((texts[0],), start, start + 1), *below])  # a category row over the next rows
            k = end
            break
        if len(texts) < len(after) + 1:
            k = start
            break
        first = k
        after_seq = str(int(number[0]) + 1) if number else after_seq
        values, k = _values(lines, k, width, after_seq)
        if values is None and layout.rank_last and width > 1:
            # 2.6%以内 / 2.5%以内, then the next row's name: a row of no rank, its rank cell left out
            short, at = _values(lines, first, width - 1, after_seq)
            if short is not None and short[-1] and (at >= len(lines) or _is_text(lines[at])):
                values, k = (*short, ""), at
        if values is None and layout.rates_last and not layout.tail and k > first and _starts_row(lines, k, layout):
            # 210项 / 206项, then the next row's name, under 目标 / 绝对值 / 增速: amounts with their units
            # leave the rate columns empty (a count has no growth written); the vanished cells are those
            present = lines[first:k]
            if width - len(present) <= layout.rates_last and all(_UNIT_AMOUNT.match(c) for c in present):
                values = (*present, *[""] * (width - len(present)))
        lost = values is None and k > first and _starts_row(lines, k, layout)
        if lost:
            values = ("",) * width  # an empty cell vanished with the grid: which one is unknown
        elif values is None and number and first >= len(lines):
            values = ("",) * width  # the page's end cut the row inside its name: its 序号 and name stay
        if values is None:
            k = start
            break
        missing = 0 if lost else width - (k - first)  # cells padded at the page's end
        group = texts[:groups] if groups and len(texts) > len(after) + 1 else [""] * groups
        texts = texts[groups:] if groups and group[0] else texts
        cut = len(texts) - len(after)
        extra = _tail(lines, k, layout)
        k += sum(1 for c in extra if c)
        names = texts[:cut]
        if len(names) == 2 and _kind_of(*names):
            names = names[1:]  # 固定资产投资 / 交通投资: a category row over its kinds, not a wrapped name
        rows.append(_Row((*number, *group, "".join(names), *texts[cut:], *values, *extra), start, k, lost, missing))
        full = True
    return rows, k


def _kind_of(over: str, name: str) -> bool:
    """Two name lines of one row where the second is a kind of the first (``固定资产投资`` /
    ``交通投资``: both end in the same noun): the first is a category row over rows, not the
    start of a wrapped name (``研究与试验发展经费支出`` / ``与生产总值之比``)."""
    return len(over) >= 4 and len(name) >= 3 and over[-2:] == name[-2:] and not name.startswith(over)


def _starts_row(lines: list[str], k: int, layout: _Layout) -> bool:
    """A row begins at line ``k``: its 序号, or its name and describing cells before a value."""
    if k >= len(lines):
        return False
    if "seq" in layout.before:
        return bool(_SEQ.match(lines[k]))
    n = 0
    while k + n < len(lines) and _is_text(lines[k + n]) and n <= len(layout.after) + 3:
        n += 1
    # the first value may be a cell of words (``与经济增长基本同步``)
    return (len(layout.after) + 1 <= n <= len(layout.after) + 3 and k + n < len(lines)
            and (_value_cell(lines[k + n]) or _word_cell(lines[k + n])))


def _tail(lines: list[str], k: int, layout: _Layout) -> tuple[str, ...]:
    """The cells after the values (``预期性``/``约束性``), "" where the page left none."""
    out = []
    for role in layout.tail:
        cell = lines[k] if k < len(lines) else ""
        if role == "level":  # a 统计口径 cell of words (``实际管辖``) before the next row or the end
            taken = bool(TABLE_LEVEL.match(cell)) or _is_text(cell) and (k + 1 >= len(lines) or _starts_row(lines, k + 1, layout))
        else:
            taken = bool(_ATTR_CELL.match(cell))
        out.append(cell if taken else "")
        k += taken
    return tuple(out)


def _values(lines: list[str], k: int, width: int, after: str = "") -> tuple[tuple[str, ...] | None, int]:
    """``width`` value cells from line ``k``; at the page's end, those there are (padded).

    ``after``: the next row's 序号; followed by a name, it is no value but the next row.
    """
    if after and _next_row_at(lines, k + width, after) and not any(_SEQ.match(c) or c.endswith("。") for c in lines[k : k + width]):
        return tuple(lines[k : k + width]), k + width  # cells up to the next row's 序号: values, words or not
    values = []
    while len(values) < width and k < len(lines) and (_value_cell(lines[k]) or _word_cell(lines[k])):
        if lines[k] == after and k + 1 < len(lines) and _is_text(lines[k + 1]):
            break
        values.append(lines[k])
        k += 1
    if values and len(values) < width and k == len(lines) - 1 and _is_text(lines[k]) and not lines[k].endswith(("！", "？")):
        values.append(lines[k])  # a cell of words the page's end cut (``按原口径统计预计可以完成目标,按新口径``)
        k += 1
    if len(values) < width and (k < len(lines) or not values):
        return None, k
    return (*values, *[""] * (width - len(values))), k


def _next_row_at(lines: list[str], n: int, number: str) -> bool:
    """The next row starts at line ``n``: its 序号 ``number`` (after a 类别 cell or not), then its name."""
    if n < len(lines) and lines[n] != number and _is_text(lines[n]):
        n += 1  # the next group's 类别 cell before its first row
    return n + 1 < len(lines) and lines[n] == number and _is_text(lines[n + 1])


def _is_text(line: str) -> bool:
    return bool(line) and not _value_cell(line) and not _word_cell(line) and len(line) <= _MAX_CELL and not line.endswith(("。", "；", "："))



def merged_header(rows: Sequence[tuple[str, ...]]) -> tuple[tuple[str, ...], int]:
    """A table's header as one row of column headings, and how many rows it took.

    A header of two rows (``指标 | 单位 | 2023年 | 2024年`` over ``完成 | 增长% | 目标 | 增长%``)
    names each column by its group and its own heading (``2023年完成``); the merged cells of a
    Word or HTML table come as empty or missing cells, placed by the width of the data rows.
    """
    if len(rows) < 3 or not _heading_row(rows[1]):
        return tuple(rows[0]), 1
    top, sub = [_compact(c) for c in rows[0]], [_compact(c) for c in rows[1]]
    width = max(len(r) for r in rows[2:])
    if len(top) == width and len(sub) == width:  # merged cells repeated or left empty
        return tuple(t if not s or s == t else t + s for t, s in zip(top, sub, strict=True)), 2
    lead = next((n for n, c in enumerate(top) if not _role(c)), len(top))
    labels = top[lead:] + [c for c in sub if c]
    for leaves in _readings(labels):
        if lead + len(leaves) == width:
            return (*top[:lead], *leaves), 2
    return tuple(rows[0]), 1


def _heading_row(row: tuple[str, ...]) -> bool:
    cells = [_compact(c) for c in row if c.strip()]
    return bool(cells) and all(_is_head(c) for c in cells)


__all__ = ["cell_lines", "is_heading", "merged_header"]
