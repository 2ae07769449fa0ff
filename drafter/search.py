"""Full-text search over every archived paragraph, word-aware.

The index is an SQLite FTS5 database beside the archive (``<archive>/.search.sqlite``). It
is never the source of truth: it is rebuilt from the archive's JSON files, and brought up to
date before each search by comparing each file's size and modification time with what was
indexed (new, changed and removed reports only). Delete it at any time.

Words are the ones ingest stored for the text diff (jieba's words, a figure with its unit
as one token: ``4.5%左右``), so ``营商环境`` finds the word, not every 营商 and 环境. A query
that is itself an indexed word is looked up as it is; any other query is split by the same
tokenizer (``drafter.segment``, which loads jieba). Parts separated by spaces must all occur;
a figure matches as a prefix (``4.5%`` finds ``4.5%左右``)::

    from drafter.search import search
    for hit in search("archive", "营商环境", years=(2019, 2024)).hits:
        print(hit.year, hit.section, hit.text[hit.spans[0][0]:hit.spans[0][1]])

Reports on part of a year (``2015年上半年.json``) are indexed beside the year's report, each hit
naming its period (``hit.period``, ``""`` for a year's report); ``years`` takes every report of
those years, ``period`` (``search(…, years=(2015, 2015), period="上半年")``) one period's alone.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.errors import ArchiveError, InputError

INDEX_NAME = ".search.sqlite"
INDEX_VERSION = "6"
#: Between stored words in the indexed column; FTS5's unicode61 tokenizer splits on it.
SEP = "\x1f"
_MARK_ON, _MARK_OFF = "\x02", "\x03"
#: Characters kept inside a token (a figure's 4.5%, 6.2万, 吨/月·平方公里, 6%—7%).
_TOKENCHARS = ".%％‰/·-—～~×+"
_WORDY = re.compile(r"[\w]", re.U)
_FIGURE = re.compile(r"^\d")
DEFAULT_LIMIT = 50
#: Matches are counted up to this many (``total`` says "at least" beyond it).
MAX_COUNT = 10_000

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS folders(region TEXT PRIMARY KEY, stamp TEXT);
CREATE TABLE IF NOT EXISTS docs(
    region TEXT, key TEXT, year INTEGER, period TEXT, stamp TEXT, PRIMARY KEY(region, key));
CREATE TABLE IF NOT EXISTS paras(
    id INTEGER PRIMARY KEY, region TEXT, year INTEGER, period TEXT, doc TEXT, section TEXT, paragraph TEXT,
    ord INTEGER, words TEXT);
CREATE INDEX IF NOT EXISTS paras_doc ON paras(region, doc);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    words, content='paras', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0 tokenchars '{_TOKENCHARS}'");
CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab(fts, 'row');
"""


@dataclass(frozen=True)
class Hit:
    """One paragraph that matches: where it stands, its text, and the spans of the matches."""

    region: str
    year: int
    section: str
    paragraph: str
    text: str
    spans: tuple[tuple[int, int], ...]
    period: str = ""  # a report on part of the year (上半年, 前三季度), "" for the year's report

    @property
    def key(self) -> str:
        """The report as ``drafter show`` names it: ``2023``, ``2015年上半年``."""
        from drafter.periods import key

        return key(self.year, self.period)

    @property
    def place(self) -> str:
        """Where the paragraph stands as a person says it (``二（三）第2段``), as
        ``drafter.model.paragraph_places`` names it: an id ends with its count in its section."""
        return f"{self.section}第{self.paragraph.rsplit('-', 1)[-1]}段"

    def to_dict(self) -> dict[str, Any]:
        return {
            "region": self.region,
            "year": self.year,
            "period": self.period,
            "section": self.section,
            "paragraph": self.paragraph,
            "place": self.place,
            "text": self.text,
            "spans": [list(s) for s in self.spans],
        }


@dataclass(frozen=True)
class SearchResult:
    """The hits, newest first; ``total`` counts the matches (up to ``MAX_COUNT``), ``hits`` at most ``limit``."""

    query: str
    hits: tuple[Hit, ...]
    total: int
    #: when nothing matched: stored words that contain the query, most widely used first
    words: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "hits": [h.to_dict() for h in self.hits],
                "words": list(self.words)}


# ---------------------------------------------------------------- the index


def index_path(archive: str | os.PathLike[str] | None) -> Path:
    from drafter.archive import resolve_root

    return resolve_root(archive) / INDEX_NAME


