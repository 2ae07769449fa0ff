"""drafter's one exception family.

Every error a user can cause is a ``DrafterError``. Its message is one line in Chinese in
three parts: what went wrong, why, and what to do. The CLI prints it and exits with
``exit_code`` (2: a usage or input error); nothing else in drafter prints tracebacks for
user mistakes.
"""

from __future__ import annotations


class DrafterError(Exception):
    """Base class: a problem the user can fix.

    what: what went wrong ("无法读取文件 a.txt")
    why:  the cause ("文件是空的")
    fix:  what to do ("请确认导出的报告含有正文后重试")
    """

    exit_code = 2

    def __init__(self, what: str, why: str = "", fix: str = "") -> None:
        self.what = what
        self.why = why
        self.fix = fix
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = self.what
        if self.why:
            text += f"：{self.why}"
        text = text.rstrip("。") + "。"
        if self.fix:
            text += self.fix.rstrip("。") + "。"
        return " ".join(text.split())


class InputError(DrafterError):
    """A file or argument that drafter cannot read or does not understand."""


class ArchiveError(DrafterError):
    """The archive is missing, unwritable, or does not hold what was asked for."""


class FigureError(DrafterError):
    """A number or unit that cannot be parsed."""


class SheetError(DrafterError):
    """A figures sheet with an unknown slot, a bad value or a wrong unit."""


class TemplateError(DrafterError):
    """A Jinja2 template that does not render with the data it is given."""
