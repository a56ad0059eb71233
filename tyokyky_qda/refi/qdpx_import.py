"""Import a REFI-QDA project or codebook into an open project, in one transaction.

Re-importing the same file adds nothing: codes, sources and codings are matched by GUID and
content hash. Every range is checked against its text; what falls outside is reported.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.core.i18n import N_, message_of
from tyokyky_qda.core.model import Coding, Source
from tyokyky_qda.core.progress import CancelFn, ProgressFn, check_cancel
from tyokyky_qda.refi.positions import PositionMapper, uses_utf16
from tyokyky_qda.refi.qdpx_read import RefiProject, read_project

_VALUE_TYPES = {"TextValue": "text", "BooleanValue": "boolean", "IntegerValue": "number", "FloatValue": "number",
                "DateValue": "date", "DateTimeValue": "date"}
_VAR_TYPES = {"Text": "text", "Boolean": "boolean", "Integer": "number", "Float": "number", "Date": "date",
              "DateTime": "date"}
UNKNOWN_USER = "tuntematon"


@dataclass
class RefiSummary:
    """What the file held and what was imported, for the import summary."""

    file: str
    origin: str = ""
    in_file: dict = field(default_factory=dict)
    imported: dict = field(default_factory=dict)
    source_ids: list[int] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # informational, nothing lost
    ranges_outside: int = 0
    ranges_adjusted: int = 0
    name_mismatches: int = 0

    def as_dict(self) -> dict:
        """JSON form."""
        return dict(self.__dict__)


def import_qdpx(project, path, progress: Optional[ProgressFn] = None,
                cancel: Optional[CancelFn] = None) -> RefiSummary:
    """Import a .qdpx (or .qde, or a .qdc codebook) into ``project``."""
    path = Path(path)
    if not path.exists():
        raise ImportFailed(N_("{path}: file not found", path=path))
    if path.suffix.lower() == ".qdc":
        from tyokyky_qda.refi.codebook_io import read_qdc

        cb = read_qdc(path)
        ch = project.import_codebook(cb)
        n = sum(1 for _ in cb.walk())
        return RefiSummary(file=path.name, in_file={"codes": n}, imported={"codes": len(ch.created.get("codes", []))})
    if progress:
        progress(0.0, N_("reading {file}", file=path.name))
    data = read_project(path)
    check_cancel(cancel)
    summary = RefiSummary(file=path.name, origin=data.origin, unsupported=list(data.unsupported),
                          warnings=list(data.warnings))
    summary.in_file = {"users": len(data.users), "codes": sum(1 for n in data.codes for _ in n.walk()),
                       "sources": len(data.sources), "selections": sum(len(s.selections) for s in data.sources),
                       "codings": sum(len(sel.codings) for s in data.sources for sel in s.selections),
                       "notes": len(data.notes), "cases": len(data.cases), "variables": len(data.variables),
                       "sets": len(data.sets)}
    with project.transaction("import REFI-QDA", file=path.name) as ch:
        writer = _Writer(project, data, summary)
        writer.run(progress, cancel)
        summary.imported = {t: len(ids) for t, ids in ch.created.items() if ids}
    if progress:
        progress(1.0, N_("done"))
    return summary


class _Writer:
    """Writes a RefiProject into a project inside the caller's transaction."""

    def __init__(self, project, data: RefiProject, summary: RefiSummary):
        self.p, self.data, self.summary = project, data, summary
        self.code_ids: dict[str, int] = {}
        self.source_ids: dict[str, int] = {}
        self.selection_ranges: dict[str, tuple[int, int, int]] = {}
        self.coding_ids: dict[str, int] = {}
        self.utf16 = uses_utf16(data.origin)
        self.pending_refs: list[tuple[str, str]] = []  # (note guid, selection guid)
        self.selection_codings: dict[str, list[str]] = {}
        self._used_notes: set[str] = set()
        self.coding_notes: list[tuple[str, str]] = []
        self.case_ids: dict[str, int] = {}

    def user(self, guid: str) -> str:
        return self.data.users.get(guid) or UNKNOWN_USER

    def run(self, progress, cancel) -> None:
        self.users()
        self.codes()
        n = max(1, len(self.data.sources))
        for i, src in enumerate(self.data.sources):
            check_cancel(cancel)
            if progress:
                progress(0.1 + 0.8 * i / n, src.name)
            self.source(src)
        self.cases()
        self.notes()
        self.sets()

    def users(self) -> None:
        """Every user becomes a coder, even one who coded nothing here."""
        for guid, name in self.data.users.items():
            if self.p.conn.execute("SELECT 1 FROM coders WHERE name=?", (name,)).fetchone():
                continue
            taken = self.p.conn.execute("SELECT 1 FROM coders WHERE guid=?", (guid,)).fetchone()
            self.p.coder_id(name, "" if taken else guid)

    def codes(self) -> None:
        seen: set[str] = set()

        def visit(node, parent):
            guid = node.guid
            if guid in seen:
                self.summary.warnings.append(N_("code GUID {guid} used twice; the second code {name!r} got a new GUID",
                                                guid=guid, name=node.name))
                guid = ""
            seen.add(guid)
            row = self.p.conn.execute("SELECT id FROM codes WHERE guid=?", (guid,)).fetchone() if guid else None
            code_id = row[0] if row else self.p.add_code(
                node.name, parent, description=node.description, color=node.color or "#808080",
                keywords=node.keywords, keywords_en=node.keywords_en, guid=guid).id
            if node.guid:
                self.code_ids.setdefault(node.guid, code_id)
            for child in node.children:
                visit(child, code_id)
        for root in self.data.codes:
            visit(root, None)

    def source(self, src) -> None:
        if src.raw_text is None:
            self.summary.warnings.append(N_("source {name!r}: {problem}; its {count} selection(s) were not imported",
                                            name=src.name, problem=src.problem, count=len(src.selections)))
            return
        mapper = PositionMapper(src.raw_text, self.utf16)
        text = mapper.stored
        if not unicodedata.is_normalized("NFC", text):
            self.summary.notes.append(N_("source {name!r} is not NFC-normalised; kept as is so positions stay valid",
                                         name=src.name))
        existing = self.p.find_source_by_hash(_hash(text))
        if existing is None:
            taken = src.guid and self.p.conn.execute("SELECT 1 FROM sources WHERE guid=?", (src.guid,)).fetchone()
            existing = self.p.add_source(Source(name=src.name, text=text, kind="document" if src.kind == "pdf" else "text",
                                                original_path=f"{self.summary.file}:{src.guid}",
                                                guid="" if taken else src.guid, imported_at=src.created,
                                                import_notes={"refi_origin": self.data.origin})).id
            if src.description:
                self.p.add_memo(src.description, "source", existing, title="Kuvaus")
        self.source_ids[src.guid] = existing
        self.summary.source_ids.append(existing)
        for var_guid, value_type, value in src.variables:
            self.variable("source", existing, var_guid, value_type, value)
        self.selections(src, existing, mapper, text)
        for ref in src.note_refs:
            self.note_target(ref, "source", existing)

    def selections(self, src, source_id: int, mapper: PositionMapper, text: str) -> None:
        batch, pending_memos = [], []
        for sel in src.selections:
            start, end = mapper.to_stored(sel.start), mapper.to_stored(sel.end)
            if start > end:
                start, end = end, start
            if end <= 0 or start >= len(text) or start == end:
                self.summary.ranges_outside += 1
                continue
            if start < 0 or end > len(text):
                start, end = max(0, start), min(len(text), end)
                self.summary.ranges_adjusted += 1
            if sel.name and "atlas" in self.data.origin.lower():
                quoted = " ".join(text[start:end].split())
                if not quoted.startswith(" ".join(sel.name.split())[:40]):
                    self.summary.name_mismatches += 1
            self.selection_ranges[sel.guid] = (source_id, start, end)
            self.selection_codings[sel.guid] = [c[0] for c in sel.codings]
            for coding_guid, code_guid, user, created in sel.codings:
                code_id = self.code_ids.get(code_guid)
                if code_id is None:
                    self.summary.warnings.append(N_("coding {coding} refers to a missing code {code}; skipped",
                                                    coding=coding_guid, code=code_guid))
                    continue
                batch.append(Coding(source_id=source_id, code_id=code_id, start=start, end=end,
                                    coder=self.user(user or sel.user), origin="imported", created_at=created or sel.created,
                                    guid=coding_guid, memo=sel.description if len(sel.codings) == 1 else ""))
            if not sel.codings and sel.description:  # MAXQDA: a memo as a selection with a description
                pending_memos.append((f"[{start}–{end}] {sel.description}", sel.name))
            for ref in sel.note_refs:
                self.pending_refs.append((ref, sel.guid))
            self.coding_notes.extend(sel.coding_notes)
        if batch:
            self.p.add_codings(batch, action="import REFI-QDA codings")
            # One read per source instead of one query per coding.
            by_guid = dict(self.p.conn.execute("SELECT guid, id FROM codings WHERE source_id=?", (source_id,)))
            for c in batch:
                if c.guid in by_guid:
                    self.coding_ids[c.guid] = by_guid[c.guid]
        for text_, title in pending_memos:
            self.p.add_memo(text_, "source", source_id, title=title)

    def note_target(self, note_guid: str, kind: str, target_id: Optional[int]) -> None:
        note = self.data.notes.get(note_guid)
        if note is None:
            self.summary.warnings.append(N_("note reference {guid} points to no note", guid=note_guid))
            return
        self._used_notes.add(note_guid)
        name, text, user, created = note
        if any(m.guid == note_guid for m in self.p.memos(kind, target_id)):
            return
        taken = self.p.conn.execute("SELECT 1 FROM memos WHERE guid=?", (note_guid,)).fetchone()
        self.p.add_memo(text or name, kind, target_id, title=name, author=self.user(user),
                        guid="" if taken else note_guid, created_at=created)

    def notes(self) -> None:
        for ref, sel_guid in self.pending_refs:
            sel = self.selection_ranges.get(sel_guid)
            target = next((self.coding_ids[g] for g in self.selection_codings.get(sel_guid, [])
                           if g in self.coding_ids), None)
            if target is not None:
                self.note_target(ref, "coding", target)
            elif sel is not None:
                self.note_target(ref, "source", sel[0])
        for coding_guid, ref in self.coding_notes:
            if coding_guid in self.coding_ids:
                self.note_target(ref, "coding", self.coding_ids[coding_guid])
        for code_guid, refs in self.data.code_note_refs.items():
            for ref in refs:
                if code_guid in self.code_ids:
                    self.note_target(ref, "code", self.code_ids[code_guid])
        for origin, target in self.data.links:  # ATLAS.ti: Note + Link
            for note, other in ((origin, target), (target, origin)):
                if note in self.data.notes:
                    kind, tid = self.resolve(other)
                    if kind:
                        self.note_target(note, kind, tid)
        for ref in self.data.project_note_refs:
            self.note_target(ref, "project", None)
        for guid in self.data.notes:
            if guid not in self._used_notes:
                self.note_target(guid, "project", None)

    def resolve(self, guid: str) -> tuple[str, Optional[int]]:
        if guid in self.code_ids:
            return "code", self.code_ids[guid]
        if guid in self.source_ids:
            return "source", self.source_ids[guid]
        if guid in self.coding_ids:
            return "coding", self.coding_ids[guid]
        if guid in self.selection_ranges:
            return "source", self.selection_ranges[guid][0]
        if guid in self.case_ids:
            return "case", self.case_ids[guid]
        return "", None

    def variable(self, owner_kind: str, owner_id: int, var_guid: str, value_type: str, value) -> None:
        name, declared = self.data.variables.get(var_guid, (None, None))
        if name is None:
            self.summary.warnings.append(N_("variable value refers to a missing variable {guid}", guid=var_guid))
            return
        type_ = _VAR_TYPES.get(declared) or _VALUE_TYPES.get(value_type, "text")
        try:
            self.p.define_attribute(name, type_)
            self.p.set_attribute(owner_kind, owner_id, name, value, type_=type_)
        except Exception as exc:  # noqa: BLE001 - a bad value is reported, not fatal
            self.summary.warnings.append(N_("{name} = {value!r}: {error}",
                                            name=name, value=value, error=message_of(exc)))

    def cases(self) -> None:
        for case in self.data.cases:
            name = case["name"] or f"Tapaus {case['guid'][:8]}"
            row = self.p.conn.execute("SELECT id FROM cases WHERE guid=? OR name=?", (case["guid"], name)).fetchone()
            case_id = row[0] if row else self.p.add_case(name, case["description"], guid=case["guid"]).id
            self.case_ids[case["guid"]] = case_id
            for var_guid, value_type, value in case["variables"]:
                self.variable("case", case_id, var_guid, value_type, value)
            for ref in case["sources"]:
                if ref in self.source_ids:
                    self.p.link_case(case_id, self.source_ids[ref])
                else:
                    self.summary.warnings.append(N_("case {name!r} refers to a missing source {ref}",
                                                    name=name, ref=ref))
            for ref in case["selections"]:
                if ref in self.selection_ranges:
                    sid, start, end = self.selection_ranges[ref]
                    self.p.link_case(case_id, sid, start, end)

    def sets(self) -> None:
        for s in self.data.sets:
            if self.p.conn.execute("SELECT 1 FROM sets WHERE guid=?", (s["guid"],)).fetchone():
                continue
            members = [("source", self.source_ids[g]) for g in s["sources"] if g in self.source_ids]
            members += [("code", self.code_ids[g]) for g in s["codes"] if g in self.code_ids]
            self.p.add_set(s["name"], members, s["description"], guid=s["guid"])


def _hash(text: str) -> str:
    from tyokyky_qda.store.sources_api import content_hash
    return content_hash(text)
