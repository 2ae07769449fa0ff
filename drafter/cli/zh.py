"""The command line in Chinese: click's own words, help pages laid out for Chinese text.

click writes its words (``Usage:``, ``Options``, ``Missing option``, ``No such command`` …)
through ``gettext``; :func:`install` points click's modules at :data:`CATALOG` instead, so
every message click builds, for any command, comes out in Chinese (an unknown message
stays English, and ``tests/test_cli_zh.py`` fails on it). :func:`localise` finishes a command
object the group loads: Chinese placeholders (metavars), type names for error messages, a
one-sentence summary for the command list, and :class:`ZhContext`, whose help formatter wraps
Chinese text by display width and never inside a word or a number with its unit. A new
command or option gets all of this without a line of its own.

Standard library and click only: this runs on every ``drafter --help``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator

import click

from drafter.render.cells import text_width, wrap

#: click's English message → Chinese. Keys are click's msgids, exactly as in its source.
CATALOG: dict[str, str] = {
    "Usage:": "用法：",
    "Options": "选项",
    "Commands": "命令",
    "Positional arguments": "参数",
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本号并退出。",
    "%(prog)s, version %(version)s": "%(prog)s %(version)s",
    "Aborted!": "已取消。",
    "env var: {var}": "环境变量：{var}",
    "default: {default}": "默认：{default}",
    "required": "必填",
    "(dynamic)": "（运行时确定）",
    "deprecated": "已弃用",
    "Missing command.": "缺少命令",
    "Got unexpected extra argument ({args})": "多余的参数：{args}",
    "Got unexpected extra arguments ({args})": "多余的参数：{args}",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing {param_type}": "缺少{param_type}",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "请运行 {command} {option} 查看用法。",
    "Invalid value: {message}": "取值不对：{message}",
    "Invalid value for {param_hint}: {message}": "{param_hint}的取值不对：{message}",
    "No such option {name!r}.": "没有选项“{name}”",
    "No such command {name!r}.": "没有名为“{name}”的命令",
    "Did you mean {possibility}?": "您是不是想用 {possibility}？",
    "(Did you mean one of: {possibilities}?)": "您是不是想用 {possibilities} 之一？",
    "unknown error": "未知错误",
    "Could not open file {filename!r}: {message}": "无法打开文件“{filename}”：{message}",
    "Option {name!r} does not take a value.": "选项 {name} 后面不能跟取值",
    "Option {name!r} requires an argument.": "选项 {name} 后面缺少取值",
    "Option {name!r} requires {nargs} arguments.": "选项 {name} 后面需要 {nargs} 个取值",
    "Argument {name!r} takes {nargs} values.": "参数 {name} 需要 {nargs} 个取值",
    "Value must be an iterable.": "取值必须是一组值",
    "Takes {nargs} values but 1 was given.": "需要 {nargs} 个取值，只给了 1 个",
    "Takes {nargs} values but {len} were given.": "需要 {nargs} 个取值，给了 {len} 个",
    "{len_type} values are required, but {len_value} was given.": "需要 {len_type} 个取值，给了 {len_value} 个",
    "{len_type} values are required, but {len_value} were given.": "需要 {len_type} 个取值，给了 {len_value} 个",
    "Choose from:\n\t{choices}": "可选：{choices}",
    "{value!r} is not {choice}.": "“{value}”不是可选的值（可选：{choice}）",
    "{value!r} is not one of {choices}.": "“{value}”不是可选的值（可选：{choices}）",
    "{value!r} is not a valid {number_type}.": "“{value}”不是{number_type}",
    "{value} is not in the range {range}.": "{value} 超出了范围 {range}",
    "{value!r} is not a valid boolean. Recognized values: {states}": "“{value}”不是是非值（可用：{states}）",
    "{value!r} is not a valid UUID.": "“{value}”不是有效的 UUID",
    "{value!r} does not match the format {format}.": "“{value}”不符合格式 {format}",
    "{value!r} does not match the formats {formats}.": "“{value}”不符合格式 {formats}",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
    "{name} {filename!r} does not exist.": "{name}“{filename}”不存在",
    "{name} {filename!r} is a file.": "{name}“{filename}”是文件，这里要的是文件夹",
    "{name} {filename!r} is a directory.": "{name}“{filename}”是文件夹，这里要的是文件",
    "{name} {filename!r} is not readable.": "{name}“{filename}”没有读取权限",
    "{name} {filename!r} is not writable.": "{name}“{filename}”没有写入权限",
    "{name} {filename!r} is not executable.": "{name}“{filename}”不能执行",
    "Do you want to continue?": "要继续吗？",
    "Confirm the action without prompting.": "不询问，直接确认。",
    "Repeat for confirmation": "请再输入一次确认",
    "Error: The two entered values do not match.": "错误：两次输入不一致。",
    "Error: invalid input": "错误：输入无效",
    "Press any key to continue...": "按任意键继续……",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}": "提示：命令“{name}”已弃用。{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}": "提示：{param_type}“{name}”已弃用。{extra_message}",
}

#: click type name → the Chinese word an error message or a placeholder uses.
TYPE_NAMES = {
    "text": "文字",
    "integer": "整数",
    "float": "数",
    "integer range": "整数",
    "float range": "数",
    "boolean": "是非值",
    "uuid": "UUID",
    "filename": "文件",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
    "datetime": "日期",
}

#: Argument name → its placeholder in usage lines and messages (``drafter sheet 年度``).
ARGUMENT_NAMES = {
    "year": "年度",
    "file": "文件",
    "files": "文件",
    "path": "路径",
    "a": "A",
    "b": "B",
    "target": "目标指标",
    "outcome": "实绩指标",
    "region": "地区",
    "report": "报告",
    "paths": "文件或文件夹",
    "indicator": "指标",
    "query": "查找内容",
}

OPTIONS_METAVAR = "[选项]"
SUBCOMMAND_METAVAR = "命令 [参数]..."


def gettext(message: str) -> str:
    """click's ``_``: the Chinese for ``message``, or ``message`` itself when there is none."""
    return CATALOG.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """click's ``ngettext``: Chinese has one form for both."""
    return gettext(singular if n == 1 else plural)


