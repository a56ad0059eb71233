"""The code tree as the codebook view needs it: a pure container built from the Project API.

The Qt model (``codebook_model.py``) is only an adapter over this: rows are looked up by code
id, never by the text of an item.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from tyokyky_qda.core.model import Code


@dataclass
class CodeEntry:
    """One code with its place in the tree and its coding counts."""

    code: Code
    path: str
    children: list[int] = field(default_factory=list)
    count: int = 0   # codings of this code itself
    total: int = 0   # codings of this code and everything below it
    shortcut: str = ""

    @property
    def id(self) -> int:
        """The code's id."""
        return self.code.id


class CodeTree:
    """Codes by id with ordered children; ``None`` is the invisible root."""

    def __init__(self) -> None:
        self.entries: dict[int, CodeEntry] = {}
        self.roots: list[int] = []

    @classmethod
    def from_project(cls, project) -> "CodeTree":
        """Read the codes, their paths, counts and shortcuts of a project."""
        tree = cls()
        paths = project.code_paths()
        shortcuts = project.code_shortcuts()
        for code in project.codes():  # depth first, siblings in order
            tree.entries[code.id] = CodeEntry(code=code, path=paths.get(code.id, code.name),
                                              shortcut=shortcuts.get(code.id, ""))
            # Parents come first; an orphan (which should not exist) still shows up as a root.
            parent = code.parent_id if code.parent_id in tree.entries else None
            tree.children_ids(parent).append(code.id)
        tree.set_counts(project.coding_counts())
        return tree

    def children_ids(self, parent_id: Optional[int]) -> list[int]:
        """Child ids of a code, or the roots for None."""
        if parent_id is None:
            return self.roots
        entry = self.entries.get(parent_id)
        return entry.children if entry else []

    def parent_id(self, code_id: int) -> Optional[int]:
        """The parent shown in the tree (None for a root)."""
        parent = self.entries[code_id].code.parent_id
        return parent if parent in self.entries else None

    def row_of(self, code_id: int) -> int:
        """Position of a code among its siblings."""
        return self.children_ids(self.parent_id(code_id)).index(code_id)

    def set_counts(self, counts: dict[int, int]) -> list[int]:
        """Store new counts; returns the ids whose own or total count changed."""
        changed = []
        totals: dict[int, int] = {}

        def total(cid: int) -> int:
            entry = self.entries[cid]
            totals[cid] = counts.get(cid, 0) + sum(total(c) for c in entry.children)
            return totals[cid]
        for root in self.roots:
            total(root)
        for cid, entry in self.entries.items():
            own, tot = counts.get(cid, 0), totals.get(cid, counts.get(cid, 0))
            if (own, tot) != (entry.count, entry.total):
                entry.count, entry.total = own, tot
                changed.append(cid)
        return changed

    def code_for_shortcut(self, key: str) -> Optional[int]:
        """The code a key sequence text ("1", "Ctrl+Alt+T") is assigned to."""
        for cid, entry in self.entries.items():
            if entry.shortcut and entry.shortcut == key:
                return cid
        return None

    def descendants(self, code_id: int) -> list[int]:
        """Ids below a code, depth first."""
        out: list[int] = []
        for child in self.children_ids(code_id):
            out.append(child)
            out.extend(self.descendants(child))
        return out
