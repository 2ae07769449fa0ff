"""Rule tests of round 18 (fxgen3): do the rules added for real_aside23–25 and the settled conventions
(tests/test_figures_r19settle.py, r19a, r19b) hold for sentences their fixers never saw? Every text here
is invented: other indicators, places, verbs and word orders, traditional characters, stray blanks, and
the neighbours each widened rule must leave alone (docs/NAMES-GENERALISATION.md, round 18)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.figures import extract_figures
from drafter.ingest import parse_file
from drafter.normalize import normalize_text, simplified_converter

_T = simplified_converter()


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(normalize_text(text), kind=kind, year=2023)]


def _only(text: str, kind: str = "outcome") -> list[str]:
    return [n for n, _, _ in _read(text, kind)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("今年以来新增市场主体2.1万户。", ["市场主体"]),
        ("年初以来新增企业20家。", ["企业"]),
        ("2023年以来全县新增企业500家。", ["企业"]),
        ("开园以来累计入驻企业160家。", ["入驻企业"]),
        ("今年以来，新增市场主体2.1万户。", ["市场主体"]),  # with its comma, as before
    ],
)
def test_a_span_since_the_years_start_is_a_time_word(text: str, want: list[str]) -> None:
    assert _only(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("走访120位企业负责人。", [("走访企业负责人", "120", "位")]),
        ("聘请 15位 法律顾问。", [("法律顾问", "15", "位")]),
        (_T("邀請30位科技工作者座談。"), [("科技工作者", "30", "位")]),
    ],
)
def test_people_by_office_or_trade_are_counted_with_wei(text: str, want: list) -> None:
    assert _read(text) == want


@pytest.mark.parametrize("text", ["增速保持两位数增长。", "排名前5位的企业占比60%。", "综合排名上升6位。"])
def test_wei_before_no_people_stays_no_count(text: str) -> None:
    assert not [f for f in extract_figures(text, kind="outcome", year=2023) if f.unit == "位" and f.measure != "rank"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("为农民工追回欠薪1.3亿元。", ["追回欠薪"]),
        (_T("為農民工討回工資5000萬元。"), ["讨回工资"]),
        ("为农民增收3.2亿元。", ["增收"]),  # 农民 alone, as before
    ],
)
def test_migrant_workers_are_a_beneficiary(text: str, want: list[str]) -> None:
    assert _only(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("选派医疗专家25名赴新疆。", ["医疗专家"]),
        ("选派30名科技特派员服务企业。", ["科技特派员"]),
        ("招募大学生志愿者300名服务西部。", ["大学生志愿者"]),
        ("向各乡镇选派指导员45名。", ["指导员"]),
        (_T("選派醫療專家12名前往災區。"), ["医疗专家"]),
    ],
)
def test_a_sending_verb_its_destination_and_purpose_go(text: str, want: list[str]) -> None:
    assert _only(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("新增科技服务企业12家。", ["科技服务企业"]),  # a kind of firm, no purpose
        ("新建派出所4个。", ["派出所"]),
        ("举办专场招聘会45场。", ["专场招聘会"]),
        ("组织赴外招商团组12个。", ["赴外招商团组"]),
    ],
)
def test_service_firms_and_nouns_of_sending_are_left_alone(text: str, want: list[str]) -> None:
    assert _only(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("发起设立20亿元并购基金。", [("发起设立并购基金", "20", "亿元")]),
        ("设立5亿元并购基金。", [("设立并购基金", "5", "亿元")]),
        ("新增并网风电装机20万千瓦。", [("并网风电装机", "20", "万千瓦")]),
    ],
)
def test_a_merger_fund_is_no_conjunction(text: str, want: list) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("五年期以上贷款市场报价利率累计下调35个基点。", [("五年期以上贷款市场报价利率", "35", "个基点")]),
        ("普惠小微贷款利率下降 30 个基点。", [("普惠小微贷款利率", "30", "个基点")]),
        ("存款准备金率下调0.25个百分点。", [("存款准备金率", "0.25", "个百分点")]),
        (_T("公積金貸款利率上調0.15個百分點。"), [("公积金贷款利率", "0.15", "个百分点")]),
    ],
)
def test_a_rate_moved_by_a_decision(text: str, want: list) -> None:
    got = extract_figures(normalize_text(text), kind="outcome", year=2023)
    assert [(f.indicator, f.value, f.unit) for f in got] == want
    assert [f.measure for f in got] == ["growth"]


def test_a_rate_lowered_goes_down() -> None:
    got = extract_figures("贷款市场报价利率下调10个基点。", kind="outcome", year=2023)
    assert [(f.measure, f.direction) for f in got] == [("growth", "down")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("完成市下达的单位地区生产总值能耗降低、主要污染物减排目标任务。", ["单位地区生产总值能耗降低", "主要污染物减排"]),
        ("完成市下达的城镇新增就业、万元GDP能耗下降目标任务。", ["城镇新增就业", "万元GDP能耗下降"]),
        (_T("完成省下達的城鎮新增就業、節能減排目標任務。"), ["城镇新增就业", "节能减排"]),
    ],
)
def test_a_met_task_listing_employment_or_main_pollutants(text: str, want: list[str]) -> None:
    got = extract_figures(text, kind="outcome", year=2023)
    assert [f.indicator for f in got] == want
    assert all(f.value is None for f in got)


@pytest.mark.parametrize(
    "text", ["全面完成市下达的主要目标任务。", "完成省下达的各项目标任务。", "完成市下达的安全生产、信访维稳目标任务。"]
)
def test_general_tasks_stay_as_before(text: str) -> None:
    got = extract_figures(text, kind="outcome", year=2023)
    assert all(f.value is None for f in got)
    assert [f.indicator for f in got] in ([], ["安全生产、信访维稳"])


HEAD = (
    "关于某县2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n各位代表：\n"
    "一、2022年国民经济和社会发展计划执行情况\n全县经济运行总体平稳。\n表1：2022年全县主要目标完成情况\n"
)
TAIL = "\n二、2023年国民经济和社会发展主要目标\n力争地区生产总值增长6%。\n"


def _table(tmp_path: Path, cells: list[str], blank: str) -> list[tuple[str, str | None, str, str]]:
    path = tmp_path / "page.txt"
    path.write_text(HEAD + blank.join(cells) + TAIL, encoding="utf-8")
    report = parse_file(path)
    table = next(p for p in report.parts[0].paragraphs if p.rows)
    return [(f.indicator, f.value, f.unit, f.kind) for f in report.figures if f.paragraph == table.id]


@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_a_table_cell_with_a_blank_after_its_estimate(tmp_path: Path, blank: str) -> None:
    cells = ["指标名称", "目标", "全年实绩", "地区生产总值", "6.5%左右", "预计 6.8 %左右", "税收收入", "7%", "预计 7.5%"]
    assert _table(tmp_path, cells, blank) == [
        ("地区生产总值", "6.5", "%", "baseline"), ("地区生产总值", "6.8", "%", "outcome"),
        ("税收收入", "7", "%", "baseline"), ("税收收入", "7.5", "%", "outcome"),
    ]


@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_a_rate_in_per_mille_in_a_table_is_no_growth(tmp_path: Path, blank: str) -> None:
    cells = ["指标名称", "目标", "全年实绩", "人口自然增长率", "5‰以内", "预计3.2‰", "城镇登记失业率", "4%以内", "3.1%",
             "居民收入增长率", "7%", "7.5%"]
    got = _table(tmp_path, cells, blank)
    assert got[:2] == [("人口自然增长率", "5", "‰", "baseline"), ("人口自然增长率", "3.2", "‰", "outcome")]
    # must leave alone: a growth rate in per cent is the growth of its stem
    assert got[-1] == ("居民收入", "7.5", "%", "outcome")
