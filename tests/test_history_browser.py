"""The ``drafter history --html`` page in a real headless Chromium, as a reviewer opens it.

Skipped, with the reason, when /usr/bin/chromium or the playwright package is missing. Every
request is routed: anything but the page's own file: fails the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import Result

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]

if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[test]')")


def test_chart_and_rows_render_offline(run, six_years: tuple[Path, Result], tmp_path: Path) -> None:
    page_path = tmp_path / "gdp.html"
    assert run("history", "地区生产总值", "--html", page_path, "--archive", six_years[0]).exit_code == 0
    outside: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1000, "height": 900})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

        def route(r):
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                outside.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.goto(page_path.as_uri())
        box = page.locator("figure.chart svg").bounding_box()
        series = [page.locator(f"figure.chart svg .serie-{i}").count() > 0 for i in range(3)]
        labels = [t.strip() for t in page.locator("figure.chart svg text").all_text_contents()]
        rows = page.locator("tbody tr").all_inner_texts()
        statuses = page.locator("tbody td:nth-child(4)").all_inner_texts()
        browser.close()
    assert outside == [] and errors == []
    assert box is not None and box["width"] > 500 and box["height"] > 200
    assert series == [True, True, False]  # targets and outcomes
    assert {"2018", "2024", "目标", "实绩"} <= set(labels)
    assert len(rows) == 7
    assert statuses == ["—", "完成", "未完成", "超额完成", "完成", "未完成", "—"]
