"""The full two-year pair of tests/ledger: the seed (the real 2023 report) and a whole 2024
report scripted from it with planted outcomes. Its expected ledger and draft were written
from docs/LEDGER.md before drafter ran on it.

- the JSON ledger gives exactly the statuses, gaps and completions written down;
- the draft built with ``--figures archive`` has no ratio for a rate, a ceiling or a
  not-comparable target, keeps 新增, states the report's own completion, and marks every
  number it computed.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import LEDGER, LEDGER_SPEC

from drafter.normalize import normalize_text

SPEC = LEDGER_SPEC


@pytest.fixture(scope="module")
def entries(ledger_compared) -> tuple[dict, object]:  # type: ignore[no-untyped-def,type-arg]
    """The ledger of SPEC's two years as JSON, and the comparison it comes from (conftest)."""
    return ledger_compared.result.to_dict(), ledger_compared


def _entry_for(data: dict, compared, at: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """The JSON entry whose target figure stands inside the phrase ``at`` of report A."""
    needle = normalize_text(at)
    for entry, raw in zip(data["targets"], compared.result.targets, strict=True):
        if raw.target.text and raw.target.text in needle and needle in raw.target.sentence:
            return entry
    raise AssertionError(f"no target at {at}")


@pytest.mark.parametrize("want", SPEC["targets"], ids=[t["indicator"] for t in SPEC["targets"]])
def test_ledger_is_judged_as_written(entries: tuple, want: dict) -> None:  # type: ignore[type-arg]
    data, compared = entries
    got = _entry_for(data, compared, want["target_at"])
    outcome = got["outcome"]
    if want["outcome_at"] is None:
        assert outcome is None
    else:
        assert outcome is not None and normalize_text(want["outcome_at"]) in outcome["sentence"], outcome
    assert (got["status"], got["completion"], got["gap"], got["stated_completion"]) == (
        want["status"], want["completion"], want["gap"], want["stated_completion"]
    ), want["rule"]
    assert got["evidence"]["disagreement"] is want["disagreement"]


def test_no_ratio_where_the_rules_give_none(entries: tuple) -> None:  # type: ignore[type-arg]
    data, _ = entries
    for entry in data["targets"]:
        if entry["status"] in ("not_comparable", "qualitative", "not_reported"):
            assert entry["completion"] is None and entry["gap"] is None, entry["indicator"]
        if entry["rule"] in ("rate", "rate_ceiling", "ceiling"):
            assert entry["completion"] is None and entry["gap"] is not None, entry["indicator"]


@pytest.fixture(scope="module")
def draft(ledger_archive: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from drafter.app import make_draft

    root = tmp_path_factory.mktemp("ledger-draft") / "archive"
    shutil.copytree(ledger_archive, root)
    return make_draft(root, SPEC["b"]["year"], None, "archive").document


def test_draft_says_only_what_the_ledger_knows(draft) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(draft.text_lines())
    want = SPEC["draft"]
    for phrase in want["contains"]:
        assert phrase in text, phrase
    for phrase in want["absent"]:
        assert phrase not in text, phrase
    for lead in want["no_ratio_after"]:
        for m in re.finditer(re.escape(lead), text):
            clause = re.split(r"[，。；]", text[m.end():], maxsplit=2)
            assert not any(c.startswith("完成全年任务") for c in clause[:2]), (lead, text[m.start(): m.end() + 40])


def test_draft_marks_every_computed_number(draft) -> None:  # type: ignore[no-untyped-def]
    b_text = normalize_text((LEDGER / SPEC["b"]["file"]).read_text(encoding="utf-8"))
    calc = [r.text for block in draft.blocks for r in block.runs if r.mark == "calc"]
    for number in SPEC["draft"]["computed"]:
        assert number in calc, (number, calc)
    for block in draft.blocks:
        runs = list(block.runs)
        for k, run in enumerate(runs):
            if run.mark == "calc":
                continue
            # a completion or a 同比 drafter writes is either marked, or read from report B
            before = "".join(r.text for r in runs[:k])
            if re.search(r"(完成全年任务的|同比)$", before) and re.match(r"[\d.]+%|(?:增长|下降)[\d.]+%", run.text):
                assert run.mark == "fill" and run.text.lstrip("增长下降") in b_text, run.text
