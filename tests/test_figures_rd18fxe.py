"""Rule tests for the general causes behind the leftovers of tests/real_pass10, real_aside77, real_aside76, real_pass8
and real_pass9 (issue 9, round 18, fx18e; their READMEs and docs/FIGURES.md "Round 18 fixes (fx18e; …)"). Every text
here is invented: other places, sectors, wordings and numbers, and the cases each rule must leave alone."""

from __future__ import annotations

from drafter.figures import extract_figures
from drafter.normalize import normalize_text


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(text, kind=kind, year=2016)]


def _names(text: str, kind: str = "outcome") -> list[str]:
    return [f[0] for f in _read(text, kind)]


def test_a_problem_solved_for_people_counted_with_a_scale_word() -> None:
    assert _read("建成机井12眼，解决了2.4万农村居民饮水困难问题。") == [
        ("机井", "12", "眼", "exact"), ("解决农村居民饮水困难问题", "2.4", "万", "exact")]
    assert _names("解决3.1万贫困人口住房安全问题") == ["解决贫困人口住房安全问题"]
    # people counted with no problem after them keep their noun
    assert _names("全年转移就业1.6万农村劳动力，其中贫困人口0.3万。")[:1] != ["解决农村劳动力"]
    assert _names("1.8万医务人员奔赴一线。") == ["医务人员"]


def test_one_count_over_a_list_before_what_they_all_reached() -> None:
    assert _names("全市26个村卫生所、文化站和综合服务站全部建成。") == ["村卫生所、文化站和综合服务站"]
    assert _names("8个敬老院和幸福院均已投用。") == ["敬老院和幸福院"]
    # items counted each keep their own noun; a list after a verb is no subject
    assert _names("4个污水处理站和6个垃圾中转站建成投用。") == ["污水处理站", "垃圾中转站"]
    assert _names("新建9个卫生所、文化站和服务站。") == ["卫生所"]


def test_a_bare_growth_rank_after_a_share_ranks_the_amount_before() -> None:
    assert _names("实现一般公共预算收入9.6亿元，税收占比71%，增幅位居全市第二。") == [
        "一般公共预算收入", "税收占比", "一般公共预算收入增幅"]
    # a share's own head ranks the share
    assert _names("制造业增加值30亿元，占GDP比重41%，比重居全市第三。")[-1] == "制造业增加值占GDP比重"


def test_a_verb_carries_to_the_second_count_of_a_he_list() -> None:
    assert _names("制定出台48项助企纾困政策和19项配套措施，") == ["制定出台助企纾困政策", "制定出台配套措施"]
    assert _names("制定12项政策和5项接续措施。") == ["政策", "接续措施"]
    assert _names("签约9个项目和4家企业。") == ["签约项目", "签约企业"]
    # a comma or a lead verb carries nothing
    assert _names("签约9个项目，4家企业。") == ["签约项目", "企业"]
    assert _names("新建6所学校和3所医院。") == ["学校", "医院"]


def test_a_theme_head_restated_by_a_later_ensure_clause() -> None:
    text = "城乡环境持续改善，深入推进人居环境整治，确保空气质量、地表水质量持续改善。"
    assert _names(text, "target") == ["空气质量", "地表水质量"]
    # without 确保, or with another verb, both aims stand
    assert _names("城乡面貌持续改善，村容村貌持续改善。", "target") == ["城乡面貌", "村容村貌"]
    assert _names("工业经济持续增长，确保河湖水质持续改善。", "target") == ["工业经济", "河湖水质"]


def test_a_sentence_opening_on_a_bare_size_head() -> None:
    assert _names("预计全年税收收入完成52.6亿元，同比增长2%。规模继续保持全市第2。") == ["税收收入", "税收收入", "税收收入规模"]
    assert _names("预计全年社会消费品零售总额完成310亿元。总量稳居全市首位。")[-1] == "社会消费品零售总额总量"
    # a size head alone, no sentence before, keeps its word
    assert _names("规模继续保持全市第2。") == ["规模"]


def test_an_estimate_of_a_task_met_after_a_colon() -> None:
    assert _names("——单位工业增加值能耗降低率完成省级下达目标：预计全年完成省级下达目标。") == ["单位工业增加值能耗"]


def test_a_modifier_of_what_a_measure_rests_on() -> None:
    assert _names("以文旅产业为引领的第三产业增加值占GDP比重达到61%。") == ["第三产业增加值占GDP比重"]
    assert _names("以制造业为主导的工业投资增长9%。") == ["工业投资"]
    assert _names("以旧换新带动销售额6亿元。") == ["以旧换新带动销售额"]


def test_a_tax_class_of_buildings_is_no_figure() -> None:
    assert _read("培育税收5亿元楼宇3个。") == [("培育税收5亿元楼宇", "3", "个", "exact")]
    assert _read("营收10亿元楼宇12个、税收亿元楼宇20个。")[0][1:3] == ("12", "个")
    assert _read("实现税收5亿元。楼宇经济增长4%。")[0] == ("税收", "5", "亿元", "exact")


def test_a_blank_inside_an_amount_with_a_decimal_part() -> None:
    assert normalize_text("分别完成6 45.12亿元和311.07亿元") == "分别完成645.12亿元和311.07亿元"
    # a rank, a table's cells and a date are no such number
    assert normalize_text("第 3 14.5亿元") == "第 3 14.5亿元"
    assert normalize_text("表 6.5 5.7") == "表 6.5 5.7"


def test_examples_listed_before_deng_leave_the_counted_noun_and_its_verb() -> None:
    assert _names("吸引了甲航空、乙智能等36家企业常态化在园区开展试飞；") == ["吸引企业"]
    assert _names("打造甲股份等5个智能工厂。") == ["打造智能工厂"]


def test_zai_after_the_own_place_opens_a_frame() -> None:
    figures = extract_figures("2016年某某省在工业投资增长4.2%的情况下，实现生产总值增长7.1%。", kind="outcome", year=2016,
                              place="某某省")
    assert [f.indicator for f in figures] == ["工业投资", "生产总值"]
