"""Evaluator judgements in the Project API: matrix cell overrides and findings tables.

Keys are strings the analysis layer builds (``tyokyky_qda.analysis.axes``): a matrix is named by
``matrix_key`` ("rows=group:<guid>|cols=group:<guid>|cell=effect"), its rows and columns by
``row_key``/``col_key`` ("code:<guid>", "value:Pirkanmaa", "case:<guid>", ...).
"""

from __future__ import annotations

from typing import Iterable, Optional, Sequence

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.store.base import new_guid, now_iso

FINDING_STATUSES = ("draft", "final")


class AnalysisMixin:
    """Matrix overrides and findings tables (schema m0003)."""

    # -- matrix overrides ----------------------------------------------------------------------
    def set_matrix_override(self, matrix_key: str, row_key: str, col_key: str, value: str,
                            memo: str = "") -> Changes:
        """Override one matrix cell with the evaluator's judgement (and why, in ``memo``).

        ``value`` replaces what the evidence gives ("" is a judgement too: no effect). The old
        override, if any, is in ``info['old']``.
        """
        with self._write("override matrix cell", matrix=matrix_key, row=row_key, col=col_key) as ch:
            old = self.conn.execute("SELECT * FROM matrix_overrides WHERE matrix_key=? AND row_key=? AND "
                                    "col_key=?", (matrix_key, row_key, col_key)).fetchone()
            ch.info["old"] = dict(old) if old else None
            stamp = now_iso()
            if old:
                self.conn.execute("UPDATE matrix_overrides SET value=?, memo=?, author=?, modified_at=? "
                                  "WHERE id=?", (value, memo, self.coder, stamp, old["id"]))
                ch.id = old["id"]
                ch.add("updated", "matrix_overrides", old["id"])
            else:
                cur = self.conn.execute(
                    "INSERT INTO matrix_overrides(matrix_key, row_key, col_key, value, memo, author,"
                    " created_at, modified_at) VALUES (?,?,?,?,?,?,?,?)",
                    (matrix_key, row_key, col_key, value, memo, self.coder, stamp, stamp))
                ch.id = cur.lastrowid
                ch.add("created", "matrix_overrides", cur.lastrowid)
        return ch

    def clear_matrix_override(self, matrix_key: str, row_key: str, col_key: str) -> Changes:
        """Remove a cell's override so the evidence speaks again (row kept for undo)."""
        with self._write("clear matrix override", matrix=matrix_key, row=row_key, col=col_key) as ch:
            self._delete_where(ch, "matrix_overrides", "matrix_key=? AND row_key=? AND col_key=?",
                               (matrix_key, row_key, col_key))
        return ch

    def _has_analysis_tables(self) -> bool:
        # A project opened read-only is not migrated: an older file simply has no judgements yet.
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='matrix_overrides'"
                                 ).fetchone() is not None

    def matrix_overrides(self, matrix_key: Optional[str] = None) -> list[dict]:
        """Overrides as dicts (matrix_key, row_key, col_key, value, memo, author, modified_at)."""
        if not self._has_analysis_tables():
            return []
        sql = "SELECT * FROM matrix_overrides" + (" WHERE matrix_key=?" if matrix_key else "") + " ORDER BY id"
        return [dict(r) for r in self.conn.execute(sql, (matrix_key,) if matrix_key else ())]

    # -- findings tables -------------------------------------------------------------------------
    def add_findings_table(self, name: str, rows_spec: str, cols_spec: str, description: str = "",
                           guid: str = "") -> Changes:
        """Create a findings table (framework matrix) over two axis specs."""
        if not name.strip():
            raise UserError(N_("a findings table needs a name"))
        with self._write("add findings table", name=name) as ch:
            stamp = now_iso()
            cur = self.conn.execute(
                "INSERT INTO findings_tables(guid, name, rows_spec, cols_spec, description, created_at,"
                " modified_at) VALUES (?,?,?,?,?,?,?)",
                (guid.strip("{}").lower() or new_guid(), name.strip(), rows_spec, cols_spec, description,
                 stamp, stamp))
            ch.id = cur.lastrowid
            ch.add("created", "findings_tables", cur.lastrowid)
        return ch

    def findings_tables(self) -> list[dict]:
        """All findings tables as dicts (id, guid, name, rows_spec, cols_spec, description)."""
        if not self._has_analysis_tables():
            return []
        return [dict(r) for r in self.conn.execute("SELECT * FROM findings_tables ORDER BY id")]

    def delete_findings_table(self, table_id: int) -> Changes:
        """Delete a findings table with its cells and links (rows kept for undo)."""
        self._require("findings_tables", table_id, "findings table")
        with self._write("delete findings table", table=table_id) as ch:
            self._delete_where(ch, "findings_links", "cell_id IN (SELECT id FROM findings_cells WHERE "
                               "table_id=?)", (table_id,))
            self._delete_where(ch, "findings_cells", "table_id=?", (table_id,))
            self._delete_where(ch, "findings_tables", "id=?", (table_id,))
        return ch

    def set_findings_cell(self, table_id: int, row_key: str, col_key: str, *, summary: Optional[str] = None,
                          content: Optional[str] = None, status: Optional[str] = None,
                          links: Optional[Sequence[tuple]] = None) -> Changes:
        """Write a findings cell: summary bullets (one per line), content, status, evidence links.

        ``links`` are (coding_id or None, source_id, start, end) tuples and replace the cell's
        links; None keeps them. Old values are in ``info['old']``.
        """
        self._require("findings_tables", table_id, "findings table")
        if status is not None and status not in FINDING_STATUSES:
            raise UserError(N_("unknown finding status {status!r} (one of {choices})", status=status,
                               choices=", ".join(FINDING_STATUSES)))
        with self._write("set findings cell", table=table_id, row=row_key, col=col_key) as ch:
            row = self.conn.execute("SELECT * FROM findings_cells WHERE table_id=? AND row_key=? AND "
                                    "col_key=?", (table_id, row_key, col_key)).fetchone()
            ch.info["old"] = dict(row) if row else None
            values = {"summary": summary, "content": content, "status": status}
            if row:
                new = {k: (row[k] if v is None else v) for k, v in values.items()}
                self.conn.execute("UPDATE findings_cells SET summary=?, content=?, status=?, author=?,"
                                  " modified_at=? WHERE id=?", (new["summary"], new["content"], new["status"],
                                                                 self.coder, now_iso(), row["id"]))
                cell_id = row["id"]
                ch.add("updated", "findings_cells", cell_id)
            else:
                cur = self.conn.execute(
                    "INSERT INTO findings_cells(table_id, row_key, col_key, content, summary, status,"
                    " author, modified_at) VALUES (?,?,?,?,?,?,?,?)",
                    (table_id, row_key, col_key, content or "", summary or "", status or "final",
                     self.coder, now_iso()))
                cell_id = cur.lastrowid
                ch.add("created", "findings_cells", cell_id)
            ch.id = cell_id
            if links is not None:
                self._replace_finding_links(cell_id, links, ch)
        return ch

    def set_findings_cells(self, table_id: int, cells: Sequence[dict], action: str = "set findings cells") -> Changes:
        """Write many findings cells in one transaction (dicts with the arguments of
        ``set_findings_cell``: row_key, col_key and optionally summary, content, status, links)."""
        with self._write(action, table=table_id, count=len(cells)) as ch:
            for cell in cells:
                args = {k: cell.get(k) for k in ("summary", "content", "status", "links")}
                self.set_findings_cell(table_id, cell["row_key"], cell["col_key"], **args)
        return ch

    def _replace_finding_links(self, cell_id: int, links: Iterable[tuple], ch: Changes) -> None:
        self._delete_where(ch, "findings_links", "cell_id=?", (cell_id,))
        rows = [(cell_id, coding_id, source_id, start, end, i)
                for i, (coding_id, source_id, start, end) in enumerate(links)]
        self.conn.executemany("INSERT INTO findings_links(cell_id, coding_id, source_id, start, end, ordinal)"
                              " VALUES (?,?,?,?,?,?)", rows)
        ch.add("updated", "findings_links", [cell_id])

    def findings_cells(self, table_id: int) -> list[dict]:
        """The cells of a findings table, each with its ``links`` (current ranges of live codings)."""
        cells = [dict(r) for r in self.conn.execute(
            "SELECT * FROM findings_cells WHERE table_id=? ORDER BY id", (table_id,))]
        by_id = {c["id"]: c for c in cells}
        for c in cells:
            c["links"] = []
        rows = self.conn.execute(
            "SELECT l.cell_id, l.coding_id, COALESCE(c.source_id, l.source_id), COALESCE(c.start, l.start),"
            " COALESCE(c.end, l.end) FROM findings_links l JOIN findings_cells f ON f.id=l.cell_id"
            " LEFT JOIN codings c ON c.id=l.coding_id WHERE f.table_id=? ORDER BY l.cell_id, l.ordinal",
            (table_id,))
        for cell_id, coding_id, source_id, start, end in rows:
            by_id[cell_id]["links"].append({"coding_id": coding_id, "source_id": source_id,
                                            "start": start, "end": end})
        return cells
