"""A full-length pair for the redline: the seed (the 2023 report of 天津市河北区) and a
scripted next-year report made from it, with every kind of change a writer makes.

``next_year(seed)`` rolls every year forward, changes every fifth figure with a unit,
rewords a sentence, removes a paragraph, adds one, moves a paragraph into another chapter
and swaps two chapters of part 二 (renumbered, as a writer would). Used by
tests/test_redline*.py and bench/bench_redline.py.

The comparisons the redline tests share are computed once a session: ``pair`` for the
hand-checked pairs, ``docx_pair`` for a report's own .docx as B (conftest's ``full_pair`` and
``docx_pairs`` fixtures hold the full-length pair and the .docx pairs).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.app import Comparison

SEED = Path(__file__).resolve().parent.parent / "examples" / "tjhb-2023.txt"
#: The hand-checked pairs (tests/pairs/<name>/A.txt, B.txt) the redline is checked on.
PAIRS = Path(__file__).resolve().parent / "pairs"
NAMES = ("yunhu", "nanping", "qinghe", "tongxi")

REMOVED = "资源争取不遗余力。"
ADDED = (
    "平台经济加快成势。培育平台型企业12家，新增网络零售额18.6亿元，"
    "建成直播电商基地2个，带动就业1200人。"
)
ADDED_AFTER = "商务商贸展现综合支撑。"
MOVED = "航运服务加快集聚发展。"
MOVED_AFTER = "全面扩大对外合作交流。"
REWORDED = ("顺利通过国家卫生区复审验收。", "国家卫生区复审验收顺利通过，卫生创建成果得到巩固。")
#: Chapters of part 二 swapped (their headings renumbered).
SWAPPED = ("着力激活街域经济动力", "着力优化区域营商环境")
_UNIT = r"(亿元|万元|家|个|%|万平方米|台|人|户|套|公里)"


def next_year(text: str) -> str:
    """The seed turned into a plausible next-year report of the same size."""
    text = re.sub(r"(\d{4})年", lambda m: f"{int(m.group(1)) + 1}年", text)
    count = 0

    def bump(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        if count % 5:
            return m.group(0)
        value = Decimal(m.group(1)) * Decimal("1.07")
        return format(value.quantize(Decimal("0.01")).normalize(), "f") + m.group(2)

    text = re.sub(rf"(?<![\d.])(\d+(?:\.\d+)?){_UNIT}", bump, text)
    text = text.replace(*REWORDED)
    lines = text.split("\n")
    lines = [line for line in lines if not line.startswith(REMOVED)]
    moved = next(line for line in lines if line.startswith(MOVED))
    lines.remove(moved)
    at = next(i for i, line in enumerate(lines) if line.startswith(MOVED_AFTER))
    lines[at + 1 : at + 1] = ["", moved]
    at = next(i for i, line in enumerate(lines) if line.startswith(ADDED_AFTER))
    lines[at + 1 : at + 1] = ["", ADDED]
    return "\n".join(_swap_chapters(lines))


def _swap_chapters(lines: list[str]) -> list[str]:
    heads = [i for i, line in enumerate(lines) if re.match(r"^[(（][一二三四五六七八九十]+[)）]", line)]
    first = next(i for i in heads if SWAPPED[0] in lines[i])
    second = next(i for i in heads if SWAPPED[1] in lines[i])
    end = next((i for i in heads if i > second), len(lines))
    a_block, b_block = lines[first:second], lines[second:end]
    label_a, label_b = a_block[0][:3], b_block[0][:3]
    a_block[0], b_block[0] = label_b + a_block[0][3:], label_a + b_block[0][3:]
    return lines[:first] + b_block + a_block + lines[end:]


def write_pair(folder: Path) -> tuple[Path, Path]:
    """The seed and its next year as text files in ``folder``."""
    old = folder / "2023.txt"
    new = folder / "2024.txt"
    seed = SEED.read_text(encoding="utf-8")
    old.write_text(seed, encoding="utf-8")
    new.write_text(next_year(seed), encoding="utf-8")
    return old, new


#: Reports archived as .docx in the test sets, used as report B of a redline written into its
#: own package (tests/test_redline.py, tests/test_redline_office.py).
DOCX_REPORTS = (
    "fixtures/seed-2023-libreoffice.docx",  # web chrome, a meeting line in two paragraphs
    "heldout2/taishui-city-2024.docx",  # a table of targets
    "heldout4/linjiang-2021.docx",
    "heldout6/songxi-2023-autonum.docx",  # headings numbered by numbering.xml
)


def previous_year(lines: list[str]) -> str:
    """A scripted report A for a report B given as its lines: years one back, a figure of every
    fourth line one more, the thirteenth line gone (so B added it)."""
    out = []
    for i, line in enumerate(lines):
        line = re.sub(r"(\d{4})年", lambda m: f"{int(m.group(1)) - 1}年", line)
        if i % 4 == 2:
            line = re.sub(r"(\d+)(亿元|家|个|%)", lambda m: f"{int(m.group(1)) + 1}{m.group(2)}", line, count=1)
        if i != 12:
            out.append(line)
    return "\n\n".join(out)


@cache
def pair(name: str) -> Comparison:
    """A hand-checked pair compared (once a session: the comparison is only read)."""
    from drafter.app import compare_specs

    return compare_specs(str(PAIRS / name / "A.txt"), str(PAIRS / name / "B.txt"))


def texts(compared: Comparison) -> tuple[list[str], list[str]]:
    """Report A's and report B's lines as the redline writes them."""
    from drafter.render.redline import report_lines

    return [line.text for line in report_lines(compared.a)], [line.text for line in report_lines(compared.b)]


def docx_pair(relative: str, folder: Path) -> tuple[Comparison, bytes, bytes]:
    """A report archived as .docx (B), a scripted report A before it (written into ``folder``),
    and the redline written into B's own package."""
    from drafter.app import compare_specs
    from drafter.ingest import parse_file
    from drafter.render.docx_redline import redline_docx
    from drafter.render.redline import report_lines

    b_path = Path(__file__).resolve().parent / relative
    b = parse_file(b_path)
    a_path = folder / f"{b_path.stem}-previous.txt"
    a_path.write_text(previous_year([line.text for line in report_lines(b)]), encoding="utf-8")
    compared = compare_specs(str(a_path), str(b_path))
    b_docx = b_path.read_bytes()
    return compared, b_docx, redline_docx(compared.result, compared.a, compared.b, ledger="none", b_docx=b_docx)


def report_only(lines: list[str], compared: Comparison, original: list[str]) -> list[str]:
    """Rejected lines without what B's file holds beyond the report (web chrome), normalized."""
    from drafter.normalize import normalize_text

    b_lines = {normalize_text(t) for t in texts(compared)[1]}
    a_lines = {normalize_text(t) for t in texts(compared)[0]}
    outside = {normalize_text(t) for t in original} - b_lines - a_lines
    return [t for t in (normalize_text(x) for x in lines) if t and t not in outside]
