"""Undo commands for memos, cases, attributes, sources, imports and project merges."""

from __future__ import annotations

from typing import Any, Optional, Sequence

from PySide6.QtGui import QUndoCommand

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.gui.undo_base import ProjectCommand, translate
from tyokyky_qda.team.merge import undo_merge

MEMO_MERGE_ID = 4711  # consecutive saves of one memo collapse into one undo step


class SetMemoCommand(ProjectCommand):
    """Write the memo of a target (project, source, code, coding, case); undo restores the old
    text or deletes a memo the command created."""

    def __init__(self, ops, target_kind: str, target_id: Optional[int], text: str, *,
                 origin: object = None):
        super().__init__(ops, translate("UndoCommands", "Edit memo"), origin=origin)
        self.target = (target_kind, target_id)
        self.text = text
        self.memo_id: Optional[int] = None
        self.created = False
        self.old_text = ""
        self._first = True

    def id(self) -> int:  # noqa: A003 - Qt API
        return MEMO_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, SetMemoCommand) or other.target != self.target:
            return False
        self.text = other.text  # the other one has already queued its own write
        return True

    def do(self, project) -> Changes:
        if self._first:
            existing = project.memo_for(*self.target)
            self.created = existing is None
            self.old_text = existing.text if existing else ""
            self._first = False
        changes = project.set_memo_text(self.target[0], self.target[1], self.text)
        if self.created:
            self.memo_id = changes.id
        elif self.memo_id is None:
            self.memo_id = changes.updated["memos"][0]
        return changes

    def revert(self, project) -> Changes:
        if self.created:
            return project.delete_memo(self.memo_id)
        return project.update_memo(self.memo_id, text=self.old_text)


class SetAttributeCommand(ProjectCommand):
    """Set a typed attribute value on a case or a source (empty removes it)."""

    def __init__(self, ops, owner_kind: str, owner_id: int, name: str, value: Any,
                 type_: Optional[str] = None, *, origin: object = None):
        super().__init__(ops, translate("UndoCommands", "Set attribute"), origin=origin)
        self.owner = (owner_kind, owner_id)
        self.name, self.value, self.type_ = name, value, type_
        self.old: Any = None

    def do(self, project) -> Changes:
        changes = project.set_attribute(*self.owner, self.name, self.value, type_=self.type_)
        self.old = changes.info.get("old")
        return changes

    def revert(self, project) -> Changes:
        return project.set_attribute(*self.owner, self.name, "" if self.old is None else self.old)


class AddCaseCommand(ProjectCommand):
    """Create a case; undo deletes it, redo restores the same row."""

    def __init__(self, ops, name: str, *, origin: object = None):
        super().__init__(ops, translate("UndoCommands", "New case"), origin=origin)
        self.name = name
        self.case_id: Optional[int] = None
        self.removed: Optional[dict] = None

    def do(self, project) -> Changes:
        if self.removed:
            return project.restore_rows(self.removed, action="redo add case")
        changes = project.add_case(self.name)
        self.case_id = changes.id
        return changes

    def revert(self, project) -> Changes:
        changes = project.delete_case(self.case_id)
        self.removed = changes.removed_rows
        return changes


class UpdateCaseCommand(ProjectCommand):
    """Rename a case or change its description."""

    def __init__(self, ops, case_id: int, *, origin: object = None, **fields):
        super().__init__(ops, translate("UndoCommands", "Edit case"), origin=origin)
        self.case_id, self.fields = case_id, fields
        self.old: dict = {}

    def do(self, project) -> Changes:
        changes = project.update_case(self.case_id, **self.fields)
        self.old = {k: changes.info["old"][k] for k in self.fields}
        return changes

    def revert(self, project) -> Changes:
        return project.update_case(self.case_id, **self.old)


class DeleteRowsCommand(ProjectCommand):
    """Delete a case or a source through its Project method; undo restores the removed rows."""

    def __init__(self, ops, label: str, method: str, object_id: int, *, origin: object = None):
        super().__init__(ops, label, origin=origin)
        self.method, self.object_id = method, object_id
        self.removed: dict = {}

    def do(self, project) -> Changes:
        changes = getattr(project, self.method)(self.object_id)
        self.removed = changes.removed_rows
        return changes

    def revert(self, project) -> Changes:
        return project.restore_rows(self.removed, action=f"undo {self.method}")


class RenameSourceCommand(ProjectCommand):
    """Rename a source."""

    def __init__(self, ops, source_id: int, name: str, *, origin: object = None):
        super().__init__(ops, translate("UndoCommands", "Rename source"), origin=origin)
        self.source_id, self.name = source_id, name
        self.old = ""

    def do(self, project) -> Changes:
        self.old = project.source(self.source_id, with_text=False).name
        return project.rename_source(self.source_id, self.name)

    def revert(self, project) -> Changes:
        return project.rename_source(self.source_id, self.old)


class ImportCommand(ProjectCommand):
    """An import that already ran in the worker: undo deletes the imported sources (and the cases
    and codes the import made), redo puts their rows back. Pushed after the import, so its first
    redo does nothing."""

    def __init__(self, ops, source_ids: Sequence[int], *, case_ids: Sequence[int] = (),
                 code_ids: Sequence[int] = ()):
        n = len(source_ids)
        label = (translate("UndoCommands", "Import file") if n == 1
                 else translate("UndoCommands", "Import %n files", "", n))
        super().__init__(ops, label)
        self.source_ids = list(source_ids)
        self.case_ids, self.code_ids = list(case_ids), list(code_ids)
        self.removed: Optional[dict] = None

    def do(self, project) -> Optional[Changes]:
        if self.removed is None:
            return None  # the import itself did the work
        return project.restore_rows(self.removed, action="redo import")

    def revert(self, project) -> Changes:
        changes = project.remove_added({"sources": self.source_ids, "cases": self.case_ids, "codes": self.code_ids},
                                       action="undo import")
        self.removed = changes.removed_rows
        return changes


class MergeProjectCommand(ProjectCommand):
    """A project merge that already ran in the worker: undo removes what the merge added (and
    nothing done since), redo puts those rows back. Its first redo does nothing."""

    def __init__(self, ops, merged: Changes):
        super().__init__(ops, translate("UndoCommands", "Merge a colleague's project"))
        self.merged = merged
        self.removed: Optional[dict] = None

    def do(self, project) -> Optional[Changes]:
        if self.removed is None:
            return None  # the merge itself did the work
        return project.restore_rows(self.removed, action="redo merge")

    def revert(self, project) -> Changes:
        changes = undo_merge(project, self.merged)
        self.removed = changes.removed_rows
        return changes
