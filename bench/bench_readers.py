"""Reader speed: `.venv/bin/python bench/bench_readers.py`.

Reads the seed report in each format the readers take (.txt, the LibreOffice .docx, the saved
page in UTF-8 and GBK) and a page 20× the seed's length (a long report or a site that inlines
a lot of chrome), printing the median of repeated in-process reads. Budget: 100 ms for one
seed-sized file in any format (a reader must never be what a user waits for; a whole ingest
also parses, extracts figures and segments), 1 s for the 20× page.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from drafter.read import read_file
from drafter.read.docx import read_docx
from drafter.read.html import read_html

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def median_ms(fn, runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def line(name: str, ms: float, budget_ms: float, blocks: int) -> None:
    print(f"{name:<34} median {ms:8.1f} ms   {ms / budget_ms:5.2f}× budget {budget_ms:.0f} ms   {blocks} blocks")


def main() -> None:
    read_file(ROOT / "examples" / "tjhb-2023.txt")  # warm imports
    read_docx((FIXTURES / "seed-2023-libreoffice.docx").read_bytes(), "warm.docx")
    for path in (
        ROOT / "examples" / "tjhb-2023.txt",
        FIXTURES / "seed-2023-libreoffice.docx",
        FIXTURES / "seed-2023-page.html",
        FIXTURES / "seed-2023-page-gbk.html",
    ):
        blocks = len(read_file(path).blocks)
        line(f"read {path.name}", median_ms(lambda p=path: read_file(p)), 100, blocks)
    page = (FIXTURES / "seed-2023-page.html").read_text(encoding="utf-8")
    start, end = page.index('<div class="Custom_UnionStyle">'), page.index("      </div></div>\n    </div>")
    body = page[start + len('<div class="Custom_UnionStyle">') : end]
    big = (page[: start + len('<div class="Custom_UnionStyle">')] + body * 20 + page[end:]).encode("utf-8")
    blocks = len(read_html(big, "big.html").blocks)
    line(f"read 20× page ({len(big) // 1024} KB)", median_ms(lambda: read_html(big, "big.html"), 5), 1000, blocks)


if __name__ == "__main__":
    main()
