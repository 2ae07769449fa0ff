"""Page reading (issue 9, fifth fixing round, branch fxpage): the words before a place, a title
cut after its second year, news about the report. One rule test per rule, each on an invented
sentence or page."""

from __future__ import annotations

from pathlib import Path

from invented_page import page_meta, plan_body

from drafter.errors import InputError
from drafter.structure.genre import read_title
from drafter.structure.places import own_level, own_quoted_place, places_in, region_from

BODY = plan_body(2021)


# --- the words before a place -----------------------------------------------------------------


def test_a_phrase_ending_in_a_scope_is_no_place() -> None:
    # 居全市 / 覆盖我区: a name never ends in 全/我/本…, the words before the scope are a phrase
    assert places_in("全年粮食产量增幅排名居全市前列") == []
    assert places_in("服务网络覆盖我区各乡镇，南坪区") == ["南坪区"]


def test_a_document_passes_through_an_organ_named_after_its_verb() -> None:
    # 业经/报经/已经 take the organ as their object: the place starts after them
    assert places_in("《南坪市2021年计划》业经南坪市第九届人民代表大会审议通过") == ["南坪市", "南坪市"]
    assert places_in("方案报经溪口县人民政府同意") == ["溪口县"]


def test_a_request_or_a_date_before_a_place_is_no_part_of_its_name() -> None:
    # 并请市政协委员: 请 opens no name; 建议/完成 take an organ or its task; a date's 日 opens none
    assert places_in("请予审议，并请市政协委员提出意见") == []
    assert places_in("建议南坪市人民代表大会批准") == ["南坪市"]
    assert places_in("能耗指标完成市下达任务") == []
    assert places_in("2月1日南坪市发展和改革委员会") == ["南坪市"]


def test_a_greeting_a_time_or_a_party_committee_is_no_part_of_a_place() -> None:
    assert places_in("欢迎访问南坪区人民政府网站") == ["南坪区"]
    assert places_in("一年来南坪区") == ["南坪区"]
    assert places_in("去年以来南坪县") == ["南坪县"]
    assert places_in("在市委市政府坚强领导下") == []  # 委市: 委 closes 市委


def test_a_kind_of_place_is_no_place() -> None:
    assert places_in("南坪市是计划单列市") == []
    assert places_in("南坪市作为县级市") == ["南坪市"]


def test_a_scope_right_after_a_place_closes_it() -> None:
    assert places_in("一年来，南坪区全区上下团结奋斗") == ["南坪区"]


def test_the_name_the_page_repeats_alone_cuts_a_phrase_before_it() -> None:
    # the opening reads a phrase before the place; the text names the place alone elsewhere
    assert region_from("", ["面对复杂严峻形势南坪区全区上下团结奋斗"], "一年来，南坪区坚持稳中求进") == "南坪区"


def test_a_chrome_label_before_a_title_is_no_part_of_its_place() -> None:
    # a page's labels and menus (正文, 网站首页, 政务公开, 标题, 人大文件) stand before the title's place
    for label in ("正文", "网站首页", "政府信息公开", "标题", "人大文件", "专题专栏"):
        m = read_title(label + "南坪区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告")
        assert m is not None and places_in(m.region) == ["南坪区"], label


def test_words_before_a_place_that_no_other_line_repeats_are_cut() -> None:
    # a title read with a menu's words before it; the issuer line names the place alone
    assert region_from("今日头条南坪东区", ["今日头条南坪东区2021年…", "南坪东区人民政府办公室"]) == "南坪东区"
    # a parent place before it stays: 溪口市 + 南坪区
    assert region_from("溪口市南坪区", ["南坪区人民政府"]) == "溪口市南坪区"
    # an autonomous region is not cut inside its suffix (西藏自 + 治区)
    assert region_from("西藏自治区", ["治区"]) == "西藏自治区"


def test_a_breadcrumb_line_is_chrome_and_never_joins_the_title(tmp_path: Path) -> None:
    text = ("您现在的位置: 首页 >> 信息公开\n南坪市2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n"
            "信息来源:南坪市人民政府办公室\n" + BODY)
    meta = page_meta(tmp_path, text)
    assert meta.title == "南坪市2021年国民经济和社会发展计划执行情况与2022年计划草案的报告"
    assert meta.region == "南坪市"


def test_a_rank_taken_in_a_scope_is_not_the_text_speaking_of_itself() -> None:
    # 居全市第二, 全省排名, 全市前列: ranks in the level above; 全区上下 is the text's own level
    assert own_level(["增速排名居全市第二，总量全省排名第5，增速全市前列"]) == ""
    assert own_level(["增速排名居全市第二，全区上下团结奋斗"]) == "区"


