"""Starting the workbench: ``tyokyky-qda gui [PROJECT]`` (and ``tyokyky-qda`` alone) call ``run_gui``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tyokyky_qda.gui.i18n import i18n, system_language
from tyokyky_qda.gui.settings import APPLICATION, ORGANISATION, Settings
from tyokyky_qda.gui.style import apply_high_contrast

translate = QCoreApplication.translate


def application() -> QApplication:
    """The QApplication (created on first use) with the user's language, font and contrast."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setOrganizationName(ORGANISATION)
        app.setApplicationName(APPLICATION)
        app.setApplicationDisplayName("tyokyky-qda")
    return app


def apply_preferences(settings: Settings) -> None:
    """Language, interface font size and contrast from the stored preferences."""
    i18n().install(settings.get("language") or system_language())
    size = settings.get("interface_font_size")
    if size:
        font = QApplication.font()
        font.setPointSizeF(float(size))
        QApplication.setFont(font)
    if settings.get("high_contrast"):
        apply_high_contrast(True)


def run_gui(project_path: Optional[str] = None, show_suggestions: bool = False) -> int:
    """Open the main window (with a project, if given) and run until it closes; the exit code.

    ``show_suggestions`` (the demo) opens the first interview with the suggestions panel showing.
    """
    from tyokyky_qda.gui.main_window import MainWindow

    app = application()
    settings = Settings()
    apply_preferences(settings)
    window = MainWindow(settings=settings)
    window.show()
    if project_path:
        if Path(project_path).exists():
            if window.open_project_path(project_path) and show_suggestions:
                _show_first_interview_with_suggestions(window)
        else:
            window.prompts.warn(translate("MainWindow", "Cannot open the project"),
                                translate("MainWindow", "No such project: %1").replace("%1", project_path))
    return app.exec()


def _show_first_interview_with_suggestions(window) -> None:
    """Open the first transcript (or any source) and ask for suggestions on it."""
    project = window.project
    sources = project.sources(kind="transcript") or project.sources()
    if sources:
        window.open_source(sources[0].id)
        codings = project.codings(source_id=sources[0].id)
        if codings:  # start where the coded evidence begins, not on the header
            window.show_segment(sources[0].id, codings[0].start, codings[0].end)
        window.suggest()
