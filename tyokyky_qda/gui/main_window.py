"""The main window: docks around the document, menus, status bar, opening and closing projects.

The window owns the undo stack, the worker (``TaskManager``) and, while a project is open, its
``ProjectOps``; every write's ``Changes`` is handed to each panel's ``on_changes``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QWidget

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import ProjectInUse, UserError
from tyokyky_qda.gui.actions import WorkbenchActions
from tyokyky_qda.gui.coding_actions import CodingController
from tyokyky_qda.gui.context import WorkbenchContext
from tyokyky_qda.gui.dnd import local_files
from tyokyky_qda.gui.i18n import core_text
from tyokyky_qda.gui.document_panel import DocumentPanel
from tyokyky_qda.gui.export_controller import ExportController
from tyokyky_qda.gui.icons import icon
from tyokyky_qda.gui.import_controller import ImportController
from tyokyky_qda.gui.nlp_status import NlpStatus
from tyokyky_qda.gui.ops import ProjectOps
from tyokyky_qda.gui.panels import PanelSpec, registered_panels
from tyokyky_qda.gui.prompts import Prompts
from tyokyky_qda.gui.qt_cases import CasesPanel
from tyokyky_qda.gui.qt_codebook import CodebookPanel
from tyokyky_qda.gui.qt_coding_details import CodingDetailsPanel
from tyokyky_qda.gui.qt_memo import MemoPanel
from tyokyky_qda.gui.qt_sources import SourcesPanel
from tyokyky_qda.gui.qt_suggestions import SuggestionsPanel
from tyokyky_qda.gui.qt_welcome import WelcomePage
from tyokyky_qda.gui.settings import Settings
from tyokyky_qda.gui.status_bar import WorkbenchStatusBar
from tyokyky_qda.gui.tasks import TaskManager
from tyokyky_qda.gui.team_controller import TeamController
from tyokyky_qda.gui.tools_controller import ToolsController
from tyokyky_qda.gui.view_docks import ViewDocks
from tyokyky_qda.gui.window_prefs import WindowPrefsMixin
from tyokyky_qda.store import Project

Area = Qt.DockWidgetArea


class MainWindow(WindowPrefsMixin, QMainWindow):
    """The coding workbench. ``MainWindow(project)`` shows an open project; ``MainWindow()`` the
    welcome page."""

    def __init__(self, project: Optional[Project] = None, *, settings: Optional[Settings] = None,
                 owns_project: bool = True):
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("app"))
        self.settings = settings or Settings()
        self.tasks = TaskManager(self)
        self.prompts = Prompts(self)
        self.stack = QUndoStack(self)
        self.context = WorkbenchContext(self)
        self.ops: Optional[ProjectOps] = None
        self.owns_project = owns_project
        self.docks: dict[str, QDockWidget] = {}
        self.panels: dict[str, QWidget] = {}
        self.document: Optional[DocumentPanel] = None
        self.coding: Optional[CodingController] = None
        self.importer: Optional[ImportController] = None
        self.central = QStackedWidget(self)
        self.welcome = WelcomePage(self)
        self.central.addWidget(self.welcome)
        self.setCentralWidget(self.central)
        self.welcome.newRequested.connect(self.new_project_dialog)
        self.welcome.openRequested.connect(self.open_project_dialog)
        self.welcome.recentChosen.connect(self.open_project_path)
        # Menu commands beyond coding; each looks up the open project when it runs.
        self.exporter, self.team, self.tools = ExportController(self), TeamController(self), ToolsController(self)
        self.views = ViewDocks(self)
        self.nlp = NlpStatus(self)
        self.actions = WorkbenchActions(self)
        self.status = WorkbenchStatusBar(self)
        self.setStatusBar(self.status)
        self.status.cancelRequested.connect(self.tasks.cancel_long_job)
        self.tasks.long_job_changed.connect(self.status.show_job)
        self.tasks.progress.connect(self.status.show_progress)
        for signal in (self.stack.indexChanged, self.stack.canUndoChanged, self.stack.canRedoChanged):
            signal.connect(lambda *_: self._stack_changed())
        self.setAcceptDrops(True)
        # The right-hand panels run the full height; bottom panels (cases, the analysis views)
        # span under the sources and the text, where wide tables have room.
        self.setCorner(Qt.Corner.BottomLeftCorner, Area.BottomDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Area.RightDockWidgetArea)
        self.resize(1400, 860)
        self.restore_window_prefs()
        self._refresh_recent()
        if project is not None:
            self.set_project(project)
        self.retranslate()
        self._update_state()

    # -- projects ---------------------------------------------------------------------------------
    @property
    def project(self) -> Optional[Project]:
        """The open project, if any."""
        return self.ops.project if self.ops else None

    def set_project(self, project: Project) -> None:
        """Show a project (closing the one open before)."""
        self.close_project()
        coder = self.settings.get("coder")
        if coder:
            project.coder = coder
        self.ops = ProjectOps(project, self.tasks, self)
        self.ops.changed.connect(self._on_changes)
        self.ops.failed.connect(self._write_failed)
        self.document = DocumentPanel(self.ops, self.stack, self)
        self.central.addWidget(self.document)
        self.central.setCurrentWidget(self.document)
        self._build_panels()
        self.coding = CodingController(self.ops, self.stack, self.context, self.prompts, self.document,
                                       self.panels["codebook"], self.settings, self.show_message, self)
        self.importer = ImportController(self.ops, self.stack, self.show_message, self,
                                         ask_mapping=lambda path: self.prompts.survey_mapping(self.project, path))
        self._wire_panels()
        self.apply_view_prefs()
        self.restore_dock_state()
        self.stack.clear()
        self._update_state()
        self.nlp.refresh()
        sources = project.sources()
        if sources:
            self.open_source(sources[0].id)

    def _builtin_panels(self) -> list[PanelSpec]:
        def make(cls, *args):
            return lambda w: cls(*args)
        ops, stack, ctx, prompts = self.ops, self.stack, self.context, self.prompts
        return [
            PanelSpec("sources", lambda: self.tr("Sources"), make(SourcesPanel, ops, stack, ctx, prompts),
                      Area.LeftDockWidgetArea),
            PanelSpec("codebook", lambda: self.tr("Codebook"), make(CodebookPanel, ops, stack, ctx, prompts),
                      Area.LeftDockWidgetArea),
            PanelSpec("coding", lambda: self.tr("Coding"),
                      lambda w: CodingDetailsPanel(ops, ctx, _LateController(w)), Area.RightDockWidgetArea),
            PanelSpec("memo", lambda: self.tr("Memo"), make(MemoPanel, ops, stack, ctx), Area.RightDockWidgetArea),
            PanelSpec("suggestions", lambda: self.tr("Suggestions"),
                      lambda w: SuggestionsPanel(ops, stack, ctx, w.document), Area.RightDockWidgetArea,
                      tabify_with="memo"),
            PanelSpec("cases", lambda: self.tr("Cases and attributes"),
                      make(CasesPanel, ops, stack, ctx, prompts, self.show_message), Area.BottomDockWidgetArea,
                      visible=False),
        ]

    def _build_panels(self) -> None:
        self._specs = {s.key: s for s in self._builtin_panels() + registered_panels()}
        for spec in self._specs.values():
            widget = spec.factory(self)
            dock = QDockWidget(spec.title(), self)
            dock.setObjectName(f"dock_{spec.key}")
            dock.setWidget(widget)
            self.addDockWidget(spec.area, dock)
            if spec.tabify_with in self.docks:
                self.tabifyDockWidget(self.docks[spec.tabify_with], dock)
            dock.setVisible(spec.visible)
            self.docks[spec.key], self.panels[spec.key] = dock, widget
            self.actions.menus["panels"].addAction(dock.toggleViewAction())
        self.docks["memo"].raise_()
        self.default_dock_sizes()

    def default_dock_sizes(self) -> None:
        """Side panels narrow, the text wide (until the user arranges them otherwise)."""
        self.resizeDocks([self.docks["sources"], self.docks["codebook"]], [220, 460], Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["sources"], self.docks["coding"]], [350, 300], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["coding"], self.docks["memo"]], [220, 420], Qt.Orientation.Vertical)

    def _wire_panels(self) -> None:
        sources, codebook = self.panels["sources"], self.panels["codebook"]
        sources.sourceActivated.connect(self.open_source)
        sources.importRequested.connect(self.import_dialog)
        self.document.view.filesDropped.connect(self.import_paths)
        self.importer.finished.connect(self._imported)
        menu = self.actions.menus["codebook"]
        for name in ("new", "new_child", "rename", "edit", "recolour", "merge", "delete"):
            menu.addAction(codebook.actions_by_name[name])
        menu.addSeparator()  # exchanging whole codebooks, also in File ▸ Export and Team
        for name in ("merge_codebook", "export_qdc", "export_codebook"):
            menu.addAction(self.actions.a[name])

    def close_project(self) -> bool:
        """Write what is pending, wait for the worker and close the project."""
        if self.ops is None:
            return True
        self.flush_pending()
        self.views.stop()  # their timers would start queries on a closed project
        self.tasks.cancel_long_job()
        self.tasks.wait_idle()
        self.save_dock_state()
        self.views.remove_all()
        self.stack.clear()
        for key, dock in self.docks.items():
            self.removeDockWidget(dock)
            dock.deleteLater()
        self.actions.menus["panels"].clear()
        self.actions.menus["codebook"].clear()
        self.docks, self.panels = {}, {}
        self.central.removeWidget(self.document)
        self.document.deleteLater()
        for helper in (self.coding, self.importer, self.ops):
            helper.deleteLater()
        self.document = self.coding = self.importer = None
        project, self.ops = self.ops.project, None
        # A fresh context: the closed project's panels stay connected to the old one, which
        # never signals again (their deletion is deferred to the event loop).
        old_context, self.context = self.context, WorkbenchContext(self)
        old_context.blockSignals(True)
        old_context.deleteLater()
        if self.owns_project:
            project.close()
        self.central.setCurrentWidget(self.welcome)
        self._update_state()
        self.nlp.show()
        return True

    def open_project_path(self, path: str) -> bool:
        """Open a project file; offers read-only when another window or process has it open."""
        coder = self.settings.get("coder") or None
        try:
            project = Project.open(path, coder=coder)
        except ProjectInUse as exc:
            question = self.tr("%1\n\nOpen it read-only? You can read and export, but not change it.")
            if not self.prompts.confirm(self.tr("Project in use"), question.replace("%1", core_text(exc))):
                return False
            project = Project.open(path, readonly=True, coder=coder)
        except UserError as exc:
            self.prompts.warn(self.tr("Cannot open the project"), core_text(exc))
            return False
        self.owns_project = True
        self.set_project(project)
        self.settings.add_recent(str(Path(path).resolve()))
        self._refresh_recent()
        return True

    def new_project_dialog(self) -> None:
        """Create a project with the programme's codebook."""
        path = self.prompts.save_project_path(self.tr("New project"), self.tr("tyokyky-qda projects (*.tqda)"))
        if not path:
            return
        try:
            project = Project.create(path, coder=self.settings.get("coder") or None)
        except UserError as exc:
            self.prompts.warn(self.tr("Cannot create the project"), core_text(exc))
            return
        self.owns_project = True
        self.set_project(project)
        self.settings.add_recent(str(project.path.resolve()))
        self._refresh_recent()

    def open_project_dialog(self) -> None:
        """Choose a project file to open."""
        path = self.prompts.open_project_path(self.tr("Open project"), self.tr("tyokyky-qda projects (*.tqda)"))
        if path:
            self.open_project_path(path)

    # -- working on the project --------------------------------------------------------------------
    def open_source(self, source_id: Optional[int]) -> None:
        """Show a source in the document view."""
        if self.document is None:
            return
        self.context.set_coding(None)
        self.document.show_source(source_id)  # also ends text editing
        edit = self.actions.a["edit_text"]
        if edit.isChecked() != self.document.editing.active:
            edit.blockSignals(True)
            edit.setChecked(self.document.editing.active)
            edit.blockSignals(False)
        self.context.set_source(source_id)
        self.panels["sources"].select_source(source_id, emit=False)

    def import_dialog(self) -> None:
        """Choose files to import."""
        if self.importer is not None:
            self.import_paths(self.prompts.import_paths(self.tr("Import files"), self.importer.file_filter()))

    def import_paths(self, paths: list[str]) -> bool:
        """Import files in the background (progress and cancel in the status bar)."""
        return bool(self.importer and self.importer.import_paths(paths))

    def _imported(self, outcome) -> None:
        if outcome.source_ids and self.document is not None and self.document.source_id is None:
            self.open_source(outcome.source_ids[0])

    def suggest(self) -> None:
        """Show the suggestions panel and ask for suggestions."""
        if "suggestions" in self.docks:
            self.docks["suggestions"].show()
            self.docks["suggestions"].raise_()
            self.panels["suggestions"].suggest()

    def train_suggestions(self) -> None:
        """Retrain the suggestion model on the project's codings now (in the background)."""
        if "suggestions" in self.docks:
            self.docks["suggestions"].show()
            self.docks["suggestions"].raise_()
            self.panels["suggestions"].train()

    def show_segment(self, source_id: int, start: int, end: int) -> None:
        """Open a source at a range (from a retrieval list, a matrix cell, a disagreement)."""
        if self.document is None:
            return
        if self.document.source_id != source_id:
            self.open_source(source_id)
        self.document.view.select_range(start, end)

    def undo(self) -> None:
        """Undo the last change (after writing anything still being typed)."""
        self.flush_pending()
        self.stack.undo()

    def redo(self) -> None:
        """Redo the last undone change."""
        self.stack.redo()

    def set_text_editing(self, on: bool) -> None:
        """Let the user edit the source's text (codings keep their words)."""
        if self.document is None or self.ops is None or self.ops.readonly:
            self.actions.a["edit_text"].setChecked(False)
            return
        if on:
            self.document.editing.start()
        else:
            self.document.editing.stop()
        self.show_message(self.tr("Editing the text: codings move with their words.") if on else "")

    def flush_pending(self) -> None:
        """Write typed text and memos now (before undo, closing or quitting)."""
        if self.document is not None and self.document.editing.active:
            self.document.editing.flush()
        for panel in self.panels.values():
            if hasattr(panel, "save"):
                panel.save()

    def _on_changes(self, changes: Changes, origin: object) -> None:
        if self.document is not None:
            self.document.on_changes(changes, origin)
        for panel in self.panels.values():
            if hasattr(panel, "on_changes"):
                panel.on_changes(changes, origin)
        if changes.touches("codes") and self.coding is not None:
            self.coding.update_shortcuts()
        self.status.show_stats(self.project)

    def _write_failed(self, message: str) -> None:
        self.status.showMessage(message, 8000)
        self.prompts.warn(self.tr("Could not do that"), message)

    def _stack_changed(self) -> None:
        self.actions.update_undo_texts()
        self._update_state()

    def _update_state(self) -> None:
        has = self.ops is not None
        self.actions.update_enabled(has, has and not self.ops.readonly)
        self.status.show_stats(self.project)
        self.status.show_readonly(bool(has and self.ops.readonly))
        name = self.project.name if has else ""
        suffix = self.tr(" (read-only)") if has and self.ops.readonly else ""
        self.setWindowTitle(f"{name}{suffix} — tyokyky-qda" if has else "tyokyky-qda")

    def show_message(self, text: str) -> None:
        """A short message in the status bar."""
        self.status.showMessage(text, 6000)

    def _refresh_recent(self) -> None:
        recent = self.settings.get("recent_projects")
        menu = self.actions.menus["recent"]
        menu.clear()
        for path in recent:
            menu.addAction(Path(path).name, lambda p=path: self.open_project_path(p)).setToolTip(path)
        menu.setEnabled(bool(recent))
        self.welcome.set_recent(recent)

    # -- window events -------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.importer is not None and local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        files = local_files(event.mimeData())
        if files and self.import_paths(files):
            event.acceptProposedAction()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.save_window_prefs()
        self.close_project()
        self.settings.sync()
        self.tasks.shutdown()
        event.accept()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Menus, dock titles and the status bar in the current language."""
        self.actions.retranslate()
        for key, dock in self.docks.items():
            dock.setWindowTitle(self._specs[key].title())
        self.views.retranslate()
        self.status.retranslate()
        self.nlp.show()
        self._update_state()


class _LateController:
    """Lets the coding panel be built before the coding controller it calls exists."""

    def __init__(self, window: MainWindow):
        self._window = window

    def __getattr__(self, name: str):
        return getattr(self._window.coding, name)