def test_a_page_naming_its_place_only_in_its_own_policy_title(tmp_path: Path) -> None:
    # the place opens a quoted policy title and is of the level the text speaks at (全区)
    assert own_quoted_place(["全区出台了《南坪区科技创新奖励办法》，为我区企业减负"]) == "南坪区"
    # a title of another level (the city's) is not the page's place
    assert own_quoted_place(["全区贯彻《溪口市科技创新奖励办法》"]) == ""
    # two places of the page's level: none is known to be its own
    assert own_quoted_place(["全区学习《南坪区办法》和《北塘区办法》"]) == ""
    text = ("2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告\n"
            "一年来，全区出台了《南坪区科技创新奖励办法》，地区生产总值增速排名居全市第二。\n" + BODY)
    assert page_meta(tmp_path, text).region == "南坪区"


# --- a title cut after its second year ----------------------------------------------------------


def test_a_two_part_title_cut_after_the_second_year_is_a_report() -> None:
    m = read_title("2021年国民经济和社会发展计划执行情况与2022年国民经济")
    assert m is not None and (m.kind, m.year, m.plan_year) == ("report", 2021, 2022)
    # an execution title alone stays one
    m = read_title("2021年国民经济和社会发展计划执行情况")
    assert m is not None and m.kind == "execution"


def test_a_title_line_cut_by_the_page_is_the_title(tmp_path: Path) -> None:
    cut = "南坪区2021年国民经济和社会发展计划执行情况与2022年国民经济"
    meta = page_meta(tmp_path, cut + "\n发布日期：2022-01-10\n" + BODY)
    assert (meta.title, meta.kind, meta.region) == (cut, "report", "南坪区")


# --- news about the report ------------------------------------------------------------------------

TITLE = "关于南坪市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告"


def _refused_as_news(tmp_path: Path, text: str) -> bool:
    try:
        page_meta(tmp_path, text)
    except InputError as e:
        return "新闻报道" in str(e)
    return False


def test_news_of_a_committee_meeting_that_reviewed_the_report_is_refused(tmp_path: Path) -> None:
    # a byline, and the committee's meeting told as an event (召开会议, 参加审议), quoting the title
    text = ("南坪信息网讯（记者王某）2月26日上午，市人大计划审查委员会召开会议，审议市发展和改革局"
            + TITLE + "。市人大常委会副主任李某参加审议。\n审查认为，计划草案符合实际，建议批准。\n")
    assert _refused_as_news(tmp_path, text)


def test_news_dated_yesterday_and_signed_at_its_end_is_refused(tmp_path: Path) -> None:
    text = ("昨日上午，市人大财政经济委员会会议召开。\n会议审查了《" + TITLE[2:] + "》。\n"
            "财政经济委员会认为，计划草案总体可行，建议批准。\n（记者王某 通讯员李某）\n")
    assert _refused_as_news(tmp_path, text)


def test_news_of_a_survey_of_the_plan_execution_is_refused(tmp_path: Path) -> None:
    # a dateline, and the survey told as an event (率调研组, 召开座谈会, 听取…汇报)
    text = ("8月5日，南坪县人大常委会副主任王某率调研组对2023年上半年国民经济和社会发展计划执行情况进行专题调研。\n"
            "调研组召开座谈会，听取县发改局关于2023年上半年国民经济和社会发展计划执行情况汇报。"
            "上半年全县地区生产总值增长5.1%。\n")
    assert _refused_as_news(tmp_path, text)


def test_a_congress_review_telling_its_meeting_is_no_news(tmp_path: Path) -> None:
    # the review itself (unsigned: no byline, no dateline) says 会议审查了 / 会议认为: of the family
    text = ("南坪市人民代表大会财政经济委员会关于南坪市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的审查结果报告\n"
            "南坪市第九届人民代表大会第三次会议审查了市人民政府提出的" + TITLE + "。\n"
            "会议认为，2021年全市地区生产总值增长7.0%，一般公共预算收入增长6.4%，完成了年度计划主要目标。\n"
            "会议召开前，财政经济委员会听取了市发展和改革局的汇报。\n" + BODY)
    meta = page_meta(tmp_path, text)
    assert (meta.kind, meta.region) == ("review", "南坪市")


def test_a_dated_press_lead_printing_the_report_is_no_news(tmp_path: Path) -> None:
    text = ("2月5日，南坪市发改委发布" + TITLE[2:] + "。报告指出，2022年地区生产总值增长6%左右。\n原文如下：\n"
            + TITLE + "\n各位代表：\n受市人民政府委托，现将有关情况提请市九届人大三次会议审议。\n" + BODY)
    assert page_meta(tmp_path, text).kind == "report"


