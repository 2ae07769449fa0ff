"""drafter draft: the draft's content, its official layout, determinism, and the CLI."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import BUNDLED, CASES, ROOT

from drafter.app import make_draft
from drafter.draft.build import build_draft, draft_input
from drafter.draft.roll import (
    chinese_to_int,
    int_to_chinese,
    roll_meeting,
    roll_plenaries,
    roll_text,
    roll_years,
)
from drafter.errors import ArchiveError, InputError
from drafter.model import Coverage, Metadata, Report

CASE = CASES / "draft-small"
SMALL = CASE / "archive"
FIGURES = CASE / "input" / "figures.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _base() -> Report:
    return Report.from_dict(
        json.loads((SMALL / "天津市河北区" / "2023.json").read_text(encoding="utf-8"))
    )


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("draft") / "draft.docx"
    make_draft(SMALL, 2024, out, FIGURES)
    return out


def _part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(name).decode("utf-8")


def _pretty(xml: str) -> str:
    from lxml import etree

    return etree.tostring(etree.fromstring(xml.encode()), pretty_print=True, encoding="unicode")


# ---------------------------------------------------------------- roll-forward


@pytest.mark.parametrize("number", [1, 5, 6, 10, 11, 18, 20, 21, 99, 100, 105, 110, 999])
def test_chinese_numerals_round_trip(number: int) -> None:
    assert chinese_to_int(int_to_chinese(number)) == number


def test_roll_meeting_and_years() -> None:
    assert (
        roll_meeting("河北区第十八届人民代表大会第五次会议")
        == "河北区第十八届人民代表大会第六次会议"
    )
    assert roll_meeting("第十五届人民代表大会第九次会议") == "第十五届人民代表大会第十次会议"
    assert roll_meeting("第二十次会议") == "第二十一次会议"
    text = "2024年是关键一年，对标2023年，展望2035年，较2019年增长"
    assert roll_years(text, 2023) == "2025年是关键一年，对标2024年，展望2035年，较2019年增长"


@pytest.mark.parametrize(
    ("text", "rolled"),
    [
        ("2024年是中华人民共和国成立75周年", "2025年是中华人民共和国成立76周年"),
        ("今年是新中国成立七十五周年", "今年是新中国成立七十六周年"),  # written as it was
        ("2023年是建党一百零二周年", "2024年是建党一百零三周年"),
        ("迎接建党102周年", "迎接建党103周年"),
        ("2019年是新中国成立70周年", "2019年是新中国成立70周年"),  # a year the report is not about
        ("改革开放40年来", "改革开放40年来"),  # 1978 + 40 = 2018: not a report year
        ("第五次会议", "第五次会议"),
    ],
)
def test_roll_text_moves_anniversaries_with_the_year(text: str, rolled: str) -> None:
    assert roll_text(text, 2023) == rolled


def test_plenaries_become_slots_to_verify() -> None:
    from drafter.slots import find_slots

    text = "深入贯彻落实市委十二届四次全会和区委十二届八次全会精神"
    pieces = roll_plenaries(text)
    assert [k for k, _ in pieces] == ["text", "verify", "text", "verify", "text"]
    slots = find_slots("".join(f"【{b}】" if k == "verify" else b for k, b in pieces))
    assert [(s.word, s.subject) for s in slots] == [
        ("待核实", "最近一次市委全会（上年报告为市委十二届四次全会）"),
        ("待核实", "最近一次区委全会（上年报告为区委十二届八次全会）"),
    ]
    assert roll_plenaries("没有全会") == [("text", "没有全会")]


# ---------------------------------------------------------------- content


def test_golden_text_and_document_xml(drafted: Path, golden) -> None:  # type: ignore[no-untyped-def]
    document = build_draft(draft_input(_base(), _sheet()))
    marked = "\n".join(
        f"{b.kind}|" + "".join(f"<{r.mark or '-'}{'+b' if r.bold else ''}>{r.text}" for r in b.runs)
        for b in document.blocks
    )
    golden(CASE / "expected" / "draft.txt", "\n".join(document.text_lines()) + "\n")
    golden(CASE / "expected" / "draft-marked.txt", marked + "\n")
    golden(CASE / "expected" / "document.xml", _pretty(_part(drafted, "word/document.xml")))


def _sheet():  # type: ignore[no-untyped-def]
    from drafter.draft.make import plan_sections
    from drafter.draft.sheet import read_sheet
    from drafter.draft.slots import derive_slots

    base = _base()
    return read_sheet(FIGURES, derive_slots(base), plan_sections(base))


def test_outcomes_with_completion_and_change() -> None:
    text = "\n".join(build_draft(draft_input(_base(), _sheet())).text_lines())
    assert (
        "实现北京项目投资额35.08亿元，完成全年任务的116.9%，同比增长2.6%" in text
    )  # the real 2024 wording
    assert "预计地区生产总值同比增长3%左右" in text
    assert "华为生态企业达到68家，完成全年任务的97.1%，同比增长41.7%" in text
    assert "北京新设机构达到51家" in text
    assert "【待填：算力，目标值300P】" in text  # a target the sheet left empty
    assert "地区生产总值增长4%左右" in text  # the new target from the sheet, in part 二
    assert "力争实现北京项目投资额36亿元" in text
    assert "【待更新：300P】" in text
    assert "2025年全区经济社会发展的主要目标是" in text


def test_structure_follows_last_years_plan() -> None:
    blocks = build_draft(draft_input(_base())).blocks
    kinds = [b.kind for b in blocks]
    assert kinds[:5] == ["title", "subtitle", "speaker", "body", "salutation"]  # the legend first
    assert blocks[3].text.startswith("【起草说明】") and "青色为drafter 计算的数字" in blocks[3].text
    assert [r.mark for r in blocks[3].runs if r.mark] == ["todo", "carry", "calc"]
    clean = [b.kind for b in build_draft(draft_input(_base(), highlight=False)).blocks]
    assert clean[:4] == ["title", "subtitle", "speaker", "salutation"]  # no legend in a clean copy
    headings1 = [b.text for b in blocks if b.kind == "heading1"]
    assert headings1 == [
        "一、2024年国民经济和社会发展计划执行情况",
        "二、2025年国民经济和社会发展主要目标任务",
    ]
    headings2 = [b.text for b in blocks if b.kind == "heading2"]
    plan_titles = [f"{c.label}{c.title}" for c in _base().part("plan").chapters]  # type: ignore[union-attr]
    assert headings2 == plan_titles + plan_titles
    assert blocks[1].text == "——【待填：2025年×月×日】在河北区第十八届人民代表大会第六次会议上"


def test_without_sheet_every_slot_is_a_gap() -> None:
    document = build_draft(draft_input(_base()))
    todo = "".join(r.text for b in document.blocks for r in b.runs if r.mark == "todo")
    assert todo.count("【待填：") == 7 + 1 + 1  # 7 targets, the date, one paragraph without targets
    assert todo.count("【待更新：") == 7


def test_excerpt_base_is_refused() -> None:
    base = Report(
        Metadata("天津市河北区", 2024, 2025), Coverage(excerpt=True, parts=("execution",))
    )
    with pytest.raises(ArchiveError, match="没有计划部分"):
        draft_input(base)


# ---------------------------------------------------------------- layout


def test_page_setup_is_gbt_9704(drafted: Path) -> None:
    from lxml import etree

    body = etree.fromstring(_part(drafted, "word/document.xml").encode()).find(f"{W}body")
    sect = body.find(f"{W}sectPr")
    size, margins = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar")
    twips = {k.replace(W, ""): int(v) for k, v in margins.attrib.items()}
    mm = lambda t: t / 1440 * 25.4  # noqa: E731
    assert (int(size.get(f"{W}w")), int(size.get(f"{W}h"))) == (11906, 16838)  # A4
    assert round(mm(twips["top"])) == 37 and round(mm(twips["left"])) == 28
    assert round(mm(11906 - twips["left"] - twips["right"])) == 156
    assert round(mm(16838 - twips["top"] - twips["bottom"])) == 225
    grid = sect.find(f"{W}docGrid")
    assert (
        int(grid.get(f"{W}linePitch")) * 22
        <= 16838 - twips["top"] - twips["bottom"]
        < int(grid.get(f"{W}linePitch")) * 23
    )
    assert "evenAndOddHeaders" in _part(drafted, "word/settings.xml")


def test_styles_name_the_gbt_fonts_as_east_asian(drafted: Path) -> None:
    from lxml import etree

    styles = etree.fromstring(_part(drafted, "word/styles.xml").encode())
    fonts = {}
    for style in styles.iter(f"{W}style"):
        rfonts = style.find(f"{W}rPr/{W}rFonts")
        name = style.find(f"{W}name").get(f"{W}val")
        if True:  # every style, paragraph, character and table alike
            assert rfonts is not None and rfonts.get(f"{W}eastAsia"), (
                f"style {name} sets no East Asian font"
            )
            size = style.find(f"{W}rPr/{W}sz")
            fonts[name] = (
                rfonts.get(f"{W}eastAsia"),
                None if size is None else size.get(f"{W}val"),
            )
    assert fonts["Title"] == ("方正小标宋简体", "44")
    assert fonts["heading 1"] == ("黑体", "32")
    assert fonts["heading 2"] == ("楷体_GB2312", "32")
    assert fonts["Normal"] == ("仿宋_GB2312", "32")
    assert "Theme" not in etree.tostring(styles.find(f"{W}docDefaults")).decode()
    normal = next(s for s in styles.iter(f"{W}style") if s.get(f"{W}styleId") == "Normal")
    assert normal.find(f"{W}pPr/{W}ind").get(f"{W}firstLineChars") == "200"
    assert normal.find(f"{W}pPr/{W}spacing").get(f"{W}lineRule") == "exact"


def test_page_numbers_odd_right_even_left(drafted: Path) -> None:
    with zipfile.ZipFile(drafted) as z:
        footers = {n: z.read(n).decode() for n in z.namelist() if n.startswith("word/footer")}
        rels = z.read("word/_rels/document.xml.rels").decode()
        document = z.read("word/document.xml").decode()
    kinds = dict(re.findall(r'w:footerReference w:type="(\w+)" r:id="(rId\d+)"', document))
    assert set(kinds) >= {"default", "even"}
    target = {
        rid: re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{rid}"', rels)
        for rid in kinds.values()
    }
    for kind, align in (("default", "right"), ("even", "left")):
        match = target[kinds[kind]]
        xml = footers["word/" + (match.group(1) or match.group(2))]
        assert f'<w:jc w:val="{align}"/>' in xml
        assert "— " in xml and " PAGE " in xml and " —" in xml
        assert 'w:eastAsia="宋体"' in xml and '<w:sz w:val="28"/>' in xml


def test_highlights_and_clean_copy(tmp_path: Path) -> None:
    marked, clean = tmp_path / "a.docx", tmp_path / "b.docx"
    make_draft(SMALL, 2024, marked, FIGURES)
    make_draft(SMALL, 2024, clean, FIGURES, highlight=False)
    xml = _part(marked, "word/document.xml")
    assert xml.count('w:highlight w:val="yellow"') >= 5 and 'w:highlight w:val="lightGray"' in xml
    assert "w:highlight" not in _part(clean, "word/document.xml")
    assert "【待填：算力，目标值300P】" in _part(clean, "word/document.xml")


def test_lead_sentences_are_bold(drafted: Path) -> None:
    xml = _part(drafted, "word/document.xml")
    assert re.search(r"<w:b/>.*?<w:t>打造京津冀协同发展承载区。</w:t>", xml)


def test_same_inputs_same_bytes_and_core_properties(drafted: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.docx"
    make_draft(SMALL, 2024, again, FIGURES)
    assert again.read_bytes() == drafted.read_bytes()
    core = _part(drafted, "docProps/core.xml")
    assert "2024-01-10T00:00:00Z" in core  # the base report's delivery date, never the clock
    assert (
        "关于河北区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告"
        in core
    )
    assert "天津市河北区发展和改革委员会" in core


# ---------------------------------------------------------------- --figures archive


def _archive_with_2024(tmp_path: Path) -> Path:
    """The small case's archive with the real opening of the 2024 report beside it."""
    root = tmp_path / "archive"
    shutil.copytree(SMALL, root)
    bundled = Path(__file__).resolve().parent.parent / "archive" / "天津市河北区"
    for name in ("2024.json", "2024.source.txt"):
        shutil.copy(bundled / name, root / "天津市河北区" / name)
    return root


