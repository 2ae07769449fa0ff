"""drafter/figures/name_words.py is what its generator writes from the installed jieba's dictionary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import jieba
import pytest


def test_name_words_match_their_generator() -> None:
    written = (Path(__file__).resolve().parent.parent / "drafter" / "figures" / "name_words.py").read_text(encoding="utf-8")
    if f"jieba {jieba.__version__}'s" not in written:
        pytest.skip(f"name_words.py was generated from another jieba than {jieba.__version__}")
    made = subprocess.run(
        [sys.executable, "-m", "drafter.figures.gen_name_words"], capture_output=True, text=True, check=True
    ).stdout
    assert made == written
