"""The analysis, team and tool views of the main window, made when first asked for.

Retrieval, matrix, disagreement review, agreement and pseudonymisation review each live in a
dock under the document (tabbed together), built on demand because most of them start a query
as soon as they exist. They subscribe to ``ProjectOps.changed`` themselves; the window only
routes "show this segment" to the document, sets their languages and stops their timers and jobs
before the project closes.

Languages: code names in the views are those of the project's codebook language, as everywhere
else in the workbench (the codebook tree, the query syntax and the tables then agree); reports
written from the agreement panel, like the report tables of Analysis ▸ Export, follow the
interface language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Optional

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDockWidget, QWidget

from tyokyky_qda.gui.i18n import i18n

if TYPE_CHECKING:
    from tyokyky_qda.gui.main_window import MainWindow

translate = QCoreApplication.translate
Area = Qt.DockWidgetArea


@dataclass
class ViewSpec:
    """A view the window makes on demand."""

    key: str                                   # the dock's objectName is "view_<key>"
    title: Callable[[], str]
    factory: Callable[["MainWindow"], QWidget]
    area: Qt.DockWidgetArea = Area.BottomDockWidgetArea


def _retrieval(w: "MainWindow") -> QWidget:
    from tyokyky_qda.gui.analysis_retrieval import RetrievalView
    return RetrievalView(w.project, w, ops=w.ops)


def _matrix(w: "MainWindow") -> QWidget:
    from tyokyky_qda.gui.analysis_matrix import MatrixView
    return MatrixView(w.project, w, ops=w.ops, stack=w.stack)


def _disagreements(w: "MainWindow") -> QWidget:
    from tyokyky_qda.gui.disagreement_view import DisagreementView
    return DisagreementView(w.project, w, ops=w.ops, stack=w.stack, consensus_coder="Konsensus")


def _agreement(w: "MainWindow") -> QWidget:
    from tyokyky_qda.gui.analysis_agreement import AgreementPanel
    return AgreementPanel(w.project, w, ops=w.ops)


def _pseudo(w: "MainWindow") -> QWidget:
    from tyokyky_qda.gui.pseudo_hosting import make_pseudo_review
    return make_pseudo_review(w)


def view_specs() -> list[ViewSpec]:
    """Every on-demand view, in menu order."""
    return [
        ViewSpec("retrieval", lambda: translate("MainWindow", "Coded segments"), _retrieval),
        ViewSpec("matrix", lambda: translate("MainWindow", "Matrix"), _matrix),
        ViewSpec("disagreements", lambda: translate("MainWindow", "Disagreements"), _disagreements),
        ViewSpec("agreement", lambda: translate("MainWindow", "Inter-coder agreement"), _agreement),
        ViewSpec("pseudo", lambda: translate("MainWindow", "Pseudonymisation review"), _pseudo),
    ]


def compact_combos(view: QWidget, length: int = 16) -> None:
    """Combo boxes sized by a number of characters rather than by their longest item, so a long
    code path cannot make a docked view (and the window) wider than the screen."""
    for combo in view.findChildren(QComboBox):
        if combo.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(max(combo.minimumContentsLength(), length))


class ViewDocks:
    """The on-demand views of one window while a project is open."""

    def __init__(self, window: "MainWindow"):
        self.window = window
        self.specs = {s.key: s for s in view_specs()}
        self.docks: dict[str, QDockWidget] = {}
        self.views: dict[str, QWidget] = {}

    def show(self, key: str) -> Optional[QWidget]:
        """Show (making it first if needed) and raise a view; its widget, or None without a project."""
        w = self.window
        if w.ops is None:
            return None
        if key not in self.docks:
            self._make(key)
        dock = self.docks[key]
        dock.show()
        dock.raise_()
        # A dock put back into a saved tab group is laid out later; bring its tab forward then too.
        QTimer.singleShot(0, lambda: shiboken6.isValid(dock) and dock.raise_())
        self.views[key].setFocus()
        return self.views[key]

    def _make(self, key: str) -> None:
        w, spec = self.window, self.specs[key]
        view = spec.factory(w)
        compact_combos(view)
        self.set_languages(view)
        dock = QDockWidget(spec.title(), w)
        dock.setObjectName(f"view_{key}")
        dock.setWidget(view)
        others = [d for d in self.docks.values() if w.dockWidgetArea(d) == spec.area and not d.isFloating()]
        if not w.restoreDockWidget(dock):
            w.addDockWidget(spec.area, dock)
            if others:
                w.tabifyDockWidget(others[-1], dock)
            else:
                # An analysis view needs room: it gets a little more than half the height.
                w.resizeDocks([dock], [max(300, int(w.height() * 0.55))], Qt.Orientation.Vertical)
        if hasattr(view, "segmentActivated"):
            view.segmentActivated.connect(w.show_segment)
        self.docks[key], self.views[key] = dock, view
        w.actions.menus["panels"].addAction(dock.toggleViewAction())

    def view(self, key: str) -> Optional[QWidget]:
        """The view if it was made."""
        return self.views.get(key)

    # -- language ---------------------------------------------------------------------------
    def set_languages(self, view: QWidget) -> None:
        """Code names in the project's language; report files in the interface language."""
        language = self.window.project.meta("language", "fi") if self.window.ops else "fi"
        language = language if language in ("fi", "en") else "fi"
        if getattr(view, "lang", language) != language:
            view.lang = language  # the views start in Finnish: query again in the project's language
            if hasattr(view, "reload_choices"):  # the matrix
                view.reload_choices()
                view._schedule()
            elif hasattr(view, "reload"):  # the retrieval view
                view.reload()
        for target in (view, getattr(view, "agreement", None)):  # the disagreement view's agreement tab
            if hasattr(target, "report_lang"):
                target.report_lang = i18n().language

    def retranslate(self) -> None:
        """Dock titles and report languages after a language switch."""
        for key, dock in self.docks.items():
            dock.setWindowTitle(self.specs[key].title())
            self.set_languages(self.views[key])

    # -- closing ----------------------------------------------------------------------------
    def stop(self) -> None:
        """Stop the views' timers and jobs (before the worker is drained and the project closes)."""
        for view in self.views.values():
            if not shiboken6.isValid(view):
                continue
            for timer in view.findChildren(QTimer):
                timer.stop()
            jobs = getattr(view, "jobs", None)
            if jobs is not None:
                jobs.cancel()

    def remove_all(self) -> None:
        """Take every view away (the project is closing)."""
        self.stop()
        for dock in self.docks.values():
            self.window.removeDockWidget(dock)
            dock.deleteLater()
        self.docks, self.views = {}, {}
