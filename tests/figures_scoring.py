"""Score extracted figures against a hand-checked golden list (shared by the golden tests)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from drafter.model import Figure

#: Fields compared once a figure is matched (beside the match key paragraph + value + unit).
FIELDS = ("indicator", "kind", "measure", "qualifier", "estimate", "cumulative", "increment", "direction", "period")


@dataclass(frozen=True)
class Score:
    matched: list[tuple[dict[str, Any], Figure]]
    missed: list[dict[str, Any]]
    extra: list[Figure]

    @property
    def precision(self) -> float:
        found = len(self.matched) + len(self.extra)
        return len(self.matched) / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = len(self.matched) + len(self.missed)
        return len(self.matched) / wanted if wanted else 1.0

    def accuracy(self, field: str) -> float:
        if not self.matched:
            return 1.0
        right = sum(1 for gold, fig in self.matched if gold[field] == getattr(fig, field))
        return right / len(self.matched)

    def wrong(self, field: str) -> list[str]:
        return [
            f"{gold['paragraph']} {gold['text']}: want {gold[field]!r}, got {getattr(fig, field)!r}"
            for gold, fig in self.matched
            if gold[field] != getattr(fig, field)
        ]

    def report(self) -> str:
        lines = [f"precision {self.precision:.3f}  recall {self.recall:.3f}  ({len(self.matched)} matched)"]
        lines += [f"{f}: {self.accuracy(f):.3f}" for f in FIELDS]
        lines += [f"missed: {g['paragraph']} {g['text']}" for g in self.missed]
        lines += [f"extra:  {f.paragraph} {f.text} ({f.indicator})" for f in self.extra]
        return "\n".join(lines)


def key(paragraph: str, value: str | None, unit: str) -> tuple[str, str | None, str]:
    return (paragraph, value, unit)


def score(golden: list[dict[str, Any]], figures: list[Figure] | tuple[Figure, ...]) -> Score:
    """Match on paragraph + value + unit, in document order within each key."""
    pending: dict[tuple[str, str | None, str], list[dict[str, Any]]] = defaultdict(list)
    for gold in golden:
        pending[key(gold["paragraph"], gold["value"], gold["unit"])].append(gold)
    matched, extra = [], []
    for fig in figures:
        queue = pending.get(key(fig.paragraph, fig.value, fig.unit))
        if queue:
            matched.append((queue.pop(0), fig))
        else:
            extra.append(fig)
    missed = [g for queue in pending.values() for g in queue]
    return Score(matched, missed, extra)


def score_reports(items: list[tuple[str, list[dict[str, Any]], tuple[Figure, ...]]]) -> Score:
    """Score several reports as one set: (name, expected figures, extracted figures) each.

    Paragraph ids are prefixed with the report's name so that equal ids of different
    reports never match each other.
    """
    from dataclasses import replace

    golden: list[dict[str, Any]] = []
    figures: list[Figure] = []
    for name, expected, extracted in items:
        golden += [{**g, "paragraph": f"{name}:{g['paragraph']}"} for g in expected]
        figures += [replace(f, paragraph=f"{name}:{f.paragraph}") for f in extracted]
    return score(golden, figures)
