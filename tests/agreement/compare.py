"""Compare two hand-written expectation folders on the same pages (inter-annotator agreement).

    python tests/agreement/compare.py DIR_A DIR_B

Pages are ``<name>.txt`` in DIR_A; both folders hold ``<name>.expected.json`` (tests/real/README.md's
scheme). Two figures match when value and unit are equal and the value stands at the same place of
the page (its context located in the folded page text). Prints how many figures each side has, how
many match, the agreement on indicator, kind and qualifier of matched figures, and every difference
of name, kind or years.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from real_pages import fold, number, unit  # noqa: E402

FIELDS = ("indicator", "kind", "qualifier")
PAGE_FIELDS = ("doc_kind", "region", "year", "plan_year")


def value_span(page: str, figure: dict[str, Any]) -> tuple[int, int] | None:
    """Where the figure's value stands in the folded page (its context's place, the value inside)."""
    ctx = fold(figure["context"])
    at = page.find(ctx)
    if at < 0:
        return None
    value = fold(figure["value"]) if figure.get("value") else ""
    off = ctx.find(value) if value else -1
    if off < 0:
        return at, at + len(ctx)
    return at + off, at + off + len(value)


def same_figure(a: dict[str, Any], sa: tuple[int, int] | None, b: dict[str, Any], sb: tuple[int, int] | None) -> bool:
    if sa is None or sb is None:
        return False
    if number(a["value"]) != number(b["value"]) or unit(a["unit"]) != unit(b["unit"]):
        return False
    return sa[0] < sb[1] and sb[0] < sa[1]


def compare(dir_a: Path, dir_b: Path) -> tuple[dict[str, int], list[str]]:
    counts = {"a": 0, "b": 0, "matched": 0, **{f: 0 for f in FIELDS}}
    differences: list[str] = []
    for path_a in sorted(dir_a.glob("*.expected.json")):
        path_b = dir_b / path_a.name
        if not path_b.exists():
            continue
        name = path_a.name.removesuffix(".expected.json")
        page = fold((dir_a / f"{name}.txt").read_text(encoding="utf-8"))
        exp_a, exp_b = (json.loads(p.read_text(encoding="utf-8")) for p in (path_a, path_b))
        figs_a, figs_b = exp_a.get("figures", []), exp_b.get("figures", [])
        spans_b = [value_span(page, f) for f in figs_b]
        counts["a"] += len(figs_a)
        counts["b"] += len(figs_b)
        used: set[int] = set()
        for fig_a in figs_a:
            span_a = value_span(page, fig_a)
            for j, fig_b in enumerate(figs_b):
                if j in used or not same_figure(fig_a, span_a, fig_b, spans_b[j]):
                    continue
                used.add(j)
                counts["matched"] += 1
                for field in FIELDS:
                    if fig_a.get(field) == fig_b.get(field):
                        counts[field] += 1
                    else:
                        differences.append(f"{name}: {fig_a['value']}{fig_a['unit']} {field} "
                                           f"A={fig_a.get(field)!r} B={fig_b.get(field)!r}")
                break
        for field in PAGE_FIELDS:
            if exp_a.get(field) != exp_b.get(field):
                differences.append(f"{name}: {field} A={exp_a.get(field)!r} B={exp_b.get(field)!r}")
    return counts, differences


def main(argv: list[str]) -> int:
    counts, differences = compare(Path(argv[0]), Path(argv[1]))
    m = counts["matched"]
    print(f"figures A {counts['a']}, B {counts['b']}, matched {m}: "
          f"of A's {m / max(counts['a'], 1):.3f}, of B's {m / max(counts['b'], 1):.3f}")
    for field in FIELDS:
        print(f"{field} agreement on matched: {counts[field]}/{m} = {counts[field] / max(m, 1):.3f}")
    print("\n".join(differences))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:3]))
