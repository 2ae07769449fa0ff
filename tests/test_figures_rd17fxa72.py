"""Figure rule tests of round 17 (fixer fxa72, real_aside72): bullet glyphs opening items, two figures
whose comma the page lost, a bare number run into a quoted name, ``创成`` before a count, a verb of
recruiting carried through a talent list, a total ranked after a count's clause, a rank told as a
breakthrough, a milestone in a bulleted line, a dash of ASCII hyphens. Every sentence here is invented."""

from __future__ import annotations

import pytest
from _bounds import cpu_bound

from drafter.figures import lexicon as lex
from drafter.figures.extract import _ASCII_DASH, _BULLET, _UNITLESS_BEFORE_QUOTE, extract_figures
from drafter.structure.blocks import BULLET_LINE


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(f.indicator, f.value or "", f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("●全县规模以上工业增加值86.4亿元，增速居全市第3位", ("规模以上工业增加值", "86.4", "亿元")),
        ("◆一般公共预算收入增速居全省第5位", ("一般公共预算收入增速", "5", "位")),
        ("■新增市场主体1.1万户", ("市场主体", "1.1", "万户")),
        ("▲全区社会消费品零售总额98亿元", ("社会消费品零售总额", "98", "亿元")),
        ("►新增国家级孵化器2个", ("国家级孵化器", "2", "个")),
        ("•新建充电桩300个", ("充电桩", "300", "个")),
        ("※新增绿色工厂4家", ("绿色工厂", "4", "家")),
    ],
)
def test_a_bullet_glyph_is_no_part_of_a_name(text: str, want: tuple[str, str, str]) -> None:
    got = _read(text)
    assert want in got
    assert not [g for g in got if g[0][:1] in "●◆■▲►•※"]


def test_a_bullet_inside_a_joined_line_ends_the_item_before() -> None:
    got = _read("新认定科技型企业45家，均创历史新高●新增瞪羚企业7家")
    assert ("瞪羚企业", "7", "家") in got


def test_a_zero_written_as_a_circle_stays_in_a_date() -> None:
    assert _BULLET.sub("|", "二○二三年新增市场主体9000户") == "二○二三年新增市场主体9000户"
    assert _BULLET.sub("|", "○新增市场主体9000户") == "|新增市场主体9000户"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("一般公共预算收入9.2亿元城镇居民人均可支配收入41250元",
         ("一般公共预算收入", "9.2", "亿元"), ("城镇居民人均可支配收入", "41250", "元")),
        ("税收收入6.5亿元农村居民人均可支配收入17320元，增长6.8%",
         ("税收收入", "6.5", "亿元"), ("农村居民人均可支配收入", "17320", "元")),
        ("粮食总产量38万吨农村居民人均可支配收入15600元",
         ("粮食总产量", "38", "万吨"), ("农村居民人均可支配收入", "15600", "元")),
        ("进出口总额12亿元社会消费品零售总额145亿元",
         ("进出口总额", "12", "亿元"), ("社会消费品零售总额", "145", "亿元")),
        ("服务业增加值210亿元固定资产投资增长9%",
         ("服务业增加值", "210", "亿元"), ("固定资产投资", "9", "%")),
    ],
)
def test_two_figures_whose_comma_the_page_lost_keep_two_names(text: str, first: tuple, second: tuple) -> None:
    got = _read(text)
    assert first in got and second in got


def test_a_people_noun_after_a_scale_still_counts_people() -> None:
    assert _read("组织1.2万志愿者参与") == [("志愿者", "1.2", "万")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全年新增规上企业40“小升规企业”26家", ("“小升规企业”", "26", "家")),
        ("认定高新技术企业18“瞪羚企业”5家", ("“瞪羚企业”", "5", "家")),
        ("新入统商贸企业33“个转企”户数12户", ("“个转企”户数", "12", "户")),
    ],
)
def test_a_bare_number_run_into_a_quoted_name_is_none(text: str, want: tuple) -> None:
    got = _read(text)
    assert got == [want]


