"""The compact archive (schema 2, and 3 with a report's period): lossless, ≤ 150 KB for the seed, and schema 1 still read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import CASES, SEED_2023

from drafter.archive import Archive, dumps
from drafter.ingest import parse_file
from drafter.model import SCHEMA_VERSION, Report, compact_report, expand_report


def test_seed_is_at_most_150_kb_and_round_trips() -> None:
    report = parse_file(SEED_2023)
    text = dumps(report)
    assert len(text.encode("utf-8")) <= 150_000
    data = json.loads(text)
    assert data["schema"] == SCHEMA_VERSION == 3
    assert Report.from_dict(json.loads(text)) == report
    assert dumps(Report.from_dict(json.loads(text))) == text  # same report, same bytes


def test_readable_where_a_person_reads_it() -> None:
    data = json.loads(dumps(parse_file(SEED_2023)))
    para = data["parts"][0]["paragraphs"][0]
    assert "tokens" not in para and isinstance(para["cuts"], str)
    digits = "123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    assert sum(digits.index(c) + 1 for c in para["cuts"]) == len(para["text"])
    fig = next(f for f in data["figures"] if f["indicator"] == "地区生产总值")
    assert fig["text"] == "3%左右" and "sentence" not in fig
    start, end = fig["sentence_at"]
    assert "地区生产总值同比增长3%左右" in para["text"][start:end]


def test_pieces_not_found_in_the_text_are_kept_as_they_were() -> None:
    data = {
        "schema": 1,
        "front": [{"id": "p0", "index": 0, "role": "preamble", "text": "甲乙", "lead": "", "number": "",
                   "tokens": ["甲", "丙"]}],
        "parts": [], "closing": [],
        "figures": [{"paragraph": "p0", "sentence": "别处的句子", "span": [0, 1], "estimate": True}],
    }
    compact = compact_report(json.loads(json.dumps(data)))
    assert compact["front"][0]["tokens"] == ["甲", "丙"] and "cuts" not in compact["front"][0]
    assert compact["figures"][0]["sentence"] == "别处的句子"
    expanded = expand_report(compact)
    assert {**expanded["front"][0], "lead": "", "number": ""} == data["front"][0]
    assert expanded["figures"][0]["sentence"] == "别处的句子" and expanded["figures"][0]["estimate"] is True


def test_schema_1_archive_is_still_read(tmp_path: Path) -> None:
    old = CASES / "draft-small" / "archive"
    assert json.loads((old / "天津市河北区" / "2023.json").read_text(encoding="utf-8"))["schema"] == 1
    copy = tmp_path / "archive"
    shutil.copytree(old, copy)
    report = Archive(copy).load(2023)
    assert report.figures and report.figures[0].sentence.startswith("预计全年地区生产总值")
    assert json.loads(dumps(report))["schema"] == SCHEMA_VERSION
    assert Report.from_dict(json.loads(dumps(report))) == report
