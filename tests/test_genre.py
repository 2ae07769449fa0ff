"""The genre family (issue 9): execution reports, plans, excerpts and reviews read as reports;
region and years as a user names them; look-alikes refused saying what they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CASES, SEED_2024
from invented_page import page_file

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
    report = parse_file(page_file(tmp_path, text.replace("聊城市东昌府区人民政府\n", "")))
    assert report.meta.region == "东昌府区"  # no line names the city: the short name


def test_the_archive_name_is_used_and_said(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    ingest_file(SEED_2024, archive, region="天津市河北区")
    text = SEED_2024.read_text(encoding="utf-8").replace("天津市河北区", "河北区")
    result = ingest_file(page_file(tmp_path, text), archive, force=True)
    assert result.report.meta.region == "天津市河北区"
    assert len(result.notes) == 1 and "“河北区”" in result.notes[0]


def test_streaks_are_no_figures() -> None:
    figures = extract_figures("一般公共预算收入完成30亿元，连续四年保持正增长，工业增加值增速连续3年居全市第一。")
    assert [(f.indicator, f.value, f.unit) for f in figures] == [
        ("一般公共预算收入", "30", "亿元"), ("工业增加值增速", "一", "")]


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
        result = run("ingest", page_file(tmp_path, text, name), "--archive", archive)
        assert result.exit_code == 0, result.output
    assert "类型：计划执行情况（只有执行情况部分）" in result.stdout
    assert run("show", "2022", "--archive", archive).exit_code == 0
    assert run("figures", "2023", "--archive", archive).exit_code == 0
    diff = run("diff", "2022", "2023", "--archive", archive)
    assert diff.exit_code in (0, 1), diff.output
    assert "重点项目" in diff.stdout and "105个" in diff.stdout  # the plan's target met by the report's outcome
    draft = run("draft", "2023", "--archive", archive, "-o", tmp_path / "d.docx")  # built on the plan alone
    assert draft.exit_code == 0, draft.output


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


# --- reading the page (issue 9, fourth fixing round) -----------------------------------------


def test_a_title_with_its_place_after_each_year() -> None:
    m = read_title("2021年南坪区国民经济和社会发展计划执行情况及2022年南坪区国民经济和社会发展计划草案")
    assert m is not None and (m.kind, m.year, m.plan_year, m.region) == ("report", 2021, 2022, "南坪区")
    # in a sentence the place after the year is no title's form (a news item's 关于2022年某市…)
    assert read_title("为做好关于2022年溪口市国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告初审工作", sentence=True) is None


def test_social_undertakings_is_a_plans_subject() -> None:
    m = read_title("关于某旗2020年国民经济和社会事业发展计划执行情况与2021年国民经济和社会事业发展计划草案的报告")
    assert m is not None and (m.kind, m.year, m.plan_year) == ("report", 2020, 2021)


def test_a_shared_copy_headed_by_its_file_name(tmp_path: Path) -> None:
    report = parse_file(page_file(tmp_path, (
        "2021年南坪区国民经济和社会发展计划执行情况及2022年南坪区国民经济和社会发展计划草案.doc\n"
        "《2021年南坪区…计划草案.doc》由会员分享，可在线阅读（12页珍藏版）。\n"
        "1、各位代表：现将有关情况报告如下。相关指标预计完成情况如下：地区生产总值完成350亿元，增长7.5%左右；"
        "一般公共预算收入完成26.1亿元，增长9.1%。\n")))
    assert (report.meta.kind, report.meta.region, report.meta.year, report.meta.plan_year) == ("report", "南坪区", 2021, 2022)
    assert not report.meta.title.endswith(".doc")
    assert [(f.indicator, f.value) for f in report.figures][:2] == [("地区生产总值", "350"), ("地区生产总值", "7.5")]


@pytest.mark.parametrize(
    "text",
    [
        # the congress's resolution with its heading and adoption line
        "溪口市南坪区第五届人民代表大会第三次会议关于2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划的决议\n"
        "（2023年1月12日溪口市南坪区第五届人民代表大会第三次会议通过）\n"
        "溪口市南坪区第五届人民代表大会第三次会议审查了区人民政府提出的《关于2022年国民经济和社会发展计划执行情况与"
        "2023年国民经济和社会发展计划草案的报告》，同意区人民代表大会财政经济委员会的审查结果报告。会议决定，批准这个报告，"
        "批准2023年国民经济和社会发展计划。\n",
        # the resolution without its heading, starting at the adoption line
        "（2023年1月12日溪口市南坪区第五届人民代表大会第三次会议通过）\n"
        "溪口市南坪区第五届人民代表大会第三次会议听取和审查了区人民政府提出的《关于南坪区2022年国民经济和社会发展计划执行情况"
        "与2023年国民经济和社会发展计划草案的报告》，决定批准这个报告，批准南坪区2023年国民经济和社会发展计划。\n",
    ],
)
def test_a_congress_resolution_on_the_report_is_a_review(tmp_path: Path, text: str) -> None:
    report = parse_file(page_file(tmp_path, text))
    assert (report.meta.kind, report.meta.year, report.meta.plan_year) == ("review", 2022, 2023)
    assert report.meta.region.endswith("南坪区") and not report.figures


def test_an_interpretation_of_the_report_is_refused_saying_so(tmp_path: Path) -> None:
    page = page_file(tmp_path, (
        "标题：| 关于《南坪区2021年国民经济和社会发展计划执行情况与2022年计划（草案）》的解读 | ||\n"
        "一、起草背景和过程\n"
        "为充分总结2021年国民经济和社会发展计划执行情况，科学谋划2022年国民经济和社会发展计划，区发改局牵头起草该文件。\n"
        "二、主要内容\n"
        "文件共分为三个部分。第一部分是2021年经济社会发展情况总结。\n"))
    with pytest.raises(InputError, match="解读"):
        parse_file(page)


def test_a_news_item_opening_on_its_dateline_is_refused_as_news(tmp_path: Path) -> None:
    page = page_file(tmp_path, (
        "5月9日，副区长王五主持召开南坪区人民政府2022年第7次常务会议，李六、赵七参加会议。\n"
        "会议研究了《南坪区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案报告》，原则同意该报告。\n"))
    with pytest.raises(InputError, match="新闻报道"):
        parse_file(page)


def test_a_news_lead_before_the_document_restates_its_targets(tmp_path: Path) -> None:
    report = parse_file(page_file(tmp_path, (
        "日前，某省人民政府发布的《2023年某省国民经济和社会发展计划》提出，加快建设现代化产业体系。\n"
        "《计划》提出，力争全年新增光伏装机300万千瓦以上，新能源发电量超过80亿千瓦时。\n"
        "原文如下：\n"
        "某省人民政府关于下达2023年某省国民经济和社会发展计划的通知\n"
        "各市人民政府，省直各部门：\n"
        "《2023年某省国民经济和社会发展计划》已经省十四届人大一次会议审议批准，现下达给你们，请认真贯彻执行。\n")))
    assert (report.meta.kind, report.meta.year, report.meta.plan_year) == ("plan", 2022, 2023)
    assert [p.role for p in report.front][:2] == ["lead", "lead"]
    assert [(f.value, f.unit, f.kind, f.period) for f in report.figures] == [
        ("300", "万千瓦", "target", 2023), ("80", "亿千瓦时", "target", 2023)]


def test_a_news_lead_of_outcomes_gives_outcomes() -> None:
    from drafter.structure.genre import lead_kind, news_lead

    assert lead_kind("报告显示，全市地区生产总值完成520亿元，同比增长6.1%。", 2024) == "outcome"
    assert lead_kind("报告指出2024年的主要任务，新建充电桩4万个以上。", 2024) == "target"
    assert news_lead(["某市发布计划报告。", "全文如下：", "各位代表："]) == 1
    assert news_lead(["各位代表：", "受市人民政府委托，现将有关情况报告如下："]) is None


@pytest.mark.parametrize(
    ("title", "kind", "years"),
    [
        # a government office issuing the report: the document is the report, not a plan
        ("某区人民政府办公室关于印发《关于某区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划的报告》的通知",
         "report", (2022, 2023)),
        # a press digest of a half-year report
        ("副市长张三作关于2020年上半年国民经济和社会发展计划执行情况的报告。报告指出，", "execution", (2020, 2021)),
    ],
)
def test_documents_issuing_or_digesting_the_report_take_its_kind(title: str, kind: str, years: tuple[int, int]) -> None:
    m = read_title(title)
    assert m is not None and (m.kind, (m.year, m.plan_year)) == (kind, years)


def test_a_space_before_a_per_cent_sign_goes() -> None:
    from drafter.normalize import normalize_text

    assert normalize_text("当月增长16.9 %") == "当月增长16.9%"
    assert normalize_text("6.5 % 7", table=True) == "6.5 % 7"


def test_a_gateways_pinyin_glosses_go_even_inside_words() -> None:
    from drafter.normalize import normalize_text, simplified_converter

    assert normalize_text("新能源裝機規(guī)模超過9000萬千瓦") == "新能源裝機規模超過9000萬千瓦"
    assert normalize_text("經(jīng)濟的(de)發(fā)展") == "經濟的發展"  # a neutral tone beside marked ones
    assert normalize_text("按(a)类计") == "按（a）类计"  # no marked gloss: a list's letter stays
    assert simplified_converter()("發(fā)電量超過1500億千瓦時") == "发电量超过1500亿千瓦时"


def test_texts_about_the_report_and_a_report_page_linking_to_one() -> None:
    from drafter.structure.genre import about_report, news_lead

    assert about_report(["一图读懂2023年某区国民经济和社会发展计划"]) == "报告解读"
    assert about_report(["市发改委负责人就《2024年某市国民经济和社会发展计划》答记者问"]) == "报告解读"
    assert about_report(["某县2022年国民经济和社会发展计划草案解读"]) == "报告解读"
    # a report page's link to its interpretation is no title
    assert about_report(["相关解读：关于《某区2023年计划报告》的解读", "【政策解读】关于《某区2023年计划》的解读"]) == ""
    assert about_report(["关于某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"]) == ""
    assert news_lead(["日前，某市发布计划报告，力争全年增长6%。", "以下为报告全文："]) == 1
    assert about_report(["当前位置：首页 > 专题专栏 > 报告解读", "栏目：报告解读"]) == ""


def test_a_press_digest_opening_on_its_dateline_is_no_news_item() -> None:
    from drafter.structure.genre import news_item

    digest = ["1月12日，市十五届人大三次会议在市会议中心开幕，市发改委主任张三在会议上作关于2023年计划执行情况的报告。",
              "报告指出，全市地区生产总值增长6.1%，一般公共预算收入增长5.2%，固定资产投资增长8%。出席会议的有…"]
    assert not news_item(digest)
    assert news_item([digest[0], "会议听取了报告。出席会议的有市领导。"])


def test_a_shared_copys_page_fragments_run_on(tmp_path: Path) -> None:
    report = parse_file(page_file(tmp_path, (
        "2021年南坪区国民经济和社会发展计划执行情况及2022年南坪区国民经济和社会发展计划草案.doc\n"
        "《2021年南坪区…计划草案.doc》由会员分享，可在线阅读（12页珍藏版）。\n"
        "1、各位代表：现将有关情况报告如下。地区生产总值完成350亿元，增长7.5%左右；一般公共预算收\n"
        "2、入完成26.1亿元，增长9.1%。\n")))
    assert [(f.indicator, f.value) for f in report.figures] == [
        ("地区生产总值", "350"), ("地区生产总值", "7.5"), ("一般公共预算收入", "26.1"), ("一般公共预算收入", "9.1")]
    assert not any("珍藏版" in p.text or p.text.startswith("1、") for _, _, p in report.paragraphs())


@pytest.mark.parametrize(
    ("title", "kind", "years"),
    [
        ("关于某县2021年国民经济与社会发展计划执行情况与2022年国民经济与社会发展计划草案的报告", "report", (2021, 2022)),
        ("关于某区2023年1—6月国民经济和社会发展计划执行情况的报告", "execution", (2023, 2024)),
        ("关于某区2023年1至9月国民经济和社会发展计划执行情况的报告", "execution", (2023, 2024)),
    ],
)
def test_title_variants(title: str, kind: str, years: tuple[int, int]) -> None:
    m = read_title(title)
    assert m is not None and (m.kind, (m.year, m.plan_year)) == (kind, years)


def test_a_news_lead_telling_results_then_targets(tmp_path: Path) -> None:
    report = parse_file(page_file(tmp_path, (
        "日前，某市发展和改革委员会发布关于某市2023年国民经济和社会发展计划执行情况及2024年计划草案的报告。\n"
        "报告显示，2023年全市地区生产总值同比增长6.1%。报告提出，2024年全市地区生产总值增长5.5%左右。\n"
        "原文如下：\n"
        "各位代表：\n"
        "受市人民政府委托，现将2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案提请审议。\n"
        "一、2023年国民经济和社会发展计划执行情况\n"
        "全市经济运行稳中向好。\n")))
    lead = [(f.value, f.kind, f.period) for f in report.figures if f.section == "前言"]
    assert lead == [("6.1", "outcome", 2023), ("5.5", "target", 2024)]


# --- reading the page (issue 9, real4 fixing round) ------------------------------------------


def test_a_half_year_report_without_title_takes_its_year_from_its_delivery_date(tmp_path: Path) -> None:
    report = parse_file(page_file(tmp_path, (
        "—2019年8月28日在县十五届人大常委会第12次会议上\n"
        "溪口县发展和改革委员会主任 王五\n"
        "尊敬的常委会各位组成人员：\n"
        "下面，我受县政府委托，将我县今年上半年经济社会发展计划执行情况报告如下，请予审议。\n"
        "今年上半年，预计全县完成生产总值56.2亿元，同比增长7.1%；固定资产投资31亿元，同比增长9.3%。\n"
        "（一）项目建设扎实推进。上半年新开工项目12个。\n")))
    assert (report.meta.kind, report.meta.region, report.meta.year, report.meta.plan_year) == (
        "execution", "溪口县", 2019, 2020)


def test_years_named_relative_to_the_delivery() -> None:
    from drafter.structure.genre import dated

    assert dated("将今年上半年经济社会发展计划执行情况报告如下", 2019) == "将2019年上半年经济社会发展计划执行情况报告如下"
    m = read_title(dated("现将去年国民经济和社会发展计划执行情况和今年计划草案报告如下", 2020), sentence=True)
    assert m is not None and (m.kind, m.year, m.plan_year) == ("report", 2019, 2020)
    assert dated("比上年增长6%，今年以来", 2020) == "比上年增长6%，今年以来"  # no document named


def test_without_a_delivery_date_a_relative_year_is_no_year(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--year"):
        parse_file(page_file(tmp_path, (
            "溪口县发展和改革委员会主任 王五\n"
            "下面，我受县政府委托，将我县今年上半年经济社会发展计划执行情况报告如下，请予审议。\n"
            "一、上半年经济运行情况\n预计全县完成生产总值56.2亿元，同比增长7.1%。\n")))


def test_a_delivery_date_in_chinese_numerals(tmp_path: Path) -> None:
    from drafter.numerals import arabic_dates

    assert arabic_dates("——二〇二一年三月一日在") == "——2021年3月1日在"
    assert arabic_dates("二○一五年十二月三十一日") == "2015年12月31日"
    report = parse_file(page_file(tmp_path, (
        "——二〇一九年八月二十八日在县十五届人大常委会第12次会议上\n"
        "溪口县发展和改革委员会主任 王五\n"
        "下面，我受县政府委托，将今年上半年全县经济社会发展计划执行情况报告如下，请予审议。\n"
        "一、主要指标完成情况\n预计全县完成生产总值56.2亿元，同比增长7.1%。\n")))
    assert (report.meta.delivered, report.meta.year, report.meta.region) == ("2019-08-28", 2019, "溪口县")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a verb or preposition before a place is never part of its name
        ("结合南坪区2022年各领域发展情况", ["南坪区"]),
        ("全面融入溪口市南坪区", ["溪口市南坪区"]),
        ("对标浦东新区", ["浦东新区"]),
        ("助力南坪区", ["南坪区"]),
        ("服务南坪区", ["南坪区"]),
        ("会议同意南坪区2022年国民经济和社会发展计划", ["南坪区"]),
        ("团结带领全体南坪区、溪口县", ["南坪区", "溪口县"]),
        ("深化与南坪区、溪口县", ["南坪区", "溪口县"]),
        # a name that opens with a one-character preposition or a two-character word stays whole
        ("佳木斯市向阳区", ["佳木斯市向阳区"]),
        ("甘南州合作市", ["甘南州合作市"]),
    ],
)
def test_a_place_starts_at_its_parent_or_after_a_verb(text: str, places: list[str]) -> None:
    assert places_in(text) == places


def test_a_verb_before_the_title_place_is_no_parent(tmp_path: Path) -> None:
    report = parse_file(page_file(tmp_path, (
        "关于《南坪区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案》征询公众意见的公告\n"
        "结合南坪区2022年发展情况，区发改委正在开展报告的制定工作，现公开征求意见。\n"
        "溪口市南坪区发展和改革委员会\n"
        "2022年11月18日\n"
        "一、2022年国民经济和社会发展计划执行情况\n"
        "全区地区生产总值增长5%。\n")))
    assert report.meta.region == "溪口市南坪区"
