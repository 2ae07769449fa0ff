"""drafter ingest / list / show on the real reports."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import CASES, SEED_2023, SEED_2024, snapshot

from drafter.archive import Archive
from drafter.model import SCHEMA_VERSION


def test_ingest_seed_prints_chinese_summary(run, archive: Path) -> None:
    result = run("ingest", SEED_2023, "--archive", archive)
    assert result.exit_code == 0, result.output
    assert "地区：天津市河北区" in result.stdout
    assert "执行 2023 年，计划 2024 年" in result.stdout
    assert "范围：全文" in result.stdout
    assert "章节 16 个" in result.stdout
    assert (archive / "天津市河北区" / "2023.json").is_file()
    source = archive / "天津市河北区" / "2023.source.txt"
    assert source.read_bytes() == SEED_2023.read_bytes()


def test_show_outline_matches_golden(run, seeded_archive: Path, golden) -> None:
    result = run("show", "2023", "--archive", seeded_archive)
    assert result.exit_code == 0, result.output
    golden(CASES / "show-2023" / "expected.txt", result.stdout)


def test_show_lists_every_lead_sentence(run, seeded_archive: Path) -> None:
    report = Archive(seeded_archive).load(2023)
    out = run("show", "2023", "--archive", seeded_archive).stdout
    leads = [p.lead for part in report.parts for c in part.chapters for p in c.paragraphs if p.lead]
    assert len(leads) >= 50
    assert all(lead in out for lead in leads)


def test_seed_structure(seeded_archive: Path) -> None:
    report = Archive(seeded_archive).load(2023)
    meta = report.meta
    assert (meta.region, meta.year, meta.plan_year) == ("天津市河北区", 2023, 2024)
    assert meta.meeting == "河北区第十八届人民代表大会第五次会议"
    assert (meta.delivered, meta.published) == ("2024-01-10", "2024-02-06")
    assert (meta.speaker, meta.speaker_title) == ("刘海力", "河北区发展和改革委员会主任")
    assert meta.issuer == "天津市河北区发展和改革委员会"
    assert [p.role for p in report.parts] == ["execution", "plan"]
    assert [len(p.chapters) for p in report.parts] == [8, 8]
    roles = {p.role for _, _, p in report.paragraphs()}
    assert {"shortcomings", "requirements", "main_targets", "body"} <= roles
    assert not report.coverage.excerpt
    texts = [p.text for _, _, p in report.paragraphs()]
    assert not any("无障碍" in t or "发布时间" in t or t.startswith("附件") for t in texts)


def test_2024_opening_is_an_excerpt(seeded_archive: Path) -> None:
    report = Archive(seeded_archive).load(2024)
    assert report.coverage.excerpt and report.coverage.truncated
    assert report.coverage.parts == ("execution",)
    assert report.meta.published == "2025-02-17"
    first = report.parts[0].chapters[0].paragraphs[0]
    assert first.lead == "与北京重点地区合作持续深化"  # the page dropped its full stop


def test_ingest_is_deterministic(run, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert run("ingest", SEED_2023, "--archive", a).exit_code == 0
    assert run("ingest", SEED_2023, "--archive", b).exit_code == 0
    first = snapshot(a)
    assert first == snapshot(b)
    assert run("ingest", SEED_2023, "--archive", a, "--force").exit_code == 0
    assert snapshot(a) == first


def test_json_is_sorted_and_versioned(seeded_archive: Path) -> None:
    text = (seeded_archive / "天津市河北区" / "2023.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["schema"] == SCHEMA_VERSION
    assert json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1) + "\n" == text
    assert len(data["source"]["sha256"]) == 64


def test_show_json_prints_stored_report(run, seeded_archive: Path) -> None:
    result = run("show", "2024", "--format", "json", "--archive", seeded_archive)
    assert result.exit_code == 0
    assert result.stdout == (seeded_archive / "天津市河北区" / "2024.json").read_text(encoding="utf-8")


def test_list(run, seeded_archive: Path) -> None:
    result = run("list", "--archive", seeded_archive)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "天津市河北区"
    assert lines[1].startswith("  2023") and "全文" in lines[1]
    assert lines[2].startswith("  2024") and "摘录" in lines[2]


def test_archive_from_environment(run, archive: Path) -> None:
    assert run("ingest", SEED_2024, env={"DRAFTER_ARCHIVE": str(archive)}).exit_code == 0
    assert (archive / "天津市河北区" / "2024.json").is_file()


def test_year_and_region_flags_override(run, archive: Path) -> None:
    result = run("ingest", SEED_2024, "--archive", archive, "--year", "2030", "--region", "某市某区")
    assert result.exit_code == 0, result.output
    report = Archive(archive).load(2030, "某市某区")
    assert (report.meta.year, report.meta.plan_year) == (2030, 2031)


def test_region_must_be_named_when_archive_has_several(run, archive: Path) -> None:
    run("ingest", SEED_2024, "--archive", archive)
    run("ingest", SEED_2024, "--archive", archive, "--region", "某市某区")
    result = run("show", "2024", "--archive", archive)
    assert result.exit_code == 2
    assert "多个地区" in result.stderr and "天津市河北区" in result.stderr and "某市某区" in result.stderr
    assert run("show", "2024", "--archive", archive, "--region", "某市某区").exit_code == 0


def test_every_command_has_help(run) -> None:
    from drafter.cli import COMMANDS, LazyGroup

    for name in COMMANDS:
        if LazyGroup._load(name) is None:
            continue
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert "示例：" in result.stdout, name


def test_usage_errors_are_one_chinese_line(run) -> None:
    for args in (("nosuch",), ("ingest",), ("diff", "2023", "2024", "--fail-on", "bogus")):
        result = run(*args)
        assert result.exit_code == 2, args
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("错误：命令用法不对"), result.stderr
        assert "--help" in lines[0]


def test_short_region_joins_the_archive_region(run, archive: Path, tmp_path: Path) -> None:
    run("ingest", SEED_2023, "--archive", archive)
    text = SEED_2024.read_text(encoding="utf-8").replace("天津市河北区人民政府", "").replace("来源:天津市", "来源:")
    short = tmp_path / "short.txt"
    short.write_text(text, encoding="utf-8")
    assert run("ingest", short, "--archive", archive).exit_code == 0
    assert Archive(archive).regions() == ["天津市河北区"]
    assert Archive(archive).years("天津市河北区") == [2023, 2024]
