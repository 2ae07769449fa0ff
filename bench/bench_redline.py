"""Redline speed: `.venv/bin/python bench/bench_redline.py`.

Times `drafter diff 2023 2024 --docx FILE` end to end (a new process each run, as a user runs
it) on two archived reports of the seed's size: the seed 2023 report and the scripted next
year of tests/redline_pair.py (figures changed, a paragraph added, removed and moved, two
chapters swapped). In the same run, on the same pair as .docx files (one paragraph per line
of each report, the text drafter compares):

* docx-trackdiff (its command line, a new process each run) — bar: drafter ≤ 2.5× its time;
* python-redlines with its Docxodus engine (in process; the engine is a .NET binary it
  starts) — bar: drafter below it.

Both are in the ``bench`` extra: `pip install -e '.[bench]'`. A baseline that is missing or
cannot run here is reported and skipped.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
RUNS = 11
TRACKDIFF_BAR = 2.5
#: Timed as installed: bytecode written and reused.
INSTALLED = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
BIN = Path(sys.executable).parent


def medians(fns: dict[str, Callable[[], object]], runs: int = RUNS) -> dict[str, float]:
    """Median seconds of each callable, run in turns (A, B, C, A, B, C …) so that a machine
    shared with other work loads every contender alike."""
    for fn in fns.values():
        fn()  # warm-up
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=INSTALLED)


def plain_docx(lines: list[str], path: Path) -> bytes:
    from docx import Document

    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(path)
    return path.read_bytes()


def redlines_runner(old: bytes, new: bytes) -> Callable[[], object] | None:
    try:
        from python_redlines import engines
    except ImportError:
        print("python-redlines is not installed (pip install -e '.[bench]'); skipped")
        return None
    try:
        engine = engines.DocxodusEngine()
        engine.run_redline("bench", old, new)
    except Exception as exc:  # a .NET binary: it may not run on this machine
        print(f"python-redlines cannot run here ({type(exc).__name__}: {exc}); skipped")
        return None
    return lambda: engine.run_redline("bench", old, new)


def line(name: str, seconds: float, note: str = "") -> None:
    print(f"{name:<46} median {seconds * 1000:8.1f} ms   {note}")


def main() -> None:
    from redline_pair import write_pair

    from drafter.archive import Archive
    from drafter.ingest import ingest_file
    from drafter.render.redline import report_lines

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        a_txt, b_txt = write_pair(folder)
        archive = folder / "archive"
        ingest_file(a_txt, archive)
        ingest_file(b_txt, archive)
        store = Archive.at(archive)
        a, b = store.load(2023, None), store.load(2024, None)
        a_docx = plain_docx([x.text for x in report_lines(a)], folder / "a.docx")
        b_docx = plain_docx([x.text for x in report_lines(b)], folder / "b.docx")
        out = folder / "redline.docx"
        drafter = str(BIN / "drafter")
        fns: dict[str, Callable[[], object]] = {
            "docx": lambda: run([drafter, "diff", "2023", "2024", "--archive", str(archive), "--docx", str(out), "--force"]),
            "plain": lambda: run([drafter, "diff", "2023", "2024", "--archive", str(archive)]),
        }
        trackdiff = BIN / "docx-trackdiff"
        if trackdiff.is_file():
            fns["trackdiff"] = lambda: run([str(trackdiff), str(folder / "a.docx"), str(folder / "b.docx"),
                                            str(folder / "td.docx"), "--date", "2024-01-10T00:00:00Z"])
        else:
            print("docx-trackdiff is not installed (pip install -e '.[bench]'); skipped")
        runner = redlines_runner(a_docx, b_docx)
        if runner is not None:
            fns["redlines"] = runner
        got = medians(fns)
        ours = got["docx"]
        line("drafter diff 2023 2024 --docx (seed size)", ours, f"{out.stat().st_size} bytes")
        line("drafter diff 2023 2024 (no --docx, for reference)", got["plain"],
             f"the redline adds {(ours - got['plain']) * 1000:.0f} ms")
        if "trackdiff" in got:
            ratio = ours / got["trackdiff"]
            verdict = "within" if ratio <= TRACKDIFF_BAR else "OVER"
            line("docx-trackdiff (.docx pair, CLI)", got["trackdiff"],
                 f"drafter/docx-trackdiff = {ratio:4.2f}× ({verdict} the {TRACKDIFF_BAR}× bar)")
        if "redlines" in got:
            verdict = "below" if ours < got["redlines"] else "NOT below"
            line("python-redlines Docxodus (.docx pair)", got["redlines"],
                 f"drafter/python-redlines = {ours / got['redlines']:4.2f}× ({verdict})")

if __name__ == "__main__":
    main()
