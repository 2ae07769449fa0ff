"""The archive: ``<root>/<region>/<year>.json`` beside the original source file.

Files are deterministic JSON (sorted keys, ``ensure_ascii=False``, a schema version) and
are written atomically: both files go to temporary names first and are renamed into
place; on any failure the archive is left byte for byte as it was. An existing year is
never replaced without ``force``.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import ArchiveError
from drafter.model import READABLE_SCHEMAS, SCHEMA_VERSION, Report

DEFAULT_ROOT = "archive"
ENV_VAR = "DRAFTER_ARCHIVE"


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
        if not self.root.is_dir():
            return []
        return sorted(d.name for d in self.root.iterdir() if d.is_dir() and any(d.glob("*.json")))

    def region(self, region: str | None = None) -> str:
        """The region asked for, or the archive's only region."""
        regions = self.regions()
        if region:
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
        folder = self.root / region
        return sorted(int(p.stem) for p in folder.glob("*.json") if p.stem.isdigit())

    def path(self, region: str, year: int) -> Path:
        return self.root / region / f"{year}.json"

    def has(self, region: str, year: int) -> bool:
        return self.path(region, year).is_file()

    def load(self, year: int, region: str | None = None) -> Report:
        region = self.region(region)
        path = self.path(region, year)
        if not path.is_file():
            years = "、".join(str(y) for y in self.years(region)) or "（无）"
            raise ArchiveError(f"档案中没有{region} {year} 年的报告", f"已有年度：{years}",
                               f"请先用 drafter ingest 导入 {year} 年报告")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ArchiveError(f"档案文件 {path} 已损坏", str(exc).splitlines()[0],
                               "请用 drafter ingest --force 重新导入原始报告") from None
        if not isinstance(data, dict) or data.get("schema") not in READABLE_SCHEMAS:
            raise ArchiveError(f"档案文件 {path} 的格式版本不符",
                               f"需要版本 {SCHEMA_VERSION}，文件为 {data.get('schema') if isinstance(data, dict) else '未知'}",
                               "请用 drafter ingest --force 重新导入原始报告")
        try:
            return Report.from_dict(data)
        except (KeyError, TypeError, ValueError) as exc:
            raise ArchiveError(f"档案文件 {path} 内容不完整", f"缺少或错误的字段 {exc}",
                               "请用 drafter ingest --force 重新导入原始报告") from None

    # -- writing ---------------------------------------------------------------------

    def store(self, report: Report, source_bytes: bytes, source_suffix: str, *, force: bool = False) -> Path:
        """Write a report and its source atomically; return the JSON path."""
        region, year = report.meta.region, report.meta.year
        _check_region_name(region)
        target = self.path(region, year)
        if target.exists() and not force:
            raise ArchiveError(f"档案中已有{region} {year} 年的报告", f"文件 {target} 已存在",
                               "如确需用新文件替换，请加 --force")
        folder = target.parent
        files = {target: dumps(report).encode("utf-8")}
        assert report.source is not None
        files[folder / report.source.file] = source_bytes
        created: list[Path] = []
        try:
            for d in (self.root, folder):
                if not d.exists():
                    d.mkdir()
                    created.append(d)
            _write_all(files)
        except OSError as exc:
            for d in reversed(created):
                _remove_if_empty(d)
            raise ArchiveError(f"无法写入档案 {self.root}", exc.strerror or str(exc),
                               "请检查该目录是否存在且可写，或用 --archive 指定其他目录") from None
        return target


def _write_all(files: dict[Path, bytes]) -> None:
    """Write every file to a temp name, then rename all into place; roll back on failure."""
    temps: dict[Path, str] = {}
    backups: dict[Path, bytes | None] = {}
    try:
        for path, data in files.items():
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            temps[path] = tmp
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.chmod(tmp, 0o644)
        for path in files:
            backups[path] = path.read_bytes() if path.exists() else None
        done: list[Path] = []
        try:
            for path, tmp in temps.items():
                os.replace(tmp, path)
                done.append(path)
        except OSError:
            for path in done:
                old = backups[path]
                if old is None:
                    path.unlink(missing_ok=True)
                else:
                    path.write_bytes(old)
            raise
    finally:
        for tmp in temps.values():
            if os.path.exists(tmp):
                os.unlink(tmp)


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass


def _check_region_name(region: str) -> None:
    if not region or any(c in region for c in '/\\:*?"<>|') or region.startswith(".") or len(region) > 40:
        raise ArchiveError(f"地区名称“{region}”不能用作档案目录名", "其中含有路径字符或过长",
                           "请用 --region 指定一个简洁的地区名称，例如 天津市河北区")


def load_report(root: str | os.PathLike[str] | None, year: int, region: str | None = None) -> Report:
    """Load report ``year`` from the archive at ``root`` (see ``resolve_root``)."""
    return Archive.at(root).load(year, region)


__all__ = ["DEFAULT_ROOT", "Archive", "dumps", "load_report", "resolve_root", "sha256"]
