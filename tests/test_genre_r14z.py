"""Issue 9, round 14: an issuer field written without its colon (``发文机构 某市发展和改革委员会``)."""

from pathlib import Path

import pytest

from drafter.ingest import parse_file

TITLE = "关于某某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"
BODY = "一、2023年国民经济和社会发展计划执行情况\n全区地区生产总值增长5.1%。\n二、2024年国民经济和社会发展计划\n地区生产总值增长5%左右。\n"


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("发文机构 某某区发展和改革委员会", "某某区发展和改革委员会"),
        ("发布机构\u3000某某区人民政府办公室", "某某区人民政府办公室"),
        ("发文单位 某某区发改委 成文日期 2024-01-20", "某某区发改委"),
    ],
)
def test_an_issuer_field_without_its_colon_is_read(tmp_path: Path, line: str, issuer: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(f"{line}\n{TITLE}\n{BODY}", encoding="utf-8")
    assert parse_file(path).meta.issuer == issuer


@pytest.mark.parametrize(
    "line",
    [
        "发文机构认真落实各项任务",  # the field's word opening a sentence
        "发布机构 调整后各项工作有序推进",  # no organisation's word at the end
    ],
)
def test_a_sentence_opening_with_the_fields_word_names_no_issuer(tmp_path: Path, line: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text(f"{TITLE}\n{line}\n{BODY}", encoding="utf-8")
    assert parse_file(path).meta.issuer in ("", None)
