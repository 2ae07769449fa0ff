"""Rule tests of the generalisation round after round 16 (fxgenfigs2): invented variants of the
rules fxa18, fxa17read, fxa19a/b and fxa20 wrote for real_aside17–20 (other indicators, units, verbs,
orders, brackets, bylines), each with the neighbours it must leave alone (docs/FIGURES-GENERALISATION.md,
round 17). Every text and page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_reading

from drafter.errors import DrafterError
from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


# ---------------------------------------------------------------- the year plan an amount bears


@pytest.mark.parametrize(("text", "kept"), [
    ("在库项目总投资5000亿元，足以支撑2000亿元的年度投资目标。", [("在库项目总投资", "5000")]),  # 目标
    ("储备项目可支撑300亿元年度投资计划。", []),  # no 的
    ("在建项目总投资1.5万亿元，可以支撑6000亿元的全年投资任务。", [("在建项目总投资", "1.5")]),  # 任务
])
def test_the_year_plan_borne_in_other_words_is_no_figure(text: str, kept: list) -> None:
    assert _names(text) == kept


def test_a_plans_completion_and_a_need_stay() -> None:
    assert _names("完成投资120亿元，年度目标任务完成率105%。")[1] == ("年度目标任务完成率", "105")
    assert _names("保障300亿元年度融资需求。") == [("年度融资需求", "300")]  # a need, no plan
    assert _names("确保120亿元年度目标完成。") == [("年度目标", "120")]  # the plan met: as before


# ---------------------------------------------------------------- milestones restating the amount


def test_a_milestone_after_the_amount_and_a_list_comma_restates_it() -> None:
    assert _names("规上工业总产值达2150亿元、突破2000亿元，增长10%。") == [("规上工业总产值", "2150"), ("规上工业总产值", "10")]
    assert _names("全区一般公共预算收入31.2亿元，突破30亿元，增长7%。") == [("一般公共预算收入", "31.2"), ("一般公共预算收入", "7")]


def test_a_milestone_with_no_amount_beside_it_stays() -> None:
    assert _names("全市生产总值首次突破1万亿元，增长6%。") == [("生产总值", "1"), ("生产总值", "6")]
    assert _names("全县财政总收入突破50亿元大关。") == [("财政总收入", "50")]


# ---------------------------------------------------------------- counts that are names


def test_a_list_of_formulas_in_corner_brackets_closed_by_a_count() -> None:
    assert _names("落实「两个确保」要求、「三个率先」目标和六项重点工作。") == []
    assert _names("推进四项改革，完成投资5亿元。") == [("改革", "四"), ("投资", "5")]  # a real count


def test_a_bodys_programme_of_arrangements_is_a_name() -> None:
    assert _names("落实县委县政府六项重点工作安排，生产总值增长6%。", "target") == [("生产总值", "6")]
    assert _names("市政府安排十项民生实事全部完成。") == [("民生实事", "十")]  # no body before the count


def test_a_span_before_what_it_added_is_no_count() -> None:
    assert _names("三年新增城镇就业3.6万人。")[0][1] == "3.6"
    assert [v for _, v in _names("五年新增5个国家级园区。")] == ["5"]
    assert _names("五年累计完成投资300亿元。") == [("投资", "300")]  # as before
    assert _names("新增口径调整后项目5个。") == [("口径调整后项目", "5")]  # 新增 with no span


def test_a_term_in_years_is_part_of_the_name() -> None:
    assert _names("新增5年期贷款20亿元。") == [("5年期贷款", "20")]
    assert _names("发行10年期国债5亿元。") == [("发行10年期国债", "5")]
    assert _names("五年期间累计完成投资300亿元。") == [("投资", "300")]


def test_a_capacity_in_a_list_of_projects_without_deng() -> None:
    assert _names("加快某某抽水蓄能电站、某某120万千瓦风电项目、某某储能项目建设。", "target") == []
    assert _names("推进某某水厂、某某50万吨污水处理项目、某某垃圾焚烧发电项目建设。", "target") == []
    # capacities after their names, or amounts in a list, stay
    assert [v for _, v in _names("新增光伏装机30万千瓦、风电项目20万千瓦。", "target")] == ["30", "20"]
    assert [v for _, v in _names("新增新能源装机500万千瓦，其中光伏300万千瓦。", "target")] == ["500", "300"]


def test_a_share_of_a_ge_at_the_pages_end_is_a_cut_unit() -> None:
    assert _names("工业投资增长3.2个") == []
    assert _names("新建学校3个") == [("学校", "3")]  # a whole count at the end stays


# ---------------------------------------------------------------- qualitative targets


def test_a_list_of_aims_after_shixian_or_quebao() -> None:
    assert _names("实现经济运行稳中向好、财政收入持续增长、生态环境持续改善。", "target") == []
    assert _names("确保经济增长持续向好、民生福祉持续提升。", "target") == []
    assert _names("实现居民收入稳步增长。", "target") == [("居民收入", None)]  # one aim: a target


def test_a_growth_faster_than_a_group_of_residents_is_a_target() -> None:
    assert _names("农民收入增长继续快于城镇居民。", "target") == [("农民收入", None)]
    assert _names("农村居民人均可支配收入增速高于城镇居民，城镇登记失业率4%以内。", "target") == [
        ("农村居民人均可支配收入", None), ("城镇登记失业率", "4")]
    assert _names("居民收入增长高于上年。", "target") == []  # a level named, no growth


# ---------------------------------------------------------------- pages

_MEETING = (
    "白沙市上半年经济运行稳中向好\n"
    "2023年7月28日 来源：白沙日报\n"
    "本报讯 白沙市人大常委会第十次会议昨日召开。会议听取和审议了市长关于上半年全市经济社会发展情况的报告。\n"
    "报告指出，上半年全市生产总值1100亿元，增长5.8%；规上工业增加值增长6.2%，社会消费品零售总额增长7.1%，"
    "固定资产投资增长4.4%，城乡居民人均可支配收入分别增长5.5%和6.6%。\n"
    "{more}\n"
    "副主任张某出席会议。\n"
)


@pytest.mark.parametrize("more", [
    "会议同时听取了市发改委关于2023年上半年计划执行情况的报告。",
    "会议另外审议了市政府关于上半年国民经济和社会发展计划执行情况的报告。",
    "会议还书面审议了关于2023年上半年国民经济和社会发展计划执行情况的报告。",
    "会议也听取了市发改委关于上半年计划执行情况的报告。",
])
def test_the_plan_report_among_further_items_in_other_words_is_refused(tmp_path: Path, more: str) -> None:
    with pytest.raises(DrafterError):
        page_reading(tmp_path, _MEETING.format(more=more))


@pytest.mark.parametrize("lead", ["本报讯 ", "本报讯", "白沙网讯 ", "本台讯 "])
def test_a_digest_hearing_the_plan_first_keeps_it_and_its_lead_names_no_place(tmp_path: Path, lead: str) -> None:
    """The plan report heard first, a further item after it in the same sentence (``同时审议了预算…``):
    a digest; the paper's lead glued to the place is no part of the region."""
    page = _MEETING.replace("本报讯 ", lead).replace(
        "会议听取和审议了市长关于上半年全市经济社会发展情况的报告。",
        "会议听取和审议了市发改委关于2023年上半年国民经济和社会发展计划执行情况的报告，同时审议了上半年预算执行情况的报告。",
    ).format(more="")
    assert page_reading(tmp_path, page) == ("execution", "白沙市", 2023, 2024)


_PREVIEW = (
    "2024年国民经济和社会发展计划安排\n{notices}\n下载\n2022年国民经济和社会发展计划安排\n"
    "根据以上原则，提出我区2022年国民经济和社会发展主要目标建议如下：\n"
    "地区生产总值增长6%；一般公共预算收入增长5%；固定资产投资增长8%。\n"
)


@pytest.mark.parametrize("notices", [
    "• 文件格式：docx\n• 文件大小：1.2 MB\n• 页数：6",
    "- 文件类型：PDF\n- 大小: 2.5 MB\n共9页",
    "格式：pdf\n大小：120 KB\n页数：12",
])
def test_file_notices_in_other_words_give_way_to_the_documents_heading(tmp_path: Path, notices: str) -> None:
    assert page_reading(tmp_path, _PREVIEW.format(notices=notices), region="白沙区") == ("plan", "白沙区", 2021, 2022)