def install() -> None:
    """Make click speak Chinese in this process (idempotent)."""
    import click.core
    import click.decorators
    import click.exceptions
    import click.formatting
    import click.parser
    import click.termui
    import click.types

    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.parser,
                   click.termui, click.types):
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]


# ---------------------------------------------------------------- help layout


def _is_wide(char: str) -> bool:
    return text_width(char) == 2


def join_lines(lines: Iterable[str]) -> str:
    """Lines of one paragraph as one line: no space where Chinese meets Chinese."""
    out = ""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if out and not (_is_wide(out[-1]) or _is_wide(line[0])):
            out += " "
        out += line
    return out


def _blocks(text: str) -> Iterator[tuple[bool, list[str]]]:
    """Paragraphs of a docstring: (verbatim, lines); a paragraph opening with ``\\b`` is verbatim."""
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        lines = block.split("\n")
        if lines and lines[0].strip() == "\b":
            yield True, lines[1:]
        else:
            yield False, lines


class ZhHelpFormatter(click.HelpFormatter):
    """click's formatter with full-width colons and display-width wrapping of Chinese."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        head = f"{' ' * self.current_indent}{gettext('Usage:') if prefix is None else prefix}{prog}"
        rest = wrap(args, max(self.width - text_width(head) - 1, 20)) if args else []
        indent = " " * (text_width(head) + 1)
        self.write(head + (" " + rest[0] if rest else "") + "\n")
        for line in rest[1:]:
            self.write(indent + line + "\n")

    def write_heading(self, heading: str) -> None:
        self.write(f"{' ' * self.current_indent}{heading}：\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        width = max(self.width - self.current_indent, 20)
        out: list[str] = []
        for verbatim, lines in _blocks(text):
            if out:
                out.append("")
            if verbatim:
                out.extend(indent + line.rstrip() if line.strip() else "" for line in lines)
            else:
                out.extend(indent + line for line in wrap(join_lines(lines), width))
        self.write("\n".join(out) + "\n")

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        rows = [(first, second) for first, second in rows]
        first_col = min(max((text_width(first) for first, _ in rows), default=0), col_max) + col_spacing
        indent = " " * self.current_indent
        text_room = max(self.width - first_col - self.current_indent, 16)
        for first, second in rows:
            self.write(indent + first)
            if not second:
                self.write("\n")
                continue
            if text_width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - text_width(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = wrap(_tidy_help(second), text_room)
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(" " * (first_col + self.current_indent) + line + "\n")


def _tidy_help(text: str) -> str:
    """An option's help: click's ``  [默认：x; 环境变量：Y]`` with Chinese punctuation."""
    text = join_lines(text.split("\n"))
    return re.sub(r"\s*\[([^\[\]]+)\]$", lambda m: "〔" + m.group(1).replace("; ", "；") + "〕", text)


class ZhContext(click.Context):
    """A context whose help pages use :class:`ZhHelpFormatter`."""

    formatter_class = ZhHelpFormatter


# ---------------------------------------------------------------- commands


def localise(command: click.Command) -> click.Command:
    """Give a command Chinese placeholders, type names, summary and help layout (idempotent)."""
    if getattr(command, "_drafter_zh", False):
        return command
    command.context_class = ZhContext
    if command.options_metavar == "[OPTIONS]":
        command.options_metavar = OPTIONS_METAVAR
    if isinstance(command, click.Group) and command.subcommand_metavar in ("COMMAND [ARGS]...", None):
        command.subcommand_metavar = SUBCOMMAND_METAVAR
    if command.short_help is None and command.help:
        command.short_help = summary(command.help)
    for param in command.params:
        _localise_param(param)
    command._drafter_zh = True  # type: ignore[attr-defined]
    return command


def summary(help_text: str) -> str:
    """The first sentence of a help text (up to its first 。), for the command list."""
    first = join_lines(help_text.strip().split("\n\n")[0].split("\n"))
    end = first.find("。")
    return first if end < 0 else first[: end + 1]


def _localise_param(param: click.Parameter) -> None:
    kind = param.type
    name = TYPE_NAMES.get(getattr(kind, "name", ""))
    if name is not None and not isinstance(kind, click.Choice):
        kind = copy.copy(kind)
        kind.name = name
        param.type = kind
    if param.metavar is not None:
        return
    if isinstance(param, click.Argument):
        label = ARGUMENT_NAMES.get((param.name or "").lower())
        if label is not None:
            label += "..." if param.nargs != 1 else ""
            param.metavar = label if param.required else f"[{label}]"
    elif isinstance(param, click.Option) and not param.is_flag and name is not None:
        param.metavar = name


def usage_message(error: click.UsageError) -> str:
    """One Chinese line for a usage error, ending in a full stop or a question mark."""
    possibilities = list(getattr(error, "possibilities", None) or ())
    if isinstance(error, click.exceptions.NoSuchOption):
        text = f"没有选项 {error.option_name}"
        if possibilities:
            return text + f"，您是不是想用 {'、'.join(sorted(possibilities))}？"
    elif type(error).__name__ == "NoSuchCommand":
        text = f"没有名为“{getattr(error, 'command_name', '')}”的命令"
        if possibilities:
            return text + f"，您是不是想用 {'、'.join(sorted(possibilities))}？"
    elif isinstance(error, click.MissingParameter) and error.param is not None:
        text = _missing(error.param, error.ctx)
    else:
        text = error.format_message()
    text = re.sub(r"\s*'([^'\n]*)'\s*", r"“\1”", text)
    text = " ".join(re.sub(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]", "", text).split())
    text = text.rstrip("。.").replace(". ", "。")
    return text if text.endswith("？") else text + "。"


def _missing(param: click.Parameter, ctx: click.Context | None) -> str:
    if isinstance(param, click.Option):
        return f"缺少选项 {'/'.join(param.opts)}"
    try:
        label = param.make_metavar(ctx)  # type: ignore[arg-type]
    except TypeError:  # click < 8.2 takes no context
        label = param.make_metavar()  # type: ignore[call-arg]
    return f"缺少参数 {label}"


__all__ = ["CATALOG", "ZhContext", "ZhHelpFormatter", "install", "localise", "summary", "usage_message"]
