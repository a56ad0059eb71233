"""SQL access to the pseudonymisation tables of a project (schemas m0004, m0005): entities, findings, terms.

A finding is a range of a source's text (``source_id``, ``memo_id`` 0) or of a memo's text
(``memo_id``, ``source_id`` 0); ``doc_of`` and ``doc_filter`` name the two as ("source", id) and
("memo", id).

The only module of ``tyokyky_qda.pseudo`` that touches SQL. Every write runs in the project's
transaction helper: on its own it is one transaction with an audit entry, inside a larger
operation (``project.transaction``) it joins that one. Audit entries name counts and ids, never
the original strings, so the audit log does not become a second copy of the key.
"""

from __future__ import annotations

import json
from typing import Iterable, Optional, Sequence

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.store.base import now_iso

ENTITIES, FINDINGS, TERMS = "pseudo_entities", "pseudo_findings", "pseudo_terms"

_FINDING_SQL = ("SELECT f.*, e.number AS entity_number, e.replacement AS entity_replacement,"
                " e.label AS entity_label, e.key AS entity_key FROM pseudo_findings f"
                " LEFT JOIN pseudo_entities e ON e.id = f.entity_id")


def available(project) -> bool:
    """False for a project file older than schema 4 opened read-only (it has no pseudonymisation)."""
    return FINDINGS in project.table_names()


def has_memo_findings(project) -> bool:
    """False for a project file older than schema 5 opened read-only (findings in sources only)."""
    return project.conn.execute("SELECT 1 FROM pragma_table_info('pseudo_findings') WHERE name='memo_id'"
                                ).fetchone() is not None


def doc_of(row: dict) -> tuple[str, int]:
    """Where a finding is: ("source", source id) or ("memo", memo id)."""
    memo_id = row.get("memo_id") or 0
    return ("memo", memo_id) if memo_id else ("source", row["source_id"])


def doc_filter(doc: tuple[str, int]) -> dict:
    """The ``findings`` filter of the findings in one source or memo."""
    kind, doc_id = doc
    return {"memo_id": doc_id} if kind == "memo" else {"source_id": doc_id}


def doc_columns(doc: tuple[str, int]) -> dict:
    """The source_id and memo_id columns of a finding in one source or memo."""
    kind, doc_id = doc
    return {"source_id": 0, "memo_id": doc_id} if kind == "memo" else {"source_id": doc_id, "memo_id": 0}


# -- entities ------------------------------------------------------------------------------------
def _entity_dict(row) -> dict:
    out = dict(row)
    out["aliases"] = json.loads(out.get("aliases") or "[]")
    return out


def entities(project, category: Optional[str] = None) -> list[dict]:
    """Entities (id, category, key, label, number, replacement, aliases) by category and number."""
    sql = "SELECT * FROM pseudo_entities" + (" WHERE category=?" if category else "") + \
        " ORDER BY category, number"
    return [_entity_dict(r) for r in project.conn.execute(sql, (category,) if category else ())]


def entity(project, entity_id: int) -> Optional[dict]:
    """One entity, or None."""
    row = project.conn.execute("SELECT * FROM pseudo_entities WHERE id=?", (entity_id,)).fetchone()
    return _entity_dict(row) if row else None


def create_entity(project, category: str, key: str, label: str) -> tuple[int, Changes]:
    """A new entity numbered after the highest number of its category."""
    with project.transaction("pseudonymisation: add entity", category=category) as ch:
        number = next_number(project, category)
        cur = project.conn.execute(
            "INSERT INTO pseudo_entities(category, key, label, number, created_at) VALUES (?,?,?,?,?)",
            (category, key, label, number, now_iso()))
        ch.add("created", ENTITIES, cur.lastrowid)
        ch.id = cur.lastrowid
    return cur.lastrowid, ch


