"""A small hand-made pair of reports and the DiffResult between them, for the review page tests.

The texts carry hostile markup (``<script>``, ``onerror=``) so every test of the page also
tests escaping. The DiffResult is built by hand, not by the diff engine, so these tests pin
what the page does with each kind of change whatever the engine decides.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from drafter.compare.result import (
    Change,
    DiffResult,
    Evidence,
    FigureRef,
    LedgerEntry,
    ParagraphDiff,
    SectionDiff,
    Side,
    TokenOp,
    Unplanned,
)
from drafter.model import Chapter, Coverage, Figure, Metadata, Paragraph, Part, Report

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=2">'

A_TEXT = {
    "p1c1-1": "经济运行稳中向好。全年地区生产总值增长3%左右，北京项目投资额34.2亿元，同比增长5%。",
    "p1c1-2": f"营商环境持续优化。{SCRIPT}市场主体达到6万家。",
    "p1c1-3": "产业结构不断优化。服务业占比提高。",
    "p1c1-4": "社会大局和谐稳定。",
    "p2c1-1": "2024年主要目标是：地区生产总值增长4.5%左右，北京项目投资额30亿元，市场主体突破6.2万家。",
}
B_TEXT = {
    "p1c1-1": "经济运行稳中向好。全年地区生产总值增长3.5%左右，北京项目投资额35.08亿元，完成全年任务的116.9%。",
    "p1c1-2": f"营商环境持续优化。{IMG}市场主体达到6.2万家。",
    "p1c1-3": "社会大局和谐稳定。",
    "p1c2-1": "产业结构不断优化。服务业占比提高。",
    "p1c2-2": "新建公共充电桩300台。",
}


def _figure(texts: dict[str, str], pid: str, surface: str, indicator: str, kind: str, qualifier: str, period: int) -> Figure:
    text = texts[pid]
    start = text.index(surface)
    number = surface.rstrip("%左右亿元万家台")
    scale = Decimal(100000000) if "亿" in surface else Decimal(10000) if "万" in surface else Decimal(1)
    sentence_start = text.rfind("。", 0, start) + 1
    sentence_end = text.index("。", start) + 1
    return Figure(
        indicator=indicator,
        value=number,
        number=Decimal(number) * scale,
        unit=surface[len(number):].replace("左右", ""),
        unit_family="money" if "元" in surface else "percent" if "%" in surface else "count",
        kind=kind,  # type: ignore[arg-type]
        measure="growth" if "%" in surface else "amount",
        qualifier=qualifier,  # type: ignore[arg-type]
        period=period,
        section="一（一）" if pid.startswith("p1c1") else "一（二）" if pid.startswith("p1c2") else "二（一）",
        paragraph=pid,
        span=(start, start + len(surface)),
        text=surface,
        sentence=text[sentence_start:sentence_end],
    )


def _paragraphs(texts: dict[str, str], prefix: str, first: int) -> tuple[Paragraph, ...]:
    ids = [pid for pid in texts if pid.startswith(prefix)]
    return tuple(Paragraph(pid, first + i, "body", texts[pid]) for i, pid in enumerate(ids))


def reports() -> tuple[Report, Report]:
    a_figures = (
        _figure(A_TEXT, "p1c1-1", "3%左右", "地区生产总值", "outcome", "about", 2023),
        _figure(A_TEXT, "p1c1-1", "34.2亿元", "北京项目投资额", "outcome", "exact", 2023),
        _figure(A_TEXT, "p2c1-1", "4.5%左右", "地区生产总值", "target", "about", 2024),
        _figure(A_TEXT, "p2c1-1", "30亿元", "北京项目投资额", "target", "exact", 2024),
        _figure(A_TEXT, "p2c1-1", "6.2万家", "市场主体", "target", "at_least", 2024),
    )
    b_figures = (
        _figure(B_TEXT, "p1c1-1", "3.5%左右", "地区生产总值", "outcome", "about", 2024),
        _figure(B_TEXT, "p1c1-1", "35.08亿元", "北京项目投资额", "outcome", "exact", 2024),
        _figure(B_TEXT, "p1c2-2", "300台", "公共充电桩", "outcome", "exact", 2024),
    )
    a = Report(
        meta=Metadata("测试省样例区", 2023, 2024, title="关于样例区2023年计划执行情况与2024年计划草案的报告"),
        coverage=Coverage(False, ("execution", "plan"), note="全文。"),
        parts=(
            Part("p1", "一", "execution", "2023年计划执行情况", chapters=(
                Chapter("p1c1", "一", "稳增长", _paragraphs(A_TEXT, "p1c1", 0)),
            )),
            Part("p2", "二", "plan", "2024年主要目标任务", chapters=(
                Chapter("p2c1", "一", "促发展", _paragraphs(A_TEXT, "p2c1", 4)),
            )),
        ),
        figures=a_figures,
    )
    b = Report(
        meta=Metadata("测试省样例区", 2024, 2025, title=f"关于样例区2024年计划执行情况与2025年计划草案的报告{SCRIPT}"),
        coverage=Coverage(False, ("execution",), note="全文。"),
        parts=(
            Part("p1", "一", "execution", "2024年计划执行情况", chapters=(
                Chapter("p1c1", "一", "稳增长", _paragraphs(B_TEXT, "p1c1", 0)),
                Chapter("p1c2", "二", "调结构", _paragraphs(B_TEXT, "p1c2", 3)),
            )),
        ),
        figures=b_figures,
    )
    return a, b


def _spanned(change: Change, a_text: str, b_text: str) -> Change:
    """The change with its spans, as compare gives them: where ``old`` / ``new`` stand."""
    a0, b0 = a_text.index(change.old), b_text.index(change.new)
    return replace(change, span_a=(a0, a0 + len(change.old)), span_b=(b0, b0 + len(change.new)))


def diff_result(a: Report, b: Report) -> DiffResult:
    ref = FigureRef.of
    fa = {f.text: f for f in a.figures}
    fb = {f.text: f for f in b.figures}
    targets = (
        LedgerEntry("地区生产总值", ref(fa["4.5%左右"]), ref(fb["3.5%左右"]), Decimal("77.8"), None, "missed", False,
                    Evidence(0.9, ("indicator 1.00",), "", "p2c1-1", "p1c1-1", False, Decimal("0.05"))),
        LedgerEntry("北京项目投资额", ref(fa["30亿元"]), ref(fb["35.08亿元"]), Decimal("116.9"), Decimal("116.9"),
                    "exceeded", True, Evidence(1.0, ("pinned",), "", "p2c1-1", "p1c1-1")),
        LedgerEntry(f"市场主体{SCRIPT}", ref(fa["6.2万家"]), None, None, None, "not_reported", False,
                    Evidence(0.0, (), "B 全文未提及该指标", "p2c1-1", "")),
    )
    unplanned = (Unplanned("公共充电桩", ref(fb["300台"])),)
    a1, b1 = A_TEXT["p1c1-1"], B_TEXT["p1c1-1"]
    p1 = ParagraphDiff("p1c1-1", "p1c1-1", "changed", (
        TokenOp("equal", "经济运行稳中向好。全年地区生产总值增长"),
        TokenOp("delete", "3%左右", "figure_changed"), TokenOp("insert", "3.5%左右", "figure_changed"),
        TokenOp("equal", "，北京项目投资额"),
        TokenOp("delete", "34.2亿元", "figure_changed"), TokenOp("insert", "35.08亿元", "figure_changed"),
        TokenOp("equal", "，"),
        TokenOp("delete", "同比增长5%", "wording"), TokenOp("insert", "完成全年任务的116.9%", "wording"),
        TokenOp("equal", "。"),
    ), 0.8)
    assert "".join(o.text for o in p1.ops if o.op != "insert") == a1
    assert "".join(o.text for o in p1.ops if o.op != "delete") == b1
    p2 = ParagraphDiff("p1c1-2", "p1c1-2", "changed", (
        TokenOp("equal", "营商环境持续优化。"),
        TokenOp("delete", SCRIPT, "wording"), TokenOp("insert", IMG, "wording"),
        TokenOp("equal", "市场主体达到"),
        TokenOp("delete", "6万家", "figure_changed"), TokenOp("insert", "6.2万家", "figure_changed"),
        TokenOp("equal", "。"),
    ), 0.7)
    same = ParagraphDiff("p1c1-4", "p1c1-3", "equal", (TokenOp("equal", A_TEXT["p1c1-4"]),), 1.0)
    p3 = ParagraphDiff("p1c1-3", "p1c2-1", "moved", (TokenOp("equal", A_TEXT["p1c1-3"]),), 1.0)
    p4 = ParagraphDiff("", "p1c2-2", "added", (TokenOp("insert", B_TEXT["p1c2-2"], "added"),))
    p5 = ParagraphDiff("p2c1-1", "", "removed", (TokenOp("delete", A_TEXT["p2c1-1"], "removed"),))
    sections = (
        SectionDiff("一（一）", "一（一）", "稳增长", "稳增长", False, (p1, p2, same)),
        SectionDiff("", "一（二）", "", "调结构", False, (p3, p4)),
        SectionDiff("二（一）", "", "促发展", "", False, (p5,)),
    )
    a2, b2 = A_TEXT["p1c1-2"], B_TEXT["p1c1-2"]
    changes = (
        _spanned(Change("figure_changed", "一（一）", "3%左右", "3.5%左右", "p1c1-1", "p1c1-1", "地区生产总值", "3%左右", "3.5%左右"), a1, b1),
        _spanned(Change("figure_changed", "一（一）", "34.2亿元", "35.08亿元", "p1c1-1", "p1c1-1", "北京项目投资额", "34.2亿元", "35.08亿元"), a1, b1),
        _spanned(Change("wording", "一（一）", "同比增长5%。", "完成全年任务的116.9%。", "p1c1-1", "p1c1-1"), a1, b1),
        _spanned(Change("wording", "一（一）", SCRIPT, IMG, "p1c1-2", "p1c1-2"), a2, b2),
        _spanned(Change("figure_changed", "一（一）", "6万家", "6.2万家", "p1c1-2", "p1c1-2", "市场主体", "6万家", "6.2万家"), a2, b2),
        Change("added", "一（二）", "", "调结构"),
        Change("moved", "一（二）", A_TEXT["p1c1-3"], B_TEXT["p1c2-1"], "p1c1-3", "p1c2-1"),
        Change("added", "一（二）", "", B_TEXT["p1c2-2"], "", "p1c2-2"),
        Change("removed", "二（一）", A_TEXT["p2c1-1"], "", "p2c1-1", ""),
    )
    return DiffResult(
        mode="pair",
        a=Side(2023, "测试省样例区", False, a.meta.title, "archive"),
        b=Side(2024, "测试省样例区", False, b.meta.title, "archive"),
        tolerance=Decimal("0.05"),
        tolerance_points=Decimal("0.3"),
        targets=targets,
        unplanned=unplanned,
        changes=changes,
        sections=sections,
    )
