"""Page-level generalisation tests of round 16's second-wave first-sight shapes (real_aside62–66; issue 9, fxgen11;
docs/NAMES-GENERALISATION.md round 27): a signed digest of a head of government's report on part of the year,
results measured against expectations, a review's title in reordered words, a paper's 解读 of the report, a page
naming its place only in ranks among common areas. Every page is invented: other places, years, sites, 繁体 copies."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report

from drafter.errors import InputError
from drafter.normalize import simplified_converter
from drafter.structure.genre import HEARD_PERIOD_REPORT, content_role

_DIGEST = (
    "{place}经济半年报:{lede}\n\n"
    "发布时间:{y}-07-2{d} 来源:{site} 责编:某某\n"
    "  {site}7月2{d}日讯(记者 某某){place}第十{n}届人大常委会第{k}次会议今天举行。{place}人民政府{head}"
    "某某向会议报告了{y}年{period}经济社会发展情况和下半年重点工作安排。\n\n"
    "  据悉,{period},全{short}地区生产总值增长{g}%,一般公共预算收入同比增长5.2%,主要经济指标{better}。\n\n"
    "  一是工业较快增长。规模以上工业增加值增长7.7%、{better}0.5个百分点,固定资产投资增长6.4%。"
    "社会消费品零售总额增长8.2%。\n"
)


@pytest.mark.parametrize(("fields", "y"), [
    (dict(place="某某省", short="省", head="省长", lede="稳中有进", site="某某日报网", d="6", n="四", k="十",
          period="上半年", g="5.9", better="好于预期"), 2022),
    (dict(place="某某市", short="市", head="市长", lede="回升向好", site="某某新闻网", d="3", n="六", k="八",
          period="上半年", g="6.3", better="高于预期"), 2019),
    (dict(place="某某自治州", short="州", head="州长", lede="量质齐升", site="某某融媒", d="8", n="五", k="七",
          period="上半年", g="7.1", better="符合预期"), 2016),
])
def test_a_signed_digest_of_a_half_year_report_is_an_execution_digest(tmp_path: Path, fields: dict, y: int) -> None:
    report = page_report(tmp_path, _DIGEST.format(y=y, **fields))
    assert report.meta.kind == "execution"
    assert (report.meta.year, report.meta.plan_year) == (y, y + 1)
    kinds = {(f.indicator, f.value): f.kind for f in report.figures}
    assert kinds[("地区生产总值", fields["g"])] == "outcome"
    assert kinds[("规模以上工业增加值", "7.7")] == "outcome"


_DIGEST_TRADITIONAL = (
    "某某縣經濟半年報:穩中向好\n\n"
    "發佈時間:2021-07-25 來源:某某報 責編:某某\n"
    "  某某報7月25日訊(記者 某某)某某縣第十七屆人大常委會第九次會議今天舉行。某某縣人民政府縣長"
    "某某向會議報告了2021年上半年經濟社會發展情況和下半年重點工作安排。\n\n"
    "  據悉,上半年,全縣地區生產總值增長6.6%,一般公共預算收入同比增長5.2%,主要經濟指標高於預期。\n\n"
    "  一是工業較快增長。規模以上工業增加值增長7.7%、高於預期0.5個百分點,固定資產投資增長6.4%。"
    "社會消費品零售總額增長8.2%。\n"
)


def test_a_traditional_digest_of_a_half_year_report(tmp_path: Path) -> None:
    assert simplified_converter()(_DIGEST_TRADITIONAL) != _DIGEST_TRADITIONAL
    report = page_report(tmp_path, _DIGEST_TRADITIONAL)
    assert report.meta.kind == "execution"
    assert (report.meta.year, report.meta.plan_year) == (2021, 2022)
    kinds = {(f.indicator, f.value): f.kind for f in report.figures}
    assert kinds[("地区生产总值", "6.6")] == "outcome"


@pytest.mark.parametrize("sentence", [
    "州长某某向会议报告了2017年前三季度经济社会发展情况",
    "县长某某向会议报告了上半年国民经济和社会发展情况",
    "代市长某某向大会报告了2020年1-9月经济社会发展情况",
])
def test_the_heads_report_sentence_is_heard(sentence: str) -> None:
    assert HEARD_PERIOD_REPORT.search(sentence) is not None


@pytest.mark.parametrize("paragraph", [
    "上半年,全区生产总值同比增长5.8%,主要指标好于预期。",
    "前三季度,全市一般公共预算收入同比增长4%,重要经济指标符合预期。",
    "1-6月,全县固定资产投资同比增长9%,高于预期2个百分点,物价控制在预期范围内。",
])
def test_measured_against_expectation_is_no_target(paragraph: str) -> None:
    assert content_role([paragraph]) == "execution"


# -------------------------------------------------- a review's title in reordered words

_SPUN = (
    "某某{unit}第{n}届人民代表大会{cttee}关于{y}年国民经济和社会发展计划和{y1}年国民经济和社会发展计划草案"
    "执行情况的审议结果报告\n"
    "某某{unit}第{n}届人民代表大会第二次会议审议了《某某{unit}{y}年国民经济和社会发展计划和{y1}年国民经济和社会发展计划"
    "草案执行情况的报告》。现将审议结果报告如下。\n"
    "一、{y}年计划执行情况总体良好。\n"
    "{y}年,{unit}人民政府认真落实人大批准的计划。\n"
    "二、对{y1}年计划草案的审议意见\n"
    "委员会认为,计划报告总体可行。\n"
)


@pytest.mark.parametrize(("unit", "n", "cttee", "y"), [
    ("县", "十八", "财政经济委员会", 2021),
    ("州", "十五", "经济委员会", 2019),
    ("市", "十七", "财政经济委员会", 2024),
])
def test_a_spun_review_title_is_a_review(tmp_path: Path, unit: str, n: str, cttee: str, y: int) -> None:
    report = page_report(tmp_path, _SPUN.format(unit=unit, n=n, cttee=cttee, y=y, y1=y + 1))
    assert report.meta.kind == "review"
    assert (report.meta.year, report.meta.plan_year) == (y, y + 1)


# -------------------------------------------------- a paper's 解读 of the report

_INTERPRETATION = (
    "{headline}\n\n"
    "关注{site}\n"
    "{m}月{d}日,在{unit}第十五届人大{k}次会议上提交审议的《关于某某{unit}{y}年国民经济和社会发展计划执行情况与"
    "{y1}年国民经济和社会发展计划草案的报告》显示,{y}年,全{unit}经济运行总体平稳。全年地区生产总值增长5.2%,"
    "固定资产投资增长4.1%。\n"
    "{y1}年计划执行情况\n"
    "{y1}年,某某将坚持稳中求进,地区生产总值增长5.5%左右。\n"
)


@pytest.mark.parametrize(("headline", "unit", "y"), [
    ("【聚焦2023某某两会】计划报告解读", "市", 2022),
    ("一图读懂计划报告", "县", 2020),
    ("【两会特刊】计划报告解读", "区", 2024),
])
def test_a_papers_interpretation_of_the_report_is_refused(tmp_path: Path, headline: str, unit: str, y: int) -> None:
    page = _INTERPRETATION.format(headline=headline, site="某某网", m=1, d=18, unit=unit, k="三", y=y, y1=y + 1)
    with pytest.raises(InputError, match="解读"):
        page_report(tmp_path, page)


# -------------------------------------------------- a place named only in ranks and common areas

_RANKED = (
    "{y}年国民经济和社会发展计划执行情况及{y1}年计划草案的报告\n\n"
    "发布时间:{y1}-01-1{d} 来源:某某资讯网\n\n"
    "一、{y}年国民经济和社会发展计划执行情况\n"
    "预计,全年实现地区生产总值380亿元左右、增速5%,{rate}14%以上、{area}第{r},位居{y}年全国{lst}第{p}位。\n"
    "二、{y1}年国民经济和社会发展计划草案\n"
    "地区生产总值增长6%左右。\n"
)


@pytest.mark.parametrize(("rate", "area", "lst", "y"), [
    ("规上工业增加值增速", "中心城区", "科技创新百强区", 2021),
    ("社会消费品零售总额增速", "主城区", "绿色发展百强区", 2023),
    ("民间投资增速", "主城区", "新型城镇化质量百强区", 2019),
])
def test_ranks_among_common_areas_name_no_place(tmp_path: Path, rate: str, area: str, lst: str, y: int) -> None:
    page = _RANKED.format(y=y, y1=y + 1, d=3, rate=rate, area=area, r=2, lst=lst, p=44)
    with pytest.raises(InputError, match="--region"):
        page_report(tmp_path, page)
    report = page_report(tmp_path, page, region="某某区")
    got = {(f.indicator, f.value, f.unit) for f in report.figures}
    assert (rate, "2", "") in got
    assert (lst, "44", "位") in got
