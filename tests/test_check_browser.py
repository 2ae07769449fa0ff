"""The ``drafter check --html`` page in a real headless Chromium, as a reviewer opens it.

Skipped, with the reason, when /usr/bin/chromium or the playwright package is missing. The
page is opened from disk with every request routed: anything but file: fails the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CASES

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]

if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[test]')")


def test_page_shows_every_finding_offline(tmp_path):
    from drafter.check import check_report
    from drafter.check.render import write_html
    from drafter.ingest import parse_file

    result = check_report(parse_file(CASES / "check" / "linhe-2024-planted.txt"), parse_file(CASES / "check" / "linhe-2023.txt"))
    path = tmp_path / "check.html"
    write_html(result, path)
    outside: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

        def route(r):
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                outside.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.goto(path.as_uri())
        cards = page.locator(".finding")
        assert cards.count() == len(result.findings) == 10
        text = page.inner_text("body")
        browser.close()
    assert outside == [] and errors == []
    assert "共 10 处问题" in text and "中华人民共和国成立75周年" in text and "建议：" in text
