"""Seed-size reports made by scripted variation of the real seed report (examples/tjhb-2023.txt).

Used by bench/bench_scale.py (1,000 reports of many regions) and by the history tests (a
six-year region whose growth targets and outcomes are set here, so the expected status of
each year follows from the ledger's written rules, not from drafter's output).

A variant of year Y: every year in the text moved by Y − 2023, the region renamed, the
地区生产总值 target (for Y+1) and outcome (for Y) set, and every seventh other figure scaled
by a factor drawn from the variant's number, so no two reports are alike.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "tjhb-2023.txt"
SEED_YEAR = 2023
SEED_DISTRICT = "河北区"

#: The seed's growth outcome for 2023 and target for 2024.
_OUTCOME = "预计全年地区生产总值同比增长3%左右"
_TARGET = "地区生产总值增长4.5%左右"
_FIGURE = re.compile(r"(\d+(?:\.\d+)?)(亿元|万元|万平方米|家|个|台|项)")
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?=年|-\d\d-\d\d)")

#: Characters for made-up district names (two of them + 区).
_NAME_CHARS = "东西南北中新安和平康宁泰华兴盛丰源清河湖山川海宝福瑞祥云松柏"


def district_name(n: int) -> str:
    """The n-th made-up district name: 东西区, 东南区, …"""
    k = len(_NAME_CHARS)
    first, second = divmod(n, k - 1)
    a = _NAME_CHARS[first % k]
    rest = _NAME_CHARS.replace(a, "")
    return f"{a}{rest[second % len(rest)]}区"


def variant(
    year: int,
    *,
    district: str = SEED_DISTRICT,
    outcome: str = "3",
    target: str = "4.5",
    number: int = 0,
    text: str | None = None,
) -> str:
    """The seed rewritten as district ``district``'s report for execution year ``year``.

    outcome: 地区生产总值 growth in ``year`` (percent, as written)
    target:  地区生产总值 growth target for ``year + 1``
    number:  picks the scaling of other figures (0 keeps them as in the seed)
    """
    text = SEED.read_text(encoding="utf-8") if text is None else text
    shift = year - SEED_YEAR
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    text = text.replace(_OUTCOME, f"预计全年地区生产总值同比增长{outcome}%左右")
    text = text.replace(_TARGET, f"地区生产总值增长{target}%左右")
    if district != SEED_DISTRICT:
        text = text.replace(SEED_DISTRICT, district)
    if number:
        rng = random.Random(number)
        count = 0

        def scale(m: re.Match[str]) -> str:
            nonlocal count
            count += 1
            if count % 7:
                return m.group(0)
            factor = Decimal(rng.randint(80, 125)) / 100
            value = (Decimal(m.group(1)) * factor).quantize(Decimal("0.01")).normalize()
            return format(value, "f") + m.group(2)

        text = _FIGURE.sub(scale, text)
    return text


#: A six-year district: (year, outcome that year, target for the next year). Against the
#: target the previous report set (±5 % for 左右, and within 0.3 points): 2019 met (6.5 = 6.5),
#: 2020 missed (3 < 6), 2021 exceeded (7 > 5.5), 2022 met (5.5 = 5.5), 2023 missed (3 < 5).
SIX_YEARS = (
    (2018, "6.6", "6.5"),
    (2019, "6.5", "6"),
    (2020, "3", "5.5"),
    (2021, "7", "5.5"),
    (2022, "5.5", "5"),
    (2023, "3", "4.5"),
)
SIX_YEAR_STATUS = {2019: "met", 2020: "missed", 2021: "exceeded", 2022: "met", 2023: "missed"}


def write_six_years(folder: Path, district: str = "安和区") -> list[Path]:
    """Write the six-year district's reports as ``<folder>/<year>.txt``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, (year, outcome, target) in enumerate(SIX_YEARS):
        path = folder / f"{district}-{year}.txt"
        path.write_text(variant(year, district=district, outcome=outcome, target=target, number=i + 1), encoding="utf-8")
        paths.append(path)
    return paths
