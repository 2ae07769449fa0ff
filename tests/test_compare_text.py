"""Text changes: token diff, change kinds, alignment, and a full-length scripted pair from the seed."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import pytest
from compare_kit import build
from conftest import SEED_2023

from drafter.compare import diff_reports
from drafter.compare.align import bigrams, dice, in_order
from drafter.compare.text import ParagraphContext, classify, simple_tokenize, token_diff
from drafter.model import Chapter, Part, Report


def test_a_changed_number_is_one_token_never_digits():
    a = ("总额", "12.47亿元", "，", "增长", "3%")
    b = ("总额", "19.97亿元", "，", "增长", "3%")
    runs = token_diff(a, b)
    assert runs == [("equal", ["总额"]), ("delete", ["12.47亿元"]), ("insert", ["19.97亿元"]), ("equal", ["，", "增长", "3%"])]


def test_classify_figure_year_and_wording():
    a_text = "2023年实现投资额30亿元。工作扎实推进。"
    b_text = "2024年实现投资额35亿元。各项工作稳步推进。"
    runs = token_diff(simple_tokenize(a_text), simple_tokenize(b_text))
    changes = classify(a_text, b_text, runs, ParagraphContext("一（一）", "a1", "b1", 1))
    kinds = [(c.kind, c.old if c.kind != "wording" else c.new) for c in changes]
    assert kinds == [("year_rolled", "2023年"), ("figure_changed", "30亿元"), ("wording", "各项工作稳步推进。")]
    figure = changes[1]
    assert (figure.indicator, figure.old_value, figure.new_value) == ("投资额", "30亿元", "35亿元")


def _figure_tokens(text: str) -> tuple[str, ...]:
    """Tokens as ingest stores them: a figure with its unit is one token."""
    from drafter.segment import tokenize

    spans = [m.span() for m in re.finditer(r"\d+(?:\.\d+)?(?:亿美元|万户|家|微克/立方米)", text)]
    return tokenize(text, spans)


def test_a_figure_changed_beside_a_dropped_clause_is_still_a_figure_change():
    a_text = "目标是：实际利用外资2.5亿美元；新增市场主体1.2万户；PM2.5平均浓度38微克/立方米。"
    b_text = "目标是：实际利用外资2.6亿美元；PM2.5平均浓度36微克/立方米。"
    runs = token_diff(_figure_tokens(a_text), _figure_tokens(b_text))
    changes = classify(a_text, b_text, runs, ParagraphContext("二", "a", "b", 1))
    figures = [(c.indicator, c.old_value, c.new_value) for c in changes if c.kind == "figure_changed"]
    assert ("实际利用外资", "2.5亿美元", "2.6亿美元") in figures
    assert any(c.kind == "wording" and "新增市场主体" in c.old for c in changes)


def test_figures_of_different_indicators_beside_a_rewrite_are_not_paired():
    a_text = "链条延伸。全年引进配套企业21家；新增产值12亿元。"
    b_text = "链条延伸。全年新认定国家级高新技术企业9家，总数达到47家。"
    runs = token_diff(_figure_tokens(a_text), _figure_tokens(b_text))
    changes = classify(a_text, b_text, runs, ParagraphContext("一", "a", "b", 1))
    assert not [c for c in changes if c.kind == "figure_changed" and c.old_value == "21家"]


def test_a_year_moved_by_the_wrong_distance_is_wording():
    a_text, b_text = "编制2024年计划。", "编制2026年计划。"
    runs = token_diff(simple_tokenize(a_text), simple_tokenize(b_text))
    assert [c.kind for c in classify(a_text, b_text, runs, ParagraphContext("一", "", "", 1))] == ["wording"]


def test_simple_tokenizer_keeps_numbers_and_joins_back():
    text = "新增北京项目投资额34.2亿元，增长2.6%，PM 2.5"
    tokens = simple_tokenize(text)
    assert "".join(tokens) == text and "34.2亿元" in tokens and "2.6%" in tokens


def test_tokenizer_is_a_parameter():
    a = build(2023, {"execution": [("章", ["甲乙丙丁。"])]})
    b = build(2024, {"execution": [("章", ["甲乙戊丁。"])]})
    seen = []

    def chars(text):
        seen.append(text)
        return tuple(text)

    result = diff_reports(a, b, tokenizer=chars)
    assert "甲乙丙丁。" in seen
    assert [(c.kind, c.old, c.new) for c in result.changes] == [
        ("year_rolled", "2023年", "2024年"),  # the part title
        ("wording", "甲乙丙丁。", "甲乙戊丁。"),
    ]


def test_in_order_keeps_the_longest_run():
    pairs = [(0, 0, 1.0), (1, 4, 1.0), (2, 1, 1.0), (3, 2, 1.0), (4, 3, 1.0)]
    assert in_order(pairs) == {0, 2, 3, 4}


def test_bigram_similarity_ignores_numbers_and_punctuation():
    assert dice(bigrams("增长3.2%，居首位"), bigrams("增长5.1%,居首位")) == 1.0


# -- a full-length pair: the seed and a "next year" made from it by scripted edits --------

FIGURES = [  # (old, new, a word of the indicator); each old text occurs once in the seed
    ("完成121.47亿元", "完成130.25亿元", "招商引资到位额"),
    ("34.2亿元", "36.5亿元", "北京项目投资额"),
    ("企业123家", "企业141家", "国家高新技术企业"),
    ("606台", "712台", "公共充电桩"),
    ("6吨/月·平方公里以下", "5.5吨/月·平方公里以下", "降尘量"),
]
YEARS = [("较2022年", "较2023年"), ("编制我区2024年", "编制我区2025年")]
SENTENCES = [
    ("多元培育首店、夜经济、假日经济等新消费，认定14家首店，5家夜市开业运营。",
     "全年新开品牌首店和特色夜市，消费活力明显增强。"),
    ("顺利通过国家卫生区复审验收。", "国家卫生区复审验收顺利通过，卫生创建成果得到巩固。"),
    ("加快推进“互联网+护理服务”建设。", "推广“互联网+护理服务”，方便居民在家接受护理。"),
]
DELETED = ("社会大局和谐安定。", "强化街域项目支撑。")  # lead sentences of the paragraphs deleted
ADDED = {
    "p1c2": "人才交流合作走深走实。与北京高校共建实习实训基地，组织青年人才赴京研修，柔性引进一批急需紧缺专业人才。",
    "p2c1": "深化区域人才协同。健全京津冀人才互认互通机制，建设人才驿站，为来津创业青年提供住房和子女入学便利。",
}
MOVED = ("p2", 4, 1)  # part 二: chapter （五） goes to the second place


def _tokenize_all(report: Report) -> Report:
    from drafter.ingest import with_tokens
    from drafter.segment import tokenize

    return with_tokens(report, tokenize)


@pytest.fixture(scope="module")
def seed() -> Report:
    from drafter.read import read_file
    from drafter.structure import parse_report

    return _tokenize_all(parse_report(read_file(SEED_2023)))


EDITS = [(e[0], e[1]) for e in FIGURES + YEARS + SENTENCES]


def _edit_text(text: str, applied: list[str]) -> str:
    for old, new in EDITS:
        if old in text:
            assert text.count(old) == 1, old
            text = text.replace(old, new)
            applied.append(old)
    return text


def _deleted(text: str) -> bool:
    return text.startswith(DELETED)


def next_year(seed: Report) -> Report:
    parts = []
    applied: list[str] = []
    for part in seed.parts:
        chapters = []
        for chapter in part.chapters:
            pars = [replace(p, text=_edit_text(p.text, applied), tokens=()) for p in chapter.paragraphs if not _deleted(p.text)]
            if chapter.id in ADDED:
                pars.append(replace(pars[-1], id=pars[-1].id + "x", text=ADDED[chapter.id], lead="", tokens=()))
            chapters.append(replace(chapter, paragraphs=tuple(pars)))
        if part.id == MOVED[0]:
            moving = chapters.pop(MOVED[1])
            chapters.insert(MOVED[2], moving)
        title = re.sub(r"(\d{4})年", lambda m: f"{int(m.group(1)) + 1}年", part.title)
        parts.append(replace(part, title=title, chapters=tuple(chapters)))
    assert sorted(applied) == sorted(old for old, _ in EDITS)
    report = replace(seed, parts=tuple(parts), meta=replace(seed.meta, year=2024, plan_year=2025))
    return _renumber(_tokenize_all(report))


def _renumber(report: Report) -> Report:
    """Ids and indexes as a parser would give the new report (position-derived)."""
    index = 0
    parts = []
    cn = "一二三四五六七八九十"
    front = []
    for p in report.front:
        front.append(replace(p, index=index))
        index += 1
    for n, part in enumerate(report.parts, 1):
        pars = []
        for k, p in enumerate(part.paragraphs, 1):
            pars.append(replace(p, id=f"p{n}-{k}", index=index))
            index += 1
        chapters = []
        for c, chapter in enumerate(part.chapters, 1):
            cps = []
            for k, p in enumerate(chapter.paragraphs, 1):
                cps.append(replace(p, id=f"p{n}c{c}-{k}", index=index))
                index += 1
            chapters.append(Chapter(f"p{n}c{c}", cn[c - 1], chapter.title, tuple(cps)))
        parts.append(Part(part.id, part.number, part.role, part.title, tuple(pars), tuple(chapters)))
    return replace(report, front=tuple(front), parts=tuple(parts))


def _figure_part(text: str) -> str:
    return text[re.search(r"\d", text).start():]  # type: ignore[union-attr]


def test_full_length_pair_recovers_exactly_the_scripted_edits(seed: Report):
    later = next_year(seed)
    result = diff_reports(seed, later)
    kinds = Counter(c.kind for c in result.changes)
    assert kinds == Counter(
        figure_changed=len(FIGURES), year_rolled=len(YEARS) + 2, wording=len(SENTENCES),
        moved=1, removed=len(DELETED), added=len(ADDED),
    ), [(c.kind, c.section, c.old[:30], c.new[:30]) for c in result.changes]
    figures = {(c.old_value, c.new_value): c for c in result.changes if c.kind == "figure_changed"}
    for old, new, word in FIGURES:
        assert word in figures[(_figure_part(old), _figure_part(new))].indicator
    wording = {(c.old, c.new) for c in result.changes if c.kind == "wording"}
    assert wording == set(SENTENCES)
    removed = {c.paragraph_a for c in result.changes if c.kind == "removed"}
    assert removed == {p.id for _, _, p in seed.paragraphs() if _deleted(p.text)}
    added = {c.new for c in result.changes if c.kind == "added"}
    assert added == set(ADDED.values())
    moved = next(c for c in result.changes if c.kind == "moved")
    assert "营商环境" in moved.new and moved.section == "二（二）"
    rolled = sorted((c.old, c.new) for c in result.changes if c.kind == "year_rolled")
    assert rolled == [("2022年", "2023年"), ("2023年", "2024年"), ("2024年", "2025年"), ("2024年", "2025年")]


def test_identical_reports_have_no_changes(seed: Report):
    result = diff_reports(seed, replace(seed, meta=replace(seed.meta, year=2024)))
    assert result.changes == ()
    assert all(p.status == "equal" for s in result.sections for p in s.paragraphs)


def test_token_ops_rebuild_both_texts(seed: Report):
    later = next_year(seed)
    result = diff_reports(seed, later)
    texts_a = {p.id: p.text for _, _, p in seed.paragraphs()}
    texts_b = {p.id: p.text for _, _, p in later.paragraphs()}
    for section in result.sections:
        for p in section.paragraphs:
            if p.a:
                assert "".join(o.text for o in p.ops if o.op != "insert") == texts_a[p.a]
            if p.b:
                assert "".join(o.text for o in p.ops if o.op != "delete") == texts_b[p.b]


def _lead(report: Report, leads: dict[str, str]) -> Report:
    """The report with each paragraph's lead sentence set where its text opens with one of ``leads``."""
    parts = []
    for part in report.parts:
        chapters = []
        for ch in part.chapters:
            pars = tuple(
                replace(p, lead=next((lead for lead in leads if p.text.startswith(lead)), "")) for p in ch.paragraphs
            )
            chapters.append(replace(ch, paragraphs=pars))
        parts.append(replace(part, chapters=tuple(chapters)))
    return replace(report, parts=tuple(parts))


