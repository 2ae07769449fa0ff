"""Generalisation tests of round 17's second-wave first-sight figure shapes (real_pass1–2 and real_aside74; issue 9,
fxgen13; docs/NAMES-GENERALISATION.md round 29): crops after 其中 under a sown area or an output (after a ； too),
`实际` before 分别, calculation bases (按…计算), `属` before a part, unbracketed 口径 words, 挑战/控制/提出 in
targets, a month before a rate that fell back, 经济 kept in a kind of economy, a bare 利润 after a firm class,
pollutant pairs, ranks of national lists, time ahead of schedule, 建成投用/新谋划/荣获, a gap over a task from
above, 稳定 before a measure, a parity before a gap, a lost full stop between two stated amounts, manner words
before a verb, listing verbs, the own place before 流向, a county's unquoted formula. Every sentence is invented
(other places, years, indicators, verbs; 繁体 copies read through the page's converter)."""

from __future__ import annotations

import pytest
from _bounds import cpu_bound

from drafter.figures import extract_figures
from drafter.figures import lexicon as lex
from drafter.normalize import normalize_text, simplified_converter


def _read(text: str, kind: str = "outcome", place: str = "") -> list[tuple[str, str | None, str, str]]:
    text = simplified_converter()(normalize_text(text))  # a 繁体 copy is read in simplified characters
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(text, kind=kind, year=2019, place=place)]


def _names(text: str, kind: str = "outcome", place: str = "") -> list[str]:
    return [f[0] for f in _read(text, kind, place)]


# --- crops after 其中 under a sown area or a crop class's output -------------------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("油料作物播种面积26.5千公顷，增加0.4千公顷。其中，油菜籽18.2千公顷，增加0.6千公顷；花生5.1千公顷，减少0.2千公顷。",
         ["油料作物播种面积", "油料作物播种面积", "油菜籽播种面积", "油菜籽播种面积", "花生播种面积", "花生播种面积"]),
        ("粮食播种面积512万亩。其中，玉米230万亩；稻谷160万亩；薯类40万亩。",
         ["粮食播种面积", "玉米播种面积", "稻谷播种面积", "薯类播种面积"]),
        ("棉花种植面積18萬畝。其中，長絨棉6萬畝。", ["棉花种植面积", "长绒棉种植面积"]),
        ("水果产量86万吨。其中，苹果40万吨；柑橘22万吨。", ["水果产量", "苹果产量", "柑橘产量"]),
        ("粮食总产量70.2万吨，增产2.1%。其中，夏粮30.1万吨；秋粮40.1万吨。",
         ["粮食总产量", "粮食总产量", "夏粮总产量", "秋粮总产量"]),
        # across a ；: the whole's growth between it and 其中
        ("蔬菜总产量310万吨，增长3.2%；其中，番茄42万吨，增长5%；黄瓜28万吨，下降1.5%。",
         ["蔬菜总产量", "蔬菜总产量", "番茄总产量", "番茄总产量", "黄瓜总产量", "黄瓜总产量"]),
        ("粮食播种面积512万亩，增长2%；其中，玉米230万亩；稻谷160万亩。",
         ["粮食播种面积", "粮食播种面积", "玉米播种面积", "稻谷播种面积"]),
        # along a comma list after the first part
        ("肉类总产量12万吨，下降4%；其中，猪肉8万吨，牛肉2万吨。", ["肉类总产量", "肉类总产量", "猪肉总产量", "牛肉总产量"]),
        ("肉類總產量12萬噸，下降4%；其中，豬肉8萬噸，羊肉1萬噸。", ["肉类总产量", "肉类总产量", "猪肉总产量", "羊肉总产量"]),
        # not a class of farm produce: the part keeps its own words, after a ； too
        ("工业总产值820亿元，增长5%；其中，汽车310亿元。", ["工业总产值", "工业总产值", "汽车"]),
        ("原煤产量900万吨，增长3%；其中，焦煤200万吨。", ["原煤产量", "原煤产量", "焦煤"]),
    ],
)
def test_crops_after_qizhong_take_the_wholes_measure(text: str, want: list[str]) -> None:
    assert _names(text) == want


