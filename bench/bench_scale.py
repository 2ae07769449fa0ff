"""Scale: `.venv/bin/python bench/bench_scale.py [--reports 1000] [--jobs 2] [--keep DIR]`.

Generates N seed-size reports by scripted variation of the real seed (bench/variants.py:
years moved, the district renamed, the growth target and outcome set, every seventh figure
scaled), N/5 districts of five years each, then measures on this machine:

- ingest, one by one: `drafter ingest FILE` as a new process per report (a sample of 8),
  seconds per report — what a user pays today;
- ingest, batch: `drafter ingest FOLDER --jobs J` over all N, seconds per report;
- archive bytes per report (the JSON; the kept source file apart);
- `drafter search` end to end: first run (builds the index), then the median of repeated
  runs for a word every report has, a figure, and a query that needs jieba to split it;
- `drafter history 地区生产总值 --region R` and `drafter history --region R` end to end;
- `drafter export -o x.sqlite` over the whole archive;
- `drafter list` end to end: the first run on an archive without its metadata indexes (an
  archive written by an older drafter: every report is read once and the indexes written),
  then the median of repeated runs, with CPU time;
- peak memory (max RSS) of each command, batch ingest counting its largest worker.

Prints one line per measure; docs/SCALE.md extrapolates them to 30,000 reports.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from variants import district_name, variant  # noqa: E402

BIN = Path(sys.executable).parent / "drafter"
INSTALLED = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "DRAFTER_ARCHIVE")}
YEARS = (2019, 2020, 2021, 2022, 2023)
MEASURES = ("ingest", "list", "search", "history", "export")
#: The metadata index ``drafter list`` reads in each region folder (removed for the first run).
LIST_INDEX = ".drafter-index"


def generate(folder: Path, count: int) -> list[Path]:
    """``count`` reports: districts of five years each, growth figures drawn per district."""
    folder.mkdir(parents=True, exist_ok=True)
    seed_text = (HERE.parent / "examples" / "tjhb-2023.txt").read_text(encoding="utf-8")
    paths = []
    for n in range(count):
        district, year = district_name(n // len(YEARS)), YEARS[n % len(YEARS)]
        rng = random.Random(n)
        outcome, target = f"{rng.randint(20, 80) / 10:g}", f"{rng.randint(40, 70) / 10:g}"
        text = variant(year, district=district, outcome=outcome, target=target, number=n + 1, text=seed_text)
        path = folder / district / f"{year}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def timed(cmd: list[str]) -> tuple[float, int, int]:
    """Wall seconds, exit code and peak RSS (KB) of one command and its children."""
    wall, _, code, rss = timed_cpu(cmd)
    return wall, code, rss


def timed_cpu(cmd: list[str]) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds (user + system, worker processes included), exit code and
    peak RSS (KB) of one command. CPU time is what a report costs whatever else the machine
    runs; wall time is what a user waits on this (shared) machine."""
    before = os.times()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=INSTALLED)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return seconds, cpu, os.waitstatus_to_exitcode(status), usage.ru_maxrss


