"""Undo commands for codings and source texts."""

from __future__ import annotations

from typing import Callable, Optional, Sequence, Union

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.offsets import Edit
from tyokyky_qda.gui.undo_base import ProjectCommand, translate

CodeRef = Union[int, Callable[[], int]]


class AddCodingCommand(ProjectCommand):
    """Code ``start..end`` (code points) of a source; undo removes the coding, redo puts the same
    row back (same id, so memos and later commands still find it)."""

    def __init__(self, ops, source_id: int, code: CodeRef, start: int, end: int, *,
                 origin_kind: str = "manual", origin: object = None, parent=None):
        super().__init__(ops, translate("UndoCommands", "Code selection"), origin=origin, parent=parent)
        self.source_id, self.code, self.start, self.end = source_id, code, start, end
        self.origin_kind = origin_kind
        self.coding_id: Optional[int] = None
        self.removed: Optional[dict] = None

    def code_id(self) -> int:
        """The code to apply (resolved late: an in-vivo code exists only once its command ran)."""
        return self.code() if callable(self.code) else self.code

    def do(self, project) -> Changes:
        if self.removed:
            return project.restore_rows(self.removed, action="redo add coding")
        changes = project.add_coding(self.source_id, self.code_id(), self.start, self.end,
                                     origin=self.origin_kind)
        self.coding_id = changes.id  # None when the same coding existed already
        return changes

    def revert(self, project) -> Optional[Changes]:
        if self.coding_id is None:
            return None
        changes = project.remove_coding(self.coding_id)
        self.removed = changes.removed_rows
        return changes


class RemoveCodingsCommand(ProjectCommand):
    """Remove codings; undo puts the very same rows back."""

    def __init__(self, ops, coding_ids: Sequence[int], *, origin: object = None):
        label = translate("UndoCommands", "Remove coding") if len(coding_ids) == 1 else translate("UndoCommands", "Remove codings")
        super().__init__(ops, label, origin=origin)
        self.coding_ids = list(coding_ids)
        self.removed: dict = {}

    def do(self, project) -> Changes:
        changes = project.remove_codings(self.coding_ids)
        self.removed = changes.removed_rows
        return changes

    def revert(self, project) -> Changes:
        return project.restore_rows(self.removed, action="undo remove coding")


class UpdateCodingCommand(ProjectCommand):
    """Resize a coding, move it to another code or change its memo."""

    def __init__(self, ops, coding_id: int, *, origin: object = None, **fields):
        label = translate("UndoCommands", "Resize coding") if {"start", "end"} & set(fields) else translate("UndoCommands", "Change coding")
        super().__init__(ops, label, origin=origin)
        self.coding_id, self.fields = coding_id, fields
        self.old: dict = {}

    def do(self, project) -> Changes:
        changes = project.update_coding(self.coding_id, **self.fields)
        self.old = {k: changes.info["old"][k] for k in self.fields}
        return changes

    def revert(self, project) -> Changes:
        return project.update_coding(self.coding_id, **self.old)


class EditTextCommand(ProjectCommand):
    """Replace a range of a source's text; codings, sections and case ranges keep their words."""

    def __init__(self, ops, source_id: int, edit: Edit, *, origin: object = None):
        super().__init__(ops, translate("UndoCommands", "Edit text"), origin=origin)
        self.source_id, self.edit = source_id, edit
        self.old_text = ""
        self.old_ranges: dict = {}

    def do(self, project) -> Changes:
        changes = project.replace_text(self.source_id, [self.edit])
        self.old_text = changes.info["old_text"]
        self.old_ranges = changes.info["old_ranges"]
        return changes

    def revert(self, project) -> Changes:
        return project.restore_text(self.source_id, self.old_text, self.old_ranges)
