"""`drafter diff A B --html FILE` writes the review page."""

from __future__ import annotations

from pathlib import Path


def test_diff_writes_review_page(run, seeded_archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    result = run("diff", "2023", "2024", "--html", out, "--archive", seeded_archive)
    assert result.exit_code == 0, result.output
    assert "审阅网页已写入" in result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") or page.lower().startswith("<!doctype html>")
    assert "北京项目投资额" in page and "摘录未含" in page
    again = tmp_path / "again.html"
    run("diff", "2023", "2024", "--html", again, "--archive", seeded_archive)
    assert again.read_bytes() == out.read_bytes()


def test_one_year_mode_page(run, seeded_archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "one.html"
    assert run("diff", "2023", "--html", out, "--archive", seeded_archive).exit_code == 0
    assert out.stat().st_size > 10_000


def test_html_into_missing_folder_is_an_error(run, seeded_archive: Path, tmp_path: Path) -> None:
    result = run("diff", "2023", "2024", "--html", tmp_path / "nope" / "r.html", "--archive", seeded_archive)
    assert result.exit_code == 2
    assert result.stderr.startswith("错误：") and "Traceback" not in result.output
