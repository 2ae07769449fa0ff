"""Regression on the real sentences fixed in the round 17 name audit au1 (tests/audit17/au1: pages saved as
the search tool gave them; AUDIT.md has the judgement). Each page is read paragraph by paragraph as the
audit read it (tests/audit17/au1/run_audit.py)."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

AUDIT = Path(__file__).parent / "audit17" / "au1"


@lru_cache(maxsize=1)
def _audit():
    spec = importlib.util.spec_from_file_location("run_audit_au1", AUDIT / "run_audit.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _figures(name: str) -> list[tuple[str, str]]:
    audit = _audit()
    page = next(p for p in audit.PAGES if p[0] == name)
    return [(r["indicator"], f"{r['value']}{r['unit']}") for r in audit.read(*page)]


def test_time_words_and_pronoun_scopes_leave_the_names() -> None:
    assert ("GDP", "6.6%") in _figures("beijing-2018-kaimu.txt")
    assert ("工业增加值", "9.5%") in _figures("shanxi-2021-gongye.txt")
    shanxi = _figures("shanxi-2022-gongye.txt")
    assert ("规模以上工业增加值", "10.3%") in shanxi and ("规模以上工业增加值", "9.2%") in shanxi
    assert ("全社会用电量", "6.2%") in shanxi


def test_words_and_price_bases() -> None:
    assert ("可穿戴智能设备零售额", "49.4%") in _figures("shanxi-2023-sanjidu.txt")
    assert ("农林牧渔业总产值", "184.4亿元") in _figures("beilin-2024-zhengfu.txt")


def test_spaced_numbers_and_qualifiers_of_a_news_copy() -> None:
    audit = _audit()
    rows = audit.read("jiangsu-2023-kaimu.txt", 2023, "江苏省")
    targets = {(r["indicator"], r["qualifier"]) for r in rows if r["para"] == 3}
    assert ("地区生产总值", "at_least") in targets and ("居民消费价格", "about") in targets
    assert ("一般公共预算收入", "9930亿元") in _figures("jiangsu-2023-kaimu.txt")


def test_lists() -> None:
    zhejiang = _figures("zhejiang-2018-shangbannian.txt")
    for name in ("农业", "林业", "渔业", "规模以上工业增加值", "大型企业工业增加值", "中型企业工业增加值",
                 "批发和零售业增加值", "交通运输仓储和邮政业增加值", "其他服务业增加值",
                 "服务业增加值增速", "服务业增加值占GDP的比重"):
        assert name in {n for n, _ in zhejiang}, name
    weichang = _figures("weichang-2021-zhengfu.txt")
    assert ("城镇居民人均可支配收入", "8%") in weichang and ("农村居民人均可支配收入", "11.6%") in weichang
    liaoyang = {n for n, _ in _figures("liaoyang-2017-gongbao.txt")}
    assert {"农业", "林业", "牧业", "渔业", "农林牧渔服务业"} <= liaoyang  # a sector after a sector: as written


def test_siblings_of_one_thing() -> None:
    zhenglan = _figures("zhenglan-2018-zhengfu.txt")
    assert ("借贷户数", "70%") in zhenglan and ("借贷余额", "69%") in zhenglan


def test_counts() -> None:
    county = _figures("hebei-county-2022-zhengfu.txt")
    assert ("农村公路", "56条") in county and ("办结群众诉求", "9000件次") in county
    hulin = {n for n, _ in _figures("hulin-2024-zhengfu.txt")}
    assert {"签约优势项目", "重点项目", "老牌企业裂变项目"} <= hulin
