"""Pages opened from disk in Debian's headless Chromium with every request routed.

Importing this module skips the test module, with the reason, when /usr/bin/chromium or the
playwright package is missing. One Chromium serves the whole session (conftest's ``browser``
fixture, started by ``launched``); each test opens pages of its own in it. ``offline_page``
yields a page and two lists: the requests that tried to leave the page's own file: (aborted)
and the script errors seen.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from chromium_args import ARGS, CHROMIUM

if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[test]')")


@contextmanager
def launched() -> Iterator[Any]:
    """A headless Chromium, closed on leaving."""
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def offline_page(browser: Any, path: Path, width: int, height: int = 900) -> Iterator[tuple[Any, list[str], list[str]]]:
    """``path`` opened in a fresh context of ``browser``, every request but file: aborted."""
    outside: list[str] = []
    errors: list[str] = []
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    def route(r: Any) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    try:
        yield page, outside, errors
    finally:
        context.close()
