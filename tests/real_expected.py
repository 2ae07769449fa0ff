"""Check a real set's hand-written expectations without drafter (a writer stays blind).

Each <name>.expected.json: the scheme's fields and vocabularies (tests/real/README.md); every
figure's context occurs exactly once in <name>.txt, is at least 6 characters long and holds the
value as written (a range `a-b` both its ends). A passage page (tests/real_pages.py) also has
``passages``: each ``first`` and ``last`` occur once, in order, ``kind`` outcome or target, a ``year``;
its figures' contexts lie inside a passage.
Run: python tests/real_expected.py tests/<set>
"""
import json
import pathlib
import sys

KEYS = {"url", "family", "doc_kind", "region", "year", "plan_year", "note", "figures"}
PASSAGE_KEYS = {"first", "last", "kind", "year"}
FIG_KEYS = {"value", "unit", "indicator", "kind", "qualifier", "context"}
KINDS = {"outcome", "target", "baseline"}
QUALIFIERS = {"exact", "about", "at_least", "at_most"}
DOC_KINDS = {"report", "execution", "plan", "review", "excerpt"}


def check(path):
    problems = []
    data = json.loads(path.read_text(encoding="utf-8"))
    text = path.with_name(path.name.replace(".expected.json", ".txt")).read_text(encoding="utf-8")
    if set(data) - {"passages"} != KEYS:
        problems.append(f"keys {sorted((set(data) - {'passages'}) ^ KEYS)}")
    runs = []
    for passage in data.get("passages", []):
        if set(passage) != PASSAGE_KEYS:
            problems.append(f"passage keys {sorted(set(passage) ^ PASSAGE_KEYS)}")
            continue
        first, last = passage["first"], passage["last"]
        if text.count(first) != 1 or text.count(last) != 1 or text.index(last) < text.index(first):
            problems.append(f"passage {first!r}…{last!r}: each must occur once, in order")
            continue
        if passage["kind"] not in ("outcome", "target") or not isinstance(passage["year"], int):
            problems.append(f"passage {first!r}: kind {passage['kind']!r}, year {passage['year']!r}")
        runs.append((text.index(first), text.index(last) + len(last)))
    if data.get("passages"):
        if data["family"] or data["doc_kind"] is not None:
            problems.append("a passage page is not of the family and has no doc_kind")
        for fig in data["figures"]:
            at = text.find(fig.get("context", "")) if text.count(fig.get("context", "")) == 1 else -1
            if not any(a <= at and at + len(fig["context"]) <= b for a, b in runs):
                problems.append(f"context {fig.get('context')!r} not inside a passage")
    elif data["family"]:
        if data["doc_kind"] not in DOC_KINDS:
            problems.append(f"doc_kind {data['doc_kind']!r}")
        if data["plan_year"] != data["year"] + 1:
            problems.append("plan_year is not year + 1")
    elif not data.get("passages") and (data["doc_kind"] is not None or data["figures"]):
        problems.append("a page out of the family has a doc_kind or figures")
    for fig in data["figures"]:
        if set(fig) != FIG_KEYS:
            problems.append(f"figure keys {sorted(set(fig) ^ FIG_KEYS)}")
            continue
        ctx = fig["context"]
        if fig["kind"] not in KINDS or fig["qualifier"] not in QUALIFIERS:
            problems.append(f"kind/qualifier {fig['kind']}/{fig['qualifier']} at {ctx!r}")
        if text.count(ctx) != 1:
            problems.append(f"context {ctx!r} occurs {text.count(ctx)} times")
        if len(ctx) < 6:
            problems.append(f"context {ctx!r} shorter than 6 characters")
        ends = fig["value"].split("-") if fig["value"] and "-" in fig["value"][1:] else [fig["value"]]
        if fig["value"] is not None and not all(end in ctx for end in ends):  # a range a-b holds both ends
            problems.append(f"value {fig['value']!r} not in context {ctx!r}")
        if not fig["indicator"]:
            problems.append(f"empty indicator at {ctx!r}")
    return problems


def main(folder):
    bad = 0
    for path in sorted(pathlib.Path(folder).glob("*.expected.json")):
        for problem in check(path):
            bad += 1
            print(f"{path.name}: {problem}")
    print("ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
