"""Templates: StrictUndefined, errors that name file and line, --check and --export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import CASES

from drafter.draft.build import draft_context, draft_input
from drafter.draft.document import parse_markup
from drafter.draft.templates import (
    CONTEXT_KEYS,
    check_templates,
    default_dir,
    export_templates,
    render,
)
from drafter.errors import TemplateError
from drafter.model import Report

SMALL = CASES / "draft-small" / "archive"


def _context() -> dict:  # type: ignore[type-arg]
    base = Report.from_dict(
        json.loads((SMALL / "天津市河北区" / "2023.json").read_text(encoding="utf-8"))
    )
    return draft_context(draft_input(base))


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "tpl"
    export_templates(target)
    return target


def test_bundled_templates_are_found_and_complete() -> None:
    from drafter.draft.templates import draft_templates

    assert draft_templates(default_dir()) == ["report.j2", "sentences.j2"]
    assert (default_dir() / "report.j2").is_file() and (default_dir() / "sentences.j2").is_file()
    report = check_templates(None, _context())
    assert report.ok, report
    assert dict(report.files)["report.j2"] == tuple(sorted(set(dict(report.files)["report.j2"])))
    assert set(dict(report.files)["report.j2"]) <= set(CONTEXT_KEYS)


def test_context_keys_are_what_the_builder_gives() -> None:
    assert tuple(sorted(_context())) == CONTEXT_KEYS


def test_undefined_variable_names_file_line_and_context(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "report.j2"
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, start=1) if line.startswith("salutation|"))
    lines[number - 1] = "salutation|{{ addressee }}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        render(_context(), folder)
    message = info.value.message
    assert f"report.j2 第{number}行" in message and "addressee" in message
    assert f">{number}: salutation|{{{{ addressee }}}}" in message  # the line itself, marked
    assert f" {number - 1}: " in message and f" {number + 1}: " in message  # and its neighbours


def test_syntax_error_in_macro_file(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "sentences.j2"
    path.write_text(
        path.read_text(encoding="utf-8").replace("{% endmacro %}", "{% endmacr %}", 1),
        encoding="utf-8",
    )
    with pytest.raises(TemplateError, match=r"sentences.j2 第\d+行语法错误"):
        render(_context(), folder)


def test_attribute_typo_is_an_error_not_blank(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "sentences.j2"
    path.write_text(
        path.read_text(encoding="utf-8").replace("o.indicator", "o.indicatr"), encoding="utf-8"
    )
    with pytest.raises(TemplateError, match="sentences.j2 第\\d+行渲染失败.*indicatr"):
        render(_context(), folder)


def test_bad_markup_line_is_reported() -> None:
    with pytest.raises(TemplateError, match="第2行格式不对"):
        parse_markup("title|x\nparagraph|y\n")
    with pytest.raises(TemplateError, match="未闭合"):
        parse_markup("body|⟦todo:x\n")


def test_missing_folder_or_main(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="没有 report.j2"):
        render(_context(), tmp_path)


def test_cli_check_lists_variables(run) -> None:  # type: ignore[no-untyped-def]
    result = run(
        "template", "--check", str(default_dir()), "--year", "2024", "--archive", str(SMALL)
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith(
        "report.j2: closing, execution, highlight, legend, meeting, plan_parts, preamble"
    )
    assert result.stderr == "模板检查通过。\n"


def test_cli_check_reports_missing_variable(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _copy(tmp_path)
    (folder / "extra.j2").write_text("{{ mayor }}\n", encoding="utf-8")
    main = folder / "report.j2"
    main.write_text(
        main.read_text(encoding="utf-8") + '{% include "extra.j2" %}\n', encoding="utf-8"
    )
    result = run("template", "--check", str(folder))
    assert result.exit_code == 1
    assert "缺少：extra.j2 用到的变量 mayor 不在草稿数据中" in result.stderr


def test_cli_export_and_draft_with_custom_template(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mine"
    assert run("template", "--export", str(folder)).exit_code == 0
    path = folder / "report.j2"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "salutation|各位代表：", "salutation|各位代表、同志们："
        ),
        encoding="utf-8",
    )
    out = tmp_path / "d.docx"
    result = run(
        "draft", "2024", "--archive", str(SMALL), "--template", str(folder), "-o", str(out)
    )
    assert result.exit_code == 0, result.output
    import zipfile

    assert "各位代表、同志们：" in zipfile.ZipFile(out).read("word/document.xml").decode()
    again = run("template", "--export", str(folder))
    assert again.exit_code != 0


def test_template_error_writes_no_draft(tmp_path: Path) -> None:
    from drafter.app import make_draft

    folder = _copy(tmp_path)
    (folder / "report.j2").write_text("title|{{ nothing }}\n", encoding="utf-8")
    with pytest.raises(TemplateError):
        make_draft(SMALL, 2024, tmp_path / "d.docx", template=folder)
    assert not (tmp_path / "d.docx").exists()
    shutil.rmtree(folder)
