"""Undo commands for bulk actions of the Tools and Team menus: speakers to cases, autocoding
speakers and merging a codebook. Each runs one service function forward and, backwards, deletes
what it created (keeping the rows, so redo puts back the same ids)."""

from __future__ import annotations

from typing import Optional, Sequence

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.gui.undo_base import ProjectCommand, translate


class _CreatingCommand(ProjectCommand):
    """Forward: ``create(project)``; back: delete the cases, codes and codings it created."""

    def __init__(self, ops, text: str, *, origin: object = None):
        super().__init__(ops, text, origin=origin)
        self.removed: Optional[dict] = None
        self.result: Optional[Changes] = None

    def create(self, project) -> Changes:
        """Do the action for the first time."""
        raise NotImplementedError

    def do(self, project) -> Changes:
        if self.removed is not None:
            return project.restore_rows(self.removed, action="redo " + self.text())
        self.result = self.create(project)
        return self.result

    def revert(self, project) -> Changes:
        created = self.result.created if self.result else {}
        changes = project.remove_added({table: created.get(table, []) for table in ("codings", "cases", "codes")},
                                       action="undo " + self.text())
        self.removed = changes.removed_rows
        return changes


class SpeakersToCasesCommand(_CreatingCommand):
    """Make interviewees of transcripts into cases (``ingest.speakers.speakers_to_cases``).

    Undo deletes the cases it created; links it added to cases that existed before stay."""

    def __init__(self, ops, source_ids: Optional[Sequence[int]] = None, *, origin: object = None):
        super().__init__(ops, translate("UndoCommands", "Speakers to cases"), origin=origin)
        self.source_ids = None if source_ids is None else list(source_ids)

    def create(self, project) -> Changes:
        from tyokyky_qda.ingest.speakers import speakers_to_cases

        return speakers_to_cases(project, self.source_ids)


class AutocodeSpeakersCommand(_CreatingCommand):
    """Code every turn of each speaker with a code of its own (``autocode_speakers``)."""

    def __init__(self, ops, source_ids: Optional[Sequence[int]] = None, *, origin: object = None):
        super().__init__(ops, translate("UndoCommands", "Autocode speakers"), origin=origin)
        self.source_ids = None if source_ids is None else list(source_ids)

    def create(self, project) -> Changes:
        from tyokyky_qda.ingest.speakers import autocode_speakers

        return autocode_speakers(project, self.source_ids)


class CodebookMergeCommand(_CreatingCommand):
    """Merge a codebook with a reviewed plan (``team.codebook_exchange.apply_codebook_merge``).

    Undo deletes the codes it added and gives matched codes back the definition and keywords
    they had; redo restores both."""

    def __init__(self, ops, codebook, plan: list, *, origin: object = None):
        super().__init__(ops, translate("UndoCommands", "Merge codebook"), origin=origin)
        self.codebook, self.plan = codebook, plan
        self.before: dict[int, dict] = {}
        self.after: dict[int, dict] = {}

    @staticmethod
    def _fields(project, ids) -> dict[int, dict]:
        codes = {c.id: c for c in project.codes()}
        return {i: {"description": codes[i].description, "keywords": list(codes[i].keywords)}
                for i in ids if i in codes}

    def create(self, project) -> Changes:
        from tyokyky_qda.team.codebook_exchange import apply_codebook_merge

        old = self._fields(project, [c.id for c in project.codes()])
        changes = apply_codebook_merge(project, self.codebook, self.plan)
        touched = set(changes.updated.get("codes", [])) - set(changes.created.get("codes", []))
        self.before = {i: old[i] for i in touched if i in old}
        return changes

    def do(self, project) -> Changes:
        if self.removed is None:
            return super().do(project)
        with project.transaction("redo " + self.text()) as changes:
            project.restore_rows(self.removed)
            for code_id, fields in self.after.items():
                project.update_code(code_id, **fields)
        return changes

    def revert(self, project) -> Changes:
        self.after = self._fields(project, self.before)
        with project.transaction("undo " + self.text()) as changes:
            for code_id, fields in self.before.items():
                project.update_code(code_id, **fields)
            removed = super().revert(project).removed_rows
        self.removed = removed
        return changes
