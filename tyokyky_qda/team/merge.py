"""Apply a merge plan: codes, sources, codings, memos, cases and attributes of another project
land in the target in one transaction, with their coders kept. Merging twice adds nothing."""

from __future__ import annotations

from typing import Optional

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_, message_of
from tyokyky_qda.core.model import Coding, Source
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel
from tyokyky_qda.team.alignment import TextAligner
from tyokyky_qda.team.merge_plan import MergePlan


def apply_merge(target, other, plan: MergePlan, progress: Optional[ProgressFn] = None,
                cancel: Optional[CancelFn] = None) -> Changes:
    """Write the other project into the target following the (reviewed) plan."""
    report = progress or (lambda f, m="": None)
    with target.transaction("merge project", other=plan.other_path) as ch:
        code_map = _merge_codes(target, other, plan)
        report(0.1, N_("codes"))
        conflicts: list[str] = []
        copied: list[tuple[str, int, str]] = []  # attribute values set on existing sources/cases
        source_map, aligners = _merge_sources(target, other, plan, cancel, conflicts, copied)
        report(0.4, N_("sources"))
        placed, unplaced = _merge_codings(target, other, code_map, source_map, aligners)
        report(0.8, N_("codings"))
        _merge_memos(target, other, code_map, source_map)
        _merge_cases(target, other, source_map, aligners, conflicts, copied)
        ch.info.update({"attribute_conflicts": conflicts, "attribute_values_added": copied,
                        "codings_added": placed, "codings_unplaced": unplaced,
                        "sources_added": sum(1 for s in plan.sources if source_map.get(s.other) and
                                             (s.target is None or s.decision != "accept")),
                        "codes_added": sum(1 for c in plan.codes if c.target is None or c.decision != "accept")})
        report(1.0, N_("done"))
    return ch


def undo_merge(target, merged: Changes) -> Changes:
    """Take a merge back: remove what ``apply_merge`` added (its returned record), nothing else.

    The result's ``removed_rows`` let ``target.restore_rows`` redo the merge exactly."""
    return target.remove_added(merged.created, merged.info.get("attribute_values_added", ()), action="undo merge")


def _merge_codes(target, other, plan: MergePlan) -> dict[int, int]:
    decisions = {m.other: m for m in plan.codes}
    code_map: dict[int, int] = {}
    existing_guids = {c.guid for c in target.codes()}
    for code in other.codes():  # tree order: parents first
        m = decisions.get(code.id)
        if m is not None and m.decision == "accept" and m.target is not None:
            code_map[code.id] = m.target
            continue
        parent = code_map.get(code.parent_id) if code.parent_id else None
        guid = code.guid if code.guid not in existing_guids else ""
        # A rejected match on the same name must not collide: keep the name, the tree allows it.
        code_map[code.id] = target.add_code(
            code.name, parent, description=code.description, color=code.color, keywords=code.keywords,
            guid=guid, name_en=code.name_en, description_en=code.description_en,
            keywords_en=code.keywords_en).id
    return code_map


def _merge_sources(target, other, plan: MergePlan, cancel, conflicts: list,
                   copied: list) -> tuple[dict[int, int], dict[int, TextAligner]]:
    source_map, aligners = {}, {}
    for m in plan.sources:
        check_cancel(cancel)
        if m.decision == "accept" and m.target is not None:
            source_map[m.other] = m.target
            aligners[m.other] = TextAligner(other.source_text(m.other), target.source_text(m.target))
            continue
        s = other.source(m.other)
        existing = target.find_source_by_hash(s.content_hash)
        if existing is not None and m.method == "new":
            source_map[m.other] = existing
        else:
            new = Source(name=s.name, text=s.text, kind=s.kind, language=s.language,
                         original_path=s.original_path, import_notes=s.import_notes,
                         guid="" if _guid_taken(target, s.guid) else s.guid)
            source_map[m.other] = target.add_source(new, other.sections(m.other),
                                                    attributes=other.attributes_of("source", m.other)).id
        aligners[m.other] = TextAligner(s.text, target.source_text(source_map[m.other]))
    for other_id, target_id in source_map.items():  # attributes the target lacks
        _copy_missing_attributes(target, other, "source", other_id, target_id, conflicts, copied)
    return source_map, aligners


