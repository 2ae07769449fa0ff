"""Rule tests for lists of figures (issue 9, sixth fixing round): a list item that is a complete
indicator name borrows nothing from its neighbours, and a number before a list's next one takes
the unit that number shares. Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _names(text: str) -> list[str]:
    return [f.indicator for f in extract_figures(text, kind="outcome", year=2023)]


def _units(text: str) -> list[tuple[str | None, str]]:
    return [(f.value, f.unit) for f in extract_figures(text, kind="outcome", year=2023)]


def test_a_complete_indicator_name_in_a_list_borrows_no_head() -> None:
    lists = {
        "全县地区生产总值、规上工业增加值分别增长5.2%、6.1%。": ["地区生产总值", "规上工业增加值"],
        "地区生产总值、一般公共预算收入分别增长4.6%、8.3%。": ["地区生产总值", "一般公共预算收入"],
        "全年固定资产投资、社会消费品零售总额分别增长9.4%、5.7%。": ["固定资产投资", "社会消费品零售总额"],
        "进出口总额、出口额分别增长12%、15.5%。": ["进出口总额", "出口额"],
        "GDP、规模以上工业增加值分别增长6%、7.5%。": ["GDP", "规模以上工业增加值"],
        "财政收入、规上工业增加值分别增长3.3%、9%。": ["财政收入", "规上工业增加值"],
        "税收收入、社会消费品零售总额增长2.8%、6.6%。": ["税收收入", "社会消费品零售总额"],
        "实际利用外资、出口总额分别增长18%、4%。": ["实际利用外资", "出口总额"],
        "投资、社会消费品零售总额分别增长7%、5%。": ["投资", "社会消费品零售总额"],
        "财政收入和城镇居民人均可支配收入分别增长6.1%和5.9%。": ["财政收入", "城镇居民人均可支配收入"],
        "地区生产总值、规上工业增加值、固定资产投资分别增长5%、6%、8%。": ["地区生产总值", "规上工业增加值", "固定资产投资"],
    }
    for text, want in lists.items():
        assert _names(text) == want, text


def test_a_thing_a_sector_or_a_bare_measure_still_borrows() -> None:
    lists = {
        "规上工业总产值、增加值分别增长11%、9.2%。": ["规上工业总产值", "规上工业增加值"],
        "规模以上工业营业收入、利润分别增长6%、3%。": ["规模以上工业营业收入", "规模以上工业利润"],
        "化学需氧量、氨氮排放量分别下降2.1%、3.4%。": ["化学需氧量排放量", "氨氮排放量"],
        "工业、农业增加值分别增长8%、3.5%。": ["工业增加值", "农业增加值"],
        "食品、纺织两大产业产值分别增长10%、4%。": ["食品产业产值", "纺织产业产值"],
        "城镇、农村居民人均可支配收入分别增长4.8%、6.7%。": ["城镇居民人均可支配收入", "农村居民人均可支配收入"],
        "城镇、农村常住居民人均可支配收入分别达4.5万元、2.3万元。": ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"],
        "金融机构存款、贷款余额分别增长9%、11%。": ["金融机构存款余额", "金融机构贷款余额"],
        "地区生产总值、固定资产投资增速分别居全省第3位、第5位。": ["地区生产总值增速", "固定资产投资增速"],
    }
    for text, want in lists.items():
        assert _names(text) == want, text


def test_a_sibling_before_a_list_rate_takes_the_whole_rest_not_the_head_alone() -> None:
    assert _names("城镇、农村居民收入增速分别提高1.2个和0.4个百分点。") == ["城镇居民收入增速", "农村居民收入增速"]
    assert _names("第一产业、第二产业增速分别为3%、5%。") == ["第一产业增速", "第二产业增速"]


def test_a_number_written_with_part_of_the_next_unit_takes_it_whole() -> None:
    assert _units("两项指标增速分别提高1.1个和0.3个百分点。")[-2:] == [("1.1", "个百分点"), ("0.3", "个百分点")]
    assert _units("城镇、农村居民收入增速分别下降1.1和0.3个百分点。") == [("1.1", "个百分点"), ("0.3", "个百分点")]
    assert _units("新增城镇、农村用户分别1.2万、3.4万户。") == [("1.2", "万户"), ("3.4", "万户")]
    assert _units("工业、农业投资分别达到3亿和5亿元。") == [("3", "亿元"), ("5", "亿元")]
    assert _names("工业、农业投资分别达到3亿和5亿元。") == ["工业投资", "农业投资"]
    assert _units("城镇和农村就业分别新增1.2万、0.8万人。") == [("1.2", "万人"), ("0.8", "万人")]
    measures = [f.measure for f in extract_figures("增速比上年提高1.5个和0.8个百分点。", kind="outcome", year=2023)]
    assert measures[0] == measures[1]


def test_a_number_with_its_own_whole_unit_keeps_it() -> None:
    assert _units("建成学校、医院分别5个和7个。") == [("5", "个"), ("7", "个")]
    assert _units("新建公园3个和绿道12公里。") == [("3", "个"), ("12", "公里")]
    assert _units("引进企业5家、人才120人。") == [("5", "家"), ("120", "人")]


def test_a_shared_head_closes_every_thing_of_a_longer_list() -> None:
    assert _names("化学需氧量、氨氮、二氧化硫排放量分别下降1.5%、2%、3.1%。") == ["化学需氧量排放量", "氨氮排放量", "二氧化硫排放量"]
    assert _names("农业、工业、服务业投资分别达到3亿、4亿和5亿元。") == ["农业投资", "工业投资", "服务业投资"]
    assert _names("民间、技改投资分别增长4%、9%。") == ["民间投资", "技改投资"]
    assert _names("全社会用电量、规上工业增加值分别增长7%、8%。") == ["全社会用电量", "规上工业增加值"]
    assert _names("社会融资规模、贷款余额分别增长9%、10%。") == ["社会融资规模", "贷款余额"]


def test_a_level_alone_in_a_list_takes_the_noun_after_the_last_level() -> None:
    assert _names("国家级、省级龙头企业分别达到6家和14家。") == ["国家级龙头企业", "省级龙头企业"]
    assert _names("国家级、省级重点项目投资分别超过5亿元和8亿元。") == ["国家级重点项目投资", "省级重点项目投资"]
    assert _names("省、市重点建设项目投资分别超过50亿元和180亿元。") == ["省重点建设项目投资", "市重点建设项目投资"]


def test_a_unit_part_carries_back_to_the_list_first_number() -> None:
    got = _units("城镇、农村和全体居民收入增速分别提高1.1个、2.3个和0.3个百分点。")
    assert got == [("1.1", "个百分点"), ("2.3", "个百分点"), ("0.3", "个百分点")]
    assert _units("三类投资分别达到3亿、4亿和5亿元。")[-3:] == [("3", "亿元"), ("4", "亿元"), ("5", "亿元")]


def test_only_a_word_parallel_to_the_last_opening_takes_its_rest() -> None:
    got = _names("全县新增城镇就业、农村劳动力转移就业分别为1.3万人、0.6万人。")
    assert got == ["城镇就业", "农村劳动力转移就业"]
    assert _names("工业、农业用水总量分别下降4%、6%。") == ["工业用水总量", "农业用水总量"]
    assert _names("一产、三产占比分别提高0.4个和1.2个百分点。") == ["一产占比", "三产占比"]
    assert _names("PM10、PM2.5平均浓度分别下降6%、9%。") == ["PM10平均浓度", "PM2.5平均浓度"]


def test_a_bare_number_after_names_and_their_verb_takes_the_list_unit() -> None:
    text = "城镇和农村居民人均可支配收入增长5.1和7.2%。"
    assert _units(text) == [("5.1", "%"), ("7.2", "%")]
    assert _names(text) == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert _units("一产、三产占比提高1.1和0.3个百分点。") == [("1.1", "个百分点"), ("0.3", "个百分点")]


def test_a_verb_alone_in_a_list_takes_the_object_of_the_last_verb() -> None:
    assert _names("引进、培育高新技术企业分别为12家和30家。") == ["引进高新技术企业", "培育高新技术企业"]
    assert _names("新建、改造农村公路分别为120公里和80公里。") == ["农村公路", "改造农村公路"]  # 新建 is a lead word
    assert _names("新增、改造绿地分别为12公顷和30公顷。") == ["绿地", "改造绿地"]


def test_two_complete_names_sharing_a_character_stay_apart() -> None:
    lists = {
        "实际利用外资、外贸进出口分别增长15%、8%。": ["实际利用外资", "外贸进出口"],
        "一般公共预算支出、出口额分别增长4%、11%。": ["一般公共预算支出", "出口额"],
        "一般公共预算支出和进出口总额分别增长4%和11%。": ["一般公共预算支出", "进出口总额"],
        "接待游客、旅游总收入分别增长20%、25%。": ["接待游客", "旅游总收入"],
        "城镇就业、规上工业增加值分别增长3%、7%。": ["城镇就业", "规上工业增加值"],
    }
    for text, want in lists.items():
        assert _names(text) == want, text
    assert _names("金融机构存、贷款余额分别增长9%、12%。") == ["金融机构存款余额", "金融机构贷款余额"]
    assert _names("进、出口总额分别增长6%、3%。") == ["进口总额", "出口总额"]
