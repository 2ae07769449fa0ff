"""Options shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

F = Callable[..., Any]


def archive_option(func: F) -> F:
    """``--archive DIR``: the archive root (else $DRAFTER_ARCHIVE, else ./archive)."""
    return click.option(
        "--archive",
        "archive_dir",
        type=str,
        default=None,
        envvar="DRAFTER_ARCHIVE",
        show_envvar=True,
        help="档案目录（默认 ./archive）。",
    )(func)


def region_option(func: F) -> F:
    """``--region R``: the region, when the archive holds more than one."""
    return click.option("--region", default=None, help="地区名称，例如 天津市河北区（档案只有一个地区时可省略）。")(
        func
    )


def force_option(func: F) -> F:
    """``--force``: replace an existing output file (drafter never overwrites one silently)."""
    return click.option("--force", is_flag=True, help="输出文件已存在时覆盖它。")(func)


def format_option(*choices: str, default: str) -> Callable[[F], F]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default,
        show_default=True,
        help="输出格式。",
    )
