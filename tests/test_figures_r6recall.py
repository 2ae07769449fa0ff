"""Rule tests for the fifth fixing round on finding figures (issue 9, branch fxrecall): figures
missed or read where there is none, each on a short INVENTED text (never a real page's words)."""

from __future__ import annotations

from drafter.figures import extract_figures
from drafter.normalize import normalize_text


def _read(text: str, kind: str = "outcome") -> list[tuple[str | None, str, str, str, str]]:
    """(value, unit, indicator, measure, qualifier) of every figure of an invented text."""
    figures = extract_figures(normalize_text(text), kind=kind, year=2023)
    return [(f.value, f.unit, f.indicator, f.measure, f.qualifier) for f in figures]


# -- ranks ---------------------------------------------------------------------------------


def test_a_rank_after_the_verb_pai_wei() -> None:
    """``全市排位第6``: 排位 (and 排序) rank as 排名 does; the rank is the indicator's before it."""
    got = _read("一季度完成工业总产值38.2亿元,同比增长9.1%,全省排位第12;税收收入4.5亿元,全省排序第3位。")
    assert ("12", "", "工业总产值", "rank", "exact") in got
    assert ("3", "位", "税收收入", "rank", "exact") in got


def test_among_the_first_n_of_a_ranking() -> None:
    """``保持全国五强``: among the first five, like 列全市前三 (aside3 convention 4)."""
    assert _read("全市旅游竞争力百强榜单排名保持全省十强。")[-1][0::3] == ("十", "rank")
    got = _read("县域创新能力评价稳居全省三强,入选十强县名单。")
    assert [(v, u, q) for v, u, _, m, q in got if m == "rank"] == [("三", "", "at_most")]


def test_a_class_of_the_strongest_is_no_rank() -> None:
    """``十强企业``, ``百强县``: a class of things named by a ranking, not the place's rank."""
    assert _read("引进全国百强企业,培育省级十强企业。") == []


# -- fractions -------------------------------------------------------------------------------


def test_a_fraction_of_a_share() -> None:
    """``占全市比重超1/3``: value as written, unit "", at least (aside3 convention 3)."""
    got = _read("高新技术产业产值增长12%,占全省比重超过2/5。")
    assert got[-1] == ("2/5", "", "高新技术产业产值占全省比重", "share", "at_least")


def test_a_fraction_in_words() -> None:
    """``占比重超过三分之一``: the same in words, value as written; 百分之/千分之 stay prefix units."""
    got = _read("民营经济增加值占全市比重接近五分之二。")
    assert got == [("五分之二", "", "民营经济增加值占全市比重", "share", "about")]
    assert [(v, u) for v, u, *_ in _read("村集体收入占比提高到千分之五。")] == [("五", "千分之")]
    assert _read("三分之二的村完成改厕。") == []  # no share word: a part of the villages, no figure


def test_a_slash_that_is_no_fraction() -> None:
    """A date, a code or an improper fraction with a slash is no share of a whole."""
    assert [v for v, *_ in _read("2023/3/15召开会议,占地5/3号地块。")] == []
    assert [v for v, *_ in _read("重点项目占比3/2。")] == []


# -- one qualitative figure per named indicator ----------------------------------------------


def test_a_task_from_above_shared_by_two_indicators() -> None:
    """``单位生产总值综合能耗和主要污染物排放总量完成市下达任务`` (part 一): one outcome each
    (aside3 convention 10, main-set convention 5)."""
    got = _read("全县万元工业增加值用水量和化学需氧量排放总量均完成省下达任务。")
    assert [(v, name, m) for v, _, name, m, _ in got] == [
        (None, "万元工业增加值用水量", "qualitative"),
        (None, "化学需氧量排放总量", "qualitative"),
    ]


def test_a_shared_task_of_one_compound_name_stays_whole() -> None:
    """Words joined by 和 that are not each an indicator's head name one task."""
    got = _read("节能和降碳工作完成市下达任务。")
    assert len(got) == 1


# -- not figures -----------------------------------------------------------------------------


def test_policies_counted_by_their_articles() -> None:
    """``稳经济政策46条``, ``出台纾困解难16条``, ``180条稳增长政策措施``: a policy's articles name it
    (main-set convention 4, aside3 convention 13, aside4 convention 14), in Arabic numerals too."""
    assert _read("年初印发支持小微企业发展12条,促消费政策30条、稳就业措施18条相继落地。") == []
    assert _read("及时推出45条助企纾困政策举措,企业减负明显。") == []


