"""Rule tests of the eleventh round on counts, ranks and extra figures (issue 9, fxcount11:
people counted with a scale word, policy lists by article count, ranks shared by counts, milestones,
classes of cities, meeting titles and mechanisms before a count). Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def test_people_counted_with_a_scale_word_and_no_measure_word() -> None:
    assert _names("全区2.3万党员干部下沉一线，排查风险点位560个。") == [("党员干部", "2.3"), ("排查风险点位", "560")]
    assert _names("城区人口超过80万的城市。") == [("城区人口", "80")]
    assert _names("组织5万志愿者开展服务。") == [("志愿者", "5")]
    assert _names("城乡居民收入比缩小至2.1，惠及30万城乡居民。") == [("城乡居民收入比", "2.1"), ("城乡居民", "30")]
    units = [f.unit for f in extract_figures("转移2.3万名农村劳动力，带动1.2万户农户。", year=2023)]
    assert units == ["万名", "万户"]  # a measure word after the scale stays the unit


def test_a_policy_list_is_policies_when_a_later_item_is_one() -> None:
    assert _names("印发稳定就业一揽子任务清单40条、配套措施25条，新建公交线路6条。") == [("公交线路", "6")]


def test_a_milestone_in_words_right_after_its_amount_restates_it() -> None:
    got = _names("地区生产总值突破5000亿元大关，同比增长5.1%；税收收入完成1003.2亿元，突破千亿元大关，同比增长9.6%。")
    assert got == [("地区生产总值", "5000"), ("地区生产总值", "5.1"), ("税收收入", "1003.2"), ("税收收入", "9.6")]
    assert _names("进出口总额完成2016亿元，首次突破两千亿元大关。") == [("进出口总额", "2016")]
    assert _names("常住人口达到1020万人，突破1000万人大关。") == [("常住人口", "1020")]
    assert _names("全市工业总产值首次突破千亿元。") == [("工业总产值", "千")]
    got = _names("地方一般公共预算收入首次突破千亿元大关，达到1012.9亿元，增长6%。")
    assert got == [("地方一般公共预算收入", "1012.9"), ("地方一般公共预算收入", "6")]
    assert _names("税收收入完成1012.9亿元，首次突破千亿元，同比增长10.6%。") == [("税收收入", "1012.9"), ("税收收入", "10.6")]


def test_a_class_of_places_with_its_ordinal_is_no_figure() -> None:
    assert _names("某市成为全国第3个拥有10家以上世界500强研发中心的城市。") == []
    assert _names("某市成为全国首个拥有3个国家级新区的城市，全年新增企业1200家。") == [("企业", "1200")]


def test_a_rank_shared_by_whole_count_names_is_one_rank_each() -> None:
    assert _names("新增签约项目数、开工项目数均居全市第3位。") == [("签约项目数", "3"), ("开工项目数", "3")]
    assert _names("工业增加值、投资增速居全省第一。") == [("工业增加值、投资增速", "一")]
    assert _names("新增国家级、省级专精特新企业数居全省第2位。") == [("国家级、省级专精特新企业数", "2")]


def test_levels_listed_before_the_counted_noun_are_the_nouns() -> None:
    got = _names("持续实行“周调度”推进机制，全县85个省、市重点项目完成投资120.5亿元。")
    assert got == [("省、市重点项目", "85"), ("投资", "120.5")]


def test_a_meetings_approval_before_de_describes_the_counted_targets() -> None:
    assert _names("区五届人大二次会议审议通过的经济社会发展预期目标共9项，全部完成。") == [("经济社会发展预期目标", "9")]
    assert _names("经区人代会批准的主要预期目标共8项。") == [("主要预期目标", "8")]


def test_qie_opening_a_clause_is_a_conjunction() -> None:
    assert _names("主要目标均顺利完成，且进出口总额增速排名全市第2位。") == [("进出口总额增速", "2")]