def _copy_missing_attributes(target, other, kind: str, other_id: int, target_id: int, conflicts: list,
                             copied: list) -> None:
    """Copy attribute values the target lacks (noted in ``copied`` for an undo); a value that does
    not fit the target's type is added to ``conflicts`` rather than aborting the merge."""
    have = target.attributes_of(kind, target_id)
    types = {a["name"]: a["type"] for a in other.attributes()}
    for name, value in other.attributes_of(kind, other_id).items():
        if name in have:
            continue
        try:
            target.set_attribute(kind, target_id, name, value, type_=types.get(name))
            copied.append((kind, target_id, name))
        except UserError as exc:
            template = N_("case {id} {name}: {error}") if kind == "case" else N_("source {id} {name}: {error}")
            conflicts.append(N_(template, id=target_id, name=name, error=message_of(exc)))


def _guid_taken(target, guid: str) -> bool:
    return bool(guid) and target.conn.execute("SELECT 1 FROM sources WHERE guid=?", (guid,)).fetchone() is not None


def _merge_codings(target, other, code_map, source_map, aligners) -> tuple[int, int]:
    batch, unplaced = [], 0
    for c in other.codings():
        if c.source_id not in source_map:
            continue
        mapped = aligners[c.source_id].map_range(c.start, c.end)
        if mapped is None:
            unplaced += 1
            continue
        batch.append(Coding(source_id=source_map[c.source_id], code_id=code_map[c.code_id], start=mapped[0],
                            end=mapped[1], coder=c.coder, origin=c.origin, memo=c.memo,
                            created_at=c.created_at, guid=c.guid))
    added = target.add_codings(batch, action="merge codings") if batch else None
    return (len(added.created.get("codings", [])) if added else 0), unplaced


def _merge_memos(target, other, code_map, source_map) -> None:
    known = {m.guid for m in target.memos()}
    memos = other.memos()
    # Matching codings by GUID reads every coding of both projects: only when a memo needs it.
    needs_codings = any(memo.target_kind == "coding" and memo.guid not in known for memo in memos)
    coding_map = _coding_map(target, other) if needs_codings else {}
    for memo in memos:
        if memo.guid in known:
            continue
        tid = memo.target_id
        if memo.target_kind == "code":
            tid = code_map.get(tid)
        elif memo.target_kind == "source":
            tid = source_map.get(tid)
        elif memo.target_kind == "coding":
            tid = coding_map.get(tid)
        elif memo.target_kind in ("case", "section"):
            continue  # cases merge by name below; section ids do not carry over
        if memo.target_kind != "project" and tid is None:
            continue
        target.add_memo(memo.text, memo.target_kind, tid, title=memo.title, author=memo.author,
                        guid=memo.guid, created_at=memo.created_at)


def _coding_map(target, other) -> dict[int, int]:
    """Other's coding ids → target's, for codings that landed (matched by GUID)."""
    by_guid = {c.guid: c.id for c in target.codings()}
    return {c.id: by_guid[c.guid] for c in other.codings() if c.guid in by_guid}


def _merge_cases(target, other, source_map, aligners, conflicts: list, copied: list) -> None:
    for case in other.cases():
        case_id = target.case_id(case.name)
        for link in other.case_links(case.id):
            if link["source_id"] not in source_map:
                continue
            start, end = link["start"], link["end"]
            if start is not None:
                mapped = aligners[link["source_id"]].map_range(start, end) if end > start else None
                if mapped is None:
                    continue
                start, end = mapped
            target.link_case(case_id, source_map[link["source_id"]], start, end)
        _copy_missing_attributes(target, other, "case", case.id, case_id, conflicts, copied)
        memo = other.memo_for("case", case.id)
        if memo and not target.memos("case", case_id):
            target.add_memo(memo.text, "case", case_id, title=memo.title, author=memo.author, guid="")
