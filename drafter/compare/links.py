"""Pins: ``archive/<region>/links.yaml`` confirms, overrides or forbids a pairing.

A pin names a target of report A and an outcome of report B by indicator phrase, or by
indicator and value text (``北京项目投资额30亿元``) where one indicator has several
figures. ``action: pin`` makes the pairing (confirming or overriding the automatic one);
``action: forbid`` keeps the two apart. The file is written in a fixed order, so the same
pins give the same bytes.

    links:
    - a: 2023
      b: 2024
      target: 北京项目投资额
      outcome: 北京项目投资额
      action: pin
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from drafter.errors import ArchiveError, InputError
from drafter.model import Figure

FILE_NAME = "links.yaml"
Action = Literal["pin", "forbid"]
_HEADER = (
    "# drafter links: pairings of targets (report a) with outcomes (report b).\n"
    "# action: pin (use this pairing) or forbid (never pair these two). Edit with drafter link / unlink.\n"
)


@dataclass(frozen=True)
class Link:
    """One pin: years of the two reports, the target and outcome phrases, the action."""

    a: int
    b: int
    target: str
    outcome: str
    action: Action = "pin"

    def to_dict(self) -> dict[str, object]:
        return {"a": self.a, "b": self.b, "target": self.target, "outcome": self.outcome, "action": self.action}


def _key(text: str) -> str:
    return re.sub(r"[\s“”\"']", "", text)


def matches(phrase: str, figure: Figure) -> bool:
    """Does a pin's phrase name this figure (its indicator, or indicator and value text)?"""
    key = _key(phrase)
    indicator = _key(figure.indicator)
    return key == indicator or key == indicator + _key(figure.text)


def links_path(root: str | os.PathLike[str], region: str) -> Path:
    return Path(root) / region / FILE_NAME


def load_links(path: str | os.PathLike[str]) -> tuple[Link, ...]:
    """The pins in a links.yaml file; none when the file does not exist."""
    path = Path(path)
    if not path.is_file():
        return ()
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ArchiveError(
            f"配对文件 {path} 无法读取", str(exc).splitlines()[0], "请修正该文件的 YAML 格式，或删除它后用 drafter link 重建"
        ) from None
    items = data.get("links", []) if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ArchiveError(f"配对文件 {path} 格式不对", "缺少 links 列表", "请参照 drafter link --help 中的格式修正")
    out = []
    for n, item in enumerate(items, 1):
        try:
            action = item.get("action", "pin")
            if action not in ("pin", "forbid"):
                raise ValueError(action)
            out.append(Link(int(item["a"]), int(item["b"]), str(item["target"]), str(item["outcome"]), action))
        except (AttributeError, KeyError, TypeError, ValueError):
            raise ArchiveError(
                f"配对文件 {path} 第 {n} 条配对有误",
                "每条需要 a、b（年度）、target、outcome，action 为 pin 或 forbid",
                "请修正或删除这一条",
            ) from None
    return tuple(out)


def dump_links(links: tuple[Link, ...]) -> str:
    import yaml

    ordered = sorted(set(links), key=lambda lk: (lk.a, lk.b, lk.target, lk.outcome, lk.action))
    body = yaml.safe_dump(
        {"links": [lk.to_dict() for lk in ordered]}, allow_unicode=True, sort_keys=False, default_flow_style=False
    )
    return _HEADER + body


