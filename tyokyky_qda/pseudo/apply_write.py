"""The irreversible half of applying: write the planned replacements into the sources and memos,
and undo it.

One transaction for all sources and memos. Per source: ``Project.replace_text`` (which moves
codings, sections and case ranges with their words), then the findings follow the text — replaced
ones become "applied" and point at their pseudonym, sweep hits are recorded as applied findings of
their entity, the rest shift — and the source's stored parses are dropped. Per memo:
``Project.update_memo`` with the new text, and its findings follow the same way. The Changes
record keeps the old texts and finding rows so ``undo_plan`` can put everything back in the session.
"""

from __future__ import annotations

from typing import Optional, Sequence

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.offsets import Edit, OffsetShifter, apply_edits
from tyokyky_qda.core.progress import ProgressFn
from tyokyky_qda.pseudo import storage
from tyokyky_qda.pseudo.categories import APPLIED

APPLY_UNDO_KEY = "pseudo_apply_undo"


def write_plan(project, plan, todo: list[tuple[int, list[tuple[Edit, Optional[int]]]]],
               progress: ProgressFn, memo_todo: Sequence[tuple[int, str, list]] = (), *,
               labels: bool = False) -> Changes:
    """Replace the planned edits of each (source id, planned edits) and each (memo id, memo text,
    planned edits) in one transaction; ``labels``: also speaker labels, case and source names and
    memo titles (``rename_labels``)."""
    rows = {("source", sid): storage.findings(project, source_id=sid) for sid, _ in todo}
    rows.update({("memo", mid): storage.findings(project, memo_id=mid) for mid, _, _ in memo_todo})
    snap = storage.snapshot(project, [r["id"] for doc_rows in rows.values() for r in doc_rows])
    texts: dict[int, dict] = {}
    memo_texts: dict[int, str] = {}
    created: list[int] = []
    steps = max(1, len(todo) + len(memo_todo))
    with project.transaction("pseudonymise sources", sources=len(todo), memos=len(memo_todo)) as ch:
        for i, (sid, planned) in enumerate(todo):
            progress(0.3 + 0.7 * i / steps, "")
            old_text = project.source_text(sid)
            inner = project.replace_text(sid, [e for e, _ in planned], action="pseudonymise text")
            texts[sid] = {"old_text": inner.info["old_text"], "old_ranges": inner.info["old_ranges"]}
            created += _follow_text(project, plan, old_text, planned, rows[("source", sid)], ("source", sid))
            _drop_parses(project, sid)
        for i, (mid, old_text, planned) in enumerate(memo_todo):
            progress(0.3 + 0.7 * (len(todo) + i) / steps, "")
            project.update_memo(mid, text=apply_edits(old_text, [e for e, _ in planned]))
            memo_texts[mid] = old_text
            created += _follow_text(project, plan, old_text, planned, rows[("memo", mid)], ("memo", mid))
        ch.info[APPLY_UNDO_KEY] = {"texts": texts, "memos": memo_texts, "snapshot": snap,
                                   "created": {storage.FINDINGS: created},
                                   "labels": rename_labels(project, plan) if labels else {}}
        ch.info["replaced"] = sum(len(p) for _, p in todo) + sum(len(p) for _, _, p in memo_todo)
    progress(1.0, N_("done"))
    return ch


def _follow_text(project, plan, old_text: str, planned, rows: list[dict], doc: tuple[str, int]) -> list[int]:
    """Move a source's or memo's findings onto its new text; returns ids of findings added for
    sweep hits."""
    shifter = OffsetShifter([e for e, _ in planned])
    by_finding = {fid: e for e, fid in planned if fid is not None}
    exact = {(e.start, e.end): e for e, _ in planned}
    updates, drop, new_rows = [], [], []
    for r in rows:
        edit = by_finding.get(r["id"]) or exact.get((r["start"], r["end"]))
        if edit is not None:
            start = shifter.map(edit.start, is_end=False)
            updates.append((r["id"], {"start": start, "end": start + len(edit.new), "status": APPLIED}))
        elif r["status"] == APPLIED or not any(e.start < r["end"] and r["start"] < e.end for e, _ in planned):
            start, end = shifter.map_range(r["start"], r["end"])
            updates.append((r["id"], {"start": start, "end": end}))
        else:
            drop.append(r["id"])  # a finding cut by a replacement: its words are gone
    claimed = {(r["start"], r["end"]) for r in rows}
    entity_of = _entity_by_original(plan)
    for e, fid in planned:
        if fid is None and (e.start, e.end) not in claimed:
            start = shifter.map(e.start, is_end=False)
            original = old_text[e.start:e.end]
            entity_id, category = entity_of.get(original, (None, ""))
            new_rows.append({**storage.doc_columns(doc), "start": start, "end": start + len(e.new), "text": original,
                             "category": category or "term", "entity_id": entity_id, "status": APPLIED,
                             "origin": "sweep"})
    storage.update_findings(project, updates)
    storage.delete_findings(project, drop)
    return storage.insert_findings(project, new_rows).created.get(storage.FINDINGS, [])


