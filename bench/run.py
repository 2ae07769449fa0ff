"""Run every drafter benchmark: `.venv/bin/python bench/run.py`.

Baselines: the budgets in DEVELOPERS.md — `drafter --help` ≤ 0.1 s, `drafter diff` of two
archived reports ≤ 0.35 s, `drafter draft` ≤ 0.3 s, extracting the seed's figures ≤ 50 ms —
and, for reference, a bare `python -c pass`. Each result is the median of repeated runs,
printed as wall and CPU time (``bench/timing.py``: on this shared machine CPU time is the
figure to compare) with its ratio to the budget taken on CPU time (≤ 1.00 is within budget).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
BIN = Path(sys.executable).parent

from timing import budget_line, command, median  # noqa: E402


def main() -> None:
    print(budget_line("python -c pass", median(command([sys.executable, "-c", "pass"])), None, 34))
    print(budget_line("drafter --help", median(command([str(BIN / "drafter"), "--help"])), 0.1, 34))
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n# {script.name}")
        sys.stdout.flush()
        subprocess.run([sys.executable, str(script)], check=False)


if __name__ == "__main__":
    main()
