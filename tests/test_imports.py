"""The shape of the code: no import cycle in drafter/, and stages depend one way.

Every ``import`` statement counts, at the top of a module or inside a function (a lazy
import only defers a cycle). An edge goes to the module named: ``from drafter.compare.result
import X`` is an edge to ``drafter.compare.result``; ``from drafter.compare import diff_reports``
to the package ``drafter.compare``; ``from drafter.compare import result`` to the submodule.
A submodule importing from its own package (``drafter.read.text`` → ``drafter.read``) is not
counted: Python runs a package's ``__init__`` before any of its submodules anyway.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "drafter"


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _edges(modules: dict[str, Path]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = name.split(".")
                    anchor = anchor if is_package else anchor[:-1]
                    anchor = anchor[: len(anchor) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    targets.append(sub if sub in modules else base)
            for target in targets:
                if target in modules and target != name and not name.startswith(target + "."):
                    graph[name].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    """drafter's import graph, read once for the module's tests."""
    return _edges(_modules())


def test_no_import_cycle_in_drafter(graph: dict[str, set[str]]) -> None:
    assert _cycles(graph) == []


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_stages_depend_one_way(graph: dict[str, set[str]]) -> None:
    """render may use draft's document model; draft never imports render. compare never
    reads files or the archive (drafter.app does), and never imports draft or render."""
    crossing = {(m, t) for m, ts in graph.items() for t in ts}
    assert not [(m, t) for m, t in crossing if _stage(m) == "draft" and _stage(t) == "render"]
    forbidden_for_compare = {"draft", "render", "archive", "ingest", "app", "cli", "read"}
    assert not [(m, t) for m, t in crossing if _stage(m) == "compare" and _stage(t) in forbidden_for_compare]
    leaves = {"drafter.names", "drafter.sentences", "drafter.labels"}
    assert not [(m, t) for m, t in crossing if m in leaves]


def test_the_walk_sees_a_cycle() -> None:
    """The check can fail: a two-module cycle is found."""
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": set()}) == [["a", "b"]]


def test_label_table_names_every_status() -> None:
    from drafter.labels import check_table

    check_table()