# --- 实际 before 分别; a calculation basis; 属 before a part; 口径 --------------------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("城镇常住居民人均可支配收入4.2万元、农村常住居民人均可支配收入2.1万元，实际分别增长5.2%和6.8%。",
         ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"] * 2),
        ("全体居民人均可支配收入2.8万元、人均消费支出1.9万元，实际分别增长4.9%和6.1%。",
         ["全体居民人均可支配收入", "人均消费支出"] * 2),
        ("城鎮居民人均可支配收入3.6萬元、農村居民人均可支配收入1.9萬元，實際分別增長5%和7%。",
         ["城镇居民人均可支配收入", "农村居民人均可支配收入"] * 2),
        ("按常住人口计算，全县人均地区生产总值达到7.3万元，按年平均汇率折算为1.06万美元。", ["人均地区生产总值"] * 2),
        ("按可比价格计算，地区生产总值增长6.2%。", ["地区生产总值"]),
        ("按年均汇率计算，人均GDP约1.3万美元。", ["人均GDP"]),
        ("按户籍人口計算，全市人均生產總值達到9.1萬元。", ["人均生产总值"]),
        ("一般公共预算收入285亿元，其中属省级收入96亿元。", ["一般公共预算收入", "省级收入"]),
        ("全部税收收入46亿元，其中属地方级收入18亿元，增长5%。", ["全部税收收入", "地方级收入", "地方级收入"]),
        ("全口徑財政收入320億元，其中屬中央級收入150億元。", ["全口径财政收入", "中央级收入"]),
        # a pair of counts joined by 、 before the scope of a rank
        ("一般公共预算收入省口径、市口径在全省均列第二位。", ["一般公共预算收入"]),
        ("地方财政收入市口径和县口径增幅，分别高于全市2.3和1.1个百分点。", ["地方财政收入增幅"] * 2),
        ("税收收入省口徑和市口徑，在全省、全市均居第四位。", ["税收收入"]),
    ],
)
def test_terms_bases_levels_and_counts_go(text: str, want: list[str]) -> None:
    assert _names(text) == want


# --- verbs of targets; a month's rate fallen back -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全县规模以上工业增加值增长挑战10%。", [("规模以上工业增加值", "10", "%", "at_least")]),
        ("今年固定资产投资增速挑战15%。", [("固定资产投资", "15", "%", "at_least")]),
        ("全市地区生产总值增长挑战9%。", [("地区生产总值", "9", "%", "at_least")]),
        ("城镇登记失业率控制在4.5%以内。", [("城镇登记失业率", "4.5", "%", "at_most")]),
        ("居民消费价格涨幅控制在3.5%左右。", [("居民消费价格涨幅", "3.5", "%", "about")]),
        ("城鎮登記失業率控制在4%以內。", [("城镇登记失业率", "4", "%", "at_most")]),
        ("需要说明的是，提出农村居民人均可支配收入增长9%。", [("农村居民人均可支配收入", "9", "%", "exact")]),
        ("需要说明的是，提出全体居民人均可支配收入增长7%。", [("全体居民人均可支配收入", "7", "%", "exact")]),
    ],
)
def test_target_verbs_are_no_part_of_the_name(text: str, want: list[tuple[str, str, str, str]]) -> None:
    assert _read(text, "target") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("居民消费价格上涨3.6%，但12月份價格漲幅已回落至1.5%。", ["居民消费价格", "价格涨幅"]),
        ("居民消费价格上涨3.6%，9月份涨幅回落至1.9%。", ["居民消费价格", "居民消费价格"]),
        ("社会消费品零售总额增长6%，11月增速回升至8.2%。", ["社会消费品零售总额"] * 2),
        # a decline narrowed in a month: the decline's value, the indicator's own (as 降幅收窄至)
        ("工业生产者出厂价格下降2.1%，12月降幅已收窄至0.8%。", ["工业生产者出厂价格"] * 2),
        ("进出口总额下降6%，10月份降幅已收窄到2.5%。", ["进出口总额"] * 2),
    ],
)
def test_a_months_rate_moved_on(text: str, want: list[str]) -> None:
    assert _names(text) == want


