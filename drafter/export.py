"""The archive as four tables for DuckDB, pandas or Excel: reports, paragraphs, figures, targets.

``targets`` is the ledger (the same code as ``drafter diff``, with each region's pins) of
every consecutive pair of archived years of every region. Its ``completion`` and ``gap``
are computed by drafter; every other number is read from the reports (``value`` as written,
``number`` normalized with 万/亿 applied).

    from drafter.export import export
    export("archive", "archive.sqlite", "sqlite")
    export("archive", "表格", "csv")          # a folder of four CSV files (Excel-ready)
    export("archive", "表格", "parquet")      # needs the optional extra: drafter[parquet]

Reports on part of a year (``2016年上半年``, README) are exported beside the years' reports, in
time order (a period before its year's report): when the export holds one, every table has a
period column (``时期``: ``全年`` or ``上半年``; in ``targets`` the period of each side) and
``targets`` adds, for each such report, the previous year's targets against its outcomes to
date (``in_progress``, 年内进度, docs/LEDGER.md rule 6) and its own whole-year targets against
its year's report (rule 7). An export of years' reports alone has the columns and rows it
always had, byte for byte.
"""

from __future__ import annotations

import csv
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.errors import InputError

FORMATS = ("sqlite", "csv", "parquet")

#: Table → columns: (name, SQL type, Chinese header for CSV). Names are the SQLite and Parquet
#: column names; the CSV files carry the Chinese headers.
TABLES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "reports": (
        ("region", "TEXT", "地区"), ("year", "INTEGER", "执行年度"), ("plan_year", "INTEGER", "计划年度"),
        ("title", "TEXT", "标题"), ("issuer", "TEXT", "报告单位"), ("meeting", "TEXT", "会议"),
        ("delivered", "TEXT", "报告日期"), ("published", "TEXT", "发布日期"), ("speaker", "TEXT", "报告人"),
        ("speaker_title", "TEXT", "报告人职务"), ("excerpt", "INTEGER", "仅为摘录"), ("coverage", "TEXT", "收录范围"),
        ("source_name", "TEXT", "原文件名"), ("source_format", "TEXT", "原文件格式"), ("source_sha256", "TEXT", "原文件SHA256"),
    ),
    "paragraphs": (
        ("region", "TEXT", "地区"), ("year", "INTEGER", "执行年度"), ("paragraph", "TEXT", "段落编号"),
        ("ord", "INTEGER", "顺序"), ("section", "TEXT", "位置"), ("role", "TEXT", "段落类型"),
        ("lead", "TEXT", "段首句"), ("text", "TEXT", "正文"),
    ),
    "figures": (
        ("region", "TEXT", "地区"), ("year", "INTEGER", "执行年度"), ("paragraph", "TEXT", "段落编号"),
        ("section", "TEXT", "位置"), ("indicator", "TEXT", "指标"), ("kind", "TEXT", "类别"),
        ("measure", "TEXT", "度量"), ("value", "TEXT", "数值（原文）"), ("number", "REAL", "数值（折算）"),
        ("upper", "REAL", "区间上限（折算）"), ("unit", "TEXT", "单位"), ("unit_family", "TEXT", "单位类别"),
        ("qualifier", "TEXT", "限定"), ("estimate", "INTEGER", "预计数"), ("cumulative", "INTEGER", "累计数"),
        ("increment", "INTEGER", "新增数"), ("direction", "TEXT", "方向"), ("period", "INTEGER", "所指年度"),
        ("span_start", "INTEGER", "起始位置"), ("span_end", "INTEGER", "结束位置"), ("text", "TEXT", "原文"),
        ("sentence", "TEXT", "所在句"),
    ),
    "targets": (
        ("region", "TEXT", "地区"), ("target_year", "INTEGER", "目标所在报告年度"),
        ("outcome_year", "INTEGER", "实绩所在报告年度"), ("indicator", "TEXT", "指标"),
        ("target_value", "TEXT", "目标值"), ("target_unit", "TEXT", "目标单位"), ("target_qualifier", "TEXT", "目标限定"),
        ("target_text", "TEXT", "目标原文"), ("target_section", "TEXT", "目标位置"), ("target_sentence", "TEXT", "目标所在句"),
        ("outcome_value", "TEXT", "实绩值"), ("outcome_unit", "TEXT", "实绩单位"), ("outcome_text", "TEXT", "实绩原文"),
        ("outcome_section", "TEXT", "实绩位置"), ("outcome_sentence", "TEXT", "实绩所在句"),
        ("status", "TEXT", "状态"), ("status_label", "TEXT", "状态（中文）"),
        ("completion", "REAL", "完成率（%，计算值）"), ("gap", "REAL", "差距（计算值）"), ("gap_unit", "TEXT", "差距单位"),
        ("stated_completion", "REAL", "报告自述完成率（%）"), ("rule", "TEXT", "判定规则"),
        ("pinned", "INTEGER", "人工指定配对"), ("note", "TEXT", "说明"),
    ),
}


