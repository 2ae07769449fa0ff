"""Timing shared by the benchmarks: wall time and CPU time of each run.

The machine is shared (load 4–8 on 2 cores), so wall time measures the neighbours as much as
drafter. CPU time — user + system of this process and of the children it waited for
(``resource.getrusage``) — counts only the work done, and is the figure to compare; wall
time is printed beside it, as a user would see it on an idle machine at best.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass

#: Timed as installed: bytecode written and reused (PYTHONDONTWRITEBYTECODE=1, set in some
#: shells, would make every run recompile drafter's sources, which no pip-installed user pays).
INSTALLED = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


@dataclass(frozen=True)
class Timing:
    """Median wall and median CPU seconds of repeated runs."""

    wall: float
    cpu: float

    def text(self) -> str:
        return f"wall {self.wall * 1000:7.1f} ms   cpu {self.cpu * 1000:7.1f} ms"


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run(cmd: list[str], env: dict[str, str] | None = None) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=INSTALLED if env is None else env)


def command(cmd: list[str], env: dict[str, str] | None = None) -> Callable[[], None]:
    """A callable running ``cmd`` as a new process (as a user runs it)."""
    return lambda: run(cmd, env)


def medians(fns: dict[str, Callable[[], object]], runs: int = 15) -> dict[str, Timing]:
    """Median wall and CPU time of each callable, run in turns (A, B, C, A, B, C …) after one
    warm-up each, so that load from other work falls on every contender alike. CPU time
    counts the callable's own process and the children it waited for."""
    for fn in fns.values():
        fn()  # warm-up: bytecode written, files in the page cache
    walls: dict[str, list[float]] = {name: [] for name in fns}
    cpus: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            cpu, start = _cpu(), time.perf_counter()
            fn()
            walls[name].append(time.perf_counter() - start)
            cpus[name].append(_cpu() - cpu)
    return {name: Timing(statistics.median(walls[name]), statistics.median(cpus[name])) for name in fns}


def median(fn: Callable[[], object], runs: int = 15) -> Timing:
    return medians({"": fn}, runs)[""]


def budget_line(name: str, t: Timing, budget: float | None, width: int = 46) -> str:
    """``name  wall … cpu …  cpu/budget`` (the ratio to the budget taken on CPU time)."""
    note = f"cpu {t.cpu / budget:4.2f}× budget {budget:.2f} s (wall {t.wall / budget:4.2f}×)" if budget else "reference"
    return f"{name:<{width}} {t.text()}   {note}"
