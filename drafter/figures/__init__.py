"""Figure extraction: every target and outcome of a report, read right.

``extract_figures(text)`` reads any text; ``extract_report(report)`` reads a parsed report
with each paragraph's context (part role → kind and period, section, paragraph id).
"""

from __future__ import annotations

from drafter.figures.extract import extract_figures
from drafter.figures.numbers import Quantity, format_decimal, parse_number, parse_quantity
from drafter.figures.report import extract_report
from drafter.figures.units import UNITS, Unit

__all__ = ["Quantity", "UNITS", "Unit", "extract_figures", "extract_report", "format_decimal", "parse_number", "parse_quantity"]
