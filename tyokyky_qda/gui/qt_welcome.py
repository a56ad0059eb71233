"""The page shown when no project is open: new, open, and the recent projects."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Start here."""

    newRequested = Signal()
    openRequested = Signal()
    recentChosen = Signal(str)

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("welcomeTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.new_button, self.open_button = QPushButton(self), QPushButton(self)
        self.new_button.clicked.connect(self.newRequested.emit)
        self.open_button.clicked.connect(self.openRequested.emit)
        self.recent_label = QLabel(self)
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(lambda item: self.recentChosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(40, 30, 40, 30)
        box.addWidget(self.title)
        box.addWidget(self.intro)
        box.addLayout(buttons)
        box.addSpacing(12)
        box.addWidget(self.recent_label)
        box.addWidget(self.recent, 1)
        self.retranslate()

    def set_recent(self, paths: list[str]) -> None:
        """List recent projects (missing files are left out)."""
        self.recent.clear()
        for path in paths:
            if Path(path).exists():
                item = QListWidgetItem(f"{Path(path).stem}  —  {path}")
                item.setData(Qt.ItemDataRole.UserRole, path)
                self.recent.addItem(item)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(self.tr("tyokyky-qda coding workbench"))
        self.intro.setText(self.tr("Code interviews, survey answers and status reports against the programme's "
                                   "goals. Every change is saved as you make it."))
        self.new_button.setText(self.tr("New project…"))
        self.open_button.setText(self.tr("Open project…"))
        self.recent_label.setText(self.tr("Recent projects (double-click to open):"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
