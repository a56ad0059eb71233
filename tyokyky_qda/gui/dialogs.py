"""Small dialogs: pick a code, edit a code's properties, choose a range, define an attribute."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (QColorDialog, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QTreeView, QVBoxLayout, QKeySequenceEdit,
                               QWidget)

from tyokyky_qda.core.model import ATTRIBUTE_TYPES
from tyokyky_qda.gui.codebook_model import NAME, CodebookModel, CodeFilterProxy


class CodePickerDialog(QDialog):
    """Type to filter the code tree, Enter to choose: coding and merging by keyboard."""

    def __init__(self, model: CodebookModel, title: str, exclude: tuple[int, ...] = (),
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.exclude = set(exclude)
        self.proxy = CodeFilterProxy(model, self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter codes…"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        for col in (1, 2):
            self.tree.hideColumn(col)
        self.tree.expandAll()
        self.tree.doubleClicked.connect(self.accept)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.filter)
        box.addWidget(self.tree, 1)
        box.addWidget(buttons)
        self.resize(420, 480)
        self._select_first()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()
        self._select_first()

    def _select_first(self) -> None:
        index = self.proxy.index(0, NAME)
        while index.isValid() and self.proxy.code_id(index) in self.exclude:
            index = self.tree.indexBelow(index)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        # Arrow keys in the filter box move through the tree, so the hands stay on the keyboard.
        if obj is self.filter and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.tree.keyPressEvent(event)
            return True
        return super().eventFilter(obj, event)

    def chosen(self) -> Optional[int]:
        """The chosen code id (None if it is excluded or nothing is selected)."""
        cid = self.proxy.code_id(self.tree.currentIndex())
        return None if cid in self.exclude else cid


class CodeDialog(QDialog):
    """Edit a code's name, description, colour and shortcut."""

    def __init__(self, name: str, description: str, colour: str, shortcut: str,
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Code properties"))
        self.name = QLineEdit(name, self)
        self.description = QPlainTextEdit(description, self)
        self.colour = colour
        self.colour_button = QPushButton(self)
        self.colour_button.clicked.connect(self._pick_colour)
        self.shortcut = QKeySequenceEdit(QKeySequence(shortcut), self)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Colour"), self.colour_button)
        form.addRow(self.tr("Shortcut"), self.shortcut)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._show_colour()

    def _pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.colour), self, self.tr("Code colour"))
        if colour.isValid():
            self.colour = colour.name()
            self._show_colour()

    def _show_colour(self) -> None:
        self.colour_button.setText(self.colour)
        self.colour_button.setStyleSheet(f"background-color: {self.colour};")

    def values(self) -> dict:
        """The edited fields."""
        return {"name": self.name.text().strip(), "description": self.description.toPlainText(),
                "color": self.colour,
                "shortcut": self.shortcut.keySequence().toString(QKeySequence.SequenceFormat.PortableText)}


class RangeDialog(QDialog):
    """Set a coding's start and end exactly (code points)."""

    def __init__(self, start: int, end: int, length: int, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resize coding"))
        self.start, self.end = QSpinBox(self), QSpinBox(self)
        self.start.setRange(0, max(0, length - 1))
        self.end.setRange(1, length)
        self.start.setValue(start)
        self.end.setValue(end)
        form = QFormLayout(self)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[int, int]:
        """The chosen range."""
        return self.start.value(), self.end.value()


class AttributeDialog(QDialog):
    """Name and type of a new attribute."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New attribute"))
        self.name = QLineEdit(self)
        self.type = QComboBox(self)
        labels = {"text": self.tr("Text"), "number": self.tr("Number"), "date": self.tr("Date"),
                  "boolean": self.tr("Yes/no")}
        for type_ in ATTRIBUTE_TYPES:
            self.type.addItem(labels[type_], type_)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Type"), self.type)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str]:
        """Name and type."""
        return self.name.text().strip(), self.type.currentData()
