"""``drafter diff`` / ``link`` / ``unlink`` on the real reports: bars of issue 4, outputs, exit codes."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CASES, SEED_2024


@pytest.fixture(scope="module")
def pair_json(seeded_archive: Path) -> dict:
    from click.testing import CliRunner

    from drafter.cli import cli

    result = CliRunner().invoke(cli, ["diff", "2023", "2024", "--format", "json", "--archive", str(seeded_archive)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _by_indicator(data: dict) -> dict[str, dict]:
    return {t["indicator"]: t for t in data["targets"]}


def test_pair_bars(pair_json):
    got = _by_indicator(pair_json)
    gdp = got["地区生产总值"]
    assert (gdp["target"]["value"], gdp["outcome"]["value"], gdp["status"]) == ("4.5", "3", "missed")
    revenue = got["一般公共预算收入"]
    assert (revenue["target"]["value"], revenue["outcome"]["value"]) == ("3", "3.2")
    assert revenue["status"] in ("met", "exceeded")
    beijing = got["北京项目投资额"]
    assert (beijing["target"]["value"], beijing["outcome"]["value"], beijing["status"]) == ("30", "35.08", "exceeded")
    assert beijing["completion"] == 116.9 and beijing["stated_completion"] == 116.9
    assert beijing["evidence"]["disagreement"] is False
    others = [t for t in pair_json["targets"] if t["indicator"] not in ("地区生产总值", "一般公共预算收入", "北京项目投资额")]
    assert others and {t["status"] for t in others} == {"not_in_excerpt"}


def test_pair_evidence_names_both_sentences(pair_json):
    beijing = _by_indicator(pair_json)["北京项目投资额"]
    assert "力争实现北京项目投资额30亿元" in beijing["target"]["sentence"]
    assert "完成全年任务的116.9%" in beijing["outcome"]["sentence"]
    assert beijing["target"]["section"] == "二（一）" and beijing["outcome"]["section"] == "一（一）"


def test_excerpt_lists_no_removed_text(pair_json):
    kinds = {c["kind"] for c in pair_json["changes"]}
    assert "removed" not in kinds and "year_rolled" in kinds
    assert pair_json["b"]["excerpt"] is True


def test_one_year_pairs_outcomes_with_next_targets(run, seeded_archive):
    result = run("diff", "2023", "--format", "json", "--archive", seeded_archive)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    paired = [t for t in data["targets"] if t["outcome"] is not None and t["outcome"]["value"] is not None]
    assert len(paired) >= 15
    pairs = {t["indicator"]: (t["outcome"]["value"], t["target"]["value"]) for t in paired}
    assert pairs["国家高新技术企业"] == ("123", "130")
    assert pairs["北京项目投资额"] == ("34.2", "30")
    assert pairs["公共充电桩"] == ("606", "300")


@pytest.mark.parametrize(("name", "args"), [("diff-2023-2024", ["2023", "2024"]), ("diff-2023", ["2023"])])
def test_golden_text_and_json(run, seeded_archive, golden, name, args):
    text = run("diff", *args, "--archive", seeded_archive)
    assert text.exit_code == 0, text.output
    golden(CASES / name / "expected.txt", text.stdout)
    data = run("diff", *args, "--format", "json", "--archive", seeded_archive)
    golden(CASES / name / "expected.json", data.stdout)


def test_csv_is_the_ledger(run, seeded_archive, pair_json):
    result = run("diff", "2023", "2024", "--format", "csv", "--archive", seeded_archive)
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbf") and b"\r\n" in result.stdout_bytes
    rows = list(csv.DictReader(io.StringIO(result.stdout.removeprefix("\ufeff"))))
    assert len(rows) == len(pair_json["targets"])
    beijing = next(r for r in rows if r["指标"] == "北京项目投资额")
    assert (beijing["状态"], beijing["完成率（%）"], beijing["报告自述完成率（%）"]) == ("超额完成", "116.9", "116.9")
    assert (beijing["目标值"], beijing["目标限定词"], beijing["目标章节"]) == ("30", "不低于", "二（一）")


def test_file_on_either_side_matches_the_archive(run, seeded_archive, pair_json):
    result = run("diff", "2023", str(SEED_2024), "--format", "json", "--archive", seeded_archive)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["targets"] == pair_json["targets"] and data["changes"] == pair_json["changes"]
    assert data["b"]["source"] == str(SEED_2024)


def test_output_is_deterministic(run, seeded_archive):
    first = run("diff", "2023", "2024", "--format", "json", "--archive", seeded_archive).stdout
    assert first == run("diff", "2023", "2024", "--format", "json", "--archive", seeded_archive).stdout


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [("missed", 1), ("not_reported", 0), ("missed,not_in_excerpt", 1), ("exceeded", 1), ("qualitative", 0)],
)
def test_fail_on_exit_codes(run, seeded_archive, fail_on, code):
    assert run("diff", "2023", "2024", "--fail-on", fail_on, "--archive", seeded_archive).exit_code == code


def test_unknown_status_is_a_usage_error(run, seeded_archive):
    result = run("diff", "2023", "2024", "--fail-on", "late", "--archive", seeded_archive)
    assert result.exit_code == 2 and "late" in result.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [(["2023", "2031"], "没有"), (["2024", "2023"], "年度顺序"), (["2023", "无此文件.docx"], "找不到")],
)
def test_errors_are_one_chinese_line_exit_2(run, seeded_archive, args, words):
    result = run("diff", *args, "--archive", seeded_archive)
    assert result.exit_code == 2
    assert result.stderr.startswith("错误：") and words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_link_forbid_and_unlink(run, seeded_archive, tmp_path):
    root = tmp_path / "archive"
    shutil.copytree(seeded_archive, root)
    forbid = run("link", "2023", "2024", "北京项目投资额", "北京项目投资额", "--forbid", "--archive", root)
    assert forbid.exit_code == 0, forbid.output
    links = next(root.glob("*/links.yaml"))
    assert "forbid" in links.read_text(encoding="utf-8")
    data = json.loads(run("diff", "2023", "2024", "--format", "json", "--archive", root).stdout)
    assert _by_indicator(data)["北京项目投资额"]["status"] == "not_in_excerpt"
    pin = run("link", "2023", "2024", "北京项目投资额", "北京项目投资额", "--archive", root)
    assert pin.exit_code == 0
    data = json.loads(run("diff", "2023", "2024", "--format", "json", "--archive", root).stdout)
    entry = _by_indicator(data)["北京项目投资额"]
    assert entry["pinned"] is True and entry["status"] == "exceeded"
    assert run("unlink", "2023", "2024", "北京项目投资额", "--archive", root).exit_code == 0
    data = json.loads(run("diff", "2023", "2024", "--format", "json", "--archive", root).stdout)
    assert _by_indicator(data)["北京项目投资额"]["pinned"] is False
    again = run("unlink", "2023", "2024", "北京项目投资额", "--archive", root)
    assert again.exit_code == 2 and again.stderr.startswith("错误：")


def test_link_unknown_indicator_is_exit_2(run, seeded_archive, tmp_path):
    root = tmp_path / "archive"
    shutil.copytree(seeded_archive, root)
    result = run("link", "2023", "2024", "不存在的指标", "北京项目投资额", "--archive", root)
    assert result.exit_code == 2 and "不存在的指标" in result.stderr
    assert not list(root.glob("*/links.yaml"))


@pytest.mark.parametrize("command", ["diff", "link", "unlink"])
def test_help(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "示例：" in result.stdout


def test_diffing_archived_years_never_loads_jieba(seeded_archive):
    code = (
        "import sys\n"
        "from drafter.cli import cli\n"
        f"cli.main(['diff', '2023', '2024', '--archive', {str(seeded_archive)!r}], standalone_mode=False)\n"
        "assert 'jieba' not in sys.modules, 'jieba loaded'\n"
        "assert 'drafter.figures.extract' not in sys.modules, 'the figure extractor loaded'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "北京项目投资额" in done.stdout
