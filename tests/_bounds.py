"""Bounded work, measured in CPU seconds rather than wall seconds.

The hostile-input tests check that drafter's work on an input stays bounded (linear, not
quadratic or worse). Wall-clock bounds flake on a shared machine: at load 12 on 2 cores a case
that takes 4.7 s alone took 26–31 s. CPU seconds (this process's ``time.process_time()``, or a
child's user+sys from ``os.wait4``) measure the work itself and hardly move with the load. Each
bound keeps a margin of about 3× or more over the CPU time measured alone; the wall clock is
kept only as a generous hang guard (``wall_cap``), for work that waits instead of computing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


def wall_cap(cpu_seconds: float) -> float:
    """Wall seconds allowed for work bounded by ``cpu_seconds`` of CPU: a hang guard only, wide
    enough for a 2-core machine at load 12 or more."""
    return 30.0 * cpu_seconds + 30.0


@dataclass
class Spent:
    """What a ``cpu_bound`` block cost: CPU seconds and wall seconds (filled in on exit)."""

    cpu: float = 0.0
    wall: float = 0.0


@contextmanager
def cpu_bound(seconds: float, what: object = "") -> Iterator[Spent]:
    """Assert the block's work took under ``seconds`` of this process's CPU time (and, as a hang
    guard only, under ``wall_cap(seconds)`` of wall time)."""
    spent = Spent()
    cpu, wall = time.process_time(), time.perf_counter()
    yield spent
    spent.cpu = time.process_time() - cpu
    spent.wall = time.perf_counter() - wall
    label = f"{what}: " if what != "" else ""
    assert spent.cpu < seconds, f"{label}{spent.cpu:.2f} CPU-s, bound {seconds} s"
    assert spent.wall < wall_cap(seconds), f"{label}{spent.wall:.1f} wall-s (hang guard {wall_cap(seconds):.0f} s)"


def cpu_seconds(fn: object) -> float:
    """CPU seconds ``fn()`` took in this process (for tests comparing two inputs' costs)."""
    start = time.process_time()
    fn()  # type: ignore[operator]
    return time.process_time() - start
