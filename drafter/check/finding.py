"""What ``drafter check`` reports: findings, where they stand, and the table of their kinds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from drafter.errors import InputError


@dataclass(frozen=True)
class Kind:
    """A kind of finding: its key, its Chinese label, the words a user may type for it, and
    whether it needs last year's report (``--against``)."""

    key: str
    label: str
    aliases: tuple[str, ...] = ()
    needs_previous: bool = False


#: Every kind, most serious first: the order of the terminal view within a chapter.
KINDS: tuple[Kind, ...] = (
    Kind("unfilled", "未填写", ("待填", "待更新", "空位")),
    Kind("stale_year", "年份过时", ("年份", "年份错误")),
    Kind("wrong_anniversary", "周年错误", ("周年",)),
    Kind("meeting_ordinal", "会议次序未顺延", ("会议", "会议次序", "届次"), needs_previous=True),
    Kind("conflicting_figures", "数字前后不一", ("数字冲突", "前后不一")),
    Kind("stated_completion", "完成率不符", ("完成率",)),
    Kind("unanswered_target", "上年目标未回应", ("未回应", "未报告"), needs_previous=True),
    Kind("carried_over", "沿用上年原文", ("沿用", "照抄"), needs_previous=True),
    Kind("duplicate_paragraph", "段落重复", ("重复", "重复段落")),
)
KIND_KEYS: tuple[str, ...] = tuple(k.key for k in KINDS)
KIND_LABELS: dict[str, str] = {k.key: k.label for k in KINDS}
RANK: dict[str, int] = {k.key: i for i, k in enumerate(KINDS)}


def parse_kinds(text: str) -> tuple[str, ...]:
    """``unfilled,年份`` → the kinds' keys; ``all``/``全部`` → every kind. Unknown names are an
    ``InputError`` listing the choices."""
    names = [n.strip() for n in text.replace("，", ",").replace("、", ",").split(",") if n.strip()]
    if any(n in ("all", "全部") for n in names):
        return KIND_KEYS
    lookup = {name: k.key for k in KINDS for name in (k.key, k.label, *k.aliases)}
    unknown = [n for n in names if n not in lookup]
    if unknown:
        choices = "、".join(k.label for k in KINDS)
        raise InputError(f"未知的问题类型 {'、'.join(unknown)}", f"可选：{choices}、全部", "请用逗号分隔这些名称")
    return tuple(dict.fromkeys(lookup[n] for n in names))


def clip(text: str, width: int = 40) -> str:
    """``text`` cut to ``width`` characters with an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass(frozen=True)
class Location:
    """Where a finding stands, as a person counts it.

    report:    the year of the report it stands in (the checked one, or last year's)
    part:      part number (``一``), "" before the first part
    chapter:   chapter label (``（一）``), "" outside chapters
    paragraph: paragraph number within the chapter (or part), 1-based; 0 for a heading or the title page
    label:     the whole place in words: ``一（一）第2段``, ``二 标题``, ``副标题``
    section_title: the chapter's (or part's) heading, for grouping
    sentence:  the sentence at fault ("" for a heading)
    paragraph_id: the paragraph's id in the archive ("" for headings and the title page)
    order:     document position, for sorting (not part of the JSON)
    """

    report: int
    part: str
    chapter: str
    paragraph: int
    label: str
    section_title: str = ""
    sentence: str = ""
    paragraph_id: str = ""
    order: tuple[int, int] = field(default=(0, 0), compare=False)

    @property
    def section(self) -> str:
        return f"{self.part}{self.chapter}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "report": self.report,
            "part": self.part,
            "chapter": self.chapter,
            "paragraph": self.paragraph,
            "label": self.label,
            "section_title": self.section_title,
            "sentence": self.sentence,
            "paragraph_id": self.paragraph_id,
        }


@dataclass(frozen=True)
class Finding:
    """One mistake ``drafter check`` found.

    kind:    a key of ``KINDS``
    where:   where it stands
    text:    the words at fault as written (``成立74周年``, ``【待填：…】``)
    problem: what is wrong, in Chinese
    advice:  what the writer should do, in Chinese
    related: the other place involved (the first of two conflicting figures, the paragraph it
             duplicates, last year's paragraph it copies), or None
    """

    kind: str
    where: Location
    text: str
    problem: str
    advice: str
    related: Location | None = None

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    def sort_key(self) -> tuple[int, int, int]:
        """Document order by paragraph; within a paragraph the most serious kind first."""
        return (self.where.order[0], RANK[self.kind], self.where.order[1])

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "label": self.label,
            "where": self.where.to_dict(),
            "text": self.text,
            "problem": self.problem,
            "advice": self.advice,
            "related": None if self.related is None else self.related.to_dict(),
        }


__all__ = ["KINDS", "KIND_KEYS", "KIND_LABELS", "RANK", "Finding", "Kind", "Location", "clip", "parse_kinds"]
