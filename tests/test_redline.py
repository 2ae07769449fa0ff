"""``drafter diff A B --docx FILE``: Word tracked changes, checked on the OOXML itself.

Accepting every revision must give report B's text and rejecting every revision report A's,
on the hand-checked pairs (tests/pairs) and on a full-length pair (the seed and a scripted
next year, tests/redline_pair.py). LibreOffice's own accept/reject is in test_redline_office.py.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree
from redline_pair import (
    ADDED,
    DOCX_REPORTS,
    MOVED,
    NAMES,
    PAIRS,
    REMOVED,
    SWAPPED,
    pair,
    report_only,
    texts,
)

from drafter.app import Comparison, compare_specs
from drafter.normalize import normalize_text
from drafter.render.docx_redline import LEDGER_CAPTION, redline_docx
from drafter.render.docx_revisions import resolved_text
from drafter.render.redline import merge
from drafter.render.redline_ledger import comment_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
REVISIONS = ("ins", "del", "moveFrom", "moveTo")


@pytest.fixture(scope="module")
def full(full_pair: Comparison) -> Comparison:
    """The full-length pair (tests/redline_pair.py), compared once a session (conftest)."""
    return full_pair


def document(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read("word/document.xml"))


@pytest.mark.parametrize("name", NAMES)
def test_accept_all_is_b_and_reject_all_is_a(name: str) -> None:
    compared = pair(name)
    data = redline_docx(compared.result, compared.a, compared.b, ledger="none")
    a_text, b_text = texts(compared)
    assert resolved_text(data, accept=True) == b_text
    assert resolved_text(data, accept=False) == a_text


def test_full_length_pair_accepts_to_b_and_rejects_to_a(full: Comparison) -> None:
    data = redline_docx(full.result, full.a, full.b, ledger="none")
    a_text, b_text = texts(full)
    assert len(b_text) > 80
    assert resolved_text(data, accept=True) == b_text
    assert resolved_text(data, accept=False) == a_text


def test_every_changed_figure_is_one_deletion_and_one_insertion(full: Comparison) -> None:
    root = document(redline_docx(full.result, full.a, full.b, ledger="none"))
    swaps = set()
    for deleted in root.iter(f"{W}del"):
        inserted = deleted.getnext()
        if inserted is not None and inserted.tag == f"{W}ins":
            old = "".join(t.text or "" for t in deleted.iter(f"{W}delText"))
            new = "".join(t.text or "" for t in inserted.iter(f"{W}t"))
            swaps.add((old, new))
    moved = {(p.a, p.b) for s in full.result.sections for p in s.paragraphs if p.status == "moved" or s.moved}
    moved_to = "".join(t.text or "" for m in root.iter(f"{W}moveTo") for t in m.iter(f"{W}t"))
    figures = [c for c in full.result.changes if c.kind == "figure_changed"]
    assert len(figures) >= 15
    for change in figures:
        if (change.paragraph_a, change.paragraph_b) in moved:  # the paragraph moves whole
            assert change.new_value in moved_to
        else:
            assert (change.old_value, change.new_value) in swaps, change
    assert ("121.47亿元", "129.97亿元") in swaps or not any(c.old_value == "121.47亿元" for c in figures)


def test_untouched_paragraphs_carry_no_revision(full: Comparison) -> None:
    lines = merge(full.result, full.a, full.b)
    root = document(redline_docx(full.result, full.a, full.b, ledger="none"))
    paragraphs = root.find(f"{W}body").findall(f"{W}p")
    equal = [n for n, line in enumerate(lines) if line.status == "equal"]
    assert len(equal) > 40
    for n in equal:
        assert not [el for el in paragraphs[n].iter() if el.tag in {f"{W}{r}" for r in REVISIONS}], lines[n].b_text[:20]


def test_added_removed_and_moved_paragraphs_are_whole_revisions(full: Comparison) -> None:
    lines = merge(full.result, full.a, full.b)
    root = document(redline_docx(full.result, full.a, full.b, ledger="none"))
    paragraphs = root.find(f"{W}body").findall(f"{W}p")
    by_text = {(line.status, (line.a_text or line.b_text)[:8]): n for n, line in enumerate(lines)}
    for status, start, rev in (("added", ADDED, "ins"), ("removed", REMOVED, "del"),
                               ("move_from", MOVED, "moveFrom"), ("move_to", MOVED, "moveTo")):
        p = paragraphs[by_text[(status, start[:8])]]
        assert p.find(f"{W}pPr/{W}rPr/{W}{rev}") is not None, status  # the paragraph mark too
        kinds = {el.tag for el in p.iter() if el.tag in {f"{W}{r}" for r in REVISIONS}}
        assert kinds == {f"{W}{rev}"}, status
    heading = next(line for line in lines if line.status == "move_to" and SWAPPED[1] in line.b_text)
    chapter = [line for line in lines if line.move == heading.move]
    assert len(chapter) >= 6, "the swapped chapter moves whole: heading and paragraphs, both halves"
    names = [el.get(f"{W}name") for el in root.iter(f"{W}moveToRangeStart")]
    assert names.count(f"move{heading.move}") == 1, "one range for the whole chapter"


def test_moves_have_matching_range_markers(full: Comparison) -> None:
    root = document(redline_docx(full.result, full.a, full.b, ledger="none"))
    for side in ("moveFrom", "moveTo"):
        starts = {el.get(f"{W}id"): el.get(f"{W}name") for el in root.iter(f"{W}{side}RangeStart")}
        ends = {el.get(f"{W}id") for el in root.iter(f"{W}{side}RangeEnd")}
        assert starts and set(starts) == ends
    names_from = sorted(el.get(f"{W}name") for el in root.iter(f"{W}moveFromRangeStart"))
    names_to = sorted(el.get(f"{W}name") for el in root.iter(f"{W}moveToRangeStart"))
    assert names_from == names_to


def test_revision_ids_unique_author_and_fixed_date(full: Comparison) -> None:
    data = redline_docx(full.result, full.a, full.b, author="审阅人")
    root = document(data)
    tags = {f"{W}{r}" for r in (*REVISIONS, "moveFromRangeStart", "moveToRangeStart")}
    marks = [el for el in root.iter() if el.tag in tags]
    ids = [el.get(f"{W}id") for el in marks]
    assert len(ids) == len(set(ids)) > 100
    assert {el.get(f"{W}author") for el in marks} == {"审阅人"}
    assert {el.get(f"{W}date") for el in marks} == {f"{full.b.meta.delivered}T00:00:00Z"}
    assert data == redline_docx(full.result, full.a, full.b, author="审阅人")  # same inputs, same bytes


def test_package_parts_are_well_formed_with_comments_wired(full: Comparison) -> None:
    data = redline_docx(full.result, full.a, full.b)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
        parts = {name: package.read(name) for name in package.namelist()}
    for xml in parts.values():
        etree.fromstring(xml)  # every part parses
    assert b"<w:trackRevisions/>" in parts["word/settings.xml"]
    assert b'PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"' in parts["[Content_Types].xml"]
    assert b'relationships/comments" Target="comments.xml"' in parts["word/_rels/document.xml.rels"]
    comments = etree.fromstring(parts["word/comments.xml"])
    ids = {c.get(f"{W}id") for c in comments.iter(f"{W}comment")}
    root = etree.fromstring(parts["word/document.xml"])
    for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        assert {el.get(f"{W}id") for el in root.iter(f"{W}{tag}")} == ids


def test_comments_carry_the_ledger_verdicts() -> None:
    compared = pair("yunhu")
    data = redline_docx(compared.result, compared.a, compared.b)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        comments = etree.fromstring(package.read("word/comments.xml"))
    texts_ = ["".join(t.text or "" for t in c.iter(f"{W}t")) for c in comments.iter(f"{W}comment")]
    assert len(texts_) == len(compared.result.targets)
    for entry, text in zip(compared.result.targets, texts_, strict=True):
        assert text == comment_text(entry)
        assert re.match(r"^目标：.+；实绩：.+；", text)
    silent = [t for t in texts_ if "；未报告" in t]
    assert silent, "targets B is silent on are commented where A set them"


def test_comment_on_a_silent_target_sits_in_a_text() -> None:
    compared = pair("yunhu")
    root = document(redline_docx(compared.result, compared.a, compared.b, ledger="none"))
    lines = merge(compared.result, compared.a, compared.b)
    silent = [n for n, e in enumerate(compared.result.targets) if e.status == "not_reported"]
    paragraphs = root.find(f"{W}body").findall(f"{W}p")
    for n in silent:
        start = root.xpath(f'//w:commentRangeStart[@w:id="{n}"]', namespaces={"w": W_NS})[0]
        k = paragraphs.index(start.getparent())
        sentence = compared.result.targets[n].target.sentence.rstrip("。；")
        assert sentence[:10] in lines[k].a_text


@pytest.mark.parametrize("place", ["first", "annex"])
def test_ledger_table_first_or_annex(full: Comparison, place: str) -> None:
    data = redline_docx(full.result, full.a, full.b, ledger=place)  # type: ignore[arg-type]
    root = document(data)
    body = list(root.find(f"{W}body"))
    tables = [n for n, el in enumerate(body) if el.tag == f"{W}tbl"]
    assert len(tables) == 1
    rows = body[tables[0]].findall(f"{W}tr")
    assert len(rows) == len(full.result.targets) + 1
    header = ["".join(t.text for t in tc.iter(f"{W}t")) for tc in rows[0].findall(f"{W}tc")]
    assert header == ["指标", "目标", "实绩", "完成率或差距", "状态"]
    assert (tables[0] < 5) == (place == "first")
    accepted = resolved_text(data, accept=True)
    b_text = texts(full)[1]
    if place == "first":
        assert accepted[0] == LEDGER_CAPTION and accepted[-len(b_text):] == b_text
    else:
        assert accepted[: len(b_text)] == b_text and LEDGER_CAPTION in accepted[len(b_text):]


def test_cli_writes_the_redline(tmp_path: Path, run: Callable[..., object]) -> None:
    a, b = PAIRS / "nanping" / "A.txt", PAIRS / "nanping" / "B.txt"
    out = tmp_path / "修订.docx"
    result = run("diff", a, b, "--docx", out, "--author", "审阅人", "--ledger", "annex")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert "修订版 Word 文件已写入" in result.stderr  # type: ignore[attr-defined]
    compared = pair("nanping")
    assert resolved_text(out.read_bytes(), accept=False)[: len(texts(compared)[0])] == texts(compared)[0]
    assert b'w:author="\xe5\xae\xa1\xe9\x98\x85\xe4\xba\xba"' in zipfile.ZipFile(out).read("word/document.xml")


def test_cli_rejects_a_non_docx_output_and_a_single_year(tmp_path: Path, run: Callable[..., object]) -> None:
    a, b = PAIRS / "nanping" / "A.txt", PAIRS / "nanping" / "B.txt"
    result = run("diff", a, b, "--docx", tmp_path / "out.pdf")
    assert result.exit_code == 2 and "不是 .docx" in result.stderr  # type: ignore[attr-defined]
    result = run("diff", a, "--docx", tmp_path / "out.docx")
    assert result.exit_code == 2 and "需要两份报告" in result.stderr  # type: ignore[attr-defined]
    assert not (tmp_path / "out.docx").exists() and not (tmp_path / "out.pdf").exists()


def test_a_draft_docx_keeps_its_own_package(tmp_path: Path, run: Callable[..., object]) -> None:
    """``drafter diff 2023 draft.docx --docx out.docx``: the draft's styles, numbering, page
    setup and headers are its own; accepting everything gives the draft's text."""
    from conftest import SEED_2023

    archive = tmp_path / "archive"
    assert run("ingest", SEED_2023, "--archive", archive).exit_code == 0  # type: ignore[attr-defined]
    draft = tmp_path / "draft.docx"
    assert run("draft", "2024", "--archive", archive, "-o", draft).exit_code == 0  # type: ignore[attr-defined]
    out = tmp_path / "out.docx"
    result = run("diff", "2023", draft, "--archive", archive, "--docx", out, "--ledger", "none")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    before, after = zipfile.ZipFile(draft), zipfile.ZipFile(out)
    changed = {n for n in before.namelist() if before.read(n) != after.read(n)}
    assert changed <= {"[Content_Types].xml", "word/_rels/document.xml.rels", "word/document.xml", "word/settings.xml"}
    assert set(after.namelist()) - set(before.namelist()) <= {"word/comments.xml"}
    sect = re.compile(rb"<w:sectPr.*?</w:sectPr>", re.S)
    assert sect.findall(before.read("word/document.xml")) == sect.findall(after.read("word/document.xml"))
    data = out.read_bytes()
    assert resolved_text(data, accept=True) == resolved_text(draft.read_bytes(), accept=True)
    compared = compare_specs("2023", str(draft), archive=archive)
    a_text = [normalize_text(t) for t in texts(compared)[0]]
    assert [normalize_text(t) for t in resolved_text(data, accept=False)] == a_text

    # archived: the year's own source .docx is the package the redline goes into
    assert run("ingest", draft, "--archive", archive).exit_code == 0  # type: ignore[attr-defined]
    by_year = tmp_path / "by-year.docx"
    result = run("diff", "2023", "2024", "--archive", archive, "--docx", by_year, "--ledger", "none")
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert zipfile.ZipFile(by_year).read("word/styles.xml") == before.read("word/styles.xml")
    assert resolved_text(by_year.read_bytes(), accept=True) == resolved_text(draft.read_bytes(), accept=True)


