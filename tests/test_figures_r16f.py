"""Rule tests for figures and names (issue 9, round 16, fixer fxa6264): the general causes behind the
first-run misses of tests/real_aside62–64 (their READMEs' conventions). Every text here is invented:
variants with other places, amounts, verbs and list shapes, and the cases each rule must leave alone."""

from __future__ import annotations

from _bounds import cpu_bound

from drafter.figures import extract_figures
from drafter.figures import lexicon as lex


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def _units(text: str) -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(text, kind="outcome", year=2023)]


# -------------------------------------------------------------- ranks


def test_ranks_in_national_lists_may_open_with_the_lists_year() -> None:
    got = _units("位居2022年全国综合实力百强区第32位、2022年全国绿色发展百强区第40位、2022年中国西部地区营商环境百强区第15位。")
    assert got == [("综合实力百强区", "32", "位"), ("绿色发展百强区", "40", "位"), ("西部地区营商环境百强区", "15", "位")]
    assert _units("居2021年度全国县域经济百强县第88位。") == [("县域经济百强县", "88", "位")]
    # without a year, as before
    assert _units("位居全国综合实力百强区第32位。") == [("综合实力百强区", "32", "位")]


def test_a_verbless_rank_among_core_districts_after_a_rate_ranks_the_rate() -> None:
    got = _units("工业投资增速18%以上、主城区第2,服务业营收增速12%左右、中心城区第1。")
    assert ("工业投资增速", "2", "") in got
    assert ("服务业营收增速", "1", "") in got
    assert ("工业投资", "18", "%") in got
    # 、 then a core district that is no rank (a list of places) gives nothing
    assert all(u != "" for _, _, u in _units("新建学校3所、主城区医院2家。"))


def test_a_rank_after_a_rates_record_ranks_the_growth() -> None:
    assert _names("规上工业增加值同比增长12%,增速创近十年新高,排名全市第3位。") == [
        ("规上工业增加值", "12"), ("规上工业增加值增速", "3"),
    ]
    assert _names("进出口总额增长20%,增幅创历史新高,居全省第5位。")[-1] == ("进出口总额增幅", "5")


def test_a_growth_after_its_rates_rank_is_the_indicators() -> None:
    got = _names("工业投资增速连续8个月位列五城区第1,预计全年同比增长15%以上。")
    assert got == [("工业投资增速", "1"), ("工业投资", "15")]
    # a rate word written with the growth keeps it
    assert _names("工业增速居全省第2位,增速达到12%。")[-1] == ("工业增速", "12")


def test_a_rank_move_after_entering_a_quoted_list_is_the_lists_rank() -> None:
    assert _units("连续入选“全国县域经济百强”且排名前移5位。") == [("“全国县域经济百强”排名", "5", "位")]
    assert _units("入围“中国最具投资潜力百强区”且位次前移3位。") == [("“中国最具投资潜力百强区”位次", "3", "位")]


# -------------------------------------------------------------- names


def test_a_completion_rate_written_with_wancheng_first_keeps_it() -> None:
    assert _names("320个重点项目完成投资860亿元,完成投资率71.2%。")[-1] == ("完成投资率", "71.2")
    # 完成 before an amount stays a lead word
    assert _names("完成固定资产投资120亿元。") == [("固定资产投资", "120")]


def test_a_grant_named_by_examples_of_projects_and_funds() -> None:
    assert _names("城南水厂、滨江大道等项目获批超长期特别国债、专项债等政策资金8.6亿元。") == [("获批政策资金", "8.6")]
    assert _names("物流园、产业园等项目获得中央预算内投资、省级补助等上级资金3亿元。") == [("获得上级资金", "3")]


def test_transport_volumes_are_shared_by_every_mode_listed() -> None:
    assert _names("铁路、公路、水运货物周转量分别增长5.2%、6.1%、3.3%。") == [
        ("铁路货物周转量", "5.2"), ("公路货物周转量", "6.1"), ("水运货物周转量", "3.3"),
    ]
    assert _names("铁路、公路、民航客运量分别下降2%、4%、1%。") == [
        ("铁路客运量", "2"), ("公路客运量", "4"), ("民航客运量", "1"),
    ]


def test_examples_before_a_class_pair_one_value_each_under_fenbie() -> None:
    assert _names("锂电池、光伏组件等新产品分别增长45%和30%。") == [("锂电池", "45"), ("光伏组件", "30")]
    assert _names("工业机器人、服务器等高技术产品分别增长21%、18%。") == [("工业机器人", "21"), ("服务器", "18")]
    # a class with one value holds for the whole class (no 分别 split)
    assert _names("锂电池、光伏组件等新产品产量增长40%。")[0][1] == "40"


def test_tasks_counted_with_their_own_words_and_the_ones_done() -> None:
    assert _names("上级部署的24项农村综合改革任务完成19项。") == [
        ("农村综合改革任务", "24"), ("完成的农村综合改革任务", "19"),
    ]
    # a task's size in another unit stays the task's
    assert _names("除险加固120座病险水库任务累计已完成96座。") == [("除险加固病险水库", "96")]


def test_a_scope_before_a_verb_of_spreading_ends_a_counted_noun() -> None:
    assert _names("第三批15项改革经验市内推广。") == [("改革经验", "15")]
    assert _names("12项创新举措省内复制。") == [("创新举措", "12")]


# -------------------------------------------------------------- hostile input


def test_the_new_patterns_read_hostile_input_fast() -> None:
    cases = [
        (lex.PLACE_LIST.search, "2024年全国投资潜力"),
        (lex.RANK_MORE.search, "、2024年全国投资百强"),
        (lex.RANK.search, "位居2024年全国"),
        (lex.RANK_BARE.search, "、主城区"),
        (lex.RECORD_END.search, "增速创近五年"),
        (lex.TASKS_COUNTED.search, "30项改革试验"),
        (lex.ENTERED_LIST_RANK.fullmatch, "连续入围“赛迪"),
        (lex.GRANT_BY_EXAMPLES.fullmatch, "A、B等项目获批C、D"),
        (lex.AFTER_STOP.search, "经验省内"),
    ]
    for find, shape in cases:
        with cpu_bound(1.0, shape):
            find(shape * 10000)
