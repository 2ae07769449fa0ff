"""Expand hand-typed compact expectation lines into expected.json (mechanical, no inference)."""

import json
import sys


def expand(spec_path, out_path):
    meta = {}
    outline = []
    figures = []
    part = None
    for raw in open(spec_path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            k, v = line[1:].split("=", 1)
            meta[k] = v
            continue
        if line.startswith("P "):
            _, role, title = line.split(" ", 2)
            outline.append({"role": role, "title": title, "chapters": []})
            continue
        if line.startswith("C "):
            outline[-1]["chapters"].append({"title": line[2:], "leads": []})
            continue
        if line.startswith("L "):
            outline[-1]["chapters"][-1]["leads"].append(line[2:])
            continue
        if line.startswith("F"):
            part = int(line[1])
            continue
        cols = line.split("|")
        cols += [""] * (6 - len(cols))
        ind, val, unit, measure, qual, flags = cols[:6]
        year = int(meta["year"])
        fl = flags.split(",") if flags else []
        kind = "outcome" if part == 1 else "target"
        period = year if part == 1 else year + 1
        for f in fl:
            if f.startswith("b:"):
                kind, period = "baseline", int(f[2:])
            if f == "o":  # an outcome stated in part 2 (a table column)
                kind, period = "outcome", year
        figures.append(
            {
                "indicator": ind,
                "value": val or None,
                "unit": unit or None,
                "measure": measure,
                "qualifier": qual or "exact",
                "kind": kind,
                "period": period,
                "estimate": "e" in fl,
                "cumulative": "c" in fl,
                "increment": "i" in fl,
                "part": part,
            }
        )
    doc = {
        "source": meta["source"],
        "region": meta["region"],
        "year": int(meta["year"]),
        "plan_year": int(meta["year"]) + 1,
        "outline": outline,
        "figures": figures,
    }
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(out_path, len(figures))


expand(sys.argv[1], sys.argv[2])
