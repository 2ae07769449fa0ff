"""Generalisation tests of the shapes behind round 15's first-sight misses and extras (issue 9, fxgen9;
docs/NAMES-GENERALISATION.md round 25, precision and recall). Every sentence here is invented: other places,
indicators, verbs, lists and 繁体 copies (read through the page's converter) of each shape. (The brief named
``test_figures_r16b.py``; that file already holds round 16's fxa19b rule tests, so these stand beside it.)"""

from __future__ import annotations

import pytest

from drafter.figures import extract_figures
from drafter.normalize import normalize_text, simplified_converter


def _got(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str]]:
    text = simplified_converter()(text)  # a 繁体 copy is read in simplified characters; a simplified one is unchanged
    return [(f.indicator, f.value, f.unit) for f in extract_figures(normalize_text(text), kind=kind, year=2023)]


def _full(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str, str]]:
    text = simplified_converter()(text)
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(normalize_text(text), kind=kind, year=2023)]


# --- a bare count closed by a fate of building (等N个项目开工建设): named by the fate
@pytest.mark.parametrize(("text", "want"), [
    ("城东物流园、滨江医院等25个项目开工建设。", [("开工建设项目", "25", "个")]),
    ("全年推动智能装备产业园、城北污水厂等18个项目竣工。", [("竣工项目", "18", "个")]),
    ("新材料基地、冷链仓储中心等9个项目完工。", [("完工项目", "9", "个")]),
    ("數字經濟產業園等30個項目集中開工。", [("集中开工项目", "30", "个")]),
    ("光伏组件、智慧农业示范区等14个项目竣工验收。", [("竣工验收项目", "14", "个")]),
    ("全县12个项目开工建设进度过半。", [("项目", "12", "个")]),  # the fate does not close the clause
])
def test_a_count_closed_by_a_fate_of_building(text: str, want: list) -> None:
    assert _got(text) == want


# --- a place on a ranking named by its size or class: a rank in 位
@pytest.mark.parametrize(("text", "want"), [
    ("华菱钢铁位列中国企业500强第156位。", [("华菱钢铁", "156", "位")]),
    ("某药业集团列中国医药工业百强榜第35位。", [("某药业集团", "35", "位")]),
    ("某某集团位居中国民营企业500强第88位。", [("某某集团", "88", "位")]),
    ("我区跻身全国投资潜力百强区第21位。", [("投资潜力百强区", "21", "位")]),
    ("全县获评全国县域经济百强县第47位、全国绿色发展百强县第9位。",
     [("县域经济百强县", "47", "位"), ("绿色发展百强县", "9", "位")]),
    ("獲評全國科技創新百強區第18位。", [("科技创新百强区", "18", "位")]),
])
def test_ranks_in_named_lists(text: str, want: list) -> None:
    assert _got(text) == want


# --- a rank reached by a rise in an assessment (升至第N): the assessment names it
@pytest.mark.parametrize(("text", "want"), [
    ("在全省省级开发区综合考评中升至第5。", ("省级开发区综合考评", "5")),
    ("高新区在全市营商环境考核中晋升至第2位。", ("营商环境考核", "2")),
    ("经开区在全省开发区综合评议中上升至第4位。", ("开发区综合评议", "4")),
])
def test_a_rank_reached_by_a_rise(text: str, want: tuple) -> None:
    assert [(n, v) for n, v, _ in _got(text)] == [want]


# --- a target set by someone restated beside its outcome: no figure
@pytest.mark.parametrize(("text", "want"), [
    ("居民消费价格上涨2.1%，控制在年初设定的3%的调控目标以内。", ("居民消费价格", "2.1", "%")),
    ("城镇登记失业率3.2%，低于市下达的4%的控制目标。", ("城镇登记失业率", "3.2", "%")),
    ("前三季度居民消费价格同比上涨2.6%，控制在年初确定的3.5%的预期目标之内。", ("居民消费价格", "2.6", "%")),
    ("城镇調查失業率5.1%，控制在年初確定的5.5%的預期目標內。", ("城镇调查失业率", "5.1", "%")),
])
def test_a_restated_target_is_no_figure(text: str, want: tuple) -> None:
    assert _got(text) == [want]


