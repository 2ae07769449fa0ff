"""Score drafter on a set of published report pages (tests/real, tests/real_aside).

A set is a folder of ``<name>.txt`` pages, each with ``<name>.expected.json`` written by hand
before drafter was run (scheme: tests/real/README.md). Each page is read the way
``drafter ingest`` reads a file (``drafter.ingest.parse_file``: read → structure → figures),
in process, writing no archive; a refusal is a ``DrafterError``.

    python tests/real_pages.py tests/real      # scores and every page's misses

A **passage set** (tests/real_pass*) holds pages that are not of the family (a 政府工作报告, a statistical
bulletin, news) whose sentences are the genre's: its expectations add ``passages`` (each ``first`` and
``last`` words of a run of paragraphs, with the ``kind`` and ``year`` its figures take) and list every
figure inside them. Such a page is not read as a document: each passage is read into paragraphs as a
report's body is (``drafter.structure.body_paragraphs``: simplified characters, wrapped lines joined),
and each paragraph goes through ``drafter.figures.extract_figures`` with the passage's kind and year and
the page's region as its place, the way ``extract_report`` reads a part's paragraphs. It measures
figures and names on real sentences no family page holds; region, years and the document's kind are
not measured on it.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from drafter.errors import DrafterError
from drafter.model import Figure, Report

#: The region a user gives with ``--region`` after drafter asked for it.
GIVEN_REGION = "某区"
#: What a refusal must mention when the page names no place.
REGION_HINT = "--region"
#: What a refusal says when it asks for the execution year: the page is read again with the
#: expected year given, as the user would; its years then count as not read.
YEAR_HINT = "--year"
#: Fields compared on matched figures (indicator by exact equality, as tests/figures_scoring.py).
FIELDS = ("indicator", "kind", "qualifier")


# ---------------------------------------------------------------- normalization


@lru_cache(maxsize=1)
def _to_simplified():
    from drafter.normalize import simplified_converter

    return simplified_converter()


def fold(text: str) -> str:
    """Text compared for containment: width folded (NFKC), no whitespace, simplified characters."""
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"\s+", "", text)
    text = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)", "", text)  # a gateway's pinyin gloss: 經(jīng)濟
    return _to_simplified()(text)


def number(value: str | None) -> Decimal | str | None:
    """A written value as a Decimal where it reads as one (Arabic or Chinese), else the text."""
    if value is None:
        return None
    # spaces inside a number are no part of it (real_aside convention 8: `0. 5` reads 0.5); decided
    # before the run of real_aside13/15
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", value).replace(",", ""))
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    try:
        import cn2an

        return Decimal(str(cn2an.cn2an(text, "smart")))
    except Exception:  # noqa: BLE001 - not a numeral (首): compare as written
        return text


def unit(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip()


# ---------------------------------------------------------------- reading


@dataclass
class Page:
    name: str
    expected: dict[str, Any]
    report: Report | None = None  # what drafter read (after the --region retry, if any)
    refusal: str = ""  # the message of the first refusal, if drafter refused
    retried: bool = False  # refused for want of a region, read again with one given
    year_asked: bool = False  # refused for want of a year, read again with the expected one
    refused: bool = False  # drafter did not read the page in the end
    matched: list[tuple[dict[str, Any], Figure]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    extra: list[Figure] = field(default_factory=list)

    @property
    def family(self) -> bool:
        return bool(self.expected["family"])

    @property
    def passages(self) -> bool:
        """A passage page: not of the family, its figures scored in its passages (module docstring)."""
        return bool(self.expected.get("passages"))

    @property
    def scored(self) -> bool:
        """Its figures are scored: a family page, or a passage page."""
        return self.family or self.passages

    @property
    def region_right(self) -> bool:
        want = self.expected["region"]
        if want is None:
            return bool(self.refusal) and REGION_HINT in self.refusal
        return self.report is not None and not self.retried and self.report.meta.region == want

    @property
    def years_right(self) -> bool:
        meta = self.report.meta if self.report else None
        return meta is not None and not self.year_asked and (meta.year, meta.plan_year) == (
            self.expected["year"], self.expected["plan_year"])

    @property
    def doc_kind(self) -> str | None:
        return doc_kind(self.report) if self.report else None

    @property
    def kind_right(self) -> bool:
        return self.doc_kind == self.expected["doc_kind"]


def doc_kind(report: Report) -> str | None:
    """What drafter says the document is: ``meta.kind`` when drafter stores one, else from
    the roles of the parts it found (both → report, one → that role)."""
    kind = getattr(report.meta, "kind", None)
    if kind:
        return str(kind)
    roles = set(report.coverage.parts) & {"execution", "plan"}
    if roles == {"execution", "plan"}:
        return "report"
    return roles.pop() if roles else None


@dataclass
class _Paragraph:
    id: str
    text: str


@dataclass
class PassageReport:
    """What a passage page's passages gave: the figures, and the paragraphs they were read in."""

    figures: list[Figure]
    paras: list[_Paragraph]

    def paragraphs(self):
        return [(None, None, p) for p in self.paras]


