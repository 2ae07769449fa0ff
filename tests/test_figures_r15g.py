"""Generalisation tests of round 15's rules (fxa4445, fxa46, fxa48, fxa49) and round 21's name hygiene
(issue 9, fxgen6; docs/NAMES-GENERALISATION.md round 22). Every sentence here is invented: other wordings,
places, indicators and 繁体 copies (read through the page's converter) of the round's rules."""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures
from drafter.figures.indicator import hygienic
from drafter.normalize import normalize_text, simplified_converter


def _got(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(normalize_text(text), kind=kind, year=2023)]


def _trad(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str]]:
    return _got(simplified_converter()(text), kind)  # a 繁体 page is read in simplified characters


def _qualified(text: str, kind: str) -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.qualifier) for f in extract_figures(normalize_text(text), kind=kind, year=2023)]


# --- fxa4445: a pair word before two values reads as if 分别 were written; one value keeps the pair word
@pytest.mark.parametrize(("text", "want"), [
    ("住户存贷款余额86.5亿元、70.2亿元，分别增长6%、7%。",
     [("住户存款余额", "86.5", "亿元"), ("住户贷款余额", "70.2", "亿元"), ("住户存款余额", "6", "%"), ("住户贷款余额", "7", "%")]),
    ("金融机构存贷款余额达到320亿元、260亿元，同比增长9.1%、11.3%。",
     [("金融机构存款余额", "320", "亿元"), ("金融机构贷款余额", "260", "亿元"),
      ("金融机构存款余额", "9.1", "%"), ("金融机构贷款余额", "11.3", "%")]),
    ("本外币存贷款余额稳定在500亿元、410亿元。", [("本外币存款余额", "500", "亿元"), ("本外币贷款余额", "410", "亿元")]),
    ("粮油产量保持在15万吨、3.1万吨。", [("粮食产量", "15", "万吨"), ("油料产量", "3.1", "万吨")]),
    ("一般公共预算收支32亿元、58亿元，增长3%、5%。",
     [("一般公共预算收入", "32", "亿元"), ("一般公共预算支出", "58", "亿元"),
      ("一般公共预算收入", "3", "%"), ("一般公共预算支出", "5", "%")]),
    ("城乡居民人均可支配收入达到4.2万元、2.3万元，增长5%、7%。",
     [("城镇居民人均可支配收入", "4.2", "万元"), ("农村居民人均可支配收入", "2.3", "万元"),
      ("城镇居民人均可支配收入", "5", "%"), ("农村居民人均可支配收入", "7", "%")]),
    ("金融机构存贷款余额合计530亿元。", [("金融机构存贷款余额", "530", "亿元")]),
    ("粮油总产量18万吨。", [("粮油总产量", "18", "万吨")]),
])
def test_a_pair_word_before_two_values(text: str, want: list) -> None:
    assert _got(text) == want


def test_a_pair_word_in_traditional_characters() -> None:
    assert _trad("金融存貸款餘額210億元、180億元，同比增長8%、10%。") == [
        ("金融存款余额", "210", "亿元"), ("金融贷款余额", "180", "亿元"), ("金融存款余额", "8", "%"), ("金融贷款余额", "10", "%")]


# --- fxa4445: a value closing a list is each item's; a word of three characters is no pair of parallel words
@pytest.mark.parametrize(("text", "want"), [
    ("大米、茶油、脐橙品牌价值分别达5.2、4.1、3.3亿元。", ["大米品牌价值", "茶油品牌价值", "脐橙品牌价值"]),
    ("猕猴桃、核桃品牌价值分别为8亿元、6亿元。", ["猕猴桃品牌价值", "核桃品牌价值"]),
    ("猕猴桃、核桃产值分别为8亿元、6亿元。", ["猕猴桃产值", "核桃产值"]),
    ("白茶、红茶品牌价值分别达20亿元、15亿元。", ["白茶品牌价值", "红茶品牌价值"]),
    ("苹果、核桃产量分别为8万吨、6万吨。", ["苹果产量", "核桃产量"]),
])
def test_a_list_head_is_each_items(text: str, want: list[str]) -> None:
    assert [n for n, _, _ in _got(text)] == want


def test_a_list_head_in_traditional_characters() -> None:
    assert [n for n, _, _ in _trad("茶葉、香菇品牌價值分別達10億元、8億元。")] == ["茶叶品牌价值", "香菇品牌价值"]


# --- fxa4445: projects or firms signing into a park are named by the entry
@pytest.mark.parametrize(("text", "want"), [
    ("甲公司新型材料、乙公司光伏组件等9个项目签约入园。", ("签约入园项目", "9", "个")),
    ("全年15家企业签约入驻。", ("签约入驻企业", "15", "家")),
    ("7个项目签订入园。", ("签订入园项目", "7", "个")),
])
def test_signed_into_a_park(text: str, want: tuple[str, str, str]) -> None:
    assert _got(text) == [want]