# --- background figures of other places or of the nation: no figures
@pytest.mark.parametrize("text", [
    "在全国31个省份中，有20个省份预期增速高于6%。",
    "在31个省区市中，有18个省区市预期增速在6%以上。",
    "在全国三十一个省份中，有二十个省份下调了增长目标。",
    "根据中央经济工作会议确定的今年国内生产总值增长5%左右的预期目标。",
])
def test_figures_of_other_places_are_none(text: str) -> None:
    assert _got(text) == []


@pytest.mark.parametrize(("text", "want"), [
    # the size of a group a rank is among, the rank in the next clause on the page's own place: no count
    ("在全省13个设区市中，我市地区生产总值增速居第3位。", [("地区生产总值增速", "3", "位")]),
    ("在全国31个省区市中，我省增速居第8位。", [("增速", "8", "位")]),
    ("在长三角27个城市中，我市增速居第5位。", [("增速", "5", "位")]),
    ("在全国100个城市中，我市营商环境排名第12位。", [("营商环境", "12", "位")]),
    # the nation's target as the ground of the page's own: only the page's own
    ("按照中央经济工作会议确定的国内生产总值增长5%左右的预期目标，全市地区生产总值增长6%左右。", [("地区生产总值", "6", "%")]),
])
def test_a_frame_of_other_places_before_the_pages_own(text: str, want: list) -> None:
    assert _got(text) == want


# --- slogans counting lists, spans, answers: no figures
@pytest.mark.parametrize("text", [
    "制定政府权力、责任、负面和服务“四张清单”。",
    "“十四五”时期是某某撤县设市后第一个五年。",
    "这是建区以来的首个五年。",
    "全市干部群众交出了“三张答卷”。",
    "绘就一张蓝图干到底。",
    "会议认为，县政府认真落实五次党代会确定的目标。",
])
def test_slogans_count_nothing(text: str) -> None:
    assert _got(text) == []


# --- qualitative targets (part 二): one figure of no value
@pytest.mark.parametrize(("text", "name"), [
    ("进出口总额保持正增长。", "进出口总额"),
    ("外贸出口实现正增长。", "外贸出口"),
    ("城乡居民人均可支配收入与经济增长保持同步。", "城乡居民人均可支配收入"),
    ("农村居民人均可支配收入增长与经济增长基本同步。", "农村居民人均可支配收入"),
    ("城鎮居民人均可支配收入與經濟增長同步。", "城镇居民人均可支配收入"),
])
def test_qualitative_targets(text: str, name: str) -> None:
    assert _got(text, kind="target") == [(name, None, "")]


# --- a task assigned from above met (完成…下达任务, 完成市级任务): the thing that changes, no rate head
@pytest.mark.parametrize(("text", "name"), [
    ("节能减排指标完成省下达任务。", "节能减排"),
    ("单位地区生产总值二氧化碳降幅完成市级任务。", "单位地区生产总值二氧化碳"),
    ("单位地区生产总值能耗降幅完成省下达任务。", "单位地区生产总值能耗"),
    ("能耗强度降幅完成市下达任务。", "能耗强度"),
    ("二氧化碳排放强度降幅完成省下达任务。", "二氧化碳排放强度"),
    ("单位工业增加值用水量下降幅度完成省级目标。", "单位工业增加值用水量"),
    ("萬元生產總值能耗降低率完成省級任務。", "万元生产总值能耗"),
    ("主要污染物排放总量完成省级目标任务。", "主要污染物排放总量"),
])
def test_a_task_from_above_met(text: str, name: str) -> None:
    assert _got(text) == [(name, None, "")]


def test_a_task_of_the_pages_own_level_is_none() -> None:
    assert _got("全县完成县级目标任务。") == []  # the county's own level sets nothing from above


