"""Page-reading rule tests of the sixteenth round (fxa5761): a gazetteer's section on one year's plan
(``第五节 2005年计划的编制与执行``) is a plan alone, and a copy set in lines of one width is read as its
paragraphs (real_aside61 conventions 1 and 2). Every page and sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from _bounds import cpu_bound
from invented_page import page_reading, page_report

from drafter.figures.report import extract_report
from drafter.read import Block
from drafter.structure.blocks import join_fixed_width

#: An invented gazetteer's section, its lines cut at one width (names from figures, numbers from ``%``).
_GAZETTEER = (
    "第五节 2005年计划的编制与执行\n\n"
    "一、计划编制\n"
    "2004年下半年,某某省开始2005年国民经济和社会发展计划编制工作,经过与各\n"
    "市、各部门衔接,10月,省计划委完成《某某省2005年国民经济和社会发展计划\n"
    "(讨论稿)》。10月20日,报省政府审查。12月10日,省政府在省城召开全省计划\n"
    "工作会议,研究部署2005年国民经济和社会发展计划。2005年2月1日,省人大会\n"
    "议审议批准该计划。\n\n"
    "二、计划内容\n"
    "(一)指导思想和主要目标。\n"
    "主要目标。地区生产总值增长9%,其中一、二、三产业分别增长4%、10%、\n"
    "10%;地方财政收入增长11%;全社会固定资产投资增长18%;社会消费品零售总\n"
    "额增长12%;居民消费价格指数上涨2%;外贸进出口总额增长14%,其中出口增长15\n"
    "%;实际利用外资增长16%;城镇居民人均可支配收入和农民人均纯收入分别增长7\n"
    "%和6%;城镇登记失业率控制在4.5%左右。\n"
)


def test_gazetteer_plan_section_is_a_plan(tmp_path: Path) -> None:
    kind, region, year, plan_year = page_reading(tmp_path, _GAZETTEER)
    assert (kind, region, year, plan_year) == ("plan", "某某省", 2004, 2005)


def test_fixed_width_lines_read_as_paragraphs(tmp_path: Path) -> None:
    figures = extract_report(page_report(tmp_path, _GAZETTEER))
    got = {(f.value, f.unit, f.indicator) for f in figures}
    for want in [
        ("15", "%", "出口"),
        ("7", "%", "城镇居民人均可支配收入"),
        ("6", "%", "农民人均纯收入"),
        ("12", "%", "社会消费品零售总额"),
        ("10", "%", "第三产业"),
    ]:
        assert want in got, (want, sorted(got, key=str))


def test_web_paragraphs_of_varied_length_are_not_fixed_width() -> None:
    blocks = [Block("某某区全年地区生产总值增长" + "很" * (30 + 7 * k) + "好") for k in range(12)]
    assert join_fixed_width(blocks) == blocks


def test_fixed_width_join_is_linear() -> None:
    blocks = [Block("一二三四五六七八九十" * 4) for _ in range(10_000)]
    with cpu_bound(1.0):
        joined = join_fixed_width(blocks)
    assert len(joined) == 1
