"""Page-reading rule of the fixing round on real_aside24 (fxa24), on invented pages: a two-part
report whose title stands only in an open-information record's name field, written without
关于/报告/草案 (real_aside22 convention 11: still a report), in field tables of several forms,
traditional characters too; and the pages the rule must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading

from drafter.normalize import simplified_converter

BODY = (
    "一、2023年计划执行情况\n"
    "2023年，全区经济运行稳中有进。地区生产总值增长5.6%，一般公共预算收入增长3.2%。\n"
    "二、2024年计划安排\n"
    "地区生产总值增长5.5%左右。\n"
)


@pytest.mark.parametrize(
    "field",
    [
        "| 信息名称: | 某某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划 | ||",
        "| 信息名称： | 某某区2023年国民经济和社会发展计划执行情况与2024年计划 |",
        "信息名称  某某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划  成文日期  2024-02-01",
        "| 名 称: | 某某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划 | ||",
    ],
)
def test_a_title_filed_only_in_a_name_field_is_read(tmp_path: Path, field: str) -> None:
    page = (
        "| 索 引 号: | 11320100/2024-00012 | 信息分类: | 综合政务 |\n"
        "| 发布机构: | 某某区发展和改革委员会 | 生成日期: | 2024-02-01 |\n"
        f"{field}\n"
        "| 文件下载: | |||\n"
        f"{BODY}"
    )
    assert page_reading(tmp_path, page) == ("report", "某某区", 2023, 2024)


def test_a_traditional_name_field(tmp_path: Path) -> None:
    page = simplified_converter()(
        "| 信息名稱: | 某某區2023年國民經濟和社會發展計劃執行情況與2024年國民經濟和社會發展計劃 | ||\n"
        "| 文件下載: | |||\n"
    ) + BODY
    assert page_reading(tmp_path, page) == ("report", "某某区", 2023, 2024)


def test_a_name_field_of_one_part_and_a_title_line_below_are_left_alone(tmp_path: Path) -> None:
    # must leave alone: an execution report filed so stays one; a title line with 报告 is read as before
    page = (
        "| 信息名称: | 某某区2023年上半年国民经济和社会发展计划执行情况 | ||\n"
        "| 文件下载: | |||\n"
        "一、上半年计划执行情况\n"
        "上半年，全区地区生产总值增长5.1%。\n"
    )
    assert page_reading(tmp_path, page)[0] == "execution"
    page = (
        "| 信息名称: | 某某区发改委工作动态 | ||\n"
        "关于某某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n"
        "各位代表：\n"
        f"{BODY}"
    )
    assert page_reading(tmp_path, page) == ("report", "某某区", 2023, 2024)


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("| 发布机构: | 某某区发展和改革委员会 | 生成日期: | 2024-02-01 |", "某某区发展和改革委员会"),
        ("| 发布机构： |某某区发展和改革委员会| 生成日期： | 2024-02-01 |", "某某区发展和改革委员会"),
        ("来源：某某区发展和改革委员会  发布时间：2024-02-01", "某某区发展和改革委员会"),
    ],
)
def test_the_issuer_of_a_field_table_is_the_cell_after_its_label(tmp_path: Path, line: str, issuer: str) -> None:
    from drafter.ingest import parse_file

    path = tmp_path / "page.txt"
    path.write_text(
        f"{line}\n关于某某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n{BODY}",
        encoding="utf-8",
    )
    assert parse_file(path).meta.issuer == issuer


@pytest.mark.parametrize(
    "line",
    [
        "|某某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告|",
        "信息名称：|某某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告|||",
        "某某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告 |",
    ],
)
def test_a_title_cell_is_stored_without_its_bars_and_label(tmp_path: Path, line: str) -> None:
    from drafter.ingest import parse_file

    path = tmp_path / "page.txt"
    path.write_text(f"{line}\n{BODY}", encoding="utf-8")
    assert parse_file(path).meta.title == "某某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"
