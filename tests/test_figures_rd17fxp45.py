"""Rule tests for the general causes behind the first-sight name misses of the passage sets tests/real_pass4 and
tests/real_pass5 (issue 9, round 17, fxp45; their READMEs and docs/FIGURES.md "Round 17 fixes on real_pass4–5").
Every text here is invented: other places, sectors, wordings and numbers, and the cases each rule must leave
alone."""

from __future__ import annotations

from _bounds import cpu_bound

from drafter.figures import extract_figures


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(text, kind=kind, year=2012)]


def _names(text: str, kind: str = "outcome") -> list[str]:
    return [f[0] for f in _read(text, kind)]


def test_a_pull_in_points_on_a_growth_keeps_the_pull() -> None:
    assert _names("第二产业拉动经济增长0.9个百分点。") == ["第二产业拉动经济增长"]
    assert _names("第一、二、三产业分别拉动经济增长0.3个、1.1个和2.6个百分点。") == [
        "第一产业拉动经济增长", "第二产业拉动经济增长", "第三产业拉动经济增长",
    ]
    assert _names("工业、服务业分别拉动全县经济增长1.4个和2.2个百分点。") == ["工业拉动经济增长", "服务业拉动经济增长"]
    assert _names("消费、投资和净出口分别拉动GDP增长3.3、1.2和0.5个百分点。") == [
        "消费拉动GDP增长", "投资拉动GDP增长", "净出口拉动GDP增长",
    ]
    # a growth in per cent keeps its own name
    assert _names("第三产业增加值增长6.1%。") == ["第三产业增加值"]


def test_a_share_told_by_a_pronoun_is_the_share_before() -> None:
    assert _names("第一产业增加值占地区生产总值的比重为18.4%，所占比重比上年下降0.6个百分点。") == [
        "第一产业增加值占地区生产总值的比重", "第一产业增加值占地区生产总值的比重",
    ]
    assert _names("高技术产业产值占规上工业产值比例为27%，所占比例较上年提升1.5个百分点。")[1] == "高技术产业产值占规上工业产值比例"
    assert _names("全年服务业增加值61亿元，所占比重达到49.8%。") == ["服务业增加值", "服务业增加值比重"]
    assert _names("民营经济增加值占比58%，其所占份额提高1个百分点。")[1] == "民营经济增加值占比"


def test_a_sex_after_a_population_is_its_part() -> None:
    assert _names("年末户籍人口188420人。其中，男96110人，女92310人；出生人口1405人。") == [
        "户籍人口", "男户籍人口", "女户籍人口", "出生人口",
    ]
    assert _names("年末常住人口41万人。其中：男20.9万人，女20.1万人。") == ["常住人口", "男常住人口", "女常住人口"]
    assert _names("全乡总人口2.6万人，其中男性1.4万人、女性1.2万人。") == ["总人口", "男性总人口", "女性总人口"]
    # no population before: the sexes stay as written; another part keeps its own name
    assert _names("参赛运动员90人，其中男55人，女35人。") == ["参赛运动员", "男", "女"]
    assert _names("年末户籍人口9万人。其中，城镇人口6万人。") == ["户籍人口", "城镇人口"]


def test_the_price_basis_written_with_anzhao_is_no_name() -> None:
    assert _names("全年实现地区生产总值(GDP)76.2亿元,按照可比价计算,比上年增长5.9%。") == ["地区生产总值", "地区生产总值"]
    assert _names("规模以上工业增加值38亿元，按照不变价格计算，增长7%。") == ["规模以上工业增加值", "规模以上工业增加值"]
    assert _names("全县完成农业总产值27亿元,按照2015年可比价计算,增长2.8%。") == ["农业总产值", "农业总产值"]


