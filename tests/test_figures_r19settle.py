"""Rule tests for the settled naming conflicts (docs/FIGURES.md "Settled conflicts (round 13, before
real_aside23–25 were written)", branch fxsettle). Every text here is invented: other indicators, places,
verbs, traditional characters, stray blanks, and the neighbours each rule must leave alone."""

from __future__ import annotations

from drafter.figures import extract_figures
from drafter.normalize import simplified_converter


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def _only(text: str, kind: str = "outcome") -> list[str]:
    return [n for n, _ in _names(text, kind)]


def _simple(text: str) -> str:
    return simplified_converter()(text)


def test_exclusion_brackets_stay_in_targets_and_outcomes() -> None:
    assert _only("全市固定资产投资（不含农户）增长6.5%。") == ["固定资产投资（不含农户）"]
    assert _only("固定资产投资（不含农户）增长8%以上。", "target") == ["固定资产投资（不含农户）"]
    assert _only("工业投资(不含电力)下降3%。") == ["工业投资（不含电力）"]
    assert _only("固定资产投资(不含房地产开发投资)增长5%左右。", "target") == ["固定资产投资（不含房地产开发投资）"]
    assert _only(_simple("固定資產投資（不含房地產）增長12%。")) == ["固定资产投资（不含房地产）"]
    # a bracket of level goes, as before
    assert _only("固定资产投资（区本级）增长5%。") == ["区本级固定资产投资"]


def test_a_beneficiary_after_for_goes() -> None:
    assert _names("为企业减负12亿元。") == [("减负", "12")]
    assert _names("为中小企业减负8.5亿元。") == [("减负", "8.5")]
    assert _only("累计为市场主体减负超过50亿元。") == ["减负"]
    assert _only("为纳税人减税降费15亿元。") == ["减税降费"]
    assert _only(_simple("為中小企業減負8億元。")) == ["减负"]
    # a count of the firms: the firms (减负 ends the noun as 减免 does)
    assert _names("为120家企业减负3亿元。")[0] == ("企业", "120")
    # left alone: a counted noun named with its 为 phrase, the relief with its object
    assert _only("为1.2万家市场主体减免租金3亿元。") == ["市场主体", "减免租金"]
    assert _only("为民办实事20件。") == ["为民办实事"]


def test_a_verb_of_sending_or_choosing_goes_and_so_does_the_purpose() -> None:
    assert _names("选派14名医护人员支援湖北。") == [("医护人员", "14")]
    assert _names("全年选派党员干部120名驻村。") == [("党员干部", "120")]
    assert _only("抽调医务人员500人次支援武汉。") == ["医务人员"]
    assert _only("选派120名党员干部驻村帮扶。") == ["党员干部"]
    assert _only("新招录公务员56名到乡镇任职。") == ["公务员"]
    assert _only("选调优秀年轻干部20名到基层任职。") == ["优秀年轻干部"]
    assert _only("派出3支医疗队赴武汉。") == ["医疗队"]
    assert _only("全年派出医疗队3支。") == ["医疗队"]
    assert _only("招聘教师200名。") == ["教师"]
    assert _only("下派第一书记45名。") == ["第一书记"]
    assert _only("选派科技人员30名挂职。") == ["科技人员"]
    assert _only(_simple("全年選派黨員幹部120名駐村。")) == ["党员干部"]
    assert _only(_simple("選派14名醫護人員支援湖北。")) == ["医护人员"]
    # stray blanks
    assert _only("全年选派党员干部120名 驻村。") == ["党员干部"]
    assert _only("选派14名医护人员 支援湖北。") == ["医护人员"]
    assert _only("招录 公务员 56名 到乡镇任职。") == ["公务员"]


def test_sending_words_inside_nouns_are_left_alone() -> None:
    assert _only("举办招聘会30场。") == ["招聘会"]
    assert _only("新建派出所3个。") == ["派出所"]
    assert _only("组建120个驻村工作队。") == ["组建驻村工作队"]
    assert _only("选派120名驻村第一书记。") == ["驻村第一书记"]
    assert _only("全县共选派驻村第一书记120名。") == ["驻村第一书记"]
    assert _only("引进14名医护人员。") == ["引进医护人员"]  # an action verb stays, as before


