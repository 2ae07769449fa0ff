"""Debian's Chromium as the tests and the benches launch it (no pytest here: bench/ imports it).

``ARGS``: no sandbox (root in a container), no GPU, and nothing Chromium would fetch on its own
(QUIC, first-run pages, background networking, component updates, sync), so a page opened from
disk makes no request but its own.
"""

from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
