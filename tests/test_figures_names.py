"""Indicator names: one rule test per naming convention (docs/FIGURES.md, "Indicator naming"),
each on a short invented sentence."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[str]:
    return [f.indicator for f in extract_figures(text, kind=kind, year=2023)]


def test_a_list_item_starts_at_its_separator_not_inside_a_word() -> None:
    # 及 inside 惠及 and 和 inside 和美 are words, not separators
    assert _names("修缮老旧厂房12个、惠及职工8000人。") == ["修缮老旧厂房", "惠及职工"]
    assert _names("建成示范村4个、和美乡村9个。") == ["示范村", "和美乡村"]
    assert _names("新增孵化器8家和众创空间6家。") == ["孵化器", "众创空间"]


def test_a_noun_described_by_the_figure_before_is_one_phrase() -> None:
    got = _names("实施总投资58亿元的农业和文旅重点项目31个。")
    assert got == ["总投资", "农业和文旅重点项目"]


def test_a_share_of_a_total_after_its_amount() -> None:
    assert _names("教育支出12.5亿元，占一般公共预算支出的21.3%。") == ["教育支出", "教育支出占一般公共预算支出"]


def test_lead_adverbs_and_stock_words() -> None:
    assert _names("有效发明专利拥有量达到3200件。") == ["有效发明专利拥有量"]
    assert _names("已化解风险企业36户。") == ["化解风险企业"]
    assert _names("实有各类经营主体5.2万户。") == ["各类经营主体"]


def test_a_completion_of_the_budget() -> None:
    assert _names("税收收入8.2亿元，占预算的47.1%。") == ["税收收入", "税收收入"]


def test_a_locative_closing_a_name_goes() -> None:
    assert _names("在全省县域经济考核中排名第9位。") == ["县域经济考核"]
    assert _names("9项主要指标中，有7项超过序时进度。")[0] == "主要指标"
    assert _names("新建高中2所。") == ["高中"]  # 高中 is a word


def test_a_counted_noun_stops_before_its_predicate() -> None:
    assert _names("其中15个项目列为省级重点项目，9个列为市重点项目。") == ["项目", "项目"]
    assert _names("有12个项目未开工。") == ["项目"]
    assert _names("3个产业集群入围省级先进制造业集群。") == ["产业集群"]
    assert _names("2000名党员下沉社区一线。") == ["党员"]


def test_comparisons_closing_a_name_go() -> None:
    got = _names("规模以上工业增加值率高达21.5%，比去年同期提高0.8个百分点，高出全市平均水平2个百分点。")
    assert got == ["规模以上工业增加值率"] * 3
    assert _names("森林覆盖率比“十三五”末提高1.2个百分点。") == ["森林覆盖率"]
    assert _names("农村居民人均可支配收入增长8.1%，高于城镇居民1.9个百分点。") == ["农村居民人均可支配收入"] * 2


def test_a_completion_progress_names_the_indicator_before() -> None:
    assert _names("棚户区改造拆迁1200户，完成进度达到86.5%。") == ["棚户区改造拆迁", "棚户区改造拆迁"]


def test_a_value_of_one_named_thing_after_de() -> None:
    assert _names("与高校合作共建8亿元的成果转化基金。") == ["成果转化基金"]
    assert _names("注册资本20亿元的区域总部落户园区。") == ["注册资本"]


def test_a_run_of_verbs_and_a_noun_before_its_verb_stay() -> None:
    assert _names("全年引进培育高层次人才320人。") == ["引进培育高层次人才"]
    assert _names("年内计划开工改造老旧小区45个。", "target") == ["开工改造老旧小区"]
    assert _names("实施设备更新改造项目28个。") == ["设备更新改造项目"]
    assert _names("完成旧厂改造签约860户，国有土地出让收入48亿元。") == ["旧厂改造签约", "国有土地出让收入"]
    assert _names("各镇街引进企业52家。") == ["引进企业"]  # a subject before the verb still goes


def test_a_bracket_with_a_comma_is_an_aside() -> None:
    got = _names("全区实现本地生产总值（GDP，现价）52.3亿元，同比增长6.1%。")
    assert got == ["本地生产总值", "本地生产总值"]
    got = _names("固定资产投资120亿元，完成年计划150亿元的80%（主要是新开工项目不足，投资放缓），下降6.5%。")
    assert got == ["固定资产投资", "固定资产投资", "固定资产投资"]
    assert _names("税收收入（不含土地，1月至6月）增长5%，（GDP 增长4%，") == ["税收收入", "GDP"]


def test_a_list_shares_its_parallel_words_and_heads() -> None:
    assert _names("外币存款、贷款余额分别增长6%和9%。") == ["外币存款余额", "外币贷款余额"]
    assert _names("规上服务业企业利税总额、利润总额分别增长5%和7%。") == ["规上服务业企业利税总额", "规上服务业企业利润总额"]
    assert _names("氨氮、氮氧化物排放量分别下降2%和3%。") == ["氨氮排放量", "氮氧化物排放量"]
    assert _names("纺织服装、生物医药两大主导产业产值分别达到80亿元、60亿元。") == ["纺织服装产业产值", "生物医药产业产值"]
    assert _names("节能及环保装备、新能源产业产值分别增长9%和11%。") == ["节能及环保装备产业产值", "新能源产业产值"]
    # names that only end alike are not parallel
    assert _names("数字经济产业投资、服务业投资分别增长8%和6%。") == ["数字经济产业投资", "服务业投资"]


def test_an_elided_name_takes_the_name_before() -> None:
    assert _names("完成技改投资45亿元、增长12%，总量、增速均居全市第2。")[-1] == "技改投资总量、增速"
    assert _names("新增省级“隐形冠军”企业6家、国家级3家。") == ["省级“隐形冠军”企业", "国家级“隐形冠军”企业"]
    assert _names("羊存栏12万只、出栏9万只。") == ["羊存栏", "羊出栏"]
    assert _names("新建小学校3所，新增学位2400个。") == ["小学校", "学位"]  # 学校 ∦ 学位


def test_a_verb_carries_to_list_items_opening_with_a_level() -> None:
    got = _names("申报国家级人才工程12人、省级人才工程30人、市“凤凰计划”8人。")
    assert got == ["申报国家级人才工程", "申报省级人才工程", "申报市“凤凰计划”"]
    # an item with its own verb, or after a lead word, keeps its own words
    assert _names("改造老旧小区20个、涉及楼栋150栋。") == ["改造老旧小区", "涉及楼栋"]
    assert _names("新增国家级孵化器2家、省级孵化器5家。") == ["国家级孵化器", "省级孵化器"]


def test_a_rate_word_before_its_per_cent_is_the_growth_of_the_thing() -> None:
    assert _names("——制造业投资增速9%。", "target") == ["制造业投资"]
    assert _names("居民消费价格涨幅3%左右。", "target") == ["居民消费价格"]
    # a change of the rate keeps the rate word (real_aside convention 6)
    assert _names("制造业投资增速较上年提高1.5个百分点。") == ["制造业投资增速"]


def test_a_scope_closing_a_rank_name_goes() -> None:
    assert _names("人均生产总值全省排名升至第12名。") == ["人均生产总值"]


def test_a_bare_value_takes_its_owner() -> None:
    got = _names("工业平稳增长，实现增加值320亿元，同比增长6%，排名全市第3。")
    assert got == ["工业增加值"] * 3
    assert _names("油料种植面积12万亩，总产量2.4万吨。") == ["油料种植面积", "油料总产量"]


def test_a_condition_after_an_amount_states_its_growth() -> None:
    got = _names("税收收入41.2亿元，剔除减税因素后增长4.1%。")
    assert got == ["税收收入", "税收收入"]
    got = _names("税收收入增长2.1%，剔除减税因素后增长4.1%。")
    assert got == ["税收收入", "剔除减税因素后税收收入"]


def test_a_task_and_a_manner_word_before_a_verb() -> None:
    assert _names("主要污染物减排指标完成省下达任务。") == ["主要污染物减排"]
    assert _names("全年各种形式减免小微企业房租2.3亿元。") == ["减免小微企业房租"]


#: One invented sentence per naming convention of docs/FIGURES.md and the real sets' READMEs
#: (tests/real*/README.md), with the names the convention gives.
CONVENTIONS = [
    ("全年力争实现技术合同成交额30亿元。", "target", ["技术合同成交额"]),
    ("全区累计集聚科技型企业520家。", "outcome", ["科技型企业"]),
    ("细颗粒物（PM2.5）平均浓度下降到31微克/立方米。", "outcome", ["PM2.5平均浓度"]),
    ("ＧＤＰ增长6%。", "outcome", ["GDP"]),
    ("新增国家级专精特新“小巨人”企业8家。", "outcome", ["国家级专精特新“小巨人”企业"]),
    ("盘活低效用地1200亩。", "outcome", ["盘活低效用地"]),
    ("发放各类救助资金3.1亿元。", "outcome", ["发放各类救助资金"]),
    ("新引进高层次人才150人。", "outcome", ["引进高层次人才"]),
    ("全年举办招商活动30场。", "outcome", ["招商活动"]),
    ("开工建设保障性住房1200套。", "target", ["保障性住房"]),
    ("新认定高新技术企业90家。", "outcome", ["高新技术企业"]),
    ("全年新增市场主体9000户，累计达到6.5万户。", "outcome", ["市场主体", "市场主体"]),
    ("重点项目完成投资86亿元。", "outcome", ["投资"]),
    ("实际利用外资2.1亿美元，增速居全市第2位。", "outcome", ["实际利用外资", "实际利用外资增速"]),
    ("城镇新增就业1.2万人。", "outcome", ["城镇就业"]),
    ("新增就业8000人。", "outcome", ["就业"]),
    ("城镇新增就业人数8000人。", "outcome", ["城镇就业人数"]),
    ("新注册企业3000户。", "outcome", ["注册企业"]),
    ("全县粮食总产量12万吨。", "outcome", ["粮食总产量"]),
    ("县城空气质量优良天数比例达到92%。", "outcome", ["县城空气质量优良天数比例"]),
    ("地区生产总值增速低于预期2.1个百分点。", "outcome", ["地区生产总值增速"]),
    ("城镇居民人均可支配收入4.2万元，高于全国平均水平0.5个百分点。", "outcome", ["城镇居民人均可支配收入", "城镇居民人均可支配收入"]),
    ("预期全省地区生产总值增长5%左右。", "target", ["地区生产总值"]),
    ("同口径一般公共预算收入增长6%。", "outcome", ["同口径一般公共预算收入"]),
    ("一般公共预算收入同口径增长6%。", "outcome", ["一般公共预算收入"]),
    ("人均地区生产总值、城镇登记失业率等重要经济指标12项。", "outcome", ["重要经济指标"]),
    ("现行标准下剩余的农村贫困人口3200人全部脱贫。", "outcome", ["农村贫困人口"]),
    ("工业实现增加值210亿元。", "outcome", ["工业增加值"]),
    ("首都机场完成旅客吞吐量6000万人次。", "outcome", ["旅客吞吐量"]),
    ("城乡居民人均可支配收入分别增长6%、8%。", "outcome", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("地区生产总值增长6.3%、高于预期目标0.3个百分点。", "outcome", ["地区生产总值", "地区生产总值"]),
    ("进、出口总额分别增长4%、9%。", "outcome", ["进口总额", "出口总额"]),
    ("第一产业、工业增加值、社会消费品零售总额增速分列全市第2位、第5位、第4位。", "outcome", ["第一产业增速", "工业增加值增速", "社会消费品零售总额增速"]),
    ("一般公共预算收入30亿元，增长4%，分居全市第3、第5位。", "outcome", ["一般公共预算收入", "一般公共预算收入", "一般公共预算收入", "一般公共预算收入增速"]),
    ("8项民生实事顺利完成。", "outcome", ["民生实事"]),
    ("研究与试验发展（R&D）经费投入强度达到2.5%。", "outcome", ["研究与试验发展经费投入强度"]),
    ("办好十件民生实事。", "target", ["民生实事"]),
    ("区级公共财政预算收入12亿元。", "outcome", ["区级公共财政预算收入"]),
    ("全社会固定资产投资增长8%。", "outcome", ["全社会固定资产投资"]),
    ("区属固定资产投资增长8%。", "outcome", ["区属固定资产投资"]),
    ("区本级一般公共预算收入12亿元。", "outcome", ["区本级一般公共预算收入"]),
    ("新建公共停车场12个、充电桩800个以上。", "target", ["公共停车场", "充电桩"]),
    ("城镇、农村居民人均可支配收入增速均居全市第2位。", "outcome", ["城镇、农村居民人均可支配收入增速"]),
    ("日均新增市场主体120户。", "outcome", ["日均市场主体"]),
    ("一般公共预算收支分别增长3.2%、5.1%。", "outcome", ["一般公共预算收入", "一般公共预算支出"]),
    ("落地“金凤”计划项目12个。", "outcome", ["落地“金凤”计划项目"]),
    ("负压病房扩容30%。", "outcome", ["负压病房"]),
    ("增长8%；期成增长10%。", "target", ["", ""]),
    ("引进及培育领军人才40名。", "outcome", ["引进及培育领军人才"]),
    ("带动零部件配套企业产值120亿元。", "outcome", ["带动零部件配套企业产值"]),
    ("落实草原禁牧面积300万亩。", "outcome", ["落实草原禁牧面积"]),
    ("惠及脱贫户3200户。", "outcome", ["惠及脱贫户"]),
    ("人才公寓投入使用1200套。", "outcome", ["人才公寓"]),
    ("审批时限压减至15个工作日。", "outcome", ["审批时限"]),
    ("一般公共预算收入扣除留抵退税后增长5%。", "outcome", ["一般公共预算收入"]),
    ("生产总值同比（下同）增长5.8%。", "outcome", ["生产总值"]),
    ("经济总量居全省第5位。", "outcome", ["经济总量"]),
    ("增幅列全市前三。", "outcome", ["增幅"]),
    ("市级一般公共预算收入12亿元。", "outcome", ["市级一般公共预算收入"]),
    ("新建和改扩建中小学8所。", "outcome", ["中小学"]),
    ("安排市级重点项目120个。", "target", ["市级重点项目"]),
    ("全旗完成造林面积12万亩。", "outcome", ["造林面积"]),
    ("引进总部企业12家，累计认定总部企业86家。", "outcome", ["引进总部企业", "总部企业"]),
]


@pytest.mark.parametrize(("text", "kind", "want"), CONVENTIONS)
def test_naming_convention(text: str, kind: str, want: list[str]) -> None:
    assert _names(text, kind) == want


def test_an_investment_completed_and_a_stock_after_its_increment() -> None:
    assert _names("城建项目完成投资52亿元。") == ["投资"]
    assert _names("新引进区域总部8家，累计认定区域总部60家。") == ["引进区域总部", "区域总部"]
    assert _names("急诊床位扩容25%。") == ["急诊床位"]


def test_the_reports_own_place_is_a_scope() -> None:
    def named(text: str, place: str) -> list[str]:
        return [f.indicator for f in extract_figures(text, kind="outcome", year=2023, place=place)]

    assert named("初步预计，松江地区生产总值1800亿元。", "上海市松江区") == ["地区生产总值"]
    assert named("松江区一般公共预算收入120亿元。", "上海市松江区") == ["一般公共预算收入"]
    assert named("8家省重点实验室松江占3家。", "上海市松江区")[0] == "省重点实验室"
    # a proper name that opens with the place's short name stays
    assert named("松江湾文旅街区接待游客320万人次。", "上海市松江区") == ["松江湾文旅街区接待游客"]
    assert named("初步预计，松江地区生产总值1800亿元。", "") == ["松江地区生产总值"]


def test_a_share_after_another_figure_and_a_scope_inside() -> None:
    got = _names("8件民生实事全部办结，全年教育支出占一般公共预算支出的21%。")
    assert got == ["民生实事", "教育支出占一般公共预算支出"]
    assert _names("县域内公交线路总里程达到860公里。") == ["公交线路总里程"]


def test_a_change_from_a_level_to_another_names_the_thing() -> None:
    got = _names("商品房去化周期由2022年末的18.5个月缩短到12.1个月。")
    assert got == ["商品房去化周期", "商品房去化周期"]


def test_joint_building_and_a_manner_are_no_part_of_a_name() -> None:
    assert _names("与高校共建成果转化中心5个。") == ["成果转化中心"]
    assert _names("依法依规关停落后产能企业12家。") == ["关停落后产能企业"]


def test_a_rank_among_a_group_ranks_the_clause_before() -> None:
    got = _names("地区生产总值增长4.1%，增速持续高于全省，在长三角九市位居首位。")
    assert got == ["地区生产总值", "地区生产总值增速"]
    assert _names("在全市营商环境评价中排名第2位。") == ["营商环境评价"]


def test_a_place_before_a_building_verb_says_where() -> None:
    assert _names("高新区新建标准厂房12万平方米。") == ["标准厂房"]


def test_a_list_of_names_then_as_many_figures_pairs_without_fen_bie() -> None:
    got = _names("城镇、农村居民人均消费支出同比增长5.2%、7.4%。")
    assert got == ["城镇居民人均消费支出", "农村居民人均消费支出"]
    got = _names("税收收入增长3.2%城镇、农村居民人均消费支出增长5.2%7.4%，")  # commas lost by the page
    assert got == ["税收收入", "城镇居民人均消费支出", "农村居民人均消费支出"]
    # one figure shared by the list keeps the whole phrase
    assert _names("城镇、农村居民人均消费支出增速均居全市第2位。") == ["城镇、农村居民人均消费支出增速"]


def test_a_rate_change_and_a_group_alone_take_the_measure_before() -> None:
    assert _names("工业投资增长9%，增速比上年回落1.5个百分点。") == ["工业投资", "工业投资增速"]
    got = _names("居民人均消费支出2.8万元，其中城镇居民3.4万元、农村居民1.9万元。")
    assert got == ["居民人均消费支出", "城镇居民人均消费支出", "农村居民人均消费支出"]


def test_a_paired_predicate_and_a_part_of_a_count() -> None:
    assert _names("选派30名医生援疆援藏。") == ["医生"]
    assert _names("12家省级重点实验室本区占5家。")[1] == "省级重点实验室"


def test_a_milestone_and_a_bare_share_name_the_amount() -> None:
    assert _names("工业总产值迈上500亿元新台阶。") == ["工业总产值"]
    assert _names("地区生产总值突破800亿元大关。") == ["地区生产总值"]
    assert _names("其中教育支出12亿元，占21%。") == ["教育支出", "教育支出"]


def test_examples_before_deng() -> None:
    # a list of kinds of a thing stays with its head; one example, or a list before a category, goes
    assert _names("茶叶、水果等特色作物面积稳定在20万亩。") == ["茶叶、水果等特色作物面积"]
    assert _names("举办“美食节”等促消费活动80场。") == ["促消费活动"]
    assert _names("人均地区生产总值、登记失业率等主要指标12项。") == ["主要指标"]
    assert _names("临时救助、医疗救助等救助资金发放1.2亿元。") == ["临时救助、医疗救助等救助资金"]


def test_guards_of_the_names_round() -> None:
    from drafter.figures.indicator import name_after

    assert name_after("农民人均纯收入") == "农民人均纯收入"  # 人均 is no predicate 均
    assert _names("在全省营商环境评价位列第一。") == ["营商环境评价"]  # an evaluation, not a group
    assert _names("引进企业30家、市场主体新增500户。")[1] != "引进市场主体"  # 市场 is no level


def test_lead_words_that_open_a_noun_stay() -> None:
    assert _names("建成区绿化覆盖率达到41.5%。") == ["建成区绿化覆盖率"]
    assert _names("建成区面积扩大到52平方公里。") == ["建成区面积"]
    assert _names("建成区域养老服务中心3个。") == ["区域养老服务中心"]
    assert _names("在校学生8.5万人。") == ["在校学生"]
    assert _names("建成投用充电桩800个。") == ["充电桩"]


def test_a_measure_alone_after_an_owners_measure_takes_the_owner() -> None:
    got = _names("规上服务业企业营业收入增长12%，利润总额增长5%。")
    assert got == ["规上服务业企业营业收入", "规上服务业企业利润总额"]


def test_a_count_opening_a_name_and_a_verb_after_a_count() -> None:
    assert _names("全区9个国控断面水质达标率100%。")[1] == "国控断面水质达标率"
    # the fate after a noun-less count names it (tests/real convention 11 as its set writes it:
    # 达到或超过预期的主要指标; round fxnames12)
    assert _names("15项主要指标有12项完成。") == ["主要指标", "完成的主要指标"]


def test_places_listed_before_deng_di_say_where() -> None:
    assert _names("赴广州、成都等地开展招商推介会15场。") == ["招商推介会"]


def test_a_population_before_de_names_its_number() -> None:
    # 人口超过850万的特大城市: the population is measured, the city it describes is not the name
    figures = extract_figures("全市常住人口超过850万的特大城市地位巩固。", year=2023)
    assert [(f.indicator, f.value, f.unit) for f in figures] == [("常住人口", "850", "万")]
