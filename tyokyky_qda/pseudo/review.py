"""Reviewing findings: list them in context, accept or reject, merge entities, choose pseudonyms.

Every change is one transaction and returns a ``Changes`` whose ``info["pseudo_undo"]`` holds what
``undo`` needs (the rows as they were and the ids created), so the GUI's undo stack can reverse
any review step exactly.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional, Sequence

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import NotFound, UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.pseudo import storage
from tyokyky_qda.pseudo.categories import (ACCEPTED, APPLIED, CATEGORIES, PENDING, REJECTED,
                                           default_replacement)
from tyokyky_qda.pseudo.entities import EntityIndex
from tyokyky_qda.pseudo.model import Finding
from tyokyky_qda.pseudo.scan import candidate_for_range

UNDO_KEY = "pseudo_undo"
_WS = re.compile(r"\s+")


def project_language(project) -> str:
    """The language pseudonym labels are written in: the project's ("fi" or "en")."""
    return (project.meta("language", "fi") or "fi").lower()[:2]


def replacement_of(entity: dict, lang: str) -> str:
    """An entity's pseudonym: the one the reviewer chose, else "[Henkilö 3]"."""
    return entity.get("replacement") or default_replacement(entity["category"], entity["number"], lang)


def _finding(row: dict, lang: str) -> Finding:
    replacement = ""
    if row.get("entity_number") is not None:
        replacement = row.get("entity_replacement") or default_replacement(row["category"], row["entity_number"], lang)
    return Finding(id=row["id"], source_id=row["source_id"], start=row["start"], end=row["end"],
                   text=row["text"], category=row["category"], entity_id=row["entity_id"],
                   status=row["status"], origin=row["origin"] or "", replacement=replacement,
                   entity_label=row.get("entity_label") or "", entity_number=row.get("entity_number") or 0,
                   memo_id=row.get("memo_id") or 0)


def list_findings(project, **filters) -> list[Finding]:
    """Findings with their pseudonyms; filters as ``storage.findings`` (source_id, status, category...)."""
    lang = project_language(project)
    return [_finding(r, lang) for r in storage.findings(project, **filters)]


def context(text: str, start: int, end: int, width: int = 60) -> tuple[str, str, str]:
    """(before, match, after) around a finding, cut at ``width`` characters and on one line."""
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    return _WS.sub(" ", before), text[start:end], _WS.sub(" ", after)


def _undoable(project, action: str, finding_ids=(), entity_ids=(), **details):
    """A transaction whose Changes carries the snapshot of the rows it is about to change."""
    snap = storage.snapshot(project, finding_ids, entity_ids)
    tx = project.transaction(action, **details)
    return snap, tx


def _finish(ch: Changes, snap: dict, created: Optional[dict] = None) -> Changes:
    # ``created`` is passed explicitly: inside an enclosing transaction the ids of rows created by
    # nested calls are recorded on the outermost Changes, not on ``ch``.
    ch.info[UNDO_KEY] = {"snapshot": snap, "created": created or {}}
    return ch


def set_status(project, finding_ids: Sequence[int], status: str) -> Changes:
    """Accept, reject or reset findings (findings already applied cannot change)."""
    if status not in (PENDING, ACCEPTED, REJECTED):
        raise UserError(N_("a reviewer can set pending, accepted or rejected, not {status!r}", status=status))
    rows = storage.findings(project, ids=list(finding_ids))
    ids = [r["id"] for r in rows if r["status"] != APPLIED]
    snap, tx = _undoable(project, f"pseudonymisation: {status}", ids)
    with tx as ch:
        storage.set_status(project, ids, status)
    return _finish(ch, snap)


def set_entity_status(project, entity_ids: Iterable[int], status: str) -> Changes:
    """Accept or reject every finding of some entities."""
    ids = [r["id"] for e in entity_ids for r in storage.findings(project, entity_id=e)]
    return set_status(project, ids, status)


def accept_all(project, category: Optional[str] = None, source_id: Optional[int] = None) -> Changes:
    """Accept every pending finding (of a category and/or source)."""
    ids = [r["id"] for r in storage.findings(project, status=PENDING, category=category, source_id=source_id)]
    return set_status(project, ids, ACCEPTED)


def set_replacement(project, entity_id: int, replacement: str) -> Changes:
    """Choose an entity's pseudonym ("" goes back to the default label)."""
    _require_entity(project, entity_id)
    snap, tx = _undoable(project, "pseudonymisation: replacement", entity_ids=[entity_id])
    with tx as ch:
        storage.update_entity(project, entity_id, replacement=replacement.strip())
    return _finish(ch, snap)


