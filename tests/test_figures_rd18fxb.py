"""Rule tests for the general causes behind the first-sight misses of tests/real_pass10 and tests/real_aside77
(issue 9, round 18, fx18b; their READMEs and docs/FIGURES.md "Round 18 fixes (fx18b; …)"). Every text here is
invented: other places, sectors, wordings and numbers, and the cases each rule must leave alone."""

from __future__ import annotations

from drafter.figures import extract_figures


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(text, kind=kind, year=2012)]


def _names(text: str, kind: str = "outcome") -> list[str]:
    return [f[0] for f in _read(text, kind)]


def test_herds_camels_dan_and_per_mille_points_are_units() -> None:
    assert _read("茶叶产量3.6万担，增长4%。") == [("茶叶产量", "3.6", "万担", "exact"), ("茶叶产量", "4", "%", "exact")]
    assert [f[1:3] for f in _read("全县标准化羊群达到1500群。")] == [("1500", "群")]
    assert [f[1:3] for f in _read("骆驼存栏3200峰。")] == [("3200", "峰")]
    assert [f[1:3] for f in _read("人口出生率7.2‰，比上年下降1.05个千分点。")] == [("7.2", "‰"), ("1.05", "个千分点")]
    # words opening with those characters stay words
    assert [f[1:3] for f in _read("服务1200群众，担保贷款3亿元。")] == [("3", "亿元")]
    assert not [f for f in _read("帮助300群体解决困难。") if f[2] == "群"]


def test_a_signed_item_in_a_bare_list_takes_the_unit() -> None:
    assert _read("三次产业对经济增长的拉动分别为0.3、-2.1、1.8个百分点。") == [
        ("第一产业对经济增长的拉动", "0.3", "个百分点", "exact"),
        ("第二产业对经济增长的拉动", "-2.1", "个百分点", "exact"),
        ("第三产业对经济增长的拉动", "1.8", "个百分点", "exact"),
    ]
    # the dash of a range is no sign
    assert "-17" not in [f[1] for f in _read("0-17、18-34岁人口分别为3和4万人。")]


def test_age_classes_listed_take_the_last_items_noun() -> None:
    assert _names("14岁以下、15-64岁、65岁及以上常住人口分别为100人、200人和300人。") == [
        "14岁以下常住人口", "15-64岁常住人口", "65岁及以上常住人口",
    ]
    assert _names("甲镇、乙镇人口分别为1000人和2000人。") == ["甲镇人口", "乙镇人口"]


def test_a_sampling_rate_and_a_count_cut_after_a_verb_of_helping_are_no_figures() -> None:
    assert _read("据全市1%人口抽样调查推算，年末常住人口52万人。") == [("常住人口", "52", "万人", "exact")]
    assert [f[1] for f in _read("全年城镇新增就业900人，帮扶620名")] == ["900"]
    # with its noun the count stands
    assert [f[1] for f in _read("全年城镇新增就业900人，帮扶620名困难人员。")] == ["900", "620"]


def test_ge_over_institutions_and_a_bulletins_final_revision_go_from_the_name() -> None:
    assert _names("各金融机构存款余额88.5亿元，增长4%；贷款余额60.2亿元，增长7%。") == [
        "金融机构存款余额", "金融机构存款余额", "金融机构贷款余额", "金融机构贷款余额",
    ]
    assert _names("最终核实2011年全市生产总值现价总量为520亿元，比上年增长8.1%。") == ["生产总值总量", "生产总值"]
    assert _names("各类金融机构达80家。") == ["各类金融机构"]


def test_yearly_mean_growths_after_a_respectively_list_pair_in_order() -> None:
    assert _names("城乡居民人均可支配收入分别达到32000元和15000元，年均增长7.1%和8.3%。") == [
        "城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入",
    ]
    assert _names("出口和进口分别完成30亿元和20亿元，年均增长5%和6%。") == ["出口", "进口", "出口", "进口"]


def test_a_closing_about_holds_for_both_units() -> None:
    assert _read("养殖规模稳定在3万只、2000头左右。") == [
        ("养殖规模", "3", "万只", "about"), ("养殖规模", "2000", "头", "about"),
    ]
    # a growth after its amount is no second unit of one bound
    assert [f[3] for f in _read("投资3亿元，增长5%左右。")] == ["exact", "about"]


def test_counts_of_the_poor_stop_before_their_exit_and_lifted_people_are_named_by_the_predicate() -> None:
    assert _read("实现15个贫困村退出、8000人脱贫，贫困发生率降低到2.1%。") == [
        ("贫困村", "15", "个", "exact"), ("脱贫", "8000", "人", "exact"), ("贫困发生率", "2.1", "%", "exact"),
    ]
    assert _names("12家落后产能企业退出。") == ["落后产能企业"]
    # a noun before the count keeps naming it
    assert _names("贫困人口1000人脱贫，贫困村出列20个。") == ["贫困人口", "贫困村"]


def test_a_run_of_verbs_before_a_count_keeps_a_lead_word_inside_it() -> None:
    assert _names("策划开展文旅消费活动120场。") == ["策划开展文旅消费活动"]
    assert _names("制定出台80项助企纾困政策。") == ["制定出台助企纾困政策"]
    # a lead word opening the run still goes
    assert _names("开展招聘活动120场。") == ["招聘活动"]
    assert _names("组织开展招聘活动120场。") == ["招聘活动"]


def test_a_count_of_firms_before_their_rate_held_at_a_level() -> None:
    assert _names("1200家重点企业正常生产率保持90%以上。") == ["重点企业", "重点企业正常生产率"]


def test_park_floor_space_is_named_by_its_parks_and_firms_moved_in_by_the_verb() -> None:
    assert _names("高新区电子产业园20万平方米标房入驻15家企业陆续投产，食品产业园、医药产业园8万平方米标房全部入驻，"
                  "物流产业园5万平方米标房初具规模。") == [
        "电子产业园标房", "入驻企业", "食品产业园、医药产业园标房", "物流产业园标房",
    ]
    assert _names("建成标准厂房10万平方米。") == ["标准厂房"]


def test_a_base_year_compared_with_opens_a_headless_growth_of_the_indicator_before() -> None:
    assert _names("全市实现生产总值520亿元，比上年下降2.1%；与2019年相比，两年平均增长3.5%。") == ["生产总值"] * 3
    assert _names("生产总值520亿元，与上年相比增长3.5%。") == ["生产总值"] * 2


def test_people_helped_are_named_by_the_help_and_not_by_what_they_did() -> None:
    assert _names("投入资金300万元，支持2100户贫困群众发展特色产业。") == ["投入资金", "支持贫困群众"]
    assert _names("帮助2100户贫困群众销售农产品。") == ["帮助贫困群众"]
    assert _names("组织农村劳动力3万人外出务工。") == ["农村劳动力"]
    # with no people written before, the going out names them
    assert _names("全年3.2万人外出务工。") == ["外出务工"]
