"""Run every drafter benchmark: `.venv/bin/python bench/run.py`.

Baselines: the budgets in DEVELOPERS.md — `drafter --help` ≤ 0.1 s, `drafter diff` of two
archived reports ≤ 0.35 s, `drafter draft` ≤ 0.3 s, extracting the seed's figures ≤ 50 ms —
and, for reference, a bare `python -c pass`. Each result is the median of repeated runs,
printed with its ratio to the budget (≤ 1.00 is within budget).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
#: Timed as installed: bytecode written and reused (PYTHONDONTWRITEBYTECODE=1, set in some
#: shells, would make every run recompile drafter's sources, which no pip-installed user pays).
INSTALLED = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def median_seconds(cmd: list[str], runs: int = 15) -> float:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=INSTALLED)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=INSTALLED)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, seconds: float, budget: float | None) -> None:
    ratio = f"{seconds / budget:5.2f}× budget {budget:.3f} s" if budget else "reference"
    print(f"{name:<34} median {seconds * 1000:8.1f} ms   {ratio}")


def main() -> None:
    report("python -c pass", median_seconds([sys.executable, "-c", "pass"]), None)
    report("drafter --help", median_seconds([str(BIN / "drafter"), "--help"]), 0.1)
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n# {script.name}")
        sys.stdout.flush()
        subprocess.run([sys.executable, str(script)], check=False)


if __name__ == "__main__":
    main()
