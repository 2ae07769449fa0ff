"""Round 15's rules stay linear on long hostile sentences."""

from __future__ import annotations

import pytest
from _bounds import cpu_bound

from drafter.figures import extract_figures

CASES = {
    "a list of ranks each with its verb": "获评全国百强新城区第16位、" * 3000,  # 20 s before one chain per list
}


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_long_sentences_of_round_15_shapes_scan_fast(text: str) -> None:
    with cpu_bound(8.0):
        extract_figures(text, kind="outcome")
