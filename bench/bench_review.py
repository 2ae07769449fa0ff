"""Review page size and load time: `.venv/bin/python bench/bench_review.py`.

For the bundled pair (archive/天津市河北区/2023.json and 2024.json, or the two example
reports ingested into a temporary archive when the bundled archive is not there) it builds
the page with ``drafter.render.review``, then opens it from disk in headless Chromium
(/usr/bin/chromium via Playwright) several times and takes the median DOMContentLoaded time
from the Navigation Timing entry. Budgets (issue 5): page < 1.5 MB, DOMContentLoaded ≤ 1 s.

A full-length pair (the seed against a next-year report made from it, see bench_diff.py)
is measured too, when bench_diff's generator can be imported: the page's worst case.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "archive"
REGION = "天津市河北区"
SIZE_BUDGET = 1_500_000
DCL_BUDGET_MS = 1000.0
LOADS = 9

sys.path.insert(0, str(ROOT / "tests"))
from chromium_args import ARGS, CHROMIUM  # noqa: E402  (the flags the tests launch it with)


def bundled_pair(tmp: Path) -> tuple[Any, Any, str]:
    from drafter.archive import load_report

    if (BUNDLED / REGION / "2023.json").is_file() and (BUNDLED / REGION / "2024.json").is_file():
        return load_report(BUNDLED, 2023, REGION), load_report(BUNDLED, 2024, REGION), "archive/ (bundled)"
    from drafter.ingest import ingest_file

    root = tmp / "archive"
    ingest_file(ROOT / "examples" / "tjhb-2023.txt", root)
    ingest_file(ROOT / "examples" / "tjhb-2024-opening.txt", root)
    return load_report(root, 2023), load_report(root, 2024), "examples/ ingested (no bundled archive yet)"


def full_pair(tmp: Path) -> tuple[Any, Any] | None:
    try:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_diff import next_year_text  # type: ignore[import-not-found]
    except Exception:  # noqa: BLE001 - the generator is optional here
        return None
    from drafter.archive import load_report
    from drafter.ingest import ingest_file

    root = tmp / "full"
    seed = ROOT / "examples" / "tjhb-2023.txt"
    later = tmp / "next.txt"
    later.write_text(next_year_text(seed.read_text(encoding="utf-8")), encoding="utf-8")
    ingest_file(seed, root)
    ingest_file(later, root)
    years = sorted(int(p.stem) for p in next(root.iterdir()).glob("*.json"))
    return load_report(root, years[0]), load_report(root, years[-1])


def build(a: Any, b: Any, path: Path) -> tuple[int, float]:
    from drafter.compare import diff_reports
    from drafter.render.review import render_review_html, write_review_html

    result = diff_reports(a, b)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        render_review_html(result, a, b)
        times.append(time.perf_counter() - start)
    write_review_html(result, a, b, path)
    return path.stat().st_size, statistics.median(times)


def load_times(path: Path) -> list[float]:
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(path.as_uri())  # warm-up load: the browser process itself, not the page
        for _ in range(LOADS):
            page.goto("about:blank")
            page.goto(path.as_uri(), wait_until="domcontentloaded")
            out.append(page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"))
        browser.close()
    return out


def report(name: str, path: Path, size: int, render_s: float) -> bool:
    print(f"{name}: page {size / 1000:.1f} kB (budget {SIZE_BUDGET / 1000:.0f} kB), render {render_s * 1000:.0f} ms (median of 5)")
    if not CHROMIUM.exists():
        print("  DOMContentLoaded: not measured, /usr/bin/chromium is missing")
        return size < SIZE_BUDGET
    times = load_times(path)
    median = statistics.median(times)
    print(f"  DOMContentLoaded median {median:.0f} ms over {LOADS} loads (min {min(times):.0f}, max {max(times):.0f}; budget {DCL_BUDGET_MS:.0f} ms)")
    return size < SIZE_BUDGET and median <= DCL_BUDGET_MS


def main() -> int:
    ok = True
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        a, b, origin = bundled_pair(tmp)
        path = tmp / "review.html"
        size, render_s = build(a, b, path)
        ok &= report(f"bundled pair {a.year}→{b.year} from {origin}", path, size, render_s)
        pair = full_pair(tmp)
        if pair is not None:
            path = tmp / "review-full.html"
            size, render_s = build(*pair, path)
            report(f"full-length pair {pair[0].year}→{pair[1].year} (seed and a generated next year; no budget)", path, size, render_s)
    print("OK" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
