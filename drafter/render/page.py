"""One way to render a bundled HTML page (the review page, the check page).

Both pages live in the bundled templates folder and render the same way: Jinja with
``StrictUndefined`` and autoescape (report text is never markup), every value closed for bidi
controls (``drafter.render.bidi.finalize``); a missing or broken template is a ``TemplateError``
that names the page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from drafter.errors import TemplateError


def page_directory(template: str, page: str) -> Path:
    """Where ``template`` lives: the bundled templates folder (installed or source tree)."""
    from drafter.draft.templates import default_dir

    directory = default_dir()
    if not (directory / template).is_file():
        raise TemplateError(f"找不到{page}模板 {template}", f"{directory} 中没有该文件", "请重新安装 drafter")
    return directory


def render_page(
    template: str, page: str, context: dict[str, Any], filters: dict[str, Callable[..., Any]] | None = None
) -> str:
    """``template`` rendered with ``context``; ``page`` names it in errors (审阅页, 检查页)."""
    import jinja2

    from drafter.render.bidi import finalize

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(page_directory(template, page))),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=finalize,
    )
    env.filters.update(filters or {})
    try:
        return str(env.get_template(template).render(**context))
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{page}模板 {template} 渲染失败", str(exc), "请检查模板或重新安装 drafter") from None


__all__ = ["page_directory", "render_page"]
