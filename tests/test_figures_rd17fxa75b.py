"""Rule tests of round 17 (fxa75b, second pass on real_aside75): a list's count inside one name, a list of levels
after a count, a duration to a quoted result of things counted on the way, a class ordinal after a count, a group's
size before a ranked assessment or in a programme joined, an assessment a body published.
Every text here is invented: variants in new wording, and the cases the rules must leave alone."""

from __future__ import annotations

import pytest
from _bounds import cpu_bound

from drafter.figures import extract_figures
from drafter.figures import lexicon as lex
from drafter.normalize import normalize_text


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(normalize_text(text), kind="outcome", year=2020)]


def _names(text: str) -> list[str]:
    return [f.indicator for f in extract_figures(normalize_text(text), kind="outcome", year=2020)]


# --- one growth over a list apposed to its count ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("电子信息、生物医药、新材料三大产业总产值增长11.2%。", "电子信息、生物医药、新材料产业总产值"),
        ("纺织服装、绿色食品两大产业产值增长5.6%。", "纺织服装、绿色食品产业产值"),
        ("光伏、储能及氢能三大产业产值同比增长21%。", "光伏、储能及氢能产业产值"),
        ("高端装备、新能源汽车、现代家居三大主导产业产值增长8.1%。", "高端装备、新能源汽车、现代家居产业产值"),
    ],
)
def test_a_lists_count_goes_inside_one_name(text: str, want: str) -> None:
    assert _names(text) == [want]


def test_the_three_sectors_still_split() -> None:
    assert _names("三大产业增加值分别增长3%、5%、6%。") == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]


# --- a list of levels after a count ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("8家省、市级集聚区实现营业收入210亿元。", [("省、市级集聚区", "8", "家"), ("省、市级集聚区营业收入", "210", "亿元")]),
        ("12家省、市级龙头企业完成产值80亿元。", [("省、市级龙头企业", "12", "家"), ("省、市级龙头企业产值", "80", "亿元")]),
        ("3家国家、省级园区实现营业收入40亿元。", [("国家、省级园区", "3", "家"), ("国家、省级园区营业收入", "40", "亿元")]),
        ("5个国家、省、市级示范基地实现销售收入9亿元。",
         [("国家、省、市级示范基地", "5", "个"), ("国家、省、市级示范基地销售收入", "9", "亿元")]),
    ],
)
def test_a_list_of_levels_after_a_count_is_one_noun(text: str, want: list) -> None:
    assert _read(text) == want


def test_a_list_of_figures_still_splits_at_its_comma() -> None:
    assert _read("建成国家级园区3个、省级园区5个。") == [("国家级园区", "3", "个"), ("省级园区", "5", "个")]
    assert _read("认定12个省、市级示范基地、5个县级示范基地。") == [("省、市级示范基地", "12", "个"), ("县级示范基地", "5", "个")]


# --- a duration to a quoted result, things counted on the way -------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("用41天实现56例确诊病例全省首个“全治愈”。", [("确诊病例“全治愈”", "41", "天"), ("确诊病例", "56", "例")]),
        ("仅用35天实现18名住院患者全国第2个“清零”。", [("住院患者“清零”", "35", "天"), ("住院患者", "18", "名")]),
        ("用30天实现52例确诊病例“清零”。", [("确诊病例“清零”", "30", "天"), ("确诊病例", "52", "例")]),
        ("历时20天将36名隔离人员“应隔尽隔”。", [("隔离人员“应隔尽隔”", "20", "天"), ("隔离人员", "36", "名")]),
        ("用27天实现确诊病例“零新增”、用46天实现19例确诊病例宁波首个“全出院”。",
         [("确诊病例“零新增”", "27", "天"), ("确诊病例“全出院”", "46", "天"), ("确诊病例", "19", "例")]),
    ],
)
def test_a_duration_is_named_by_its_quoted_result(text: str, want: list) -> None:
    assert _read(text) == want


def test_a_duration_before_a_count_of_the_task_is_named_as_the_count() -> None:
    assert _read("在10天内完成3轮全覆盖入户排查。") == [("全覆盖入户排查", "10", "天"), ("全覆盖入户排查", "3", "轮")]


# --- a group's size before a ranked assessment, in a programme joined ----------------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全省首次37个创新型试点县(市、区)综合测评排名第一。", [("创新型试点县（市、区）综合测评", "一", "")]),
        ("全省26个生态示范县（市）综合评价位列第一。", [("生态示范县（市）综合评价", "一", "")]),
        ("全国首批120个试点园区考核排名第5。", [("试点园区考核", "5", "")]),
        ("全市12个文明镇考评居第二位。", [("文明镇考评", "二", "位")]),
    ],
)
def test_a_groups_size_before_a_ranked_assessment_is_no_figure(text: str, want: list) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "被科技部列入全国8个创建世界一流高科技园区的计划序列。",
        "成功纳入全省5个数字经济示范区名单。",
        "入选全国10个城市更新试点城市名单。",
    ],
)
def test_the_size_of_a_group_joined_is_no_figure(text: str) -> None:
    assert _read(text) == []