# --- 经济 kept in a kind of economy; a bare 利润 after a firm class; pollutant pairs -------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("非公有制经济实现增加值1200亿元，增长7.5%。", ["非公有制经济增加值"] * 2),
        ("非公有制经济稳步发展，实现增加值560亿元。", ["非公有制经济增加值"]),
        ("非公有製經濟實現增加值320億元。", ["非公有制经济增加值"]),
        ("个体私营经济实现增加值320亿元。", ["个体私营经济增加值"]),
        ("海洋经济实现增加值88亿元，增长6%。", ["海洋经济增加值"] * 2),
        ("规模以上工业企业实现营业收入2300亿元，增长8%；实现利润150亿元，增长6%。",
         ["规模以上工业企业营业收入", "规模以上工业企业营业收入", "规模以上工业企业利润", "规模以上工业企业利润"]),
        ("限额以上批发零售业实现销售额800亿元；实现利润22亿元。", ["限额以上批发零售业销售额", "限额以上批发零售业利润"]),
        ("规上服务业实现营业收入410亿元，增长12%；利润总额35亿元。", ["规上服务业营业收入", "规上服务业营业收入", "规上服务业利润总额"]),
        ("規模以上工業完成增加值510億元，增長7%；實現利潤42億元。", ["规模以上工业增加值", "规模以上工业增加值", "规模以上工业利润"]),
        ("限额以上住宿餐饮业实现营业额60亿元；实现利润3亿元。", ["限额以上住宿餐饮业营业额", "限额以上住宿餐饮业利润"]),
        ("氨氮和氮氧化物排放量分别下降3.2%和4.5%。", ["氨氮排放量", "氮氧化物排放量"]),
        ("二氧化硫、氮氧化物排放量分别削减5%和6%。", ["二氧化硫排放量", "氮氧化物排放量"]),
        ("二氧化硫和化學需氧量排放量分別下降4%和3%。", ["二氧化硫排放量", "化学需氧量排放量"]),
        # a list head closing in a generic one (排放总量) is shared whole
        ("化学需氧量、氨氮排放总量分别下降2.1%、2.8%。", ["化学需氧量排放总量", "氨氮排放总量"]),
        ("二氧化硫和氮氧化物排放总量分别下降3%和4%。", ["二氧化硫排放总量", "氮氧化物排放总量"]),
    ],
)
def test_economies_profits_and_pollutants(text: str, want: list[str]) -> None:
    assert _names(text) == want


def test_a_generic_head_after_a_list_still_closes_each_item() -> None:
    assert _names("工业投资、民间投资增速分别为8%和6%。") == ["工业投资增速", "民间投资增速"]
    assert _names("工业、农业用水总量分别下降2%和3%。") == ["工业用水总量", "农业用水总量"]


# --- ranks of national lists --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("荣登全国县域营商环境百强榜首，位居全国百强县科技创新第3、绿色发展第5。",
         [("县域营商环境百强", "首", ""), ("百强县科技创新", "3", ""), ("绿色发展", "5", "")]),
        ("榮登全國縣域經濟百強榜首。", [("县域经济百强", "首", "")]),
        ("位居全国百强区高质量发展第6、数字经济第9。", [("百强区高质量发展", "6", ""), ("数字经济", "9", "")]),
        ("荣登全国投资潜力百强县榜首。", [("投资潜力百强县", "首", "")]),
        # the field after the scope names an among-the-first rank as one before it does
        ("跻身全国综合实力30强。", [("综合实力", "30", "")]),
        ("进入全省县域经济十强。", [("县域经济", "十", "")]),
        ("跻身制造业全国20强。", [("制造业", "20", "")]),
    ],
)
def test_ranks_of_national_lists(text: str, want: list[tuple[str, str, str]]) -> None:
    assert [(n, v, u) for n, v, u, _ in _read(text)] == want


def test_a_peer_group_after_the_scope_is_no_field() -> None:
    assert _names("进入全国同类城市十强。") == [""]
    assert _names("跻身全国30强。") == [""]


# --- time ahead; projects put in use; newly planned; awards; a gap over a task from above -------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("森林覆盖率达到45%，提前两年完成“十四五”目标。", ["森林覆盖率"]),
        ("万元GDP能耗下降4%，提前3年完成规划目标。", ["万元GDP能耗"]),
        ("文化馆、体育中心等18个项目建成投用。", ["建成投用项目"]),
        ("全年有9个项目建成投产。", ["建成投产项目"]),
        ("新谋划产业项目150个，总投资620亿元。", ["谋划产业项目", "总投资"]),
        ("全县荣获省级文明村镇称号8个。", ["省级文明村镇称号"]),
        ("一般公共预算收入完成18.6亿元，超出省下达任务1.2亿元。", ["一般公共预算收入"] * 2),
        ("实际利用外资完成3.5亿美元，超过市下达目标0.4亿美元。", ["实际利用外资"] * 2),
        ("固定资产投资完成120亿元，超市级下达任务指标5亿元。", ["固定资产投资"] * 2),
        ("稅收收入完成9億元，超出市下達任務0.6億元。", ["税收收入"] * 2),
    ],
)
def test_schedules_fates_awards_and_gaps_over_tasks(text: str, want: list[str]) -> None:
    assert _names(text) == want


