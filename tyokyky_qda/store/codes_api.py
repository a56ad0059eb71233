"""The code tree in the Project API: create, edit, move, merge, delete, resolve references."""

from __future__ import annotations

import json
from typing import Optional

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.codebook import Codebook, CodeNode
from tyokyky_qda.core.errors import NotFound, UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.model import Code
from tyokyky_qda.store.base import new_guid

_EDITABLE = ("name", "description", "color", "keywords", "name_en", "description_en",
             "keywords_en", "shortcut")
PATH_SEP = "/"


def _code_from_row(row) -> Code:
    return Code(id=row["id"], guid=row["guid"], parent_id=row["parent_id"], name=row["name"],
                description=row["description"] or "", color=row["color"] or "#808080",
                keywords=json.loads(row["keywords"] or "[]"), name_en=row["name_en"] or "",
                description_en=row["description_en"] or "",
                keywords_en=json.loads(row["keywords_en"] or "[]"), ordinal=row["ordinal"] or 0)


class CodesMixin:
    """Everything about codes; codes are always identified by id or GUID."""

    def codes(self) -> list[Code]:
        """All codes in tree order (depth first, by ordinal)."""
        rows = [_code_from_row(r) for r in self.conn.execute("SELECT * FROM codes ORDER BY ordinal, id")]
        children: dict = {}
        for c in rows:
            children.setdefault(c.parent_id, []).append(c)
        out: list[Code] = []

        def visit(parent):
            for c in children.get(parent, []):
                out.append(c)
                visit(c.id)
        visit(None)
        return out

    def code(self, code_id: int) -> Code:
        """One code; NotFound for a bad id."""
        return _code_from_row(self._require("codes", code_id, "code"))

    def code_paths(self) -> dict[int, str]:
        """Every code's path: names from the root joined by "/"."""
        rows = {r[0]: (r[1], r[2]) for r in self.conn.execute("SELECT id, parent_id, name FROM codes")}
        cache: dict[int, str] = {}

        def path(cid: int) -> str:
            if cid not in cache:
                parent, name = rows[cid]
                cache[cid] = name if parent is None or parent not in rows else path(parent) + PATH_SEP + name
            return cache[cid]
        return {cid: path(cid) for cid in rows}

    def code_shortcuts(self) -> dict[int, str]:
        """Keyboard shortcuts assigned to codes (code id → key sequence text, e.g. "1")."""
        rows = self.conn.execute("SELECT id, shortcut FROM codes WHERE shortcut IS NOT NULL AND shortcut != ''")
        return {r[0]: r[1] for r in rows}

    def code_path(self, code_id: int) -> str:
        """A code's path from the root."""
        self._require("codes", code_id, "code")
        return self.code_paths()[code_id]

    def resolve_code(self, ref) -> int:
        """A code id from an id, a GUID (any case, braces allowed) or a full path."""
        text = str(ref).strip()
        if text.isdigit() and self.conn.execute("SELECT 1 FROM codes WHERE id=?", (int(text),)).fetchone():
            return int(text)
        guid = text.strip("{}").lower()
        row = self.conn.execute("SELECT id FROM codes WHERE lower(guid)=?", (guid,)).fetchone()
        if row:
            return row[0]
        matches = [cid for cid, p in self.code_paths().items() if p == text]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise UserError(N_("more than one code has the path {path!r}; use its id", path=text))
        raise NotFound(N_("no code {code!r} (give an id, a GUID or a full path like 'Tavoitteet/T1 ...')", code=text))

    def children_of(self, parent_id: Optional[int]) -> list[Code]:
        """Direct children of a code (or the roots for None), in order."""
        sql = "SELECT * FROM codes WHERE parent_id IS ? ORDER BY ordinal, id"
        return [_code_from_row(r) for r in self.conn.execute(sql, (parent_id,))]

    def descendants(self, code_id: int) -> list[int]:
        """Ids of all codes below a code (not including it)."""
        rows = self.conn.execute(
            "WITH RECURSIVE d(id) AS (SELECT id FROM codes WHERE parent_id=? "
            "UNION ALL SELECT c.id FROM codes c JOIN d ON c.parent_id=d.id) SELECT id FROM d", (code_id,))
        return [r[0] for r in rows]

    def add_code(self, name: str, parent_id: Optional[int] = None, *, description: str = "",
                 color: str = "#808080", keywords=(), guid: str = "", name_en: str = "",
                 description_en: str = "", keywords_en=(), ordinal: Optional[int] = None) -> Changes:
        """Create a code under ``parent_id`` (None for a root code)."""
        name = name.strip()
        if not name:
            raise UserError(N_("a code needs a name"))
        if PATH_SEP in name:
            raise UserError(N_("a code name cannot contain {separator!r}", separator=PATH_SEP))
        if parent_id is not None:
            self._require("codes", parent_id, "code")
        with self._write("add code", name=name) as ch:
            if ordinal is None:
                ordinal = self.conn.execute("SELECT COALESCE(MAX(ordinal)+1, 0) FROM codes WHERE parent_id IS ?",
                                            (parent_id,)).fetchone()[0]
            cur = self.conn.execute(
                "INSERT INTO codes(guid, parent_id, name, description, color, keywords, name_en,"
                " description_en, keywords_en, ordinal) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (guid.strip("{}").lower() or new_guid(), parent_id, name, description, color,
                 json.dumps(list(keywords), ensure_ascii=False), name_en, description_en,
                 json.dumps(list(keywords_en), ensure_ascii=False), ordinal))
            ch.id = cur.lastrowid
            ch.add("created", "codes", cur.lastrowid)
        return ch

    def update_code(self, code_id: int, **fields) -> Changes:
        """Change a code's name, description, colour, keywords, translations or shortcut.

        The old values are returned in ``Changes.info['old']`` for undo.
        """
        unknown = set(fields) - set(_EDITABLE)
        if unknown:
            raise UserError(N_("cannot edit {fields} of a code", fields=", ".join(sorted(unknown))))
        row = self._require("codes", code_id, "code")
        if "name" in fields and (not str(fields["name"]).strip() or PATH_SEP in fields["name"]):
            raise UserError(N_("a code needs a name without '/'"))
        values = {k: (json.dumps(list(v), ensure_ascii=False) if k.startswith("keywords") else v)
                  for k, v in fields.items()}
        with self._write("update code", code=code_id, fields=sorted(fields)) as ch:
            sets = ", ".join(f"{k}=?" for k in values)
            self.conn.execute(f"UPDATE codes SET {sets} WHERE id=?", (*values.values(), code_id))
            ch.add("updated", "codes", code_id)
            ch.info["old"] = {k: (json.loads(row[k]) if k.startswith("keywords") else row[k]) for k in fields}
        return ch

    def move_code(self, code_id: int, parent_id: Optional[int], ordinal: Optional[int] = None) -> Changes:
        """Move a code under another parent (None: to the root) at a position among its siblings."""
        row = self._require("codes", code_id, "code")
        if parent_id is not None and (parent_id == code_id or parent_id in self.descendants(code_id)):
            raise UserError(N_("a code cannot be moved under itself"))
        with self._write("move code", code=code_id, parent=parent_id) as ch:
            siblings = [c.id for c in self.children_of(parent_id) if c.id != code_id]
            pos = len(siblings) if ordinal is None else max(0, min(ordinal, len(siblings)))
            siblings.insert(pos, code_id)
            self.conn.execute("UPDATE codes SET parent_id=? WHERE id=?", (parent_id, code_id))
            self.conn.executemany("UPDATE codes SET ordinal=? WHERE id=?", [(i, c) for i, c in enumerate(siblings)])
            ch.add("updated", "codes", siblings)
            ch.info["old"] = {"parent_id": row["parent_id"], "ordinal": row["ordinal"]}
        return ch

    def delete_code(self, code_id: int) -> Changes:
        """Delete a code, its descendants, their codings and memos (rows kept for undo)."""
        self._require("codes", code_id, "code")
        ids = [code_id] + self.descendants(code_id)
        marks = ",".join("?" for _ in ids)
        with self._write("delete code", code=code_id) as ch:
            self._delete_where(ch, "memos", f"target_kind='coding' AND target_id IN "
                               f"(SELECT id FROM codings WHERE code_id IN ({marks}))", ids)
            self._delete_where(ch, "memos", f"target_kind='code' AND target_id IN ({marks})", ids)
            self._delete_where(ch, "codings", f"code_id IN ({marks})", ids)
            self._delete_where(ch, "set_members", f"member_kind='code' AND member_id IN ({marks})", ids)
            # Children before parents, for the self-referencing foreign key.
            for cid in reversed(ids):
                self._delete_where(ch, "codes", "id=?", (cid,))
            ch.info["codings"] = len(ch.removed_rows.get("codings", []))
        return ch

    def count_codings_under(self, code_id: int) -> int:
        """How many codings a deletion of this code (and its descendants) would remove."""
        ids = [code_id] + self.descendants(code_id)
        marks = ",".join("?" for _ in ids)
        return self.conn.execute(f"SELECT COUNT(*) FROM codings WHERE code_id IN ({marks})", ids).fetchone()[0]

    def merge_codes(self, source_code: int, target_code: int) -> Changes:
        """Merge ``source_code`` into ``target_code``: its codings, children and memos move over,
        duplicates (same words, same coder) collapse, and the source code is deleted."""
        if source_code == target_code:
            raise UserError(N_("cannot merge a code into itself"))
        src = self._require("codes", source_code, "code")
        self._require("codes", target_code, "code")
        if target_code in self.descendants(source_code):
            raise UserError(N_("cannot merge a code into one of its own sub-codes"))
        with self._write("merge codes", source=source_code, target=target_code) as ch:
            moved = self._rows("codings", "code_id=?", (source_code,))
            ch.info["moved_codings"] = [r["id"] for r in moved]
            ch.info["children"] = [c.id for c in self.children_of(source_code)]
            # Codings the target already has on the same words by the same coder are duplicates.
            self._delete_where(ch, "codings", "code_id=? AND EXISTS (SELECT 1 FROM codings t WHERE "
                               "t.code_id=? AND t.source_id=codings.source_id AND t.start=codings.start "
                               "AND t.end=codings.end AND t.coder_id=codings.coder_id)",
                               (source_code, target_code))
            self.conn.execute("UPDATE codings SET code_id=? WHERE code_id=?", (target_code, source_code))
            self.conn.execute("UPDATE codes SET parent_id=? WHERE parent_id=?", (target_code, source_code))
            ch.info["moved_memos"] = [r[0] for r in self.conn.execute(
                "SELECT id FROM memos WHERE target_kind='code' AND target_id=?", (source_code,))]
            self.conn.execute("UPDATE memos SET target_id=? WHERE target_kind='code' AND target_id=?",
                              (target_code, source_code))
            ch.add("updated", "codings", [r["id"] for r in moved])
            ch.add("updated", "codes", target_code)
            self._delete_where(ch, "set_members", "member_kind='code' AND member_id=?", (source_code,))
            ch.removed_rows.setdefault("codes", []).append(src)
            self.conn.execute("DELETE FROM codes WHERE id=?", (source_code,))
            ch.add("deleted", "codes", source_code)
        return ch

    def unmerge_codes(self, merge: Changes) -> Changes:
        """Undo ``merge_codes`` from its Changes record."""
        src = merge.removed_rows["codes"][-1]
        with self._write("undo merge codes", code=src["id"]) as ch:
            self.restore_rows({"codes": [src]})
            moved = merge.info.get("moved_codings", [])
            kept = [i for i in moved if i not in {r["id"] for r in merge.removed_rows.get("codings", [])}]
            self.conn.executemany("UPDATE codings SET code_id=? WHERE id=?", [(src["id"], i) for i in kept])
            self.conn.executemany("UPDATE codes SET parent_id=? WHERE id=?",
                                  [(src["id"], c) for c in merge.info.get("children", [])])
            # The source code's memos went to the target; they come back with it.
            self.conn.executemany("UPDATE memos SET target_id=? WHERE id=?",
                                  [(src["id"], m) for m in merge.info.get("moved_memos", [])])
            rest = {k: v for k, v in merge.removed_rows.items() if k != "codes"}
            self.restore_rows(rest)
            ch.add("updated", "codings", kept)
        return ch

    def import_codebook(self, codebook: Codebook, parent_id: Optional[int] = None) -> Changes:
        """Add a codebook's codes; codes whose GUID is already present are left as they are."""
        with self._write("import codebook", name=codebook.name) as ch:
            for root in codebook.codes:
                self._import_node(root, parent_id, ch)
        return ch

    def _import_node(self, node: CodeNode, parent_id: Optional[int], ch: Changes) -> None:
        guid = node.guid.strip("{}").lower()
        row = self.conn.execute("SELECT id FROM codes WHERE guid=?", (guid,)).fetchone() if guid else None
        if row:
            code_id = row[0]
        else:
            code_id = self.add_code(node.name, parent_id, description=node.description,
                                    color=node.color or "#808080", keywords=node.keywords, guid=guid,
                                    name_en=node.name_en, description_en=node.description_en,
                                    keywords_en=node.keywords_en).id
        for child in node.children:
            self._import_node(child, code_id, ch)

    def load_codebook_file(self, name_or_path: str) -> Changes:
        """Load a shipped codebook by name or a codebook file (.json, .qdc, .csv, .xlsx)."""
        from tyokyky_qda.store.codebook_files import read_codebook_file
        return self.import_codebook(read_codebook_file(name_or_path))
