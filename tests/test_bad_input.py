"""Bad input: one Chinese line saying what is wrong and what to do, exit 2, archive unchanged."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from conftest import SEED_2023, SEED_2024, snapshot

GBK_REPORT = SEED_2024.read_text(encoding="utf-8")


def _make(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


def _docx_bytes(tmp: Path) -> bytes:
    from docx import Document

    doc = Document()
    for line in SEED_2023.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc.add_paragraph(line)
    out = tmp / "full.docx"
    doc.save(str(out))
    return out.read_bytes()


CASES = {
    "empty": lambda t: _make(t, "empty.txt", b""),
    "whitespace": lambda t: _make(t, "blank.txt", b" \n\r\n\t \n"),
    "binary": lambda t: _make(t, "junk.txt", bytes(range(256)) * 64),
    "not_a_report": lambda t: _make(t, "notes.txt", "会议纪要\n今天讨论了食堂菜单。\n".encode()),
    "truncated_docx": lambda t: _make(t, "cut.docx", _docx_bytes(t)[:3000]),
    "corrupt_docx": lambda t: _make(t, "bad.docx", b"PK\x03\x04" + b"\x00garbage" * 100),
    "zip_not_docx": lambda t: _zip(t),
    "doc": lambda t: _make(t, "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512),
    "wps": lambda t: _make(t, "old.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512),
    "pdf": lambda t: _make(t, "report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
    "huge": lambda t: _make(t, "huge.txt", b"a" * (50 * 1024 * 1024)),
    "folder": lambda t: (t / "somefolder").mkdir() or t / "somefolder",
    "missing": lambda t: t / "does-not-exist.txt",
    "latin1": lambda t: _make(t, "latin1.txt", "Café résumé naïve Größe ½ ¾ ".encode("latin-1") * 30),
}


def _zip(tmp: Path) -> Path:
    path = tmp / "archive.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "not word")
    return path


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_gets_one_line_and_exit_2(case: str, run, tmp_path: Path, archive_2024: Path) -> None:
    archive = archive_2024
    before = snapshot(archive)
    path = CASES[case](tmp_path)
    result = run("ingest", path, "--archive", archive)
    assert result.exit_code == 2, (case, result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("错误：")
    assert "Traceback" not in result.output
    # what happened, why, what to do: at least two full stops / a colon
    assert "：" in lines[0][3:] and lines[0].endswith("。")
    assert result.stdout == ""
    assert snapshot(archive) == before


def test_gbk_text_is_read(run, tmp_path: Path, archive: Path) -> None:
    path = _make(tmp_path, "gbk.txt", GBK_REPORT.encode("gbk"))
    result = run("ingest", path, "--archive", archive)
    assert result.exit_code == 0, result.output
    from drafter.archive import Archive

    report = Archive(archive).load(2024)
    assert report.source is not None and report.source.encoding in ("gbk", "gb18030")
    assert report.parts[0].title == "2024年国民经济和社会发展计划执行情况"


def test_utf8_bom_is_read(run, tmp_path: Path, archive: Path) -> None:
    path = _make(tmp_path, "bom.txt", b"\xef\xbb\xbf" + GBK_REPORT.encode("utf-8"))
    assert run("ingest", path, "--archive", archive).exit_code == 0


def test_same_year_twice_is_refused(run, archive: Path) -> None:
    assert run("ingest", SEED_2024, "--archive", archive).exit_code == 0
    before = snapshot(archive)
    result = run("ingest", SEED_2024, "--archive", archive)
    assert result.exit_code == 2
    assert "已有" in result.stderr and "--force" in result.stderr
    assert snapshot(archive) == before


def test_archive_that_is_not_a_folder(run, tmp_path: Path) -> None:
    blocker = _make(tmp_path, "archive", b"i am a file")
    result = run("ingest", SEED_2024, "--archive", blocker)
    assert result.exit_code == 2
    assert result.stderr.startswith("错误：无法写入档案")
    assert blocker.read_bytes() == b"i am a file"


def test_unwritable_archive_leaves_it_unchanged(run, archive: Path, monkeypatch) -> None:
    """A write refused half-way (no permission) rolls back: not one byte changes."""
    import drafter.archive as mod

    assert run("ingest", SEED_2024, "--archive", archive).exit_code == 0
    before = snapshot(archive)
    real_replace = mod.os.replace
    calls = {"n": 0}

    def refuse_second(src, dst):  # the source file lands, the JSON is refused
        calls["n"] += 1
        if calls["n"] == 2:
            raise PermissionError(13, "Permission denied")
        return real_replace(src, dst)

    monkeypatch.setattr(mod.os, "replace", refuse_second)
    result = run("ingest", SEED_2024, "--archive", archive, "--force")
    assert result.exit_code == 2
    assert "无法写入档案" in result.stderr and "没有写入权限" in result.stderr
    assert snapshot(archive) == before


def test_read_only_folder(run, archive: Path, tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions; test_unwritable_archive_leaves_it_unchanged covers it")
    archive.chmod(0o555)
    try:
        result = run("ingest", SEED_2024, "--archive", archive)
        assert result.exit_code == 2 and "无法写入档案" in result.stderr
        assert snapshot(archive) == {}
    finally:
        archive.chmod(0o755)


def test_unknown_year_and_empty_archive(run, archive: Path, tmp_path: Path) -> None:
    result = run("show", "2023", "--archive", tmp_path / "nothing")
    assert result.exit_code == 2 and "还没有报告" in result.stderr
    run("ingest", SEED_2024, "--archive", archive)
    result = run("show", "1999", "--archive", archive)
    assert result.exit_code == 2 and "2024" in result.stderr
