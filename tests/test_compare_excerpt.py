"""An excerpt that reaches its part 二 holds the whole account of the year: silence counts."""

from __future__ import annotations

from pathlib import Path

from conftest import SEED_2023, SEED_2024

from drafter.app import compare_specs
from drafter.ingest import ingest_file


def _b_with_plan_cut(tmp_path: Path) -> Path:
    text = SEED_2024.read_text(encoding="utf-8").rstrip()
    text += "运有限公司。\n\n二、2025年国民经济和社会发展主要目标任务\n\n（一）着力深化京津冀协同发展\n\n"
    text += "打造京津冀协同发展承载区。力争实现北京项目投资额"  # the copy stops here
    path = tmp_path / "b.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_silence_in_a_whole_part_one_is_not_reported(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    ingest_file(SEED_2023, archive)
    b = ingest_file(_b_with_plan_cut(tmp_path), archive).report
    assert b.coverage.excerpt and "plan" in b.coverage.parts
    result = compare_specs("2023", "2024", archive=archive).result
    status = {e.indicator: e.status for e in result.targets}
    assert status["北京项目投资额"] == "exceeded"
    assert status["华为生态企业"] == "not_reported"
    assert "not_in_excerpt" not in status.values()


def test_silence_of_an_excerpt_without_part_one_proves_nothing(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    ingest_file(SEED_2023, archive)
    ingest_file(SEED_2024, archive)
    result = compare_specs("2023", "2024", archive=archive).result
    status = {e.indicator: e.status for e in result.targets}
    assert status["华为生态企业"] == "not_in_excerpt"
    assert "not_reported" not in status.values()