def _entity_by_original(plan) -> dict[str, tuple[int, str]]:
    out: dict[str, tuple[int, str]] = {}
    for rows in plan.accepted.values():
        for r in rows:
            out.setdefault(r["text"], (r["entity_id"], r["category"]))
    if len(out) < len(plan.originals):
        for r in storage.findings(plan.project, status=APPLIED):
            out.setdefault(r["text"], (r["entity_id"], r["category"]))
    return out


def rename_labels(project, plan) -> dict:
    """Pseudonymise the names the texts do not hold: speaker labels of turns, case names, source
    names and memo titles, by the sweep over accepted originals ("Katriina Salmenkivi" → "[Henkilö
    5]"). Returns the old values for ``undo_plan``."""
    old: dict = {"speakers": {}, "cases": {}, "sources": {}, "memo_titles": {}}
    speakers = {}
    for src in project.sources():
        for sec in project.sections(src.id):
            if sec.speaker and plan.sweep(sec.speaker) != sec.speaker:
                speakers[sec.id] = plan.sweep(sec.speaker)
        if plan.sweep(src.name) != src.name:
            old["sources"][src.id] = src.name
            project.rename_source(src.id, plan.sweep(src.name))
    if speakers:
        old["speakers"] = project.set_section_speakers(speakers).info["old"]
    taken = {c.name for c in project.cases()}
    for case in project.cases():
        new = plan.sweep(case.name)
        if new != case.name:
            name, n = new, 2
            while name in taken:  # two people behind one pseudonym's cases stay two cases
                name, n = f"{new} ({n})", n + 1
            taken.add(name)
            old["cases"][case.id] = case.name
            project.update_case(case.id, name=name)
    for memo in project.memos():
        if memo.title and plan.sweep(memo.title) != memo.title:
            old["memo_titles"][memo.id] = memo.title
            project.update_memo(memo.id, title=plan.sweep(memo.title))
    return old


def _undo_labels(project, labels: dict) -> None:
    if labels.get("speakers"):
        project.set_section_speakers({int(k): v for k, v in labels["speakers"].items()})
    for case_id, name in (labels.get("cases") or {}).items():
        project.update_case(int(case_id), name=name)
    for source_id, name in (labels.get("sources") or {}).items():
        project.rename_source(int(source_id), name)
    for memo_id, title in (labels.get("memo_titles") or {}).items():
        project.update_memo(int(memo_id), title=title)


def _drop_parses(project, source_id: int) -> None:
    try:
        from tyokyky_qda.nlp.storage import drop_parses
    except ImportError:  # pragma: no cover - the NLP package is part of the app
        return
    drop_parses(project, [source_id])


def undo_plan(project, changes: Changes) -> Changes:
    """Put back the texts, ranges and findings an ``apply_to_project`` call changed."""
    record = changes.info.get(APPLY_UNDO_KEY)
    if not record:
        from tyokyky_qda.core.errors import UserError

        raise UserError(N_("these changes did not come from applying pseudonyms"))
    memos = record.get("memos") or {}
    with project.transaction("undo pseudonymise sources", sources=len(record["texts"]), memos=len(memos)) as ch:
        for sid, saved in record["texts"].items():
            project.restore_text(int(sid), saved["old_text"], saved["old_ranges"])
            _drop_parses(project, int(sid))
        for mid, old_text in memos.items():
            project.update_memo(int(mid), text=old_text)
        _undo_labels(project, record.get("labels") or {})
        storage.restore(project, record["snapshot"], record["created"])
    return ch
