"""Page-reading rule tests of round 14's fixer fxa36 (real_aside36/37 misses made general). Every page
here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_page import page_report

from drafter.errors import InputError

_DIGEST = (
    "本报讯（记者某某）今年上半年，全市规模以上工业增加值增长7.5%。昨日上午，市发改委主任某某某向会议报告我市"
    "2019年上半年国民经济和社会发展计划执行情况。\n"
    "某某某介绍说，上半年全市地区生产总值增长6.8%，固定资产投资增长9.1%。\n"
    "某某某说，{next}抓好120个市级重点项目建设，争取15个左右市级重点前期项目提前开工建设。\n"
)


def _kinds(tmp_path: Path, text: str) -> dict[str, tuple[str, object]]:
    report = page_report(tmp_path, text, region="某某市")
    return {f.value: (f.kind, f.period) for f in report.figures}


def test_a_digests_next_steps_are_the_rest_of_the_years_targets(tmp_path: Path) -> None:
    for nxt in ("下一阶段", "下一步，", "下阶段"):
        kinds = _kinds(tmp_path, _DIGEST.format(next=nxt))
        assert kinds["120"][0] == "target" and kinds["15"][0] == "target"
        assert kinds["6.8"][0] == "outcome" and kinds["9.1"][0] == "outcome"


def test_a_speakers_account_of_the_half_year_stays_outcomes(tmp_path: Path) -> None:
    kinds = _kinds(tmp_path, _DIGEST.format(next="上半年").replace("抓好", "完成了"))
    assert kinds["120"][0] == "outcome"


_MEETING = (
    "今天（8月28日）上午，某某省十三届人大常委会第五次会议举行第二次全体会议。副主任某某主持会议。\n"
    "会议听取了省发展改革委主任某某作的关于某某省2020年上半年国民经济和社会发展计划执行情况的报告。"
    "报告指出，上半年全省生产总值{plan}。\n"
    "听取了省财政厅厅长某某作的关于某某省2019年省级决算和2020年上半年预算执行情况的报告。报告指出，"
    "全省一般公共预算收入1520.4亿元，增长3.5%；一般公共预算支出2890.1亿元，增长6.2%。\n"
    "听取了省审计厅厅长某某作的关于2019年度省级预算执行和其他财政收支的审计工作报告。\n"
)


def test_news_of_a_meeting_hearing_the_plan_among_budget_reports_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        page_report(tmp_path, _MEETING.format(plan="18420.6亿元，增长2.1%"))
    assert "新闻报道" in str(err.value)


def test_a_page_hearing_nothing_is_no_meeting() -> None:
    from drafter.structure.genre import meeting_heard_reports

    assert not meeting_heard_reports("")
    assert not meeting_heard_reports("全区地区生产总值增长6%。")


def test_a_digest_restating_the_plans_figures_stays(tmp_path: Path) -> None:
    plan = "18420.6亿元，增长2.1%；固定资产投资增长3.4%；社会消费品零售总额下降1.2%；城镇新增就业42.1万人"
    report = page_report(tmp_path, _MEETING.format(plan=plan))
    assert report.meta.kind == "execution"


_PROVINCE_DIGEST = (
    "本报讯（记者某某）今年上半年，我省各市主要经济指标公布，汉州市GDP增长9.6%，排名全省第一。昨日上午，省发改委主任"
    "某某某向会议报告我省2019年上半年国民经济和社会发展计划执行情况。\n"
    "某某某说，下一阶段抓好300个省级重点项目建设。\n"
)


def test_a_city_a_provinces_digest_names_is_not_its_own(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        page_report(tmp_path, _PROVINCE_DIGEST)
    assert "--region" in str(err.value)
    report = page_report(tmp_path, _PROVINCE_DIGEST, region="某某省")
    assert [f.indicator for f in report.figures if f.value == "9.6"] == ["汉州市GDP"]


def test_a_city_speaking_of_itself_keeps_its_name(tmp_path: Path) -> None:
    page = _PROVINCE_DIGEST.replace("我省各市主要经济指标公布，", "全市主要经济指标公布，").replace("排名全省第一", "全市经济平稳")
    page = page.replace("省发改委", "市发改委").replace("我省2019年", "我市2019年").replace("省级重点", "市级重点")
    assert page_report(tmp_path, page).meta.region == "汉州市"
