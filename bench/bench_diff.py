"""Diff speed: `.venv/bin/python bench/bench_diff.py`.

Times `drafter diff 2023 2024` end to end (a new process each run, as a user runs it) on
two archived reports of the seed's size: the seed 2023 report and a 2024 report made from it
by rolling every year forward, changing every fifth figure and rewriting a few sentences.
Budget: median ≤ 0.35 s on this 2-core machine. Also times the bundled archive's pair
(2023 whole, 2024 an excerpt) when it is there.

Baseline, in the same run: python-redlines comparing the same pair as .docx when it is
installed and its engine runs; otherwise a difflib.SequenceMatcher character diff of the
two texts (what a generic tool gives: digits, not figures). Printed as a ratio.

Each line gives the median wall time and the median CPU time (``bench/timing.py``); the
ratios are taken on CPU time, which the load of a shared machine disturbs least.
"""

from __future__ import annotations

import difflib
import re
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from timing import Timing, budget_line, medians, run  # noqa: E402

SEED = ROOT / "examples" / "tjhb-2023.txt"
BUDGET = 0.35
RUNS = 15


def next_year_text(text: str) -> str:
    """The seed turned into a plausible next-year report of the same size."""
    text = re.sub(r"(\d{4})年", lambda m: f"{int(m.group(1)) + 1}年", text)
    count = 0

    def bump(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        if count % 5:
            return m.group(0)
        value = Decimal(m.group(1)) * Decimal("1.1")
        return format(value.quantize(Decimal("0.01")).normalize(), "f") + m.group(2)

    text = re.sub(r"(\d+(?:\.\d+)?)(亿元|万元|家|个|%|万平方米|台|人)", bump, text)
    return text.replace("顺利通过国家卫生区复审验收。", "国家卫生区复审验收顺利通过，卫生创建成果得到巩固。")


def drafter_diff(archive: Path) -> None:
    run([str(Path(sys.executable).parent / "drafter"), "diff", "2023", "2024", "--archive", str(archive)])


def median(fn, runs: int = RUNS) -> Timing:
    return medians({"": fn}, runs)[""]


def redlines_runner(old: str, new: str, folder: Path):
    """A callable running python-redlines on .docx copies of the texts, or None if it cannot run."""
    try:
        from docx import Document
        from python_redlines import engines
    except ImportError:
        print("python-redlines is not installed (pip install 'python-redlines[docxodus]'); using difflib")
        return None
    paths = []
    for name, text in (("a.docx", old), ("b.docx", new)):
        doc = Document()
        for line in text.splitlines():
            if line.strip():
                doc.add_paragraph(line.strip())
        doc.save(folder / name)
        paths.append((folder / name).read_bytes())
    problems = []
    for name in ("DocxodusEngine", "XmlPowerToolsEngine"):
        try:
            engine = getattr(engines, name)()
            engine.run_redline("bench", paths[0], paths[1])
        except Exception as exc:  # the engines are .NET binaries; they may not run here
            problems.append(f"{name}: {type(exc).__name__}")
            continue
        print(f"python-redlines engine: {name}")
        return lambda: engine.run_redline("bench", paths[0], paths[1])
    print(f"python-redlines cannot run here ({'; '.join(problems)}); using difflib")
    return None


def main() -> None:
    from drafter.ingest import ingest_file

    old = SEED.read_text(encoding="utf-8")
    new = next_year_text(old)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "next.txt").write_text(new, encoding="utf-8")
        archive = folder / "archive"
        ingest_file(SEED, archive)
        ingest_file(folder / "next.txt", archive)
        ours = median(lambda: drafter_diff(archive))
        print(budget_line("drafter diff 2023 2024 (seed size)", ours, BUDGET, 40))
        bundled = ROOT / "archive"
        if (bundled / "天津市河北区" / "2024.json").is_file():
            print(budget_line("drafter diff 2023 2024 (bundled)", median(lambda: drafter_diff(bundled)), BUDGET, 40))
        runner = redlines_runner(old, new, folder)
        if runner is not None:
            base = median(runner, runs=5)
            print(f"{'python-redlines (.docx pair)':<40} {base.text()}   drafter/baseline = {ours.cpu / base.cpu:5.2f} (cpu)")
        base = median(lambda: difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes(), runs=5)
        print(f"{'difflib character diff (in process)':<40} {base.text()}   drafter/baseline = {ours.cpu / base.cpu:5.2f} (cpu)")


if __name__ == "__main__":
    main()