def update_entity(project, entity_id: int, **fields) -> Changes:
    """Change an entity's replacement, label, category, number, key or aliases."""
    allowed = {"replacement", "label", "category", "number", "key", "aliases"}
    values = {k: (json.dumps(v, ensure_ascii=False) if k == "aliases" else v)
              for k, v in fields.items() if k in allowed}
    with project.transaction("pseudonymisation: edit entity", entity=entity_id) as ch:
        if values:
            sets = ", ".join(f"{k}=?" for k in values)
            project.conn.execute(f"UPDATE pseudo_entities SET {sets} WHERE id=?",
                                 (*values.values(), entity_id))
            ch.add("updated", ENTITIES, entity_id)
    return ch


def next_number(project, category: str) -> int:
    """The number a new entity of the category would get."""
    return project.conn.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM pseudo_entities"
                                " WHERE category=? AND number > 0", (category,)).fetchone()[0]


def renumber(project, entity_ids: Sequence[int]) -> Changes:
    """Number these entities in the given order, after every other entity of their category.

    Detection calls it for the entities it created, so pseudonyms follow the order names first
    appear in ("[Henkilö 1]" is the first person met) and numbers freed by its merges are reused.
    """
    ids = list(entity_ids)
    with project.transaction("pseudonymisation: number entities", count=len(ids)) as ch:
        project.conn.executemany("UPDATE pseudo_entities SET number=-id WHERE id=?", [(i,) for i in ids])
        for entity_id in ids:
            category = project.conn.execute("SELECT category FROM pseudo_entities WHERE id=?",
                                            (entity_id,)).fetchone()[0]
            project.conn.execute("UPDATE pseudo_entities SET number=? WHERE id=?",
                                 (next_number(project, category), entity_id))
        ch.add("updated", ENTITIES, ids)
    return ch


def delete_entities(project, entity_ids: Iterable[int]) -> Changes:
    """Delete entities (their findings must have moved or gone first)."""
    ids = list(entity_ids)
    with project.transaction("pseudonymisation: delete entities", count=len(ids)) as ch:
        project.conn.executemany("DELETE FROM pseudo_entities WHERE id=?", [(i,) for i in ids])
        ch.add("deleted", ENTITIES, ids)
    return ch


# -- findings ------------------------------------------------------------------------------------
def findings(project, *, source_id: Optional[int] = None, status=None, category: Optional[str] = None,
             entity_id: Optional[int] = None, ids: Optional[Sequence[int]] = None,
             memo_id: Optional[int] = None) -> list[dict]:
    """Findings (with their entity's number, replacement and label) in text order: sources first,
    then memos. ``source_id`` or ``memo_id`` keeps those of one source or memo."""
    memos = has_memo_findings(project)
    if memo_id is not None and not memos:
        return []
    where, params = [], []
    for column, value in (("f.source_id", source_id), ("f.category", category), ("f.entity_id", entity_id),
                          ("f.memo_id", memo_id)):
        if value is not None:
            where.append(f"{column}=?")
            params.append(value)
    if status is not None:
        statuses = [status] if isinstance(status, str) else list(status)
        where.append(f"f.status IN ({','.join('?' * len(statuses))})")
        params.extend(statuses)
    if ids is not None:
        where.append(f"f.id IN ({','.join('?' * len(ids))})" if ids else "0")
        params.extend(ids)
    order = " ORDER BY f.memo_id != 0, f.source_id, f.memo_id, f.start, f.end" if memos else \
        " ORDER BY f.source_id, f.start, f.end"
    sql = _FINDING_SQL + (" WHERE " + " AND ".join(where) if where else "") + order
    rows = [dict(r) for r in project.conn.execute(sql, params)]
    if not memos:
        for r in rows:
            r["memo_id"] = 0
    return rows