def open_index(archive: str | os.PathLike[str] | None) -> sqlite3.Connection:
    """The archive's search index, brought up to date with the archive's files.

    A read-only archive gets an index in memory for this run."""
    from drafter.archive import resolve_root

    root = resolve_root(archive)
    if not root.is_dir():
        raise ArchiveError(f"档案 {root} 中还没有报告", "该目录不存在", "请先运行 drafter ingest 报告文件，或用 --archive 指定档案目录")
    try:
        db = _connect(root / INDEX_NAME)
    except sqlite3.Error:
        db = _connect(":memory:")
    try:
        refresh(db, root)
    except sqlite3.DatabaseError:  # a damaged index: it is only a cache, so start again
        db.close()
        (root / INDEX_NAME).unlink(missing_ok=True)
        db = _connect(root / INDEX_NAME)
        refresh(db, root)
    return db


def _connect(path: Path | str) -> sqlite3.Connection:
    db = sqlite3.connect(str(path), timeout=60)
    db.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)")
    version = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    if version is None or version[0] != INDEX_VERSION:  # another layout: built again from the archive
        db.executescript("DROP TABLE IF EXISTS vocab; DROP TABLE IF EXISTS fts; DROP TABLE IF EXISTS paras; "
                         "DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS folders;")
        db.executescript(_SCHEMA)
        db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (INDEX_VERSION,))
        db.commit()
    else:
        db.executescript(_SCHEMA)
    return db