# --- fxa4445/fxa48/fxa49: a task from above over two items, one target each
@pytest.mark.parametrize(("text", "want"), [
    ("能耗强度和碳排放指标完成省下达任务。", ["能耗强度", "碳排放"]),
    ("单位生产总值能耗和主要污染物减排指标完成市下达任务。", ["单位生产总值能耗", "主要污染物"]),
    ("用水总量和能耗强度指标完成上级下达任务。", ["用水总量", "能耗强度"]),
])
def test_a_task_from_above_over_two_items(text: str, want: list[str]) -> None:
    assert [(n, v) for n, v, _ in _got(text, "target")] == [(n, None) for n in want]


def test_emissions_and_a_cut_held_within_a_bound_stay_one_name() -> None:
    # no 指标 closing the list, no task met: one name (tests/real_aside13 ziyang-2024-plan)
    assert [n for n, _, _ in _got("主要污染物排放和节能降耗控制在市定目标范围内。", "target")] == ["主要污染物排放和节能降耗"]


# --- fxa4445: a standard met or bettered inside a name; a class in Chinese numerals is no count
@pytest.mark.parametrize(("text", "want"), [
    ("地表水达到或优于III类水质比例92%。", ("地表水达到或优于III类水质比例", "92", "%")),
    ("城市空气质量达到或好于二级标准的天数比例88.5%。", ("城市空气质量达到或好于二级标准的天数比例", "88.5", "%")),
    ("近岸海域水质达到或好于二类标准比例85%。", ("近岸海域水质达到或好于二类标准比例", "85", "%")),
    ("国控断面达到或优于三类水质比例95%。", ("国控断面达到或优于三类水质比例", "95", "%")),
    ("地表水好于三类水体比例90%。", ("地表水好于三类水体比例", "90", "%")),
])
def test_a_standard_met_or_bettered(text: str, want: tuple[str, str, str]) -> None:
    assert _got(text) == [want]


# --- fxa4445: 经济和社会发展指标 is one noun; measures of one named thing; a firm's operation
def test_economic_and_social_development_indicators_counted() -> None:
    assert _got("全年确定的52项经济和社会发展指标中，48项完成或超额完成。") == [
        ("经济和社会发展指标", "52", "项"), ("完成或超额完成的经济和社会发展指标", "48", "项")]
    assert _got("市人大批准的36项经济和社会发展指标中，34项完成年度目标。") == [
        ("经济和社会发展指标", "36", "项"), ("完成年度目标的经济和社会发展指标", "34", "项")]


def test_measures_of_one_named_thing() -> None:
    got = _got("实施月亮湖补水800万立方米、累计补水量2600万立方米，面积12平方千米，现状库容3100万立方米。")
    assert [n for n, _, _ in got] == ["月亮湖补水", "月亮湖补水量", "月亮湖面积", "月亮湖现状库容"]


@pytest.mark.parametrize(("text", "want"), [
    ("某某股份完成8.6亿元定增。", ("某某股份定增", "8.6", "亿元")),
    ("甲集团完成5亿元增资。", ("甲集团增资", "5", "亿元")),
    ("全市完成15亿元股权融资。", ("股权融资", "15", "亿元")),
])
def test_a_firms_operation(text: str, want: tuple[str, str, str]) -> None:
    assert _got(text) == [want]


