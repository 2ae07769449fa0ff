"""The command line speaks Chinese: every help page, every usage error, the tables at 80 columns.

The rule for "no English UI text", checked on every help page and usage error below: after
taking out what a user types or reads as a name — what the user typed, echoed back (``dif``), lines that are example commands (``drafter …``),
option names (``--format``, ``-o``), file names, extensions and paths (``.docx``,
``./archive``, ``links.yaml``), environment variables (``DRAFTER_ARCHIVE``) — the only runs of
two or more Latin letters left are the names in ``NAMES``: the program and its command names,
the file formats a user picks (json, csv, …), product names (Word, Excel, WPS, Jinja2) and the
table names ``drafter export`` writes (reports.csv …).
Single letters (the years ``A`` and ``B``, the ``x`` of ``0<=x<=1``) are placeholders, not words.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import COMMANDS, LazyGroup, cli

FORMATS = {"json", "csv", "xlsx", "yaml", "docx", "html", "txt", "sqlite", "parquet"}
PRODUCTS = {"Word", "Excel", "WPS", "Jinja", "Parquet"}
TABLES = {"reports", "paragraphs", "figures", "targets"}  # the tables drafter export writes, by file name
NAMES = {"drafter", *COMMANDS, *FORMATS, *PRODUCTS, *TABLES}

_NOT_WORDS = re.compile(
    r"--?[A-Za-z][\w-]*"  # option names
    r"|[\w./<>\u4e00-\u9fff-]*[./][\w<>\u4e00-\u9fff-]+"  # file names, extensions and paths
    r"|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b"  # environment variables
)


def english_words(text: str, typed: tuple[str, ...] = ()) -> list[str]:
    """Latin words in ``text`` that a Chinese user would have to read as English."""
    names = NAMES | {w for arg in typed for w in re.findall(r"[A-Za-z]+", arg)}
    found = []
    for line in text.splitlines():
        if line.strip().startswith("drafter ") and "示例" not in line:
            continue
        line = _NOT_WORDS.sub(" ", line)
        found += [w for w in re.findall(r"[A-Za-z]{2,}\d*", line) if w.rstrip("0123456789") not in names]
    return found


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), prog_name="drafter")


def _commands() -> list[str]:
    return [name for name in COMMANDS if LazyGroup._load(name) is not None]


def test_the_rule_catches_english() -> None:
    assert english_words("Usage: drafter [OPTIONS]") == ["Usage", "OPTIONS"]
    assert english_words("  --format [文本|json|csv]  输出格式。〔默认：文本〕") == []
    assert english_words("档案目录（默认 ./archive）。〔环境变量：DRAFTER_ARCHIVE〕 存于 links.yaml") == []
    assert english_words("Show this message and exit.") == ["Show", "this", "message", "and", "exit"]


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_is_chinese_and_ends_with_an_example(command: str) -> None:
    if command and LazyGroup._load(command) is None:
        pytest.skip(f"{command} not built")
    result = run(*([command] if command else []), "--help")
    assert result.exit_code == 0, result.output
    assert english_words(result.stdout) == [], result.stdout
    assert result.stdout.startswith("用法：drafter")
    assert "选项：" in result.stdout
    doc = (LazyGroup._load(command) if command else cli).help or ""
    last = doc.strip().split("\n\n")[-1].strip()
    assert last.startswith("\b\n") and last.split("\n")[1].strip() == "示例：", f"{command}: help ends with 示例："
    examples = [line.strip() for line in last.split("\n")[2:]]
    assert examples and all(line.startswith("drafter ") for line in examples)


def test_help_lines_fit_80_columns() -> None:
    from drafter.render.cells import text_width

    for command in ["", *_commands()]:
        result = run(*([command] if command else []), "--help")
        wide = [line for line in result.stdout.splitlines() if text_width(line) > 80]
        assert not wide, (command, wide)


def test_bare_drafter_shows_the_help() -> None:
    result = run()
    assert result.exit_code == 0 and result.stdout.startswith("用法：drafter")


@pytest.fixture
def a_file(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    return path


USAGE_ERRORS = {
    "unknown command": (["dif"], "没有名为“dif”的命令，您是不是想用 diff？"),
    "unknown command, nothing near": (["xyzzy"], "没有名为“xyzzy”的命令"),
    "unknown option": (["diff", "2023", "--regoin", "x"], "没有选项 --regoin，您是不是想用 --region？"),
    "unknown group option": (["--bogus"], "没有选项 --bogus"),
    "missing option": (["draft", "2024"], "缺少选项 -o/--output"),
    "missing argument": (["diff"], "缺少参数 A"),
    "missing year": (["sheet", "-o", "x.xlsx"], "缺少参数 年度"),
    "extra argument": (["figures", "2023", "extra"], "多余的参数：extra"),
    "option without its value": (["diff", "2023", "--region"], "选项 --region 后面缺少取值"),
    "not a number": (["figures", "abc"], "“abc”不是整数"),
    "out of range": (["diff", "2023", "--tolerance", "3"], "超出了范围"),
    "bad choice": (["figures", "2023", "--kind", "x"], "“x”不是可选的值（可选：目标、实绩、基数）"),
    "bad format": (["show", "2023", "--format", "xml"], "可选：提纲、json"),
    "bad status": (["diff", "2023", "--fail-on", "bogus"], "没有状态“bogus”"),
    "unknown finding kind": (["check", "2023", "--fail-on", "bogus"], "未知的问题类型 bogus"),
    "neither check nor export": (["template"], "请指定 --check 文件夹 或 --export 文件夹"),
    "control characters typed": (["di\x1b[31mff\u202e"], "没有名为“di[31mff”的命令"),
    "a newline typed": (["figures", "20\n23"], "“20 23”不是整数"),
}


@pytest.mark.parametrize("name", USAGE_ERRORS)
def test_usage_errors_are_one_chinese_line(name: str) -> None:
    args, expected = USAGE_ERRORS[name]
    result = run(*args)
    assert result.exit_code == 2, (name, result.output)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("错误：命令用法不对：") and expected in lines[0], lines[0]
    assert lines[0].endswith("查看用法。")
    assert english_words(lines[0], tuple(args)) == [], lines[0]
    assert result.stdout == ""


def test_bad_paths_are_chinese(tmp_path: Path, a_file: Path) -> None:
    to_folder = run("draft", "2024", "-o", str(tmp_path))
    assert to_folder.exit_code == 2 and "是文件夹，这里要的是文件" in to_folder.stderr, to_folder.stderr
    at_file = run("template", "--check", str(a_file))
    assert at_file.exit_code == 2 and "是文件，这里要的是文件夹" in at_file.stderr, at_file.stderr
    for result in (to_folder, at_file):
        assert len(result.stderr.splitlines()) == 1 and english_words(result.stderr) == []


def test_chinese_names_for_enumerated_values(seeded_archive: Path) -> None:
    archive = str(seeded_archive)
    table = run("figures", "2023", "--kind", "目标", "--format", "表格", "--archive", archive)
    assert table.exit_code == 0 and table.stdout == run("figures", "2023", "--kind", "target", "--archive", archive).stdout
    failed = run("diff", "2023", "2024", "--fail-on", "未完成，未报告", "--archive", archive)
    assert failed.exit_code == 1, failed.output  # 地区生产总值 missed its target
    english = run("diff", "2023", "2024", "--fail-on", "missed,not_reported", "--archive", archive)
    assert english.exit_code == 1 and english.stdout == failed.stdout
    assert run("diff", "2023", "2024", "--fail-on", "摘录未含", "--format", "json", "--archive", archive).exit_code == 1
    assert run("show", "2023", "--format", "提纲", "--archive", archive).exit_code == 0


def test_tables_fit_80_columns_without_breaking_numbers(seeded_archive: Path) -> None:
    from drafter.render.cells import text_width

    archive = str(seeded_archive)
    cases = {
        ("figures", "2023"): ("121.47亿元", "12.8万平方米", "4.2万平方米", "GDP", "2023实绩（预计）"),
        ("diff", "2023", "2024"): ("35.08亿元", "-1.5个百分点", "4.2万平方米", "超额完成", "摘录未含"),
        ("diff", "2023"): ("34.2亿元", "4.2万平方米", "需人工判断"),
    }
    for args, wholes in cases.items():
        lines = run(*args, "--archive", archive).stdout.splitlines()
        wide = [line for line in lines if text_width(line) > 80]
        assert not wide, (args, wide[:3])
        for whole in wholes:  # each on one line: never cut inside a number and its unit or a word
            assert any(whole in line for line in lines), (args, whole)


def test_no_internal_ids_in_what_people_read(seeded_archive: Path) -> None:
    archive = str(seeded_archive)
    outputs = [
        run("list", "--archive", archive).stdout,
        run("figures", "2023", "--archive", archive).stdout,
        run("figures", "2023", "--format", "csv", "--archive", archive).stdout,
        run("diff", "2023", "2024", "--archive", archive).stdout,
        run("diff", "2023", "2024", "--format", "csv", "--archive", archive).stdout,
    ]
    for out in outputs:
        assert not re.search(r"\bp\d+(c\d+)?-\d+\b", out), re.search(r".{20}\bp\d+(c\d+)?-\d+\b.{20}", out)
    assert "正文在一（一）第2段中途中断" in outputs[0]


def test_existing_outputs_need_force(seeded_archive: Path, tmp_path: Path) -> None:
    archive = str(seeded_archive)
    cases = {
        "draft.docx": ["draft", "2024", "-o"],
        "sheet.xlsx": ["sheet", "2024", "-o"],
        "review.html": ["diff", "2023", "2024", "--html"],
        "check.html": ["check", "2023", "--html"],
    }
    for name, args in cases.items():
        path = tmp_path / name
        path.write_bytes(b"mine")
        refused = run(*args, str(path), "--archive", archive)
        assert refused.exit_code == 2, (name, refused.output)
        assert f"输出文件 {path} 已存在" in refused.stderr and "--force" in refused.stderr
        assert len(refused.stderr.splitlines()) == 1 and path.read_bytes() == b"mine"
        forced = run(*args, str(path), "--force", "--archive", archive)
        assert forced.exit_code == 0, (name, forced.output)
        assert path.read_bytes() != b"mine"


def test_template_syntax_errors_are_chinese(tmp_path: Path) -> None:
    folder = tmp_path / "模板"
    assert run("template", "--export", str(folder)).exit_code == 0
    main = folder / "report.j2"
    main.write_text(main.read_text(encoding="utf-8") + "\n{% foo %}\n", encoding="utf-8")
    result = run("template", "--check", str(folder))
    assert result.exit_code == 1
    assert "未知的标签“foo”" in result.stderr, result.stderr
    assert english_words(result.stderr, ("foo", str(folder))) == [], result.stderr


def test_several_regions_are_listed_one_is_used(seeded_archive: Path, tmp_path: Path) -> None:
    import shutil

    archive = tmp_path / "archive"
    shutil.copytree(seeded_archive, archive)
    assert run("figures", "2023", "--archive", str(archive)).exit_code == 0  # the only region
    shutil.copytree(archive / "天津市河北区", archive / "河北区")
    result = run("figures", "2023", "--archive", str(archive))
    assert result.exit_code == 2
    assert result.stderr.strip() == "错误：档案中有多个地区：天津市河北区、河北区。请用 --region 指明要使用的地区。"
    assert run("figures", "2023", "--region", "天津市河北区", "--archive", str(archive)).exit_code == 0


def test_an_empty_region_is_refused_not_ignored(seeded_archive: Path) -> None:
    for command in (("figures", "2023"), ("diff", "2023", "2024"), ("history",)):
        result = run(*command, "--region", "", "--archive", str(seeded_archive))
        assert result.exit_code == 2, command
        assert result.stderr.startswith("错误：地区名称") and "名称是空的" in result.stderr
        assert result.stderr.count("\n") == 1 and not result.stdout


def test_year_mistakes_say_what_would_work(seeded_archive: Path, tmp_path: Path) -> None:
    archive = ("--archive", str(seeded_archive))
    same = run("diff", "2023", "2023", *archive)
    assert same.exit_code == 2 and "两份都是 2023 年的报告" in same.stderr and "drafter diff 2023 2024" in same.stderr
    out = tmp_path / "x.docx"
    far = run("draft", "2099", "-o", str(out), *archive)
    assert far.exit_code == 2 and "起草 2099 年报告要以上一年（2098 年）的报告为底本" in far.stderr
    assert "drafter draft 2025" in far.stderr and far.stderr.count("\n") == 1 and not out.exists()


def test_help_names_every_enumerated_value() -> None:
    from drafter.check.finding import KIND_LABELS
    from drafter.compare.result import STATUS_LABELS

    page = run("diff", "--help").stdout.replace("\n", "").replace(" ", "")
    assert all(label in page for label in STATUS_LABELS.values())
    if LazyGroup._load("check") is not None:
        page = run("check", "--help").stdout.replace("\n", "").replace(" ", "")
        assert all(label in page for label in KIND_LABELS.values())


def test_an_older_archive_note_is_shown_without_ids(seeded_archive: Path, tmp_path: Path) -> None:
    import shutil

    archive = tmp_path / "archive"
    shutil.copytree(seeded_archive, archive)
    path = archive / "天津市河北区" / "2024.json"
    text = path.read_text(encoding="utf-8")
    assert "正文在一（一）第2段中途中断" in text
    path.write_text(text.replace("正文在一（一）第2段中途中断", "正文在段落 p1c1-2 中途中断"), encoding="utf-8")
    for args in (["list"], ["show", "2024"]):
        out = run(*args, "--archive", str(archive)).stdout
        assert "正文在一（一）第2段中途中断" in out and "p1c1-2" not in out, out