def insert_findings(project, rows: Sequence[dict]) -> Changes:
    """Add findings (source_id or memo_id, start, end, text, category, entity_id, status, origin);
    a range that already has a finding is skipped."""
    with project.transaction("pseudonymisation: add findings", count=len(rows)) as ch:
        stamp = now_iso()
        for r in rows:
            cur = project.conn.execute(
                "INSERT OR IGNORE INTO pseudo_findings(source_id, memo_id, start, end, text, category, entity_id,"
                " status, origin, created_at, decided_at, decided_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (r.get("source_id") or 0, r.get("memo_id") or 0, r["start"], r["end"], r["text"], r["category"],
                 r.get("entity_id"),
                 r.get("status", "pending"), r.get("origin", ""), stamp,
                 stamp if r.get("status", "pending") != "pending" else None,
                 project.coder if r.get("status", "pending") != "pending" else ""))
            if cur.rowcount:
                ch.add("created", FINDINGS, cur.lastrowid)
    return ch


def set_status(project, finding_ids: Sequence[int], status: str) -> Changes:
    """Record the reviewer's decision on findings."""
    with project.transaction("pseudonymisation: review", status=status, count=len(finding_ids)) as ch:
        project.conn.executemany(
            "UPDATE pseudo_findings SET status=?, decided_at=?, decided_by=? WHERE id=?",
            [(status, now_iso(), project.coder, i) for i in finding_ids])
        ch.add("updated", FINDINGS, list(finding_ids))
    return ch


def update_findings(project, updates: Sequence[tuple[int, dict]]) -> Changes:
    """Change fields of findings: (id, {field: value}) pairs (start, end, text, entity_id, status...)."""
    allowed = {"start", "end", "text", "category", "entity_id", "status", "origin"}
    with project.transaction("pseudonymisation: edit findings", count=len(updates)) as ch:
        # Ranges are unique per source: park moving rows first so a shift never collides midway.
        moving = [(i,) for i, fields in updates if "start" in fields or "end" in fields]
        project.conn.executemany('UPDATE pseudo_findings SET start=-id, "end"=-id WHERE id=?', moving)
        for finding_id, fields in updates:
            values = {k: v for k, v in fields.items() if k in allowed}
            if values:
                sets = ", ".join(f'"{k}"=?' for k in values)
                project.conn.execute(f"UPDATE pseudo_findings SET {sets} WHERE id=?", (*values.values(), finding_id))
                ch.add("updated", FINDINGS, finding_id)
    return ch


def delete_findings(project, finding_ids: Iterable[int]) -> Changes:
    """Forget findings."""
    ids = list(finding_ids)
    with project.transaction("pseudonymisation: drop findings", count=len(ids)) as ch:
        project.conn.executemany("DELETE FROM pseudo_findings WHERE id=?", [(i,) for i in ids])
        ch.add("deleted", FINDINGS, ids)
    return ch


def orphan_ids(project) -> tuple[list[int], list[int]]:
    """(findings of sources or memos that no longer exist, entities without findings)."""
    gone = [r[0] for r in project.conn.execute(
        "SELECT id FROM pseudo_findings WHERE (memo_id = 0 AND source_id NOT IN (SELECT id FROM sources))"
        " OR (memo_id != 0 AND memo_id NOT IN (SELECT id FROM memos))")]
    empty = [r[0] for r in project.conn.execute(
        "SELECT id FROM pseudo_entities WHERE id NOT IN (SELECT DISTINCT entity_id FROM pseudo_findings"
        " WHERE entity_id IS NOT NULL)")]
    return gone, empty


def decided_entity_ids(project) -> set[int]:
    """Entities with at least one finding the reviewer has decided on (or that was applied)."""
    return {r[0] for r in project.conn.execute(
        "SELECT DISTINCT entity_id FROM pseudo_findings WHERE status != 'pending' AND entity_id IS NOT NULL")}


def counts(project) -> dict[str, int]:
    """Number of findings by status."""
    return {r[0]: r[1] for r in project.conn.execute("SELECT status, COUNT(*) FROM pseudo_findings GROUP BY status")}


