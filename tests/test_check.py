"""``drafter check`` (issue 12): the planted-mistakes pair, the real seed, a real draft, the CLI.

``tests/cases/check/linhe-2024-planted.txt`` is an invented 2024 report written against the
invented ``linhe-2023.txt`` with one mistake of every kind planted (listed in ``PLANTED``);
``check`` must find each with its kind and nothing else.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BUNDLED, CASES

from drafter.check import KIND_KEYS, check_report
from drafter.check.render import render_text
from drafter.ingest import parse_file

FOLDER = CASES / "check"
LAST_YEAR = FOLDER / "linhe-2023.txt"
PLANTED = FOLDER / "linhe-2024-planted.txt"

#: (kind, where) of every planted mistake, found without last year's report.
ALONE = [
    ("unfilled", "一（二）第2段"),  # 新建提升绿化面积【待填】万平方米
    ("stale_year", "二 第3段"),  # 2024年全区经济社会发展的主要目标是 in the 2025 plan
    ("wrong_anniversary", "二 第1段"),  # 2025年是中华人民共和国成立75周年
    ("conflicting_figures", "一（一）第1段"),  # 地区生产总值 5.2%左右 in the opening, 5.6% here
    ("stated_completion", "一（一）第2段"),  # 22个, 完成年度目标20个的100%
    ("duplicate_paragraph", "二（二）第2段"),  # 深化重点领域改革 twice
]
#: What ``--against`` last year adds.
AGAINST = [
    ("meeting_ordinal", "副标题"),  # 第五届人民代表大会第三次会议 two years running
    ("stated_completion", "一（一）第2段"),  # 55亿元 against last year's 50亿元: 110%, not 120%
    ("unanswered_target", "二（二）第2段"),  # 新建公共充电桩300台 (last year's report) never answered
    ("carried_over", "一（二）之后第1段"),  # last year's shortcomings paragraph, word for word
]


@pytest.fixture(scope="module")
def last_year():
    return parse_file(LAST_YEAR)


@pytest.fixture(scope="module")
def planted():
    return parse_file(PLANTED)


def _found(result) -> list[tuple[str, str]]:
    return sorted((f.kind, f.where.label) for f in result.findings)


def test_planted_mistakes_alone(planted):
    assert _found(check_report(planted)) == sorted(ALONE)


def test_planted_mistakes_against_last_year(planted, last_year):
    result = check_report(planted, last_year)
    assert _found(result) == sorted(ALONE + AGAINST)
    assert {f.kind for f in result.findings} == set(KIND_KEYS), "every kind is planted"
    unanswered = next(f for f in result.findings if f.kind == "unanswered_target")
    assert unanswered.where.report == 2023 and unanswered.text == "300台"


def test_last_year_is_clean(last_year):
    assert check_report(last_year).findings == ()


def test_seed_report_is_clean():
    """The real 2023 report of 天津市河北区: at most two findings, each real (measured: none)."""
    from drafter.archive import load_report

    result = check_report(load_report(BUNDLED, 2023))
    assert result.findings == ()
    assert render_text(result).splitlines()[-1] == "未发现问题。"


def test_seed_against_its_successor_excerpt():
    from drafter.archive import load_report

    result = check_report(load_report(BUNDLED, 2024), load_report(BUNDLED, 2023))
    assert result.findings == ()


def test_findings_say_what_and_what_to_do(planted, last_year):
    for f in check_report(planted, last_year).findings:
        assert f.problem and f.advice and f.where.label
        assert any("\u4e00" <= c <= "\u9fff" for c in f.problem + f.advice)
        assert not f.problem.endswith("。")  # the renderers close the sentence


def test_text_groups_by_chapter_most_serious_first(planted, last_year):
    text = render_text(check_report(planted, last_year))
    assert text.startswith("临河区 2024 年报告检查（对照 2023 年报告）\n")
    chapter = text.split("【二、2025年国民经济和社会发展主要目标任务】", 1)[1].split("\n\n", 1)[0]
    assert chapter.index("[年份过时]") < chapter.index("[周年错误]")
    assert text.rstrip().endswith(
        "共 10 处问题：未填写 1，年份过时 1，周年错误 1，会议次序未顺延 1，数字前后不一 1，"
        "完成率不符 2，上年目标未回应 1，沿用上年原文 1，段落重复 1。"
    )
    assert text.index("【2023 年报告") > text.index("【二（二）")  # last year's place comes last


def test_same_input_same_bytes(planted, last_year):
    from drafter.check.render import to_json

    assert to_json(check_report(planted, last_year)) == to_json(check_report(parse_file(PLANTED), parse_file(LAST_YEAR)))


# -- the CLI ----------------------------------------------------------------------------


def test_cli_text_and_exit_codes(run):
    ok = run("check", PLANTED, "--against", LAST_YEAR)
    assert ok.exit_code == 0, ok.output
    assert ok.stdout.rstrip().splitlines()[-1].startswith("共 10 处问题：")
    failed = run("check", PLANTED, "--fail-on", "未填写,stale_year")
    assert failed.exit_code == 1
    passed = run("check", LAST_YEAR, "--fail-on", "all")
    assert passed.exit_code == 0 and passed.stdout.rstrip().endswith("未发现问题。")
    missing = run("check", PLANTED, "--fail-on", "meeting_ordinal")  # needs --against: none found
    assert missing.exit_code == 0


def test_cli_json(run):
    result = run("check", PLANTED, "--against", LAST_YEAR, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["report"]["year"] == 2024 and data["against"]["year"] == 2023
    assert sum(data["summary"].values()) == len(data["findings"]) == 10
    first = data["findings"][0]
    assert set(first) == {"kind", "label", "where", "text", "problem", "advice", "related"}
    assert set(first["where"]) >= {"part", "chapter", "paragraph", "label", "sentence"}


def test_cli_html_is_self_contained_and_escaped(run, tmp_path: Path):
    page = tmp_path / "check.html"
    result = run("check", PLANTED, "--against", LAST_YEAR, "--html", page)
    assert result.exit_code == 0 and "检查结果网页已写入" in result.stderr
    html = page.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html and "<script" not in html
    assert "年份过时" in html and "【待填】" in html


def test_cli_html_escapes_report_text(tmp_path: Path):
    from drafter.check.render import render_html

    text = PLANTED.read_text(encoding="utf-8").replace("【待填】", "【待填<b>x</b>】")
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    html = render_html(check_report(parse_file(path)))
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("check", "nothing.txt"), "找不到"),
        (("check", PLANTED, "--fail-on", "typo"), "未知的问题类型"),
        (("check", LAST_YEAR, "--against", PLANTED), "对照的报告年度不对"),
    ],
)
def test_cli_errors_are_one_chinese_line(run, args, says):
    result = run(*args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：") and says in lines[0]


def test_cli_help(run):
    result = run("check", "--help")
    assert result.exit_code == 0 and "示例：" in result.stdout and "--against" in result.stdout


def test_real_draft(run, tmp_path: Path):
    """A draft made by ``drafter draft 2024``: its slots, and what it carried from 2023."""
    out = tmp_path / "draft-2024.docx"
    assert run("draft", "2024", "-o", out, "--archive", BUNDLED).exit_code == 0
    result = run("check", out, "--against", "2023", "--archive", BUNDLED, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["summary"]["unfilled"] >= 30
    # the draft rolls the anniversary with the year (2025 is the 76th), and leaves each party
    # plenary as a slot to verify rather than last year's (市委十二届四次全会, 区委十二届八次全会)
    kinds = {f["kind"] for f in data["findings"]}
    assert "wrong_anniversary" not in kinds and "meeting_ordinal" not in kinds
    plenaries = [f for f in data["findings"] if f["kind"] == "unfilled" and "全会" in f["text"]]
    assert [f["where"]["label"] for f in plenaries] == ["二 第2段"]
    assert "【待核实：最近一次市委全会（上年报告为市委十二届四次全会）】" in plenaries[0]["text"]
    assert "【待核实：最近一次区委全会（上年报告为区委十二届八次全会）】" in plenaries[0]["text"]


def test_check_help_imports_nothing_heavy():
    from test_startup import _loaded_after

    code = (
        "from click.testing import CliRunner\n"
        "from drafter.cli import cli\n"
        "r = CliRunner().invoke(cli, ['check', '--help'])\n"
        "assert r.exit_code == 0, r.output\n"
    )
    assert _loaded_after(code) == set()


def test_planted_text_golden(planted, last_year, golden):
    """The whole terminal view of the planted pair (``pytest --update-golden`` rewrites it)."""
    golden(FOLDER / "expected.txt", render_text(check_report(planted, last_year)))
