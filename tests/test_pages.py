"""Saved government pages of many kinds (tests/pages/): the article's lines, and its outline.

Each ``tests/pages/<name>.html`` is a page as a user saves it from a district site (or a WeChat
account) and ``<name>.expected.txt`` the lines its article should give: one per paragraph, the
title and the 来源/发布时间 line included, every piece of site chrome excluded. Both sides are
compared after ``normalize_text``. ``python tests/test_pages.py`` prints the measurement table
recorded in tests/pages/README.md.
"""

from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path

import pytest

from drafter.ingest import parse_file
from drafter.normalize import normalize_text
from drafter.read import read_file

PAGES = Path(__file__).resolve().parent / "pages"
#: page → the region its report is for (what a user passes to ``drafter ingest --region``)
REGIONS = {
    "hanweb_table": "天津市红桥区",
    "trs_zoom": "天津市河东区",
    "chrome_saved": "天津市西青区",
    "word_gb2312": "天津市津南区",
    "wechat_article": "天津市河北区",
    "two_p_strong": "天津市河西区",
}
NAMES = sorted(REGIONS)
PART = re.compile(r"^[一二三四五六七八九十]+、")
CHAPTER = re.compile(r"^（[一二三四五六七八九十]+）")


def page(name: str) -> Path:
    path = PAGES / f"{name}.mht"
    return path if path.exists() else PAGES / f"{name}.html"


def expected_lines(name: str) -> list[str]:
    text = (PAGES / f"{name}.expected.txt").read_text(encoding="utf-8")
    return [normalize_text(line) for line in text.splitlines() if line.strip()]


def read_lines(name: str) -> list[str]:
    return [normalize_text(block.text) for block in read_file(page(name)).blocks]


def measure(name: str) -> tuple[int, int, int]:
    """(expected lines read exactly and in order, expected lines, lines read that are not expected)."""
    want, got = expected_lines(name), read_lines(name)
    matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
    right = sum(block.size for block in matcher.get_matching_blocks())
    return right, len(want), len(got) - right


@pytest.mark.parametrize("name", NAMES)
def test_page_reads_the_article_lines(name: str) -> None:
    want, got = expected_lines(name), read_lines(name)
    assert got == want, "\n".join(difflib.unified_diff(want, got, "expected", "read", lineterm="", n=0))


LEAD = re.compile(r"^[^，。；：]{2,16}。")


@pytest.mark.parametrize("name", NAMES)
def test_page_keeps_lead_sentences_bold(name: str) -> None:
    """Every page prints a body paragraph's short lead sentence in bold: Block.bold is that sentence."""
    blocks = [b for b in read_file(page(name)).blocks if not CHAPTER.match(normalize_text(b.text))]
    leads = [(normalize_text(b.text), normalize_text(b.bold)) for b in blocks if LEAD.match(normalize_text(b.text))]
    assert len(leads) >= 10
    assert [bold for _, bold in leads] == [LEAD.match(text).group(0) for text, _ in leads]


def expected_outline(lines: list[str]) -> list[tuple[str, list[str]]]:
    """The parts (heading lines) and each part's chapter headings, as the expected lines give them."""
    outline: list[tuple[str, list[str]]] = []
    for line in lines:
        if PART.match(line):
            outline.append((line, []))
        elif CHAPTER.match(line) and outline:
            outline[-1][1].append(line)
    return outline


@pytest.mark.parametrize("name", NAMES)
def test_page_ingests_to_its_outline(name: str) -> None:
    want = expected_outline(expected_lines(name))
    report = parse_file(page(name), year=2023, region=REGIONS[name])
    got = [
        (
            normalize_text(f"{part.number}、{part.title}"),
            [normalize_text(f"（{c.number}）{c.title}") for c in part.chapters],
        )
        for part in report.parts
    ]
    assert got == want
    assert [part.role for part in report.parts] == ["execution", "plan"]
    assert report.meta.year == 2023


def main() -> None:
    total_right = total_want = total_extra = 0
    for name in NAMES:
        right, want, extra = measure(name)
        total_right, total_want, total_extra = total_right + right, total_want + want, total_extra + extra
        print(f"| {name} | {right}/{want} | {extra} |")
    print(f"| all | {total_right}/{total_want} | {total_extra} |")


if __name__ == "__main__":
    sys.exit(main())