def test_page_furniture_of_a_one_line_page_names_nothing() -> None:
    # a chart's caption run into the next sentence, blanks kept or lost
    assert _names("全年油料产量3万吨。 图3 2017~2022年油料产量及其增长速度 城镇新增就业0.41万人,增长2.5%。")[1:] == ["城镇就业", "城镇就业"]
    assert _names("全年油料产量3万吨。图32017~2022年油料产量及其增长速度城镇新增就业0.41万人。")[1:] == ["城镇就业"]
    assert _names("全年油料产量3万吨。 图1全市2018~2022年油料产量及其增长速度 全年全市城镇新增就业0.41万人。")[1:] == ["城镇就业"]
    # a numbered heading run into the sentence it heads
    assert _names("图2 2016~2021年规模以上工业增加值增长速度 四、工业 全年全县规模以上工业增加值增长8.4%。") == ["规模以上工业增加值"]
    assert _names("三、林业全年全县林业总产值完成12.6亿元。") == ["林业总产值"]
    assert _names("二、扶贫开发全年全县减少农村贫困人口8120人。") == ["减少农村贫困人口"]
    # forum markup tags
    assert _names("[/size][/font][/align][align=left][color=rgb(51, 51, 51)][font=宋体][size=3]  全县商品零售价格总指数为101.2%。") == [
        "商品零售价格总指数"
    ]
    assert _names("全年财政收入[b]6.3亿元[/b]。") == [""]
    # a heading whose word is the subject, with no time or scope after it, is left alone
    assert _names("一、全县实现地区生产总值96亿元。") == ["地区生产总值"]


def test_the_targets_lead_run_into_the_first_target_is_no_name() -> None:
    assert _names("2025年全县经济社会发展主要预期目标是地区生产总值增长5.5%以上,地方一般公共预算收入增长5%。") == [
        "地区生产总值", "地方一般公共预算收入",
    ]
    assert _names("全市经济社会发展的主要目标为地区生产总值增长6.5%。", kind="target") == ["地区生产总值"]
    assert _names("明年主要奋斗目标是规模以上工业增加值增长7%。", kind="target") == ["规模以上工业增加值"]
    # the targets counted keep their name
    assert _names("主要目标是15个。") == ["主要目标"]


def test_a_season_is_a_time() -> None:
    assert _names("新雪季接待滑雪游客将突破800万人次。") == ["接待滑雪游客"]
    assert _names("本冰雪季滑雪场接待游客95万人次。") == ["滑雪场接待游客"]
    # a season as a noun of its own stays
    assert _names("雪季旅游收入9亿元。") == ["雪季旅游收入"]


def test_predicates_of_people_and_villages_out_of_poverty() -> None:
    assert _names("去年4.2万人稳定脱贫,37个村退出贫困行列。") == ["稳定脱贫", "村"]
    assert _names("全年0.8万人稳定脱贫，11个贫困村退出贫困序列。") == ["稳定脱贫", "贫困村"]
    assert _names("全年0.8万人稳定增收。") == ["稳定增收"]


def test_a_record_set_closes_no_name() -> None:
    assert _names("全年旅游收入再创历史新高，达到36亿元。") == ["旅游收入"]


def test_new_patterns_stay_fast_on_hostile_input() -> None:
    texts = [
        "图1 2019" + "年" * 5000 + "12亿元。",
        "图12019~" + "地区" * 5000 + "12亿元。",
        "一、" + "农业一、" * 3000 + "全年12亿元。",
        "[" * 5000 + "size]" * 2000 + "12亿元。",
        "拉动" + "经济" * 5000 + "增长2个百分点。",
        "主要" * 3000 + "目标是地区生产总值增长5%。",
    ]
    for text in texts:
        with cpu_bound(2.0):
            extract_figures(text, kind="outcome", year=2012)


def test_a_gap_to_the_lowest_point_is_the_figure_s() -> None:
    assert _names("区属规上工业总产值1820.4亿元,同比下降2.2%,比最低点收窄4.1个百分点。") == ["区属规上工业总产值"] * 3
    assert _names("全市工业增加值下降2.1%，降幅较年内最低点收窄4.2个百分点。") == ["工业增加值", "工业增加值降幅"]
    assert _names("规上工业产值增长3%，比最高点回落1.5个百分点。") == ["规上工业产值", "规上工业产值"]


def test_the_sector_whose_share_rose_owns_the_bare_measure_after() -> None:
    assert _names("数字经济核心产业比重提升,完成产值820.5亿元,可比增长6.1%。") == ["数字经济核心产业产值"] * 2
    assert _names("高技术制造业占比持续提高，实现增加值52亿元，增长9%。") == ["高技术制造业增加值"] * 2

