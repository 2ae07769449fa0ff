"""Rule tests for indicator names (issue 9, round 17, fxgennames2): do the names rules of rounds 15–16
(tests/test_figures_r15names.py, r16a/b/c, r14a18) hold for sentences their fixers never saw? Every
text here is invented: other indicators, sectors, livestock, places, verbs and word orders, traditional
characters, stray blanks, and the neighbours each widened rule must leave alone
(docs/NAMES-GENERALISATION.md, round 17)."""

from __future__ import annotations

from drafter.figures import extract_figures
from drafter.normalize import simplified_converter


def _names(text: str, kind: str = "outcome") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind=kind, year=2023)]


def _only(text: str) -> list[str]:
    return [n for n, _ in _names(text)]


def test_a_fate_before_a_count_with_already_all_or_in_progress() -> None:
    got = _names("25项民生实事已完成20项，正在推进5项。")
    assert got == [("民生实事", "25"), ("已完成的民生实事", "20"), ("正在推进的民生实事", "5")]
    got = _only("全年确定的40项重点工作已全部完成36项，4项正在推进。")
    assert got == ["重点工作", "已全部完成的重点工作", "正在推进的重点工作"]
    assert _only("74项目标，68项全部完成，6项基本完成。") == ["目标", "全部完成的目标", "基本完成的目标"]
    # among the things (中), blanks or none
    for text in ("35项指标中完成或超额完成31项，未完成4项。", "35项指标中 完成或超额完成31项，未完成4项。"):
        assert _only(text) == ["指标", "完成或超额完成的指标", "未完成的指标"]
    # left alone: a fate after the count, a count of its own noun
    assert _only("60项重点任务，55项已完成，5项正在推进。") == ["重点任务", "已完成的重点任务", "正在推进的重点任务"]
    assert _names("引进项目20个，完成投资15个。")[1] == ("投资", "15")


def test_a_source_lead_with_a_scope_word_goes() -> None:
    assert _names("来源于全县的财政收入45亿元。") == [("财政收入", "45")]
    assert _only("来源于我区的税收收入20亿元，下降3%。") == ["税收收入", "税收收入"]
    assert _names("来源于 全县 的财政收入45亿元。") == [("财政收入", "45")]
    assert _names(simplified_converter()("來源於本市的財政總收入900億元。")) == [("财政总收入", "900")]
    assert _names("来源于企业的税收占比60%。") == [("税收占比", "60")]  # no place: as before


def test_spans_of_months_and_plan_periods_in_other_spellings() -> None:
    assert _names("一至五月规模以上工业增加值增长7%。") == [("规模以上工业增加值", "7")]
    assert _names("十一至十二月出口增长4%。") == [("出口", "4")]
    assert _names("1 ~ 5月规模以上工业企业利润增长9%。") == [("规模以上工业企业利润", "9")]
    assert _names("十四五以来全市规上工业增加值年均增长8%。") == [("规上工业增加值", "8")]
    got = _names("“十四五”以来，全县地区生产总值年均增长6.5%，一般公共预算收入年均增长7%。")
    assert got == [("地区生产总值", "6.5"), ("一般公共预算收入", "7")]
    # 一至三产业 is the sectors, no span of months
    assert _only("一至三产业增加值分别增长3%、5%和7%。") == ["一至三产业增加值"] * 3


def test_a_class_threshold_written_without_a_number() -> None:
    got = _names("全市规上工业企业1200家，其中产值10亿元以上的35家，亿元以上260家。")
    assert got[2] == ("产值亿元以上规上工业企业", "260")
    got = _names("全市规上工业企业1500家，其中产值亿元以上的320家。")
    assert got[1] == ("产值亿元以上的规上工业企业", "320")
    # a threshold inside a noun, or no 其中: as before
    assert _only("全市规上企业500家，其中亿元以上企业80家。") == ["规上企业", "亿元以上企业"]
    assert _only("引进亿元以上项目35个。") == ["引进亿元以上项目"]


def test_stock_heads_close_a_list_of_animals_written_whole() -> None:
    assert _names("生猪、肉牛存栏分别增长2%和3%。") == [("生猪存栏", "2"), ("肉牛存栏", "3")]
    got = _only("畜牧业稳步发展。生猪、肉牛、肉羊存栏分别增长2%、3%和4%，出栏分别增长5%、6%和7%。")
    assert got == ["生猪存栏", "肉牛存栏", "肉羊存栏", "生猪出栏", "肉牛出栏", "肉羊出栏"]
    assert _only(simplified_converter()("生豬、肉牛存欄分別增長2%和3%。")) == ["生猪存栏", "肉牛存栏"]
    # one animal's own two heads, or two names each whole: as before
    assert _only("能繁母猪存栏12万头、生猪出栏150万头。") == ["能繁母猪存栏", "生猪出栏"]
    assert _only("生猪存栏100万头，出栏150万头。") == ["生猪存栏", "生猪出栏"]


def test_a_part_that_bore_the_whole_owns_the_bare_measure_after() -> None:
    assert _names("其中汽车产业支撑作用突出，产值增长12%。") == [("汽车产业产值", "12")]
    assert _names("其中高技术制造业带动明显，增加值增长18%。") == [("高技术制造业增加值", "18")]
    assert _names("其中 汽车产业支撑作用突出，产值增长12%。") == [("汽车产业产值", "12")]
    assert _names("建筑业稳中向好，总产值增长7%。") == [("建筑业总产值", "7")]
    # a named growth after such a clause, or the clause alone: as before
    assert _names("其中采矿业支撑有力，全年保持9%以上的增速。") == [("采矿业", "9")]
    assert _names("消费市场保持稳定，社会消费品零售总额增长5%。") == [("社会消费品零售总额", "5")]


