"""Pins: ``archive/<region>/links.yaml`` confirms, overrides or forbids a pairing.

A pin names a target of report A and an outcome of report B by indicator phrase, or by
indicator and value text (``北京项目投资额30亿元``) where one indicator has several
figures. ``action: pin`` makes the pairing (confirming or overriding the automatic one);
``action: forbid`` keeps the two apart. The file is written in a fixed order, so the same
pins give the same bytes.

This module is pure (text in, text out); reading and writing the file is
``drafter.app``'s job (``load_links``, ``pin``, ``unpin``).

    links:
    - a: 2023
      b: 2024
      target: 北京项目投资额
      outcome: 北京项目投资额
      action: pin

A report is named by its key, as ``drafter show`` names it: a year's report by its year (``2023``),
a report on part of a year by its year and period (``2024年上半年``; ``2024上半年`` is read the same):

    - a: 2023
      b: 2024年上半年
      target: 地区生产总值
      outcome: 地区生产总值
      action: forbid
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from drafter.errors import InputError
from drafter.model import Figure
from drafter.periods import report_name

FILE_NAME = "links.yaml"
Action = Literal["pin", "forbid"]
_HEADER = (
    "# drafter links: pairings of targets (report a) with outcomes (report b).\n"
    "# action: pin (use this pairing) or forbid (never pair these two). Edit with drafter link / unlink.\n"
)


@dataclass(frozen=True)
class Link:
    """One pin: years of the two reports, the target and outcome phrases, the action; the
    periods of reports on part of a year (``a_period="上半年"``: report ``2024年上半年``)."""

    a: int
    b: int
    target: str
    outcome: str
    action: Action = "pin"
    a_period: str = ""
    b_period: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"a": _report_key(self.a, self.a_period), "b": _report_key(self.b, self.b_period),
                "target": self.target, "outcome": self.outcome, "action": self.action}

    def joins(self, a: tuple[int, str], b: tuple[int, str]) -> bool:
        """Is this a pin between report ``a`` and report ``b``, each (year, period)?"""
        return (self.a, self.a_period) == a and (self.b, self.b_period) == b


def _report_key(year: int, period: str) -> int | str:
    """A report as links.yaml names it: ``2023`` (a number) or ``2024年上半年``."""
    from drafter.periods import key

    return key(year, period) if period else year


def _read_key(value: object) -> tuple[int, str]:
    """``2023`` / ``"2024年上半年"`` / ``"2024上半年"`` → (year, period); ValueError otherwise."""
    from drafter.periods import parse_key

    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value, ""
    found = parse_key(str(value))
    if found is None:
        raise ValueError(value)
    return found


def _key(text: str) -> str:
    return re.sub(r"[\s“”\"']", "", text)


def matches(phrase: str, figure: Figure) -> bool:
    """Does a pin's phrase name this figure (its indicator, or indicator and value text)?"""
    key = _key(phrase)
    indicator = _key(figure.indicator)
    return key == indicator or key == indicator + _key(figure.text)


class LinksFormatError(ValueError):
    """links.yaml is not a list of pins: ``where`` is "" for the whole file, else the pin's number."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


def parse_links(data: Any) -> tuple[Link, ...]:
    """The pins of a links.yaml document already parsed by YAML (None for an empty file)."""
    data = data or {}
    items = data.get("links", []) if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise LinksFormatError("")
    out = []
    for n, item in enumerate(items, 1):
        try:
            action = item.get("action", "pin")
            if action not in ("pin", "forbid"):
                raise ValueError(action)
            (a, a_period), (b, b_period) = _read_key(item["a"]), _read_key(item["b"])
            out.append(Link(a, b, str(item["target"]), str(item["outcome"]), action, a_period, b_period))
        except (AttributeError, KeyError, TypeError, ValueError):
            raise LinksFormatError(str(n)) from None
    return tuple(out)


def dump_links(links: tuple[Link, ...]) -> str:
    import yaml

    ordered = sorted(set(links), key=lambda lk: (lk.a, lk.a_period, lk.b, lk.b_period, lk.target, lk.outcome, lk.action))
    body = yaml.safe_dump(
        {"links": [lk.to_dict() for lk in ordered]}, allow_unicode=True, sort_keys=False, default_flow_style=False
    )
    return _HEADER + body


def add_link(links: tuple[Link, ...], link: Link) -> tuple[Link, ...]:
    """Links with ``link`` added; an earlier pin or forbid of the same target and outcome is replaced."""
    if not link.target.strip() or not link.outcome.strip():
        raise InputError("配对不完整", "目标和实绩的指标名称都不能为空", "请写出两者的指标名称，例如 北京项目投资额")
    kept = tuple(
        lk for lk in links if not (lk.joins((link.a, link.a_period), (link.b, link.b_period))
                                 and _key(lk.target) == _key(link.target)
                                 and (link.action == "pin" and lk.action == "pin" or _key(lk.outcome) == _key(link.outcome)))
    )
    return kept + (link,)


def remove_links(
    links: tuple[Link, ...], a: int | tuple[int, str], b: int | tuple[int, str], target: str, outcome: str | None = None
) -> tuple[tuple[Link, ...], int]:
    """Links without those naming ``target`` (and ``outcome`` if given) between reports ``a`` and
    ``b`` (a year, or (year, period)); also how many went."""
    ka, kb = report_name(a), report_name(b)
    kept = tuple(
        lk for lk in links
        if not (lk.joins(ka, kb) and _key(lk.target) == _key(target)
                and (outcome is None or _key(lk.outcome) == _key(outcome)))
    )
    return kept, len(links) - len(kept)


__all__ = ["FILE_NAME", "Link", "LinksFormatError", "add_link", "dump_links", "matches", "parse_links", "remove_links"]
