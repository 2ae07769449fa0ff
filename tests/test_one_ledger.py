"""One ledger serves every command: ``draft --figures archive`` and ``diff`` pair every target
with the same outcome, pins of links.yaml included, on every hand-checked pair of tests/pairs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PAIRS = Path(__file__).resolve().parent / "pairs"
NAMES = sorted(p.name for p in PAIRS.iterdir() if (p / "expected.json").is_file())


def _ingest(name: str, root: Path) -> tuple[dict, str | None]:  # type: ignore[type-arg]
    from drafter.ingest import ingest_file

    spec = json.loads((PAIRS / name / "expected.json").read_text(encoding="utf-8"))
    region = spec.get("region")
    for side in ("a", "b"):
        ingest_file(PAIRS / name / spec[side]["file"], root, region=region)
    return spec, region


def _pin_some(root: Path, spec: dict, region: str | None) -> tuple[str, str]:  # type: ignore[type-arg]
    """Forbid the first numeric pairing diff makes, and pin its target to nothing else: the
    draft must then leave that target unanswered too. Returns the forbidden target's name."""
    from drafter.app import compare_specs, pin

    a, b = str(spec["a"]["year"]), str(spec["b"]["year"])
    result = compare_specs(a, b, archive=root, region=region).result
    entry = next(e for e in result.targets if e.outcome is not None and e.outcome.value and e.status in ("met", "exceeded", "missed"))
    pin(root, region, int(a), int(b), entry.target.indicator, entry.outcome.indicator, forbid=True)
    return entry.target.indicator, entry.outcome.text


@pytest.mark.parametrize("name", NAMES)
def test_draft_and_diff_pair_alike(name: str, tmp_path: Path) -> None:
    from drafter.app import archive_links, compare_specs, draft_data
    from drafter.archive import load_report

    root = tmp_path / "archive"
    spec, region = _ingest(name, root)
    forbidden, lost = _pin_some(root, spec, region)
    a_year, b_year = spec["a"]["year"], spec["b"]["year"]
    base = load_report(root, a_year, region)
    assert archive_links(root, base), "the pin was written"
    result = compare_specs(str(a_year), str(b_year), archive=root, region=region).result
    data = draft_data("archive", root, base, region)
    by_target = {(e.target.paragraph, e.target.span): e for e in result.targets}
    answered = 0
    for slot in data.slots:
        entry = by_target.get((slot.paragraph, slot.span))
        fill = data.sheet.fill(slot.id)
        got = fill.outcome.text if fill and fill.outcome else None
        if entry is None or entry.outcome is None:
            assert got is None, slot.id
            continue
        if entry.outcome.measure == "completion":
            want = f"完成全年任务的{entry.stated_completion.normalize():f}%"
        else:
            want = entry.outcome.text or str(entry.outcome.value) if entry.outcome.value is not None else None
        assert got == want, (slot.id, got, want)
        answer = (data.answers or {}).get(slot.id)
        if answer is not None:
            assert (answer.status, answer.completion, answer.stated) == (
                entry.status, entry.completion, entry.stated_completion
            ), slot.id
        answered += got is not None
    assert answered >= 5
    forbidden_entries = [e for e in result.targets if e.target.indicator == forbidden]
    assert forbidden_entries and all(e.outcome is None or e.outcome.text != lost for e in forbidden_entries)
