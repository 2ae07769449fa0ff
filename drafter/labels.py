"""The one label table: ledger statuses, change kinds, figure kinds and qualifiers.

Every renderer (terminal, CSV, the review page, the draft) reads its Chinese labels, their
order and their style from here, so a status is called the same everywhere and adding one
is one row. ``Status`` is the closed set; ``STATUS_ROWS`` has one row per member (a test
checks the two agree).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

Status = Literal[
    # pair mode (drafter diff A B): A's target against B's outcome
    "exceeded",
    "met",
    "missed",
    "not_reported",
    "not_in_excerpt",
    "qualitative",
    "not_comparable",
    "unfilled",
    "in_progress",
    # one-year mode (drafter diff A): A's next-year target against A's own outcome
    "raised",
    "held",
    "lowered",
    "no_baseline",
]


@dataclass(frozen=True)
class StatusRow:
    """A status: its key, Chinese label, the mode it belongs to, terminal style, sort tier.

    tier orders how far a target got: missed (0) below met (1) below exceeded (2); statuses
    that carry no judgement of the figure come after (3 and up), so a sort by result never
    puts a met ceiling among the missed.
    """

    key: Status
    label: str
    mode: Literal["pair", "single", "both"]
    style: str
    tier: int
    meaning: str
    always: bool = True  # listed in a summary even at zero (unfilled only where B is a draft)


STATUS_ROWS: tuple[StatusRow, ...] = (
    StatusRow("exceeded", "超额完成", "pair", "bold green", 2, "实绩好于目标"),
    StatusRow("met", "完成", "pair", "green", 1, "实绩达到目标（“左右”在容差内，上限未超过）"),
    StatusRow("missed", "未完成", "pair", "bold red", 0, "实绩未达到目标，或超过了上限"),
    StatusRow("not_reported", "未报告", "pair", "bold magenta", 4, "对比报告完整，却未提及该目标"),
    StatusRow("not_in_excerpt", "摘录未含", "pair", "dim", 5, "对比报告只存摘录，未提及不能算未报告"),
    StatusRow("qualitative", "需人工判断", "both", "yellow", 3, "定性目标或只有文字答复，由人判断"),
    StatusRow("not_comparable", "无法比较", "both", "yellow", 3, "找到了实绩，但口径或单位不同"),
    StatusRow("unfilled", "未填写", "pair", "bold yellow", 4, "对比报告是草稿，此处仍是待填空位", False),
    StatusRow("in_progress", "年内进度", "both", "cyan", 3, "实绩只到年内某期（上半年、前三季度），是进度，不判完成与否", False),
    StatusRow("raised", "目标提高", "single", "green", 2, "下年目标高于本年实绩"),
    StatusRow("held", "目标持平", "single", "", 1, "下年目标与本年实绩相同"),
    StatusRow("lowered", "目标降低", "single", "red", 0, "下年目标低于本年实绩"),
    StatusRow("no_baseline", "无今年实绩", "single", "dim", 4, "本报告未给出该指标的今年实绩"),
)
_BY_KEY = {row.key: row for row in STATUS_ROWS}

#: Statuses of each mode, in the order summaries list them.
STATUSES: tuple[str, ...] = tuple(r.key for r in STATUS_ROWS if r.mode in ("pair", "both"))
AMBITION_STATUSES: tuple[str, ...] = tuple(r.key for r in STATUS_ROWS if r.mode in ("single", "both"))
STATUS_LABELS: dict[str, str] = {r.key: r.label for r in STATUS_ROWS}
STATUS_STYLES: dict[str, str] = {r.key: r.style for r in STATUS_ROWS}


def status_label(key: str) -> str:
    """The Chinese label of a status (the key itself for one not in the table)."""
    row = _BY_KEY.get(key)  # type: ignore[call-overload]
    return row.label if row else key


def status_tier(key: str) -> int:
    row = _BY_KEY.get(key)  # type: ignore[call-overload]
    return row.tier if row else 9


def status_order(mode: str) -> tuple[str, ...]:
    """The statuses a summary of a mode ("pair" or "single") lists even at zero, in order."""
    keys = STATUSES if mode == "pair" else AMBITION_STATUSES
    return tuple(k for k in keys if _BY_KEY[k].always)  # type: ignore[index]


ChangeKind = Literal["figure_changed", "year_rolled", "wording", "added", "removed", "moved"]
#: Change kind → label, in the order summaries list them. A rolled year is expected, so the
#: change totals leave it out (``COUNTED_KINDS``) and say it apart.
CHANGE_LABELS: dict[str, str] = {
    "figure_changed": "数字更新",
    "year_rolled": "年份顺延",
    "wording": "文字改动",
    "added": "新增",
    "removed": "删除",
    "moved": "移动",
}
COUNTED_KINDS: tuple[str, ...] = tuple(k for k in CHANGE_LABELS if k != "year_rolled")

#: Figure kind → label (drafter figures, the review page's figure titles).
FIGURE_KIND_LABELS: dict[str, str] = {"target": "目标", "outcome": "实绩", "baseline": "基数"}
#: Qualifier → label, and the sign the ledgers put before a bound that the text does not say.
QUALIFIER_LABELS: dict[str, str] = {"about": "左右（约数）", "at_least": "不低于", "at_most": "不高于", "exact": "确数"}
QUALIFIER_SIGNS: dict[str, str] = {"at_least": "≥", "at_most": "≤"}
#: A figure's measure, unit family and direction → label (drafter figures: the table and the CSV).
MEASURE_LABELS: dict[str, str] = {
    "amount": "总量", "growth": "增速", "share": "比重", "rank": "排名", "count": "数量",
    "completion": "完成率", "qualitative": "定性",
}
UNIT_FAMILY_LABELS: dict[str, str] = {
    "money": "金额", "area": "面积", "length": "长度", "count": "数量", "percent": "百分比", "points": "百分点",
    "power": "功率", "concentration": "浓度", "density": "密度", "time": "时间", "energy": "能耗", "mass": "质量",
    "volume": "体积", "rank": "排名", "other": "其他",
}
DIRECTION_LABELS: dict[str, str] = {"up": "上升", "down": "下降"}

#: Draft marks: what each highlighted run of a draft is (the legend on its first page), and
#: its Word highlight colour with the colour's Chinese name. Values from the sheet or the
#: archive (``fill``) are not highlighted; a number drafter computed (``calc``) has a colour
#: of its own, so the writer knows which numbers to check.
MARK_LABELS: dict[str, str] = {
    "todo": "待填写或待更新",
    "carry": "沿用上年的表述，待改写",
    "calc": "drafter 计算的数字（完成率、同比），请核对",
}
MARK_COLOURS: dict[str, tuple[str, str]] = {
    "todo": ("yellow", "黄色"),
    "carry": ("lightGray", "灰色"),
    "calc": ("cyan", "青色"),
}


def check_table() -> None:
    """The Literal and the table name the same statuses (run by the tests)."""
    assert tuple(get_args(Status)) == tuple(r.key for r in STATUS_ROWS)


__all__ = [
    "AMBITION_STATUSES",
    "CHANGE_LABELS",
    "COUNTED_KINDS",
    "DIRECTION_LABELS",
    "FIGURE_KIND_LABELS",
    "MARK_COLOURS",
    "MARK_LABELS",
    "MEASURE_LABELS",
    "QUALIFIER_LABELS",
    "QUALIFIER_SIGNS",
    "STATUSES",
    "STATUS_LABELS",
    "STATUS_ROWS",
    "STATUS_STYLES",
    "UNIT_FAMILY_LABELS",
    "ChangeKind",
    "Status",
    "StatusRow",
    "status_label",
    "status_order",
    "status_tier",
]
