"""Figure extraction: every target and outcome of a report, read right.

``extract_figures(text)`` reads any text; ``extract_report(report)`` reads a parsed report
with each paragraph's context (part role → kind and period, section, paragraph id).

The names below load on first use, so that a module that needs one part of the package
(``drafter diff`` reads execution tables with ``drafter.figures.table``) does not load the
extractor and compile its patterns: figures are extracted at ingest, not at each diff.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from drafter.figures.extract import extract_figures
    from drafter.figures.numbers import Quantity, format_decimal, parse_number, parse_quantity
    from drafter.figures.report import extract_report
    from drafter.figures.units import UNITS, Unit

_LAZY = {
    "Quantity": "drafter.figures.numbers",
    "UNITS": "drafter.figures.units",
    "Unit": "drafter.figures.units",
    "extract_figures": "drafter.figures.extract",
    "extract_report": "drafter.figures.report",
    "format_decimal": "drafter.figures.numbers",
    "parse_number": "drafter.figures.numbers",
    "parse_quantity": "drafter.figures.numbers",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'drafter.figures' has no attribute {name!r}")
    return getattr(import_module(module), name)


__all__ = ["Quantity", "UNITS", "Unit", "extract_figures", "extract_report", "format_decimal", "parse_number", "parse_quantity"]
