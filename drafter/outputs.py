"""Writing a user-facing output file (a page, an export) atomically: a temporary file beside
it, then a rename, so a reader never sees half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from drafter.errors import InputError


def write_output(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"无法写入 {target}", f"文件夹 {folder} 不存在", "请先建立该文件夹或换一个输出路径")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        raise InputError(f"无法写入 {target}", exc.strerror or str(exc), "请检查输出路径是否可写") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


__all__ = ["write_output"]
