"""drafter on a third held-out set: four reports written before anyone looked at drafter.

``tests/heldout3/`` holds a southern 瑶族自治县 (2020, poverty alleviation), a provincial-capital
district (2021, 数字经济, 万亿元, a range, a numbered main-targets part and a 重点工作 part), a
county-level city whose web copy lost every paragraph break but those before headings
(full-width digits, spaced-out headings) and a district writing its figures in Chinese
numerals (`百分之五点八`, `一点二万人`, `第一`). Each ``<name>.expected.json`` was written by
hand (see ``tests/heldout3/README.md``). The set is scored with the others by
``tests/test_report_sets.py``; this file holds the set's own checks and the genre rules it
asked for, each on a sentence of its own (not the set's).
"""

from __future__ import annotations

from report_sets import names, source


def test_heldout_set_is_whole() -> None:
    got = names("heldout3")
    assert got == ["cuihu-2021", "donglan-2023", "qingxi-2022", "yunling-2020"]
    assert {source("heldout3", n).suffix for n in got} == {".txt"}
