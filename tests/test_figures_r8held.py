"""Rule tests for the figures of the pages the held page-reading rules read (issue 9, sixth fixing
round, branch fxheld): a counted noun ends before an adverb of acting together, a count of the two
things just joined by 和 counts them, a count inside a span-named programme's name is no figure, and
two counts in a row name the noun after the second. Every text here is invented."""

from __future__ import annotations

from drafter.figures import extract_figures


def _figures(text: str) -> list[tuple[str, str, str]]:
    return [(str(f.number), f.unit, f.indicator) for f in extract_figures(text, kind="outcome", year=2023)]


def test_a_counted_noun_ends_before_acting_together() -> None:
    cases = {
        "全镇36个村共同参与整治。": [("36", "个", "村")],
        "9家银行携手授信，支持企业发展。": [("9", "家", "银行")],
        "组织27个单位联手攻坚。": [("27", "个", "单位")],
    }
    for text, want in cases.items():
        assert _figures(text) == want, text
    # 共同富裕, 共同体 are nouns, no adverb
    assert _figures("全县8个共同富裕示范村通过验收。") == [("8", "个", "共同富裕示范村")]


def test_a_count_of_the_two_things_just_joined_is_no_figure() -> None:
    for text in ("坚持保护和利用两条主线，推动发展。", "统筹城市与乡村两个空间。", "抓住投资和消费两项关键。"):
        assert _figures(text) == [], text
    # a 、 list whose last item is joined by 和: the count numbers all of them
    assert _figures("抓好交通、水利和能源三项工作。") == []
    # a count that is not the number of the items joined is a figure
    assert _figures("建成学校和医院5所。") == [("5", "所", "学校和医院")]


def test_a_count_inside_a_span_named_programme_is_no_figure() -> None:
    assert _figures("落实16项民生实事五年行动方案，推进改革。") == []
    assert _figures("围绕9项产业提升三年规划，加快建设。") == []
    # a count of such programmes, with no noun between, is counted
    assert [f[:2] for f in _figures("制定5个三年行动计划。")] == [("5", "个")]


def test_two_counts_in_a_row_are_named_by_the_noun_after_the_second() -> None:
    cases = {
        "转运安置8批次560名滞留旅客。": [("8", "批次", "转运安置滞留旅客"), ("560", "名", "转运安置滞留旅客")],
        "分流接驳40批次1500名返程人员。": [("40", "批次", "分流接驳返程人员"), ("1500", "名", "分流接驳返程人员")],
    }
    for text, want in cases.items():
        assert _figures(text) == want, text
    # with no noun after the second, both keep the name before them
    assert _figures("帮扶低收入人口320户905人。") == [("320", "户", "帮扶低收入人口"), ("905", "人", "帮扶低收入人口")]


def test_policies_listed_by_their_article_counts_are_no_figures() -> None:
    for text in (
        "出台实施助企纾困18条、稳住外贸基本盘12条、扩大有效需求25条等一系列政策举措。",
        "印发支持民营经济发展15条、优化营商环境20条，全力稳经济。",
        "扩大有效投资20条、稳定外贸15条等措施落地见效。",
    ):
        assert _figures(text) == [], text
    # things measured in 条 listed after a verb of issuing stay figures (no policy word in reach)
    assert [f[:2] for f in _figures("推出精品旅游线路10条、研学路线5条。")] == [("10", "条"), ("5", "条")]
