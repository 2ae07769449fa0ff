"""The ``drafter history --html`` page in a real headless Chromium, as a reviewer opens it.

Skipped, with the reason, when /usr/bin/chromium or the playwright package is missing. Every
request is routed: anything but the page's own file: fails the test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from click.testing import Result
from offline_page import offline_page


def test_chart_and_rows_render_offline(browser: Any, run, six_years: tuple[Path, Result], tmp_path: Path) -> None:
    page_path = tmp_path / "gdp.html"
    assert run("history", "地区生产总值", "--html", page_path, "--archive", six_years[0]).exit_code == 0
    with offline_page(browser, page_path, 1000) as (page, outside, errors):
        box = page.locator("figure.chart svg").bounding_box()
        series = [page.locator(f"figure.chart svg .serie-{i}").count() > 0 for i in range(3)]
        labels = [t.strip() for t in page.locator("figure.chart svg text").all_text_contents()]
        rows = page.locator("tbody tr").all_inner_texts()
        statuses = page.locator("tbody td:nth-child(4)").all_inner_texts()
    assert outside == [] and errors == []
    assert box is not None and box["width"] > 500 and box["height"] > 200
    assert series == [True, True, False]  # targets and outcomes
    assert {"2018", "2024", "目标", "实绩"} <= set(labels)
    assert len(rows) == 7
    assert statuses == ["—", "完成", "未完成", "超额完成", "完成", "未完成", "—"]