def test_news_opening_recently_on_an_inspection_is_refused(tmp_path: Path) -> None:
    text = ("近日，南坪县人大常委会组成调研组，实地察看重点项目建设情况。\n"
            "调研组听取了县发展和改革局关于2023年上半年国民经济和社会发展计划执行情况的汇报。\n")
    assert _refused_as_news(tmp_path, text)


def test_a_signed_digest_restating_the_report_figures_is_no_news(tmp_path: Path) -> None:
    # 本报讯 and the meeting told as an event, but the report's figures restated: a press digest
    text = ("本报讯 南坪市第九届人民代表大会第三次会议昨日举行第二次全体会议，会议听取了" + TITLE + "。\n"
            "报告显示，2021年全市地区生产总值增长7.0%，一般公共预算收入增长6.4%，固定资产投资增长8.1%，"
            "社会消费品零售总额增长9.2%，城镇居民人均可支配收入增长6.8%。\n" + BODY)
    assert page_meta(tmp_path, text).kind == "report"


def test_news_signed_at_the_end_of_a_longer_text_is_refused(tmp_path: Path) -> None:
    lines = ["南坪县人大常委会举行第十次会议。", "会议听取了县发展和改革局关于2023年上半年国民经济和社会发展计划执行情况的报告。"]
    lines += [f"与会人员围绕第{n}项议题进行了讨论。" for n in range(1, 10)]
    text = "\n".join([*lines, "（记者王某）"]) + "\n"
    assert _refused_as_news(tmp_path, text)


def test_news_signed_by_its_paper_or_wire_is_refused(tmp_path: Path) -> None:
    for byline in ("南坪日报讯 ", "南坪新闻网讯 ", "南坪社南坪3月5日电 "):
        text = (byline + "南坪县人大常委会举行第十次会议，会议听取了县发展和改革局关于"
                "2023年上半年国民经济和社会发展计划执行情况的报告。\n")
        assert _refused_as_news(tmp_path, text), byline


def test_news_of_a_standing_committee_session_hearing_the_report_is_refused(tmp_path: Path) -> None:
    text = ("8月28日，南坪区人大常委会召开第十二次会议，听取和审议了区人民政府关于"
            "2023年上半年国民经济和社会发展计划执行情况的报告。\n")
    assert _refused_as_news(tmp_path, text)


def test_a_signed_reprint_of_the_report_asking_the_meeting_is_no_news(tmp_path: Path) -> None:
    # the report's own request (提请…会议审议, 列席会议的同志) is no narrative of a meeting
    text = ("南坪日报讯\n" + TITLE + "\n各位代表：\n受市人民政府委托，现将2021年国民经济和社会发展计划执行情况与"
            "2022年计划草案提请市九届人大三次会议审议，并请市政协委员和列席会议的同志提出意见。\n"
            "一、2021年国民经济和社会发展计划执行情况\n全市地区生产总值增长7.0%。\n"
            "二、2022年国民经济和社会发展计划草案\n地区生产总值增长6%左右。\n")
    assert page_meta(tmp_path, text).kind == "report"


def test_a_review_headed_by_its_title_on_a_news_site_is_no_news(tmp_path: Path) -> None:
    # signed by the site's editor, telling the committee's meeting: still the review its title names
    text = ("南坪市人民代表大会财政经济委员会关于南坪市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的审查结果报告\n"
            "编辑：王某某\n"
            "1月6日，财政经济委员会召开全体会议，对计划草案进行了审查。会议听取了市发展和改革委员会的汇报。\n"
            "财政经济委员会认为，2021年全市经济运行总体平稳，完成了年度计划主要目标。\n"
            "财政经济委员会建议本次大会批准2022年国民经济和社会发展计划草案。\n")
    assert page_meta(tmp_path, text).kind == "review"


def test_a_plan_quoting_a_higher_meeting_under_an_editor_line_is_no_news(tmp_path: Path) -> None:
    # 业经…会议审议通过 and 中央经济工作会议指出 are the plan's own words; 责任编辑 closes any page
    lines = ["南坪市人民政府关于印发南坪市2022年国民经济和社会发展计划的通知",
             "《南坪市2022年国民经济和社会发展计划》业经市九届人大三次会议审议通过，现印发给你们。",
             "南坪市2022年国民经济和社会发展计划", "一、2022年经济社会发展的总体思路和预期目标",
             "中央经济工作会议指出，推动高质量发展是根本要求。地区生产总值增长6%左右。"]
    lines += [f"第{n}项工作要抓紧推进落实。" for n in range(1, 10)]
    text = "\n".join([*lines, "责任编辑：王某某"]) + "\n"
    assert page_meta(tmp_path, text).kind == "plan"