@dataclass(frozen=True)
class Exported:
    """What was written: the path and the row count of each table."""

    path: Path
    counts: dict[str, int]

    def summary(self) -> str:
        names = {"reports": "报告", "paragraphs": "段落", "figures": "数字", "targets": "目标核对"}
        return "，".join(f"{names[t]} {n} 行" for t, n in self.counts.items())


#: Table → the period columns an export with a report on part of a year adds: (after the column
#: named, the column). A year's report's period is ``全年``.
PERIOD_COLUMNS: dict[str, tuple[tuple[str, tuple[str, str, str]], ...]] = {
    "reports": (("year", ("report_period", "TEXT", "时期")),),
    "paragraphs": (("year", ("report_period", "TEXT", "时期")),),
    "figures": (("year", ("report_period", "TEXT", "时期")),),
    "targets": (("target_year", ("target_period", "TEXT", "目标所在报告时期")),
                ("outcome_year", ("outcome_period", "TEXT", "实绩所在报告时期"))),
}
#: The period column's value for a year's report.
WHOLE_YEAR = "全年"

Columns = dict[str, tuple[tuple[str, str, str], ...]]


def columns(periods: bool = False) -> Columns:
    """Every table's columns: ``TABLES``, with the period columns when ``periods``."""
    if not periods:
        return dict(TABLES)
    out: Columns = {}
    for table, cols in TABLES.items():
        added = dict(PERIOD_COLUMNS[table])
        out[table] = tuple(c for col in cols for c in ((col, added[col[0]]) if col[0] in added else (col,)))
    return out


def has_periods(archive: str | os.PathLike[str] | None, region: str | None = None) -> bool:
    """Whether the archive (or the region) holds a report on part of a year."""
    from drafter.archive import Archive

    store = Archive.at(archive)
    regions = [store.region(region)] if region else store.regions()
    return any(store.periods(name) for name in regions)


def _period(period: str) -> str:
    return period or WHOLE_YEAR


def _with_periods(row: tuple[Any, ...], at: tuple[int, ...], periods: tuple[str, ...]) -> tuple[Any, ...]:
    """``row`` with the period values put after the columns at ``at`` (indexes into ``row``)."""
    out = list(row)
    for i, period in sorted(zip(at, periods, strict=True), reverse=True):
        out.insert(i + 1, _period(period))
    return tuple(out)


def _index(table: str, name: str) -> int:
    return [c for c, _, _ in TABLES[table]].index(name)


# ---------------------------------------------------------------- rows


def _num(value: Any) -> float | None:
    return None if value is None else float(value)


Batch = dict[str, list[tuple[Any, ...]]]