def median_of(cmd: list[str], runs: int = 7) -> tuple[float, int]:
    results = [timed(cmd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[2] for r in results)


def line(name: str, value: str, rss_kb: int | None = None) -> None:
    mem = f"   peak {rss_kb / 1024:6.0f} MB" if rss_kb else ""
    print(f"{name:<46} {value}{mem}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, default=None, help="work in this folder and keep it")
    parser.add_argument("--only", choices=MEASURES, action="append", default=None,
                        help="run only these measures (the archive is built when missing)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="drafter-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        run(work, args.reports, args.jobs, set(args.only or MEASURES))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


def run(work: Path, count: int, jobs: int, only: set[str]) -> None:
    print(f"{count} seed-size reports, {os.cpu_count()} CPUs, --jobs {jobs}, in {work}", flush=True)
    reports = work / "reports"
    paths = generate(reports, count) if not reports.is_dir() else sorted(reports.rglob("*.txt"))
    drafter = str(BIN)

    if "ingest" in only:
        ingest_one_by_one(work, paths, drafter)
    archive = work / "archive"
    if not archive.is_dir():
        seconds, cpu, code, rss = timed_cpu(
            [drafter, "ingest", str(reports), "--archive", str(archive), "--jobs", str(jobs)])
        per_batch, cpu_batch = seconds / len(paths), cpu / len(paths)
        line(f"ingest batch --jobs {jobs} ({len(paths)} reports, exit {code})",
             f"{seconds:7.1f} s = {per_batch:.3f} s wall, {cpu_batch:.3f} s CPU per report, "
             f"{len(paths) / seconds * 3600:,.0f}/hour", rss)
    if "list" in only:
        measure_list(archive, drafter)
    if "search" in only:
        measure_search(archive, drafter)
    if "history" in only:
        measure_history(archive, drafter)
    if "export" in only:
        measure_export(work, archive, drafter)


def measure_list(archive: Path, drafter: str) -> None:
    """``drafter list``: first on the archive without metadata indexes (as an older drafter
    left it), then as it stays."""
    for index in archive.glob(f"*/{LIST_INDEX}"):
        index.unlink()
    cmd = [drafter, "list", "--archive", str(archive)]
    seconds, cpu, code, rss = timed_cpu(cmd)
    line(f"list, no metadata index yet (exit {code})", f"{seconds:7.2f} s wall, {cpu:.2f} s CPU", rss)
    runs = [timed_cpu(cmd) for _ in range(7)]
    line("list (median of 7)", f"{statistics.median(r[0] for r in runs):7.3f} s wall, "
         f"{statistics.median(r[1] for r in runs):.3f} s CPU", max(r[3] for r in runs))


def ingest_one_by_one(work: Path, paths: list[Path], drafter: str) -> None:
    # one by one, as a user does today: a new process (and a jieba load) per report
    single = work / "single"
    shutil.rmtree(single, ignore_errors=True)
    sample = paths[:: max(1, len(paths) // 8)][:8]
    one = [timed_cpu([drafter, "ingest", str(p), "--archive", str(single)]) for p in sample]
    per_one = statistics.median(t for t, _, _, _ in one)
    cpu_one = statistics.median(c for _, c, _, _ in one)
    line("ingest one by one (per report, median of 8)", f"{per_one:7.3f} s wall, {cpu_one:.3f} s CPU",
         max(r for _, _, _, r in one))

    line("ingest one by one per report, CPU", f"{cpu_one:7.3f} s (compare the batch's CPU per report)")


def measure_search(archive: Path, drafter: str) -> None:
    jsons = list(archive.rglob("*.json"))
    size = sum(p.stat().st_size for p in jsons)
    sources = sum(p.stat().st_size for p in archive.rglob("*.source.*"))
    line("archive JSON bytes per report", f"{size / len(jsons):9,.0f} ({len(jsons)} reports, {size / 1e6:.1f} MB)")
    line("kept source bytes per report", f"{sources / len(jsons):9,.0f}")


    index = archive / ".search.sqlite"
    index.unlink(missing_ok=True)
    seconds, _, rss = timed([drafter, "search", "地区生产总值", "--archive", str(archive)])
    line("search, first run (builds the index)", f"{seconds:7.2f} s, index {index.stat().st_size / 1e6:.0f} MB", rss)
    for query in ("地区生产总值", "口袋公园", "4.5%", "营商环境 口袋公园", "智慧停车"):
        seconds, rss = median_of([drafter, "search", query, "--archive", str(archive)])
        line(f"search {query!r} (median)", f"{seconds:7.3f} s", rss)


def measure_history(archive: Path, drafter: str) -> None:
    region = district_name(0)
    region = next(p.name for p in archive.iterdir() if p.is_dir() and p.name.endswith(region))
    seconds, rss = median_of([drafter, "history", "地区生产总值", "--region", region, "--archive", str(archive)], runs=5)
    line("history 地区生产总值 --region (median)", f"{seconds:7.3f} s", rss)
    seconds, rss = median_of([drafter, "history", "--region", region, "--archive", str(archive)], runs=5)
    line("history --region, headline record (median)", f"{seconds:7.3f} s", rss)


def measure_export(work: Path, archive: Path, drafter: str) -> None:
    out = work / "export.sqlite"
    out.unlink(missing_ok=True)
    seconds, code, rss = timed([drafter, "export", "-o", str(out), "--archive", str(archive)])
    line(f"export sqlite, whole archive (exit {code})", f"{seconds:7.1f} s, {out.stat().st_size / 1e6:.0f} MB", rss)


if __name__ == "__main__":
    main()
