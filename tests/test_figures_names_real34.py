"""Rule tests for indicator names (issue 9, fourth round: the conventions of tests/real3 and
tests/real4). Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures
from drafter.normalize import normalize_text


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def test_a_gap_to_a_wider_scope_is_the_clause_indicator() -> None:
    assert _names("全县工业增加值增长6.2%，高于全省平均水平1.1个百分点。") == [("工业增加值", "6.2"), ("工业增加值", "1.1")]
    assert _names("上半年全区GDP同比下降0.5%，高于全国0.8个百分点。") == [("GDP", "0.5"), ("GDP", "0.8")]
    assert _names("社会消费品零售总额增长9%，低于全市平均1.2个百分点。")[1][0] == "社会消费品零售总额"


def test_a_change_since_an_earlier_period_is_the_clause_indicator() -> None:
    assert _names("建筑业产值增长3%，较一季度加快2.5个百分点。") == [("建筑业产值", "3"), ("建筑业产值", "2.5")]
    assert _names("民间投资增长1.5%，较1-5月回升0.6个百分点。")[1][0] == "民间投资"


def test_a_rank_after_a_bare_growth_beside_growth_ranks_ranks_the_growth() -> None:
    got = _names("工业投资增长12%，增速居全市第2位；外贸进出口同比增长30.5%，居全市第7位。")
    assert got == [("工业投资", "12"), ("工业投资增速", "2"), ("外贸进出口", "30.5"), ("外贸进出口增速", "7")]
    # without a sibling that names the growth's rank, the rank stays the indicator's (tests/real)
    assert _names("外贸进出口同比增长30.5%，居全市第7位。")[1][0] == "外贸进出口"
    # an amount in the clause: the rank is the amount's
    assert _names("增速居全市第2位。税收收入9亿元，增长5%，居全市第3位。")[-1][0] == "税收收入"


def test_a_price_basis_leaves_the_name() -> None:
    got = _names("全年实现现价生产总值30.5亿元，按2010年可比价格（下同）计算，比上年增长8.0%，完成年度计划的102.1%。")
    assert [n for n, _ in got] == ["生产总值"] * 3
    assert _names("林业现价总产值5.2亿元。") == [("林业总产值", "5.2")]
    assert _names("实现价值3亿元。")[0][0] == "价值"  # 实现价值 holds no price basis


def test_a_list_subject_keeps_its_head() -> None:
    got = _names("一、二、三产业现价增加值分别达到3.1亿元、5.2亿元、6.3亿元，分别增长2%、6%和7%。")
    assert [n for n, _ in got] == ["第一产业增加值", "第二产业增加值", "第三产业增加值"] * 2
    assert [n for n, _ in _names("二、三产业增加值分别增长3%和4%。")] == ["第二产业增加值", "第三产业增加值"]


def test_a_sibling_inherits_the_scope_of_its_first() -> None:
    got = _names("年末银行业人民币存款余额300亿元，贷款余额260亿元，分别较年初增加12亿元、18亿元。")
    assert [n for n, _ in got] == ["银行业人民币存款余额", "银行业人民币贷款余额"] * 2
    assert _names("一般公共预算收入20亿元，支出30亿元。")[1][0] == "一般公共预算支出"
    assert _names("一般公共预算收入20亿元，其中税收收入15亿元。")[1][0] == "税收收入"  # no sibling


def test_a_level_prefix_distributes_over_a_list() -> None:
    got = _names("县级以上示范家庭农场、专业合作社和龙头企业分别达到20家、15家、9家。")
    assert [n for n, _ in got] == ["县级以上示范家庭农场", "县级以上专业合作社", "县级以上龙头企业"]
    got = _names("省级专精特新企业、国家级小巨人企业分别达到20家、3家。")
    assert [n for n, _ in got] == ["省级专精特新企业", "国家级小巨人企业"]  # each keeps its own level
    got = _names("国家级高新技术企业、科技型中小企业分别达到50家、300家。")
    assert [n for n, _ in got] == ["国家级高新技术企业", "科技型中小企业"]  # one level is a designation
    got = _names("国家级、省级、市级龙头企业分别达到2家、10家、30家。")
    assert [n for n, _ in got] == ["国家级龙头企业", "省级龙头企业", "市级龙头企业"]


def test_town_and_country() -> None:
    got = [(f.indicator, f.value, f.qualifier) for f in extract_figures("城乡居民人均可支配收入分别增长6.5%左右。", kind="target")]
    assert got == [("城镇居民人均可支配收入", "6.5", "about"), ("农村居民人均可支配收入", "6.5", "about")]
    assert _names("城乡居民人均可支配收入增长6.1%。", "target") == [("城乡居民人均可支配收入", "6.1")]  # no 分别: one
    got = _names("居民人均可支配收入预计城镇完成35000元，同比增长6.5%；农村完成18000元，同比增长8%。")
    assert [n for n, _ in got] == ["城镇居民人均可支配收入"] * 2 + ["农村居民人均可支配收入"] * 2


def test_an_owner_before_new_set_ups_stays() -> None:
    assert _names("国企新设机构40个。") == [("国企新设机构", "40")]
    assert _names("全年新设市场主体1.5万户。") == [("市场主体", "1.5")]  # 新设 opening the name is a flag
    assert _names("各乡镇新设企业90家。") == [("企业", "90")]


def test_predicates_and_glosses_after_a_name_go() -> None:
    assert _names("推动56项便民服务事项“一网通办”。") == [("便民服务事项", "56")]
    assert _names("建成8个市级“美丽乡村”。") == [("市级“美丽乡村”", "8")]  # a quoted name stays
    assert _names("新增15个项目纳入市重点项目库。") == [("项目", "15")]
    assert _names("实际利用外资外管局口径完成3200万美元。") == [("实际利用外资", "3200")]
    assert _names("全区实现生产总值300亿元左右（预计数，下同），增长5%。") == [("生产总值", "300"), ("生产总值", "5")]


def test_a_month_alone_leaves_the_name() -> None:
    got = _names(normalize_text("限额以上企业零售额较上月收窄1.2个百分点，其中5月当月增长8.1 %、环比增长3.4%。"))
    assert [n for n, _ in got] == ["限额以上企业零售额"] * 3
    assert [v for _, v in got] == ["1.2", "8.1", "3.4"]  # a space before % is a reprint's


def test_a_harvest_head_takes_the_crop_produced() -> None:
    got = _names("秋粮生产喜获丰收，总产120.5万吨，较上年增长3.9%。")
    assert got == [("秋粮总产", "120.5"), ("秋粮总产", "3.9")]
    assert _names("粮食产量120万吨。") == [("粮食产量", "120")]
    assert _names("全区粮食生产再获丰收，总产12万吨。") == [("粮食总产", "12")]


def test_a_met_task_from_above_is_named_without_its_indicator_word() -> None:
    got = [f.indicator for f in extract_figures("能耗及主要污染物减排指标均完成市下达任务目标。")]
    assert got == ["能耗及主要污染物减排"]


def test_a_sign_after_growth_leaves_the_name() -> None:
    got = _names("规模以上工业增加值同比增长-4%，低于计划目标10个百分点。")
    assert got[-1] == ("规模以上工业增加值", "10")


def test_gaps_and_changes_in_other_words() -> None:
    for text in ("比全省高0.4个百分点", "高出全省平均水平0.4个百分点", "较全省平均水平高0.4个百分点", "比一季度提高0.4个百分点"):
        assert _names(f"建筑业增加值增长6%，{text}。")[1] == ("建筑业增加值", "0.4")
    assert _names("建筑业增加值增长6%，增速比一季度提高1.3个百分点。")[1][0] == "建筑业增加值增速"
    assert _names("城乡居民收入比缩小至2.1。")[0][0] == "城乡居民收入比"  # a ratio's 比 stays


def test_staged_starts_and_bracketed_price_bases() -> None:
    assert _names("分三批集中开工亿元以上项目12个。") == [("亿元以上项目", "12")]
    assert _names("地区生产总值（现价）500亿元。") == [("地区生产总值", "500")]


def test_siblings_in_lists_and_after_a_whole() -> None:
    assert [n for n, _ in _names("居民人均可支配收入城镇、农村分别增长8%、9%。")] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert [n for n, _ in _names("银行本外币存款、贷款余额分别达到800亿元、600亿元。")] == ["银行本外币存款余额", "银行本外币贷款余额"]
    assert [n for n, _ in _names("存款、贷款余额分别增长8%、9%。")] == ["存款余额", "贷款余额"]
    got = _names("全体居民人均可支配收入30000元，其中城镇居民40000元，农村居民20000元。")
    assert [n for n, _ in got] == ["全体居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert _names("外贸进口额20亿元，出口额30亿元。")[1][0] == "外贸出口额"


def test_gaps_to_several_scopes_and_same_period_changes() -> None:
    for text in ("比全国、全省分别高1.2和0.8个百分点", "分别高于全国、全省1.2和0.8个百分点"):
        assert [n for n, _ in _names(f"建筑业增加值增长6%，{text}。")] == ["建筑业增加值"] * 3
    assert _names("建筑业增加值增长6%，比上年同期回落1.2个百分点。")[1][0] == "建筑业增加值"
    assert [v for _, v in _names("建筑业增加值增长6%，比1-5月提高0.5个百分点。")] == ["6", "0.5"]  # 比1-5月 is no ratio


def test_bracketed_glosses_and_passive_predicates() -> None:
    assert _names("实际使用外资（外管局口径）2.3亿美元。") == [("实际使用外资", "2.3")]
    assert _names("6个村被评为省级文明村。") == [("村", "6")]
    assert _names("安置3万名被征地农民。") == [("被征地农民", "3")]  # 被 opening the noun stays


def test_a_part_of_the_population_after_its_subject() -> None:
    got = _names("居民人均可支配收入城镇居民达到40000元、农村居民达到20000元。")
    assert [n for n, _ in got] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]


def test_a_capacity_after_its_number_belongs_to_the_thing_before() -> None:
    assert _names("全面推动沿海大型海上风电基地1200万千瓦装机建设。") == [("沿海大型海上风电基地装机", "1200")]
    assert _names("建成300万千瓦装机。") == [("装机", "300")]


def test_siblings_inside_a_name_and_a_second_harvest_head() -> None:
    assert _names("金融机构各项存款余额500亿元，各项贷款余额300亿元。")[1][0] == "金融机构各项贷款余额"
    assert _names("棉花产量5万吨，单产100公斤。")[1][0] == "棉花单产"


def test_a_bracketed_counting_note_leaves_the_name() -> None:
    assert _names("完成外贸进出口总额（按人民币计）30亿元。") == [("外贸进出口总额", "30")]
    assert _names("地区生产总值（预计数）300亿元。") == [("地区生产总值", "300")]
    assert _names("固定资产投资（不含农户）增长5%。") == [("固定资产投资（不含农户）", "5")]  # a scope stays
    assert _names("新增4家高新技术企业通过认定。") == [("高新技术企业", "4")]
    assert _names("5家企业成功挂牌新三板。") == [("企业", "5")]


def test_sectors_share_their_head() -> None:
    assert [n for n, _ in _names("一产、二产、三产增加值分别增长3%、5%、7%。")] == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
    # a sector written without its measure after one written with it is named as written
    # (real_aside24 convention 2; before, each took the first one's 增加值)
    got = _names("第一产业增加值增长3%，第二产业增长5%，第三产业增长7%。")
    assert [n for n, _ in got] == ["第一产业增加值", "第二产业", "第三产业"]
    assert [n for n, _ in _names("其中第一产业增长7%，第二产业增长6%。")] == ["第一产业", "第二产业"]


def test_parts_after_their_whole_and_gaps_after_a_pair() -> None:
    got = _names("全体居民人均可支配收入增长7%，其中城镇、农村分别增长6%和8%。")
    assert [n for n, _ in got] == ["全体居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入"]
    got = _names("城乡居民人均可支配收入分别增长7%和8%，比全省平均水平分别高0.5和0.8个百分点。")
    assert [n for n, _ in got] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"] * 2


def test_a_share_of_the_annual_investment_plan_and_done_and_pending() -> None:
    got = [(f.indicator, f.measure) for f in extract_figures("上半年完成投资80亿元，占年度投资计划的52.3%。")]
    assert got == [("投资", "amount"), ("投资", "completion")]
    assert _names("加快已批待批规模超过2000万千瓦的风电项目建设。")[0][0] == "已批待批规模"
    assert _names("已消除风险300户。")[0][0] == "消除风险"  # 已 before a verb is a lead word


def test_a_lost_character_beside_a_number_names_nothing() -> None:
    got = [(f.indicator, f.value, f.measure) for f in extract_figures("已完成投资??9.5亿元，占年度投资计划的?40%。")]
    assert got == [("投资", "9.5", "amount"), ("投资", "40", "completion")]
    assert _names("？18个市级重点建设项目开工。") == [("市级重点建设项目", "18")]  # 建设项目 is a noun
