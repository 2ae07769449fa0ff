"""Rule tests of the names round fxnames10 (issue 9, eighth fixing round: tests/real_aside10 and
tests/real_aside11): aliases in brackets, ranks of a total, shares of the wider scope, steady-state
clauses, milestones, contribution and completion rates, sectors achieving a company measure, zones
inside a county, counts run into a company measure's growth, durations named by their result.
Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, place: str = "") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind="outcome", year=2023, place=place)]


def test_an_alias_in_brackets_is_no_part_of_the_name() -> None:
    got = _names("全年地区生产总值（下称“GDP”）1200.5亿元，增长7%。")
    assert got == [("地区生产总值", "1200.5"), ("地区生产总值", "7")]
    assert _names("工业增加值(以下简称“工业”)300亿元。") == [("工业增加值", "300")]
    assert _names("规模以上工业增加值（简称“规上工业”）增长6%。") == [("规模以上工业增加值", "6")]
    assert _names("新增“四上”企业（以下简称“四上”企业）80家。") == [("“四上”企业", "80")]


def test_the_alias_stands_as_written_where_the_text_uses_it() -> None:
    got = _names("全区生产总值（以下简称“GDP”）800亿元，人均GDP达到12万元。")
    assert got == [("生产总值", "800"), ("人均GDP", "12")]


def test_a_rank_of_the_total_keeps_its_head() -> None:
    got = _names("地区生产总值1200.5亿元，增长7%，增速连续三年排名全省第三，总量连续5年位居全省首位。")
    assert got[2:] == [("地区生产总值增速", "三"), ("地区生产总值总量", "首")]
    got = _names("实现地区生产总值4047.4亿元，增长6%，总量连续十年全省第一。")
    assert got[-1] == ("地区生产总值总量", "一")


def test_a_total_rank_after_a_per_head_measure_or_a_count_ranks_the_measure() -> None:
    got = _names("农村居民人均可支配收入完成2.32万元，增长6.1%，总量全市区县第二。")
    assert got[-1] == ("农村居民人均可支配收入", "二")
    assert _names("新增市场主体8000户，总量居全市第一。")[-1] == ("市场主体", "一")  # the stock of the thing


def test_a_share_of_the_wider_scope_is_named_after_the_figure_before() -> None:
    got = _names("新增“四上”企业500家，占全市22%；持牌金融机构累计120家，占全市70%以上。")
    assert got == [("“四上”企业", "500"), ("“四上”企业占全市", "22"), ("持牌金融机构", "120"), ("持牌金融机构占全市", "70")]
    got = _names("地区生产总值1200.5亿元，总量居全省首位，占全省的12.4%。")
    assert got[-1] == ("地区生产总值占全省", "12.4")
    assert _names("外贸进出口总额120亿元，占全省的三分之一。")[-1] == ("外贸进出口总额占全省", "三分之一")


def test_a_share_with_its_own_head_keeps_it() -> None:
    assert _names("数字经济增加值约占全市生产总值的38%。") == [("数字经济增加值占全市生产总值", "38")]


def test_a_steady_state_clause_names_its_thing() -> None:
    assert _names("固定资产投资保持稳定，全年增长3.2%。") == [("固定资产投资", "3.2")]
    assert _names("社会消费品零售总额运行平稳，全年增长5%。") == [("社会消费品零售总额", "5")]
    assert _names("固定资产投资保持稳定增长，全年增长3.2%。") == [("固定资产投资", "3.2")]


def test_a_milestone_clause_names_nothing() -> None:
    got = _names("完成一般公共预算收入1107.6亿元，突破千亿大关，增长11.2%。")
    assert got == [("一般公共预算收入", "1107.6"), ("一般公共预算收入", "11.2")]
    got = _names("地区生产总值首次迈上千亿台阶，达到1010亿元，增长6%。")
    assert got == [("地区生产总值", "1010"), ("地区生产总值", "6")]


def test_a_measure_of_development_keeps_its_word() -> None:
    assert _names("在《某省县域经济报告》中，我县发展质量排名全省第五。") == [("发展质量", "五")]
    assert _names("发展会员企业120家。") == [("会员企业", "120")]


def test_a_contribution_rate_without_owner_is_named_by_its_head() -> None:
    got = _names("服务业增加值增长8.2%，对经济增长贡献率达到69.1%。")
    assert got == [("服务业增加值", "8.2"), ("贡献率", "69.1")]
    assert _names("“四新经济”对经济增长贡献率达27.1%。") == [("“四新经济”对经济增长贡献率", "27.1")]


def test_a_completion_rate_written_with_its_owner_is_named_as_written() -> None:
    got = _names("200个市级重点项目完成投资2400.8亿元，投资完成率108%。")
    assert got == [("市级重点项目", "200"), ("投资", "2400.8"), ("投资完成率", "108")]
    assert _names("税收收入完成50亿元，年计划完成率98%。")[-1] == ("税收收入", "98")


def test_a_sector_achieving_a_long_company_measure_names_it() -> None:
    got = _names("主导产业完成主营业务收入80亿元，规上工业企业实现利润总额9亿元。")
    assert got == [("主导产业主营业务收入", "80"), ("规上工业企业利润总额", "9")]
    assert _names("首都机场完成旅客吞吐量5000万人次。") == [("旅客吞吐量", "5000")]


def test_a_zone_inside_a_county_stays_and_the_own_scope_goes() -> None:
    text = "全年区内规模以上工业企业实现主营业务收入120亿元。"
    assert _names(text, place="某某县") == [("区内规模以上工业企业主营业务收入", "120")]
    assert _names(text, place="某某区") == [("规模以上工业企业主营业务收入", "120")]
    assert _names("县域内公交线路总里程达到860公里。", place="某某县") == [("公交线路总里程", "860")]


def test_a_count_run_into_a_company_measure_names_its_units() -> None:
    got = _names("12个传统制造业规上企业利润增长21.2%。")
    assert got == [("传统制造业", "12"), ("传统制造业规上企业利润", "21.2")]
    got = _names("12家规上工业企业利润增长21.2%。")
    assert got == [("规上工业企业", "12"), ("规上工业企业利润", "21.2")]


def test_a_duration_is_named_by_its_result_without_scope_or_ba() -> None:
    got = _names("全县上下众志成城，仅用12天实现全县无新增病例，用28天时间将隔离人员全部解除。")
    assert got == [("无新增病例", "12"), ("隔离人员全部解除", "28")]


def test_lead_and_scope_words_go_in_any_order() -> None:
    got = _names("预计2023年全市实现地区生产总值同比增长6%，全县新增城镇就业1200人。")
    assert got == [("地区生产总值", "6"), ("城镇就业", "1200")]
