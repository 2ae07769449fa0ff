"""drafter.segment: jieba words, figures whole, tokens join back to the text, no chatter."""

from __future__ import annotations

import subprocess
import sys

import pytest

from drafter.segment import tokenize

SENTENCES = [
    "预计全年地区生产总值同比增长3%左右，一般公共预算收入同比增长5.1%，固定资产投资完成54亿元左右。",
    "实现北京项目投资额35.08亿元，完成全年任务的116.9%，同比增长2.6%。",
    "控制降尘量均值在6吨/月·平方公里以下，市场主体突破6.2万家，累计对接北京资源300余次。",
    "全年PM 2.5 平均浓度42微克/立方米，由2022年的59.7%提高到61.7%。",
    "",
    "各位代表：",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_join_to_the_text(text):
    assert "".join(tokenize(text)) == text


def test_figures_with_unit_and_qualifier_are_one_token():
    tokens = tokenize(SENTENCES[0] + SENTENCES[2])
    for figure in ("3%左右", "5.1%", "54亿元左右", "6吨/月·平方公里以下", "6.2万家", "300余次"):
        assert figure in tokens, figure


def test_domain_words_stay_whole():
    tokens = tokenize(SENTENCES[0] + SENTENCES[1])
    for word in ("地区生产总值", "一般公共预算收入", "固定资产投资", "北京项目投资额"):
        assert word in tokens, word


def test_spans_are_kept_whole_even_across_words():
    text = "力争实现北京项目投资额30亿元。"
    start = text.index("北京")
    tokens = tokenize(text, [(start, text.index("。"))])
    assert "北京项目投资额30亿元" in tokens and "".join(tokens) == text


def test_bad_spans_are_ignored():
    text = "增长3%。"
    assert "".join(tokenize(text, [(5, 2), (0, 99)])) == text


def test_jieba_is_quiet():
    code = "from drafter.segment import tokenize; tokenize('地区生产总值增长4.5%左右')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr == ""
