"""How a page names its document, its place and its years: one rule test per convention of the
real published-page sets (tests/real*/README.md) and per form such pages may still take, each
on a short invented page."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_file, page_reading, plan_body

from drafter.errors import InputError
from drafter.ingest import parse_file
from drafter.structure.genre import read_title
from drafter.structure.places import places_in, region_from

BODY = plan_body(2021)


# --- region ------------------------------------------------------------------------------------


def test_the_parent_written_in_an_address_line_completes_the_place(tmp_path: Path) -> None:
    text = "关于南坪区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n" + BODY
    text += "地址：溪口市南坪区府前路1号 邮编：100000\n"
    assert page_reading(tmp_path, text)[1] == "溪口市南坪区"


def test_a_passing_mention_of_the_city_elsewhere_is_no_parent(tmp_path: Path) -> None:
    text = ("关于南坪区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n"
            "各位代表：\n受区人民政府委托，现将有关情况报告如下。全区主动融入溪口市发展大局。\n" + BODY)
    assert page_reading(tmp_path, text)[1] == "南坪区"


def test_a_page_naming_only_its_province_by_its_short_name() -> None:
    assert region_from("", ["奋力谱写新福建建设的崭新篇章"], "全省地区生产总值增长6%，全省上下") == "福建省"
    assert region_from("", ["奋力谱写新福建建设的崭新篇章"], "全区地区生产总值增长6%") == ""


def test_a_city_written_as_a_level_or_an_area_is_no_parent() -> None:
    # 石家庄市级以上 names a level of the city, 苏州市域 its area: neither is written before the place
    assert region_from("新乐市", ["石家庄市级以上重点项目12个，新乐市"], "") == "新乐市"
    assert region_from("相城区", ["打造苏州市域新中心，相城区"], "") == "相城区"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("宁波市慈溪市人民政府", ["宁波市慈溪市"]),  # a county-level city after its prefecture city
        ("锡林郭勒盟行政公署", ["锡林郭勒盟"]),  # a league stands alone
        ("内蒙古自治区包头市昆都仑区", ["包头市昆都仑区"]),
    ],
)
def test_places_of_every_level(text: str, places: list[str]) -> None:
    assert places_in(text) == places


def test_a_county_level_city_with_its_prefecture_city_before_it(tmp_path: Path) -> None:
    text = ("关于2021年宁波市慈溪市国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n" + BODY)
    assert page_reading(tmp_path, text)[1:] == ("宁波市慈溪市", 2021, 2022)


def test_the_only_place_in_the_footer_of_the_site(tmp_path: Path) -> None:
    text = ("国民经济和社会发展计划执行情况与计划草案的报告\n"
            "各位代表：\n受区人民政府委托，现将2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案提请审议。\n"
            + BODY)
    with pytest.raises(InputError, match="--region"):
        parse_file(page_file(tmp_path, text))
    for footer in ("主办：南坪区人民政府 承办：南坪区政务服务中心", "南坪区人民政府 版权所有"):
        assert page_reading(tmp_path, text + footer + "\n网站标识码：0000000000\n")[1:] == ("南坪区", 2021, 2022)
    # a place the text names comes before the footer's
    assert page_reading(tmp_path, text.replace("受区人民政府", "受溪口市南坪区人民政府") + "主办：溪口市人民政府\n")[1] == "溪口市南坪区"


def test_a_page_naming_no_place_asks_for_the_region_and_reads_with_it(tmp_path: Path) -> None:
    text = ("国民经济和社会发展计划执行情况及国民经济和社会发展计划草案的报告\n时间:2022-03-27 10:17:00\n"
            "国民经济和社会发展计划执行情况及国民经济和社会发展计划草案的报告\n各位代表:\n"
            "受县人民政府委托，现将2007年国民经济和社会发展计划执行情况及2008年国民经济和社会发展计划草案提请县第十六届人大二次会议审议。\n"
            "一、2007年国民经济和社会发展计划执行情况\n全县地区生产总值24.9亿元，增长10.0%。\n")
    with pytest.raises(InputError, match="--region"):
        parse_file(page_file(tmp_path, text))
    assert page_reading(tmp_path, text, region="某县") == ("report", "某县", 2007, 2008)


# --- years ---------------------------------------------------------------------------------------


def test_a_title_with_its_year_in_chinese_numerals_and_its_place_after_it() -> None:
    m = read_title("关于二〇二一年上半年南坪区国民经济和社会发展计划执行情况的报告")
    assert m is not None and (m.kind, m.year, m.plan_year, m.region) == ("execution", 2021, 2022, "南坪区")
    m = read_title("二〇二一年南坪区国民经济和社会发展计划执行情况与二〇二二年南坪区国民经济和社会发展计划草案")
    assert m is not None and (m.kind, m.year, m.plan_year, m.region) == ("report", 2021, 2022, "南坪区")


def test_an_excerpt_of_part_two_takes_the_year_before_its_plan_year(tmp_path: Path) -> None:
    text = ("二、2022年国民经济和社会发展计划草案\n"
            "溪口市南坪区2022年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n")
    meta = parse_file(page_file(tmp_path, text)).meta
    assert (meta.kind, meta.year, meta.plan_year) == ("excerpt", 2021, 2022)


# --- kinds of document ------------------------------------------------------------------------------


def test_a_title_split_over_three_lines(tmp_path: Path) -> None:
    text = ("关于南坪区2021年国民经济和\n社会发展计划执行情况与2022年国民\n经济和社会发展计划草案的报告\n" + BODY)
    assert page_reading(tmp_path, text) == ("report", "南坪区", 2021, 2022)


def test_a_title_split_over_three_lines_in_the_chrome(tmp_path: Path) -> None:
    text = ("南坪区人民政府\n当前位置：首页 > 政务公开 > 计划报告\n"
            "关于南坪区2021年国民经济和社会发展\n计划执行情况与2022年国民经济和\n社会发展计划草案的报告\n"
            "发布时间：2022-01-20 来源：南坪区发展和改革委员会\n" + BODY)
    assert page_reading(tmp_path, text) == ("report", "南坪区", 2021, 2022)


def test_an_opening_announcing_both_parts_under_a_title_without_year(tmp_path: Path) -> None:
    text = ("南坪区国民经济和社会发展计划执行情况与计划草案的报告\n各位代表：\n"
            "受区人民政府委托，现将南坪区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案提请大会审议。\n" + BODY)
    assert page_reading(tmp_path, text) == ("report", "南坪区", 2021, 2022)


@pytest.mark.parametrize(
    ("title", "kind", "years"),
    [
        ("关于南坪区2021年国民经济和社会发展计划上半年执行情况的报告", "execution", (2021, 2022)),
        ("关于南坪区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告（摘要）", "report", (2021, 2022)),
        ("南坪区人民政府关于印发南坪区2022年国民经济和社会发展计划的通知", "plan", (2021, 2022)),
        ("南坪区人民政府关于转发2022年国民经济和社会发展计划的通知", "plan", (2021, 2022)),
        ("关于2021年上半年国民经济和社会发展计划执行情况的审查意见", "review", (2021, 2022)),
        ("关于南坪区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的审查结果报告", "review", (2021, 2022)),
        # a review of the plan alone
        ("关于南坪区2022年国民经济和社会发展计划草案的审查结果报告", "review", (2021, 2022)),
        ("南坪区人大财政经济委员会关于2022年国民经济和社会发展计划草案审查结果的报告", "review", (2021, 2022)),
    ],
)
def test_more_title_kinds(title: str, kind: str, years: tuple[int, int]) -> None:
    m = read_title(title)
    assert m is not None and (m.kind, (m.year, m.plan_year)) == (kind, years)


def test_a_draft_under_a_call_for_comments_is_the_report(tmp_path: Path) -> None:
    text = ("关于《南坪区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案》征询公众意见的公告\n"
            "现将报告（征求意见稿）公开征求意见。电子邮件地址：abc@example.cn 邮编：100000\n"
            "溪口市南坪区发展和改革委员会\n2021年11月18日\n" + BODY)
    assert page_reading(tmp_path, text) == ("report", "溪口市南坪区", 2021, 2022)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("南坪区2022年政府工作报告\n各位代表：\n现在，我代表区人民政府向大会报告政府工作。\n"
         "一、2021年工作回顾\n全区地区生产总值452.4亿元，增长7.0%。\n", "政府工作报告"),
        ("南坪区人大常委会召开第十二次会议\n本报讯（记者 张三）8月28日，区人大常委会召开第十二次会议。"
         "会议听取和审议了《关于2021年上半年国民经济和社会发展计划执行情况的报告》。会议指出，上半年全区经济稳中向好。"
         "区人大常委会主任李四主持会议。\n", "新闻报道"),
    ],
)
def test_look_alikes_are_refused_saying_what_they_are(tmp_path: Path, text: str, what: str) -> None:
    with pytest.raises(InputError, match=what):
        parse_file(page_file(tmp_path, text))


def test_a_gazetteer_on_the_history_of_planning_is_refused(tmp_path: Path) -> None:
    text = ("第一节 长期计划的编制与执行\n南坪县长期规划的编制始于1957年。根据省的部署，县计委编制了"
            "1958年至1962年发展规划，提出粮食总产量达到1.5亿公斤，实际完成计划的92.3%。\n")
    with pytest.raises(InputError, match="不是一份国民经济和社会发展计划报告"):
        parse_file(page_file(tmp_path, text))


def test_rule_lines_and_font_size_widgets_above_the_title_are_chrome(tmp_path: Path) -> None:
    text = ("-\n-\n字大\n-\n字小\n"
            "某某盟行政公署关于下达2018年全盟国民经济和社会发展计划的通知\n"
            "各旗县市（区）人民政府，行署各委、办、局：\n"
            "《2018年某某盟国民经济和社会发展计划》已经审议通过，现予下达，请认真贯彻落实。\n"
            "一、2018年经济社会发展的主要预期目标\n地区生产总值增长6.5%左右。\n")
    kind, region, year, plan_year = page_reading(tmp_path, text)
    assert (kind, region, year, plan_year) == ("plan", "某某盟", 2017, 2018)
    assert parse_file(page_file(tmp_path, text)).meta.title.startswith("某某盟行政公署")


def test_a_title_naming_this_year_under_its_delivery_line(tmp_path: Path) -> None:
    text = ("关于今年上半年国民经济和社会发展计划执行情况的报告\n"
            "——2019年8月28日在溪口市南坪区第五届人大常委会第十次会议上\n"
            "南坪区发展和改革局局长 张三\n"
            "一、上半年计划执行情况\n全区地区生产总值增长6.1%。\n")
    assert page_reading(tmp_path, text) == ("execution", "溪口市南坪区", 2019, 2020)
    meta = parse_file(page_file(tmp_path, text)).meta
    assert meta.title == "关于今年上半年国民经济和社会发展计划执行情况的报告"  # as written
    # without the delivery line, no year is read
    with pytest.raises(InputError, match="--year"):
        parse_file(page_file(tmp_path, text.replace("——2019年8月28日在溪口市南坪区第五届人大常委会第十次会议上\n", "")))


@pytest.mark.parametrize(
    "period", ["1-11月", "1—10月", "三季度", "第一季度", "1至5月", "前三季度"])
def test_a_title_of_any_part_of_the_year(period: str) -> None:
    m = read_title(f"关于南坪区2021年{period}国民经济和社会发展计划执行情况的报告")
    assert m is not None and (m.kind, m.year, m.plan_year) == ("execution", 2021, 2022)


HALF_YEAR = "一、上半年计划执行情况\n全区地区生产总值增长6.1%。\n二、下半年工作安排\n力争全年增长6%左右。\n"


@pytest.mark.parametrize(
    "head",
    [
        # a delivery line in brackets, the standing committee's salutation
        "（2019年8月28日在南坪区第五届人大常委会第十次会议上）\n南坪区发展和改革局局长 张三\n主任、各位副主任、各位委员：\n"
        "我受区人民政府委托，向本次会议报告今年上半年国民经济和社会发展计划执行情况，请予审议。\n",
        # the delivery line and the speaker on one line
        "——2019年8月28日在南坪区第五届人大常委会第十次会议上 南坪区发展和改革局局长 张三\n各位委员：\n"
        "我受区人民政府委托，将今年上半年国民经济和社会发展计划执行情况报告如下。\n",
        # the title under the delivery line in brackets
        "关于今年上半年国民经济和社会发展计划执行情况的报告\n（二〇一九年八月二十八日在南坪区第五届人大常委会第十次会议上）\n",
        # a title naming the part of the year alone
        "关于上半年全区国民经济和社会发展计划执行情况的报告\n——2019年8月28日在南坪区第五届人大常委会第十次会议上\n",
    ],
)
def test_a_half_year_report_delivered_in_a_year_reports_on_it(tmp_path: Path, head: str) -> None:
    meta = parse_file(page_file(tmp_path, head + HALF_YEAR)).meta
    assert (meta.kind, meta.region, meta.year, meta.plan_year, meta.delivered) == (
        "execution", "南坪区", 2019, 2020, "2019-08-28")


def test_a_two_part_report_naming_last_year_and_this_year(tmp_path: Path) -> None:
    text = ("——2020年1月8日在南坪区第五届人民代表大会第四次会议上\n各位代表：\n"
            "受区人民政府委托，现将去年国民经济和社会发展计划执行情况和今年国民经济和社会发展计划草案提请大会审议。\n"
            "一、去年国民经济和社会发展计划执行情况\n全区地区生产总值增长6.1%。\n"
            "二、今年国民经济和社会发展计划草案\n地区生产总值增长6%左右。\n")
    assert page_reading(tmp_path, text) == ("report", "南坪区", 2019, 2020)


def test_a_session_document_header_above_the_title(tmp_path: Path) -> None:
    text = ("南坪区第五届人民代表大会第三次会议文件（8）\n"
            "关于2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n" + BODY)
    assert page_reading(tmp_path, text) == ("report", "南坪区", 2021, 2022)


def test_a_standing_committees_salutation_and_commission_are_front_matter(tmp_path: Path) -> None:
    from drafter.structure.patterns import SALUTATION_RE

    for line in ("尊敬的常委会各位组成人员：", "主任、各位副主任、秘书长、各位委员：", "尊敬的主任、各位副主任、各位委员："):
        assert SALUTATION_RE.match(line)
    assert not SALUTATION_RE.match("全区各位代表")
    report = parse_file(page_file(tmp_path, (
        "—2019年8月28日在县十五届人大常委会第12次会议上\n溪口县发展和改革委员会主任 王五\n尊敬的常委会各位组成人员：\n"
        "下面，我受县政府委托，将我县今年上半年经济社会发展计划执行情况报告如下，请予审议。\n"
        "今年以来，全县经济平稳运行。上半年，预计全县完成生产总值56.2亿元，同比增长7.1%。\n"
        "（一）项目建设扎实推进。上半年新开工项目12个。\n")))
    assert [p.text[:4] for p in report.front] == ["尊敬的常", "下面，我"]
    first = next(p for part, _, p in report.paragraphs() if part is not None)
    assert first.text.startswith("今年以来")


def test_a_province_is_never_prefixed_a_municipality_is() -> None:
    # a prefecture city (or a league) stands alone even where its province is written before it
    assert region_from("南坪市", ["安徽省南坪市人民政府"]) == "南坪市"
    assert region_from("", ["安徽省南坪市人民政府"]) == "南坪市"
    assert region_from("安徽省南坪市", ["关于安徽省南坪市2021年…"]) == "南坪市"  # the title's own place
    assert region_from("", ["内蒙古自治区某某盟行政公署"]) == "某某盟"
    # a province alone keeps its name; a municipality's district takes it
    assert region_from("", ["安徽省人民政府"]) == "安徽省"
    assert region_from("南坪区", ["上海市南坪区发展和改革委员会"]) == "上海市南坪区"
    assert region_from("南坪区", ["山东省溪口市南坪区人民政府"]) == "溪口市南坪区"


def test_a_city_site_names_the_prefecture_city_with_its_province(tmp_path: Path) -> None:
    text = ("安徽省南坪市人民政府\n"
            "关于2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n" + BODY.replace("全区", "全市"))
    assert page_reading(tmp_path, text)[1] == "南坪市"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("赴南坪区调研", ["南坪区"]),  # a one-character verb before a place
        ("促南坪区", ["南坪区"]),
        ("大庆市让胡路区", ["大庆市让胡路区"]),  # names opening with a verb's character stay whole
        ("驻马店市", ["驻马店市"]),
        ("来宾市兴宾区", ["来宾市兴宾区"]),
        ("溪口高新技术产业开发区管委会", ["溪口高新技术产业开发区"]),  # a zone's committee after its name
        ("溪口经济技术开发区管理委员会", ["溪口经济技术开发区"]),
    ],
)
def test_a_place_after_a_one_character_verb_and_before_a_zones_committee(text: str, places: list[str]) -> None:
    assert places_in(text) == places


def test_a_title_split_over_four_lines(tmp_path: Path) -> None:
    text = ("南坪区人民政府\n关于南坪区2021年\n国民经济和社会发展\n计划执行情况与2022年\n国民经济和社会发展计划草案的报告\n" + BODY)
    meta = parse_file(page_file(tmp_path, text)).meta
    assert (meta.kind, meta.year, meta.plan_year) == ("report", 2021, 2022)
    assert meta.title.endswith("计划草案的报告")


def test_an_excerpt_naming_neither_year_nor_place_asks_for_both(tmp_path: Path) -> None:
    text = ("二、下一步工作安排\n（一）稳增长。全区地区生产总值增长6%左右，一般公共预算收入增长5%。\n"
            "（二）促投资。固定资产投资增长8%。\n")
    with pytest.raises(InputError, match="--year 和 --region"):
        parse_file(page_file(tmp_path, text))
    with pytest.raises(InputError, match="--year") as refused:
        parse_file(page_file(tmp_path, text), region="某区")
    assert "--region" not in refused.value.message
    meta = parse_file(page_file(tmp_path, text), region="某区", year=2021).meta
    assert (meta.region, meta.year, meta.plan_year) == ("某区", 2021, 2022)


def test_a_title_only_in_the_breadcrumb(tmp_path: Path) -> None:
    text = ("当前位置：首页 > 计划总结 > 关于南坪区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n"
            "发布时间：2022-01-20\n" + BODY)
    assert page_reading(tmp_path, text) == ("report", "南坪区", 2021, 2022)
    # a breadcrumb ending at a section is no title: the page starting at part 一 is an excerpt
    text = "当前位置：首页 > 计划总结 > 发展规划\n发布时间：2022-01-20\n" + BODY
    assert page_reading(tmp_path, text, region="某区")[0] == "excerpt"


def test_a_two_part_title_without_its_closing_words(tmp_path: Path) -> None:
    text = ("您现在的位置：首页 > 政务公开 > 计划报告\n"
            "南坪区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案\n"
            "作者：区发改局  来源：南坪区发展和改革局  点击数：1234\n各位代表：\n" + BODY)
    meta = parse_file(page_file(tmp_path, text)).meta
    assert (meta.kind, meta.region, meta.year) == ("report", "南坪区", 2021)
    assert meta.title == "南坪区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案"


def test_a_departments_work_summary_is_refused_saying_so(tmp_path: Path) -> None:
    text = ("南坪区发展和改革局2021年工作总结和2022年工作计划\n一、2021年工作总结\n"
            "全区地区生产总值452.4亿元，增长7.0%；固定资产投资增长9%。\n二、2022年工作计划\n地区生产总值增长6%左右。\n")
    with pytest.raises(InputError, match="工作总结"):
        parse_file(page_file(tmp_path, text))


def test_an_organisation_is_never_the_region() -> None:
    assert region_from("", ["南坪区统计局", "南坪区发改局"]) == "南坪区"
    assert region_from("", ["南坪区人大常委会财政经济工作委员会"]) == "南坪区"


def test_a_press_digest_of_both_parts_is_the_report() -> None:
    m = read_title("省发改委主任张三作关于2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告。报告指出，")
    assert m is not None and (m.kind, m.year, m.plan_year) == ("report", 2018, 2019)


def test_a_plan_whose_first_part_reviews_the_past_year_is_a_plan(tmp_path: Path) -> None:
    text = ("南坪区2022年国民经济和社会发展计划\n一、2021年经济社会发展回顾\n"
            "2021年，全区地区生产总值452.4亿元，增长7.0%。\n二、2022年主要目标\n地区生产总值增长6%左右。\n")
    assert page_reading(tmp_path, text) == ("plan", "南坪区", 2021, 2022)


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("南坪区2022年国民经济和社会发展主要计划指标", True),
        ("2022年国民经济和社会发展计划主要指标表", True),
        ("南坪区2022年国民经济和社会发展预期指标", True),
        ("南坪区2021年国民经济和社会发展主要指标", False),  # a statistics bureau's table of outcomes
    ],
)
def test_a_plans_table_of_indicators_as_its_title(title: str, found: bool) -> None:
    m = read_title(title)
    assert (m is not None and (m.kind, m.plan_year) == ("plan", 2022)) if found else m is None


def test_the_plans_main_indicators_met_as_a_title() -> None:
    m = read_title("南坪区2021年国民经济和社会发展计划主要指标完成情况")
    assert m is not None and (m.kind, m.year, m.plan_year) == ("execution", 2021, 2022)


def test_a_delivery_date_alone_in_brackets_with_the_meeting_below(tmp_path: Path) -> None:
    text = ("关于今年上半年国民经济和社会发展计划执行情况的报告\n（2019年8月28日）\n"
            "在南坪区第五届人大常委会第十次会议上\n南坪区发展和改革局局长 张三\n" + HALF_YEAR)
    meta = parse_file(page_file(tmp_path, text)).meta
    assert (meta.kind, meta.year, meta.delivered, meta.meeting) == (
        "execution", 2019, "2019-08-28", "南坪区第五届人大常委会第十次会议")


def test_a_part_heading_naming_this_year_under_a_delivery_line(tmp_path: Path) -> None:
    text = ("——2019年8月28日在南坪区第五届人大常委会第十次会议上\n南坪区发展和改革局局长 张三\n"
            "一、今年上半年国民经济和社会发展计划执行情况\n全区地区生产总值增长6.1%。\n"
            "二、下半年工作安排\n力争全年增长6%左右。\n")
    meta = parse_file(page_file(tmp_path, text)).meta
    assert (meta.region, meta.year, meta.plan_year) == ("南坪区", 2019, 2020)