def table_batches(
    archive: str | os.PathLike[str] | None, region: str | None = None, *, periods: bool | None = None
) -> Iterator[Batch]:
    """The four tables' rows, one batch per region (every region, or one), in archive order:
    a region's reports are in memory at a time, never the whole archive. ``periods``: with the
    period columns (``columns(True)``); None: when the archive holds a report on part of a year."""
    from drafter.archive import Archive
    from drafter.history import RegionLedgers

    store = Archive.at(archive)
    regions = [store.region(region)] if region else store.regions()
    if not regions:
        store.region(None)  # the archive is empty: say so
    if periods is None:
        periods = has_periods(archive, region)
    for name in regions:
        ledgers = RegionLedgers(archive, name)
        batch: Batch = {table: [] for table in TABLES}
        for year, period in ledgers.keys:
            report = ledgers.report((year, period))
            batch["reports"].append(_report_row(report))
            batch["paragraphs"].extend(_paragraph_rows(report))
            batch["figures"].extend(_figure_row(report, f) for f in report.figures)
            for a, b in _pairs(ledgers, year, period):
                batch["targets"].extend(_target_row(name, a, b, e) for e in ledgers.entries(a, b))
        if periods:
            batch = _periods_added(batch)
        else:  # a year's report alone, as always: no period column
            batch = {t: [row[:-len(PERIOD_COLUMNS[t])] for row in rows] for t, rows in batch.items()}
        yield batch


def _pairs(ledgers: Any, year: int, period: str) -> Iterator[tuple[Any, Any]]:
    """The ledgers exported beside a report: a year's report's targets against the next year's
    report; for a report on part of a year, the previous year's targets against its outcomes to
    date (rule 6), then its own whole-year targets against its year's report (rule 7)."""
    if not period:
        if year + 1 in ledgers.reports:
            yield year, year + 1
        return
    if year - 1 in ledgers.reports:
        yield year - 1, (year, period)
    if year in ledgers.reports:
        yield (year, period), year


def _periods_added(batch: Batch) -> Batch:
    """The rows (each ending with its periods) with the periods moved to their columns."""
    out: Batch = {}
    for table, rows in batch.items():
        added = PERIOD_COLUMNS[table]
        at = tuple(_index(table, after) for after, _ in added)
        out[table] = [_with_periods(row[:-len(added)], at, row[-len(added):]) for row in rows]
    return out


def table_rows(
    archive: str | os.PathLike[str] | None, region: str | None = None, *, periods: bool | None = None
) -> Batch:
    """All four tables' rows at once (for a Python user with a small archive); with ``periods``
    as ``table_batches`` has it (the columns: ``columns(has_periods(archive, region))``)."""
    tables: Batch = {table: [] for table in TABLES}
    for batch in table_batches(archive, region, periods=periods):
        for table, rows in batch.items():
            tables[table].extend(rows)
    return tables


def _report_row(report: Any) -> tuple[Any, ...]:
    from drafter.periods import target_year

    m, src = report.meta, report.source
    # a report on part of a year plans the rest of its own year (docs/LEDGER.md, rule 7)
    plan_year = target_year(m.year, m.period) if m.period else m.plan_year
    return (
        m.region, m.year, plan_year, m.title, m.issuer, m.meeting, m.delivered, m.published, m.speaker,
        m.speaker_title, int(report.coverage.excerpt), report.coverage.note,
        src.name if src else "", src.format if src else "", src.sha256 if src else "", m.period,
    )


def _paragraph_rows(report: Any) -> Iterator[tuple[Any, ...]]:
    from drafter.model import section_label

    for part, chapter, p in report.paragraphs():
        yield (report.meta.region, report.year, p.id, p.index, section_label(part, chapter), p.role, p.lead, p.text,
               report.meta.period)


def _figure_row(report: Any, f: Any) -> tuple[Any, ...]:
    return (
        report.meta.region, report.year, f.paragraph, f.section, f.indicator, f.kind, f.measure, f.value,
        _num(f.number), _num(f.upper), f.unit, f.unit_family, f.qualifier, int(f.estimate), int(f.cumulative),
        int(f.increment), f.direction, f.period, f.span[0], f.span[1], f.text, f.sentence, report.meta.period,
    )


