"""drafter's one atomic writer: every file drafter writes goes through here.

A write goes to a temporary file in the target's own folder, is flushed to disk (fsync),
and renamed over the target; the folder is fsynced after the rename. The temporary file is
removed on every exit path that Python sees (errors, Ctrl-C). A process killed outright
(``kill -9``, power loss) cannot clean up, so temporary files carry the writer's process id
in a fixed shape — ``.<name>.<pid>.<random>.drafter-tmp`` — and every later write into the
same folder sweeps the ones whose process is gone.

User-facing outputs (``draft -o``, ``sheet -o``, ``diff --html``) go through ``write_output``,
which also refuses a path inside an archive (a report's JSON, its kept source, ``links.yaml``)
and, without ``force``, an existing file.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from drafter.errors import DrafterError, InputError

TEMP_SUFFIX = ".drafter-tmp"
_TEMP_NAME = re.compile(r"^\..+\.(\d+)\.[0-9a-f]+" + re.escape(TEMP_SUFFIX) + r"$")
#: A temporary file older than this is stale even when its process id is alive again (reused).
STALE_AFTER = 3600.0
#: File names an archive region folder holds; no output may be written over one of them.
_ARCHIVE_FILE = re.compile(r"^\d{4}(?:年[^./\\]+)?\.(?:json|source\.\w+)$|^links\.yaml$|^\.drafter-index$")
#: A file's content, or a function that makes it from the files written before it in the same
#: ``commit`` (target → the ``os.stat_result`` its content will have once renamed into place).
Content = bytes | Callable[[Mapping[Path, os.stat_result]], bytes]


def temp_path(target: Path) -> Path:
    """A fresh temporary name beside ``target`` that ``sweep`` recognises."""
    return target.with_name(f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}{TEMP_SUFFIX}")


def sweep(folder: Path) -> list[Path]:
    """Remove temporary files left in ``folder`` by writers that were killed; return them."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if not match:
            continue
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
            if old or not _alive(int(match.group(1))):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _alive(pid: int) -> bool:
    """Is process ``pid`` running? (Signal 0 probes on POSIX; on Windows ``os.kill`` would end
    the process, so there a temporary file is only swept once stale.)"""
    if pid == os.getpid() or os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True
    return True


def commit(files: Mapping[Path, Content]) -> None:
    """Write each file through a synced temporary file, then rename them into place in order.

    A file given as a function is made after the files before it are written to their
    temporary names, from their ``stat`` (a rename keeps a file's size, inode and modification
    time), so an index can record the files it is written with (``drafter.archive``).

    Raises ``OSError`` after putting back every file already renamed, so a failure leaves
    the targets as they were; whatever happens, this process leaves no temporary file.
    Files are renamed in the order given, so a reader that checks a later file against an
    earlier one (the archive's JSON records its source's hash) sees the old state, the new
    state, or — only after a ``kill -9`` between renames — a mismatch it can report.
    """
    temps: list[tuple[Path, Path]] = []
    backups: dict[Path, Path | None] = {}
    written: dict[Path, os.stat_result] = {}
    try:
        for target, content in files.items():
            data = content if isinstance(content, bytes) else content(written)
            tmp = temp_path(target)
            temps.append((tmp, target))
            _write_synced(tmp, data)
            written[target] = os.stat(tmp)
        for target in files:
            backups[target] = _backup(target)
        done: list[Path] = []
        try:
            for tmp, target in temps:
                os.replace(tmp, target)
                done.append(target)
        except BaseException:
            for target in reversed(done):
                _restore(target, backups[target])
            raise
        for folder in {target.parent for target in files}:
            _fsync_dir(folder)
    finally:
        for path in [tmp for tmp, _ in temps] + [b for b in backups.values() if b is not None]:
            with contextlib.suppress(OSError):
                os.unlink(path)


def _backup(target: Path) -> Path | None:
    """A hard link to the file now at ``target`` (no copy), to put back if a later rename fails."""
    if not target.exists():
        return None
    backup = temp_path(target)
    try:
        os.link(target, backup)
    except OSError:  # a file system without hard links: copy instead
        _write_synced(backup, target.read_bytes())
    return backup


def _restore(target: Path, backup: Path | None) -> None:
    with contextlib.suppress(OSError):
        if backup is None:
            os.unlink(target)
        else:
            os.replace(backup, target)


def _write_synced(tmp: Path, data: bytes) -> None:
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_output(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    force: bool = True,
    archive: str | os.PathLike[str] | None = None,
    error: type[DrafterError] = InputError,
) -> Path:
    """Write a user-facing output file atomically, after ``check_output``."""
    target = check_output(path, force=force, archive=archive, error=error)
    sweep(target.parent)
    try:
        commit({target: data})
    except OSError as exc:
        raise error(f"无法写入 {path}", reason(exc), "请检查该文件夹是否存在、可写且有剩余空间，或换一个输出路径") from None
    return target


def check_output(
    path: str | os.PathLike[str],
    *,
    force: bool = True,
    archive: str | os.PathLike[str] | None = None,
    error: type[DrafterError] = InputError,
) -> Path:
    """The output path, checked: its folder exists, it is not in an archive, and it is not an
    existing file unless ``force``. Check before the work, so nothing runs for a refused path."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if in_archive(target, archive):
        raise error(
            f"不能写入 {path}",
            "该路径位于档案中（报告的 JSON、原文件或 links.yaml 所在的文件夹），写入会损坏档案",
            "请换一个档案以外的输出路径",
        )
    if not folder.is_dir():
        raise error(f"无法写入 {path}", f"文件夹 {folder} 不存在", "请先建立该文件夹或换一个输出路径")
    if target.is_dir():
        raise error(f"无法写入 {path}", "这是一个文件夹", "请指定一个文件名")
    if target.exists() and not force:
        raise error(f"输出文件 {path} 已存在", "drafter 不会悄悄覆盖已有文件", "如确需覆盖请加 --force，或换一个文件名")
    return target


def in_archive(target: Path, archive: str | os.PathLike[str] | None = None) -> bool:
    """Is ``target`` inside an archive: under the given archive root, or in a folder that
    holds a report's JSON and its source (a region folder of any archive)?"""
    try:
        resolved = target.resolve()
    except (OSError, RuntimeError):
        return False
    if archive is not None:
        with contextlib.suppress(OSError, RuntimeError):
            root = Path(archive).resolve()
            if root.is_dir() and (resolved == root or root in resolved.parents):
                return True
    return _is_region_folder(resolved.parent)


def _is_region_folder(folder: Path) -> bool:
    try:
        names = {entry.name for entry in os.scandir(folder)}
    except OSError:
        return False
    years = {name[:4] for name in names if _ARCHIVE_FILE.match(name) and name.endswith(".json")}
    return bool(years) and ("links.yaml" in names or any(
        name[:4] in years and ".source." in name for name in names))


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (fcntl.flock on the folder itself, no lock file),
    so writers of one archive region take turns. Where flock is missing, no lock."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def reason(exc: OSError) -> str:
    import errno

    reasons = {
        errno.ENOSPC: "磁盘已满",
        errno.EDQUOT: "磁盘配额已用完",
        errno.EACCES: "没有写入权限",
        errno.EPERM: "没有写入权限",
        errno.EROFS: "该位置只读",
        errno.ENOENT: "文件夹不存在",
    }
    return reasons.get(exc.errno or 0, exc.strerror or "系统写入失败")


__all__ = ["STALE_AFTER", "TEMP_SUFFIX", "check_output", "commit", "in_archive", "locked", "reason", "sweep", "temp_path", "write_output"]
