"""Rule tests for ranks and names (issue 9, round 18, fxdnames2): invented sentences for the general
causes of real_aside21/22's remaining misses, with the neighbours each rule must leave alone."""

from __future__ import annotations

from drafter.figures import extract_figures


def _got(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(text, kind=kind, year=2023)]


def _ranks(text: str) -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(text, kind="outcome", year=2023) if f.measure == "rank"]


def test_a_rank_said_alike_of_a_list_gives_one_per_item() -> None:
    got = _ranks("实现工业增加值120亿元、工业产值560亿元，分别增长8.1%和9.3%，总量均居全省首位。")
    assert got == [("工业增加值总量", "首", "位"), ("工业产值总量", "首", "位")]
    assert _ranks("进口和出口分别增长5%、6%，均居全省第一。") == [("进口", "一", ""), ("出口", "一", "")]
    assert _ranks("进口增长5%、出口增长6%，均居全市第2位。") == [("进口", "2", "位"), ("出口", "2", "位")]
    # no 均: the rank is the last one's; a level and its growth are one indicator
    assert _ranks("进口增长5%，出口增长5%，居全省第一。") == [("出口", "一", "")]
    assert _ranks("地区生产总值完成500亿元，增长8%，均居全省第一。") == [("地区生产总值", "一", "")]
    # the rank's own list before 均 names it
    got = _ranks("全县地区生产总值增长6%，增速比全州高0.5个百分点，增速和经济总量均排名全州第3位。")
    assert got == [("地区生产总值增速和经济总量", "3", "位")]


def test_a_rank_after_a_long_scope() -> None:
    assert _ranks("人均GDP达12.3万元，稳居全国同类副省级以上城市首位。") == [("人均GDP", "首", "位")]
    assert _ranks("出口总额达50亿元，位居国内沿海开放城市第五位。") == [("出口总额", "五", "位")]
    # a verb that says a place keeps its short scope
    assert _ranks("新增企业20家，保持了全国县域经济与社会发展综合实力第一方阵。") == []


def test_a_rank_reached_by_a_rise_after_its_scope() -> None:
    got = _ranks("税收收入增速达12%，规模达到800亿元，上升至国内城市第六位。")
    assert got[-1] == ("税收收入规模", "六", "位")
    assert _ranks("出口额攀升至全省第5。") == [("出口额", "5", "")]
    assert _ranks("利用外资排名上升至12位。") == [("利用外资排名", "12", "位")]
    # a rise to an amount is no rank
    assert _ranks("城镇化率上升至65%。") == []


def test_a_rank_after_a_rate_written_with_its_head() -> None:
    assert _ranks("税收收入增速达18.2%，跃居全国省级财政第一。") == [("税收收入增速", "一", "")]
    assert _ranks("工业投资增幅为15%，居全市第一。") == [("工业投资增幅", "一", "")]
    # a growth written with 增长 ranks the indicator itself (aside22 convention 4)
    assert _ranks("全市生产总值实现1750亿元，增长8.9%，稳居全省第四位。") == [("生产总值", "四", "位")]


def _names(text: str) -> list[str]:
    return [f.indicator for f in extract_figures(text, kind="outcome", year=2023)]


def test_a_part_after_its_count_takes_the_verb() -> None:
    got = _names("申报省级以上科研项目40个，其中，国家级重点研发项目5个、省自然科学基金项目9个。")
    assert got == ["申报省级以上科研项目", "申报国家级重点研发项目", "申报省自然科学基金项目"]
    assert _names("培育企业20家，其中国家级专精特新企业3家。")[1] == "培育国家级专精特新企业"
    # a part not opening with a level keeps its own words; a lead verb carries nothing
    assert _names("申报项目50个，其中工业项目30个。")[1] == "工业项目"
    assert _names("新建项目50个，其中省级重点项目12个。")[1] == "省级重点项目"


def test_a_batch_of_the_things_counted_before() -> None:
    assert _names("申报专精特新企业40家，首批认定12家。") == ["申报专精特新企业", "专精特新企业"]
    assert _names("认定高新技术企业30家，第二批认定12家。") == ["高新技术企业", "高新技术企业"]
    # another verb after the batch is no lead word: left as written
    assert _names("申报专利100件，首批授权20件。")[1] == "首批授权"


def test_firms_entered_in_a_register() -> None:
    assert _names("入库科技型中小企业达320家。") == ["入库科技型中小企业"]
    # 入库 before taxes is the paying in, before a register named by its level the entry: a lead word
    assert _names("入库税收12亿元。") == ["税收"]
    assert _names("入库国家科技型中小企业260家。") == ["国家科技型中小企业"]


def test_who_allotted_the_money_goes() -> None:
    assert _names("争取中央下达我市棚户区改造补助资金3.2亿元。") == ["棚户区改造补助资金"]
    assert _names("省级下拨救灾资金2亿元。") == ["救灾资金"]
    # 安排 by the province is left as before; 下达的 names the task
    assert _names("省安排专项资金2亿元。") == ["省安排专项资金"]


def test_people_moved_to_an_action() -> None:
    got = [(f.indicator, f.unit, f.qualifier) for f in extract_figures("发动1.2万余人次参与森林防火。", kind="outcome", year=2023)]
    assert got == [("发动参与森林防火", "万人次", "at_least")]
    # no verb that moved them; people named after the count
    assert _names("有3000人参加培训。") == ["参加培训"]
    assert _names("动员2万名群众参与抗洪抢险。") == ["群众参与抗洪抢险"]


def test_the_next_duration_of_the_same_taking() -> None:
    assert _names("用12天实现无新增本地病例，30天实现住院病例清零。") == ["无新增本地病例", "住院病例清零"]
    # durations not taken to reach a result keep their own words
    assert _names("建设工期120天，验收用时15天。") == ["建设工期", "验收用时"]
