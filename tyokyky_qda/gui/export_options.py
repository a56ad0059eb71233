"""A small dialog of check boxes asked before an export (line endings, pseudonymisation, formats)."""

from __future__ import annotations

from typing import Optional

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class ExportOptionsDialog(QDialog):
    """``options``: (key, text, checked, tooltip) rows; ``values()`` → {key: checked}."""

    def __init__(self, title: str, intro: str, options: list[tuple[str, str, bool, str]],
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        box = QVBoxLayout(self)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        box.addWidget(label)
        self.boxes: dict[str, QCheckBox] = {}
        for key, text, checked, tooltip in options:
            check = QCheckBox(text, self)
            check.setChecked(checked)
            check.setToolTip(tooltip)
            box.addWidget(check)
            self.boxes[key] = check
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.setMinimumWidth(460)

    def values(self) -> dict[str, bool]:
        """Which boxes are checked."""
        return {key: box.isChecked() for key, box in self.boxes.items()}