# --- one bound over a 、 list sharing a class word and a rate: one figure an item
@pytest.mark.parametrize(("text", "names"), [
    ("消费、投资领域指标环比增速均超30%。", ["消费领域指标增速", "投资领域指标增速"]),
    ("农业、旅游行业增加值增速均超10%。", ["农业行业增加值增速", "旅游行业增加值增速"]),
    ("电子、汽车板块产值增速均超过20%。", ["电子板块产值增速", "汽车板块产值增速"]),
])
def test_one_bound_shared_by_a_list(text: str, names: list) -> None:
    got = _full(text)
    assert [n for n, _, _, _ in got] == names
    assert {(v, q) for _, v, _, q in got} == {(got[0][1], "at_least")}


# --- more than a number of people with a scale word (1.49万余名)
@pytest.mark.parametrize(("text", "want"), [
    ("全年接待游客2.3万余人次。", ("接待游客", "2.3", "万人次")),
    ("1.2万余家企业获得补贴。", ("企业", "1.2", "万家")),
    ("组织300余名党员下沉一线。", ("党员", "300", "名")),
    # settled by the lead (round 16): the measure word after 余/多 stays the unit, as 1.49万名 reads
    ("组织1.49万余名党员下沉一线。", ("党员", "1.49", "万名")),
])
def test_more_than_a_count(text: str, want: tuple) -> None:
    assert _got(text) == [want]


# --- a bound on a count before the counted noun (新增100个以上项目): the count, at least
@pytest.mark.parametrize(("text", "want"), [
    ("全年新增100个以上项目。", ("项目", "100", "个", "at_least")),
    ("全年新增100个以上项目纳入省重点。", ("项目", "100", "个", "at_least")),
    ("引进20家以上企业。", ("引进企业", "20", "家", "at_least")),
    ("力争新开工30个以上重大项目。", ("新开工重大项目", "30", "个", "at_least")),
    ("全年新增50項以上重點項目。", ("重点项目", "50", "项", "at_least")),
])
def test_a_bound_on_a_count(text: str, want: tuple) -> None:
    assert _full(text) == [want]


def test_a_class_threshold_stays_a_class() -> None:
    assert _got("10亿元以上项目32个。") == [("10亿元以上项目", "32", "个")]
    assert _got("新增100个项目纳入省重点。") == [("纳入省重点项目", "100", "个")]  # no bound: the entry names it


# --- a concentration in Latin letters after a list leader; the list leader goes
@pytest.mark.parametrize(("text", "want"), [
    ("——PM2.5平均浓度32μg/m3。", [("PM2.5平均浓度", "32", "μg/m3")]),
    ("——细颗粒物平均浓度28μg/m3，优良天数比例90%。", [("细颗粒物平均浓度", "28", "μg/m3"), ("优良天数比例", "90", "%")]),
    ("──PM10平均浓度45μg/m3。", [("PM10平均浓度", "45", "μg/m3")]),
])
def test_a_concentration_after_a_leader(text: str, want: list) -> None:
    assert _got(text) == want


# --- ordinary account lines of the shapes a first run missed
@pytest.mark.parametrize(("text", "want"), [
    ("其他营利性服务业营收增长24%。", [("其他营利性服务业营收", "24", "%")]),
    ("发放消费券1.16亿元，拉动销售额超29亿元。", [("发放消费券", "1.16", "亿元"), ("拉动销售额", "29", "亿元")]),
    ("城中村改造专项借款累计授信87.5亿元，当年使用45.74亿元。",
     [("城中村改造专项借款授信", "87.5", "亿元"), ("城中村改造专项借款使用", "45.74", "亿元")]),
    ("保障性住房专项资金累计下达12亿元，当年拨付8.6亿元。",
     [("保障性住房专项资金下达", "12", "亿元"), ("保障性住房专项资金拨付", "8.6", "亿元")]),
    ("全年实施亿元以上重点项目111个，新开工项目数同比增加110%。",
     [("亿元以上重点项目", "111", "个"), ("新开工项目数", "110", "%")]),
    ("引进某某旗舰店等42家首店落地。", [("引进首店", "42", "家")]),
])
def test_account_lines(text: str, want: list) -> None:
    assert _got(text) == want
