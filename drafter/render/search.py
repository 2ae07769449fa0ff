"""``drafter search`` output: terminal lines with the matches marked, or JSON."""

from __future__ import annotations

import json

import click

from drafter.search import SearchResult, snippets


def search_text(result: SearchResult, *, color: bool = False) -> str:
    """One heading line per paragraph (the report as ``drafter show`` names it: ``2023``, ``2015年上半年``;
    region, where it stands: ``一（五）第1段``), then each match
    with its surroundings; the match in reverse video on a terminal, else in 【】."""
    lines = []
    for hit in result.hits:
        lines.append(f"{hit.key}  {hit.region}  {hit.place}")
        for before, match, after in snippets(hit):
            marked = click.style(match, reverse=True) if color else f"【{match}】"
            lines.append(f"  {before}{marked}{after}")
    return "\n".join(lines) + ("\n" if lines else "")


def search_json(result: SearchResult) -> str:
    return json.dumps(result.to_dict(), sort_keys=True, ensure_ascii=False, indent=1) + "\n"


__all__ = ["search_json", "search_text"]
