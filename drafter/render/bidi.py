"""Bidirectional-text controls in report text, kept from reversing drafter's own labels.

A report may carry U+202E (RIGHT-TO-LEFT OVERRIDE) or another embedding/isolate control that
is never closed; printed into a page as is, it runs on past the report's text and reverses
what drafter writes after it (状态, 章节, 数字). ``isolate`` closes every control a piece of
text leaves open at its end, so its effect stays inside that piece. The text itself is not
changed otherwise, so what the reviewer sees is what the report holds.
"""

from __future__ import annotations

from typing import Any

_EMBEDDINGS = {"\u202a", "\u202b", "\u202d", "\u202e"}  # LRE RLE LRO RLO, closed by PDF
_ISOLATES = {"\u2066", "\u2067", "\u2068"}  # LRI RLI FSI, closed by PDI
_PDF, _PDI = "\u202c", "\u2069"
_CONTROLS = _EMBEDDINGS | _ISOLATES | {_PDF, _PDI}


def isolate(text: str) -> str:
    """``text`` with a closing PDF/PDI for every bidi embedding or isolate it leaves open."""
    if not any(ch in _CONTROLS for ch in text):
        return text
    stack: list[str] = []
    for ch in text:
        if ch in _EMBEDDINGS:
            stack.append(_PDF)
        elif ch in _ISOLATES:
            stack.append(_PDI)
        elif ch == _PDF and stack and stack[-1] == _PDF:
            stack.pop()
        elif ch == _PDI:
            while stack and stack.pop() != _PDI:  # a PDI also closes embeddings inside its isolate
                pass
    return text + "".join(reversed(stack))


def finalize(value: Any) -> Any:
    """Jinja ``finalize`` hook: every string printed into a page goes through ``isolate``."""
    if isinstance(value, str):
        closers = isolate(value)[len(value):]
        return value + closers if closers else value  # Markup + str stays Markup
    return value


__all__ = ["finalize", "isolate"]
