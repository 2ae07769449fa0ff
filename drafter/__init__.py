"""drafter: diff and draft annual plan reports (国民经济和社会发展计划报告) from a structured archive.

The library is the product; the ``drafter`` command is a thin layer over it::

    from drafter import ingest_file, load_report
    report = load_report("archive", 2023)

Names are imported lazily so that ``drafter --help`` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "DrafterError": "drafter.errors",
    "InputError": "drafter.errors",
    "ArchiveError": "drafter.errors",
    "Report": "drafter.model",
    "Figure": "drafter.model",
    "Paragraph": "drafter.model",
    "read_file": "drafter.read",
    "parse_report": "drafter.structure",
    "extract_figures": "drafter.figures",
    "Archive": "drafter.archive",
    "ingest_file": "drafter.ingest",
    "parse_file": "drafter.ingest",
    "load_report": "drafter.archive",
    "check_report": "drafter.check",
    "diff_reports": "drafter.compare",
    "compare_specs": "drafter.app",
    "make_draft": "drafter.app",
    "redline_docx": "drafter.render.docx_redline",
    "ingest_paths": "drafter.batch",
    "indicator_history": "drafter.history",
    "headline_history": "drafter.history",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'drafter' has no attribute {name!r}")
    return getattr(import_module(module), name)


__all__ = ["__version__", *_EXPORTS]
