"""Shared plumbing of the analysis, team and import views: background jobs, a progress strip,
file choosers and the helpers every view uses to show a result or an error.

The views take the project and, when the main window has one, its ``ProjectOps``: queries and
writes then run on the window's single writer thread (``gui/tasks.py``) in submission order, and
writes reach every other view through ``ops.changed``. A view opened on its own (tests, a
stand-alone dialog) makes a private ``ProjectOps`` with its own worker.
"""

from __future__ import annotations

import time
import traceback
from typing import Any, Callable, Optional

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy,
                               QWidget)

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import Cancelled, UserError
from tyokyky_qda.gui.i18n import core_text
from tyokyky_qda.gui.ops import ProjectOps
from tyokyky_qda.gui.tasks import PROGRESS_INTERVAL, TaskManager, TaskState

#: Export formats offered by the analysis views, as file-dialog filters (extension first).
EXPORT_FILTERS = {".xlsx": "Excel (*.xlsx)", ".docx": "Word (*.docx)", ".pdf": "PDF (*.pdf)",
                  ".csv": "CSV (*.csv)", ".html": "HTML (*.html)"}


def error_text(exc: BaseException) -> str:
    """The one line a view shows for a failed job, in the UI language (bugs keep their traceback
    on stderr)."""
    if isinstance(exc, UserError):
        return core_text(exc)
    print(getattr(exc, "__traceback_text__", None) or "".join(traceback.format_exception(exc)))
    return f"{type(exc).__name__}: {exc}"


class _Outcome:
    """A job's result or the exception it raised.

    Jobs catch their own exceptions and return them as values: the error path of
    ``TaskManager.run`` loses the exception (it is unbound when the deferred callback runs), which
    would leave the job counted as pending for ever.
    """

    def __init__(self, value: Any = None, error: Optional[BaseException] = None):
        self.value, self.error = value, error


def _caught(fn: Callable[[], Any]) -> _Outcome:
    try:
        return _Outcome(fn())
    except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, not swallowed
        exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
        return _Outcome(error=exc)


class JobState:
    """Handed to a view's job: progress reaches the view (and the window's bar); cancel stops it."""

    def __init__(self, jobs: "ViewJobs", key: str, state: TaskState):
        self._jobs, self._key, self._state = jobs, key, state
        self._last = 0.0

    def progress(self, fraction: float, message: str = "") -> None:
        """Progress callback for the job (throttled to ten updates a second)."""
        self._state.progress(fraction, message)
        now = time.monotonic()
        if fraction < 1.0 and now - self._last < PROGRESS_INTERVAL:
            return
        self._last = now
        # The message object crosses threads as it is: it is translated on the UI thread.
        self._jobs._progress.emit(self._key, float(fraction), message)

    def cancelled(self) -> bool:
        """True once the user asked the job to stop: pass as the job's ``cancel`` callback."""
        return self._state.cancelled()


