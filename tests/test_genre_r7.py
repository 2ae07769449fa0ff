"""Page reading (issue 9, fifth fixing round, branch fxpage2): genre-family variants — a half-year
report naming its second part, long place names (development zones, autonomous counties), the
words before a place, the whole country as a region. One rule test per rule, each on an invented
sentence or page."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report, plan_body

from drafter.errors import InputError
from drafter.structure.places import places_in, region_from

# --- a half-year report and its second part -----------------------------------------------------

HALF_TITLE = "关于南坪区2023年上半年国民经济和社会发展计划执行情况和下半年工作安排的报告"
HALF_YEAR = (
    "——2023年8月25日在南坪区第十届人民代表大会常务委员会第十二次会议上\n"
    "南坪区发展和改革委员会主任 王某\n主任、各位副主任、各位委员：\n"
    "受区人民政府委托，现将我区2023年上半年国民经济和社会发展计划执行情况和下半年工作安排报告如下，请予审议。\n"
    "一、上半年国民经济和社会发展计划执行情况\n"
    "上半年，全区实现地区生产总值210.3亿元，同比增长5.6%；一般公共预算收入18.2亿元，同比增长7.1%。\n"
    "二、下半年工作安排\n"
    "下半年，全区将紧盯全年目标，力争全年地区生产总值增长6%左右，固定资产投资增长8%。\n"
)


@pytest.mark.parametrize(
    "title",
    [
        HALF_TITLE,
        # the second part named without 的报告, as a page's title line
        "南坪县2023年上半年国民经济和社会发展计划执行情况及下半年重点工作",
        "南坪县2023年1-9月国民经济和社会发展计划执行情况与第四季度工作打算",
        # the period after 计划, the government as the issuer before 关于
        "南坪县人民政府关于南坪县2023年国民经济和社会发展计划上半年执行情况和下半年工作建议的报告",
        # a note closing the title line
        "南坪县2023年上半年国民经济和社会发展计划执行情况和下半年工作安排（书面）",
        # a mid-year report on the economy titled without 计划
        "关于南坪县2023年上半年经济社会发展情况和下半年工作安排的报告",
    ],
)
def test_a_half_year_report_naming_its_second_part_is_an_execution_report(tmp_path: Path, title: str) -> None:
    report = page_report(tmp_path, title + "\n" + HALF_YEAR)
    meta = report.meta
    region = "南坪区" if "南坪区" in title else "南坪县"
    assert (meta.title, meta.kind, meta.year, meta.plan_year, meta.region) == (title, "execution", 2023, 2024, region)


@pytest.mark.parametrize(
    "title",
    [
        "关于南坪区2023年国民经济和社会发展计划半年执行情况的报告",
        "关于南坪区2023年1至6月份国民经济和社会发展计划执行情况的报告",
        "关于南坪区2023年1-9月份国民经济和社会发展计划执行情况的报告",
    ],
)
def test_a_period_written_as_半年_or_in_月份_is_a_part_of_the_year(title: str) -> None:
    from drafter.structure.genre import dated, read_title

    m = read_title(title)
    assert m is not None and (m.kind, m.year) == ("execution", 2023)
    # the 半年 of 上半年/下半年 is not dated on its own
    assert dated("将今年上半年计划执行情况和下半年工作计划报告如下", 2015) == "将2015年上半年计划执行情况和下半年工作计划报告如下"


def test_a_half_year_title_over_lines_is_joined_to_its_end(tmp_path: Path) -> None:
    # the line completing the title (和下半年工作安排的报告) joins it, though the first line reads alone
    title = "关于南坪区2023年上半年国民经济和社会发展计划执行情况\n和下半年工作安排的报告"
    meta = page_report(tmp_path, title + "\n" + HALF_YEAR).meta
    assert (meta.title, meta.kind, meta.year) == (title.replace("\n", ""), "execution", 2023)


def test_a_committees_opinion_on_a_half_year_report_is_a_review(tmp_path: Path) -> None:
    title = "南坪区人大常委会关于南坪区2023年上半年国民经济和社会发展计划执行情况的审议意见"
    meta = page_report(tmp_path, title + "\n" + HALF_YEAR).meta
    assert (meta.title, meta.kind, meta.year, meta.region) == (title, "review", 2023, "南坪区")


def test_a_half_year_reports_second_part_plans_the_same_year(tmp_path: Path) -> None:
    # part 一: the half-year's outcomes of 2023; part 二 (下半年): the report's plan part, tasks for the
    # rest of 2023 — its targets are 2023's, never the plan of 2024 (docs/LEDGER.md, rule 7)
    report = page_report(tmp_path, HALF_TITLE + "\n" + HALF_YEAR)
    assert [(p.number, p.role) for p in report.parts] == [("一", "execution"), ("二", "plan")]
    assert {(f.kind, f.period) for f in report.figures} == {("outcome", 2023), ("target", 2023)}
    assert [f.value for f in report.figures if f.kind == "outcome"] == ["210.3", "5.6", "18.2", "7.1"]


def test_a_half_year_report_turning_to_the_rest_of_its_year_without_a_heading(tmp_path: Path) -> None:
    # 下半年，…力争…: from there on the report's plan part, as under 二、下半年工作安排
    text = HALF_YEAR.replace("二、下半年工作安排\n", "").replace("上半年，全区实现", "（一）经济运行稳中向好\n上半年，全区实现")
    report = page_report(tmp_path, HALF_TITLE + "\n" + text)
    assert [p.role for p in report.parts] == ["execution", "plan"]
    assert {(f.kind, f.period) for f in report.figures} == {("outcome", 2023), ("target", 2023)}
    assert len([f for f in report.figures if f.kind == "outcome"]) == 4
    # a paragraph on the rest of the year telling what was done stays in part 一
    done = text.replace("下半年，全区将紧盯全年目标，力争全年地区生产总值增长6%左右，固定资产投资增长8%。",
                        "下半年，全区完成项目投资8亿元，同比增长5%。")
    assert [p.role for p in page_report(tmp_path, HALF_TITLE + "\n" + done).parts] == ["execution"]
    # a report on the whole year recounting its second half stays one part, whatever words it uses
    whole = "关于南坪区2023年国民经济和社会发展计划执行情况的报告\n" + text.replace("受区人民政府委托，现将我区2023年上半年", "受区人民政府委托，现将我区2023年")
    assert [p.role for p in page_report(tmp_path, whole).parts] == ["execution"]


def test_next_steps_in_a_report_on_part_of_a_year_are_the_rest_of_that_year(tmp_path: Path) -> None:
    # 二、下一步工作安排 after 上半年: the rest of 2023, as 下半年工作安排 is
    report = page_report(tmp_path, HALF_TITLE + "\n" + HALF_YEAR.replace("二、下半年工作安排", "二、下一步工作安排"))
    assert [p.role for p in report.parts] == ["execution", "plan"]
    assert {f.period for f in report.figures if f.kind == "target"} == {2023}
    # in a report on the whole year, the next steps are the plan of the next
    whole = "关于南坪区2023年国民经济和社会发展计划执行情况的报告\n" + HALF_YEAR.replace("二、下半年工作安排", "二、下一步工作安排")
    assert [p.role for p in page_report(tmp_path, whole).parts] == ["execution", "plan"]


def test_a_whole_report_keeps_its_plan_part(tmp_path: Path) -> None:
    # the rule reads only the rest of the report's own year: 二、2024年工作安排 is the plan of Y+1
    text = HALF_YEAR.replace("二、下半年工作安排", "二、2024年工作安排").replace("下半年，全区将紧盯全年目标，力争全年", "2024年")
    title = "关于南坪区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"
    report = page_report(tmp_path, title + "\n" + text)
    assert [p.role for p in report.parts] == ["execution", "plan"]
    assert {f.period for f in report.figures if f.kind == "target"} == {2024}


# --- long place names: a zone's rank and kind, the peoples of an autonomous county ----------------

BODY = plan_body(2023)
TWO_PARTS = "2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"


def test_a_zones_rank_and_kind_and_an_autonomous_countys_peoples_are_in_its_name() -> None:
    # the words between a place's own name and its suffix do not count in the own name's length
    assert places_in("推进溪口国家级经济技术开发区建设") == ["溪口国家级经济技术开发区"]
    assert places_in("溪口国家级经济技术开发区") == ["溪口国家级经济技术开发区"]
    assert places_in("溪口国家高新技术产业开发区") == ["溪口国家高新技术产业开发区"]
    assert places_in("溪口省级经济开发区") == ["溪口省级经济开发区"]
    assert places_in("南坪拉祜族佤族布朗族傣族自治县") == ["南坪拉祜族佤族布朗族傣族自治县"]
    # a county's zone after it stays a chain of two levels
    assert places_in("南坪县经济开发区") == ["南坪县经济开发区"]


def test_a_zone_named_by_its_place_and_kind_before_园区_is_a_place() -> None:
    # 园区 is a thing (科技园区, 老旧小区), but a place and a zone's kind before it name the zone
    assert places_in("溪口工业园区管委会") == ["溪口工业园区"]
    assert places_in("新建科技园区") == [] and places_in("全市5个工业园区") == []
    assert places_in("推进现代农业产业园区建设") == []


def test_a_long_place_written_after_the_titles_year() -> None:
    # the title's place after its year takes the same words between own name and suffix
    from drafter.structure.genre import read_title

    for place in ("溪口国家级经济技术开发区", "溪口高新技术产业开发区", "南坪拉祜族佤族布朗族傣族自治县"):
        m = read_title(f"关于2023年上半年{place}国民经济和社会发展计划执行情况的报告")
        assert m is not None and (m.kind, m.year, m.region) == ("execution", 2023, place)
        m = read_title(f"关于2023年{place}国民经济和社会发展计划执行情况与2024年{place}国民经济和社会发展计划草案的报告")
        assert m is not None and (m.kind, m.year, m.region) == ("report", 2023, place)


def test_a_kind_of_zone_is_no_place_nor_is_any_part_of_it() -> None:
    assert places_in("作为国家级经济技术开发区") == []
    assert places_in("作为国家级新区") == []
    assert places_in("全市3个省级开发区") == []
    assert places_in("对标高新区") == []


@pytest.mark.parametrize(
    ("head", "region"),
    [
        # the zone's organ before 关于: the place, never the organisation (管委会)
        ("溪口经济技术开发区管委会关于" + TWO_PARTS, "溪口经济技术开发区"),
        ("溪口国家级经济技术开发区管理委员会关于" + TWO_PARTS, "溪口国家级经济技术开发区"),
        ("关于溪口高新技术产业开发区" + TWO_PARTS, "溪口高新技术产业开发区"),
        ("关于南坪新区" + TWO_PARTS, "南坪新区"),
        ("溪口工业园区管委会关于" + TWO_PARTS, "溪口工业园区"),
        ("关于南坪拉祜族佤族布朗族傣族自治县" + TWO_PARTS, "南坪拉祜族佤族布朗族傣族自治县"),
        # a county-level city with its prefecture city, and marked as one
        ("关于溪口市南坪市" + TWO_PARTS, "溪口市南坪市"),
        ("关于南坪市（县级市）" + TWO_PARTS, "南坪市"),
        # the zone's department signing under the title
        ("关于" + TWO_PARTS + "\n溪口国家级经济技术开发区经济发展局", "溪口国家级经济技术开发区"),
    ],
)
def test_a_long_place_name_is_the_region(tmp_path: Path, head: str, region: str) -> None:
    meta = page_report(tmp_path, head + "\n" + BODY).meta
    assert (meta.kind, meta.year, meta.region) == ("report", 2023, region)


def test_an_autonomous_county_of_all_its_peoples_is_a_place() -> None:
    assert places_in("南坪各族自治县") == ["南坪各族自治县"]


@pytest.mark.parametrize(
    "name",
    [
        # long official names of the country's counties and banners, read whole
        "双江拉祜族佤族布朗族傣族自治县", "积石山保安族东乡族撒拉族自治县", "隆林各族自治县", "莫力达瓦达斡尔族自治旗",
        "塔什库尔干塔吉克自治县", "达尔罕茂明安联合旗", "科尔沁右翼中旗", "黔东南苗族侗族自治州", "青岛西海岸新区",
    ],
)
def test_long_official_names_are_read_whole(name: str) -> None:
    assert places_in(f"关于{name}人民政府") == [name]


# --- the words before a place: a circumstance closing an adverbial -----------------------------

OPENED = (
    "关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n"
    "一、2023年国民经济和社会发展计划执行情况\n{opening}地区生产总值452.4亿元，增长7.0%。\n"
    "二、2024年国民经济和社会发展计划草案\n地区生产总值增长6%左右。\n"
)


def test_a_circumstance_before_a_place_is_no_part_of_its_name() -> None:
    # 面对…形势, 在…影响下, 经受…冲击, 在…领导下 close an adverbial: the subject place starts after them
    assert places_in("面对复杂严峻形势南坪区全区上下") == ["南坪区"]
    assert places_in("在新冠疫情影响下南坪县全县") == ["南坪县"]
    assert places_in("经受住疫情冲击南坪县全县") == ["南坪县"]
    assert places_in("在区委坚强领导下溪口市南坪区全区") == ["溪口市南坪区"]
    # the aim or the guidance a clause follows (目标, 精神, 主线) closes it as well
    assert places_in("紧紧围绕高质量发展目标南坪区全区") == ["南坪区"]
    assert places_in("认真贯彻全会精神南坪县全县") == ["南坪县"]
    # a particle or adverb closing a clause (了, 也, 已) is in no county's name
    assert places_in("经济运行取得了南坪区全区") == ["南坪区"]
    assert places_in("项目已南坪县全县") == ["南坪县"]
    # a place the circumstance follows ends before it
    assert places_in("南坪区面对复杂严峻形势") == ["南坪区"]


def test_a_place_named_under_its_parent_elsewhere_cuts_a_phrase_before_it() -> None:
    # another line names the place only with its city (溪口市南坪区): its last level is named too
    assert region_from("", ["经济总体回升向好南坪区全区上下"], "在溪口市南坪区第十届人民代表大会") == "南坪区"
    # a parent before the place stays
    assert region_from("溪口市南坪区", ["溪口市南坪区人民政府"]) == "溪口市南坪区"


@pytest.mark.parametrize(
    ("opening", "region"),
    [("面对复杂严峻形势南坪区全区上下团结奋斗，", "南坪区"), ("在新冠疫情影响下南坪县全县", "南坪县")],
)
def test_a_page_naming_its_place_once_after_a_circumstance(tmp_path: Path, opening: str, region: str) -> None:
    # the page never names the place alone elsewhere: the circumstance alone cuts the phrase
    meta = page_report(tmp_path, OPENED.format(opening=opening)).meta
    assert (meta.kind, meta.region) == ("report", region)


# --- the whole country as a region -------------------------------------------------------------


def _region_or_refusal(tmp_path: Path, opening: str) -> str:
    try:
        return page_report(tmp_path, OPENED.format(opening=opening)).meta.region
    except InputError as e:
        assert "--region" in str(e)
        return ""


def test_a_text_speaking_of_the_whole_country_is_the_national_report(tmp_path: Path) -> None:
    assert _region_or_refusal(tmp_path, "全国") == "全国"


@pytest.mark.parametrize(
    "opening",
    [
        # a lower place measuring or ranking itself in the country, naming no own scope
        "增速高于全国1.2个百分点，", "增速居全国前列，", "人均水平低于全国平均水平，",
        # an autonomous prefecture's or a league's own scope (全州, 我州, 全盟)
        "全州经济总量占全国的0.1%，", "我州", "全盟",
    ],
)
def test_a_page_saying_全国_in_passing_is_not_the_country(tmp_path: Path, opening: str) -> None:
    # it names no place of its own: drafter asks for --region rather than reading 全国
    assert _region_or_refusal(tmp_path, opening + "全国各地") == ""


def test_an_autonomous_prefecture_speaking_of_itself_is_filed_under_the_prefecture(tmp_path: Path) -> None:
    # 全州: of the places the page names, the one of the prefecture's level
    text = OPENED.format(opening="全州地区生产总值增长，南坪县、北塘县增速居前，溪口藏族自治州全州上下团结奋斗，")
    assert page_report(tmp_path, text).meta.region == "溪口藏族自治州"
    assert places_in("全州县") == ["全州县"]  # a county, no scope


def test_a_menu_item_before_the_title_is_no_part_of_its_place() -> None:
    # a page's menu items and buttons run into the title line (领导讲话, 重大决策, 统计数据, 附件下载)
    from drafter.structure.genre import read_title

    for item in ("领导讲话", "重大决策", "统计数据", "经济运行", "附件下载", "打印本页", "人大工作"):
        m = read_title(item + "南坪区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告")
        assert m is not None and places_in(m.region) == ["南坪区"], item


def test_a_district_named_after_its_citys_own_quarter_is_a_place() -> None:
    # 市南区, 市北区 open with a suffix character, as 市中区 does
    assert places_in("溪口市市南区人民政府") == ["溪口市市南区"]
    assert places_in("关于市北区2023年") == ["市北区"]


def test_a_zones_mid_year_report_on_the_economy_signed_by_its_committee() -> None:
    # …上半年经济社会发展情况的报告 under the zone's committee, as under a county's 人民政府
    from drafter.structure.genre import read_title

    m = read_title("溪口经济技术开发区管委会关于2023年上半年经济社会发展情况的报告")
    assert m is not None and (m.kind, m.year) == ("execution", 2023) and places_in(m.region) == ["溪口经济技术开发区"]


def test_a_zones_organ_heading_its_site_is_the_sites_name_not_the_title(tmp_path: Path) -> None:
    # 某经济技术开发区管委会 above the title is the site's name, as 某区人民政府 is: never joined to the title
    title = "溪口经开区" + TWO_PARTS
    meta = page_report(tmp_path, "溪口经济技术开发区管委会\n" + title + "\n" + BODY).meta
    assert (meta.title, meta.region) == (title, "溪口经开区")
