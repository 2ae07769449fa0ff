"""The ``drafter`` command: a thin click layer over the library.

Each command lives in its own module under ``drafter.cli`` and is imported only when it
runs (or when ``--help`` lists it); command modules import only click at module level, so
start-up never loads jieba, python-docx or rich.
"""

from __future__ import annotations

import sys
from importlib import import_module

import click

from drafter import __version__
from drafter.errors import DrafterError

#: command name → "module:function"; order is the order ``--help`` lists them in.
COMMANDS = {
    "ingest": "drafter.cli.ingest:ingest",
    "list": "drafter.cli.ingest:list_",
    "show": "drafter.cli.ingest:show",
    "figures": "drafter.cli.figures:figures",
    "diff": "drafter.cli.diff:diff",
    "link": "drafter.cli.diff:link",
    "unlink": "drafter.cli.diff:unlink",
    "sheet": "drafter.cli.draft:sheet",
    "draft": "drafter.cli.draft:draft",
    "template": "drafter.cli.draft:template",
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in COMMANDS if self._load(name) is not None]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self._load(cmd_name)

    @staticmethod
    def _load(name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        try:
            module = import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:  # command not built yet
                return None
            raise
        return getattr(module, attr, None)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="drafter", message="%(prog)s %(version)s")
def cli() -> None:
    """drafter：国民经济和社会发展计划报告的归档、比对与起草工具。

    把往年报告（.txt、.docx、网页 .html）导入结构化档案，比对上年目标与本年完成情况，
    生成高亮审阅网页，并按模板起草下一年报告的 Word 初稿。

    \b
    Example:
        drafter ingest examples/tjhb-2023.txt
        drafter show 2023
        drafter diff 2023 2024 --html review.html
    """


def main() -> None:
    """Console entry point: run the CLI, turning drafter's errors into one line and exit 2."""
    try:
        cli.main(standalone_mode=False, prog_name="drafter")
    except DrafterError as exc:
        click.echo(f"错误：{exc.message}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("已取消。", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2 if exc.exit_code in (1, 2) else exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