def _stamp(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def refresh(db: sqlite3.Connection, root: Path) -> int:
    """Index the reports added or changed since the last run, forget removed ones; return how
    many reports were (re)indexed.

    drafter writes the archive by renaming files into a region's folder, which changes the
    folder's modification time; only folders whose time changed are looked into, so an
    unchanged archive of 30,000 reports costs one stat per region."""
    folders = {p.name: p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")}
    stamps = {name: _stamp(path) for name, path in folders.items()}
    known = dict(db.execute("SELECT region, stamp FROM folders"))
    changed = sorted(name for name in set(stamps) | set(known) if stamps.get(name) != known.get(name))
    if not changed:
        return 0
    from drafter.archive import Archive

    store = Archive(root)
    count = 0
    with db:
        for region in changed:
            count += _refresh_region(db, store, region, folders.get(region))
            if region in stamps:
                db.execute("INSERT OR REPLACE INTO folders VALUES (?, ?)", (region, stamps[region]))
            else:
                db.execute("DELETE FROM folders WHERE region = ?", (region,))
    return count


def _refresh_region(db: sqlite3.Connection, store: Any, region: str, folder: Path | None) -> int:
    from drafter.periods import key, parse_key

    files: dict[str, tuple[str, int, str]] = {}  # file stem (the report's key) → stamp, year, period
    if folder is not None:
        for p in folder.glob("*.json"):
            found = parse_key(p.stem)
            if found is not None and key(*found) == p.stem:
                files[p.stem] = (_stamp(p), *found)
    known = dict(db.execute("SELECT key, stamp FROM docs WHERE region = ?", (region,)))
    count = 0
    for stem in sorted(set(files) | set(known)):
        if stem in files and files[stem][0] == known.get(stem):
            continue
        if stem in known:
            _forget(db, region, stem)
        if stem not in files:
            continue
        stamp, year, period = files[stem]
        try:
            report = store.load(year, region, period)
        except ArchiveError:
            continue  # a damaged file is reported by the commands that load it
        _add(db, report, stem)
        db.execute("INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?, ?)",
                   (region, stem, year, report.meta.period, stamp))
        count += 1
    return count


def _forget(db: sqlite3.Connection, region: str, stem: str) -> None:
    db.execute(
        "INSERT INTO fts(fts, rowid, words) SELECT 'delete', id, words FROM paras WHERE region = ? AND doc = ?",
        (region, stem),
    )
    db.execute("DELETE FROM paras WHERE region = ? AND doc = ?", (region, stem))
    db.execute("DELETE FROM docs WHERE region = ? AND key = ?", (region, stem))


#: A paragraph's row id is its report's time (year and months to date: a year's report after its
#: half-year) in the high bits and a count in the low bits, rising with each paragraph added for
#: that time (FTS5 takes rising row ids without flushing), so a search walks the reports newest
#: first and, within one time, stops after the first page of hits in the order they were indexed
#: (region by region, each in document order).
_LOW_BITS = 28
_LOW = (1 << _LOW_BITS) - 1


def _time(year: int, period: str) -> int:
    from drafter.periods import months

    return year * 16 + months(period)


def _time_ids(year: int, period: str) -> tuple[int, int]:
    time = _time(year, period)
    return time << _LOW_BITS, (time << _LOW_BITS) | _LOW


def _add(db: sqlite3.Connection, report: Any, stem: str) -> None:
    from drafter.model import section_label

    period = report.meta.period
    low, high = _time_ids(report.year, period)
    highest = db.execute("SELECT MAX(id) FROM paras WHERE id BETWEEN ? AND ?", (low, high)).fetchone()[0]
    next_id = low if highest is None else highest
    rows = []
    closing = {p.id for p in report.closing}
    for part, chapter, p in report.paragraphs():
        next_id += 1
        tokens = p.tokens or (p.text,)
        section = "结束语" if p.id in closing else section_label(part, chapter)
        rows.append((next_id, report.meta.region, report.year, period, stem, section, p.id, p.index,
                     SEP.join(tokens)))
    db.executemany("INSERT INTO paras(id, region, year, period, doc, section, paragraph, ord, words) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO fts(rowid, words) VALUES (?, ?)", [(r[0], r[8]) for r in rows])


# ---------------------------------------------------------------- queries


def _phrase(tokens: list[str]) -> str:
    words = [t for t in tokens if _WORDY.search(t)]
    if not words:
        return ""
    text = '"' + SEP.join(words).replace('"', '""') + '"'
    return text + "*" if _FIGURE.match(words[-1]) and not words[-1][-1].isdigit() else text


def _is_word(db: sqlite3.Connection, word: str) -> bool:
    """Is ``word`` one token of the index, so it needs no segmenting? (Only word characters and
    the token characters of figures, and found as it is.)"""
    if not all(_WORDY.match(c) or c in _TOKENCHARS for c in word):
        return False
    phrase = '"' + word.replace('"', '""') + '"'
    try:
        return db.execute("SELECT 1 FROM fts WHERE fts MATCH ? LIMIT 1", (phrase,)).fetchone() is not None
    except sqlite3.OperationalError:
        return False


def match_expression(db: sqlite3.Connection, query: str) -> str:
    """The FTS5 expression for a query: each space-separated part a phrase of its words."""
    phrases = []
    for part in query.split():
        if _is_word(db, part):
            phrases.append(_phrase([part]))
            continue
        from drafter.segment import tokenize

        phrase = _phrase([t for t in tokenize(part) if t.strip()])
        if phrase:
            phrases.append(phrase)
    return " AND ".join(phrases)


def _years(years: tuple[int, int] | None) -> tuple[int, int]:
    return years if years is not None else (1000, 9999)


def search(
    archive: str | os.PathLike[str] | None,
    query: str,
    *,
    region: str | None = None,
    years: tuple[int, int] | None = None,
    limit: int = DEFAULT_LIMIT,
    period: str | None = None,
) -> SearchResult:
    """Paragraphs of the archive containing every part of ``query``, newest report first (within a
    year, the year's report before its half-year; region by region in document order); ``total``
    is capped at ``MAX_COUNT``. ``period``: only the reports on that part of the year (``上半年``;
    ``""``: only years' reports); None: every report of ``years``."""
    query = " ".join(query.split())
    if not query:
        raise InputError("搜索词是空的", "没有给出要找的词", "请写出要找的词，例如 drafter search 营商环境")
    if not _WORDY.search(query):
        raise InputError(f"搜索词“{query}”中没有可查找的文字", "只有标点或空白", "请换一个词")
    from drafter.archive import Archive

    store = Archive.at(archive)
    if region is not None or not store.regions():
        store.region(region)  # an unknown region, or an empty archive, is an error before any index is made
    db = open_index(archive)
    try:
        expression = match_expression(db, query)
        if not expression:
            raise InputError(f"搜索词“{query}”中没有可查找的文字", "只有标点或空白", "请换一个词")
        total, rows = _matches(db, expression, _years(years), region, limit, period)
        words = () if total else containing(db, query)
    finally:
        db.close()
    return SearchResult(query, tuple(_hit(*row) for row in rows), total, words)


def containing(db: sqlite3.Connection, query: str, limit: int = 8) -> tuple[str, ...]:
    """Stored words that contain the query's characters (``生产总值`` → ``地区生产总值``), most
    widely used first: what to search for when the query is part of a word."""
    part = max(query.split(), key=len).casefold()
    if len(part) < 2:
        return ()
    pattern = "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = db.execute(
        "SELECT term FROM vocab WHERE term LIKE ? ESCAPE '\\' AND term != ? ORDER BY doc DESC, term LIMIT ?",
        (pattern, part, limit),
    )
    return tuple(term for (term,) in rows)


def _matches(
    db: sqlite3.Connection, expression: str, years: tuple[int, int], region: str | None, limit: int,
    period: str | None = None,
) -> tuple[int, list[tuple[Any, ...]]]:
    """Up to ``limit`` hits, report time by report time from the newest, and the count (up to ``MAX_COUNT``)."""
    join = "FROM fts JOIN paras p ON p.id = fts.rowid"
    where = "fts MATCH ? AND fts.rowid BETWEEN ? AND ? AND (? IS NULL OR p.region = ?)"
    total, rows = 0, list[tuple[Any, ...]]()
    archived = db.execute("SELECT DISTINCT year, period FROM docs WHERE year BETWEEN ? AND ? AND (? IS NULL OR period = ?)",
                          (*years, period, period)).fetchall()
    for year, part in sorted(archived, key=lambda row: _time(*row), reverse=True):
        args = (expression, *_time_ids(year, part), region, region)
        if len(rows) < limit:
            rows += db.execute(
                f"SELECT p.region, p.year, p.section, p.paragraph, highlight(fts, 0, ?, ?), p.period {join} "
                f"WHERE {where} ORDER BY fts.rowid LIMIT ?",
                (_MARK_ON, _MARK_OFF, *args, limit - len(rows)),
            ).fetchall()
        if total < MAX_COUNT:
            total += db.execute(f"SELECT COUNT(*) FROM (SELECT 1 {join} WHERE {where} LIMIT ?)",
                                (*args, MAX_COUNT - total)).fetchone()[0]
    return total, rows


def _hit(region: str, year: int, section: str, paragraph: str, marked: str, period: str = "") -> Hit:
    text, spans = _unmark(marked.replace(SEP, ""))
    return Hit(region, year, section, paragraph, text, tuple(spans), period)


def _unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    start = 0
    for ch in marked:
        if ch == _MARK_ON:
            start = pos
        elif ch == _MARK_OFF:
            spans.append((start, pos))
        else:
            out.append(ch)
            pos += 1
    return "".join(out), spans


_YEARS = re.compile(r"\s*(\d{4})\s*(?:[-–—~～至到]\s*(\d{4})\s*)?")


def parse_years(text: str | None) -> tuple[int, int] | None:
    """``2019-2024`` → (2019, 2024); ``2023`` → (2023, 2023); None → None."""
    if text is None:
        return None
    m = _YEARS.fullmatch(text)
    if not m:
        raise InputError(f"年度范围“{text}”看不懂", "应写成 2019-2024 或 2023", "请按这个格式重写 --years")
    low, high = int(m.group(1)), int(m.group(2) or m.group(1))
    if high < low:
        raise InputError(f"年度范围“{text}”前大后小", f"{low} 晚于 {high}", f"请写成 {high}-{low}")
    return low, high


def parse_when(text: str | None) -> tuple[tuple[int, int] | None, str | None]:
    """``--years`` as written: a range of years (``2019-2024``, ``2023``: every report of those
    years, half-year ones too), or one report on part of a year as ``drafter show`` names it
    (``2015上半年``, ``2015年前三季度``) → ((year, year), period)."""
    if text is None:
        return None, None
    from drafter.periods import parse_key

    found = parse_key(text)
    if found is not None and found[1]:
        return (found[0], found[0]), found[1]
    if found is not None:
        return (found[0], found[0]), None
    if _YEARS.fullmatch(text):
        return parse_years(text), None
    raise InputError(f"年度范围“{text}”看不懂", "应写成 2019-2024、2023，或年内期间 2023上半年、2023前三季度",
                     "请按这个格式重写 --years")


def snippets(hit: Hit, width: int = 40) -> Iterator[tuple[str, str, str]]:
    """(before, match, after) around each match, ``width`` characters either side."""
    for start, end in hit.spans:
        before = hit.text[max(0, start - width):start]
        after = hit.text[end:end + width]
        yield ("…" if start > width else "") + before, hit.text[start:end], after + ("…" if end + width < len(hit.text) else "")


__all__ = ["Hit", "INDEX_NAME", "SearchResult", "index_path", "match_expression", "open_index",
           "parse_when", "parse_years", "refresh", "search", "snippets"]
