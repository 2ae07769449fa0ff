"""Rule tests for indicator names (issue 9, round 17, fxa74): the general causes behind the first-run
misses of tests/real_aside74 (its README, conventions 2 and 4; docs/FIGURES.md "Round 17 fixes on
real_aside74"). Every text here is invented: variants with other places, measures, units and verbs, and
the cases each rule must leave alone."""

from __future__ import annotations

from _bounds import cpu_bound

from drafter.figures import extract_figures
from drafter.figures import lexicon as lex


def _names(text: str, place: str = "") -> list[tuple[str, str | None]]:
    return [(f.indicator, f.value) for f in extract_figures(text, kind="outcome", year=2023, place=place)]


def test_holding_a_level_is_no_part_of_the_name() -> None:
    assert _names("稳定大豆播种面积30万亩。") == [("大豆播种面积", "30")]
    assert _names("全年稳定生猪存栏量120万头。") == [("生猪存栏量", "120")]
    assert _names("稳定蔬菜种植面积45万亩,新建设施农业基地3个。")[0] == ("蔬菜种植面积", "45")
    assert _names("稳定油料播种面积8万亩。") == [("油料播种面积", "8")]
    # a noun that opens with 稳定 keeps it
    assert _names("稳定就业岗位3万个。") == [("稳定就业岗位", "3")]
    assert _names("稳定运行天数300天。") == [("稳定运行天数", "300")]


def test_a_parity_before_a_rates_gap_goes_with_the_gap() -> None:
    assert _names("一季度全省地区生产总值增长6%,增速与全省持平、高于上年同期1.2个百分点。")[1] == ("地区生产总值增速", "1.2")
    assert _names("全县规上工业增加值增长8%,增速与全市持平、快于全省0.5个百分点。")[1] == ("规上工业增加值增速", "0.5")
    assert _names("上半年全区固定资产投资增长9%,增速与全国基本持平、高于一季度3个百分点。")[1] == ("固定资产投资增速", "3")
    # no parity: as before
    assert _names("全区固定资产投资增长9%,增速高于全市2个百分点。")[1] == ("固定资产投资增速", "2")


def test_two_stated_amounts_run_together_keep_their_own_words() -> None:
    assert _names("全市粮食产量达50亿斤生猪出栏量超200万头。") == [("粮食产量", "50"), ("生猪出栏量", "200")]
    assert _names("全区旅游人次达1200万人次旅游收入突破90亿元。") == [("旅游人次", "1200"), ("旅游收入", "90")]
    assert _names("风电装机容量达300万千瓦光伏发电装机达150万千瓦。") == [("风电装机容量", "300"), ("光伏发电装机", "150")]
    assert _names("全县森林面积超过80万亩湿地面积达12万亩。") == [("森林面积", "80"), ("湿地面积", "12")]


def test_stated_amount_patterns_on_hostile_input() -> None:
    text = "装机总量达" * 4000 + "1"
    with cpu_bound(1.0):
        lex.STATED_AMOUNT_END.search(text)
        lex.STATED_AMOUNT_GAP.match(text)
        lex.STATED_AMOUNT_NEXT.match(text)


def test_a_manner_before_the_counted_things_predicate_opens_it() -> None:
    assert _names("两个省级重点实验室高质量建成投用。") == [("省级重点实验室", "两")]
    assert _names("5个示范园区高水平运营。") == [("示范园区", "5")]
    assert _names("4家新型研发机构高效运行。") == [("新型研发机构", "4")]
    assert _names("三个科创中心高标准推进建设。") == [("科创中心", "三")]
    # 高标准农田 is a noun
    assert _names("新建12万亩高标准农田。") == [("高标准农田", "12")]
    assert _names("建成3个高标准农田示范区。") == [("高标准农田示范区", "3")]


def test_a_listing_verb_before_a_count_of_firms_names_them() -> None:
    assert _names("累计上市98家企业。") == [("上市企业", "98")]
    assert _names("今年以来新增上市7家企业。") == [("上市企业", "7")]
    assert _names("累计挂牌85家企业。") == [("挂牌企业", "85")]
    assert _names("全年新上市企业12家。") == [("新上市企业", "12")]  # as before


def test_the_places_short_name_before_a_flow_out_of_it_goes() -> None:
    assert _names("上半年天津流向京冀技术合同成交额96亿元。", "天津市") == [("流向京冀技术合同成交额", "96")]
    assert _names("河北销往京津蔬菜800万吨。", "河北省") == [("销往京津蔬菜", "800")]
    assert _names("上海流向长三角技术合同成交额300亿元。", "上海市") == [("流向长三角技术合同成交额", "300")]
    # a name that only opens with the place keeps it
    assert _names("北京证券交易所上市公司204家。", "北京市") == [("北京证券交易所上市公司", "204")]


def test_a_places_unquoted_formula_counting_its_aims_is_no_figure() -> None:
    assert _names("聚焦打造两个示范区,扎实推进各项工作。") == []
    assert _names("锚定五个中心建设目标,狠抓落实。") == []
    assert _names("紧扣建设三大基地,全年完成投资20亿元。") == [("投资", "20")]
    assert _names("围绕构建六个产业链条,加快项目建设。") == []
    # a count written in digits, or with no steering word, is measured
    assert _names("围绕5个重点产业引进企业20家。")[0] == ("重点产业", "5")
    assert _names("全年建设两个示范区。") == [("示范区", "两")]
