"""The ``drafter check --html`` page in a real headless Chromium, as a reviewer opens it.

Skipped, with the reason, when /usr/bin/chromium or the playwright package is missing. The
page is opened from disk with every request routed: anything but file: fails the test.
"""

from __future__ import annotations

from conftest import CASES
from offline_page import offline_page


def test_page_shows_every_finding_offline(browser, tmp_path):
    from drafter.check import check_report
    from drafter.check.render import write_html
    from drafter.ingest import parse_file

    result = check_report(parse_file(CASES / "check" / "linhe-2024-planted.txt"), parse_file(CASES / "check" / "linhe-2023.txt"))
    path = tmp_path / "check.html"
    write_html(result, path)
    with offline_page(browser, path, 1100) as (page, outside, errors):
        cards = page.locator(".finding")
        assert cards.count() == len(result.findings) == 10
        text = page.inner_text("body")
    assert outside == [] and errors == []
    assert "共 10 处问题" in text and "中华人民共和国成立75周年" in text and "建议：" in text
