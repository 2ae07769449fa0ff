"""The review page in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

Skipped, with the reason, when /usr/bin/chromium or the playwright package is missing
(tests/offline_page.py); the session's one Chromium is conftest's ``browser``.
Every page is opened from disk with all requests routed: any URL that is not file: or data:
fails the test, and ``page.on("request")`` is checked as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from offline_page import sync_api  # noqa: F401  (skips this module without Chromium or playwright)
from review_pair import IMG, SCRIPT, diff_result, reports

from drafter.render.review import write_review_html


class Opened:
    """A page opened from disk, with what it printed and asked for."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())

    def _route(self, route: Any) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def assert_clean(self) -> None:
        assert self.errors == []
        assert self.blocked == []
        assert all(u.startswith(("file:", "data:")) for u in self.requests), self.requests

    def in_view(self, selector: str) -> bool:
        return bool(self.page.evaluate(
            """(sel) => { const el = document.querySelector(sel); if (!el) return false;
                const r = el.getBoundingClientRect();
                return r.bottom > 0 && r.top < window.innerHeight && r.height > 0; }""",
            selector,
        ))


@pytest.fixture(scope="module")
def bundled_page(browser: Any, seed_diff: tuple[Any, Any, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Opened, Any]]:
    result, a, b = seed_diff
    path = tmp_path_factory.mktemp("browser") / "review.html"
    write_review_html(result, a, b, path)
    opened = Opened(browser, path)
    yield opened, result
    opened.page.close()


def test_bundled_page_opens_clean(bundled_page: tuple[Opened, Any], artifacts: Path) -> None:
    opened, result = bundled_page
    opened.assert_clean()
    assert opened.page.locator("#ledger-table tbody tr").count() == len(result.to_dict()["targets"])
    assert opened.page.evaluate("document.documentElement.className") == "js"
    opened.page.screenshot(path=str(artifacts / "review.png"))


def test_clicking_a_ledger_row_scrolls_to_its_sentence(bundled_page: tuple[Opened, Any]) -> None:
    opened, _ = bundled_page
    page = opened.page
    rows = page.locator("#ledger-table tbody tr")
    last = rows.nth(rows.count() - 1)  # far down the page from the ledger
    go = last.get_attribute("data-go")
    assert go
    page.evaluate("window.scrollTo(0, 0)")
    assert not opened.in_view(f"#{go}")
    last.locator("td.ind").click()
    page.wait_for_timeout(100)
    assert opened.in_view(f"#{go}")
    assert "flash" in (page.locator(f"#{go}").get_attribute("class") or "")
    opened.assert_clean()


def test_toggle_hides_unchanged_sections(bundled_page: tuple[Opened, Any]) -> None:
    page = bundled_page[0].page
    unchanged = page.locator("section.sec.unchanged")
    changed = page.locator("section.sec.changed")
    assert unchanged.count() > 0 and changed.count() > 0
    assert unchanged.first.is_visible()
    page.locator("label[for=only-changed]").click()
    assert page.is_checked("#only-changed")
    assert not unchanged.first.is_visible() and not unchanged.last.is_visible()
    assert changed.first.is_visible()
    page.locator("label[for=only-changed]").click()
    assert unchanged.first.is_visible()


def test_n_and_p_move_between_changes(bundled_page: tuple[Opened, Any]) -> None:
    opened, _ = bundled_page
    page = opened.page
    page.evaluate("window.scrollTo(0, 0)")
    page.locator("body").click(position={"x": 5, "y": 5})
    ids = []
    for _ in range(3):
        page.keyboard.press("n")
        current = page.locator(".stop.current")
        assert current.count() == 1
        ids.append(current.get_attribute("id"))
        assert opened.in_view(f"#{ids[-1]}")
    assert len(set(ids)) == 3
    assert [int(i[1:]) for i in ids] == sorted(int(i[1:]) for i in ids)
    page.keyboard.press("p")
    assert page.locator(".stop.current").get_attribute("id") == ids[1]
    assert re.match(r"第 2 / \d+ 处", page.inner_text("#nav-pos"))


@pytest.fixture(scope="module")
def ledger_page(browser: Any, ledger_compared: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Opened, Any]]:
    """tests/ledger's pair: whole chapters of part 一 rewritten (54 changes)."""
    compared = ledger_compared
    path = tmp_path_factory.mktemp("ledger-browser") / "review.html"
    write_review_html(compared.result, compared.a, compared.b, path)
    opened = Opened(browser, path)
    yield opened, compared.result
    opened.page.close()