def wipe(project) -> Changes:
    """Delete every finding and entity, overwriting the freed pages (secure delete), and checkpoint."""
    project.conn.execute("PRAGMA secure_delete=ON")
    with project.transaction("pseudonymisation: forget key") as ch:
        ids = [r[0] for r in project.conn.execute("SELECT id FROM pseudo_findings")]
        project.conn.execute("DELETE FROM pseudo_findings")
        ch.add("deleted", FINDINGS, ids)
        ids = [r[0] for r in project.conn.execute("SELECT id FROM pseudo_entities")]
        project.conn.execute("DELETE FROM pseudo_entities")
        ch.add("deleted", ENTITIES, ids)
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return ch


# -- snapshots for undo ----------------------------------------------------------------------------
def snapshot(project, finding_ids: Iterable[int] = (), entity_ids: Iterable[int] = ()) -> dict:
    """The current rows of some findings and entities, to put back with ``restore``."""
    snap = {}
    for table, ids in ((FINDINGS, list(finding_ids)), (ENTITIES, list(entity_ids))):
        rows = []
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            rows.extend(dict(r) for r in project.conn.execute(
                f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(part))})", part))
        snap[table] = rows
    return snap


def restore(project, snap: dict, created: Optional[dict] = None, action: str = "undo pseudonymisation") -> Changes:
    """Undo: delete the rows an operation created and put back the rows of its snapshot.

    The order keeps every finding pointing at an existing entity: created findings go, old
    entities come back, old findings come back, then created entities go.
    """
    created = created or {}
    with project.transaction(action) as ch:
        _delete_ids(project, ch, FINDINGS, created.get(FINDINGS) or [])
        rows = snap.get(ENTITIES) or []
        # Free the numbers a renumbering may have given to other rows of the snapshot.
        project.conn.executemany("UPDATE pseudo_entities SET number=-id WHERE id=?", [(r["id"],) for r in rows])
        _put_back(project, ch, ENTITIES, rows)
        _put_back(project, ch, FINDINGS, snap.get(FINDINGS) or [])
        _delete_ids(project, ch, ENTITIES, created.get(ENTITIES) or [])
    return ch


def _delete_ids(project, ch: Changes, table: str, ids: list) -> None:
    if ids:
        project.conn.executemany(f"DELETE FROM {table} WHERE id=?", [(i,) for i in ids])
        ch.add("deleted", table, ids)


def _put_back(project, ch: Changes, table: str, rows: list[dict]) -> None:
    if table == FINDINGS and rows:  # park them, so restored ranges never meet a stale one midway
        project.conn.executemany('UPDATE pseudo_findings SET start=-id, "end"=-id WHERE id=?',
                                 [(r["id"],) for r in rows])
    for row in rows:
        cols = ", ".join(f'"{c}"' for c in row)
        project.conn.execute(f"INSERT OR REPLACE INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))})",
                             tuple(row.values()))
    if rows:
        ch.add("updated", table, [r["id"] for r in rows])


# -- terms -------------------------------------------------------------------------------------------
def terms(project) -> list[tuple[str, str]]:
    """The project's terms as (term, category)."""
    return [(r[0], r[1]) for r in project.conn.execute("SELECT term, category FROM pseudo_terms ORDER BY term")]


def add_terms(project, items: Iterable[tuple[str, str]]) -> Changes:
    """Add terms (an existing term gets the new category)."""
    items = list(items)
    with project.transaction("pseudonymisation: add terms", count=len(items)) as ch:
        for term, category in items:
            cur = project.conn.execute(
                "INSERT INTO pseudo_terms(term, category, created_at) VALUES (?,?,?) "
                "ON CONFLICT(term) DO UPDATE SET category=excluded.category", (term, category, now_iso()))
            ch.add("updated", TERMS, cur.lastrowid or 0)
    return ch


def remove_terms(project, items: Iterable[str]) -> Changes:
    """Remove terms (their findings stay until detection runs again)."""
    items = list(items)
    with project.transaction("pseudonymisation: remove terms", count=len(items)) as ch:
        project.conn.executemany("DELETE FROM pseudo_terms WHERE term=?", [(t,) for t in items])
        ch.add("deleted", TERMS, [0])
    return ch
