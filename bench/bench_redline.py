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

Each line gives the median wall time and the median CPU time (``bench/timing.py``: this
process and the children it waited for). The ratios are given on both, from the same runs;
the bar is judged on CPU time, which the load of a shared machine disturbs least.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))
from timing import Timing, medians, run  # noqa: E402

RUNS = 11
TRACKDIFF_BAR = 2.5
BIN = Path(sys.executable).parent


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


def line(name: str, t: Timing, note: str = "") -> None:
    print(f"{name:<50} {t.text()}   {note}")


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
        got = medians(fns, RUNS)
        ours = got["docx"]
        line("drafter diff 2023 2024 --docx (seed size)", ours, f"{out.stat().st_size} bytes")
        line("drafter diff 2023 2024 (no --docx, for reference)", got["plain"],
             f"the redline adds {(ours.cpu - got['plain'].cpu) * 1000:.0f} ms cpu")
        if "trackdiff" in got:
            base = got["trackdiff"]
            ratio = ours.cpu / base.cpu
            verdict = "within" if ratio <= TRACKDIFF_BAR else "OVER"
            line("docx-trackdiff (.docx pair, CLI)", base,
                 f"drafter/docx-trackdiff = {ratio:4.2f}× cpu ({verdict} the {TRACKDIFF_BAR}× bar), "
                 f"{ours.wall / base.wall:4.2f}× wall")
        if "redlines" in got:
            base = got["redlines"]
            verdict = "below" if ours.cpu < base.cpu else "NOT below"
            line("python-redlines Docxodus (.docx pair)", base,
                 f"drafter/python-redlines = {ours.cpu / base.cpu:4.2f}× cpu ({verdict}), {ours.wall / base.wall:4.2f}× wall")


if __name__ == "__main__":
    main()
