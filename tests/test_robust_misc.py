"""Smaller items of issue 13: bidi controls in report text stay inside it on the review page;
jieba's cache never comes from the shared temp folder; a report of 100+ chapters drafts."""

from __future__ import annotations

import re
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from review_pair import diff_result, reports

from drafter.render.bidi import isolate
from drafter.render.review import render_review_html

RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("plain", "plain"),
        (f"a{RLO}b", f"a{RLO}b{PDF}"),
        (f"a{RLO}b{PDF}c", f"a{RLO}b{PDF}c"),
        (f"{LRI}{RLO}x", f"{LRI}{RLO}x{PDF}{PDI}"),
        (f"{LRI}{RLO}x{PDI}", f"{LRI}{RLO}x{PDI}"),  # a PDI closes the embedding inside it too
        (f"{PDF}{PDI}x", f"{PDF}{PDI}x"),
    ],
)
def test_isolate_closes_what_text_leaves_open(text: str, closed: str) -> None:
    assert isolate(text) == closed


def test_rlo_in_report_text_does_not_reach_drafters_labels() -> None:
    a, b = reports()
    hostile = [replace(p, text=p.text.replace("营商环境", f"营商{RLO}环境")) for p in b.parts[0].chapters[0].paragraphs]
    chapter = replace(b.parts[0].chapters[0], paragraphs=tuple(hostile))
    b = replace(b, parts=(replace(b.parts[0], chapters=(chapter, *b.parts[0].chapters[1:])), *b.parts[1:]))
    html = render_review_html(diff_result(a, b), a, b)
    assert RLO in html
    # every override is closed before the next tag: nothing drafter writes after it is reversed
    for match in re.finditer(RLO, html):
        rest = html[match.end():]
        assert PDF in rest[: rest.find("<") if "<" in rest else len(rest)], rest[:80]


def test_jieba_cache_is_not_in_the_shared_temp_folder(tmp_path: Path, monkeypatch) -> None:
    from drafter import segment

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = segment._cache_folder()
    assert folder == str(tmp_path / "cache" / "drafter" / "jieba")
    assert Path(folder).stat().st_mode & 0o077 == 0
    monkeypatch.setenv("DRAFTER_NO_CACHE", "1")
    private = segment._cache_folder()
    assert private != tempfile.gettempdir() and Path(private).stat().st_mode & 0o077 == 0
    assert segment._tokenizer().tmp_dir != tempfile.gettempdir()


def test_planted_cache_in_temp_is_not_read(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    shared = tmp_path / "shared-tmp"  # stands for /tmp, where anyone can plant a file
    shared.mkdir()
    planted = shared / "jieba.cache"
    planted.write_bytes(b"not a cache")
    code = "from drafter.segment import tokenize; print('|'.join(tokenize('地区生产总值增长3%')))"
    env = {**os.environ, "TMPDIR": str(shared), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "地区生产总值|增长|3%"
    assert planted.read_bytes() == b"not a cache"
    assert sorted(p.name for p in shared.iterdir()) == ["jieba.cache"]
    assert (tmp_path / "cache" / "drafter" / "jieba" / "jieba.cache").is_file()


def test_report_of_105_chapters_drafts(run, tmp_path: Path) -> None:
    import cn2an

    lines = ["关于河北区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告", "各位代表：",
             "一、2023年国民经济和社会发展计划执行情况", "全区经济平稳运行。"]
    for i in range(1, 106):
        lines += [f"（{cn2an.an2cn(i)}）第{i}项工作", f"推进第{i}项工作。全年完成投资{i}亿元。"]
    lines += ["二、2024年国民经济和社会发展主要目标任务", "2024年主要预期目标是：地区生产总值增长5%左右。"]
    for i in range(1, 106):
        lines += [f"（{cn2an.an2cn(i)}）第{i}项任务", f"推进第{i}项任务。完成投资{i}亿元以上。"]
    source = tmp_path / "long.txt"
    source.write_text("\n".join(lines), encoding="utf-8")
    archive = tmp_path / "archive"
    assert run("ingest", source, "--archive", archive).exit_code == 0
    result = run("draft", "2024", "--archive", archive, "-o", tmp_path / "d.docx")
    assert result.exit_code == 0, result.stderr
    assert run("sheet", "2024", "--archive", archive, "-o", tmp_path / "s.xlsx").exit_code == 0
