"""Options shared by several commands, and the small checks they need."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import click

F = Callable[..., Any]

#: Output format → the name the help shows (either is accepted on the command line).
FORMAT_LABELS = {"text": "文本", "table": "表格", "outline": "提纲", "json": "json", "csv": "csv"}


class AliasChoice(click.ParamType):
    """One of a closed set of values programs use (``target``), also given by its Chinese name (``目标``).

    The help lists the Chinese names; the command receives the program value.
    """

    name = "选项值"

    def __init__(self, labels: Mapping[str, str]) -> None:
        #: program value → Chinese name
        self.labels = dict(labels)
        self.values = {**{label: value for value, label in self.labels.items()}, **{v: v for v in self.labels}}

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "[" + "|".join(self.labels.values()) + "]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        key = str(value).strip()
        found = self.values.get(key) or self.values.get(key.lower())
        if found is None:
            self.fail(f"“{value}”不是可选的值（可选：{'、'.join(self.labels.values())}）", param, ctx)
        return found


class ReportKey(click.ParamType):
    """A report in the archive: its year (``2015``), or a period of it (``2015上半年``,
    ``2015年前三季度``, ``2015年1-11月``); the command receives ``(year, period)``."""

    name = "年度"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[int, str]:
        if isinstance(value, tuple):
            return value
        from drafter.periods import parse_key

        text = str(value).strip()
        if text.lstrip("-").isdigit():  # a year out of range is refused by the archive, in its words
            return int(text), ""
        found = parse_key(text)
        if found is None:
            self.fail(f"“{value}”不是整数年度，也不是年内期间（如 2015上半年、2015前三季度、2015年1-11月）", param, ctx)
        return found


def archive_option(func: F) -> F:
    """``--archive DIR``: the archive root (else $DRAFTER_ARCHIVE, else ./archive)."""
    return click.option(
        "--archive",
        "archive_dir",
        type=str,
        default=None,
        envvar="DRAFTER_ARCHIVE",
        show_envvar=True,
        metavar="目录",
        help="档案目录（默认 ./archive）。",
    )(func)


def region_option(func: F) -> F:
    """``--region R``: the region, when the archive holds more than one."""
    return click.option(
        "--region",
        default=None,
        metavar="地区",
        callback=_checked_region,
        help="地区名称，例如 天津市河北区（档案只有一个地区时可省略，有多个时必须指明）。",
    )(func)


def _checked_region(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An empty ``--region ""`` is refused like any other unusable name, not read as "not given"."""
    if value is None:
        return None
    from drafter.archive import check_region

    return check_region(value)


def choice_option(*decls: str, labels: Mapping[str, str], default: str | None, help: str) -> Callable[[F], F]:
    """An option taking one of ``labels`` (program value → Chinese name), either spelling."""
    shown = None if default is None else labels.get(default, default)  # converted back by the type
    return click.option(*decls, type=AliasChoice(labels), default=shown, show_default=shown is not None, help=help)


def force_option(func: F) -> F:
    """``--force``: replace an existing output file (drafter never overwrites one silently)."""
    return click.option("--force", is_flag=True, help="输出文件已存在时覆盖它。")(func)


def format_option(*choices: str, default: str, help: str = "输出格式。") -> Callable[[F], F]:
    """``--format``: the output format, one of ``choices``."""
    return choice_option("--format", "fmt", labels={c: FORMAT_LABELS.get(c, c) for c in choices},
                         default=default, help=help)


def terminal_width() -> int:
    """Columns for tables: the terminal's width, or 80 when output goes to a file or pipe."""
    import shutil
    import sys

    if not sys.stdout.isatty():
        return 80
    return max(shutil.get_terminal_size((80, 24)).columns, 40)


__all__ = [
    "AliasChoice",
    "ReportKey",
    "archive_option",
    "choice_option",
    "force_option",
    "format_option",
    "region_option",
    "terminal_width",
]
