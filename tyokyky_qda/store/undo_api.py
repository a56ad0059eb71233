"""Taking back an action that only added things (an import, a merge): ``remove_added``.

Such actions record what they created in their ``Changes``; removing exactly those rows, with
the rows that hang on them, undoes the action without touching anything else the user did, and
the returned record's ``removed_rows`` lets ``restore_rows`` redo it.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from tyokyky_qda.core.changes import Changes


class UndoMixin:
    """Project methods that undo additive actions."""

    def remove_added(self, added: Mapping[str, Iterable[int]],
                     attribute_values: Sequence[tuple[str, int, str]] = (), action: str = "undo") -> Changes:
        """Delete what an additive action created, in one transaction.

        ``added``: ids by table, as in ``Changes.created`` (sources, codes, cases, codings, memos,
        case_links, attributes, coders; other tables are left alone). ``attribute_values``:
        (owner kind, owner id, attribute name) of values the action set on objects that existed
        before it. Rows already gone are skipped; attribute definitions and coders are removed
        only when nothing refers to them any more.
        """
        ids = {table: sorted(set(values)) for table, values in added.items()}
        with self._write(action) as ch:  # nested deletions fold into this one record
            for kind, owner_id, name in attribute_values:
                self._delete_where(ch, "attribute_values", "owner_kind=? AND owner_id=? AND attribute_id="
                                   "(SELECT id FROM attributes WHERE name=?)", (kind, owner_id, name))
            for coding_id in self._existing("codings", ids.get("codings", ())):
                self._delete_where(ch, "memos", "target_kind='coding' AND target_id=?", (coding_id,))
                self._delete_where(ch, "codings", "id=?", (coding_id,))
            for table in ("memos", "case_links"):
                for row_id in self._existing(table, ids.get(table, ())):
                    self._delete_where(ch, table, "id=?", (row_id,))
            for source_id in self._existing("sources", ids.get("sources", ())):
                self.delete_source(source_id)
            for case_id in self._existing("cases", ids.get("cases", ())):
                self.delete_case(case_id)
            created_codes = set(self._existing("codes", ids.get("codes", ())))
            for code in self.codes():
                if code.id in created_codes and code.parent_id not in created_codes:
                    self.delete_code(code.id)  # its subtree goes with it
            for attribute_id in ids.get("attributes", ()):
                self._delete_where(ch, "attributes", "id=? AND NOT EXISTS (SELECT 1 FROM attribute_values "
                                   "WHERE attribute_id=?)", (attribute_id, attribute_id))
            for coder_id in ids.get("coders", ()):
                self._delete_where(ch, "coders", "id=? AND NOT EXISTS (SELECT 1 FROM codings WHERE coder_id=?)",
                                   (coder_id, coder_id))
        return ch

    def _existing(self, table: str, ids: Iterable[int]) -> list[int]:
        wanted = list(ids)
        found: list[int] = []
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            marks = ",".join("?" for _ in chunk)
            found.extend(r[0] for r in self.conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk))
        return sorted(found)
