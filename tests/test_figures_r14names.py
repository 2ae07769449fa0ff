"""Rule tests for indicator names that generalise (issue 9, round 14, fxgennames; see
docs/NAMES-GENERALISATION.md). Every text here is invented: variants of the structures whose names
first failed on unseen sets, with other words, sectors and verbs."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def test_company_measures_after_a_class_of_firms_are_those_firms() -> None:
    got = _names("全县规模工业达到120家，完成增加值88亿元，增长9.5%，利税12.3亿元，增长6%。")
    assert got[1:] == [("规模工业增加值", "88"), ("规模工业增加值", "9.5"), ("规模工业利税", "12.3"), ("规模工业利税", "6")]
    assert _names("全市规上工业企业实现营业收入500亿元，利润32亿元。")[1] == ("规上工业企业利润", "32")
    assert _names("限上商贸企业实现营业收入80亿元，增长5%，利润3亿元。")[2] == ("限上商贸企业利润", "3")
    # a sector alone is no class of firms: the measure after stands as written
    assert _names("实现工业产值11.2亿元，利税约8500万元。") == [("工业产值", "11.2"), ("利税", "8500")]


def test_a_count_of_the_same_things_named_by_any_fate() -> None:
    got = _names("60项重点任务，55项已完成，5项正在推进。")
    assert got == [("重点任务", "60"), ("已完成的重点任务", "55"), ("正在推进的重点任务", "5")]
    got = _names("28项民生实事，26项已经完成，2项正在实施。")
    assert got[1:] == [("已经完成的民生实事", "26"), ("正在实施的民生实事", "2")]
    got = _names("区人代会确定的60项目标，55项全面完成，5项基本完成。")
    assert got[1:] == [("全面完成的目标", "55"), ("基本完成的目标", "5")]


def test_a_share_of_the_wider_scope_after_its_own_thing() -> None:
    assert _names("高新技术企业占全市的35%。") == [("高新技术企业占全市", "35")]
    assert _names("全年规上工业企业数量占全省的12%。") == [("规上工业企业数量占全省", "12")]
    # right after a figure with no head of its own it is still the figure's thing
    assert _names("实现地区生产总值300亿元，占全省19.4%。")[1] == ("地区生产总值占全省", "19.4")


def test_a_prefecture_league_or_town_scope_at_a_name_head_goes() -> None:
    assert _names("全州地区生产总值增长6%。") == [("地区生产总值", "6")]
    assert _names("我州一般公共预算收入增长5%。") == [("一般公共预算收入", "5")]
    assert _names("全盟粮食总产量达到120万吨。") == [("粮食总产量", "120")]
    assert _names("全镇规上工业增加值增长6%。") == [("规上工业增加值", "6")]
    assert _names("仅用18天实现全镇在院患者清零。") == [("在院患者清零", "18")]
    assert _names("全州县地区生产总值增长6%。")[0][0] == "全州县地区生产总值"  # a county's name stays


def _placed(text: str, place: str) -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind="outcome", year=2023, place=place)]


def test_the_own_place_written_with_its_parents_goes() -> None:
    assert _placed("包头市青山区地区生产总值增长8%。", "内蒙古自治区包头市青山区") == [("地区生产总值", "8")]
    assert _placed("山东省临沂市GDP增长10%。", "山东省临沂市") == [("GDP", "10")]
    assert _placed("内蒙古自治区包头市青山区规上工业增加值增长5%。", "内蒙古自治区包头市青山区") == [("规上工业增加值", "5")]
    assert _placed("青山GDP增长8%，财政收入增长6%。", "包头市青山区")[0] == ("GDP", "8")


def test_an_organs_order_before_de_is_a_relative_clause() -> None:
    assert _names("县委县政府部署的重点改革任务35项。") == [("重点改革任务", "35")]
    assert _names("市政府确定的民生实事12项全部完成。") == [("民生实事", "12")]
    assert _names("区五届人大二次会议审议通过的经济社会发展主要指标11项。") == [("经济社会发展主要指标", "11")]


def test_aspects_seen_from_a_list_name_each_figure() -> None:
    got = _names("从工业投资、民间投资、技改投资方面看，分别增长12%、9%和8%。")
    assert got == [("工业投资", "12"), ("民间投资", "9"), ("技改投资", "8")]
    assert _names("从工业投资、民间投资看，分别增长12%和9%。") == [("工业投资", "12"), ("民间投资", "9")]


def test_a_headings_number_and_about_go() -> None:
    assert _names("（一）关于经济增长类指标，共5项。") == [("经济增长类指标", "5")]
    assert _names("（二）关于社会民生类目标（9个）。") == [("社会民生类目标", "9")]
    assert _names("一、地区生产总值增长6%。") == [("地区生产总值", "6")]


def test_a_count_grown_to_keeps_no_verb() -> None:
    assert _names("规上工业企业增加至85家。") == [("规上工业企业", "85")]
    assert _names("高新技术企业增加到320家，占全省的15%。") == [("高新技术企业", "320"), ("高新技术企业占全省", "15")]


def test_a_task_from_above_is_named_by_the_indicators_in_the_clause_before() -> None:
    got = _names("单位GDP能耗、单位GDP二氧化碳排放降低率等约束性指标，完成省下达的目标。")
    assert got == [("约束性指标", None)]
    assert _names("化学需氧量、氨氮等减排指标，全面完成市政府下达的任务。") == [("减排指标", None)]
    assert _names("主要污染物减排指标，确保完成县委县政府下达任务。") == [("主要污染物减排", None)]
    # the figures before a task are its own
    assert _names("外资2865万美元，全面完成市下达目标任务。") == [("外资", "2865")]


def test_a_state_noun_after_a_verb_list_keeps_no_verb() -> None:
    assert _names("高新区已签约项目45个，在谈项目20多个。") == [("签约项目", "45"), ("在谈项目", "20")]
    assert _names("新开工项目30个，在建项目85个。") == [("新开工项目", "30"), ("在建项目", "85")]
    got = _names("引入省外内资41.2亿元，市外内资42.46亿元，外资5117万美元。")
    assert [n for n, _ in got] == ["引入省外内资", "引入市外内资", "引入外资"]  # another source still carries


def test_the_poor_lifted_out_with_an_adverb() -> None:
    assert _names("农村贫困人口全部脱贫2.3万人。") == [("农村贫困人口", "2.3")]
    assert _names("贫困村全部出列45个。") == [("贫困村", "45")]


def test_sales_after_a_class_of_firms_are_those_firms() -> None:
    got = _names("全县限额以上批发零售企业达到120家，实现销售额80亿元，增长9%，利润2.1亿元。")
    assert [n for n, _ in got[1:]] == ["限额以上批发零售企业销售额"] * 2 + ["限额以上批发零售企业利润"]
    assert _names("商贸流通业稳步发展，实现销售额80亿元。") == [("商贸流通业销售额", "80")]
    assert _names("电商企业120家，线上销售额35亿元。")[1] == ("线上销售额", "35")
