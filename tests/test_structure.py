"""The structure parser on what real pages do: layouts, chrome, dropped punctuation, excerpts."""

from __future__ import annotations

import pytest
from conftest import CASES, SEED_2023, SEED_2024

from drafter.errors import InputError
from drafter.read.text import read_text
from drafter.render.outline import outline
from drafter.structure import parse_report

SEED = SEED_2023.read_text(encoding="utf-8")


def parse(text: str, **kw):
    return parse_report(read_text(text.encode("utf-8"), "t.txt"), **kw)


def shape(report) -> list[tuple[str, str, list[str]]]:
    return [
        (p.role, c.title, [x.lead for x in c.paragraphs])
        for p in report.parts
        for c in p.chapters
    ]


BASE = parse(SEED)


def test_seed_outline_basics() -> None:
    assert len(shape(BASE)) == 16
    assert shape(BASE)[0][2] == ["运行调度积极有力。", "“三量”工作加力加劲。", "资源争取不遗余力。"]
    plan = BASE.part("plan")
    assert plan is not None
    assert [p.role for p in plan.paragraphs] == ["intro", "requirements", "main_targets"]
    assert plan.chapters[0].paragraphs[0].role == "chapter_intro"


def test_full_width_punctuation_gives_same_outline() -> None:
    word_style = SEED.replace(",", "，").replace(":", "：").replace("(", "（").replace(")", "）")
    assert shape(parse(word_style)) == shape(BASE)


def test_no_chrome_gives_same_outline_and_metadata() -> None:
    lines = SEED.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("关于河北区"))
    bare = "\n".join(line for line in lines[start:] if not line.startswith(("来源", "附件")))
    report = parse(bare)
    assert shape(report) == shape(BASE)
    assert report.meta.region == "河北区"  # without the site's name only the title's region is known
    assert report.meta.meeting == BASE.meta.meeting


def test_title_split_over_two_lines() -> None:
    split = SEED.replace("计划执行情况与2024年", "计划执行情况\n与2024年", 1)
    report = parse(split)
    assert report.meta.title == BASE.meta.title
    assert (report.meta.year, report.meta.plan_year) == (2023, 2024)


def test_subtitle_on_one_line() -> None:
    one = SEED.replace("——2024年1月10日在河北区第十八届\n\n人民代表大会", "——2024年1月10日在河北区第十八届人民代表大会")
    report = parse(one)
    assert report.meta.meeting == "河北区第十八届人民代表大会第五次会议"
    assert report.meta.delivered == "2024-01-10"


def test_chapter_heading_run_into_first_paragraph() -> None:
    glued = SEED.replace("推动经济运行整体好转\n\n运行调度积极有力。", "推动经济运行整体好转运行调度积极有力。")
    glued = glued.replace("推动协同发展走深走实\n\n对接首都", "推动协同发展走深走实 对接首都")
    assert shape(parse(glued)) == shape(BASE)


def test_lead_sentence_without_full_stop() -> None:
    dropped = SEED.replace("市容环境更加美化。加强", "市容环境更加美化加强")
    report = parse(dropped)
    chapter = report.parts[0].chapters[5]
    assert chapter.paragraphs[1].lead == "市容环境更加美化"


def test_other_district_layout() -> None:
    report = parse((CASES / "structure" / "other-district.txt").read_text(encoding="utf-8"))
    meta = report.meta
    assert (meta.region, meta.year, meta.plan_year) == ("某市东城区", 2022, 2023)
    assert meta.speaker == "王明" and meta.delivered == "2023-01-05"
    assert [p.role for p in report.parts] == ["execution", "plan", "plan"]
    first = report.parts[0].chapters[0]
    assert first.title == "产业发展稳中有进"
    assert first.paragraphs[0].lead == "现代服务业加快发展。"
    assert [p.role for p in first.paragraphs[1:]] == ["heading3", "body", "heading3", "body"]
    assert first.paragraphs[1].number == "1"
    second = report.parts[0].chapters[1]
    assert second.paragraphs[0].lead == "老旧小区改造有序实施"
    assert [p.role for p in report.parts[0].paragraphs] == ["intro", "shortcomings"]
    assert [p.role for p in report.parts[1].paragraphs] == ["requirements", "main_targets"]
    assert [p.role for p in report.closing] == ["closing"]
    assert not report.coverage.excerpt
    assert not any("ICP" in p.text for _, _, p in report.paragraphs())


def test_report_without_title_takes_region_and_years_from_opening() -> None:
    report = parse((CASES / "structure" / "untitled.txt").read_text(encoding="utf-8"))
    assert (report.meta.region, report.meta.year, report.meta.plan_year) == ("某省平安县", 2021, 2022)
    assert report.meta.title == ""