def passage_texts(text: str, passage: dict[str, Any]) -> str:
    """The run of the page from a passage's ``first`` words through its ``last`` words."""
    start = text.index(passage["first"])
    return text[start : text.index(passage["last"], start) + len(passage["last"])]


def read_passages(path: Path, expected: dict[str, Any]) -> Page:
    from drafter.figures import extract_figures
    from drafter.normalize import is_traditional
    from drafter.read.text import read_text
    from drafter.structure import body_paragraphs

    page = Page(path.stem, expected)
    text = path.read_text(encoding="utf-8")
    traditional = is_traditional(text.replace("\n", ""))  # the whole page decides, as parse_report does
    figures: list[Figure] = []
    paras: list[_Paragraph] = []
    for i, passage in enumerate(expected["passages"]):
        run = passage_texts(text, passage)
        at_end = not text[text.index(run) + len(run) :].strip()  # the page may be cut in its last paragraph
        try:
            lines = body_paragraphs(read_text(run.encode("utf-8"), path.name), traditional=traditional)
            for j, line in enumerate(lines):
                pid = f"{path.stem}#{i}.{j}"
                paras.append(_Paragraph(pid, line))
                figures.extend(extract_figures(
                    line, kind=passage["kind"], year=passage["year"], paragraph=pid,
                    place=expected["region"] or "", last=at_end and j == len(lines) - 1,
                ))
        except Exception as err:  # noqa: BLE001 - a crash loses the passage's figures, reported
            page.refusal = f"（崩溃）{type(err).__name__}: {err}"
    page.report = PassageReport(figures, paras)  # type: ignore[assignment]
    return page


def read_page(path: Path) -> Page:
    from drafter.ingest import parse_file

    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    if expected.get("passages"):
        return read_passages(path, expected)
    page = Page(path.stem, expected)
    try:
        page.report = parse_file(path)
    except DrafterError as err:
        page.refusal = err.message
        given: dict[str, Any] = {}
        if expected["family"] and expected["region"] is None and REGION_HINT in err.message:
            page.retried = True
            given["region"] = GIVEN_REGION
        if expected["family"] and YEAR_HINT in err.message:
            # the user gives the year drafter asked for; the years count as not read
            page.year_asked = True
            given["year"] = expected["year"]
            if REGION_HINT in err.message and "region" not in given:
                given["region"] = expected["region"]
        if given:
            try:
                page.report = parse_file(path, **given)
            except DrafterError:
                page.report = None
    except Exception as err:  # noqa: BLE001 - a crash is a refusal the user sees as a traceback
        page.refusal = f"（崩溃）{type(err).__name__}: {err}"
    page.refused = page.report is None
    return page


# ---------------------------------------------------------------- figures


def match_figures(page: Page) -> None:
    """One-to-one, greedy in text order: value and unit equal, the expected context inside the
    figure's sentence (first pass), paragraph (second pass), or paragraph with its neighbours (third
    pass: a context written across a line break, as a subheading's figure with the line after it,
    ``GDP同比增长12.4%\n报告指出``, real_aside8 convention 4)."""
    want = list(page.expected["figures"]) if page.scored else []
    got: list[Figure] = list(page.report.figures) if page.report and page.scored else []
    paragraphs = {p.id: fold(p.text) for _, _, p in page.report.paragraphs()} if page.report else {}
    order = {pid: i for i, pid in enumerate(paragraphs)}
    ids = list(paragraphs)
    around = {pid: "".join(paragraphs[q] for q in ids[max(0, i - 1) : i + 2]) for i, pid in enumerate(ids)}
    got.sort(key=lambda f: (order.get(f.paragraph, 10**6), f.span))
    used: set[int] = set()
    done: dict[int, Figure] = {}
    for scope in ("sentence", "paragraph", "around"):
        for i, gold in enumerate(want):
            if i in done:
                continue
            ctx, val, un = fold(gold["context"]), number(gold["value"]), unit(gold["unit"])
            for j, fig in enumerate(got):
                if j in used or number(fig.value) != val or unit(fig.unit) != un:
                    continue
                if scope == "sentence":
                    text = fold(fig.sentence)
                else:
                    text = (paragraphs if scope == "paragraph" else around).get(fig.paragraph, "")
                if ctx in text:
                    used.add(j)
                    done[i] = fig
                    break
    page.matched = [(want[i], done[i]) for i in sorted(done)]
    page.missed = [g for i, g in enumerate(want) if i not in done]
    page.extra = [f for j, f in enumerate(got) if j not in used]


# ---------------------------------------------------------------- a set


