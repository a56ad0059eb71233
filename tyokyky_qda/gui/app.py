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


def run_gui(project_path: Optional[str] = None) -> int:
    """Open the main window (with a project, if given) and run until it closes; the exit code."""
    from tyokyky_qda.gui.main_window import MainWindow

    app = application()
    settings = Settings()
    apply_preferences(settings)
    window = MainWindow(settings=settings)
    window.show()
    if project_path:
        if Path(project_path).exists():
            window.open_project_path(project_path)
        else:
            window.prompts.warn(translate("MainWindow", "Cannot open the project"),
                                translate("MainWindow", "No such project: %1").replace("%1", project_path))
    return app.exec()
