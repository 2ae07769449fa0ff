"""Reports that split the plan in two parts (二、总体要求和主要目标 / 三、重点工作任务) draft whole."""

from __future__ import annotations

from pathlib import Path

from conftest import CASES

from drafter.archive import Archive
from drafter.draft.slots import derive_slots

OTHER = CASES / "structure" / "other-district.txt"


def test_three_part_report_drafts_and_round_trips(run, tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    assert run("ingest", OTHER, "--archive", archive).exit_code == 0
    base = Archive(archive).load(2022)
    slots = derive_slots(base)
    assert {s.indicator for s in slots} >= {"地区生产总值", "一般公共预算收入", "固定资产投资", "养老床位"}
    out = tmp_path / "draft.docx"
    result = run("draft", "2023", "--archive", archive, "-o", out)
    assert result.exit_code == 0, result.output
    again = tmp_path / "again"
    assert run("ingest", out, "--archive", again).exit_code == 0
    draft = Archive(again).load(2023)
    assert [p.role for p in draft.parts] == ["execution", "plan", "plan"]
    # part 一 answers the task chapters of last year's part 三; part 三 rolls them forward
    assert [c.title for c in draft.parts[0].chapters] == ["着力扩大有效投资", "着力改善民生"]
    assert [c.title for c in draft.parts[2].chapters] == ["着力扩大有效投资", "着力改善民生"]
    assert draft.parts[1].title.startswith("2024年")
