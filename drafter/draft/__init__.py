"""Drafting report YEAR from the archive's report YEAR-1, a figures sheet and templates.

slots (what must be answered) → sheet (what the writer filled) → build (templates → a
document of blocks) → ``drafter.render.docx_writer`` (the official .docx layout).
"""

from __future__ import annotations
