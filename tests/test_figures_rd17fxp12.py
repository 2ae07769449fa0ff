"""Rule tests for the general causes behind the first-sight name misses of the passage sets tests/real_pass1 and
tests/real_pass2 (issue 9, round 17, fxp12; their READMEs and docs/FIGURES.md "Round 17 fixes on real_pass1–2").
Every text here is invented: other places, crops, sectors, wordings and numbers, and the cases each rule must
leave alone."""

from __future__ import annotations

from _bounds import cpu_bound

from drafter.figures import extract_figures
from drafter.figures import lexicon as lex


def _read(text: str, kind: str = "outcome") -> list[tuple[str, str | None, str, str]]:
    return [(f.indicator, f.value, f.unit, f.qualifier) for f in extract_figures(text, kind=kind, year=2012)]


def _names(text: str, kind: str = "outcome") -> list[str]:
    return [f[0] for f in _read(text, kind)]


def test_crops_after_a_sown_area_take_its_measure_across_sentences() -> None:
    assert _names("粮食作物播种面积88.2千公顷，减少1.1千公顷。其中，小麦30.4千公顷，增加0.2千公顷；大豆12.9千公顷，减少0.8千公顷。") == [
        "粮食作物播种面积", "粮食作物播种面积", "小麦播种面积", "小麦播种面积", "大豆播种面积", "大豆播种面积",
    ]
    assert _names("农作物种植面积240万亩。其中，水稻95万亩；油菜40万亩。") == ["农作物种植面积", "水稻种植面积", "油菜种植面积"]
    assert _names("经济作物播种面积15.6千公顷，增加2.0千公顷。其中，花生4.1千公顷，增加0.3千公顷。") == [
        "经济作物播种面积", "经济作物播种面积", "花生播种面积", "花生播种面积",
    ]
    # another unit after 其中 is no part of the area
    assert _names("粮食作物播种面积88.2千公顷。其中，小麦产量12万吨。")[1] == "小麦产量"
    # a sentence not opened by 其中 keeps its own name
    assert _names("粮食作物播种面积88.2千公顷。果园面积6.3千公顷。") == ["粮食作物播种面积", "果园面积"]


def test_crops_after_a_crop_class_output_take_its_measure() -> None:
    assert _read("粮食总产量58.6万吨，比上年增加1.2万吨，增长2.1%。其中，小麦21.3万吨，增长4.5%；大豆7.7万吨，下降1.8%。") == [
        ("粮食总产量", "58.6", "万吨", "exact"),
        ("粮食总产量", "1.2", "万吨", "exact"),
        ("粮食总产量", "2.1", "%", "exact"),
        ("小麦总产量", "21.3", "万吨", "exact"),
        ("小麦总产量", "4.5", "%", "exact"),
        ("大豆总产量", "7.7", "万吨", "exact"),
        ("大豆总产量", "1.8", "%", "exact"),
    ]
    assert _names("肉类总产量9.5万吨。其中，猪肉6.1万吨。") == ["肉类总产量", "猪肉总产量"]
    assert _names("油料产量3.2万吨。其中，花生2.4万吨。") == ["油料产量", "花生产量"]
    # not a class of farm produce: the part keeps its own words
    assert _names("原煤产量1200万吨。其中，焦煤300万吨。") == ["原煤产量", "焦煤"]
    assert _names("工业总产值820亿元。其中，汽车310亿元。") == ["工业总产值", "汽车"]


def test_real_terms_before_a_respectively_list_are_no_subject() -> None:
    assert _names("城镇居民人均可支配收入3.1万元、农村居民人均可支配收入1.6万元，实际分别增长6.1%和7.4%。") == [
        "城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入",
    ]
    assert _names("城镇居民人均可支配收入3.1万元、农村居民人均纯收入1.6万元，扣除价格因素后分别增长6%和8%。")[2:] == [
        "城镇居民人均可支配收入", "农村居民人均纯收入",
    ]
    assert _names("城镇居民人均可支配收入3.1万元、农村居民人均可支配收入1.6万元，名义分别增长9%和10%。")[2:] == [
        "城镇居民人均可支配收入", "农村居民人均可支配收入",
    ]


