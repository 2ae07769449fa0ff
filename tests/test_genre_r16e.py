"""Page-reading rule tests of round 16 (fixer fxa58): a press digest of the two-part report whose lead
gives the targets and whose next paragraph names the report (``这是…向大会提交的《关于…的报告》提出的
今年主要预期目标``) is the report, of the years its title names, its figures the plan's targets. Every page
here is invented."""

from __future__ import annotations

from pathlib import Path

from _bounds import cpu_bound
from invented_page import page_report

_DIGEST = (
    "某某省发改委：加快建设内陆开放高地\n\n"
    "作者：张三 来源：某某在线—某某新闻网\n"
    "2016-01-28 09:10:00\n\n"
    "   某某省发改委提交报告提出今年主要预期目标\n\n"
    "  加快建设内陆开放高地\n\n"
    "  某某在线—某某新闻网1月28日讯(某某晚报记者 张三)地区生产总值增长8%,争取8.5%;规模工业增加值增长8%左右;"
    "投资增长15%左右;社会消费品零售总额增长11%。\n\n"
    "  这是在省十二届人大五次会议上,省发改委向大会提交的《关于某某省2015年国民经济和社会发展计划执行情况与2016年"
    "计划草案的报告》提出的今年主要预期目标。\n\n"
    "  做强先进制造业\n\n"
    "  实施制造强省行动,新培育千亿产业集群2个。\n"
)


def test_a_press_digest_naming_the_report_after_its_lead_is_the_report(tmp_path: Path) -> None:
    report = page_report(tmp_path, _DIGEST, region="某某省")
    assert (report.meta.year, report.meta.plan_year) == (2015, 2016)
    assert report.meta.kind == "report"
    got = {(f.indicator, f.value, f.kind) for f in report.figures}
    assert ("地区生产总值", "8", "target") in got
    assert ("社会消费品零售总额", "11", "target") in got


def test_the_dateline_patterns_read_hostile_input_fast() -> None:

    from drafter.structure.head import DATELINE, DATELINE_LEAD

    for pattern in (DATELINE, DATELINE_LEAD):
        for text in ("1月2日" * 10000, "某" * 10000 + "1月2日讯", "12月31日电" * 10000):
            with cpu_bound(1.0):
                pattern.search(text)
