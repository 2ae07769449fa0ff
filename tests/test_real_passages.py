"""Passage pages (tests/real_pages.py): real sentences of pages not of the family, scored by passage."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import real_expected  # noqa: E402
from real_pages import score_set  # noqa: E402

PAGE = (
    "某县人民政府门户网站\n"
    "政府工作报告\n"
    "一、2020年工作回顾\n"
    "全县地区生产总值完成120.5亿元，增长6.2%。\n"
    "二、2021年工作安排\n"
    "全县地区生产总值增长7%左右。\n"
)


def _expected(**over):
    data = {
        "url": None, "note": "invented", "family": False, "doc_kind": None,
        "region": "某县", "year": 2020, "plan_year": 2021,
        "passages": [
            {"first": "全县地区生产总值完成", "last": "增长6.2%。", "kind": "outcome", "year": 2020},
            {"first": "全县地区生产总值增长7%", "last": "7%左右。", "kind": "target", "year": 2021},
        ],
        "figures": [
            {"value": "120.5", "unit": "亿元", "indicator": "地区生产总值", "kind": "outcome",
             "qualifier": "exact", "context": "生产总值完成120.5亿元"},
            {"value": "6.2", "unit": "%", "indicator": "地区生产总值", "kind": "outcome",
             "qualifier": "exact", "context": "亿元，增长6.2%"},
            {"value": "7", "unit": "%", "indicator": "地区生产总值", "kind": "target",
             "qualifier": "about", "context": "总值增长7%左右"},
        ],
    }
    data.update(over)
    return data


def _set(tmp_path: Path, data) -> Path:
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "p.expected.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_a_passage_page_is_well_formed(tmp_path):
    assert real_expected.check(_set(tmp_path, _expected()) / "p.expected.json") == []


def test_a_figure_outside_every_passage_is_a_problem(tmp_path):
    data = _expected()
    data["passages"] = data["passages"][:1]
    problems = real_expected.check(_set(tmp_path, data) / "p.expected.json")
    assert any("not inside a passage" in p for p in problems)


def test_passages_are_read_with_their_kind_and_scored(tmp_path):
    score = score_set(_set(tmp_path, _expected()))
    s = score.scores()
    assert (s["precision"], s["recall"], s["indicator"], s["kind"]) == (1.0, 1.0, 1.0, 1.0)
    assert s["accepted_out_of_family"] == 0 and s["refused_in_family"] == 0


def test_a_wrong_name_and_a_missed_figure_count(tmp_path):
    data = _expected()
    data["figures"][0]["indicator"] = "生产总值"
    data["figures"].append({"value": "120", "unit": "亿元", "indicator": "地区生产总值", "kind": "outcome",
                            "qualifier": "exact", "context": "全县地区生产总值完成"})
    s = score_set(_set(tmp_path, data)).scores()
    assert s["indicator"] < 1.0 and s["recall"] < 1.0 and s["precision"] == 1.0
