"""Put the phase-1 expectations into the corpus format of tests/corpus (run once, by hand).

Paragraph ids come from our own split of each source (blank-line blocks / Word paragraphs /
<p> elements under the headings we wrote), never from drafter. Each figure is located by
searching its value and unit forward in document order. The corpus's written conventions
(tests/corpus/README.md, tests/heldout/README.md) are applied to names and flags here and
listed in tests/heldout2/README.md.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
CN = "一二三四五六七八九十"


def blocks_txt(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def blocks_html(path: Path) -> list[str]:
    src = path.read_text(encoding="utf-8")
    body = src.split('id="UCAP-CONTENT">', 1)[1].split("</div>", 1)[0]
    return [
        html.unescape(re.sub(r"<[^>]+>", "", p)).strip()
        for p in re.findall(r"<p[^>]*>(.*?)</p>", body)
    ]


def blocks_docx() -> list[str]:
    sys.path.insert(0, str(SET))
    import make_taishui_docx as m  # the source of the .docx

    out = [m.TITLE, *m.OPENING]
    for kind, content in m.BODY:
        if kind == "lead":
            out.append(content[0] + content[1])
        elif kind == "table":
            out.append("〔TABLE〕")
        else:
            out.append(str(content))
    return out


def paragraph_ids(blocks: list[str]) -> list[tuple[str, str]]:
    """(id, text) of body paragraphs, ids as drafter's model names them (p1-1, p1c2-3)."""
    out: list[tuple[str, str]] = []
    part = chap = 0
    level_n = chap_n = 0
    started = False
    for text in blocks:
        if re.match(rf"^[{CN}]、", text):
            part += 1
            chap = level_n = 0
            started = True
            continue
        if not started:
            continue
        if re.match(rf"^[（(][{CN}][）)]", text):
            chap += 1
            chap_n = 0
            continue
        if text.startswith("各位代表"):
            break
        shortcomings = bool(re.match(r"^(在肯定成绩|同时|在总结成绩)", text))
        if chap == 0 or shortcomings:
            level_n += 1
            out.append((f"p{part}-{level_n}", text))
        else:
            chap_n += 1
            out.append((f"p{part}c{chap}-{chap_n}", text))
    return out


QUALI_KEYS = {
    "不发生规模性返贫": "规模性返贫",
    "节能减排": "节能减排",
    "节能减排和环境质量约束性指标": "节能减排",
    "居民人均可支配收入": "同步",
    "城乡居民人均可支配收入": "〔TABLE〕",
    "居民收入": "同步",
    "单位地区生产总值能耗": "能耗",
}
QUALI_DIRECTION = {
    "居民人均可支配收入": "up",
    "城乡居民人均可支配收入": "up",
    "居民收入": "up",
    "单位地区生产总值能耗": "down",
}

# Names by the corpus's written conventions (the phrase the sentence gives; flag verbs out).
RENAME = {
    "城镇新增就业": "城镇就业",
    "重点项目投资": "投资",
    "规上工业企业": "规上工业企业",
}
RENAME_BY_SOURCE = {
    "minyang-county-2023": {
        "亿元以上项目@2": "引进亿元以上项目",
        "龙头企业": "培育销售收入过亿元的龙头企业",
        "省级农业产业化龙头企业": "培育省级农业产业化龙头企业",
    },
    "taishui-city-2024": {"亿元以上项目": "签约亿元以上项目"},
    "shaxi-district-2022": {"亿元以上项目": "新开工亿元以上项目"},
}
CUMULATIVE_TOTALS = {("gangcheng-district-2023", "138"), ("taishui-city-2024", "812")}


def locate(
    paras: list[tuple[str, str]], fig: dict, cursor: tuple[int, int]
) -> tuple[int, int, str]:
    pi, off = cursor
    if fig["value"] is None:
        key = QUALI_KEYS[fig["indicator"]]
        pat = re.compile(re.escape(key))
    elif paras[pi][1] == "〔TABLE〕" or fig.get("_table"):
        return pi, off, fig["value"]
    else:
        pat = re.compile(
            rf"(?<![\d.]){re.escape(fig['value'])}(?![\d.])[余多]?\s*{re.escape(fig['unit'])}(?:左右|以上|以内|以下)?"
        )
    for i in range(pi, len(paras)):
        m = pat.search(paras[i][1], off if i == pi else 0)
        if m:
            return i, m.end(), "" if fig["value"] is None else m.group(0)
    raise SystemExit(f"not found: {fig}")


def convert(name: str, source: Path, meta: dict, parts: list, closing: int) -> None:
    phase1 = json.loads((HERE / "phase1" / f"{name}.expected.json").read_text(encoding="utf-8"))
    if source.suffix == ".txt":
        blocks = blocks_txt(source)
    elif source.suffix == ".html":
        blocks = blocks_html(source)
    else:
        blocks = blocks_docx()
    paras = paragraph_ids(blocks)
    figures = []
    cursor = (0, 0)
    renames = RENAME_BY_SOURCE.get(name, {})
    seen: dict[str, int] = {}
    table_left = 8 if name == "taishui-city-2024" else 0
    for fig in phase1["figures"]:
        if table_left and fig["part"] == 2:
            ti = next(i for i, (_, t) in enumerate(paras) if t == "〔TABLE〕")
            table_left -= 1
            pi, off, text = ti, 0, fig["value"] or ""
            if fig["value"] is None:
                text = ""
        else:
            pi, off, text = locate(paras, fig, cursor)
        cursor = (pi + 1, 0) if paras[pi][1] == "〔TABLE〕" else (pi, off)
        ind = fig["indicator"]
        seen[ind] = seen.get(ind, 0) + 1
        ind = renames.get(f"{ind}@{seen[ind]}", renames.get(ind, RENAME.get(ind, ind)))
        if ind.endswith("增长") and paras[pi][1] == "〔TABLE〕":
            ind = ind[:-2]
        kind = fig["kind"]
        estimate = fig["estimate"]
        if kind == "outcome" and fig["part"] == 2:  # a part-二 table's report-year column
            kind = "baseline"
        cumulative = fig["cumulative"] or (name, fig["value"]) in CUMULATIVE_TOTALS
        direction = ""
        if fig["measure"] == "growth":
            before = paras[pi][1][max(0, off - len(text) - 4) : off - len(text)]
            direction = "down" if re.search(r"下降|降低|减少|下滑", before) else "up"
        if fig["measure"] == "qualitative":
            direction = QUALI_DIRECTION.get(fig["indicator"], "")
        figures.append(
            {
                "paragraph": paras[pi][0],
                "text": text,
                "value": fig["value"],
                "unit": fig["unit"] or "",
                "indicator": ind,
                "kind": kind,
                "measure": fig["measure"],
                "qualifier": fig["qualifier"],
                "period": fig["period"],
                "estimate": estimate,
                "cumulative": cumulative,
                "increment": fig["increment"],
                "direction": direction,
            }
        )
    doc = {
        "meta": meta,
        "coverage": {"excerpt": False, "truncated": False},
        "closing": closing,
        "parts": parts,
        "figures": figures,
    }
    (SET / f"{name}.expected.json").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(name, len(figures))


if __name__ == "__main__":
    spec = json.loads((HERE / "outlines.json").read_text(encoding="utf-8"))
    for name, item in spec.items():
        convert(name, SET / item["source"], item["meta"], item["parts"], item["closing"])