def _target_row(region: str, a: Any, b: Any, e: Any) -> tuple[Any, ...]:
    """A ledger entry of report ``a`` against report ``b`` (each a year or (year, period)); the
    row ends with the two reports' periods."""
    from drafter.labels import STATUS_LABELS
    from drafter.periods import report_name

    (ya, pa), (yb, pb) = report_name(a), report_name(b)
    t, o = e.target, e.outcome
    gap = e.gap  # a rate target's 个百分点, a ceiling's margin
    return (
        region, ya, yb, e.indicator, t.value, t.unit, t.qualifier, t.text, t.section, t.sentence,
        o.value if o else None, o.unit if o else None, o.text if o else None, o.section if o else None,
        o.sentence if o else None, e.status, STATUS_LABELS.get(e.status, e.status), _num(e.completion),
        _num(gap.value) if gap is not None else None, gap.unit if gap is not None else None,
        _num(e.stated_completion), e.rule, int(e.pinned), e.evidence.note, pa, pb,
    )


# ---------------------------------------------------------------- writers


def export(
    archive: str | os.PathLike[str] | None,
    output: str | os.PathLike[str],
    fmt: str,
    *,
    region: str | None = None,
    force: bool = False,
) -> Exported:
    """Write the four tables as one SQLite file, or a folder of CSV or Parquet files."""
    if fmt not in FORMATS:
        raise InputError(f"不支持的导出格式“{fmt}”", f"可选：{'、'.join(FORMATS)}", "请用 --format 指定其中之一")
    if fmt == "parquet":
        _need_pyarrow()
    from drafter.archive import resolve_root
    from drafter.atomic import in_archive

    target = Path(output)
    if in_archive(target, resolve_root(archive)) or _inside(target, resolve_root(archive)):
        raise InputError(f"不能写入 {target}", "该路径位于档案目录中", "请换一个档案以外的输出路径")
    if target.exists() and not force:
        raise InputError(f"{target} 已存在", "导出不会覆盖已有的文件或文件夹", "请换一个输出路径，或加 --force 覆盖")
    if target.exists():
        _check_replaceable(target, fmt)
    counts = {table: 0 for table in TABLES}
    periods = has_periods(archive, region)

    def counted() -> Iterator[Batch]:
        for batch in table_batches(archive, region, periods=periods):
            for table, rows in batch.items():
                counts[table] += len(rows)
            yield batch

    {"sqlite": _write_sqlite, "csv": _write_csv, "parquet": _write_parquet}[fmt](counted(), target, columns(periods))
    return Exported(target, counts)


def _inside(target: Path, root: Path) -> bool:
    return target.resolve().is_relative_to(root.resolve())


def _need_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise InputError(
            "导出 Parquet 需要可选组件 pyarrow", "当前环境没有安装它",
            "请运行 pip install 'drafter[parquet]' 后重试，或改用 --format sqlite 或 csv",
        ) from None


