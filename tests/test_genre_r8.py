"""Page reading (issue 9, sixth fixing round, branch fxpage3): the region a page names only in an
organ's conjunction, a slogan or a township's organs; the opening sentence after the salutation;
a two-part title without its first 计划; a table's caption of targets met; news of a congress
opening or of an inspection. One rule test per rule, each on an invented sentence or page."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report

from drafter.errors import InputError
from drafter.ingest import parse_file
from drafter.structure.genre import announced_report, news_item, read_title
from drafter.structure.patterns import part_role
from drafter.structure.places import places_in, slogan_place, township_in

BODY = (
    "一、2023年国民经济和社会发展计划执行情况\n"
    "2023年，全区实现地区生产总值310.5亿元，同比增长5.2%；一般公共预算收入21.4亿元，同比增长6.3%。\n"
    "二、2024年国民经济和社会发展计划草案\n"
    "2024年，全区地区生产总值增长6%左右，固定资产投资增长7%。\n"
)


# --- places ---------------------------------------------------------------------------------------


def test_the_level_after_a_conjunction_of_organs_is_the_organs_not_a_place() -> None:
    assert places_in("在区人大依法监督和区政协民主监督下，全区上下团结奋斗") == []
    assert places_in("在市委、市政府和县委的坚强领导下") == []
    # 和 opening a name, or standing in one, is no conjunction of organs
    assert places_in("沈阳市和平区政协委员") == ["沈阳市和平区"]


def test_a_place_named_only_in_two_kinds_of_slogan_takes_its_own_level() -> None:
    texts = ["全区上下奋力建设生态之城、幸福云溪，落实“云溪六条”措施，全区经济稳中有进。"]
    assert slogan_place(texts) == "云溪区"
    # one kind of slogan alone names nothing (幸福生活 is no place)
    assert slogan_place(["全区人民过上幸福生活，幸福生活更加美好"]) == ""


def test_a_page_naming_its_district_only_in_slogans_is_read_with_it(tmp_path: Path) -> None:
    page = (
        "各位代表：\n受区人民政府委托，现将我区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案提请大会审议。\n"
        "2023年，全区上下奋力建设“五个云溪”，新云溪新气象加快呈现。\n" + BODY
    )
    assert page_report(tmp_path, page).meta.region == "云溪区"


def test_a_township_is_named_by_its_own_organs() -> None:
    texts = ["石桥镇第三届人民代表大会第五次会议听取了石桥镇人民政府的报告。", "石桥镇坚持稳中求进。"]
    assert township_in(texts) == "石桥镇"
    # 城乡 and 乡镇 are words, never a township
    assert township_in(["统筹城乡人民政府服务，推进乡镇人大工作。"]) == ""


# --- titles and the opening ----------------------------------------------------------------------


def test_a_two_part_title_may_leave_its_first_plan_unsaid() -> None:
    m = read_title("关于南坪县2023年国民经济和社会发展执行情况与2024年国民经济和社会发展计划草案的报告")
    assert (m.kind, m.year, m.plan_year) == ("report", 2023, 2024)


def test_an_open_information_records_labels_are_not_the_titles(tmp_path: Path) -> None:
    title = "关于南坪县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"
    page = f"索引号：001/2024-00012\n名称：{title} 文号：\n" + BODY.replace("全区", "全县")
    meta = page_report(tmp_path, page).meta
    assert (meta.title, meta.kind, meta.region) == (title, "report", "南坪县")


def test_a_caption_of_targets_met_is_no_plan_title() -> None:
    assert read_title("2023年经济社会发展主要预期目标完成情况") is None
    assert read_title("2024年经济社会发展主要预期目标").kind == "plan"


def test_the_sentence_after_the_salutation_names_the_document(tmp_path: Path) -> None:
    page = (
        "南坪县人民政府办公室\n南坪县政务服务中心\n南坪县融媒体中心\n"
        "——2024年1月8日在南坪县第五届人民代表大会第三次会议上\n南坪县发展和改革局局长 王某\n各位代表：\n"
        "我受县人民政府委托，向大会报告关于南坪县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案，请予审议。\n"
        + BODY.replace("全区", "全县")
    )
    meta = page_report(tmp_path, page).meta
    assert (meta.kind, meta.year, meta.plan_year, meta.region) == ("report", 2023, 2024, "南坪县")


def test_a_column_heading_above_a_title_naming_its_place_is_not_the_titles(tmp_path: Path) -> None:
    page = "经济运行\n云溪市2023年国民经济和社会发展计划执行情况\n" + BODY.split("二、")[0].replace("全区", "全市")
    meta = page_report(tmp_path, page).meta
    assert (meta.title, meta.region, meta.kind) == ("云溪市2023年国民经济和社会发展计划执行情况", "云溪市", "execution")


def test_a_review_of_a_quoted_report_on_months_of_the_year(tmp_path: Path) -> None:
    page = (
        "石桥镇第三届人民代表大会第五次会议听取和审议了镇人民政府作的《石桥镇人民政府2023年1至9月国民经济和社会发展情况报告》。"
        "大会财政经济审查委员会对这个报告进行了审查，现将审查结果报告如下：\n"
        "一、2023年1至9月国民经济和社会发展情况总体是好的\n"
        "2023年以来，石桥镇坚持稳中求进工作总基调，经济社会平稳发展。\n"
        "二、对做好后几个月工作的建议\n石桥镇人民政府要抓好项目建设。\n"
    )
    meta = page_report(tmp_path, page).meta
    assert (meta.kind, meta.year, meta.region) == ("review", 2023, "石桥镇")


def test_a_part_telling_the_years_work_is_its_execution() -> None:
    assert part_role("一、2023年主要工作情况", 2023) == "execution"


def test_years_in_numerals_written_with_circles_in_a_part_heading(tmp_path: Path) -> None:
    page = (
        "各位代表：\n下面就我区有关工作作说明。\n"
        "一、二○一一年南坪区经济和社会发展情况\n全区地区生产总值完成88亿元，增长12%。\n"
        "二、二○一二年工作安排\n全区地区生产总值增长10%左右。\n"
    )
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    meta = parse_file(path, region="南坪区").meta  # the page names its place in no way drafter reads
    assert (meta.year, meta.plan_year) == (2011, 2012)


def test_an_opening_announcing_the_years_affairs_and_the_next_plan_is_a_report() -> None:
    m = announced_report("下面，就我区二○一一年的经济发展情况和二○一二年国民经济和社会发展计划安排作简要说明。")
    assert (m.kind, m.year, m.plan_year) == ("report", 2011, 2012)
    # two years that are not a year and its next one announce no report
    assert announced_report("回顾2019年的工作情况和2021年计划安排") is None


# --- news look-alikes ----------------------------------------------------------------------------


def test_news_of_a_congress_opening_signed_消息_is_news() -> None:
    texts = [
        "某某在线频道消息（王某）：12月7日，南坪区第五届人民代表大会第一次会议开幕。当日9时，区人大常委会主任宣布大会开幕。",
        "会议听取了南坪区2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案的报告。",
    ]
    assert news_item(texts)


def test_news_of_an_inspection_dated_below_its_headline_is_news() -> None:
    texts = [
        "欢迎访问南坪县发展和改革局网站", "当前位置：首页>>新闻动态>>正文",
        "县人大调研南坪县上半年国民经济和社会发展计划执行情况", "2023-07-10 审核人：",
        "7月9日，南坪县人大常委会副主任带队调研上半年计划执行情况。",
        "调研组实地察看了重点项目进展情况，在随后召开的座谈会上听取了县发改局的汇报。",
        "调研组认为，上半年全县经济保持平稳发展态势。",
    ]
    assert news_item(texts)


def test_a_report_opening_on_its_year_is_no_dateline_news(tmp_path: Path) -> None:
    page = (
        "南坪县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n"
        "各位代表：\n现将我县2023年计划执行情况和2024年计划草案提请大会审议。\n" + BODY.replace("全区", "全县")
    )
    try:
        meta = page_report(tmp_path, page).meta
    except InputError as err:  # pragma: no cover - the assertion says why
        pytest.fail(str(err))
    assert meta.kind == "report"
