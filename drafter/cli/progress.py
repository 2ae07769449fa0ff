"""``drafter ingest PATH...``: a batch with a progress bar on a terminal and a summary."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click


def batch_ingest(
    paths: Sequence[str], archive_dir: str | None, *, jobs: int | None, region: str | None, force: bool
) -> int:
    """Run the batch, print each imported report and each skipped file, return the exit code."""
    from drafter.batch import FileOutcome, ingest_paths
    from drafter.periods import label

    bar = _Bar() if sys.stderr.isatty() else None

    def done(outcome: FileOutcome) -> None:
        if bar is not None:
            bar.advance()

    try:
        result = ingest_paths(
            paths, archive_dir, jobs=jobs, region=region, force=force,
            on_start=bar.start if bar else None, on_done=done,
        )
    finally:
        if bar is not None:
            bar.stop()
    verbs = {"imported": "已导入", "replaced": "已替换"}
    for o in result.outcomes:
        if o.status == "skipped":
            click.echo(f"跳过：{o.path}：{o.reason}", err=True)
        else:
            click.echo(f"{verbs[o.status]}：{o.region} {label(o.year, o.period)}（{o.path}）")
    click.echo(result.summary() + "。", err=True)
    return result.exit_code


class _Bar:
    """A rich progress bar on stderr (only created when stderr is a terminal)."""

    def start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.progress = Progress(
            TextColumn("导入"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=Console(stderr=True), transient=True,
        )
        self.task = self.progress.add_task("导入", total=total)
        self.progress.start()

    def advance(self) -> None:
        if hasattr(self, "progress"):
            self.progress.advance(self.task)

    def stop(self) -> None:
        if hasattr(self, "progress"):
            self.progress.stop()