def test_n_visits_each_counted_change_once(ledger_page: tuple[Opened, Any]) -> None:
    opened, result = ledger_page
    page = opened.page
    total = result.change_total()
    assert int(page.inner_text("#change-total")) == total == 54
    page.evaluate("window.scrollTo(0, 0)")
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("n")
    assert page.inner_text("#nav-pos") == f"第 1 / {total} 处"
    seen = {page.locator(".stop.current").get_attribute("id")}
    for _ in range(total - 1):
        page.keyboard.press("n")
        seen.add(page.locator(".stop.current").get_attribute("id"))
    assert page.inner_text("#nav-pos") == f"第 {total} / {total} 处"
    assert len(seen) == total
    page.keyboard.press("n")  # the last stays the last
    assert page.inner_text("#nav-pos") == f"第 {total} / {total} 处"
    opened.assert_clean()


def test_unfilled_status_has_a_colour_and_a_label(browser: Any, tmp_path: Path) -> None:
    """A draft's slot in the ledger (未填写) shows a swatch and a badge of its own colour."""
    from click.testing import CliRunner
    from conftest import BUNDLED

    from drafter.app import compare_specs
    from drafter.cli import cli

    draft = tmp_path / "draft-2024.docx"
    assert CliRunner().invoke(cli, ["draft", "2024", "-o", str(draft), "--archive", str(BUNDLED)]).exit_code == 0
    compared = compare_specs("2023", str(draft), archive=BUNDLED)
    path = tmp_path / "unfilled.html"
    write_review_html(compared.result, compared.a, compared.b, path)
    opened = Opened(browser, path)
    page = opened.page
    badge = page.locator("#ledger-table .badge.st-unfilled").first
    assert badge.inner_text().strip() == "未填写"
    style = page.evaluate(
        """() => { const b = document.querySelector('#ledger-table .badge.st-unfilled');
            const s = b.querySelector('.swatch'); const met = document.createElement('span');
            met.className = 'badge st-met'; document.body.appendChild(met);
            return [getComputedStyle(b).backgroundColor, getComputedStyle(s).backgroundColor,
                    getComputedStyle(b).borderTopStyle, getComputedStyle(met).backgroundColor]; }"""
    )
    background, swatch, border, other = style
    assert background not in ("rgba(0, 0, 0, 0)", "transparent", other)
    assert swatch not in ("rgba(0, 0, 0, 0)", "transparent")
    assert border == "dashed"
    chip = page.locator(".chip.st-unfilled")
    assert chip.count() == 1 and "未填写" in chip.inner_text()
    opened.assert_clean()
    page.close()


def test_status_filter_and_sort(bundled_page: tuple[Opened, Any]) -> None:
    page = bundled_page[0].page
    page.select_option("#status-filter", "exceeded")
    visible = page.locator("#ledger-table tbody tr:visible")
    assert visible.count() >= 1
    assert all(visible.nth(i).get_attribute("data-status") == "exceeded" for i in range(visible.count()))
    page.select_option("#status-filter", "")
    page.click("button[data-sort=completion]")
    values = [v for v in page.eval_on_selector_all("#ledger-table tbody tr", "rs => rs.map(r => r.getAttribute('data-completion'))") if v]
    assert [float(v) for v in values] == sorted(float(v) for v in values)


def test_hostile_text_shows_as_text_and_runs_nothing(browser: Any, tmp_path: Path) -> None:
    a, b = reports()
    path = tmp_path / "hostile.html"
    write_review_html(diff_result(a, b), a, b, path)
    opened = Opened(browser, path)
    page = opened.page
    text = page.inner_text("body")
    assert SCRIPT in text and IMG in text
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("main img").count() == 0
    assert page.locator("script").count() == 1
    opened.assert_clean()
    page.close()


def test_page_reads_with_javascript_off(browser: Any, tmp_path: Path) -> None:
    a, b = reports()
    path = tmp_path / "nojs.html"
    write_review_html(diff_result(a, b), a, b, path)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(path.as_uri())
    assert page.locator("#ledger-table tbody tr").count() == 3
    assert not page.locator("#status-filter").is_visible()  # JS-only controls are hidden
    unchanged = page.locator("tr.para.unchanged")
    assert unchanged.count() == 1 and unchanged.is_visible()
    page.locator("label[for=only-changed]").click()  # the toggle is pure CSS
    assert not unchanged.is_visible()
    assert page.locator("tr.para.changed").first.is_visible()
    context.close()
