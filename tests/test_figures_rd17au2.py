"""Rule tests for names on pages not of the family (round 17, audit au2: government work reports,
statistical communiqués, economic-running and congress-opening news of centre, south and west China;
tests/audit17/au2). Every text here is invented: the shapes of the wrong names the audit found, in new
wording, and the cases each rule must leave alone."""

from __future__ import annotations

from _bounds import cpu_bound

from drafter.figures import extract_figures
from drafter.figures import lexicon as lex


def _read(text: str, place: str = "", kind: str = "outcome") -> list[tuple[str, str | None, str]]:
    return [(f.indicator, f.value, f.unit) for f in extract_figures(text, kind=kind, year=2019, place=place)]


def test_a_span_of_years_looked_back_on_is_no_figure() -> None:
    assert _read("这三年是全县脱贫攻坚决战决胜的三年。") == []
    assert _read("回首过去的十年，全市经济总量翻了一番。") == []
    assert _read("那两年，全区财政收入年均增长9%。") == [("财政收入", "9", "%")]
    # a term of a project is a figure still, and a plan's years before its noun are no span
    assert _read("项目建设周期为3年，总投资12亿元。") == [("项目建设周期", "3", "年"), ("总投资", "12", "亿元")]
    assert _read("三年行动计划完成投资80亿元。") == [("投资", "80", "亿元")]


def test_a_congress_attendance_is_no_figure() -> None:
    assert _read("本次大会应到代表312名，实到代表298名，符合法定人数。") == []
    assert _read("会议应出席委员45人，实际出席委员41人。") == []
    assert _read("全县新增就业3200人。") == [("就业", "3200", "人")]  # people counted by the report stay


def test_a_page_counter_is_no_figure() -> None:
    assert _read("浏览量：2318次 来源：市统计局") == []
    assert _read("阅读 1024次") == []
    assert _read("全年接待游客点击量达300万次。") == [("接待游客点击量", "300", "万次")]


def test_the_own_place_with_its_whole_is_one_scope() -> None:
    assert _read("湖南全省地区生产总值增长7.5%。", place="湖南省") == [("地区生产总值", "7.5", "%")]
    assert _read("宜宾全市规模以上工业增加值增长9%。", place="宜宾市") == [("规模以上工业增加值", "9", "%")]
    assert _read("青海全省农作物播种面积850万亩。", place="青海省") == [("农作物播种面积", "850", "万亩")]
    assert _read("全市地区生产总值增长6%。", place="宜宾市") == [("地区生产总值", "6", "%")]  # as before


def test_a_bullet_opens_a_list_item() -> None:
    assert _read("• 新建农村公路1200公里") == [("农村公路", "1200", "公里")]
    assert _read("● 城镇新增就业5.3万人") == [("城镇就业", "5.3", "万人")]
    assert _read("▪ 粮食产量稳定在300万吨以上") == [("粮食产量", "300", "万吨")]
    assert _read("•咖啡种植面积140万亩") == [("咖啡种植面积", "140", "万亩")]


def test_project_preparation_holds_no_time_word() -> None:
    assert _read("储备项目前期经费2亿元。") == [("储备项目前期经费", "2", "亿元")]
    assert _read("完成项目前期工作和招商项目各30个。", kind="target") == [("项目前期工作和招商项目", "30", "个")]
    assert _read("目前已建成标准厂房30万平方米。") == [("标准厂房", "30", "万平方米")]  # 目前 alone is time


def test_a_closing_each_goes() -> None:
    assert _read("新建学校和幼儿园各5所。") == [("学校和幼儿园", "5", "所")]
    assert _read("各类市场主体达到12万户。") == [("各类市场主体", "12", "万户")]  # 各 opening a name stays


def test_one_bound_with_jun_over_whole_names_is_each_names() -> None:
    assert _read("服务业增加值、建筑业总产值均突破万亿元。") == [("服务业增加值", "万", "亿元"), ("建筑业总产值", "万", "亿元")]
    assert _read("进出口总额、实际利用外资均超过50亿美元。") == [("进出口总额", "50", "亿美元"), ("实际利用外资", "50", "亿美元")]
    assert _read("一般公共预算收入、税收收入均突破百亿元。") == [("一般公共预算收入", "百", "亿元"), ("税收收入", "百", "亿元")]
    # items sharing a tail stay one name (fxcount11)
    assert _read("城镇居民、农村居民人均可支配收入均超过2万元。") == [("城镇居民、农村居民人均可支配收入", "2", "万元")]


def test_the_new_patterns_are_linear() -> None:
    hostile = [
        (lex.LIST_NUMBER, "•" * 10_000 + "地区生产总值"),
        (lex.PLACE_WHOLE_SCOPE, "全省" * 10_000),
        (lex._SPAN_YEARS_BEFORE_DE, "过去的" * 10_000),
        (lex._SPAN_YEARS_AFTER, "，" * 10_000),
        (lex._ATTENDANCE_BEFORE, "应到会议的代表共" * 10_000),
        (lex._PAGE_COUNTER_BEFORE, "点击量：" + " " * 10_000),
        (lex.SHARED_BOUND_VERB, "均" * 10_000 + "突破"),
    ]
    for pattern, text in hostile:
        with cpu_bound(1.0, pattern.pattern):
            for at in range(0, len(text), max(1, len(text) // 50)):
                pattern.search(text, at)
    with cpu_bound(5.0):
        extract_figures("这五年是" * 2_000 + "的五年。", year=2019)
        extract_figures("• " * 5_000 + "新建农村公路1200公里", year=2019)