def test_a_year_before_a_quoted_name_stays_in_the_name() -> None:
    assert _read("入选2024“中国百强”企业3家")[0][0].startswith("入选2024")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("创成3个省级特色小镇", ("创成省级特色小镇", "3", "个")),
        ("全年创成2个国家级示范区，数量居全省第1位", ("创成国家级示范区数量", "1", "位")),
        ("创成4家省级文明单位", ("创成省级文明单位", "4", "家")),
    ],
)
def test_chuangcheng_is_a_verb_kept_before_a_count(text: str, want: tuple) -> None:
    assert want in _read(text)


def test_a_recruiting_verb_carries_through_a_list_of_people() -> None:
    got = _read("全县共引进高层次人才团队3个、博士45人、硕士600人，本土青年人才1.2万人")
    assert ("引进博士", "45", "人") in got
    assert ("引进硕士", "600", "人") in got
    assert ("本土青年人才", "1.2", "万人") in got  # after a comma: a clause of its own


@pytest.mark.parametrize(
    "text",
    ["招引产业项目12个、博士后30人", "柔性引进专家团队4个、院士5名"],
)
def test_other_recruiting_verbs_carry_to_people(text: str) -> None:
    names = [g[0] for g in _read(text)]
    assert names[1] in ("招引博士后", "引进院士")


def test_a_stock_verb_still_keeps_to_its_own_item() -> None:
    assert ("博士", "100", "人") in _read("培育雏鹰企业20家、博士100人")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全县新登记市场主体3.2万户，增速居全市第2位；总量18.6万户，居全市第4位", ("市场主体", "18.6", "万户")),
        ("新设经营主体8900户，增速居全省第1位；总量7.5万户", ("经营主体", "7.5", "万户")),
        ("新增个体工商户5600户，增长12%；总量4.1万户", ("个体工商户", "4.1", "万户")),
    ],
)
def test_a_total_after_a_counts_clause_is_that_count(text: str, want: tuple) -> None:
    assert want in _read(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("全县地区生产总值428亿元，总量实现了全市第2的历史性突破", ("地区生产总值总量", "2", "")),
        ("规模以上工业增加值160亿元，总量实现全省第十的重大突破", ("规模以上工业增加值总量", "十", "")),
        ("外贸进出口实现了全市第3的突破", ("外贸进出口", "3", "")),
    ],
)
def test_a_rank_told_as_a_breakthrough(text: str, want: tuple) -> None:
    assert want in _read(text)


def test_a_milestone_on_a_bulleted_line() -> None:
    assert ("全社会用电量", "150", "亿") in _read("●全社会用电量突破150亿大关")


@pytest.mark.parametrize(
    "text",
    ["--2015年9月20日区人大常委会主任会议通过", "----2018年3月2日县人大常委会第十次会议通过"],
)
def test_ascii_hyphens_are_a_dash_and_no_minus(text: str) -> None:
    assert _read(text) == []


def test_a_minus_sign_still_reads() -> None:
    assert ("生产总值", "-1.5", "%") in _read("全市生产总值增长-1.5%")


def test_a_bulleted_page_reads_fast() -> None:
    with cpu_bound(2):
        extract_figures("●" * 10000)
        extract_figures("--" * 10000)


@pytest.mark.parametrize(
    ("pattern", "shape"),
    [
        (_BULLET, "。○"),
        (_BULLET, "●"),
        (_ASCII_DASH, "-"),
        (_UNITLESS_BEFORE_QUOTE, "72“小升规企业”"),
        (_UNITLESS_BEFORE_QUOTE, "7"),
        (lex.RANK_BARE, "全省第4的历史性突破"),
        (lex.RANK_BARE, "全省第4的"),
        (BULLET_LINE, " "),
    ],
)
def test_new_patterns_read_long_hostile_input_fast(pattern, shape: str) -> None:
    text = shape * 10000
    with cpu_bound(0.5):
        list(pattern.finditer(text))
        pattern.match(text)
