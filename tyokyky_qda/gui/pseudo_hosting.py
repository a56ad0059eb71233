"""Hosting the pseudonymisation review (``gui/pseudo_review.py``) in the main window.

The review view can run on its own; here its writes go through the window's single writer
(``ProjectOps``), detection runs as a long job with progress and cancel in the status bar, and
its questions go through the window's prompts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from tyokyky_qda.gui.main_window import MainWindow

translate = QCoreApplication.translate


def make_pseudo_review(window: "MainWindow") -> QWidget:
    """The review view wired to the window (or a label saying why it cannot be shown)."""
    ops = window.ops
    try:
        from tyokyky_qda.gui.pseudo_review import PseudoReviewWidget
    except ImportError as exc:  # the view is optional: say so instead of failing the window
        label = QLabel(translate("MainWindow", "Pseudonymisation review is not available: %1").replace(
            "%1", str(exc)), window)
        label.setWordWrap(True)
        return label

    def writer(fn: Callable, done: Callable) -> None:
        ops.write(fn, on_done=done)

    def runner(fn: Callable, done: Callable) -> None:
        def finished(changes) -> None:
            if changes is not None:
                ops.broadcast(changes)
            done(changes)
        ops.run_long(lambda project, state: fn(project, state.progress, state.cancelled),
                     translate("MainWindow", "Finding identifiers"), on_done=finished)

    def confirm(question: str) -> bool:
        return window.prompts.confirm(translate("MainWindow", "Apply pseudonyms"), question)

    view = PseudoReviewWidget(ops.project, window, writer=writer, runner=runner, confirm=confirm)
    view.applied.connect(lambda _changes: _after_apply(window))
    return view


def _after_apply(window: "MainWindow") -> None:
    # The texts changed under every remembered offset: older undo steps no longer fit them.
    window.stack.clear()
    window.show_message(translate("MainWindow", "Pseudonyms applied to the project's texts."))
