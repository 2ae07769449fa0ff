"""Same inputs, same bytes: rewrite a zip package (.docx, .xlsx) with fixed entry times."""

from __future__ import annotations

import io
import zipfile

#: The zip epoch; Office ignores entry times, so a fixed one costs nothing.
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def stable_zip(data: bytes) -> bytes:
    """Copy every entry, in order, with a fixed time and fixed attributes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


__all__ = ["FIXED_TIME", "stable_zip"]