def test_flags_override_detection() -> None:
    report = parse(SEED, year=2030, region="某区")
    assert (report.meta.region, report.meta.year, report.meta.plan_year) == ("某区", 2030, 2031)


def test_excerpt_coverage() -> None:
    report = parse(SEED_2024.read_text(encoding="utf-8"))
    assert report.coverage.excerpt and report.coverage.truncated
    assert report.coverage.last == "p1c1-2"
    cut = parse(SEED[: SEED.index("二、2024年")])  # a report cut after part 一
    assert cut.coverage.excerpt and cut.coverage.parts == ("execution",)
    assert not cut.coverage.truncated


def test_not_a_report() -> None:
    with pytest.raises(InputError, match="不是一份国民经济和社会发展计划报告"):
        parse("通知\n请各单位于周五前报送材料。\n")


def test_no_year_anywhere_asks_for_year() -> None:
    text = "一、计划执行情况\n（一）经济\n运行平稳。增长很好。\n二、主要目标任务\n（一）发展\n继续努力。加油。\n"
    with pytest.raises(InputError, match="--year"):
        parse(text)
    report = parse(text, year=2020, region="某区")
    assert report.meta.year == 2020


def test_outline_lines_are_deterministic() -> None:
    assert list(outline(parse(SEED))) == list(outline(BASE))


def test_paragraph_ids_are_positional() -> None:
    ids = [p.id for _, _, p in BASE.paragraphs()]
    assert len(ids) == len(set(ids))
    assert ids[:3] == ["f-1", "f-2", "p1-1"]
    assert "p2c8-4" in ids




def test_dropped_full_stops_between_chinese_text_are_restored() -> None:
    from drafter.normalize import normalize_text

    assert normalize_text("城市更新有序推进.完成改造52个.") == "城市更新有序推进。完成改造52个。"
    assert normalize_text("增长5.8%.PM2.5下降") == "增长5.8%.PM2.5下降"  # after a digit or % it stays


def test_tab_separated_lines_are_one_table() -> None:
    text = (
        "一、2023年计划执行情况\n（一）经济\n运行平稳。增长5%。\n二、2024年主要目标\n"
        "主要预期目标是：增长5%。\n指标\t单位\t2023年预计\t2024年目标\n地区生产总值增速\t%\t5.8\t5.5左右\n"
    )
    report = parse(text, region="某区")
    table = report.parts[1].paragraphs[-1]
    assert table.role == "table" and table.rows[1] == ("地区生产总值增速", "%", "5.8", "5.5左右")


@pytest.mark.parametrize(
    "title",
    [
        "某县2023年计划执行情况和2024年计划草案的报告",
        "某县2023年国民经济和社会发展计划执行情况暨2024年国民经济和社会发展计划（草案）的报告",
        "关于某县2023年经济社会发展计划执行情况与2024年经济社会发展计划草案的报告",
        "关于某县2023年度国民经济和社会发展计划执行情况以及2024年度计划的报告",
    ],
)
def test_title_variants(title: str) -> None:
    body = "\n".join(SEED.splitlines()[SEED.splitlines().index("各位代表:"):])
    report = parse(title + "\n" + body)
    assert (report.meta.year, report.meta.plan_year) == (2023, 2024)
    assert report.meta.region == "某县"
    assert report.meta.title == title.replace("(", "（").replace(")", "）")


def test_part_roles_from_their_year_when_words_say_nothing() -> None:
    text = (
        "关于某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n各位代表：\n"
        "一、2023年经济社会发展\n（一）经济\n运行平稳。地区生产总值增长5%。\n"
        "二、2024年经济社会发展\n（一）发展\n稳中求进。地区生产总值增长6%左右。\n"
    )
    report = parse(text)
    assert [p.role for p in report.parts] == ["execution", "plan"]
    assert not report.coverage.excerpt


def test_a_plan_of_umbrella_chapters_without_closing_is_whole() -> None:
    """（一）主要目标 / （二）重点任务 is few chapters by design, not a cut copy."""
    text = (
        "关于某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n各位代表：\n"
        "一、2023年国民经济和社会发展计划执行情况\n"
        + "".join(f"（{n}）工作{n}\n推进有力。完成投资{i}亿元。\n" for i, n in enumerate("一二三四五六", 1))
        + "二、2024年国民经济和社会发展主要目标任务\n（一）主要预期目标\n地区生产总值增长5%左右。\n"
        "（二）重点工作任务\n扩大有效投资。完成投资50亿元以上。\n"
    )
    assert not parse(text).coverage.excerpt
    cut = text.replace("（一）主要预期目标", "（一）着力稳增长").replace("（二）重点工作任务", "（二）着力扩内需")
    assert parse(cut).coverage.excerpt  # two ordinary chapters after six, no closing: a cut copy