# --- 稳定 before a measure; a parity before a gap; two amounts run together ----------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("稳定小麦种植面积60万亩。", [("小麦种植面积", "60")]),
        ("全年稳定能繁母猪存栏5万头。", [("能繁母猪存栏", "5")]),
        ("穩定糧食播種面積230萬畝。", [("粮食播种面积", "230")]),
        ("稳定增长机制3项。", [("稳定增长机制", "3")]),
        ("上半年全市规上工业增加值增长7%，增速与全省持平、高于全国1.5个百分点。",
         [("规上工业增加值", "7"), ("规上工业增加值增速", "1.5")]),
        ("全区社会消费品零售总额增长10%，增速与全市持平、快于上年同期2个百分点。",
         [("社会消费品零售总额", "10"), ("社会消费品零售总额增速", "2")]),
        ("一季度全縣地區生產總值增長6%，增速與全市持平、高於全省0.8個百分點。", [("地区生产总值", "6"), ("地区生产总值增速", "0.8")]),
        ("全区蔬菜产量达80万吨水果产量超30万吨。", [("蔬菜产量", "80"), ("水果产量", "30")]),
        ("全县接待游客达500万人次旅游综合收入突破40亿元。", [("接待游客", "500"), ("旅游综合收入", "40")]),
        ("全市粮食播种面积达300万亩粮食产量超120万吨。", [("粮食播种面积", "300"), ("粮食产量", "120")]),
    ],
)
def test_holding_parity_and_run_together_amounts(text: str, want: list[tuple[str, str]]) -> None:
    assert [(n, v) for n, v, _, _ in _read(text)] == want


# --- manner words; listing verbs; the own place before 流向; a county's unquoted formula ----------------------------

@pytest.mark.parametrize(
    ("text", "place", "want"),
    [
        ("3个省级孵化器高标准建成投用。", "", ["省级孵化器"]),
        ("两个产业园区高质量运营。", "", ["产业园区"]),
        ("5家重点实验室高水平运行。", "", ["重点实验室"]),
        ("新建8万亩高标准农田。", "", ["高标准农田"]),
        ("累计上市12家企业。", "", ["上市企业"]),
        ("新增上市3家企业。", "", ["上市企业"]),
        ("全年新增挂牌企业20家。", "", ["挂牌企业"]),
        ("广东流向港澳技术合同成交额180亿元。", "广东省", ["流向港澳技术合同成交额"]),
        ("浙江销往沪苏蔬菜120万吨。", "浙江省", ["销往沪苏蔬菜"]),
        ("重庆流向成渝地区技术合同成交额50亿元。", "重庆市", ["流向成渝地区技术合同成交额"]),
        ("围绕三个示范区建设目标，扎实推进各项工作。", "", []),
        ("聚焦打造四大产业集群，全年完成投资30亿元。", "", ["投资"]),
        ("锚定两个中心建设目标，狠抓落实。", "", []),
        ("围绕6个重点产业引进企业15家。", "", ["重点产业", "引进企业"]),
    ],
)
def test_manners_listings_flows_and_formulas(text: str, place: str, want: list[str]) -> None:
    assert _names(text, place=place) == want


def test_new_patterns_read_long_hostile_input_fast() -> None:
    shapes = (
        "荣登全国" + "县域营商环境" * 5000 + "百强榜首",
        "跻身全国" + "综合实力" * 5000 + "30强",
        "省口径、市口径" * 5000 + "在",
        "其中，番茄" * 5000,
    )
    for text in shapes:
        with cpu_bound(1.0, text[:20]):
            for pattern in (lex.RANK_TOP_OF_LIST, lex.TOP_LIST_NAME, lex.RANK_FIELD_AFTER_SCOPE, lex.COMPARE, lex.RANK):
                pattern.search(text)
    with cpu_bound(5.0):
        extract_figures("蔬菜总产量310万吨，增长3.2%；" + "；".join(["其中，番茄42万吨，增长5%", "黄瓜28万吨"] * 200) + "。",
                        kind="outcome", year=2019)


# --- no verdict (for the lead) ------------------------------------------------------------------------------------

# settled (round 17, fxa75b): a list of places named by merit (强县) names its N强 rank; 中国 is a national scope
def test_a_second_list_of_strong_counties_names_its_rank() -> None:
    assert _names("入围全国工业百强县第12位、跻身中国旅游强县20强。") == ["工业百强县", "旅游强县"]


# settled (round 17, fxa75b): 全国 opening a name is a scope word and goes (an award as a national list, fxa52);
# a province's award keeps its level (省政府质量奖), 中国 written in an award's name stays (中国质量奖提名奖)
def test_a_national_award_loses_its_scope_word() -> None:
    assert _names("荣获全国质量奖2项。") == ["质量奖"]
    assert _names("荣获省政府质量奖2项。") == ["省政府质量奖"]
