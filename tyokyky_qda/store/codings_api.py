"""Codings in the Project API: apply, remove, resize, list."""

from __future__ import annotations

from typing import Iterable, Optional, Sequence

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import InvalidOffsets, UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.model import CODING_ORIGINS, Coding
from tyokyky_qda.store.base import new_guid, now_iso

_CODING_SQL = ("SELECT c.id, c.guid, c.source_id, c.code_id, c.start, c.end, c.created_at, c.memo,"
               " c.origin, k.name AS coder FROM codings c JOIN coders k ON k.id = c.coder_id")


def _coding_from_row(row) -> Coding:
    return Coding(id=row["id"], guid=row["guid"], source_id=row["source_id"], code_id=row["code_id"],
                  start=row["start"], end=row["end"], coder=row["coder"], origin=row["origin"],
                  memo=row["memo"] or "", created_at=row["created_at"] or "")


class CodingsMixin:
    """Applying codes to text ranges."""

    def add_coding(self, source_id: int, code_id: int, start: int, end: int, *,
                   coder: Optional[str] = None, origin: str = "manual", memo: str = "") -> Changes:
        """Code ``text[start:end]`` of a source. Coding the same words with the same code again
        by the same coder changes nothing (the Changes record is empty)."""
        return self.add_codings([Coding(source_id=source_id, code_id=code_id, start=start, end=end,
                                        coder=coder or self.coder, origin=origin, memo=memo)],
                                action="add coding")

    def add_codings(self, codings: Sequence[Coding], action: str = "add codings") -> Changes:
        """Add many codings in one transaction; exact duplicates are skipped and counted."""
        lengths: dict[int, int] = {}
        known_codes = {r[0] for r in self.conn.execute("SELECT id FROM codes")}
        for c in codings:
            if c.source_id not in lengths:
                row = self.conn.execute("SELECT length(text) FROM sources WHERE id=?", (c.source_id,)).fetchone()
                if row is None:
                    raise UserError(N_("no source with id {id}", id=c.source_id))
                lengths[c.source_id] = row[0]
            if not (0 <= c.start < c.end <= lengths[c.source_id]):
                raise InvalidOffsets(N_("range {start}-{end} does not fit source {source} (length {length})",
                                        start=c.start, end=c.end, source=c.source_id, length=lengths[c.source_id]))
            if c.code_id not in known_codes:
                raise UserError(N_("no code with id {id}", id=c.code_id))
            if c.origin not in CODING_ORIGINS:
                raise UserError(N_("unknown coding origin {origin!r}", origin=c.origin))
        with self._write(action, count=len(codings)) as ch:
            coder_ids: dict[str, int] = {}
            created, skipped = [], 0
            for c in codings:
                name = c.coder or self.coder
                if name not in coder_ids:
                    coder_ids[name] = self.coder_id(name)
                cur = self.conn.execute(
                    "INSERT OR IGNORE INTO codings(guid, source_id, code_id, start, end, coder_id, created_at,"
                    " memo, origin) VALUES (?,?,?,?,?,?,?,?,?)",
                    (c.guid.strip("{}").lower() or new_guid(), c.source_id, c.code_id, c.start, c.end,
                     coder_ids[name], c.created_at or now_iso(), c.memo, c.origin))
                if cur.rowcount:
                    created.append(cur.lastrowid)
                else:
                    skipped += 1
            ch.add("created", "codings", created)
            ch.id = created[0] if created else None
            ch.info["skipped_duplicates"] = skipped
        return ch

    def remove_coding(self, coding_id: int) -> Changes:
        """Remove one coding (and memos on it); its rows are kept in the Changes for undo."""
        return self.remove_codings([coding_id])

    def remove_codings(self, coding_ids: Iterable[int]) -> Changes:
        """Remove several codings in one transaction."""
        ids = list(coding_ids)
        for cid in ids:
            self._require("codings", cid, "coding")
        with self._write("remove codings", count=len(ids)) as ch:
            for cid in ids:
                self._delete_where(ch, "memos", "target_kind='coding' AND target_id=?", (cid,))
                self._delete_where(ch, "codings", "id=?", (cid,))
        return ch

    def update_coding(self, coding_id: int, *, start: Optional[int] = None, end: Optional[int] = None,
                      memo: Optional[str] = None, code_id: Optional[int] = None) -> Changes:
        """Resize a coding, change its memo or its code; old values in ``info['old']``."""
        row = self._require("codings", coding_id, "coding")
        new_start = row["start"] if start is None else start
        new_end = row["end"] if end is None else end
        length = len(self.source_text(row["source_id"]))
        if not (0 <= new_start < new_end <= length):
            raise InvalidOffsets(N_("range {start}-{end} does not fit the source (length {length})",
                                    start=new_start, end=new_end, length=length))
        if code_id is not None:
            self._require("codes", code_id, "code")
        with self._write("update coding", coding=coding_id) as ch:
            self.conn.execute("UPDATE codings SET start=?, end=?, memo=?, code_id=? WHERE id=?",
                              (new_start, new_end, row["memo"] if memo is None else memo,
                               row["code_id"] if code_id is None else code_id, coding_id))
            ch.add("updated", "codings", coding_id)
            ch.info["old"] = {"start": row["start"], "end": row["end"], "memo": row["memo"],
                              "code_id": row["code_id"]}
        return ch

    def coding(self, coding_id: int) -> Coding:
        """One coding with its coder's name."""
        row = self.conn.execute(_CODING_SQL + " WHERE c.id=?", (coding_id,)).fetchone()
        if row is None:
            self._require("codings", coding_id, "coding")
        return _coding_from_row(row)

    def codings(self, source_id: Optional[int] = None, code_id: Optional[int] = None,
                coder: Optional[str] = None, code_ids: Optional[Iterable[int]] = None) -> list[Coding]:
        """Codings filtered by source, code (or a set of codes) and coder, in text order."""
        where, params = [], []
        if source_id is not None:
            where.append("c.source_id=?")
            params.append(source_id)
        if code_id is not None:
            where.append("c.code_id=?")
            params.append(code_id)
        if code_ids is not None:
            ids = list(code_ids)
            where.append(f"c.code_id IN ({','.join('?' for _ in ids)})" if ids else "0")
            params.extend(ids)
        if coder is not None:
            where.append("k.name=?")
            params.append(coder)
        sql = _CODING_SQL + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY c.source_id, c.start, c.end, c.id"
        return [_coding_from_row(r) for r in self.conn.execute(sql, params)]

    def coding_spans(self, source_id: int) -> list[tuple[int, int, int, int, str, str]]:
        """The codings of one source as plain tuples (id, code_id, start, end, coder, origin):
        what a document view needs to paint, read several times faster than ``codings()``."""
        cur = self.conn.cursor()
        cur.row_factory = None
        return cur.execute("SELECT c.id, c.code_id, c.start, c.end, k.name, c.origin FROM codings c"
                           " JOIN coders k ON k.id = c.coder_id WHERE c.source_id=?", (source_id,)).fetchall()

    def coding_counts(self) -> dict[int, int]:
        """Number of codings per code id."""
        return dict(self.conn.execute("SELECT code_id, COUNT(*) FROM codings GROUP BY code_id").fetchall())

    def source_coding_counts(self) -> dict[int, int]:
        """Number of codings per source id."""
        return dict(self.conn.execute("SELECT source_id, COUNT(*) FROM codings GROUP BY source_id").fetchall())