# --- fxa46: milestones listed before the amounts they round; quoted examples; 直接; contribution; another basis
@pytest.mark.parametrize(("text", "want"), [
    ("财政总收入、税收收入跨越200亿、150亿两大台阶，分别达到203.5亿元、152.1亿元。",
     [("财政总收入", "203.5", "亿元"), ("税收收入", "152.1", "亿元")]),
    ("规上工业总产值、社会消费品零售总额突破千亿、五百亿两大关口，分别达到1005亿元、512亿元。",
     [("规上工业总产值", "1005", "亿元"), ("社会消费品零售总额", "512", "亿元")]),
    ("工业增加值、服务业增加值双双较快增长，分别达到320亿元、410亿元。",
     [("工业增加值", "320", "亿元"), ("服务业增加值", "410", "亿元")]),
])
def test_milestones_before_the_amounts_they_round(text: str, want: list) -> None:
    assert _got(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("组织“周末夜市”“美食嘉年华”等活动80场。", ("活动", "80", "场")),
    ("开展“科普进校园”等讲座45场。", ("讲座", "45", "场")),
    ("举办“春风行动”“就业援助月”等招聘会60场。", ("招聘会", "60", "场")),
    ("直接带动就业1.2万人。", ("带动就业", "1.2", "万人")),
    ("直接拉动消费15亿元。", ("拉动消费", "15", "亿元")),
    ("直接投资额达到12亿元。", ("直接投资额", "12", "亿元")),
])
def test_quoted_examples_and_direct(text: str, want: tuple[str, str, str]) -> None:
    assert _got(text) == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("工业成为拉动经济增长的主要动力，贡献率达48.5%。", [("工业贡献率", "48.5", "%")]),
    ("投资成为推动经济增长的关键力量，贡献率为41%。", [("投资贡献率", "41", "%")]),
    ("第三产业成为拉动经济增长的主引擎，贡献率达到62.3%，比上年提高5个百分点。",
     [("第三产业贡献率", "62.3", "%"), ("第三产业贡献率", "5", "个百分点")]),
    ("全区地区生产总值增长5.1%（按原口径计算的增长率为5.6%）。", [("地区生产总值", "5.1", "%"), ("地区生产总值", "5.6", "%")]),
    ("社会消费品零售总额增长8%（按新口径统计的增速为8.6%）。", [("社会消费品零售总额", "8", "%"), ("社会消费品零售总额", "8.6", "%")]),
    ("一般公共预算收入增长3%（按调整前口径核算的增长速度为4.2%）。",
     [("一般公共预算收入", "3", "%"), ("一般公共预算收入", "4.2", "%")]),
])
def test_a_sectors_contribution_and_a_growth_on_another_basis(text: str, want: list) -> None:
    assert _got(text) == want


# --- fxa48: projects by their fate, a fund's flow, 升至第N, bodies ranked; fxa46 named rankings
@pytest.mark.parametrize(("text", "want"), [
    ("甲学校、乙医院等18个项目竣工。", ("竣工项目", "18", "个")),
    ("全年26个项目开工建设。", ("开工建设项目", "26", "个")),
    ("丙路、丁桥等11个项目完工。", ("完工项目", "11", "个")),
    ("9个项目竣工验收。", ("竣工验收项目", "9", "个")),
    ("20个项目开工建设进度过半。", ("项目", "20", "个")),
    ("某某经开区在全省开发区综合考评中升至第5。", ("开发区综合考评", "5", "")),
    ("某某镇在全区乡镇综合考核中晋升至第2位。", ("乡镇综合考核", "2", "位")),
    ("某某高新区在全市园区考核中升至第4位。", ("园区考核", "4", "位")),
    ("某某物流列中国物流企业50强第18位。", ("某某物流", "18", "位")),
    ("某电缆列中国线缆行业100强第27位。", ("某电缆", "27", "位")),
])
def test_fates_assessments_and_rankings(text: str, want: tuple[str, str, str]) -> None:
    assert _got(text) == [want]


def test_a_rank_risen_to_in_traditional_characters() -> None:
    assert _trad("某某開發區在全省開發區綜合考評中升至第5位。") == [("开发区综合考评", "5", "位")]


@pytest.mark.parametrize(("text", "second"), [
    ("保障性住房专项借款累计授信60亿元，当年使用21亿元。", "保障性住房专项借款使用"),
    ("乡村振兴衔接资金下达2.5亿元，已拨付1.8亿元。", "乡村振兴衔接资金拨付"),
    ("城市更新专项贷款授信40亿元，当年投放15亿元。", "城市更新专项贷款投放"),
])
def test_a_step_of_a_funds_flow(text: str, second: str) -> None:
    assert _got(text)[1][0] == second


# --- fxa49: a rate held at a value (account: exact; plan: a ceiling); a condition after the name
@pytest.mark.parametrize(("text", "kind", "want"), [
    ("城镇登记失业率控制在2.9%。", "outcome", ("城镇登记失业率", "2.9", "exact")),
    ("城镇登记失业率控制在4.5%。", "target", ("城镇登记失业率", "4.5", "at_most")),
    ("城镇调查失业率控制在5%以内。", "outcome", ("城镇调查失业率", "5", "at_most")),
    ("居民消费价格涨幅控制在3%。", "target", ("居民消费价格涨幅", "3", "at_most")),
])
def test_a_rate_held_at(text: str, kind: str, want: tuple[str, str, str]) -> None:
    assert _qualified(text, kind) == [want]


def test_a_rate_held_at_in_traditional_characters() -> None:
    got = extract_figures(simplified_converter()("城鎮登記失業率控制在3.1%。"), kind="outcome", year=2023)
    assert [(f.indicator, f.value, f.qualifier) for f in got] == [("城镇登记失业率", "3.1", "exact")]