def test_a_count_of_things_listed_stays() -> None:
    assert _read("列入省重点项目12个。") == [("列入省重点项目", "12", "个")]
    assert ("重点项目", "12", "个") in _read("全区新增12个重点项目，纳入市级名单。")


# --- an assessment a body published --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("在科技部今年最新公布的国家级经开区综合评价中再次排名第六位。", "国家级经开区综合评价"),
        ("在省统计局公布的县域经济综合评价中排名第三位。", "县域经济综合评价"),
        ("在省委组织部开展的乡村振兴实绩考核中位列第二。", "乡村振兴实绩考核"),
        ("在商务部发布的营商环境评价中继续位居第一。", "营商环境评价"),
    ],
)
def test_a_published_assessment_names_its_rank(text: str, want: str) -> None:
    assert _names(text) == [want]


def test_a_rank_after_a_sentence_of_its_own_keeps_its_assessment() -> None:
    assert _names("示范区正式授牌，在工信部最新公布的创新型产业集群评价中再次排名第四位，其中创新能力排名第二。") == [
        "创新型产业集群评价", "创新能力"]


# --- hostile input --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "pattern",
    [lex.LEVEL_LIST_OPENING, lex.CLASS_ORDINAL_INSIDE, lex.DURATION_COUNTED_RESULT, lex.GROUP_BEFORE_ASSESSMENT,
     lex.GROUP_SIZE_OPENING, lex.JOINED_GROUP_SIZE, lex.PUBLISHED_ASSESSMENT],
)
def test_new_patterns_on_hostile_input(pattern) -> None:
    for text in ("省、" * 20000, "全省12个" * 5000 + "县（市、" * 3000, "在" + "科技部公布的" * 5000 + "评价",
                 "用41天实现74例" + "确诊病例温州" * 5000, "列入全国8个" + "园区" * 10000, "首个" * 20000):
        with cpu_bound(1.0):
            pattern.search(text)
            for k in range(0, len(text), 997):
                pattern.match(text, k)


# --- settled conflicts (round 17) -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("招聘急需紧缺研发团队3个、博士45人、硕士260人", [("博士", "招聘博士"), ("硕士", "招聘硕士")]),
        ("招聘高层次人才团队3个、技术人员120人", [("技术人员", "技术人员")]),
        ("招录公务员120名、事业单位人员300名", [("公务员", "公务员"), ("事业单位人员", "事业单位人员")]),
        ("柔性招聘专家团队4个、博士后15人", [("博士后", "柔性招聘博士后")]),
    ],
)
def test_a_hiring_verb_carries_as_if_written_before_the_item(text: str, want: list) -> None:
    names = _names(text)
    for noun, name in want:
        assert name in names, (noun, names)


def test_a_hiring_verb_does_not_carry_past_a_comma_or_to_things() -> None:
    assert _read("招聘会12场、岗位3000个") == [("招聘会", "12", "场"), ("岗位", "3000", "个")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("入围全国工业百强县第12位、跻身中国旅游强县20强。", ["工业百强县", "旅游强县"]),
        ("位列全国综合实力百强县第30位、跻身全省文化强县10强。", ["综合实力百强县", "文化强县"]),
        ("跻身中国旅游强县20强。", ["旅游强县"]),
        ("我市跻身全国农业强市50强。", ["农业强市"]),
    ],
)
def test_a_list_of_places_named_by_merit_names_its_strong_rank(text: str, want: list) -> None:
    assert _names(text) == want


def test_a_peer_group_of_places_still_names_no_rank() -> None:
    assert _names("跻身全国同类城市十强。") == [""]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("荣获全国质量奖2项。", "质量奖"),
        ("荣获全国科技进步奖3项。", "科技进步奖"),
        ("荣获省政府质量奖2项。", "省政府质量奖"),
        ("荣获中国质量奖提名奖2个。", "中国质量奖提名奖"),
    ],
)
def test_an_awards_scope_word_goes_its_level_stays(text: str, want: str) -> None:
    assert _names(text) == [want]


def test_rank_item_pattern_on_hostile_input() -> None:
    for text in ("第1位、" * 20000, "前" * 30000 + "、", "1" * 30000 + "强、"):
        with cpu_bound(1.0):
            lex.RANK_ITEM_BEFORE.search(text)
            lex.RANK_FIELD_AFTER_SCOPE.search(text)
