"""Every question the workbench asks the user, in one object.

Panels never open message boxes themselves; they call these methods. Tests replace them on the
window's ``prompts`` instance (a modal dialog would block an offscreen test run).
"""

from __future__ import annotations

from typing import Optional

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QColorDialog, QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from tyokyky_qda.gui.analysis_common import ask_save_path
from tyokyky_qda.gui.dialogs import AttributeDialog, CodeDialog, CodePickerDialog, RangeDialog


class Prompts(QObject):
    """Dialogs with a result; each returns None (or False) when the user cancels."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.window = parent

    def confirm(self, title: str, text: str) -> bool:
        """Yes/No; the default is No."""
        answer = QMessageBox.question(self.window, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, title: str, text: str) -> None:
        """Tell the user something went wrong."""
        QMessageBox.warning(self.window, title, text)

    def info(self, title: str, text: str) -> None:
        """Tell the user something."""
        QMessageBox.information(self.window, title, text)

    def ask_text(self, title: str, label: str, text: str = "") -> Optional[str]:
        """One line of text."""
        value, ok = QInputDialog.getText(self.window, title, label, text=text)
        return value.strip() if ok and value.strip() else None

    def choose_code(self, model, title: str, exclude: tuple[int, ...] = ()) -> Optional[int]:
        """A code picked from a filterable tree."""
        dialog = CodePickerDialog(model, title, exclude, self.window)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_colour(self, initial: str, title: str) -> Optional[str]:
        """A colour."""
        colour = QColorDialog.getColor(QColor(initial), self.window, title)
        return colour.name() if colour.isValid() else None

    def edit_code(self, name: str, description: str, colour: str, shortcut: str) -> Optional[dict]:
        """A code's properties."""
        dialog = CodeDialog(name, description, colour, shortcut, self.window)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_range(self, start: int, end: int, length: int) -> Optional[tuple[int, int]]:
        """A coding's new start and end."""
        dialog = RangeDialog(start, end, length, self.window)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def new_attribute(self) -> Optional[tuple[str, str]]:
        """Name and type for a new attribute."""
        dialog = AttributeDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.values()[0]:
            return None
        return dialog.values()

    def open_project_path(self, title: str, filter_: str) -> Optional[str]:
        """An existing project file."""
        path, _ = QFileDialog.getOpenFileName(self.window, title, "", filter_)
        return path or None

    def save_project_path(self, title: str, filter_: str) -> Optional[str]:
        """Where to create a new project."""
        path, _ = QFileDialog.getSaveFileName(self.window, title, "", filter_)
        return path or None

    def import_paths(self, title: str, filters: str = "") -> list[str]:
        """Files to import (``filters``: a file-dialog filter string)."""
        paths, _ = QFileDialog.getOpenFileNames(self.window, title, "", filters)
        return list(paths)

    def open_file(self, title: str, filter_: str) -> Optional[str]:
        """An existing file to read."""
        path, _ = QFileDialog.getOpenFileName(self.window, title, "", filter_)
        return path or None

    def save_file(self, title: str, filters: dict[str, str], name: str = "") -> Optional[str]:
        """A file to write; ``filters`` maps extensions to filter texts (the first is the default)."""
        return ask_save_path(self.window, title, filters, name)

    def choose_folder(self, title: str) -> Optional[str]:
        """A folder to write into."""
        return QFileDialog.getExistingDirectory(self.window, title) or None

    def choose_item(self, title: str, label: str, items: list[str]) -> Optional[int]:
        """The index of one of ``items`` (the first is the default)."""
        item, ok = QInputDialog.getItem(self.window, title, label, items, 0, False)
        return items.index(item) if ok and item in items else None

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a modal dialog (a wizard, an options dialog); True when the user accepted it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def survey_mapping(self, project, path: str):
        """How to import a survey export: its ``SurveyMapping``, or None when the user cancels."""
        from tyokyky_qda.gui.survey_mapping_dialog import SurveyMappingDialog

        dialog = SurveyMappingDialog(project, path, self.window)
        try:
            return dialog.mapping() if self.run_dialog(dialog) else None
        finally:
            dialog.deleteLater()

    def open_folder(self, path: str) -> bool:
        """Show a folder in the system's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path))))