def test_a_paragraph_rewritten_under_the_same_lead_sentence_stays_aligned():
    """B rewrote 稳定粮食生产 and folded A's 做强特色产业 into it: the lead sentence decides."""
    leads = {"稳定粮食生产。": "", "做强特色产业。": "", "防范化解重点领域风险。": ""}
    a = _lead(build(2024, {"plan": [("乡村振兴", [
        "稳定粮食生产。严格落实耕地保护制度，粮食播种面积稳定在62万亩以上，新建高标准农田3.5万亩。",
        "做强特色产业。新增市级以上农业产业化龙头企业5家，争创省级现代农业产业园。",
        "防范化解重点领域风险。严格落实政府债务管理制度，稳妥化解存量隐性债务，守住底线。",
    ])]}), leads)
    b = _lead(build(2025, {"plan": [("乡村振兴", [
        "稳定粮食生产。粮食播种面积稳定在62.5万亩以上。做优黄桃、茶油等特色产业，新增市级以上农业产业化龙头企业4家。",
        "防范化解重点领域风险。加快融资平台市场化转型，年内化解隐性债务3亿元，确保债务风险总体可控。",
    ])]}), leads)
    kinds = {(c.kind, (c.old or c.new)[:6]) for c in diff_reports(a, b).changes if c.kind in ("added", "removed")}
    assert kinds == {("removed", "做强特色产业")}


def test_the_shortcomings_paragraph_is_aligned_with_its_rewrite():
    a = build(2024, {"execution": [("工业", ["工业增长。"])]}, intro={"execution": [
        ("shortcomings", "在总结成绩的同时，我们也清醒认识到存在的困难和问题：经济总量不大，工业结构偏重。")]})
    b = build(2025, {"execution": [("工业", ["工业增长。"])]}, intro={"execution": [
        ("shortcomings", "在肯定成绩的同时，我们也清醒看到：有效需求不足，财政收支平衡难度加大。")]})
    kinds = [c.kind for c in diff_reports(a, b).changes]
    assert "added" not in kinds and "removed" not in kinds and "wording" in kinds
