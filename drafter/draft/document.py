"""The draft as a document: blocks of runs, parsed from what the templates render.

Templates render plain lines ``kind|content``; inside the content, ``⟦b:…⟧`` is bold (a lead
sentence), ``⟦todo:…⟧`` a gap for the writer, ``⟦carry:…⟧`` prose carried over from last
year, ``⟦fill:…⟧`` a value filled from the figures sheet, ``⟦calc:…⟧`` a number drafter
computed (a completion, a 同比). Marks nest. The writer
(``drafter.render.docx_writer``) turns blocks into Word paragraphs; nothing here knows Word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from drafter.errors import TemplateError

BlockKind = Literal["title", "subtitle", "speaker", "salutation", "heading1", "heading2", "body"]
Mark = Literal["", "todo", "carry", "fill", "calc"]
KINDS: tuple[str, ...] = (
    "title",
    "subtitle",
    "speaker",
    "salutation",
    "heading1",
    "heading2",
    "body",
)
OPEN, CLOSE = "⟦", "⟧"
_MARKS = ("todo", "carry", "fill", "calc")


@dataclass(frozen=True)
class Run:
    """A stretch of text with one formatting: bold (a lead sentence) and a mark."""

    text: str
    bold: bool = False
    mark: Mark = ""


@dataclass(frozen=True)
class Block:
    """One paragraph of the draft: its kind (which style) and its runs."""

    kind: BlockKind
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Properties:
    """Core properties of the .docx, all from the archive (never the clock)."""

    title: str
    author: str
    subject: str
    keywords: str
    created: str  # ISO date


@dataclass(frozen=True)
class DraftDocument:
    """A draft ready to write: blocks in order and the document's properties."""

    blocks: tuple[Block, ...]
    properties: Properties

    def text_lines(self) -> list[str]:
        """One line per block, ``kind|text`` (the golden-file view)."""
        return [f"{b.kind}|{b.text}" for b in self.blocks]


def clean(text: str) -> str:
    """Remove the mark delimiters from data text, so report prose can never open a mark."""
    return text.replace(OPEN, "").replace(CLOSE, "")


def parse_markup(markup: str, source: str = "report.j2") -> tuple[Block, ...]:
    """Parse rendered template output into blocks; a malformed line names itself."""
    blocks = []
    for number, line in enumerate(markup.splitlines(), start=1):
        if not line.strip():
            continue
        kind, sep, content = line.partition("|")
        kind = kind.strip()
        if not sep or kind not in KINDS:
            raise TemplateError(
                f"模板 {source} 输出的第{number}行格式不对：“{line[:30]}”",
                f"每行应以 {'、'.join(KINDS)} 之一加“|”开头",
                "请检查模板中的换行和块类型",
            )
        runs = _runs(content.strip(), source, number)
        if runs:
            blocks.append(Block(kind, runs))  # type: ignore[arg-type]
    return tuple(blocks)


def _runs(content: str, source: str, number: int) -> tuple[Run, ...]:
    runs: list[Run] = []
    stack: list[str] = []
    buffer = ""
    i = 0

    def flush() -> None:
        nonlocal buffer
        if buffer:
            mark = next((m for m in reversed(stack) if m in _MARKS), "")
            run = Run(buffer, "b" in stack, mark)  # type: ignore[arg-type]
            if runs and (runs[-1].bold, runs[-1].mark) == (run.bold, run.mark):
                runs[-1] = Run(runs[-1].text + run.text, run.bold, run.mark)
            else:
                runs.append(run)
            buffer = ""

    while i < len(content):
        ch = content[i]
        if ch == OPEN:
            name, colon, _ = content[i + 1 : i + 7].partition(":")
            if not colon or name not in ("b", *_MARKS):
                raise TemplateError(
                    f"模板 {source} 输出的第{number}行有未知标记",
                    f"“{content[i : i + 8]}”",
                    "标记只能是 b、todo、carry、fill、calc",
                )
            flush()
            stack.append(name)
            i += len(name) + 2
            continue
        if ch == CLOSE:
            if not stack:
                raise TemplateError(
                    f"模板 {source} 输出的第{number}行多了一个“{CLOSE}”",
                    "",
                    "请检查模板中的标记是否成对",
                )
            flush()
            stack.pop()
        else:
            buffer += ch
        i += 1
    if stack:
        raise TemplateError(
            f"模板 {source} 输出的第{number}行有未闭合的标记",
            f"缺少“{CLOSE}”",
            "请检查模板中的标记是否成对",
        )
    flush()
    return tuple(runs)


__all__ = ["Block", "DraftDocument", "KINDS", "Properties", "Run", "clean", "parse_markup"]
