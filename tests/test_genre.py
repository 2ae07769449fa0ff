"""The genre family (issue 9): execution reports, plans, excerpts and reviews read as reports;
region and years as a user names them; look-alikes refused saying what they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CASES, SEED_2024

from drafter.errors import InputError
from drafter.figures import extract_figures
from drafter.ingest import ingest_file, parse_file
from drafter.structure.genre import read_title
from drafter.structure.places import places_in

GENRE = CASES / "genre"


def _parts(report) -> list[tuple[str, str]]:
    return [(p.number, p.role) for p in report.parts]


def test_an_execution_report_alone() -> None:
    report = parse_file(GENRE / "execution-only.txt")
    assert (report.meta.kind, report.meta.region, report.meta.year, report.meta.plan_year) == (
        "execution", "聊城市东昌府区", 2022, 2023)
    assert _parts(report) == [("一", "execution"), ("二", "execution")]
    assert {f.kind for f in report.figures} == {"outcome"}
    assert report.coverage.note.startswith("执行情况报告")
    assert not any(f.unit == "年" for f in report.figures)  # 连续四年保持正增长 is no figure


def test_a_plan_notice_alone() -> None:
    report = parse_file(GENRE / "plan-notice.txt")
    assert (report.meta.kind, report.meta.year, report.meta.plan_year) == ("plan", 2023, 2024)
    assert {f.kind for f in report.figures} == {"target"}
    assert {f.period for f in report.figures} == {2024}


def test_a_page_cut_before_its_part_one_heading() -> None:
    report = parse_file(GENRE / "mid-excerpt.txt", region="某市某区", year=2023)
    assert _parts(report) == [("一", "execution"), ("二", "plan")]
    assert report.parts[0].chapters[0].title == "城市更新有序推进"
    kinds = {(f.indicator, f.kind) for f in report.figures}
    assert ("城镇登记失业率", "outcome") in kinds and ("地区生产总值", "target") in kinds


def test_a_committee_review_quotes_the_figures() -> None:
    report = parse_file(GENRE / "review.txt")
    assert (report.meta.kind, report.meta.region, report.meta.year) == ("review", "天津市河西区", 2023)
    assert _parts(report) == [("一", "execution"), ("二", "plan")]
    assert len([f for f in report.figures if f.kind == "target"]) == 2


def test_a_pronoun_is_never_the_region() -> None:
    with pytest.raises(InputError, match="--region"):
        parse_file(GENRE / "pronoun.txt")
    assert parse_file(GENRE / "pronoun.txt", region="某县").meta.region == "某县"


def test_a_look_alike_is_refused_saying_what_it_is() -> None:
    with pytest.raises(InputError, match="预算"):
        parse_file(GENRE / "budget.txt")


@pytest.mark.parametrize(
    ("title", "kind", "years"),
    [
        ("关于东昌府区2022年国民经济和社会发展计划执行情况的报告", "execution", (2022, 2023)),
        ("关于下达2024年国民经济和社会发展计划的通知", "plan", (2023, 2024)),
        ("某县2024年国民经济和社会发展计划", "plan", (2023, 2024)),
        ("2024年国民经济和社会发展主要预期目标", "plan", (2023, 2024)),
        ("关于某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告", "report", (2023, 2024)),
    ],
)
def test_title_kinds(title: str, kind: str, years: tuple[int, int]) -> None:
    m = read_title(title)
    assert m is not None and (m.kind, (m.year, m.plan_year)) == (kind, years)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("天津市河东区人民政府", ["天津市河东区"]),
        ("山东省聊城市东昌府区人民政府", ["聊城市东昌府区"]),
        ("东昌府区人大财政经济委员会关于东昌府区", ["东昌府区", "东昌府区"]),
        ("在溪口市南坪区第五届人民代表大会", ["溪口市南坪区"]),
        ("杭州市西湖区", ["杭州市西湖区"]),
        ("受区人民政府委托，全区、我县、本市", []),
        ("改造老旧小区", []),
        ("天津市和平区", ["天津市和平区"]),
        # names with characters that are also function words or pronoun heads
        ("贵州省贵阳市观山湖区", ["贵阳市观山湖区"]),
        ("赣州市于都县", ["赣州市于都县"]),
        ("三明市将乐县", ["三明市将乐县"]),
        ("辽宁省本溪市", ["辽宁省本溪市"]),
        ("济南市市中区", ["济南市市中区"]),
        ("红河州个旧市", ["红河州个旧市"]),
    ],
)
def test_places_as_a_user_names_them(text: str, places: list[str]) -> None:
    assert places_in(text) == places


def test_site_chrome_gives_the_city(tmp_path: Path) -> None:
    text = (GENRE / "execution-only.txt").read_text(encoding="utf-8")
    report = parse_file(_write(tmp_path, text.replace("聊城市东昌府区人民政府\n", "")))
    assert report.meta.region == "东昌府区"  # no line names the city: the short name


def test_the_archive_name_is_used_and_said(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    ingest_file(SEED_2024, archive, region="天津市河北区")
    text = SEED_2024.read_text(encoding="utf-8").replace("天津市河北区", "河北区")
    result = ingest_file(_write(tmp_path, text), archive, force=True)
    assert result.report.meta.region == "天津市河北区"
    assert len(result.notes) == 1 and "“河北区”" in result.notes[0]


def test_streaks_are_no_figures() -> None:
    figures = extract_figures("一般公共预算收入完成30亿元，连续四年保持正增长，工业增加值增速连续3年居全市第一。")
    assert [(f.indicator, f.value, f.unit) for f in figures] == [
        ("一般公共预算收入", "30", "亿元"), ("工业增加值增速", "一", "")]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return path


EXECUTION_2023 = """关于某市某县2023年国民经济和社会发展计划执行情况的报告
各位代表：
一、经济运行总体平稳
全县地区生产总值增长5.8%，一般公共预算收入增长4%，城镇新增就业3200人。
二、重点项目扎实推进
全年实施重点项目105个，固定资产投资增长7%。
"""


def test_one_part_documents_go_through_every_command(run, tmp_path: Path) -> None:
    """A plan alone (year 2022, plan 2023) against an execution report alone (2023)."""
    plan = (GENRE / "plan-notice.txt").read_text(encoding="utf-8").replace("某县", "某市某县").replace("2024", "2023")
    archive = tmp_path / "archive"
    for name, text in (("plan.txt", plan), ("exec.txt", EXECUTION_2023)):
        result = run("ingest", _write_as(tmp_path, name, text), "--archive", archive)
        assert result.exit_code == 0, result.output
    assert "类型：计划执行情况（只有执行情况部分）" in result.stdout
    assert run("show", "2022", "--archive", archive).exit_code == 0
    assert run("figures", "2023", "--archive", archive).exit_code == 0
    diff = run("diff", "2022", "2023", "--archive", archive)
    assert diff.exit_code in (0, 1), diff.output
    assert "重点项目" in diff.stdout and "105个" in diff.stdout  # the plan's target met by the report's outcome
    draft = run("draft", "2023", "--archive", archive, "-o", tmp_path / "d.docx")  # built on the plan alone
    assert draft.exit_code == 0, draft.output


def _write_as(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_news_item_about_the_report_is_refused_as_news(tmp_path: Path) -> None:
    page = tmp_path / "news.txt"
    page.write_text(
        "某县融媒网讯（记者 张三）1月5日，县长李四主持召开县政府常务会议。\n\n"
        "会议研究审议了《某县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告》。\n\n"
        "会议指出，要精心修改打磨报告。会议强调，地区生产总值增长6%左右，一般公共预算收入增长5%。\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="新闻报道"):
        parse_file(page)


def test_a_plan_alone_recalls_last_year_as_outcomes() -> None:
    from drafter.structure.genre import looks_back

    assert looks_back("2005年，全省完成了全年的各项目标任务。全年生产总值6473亿元，比上年增长11.6%。", 2005)
    assert not looks_back("2006年，力争生产总值增长10%左右。", 2005)
    assert not looks_back("2005年的预期目标是：生产总值增长10%左右。", 2005)


# --- the year where such pages write it (issue 9, third fixing round) -----------------------


def test_a_half_year_title_with_its_place_after_the_year() -> None:
    m = read_title("关于2016年上半年溪口市国民经济和社会发展计划执行情况的报告")
    assert m is not None and (m.kind, m.year, m.plan_year, m.region) == ("execution", 2016, 2017, "溪口市")
    # a sentence names the region first: the title's form does not make a news item a report
    assert read_title("关于2016年溪口市国民经济和社会发展计划执行情况的初审工作", sentence=True) is None


def test_a_plan_notice_with_its_year_in_chinese_numerals() -> None:
    for year in ("二〇一一", "二○一一", "二零一一"):
        m = read_title(f"关于下达溪口市南坪区{year}年国民经济和社会发展计划目标的通知")
        assert m is not None and (m.kind, m.year, m.plan_year) == ("plan", 2010, 2011)


def test_chinese_year_numerals_are_read_digit_by_digit() -> None:
    from drafter.numerals import arabic_years, chinese_year

    assert chinese_year("二〇〇九") == 2009 and chinese_year("二○二一") == 2021
    assert arabic_years("南坪区二〇〇九年计划，十二年，一二三年") == "南坪区2009年计划，十二年，一二三年"
    with pytest.raises(ValueError):
        chinese_year("二十一")


def test_a_page_that_starts_at_its_first_part_takes_the_year_from_it(tmp_path: Path) -> None:
    page = tmp_path / "excerpt.txt"
    page.write_text(
        "一、2019年国民经济和社会发展基本情况\n"
        "溪口市南坪区经济社会平稳发展。主要指标完成情况如下：\n"
        "——地区生产总值452.4亿元，增长7.0%；\n"
        "——一般公共预算收入39.9亿元，增长6.4%。\n",
        encoding="utf-8",
    )
    report = parse_file(page)
    assert (report.meta.year, report.meta.plan_year) == (2019, 2020)
    assert [(p.number, p.role) for p in report.parts] == [("一", "execution")]


def test_a_completion_of_the_plan_names_its_indicator_and_drops_the_plan_value() -> None:
    figures = extract_figures("全区地区生产总值512亿元，完成年计划560亿元的91.4%，增长3.0%。", kind="outcome", year=2021)
    assert [(f.indicator, f.value, f.measure) for f in figures] == [
        ("地区生产总值", "512", "amount"), ("地区生产总值", "91.4", "completion"), ("地区生产总值", "3.0", "growth")]


def test_a_higher_striving_target_is_at_least_and_of_the_same_indicator() -> None:
    figures = extract_figures("1、社会消费品零售总额可比价增长11%；期成增长13%。", kind="target", year=2011)
    assert [(f.indicator, f.value, f.qualifier) for f in figures] == [
        ("社会消费品零售总额", "11", "exact"), ("社会消费品零售总额", "13", "at_least")]


def test_a_title_place_is_completed_by_a_subtitle_below_the_head() -> None:
    from drafter.structure.places import completed_in

    assert completed_in("南坪区", "——2021年3月1日在溪口市南坪区第五届人民代表大会第五次会议上") == "溪口市南坪区"
    assert completed_in("南坪区", "建议南坪区加快发展") == "南坪区"  # 建议 is no place


def test_a_title_label_and_a_breadcrumb_are_not_the_title(tmp_path: Path) -> None:
    page = tmp_path / "labelled.txt"
    page.write_text(
        "网站首页 大会机构 文件公告\n所在位置: 首页 > 文件公告\n"
        "溪口市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n"
        "一、2019年国民经济和社会发展计划执行情况\n地区生产总值452.4亿元，增长7.0%。\n"
        "二、2020年国民经济和社会发展计划草案\n地区生产总值增长6%左右。\n",
        encoding="utf-8",
    )
    assert parse_file(page).meta.region == "溪口市"
    page.write_text(
        "南坪区发展和改革局\n标题: 关于南坪区2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n"
        "一、2019年国民经济和社会发展计划执行情况\n地区生产总值452.4亿元，增长7.0%。\n"
        "二、2020年国民经济和社会发展计划草案\n地区生产总值增长6%左右。\n",
        encoding="utf-8",
    )
    assert parse_file(page).meta.title.endswith("关于南坪区2019年国民经济和社会发展计划执行情况与2020年计划草案的报告")
    assert parse_file(page).meta.title.startswith(("标题", "关于"))


def test_a_list_after_respectively_with_an_opening_about_and_a_span_after_it() -> None:
    figures = extract_figures("工业总产值、建筑业总产值分别增长约8.5%、12%，两年均实现平稳增长。", kind="outcome", year=2021)
    assert [(f.indicator, f.value, f.qualifier) for f in figures] == [
        ("工业总产值", "8.5", "about"), ("建筑业总产值", "12", "about")]


def test_a_subject_naming_two_things_and_a_list_that_lost_its_separator() -> None:
    figures = extract_figures("一般公共预算收支分别增长4.4%、6.1%。", kind="outcome", year=2021)
    assert [f.indicator for f in figures] == ["一般公共预算收入", "一般公共预算支出"]
    figures = extract_figures("本外币存、贷款余额分别比年初增长18.8%33.7%。", kind="outcome", year=2009)
    assert [(f.indicator, f.value) for f in figures] == [("本外币存款余额", "18.8"), ("本外币贷款余额", "33.7")]
