"""``stale_year``: a year that cannot be right where it stands, judged from the report's own
execution year Y and plan year Y+1 (a 2025 plan part that says ``2024年…主要目标是``, a part 一
heading with the year before). Only phrases that name the year a part speaks of are read, so a
baseline (``由2022年的59.7%提高到``, ``较2019年增长``) is never taken for one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from drafter.check.context import Subject
from drafter.check.finding import Finding

Expects = Literal["execution", "plan", "part"]


@dataclass(frozen=True)
class YearRule:
    """A phrase whose year is fixed by where it stands.

    parts:   roles of the parts it applies in
    roles:   paragraph roles it applies to (empty: any)
    pattern: the phrase, the year in group ``year``
    expects: the execution year, the plan year, or the year of the part it stands in
    what:    the phrase in words, for the message
    """

    parts: tuple[str, ...]
    roles: tuple[str, ...]
    pattern: re.Pattern[str]
    expects: Expects
    what: str


_WHOLE = r"(?:全区|全市|全县|全旗|全州|全省|全镇|我区|我市|我县)?"
RULES: tuple[YearRule, ...] = (
    YearRule(("plan",), (), re.compile(rf"(?P<year>\d{{4}})年{_WHOLE}(?:经济社会发展|国民经济和社会发展)?(?:的)?主要(?:预期)?目标(?:是|为)"), "plan", "主要目标的年份"),
    YearRule(("execution", "plan"), (), re.compile(r"^(?P<year>\d{4})年(?:是|[，,])"), "part", "段首的年份"),
    YearRule(("plan",), (), re.compile(r"(?P<year>\d{4})年(?:区级)?(?:政府投资计划|民心工程|民生实事)"), "plan", "计划安排的年份"),
)
_HEADING_YEAR = re.compile(r"(?P<year>\d{4})年")
_PART_WORDS = {"execution": "执行情况部分", "plan": "计划部分"}


def _expected(subject: Subject, rule: YearRule, role: str) -> int | None:
    if rule.expects == "part":
        return subject.part_year(role)
    return subject.target_year if rule.expects == "plan" else subject.year


def _message(found: int, expected: int, where: str) -> tuple[str, str]:
    return (
        f"{where}写的是{found}年，按本报告的年度应为{expected}年",
        f"核对后改为{expected}年（多半是沿用上年报告时未顺延）。",
    )


def find(subject: Subject) -> Iterator[Finding]:
    yield from _headings(subject)
    yield from _delivered(subject)
    for place in subject.here.places:
        for rule in RULES:
            if place.role not in rule.parts or (rule.roles and place.paragraph.role not in rule.roles):
                continue
            expected = _expected(subject, rule, place.role)
            if expected is None:
                continue
            for m in rule.pattern.finditer(place.text):
                year = int(m.group("year"))
                if year != expected:
                    problem, advice = _message(year, expected, rule.what)
                    yield Finding("stale_year", subject.here.at(place, m.start()), m.group(), problem, advice)


def _headings(subject: Subject) -> Iterator[Finding]:
    """A part heading names the year its part speaks of: Y for 执行情况, Y+1 for the plan."""
    for part in subject.report.parts:
        expected = subject.part_year(part.role)
        if expected is None:
            continue
        for m in _HEADING_YEAR.finditer(part.title):
            year = int(m.group("year"))
            if year != expected:
                problem, advice = _message(year, expected, f"{_PART_WORDS[part.role]}的标题")
                yield Finding("stale_year", subject.here.heading(part), m.group(), problem, advice)


def _delivered(subject: Subject) -> Iterator[Finding]:
    """The report is delivered to the congress early in Y+1 (or in the last weeks of Y); a report on
    part of a year is delivered within that year, after its period (not checked here)."""
    delivered = subject.report.meta.delivered
    if not re.match(r"^\d{4}-\d{2}", delivered) or subject.report.meta.period:
        return
    year, month = int(delivered[:4]), int(delivered[5:7])
    if year == subject.plan_year or (year == subject.year and month >= 11):
        return
    problem = f"副标题中的报告日期是{year}年{month}月，{subject.year}年的执行情况报告应在{subject.plan_year}年初提交"
    yield Finding("stale_year", subject.here.title_page("副标题", delivered), f"{year}年", problem,
                  f"改为本次会议的日期（{subject.plan_year}年）。")
