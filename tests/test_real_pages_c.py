"""The published pages, part 3 of 3: every other set after ``real`` (tests/test_real_pages.py
holds the measured scores and says why the sets are scored in three files)."""

from __future__ import annotations

import pytest
from test_real_pages import cases, check_score


@pytest.mark.parametrize(("name", "metric"), cases(2))
def test_set_keeps_its_measured_score(name: str, metric: str) -> None:
    check_score(name, metric)
