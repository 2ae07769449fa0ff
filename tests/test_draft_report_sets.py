"""`drafter draft` on every whole report of the hand-checked sets, not only the seed.

Each report is archived, drafted as the next year's report (no sheet: every slot a gap),
and the .docx read back through the real reader: the draft must keep the plan's parts and
chapters (rolled forward) and answer them chapter by chapter in part 一.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from report_sets import SETS, names, source

from drafter.app import make_draft
from drafter.ingest import ingest_file, parse_file

CASES = [(s, n) for s in SETS for n in names(s)]


@pytest.mark.parametrize(("name_of_set", "name"), CASES)
def test_draft_keeps_the_plan_outline(name_of_set: str, name: str, tmp_path: Path) -> None:
    base = ingest_file(source(name_of_set, name), tmp_path / "archive").report
    if base.coverage.excerpt:
        pytest.skip("an excerpt has no whole plan to draft from")
    out = tmp_path / "draft.docx"
    make_draft(tmp_path / "archive", base.year + 1, out, None, None, True, base.meta.region)
    back = parse_file(out, region=base.meta.region)
    plan_chapters = [c.title for p in base.parts if p.role == "plan" for c in p.chapters]
    assert back.year == base.year + 1
    assert [c.title for p in back.parts if p.role == "execution" for c in p.chapters] == plan_chapters
    assert [(p.role, [c.title for c in p.chapters]) for p in back.parts if p.role == "plan"] == [
        (p.role, [c.title for c in p.chapters]) for p in base.parts if p.role == "plan"
    ]
