"""``Changes``: the record every mutating Project call returns.

Views refresh only what a change touched (cf. Anki's ``OpChanges``); undo commands keep the
rows a deletion removed so they can be put back exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass
class Changes:
    """What one transaction changed, by table name ("codings", "codes", "sources", ...)."""

    action: str = ""
    created: dict[str, list[int]] = field(default_factory=dict)
    updated: dict[str, list[int]] = field(default_factory=dict)
    deleted: dict[str, list[int]] = field(default_factory=dict)
    #: Full rows removed by the transaction, by table, so an undo can restore them verbatim.
    removed_rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: The main object created (a new coding's id, a new source's id), if any.
    id: Optional[int] = None
    #: Free-form details for summaries (e.g. warnings of an import).
    info: dict[str, Any] = field(default_factory=dict)

    def add(self, kind: str, table: str, ids) -> None:
        """Record ids as created/updated/deleted in ``table``."""
        bucket = getattr(self, kind).setdefault(table, [])
        bucket.extend([ids] if isinstance(ids, int) else list(ids))

    def touches(self, table: str) -> bool:
        """True if anything in ``table`` was created, updated or deleted."""
        return any(table in d and d[table] for d in (self.created, self.updated, self.deleted))

    def merge(self, other: "Changes") -> "Changes":
        """Fold another record into this one (for macros of several calls)."""
        for name in ("created", "updated", "deleted"):
            mine = getattr(self, name)
            for table, ids in getattr(other, name).items():
                mine.setdefault(table, []).extend(ids)
        for table, rows in other.removed_rows.items():
            self.removed_rows.setdefault(table, []).extend(rows)
        if self.id is None:
            self.id = other.id
        return self

    @property
    def empty(self) -> bool:
        """True when nothing changed."""
        return not any(any(v) for d in (self.created, self.updated, self.deleted) for v in d.values())
