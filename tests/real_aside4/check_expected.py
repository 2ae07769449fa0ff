"""Standalone check of this set's hand-written expectations (imports nothing of drafter).

Each `<name>.expected.json` must have the scheme's fields; each figure a known kind and
qualifier, and a context of at least 6 characters that occurs exactly once in `<name>.txt`
and holds the value (a range `a-b` holds both ends). Run: python tests/real_aside4/check_expected.py
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
FIELDS = {"url", "family", "doc_kind", "region", "year", "plan_year", "note", "figures"}
KINDS = {"outcome", "target", "baseline"}
QUALIFIERS = {"exact", "about", "at_least", "at_most"}
DOC_KINDS = {"report", "execution", "plan", "review", "excerpt"}


def main() -> int:
    problems = []
    pages = sorted(HERE.glob("*.txt"))
    for txt in pages:
        exp = txt.with_suffix(".expected.json")
        if not exp.exists():
            problems.append(f"{txt.name}: no expected file")
            continue
        data = json.loads(exp.read_text(encoding="utf-8"))
        text = txt.read_text(encoding="utf-8")
        if set(data) != FIELDS:
            problems.append(f"{exp.name}: fields {sorted(set(data) ^ FIELDS)}")
        if data["family"] and data["doc_kind"] not in DOC_KINDS:
            problems.append(f"{exp.name}: doc_kind {data['doc_kind']}")
        if not data["family"] and (data["doc_kind"] is not None or data["figures"]):
            problems.append(f"{exp.name}: a refused page lists a kind or figures")
        for fig in data["figures"]:
            ctx, value = fig["context"], fig["value"]
            ends = [v for v in (value.split("-") if value else []) if v]
            if fig["kind"] not in KINDS or fig["qualifier"] not in QUALIFIERS:
                problems.append(f"{exp.name}: {value} kind/qualifier")
            if len(ctx) < 6 or text.count(ctx) != 1 or any(v not in ctx for v in ends):
                problems.append(f"{exp.name}: {value} context {ctx!r} ({text.count(ctx)}×)")
    figures = sum(len(json.loads(t.with_suffix('.expected.json').read_text(encoding='utf-8'))['figures'])
                  for t in pages if t.with_suffix('.expected.json').exists())
    print(f"{len(pages)} pages, {figures} figures, {len(problems)} problems")
    for p in problems:
        print(" ", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
