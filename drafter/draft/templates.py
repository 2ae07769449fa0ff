"""The Jinja2 templates of a draft: find them, render them strictly, check them.

The bundled templates live in the repository's top-level ``templates/`` folder (installed as
``drafter/templates``). A user copies the folder, edits it and passes ``--template DIR``.
Rendering uses ``StrictUndefined``; any template error names the file, the line and the
lines around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.errors import TemplateError

MAIN = "report.j2"
#: Top-level names the draft context provides (see ``drafter.draft.build.draft_context``).
#: ``plan`` is the first plan part; ``plan_parts`` all of them (二、目标 and 三、任务 in
#: reports that split the plan in two).
CONTEXT_KEYS = (
    "base_year",
    "closing",
    "execution",
    "highlight",
    "legend",
    "meeting",
    "plan",
    "plan_parts",
    "plan_year",
    "preamble",
    "region",
    "speaker",
    "title",
    "year",
)


def default_dir() -> Path:
    """The bundled templates: the source tree's templates/, or where an install put them.

    pyproject's data-files install the top-level templates/ folder to
    ``<prefix>/share/drafter/templates``; a checkout or editable install uses it in place.
    """
    here = Path(__file__).resolve().parent
    candidates = [here.parent / "templates", here.parents[1] / "templates"]
    candidates += [Path(p) / "share" / "drafter" / "templates" for p in _prefixes()]
    return next((c for c in candidates if (c / MAIN).is_file()), candidates[1])


def _prefixes() -> list[str]:
    import site
    import sys
    import sysconfig

    return [sysconfig.get_path("data"), sys.prefix, site.getuserbase()]


def template_dir(path: str | Path | None) -> Path:
    directory = default_dir() if path is None else Path(path)
    if not (directory / MAIN).is_file():
        raise TemplateError(
            f"模板文件夹 {directory} 中没有 {MAIN}",
            "草稿从这个主模板开始渲染",
            "请用 drafter template --export DIR 复制一份自带模板后修改",
        )
    return directory


def environment(directory: Path) -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(directory)),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _bytecode_cache() -> Any:
    """Compiled templates cached per user (keyed by the template's source checksum): compiling
    the two draft templates costs more than the rest of a draft. None when no cache folder can
    be made; $DRAFTER_NO_CACHE=1 turns it off."""
    import os

    if os.environ.get("DRAFTER_NO_CACHE"):
        return None
    from jinja2 import FileSystemBytecodeCache

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "drafter", "jinja")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(folder)


def render(context: dict[str, Any], path: str | Path | None = None) -> str:
    """Render the main template with ``context``; a failure is a TemplateError with location."""
    import jinja2

    directory = template_dir(path)
    env = environment(directory)
    try:
        return str(env.get_template(MAIN).render(**context))
    except jinja2.TemplateSyntaxError as exc:
        raise _located(
            directory, exc.filename or exc.name or MAIN, exc.lineno, f"语法错误：{syntax_text(exc.message)}"
        ) from None
    except jinja2.TemplateError as exc:
        name, line = _template_frame(exc, directory)
        raise _located(directory, name, line, f"渲染失败：{_undefined_text(exc)}") from None


def _template_frame(exc: BaseException, directory: Path) -> tuple[str, int]:
    """The innermost traceback frame inside a template file: (file name, line)."""
    found = (MAIN, 0)
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


#: Jinja's syntax messages → Chinese (pattern, replacement); the first that matches wins.
_JINJA_SYNTAX = (
    (r"Encountered unknown tag '([^']+)'\.?", r"未知的标签“\1”"),
    (r"[Uu]nexpected end of template, expected '([^']+)'\.?", r"模板提前结束，缺少“\1”"),
    (r"[Uu]nexpected end of template\.?", "模板提前结束"),
    (r"expected token '([^']+)', got '([^']+)'", r"此处应为“\1”，却是“\2”"),
    (r"unexpected char '(.+)' at \d+", r"不该出现的字符“\1”"),
    (r"unexpected '([^']+)'", r"多了“\1”"),
    (r"Missing end of comment tag", "注释缺少结尾的 #}"),
)
_JINJA_NAMES = {"end of print statement": "}}", "end of statement block": "%}"}
_LOOKING_FOR = re.compile(r"\s*Jinja was looking for the following tags: (.+?)\. The innermost block that needs to be "
                          r"closed is '([^']+)'\.")


def syntax_text(message: str | None) -> str:
    """A Jinja syntax message in Chinese (``Encountered unknown tag 'foo'.`` → ``未知的标签“foo”``)."""
    message = message or ""
    tail = ""
    looking = _LOOKING_FOR.search(message)
    if looking:
        wanted = "、".join(re.findall(r"'([^']+)'", looking.group(1)))
        tail = f"；这里应为 {wanted}，尚未结束的是“{looking.group(2)}”块"
        message = message[: looking.start()]
    for pattern, replacement in _JINJA_SYNTAX:
        if re.fullmatch(pattern, message.strip()):
            text = re.sub(pattern, replacement, message.strip())
            for name, mark in _JINJA_NAMES.items():
                text = text.replace(name, mark)
            return text + tail
    return message + tail


def _undefined_text(exc: BaseException) -> str:
    message = str(exc)
    if "is undefined" in message or "has no attribute" in message:
        return f"数据中没有 {message.replace(' is undefined', '').replace('has no attribute', '没有属性')}"
    return message


def _located(directory: Path, name: str, line: int | None, problem: str) -> TemplateError:
    path = Path(name)
    if not path.is_absolute():
        path = directory / name
    around = ""
    if line and path.is_file():
        lines = path.read_text(encoding="utf-8").splitlines()
        lo, hi = max(1, line - 1), min(len(lines), line + 1)
        around = " ｜ ".join(
            f"{'>' if n == line else ' '}{n}: {lines[n - 1].strip()}" for n in range(lo, hi + 1)
        )
    where = f"{path.name} 第{line}行" if line else path.name
    return TemplateError(
        f"模板 {where}{problem}", around, "请对照 drafter template --check 的输出修改模板"
    )


@dataclass(frozen=True)
class TemplateReport:
    """What ``drafter template --check`` finds: per file, the variables used and those missing."""

    files: tuple[tuple[str, tuple[str, ...]], ...]
    missing: tuple[tuple[str, str], ...]  # (file, variable) the context does not provide
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.missing and not self.error


def check_templates(
    path: str | Path | None, context: dict[str, Any] | None = None
) -> TemplateReport:
    """List each template's free variables; report those the draft data lacks and render errors."""
    import jinja2
    from jinja2 import meta

    directory = template_dir(path)
    env = environment(directory)
    files: list[tuple[str, tuple[str, ...]]] = []
    missing: list[tuple[str, str]] = []
    try:
        names = draft_templates(directory)
    except jinja2.TemplateSyntaxError as exc:
        return TemplateReport(
            (),
            (),
            _located(
                directory, exc.filename or MAIN, exc.lineno, f"语法错误：{syntax_text(exc.message)}"
            ).message,
        )
    for file in (directory / n for n in names):
        source = file.read_text(encoding="utf-8")
        try:
            names = sorted(meta.find_undeclared_variables(env.parse(source)))
        except jinja2.TemplateSyntaxError as exc:
            return TemplateReport(
                tuple(files),
                (),
                _located(directory, file.name, exc.lineno, f"语法错误：{syntax_text(exc.message)}").message,
            )
        files.append((file.name, tuple(names)))
        missing.extend((file.name, n) for n in names if n not in CONTEXT_KEYS)
    error = ""
    if context is not None and not missing:
        try:
            render(context, directory)
        except TemplateError as exc:
            error = exc.message
    return TemplateReport(tuple(files), tuple(missing), error)


def export_templates(target: str | Path) -> Path:
    """Copy the bundled templates to ``target`` (which must not hold them already)."""
    from drafter.atomic import reason, write_output

    target = Path(target)
    if (target / MAIN).exists():
        raise TemplateError(f"{target} 中已有 {MAIN}", "不会覆盖已有模板", "请换一个空文件夹")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TemplateError(f"无法建立文件夹 {target}", reason(exc), "请换一个可写的位置") from None
    for name in draft_templates(default_dir()):
        write_output(target / name, (default_dir() / name).read_bytes(), force=False, error=TemplateError)
    return target


def draft_templates(directory: Path) -> list[str]:
    """The draft's template files: report.j2 and every template it imports or includes.

    The folder also holds other commands' templates (the review page); they are not the draft's.
    """
    from jinja2 import meta

    env = environment(directory)
    found, queue = [MAIN], [MAIN]
    while queue:
        source = (directory / queue.pop()).read_text(encoding="utf-8")
        for name in meta.find_referenced_templates(env.parse(source)):
            if name and name not in found and (directory / name).is_file():
                found.append(name)
                queue.append(name)
    return sorted(found)


__all__ = [
    "CONTEXT_KEYS",
    "MAIN",
    "TemplateReport",
    "check_templates",
    "default_dir",
    "draft_templates",
    "export_templates",
    "render",
]
