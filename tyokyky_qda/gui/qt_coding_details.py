"""Details of the selected coding: code, coder, origin, range and text, with its actions."""

from __future__ import annotations

import html
from typing import Optional

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import NotFound
from tyokyky_qda.gui.labels import origin_label

EXCERPT = 600  # characters of the coded text shown


class CodingDetailsPanel(QWidget):
    """Shows the coding selected in the text; remove, resize or move it to another code."""

    def __init__(self, ops, context, controller, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ops, self.context, self.controller = ops, context, controller
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setWordWrap(True)
        self.excerpt = QLabel(self)
        self.excerpt.setWordWrap(True)
        self.excerpt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.excerpt.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons = {name: QPushButton(self) for name in ("remove", "fit", "resize", "move")}
        slots = {"remove": "remove_coding", "fit": "resize_to_selection", "resize": "resize_exactly",
                 "move": "change_code"}
        grid = QGridLayout()
        for i, (name, button) in enumerate(self.buttons.items()):
            # Looked up on click: the controller may be created after this panel.
            button.clicked.connect(lambda _c=False, m=slots[name]: getattr(self.controller, m)())
            grid.addWidget(button, i // 2, i % 2)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.title)
        box.addWidget(self.meta)
        box.addLayout(grid)
        box.addWidget(self.excerpt, 1)
        # A bound method, not a lambda: Qt drops the connection when this panel is deleted.
        context.codingChanged.connect(self._coding_changed)
        self.retranslate()

    def _coding_changed(self, _coding_id) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Show the current coding (or a hint)."""
        coding = None
        if self.context.coding is not None:
            try:
                coding = self.ops.project.coding(self.context.coding)
            except NotFound:
                coding = None
        for button in self.buttons.values():
            button.setEnabled(coding is not None and not self.ops.readonly)
        if coding is None:
            self.title.setText(self.tr("No coding selected"))
            self.meta.setText(self.tr("Click a highlight in the text (or its bar in the margin) to select a coding."))
            self.excerpt.setText("")
            return
        project = self.ops.project
        code = project.code(coding.code_id)
        self.title.setText(f"<span style='color:{html.escape(code.color)}'>&#9632;</span> "
                           f"<b>{html.escape(project.code_path(code.id))}</b>")
        self.meta.setText(self.tr("Coder: %1 · origin: %2 · %3\nCharacters %4–%5 (%6)")
                          .replace("%1", coding.coder).replace("%2", origin_label(coding.origin))
                          .replace("%3", coding.created_at.replace("T", " ")[:16])
                          .replace("%4", str(coding.start)).replace("%5", str(coding.end))
                          .replace("%6", str(coding.end - coding.start)))
        text = project.source_text(coding.source_id)[coding.start:coding.end]
        self.excerpt.setText(text if len(text) <= EXCERPT else text[:EXCERPT] + "…")

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Refresh when the shown coding (or codes) changed."""
        cid = self.context.coding
        if cid is None:
            return
        if cid in changes.deleted.get("codings", []):
            self.context.set_coding(None)
        elif changes.touches("codings") or changes.touches("codes"):
            self.refresh()

    def retranslate(self) -> None:
        """Texts in the current language."""
        labels = {"remove": self.tr("Remove"), "fit": self.tr("Fit to selection"),
                  "resize": self.tr("Set range…"), "move": self.tr("Change code…")}
        for name, text in labels.items():
            self.buttons[name].setText(text)
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