def test_figures_from_archive(tmp_path: Path) -> None:
    root = _archive_with_2024(tmp_path)
    result = make_draft(root, 2024, None, "archive")
    text = "\n".join(result.document.text_lines())
    # a rate answers in its own terms, without a ratio of two rates
    assert "预计地区生产总值同比增长3%左右，预计一般公共预算收入同比增长3.2%" in text
    # the report's own completion and 同比, read, not computed
    assert "实现北京项目投资额35.08亿元，完成全年任务的116.9%，同比增长2.6%" in text
    runs = [r for b in result.document.blocks for r in b.runs if "35.08" in r.text or "116.9" in r.text or "2.6%" in r.text]
    assert runs and all(r.mark == "fill" for r in runs)


def test_a_target_written_as_its_scale_word_keeps_its_one(tmp_path: Path) -> None:
    """税收过亿元 is a target of 1亿元 (as every ledger shows it): the draft never loses the 1."""
    from drafter.draft.slots import derive_slots

    base = Report.from_dict(json.loads((BUNDLED / "天津市河北区" / "2023.json").read_text(encoding="utf-8")))
    slot = next(s for s in derive_slots(base) if s.indicator == "税收")
    assert (slot.target, slot.unit, slot.target_value) == ("1亿元", "亿元", 1)
    text = "\n".join(build_draft(draft_input(base)).text_lines())
    assert "实现税收过【待更新：1亿元】" in text and "【待填：税收，目标值1亿元】" in text
    assert "目标值亿元" not in text and "【待更新：亿元】" not in text
    archive_text = "\n".join(make_draft(_archive_with_2024(tmp_path), 2024, None, "archive").document.text_lines())
    assert "目标值亿元" not in archive_text and "【待更新：亿元】" not in archive_text


