"""Codebook trees independent of any project: load the shipped JSON codebooks.

A ``CodeNode`` tree is what the store imports into a project and what REFI-QDA .qdc, CSV and
XLSX codebook readers produce.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
CODEBOOKS = RESOURCES / "codebooks"
DEFAULT_CODEBOOK = "tyokykyohjelma"


@dataclass
class CodeNode:
    """One code of a codebook file, with its children."""

    name: str
    guid: str = ""
    color: str = ""
    description: str = ""
    keywords: list[str] = field(default_factory=list)
    name_en: str = ""
    description_en: str = ""
    keywords_en: list[str] = field(default_factory=list)
    children: list["CodeNode"] = field(default_factory=list)

    def walk(self, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], "CodeNode"]]:
        """Yield (path, node) for this node and its descendants, depth first."""
        here = path + (self.name,)
        yield here, self
        for child in self.children:
            yield from child.walk(here)


@dataclass
class Codebook:
    """A named list of root codes."""

    name: str
    codes: list[CodeNode]
    name_en: str = ""
    language: str = "fi"

    def walk(self) -> Iterator[tuple[tuple[str, ...], CodeNode]]:
        """Every code with its path of names from the root."""
        for root in self.codes:
            yield from root.walk()


def _node_from_dict(d: dict) -> CodeNode:
    return CodeNode(
        name=str(d["name"]).strip(),
        guid=str(d.get("guid", "")),
        color=str(d.get("color", "")),
        description=str(d.get("description", "")),
        keywords=[str(k) for k in d.get("keywords", [])],
        name_en=str(d.get("name_en", "")),
        description_en=str(d.get("description_en", "")),
        keywords_en=[str(k) for k in d.get("keywords_en", [])],
        children=[_node_from_dict(c) for c in d.get("children", [])],
    )


def codebook_from_json(data: dict) -> Codebook:
    """Build a Codebook from the JSON structure of resources/codebooks/*.json."""
    return Codebook(
        name=data.get("name", ""),
        name_en=data.get("name_en", ""),
        language=data.get("language", "fi"),
        codes=[_node_from_dict(c) for c in data.get("codes", [])],
    )


def load_codebook(name_or_path: str) -> Codebook:
    """Load a shipped codebook by name ("tyokykyohjelma", "empty") or a .json file path."""
    if name_or_path == "empty":
        return Codebook(name="", codes=[])
    path = Path(name_or_path)
    if not path.suffix:
        path = CODEBOOKS / f"{name_or_path}.json"
    if not path.exists():
        raise UserError(N_("codebook not found: {path}", path=name_or_path))
    try:
        return codebook_from_json(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, KeyError) as exc:
        raise UserError(N_("{file}: not a valid codebook file ({error})", file=path.name, error=exc)) from exc