def set_entity_category(project, entity_id: int, category: str) -> Changes:
    """Move an entity to another category (a "person" that is a workplace); it is renumbered there."""
    if category not in CATEGORIES:
        raise UserError(N_("unknown category {category!r}", category=category))
    entity = _require_entity(project, entity_id)
    if entity["category"] == category:
        return Changes(action="pseudonymisation: category")
    rows = storage.findings(project, entity_id=entity_id)
    snap, tx = _undoable(project, "pseudonymisation: category", [r["id"] for r in rows], [entity_id])
    with tx as ch:
        number = storage.next_number(project, category)
        storage.update_entity(project, entity_id, category=category, number=number)
        storage.update_findings(project, [(r["id"], {"category": category}) for r in rows])
    return _finish(ch, snap)


def merge_entities(project, target_id: int, other_ids: Iterable[int]) -> Changes:
    """Merge entities into ``target_id``: their findings move there, their keys become its aliases."""
    target = _require_entity(project, target_id)
    others = [_require_entity(project, i) for i in other_ids if i != target_id]
    rows = [r for o in others for r in storage.findings(project, entity_id=o["id"])]
    snap, tx = _undoable(project, "pseudonymisation: merge", [r["id"] for r in rows],
                         [target_id] + [o["id"] for o in others])
    with tx as ch:
        aliases = list(dict.fromkeys(target["aliases"] + [k for o in others for k in [o["key"], *o["aliases"]]]))
        storage.update_findings(project, [(r["id"], {"entity_id": target_id, "category": target["category"]})
                                          for r in rows])
        storage.delete_entities(project, [o["id"] for o in others])
        storage.update_entity(project, target_id, aliases=aliases)
        ch.info["merged"] = len(others)
    return _finish(ch, snap)


def split_findings(project, finding_ids: Sequence[int], entity_id: Optional[int] = None) -> Changes:
    """Move findings to another entity, or (``entity_id`` None) to a new one of their own."""
    rows = storage.findings(project, ids=list(finding_ids))
    if not rows:
        raise NotFound(N_("no such findings"))
    snap, tx = _undoable(project, "pseudonymisation: split", [r["id"] for r in rows])
    with tx as ch:
        created = {}
        if entity_id is None:
            first = rows[0]
            key = f"{first['entity_key'] or first['text'].lower()}#{first['id']}"
            entity_id, _ = storage.create_entity(project, first["category"], key, first["text"])
            created[storage.ENTITIES] = [entity_id]
        target = _require_entity(project, entity_id)
        storage.update_findings(project, [(r["id"], {"entity_id": entity_id, "category": target["category"]})
                                          for r in rows])
        ch.id = entity_id
    return _finish(ch, snap, created)


def add_finding(project, source_id: int, start: int, end: int, category: str,
                status: str = ACCEPTED) -> Changes:
    """Mark a missed identifier by hand; it joins the entity its wording matches, or a new one."""
    text = project.source_text(source_id)
    if not (0 <= start < end <= len(text)):
        raise UserError(N_("range {start}-{end} is outside the text ({length})",
                           start=start, end=end, length=len(text)))
    if category not in CATEGORIES:
        raise UserError(N_("unknown category {category!r}", category=category))
    cand = candidate_for_range(text, start, end, category)
    snap = {storage.FINDINGS: [], storage.ENTITIES: []}
    with project.transaction("pseudonymisation: add finding", source=source_id) as ch:
        index = EntityIndex(project)
        entity_id = index.resolve(cand)
        added = storage.insert_findings(project, [{"source_id": source_id, "start": start, "end": end,
                                                   "text": cand.text, "category": category,
                                                   "entity_id": entity_id, "status": status,
                                                   "origin": "manual"}])
        ch.id = entity_id
    created = {storage.ENTITIES: index.created, storage.FINDINGS: added.created.get(storage.FINDINGS, [])}
    return _finish(ch, snap, created)


def undo(project, changes: Changes) -> Changes:
    """Reverse a review step (any function of this module) from the Changes it returned."""
    record = changes.info.get(UNDO_KEY)
    if not record:
        raise UserError(N_("this change cannot be undone here"))
    return storage.restore(project, record["snapshot"], record["created"], action="undo " + changes.action)


def _require_entity(project, entity_id: int) -> dict:
    entity = storage.entity(project, entity_id)
    if entity is None:
        raise NotFound(N_("no pseudonymisation entity with id {id}", id=entity_id))
    return entity