@dataclass
class SetScore:
    pages: list[Page]

    @property
    def family(self) -> list[Page]:
        return [p for p in self.pages if p.family]

    @property
    def refused_in_family(self) -> int:
        return sum(1 for p in self.family if p.refused)

    @property
    def accepted_out_of_family(self) -> int:
        return sum(1 for p in self.pages if not p.scored and not p.refused)

    def _share(self, test) -> float:
        pages = self.family
        return sum(1 for p in pages if test(p)) / len(pages) if pages else 1.0

    @property
    def region(self) -> float:
        return self._share(lambda p: p.region_right)

    @property
    def years(self) -> float:
        return self._share(lambda p: p.years_right)

    @property
    def doc_kind(self) -> float:
        return self._share(lambda p: p.kind_right)

    @property
    def scored(self) -> list[Page]:
        return [p for p in self.pages if p.scored]

    @property
    def matched(self) -> list[tuple[dict[str, Any], Figure]]:
        return [m for p in self.scored for m in p.matched]

    @property
    def precision(self) -> float:
        found = len(self.matched) + sum(len(p.extra) for p in self.scored)
        return len(self.matched) / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = len(self.matched) + sum(len(p.missed) for p in self.scored)
        return len(self.matched) / wanted if wanted else 1.0

    def accuracy(self, name: str) -> float:
        matched = self.matched
        if not matched:
            return 1.0
        return sum(1 for gold, fig in matched if gold[name] == getattr(fig, name)) / len(matched)

    def scores(self) -> dict[str, float]:
        return {
            "refused_in_family": self.refused_in_family,
            "accepted_out_of_family": self.accepted_out_of_family,
            "region": round(self.region, 3),
            "years": round(self.years, 3),
            "doc_kind": round(self.doc_kind, 3),
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            **{name: round(self.accuracy(name), 3) for name in FIELDS},
        }

    def report(self) -> str:
        fam = self.family
        wanted = len(self.matched) + sum(len(p.missed) for p in self.scored)
        found = len(self.matched) + sum(len(p.extra) for p in self.scored)
        s = self.scores()
        lines = [
            f"pages {len(self.pages)} ({len(fam)} of the family, {len(self.pages) - len(fam)} not)",
            f"refused in family: {s['refused_in_family']} of {len(fam)}",
            f"accepted out of family: {s['accepted_out_of_family']} of {len(self.pages) - len(fam)}",
            f"region right: {sum(p.region_right for p in fam)}/{len(fam)} = {s['region']:.3f}",
            f"years right: {sum(p.years_right for p in fam)}/{len(fam)} = {s['years']:.3f}",
            f"doc kind right: {sum(p.kind_right for p in fam)}/{len(fam)} = {s['doc_kind']:.3f}",
            f"figures: precision {s['precision']:.3f}  recall {s['recall']:.3f}  "
            f"({len(self.matched)} matched of {wanted} expected, {found} extracted)",
            "on matched figures: " + "  ".join(f"{n} {s[n]:.3f}" for n in FIELDS),
            "",
        ]
        for p in self.pages:
            lines += page_misses(p)
        return "\n".join(lines)


def page_misses(p: Page) -> list[str]:
    exp = p.expected
    out: list[str] = []
    if not p.scored:
        if not p.refused:
            out.append(f"  accepted, but not of the family (read as {p.report.meta.region!r}, {p.doc_kind})")
        elif p.refusal:
            out.append(f"  refused rightly: {p.refusal}")
    else:
        if p.refusal:
            out.append(f"  refused: {p.refusal}" + ("  → read again with --region" if p.retried else "")
                       + ("  → read again with --year" if p.year_asked else ""))
        if p.refused:
            out.append("  not read: every figure missed")
        elif p.family:
            meta = p.report.meta
            if not p.region_right:
                out.append(f"  region: want {exp['region']!r}, got {meta.region!r}")
            if not p.years_right:
                out.append(f"  years: want {exp['year']}/{exp['plan_year']}, got {meta.year}/{meta.plan_year}")
            if not p.kind_right:
                out.append(f"  doc kind: want {exp['doc_kind']!r}, got {p.doc_kind!r}")
        for g in p.missed:
            out.append(f"  missed: {g['value']}{g['unit']} {g['indicator']} 〔{g['context']}〕")
        for f in p.extra:
            out.append(f"  extra:  {f.text} ({f.indicator}) 〔{f.sentence[:40]}〕")
        for gold, fig in p.matched:
            for name in FIELDS:
                if gold[name] != getattr(fig, name):
                    out.append(f"  {name}: {gold['value']}{gold['unit']} want {gold[name]!r}, got {getattr(fig, name)!r}")
    return [f"{p.name}:", *out] if out else []


def score_set(folder: str | Path) -> SetScore:
    pages = []
    for path in sorted(Path(folder).glob("*.txt")):
        page = read_page(path)
        match_figures(page)
        pages.append(page)
    return SetScore(pages)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tests/real_pages.py <set folder>", file=sys.stderr)
        return 2
    print(score_set(argv[0]).report())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
