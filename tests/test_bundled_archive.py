"""The bundled archive is exactly what drafter produces today from examples/."""

from __future__ import annotations

from pathlib import Path

from conftest import BUNDLED, SEED_2023, SEED_2024, snapshot

from drafter.ingest import ingest_file

REGION = "天津市河北区"


def test_bundled_archive_is_reproducible(tmp_path: Path) -> None:
    fresh = tmp_path / "archive"
    ingest_file(SEED_2023, fresh)
    ingest_file(SEED_2024, fresh)
    bundled = {k: v for k, v in snapshot(BUNDLED).items() if k.startswith(REGION + "/") and not k.endswith(".yaml")}
    produced = snapshot(fresh)
    assert sorted(bundled) == sorted(produced), "bundled files differ from what ingest writes"
    stale = [name for name in produced if produced[name] != bundled[name]]
    assert not stale, (
        f"bundled archive is stale: {stale}; rebuild it with "
        "`drafter ingest examples/tjhb-2023.txt --force && drafter ingest examples/tjhb-2024-opening.txt --force`"
    )


def test_bundled_sources_are_the_examples() -> None:
    assert (BUNDLED / REGION / "2023.source.txt").read_bytes() == SEED_2023.read_bytes()
    assert (BUNDLED / REGION / "2024.source.txt").read_bytes() == SEED_2024.read_bytes()