def test_a_rate_head_before_its_own_figure_names_the_thing() -> None:
    assert _names("居民消费价格涨幅为1.8%。") == [("居民消费价格", "1.8")]
    assert _only("工业生产者出厂价格涨幅为1.5%。") == ["工业生产者出厂价格"]
    assert _only("商品零售价格涨幅3%左右。", "target") == ["商品零售价格"]
    assert _only("居民消费价格涨幅 为1.8%。") == ["居民消费价格"]
    assert _only(_simple("居民消費價格漲幅為2.1%。")) == ["居民消费价格"]
    # held under a ceiling it stays
    assert _only("居民消费价格涨幅控制在3%以内。", "target") == ["居民消费价格涨幅"]
    assert _only("全省居民消费价格涨幅不超过3%。", "target") == ["居民消费价格涨幅"]
    assert _only("居民消费价格涨幅 控制在3%以内。", "target") == ["居民消费价格涨幅"]
    # 总水平 stays where written
    assert _only("居民消费价格总水平涨幅3%左右。", "target") == ["居民消费价格总水平"]
    assert _only("全市居民消费价格总水平上涨2.1%。") == ["居民消费价格总水平"]
    assert _only("全市居民消费价格总水平涨幅控制在3%以内。", "target") == ["居民消费价格总水平涨幅"]


def test_a_contribution_to_a_named_places_growth_is_named_as_written() -> None:
    assert _names("对全省经济增长的贡献率达到12%。") == [("对全省经济增长的贡献率", "12")]
    assert _only("对全市增长的贡献率达到12%。") == ["对全市增长的贡献率"]
    got = _only("服务业增加值增长9%，对全州经济增长的贡献率为60%。")
    assert got == ["服务业增加值", "对全州经济增长的贡献率"]
    assert _only("工业增长8%，对我市GDP增长的贡献率达45%。")[-1] == "对我市GDP增长的贡献率"
    assert _only("对杭州市经济增长的贡献率为30%。") == ["对杭州市经济增长的贡献率"]
    assert _only("对全 省经济增长的贡献率达到12%。") == ["对全省经济增长的贡献率"]
    assert _only(_simple("對全區經濟增長的貢獻率達到35%。")) == ["对全区经济增长的贡献率"]
    # placeless: the head alone; a contribution to a whole that is no growth: as before
    assert _only("对经济增长贡献率达到12%。") == ["贡献率"]
    assert _only("对经济增长的贡献率达到12%。") == ["贡献率"]
    assert _only("对全市规模以上工业增加值的贡献率为30%。") == ["贡献率"]
    assert _only("消费对经济增长的拉动率为2%。") == ["消费对经济增长的拉动率"]


def test_a_total_ranked_in_a_respectively_list_is_the_indicators_total() -> None:
    got = _names("地区生产总值增长8%，增速和总量分别排名全市第二、第三。")
    assert got == [("地区生产总值", "8"), ("地区生产总值增速", "二"), ("地区生产总值总量", "三")]
    got = _only("全县地区生产总值完成120亿元，总量和增速分别居全州第2位和第1位。")
    assert got == ["地区生产总值", "地区生产总值总量", "地区生产总值增速"]
    got = _only(_simple("社會消費品零售總額增長9%，增速和總量分別排名全省第二、第五。"))
    assert got == ["社会消费品零售总额", "社会消费品零售总额增速", "社会消费品零售总额总量"]
    got = _only("规模以上工业增加值增长7.5%，总量和增速分别 居全市第4位、第1位。")
    assert got[-2:] == ["规模以上工业增加值总量", "规模以上工业增加值增速"]
    # after a count or a measure per head, or written with its own indicator: as before
    got = _only("新增市场主体1.2万户，总量和增速分别居全市第3位和第1位。")
    assert got == ["市场主体", "市场主体", "市场主体增速"]
    got = _only("城镇居民人均可支配收入增长6%，总量和增速分别居全市第3位和第1位。")
    assert got[1:] == ["城镇居民人均可支配收入", "城镇居民人均可支配收入增速"]
    assert _names("全县GDP总量、增速分别居全市第4位、第2位。") == [("GDP总量", "4"), ("GDP增速", "2")]
    # alone, as before
    assert _only("地区生产总值增长8%，总量居全市首位。") == ["地区生产总值", "地区生产总值总量"]
