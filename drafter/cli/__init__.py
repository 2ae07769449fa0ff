"""The ``drafter`` command: a thin click layer over the library.

Each command lives in its own module under ``drafter.cli`` and is imported only when it
runs (or when ``--help`` lists it); command modules import only click at module level, so
start-up never loads jieba, python-docx or rich.
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import IO, Any

import click

from drafter import __version__
from drafter.cli import zh
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
    "check": "drafter.cli.check:check",
    "sheet": "drafter.cli.draft:sheet",
    "draft": "drafter.cli.draft:draft",
    "template": "drafter.cli.draft:template",
    "history": "drafter.cli.history:history",
    "search": "drafter.cli.search:search",
    "export": "drafter.cli.export:export",
}


class DrafterClickError(click.ClickException):
    """A ``DrafterError`` on its way out through click: one Chinese line, exit code 2."""

    def __init__(self, error: DrafterError) -> None:
        super().__init__(error.message)
        self.exit_code = error.exit_code  # type: ignore[misc]

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"错误：{self.message}", err=True)


class LazyGroup(click.Group):
    """A group whose commands are imported on first use, localised (``drafter.cli.zh``) as they
    load, and whose errors are one Chinese line with exit code 2."""

    context_class = zh.ZhContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", zh.OPTIONS_METAVAR)
        kwargs.setdefault("subcommand_metavar", zh.SUBCOMMAND_METAVAR)
        super().__init__(*args, **kwargs)

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        """Like click's, but usage errors also get one Chinese line (and exit code 2)."""
        zh.install()
        zh.localise(self)
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)  # type: ignore[call-overload]
        try:
            rv = super().main(*args, standalone_mode=False, **kwargs)  # type: ignore[call-overload]
        except click.UsageError as exc:
            if type(exc).__name__ == "NoArgsIsHelpError" and exc.ctx is not None:  # bare `drafter`
                click.echo(exc.ctx.get_help())
                sys.exit(0)
            command = exc.ctx.command_path if exc.ctx else _command_path(args, kwargs)
            click.echo(f"错误：命令用法不对：{zh.usage_message(exc)}请运行 {command} --help 查看用法。", err=True)
            sys.exit(2)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            click.echo("已取消。", err=True)
            sys.exit(130)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        # click returns a command's `Exit(code)` as the value in non-standalone mode
        sys.exit(rv if isinstance(rv, int) else 0)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DrafterError as exc:
            raise DrafterClickError(exc) from None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """click's, but an unknown command gets the nearest names suggested (in Chinese)."""
        name = args[0] if args else ""
        if name and name[:1] != "-" and not ctx.resilient_parsing and self.get_command(ctx, name) is None:
            from difflib import get_close_matches

            near = get_close_matches(name, list(COMMANDS), n=2)
            hint = f"，您是不是想用 {'、'.join(near)}？" if near else f"。命令有：{'、'.join(COMMANDS)}。"
            raise click.UsageError(f"没有名为“{name}”的命令{hint}", ctx)
        return super().resolve_command(ctx, args)

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
        command = getattr(module, attr, None)
        return None if command is None else zh.localise(command)


def _command_path(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    """``drafter`` and the command named on the command line, for a hint without a context."""
    argv = kwargs.get("args") or (args[0] if args else None) or sys.argv[1:]
    name = next((a for a in argv if a in COMMANDS), None)
    return f"drafter {name}" if name else "drafter"


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="drafter", message="%(prog)s %(version)s",
                      help="显示版本号并退出。")
def cli() -> None:
    """drafter：国民经济和社会发展计划报告的归档、比对与起草工具。

    把往年报告（.txt、.docx、网页 .html）导入结构化档案，比对上年目标与本年完成情况，
    生成高亮审阅网页，并按模板起草下一年报告的 Word 初稿。

    \b
    示例：
        drafter ingest examples/tjhb-2023.txt --archive 我的档案
        drafter show 2023
        drafter diff 2023 2024 --html review.html
    """


def main() -> None:
    """Console entry point."""
    try:
        cli(prog_name="drafter")
    except BrokenPipeError:  # `drafter show 2023 | head`
        sys.exit(0)
