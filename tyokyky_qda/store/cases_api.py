"""Cases, typed attributes (on cases and sources) and sets in the Project API."""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_, message_of
from tyokyky_qda.core.model import ATTRIBUTE_TYPES, Case
from tyokyky_qda.core.sorting import natural_key
from tyokyky_qda.store.base import new_guid

OWNER_KINDS = ("case", "source")
_TRUE = {"true", "1", "yes", "kyllä", "k", "y", "x", "tosi"}
_FALSE = {"false", "0", "no", "ei", "e", "n", "epätosi"}


def coerce_value(value: Any, type_: str) -> Any:
    """Convert a value to an attribute type; raises UserError when it does not fit.

    Empty strings and None mean "no value". Dates are stored as ISO strings, booleans as 0/1.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if type_ == "text":
        return str(value)
    if type_ == "number":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        try:
            num = float(str(value).strip().replace(",", ".").replace("\u2212", "-"))
        except ValueError:
            raise UserError(N_("{value!r} is not a number", value=value)) from None
        return int(num) if num.is_integer() else num
    if type_ == "date":
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()[:10]
        text = str(value).strip()
        for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%Y-%m-%dT%H:%M:%S", "%d/%m/%Y"):
            try:
                return dt.datetime.strptime(text[:19], fmt).date().isoformat()
            except ValueError:
                continue
        raise UserError(N_("{value!r} is not a date (use YYYY-MM-DD or D.M.YYYY)", value=value))
    if type_ == "boolean":
        if isinstance(value, bool):
            return int(value)
        text = str(value).strip().lower()
        if text in _TRUE:
            return 1
        if text in _FALSE:
            return 0
        raise UserError(N_("{value!r} is not yes/no", value=value))
    raise UserError(N_("unknown attribute type {type!r}", type=type_))


def guess_type(values) -> str:
    """The narrowest attribute type all non-empty values fit (number, date, boolean, else text)."""
    present = [v for v in values if v is not None and str(v).strip()]
    if not present:
        return "text"
    for type_ in ("number", "date", "boolean"):
        try:
            for v in present:
                coerce_value(v, type_)
            return type_
        except UserError:
            continue
    return "text"


class CasesMixin:
    """Cases, their links to sources, typed attributes and sets."""

    def add_case(self, name: str, description: str = "", guid: str = "") -> Changes:
        """Create a case; a case with the same name is an error."""
        name = name.strip()
        if not name:
            raise UserError(N_("a case needs a name"))
        if self.conn.execute("SELECT 1 FROM cases WHERE name=?", (name,)).fetchone():
            raise UserError(N_("a case named {name!r} exists already", name=name))
        with self._write("add case", name=name) as ch:
            cur = self.conn.execute("INSERT INTO cases(guid, name, description) VALUES (?,?,?)",
                                    (guid.strip("{}").lower() or new_guid(), name, description))
            ch.id = cur.lastrowid
            ch.add("created", "cases", cur.lastrowid)
        return ch

    def case_id(self, name: str, create: bool = True) -> Optional[int]:
        """The id of a case by name, created if missing (when ``create``)."""
        row = self.conn.execute("SELECT id FROM cases WHERE name=?", (name.strip(),)).fetchone()
        if row:
            return row[0]
        return self.add_case(name).id if create else None

    def cases(self) -> list[Case]:
        """All cases by name, numbers in names read as numbers ("H2" before "H10")."""
        cases = [Case(id=r["id"], guid=r["guid"], name=r["name"], description=r["description"] or "")
                 for r in self.conn.execute("SELECT * FROM cases")]
        return sorted(cases, key=lambda c: natural_key(c.name))

    def update_case(self, case_id: int, name: Optional[str] = None, description: Optional[str] = None) -> Changes:
        """Rename a case or change its description; old values in ``info['old']``."""
        row = self._require("cases", case_id, "case")
        with self._write("update case", case=case_id) as ch:
            self.conn.execute("UPDATE cases SET name=?, description=? WHERE id=?",
                              (row["name"] if name is None else name,
                               row["description"] if description is None else description, case_id))
            ch.add("updated", "cases", case_id)
            ch.info["old"] = {"name": row["name"], "description": row["description"]}
        return ch

    def delete_case(self, case_id: int) -> Changes:
        """Delete a case with its links, attribute values and memos."""
        self._require("cases", case_id, "case")
        with self._write("delete case", case=case_id) as ch:
            for table, where in (("case_links", "case_id=?"),
                                 ("attribute_values", "owner_kind='case' AND owner_id=?"),
                                 ("memos", "target_kind='case' AND target_id=?"),
                                 ("set_members", "member_kind='case' AND member_id=?"), ("cases", "id=?")):
                self._delete_where(ch, table, where, (case_id,))
        return ch

    def link_case(self, case_id: int, source_id: int, start: Optional[int] = None,
                  end: Optional[int] = None) -> Changes:
        """Link a case to a whole source (no range) or to a range of it."""
        self._require("cases", case_id, "case")
        text_len = len(self.source_text(source_id))
        if (start is None) != (end is None) or (start is not None and not 0 <= start <= end <= text_len):
            raise UserError(N_("bad range {start}-{end} for a case link", start=start, end=end))
        with self._write("link case", case=case_id, source=source_id) as ch:
            exists = self.conn.execute(
                "SELECT id FROM case_links WHERE case_id=? AND source_id=? AND start IS ? AND end IS ?",
                (case_id, source_id, start, end)).fetchone()
            if not exists:
                cur = self.conn.execute("INSERT INTO case_links(case_id, source_id, start, end) VALUES (?,?,?,?)",
                                        (case_id, source_id, start, end))
                ch.add("created", "case_links", cur.lastrowid)
        return ch

    def link_case_ranges(self, case_id: int, source_id: int, ranges) -> Changes:
        """Link a case to many ranges of one source at once (e.g. every turn of a speaker).

        ``ranges`` are (start, end) pairs; links that exist already are left alone."""
        self._require("cases", case_id, "case")
        text_len = self.conn.execute("SELECT length(text) FROM sources WHERE id=?", (source_id,)).fetchone()
        if text_len is None:
            self._require("sources", source_id, "source")
        pairs = sorted({(int(s), int(e)) for s, e in ranges})
        for start, end in pairs:
            if not 0 <= start <= end <= text_len[0]:
                raise UserError(N_("bad range {start}-{end} for a case link", start=start, end=end))
        with self._write("link case ranges", case=case_id, source=source_id, count=len(pairs)) as ch:
            have = {(r[0], r[1]) for r in self.conn.execute(
                "SELECT start, end FROM case_links WHERE case_id=? AND source_id=?", (case_id, source_id))}
            new = [(case_id, source_id, s, e) for s, e in pairs if (s, e) not in have]
            first = self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM case_links").fetchone()[0]
            self.conn.executemany("INSERT INTO case_links(case_id, source_id, start, end) VALUES (?,?,?,?)", new)
            ch.add("created", "case_links", range(first + 1, first + 1 + len(new)))
        return ch

    def case_links(self, case_id: Optional[int] = None, source_id: Optional[int] = None) -> list[dict]:
        """Links as dicts: id, case_id, source_id, start, end (None for whole sources)."""
        where, params = [], []
        if case_id is not None:
            where.append("case_id=?")
            params.append(case_id)
        if source_id is not None:
            where.append("source_id=?")
            params.append(source_id)
        sql = "SELECT * FROM case_links" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        return [dict(r) for r in self.conn.execute(sql, params)]

    # -- attributes ---------------------------------------------------------------------------
    def define_attribute(self, name: str, type_: str = "text", scope: str = "both") -> Changes:
        """Declare an attribute with a type (text, number, date, boolean); no-op if it exists
        with the same type."""
        if type_ not in ATTRIBUTE_TYPES:
            raise UserError(N_("unknown attribute type {type!r} (one of {choices})", type=type_,
                               choices=", ".join(ATTRIBUTE_TYPES)))
        name = name.strip()
        if not name:
            raise UserError(N_("an attribute needs a name"))
        row = self.conn.execute("SELECT id, type FROM attributes WHERE name=?", (name,)).fetchone()
        with self._write("define attribute", name=name, type=type_) as ch:
            if row:
                ch.id = row[0]
                if row[1] != type_:
                    self._retype_attribute(row[0], type_)
                    ch.add("updated", "attributes", row[0])
            else:
                ordinal = self.conn.execute("SELECT COUNT(*) FROM attributes").fetchone()[0]
                cur = self.conn.execute("INSERT INTO attributes(name, type, scope, ordinal) VALUES (?,?,?,?)",
                                        (name, type_, scope, ordinal))
                ch.id = cur.lastrowid
                ch.add("created", "attributes", cur.lastrowid)
        return ch

    def _retype_attribute(self, attribute_id: int, type_: str) -> None:
        values = self.conn.execute("SELECT owner_kind, owner_id, value FROM attribute_values WHERE attribute_id=?",
                                   (attribute_id,)).fetchall()
        converted = [(coerce_value(v, type_), k, o) for k, o, v in values]  # raises if a value won't fit
        self.conn.executemany("UPDATE attribute_values SET value=? WHERE attribute_id=? AND owner_kind=? AND "
                              "owner_id=?", [(v, attribute_id, k, o) for v, k, o in converted])
        self.conn.execute("UPDATE attributes SET type=? WHERE id=?", (type_, attribute_id))

    def attributes(self) -> list[dict]:
        """Attribute definitions: id, name, type, scope."""
        return [dict(r) for r in self.conn.execute("SELECT id, name, type, scope FROM attributes ORDER BY ordinal, id")]

    def set_attribute(self, owner_kind: str, owner_id: int, name: str, value: Any,
                      type_: Optional[str] = None) -> Changes:
        """Set an attribute value on a case or source, defining the attribute if needed.

        The type of a new attribute is ``type_`` or guessed from the value. An empty value removes it.
        """
        if owner_kind not in OWNER_KINDS:
            raise UserError(N_("attributes belong to cases or sources, not {kind!r}", kind=owner_kind))
        self._require("cases" if owner_kind == "case" else "sources", owner_id, owner_kind)
        with self._write("set attribute", owner=f"{owner_kind}:{owner_id}", name=name) as ch:
            row = self.conn.execute("SELECT id, type FROM attributes WHERE name=?", (name.strip(),)).fetchone()
            if row is None:
                attr_id = self.define_attribute(name, type_ or guess_type([value])).id
                attr_type = type_ or guess_type([value])
            else:
                attr_id, attr_type = row
            stored = coerce_value(value, attr_type)
            old = self.conn.execute("SELECT value FROM attribute_values WHERE attribute_id=? AND owner_kind=? "
                                    "AND owner_id=?", (attr_id, owner_kind, owner_id)).fetchone()
            ch.info["old"] = old[0] if old else None
            if stored is None:
                self.conn.execute("DELETE FROM attribute_values WHERE attribute_id=? AND owner_kind=? AND owner_id=?",
                                  (attr_id, owner_kind, owner_id))
            else:
                self.conn.execute("INSERT OR REPLACE INTO attribute_values(attribute_id, owner_kind, owner_id, value)"
                                  " VALUES (?,?,?,?)", (attr_id, owner_kind, owner_id, stored))
            ch.add("updated", "attribute_values", attr_id)
        return ch

    def set_attribute_values(self, owner_kind: str, name: str, values: dict[int, Any],
                             type_: Optional[str] = None) -> Changes:
        """Set one attribute on many cases or sources at once (owner id → value), for imports.

        A new attribute gets ``type_`` or the type guessed from all the values; empty values
        remove the owner's value. Raises UserError (changing nothing) if a value does not fit."""
        if owner_kind not in OWNER_KINDS:
            raise UserError(N_("attributes belong to cases or sources, not {kind!r}", kind=owner_kind))
        with self._write("set attribute values", owner=owner_kind, name=name, count=len(values)) as ch:
            row = self.conn.execute("SELECT id, type FROM attributes WHERE name=?", (name.strip(),)).fetchone()
            if row is None:
                attr_type = type_ or guess_type(values.values())
                attr_id = self.define_attribute(name, attr_type).id
            else:
                attr_id, attr_type = row
            try:
                stored = [(owner, coerce_value(v, attr_type)) for owner, v in values.items()]
            except UserError as exc:
                raise UserError(N_("attribute {name!r} ({type}): {error}",
                                   name=name, type=attr_type, error=message_of(exc))) from None
            self.conn.executemany(
                "INSERT OR REPLACE INTO attribute_values(attribute_id, owner_kind, owner_id, value) VALUES (?,?,?,?)",
                [(attr_id, owner_kind, o, v) for o, v in stored if v is not None])
            self.conn.executemany(
                "DELETE FROM attribute_values WHERE attribute_id=? AND owner_kind=? AND owner_id=?",
                [(attr_id, owner_kind, o) for o, v in stored if v is None])
            ch.id = attr_id
            ch.add("updated", "attribute_values", attr_id)
        return ch

    def attributes_of(self, owner_kind: str, owner_id: int) -> dict[str, Any]:
        """All attribute values of one case or source, typed (booleans as bool)."""
        rows = self.conn.execute(
            "SELECT a.name, a.type, v.value FROM attribute_values v JOIN attributes a ON a.id=v.attribute_id "
            "WHERE v.owner_kind=? AND v.owner_id=? ORDER BY a.ordinal, a.id", (owner_kind, owner_id))
        return {name: (bool(value) if type_ == "boolean" else value) for name, type_, value in rows}

    def attribute_table(self, owner_kind: str) -> dict[int, dict[str, Any]]:
        """Attribute values of every case or source: owner id → {name: value}."""
        out: dict[int, dict[str, Any]] = {}
        rows = self.conn.execute(
            "SELECT v.owner_id, a.name, a.type, v.value FROM attribute_values v JOIN attributes a "
            "ON a.id=v.attribute_id WHERE v.owner_kind=? ORDER BY a.ordinal, a.id", (owner_kind,))
        for owner, name, type_, value in rows:
            out.setdefault(owner, {})[name] = bool(value) if type_ == "boolean" else value
        return out

    # -- sets -----------------------------------------------------------------------------------
    def add_set(self, name: str, members=(), description: str = "", guid: str = "") -> Changes:
        """Create a set of sources, codes or cases; ``members`` are (kind, id) pairs."""
        with self._write("add set", name=name) as ch:
            cur = self.conn.execute("INSERT INTO sets(guid, name, description) VALUES (?,?,?)",
                                    (guid.strip("{}").lower() or new_guid(), name, description))
            ch.id = cur.lastrowid
            self.conn.executemany("INSERT OR IGNORE INTO set_members(set_id, member_kind, member_id) VALUES (?,?,?)",
                                  [(cur.lastrowid, k, i) for k, i in members])
            ch.add("created", "sets", cur.lastrowid)
        return ch

    def sets(self) -> list[dict]:
        """Sets with their members as (kind, id) lists."""
        out = []
        for r in self.conn.execute("SELECT * FROM sets ORDER BY name"):
            members = self.conn.execute("SELECT member_kind, member_id FROM set_members WHERE set_id=?", (r["id"],))
            out.append({**dict(r), "members": [tuple(m) for m in members]})
        return out