def test_gap_reads_as_the_issue_writes_it() -> None:
    from decimal import Decimal

    from drafter.render.redline_ledger import gap_text

    assert gap_text(Decimal("-1.5"), "个百分点") == "低于目标1.5个百分点"
    assert gap_text(Decimal("0.2"), "个百分点") == "高于目标0.2个百分点"
    assert gap_text(Decimal("0"), "个百分点") == "与目标持平"


@pytest.mark.parametrize("relative", DOCX_REPORTS)
def test_redline_into_a_report_docx_accepts_to_its_text(relative: str, docx_pairs: Callable[[str], tuple]) -> None:
    compared, b_docx, data = docx_pairs(relative)
    assert data == redline_docx(compared.result, compared.a, compared.b, ledger="none", b_docx=b_docx)
    assert resolved_text(data, accept=True, tables=True) == resolved_text(b_docx, accept=True, tables=True)
    if "autonum" in relative:  # numbers printed by numbering.xml are not in the runs
        return
    rejected = report_only(resolved_text(data, accept=False, tables=True), compared, resolved_text(b_docx, accept=True))
    assert rejected == [normalize_text(t) for t in texts(compared)[0]]


def test_cli_never_overwrites_a_file_or_writes_into_the_archive(tmp_path: Path, run: Callable[..., object]) -> None:
    a, b = PAIRS / "nanping" / "A.txt", PAIRS / "nanping" / "B.txt"
    out = tmp_path / "修订.docx"
    out.write_bytes(b"mine")
    result = run("diff", a, b, "--docx", out)
    assert result.exit_code == 2 and "已存在" in result.stderr  # type: ignore[attr-defined]
    assert out.read_bytes() == b"mine"
    assert run("diff", a, b, "--docx", out, "--force").exit_code == 0  # type: ignore[attr-defined]
    assert zipfile.is_zipfile(out)
