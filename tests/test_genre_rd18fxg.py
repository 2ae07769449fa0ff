"""Rule tests of round 18's fixer fx18g (tests/real_aside47, real_aside56 released from keeping aside;
docs/FIGURES.md "Round 18 fixes (fx18g; …)"): every page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report

from drafter.errors import DrafterError
from drafter.structure.body import CONTINUED_FROM
from drafter.structure.genre import INSPECTION_EVENT, account_without_head, news_item, read_title
from drafter.structure.places import places_in

TITLE = "关于青禾市2025年国民经济和社会发展计划执行情况及2026年计划草案的报告\n2026-03-02\n"


def _kinds(tmp_path: Path, text: str) -> list[str]:
    return [f.kind for f in page_report(tmp_path, text).figures if f.kind in ("target", "outcome")]


def test_a_continuation_page_of_the_plan_part_gives_targets(tmp_path: Path) -> None:
    """An e-paper's continuation page under the report's title, starting mid-part 二 with target
    words (力争, 确保, 以上): its figures are the plan year's targets, not outcomes."""
    page = TITLE + (
        "（上接05版）做强现代物流。力争社会物流总额增长8%以上，新增A级物流企业6家以上。\n"
        "稳定粮食生产。新建高标准农田5万亩，确保粮食产量稳定在60万吨以上，生猪出栏稳定在90万头以上。\n"
        "（四）深化改革开放，激发发展活力\n"
        "推进要素市场化配置改革。"
    )
    report = page_report(tmp_path, page)
    assert report.meta.kind == "report" and report.meta.plan_year == 2026
    got = [f for f in report.figures if f.value]
    assert got and {f.kind for f in got} == {"target"} and {f.period for f in got} == {2026}


def test_a_continuation_page_of_the_account_keeps_outcomes(tmp_path: Path) -> None:
    """The same mark over part 一's account (完成, 同比, 增长 as done): outcomes of the report year."""
    page = TITLE + (
        "（上接05版）工业经济稳中有进。全年完成规模以上工业增加值增长6.2%，同比提高1.1个百分点；"
        "完成工业投资120亿元，同比增长9.4%。\n"
        "（三）消费市场持续回暖\n"
        "全年实现社会消费品零售总额310亿元，同比增长5.5%。\n"
    )
    kinds = _kinds(tmp_path, page)
    assert kinds and set(kinds) == {"outcome"}


def test_the_continuation_mark_is_read_at_a_line_start_only() -> None:
    assert CONTINUED_FROM.match("（上接06版）大力发展现代服务业。")
    assert CONTINUED_FROM.match("(上接第2版)全年")
    assert not CONTINUED_FROM.match("详见（上接06版）")
    assert not CONTINUED_FROM.match("（下转08版）")
    hostile = "（上接" + "0" * 50_000 + "版）"
    assert not CONTINUED_FROM.match(hostile)


INSPECTION_NEWS = (
    "发布日期:2025年9月12日 来源: 青禾县人大常委会办公室\n"
    "9月3日，青禾县人大常委会组织部分委员和代表对2025年上半年国民经济和社会发展计划执行情况进行专题视察。"
    "县人大常委会主任李某、副县长王某参加视察。\n"
    "视察组一行先后来到县物流园项目、城南污水处理厂项目，听取了项目建设情况介绍。\n"
    "视察组指出，今年以来，县人民政府统筹推进各项工作，经济社会发展保持稳中向好。\n"
    "视察组建议，要紧盯年初确定的目标任务，加快项目建设进度，确保完成全年目标任务。\n"
)


def test_a_committees_inspection_news_of_the_execution_is_refused(tmp_path: Path) -> None:
    """News of a committee's inspection of the half-year execution (projects visited, the group's
    findings and suggestions, no figure), signed by the committee's office, not by a paper."""
    with pytest.raises(DrafterError):
        page_report(tmp_path, INSPECTION_NEWS)


def test_a_review_quoting_figures_after_its_inspection_is_kept() -> None:
    """A committee's review that tells its survey and then quotes the execution's figures is no news."""
    opening = [
        "关于2025年上半年国民经济和社会发展计划执行情况的调研报告",
        "县人大财经委对2025年上半年计划执行情况进行了专题调研。调研组指出，上半年全县地区生产总值42.1亿元，"
        "增长6.1%；一般公共预算收入3.2亿元，增长4.0%；社会消费品零售总额15.6亿元，增长5.2%。",
    ]
    assert not news_item(opening)


def test_the_inspection_event_pattern_is_bounded() -> None:
    assert INSPECTION_EVENT.search("对2025年计划执行情况进行集中视察")
    assert not INSPECTION_EVENT.search("对" * 20_000 + "计划执行情况" + "好" * 20_000)


def test_a_two_part_title_writing_its_plan_year_without_nian_is_a_report() -> None:
    """``2019年国民经济和社会发展计划执行情况与2020计划的报告``: both parts named, the plan year's 年 dropped."""
    m = read_title("2019年国民经济和社会发展计划执行情况与2020计划的报告")
    assert m is not None and (m.kind, m.year, m.plan_year) == ("report", 2019, 2020)
    m = read_title("关于2019年国民经济和社会发展计划执行情况的报告")
    assert m is not None and m.kind == "execution"


def test_a_citys_standing_is_no_place() -> None:
    """``紧紧围绕省会城市战略定位``: a kind of city; a city whose own name ends in 城 keeps its 市."""
    assert places_in("紧紧围绕首都城市战略定位，全面推进各项工作") == []
    assert places_in("发挥省会城市辐射作用") == []
    assert "晋城市" in places_in("晋城市人民政府")


HALF_YEAR_ACCOUNT = (
    "今年以来，全市坚持稳中求进工作总基调，经济运行总体平稳，为完成全年目标任务奠定了良好基础。\n"
    "（一）主要指标处于合理区间\n"
    "上半年地区生产总值增长6.1%，高于年初预期目标0.1个百分点。一般公共预算收入同比增长4.2%，"
    "社会消费品零售总额同比增长5.3%，城镇登记失业率2.1%。青禾地区进出口总额较上年同期增长8.4%。\n"
    "（二）结构持续优化\n"
    "高技术制造业增加值同比增长12.1%，转型升级取得新进展。\n"
)


def test_a_half_year_account_stored_from_its_first_paragraph_is_an_execution_report() -> None:
    texts = HALF_YEAR_ACCOUNT.splitlines()
    assert account_without_head(texts)
    # the same opening over the plan's words, or with no lettered section, is no such account
    assert not account_without_head([texts[0], "力争全年地区生产总值增长6%左右，确保完成年初计划。"])
    assert not account_without_head([texts[0], texts[2]])
    hostile = "今年以来，全市" + "上半年" * 20_000
    assert not account_without_head([hostile, "（一）好", hostile])


def test_a_half_year_account_page_asks_for_its_year_and_reads_as_execution(tmp_path: Path) -> None:
    report = page_report(tmp_path, HALF_YEAR_ACCOUNT, year=2019, region="青禾市")
    assert report.meta.kind == "execution" and report.meta.year == 2019
    assert {f.kind for f in report.figures if f.value} == {"outcome"}
