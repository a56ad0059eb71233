"""One worker thread that owns every write to the project (cf. Anki's ``aqt/taskman.py``).

SQLite allows one writer at a time and the project's connection keeps per-transaction state, so
all Project calls that write run here, one after another, in submission order. Results come back
to the UI thread over a queued signal. Long jobs get a ``TaskState`` with a throttled progress
callback and a cancel flag (cf. Orange's ``concurrent.TaskState``).
"""

from __future__ import annotations

import threading
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from tyokyky_qda.gui.i18n import core_text

PROGRESS_INTERVAL = 0.1  # seconds between progress updates sent to the UI


class TaskState:
    """Handed to a job: report progress (throttled) and check for cancellation."""

    def __init__(self, manager: "TaskManager", label: str, long: bool):
        self.label = label
        self.long = long
        self._manager = manager
        self._cancel = threading.Event()
        self._last = 0.0

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._cancel.set()

    def cancelled(self) -> bool:
        """True once cancel() was called: pass this as the job's ``cancel`` callback."""
        return self._cancel.is_set()

    def progress(self, fraction: float, message: str = "") -> None:
        """Progress callback for the job; at most ten updates a second reach the UI."""
        now = time.monotonic()
        if fraction < 1.0 and now - self._last < PROGRESS_INTERVAL:
            return
        self._last = now
        # Posted to the UI thread, where a core message is put into the UI language.
        self._manager._post(lambda: self._manager.progress.emit(float(fraction), core_text(message)))


class TaskManager(QObject):
    """Runs jobs on one background thread; callbacks run on the UI thread."""

    #: A long job started or ended (for the progress bar and for disabling conflicting actions).
    long_job_changed = Signal(bool, str)
    #: Progress of the long job running now: fraction 0..1 and a message.
    progress = Signal(float, str)
    _call = Signal(object)

    def __init__(self, parent: Optional[QObject] = None):
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tyokyky-writer")
        self._pending = 0
        self._long: Optional[TaskState] = None
        self._closed = False
        self._call.connect(self._run_on_main, Qt.ConnectionType.QueuedConnection)

    # -- submitting -------------------------------------------------------------------------
    def run(self, job: Callable[[TaskState], Any], on_done: Optional[Callable[[Any], None]] = None,
            on_error: Optional[Callable[[BaseException], None]] = None, *, long: bool = False,
            label: str = "") -> TaskState:
        """Queue ``job(state)`` on the worker; ``on_done(result)`` or ``on_error(exc)`` follow on
        the UI thread. Jobs run strictly in the order they were submitted."""
        state = TaskState(self, label, long)
        if self._closed:
            # The window is closing: a late timer's job is refused quietly rather than crashing.
            state.cancel()
            return state
        self._pending += 1

        def work() -> None:
            if long:
                self._post(lambda: self._start_long(state))
            try:
                result = job(state)
            except BaseException as exc:  # noqa: BLE001 - reported to the UI thread, not swallowed
                exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                # Bound as a default: Python unbinds ``exc`` when the except block ends.
                self._post(lambda error=exc: self._finish(state, on_error, error, failed=True))
            else:
                self._post(lambda: self._finish(state, on_done, result, failed=False))

        self._executor.submit(work)
        return state

    def _post(self, fn: Callable[[], None]) -> None:
        self._call.emit(fn)

    def _run_on_main(self, fn: Callable[[], None]) -> None:
        fn()

    def _start_long(self, state: TaskState) -> None:
        self._long = state
        self.long_job_changed.emit(True, state.label)
        self.progress.emit(0.0, state.label)

    def _finish(self, state: TaskState, callback, value, *, failed: bool) -> None:
        self._pending -= 1
        if state is self._long:
            self._long = None
            self.long_job_changed.emit(False, "")
        if callback is not None:
            callback(value)
        elif failed:
            # Nobody was listening: do not lose the error silently.
            print(getattr(value, "__traceback_text__", repr(value)))

    # -- state ------------------------------------------------------------------------------
    @property
    def idle(self) -> bool:
        """True when no job is queued or running and every callback has run."""
        return self._pending == 0

    @property
    def long_job(self) -> Optional[TaskState]:
        """The long job running now, if any."""
        return self._long

    def cancel_long_job(self) -> None:
        """Ask the running long job to stop."""
        if self._long is not None:
            self._long.cancel()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Process events until every job has finished (for closing and for tests)."""
        deadline = time.monotonic() + timeout
        while not self.idle:
            if time.monotonic() > deadline:
                return False
            QCoreApplication.processEvents()
            time.sleep(0.001)
        return True

    def shutdown(self) -> None:
        """Cancel the long job, finish the queue and stop the thread."""
        self.cancel_long_job()
        self.wait_idle()
        self._closed = True
        self._executor.shutdown(wait=True)
