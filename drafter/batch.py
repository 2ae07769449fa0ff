"""Batch ingest: many files and folders into the archive, in parallel worker processes.

Each file goes through the same ``drafter.ingest.ingest_file`` as ``drafter ingest FILE``;
a worker process loads jieba's dictionary once and then ingests file after file, so a
folder of reports pays the start-up once per worker instead of once per report. A bad file
is skipped with its one-line reason and the batch goes on. Every report is written
atomically by the archive, so a batch stopped mid-way leaves each report either whole in
the archive or absent::

    from drafter.batch import ingest_paths
    result = ingest_paths(["报告/"], "archive", jobs=2)
    result.exit_code   # 0 all in, 1 some skipped, 2 none
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from drafter.errors import DrafterError, InputError

#: Suffixes a folder is searched for. Besides what drafter reads, the formats a writer often
#: has (.doc, .wps, .pdf …) are picked up too, so they are named in the summary with how to
#: convert them instead of being passed over in silence.
READABLE = (".txt", ".docx", ".html", ".htm", ".shtml", ".xhtml")
CONVERTIBLE = (".doc", ".wps", ".pdf", ".rtf", ".odt")

Status = Literal["imported", "replaced", "skipped"]


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file.

    path:   the file as found
    status: imported, replaced (an existing year, with ``force``) or skipped
    region, year: where it went in the archive (empty / 0 when skipped)
    title:  the report's title, when imported
    reason: the one-line Chinese reason, when skipped
    period: the part of the year a report covers (上半年), kept beside the year's report
    """

    path: str
    status: Status
    region: str = ""
    year: int = 0
    title: str = ""
    reason: str = ""
    period: str = ""


@dataclass(frozen=True)
class BatchResult:
    """Every file's outcome, in path order."""

    outcomes: tuple[FileOutcome, ...]

    def of(self, status: Status) -> tuple[FileOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status == status)

    @property
    def exit_code(self) -> int:
        """0 when every file went in, 1 when some were skipped, 2 when none went in."""
        skipped = len(self.of("skipped"))
        if not skipped:
            return 0
        return 2 if skipped == len(self.outcomes) else 1

    def summary(self) -> str:
        """One Chinese line: how many imported, replaced, skipped."""
        return (
            f"共 {len(self.outcomes)} 个文件：导入 {len(self.of('imported'))}，"
            f"替换 {len(self.of('replaced'))}，跳过 {len(self.of('skipped'))}"
        )


def find_files(paths: Iterable[str | os.PathLike[str]], archive: str | os.PathLike[str] | None = None) -> list[Path]:
    """The report files named by ``paths``: files as given, folders searched recursively for
    the known suffixes (hidden files, Word's ``~$`` lock files and the archive itself left out)."""
    from drafter.archive import resolve_root

    root = resolve_root(archive).resolve()
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise InputError(f"找不到“{given}”", "路径不存在", "请检查文件或文件夹的名称")
        if not path.is_dir():
            found.append(path)
            continue
        for item in sorted(path.rglob("*")):
            rel = item.relative_to(path).parts
            if any(p.startswith((".", "~$")) for p in rel) or not item.is_file():
                continue
            if item.suffix.lower() not in READABLE + CONVERTIBLE or _inside(item, root):
                continue
            found.append(item)
    unique = list(dict.fromkeys(found))
    if not unique:
        raise InputError("没有找到可导入的报告文件", "所给文件夹中没有 .txt、.docx 或 .html 文件",
                         "请检查路径，或直接给出报告文件")
    return unique


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root)


def ingest_one(
    path: str | os.PathLike[str],
    archive: str | os.PathLike[str] | None,
    region: str | None = None,
    force: bool = False,
) -> FileOutcome:
    """Ingest one file; a problem with it becomes a skipped outcome with its reason."""
    from drafter.ingest import ingest_file

    name = str(path)
    try:
        result = ingest_file(path, archive, region=region, force=force)
    except DrafterError as exc:
        return FileOutcome(name, "skipped", reason=exc.message)
    except RecursionError:
        return FileOutcome(name, "skipped", reason="文件结构嵌套过深，无法解析。请另存为 .txt 后重试。")
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        return FileOutcome(
            name, "skipped", reason=f"解析时出现意外错误（{type(exc).__name__}）。请将该文件提供给维护者。"
        )
    meta = result.report.meta
    status: Status = "replaced" if result.replaced else "imported"
    return FileOutcome(name, status, meta.region, meta.year, meta.title, period=meta.period)


def _warm_up() -> None:
    """Load jieba's dictionary once in a worker, before its first file."""
    from drafter.segment import tokenize

    tokenize("预热")


def ingest_paths(
    paths: Sequence[str | os.PathLike[str]],
    archive: str | os.PathLike[str] | None = None,
    *,
    jobs: int | None = None,
    region: str | None = None,
    force: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_done: Callable[[FileOutcome], None] | None = None,
) -> BatchResult:
    """Ingest every report file under ``paths`` into the archive.

    jobs:     worker processes (default: the CPU count); 1 ingests in this process
    region:   as ``--region`` for every file
    force:    replace years already archived
    on_start: called once with the number of files found
    on_done:  called with each file's outcome as it finishes (for a progress bar)
    """
    files = find_files(paths, archive)
    if on_start is not None:
        on_start(len(files))
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(files)))
    outcomes: list[FileOutcome] = []

    def done(outcome: FileOutcome) -> None:
        outcomes.append(outcome)
        if on_done is not None:
            on_done(outcome)

    if jobs == 1:
        for path in files:
            done(ingest_one(path, archive, region, force))
    else:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_warm_up) as pool:
            futures = [pool.submit(ingest_one, path, archive, region, force) for path in files]
            for future in as_completed(futures):
                done(future.result())
    order = {str(p): i for i, p in enumerate(files)}
    return BatchResult(tuple(sorted(outcomes, key=lambda o: order[o.path])))


__all__ = ["BatchResult", "FileOutcome", "find_files", "ingest_one", "ingest_paths"]