def test_a_rate_of_a_doing_verb_is_the_projects_measure() -> None:
    assert _names("50个省重点项目开工率达到90%。") == [("省重点项目", "50"), ("省重点项目开工率", "90")]
    assert _names("30个省市共建项目开工率达到90%。")[1] == ("省市共建项目开工率", "90")
    # the verb before a noun is still a doing
    assert _only("开工项目50个，竣工项目20个。") == ["开工项目", "竣工项目"]
    assert _only("新开工项目120个，开工率95%。") == ["新开工项目", "开工率"]


def test_a_long_subject_or_a_milestone_in_words_owns_the_total() -> None:
    got = _names("社会消费品零售总额首次突破千亿，总量达到1050亿元，增长6%。")
    assert got == [("社会消费品零售总额总量", "1050"), ("社会消费品零售总额", "6")]
    got = _names("社会消费品零售总额迈上千亿台阶，总量达到1050亿元，增长6%。")
    assert got == [("社会消费品零售总额总量", "1050"), ("社会消费品零售总额", "6")]
    assert _names("全县生产总值突破五百亿，增长6%。") == [("生产总值", "6")]
    assert _names("旅游人次突破千万，增长20%。") == [("旅游人次", "20")]
    # a milestone with its unit after it counts, as before
    assert _names("接待游客突破千万人次，增长20%。") == [("接待游客", "千"), ("接待游客", "20")]


def test_a_sector_written_whole_is_no_parallel_word() -> None:
    assert _names("第二产业增长6%，其中工业增长6.5%。") == [("第二产业", "6"), ("工业", "6.5")]
    got = _only("全年经济运行稳中向好。第二产业增长6%，其中工业增长6.5%、建筑业增长3%；第三产业增长7%。")
    assert got == ["第二产业", "工业", "建筑业", "第三产业"]
    # parallel two-character words still carry
    assert _only("牛存栏8万头、出栏4万头。") == ["牛存栏", "牛出栏"]
    assert _only("金融机构存款余额增长8%，贷款余额增长10%。") == ["金融机构存款余额", "金融机构贷款余额"]


def test_rules_that_held_on_new_variants() -> None:
    """Variants the rounds 15–16 rules already read (kept so that they go on reading them)."""
    assert _only("猪羊出栏分别达到80万头和30万只，存栏分别为60万头和25万只。") == ["猪出栏", "羊出栏", "猪存栏", "羊存栏"]
    got = _only("规上服务业企业营业收入210亿元，增长9%；利润总额15亿元，下降2%。")
    assert got == ["规上服务业企业营业收入"] * 2 + ["规上服务业企业利润总额"] * 2
    got = _only("工业投资增长12%，分别比基础设施投资、房地产投资快4个、9个百分点。")
    assert got == ["工业投资"] * 3
    assert _only("小麦总产85万吨，减产2万吨；油料总产量30万吨，增产1万吨。") == ["小麦总产"] * 2 + ["油料总产量"] * 2
    assert _only("获评省级乡村振兴示范村8个、全国乡村旅游重点村3个。") == ["获评省级乡村振兴示范村", "获评全国乡村旅游重点村"]
    got = _only("——全年规上工业增加值年初目标增长9%。1—6月增长9.6%，增速居全市第二。")
    assert got == ["规上工业增加值", "规上工业增加值增速"]
    got = _only("——全年税收收入计划增长5%。受留抵退税政策影响，上半年完成30亿元，下降10%。")
    assert got == ["税收收入", "税收收入"]
    assert _only("成功向上争取中央和省级资金50亿元。") == ["中央和省级资金"]
    assert _only("直播电商、即时零售等各类新业态销售额增长30%。") == ["各类新业态销售额"]
    assert _only("8项改革案例全省复制推广。") == ["改革案例"]


def test_neighbours_found_on_the_way() -> None:
    # 工业经济稳中向好: the sector without 经济 owns the bare measure (as 稳中有进 did)
    assert _names("工业经济稳中向好，增加值增长6%。") == [("工业增加值", "6")]
    # a threshold in dollars written without a number
    got = _names("外贸企业1200家，其中年进出口额千万美元以上的80家。")
    assert got[1] == ("年进出口额千万美元以上的外贸企业", "80")
    # a level after a level alone takes nothing of it
    assert _only("全县农业产业化龙头企业发展壮大，其中国家级5家，省级20家。") == ["国家级", "省级"]
    assert _only("认定高新技术企业120家，其中国家级30家，省级50家。") == [
        "高新技术企业", "国家级高新技术企业", "省级高新技术企业"]


def test_a_count_still_under_way_after_a_fate() -> None:
    got = _only("全年实施的28项重大改革全部完成25项，3项持续推进。")
    assert got == ["重大改革", "全部完成的重大改革", "持续推进的重大改革"]


def test_a_span_of_months_written_with_both_months() -> None:
    assert _names("1月至6月规模以上工业增加值增长7%。") == [("规模以上工业增加值", "7")]
    assert _names("今年1月—6月，规模以上工业增加值增长7%。") == [("规模以上工业增加值", "7")]
    assert _names("1月—6月规模以上工业增加值增长7%。") == [("规模以上工业增加值", "7")]
    assert _names("工业增加值增长8%—6月出口增长4%。")[1] == ("6月出口", "4")  # a dash after a figure: as before


def test_asking_higher_levels_in_other_spellings() -> None:
    assert _names("积极向上对接争取项目资金6亿元。") == [("项目资金", "6")]
    assert _names("全年对上争取资金45亿元。") == [("资金", "45")]
    assert _names("争取上级资金20亿元。") == [("上级资金", "20")]  # 争取 alone, as before
