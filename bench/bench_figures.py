"""Time figure extraction on the whole 2023 seed (the budget is 50 ms).

Run: ``.venv/bin/python bench/bench_figures.py [runs]``. Parsing happens once, outside the
timing; the first run (which imports cn2an for the seed's Chinese numerals) is a warm-up
and reported apart. Prints the median and the spread of the timed runs.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "tjhb-2023.txt"
BUDGET_MS = 50.0


def main(runs: int = 30) -> int:
    from drafter.figures import extract_figures, extract_report
    from drafter.read import read_file
    from drafter.structure import parse_report

    report = parse_report(read_file(SEED))
    raw = SEED.read_text(encoding="utf-8")

    t0 = time.perf_counter()
    count = len(extract_report(report))
    first = (time.perf_counter() - t0) * 1000

    timings = []
    for _ in range(runs):
        t0 = time.perf_counter()
        extract_report(report)
        timings.append((time.perf_counter() - t0) * 1000)
    raw_timings = []
    for _ in range(runs):
        t0 = time.perf_counter()
        extract_figures(raw)
        raw_timings.append((time.perf_counter() - t0) * 1000)

    median = statistics.median(timings)
    print(f"seed: {SEED.name}, {len(raw)} characters, {count} figures")
    print(f"first run (with cn2an import): {first:.1f} ms")
    print(f"extract_report, median of {runs}: {median:.1f} ms (min {min(timings):.1f}, max {max(timings):.1f})")
    print(f"extract_figures on the raw text, median of {runs}: {statistics.median(raw_timings):.1f} ms")
    print(f"budget {BUDGET_MS:.0f} ms: {'ok' if median < BUDGET_MS else 'OVER'}")
    return 0 if median < BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 30))