def test_an_economy_kind_keeps_its_economy() -> None:
    assert _names("民营经济稳步发展，实现增加值860.5亿元，增长8.3%。") == ["民营经济增加值", "民营经济增加值"]
    assert _names("县域经济加快发展，实现增加值420亿元。") == ["县域经济增加值"]
    assert _names("数字经济较快增长，实现增加值96亿元。") == ["数字经济增加值"]
    # a sector's 经济 still goes
    assert _names("工业经济稳步增长，实现增加值320亿元。") == ["工业增加值"]


def test_a_bare_result_after_a_semicolon_is_the_sectors_whose_value_came_before() -> None:
    assert _names("规模以上工业实现增加值610亿元，增长9.9%，产销率97.6%；实现利润48.2亿元，增长12%。") == [
        "规模以上工业增加值", "规模以上工业增加值", "产销率", "规模以上工业利润", "规模以上工业利润",
    ]
    assert _names("规上工业完成总产值850亿元，增长9%；利税总额60亿元，增长5%。")[2:] == ["规上工业利税总额", "规上工业利税总额"]
    assert _names("限额以上建筑业完成总产值300亿元；上缴税金12亿元。")[1] == "限额以上建筑业上缴税金"
    # a sector alone keeps the bare result as written (round 15)
    assert _names("全县工业产值500亿元；实现利润32亿元。")[1] == "利润"
    # after a full stop the result stands alone
    assert _names("规上工业完成总产值850亿元。实现利润60亿元。") == ["规上工业总产值", "利润"]


def test_a_per_head_figures_calculation_basis_goes() -> None:
    assert _read("按常住人口计算人均地区生产总值68210元，按年平均汇率计算为9880美元，增长5.2%。") == [
        ("人均地区生产总值", "68210", "元", "exact"),
        ("人均地区生产总值", "9880", "美元", "exact"),
        ("人均地区生产总值", "5.2", "%", "exact"),
    ]
    assert _names("按户籍人口计算，全市人均生产总值达到8.2万元，按当年汇率折算为1.2万美元。") == ["人均生产总值", "人均生产总值"]
    assert _names("按2019年平均汇率计算，人均GDP为1.1万美元。") == ["人均GDP"]


def test_belonging_to_a_level_goes_from_a_revenue() -> None:
    assert _names("税收总额930亿元，其中属中央收入610亿元，地方一般预算收入320亿元。") == ["税收总额", "中央收入", "地方一般预算收入"]
    assert _names("税收收入95亿元，属于地方收入40亿元。") == ["税收收入", "地方收入"]
    assert _names("属地管理企业12家。") == ["属地管理企业"]


def test_a_pollutant_is_one_word_in_a_list_of_two() -> None:
    assert _names("二氧化硫和化学需氧量排放量分别下降4.1%和3.3%。") == ["二氧化硫排放量", "化学需氧量排放量"]
    assert _names("二氧化碳、化学需氧量排放量分别下降3%和2%。") == ["二氧化碳排放量", "化学需氧量排放量"]
    assert _names("化学需氧量和二氧化硫排放量分别削减5%、6%。") == ["化学需氧量排放量", "二氧化硫排放量"]
    assert _names("人民币存款、贷款余额分别增长9%和8%。") == ["人民币存款余额", "人民币贷款余额"]


def test_time_ahead_of_schedule_and_meetings_chaired_are_no_figures() -> None:
    assert _read("人均地区生产总值达到9800美元，提前三年完成规划目标，继续居全省首位。") == [
        ("人均地区生产总值", "9800", "美元", "exact"),
        ("人均地区生产总值", "首", "位", "exact"),
    ]
    assert _names("提前6个月实现全年目标，外贸出口增长12%。") == ["外贸出口"]
    assert _names("外贸出口达到120亿美元，超额完成年度目标，总量居全省第二位。") == ["外贸出口", "外贸出口总量"]
    assert _names("项目提前3个月建成。") != []  # a work's lead time stays
    assert _read("市长主持了36次专题调研和协调会议。") == []
    assert _read("分管领导出席12场项目推介活动。") == []
    # meetings the report counts of its own stay
    assert _names("全年召开项目推进会议59次。") == ["召开项目推进会议"]


