"""Progress reporting and cancellation for long work, independent of any UI.

Long jobs are plain functions taking ``progress`` (called with a fraction 0..1 and a short
message) and ``cancel`` (returns True when the user asked to stop). The GUI wires these to a
progress bar over queued signals; the CLI prints lines; tests pass nothing or a Mock.
"""

from __future__ import annotations

from typing import Callable, Optional

from tyokyky_qda.core.errors import Cancelled

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]


def no_progress(fraction: float, message: str = "") -> None:
    """A progress callback that does nothing."""


def never_cancel() -> bool:
    """A cancel callback that never asks to stop."""
    return False


def check_cancel(cancel: Optional[CancelFn]) -> None:
    """Raise ``Cancelled`` if the user asked to stop."""
    if cancel is not None and cancel():
        raise Cancelled()


def sub_progress(progress: Optional[ProgressFn], start: float, end: float) -> ProgressFn:
    """Map a sub-step's 0..1 onto ``start..end`` of the parent's range (cf. Orange ``wrap_callback``)."""
    parent = progress or no_progress

    def report(fraction: float, message: str = "") -> None:
        parent(start + (end - start) * max(0.0, min(1.0, fraction)), message)

    return report
