"""The archive: ``<root>/<region>/<year>.json`` beside the original source file.

A report on part of a year (``2015年上半年…执行情况的报告``) is kept beside the year's report
under its own key, ``<root>/<region>/2015年上半年.json`` (``drafter.periods``): the year's report
stays the one ``diff``, ``draft`` and ``history`` read. An archive written before version 3 may
hold such a report at the year's place; it loads with its period read from its title, and
ingesting the year's report moves it to its own key first (nothing is replaced).

Files are deterministic JSON (sorted keys, ``ensure_ascii=False``, a schema version) and
are written atomically: both files go to temporary names first and are renamed into
place; on any failure the archive is left byte for byte as it was. An existing year is
never replaced without ``force``.

Each region folder also holds ``.drafter-index``: what ``drafter list`` shows of each report
(key, title, coverage note), so listing an archive of 30,000 reports reads a small file per
region instead of every report. It is no second source of truth: it is written by the same
``commit`` as the report, each entry records the size, inode, modification and status-change
times of the JSON and of the kept source it was read from, and an entry whose files do not
match (a hand edit, copy or deletion, an ingest cut short, an archive from an older drafter) is
read again from the report and the index rewritten. A missing or damaged index is rebuilt the
same way.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path

from drafter.atomic import STALE_AFTER, Content, commit, locked, reason, sweep
from drafter.errors import ArchiveError, InputError
from drafter.model import READABLE_SCHEMAS, SCHEMA_VERSION, YEAR_MAX, YEAR_MIN, CorruptData, Report
from drafter.periods import PERIODS, key, label, months, report_period

DEFAULT_ROOT = "archive"
ENV_VAR = "DRAFTER_ARCHIVE"
#: The metadata index in each region folder (``Archive.entries``).
INDEX_NAME = ".drafter-index"
#: Raise when what an index entry holds, or how it is made, changes: older indexes are rebuilt.
INDEX_FORMAT = 1


def resolve_root(option: str | os.PathLike[str] | None = None) -> Path:
    """Archive root: the option, else $DRAFTER_ARCHIVE, else ./archive."""
    if option:
        return Path(option)
    return Path(os.environ.get(ENV_VAR) or DEFAULT_ROOT)


def dumps(report: Report) -> str:
    """The archive's JSON text for a report: same report, same bytes."""
    return json.dumps(report.to_dict(), sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Archive:
    """An archive folder of reports, one subfolder per region."""

    root: Path

    @classmethod
    def at(cls, option: str | os.PathLike[str] | None = None) -> Archive:
        return cls(resolve_root(option))

    # -- reading ---------------------------------------------------------------------

    def regions(self) -> list[str]:
        try:
            return sorted(d.name for d in self.root.iterdir()
                          if _is_region_name(d.name) and d.is_dir() and any(d.glob("*.json")))
        except OSError:
            return []

    def region(self, region: str | None = None) -> str:
        """The region asked for, or the archive's only region."""
        regions = self.regions()
        if region:
            check_region(region)
            if region not in regions:
                have = "、".join(regions) if regions else "（空）"
                raise ArchiveError(f"档案中没有地区“{region}”", f"档案 {self.root} 中的地区：{have}",
                                   "请检查 --region，或先用 drafter ingest 导入该地区的报告")
            return region
        if not regions:
            raise ArchiveError(f"档案 {self.root} 中还没有报告", "该目录不存在或没有任何已导入的年度",
                               "请先运行 drafter ingest 报告文件，或用 --archive 指定档案目录")
        if len(regions) > 1:
            raise ArchiveError("档案中有多个地区", "、".join(regions), "请用 --region 指明要使用的地区")
        return regions[0]

    def years(self, region: str) -> list[int]:
        """The years with a year's report (reports on part of a year are ``periods``)."""
        folder = self.root / region
        return sorted(int(p.stem) for p in folder.glob("*.json") if p.stem.isdigit())

    def periods(self, region: str) -> list[tuple[int, str]]:
        """(year, period) of the reports on part of a year, in time order (``2015年上半年``)."""
        folder = self.root / region
        found = [(int(m["y"]), m["p"]) for p in folder.glob("*.json") if (m := _PERIOD_STEM.match(p.stem))]
        return sorted(found, key=lambda yp: (yp[0], months(yp[1])))

    def keys(self, region: str) -> list[tuple[int, str]]:
        """Every report's (year, period), in time order: a period before its year's report."""
        every = [(y, "") for y in self.years(region)] + self.periods(region)
        return sorted(every, key=lambda yp: (yp[0], months(yp[1])))

    def path(self, region: str, year: int, period: str = "") -> Path:
        return self.root / region / f"{key(year, period)}.json"

    def entries(self, region: str) -> Iterator[Entry]:
        """What ``drafter list`` shows of each report of ``region``, in ``keys`` order, from the
        region's index where its entry matches the files, else from the report (``load``, with
        its errors); the index is rewritten when an entry was read again or is gone."""
        folder = self.root / region
        known = _read_index(folder)
        fresh: dict[str, dict[str, object]] = {}
        for year, period in self.keys(region):
            path = self.path(region, year, period)
            record = known.get(path.name)
            entry = _entry(record, path, region)
            if entry is not None:
                record = _completed(record, path)  # type: ignore[arg-type]
            else:
                before = _stamp(path)
                report = self.load(year, region, period)
                entry = _entry_of(report)
                record = _record(report, before, _source_stamp(folder, report))
                if _stamp(path) != before:  # changed while read: not recorded
                    record = None
            if record is not None:
                fresh[path.name] = record
            yield entry
        if fresh != known:
            _write_index(folder, fresh)

    def has(self, region: str, year: int, period: str = "") -> bool:
        return self.path(region, year, period).is_file()

    def load(self, year: int, region: str | None = None, period: str = "") -> Report:
        check_year(year)
        region = self.region(region)
        path = self.path(region, year, period)
        if not path.is_file() and period and _legacy_period(self.path(region, year)) == period:
            path = self.path(region, year)  # filed at the year's place by a drafter before schema 3
        if not path.is_file():
            have = "、".join(key(y, p) for y, p in self.keys(region)) or "（无）"
            raise ArchiveError(f"档案中没有{region} {label(year, period)}的报告", f"已有：{have}",
                               f"请先用 drafter ingest 导入 {label(year, period)}的报告")
        try:
            if path.stat().st_size > MAX_JSON_BYTES:
                raise CorruptData("", f"文件超过 {MAX_JSON_BYTES // (1024 * 1024)} MB")
            with _collector_paused():
                data = json.loads(path.read_bytes().decode("utf-8"), parse_constant=_no_constant)
                if not isinstance(data, dict):
                    raise CorruptData("", "顶层应为对象")
                if data.get("schema") not in READABLE_SCHEMAS:
                    raise ArchiveError(
                        f"档案文件 {path} 的格式版本不符",
                        f"需要版本 {SCHEMA_VERSION}，文件为 {str(data.get('schema'))[:20]}",
                        "请用 drafter ingest --force 重新导入原始报告")
                report = Report.from_dict(data)
            if data.get("schema") != SCHEMA_VERSION:  # written before periods were kept apart
                report = _with_title_period(report)
            _check_report(report, region, year, period, path.parent, legacy=data.get("schema") != SCHEMA_VERSION)
        except ArchiveError:
            raise
        except CorruptData as exc:
            raise _corrupt(path, str(exc)) from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _corrupt(path, str(exc).splitlines()[0][:200]) from None
        except RecursionError:
            raise _corrupt(path, "嵌套层次过深") from None
        return report

    # -- writing ---------------------------------------------------------------------

    def store(self, report: Report, source_bytes: bytes, source_suffix: str, *, force: bool = False,
              notes: list[str] | None = None) -> Path:
        """Write a report and its source; return the JSON path.

        The region folder is locked for the whole write, so concurrent writers take turns
        and, without ``force``, every writer after the first of a year (or of a period of a
        year) is refused. The source is renamed into place before the JSON that records its
        hash, so a write cut short (``kill -9``) leaves either the old entry, or a mismatch the
        loader reports. A report on part of a year that an older drafter filed at the year's
        place is moved to its own key when the year's report comes (a line for the user is
        added to ``notes``), and is the entry a report of its own period replaces.
        """
        region, year, period = report.meta.region, report.meta.year, report.meta.period
        check_region(region)
        check_year(year)
        assert report.source is not None
        folder = self.root / region
        created: list[Path] = []
        try:
            for d in (self.root, folder):
                if not d.is_dir():
                    d.mkdir(exist_ok=True)
                    created.append(d)
            with locked(folder):
                target = self.path(region, year, period)
                files, stale, taken = self._legacy_plan(region, year, period)
                busy = taken or (None if files or not target.exists() else target)  # moved away: free
                if busy and not force:
                    raise ArchiveError(f"档案中已有{region} {label(year, period)}的报告",
                                       f"文件 {busy} 已存在",
                                       "如确需用新文件替换，请加 --force")
                sweep(folder)
                _drop_orphans(folder)
                moved = _moved_period(files, year)
                files.update({folder / report.source.file: source_bytes, target: dumps(report).encode("utf-8")})
                gone = {p.name for p in stale if p not in files}
                contents: dict[Path, Content] = dict(files)
                contents[folder / INDEX_NAME] = lambda stats: _index_bytes(
                    _kept_records(folder, region, gone | {p.name for p in files})
                    | {target.name: _record(report, _stat_stamp(stats[target], changed=False),
                                            _stat_stamp(stats[folder / report.source.file], changed=False))})
                commit(contents)
                for path in stale:
                    if path not in files:
                        path.unlink(missing_ok=True)
                if moved and notes is not None:
                    notes.append(f"提示：档案中按旧版存放在 {year} 年位置的{label(year, moved)}报告"
                                 f"已移到自己的位置 {self.path(region, year, moved).name}。")
        except OSError as exc:
            for d in reversed(created):
                _remove_if_empty(d)
            raise ArchiveError(f"无法写入档案 {self.root}", reason(exc),
                               "请检查该目录是否存在、可写且有剩余空间，或用 --archive 指定其他目录") from None
        except ArchiveError:
            for d in reversed(created):
                _remove_if_empty(d)
            raise
        return target

    def _legacy_plan(self, region: str, year: int, period: str) -> tuple[dict[Path, bytes], list[Path], Path | None]:
        """What storing (year, period) does to a report on part of a year that an older drafter
        filed at the year's place: the files that move it to its own key (when the year's
        report comes and that key is free), the files to remove after the write, and the path
        that makes the write a replacement (the same period is there already)."""
        at = self.path(region, year)
        old = _legacy_period_report(at) if at.is_file() else None
        if old is None or old.source is None:
            return {}, [], None
        folder = at.parent
        kept = folder / old.source.file
        own = self.path(region, year, old.meta.period)
        if not period and not own.exists():
            stem = key(year, old.meta.period)
            source = replace(old.source, file=stem + old.source.file[len(str(year)):])
            moved = replace(old, source=source)
            return {folder / source.file: kept.read_bytes(), own: dumps(moved).encode("utf-8")}, [kept], None
        if period == old.meta.period:
            return {}, [at, kept], at
        if not period:
            return {}, [kept], at  # its own key is taken too: the old copy is what a year's report replaces
        return {}, [], None


@dataclass(frozen=True)
class Entry:
    """What ``drafter list`` shows of one report: its key (a report an older drafter filed at
    its year's place has the period its title names), title and coverage note."""

    year: int
    period: str
    title: str
    note: str


def _stat_stamp(st: os.stat_result, *, changed: bool = True) -> list[int | None]:
    """What tells a file changed: its size, inode, modification time and status-change time. A
    hand edit or copy changes one of them (a copy may reuse a freed inode and keep the size and
    modification time, ``cp -p``, never the status-change time). A rename keeps the first three
    but sets the last, so a record written with a report (``changed=False``) leaves it out and
    the first reader that finds the record current fills it in."""
    return [st.st_size, st.st_ino, st.st_mtime_ns, st.st_ctime_ns if changed else None]


def _stamp(path: Path) -> list[int | None] | None:
    try:
        return _stat_stamp(path.stat())
    except OSError:
        return None


def _same(recorded: object, now: list[int | None] | None) -> bool:
    """Does a recorded stamp match the file's stamp now (a status-change time left out matches any)?"""
    return (now is not None and isinstance(recorded, list) and len(recorded) == len(now)
            and recorded[:3] == now[:3] and recorded[3] in (None, now[3]))


def _completed(record: dict[str, object], path: Path) -> dict[str, object] | None:
    """A current record with the status-change times its writer could not know filled in (None
    when a file changed meanwhile: the record is dropped and read again next time)."""
    stamps = {"json": path}
    if record["source"] is not None:
        stamps["source_stamp"] = path.parent / str(record["source"])
    if all(record[field][3] is not None for field in stamps):  # type: ignore[index]
        return record
    now = {field: _stamp(file) for field, file in stamps.items()}
    return {**record, **now} if all(_same(record[field], now[field]) for field in stamps) else None


def _source_stamp(folder: Path, report: Report) -> list[int | None] | None:
    return None if report.source is None else _stamp(folder / report.source.file)


def _entry_of(report: Report) -> Entry:
    from drafter.render.outline import coverage_note

    meta = report.meta
    return Entry(meta.year, meta.period, meta.title, coverage_note(report))


def _record(report: Report, stamp: list[int | None] | None, source: list[int | None] | None) -> dict[str, object]:
    """A report's index entry, with the stamps of its JSON and its kept source."""
    entry = _entry_of(report)
    return {"region": report.meta.region, "year": entry.year, "period": entry.period, "title": entry.title,
            "note": entry.note, "json": stamp, "source": None if report.source is None else report.source.file,
            "source_stamp": source}


def _entry(record: object, path: Path, region: str) -> Entry | None:
    """The entry of the index record of the JSON at ``path`` when the record is well formed and
    the JSON and its kept source are as it recorded them, else None."""
    if not isinstance(record, dict):
        return None
    try:
        entry = Entry(record["year"], record["period"], record["title"], record["note"])
        source = record["source"]
        if not (record["region"] == region and isinstance(entry.year, int) and isinstance(entry.period, str)
                and isinstance(entry.title, str) and isinstance(entry.note, str) and _same(record["json"], _stamp(path))):
            return None
        if source is not None and not (isinstance(source, str) and _SOURCE_NAME.match(source)
                                       and _same(record["source_stamp"], _stamp(path.parent / source))):
            return None
    except (KeyError, TypeError, ValueError):
        return None
    return entry


def _read_index(folder: Path) -> dict[str, dict[str, object]]:
    """The region's index records by JSON file name; empty when missing, damaged or older."""
    try:
        data = json.loads((folder / INDEX_NAME).read_bytes().decode("utf-8"))
        if (isinstance(data, dict) and data.get("format") == INDEX_FORMAT and data.get("schema") == SCHEMA_VERSION
                and isinstance(data.get("reports"), dict)):
            return data["reports"]
    except (OSError, ValueError, RecursionError):
        pass
    return {}


def _kept_records(folder: Path, region: str, skip: set[str]) -> dict[str, dict[str, object]]:
    """The records of the region's index that still match their files, but those named in ``skip``."""
    known = _read_index(folder)
    return {name: r for name, r in known.items() if name not in skip and _entry(r, folder / name, region) is not None}


def _index_bytes(records: Mapping[str, dict[str, object]]) -> bytes:
    data = {"format": INDEX_FORMAT, "schema": SCHEMA_VERSION, "reports": dict(records)}
    return (json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _write_index(folder: Path, records: Mapping[str, dict[str, object]]) -> None:
    """Rewrite a region's index under its lock; an archive that cannot be written is only slower."""
    with suppress(OSError), locked(folder):
        sweep(folder)
        commit({folder / INDEX_NAME: _index_bytes(records)})


#: Largest archive JSON the loader reads (a report's JSON is about 1 MB).
MAX_JSON_BYTES = 64 * 1024 * 1024
_SOURCE_NAME = re.compile(rf"^(\d{{4}}(?:年{PERIODS})?)\.source\.\w+$")
#: A report on part of a year: ``2015年上半年``, ``2015年1-11月``.
_PERIOD_STEM = re.compile(rf"^(?P<y>\d{{4}})年(?P<p>{PERIODS})$")


def _no_constant(name: str) -> None:
    raise CorruptData("", f"含有非数值 {name}")


def _corrupt(path: Path, why: str) -> ArchiveError:
    return ArchiveError(f"档案文件 {path} 已损坏", why, "请用 drafter ingest --force 重新导入原始报告")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a report is read: reading makes some 30 000
    objects, none in a cycle, and the collector would walk them all again and again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _with_title_period(report: Report) -> Report:
    """A report written before schema 3, with the period its title names (``2015年上半年…``)."""
    meta = report.meta
    period = meta.period or report_period(meta.kind, meta.title)
    return report if period == meta.period else replace(report, meta=replace(meta, period=period))


def _legacy_period_report(path: Path) -> Report | None:
    """The report at a year's place when it is one on part of a year an older drafter filed there
    (a current index record saying it is the year's report spares reading it)."""
    indexed = _entry(_read_index(path.parent).get(path.name), path, path.parent.name)
    if indexed is not None and not indexed.period:
        return None
    try:
        data = json.loads(path.read_bytes().decode("utf-8"), parse_constant=_no_constant)
        if not isinstance(data, dict) or data.get("schema") == SCHEMA_VERSION:
            return None
        report = _with_title_period(Report.from_dict(data))
    except (OSError, ValueError, CorruptData, RecursionError):
        return None
    return report if report.meta.period else None


def _legacy_period(path: Path) -> str:
    """The period of the report an older drafter filed at a year's place, or ""."""
    old = _legacy_period_report(path) if path.is_file() else None
    return old.meta.period if old is not None else ""


def _moved_period(files: dict[Path, bytes], year: int) -> str:
    """The period of the entry ``_legacy_plan`` moved (its JSON's name)."""
    stems = [p.stem for p in files if p.suffix == ".json" and p.stem != str(year)]
    m = _PERIOD_STEM.match(stems[0]) if stems else None
    return m["p"] if m else ""


def _check_report(report: Report, region: str, year: int, period: str, folder: Path, *, legacy: bool = False) -> None:
    """What the types alone do not say: the entry is the one its file name promises, and its
    source is the file it was parsed from. An entry written before schema 3 may be a report on
    part of a year at its year's place (``legacy``)."""
    meta = report.meta
    if meta.region != region or meta.year != year or (meta.period != period and not (legacy and not period)):
        raise CorruptData("meta", f"记录的是{_printable(meta.region)} {label(meta.year, meta.period)}，与文件位置不符")
    if not YEAR_MIN <= meta.plan_year <= YEAR_MAX + 1:
        raise CorruptData("meta.plan_year", f"年份 {meta.plan_year} 超出范围")
    for fig in report.figures:
        if not 0 <= fig.span[0] <= fig.span[1]:
            raise CorruptData("figures", f"位置 {list(fig.span)} 无效")
    source = report.source
    if source is None:
        return
    stem = _SOURCE_NAME.match(source.file)
    if stem is None or stem.group(1) not in (key(year, period), str(year) if legacy else None):
        raise CorruptData("source.file", f"原文件名“{_printable(source.file)}”不合规范")
    kept = folder / source.file
    if not kept.is_file():
        raise CorruptData("source", f"原文件 {source.file} 不见了")
    if sha256(kept.read_bytes()) != source.sha256:
        raise CorruptData("source", f"原文件 {source.file} 与记录的校验值不符（可能是导入中途被打断）")


def _drop_orphans(folder: Path) -> None:
    """Remove kept sources whose JSON is missing (an ingest killed between its two renames),
    and temporary files older drafter versions left when killed (``.2023.json.k3j5x8qz.tmp``)."""
    import time

    for path in folder.iterdir():
        match = _SOURCE_NAME.match(path.name)
        if match and not (folder / f"{match.group(1)}.json").exists():
            path.unlink(missing_ok=True)
        elif _LEGACY_TEMP.match(path.name) and time.time() - path.stat().st_mtime > STALE_AFTER:
            path.unlink(missing_ok=True)


_LEGACY_TEMP = re.compile(r"^\.\d{4}\.(?:json|source\.\w+)\.[A-Za-z0-9_]{8}\.tmp$")


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass


#: Longest region name accepted (天津市滨海新区中新天津生态城管理委员会 is 19 characters).
MAX_REGION = 40
_REGION_BAD = '/\\:*?"<>|'


def check_region(region: str) -> str:
    """A region name usable as a folder name and printable in one line; else ``InputError``."""
    bad = ""
    if not region or not region.strip():
        bad = "名称是空的"
    elif len(region) > MAX_REGION:
        bad = f"名称有 {len(region)} 个字，超过 {MAX_REGION} 个字"
    elif any(not ch.isprintable() or ch.isspace() for ch in region):
        bad = "名称中含有空白、换行或控制字符"
    elif any(c in region for c in _REGION_BAD) or region.startswith("."):
        bad = "名称中含有路径字符"
    if bad:
        raise InputError(f"地区名称“{_printable(region)}”不能使用", bad,
                         "请用 --region 指定一个简洁的地区名称，例如 天津市河北区")
    return region


def _is_region_name(name: str) -> bool:
    try:
        check_region(name)
    except InputError:
        return False
    return True


def check_year(year: int) -> int:
    """A year within drafter's range; else ``InputError``."""
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise InputError(f"年份 {year} 不在可用范围内", f"drafter 只接受 {YEAR_MIN}—{YEAR_MAX} 年",
                         "请检查年份，例如 2024")
    return year


def _printable(text: str) -> str:
    """At most MAX_REGION characters, each control, space or bidi character shown as �."""
    shown = "".join(ch if ch.isprintable() and not ch.isspace() else "\ufffd" for ch in text[:MAX_REGION])
    return shown + ("…" if len(text) > MAX_REGION else "")


def load_report(root: str | os.PathLike[str] | None, year: int, region: str | None = None, period: str = "") -> Report:
    """Load report ``year`` (or its ``period``, ``上半年``) from the archive at ``root`` (see ``resolve_root``)."""
    return Archive.at(root).load(year, region, period)


__all__ = ["DEFAULT_ROOT", "INDEX_NAME", "MAX_REGION", "Archive", "Entry", "check_region", "check_year", "dumps", "load_report",
           "resolve_root", "sha256"]