def test_figures_archive_without_year_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="没有天津市河北区 2024 年的报告"):
        make_draft(SMALL, 2024, tmp_path / "d.docx", "archive")
    assert not (tmp_path / "d.docx").exists()


# ---------------------------------------------------------------- CLI


def test_cli_draft(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d.docx"
    result = run("draft", "2024", "--archive", SMALL, "--figures", FIGURES, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"已生成草稿：{out}（指标 7 项，已填 5 项，新增 1 项）\n"
    assert out.read_bytes()[:2] == b"PK"


def test_cli_draft_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="不是 .docx"):
        make_draft(SMALL, 2024, tmp_path / "d.pdf")
    with pytest.raises(ArchiveError, match="没有天津市河北区 2019 年的报告"):
        make_draft(SMALL, 2020, tmp_path / "d.docx")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["sheet", "draft", "template"])
def test_help(run, command: str) -> None:  # type: ignore[no-untyped-def]
    result = run(command, "--help")
    assert result.exit_code == 0 and "示例：" in result.stdout


def test_draft_path_never_imports_jieba(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from drafter.cli import main\n"
        f"sys.argv = ['drafter', 'draft', '2024', '--archive', {str(SMALL)!r}, '--figures', {str(FIGURES)!r},"
        f" '-o', {str(tmp_path / 'd.docx')!r}]\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "print(sorted(m for m in ('jieba', 'cn2an', 'rich', 'drafter.segment') if m in sys.modules))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert proc.stdout.strip() == "[]"
    assert (tmp_path / "d.docx").is_file()