@pytest.mark.parametrize(("text", "want"), [
    ("工业增加值扣除电厂停产影响同比增长6%。", ("工业增加值", "6", "%")),
    ("地区生产总值剔除疫情因素影响增长5.5%。", ("地区生产总值", "5.5", "%")),
    ("一般公共预算收入扣除留抵退税因素影响增长7.2%。", ("一般公共预算收入", "7.2", "%")),
    ("税收收入扣除减税降费影响后增长4%。", ("税收收入", "4", "%")),
])
def test_a_condition_after_the_name(text: str, want: tuple[str, str, str]) -> None:
    assert _got(text) == [want]


def test_a_condition_in_traditional_characters() -> None:
    assert _trad("規上工業增加值扣除疫情因素影響增長6.5%。") == [("规上工业增加值", "6.5", "%")]


# --- round 21: an adverb or a manner word ends no name (others than the round's)
@pytest.mark.parametrize(("text", "want"), [
    ("固定资产投资接连增长9%。", ("固定资产投资", "9", "%")),
    ("科技型中小企业先后达到150家。", ("科技型中小企业", "150", "家")),
    ("规上工业增加值全面增长8%。", ("规上工业增加值", "8", "%")),
    ("金融机构贷款余额稳定增长12%。", ("金融机构贷款余额", "12", "%")),
    ("民间投资逐月回升5%。", ("民间投资", "5", "%")),
    ("规上工业营业收入逐季回升至320亿元。", ("规上工业营业收入", "320", "亿元")),
    ("外贸进出口总额再创新高达到60亿元。", ("外贸进出口总额", "60", "亿元")),
    ("文化产业增加值稳中有升增长4%。", ("文化产业增加值", "4", "%")),
    ("旅游收入稳中有进增长9%。", ("旅游收入", "9", "%")),
    ("旅游总收入明显回升到120亿元。", ("旅游总收入", "120", "亿元")),
    ("工业用电量显著增长11%。", ("工业用电量", "11", "%")),
    ("高新技术产业产值大幅度提高到380亿元。", ("高新技术产业产值", "380", "亿元")),
    ("社会消费品零售总额逐渐恢复到310亿元。", ("社会消费品零售总额", "310", "亿元")),
    ("新能源汽车产量迅速增长45%。", ("新能源汽车产量", "45", "%")),
    ("常住人口城镇化率进一步提高到61%。", ("常住人口城镇化率", "61", "%")),
    ("税收收入日益增长5%。", ("税收收入", "5", "%")),
    ("工业投资依旧增长6%。", ("工业投资", "6", "%")),
    ("出口总额骤然下降8%。", ("出口总额", "8", "%")),
    ("外贸总额持续稳定增长4%。", ("外贸总额", "4", "%")),
])
def test_a_manner_word_ends_no_name(text: str, want: tuple[str, str, str]) -> None:
    assert _got(text) == [want]


def test_a_manner_word_in_traditional_characters() -> None:
    assert _trad("固定資產投資接連增長9%。") == [("固定资产投资", "9", "%")]


# --- round 21: a cut number (other units, other breaks) leaves no digits in a name
@pytest.mark.parametrize(("text", "want"), [
    ("税收收入完成2\n45亿元，增长3.2%。", [("税收收入", "45", "亿元"), ("税收收入", "3.2", "%")]),
    ("社会消费品零售总额7增长6.5%。", [("社会消费品零售总额", "6.5", "%")]),
    ("港口货物吞吐量实现.6亿吨，增长9%。", [("港口货物吞吐量", "9", "%")]),
])
def test_a_cut_number_in_a_sentence(text: str, want: list) -> None:
    assert _got(text) == want


@pytest.mark.parametrize(("name", "want"), [
    ("财政收入7", "财政收入"),
    ("全社会用电量完成1", "全社会用电量"),
    ("实现地区生产总值1.08万亿", "地区生产总值"),
    ("进出口总额较3", "进出口总额"),
    ("居民消费价格涨幅[3]", "居民消费价格涨幅"),
    ("8个百分点研发投入强度", "研发投入强度"),
    ("0.5个百分点城镇化率", "城镇化率"),
    ("出口总额骤然", "出口总额"),
    ("纷纷", ""),
    ("100亿元以上项目", "100亿元以上项目"),
    ("3A级景区", "3A级景区"),
])
def test_hygienic_names_of_other_shapes(name: str, want: str) -> None:
    assert hygienic(name) == want


@pytest.mark.xfail(reason="no verdict: which half of 进出口 the first of two values is (the word's order 进/出, or the "
                          "usual 出口、进口); the lead's call (docs/NAMES-GENERALISATION.md round 22)", strict=False)
def test_imports_and_exports_before_two_values() -> None:
    assert [n for n, _, _ in _got("外贸进出口总额分别为12亿美元、8亿美元。")] == ["出口总额", "进口总额"]
