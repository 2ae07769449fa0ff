"""The units met in plan reports, with their family and how they compare.

A unit is written after a number, optionally behind a scale word (``万``/``亿``):
``121.47亿元`` is the unit ``元`` with the scale ``亿``. The figure keeps the unit as
written (``亿元``) and a normalized number in the base unit (元), so ``0.68亿元`` and
``6800万元`` compare equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache


@dataclass(frozen=True)
class Unit:
    """A base unit (without scale word) and its family.

    name:   as written, e.g. ``元``, ``平方米``, ``个百分点``
    family: money, area, length, count, percent, points, power, concentration,
            density, time, energy, mass, volume, other; a unit of the table written per
            one of ``PER`` (``吨标准煤/万元``) keeps its numerator's (``compound``)
    scalable: whether ``万``/``亿`` may stand before it (``万元`` yes, ``%`` no)
    prefix: written before its number (``万分之73.26``), never after one
    """

    name: str
    family: str
    scalable: bool = True
    prefix: bool = False


#: Scale words that may stand between a number and its unit, with their factor.
SCALES: dict[str, Decimal] = {
    "万亿": Decimal(10) ** 12,
    "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6,
    "亿": Decimal(10) ** 8,
    "万": Decimal(10) ** 4,
    "千": Decimal(10) ** 3,
}

#: Measure words of counted things (the genre counts firms, households, people and visits, works
#: and buildings, vehicles and berths, doses and tests, animals and trees, courses and events).
_COUNT = (
    "家 户 户次 个 人 人次 名 台 部 座 套 项 场 场次 宗 条 份 支 次 件 所 节 辆 张 处 栋 幢 间 笔 例 "
    "篇 种 类 盏 棵 株 批次 家次 架 艘 间次 床 个点 位次 期次 届次 头 只 头只 羽 匹 列 标箱 辆次 车次 架次 艘次 本 席 大类 "
    "人份 剂 剂次 册 卷 根 块 组 眼 口 尾 款 箱 段 门 门次 台套 台次 轮次 班次 航次 趟 趟次 课时 学时 人日 工日 "
    "标准箱 位 批 轮 件次 起次 宗次 群 峰"  # 群, 峰: herds and camels (标准化畜群达到2800群, 5000峰; real_pass10 convention 11, fx18b); 件次: 办结群众诉求9000余件次 (round 17 audit au1); 轮: 完成3轮全覆盖入户排查 (fxa52; 新一轮, 两轮 in words are no counts); 批: 派出26批共2495名医务人员 (fxleft; 第一批, 首批 are no counts)
)
_TABLE: tuple[Unit, ...] = (
    *(Unit(u, "count") for u in _COUNT.split()),
    Unit("元", "money"),
    Unit("美元", "money"),
    Unit("欧元", "money"),
    Unit("港元", "money"),
    Unit("日元", "money"),
    Unit("平方米", "area"),
    Unit("平方公里", "area"),
    Unit("亩", "area"),
    Unit("公顷", "area"),
    Unit("公里", "length"),
    Unit("延米", "length"),
    Unit("平方千米", "area"),
    Unit("米", "length"),
    Unit("%", "percent", scalable=False),
    Unit("‰", "percent", scalable=False),
    Unit("个百分点", "points", scalable=False),
    Unit("百分点", "points", scalable=False),
    Unit("个千分点", "points", scalable=False),  # 自然增长率下降3.18个千分点: a per-mille rate's change (fx18b)
    Unit("千分点", "points", scalable=False),
    Unit("个基点", "points", scalable=False),  # 贷款利率下降43个基点: a rate's change in hundredths of a point (aside25)
    Unit("基点", "points", scalable=False),
    Unit("P", "power", scalable=False),
    Unit("PFlops", "power", scalable=False),
    Unit("EFlops", "power", scalable=False),
    Unit("微克/立方米", "concentration", scalable=False),
    Unit("毫克/立方米", "concentration", scalable=False),
    # written in Latin letters and a digit, kept as written (``PM2.5平均浓度32μg/m3``: real_aside45 convention 3,
    # the main scheme's units as written); the family says they measure what 微克/立方米 does
    *(Unit(f"{m}g/m{c}", "concentration", scalable=False) for m in ("μ", "µ", "m") for c in ("3", "³")),
    Unit("吨/月·平方公里", "density", scalable=False),
    Unit("吨/平方公里·月", "density", scalable=False),
    Unit("天", "time"),
    Unit("个工作日", "time"),
    Unit("工作日", "time"),
    Unit("个月", "time"),
    Unit("小时", "time"),
    Unit("分钟", "time"),
    Unit("年", "time"),
    Unit("千瓦时", "energy"),
    Unit("度", "energy"),  # 发电量640亿度, 用电50万度: kilowatt-hours, read only behind 万/亿 (lexicon SKIP_RULES)
    Unit("千瓦", "energy"),
    Unit("兆瓦", "energy"),
    Unit("兆瓦时", "energy"),
    Unit("吉瓦", "energy"),
    Unit("千伏安", "energy"),
    Unit("GW", "energy", scalable=False),
    Unit("MW", "energy", scalable=False),
    Unit("GWh", "energy", scalable=False),
    Unit("MWh", "energy", scalable=False),
    Unit("TEU", "count"),  # 集装箱吞吐量520万TEU
    Unit("吨标准煤", "energy"),
    Unit("吨标煤", "energy"),
    Unit("千克标准煤", "energy"),
    Unit("公斤标准煤", "energy"),
    Unit("吨", "mass"),
    Unit("公斤", "mass"),
    Unit("千克", "mass"),
    Unit("斤", "mass"),  # 粮食产量25亿斤
    Unit("担", "mass"),  # 烟叶产量2.4万担: fifty kilograms, kept as written (real_pass10 convention 11, fx18b)
    Unit("立方米", "volume"),
    Unit("分", "score", scalable=False),  # 综合满意度95.6分 (Arabic numbers only: lexicon.ARABIC_ONLY)
    Unit("倍", "other", scalable=False),
    Unit("成", "other", scalable=False),  # 两成以上: tenths
    Unit("元/人", "money_per"),
    Unit("元/亩", "money_per"),
    Unit("元/平方米", "money_per"),
    Unit("吨/日", "mass_rate"),  # 供水能力5万吨/日, 处理能力
    Unit("吨/天", "mass_rate"),
    Unit("吨/年", "mass_rate"),
    Unit("立方米/日", "volume_rate"),
    Unit("立方米/天", "volume_rate"),
    Unit("立方米/秒", "volume_rate"),
    Unit("吨/小时", "mass_rate"),
    Unit("元/月", "money_per"),
    Unit("元/年", "money_per"),
    Unit("元/吨", "money_per"),
    Unit("吨公里", "turnover"),  # 货物周转量35亿吨公里
    Unit("人公里", "turnover"),
    Unit("千分之", "percent", scalable=False, prefix=True),  # written before its number
    Unit("万分之", "percent", scalable=False, prefix=True),  # 占全国份额万分之73.26
)

UNITS: dict[str, Unit] = {u.name: u for u in _TABLE}

#: Spellings folded to the table's (``吨/(月·平方公里)`` → ``吨/月·平方公里``).
ALIASES: dict[str, str] = {
    "吨/(月·平方公里)": "吨/月·平方公里",
    "吨/（月·平方公里）": "吨/月·平方公里",
    "吨/月.平方公里": "吨/月·平方公里",
    "吨/月•平方公里": "吨/月·平方公里",
    "pflops": "PFlops",
    "％": "%",
    "微克每立方米": "微克/立方米",
    "毫克每立方米": "毫克/立方米",
}

#: Units written before their number, as written → the table's unit (``百分之5.8`` is 5.8%).
PREFIXES: dict[str, str] = {"百分之": "%", "千分之": "千分之", "万分之": "万分之"}

#: What a unit is counted per, written after it and a slash (``0.14吨标准煤/万元``, ``450公斤/亩``,
#: ``850千瓦时/万元``, ``12件/万人``): the unit of the table, ``/`` and one of these are one compound
#: unit (rows of the table such as ``元/人`` keep their own family).
PER = (
    "万元", "亿元", "元", "亩", "公顷", "人", "万人", "千人", "户", "吨", "公斤", "千克", "平方米", "平方公里",
    "公里", "千瓦时", "立方米", "年", "月", "日", "天", "小时", "秒",
)
#: Families no denominator follows (a share or a score is per nothing: ``5%/年`` is no unit).
NO_PER = frozenset({"percent", "points", "score", "other"})
#: The last characters of those families' units, where a ``/`` after the unit is no denominator.
_NO_PER_ENDS = "".join(sorted({n[-1] for n, u in UNITS.items() if u.family in NO_PER}))
_PER_PATTERN = "|".join(re.escape(p) for p in sorted(PER, key=len, reverse=True))

_NAMES = sorted([*(n for n, u in UNITS.items() if not u.prefix), *ALIASES], key=len, reverse=True)
#: Alternation of every unit spelling, longest first (for the extractor's pattern).
UNIT_PATTERN = "(?:" + "|".join(re.escape(n) for n in _NAMES) + f")(?:(?<![{re.escape(_NO_PER_ENDS)}])/(?:{_PER_PATTERN}))?"
#: ``下降1.2千分点``: ``千`` before ``分点`` is the per-mille point, no scale (fxgen15; ``个千分点`` was read already).
SCALE_PATTERN = "|".join(re.escape(s) + ("(?!分点)" if s == "千" else "") for s in sorted(SCALES, key=len, reverse=True))
PREFIX_PATTERN = "|".join(re.escape(p) for p in sorted(PREFIXES, key=len, reverse=True))
#: The characters a unit written after a number starts with (scale words included): a space
#: before one of them is an OCR or PDF artefact (``600.5 亿元``, ``43 %``).
UNIT_HEADS = "".join(sorted({n[0] for n in (*_NAMES, *SCALES) if not n[0].isascii() or n[0] == "%"}))


def lookup(name: str) -> Unit | None:
    """The unit for a spelling (alias-folded), or None; a table unit written per one of ``PER``
    (``吨标准煤/万元``) is a compound unit (``compound``)."""
    name = ALIASES.get(name, name)
    unit = UNITS.get(name)
    if unit is None and "/" in name:
        numerator, _, per = name.rpartition("/")
        base = UNITS.get(ALIASES.get(numerator, numerator))
        if base is not None and per in PER and base.family not in NO_PER and not base.prefix:
            return compound(name, base.family, base.scalable)
    return unit


@lru_cache(maxsize=256)
def compound(name: str, family: str, scalable: bool) -> Unit:
    """The compound unit ``name`` (a table unit per a ``PER`` word), of its numerator's family as a
    table column's ``场次/年`` is (``figures.table``); its base is the whole spelling, so a rate never
    compares equal to its numerator's amount."""
    return Unit(name, family, scalable=scalable)


def canonical(name: str) -> str:
    """The table's spelling of a unit (``％`` → ``%``)."""
    return ALIASES.get(name, name)


def split_unit(written: str) -> tuple[Decimal, Unit] | None:
    """Split a written unit into scale factor and base unit: ``亿元`` → (10**8, 元)."""
    unit = lookup(written)
    if unit is not None:
        return Decimal(1), unit
    for scale in sorted(SCALES, key=len, reverse=True):
        if written.startswith(scale):
            unit = lookup(written[len(scale) :])
            if unit is not None and unit.scalable:
                return SCALES[scale], unit
    return None


def known_units() -> tuple[str, ...]:
    """Every unit spelling without scale, as in the table (for tests and docs)."""
    return tuple(UNITS)


__all__ = ["ALIASES", "NO_PER", "PER", "PREFIXES", "PREFIX_PATTERN", "SCALES", "SCALE_PATTERN", "UNITS", "UNIT_HEADS", "UNIT_PATTERN", "Unit", "canonical", "compound", "known_units", "lookup", "split_unit"]