def test_things_counted_in_tiao_stay_figures() -> None:
    """Roads, lines and rivers counted in 条 are measured, and so are policies counted otherwise."""
    got = _read("新开通城乡公交线路9条,整治河道14条,制定完善5项扶持政策。")
    assert [(v, u) for v, u, *_ in got] == [("9", "条"), ("14", "条"), ("5", "项")]
    got = _read("推出红色旅游精品线路6条,发布乡村旅游路线11条。")  # issued, but routes
    assert [(v, u) for v, u, *_ in got] == [("6", "条"), ("11", "条")]
    assert [(v, u) for v, u, *_ in _read("征集企业意见210条。")] == [("210", "条")]  # opinions gathered


def test_third_party_is_no_rank() -> None:
    """``第三方``: a party, not a place in a ranking."""
    assert _read("引入第三方机构开展评估,获得第三方认证。") == []


def test_campaigns_counted_by_their_battles() -> None:
    """``七场硬仗``: a campaign's name (aside4 convention 14); events counted in 场 stay figures."""
    assert _read("全力打好项目建设、招商引资等五场硬仗和三场攻坚战。") == []
    assert [(v, u) for v, u, *_ in _read("举办人才招聘会26场。")] == [("26", "场")]


def test_the_size_of_the_group_a_rank_is_among() -> None:
    """``在全区33个农产品主产区中…位列第一``: the group is a scope, no count (main-set convention 4,
    aside4 convention 12); the rank is named by the noun after 中, else the words before 在."""
    got = _read("该镇在全市12个特色小镇中综合考评名次排名第二。")
    assert [(v, name, m) for v, _, name, m, _ in got] == [("二", "综合考评名次", "rank")]
    got = _read("税收收入增长8%,在全省21个县中排名第4位。")
    assert [(v, name) for v, _, name, *_ in got] == [("8", "税收收入"), ("4", "税收收入")]


def test_a_group_size_without_zai() -> None:
    """``全省11个地市中排名第5``, ``在全省123个县（市、区）…考核中位列第12``: the group still a scope."""
    got = _read("一般公共预算收入增速全省14个市州中排名第6。")
    assert [(v, name) for v, _, name, *_ in got] == [("6", "一般公共预算收入增速")]
    got = _read("营商环境在全省105个县（市、区）营商环境评价中位列第9。")
    assert [(v, u) for v, u, *_ in got] == [("9", "")]


def test_a_count_after_zai_without_a_rank_stays() -> None:
    """Without a rank after the group, ``在N个X中`` counts where something was done."""
    assert [(v, u) for v, u, *_ in _read("在5个社区中开展垃圾分类试点。")] == [("5", "个")]


def test_an_outside_economy_is_not_the_report_s() -> None:
    """``国际货币基金组织调高全球经济增速至3.7%``: the plan's environment (aside4 convention 4);
    the place's own figures beside it, and names with 世界/全球 in them, stay."""
    got = _read("世界银行预计全球经济增长2.4%,国际贸易量回升3%;全市外贸进出口总额增长8%,引进世界500强企业2家。")
    assert [(v, u) for v, u, *_ in got] == [("8", "%"), ("2", "家")]
    assert _read("新兴经济体增速放缓至4.1%。", kind="target") == []


def test_a_growth_target_restated_as_completed() -> None:
    """``完成可比增长6.5%的目标任务``: last year's target restated in the account (main-set convention 6)."""
    got = _read("全县完成规模以上工业增加值增长9%的目标任务,工业增加值同比增长9.4%。")
    assert [(v, u) for v, u, *_ in got] == [("9.4", "%")]


def test_a_project_named_by_its_yearly_output() -> None:
    """``年产60万吨小苏打``, in a list of projects closed by ``等项目``: a project's name (FIGURES.md:
    a facility named by its yearly output)."""
    assert _read("城南污水厂、某公司年产5万吨饲料、物流园二期等项目进展顺利。") == []
    assert _read("年产30万套汽车轮毂项目建成投产。") == []
    assert [(v, u) for v, u, *_ in _read("全年粮食产量12万吨。")] == [("12", "万吨")]


def test_a_lost_character_between_a_number_and_its_percent() -> None:
    """``占年度投资计划的?10?%``: the page lost characters around the number; it keeps its %."""
    got = _read("已完成投资3200万元,占年度投资计划的?15?%。")
    assert [(v, u, m) for v, u, _, m, _ in got] == [("3200", "万元", "amount"), ("15", "%", "completion")]


def test_a_qualitative_target_shared_by_two_indicators() -> None:
    """``…能耗和主要污染物排放总量持续下降`` (a plan's line): one target per named indicator (main-set
    convention 5), as for a task from above."""
    got = _read("单位工业增加值能耗和二氧化硫排放量稳步下降。", kind="target")
    assert [(v, name, m) for v, _, name, m, _ in got] == [
        (None, "单位工业增加值能耗", "qualitative"),
        (None, "二氧化硫排放量", "qualitative"),
    ]
    assert len(_read("城乡居民收入增长与经济增长同步。", kind="target")) == 1


