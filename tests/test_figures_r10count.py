"""Rule tests of the tenth round on counts (issue 9, fxcount10: verbs and objects of counted actions,
characters of a name lost, a clause's scope and modal words, a count cut before its noun, named
classes and slogans counted). Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def test_the_verb_before_examples_with_deng_governs_the_head() -> None:
    assert _names("新引进甲证券等各类金融机构8家。") == [("引进各类金融机构", "8")]
    assert _names("签约或落地某某中心等重点项目30个。") == [("签约或落地重点项目", "30")]
    assert _names("引进“某节”等促消费活动12场。") == [("引进促消费活动", "12")]


def test_gelei_stays_heading_a_subject_and_goes_after_a_lead_word() -> None:
    assert _names("全县各类市场主体达5.2万户。") == [("各类市场主体", "5.2")]
    assert _names("全县共有各类市场主体5.2万户。") == [("各类市场主体", "5.2")]
    assert _names("全年举办各类文体活动300场。") == [("文体活动", "300")]


def test_signing_is_an_action_new_signing_keeps_its_new() -> None:
    assert _names("新签约8个项目。") == [("新签约项目", "8")]
    assert _names("各乡镇新签约项目5个。") == [("新签约项目", "5")]
    assert _names("6个项目签约落地。") == [("项目", "6")]
    assert _names("高校毕业生签约率82%。") == [("高校毕业生签约率", "82")]


def test_projects_under_negotiation_and_firms_in_operation_are_nouns() -> None:
    assert _names("在谈项目30多个，在营企业2.1万家。") == [("在谈项目", "30"), ("在营企业", "2.1")]


def test_a_subject_closed_by_an_adverb_of_time_or_batch_is_the_clauses() -> None:
    assert _names("某某工业园已签约项目45个。") == [("签约项目", "45")]
    assert _names("新材料产业园新引进项目12个。") == [("新材料产业园引进项目", "12")]
    got = _names("市级部门首批下放审批事项30项，取消12项。")
    assert got == [("下放审批事项", "30"), ("取消审批事项", "12")]


def test_a_start_up_after_a_counted_noun_is_its_predicate() -> None:
    assert _names("其中20个项目已开工，8家企业投产。") == [("项目", "20"), ("企业", "8")]


def test_a_duration_is_named_by_its_result_without_scope_or_disposal() -> None:
    got = _names("仅用7天实现全县无新增病例，用20天时间将确诊病例全部清零。")
    assert got == [("无新增病例", "7"), ("确诊病例全部清零", "20")]


def test_wei_after_a_counted_subject_opens_whom_it_acted_for() -> None:
    assert _names("12家银行为企业授信。") == [("银行", "12")]
    assert _names("举办银企对接会，12家银行为30家") == [("银行", "12")]  # the page ends: the 30's noun was cut
    assert [v for _, v in _names("平台公司由15家整合为6家")] == ["15", "6"]  # a change, no beneficiary
    assert _names("企业总数为50家") == [("企业", "50")]


def test_an_action_verb_before_an_event_word_is_a_noun() -> None:
    assert _names("开展8场“点对点”对接活动。") == [("“点对点”对接活动", "8")]
    assert _names("开展“点对点”对接活动8场，举办政银企对接会4场。") == [("“点对点”对接活动", "8"), ("政银企对接会", "4")]


def test_a_count_run_into_its_firms_measure_names_the_units() -> None:
    got = _names("8个传统产业规上企业利润增长12%。")
    assert got == [("传统产业", "8"), ("传统产业规上企业利润", "12")]
    assert _names("6家龙头企业产值增长9%。")[0] == ("龙头企业", "6")


def test_roles_counted_alone_are_slogans() -> None:
    assert _names("努力为全市作出三个示范，当好两个排头兵。") == []
    assert _names("建成三个示范村。") == [("示范村", "三")]
    assert _names("实现三个突破，做到两个确保。") == []
    assert _names("取得3个突破性进展。") == [("突破性进展", "3")]


def test_budget_classes_named_by_their_count_are_no_count() -> None:
    assert [v for _, v in _names("财政六项支出增长5%。")] == ["5"]


def test_a_complement_or_aspect_between_the_verb_and_the_count() -> None:
    assert _names("梳理出30项重点任务，引进了6家企业。") == [("梳理重点任务", "30"), ("引进企业", "6")]
    assert _names("全年新注册20家外贸企业。") == [("注册外贸企业", "20")]


def test_a_verb_of_helping_and_whom_it_helped_open_the_name() -> None:
    assert _names("依托服务平台帮助企业办理事项860个。") == [("帮助企业办理事项", "860")]
    assert _names("走访企业900家次，帮助解决问题300个。")[1] == ("帮助解决问题", "300")
    assert _names("帮助失业人员实现再就业6000人。") == [("帮助失业人员实现再就业", "6000")]
    assert _names("为企业减负30亿元。") == [("减负", "30")]  # a beneficiary after 为 goes (heldout5)


def test_listing_and_moving_in_after_a_counted_noun_are_predicates() -> None:
    assert _names("推动18家企业上市，已有9家企业入驻。") == [("企业", "18"), ("企业", "9")]
    assert _names("新增上市企业2家，在研项目60个，在产企业150家。") == [
        ("上市企业", "2"), ("在研项目", "60"), ("在产企业", "150"),
    ]


def test_relief_for_counted_firms_names_the_firms_then_the_relief() -> None:
    assert _names("为8600家市场主体减免租金1.5亿元。") == [("市场主体", "8600"), ("减免租金", "1.5")]


def test_a_run_of_verbs_before_a_count_opens_the_name_whole() -> None:
    assert _names("签约落地6个亿元以上项目。") == [("签约落地亿元以上项目", "6")]


def test_things_counted_in_tiao_after_an_issuing_verb_are_measured() -> None:
    assert _names("推出9条乡村旅游线路。") == [("推出乡村旅游线路", "9")]
    assert _names("出台9条措施。") == []


def test_items_of_verb_and_count_share_the_noun_after_the_last() -> None:
    assert _names("新开工7个、竣工4个重点项目。") == [("新开工重点项目", "7"), ("竣工重点项目", "4")]
    assert _names("新建3所、改扩建6所学校。") == [("学校", "3"), ("学校", "6")]
    assert _names("引进8家、培育15家科技型企业。") == [("引进科技型企业", "8"), ("培育科技型企业", "15")]


def test_lead_verbs_end_a_counted_noun_and_xiangshang_is_one_word() -> None:
    assert _names("为86家企业争取专项资金。") == [("企业", "86")]
    # 向上 says only from whom: 向上争取 is a lead word whole (real_aside20 convention 1, fxa20)
    assert _names("向上争取资金12亿元。")[0][0] == "资金"


def test_a_lead_word_that_opens_a_word_is_kept() -> None:
    got = _names("再生资源回收量9万吨，共享单车投放量2万辆，共有产权住房800套，积极分子90名，将军路改造2公里。")
    assert [n for n, _ in got] == ["再生资源回收量", "共享单车投放量", "共有产权住房", "积极分子", "将军路改造"]
    assert [n for n, _ in _names("成功率97%，保持率93%。")] == ["成功率", "保持率"]
    assert _names("力争再开工3条高铁。", kind="target") == [("开工高铁", "3")]


def test_modal_and_plan_words_before_a_counted_action_go() -> None:
    assert _names("预计全年可新增城镇就业0.9万人。", kind="target")[0][0] == "城镇就业"
    assert _names("计划新改建农村公路150公里。", kind="target") == [("农村公路", "150")]
    assert _names("计划总投资80亿元。", kind="target") == [("计划总投资", "80")]


def test_xin_jiancheng_is_one_lead_word() -> None:
    assert _names("新建成投用充电桩900个，新建成5G基站260个。") == [("充电桩", "900"), ("5G基站", "260")]


def test_enjoying_and_obtaining_after_a_counted_noun_are_predicates() -> None:
    assert _names("符合条件的企业90家享受政策。") == [("企业", "90")]
    assert _names("45家企业获得贷款贴息。") == [("企业", "45")]


def test_cashing_in_for_firms_names_the_relief() -> None:
    assert _names("为符合条件的企业兑现奖补资金2亿元。") == [("兑现奖补资金", "2")]


def test_a_modal_at_a_names_head_goes_but_not_in_a_word() -> None:
    got = _names("预计可带动就业2000人，需改造老旧小区20个。", kind="target")
    assert [n for n, _ in got] == ["带动就业", "改造老旧小区"]
    got = _names("可支配收入增长6%，可再生能源装机40万千瓦，可用财力20亿元。")
    assert [n for n, _ in got] == ["可支配收入", "可再生能源装机", "可用财力"]


def test_wei_right_after_a_count_says_what_they_are() -> None:
    assert _names("新增规上企业10家，其中有6家为制造业企业。")[1] == ("制造业企业", "6")
    assert _names("12家银行为40家企业授信。") == [("银行", "12"), ("企业", "40")]


def test_escaping_poverty_after_a_counted_noun_is_its_predicate() -> None:
    got = _names("全年实现剩余贫困人口860户2100人脱贫，9个贫困村全部出列。")
    assert [n for n, _ in got] == ["剩余贫困人口", "剩余贫困人口", "贫困村"]
    assert _names("帮扶脱贫户1500户。") == [("帮扶脱贫户", "1500")]


def test_tuijin_is_a_lead_word_as_tuidong_is() -> None:
    assert _names("推进市级重点项目70个。") == [("市级重点项目", "70")]


def test_a_level_alone_after_a_level_range_takes_the_noun() -> None:
    got = _names("认定省级以上创新平台11个，其中国家级3个。")
    assert got == [("省级以上创新平台", "11"), ("国家级创新平台", "3")]