def _write_sqlite(batches: Iterator[Batch], target: Path, tables: Columns) -> None:
    from drafter.atomic import sweep, temp_path

    sweep(_folder_of(target))
    tmp = str(temp_path(target))
    try:
        db = sqlite3.connect(tmp)
        with db:
            for name, cols in tables.items():
                db.execute(f"CREATE TABLE {name} ({', '.join(f'{c} {t}' for c, t, _ in cols)})")
            for batch in batches:
                for name, cols in tables.items():
                    marks = ", ".join("?" for _ in cols)
                    db.executemany(f"INSERT INTO {name} VALUES ({marks})", batch[name])
        db.close()
        os.chmod(tmp, 0o644)
        _replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write_csv(batches: Iterator[Batch], target: Path, tables: Columns) -> None:
    from drafter.excel import safe_cell

    def write(folder: Path) -> None:
        handles = {name: (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") for name in TABLES}
        try:
            writers = {name: csv.writer(handle, lineterminator="\r\n") for name, handle in handles.items()}
            for name, cols in tables.items():
                handles[name].write("\ufeff")  # so Excel reads UTF-8
                writers[name].writerow([label for _, _, label in cols])
            for batch in batches:
                for name, rows in batch.items():  # text that Excel would run as a formula stays text
                    writers[name].writerows([safe_cell(c) if isinstance(c, str) else c for c in row] for row in rows)
        finally:
            for handle in handles.values():
                handle.close()

    _write_folder(write, target)


#: Rows gathered per Parquet row group.
ROW_GROUP = 50_000


def _write_parquet(batches: Iterator[Batch], target: Path, tables: Columns) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"TEXT": pa.string(), "INTEGER": pa.int64(), "REAL": pa.float64()}
    schemas = {name: pa.schema([(c, types[t]) for c, t, _ in cols]) for name, cols in tables.items()}

    def table(name: str, rows: list[tuple[Any, ...]]) -> Any:
        names = [c for c, _, _ in tables[name]]
        return pa.Table.from_pydict({c: [r[i] for r in rows] for i, c in enumerate(names)}, schema=schemas[name])

    def write(folder: Path) -> None:
        writers = {name: pq.ParquetWriter(str(folder / f"{name}.parquet"), schemas[name]) for name in TABLES}
        pending: Batch = {name: [] for name in TABLES}
        try:
            for batch in batches:
                for name, rows in batch.items():
                    pending[name].extend(rows)
                    if len(pending[name]) >= ROW_GROUP:
                        writers[name].write_table(table(name, pending[name]))
                        pending[name] = []
            for name, rows in pending.items():
                if rows:
                    writers[name].write_table(table(name, rows))
        finally:
            for writer in writers.values():
                writer.close()

    _write_folder(write, target)


def _write_folder(write: Any, target: Path) -> None:
    """``write(folder)`` fills a new folder beside the target, then the folder is renamed into place."""
    from drafter.atomic import temp_path

    _folder_of(target)
    tmp = temp_path(target)
    tmp.mkdir()
    try:
        write(tmp)
        tmp.chmod(0o755)
        _replace(str(tmp), target)
    finally:
        if tmp.exists():
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)


def _folder_of(target: Path) -> Path:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"无法写入 {target}", f"文件夹 {folder} 不存在", "请先建立该文件夹或换一个输出路径")
    return folder


def _replace(tmp: str, target: Path) -> None:
    """Rename ``tmp`` onto ``target``; an old export folder (only table files) is removed first."""
    try:
        if target.is_dir() and not target.is_symlink():
            import shutil

            shutil.rmtree(target)
        os.replace(tmp, target)
    except OSError as exc:
        raise InputError(f"无法写入 {target}", exc.strerror or str(exc), "请检查输出路径是否可写") from None


def _is_sqlite_export(target: Path) -> bool:
    """True when ``target`` is an SQLite file holding exactly the export's tables."""
    import sqlite3

    try:
        with target.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return False
        connection = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except (OSError, sqlite3.Error):
        return False
    return names == set(TABLES)


def _check_replaceable(target: Path, fmt: str) -> None:
    """``--force`` replaces an earlier export of the same kind, never anything else."""
    ours = {f"{name}.{fmt}" for name in TABLES}
    if fmt == "sqlite":
        if target.is_dir():
            raise InputError(f"{target} 是一个文件夹", "SQLite 导出是单个文件", "请给出一个文件路径，例如 档案.sqlite")
        if not _is_sqlite_export(target):
            raise InputError(f"{target} 不是以前导出的 SQLite 文件", "它是其他文件，覆盖会丢失其内容",
                             "请换一个新的输出路径，以免覆盖其他文件")
        return
    if not target.is_dir() or any(p.name not in ours for p in target.iterdir()):
        raise InputError(f"{target} 不是以前导出的 {fmt} 文件夹", "其中有其他文件，或它不是文件夹",
                         "请换一个新的输出路径，以免覆盖其他文件")


__all__ = ["FORMATS", "PERIOD_COLUMNS", "TABLES", "WHOLE_YEAR", "Exported", "columns", "export", "has_periods",
           "table_batches", "table_rows"]
