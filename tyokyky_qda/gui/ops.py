"""Project operations: every write goes through here and ends in one ``changed`` signal.

cf. Anki's ``CollectionOp`` / ``on_operation_did_execute(changes, handler)``: a write runs on the
task manager's worker, returns a ``Changes`` record, and every view that listens to ``changed``
refreshes only what the record touched. ``origin`` names the view that made the change so it can
skip its own refresh.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, Signal

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import Cancelled, UserError
from tyokyky_qda.gui.i18n import core_text
from tyokyky_qda.gui.tasks import TaskManager, TaskState


class ProjectOps(QObject):
    """The open project plus the one thread allowed to write to it."""

    #: (Changes, origin) after every successful write, on the UI thread.
    changed = Signal(object, object)
    #: A user-facing error message from a failed write.
    failed = Signal(str)

    def __init__(self, project, tasks: TaskManager, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.project = project
        self.tasks = tasks

    @property
    def readonly(self) -> bool:
        """True when the project was opened read-only."""
        return bool(self.project.readonly)

    def write(self, fn: Callable[[Any], Optional[Changes]], *, origin: object = None,
              on_done: Optional[Callable[[Optional[Changes]], None]] = None,
              on_error: Optional[Callable[[BaseException], None]] = None) -> TaskState:
        """Run ``fn(project)`` on the writer thread; broadcast its Changes when it returns."""
        project = self.project

        def done(changes: Optional[Changes]) -> None:
            # Views refresh first, so a follow-up (select the new code...) finds it there.
            if changes is not None and not changes.empty:
                self.changed.emit(changes, origin)
            if on_done is not None:
                on_done(changes)

        def error(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            self.report(exc)

        return self.tasks.run(lambda state: fn(project), done, error)

    def run_long(self, fn: Callable[[Any, TaskState], Any], label: str, *,
                 on_done: Optional[Callable[[Any], None]] = None,
                 on_error: Optional[Callable[[BaseException], None]] = None) -> TaskState:
        """Run long work ``fn(project, state)`` (import, NLP, export) with progress and cancel."""
        project = self.project

        def error(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            else:
                self.report(exc)

        return self.tasks.run(lambda state: fn(project, state), on_done, error, long=True, label=label)

    def broadcast(self, changes: Changes, origin: object = None) -> None:
        """Tell every view about changes made by a long job that already finished."""
        if not changes.empty:
            self.changed.emit(changes, origin)

    def report(self, exc: BaseException) -> None:
        """Send a failed write's message to the window (bugs keep their traceback on stderr)."""
        if isinstance(exc, Cancelled):
            return  # the user asked for it; nothing went wrong
        if isinstance(exc, UserError):
            self.failed.emit(core_text(exc))
        else:
            print(getattr(exc, "__traceback_text__", repr(exc)))
            self.failed.emit(f"{type(exc).__name__}: {exc}")
