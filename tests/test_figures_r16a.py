"""Rule tests for indicator names (issue 9, round 16, fxa19a): the general causes behind the
first-run misses of tests/real_aside19 (its README, conventions 2, 3, 5, 7, 8, 9). Every text here
is invented: variants with other places, periods, measures, units and list shapes, and the cases
each rule must leave alone."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def test_a_source_lead_and_a_span_of_months_go() -> None:
    assert _names("来源于本省的财政总收入9000亿元，增长8%。") == [("财政总收入", "9000"), ("财政总收入", "8")]
    assert _names("来源于滨江的税收收入120亿元。") == [("税收收入", "120")]
    assert _names("1~5月规模以上工业企业利润增长9%。") == [("规模以上工业企业利润", "9")]
    assert _names("1～8月限额以上单位消费品零售额增长4%。") == [("限额以上单位消费品零售额", "4")]
    assert _names("1—5月规模以上工业增加值增长6%。") == [("规模以上工业增加值", "6")]  # as before


def test_a_plan_period_and_the_province_before_an_average_go() -> None:
    assert _names("预计十四五时期我省经济年均增长5.5%左右。") == [("经济", "5.5")]
    assert _names("“十三五”时期全市地区生产总值年均增长7%。") == [("地区生产总值", "7")]


def test_a_gap_to_a_list_of_references_is_the_clauses_indicator() -> None:
    got = _names("上半年民营工业增加值增长10%，分别比国有、外资企业高6个、5个百分点。")
    assert got == [("民营工业增加值", "10"), ("民营工业增加值", "6"), ("民营工业增加值", "5")]
    got = _names("民间投资增长9%，比国有投资、外商投资高2个和3个百分点。")
    assert [n for n, _ in got] == ["民间投资"] * 3
    got = _names("高技术制造业增加值增长12%，比全部规上工业和重工业分别快3.1个和2.5个百分点。")
    assert [n for n, _ in got] == ["高技术制造业增加值"] * 3
    # a list of subjects that grew is no gap: each its own
    assert _names("国有企业、外资企业分别增长5%和6%。") == [("国有企业", "5"), ("外资企业", "6")]


def test_a_change_of_a_harvest_is_the_harvests() -> None:
    got = _names("油菜籽总产150万吨，增产3.2万吨；稻谷总产量900万吨，减产1.5万吨。")
    assert [n for n, _ in got] == ["油菜籽总产", "油菜籽总产", "稻谷总产量", "稻谷总产量"]
    # the change alone, or after what is no harvest, stays as written
    assert _names("粮食增产5万吨。") == [("粮食增产", "5")]
    assert _names("工业产值120亿元，增产10亿元。")[1] == ("增产", "10")


def test_a_new_amount_is_no_parallel_word() -> None:
    got = _names("地方政府专项债800亿元，新增国债120亿元。")
    assert got == [("地方政府专项债", "800"), ("国债", "120")]
    assert _names("发行一般债券200亿元，新增外债3亿美元。")[1] == ("外债", "3")
    assert _names("羊存栏12万只、出栏9万只。") == [("羊存栏", "12"), ("羊出栏", "9")]  # a parallel word still


def test_a_national_list_item_keeps_its_level_and_takes_the_verb() -> None:
    got = _names("创建省级森林乡村12个、全国森林乡村3个。")
    assert got == [("创建省级森林乡村", "12"), ("创建全国森林乡村", "3")]
    assert _names("认定省级文明村12个、全国文明村3个。")[1] == ("全国文明村", "3")
    assert _names("全国文明村3个。") == [("文明村", "3")]  # no list: a scope, as before
    assert _names("申报国家级引才工程58人、省级引才工程61人。")[1] == ("申报省级引才工程", "61")


def test_a_milestone_clause_names_the_total_and_its_growth() -> None:
    got = _names("全年一般公共预算收入跨上新台阶，总量突破800亿元，增长6%，两年平均增速高于全省1个百分点。")
    assert got == [("一般公共预算收入总量", "800"), ("一般公共预算收入", "6"), ("一般公共预算收入增速", "1")]
    got = _names("地区生产总值首次迈上千亿台阶，总量达到1020亿元，增长6%。")
    assert got == [("地区生产总值总量", "1020"), ("地区生产总值", "6")]
    # a subject that is no indicator keeps its total's name for the growth, as before
    assert _names("全市经济稳步回升，总量突破3000亿元，增长5%。")[1] == ("经济总量", "5")
    assert _names("预计全县生产总值增6.5%、总量突破五百亿元。") == [("生产总值", "6.5"), ("生产总值总量", "五百")]


def test_jointly_built_projects_and_their_rates() -> None:
    got = _names("150个粤港共建重点项目年度投资完成率达60%。")
    assert got == [("粤港共建重点项目", "150"), ("粤港共建重点项目年度投资完成率", "60")]
    got = _names("120个市重点项目年度投资完成率达到65%。")
    assert got == [("市重点项目", "120"), ("市重点项目年度投资完成率", "65")]
    assert _names("30家企业复工率达98%。") == [("企业复工率", "30"), ("企业复工率", "98")]
    # 共建 before another noun stays a verb
    assert _names("与高校共建实验室5个。") == [("实验室", "5")]


def test_a_rate_glued_to_the_next_count_ends_the_words_after() -> None:
    got = _names("工业投资增长4.1%600个市重点项目年度投资完成率58%。")
    assert got == [("工业投资", "4.1"), ("市重点项目", "600"), ("市重点项目年度投资完成率", "58")]


def test_class_counts_after_qizhong_name_the_class_and_drop_the_threshold() -> None:
    got = _names("全省农业龙头企业1500多家，其中营业收入20亿元以上8家，10亿元以上25家，出口创汇过500万美元的6家。")
    assert got == [
        ("农业龙头企业", "1500"),
        ("营业收入20亿元以上农业龙头企业", "8"),
        ("营业收入10亿元以上农业龙头企业", "25"),
        ("出口创汇过500万美元的农业龙头企业", "6"),
    ]
    got = _names("全县农民专业合作社800家，其中年收入100万元以上的60家。")
    assert got == [("农民专业合作社", "800"), ("年收入100万元以上的农民专业合作社", "60")]
    # a part named by its kind, and a threshold inside a noun, as before
    assert _names("全市规上工业企业500家，其中国有企业30家。")[1] == ("国有企业", "30")
    assert _names("完成投资50亿元，其中10亿元以上项目3个。") == [("投资", "50"), ("10亿元以上项目", "3")]
