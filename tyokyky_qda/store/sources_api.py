"""Sources and their sections in the Project API."""

from __future__ import annotations

import hashlib
import json
from typing import Iterable, Mapping, Optional, Sequence

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import InvalidOffsets, UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.model import SOURCE_KINDS, Section, Source
from tyokyky_qda.core.offsets import Edit, OffsetShifter, apply_edits
from tyokyky_qda.store.base import new_guid, now_iso


# Tables whose (source_id, start, end) ranges point into a source's text and must move with its
# words when the text is edited. Pseudonymisation findings move themselves (pseudo/apply_write.py).
RANGE_TABLES = ("codings", "sections", "case_links", "nlp_feedback", "findings_links")


def content_hash(text: str) -> str:
    """The hash that identifies a source's text across projects (SHA-256 of its UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _source_from_row(row, with_text: bool) -> Source:
    return Source(
        id=row["id"], guid=row["guid"], name=row["name"], kind=row["kind"],
        text=row["text"] if with_text else "", language=row["language"],
        original_path=row["original_path"] or "", content_hash=row["content_hash"],
        imported_at=row["imported_at"] or "", import_notes=json.loads(row["import_notes"] or "{}"),
    )


def _section_from_row(row) -> Section:
    return Section(id=row["id"], source_id=row["source_id"], start=row["start"], end=row["end"],
                   kind=row["kind"], label=row["label"] or "", speaker=row["speaker"] or "",
                   start_time=row["start_time"], end_time=row["end_time"])


class SourcesMixin:
    """Adding, reading, renaming, editing and deleting sources."""

    def add_source(self, source: Source, sections: Sequence[Section] = (),
                   attributes: Optional[dict] = None) -> Changes:
        """Store a source with its sections (and source attributes) in one transaction."""
        if source.kind not in SOURCE_KINDS:
            raise UserError(N_("unknown source kind {kind!r} (one of {choices})", kind=source.kind,
                               choices=", ".join(SOURCE_KINDS)))
        n = len(source.text)
        for s in sections:
            if not (0 <= s.start <= s.end <= n):
                raise InvalidOffsets(N_("section {start}-{end} outside the text of {name} ({length})", start=s.start,
                                        end=s.end, name=source.name, length=n))
        with self._write("add source", name=source.name) as ch:
            cur = self.conn.execute(
                "INSERT INTO sources(guid, name, kind, text, content_hash, imported_at, original_path,"
                " language, import_notes, modified_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (source.guid or new_guid(), source.name, source.kind, source.text,
                 source.content_hash or content_hash(source.text), source.imported_at or now_iso(),
                 source.original_path, source.language,
                 json.dumps(source.import_notes, ensure_ascii=False, default=str), now_iso()))
            sid = cur.lastrowid
            ch.id = sid
            ch.add("created", "sources", sid)
            self._insert_sections(sid, sections, ch)
            for key, value in (attributes or {}).items():
                self.set_attribute("source", sid, key, value)
        return ch

    def _insert_sections(self, source_id: int, sections: Iterable[Section], ch: Changes) -> None:
        rows = [(source_id, s.start, s.end, s.kind, s.label, s.speaker, s.start_time, s.end_time, i)
                for i, s in enumerate(sections)]
        if not rows:
            return
        first = self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM sections").fetchone()[0]
        self.conn.executemany(
            "INSERT INTO sections(source_id, start, end, kind, label, speaker, start_time, end_time,"
            " ordinal) VALUES (?,?,?,?,?,?,?,?,?)", rows)
        ch.add("created", "sections", range(first + 1, first + 1 + len(rows)))

    def source(self, source_id: int, with_text: bool = True) -> Source:
        """One source; raises NotFound for a bad id."""
        row = self._require("sources", source_id, "source")
        return _source_from_row(row, with_text)

    def source_text(self, source_id: int) -> str:
        """The stored text of a source."""
        return self._require("sources", source_id, "source")["text"]

    def sources(self, kind: Optional[str] = None, with_text: bool = False) -> list[Source]:
        """All sources in import order, optionally of one kind."""
        sql = "SELECT * FROM sources" + (" WHERE kind=?" if kind else "") + " ORDER BY id"
        return [_source_from_row(r, with_text) for r in self.conn.execute(sql, (kind,) if kind else ())]

    def find_source_by_hash(self, digest: str) -> Optional[int]:
        """The id of a source with this content hash, if any."""
        row = self.conn.execute("SELECT id FROM sources WHERE content_hash=? LIMIT 1", (digest,)).fetchone()
        return row[0] if row else None

    def sections(self, source_id: int, kind: Optional[str] = None) -> list[Section]:
        """The sections of a source in text order."""
        sql = "SELECT * FROM sections WHERE source_id=?" + (" AND kind=?" if kind else "")
        params = (source_id, kind) if kind else (source_id,)
        return [_section_from_row(r) for r in self.conn.execute(sql + " ORDER BY start, ordinal", params)]

    def add_sections(self, source_id: int, sections: Sequence[Section]) -> Changes:
        """Add sections to an existing source."""
        n = len(self.source_text(source_id))
        for s in sections:
            if not (0 <= s.start <= s.end <= n):
                raise InvalidOffsets(N_("section {start}-{end} outside the text ({length})",
                                        start=s.start, end=s.end, length=n))
        with self._write("add sections", source=source_id) as ch:
            self._insert_sections(source_id, sections, ch)
        return ch

    def set_section_speakers(self, speakers: Mapping[int, str]) -> Changes:
        """Change the speaker label of sections (section id → label) in one transaction; the old
        labels are in ``info['old']`` (section id → label) for an undo."""
        with self._write("set section speakers", count=len(speakers)) as ch:
            old = {}
            for section_id, speaker in speakers.items():
                row = self._require("sections", section_id, "section")
                old[section_id] = row["speaker"] or ""
                self.conn.execute("UPDATE sections SET speaker=? WHERE id=?", (speaker, section_id))
            ch.add("updated", "sections", list(speakers))
            ch.info["old"] = old
        return ch

    def rename_source(self, source_id: int, name: str) -> Changes:
        """Rename a source."""
        self._require("sources", source_id, "source")
        with self._write("rename source", source=source_id, name=name) as ch:
            self.conn.execute("UPDATE sources SET name=?, modified_at=? WHERE id=?", (name, now_iso(), source_id))
            ch.add("updated", "sources", source_id)
        return ch

    def set_source_kind(self, source_id: int, kind: str) -> Changes:
        """Change the kind of a source (e.g. a document that is really a status report)."""
        if kind not in SOURCE_KINDS:
            raise UserError(N_("unknown source kind {kind!r}", kind=kind))
        with self._write("set source kind", source=source_id, kind=kind) as ch:
            self.conn.execute("UPDATE sources SET kind=? WHERE id=?", (kind, source_id))
            ch.add("updated", "sources", source_id)
        return ch

    def delete_source(self, source_id: int) -> Changes:
        """Delete a source with its sections, codings, case links, attributes and memos."""
        self._require("sources", source_id, "source")
        with self._write("delete source", source=source_id) as ch:
            coding_ids = [r[0] for r in self.conn.execute("SELECT id FROM codings WHERE source_id=?", (source_id,))]
            plan = [
                ("memos", "target_kind='coding' AND target_id IN (SELECT id FROM codings WHERE source_id=?)"),
                ("memos", "target_kind='source' AND target_id=?"),
                ("codings", "source_id=?"), ("sections", "source_id=?"), ("case_links", "source_id=?"),
                ("attribute_values", "owner_kind='source' AND owner_id=?"),
                ("set_members", "member_kind='source' AND member_id=?"),
                ("sources", "id=?"),
            ]
            for table, where in plan:
                self._delete_where(ch, table, where, (source_id,))
            ch.info["codings"] = len(coding_ids)
        return ch

    def _delete_where(self, ch: Changes, table: str, where: str, params) -> None:
        rows = self._rows(table, where, params)
        if not rows:
            return
        ch.removed_rows.setdefault(table, []).extend(rows)
        if "id" in rows[0]:
            ch.add("deleted", table, [r["id"] for r in rows])
        self.conn.execute(f"DELETE FROM {table} WHERE {where}", params)

    def replace_text(self, source_id: int, edits: Sequence[Edit], action: str = "edit text") -> Changes:
        """Edit a source's text; codings, sections and case ranges move with their words.

        ``edits`` use offsets of the current text and must not overlap. The old text is kept in
        the returned Changes (``info['old_text']``) so the edit can be undone.
        """
        text = self.source_text(source_id)
        for e in edits:
            if not (0 <= e.start <= e.end <= len(text)):
                raise InvalidOffsets(N_("edit {start}-{end} outside the text ({length})", start=e.start, end=e.end,
                                        length=len(text)))
        new_text = apply_edits(text, edits)
        shifter = OffsetShifter(edits)
        with self._write(action, source=source_id, edits=len(edits)) as ch:
            self.conn.execute("UPDATE sources SET text=?, content_hash=?, modified_at=? WHERE id=?",
                              (new_text, content_hash(new_text), now_iso(), source_id))
            ch.add("updated", "sources", source_id)
            ch.info["old_ranges"] = {}
            existing = set(self.table_names())
            for table in RANGE_TABLES:
                if table in existing:
                    ch.info["old_ranges"][table] = self._shift_ranges(table, source_id, shifter, ch)
            ch.info["old_text"] = text
        return ch

    def restore_text(self, source_id: int, old_text: str, old_ranges: dict, action: str = "undo edit text") -> Changes:
        """Undo ``replace_text``: put back the old text and the ranges it moved."""
        with self._write(action, source=source_id) as ch:
            self.conn.execute("UPDATE sources SET text=?, content_hash=?, modified_at=? WHERE id=?",
                              (old_text, content_hash(old_text), now_iso(), source_id))
            ch.add("updated", "sources", source_id)
            for table, triples in old_ranges.items():
                self.conn.executemany(f"UPDATE {table} SET start=?, end=? WHERE id=?",
                                      [(s, e, i) for i, s, e in triples])
                ch.add("updated", table, [t[0] for t in triples])
        return ch

    def _shift_ranges(self, table: str, source_id: int, shifter: OffsetShifter, ch: Changes) -> list:
        rows = self.conn.execute(
            f"SELECT id, start, end FROM {table} WHERE source_id=? AND start IS NOT NULL", (source_id,)).fetchall()
        updates, old = [], []
        for row_id, start, end in rows:
            new = shifter.map_range(start, end)
            if new != (start, end):
                updates.append((new[0], new[1], row_id))
                old.append((row_id, start, end))
        if updates:
            self.conn.executemany(f"UPDATE {table} SET start=?, end=? WHERE id=?", updates)
            ch.add("updated", table, [u[2] for u in updates])
        return old