def test_a_months_rate_falling_back_is_named_by_the_rate() -> None:
    assert _names("居民消费价格上涨4.8%，但11月价格涨幅已回落至2.1%。") == ["居民消费价格", "价格涨幅"]
    assert _names("食品价格涨幅回落到3.5%。") == ["食品价格涨幅"]
    assert _names("10月份工业增加值增速回升到6%。") == ["工业增加值"]


def test_aims_striven_for_controlled_or_proposed_lose_their_verbs() -> None:
    assert _read("今年地区生产总值的增长挑战11%。", "target") == [("地区生产总值", "11", "%", "at_least")]
    assert _read("全市工业增加值增速挑战12%。", "target") == [("工业增加值", "12", "%", "at_least")]
    assert _names("居民消费价格涨幅控制在3%左右。", "target") == ["居民消费价格涨幅"]
    assert _names("物价涨幅控制从4%左右下降到3%左右。", "target") == ["物价涨幅", "物价涨幅"]
    assert _names("需要说明的是，提出城镇居民人均可支配收入增长8%。", "target") == ["城镇居民人均可支配收入"]
    # proposals counted keep their verb
    assert _names("代表提出建议120件。") == ["代表提出建议"]


def test_town_and_pastoral_incomes_split() -> None:
    assert _names("城镇、牧区常住居民人均可支配收入分别达到31200元和18400元，增长6.9%和8.1%。") == [
        "城镇常住居民人均可支配收入", "牧区常住居民人均可支配收入", "城镇常住居民人均可支配收入", "牧区常住居民人均可支配收入",
    ]
    assert _names("城镇、林区居民人均可支配收入分别增长7%和9%。") == ["城镇居民人均可支配收入", "林区居民人均可支配收入"]


def test_whose_count_unbracketed_goes() -> None:
    assert _names("财政总收入省口径和市口径，在全省、全市均列第三位。") == ["财政总收入"]
    assert _names("财政总收入省口径和市口径增幅，分别高于全省、全市3.1和1.2个百分点。") == ["财政总收入增幅", "财政总收入增幅"]
    assert _names("税收占财政总收入比重省口径、市口径分别为88%、90.5%。") == ["税收占财政总收入比重", "税收占财政总收入比重"]
    assert _names("在全市十二县（区）中列第三位。") != ["十二县（区）中"]


def test_places_counted_without_a_classifier_are_a_ranks_group() -> None:
    assert _names("地方财政收入增幅高于全省2.6个百分点，在全市九县（区）中列第三位。") == ["地方财政收入增幅", "地方财政收入增幅"]
    assert _names("固定资产投资增长12%，在全市11县中排第二位。") == ["固定资产投资", "固定资产投资"]


def test_a_gap_over_a_task_from_above_names_the_figure_before() -> None:
    assert _names("规模以上固定资产投资完成22.4亿元，超出市级下调任务指标3000万元。") == ["规模以上固定资产投资"] * 2
    assert _names("税收收入完成8亿元，超过市下达任务0.5亿元。") == ["税收收入", "税收收入"]
    assert _names("工业投资完成36亿元，超出年度任务2亿元。") == ["工业投资", "工业投资"]


def test_projects_put_in_use_and_newly_planned() -> None:
    assert _names("污水处理厂、物流园等45个项目建成投用。") == ["建成投用项目"]
    assert _names("全年有12个项目竣工投用。") == ["竣工投用项目"]
    assert _names("新谋划重点项目280个、总投资900亿元。")[0] == "谋划重点项目"
    assert _names("新储备项目45个。") == ["储备项目"]


