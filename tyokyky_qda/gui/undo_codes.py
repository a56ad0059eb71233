"""Undo commands for the code tree: add, edit, move, merge, delete."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.gui.undo_base import ProjectCommand, translate


class AddCodeCommand(ProjectCommand):
    """Create a code; undo deletes it, redo restores the same row (same id)."""

    def __init__(self, ops, name: str, parent_id: Optional[int] = None, *, color: str = "#808080",
                 description: str = "", origin: object = None, parent=None):
        super().__init__(ops, translate("UndoCommands", "New code"), origin=origin, parent=parent)
        self.name, self.parent_id, self.color, self.description = name, parent_id, color, description
        self.code_id: Optional[int] = None
        self.removed: Optional[dict] = None

    def do(self, project) -> Changes:
        if self.removed:
            return project.restore_rows(self.removed, action="redo add code")
        changes = project.add_code(self.name, self.parent_id, color=self.color,
                                   description=self.description)
        self.code_id = changes.id
        return changes

    def revert(self, project) -> Changes:
        changes = project.delete_code(self.code_id)
        self.removed = changes.removed_rows
        return changes

    def resolved_id(self) -> int:
        """The new code's id (valid once ``do`` ran; used by commands queued after this one)."""
        assert self.code_id is not None, "the code was not created"
        return self.code_id


class UpdateCodeCommand(ProjectCommand):
    """Rename, recolour, describe or assign a shortcut to a code."""

    _LABELS = {"name": QT_TRANSLATE_NOOP("UndoCommands", "Rename code"),
               "color": QT_TRANSLATE_NOOP("UndoCommands", "Recolour code"),
               "description": QT_TRANSLATE_NOOP("UndoCommands", "Describe code"),
               "shortcut": QT_TRANSLATE_NOOP("UndoCommands", "Assign shortcut")}

    def __init__(self, ops, code_id: int, *, origin: object = None, **fields):
        key = next(iter(fields)) if len(fields) == 1 else ""
        label = self._LABELS.get(key) or QT_TRANSLATE_NOOP("UndoCommands", "Edit code")
        super().__init__(ops, translate("UndoCommands", label), origin=origin)
        self.code_id, self.fields = code_id, fields
        self.old: dict = {}

    def do(self, project) -> Changes:
        changes = project.update_code(self.code_id, **self.fields)
        self.old = changes.info["old"]
        return changes

    def revert(self, project) -> Changes:
        return project.update_code(self.code_id, **self.old)


class MoveCodeCommand(ProjectCommand):
    """Move a code under another parent and/or to another position among its siblings."""

    def __init__(self, ops, code_id: int, parent_id: Optional[int], ordinal: Optional[int] = None,
                 *, origin: object = None):
        super().__init__(ops, translate("UndoCommands", "Move code"), origin=origin)
        self.code_id, self.parent_id, self.ordinal = code_id, parent_id, ordinal
        self.old: dict = {}

    def do(self, project) -> Changes:
        siblings = [c.id for c in project.children_of(project.code(self.code_id).parent_id)]
        changes = project.move_code(self.code_id, self.parent_id, self.ordinal)
        # Undo puts the code back at its old index among its old siblings.
        self.old = {"parent_id": changes.info["old"]["parent_id"], "ordinal": siblings.index(self.code_id)}
        return changes

    def revert(self, project) -> Changes:
        return project.move_code(self.code_id, self.old["parent_id"], self.old["ordinal"])


class MergeCodesCommand(ProjectCommand):
    """Merge one code into another; undo splits them again exactly."""

    def __init__(self, ops, source_code: int, target_code: int, *, origin: object = None):
        super().__init__(ops, translate("UndoCommands", "Merge codes"), origin=origin)
        self.source_code, self.target_code = source_code, target_code
        self.merge: Optional[Changes] = None

    def do(self, project) -> Changes:
        self.merge = project.merge_codes(self.source_code, self.target_code)
        return self.merge

    def revert(self, project) -> Changes:
        return project.unmerge_codes(self.merge)


class DeleteCodeCommand(ProjectCommand):
    """Delete a code with its sub-codes and codings; undo restores every row."""

    def __init__(self, ops, code_id: int, *, origin: object = None):
        super().__init__(ops, translate("UndoCommands", "Delete code"), origin=origin)
        self.code_id = code_id
        self.removed: dict = {}

    def do(self, project) -> Changes:
        changes = project.delete_code(self.code_id)
        self.removed = changes.removed_rows
        return changes

    def revert(self, project) -> Changes:
        return project.restore_rows(self.removed, action="undo delete code")