class ViewJobs(QObject):
    """Runs one view's jobs; a newer job under the same key supersedes (cancels and drops) the
    older one, so a quick succession of filter changes shows only the last result."""

    #: (key, busy) when a key's job starts or ends.
    busyChanged = Signal(str, bool)
    #: (key, fraction, message) of a running job.
    progress = Signal(str, float, str)
    _progress = Signal(str, float, object)

    def __init__(self, project, ops: Optional[ProjectOps] = None, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.own_worker = ops is None
        if ops is None:
            ops = ProjectOps(project, TaskManager(self), self)
        self.ops = ops
        self._generation: dict[str, int] = {}
        self._states: dict[str, TaskState] = {}
        self._progress.connect(self._forward, Qt.ConnectionType.QueuedConnection)

    @property
    def project(self):
        """The open project."""
        return self.ops.project

    def busy(self, key: Optional[str] = None) -> bool:
        """True while a job (under ``key``, or any) is queued or running."""
        return key in self._states if key else bool(self._states)

    def run(self, key: str, fn: Callable[[Any, JobState], Any], on_done: Callable[[Any], None],
            on_error: Optional[Callable[[str], None]] = None, *, label: str = "", long: bool = True) -> None:
        """Run ``fn(project, job)`` on the worker; ``on_done(result)`` or ``on_error(message)``
        follow on the UI thread unless a newer job under ``key`` was started meanwhile (a job the
        user cancelled reports the message "Cancelled.")."""
        old = self._states.get(key)
        if old is not None:
            old.cancel()
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation

        def current() -> bool:
            return shiboken6.isValid(self) and self._generation.get(key) == generation

        def done(result: Any) -> None:
            if current():
                self._end(key)
                on_done(result)

        def error(exc: BaseException) -> None:
            if not current():
                return
            self._end(key)
            message = self.tr("Cancelled.") if isinstance(exc, Cancelled) else error_text(exc)
            if on_error is not None:
                on_error(message)

        project = self.ops.project

        def work(st: TaskState) -> Any:
            return _caught(lambda: fn(project, JobState(self, key, st)))

        def finished(outcome: "_Outcome") -> None:
            if outcome.error is None:
                done(outcome.value)
            else:
                error(outcome.error)

        state = self.ops.tasks.run(work, finished, error, long=long, label=label)
        self._states[key] = state
        self.busyChanged.emit(key, True)

    def write(self, fn: Callable[[Any], Optional[Changes]], on_done: Optional[Callable] = None,
              on_error: Optional[Callable[[str], None]] = None, origin: object = None) -> None:
        """A short write on the writer thread; its Changes go to every view via ``ops.changed``."""
        outcome = _Outcome()

        def work(project) -> Optional[Changes]:
            result = _caught(lambda: fn(project))
            outcome.error = result.error
            return result.value

        def finished(changes: Optional[Changes]) -> None:
            if outcome.error is None:
                if on_done is not None:
                    on_done(changes)
            elif on_error is not None and shiboken6.isValid(self):
                on_error(error_text(outcome.error))
        self.ops.write(work, origin=origin, on_done=finished)

    def cancel(self, key: Optional[str] = None) -> None:
        """Ask the job under ``key`` (or every job of this view) to stop."""
        for k, state in list(self._states.items()):
            if key is None or k == key:
                state.cancel()

    def wait(self, timeout: float = 30.0) -> bool:
        """Process events until the worker is idle (tests and closing)."""
        return self.ops.tasks.wait_idle(timeout)

    def shutdown(self) -> None:
        """Stop a private worker (the window's worker belongs to the window)."""
        self.cancel()
        if self.own_worker:
            self.ops.tasks.shutdown()

    def _end(self, key: str) -> None:
        self._states.pop(key, None)
        self.busyChanged.emit(key, False)

    def _forward(self, key: str, fraction: float, message: object) -> None:
        if key in self._states:
            self.progress.emit(key, fraction, core_text(message))


class ProgressStrip(QWidget):
    """A progress bar, a message and a Cancel button for one job key of a ``ViewJobs``; hidden
    while nothing runs."""

    def __init__(self, jobs: ViewJobs, key: str, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.jobs, self.key = jobs, key
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(14)
        self.message = QLabel(self)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(lambda: jobs.cancel(key))
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.bar, 1)
        box.addWidget(self.message, 2)
        box.addWidget(self.cancel_button)
        jobs.busyChanged.connect(self._busy)
        jobs.progress.connect(self._progress)
        self.hide()

    def _busy(self, key: str, busy: bool) -> None:
        if key != self.key:
            return
        self.bar.setValue(0)
        self.message.setText("")
        self.setVisible(busy)

    def _progress(self, key: str, fraction: float, message: str) -> None:
        if key == self.key:
            self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
            self.message.setText(message)


def ask_save_path(parent: QWidget, title: str, filters: dict[str, str] = EXPORT_FILTERS,
                  name: str = "") -> Optional[str]:
    """A file to write; the extension of the chosen filter is added when the user typed none."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, name, ";;".join(filters.values()))
    if not path:
        return None
    if "." not in path.rsplit("/", 1)[-1]:
        path += next((ext for ext, f in filters.items() if f == chosen), next(iter(filters)))
    return path


def ask_open_path(parent: QWidget, title: str, filter_: str) -> Optional[str]:
    """An existing file to read."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filter_)
    return path or None


def set_message(label: QLabel, text: str, *, error: bool = False) -> None:
    """Show a status line under a view; errors in red so they are not mistaken for results."""
    label.setStyleSheet("color: #b00020;" if error else "")
    label.setText(text)