def test_an_award_after_rong_huo_names_its_count() -> None:
    assert _names("全市荣获省政府质量奖3个。") == ["省政府质量奖"]
    assert _names("荣获省级以上荣誉称号15项。") == ["省级以上荣誉称号"]
    assert _names("获得国家专利授权300件。") == ["获得国家专利授权"]


def test_a_counts_stock_ranks_after_its_growth() -> None:
    assert _names("新增专精特新企业120家，增长30%，总量全市第二。") == ["专精特新企业"] * 3
    assert _names("地区生产总值增长9%，总量全市第三。") == ["地区生产总值", "地区生产总值总量"]


def test_an_ellipsis_ends_a_counted_noun() -> None:
    assert _names("投入80亿元，办好30件民生实事......报告中，成绩令人振奋。") == ["投入", "民生实事"]
    assert _names("办好20件民生实事……会上，代表们认真审议。") == ["民生实事"]


def test_capacities_in_a_list_closed_by_a_counted_project_class_are_no_figures() -> None:
    assert _read("东港物流改造、宏达20兆瓦光伏发电、年产5万吨饲料等11个项目参加省重点项目观摩。") == [("项目", "11", "个", "exact")]
    assert _read("某某扩建、某某50兆瓦风电、某某光伏等8个项目开工。") == [("项目", "8", "个", "exact")]
    assert _names("有12家企业参与标准制定。") == ["企业"]
    # a capacity built, not an item of a list, stays
    assert _names("新增光伏装机50万千瓦。") == ["光伏装机"]


def test_a_count_inside_an_honours_title_is_no_figure() -> None:
    assert _read("荣获全国文明城市提名城市、全省5个县域经济发展先进县之一。") == []
    assert _read("被评为全省先进单位、全市3个示范区，新增就业2000人。") == [("就业", "2000", "人", "exact")]


def test_a_national_rankings_items_are_ranks_named_by_their_words() -> None:
    assert _read("荣登全国营商环境百强县榜首，位居全国百强县创新能力第2、数字经济第4、生态环境第6，跻身制造业全国20强。") == [
        ("营商环境百强县", "首", "", "exact"),
        ("百强县创新能力", "2", "", "exact"),
        ("数字经济", "4", "", "exact"),
        ("生态环境", "6", "", "exact"),
        ("制造业", "20", "", "at_most"),
    ]
    assert _names("位居全国百强区投资潜力第8、绿色发展第9。") == ["百强区投资潜力", "绿色发展"]
    # a plain list of ranks keeps reading as before
    assert _names("地区生产总值和财政收入分别居全省第3位、第2位。") == ["地区生产总值", "财政收入"]


def test_new_patterns_read_long_hostile_input_fast() -> None:
    shapes = (
        "其中，稻谷" * 10000,
        "、新型城镇化质量" * 10000 + "第4",
        "省口径和市口径" * 10000,
        "荣获全国文明县、" * 10000 + "全区4个",
        "按常住人口计算" * 10000,
        "属中央" * 10000,
        "提出城乡居民" * 10000,
        "12月价格" * 10000,
    )
    patterns = (
        lex.PART_OPENING_SENTENCE, lex.CROP_CLASS_OUTPUT, lex.RANK_NATIONAL_ITEM, lex.RANK_MORE_ITEM, lex.RANK_TOP_OF_LIST,
        lex.RANK_FIELD_BEFORE_SCOPE, lex.SECTOR_VALUE, lex.SECTOR_RESULT_OPENS, lex.REAL_TERMS_END, lex.PLAN_MET_CLAUSE,
        lex.COMPARE, lex.TIME, lex.LEAD_RE, lex.GROUP_SCOPE, lex.CLAUSE_SUBJECT, lex._HONOUR_LIST_BEFORE, lex._TITLE_AFTER,
    )
    for text in shapes:
        with cpu_bound(1.0, text[:20]):
            for pattern in patterns:
                pattern.search(text)
    with cpu_bound(5.0):
        extract_figures("，".join(["其中，稻谷42.5千公顷", "位居全国百强县投资潜力第3、绿色发展第5"] * 200) + "。", kind="outcome", year=2012)