def test_signs_of_at_most_and_at_least() -> None:
    """``城镇登记失业率≤4%``: at most, like 以内 (aside3 convention 11); ``≥`` at least. The sign is
    no part of the name."""
    got = _read("城镇调查失业率≤5.5%,粮食综合生产能力≥120万吨。", kind="target")
    assert got == [
        ("5.5", "%", "城镇调查失业率", "share", "at_most"),
        ("120", "万吨", "粮食综合生产能力", "amount", "at_least"),
    ]


def test_a_start_within_the_report_year() -> None:
    """``由一季度下降7.8%拉升至全年增长4.3%``: the start is a baseline of the same year, the end an
    outcome, both of the indicator (aside3 convention 9)."""
    figures = extract_figures(normalize_text("工业增加值由1-2月下降3.1%回升至全年增长6.2%。"), year=2023)
    got = [(f.value, f.indicator, f.kind, f.period, f.measure, f.direction) for f in figures]
    assert got == [
        ("3.1", "工业增加值", "baseline", 2023, "growth", "down"),
        ("6.2", "工业增加值", "outcome", 2023, "growth", "up"),
    ]


def test_more_rank_verbs_and_a_verbless_top_n() -> None:
    """``荣获全省第一名``, ``位于全市第二``, ``排全市第3``: rank verbs, the name before them;
    ``增速全省前5位`` closing its clause: among the first five."""
    got = _read("税收收入增速荣获全省第一名,外贸进出口总额位于全市第二,人均可支配收入排全市第3。")
    assert [(v, name) for v, _, name, *_ in got] == [("一", "税收收入增速"), ("二", "外贸进出口总额"), ("3", "人均可支配收入")]
    assert _read("规上工业增加值增速全省前5位。") == [("5", "位", "规上工业增加值增速", "rank", "at_most")]
    assert _read("前三季度全省第一批项目开工。") == []


def test_a_policy_package_named_by_its_aim_and_count() -> None:
    """``稳经济30条``, ``助企纾困12条``: a package named by what it is for and its articles."""
    assert _read("兑现稳增长20条和助企纾困15条,惠企政策应享尽享。") == []


def test_a_reach_named_by_its_travel_time() -> None:
    """``15分钟便民生活圈``, ``1小时经济圈``: a name (main-set convention 10), no duration."""
    got = _read("建成15分钟健身圈,融入1小时通勤圈,办理时间压缩至20分钟以内。")
    assert [(v, u, q) for v, u, _, _, q in got] == [("20", "分钟", "at_most")]


def test_a_bound_set_by_a_task_from_above() -> None:
    """``城镇调查失业率控制在省下达目标以内``, ``耕地保有量不低于省下达任务``: a qualitative figure like a
    completed task from above (FIGURES.md), qualified by the bound's words; in part 一 its outcome."""
    text = "城镇登记失业率控制在市下达指标以内,基本农田保护面积不低于省下达任务,能耗强度完成省定目标。"
    want = [
        (None, "", "城镇登记失业率", "qualitative", "at_most"),
        (None, "", "基本农田保护面积", "qualitative", "at_least"),
        (None, "", "能耗强度", "qualitative", "exact"),
    ]
    assert _read(text, kind="target") == want
    assert _read(text) == want
    assert _read("城市定位目标更加清晰。", kind="target") == []


def test_the_size_of_the_group_right_before_a_rank() -> None:
    """``列全市13个县市区第2位``: the group in the rank's scope, no count; ``第一批`` is no rank."""
    got = _read("一般公共预算收入增长9%,居全省16个市州第4位。")
    assert [(v, u, name, m) for v, u, name, m, _ in got] == [("9", "%", "一般公共预算收入", "growth"), ("4", "位", "一般公共预算收入", "rank")]
    assert [(v, u) for v, u, *_ in _read("全市8个园区第一批项目开工。")] == [("8", "个")]


def test_a_milestone_of_a_power_alone() -> None:
    """``突破千亿元``, ``超百亿元``: a power as the number after a word of passing is at least that
    much; ``百年``, ``千亿级`` (no passing word) stay words."""
    got = _read("规上工业总产值突破千亿元,建设千亿级产业集群,打造百年老店。")
    assert got == [("千", "亿元", "规上工业总产值", "amount", "at_least")]


def test_a_bottom_line_of_poverty_or_risk() -> None:
    """``确保不发生规模性返贫``, ``不发生区域性金融风险``: a bottom line (FIGURES.md), with or without 底线."""
    got = _read("坚决守住不发生规模性返贫,确保不发生区域性金融风险,防范化解重大风险。", kind="target")
    assert [name for _, _, name, *_ in got] == ["不发生规模性返贫", "不发生区域性金融风险"]
