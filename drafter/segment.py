"""Words for the text diff: jieba for Chinese, a figure with its unit and qualifier as one token.

This is the only module that imports jieba. Ingest calls ``tokenize`` once per paragraph
and stores the tokens in the archive, so comparing archived reports never loads jieba's
dictionary (about a second of start-up).

The tokens always concatenate to the text exactly.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

#: Indicator phrases of the genre that jieba's general dictionary cuts apart. Each is added
#: as one word so a diff of ``一般公共预算收入增长3%`` keeps the indicator whole.
DOMAIN_WORDS: tuple[str, ...] = (
    "地区生产总值",
    "一般公共预算收入",
    "一般公共预算支出",
    "固定资产投资",
    "社会消费品零售总额",
    "城市居民人均可支配收入",
    "居民人均可支配收入",
    "规模以上工业增加值",
    "实际利用外资",
    "招商引资到位额",
    "北京项目投资额",
    "技术合同成交额",
    "民营经济增加值",
    "国家高新技术企业",
    "国家科技型中小企业",
    "市场主体",
    "纳统企业",
    "公共充电桩",
    "优良达标天数",
    "绿化面积",
    "降尘量",
    "重点项目",
    "民心工程",
    "营商环境",
    "新增就业",
    "节能减排",
    "城市更新",
    "老旧小区",
    "口袋公园",
    "无废细胞",
    "无废城市",
    "航运企业",
    "首店",
    "京津冀协同发展",
    "国民经济和社会发展计划",
    "高质量发展",
    "新质生产力",
)

# A number (Arabic, optionally with thousands commas and decimals), with an optional scale
# word and unit, and a trailing qualifier: 4.5%左右, 35.08亿元, 6.2万家, 2023年, 300P.
_UNITS = (
    "个百分点|百分点|微克/立方米|吨/月·平方公里|万平方米|平方米|平方公里|万人次|人次|户次|万千瓦时|千瓦时|"
    "万吨|吨|公里|千米|米|亿元|万元|元|万户|户|万家|家|万人|人|万个|个|台|部|座|套|项|场|宗|条|份|支|"
    "次|天|年|月|日|周年|周|届|所|间|辆|张|批|栋|处|片|层|倍|成|P|%|％|‰"
)
_QUALIFIERS = "左右|以上|以下|以内"
_NUMBER = re.compile(
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:[万亿])?(?:余|多)?(?:{_UNITS})?(?:{_QUALIFIERS})?"
)


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    # jieba would read and write its dictionary cache in the shared temp folder, where any
    # user can plant one that changes every segmentation drafter archives: keep it in
    # drafter's own cache folder, or in a private folder of this run.
    tokenizer.tmp_dir = _cache_folder()
    tokenizer.initialize()
    for word in DOMAIN_WORDS:
        tokenizer.add_word(word, freq=200000)
    return tokenizer


def _cache_folder() -> str:
    """``$XDG_CACHE_HOME/drafter/jieba`` (else ``~/.cache/…``), private to the user; a fresh
    private temporary folder when that cannot be made or $DRAFTER_NO_CACHE is set."""
    import os
    import tempfile

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "drafter", "jieba")
    if not os.environ.get("DRAFTER_NO_CACHE"):
        try:
            os.makedirs(folder, mode=0o700, exist_ok=True)
            info = os.stat(folder)
            if info.st_uid == os.getuid() and not info.st_mode & 0o022:
                return folder
        except (OSError, AttributeError):
            pass
    private = tempfile.TemporaryDirectory(prefix="drafter-jieba-")  # removed at exit
    _PRIVATE.append(private)
    return private.name


_PRIVATE: list[Any] = []


def tokenize(text: str, spans: Iterable[tuple[int, int]] | Sequence[Sequence[int]] = ()) -> tuple[str, ...]:
    """Split ``text`` into words; each of ``spans`` (figure spans) stays one token.

    Numbers with their scale, unit and qualifier are folded into one token even without
    spans, so ``12.47亿元`` never falls apart into digits. The tokens joined are ``text``.
    """
    if not text:
        return ()
    atoms = _atoms(text, spans)
    tokens: list[str] = []
    pos = 0
    for start, end in atoms:
        if pos < start:
            tokens.extend(_words(text[pos:start]))
        tokens.append(text[start:end])
        pos = end
    if pos < len(text):
        tokens.extend(_words(text[pos:]))
    return tuple(tokens)


def _atoms(text: str, spans: Iterable[Any]) -> list[tuple[int, int]]:
    """Non-overlapping spans to keep whole: the given figure spans, then number runs."""
    chosen: list[tuple[int, int]] = []
    for span in spans:
        start, end = int(span[0]), int(span[1])
        if 0 <= start < end <= len(text):
            chosen.append((start, end))
    chosen.sort()
    kept: list[tuple[int, int]] = []
    for start, end in chosen:
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if not any(s < end and start < e for s, e in kept):
            kept.append((start, end))
    kept.sort()
    return kept


def _words(chunk: str) -> list[str]:
    return [w for w in _tokenizer().cut(chunk, HMM=True) if w]


__all__ = ["DOMAIN_WORDS", "tokenize"]
