"""The base of every undo command: one Project call forward, one back (cf. Orange canvas
``document/commands.py``).

``redo``/``undo`` only queue their Project call on the writer thread (see ``ops.py``); the
command keeps just what it needs to reverse itself (an id, old values, removed rows). Jobs run in
submission order, so a later undo always sees the state its redo left behind.
"""

from __future__ import annotations

from typing import Callable, Optional

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.gui.ops import ProjectOps


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class ProjectCommand(QUndoCommand):
    """A reversible Project call. Subclasses implement ``do`` and ``revert``."""

    def __init__(self, ops: ProjectOps, text: str, *, origin: object = None,
                 parent: Optional[QUndoCommand] = None):
        super().__init__(text, parent)
        self.ops = ops
        #: The view that started the command; only the first execution carries it, so a later
        #: undo or redo refreshes that view too.
        self.origin = origin
        self.applied = False  # written on the writer thread only
        self.failed = False
        self.on_done: Optional[Callable[[Optional[Changes]], None]] = None
        self._stack: Optional[QUndoStack] = None

    # -- the two halves subclasses write ---------------------------------------------------
    def do(self, project) -> Optional[Changes]:
        """Apply the change (on the writer thread)."""
        raise NotImplementedError

    def revert(self, project) -> Optional[Changes]:
        """Reverse what ``do`` did (on the writer thread)."""
        raise NotImplementedError

    # -- QUndoCommand ------------------------------------------------------------------------
    def redo(self) -> None:  # noqa: D102 - Qt API
        origin, self.origin = self.origin, None
        self.ops.write(self._redo_job, origin=origin, on_done=self._redone, on_error=self._redo_failed)

    def undo(self) -> None:  # noqa: D102 - Qt API
        self.ops.write(self._undo_job)

    def _redo_job(self, project) -> Optional[Changes]:
        changes = self.do(project)
        self.applied = True
        return changes

    def _undo_job(self, project) -> Optional[Changes]:
        if not self.applied:
            return None
        changes = self.revert(project)
        self.applied = False
        return changes

    def _redone(self, changes: Optional[Changes]) -> None:
        if self.on_done is not None:
            self.on_done(changes)

    def _redo_failed(self, exc: BaseException) -> None:
        self.failed = True
        # A command that did nothing must not stay on the stack as if it had.
        stack = self._stack
        if stack is None or not shiboken6.isValid(self) or not shiboken6.isValid(stack):
            return
        if stack.index() > 0 and stack.command(stack.index() - 1) is self:
            self.setObsolete(True)
            stack.undo()


def push(stack: QUndoStack, command: ProjectCommand) -> ProjectCommand:
    """Push a command (which runs it) and let it remove itself from the stack if it fails."""
    command._stack = stack
    stack.push(command)
    return command