def save_links(path: str | os.PathLike[str], links: tuple[Link, ...]) -> None:
    """Write the pins atomically (temporary file, then rename)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ArchiveError(f"档案中没有文件夹 {path.parent}", "该地区尚无已导入的报告", "请先用 drafter ingest 导入报告")
    from drafter.atomic import commit, locked, reason, sweep

    try:
        with locked(path.parent):
            sweep(path.parent)
            commit({path: dump_links(links).encode("utf-8")})
    except OSError as exc:
        raise ArchiveError(f"无法写入 {path}", reason(exc), "请检查档案目录是否可写且有剩余空间") from None


def add_link(links: tuple[Link, ...], link: Link) -> tuple[Link, ...]:
    """Links with ``link`` added; an earlier pin or forbid of the same target and outcome is replaced."""
    if not link.target.strip() or not link.outcome.strip():
        raise InputError("配对不完整", "目标和实绩的指标名称都不能为空", "请写出两者的指标名称，例如 北京项目投资额")
    kept = tuple(
        lk for lk in links if not (lk.a == link.a and lk.b == link.b and _key(lk.target) == _key(link.target)
                                 and (link.action == "pin" and lk.action == "pin" or _key(lk.outcome) == _key(link.outcome)))
    )
    return kept + (link,)


def remove_links(links: tuple[Link, ...], a: int, b: int, target: str, outcome: str | None = None) -> tuple[tuple[Link, ...], int]:
    """Links without those naming ``target`` (and ``outcome`` if given); also how many went."""
    kept = tuple(
        lk for lk in links
        if not (lk.a == a and lk.b == b and _key(lk.target) == _key(target)
                and (outcome is None or _key(lk.outcome) == _key(outcome)))
    )
    return kept, len(links) - len(kept)


def _check_names(report_a: object, report_b: object, target: str, outcome: str) -> None:
    """A pin must name a target of A and an outcome of B; say which names exist if not."""
    from drafter.compare.ledger import Ledger

    ledger = Ledger(report_a, report_b)  # type: ignore[arg-type]
    for phrase, figures, what, year in (
        (target, ledger.targets, "目标", ledger.a.year),
        (outcome, ledger.outcomes, "实绩", ledger.b.year),
    ):
        if any(matches(phrase, f) for f in figures):
            continue
        names = sorted({f.indicator for f in figures if f.indicator})
        close = [n for n in names if set(n) & set(phrase)][:6] or names[:6]
        raise InputError(
            f"{year} 年报告中没有名为“{phrase}”的{what}",
            "可选的有：" + "、".join(close) if close else "该报告没有识别到任何" + what,
            "请用 drafter diff 查看指标名称后重试",
        )


def pin(
    archive: str | os.PathLike[str] | None,
    region: str | None,
    a: int,
    b: int,
    target: str,
    outcome: str,
    *,
    forbid: bool = False,
) -> str:
    """Record a pin (or a forbid) in the region's links.yaml; return a Chinese confirmation."""
    from drafter.archive import Archive

    store = Archive.at(archive)
    region = store.region(region)
    if b <= a:
        raise InputError(f"年度顺序不对：{a} 与 {b}", "目标出自较早的报告 A，实绩出自较晚的报告 B", f"请写成 {min(a, b)} {max(a, b)}")
    _check_names(store.load(a, region), store.load(b, region), target, outcome)
    path = links_path(store.root, region)
    link = Link(a, b, target.strip(), outcome.strip(), "forbid" if forbid else "pin")
    save_links(path, add_link(load_links(path), link))
    verb = "禁止配对" if forbid else "已指定配对"
    return f"{verb}：{a} 年目标“{link.target}” ↔ {b} 年实绩“{link.outcome}”（{path}）"


def unpin(
    archive: str | os.PathLike[str] | None,
    region: str | None,
    a: int,
    b: int,
    target: str,
    outcome: str | None = None,
) -> str:
    """Remove pins and forbids of a target from links.yaml; return a Chinese confirmation."""
    from drafter.archive import Archive

    store = Archive.at(archive)
    region = store.region(region)
    path = links_path(store.root, region)
    kept, removed = remove_links(load_links(path), a, b, target, outcome)
    if not removed:
        raise InputError(
            f"links.yaml 中没有 {a}→{b} 年目标“{target}”的配对",
            "没有可取消的指定或禁止",
            f"请查看 {path}",
        )
    save_links(path, kept)
    return f"已取消 {removed} 条配对：{a} 年目标“{target}”（{path}）"
