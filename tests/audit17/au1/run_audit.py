"""Print every figure drafter reads on the au1 audit pages (paragraph by paragraph)."""

import json
import re
import sys
from pathlib import Path

from drafter.figures.extract import extract_figures
from drafter.normalize import normalize_text

HERE = Path(__file__).parent
# (file, year, place); a paragraph is a target paragraph when it states aims.
PAGES = [
    ("beijing-2018-kaimu.txt", 2018, "北京市"),
    ("hebei-2019-mubiao.txt", 2019, "河北省"),
    ("weichang-2021-zhengfu.txt", 2020, "围场满族蒙古族自治县"),
    ("hebei-county-2022-zhengfu.txt", 2022, ""),
    ("shanxi-2021-gongye.txt", 2021, "山西省"),
    ("shanxi-2022-gongye.txt", 2022, "山西省"),
    ("shanxi-2023-sanjidu.txt", 2023, "山西省"),
    ("liaoning-2021-gongbao.txt", 2021, "辽宁省"),
    ("liaoyang-2017-gongbao.txt", 2017, "辽阳市"),
    ("beilin-2024-zhengfu.txt", 2024, "绥化市北林区"),
    ("hulin-2024-zhengfu.txt", 2024, "虎林市"),
    ("longjing-2025-kaimu.txt", 2025, "龙井市"),
    ("jiangsu-2023-kaimu.txt", 2023, "江苏省"),
    ("nantong-2010-kaimu.txt", 2010, "南通市"),
    ("haining-2024-shangbannian.txt", 2024, "海宁市"),
    ("zhejiang-2018-shangbannian.txt", 2018, "浙江省"),
    ("zhenglan-2018-zhengfu.txt", 2018, "正蓝旗"),
    ("neimenggu-2019-zhengfu.txt", 2019, "内蒙古自治区"),
    ("fujian-2022-zhengfu.txt", 2022, "福建省"),
    ("licheng-2019-zhengfu.txt", 2019, "济南市历城区"),
]
TARGET_MARKS = ("主要预期目标", "预期目标:")


_WATERMARK = re.compile(r"(?<=[。：:])[A-Za-z0-9]{3}$")  # a copy site's mark after a paragraph's end (vfO, 4kA)
_END = "。！？；：:)）"


def paragraphs(name):
    """The page's paragraphs: a hard-wrapped line (no closing mark) runs on into the next."""
    text = (HERE / name).read_text(encoding="utf-8")
    paras, cur = [], ""
    for line in text.split("\n"):
        line = _WATERMARK.sub("", line.strip())
        if not line:
            if cur:
                paras.append(cur)
            cur = ""
            continue
        cur += line
        if cur[-1] in _END or len(line) < 30:
            paras.append(cur)
            cur = ""
    if cur:
        paras.append(cur)
    return paras


def read(name, year, place):
    out = []
    for i, para in enumerate(paragraphs(name)):
        kind = "target" if any(m in para for m in TARGET_MARKS) else "outcome"
        # every reader folds the text first (drafter.normalize: blanks beside numbers, widths)
        for f in extract_figures(normalize_text(para), kind=kind, year=year, place=place):
            out.append({"file": name, "para": i, "indicator": f.indicator, "value": f.value, "unit": f.unit,
                        "measure": f.measure, "kind": f.kind, "qualifier": f.qualifier, "text": f.text,
                        "sentence": f.sentence})
    return out


if __name__ == "__main__":
    rows = [r for page in PAGES for r in read(*page)]
    if "--json" in sys.argv:
        print(json.dumps(rows, ensure_ascii=False, indent=0))
    else:
        for r in rows:
            print(f"{r['file'][:14]}|{r['para']}|{r['indicator']}|{r['value']}{r['unit']}|{r['measure']}|{r['kind']}|{r['qualifier']}")
