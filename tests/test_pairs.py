"""Whole next-year report pairs (tests/pairs/<name>/A.txt, B.txt, expected.json).

Each pair is a district's report for year Y and its whole report for Y+1, written for these
tests; ``expected.json`` was written by hand before drafter ever ran on it. Both reports are
ingested into a temporary archive, ``drafter diff Y Y+1`` is run as a library call, and every
target of A is scored: **pairing** (paired with the expected outcome of B, or with nothing
where B is silent) and **status**.

Run ``.venv/bin/python tests/test_pairs.py`` to print every miss (the README's tables).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PAIRS = Path(__file__).resolve().parent / "pairs"
NAMES = sorted(p.name for p in PAIRS.iterdir() if (p / "expected.json").is_file())
BAR = 0.9


@dataclass(frozen=True)
class Scored:
    """One expected target with what drafter gave for it."""

    indicator: str
    expected_status: str
    status: str  # "(none)" when drafter found no such target
    expected_outcome: str  # the outcome's text in B, or "—"
    outcome: str  # drafter's outcome (text, or its sentence for a sentence outcome), or "—"
    paired_right: bool
    status_right: bool


@dataclass(frozen=True)
class Score:
    name: str
    rows: tuple[Scored, ...]
    extra: tuple[str, ...]  # targets drafter found that expected.json does not list

    @property
    def pairing(self) -> float:
        return sum(r.paired_right for r in self.rows) / len(self.rows)

    @property
    def status(self) -> float:
        return sum(r.status_right for r in self.rows) / len(self.rows)


def _norm(text: str) -> str:
    from drafter.normalize import normalize_text

    return normalize_text(text)


def _locate(report, at: str) -> tuple[str, int, int] | None:  # type: ignore[no-untyped-def]
    """The paragraph id and span where ``at`` stands in the report (normalized text)."""
    needle = _norm(at)
    for _, _, p in report.paragraphs():
        k = p.text.find(needle)
        if k >= 0:
            return p.id, k, k + len(needle)
    return None


def _span(report, ref) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """The character span of a FigureRef's figure in its paragraph (None for a sentence outcome)."""
    if not ref.text:
        return None
    for f in report.figures:
        if f.paragraph == ref.paragraph and f.text == ref.text and f.indicator == ref.indicator:
            return f.span
    return None


def _overlap(span: tuple[int, int] | None, lo: int, hi: int) -> int:
    if span is None:
        return 0
    return max(0, min(span[1], hi) - max(span[0], lo))


def score_pair(name: str, root: Path) -> Score:
    """Ingest the pair into ``root`` (an empty archive folder), diff it and score every target."""
    from drafter.compare.inputs import compare_specs
    from drafter.ingest import ingest_file

    folder = PAIRS / name
    spec = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    region = spec.get("region")  # where the two reports name their district differently
    for side in ("a", "b"):
        ingest_file(folder / spec[side]["file"], root, region=region)
    comparison = compare_specs(str(spec["a"]["year"]), str(spec["b"]["year"]), archive=root, region=region)
    a, b, entries = comparison.a, comparison.b, comparison.result.targets
    claimed: set[int] = set()
    rows = []
    for exp in spec["targets"]:
        where = _locate(a, exp["target"]["at"])
        assert where is not None, f"{exp['target']['at']} not in A"
        pid, lo, hi = where
        best, best_overlap = None, 0
        for k, e in enumerate(entries):
            if k in claimed or e.target.paragraph != pid:
                continue
            ov = _overlap(_span(a, e.target), lo, hi)
            if ov > best_overlap:
                best, best_overlap = k, ov
        want = exp["outcome"]
        want_text = "—" if want is None else want["text"]
        if best is None:
            rows.append(Scored(exp["indicator"], exp["status"], "(none)", want_text, "—", False, False))
            continue
        claimed.add(best)
        entry = entries[best]
        got = entry.outcome
        got_text = "—" if got is None else (got.text or got.sentence)
        if want is None or got is None:
            paired = want is None and got is None
        else:
            at = _locate(b, want["at"])
            assert at is not None, f"{want['at']} not in B"
            if got.paragraph != at[0]:
                paired = False
            elif got.text:
                paired = _overlap(_span(b, got), at[1], at[2]) > 0
            else:
                paired = _norm(want["at"]) in got.sentence
        rows.append(
            Scored(exp["indicator"], exp["status"], entry.status, want_text, got_text, paired,
                   entry.status == exp["status"])
        )
    extra = tuple(
        f"{e.indicator} {e.target.text} → {e.status}" for k, e in enumerate(entries) if k not in claimed
    )
    return Score(name, tuple(rows), extra)


@pytest.mark.parametrize("name", NAMES)
def test_pair_accuracy(name: str, tmp_path: Path) -> None:
    score = score_pair(name, tmp_path)
    misses = [r for r in score.rows if not (r.paired_right and r.status_right)]
    detail = "\n".join(
        f"{r.indicator}: expected {r.expected_outcome} {r.expected_status}, got {r.outcome} {r.status}"
        for r in misses
    )
    assert score.pairing >= BAR, f"pairing {score.pairing:.3f}\n{detail}"
    assert score.status >= BAR, f"status {score.status:.3f}\n{detail}"


def test_every_expected_target_is_distinct() -> None:
    """expected.json lists each target once, each in a place of A that exists."""
    for name in NAMES:
        spec = json.loads((PAIRS / name / "expected.json").read_text(encoding="utf-8"))
        ats = [t["target"]["at"] for t in spec["targets"]]
        assert len(ats) == len(set(ats)), name
        text = (PAIRS / name / spec["a"]["file"]).read_text(encoding="utf-8")
        assert all(at in text for at in ats), name


def _main() -> None:
    import tempfile

    for name in NAMES:
        with tempfile.TemporaryDirectory() as tmp:
            score = score_pair(name, Path(tmp))
        print(f"## {name}: pairing {score.pairing:.3f}, status {score.status:.3f} ({len(score.rows)} targets)")
        print("| indicator | expected | got | pairing | status |")
        print("|---|---|---|---|---|")
        for r in score.rows:
            if r.paired_right and r.status_right:
                continue
            print(
                f"| {r.indicator} | {r.expected_outcome} · {r.expected_status} | {r.outcome[:40]} · {r.status} "
                f"| {'ok' if r.paired_right else 'MISS'} | {'ok' if r.status_right else 'MISS'} |"
            )
        for line in score.extra:
            print(f"extra target: {line}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    _main()
