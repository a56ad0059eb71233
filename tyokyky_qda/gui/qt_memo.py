"""The memo editor: one memo at a time on the project, the current source, code, coding or case.

Typing is saved after a short pause, when the target changes and when the window closes; each
save is an undo step, and consecutive saves of one memo merge into one.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import NotFound
from tyokyky_qda.gui.undo_base import push
from tyokyky_qda.gui.undo_misc import SetMemoCommand

SAVE_DELAY_MS = 1000


class MemoPanel(QWidget):
    """Choose what the memo is about, then write."""

    def __init__(self, ops, stack, context, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ops, self.stack, self.context = ops, stack, context
        self.target_box = QComboBox(self)
        self.target_box.setObjectName("memoTarget")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("memoEditor")
        self.editor.setReadOnly(ops.readonly)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.target_box)
        box.addWidget(self.editor, 1)
        box.addWidget(self.info)
        self.target: tuple[str, Optional[int]] = ("project", None)
        self._dirty = False
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.editor.textChanged.connect(self._typed)
        self.target_box.activated.connect(self._target_chosen)
        for signal in (context.sourceChanged, context.codeChanged, context.codingChanged, context.caseChanged):
            signal.connect(self._context_changed)
        self.retranslate()
        self._load()

    # -- targets ---------------------------------------------------------------------------------
    def targets(self) -> list[tuple[str, Optional[int], str]]:
        """What a memo can be written on now: (kind, id, label)."""
        project, ctx = self.ops.project, self.context
        out = [("project", None, self.tr("Project"))]
        try:
            if ctx.source is not None:
                out.append(("source", ctx.source, self.tr("Source: %1").replace(
                    "%1", project.source(ctx.source, with_text=False).name)))
            if ctx.code is not None:
                out.append(("code", ctx.code, self.tr("Code: %1").replace("%1", project.code_path(ctx.code))))
            if ctx.coding is not None:
                coding = project.coding(ctx.coding)
                out.append(("coding", ctx.coding, self.tr("Coding: %1").replace(
                    "%1", project.code_path(coding.code_id))))
            if ctx.case is not None:
                name = next((c.name for c in project.cases() if c.id == ctx.case), str(ctx.case))
                out.append(("case", ctx.case, self.tr("Case: %1").replace("%1", name)))
        except NotFound:
            pass  # the object went away since the context was set
        return out

    def _rebuild_targets(self) -> None:
        targets = self.targets()
        self.target_box.blockSignals(True)
        self.target_box.clear()
        for kind, oid, label in targets:
            self.target_box.addItem(label, (kind, oid))
        kinds = [t[0] for t in targets]
        wanted = self.target[0] if self.target[0] in kinds else "project"
        self.target_box.setCurrentIndex(kinds.index(wanted))
        self.target_box.blockSignals(False)
        new_target = self.target_box.currentData()
        if tuple(new_target) != tuple(self.target):
            self.save()
            self.target = tuple(new_target)
            self._load()

    def _context_changed(self, _value) -> None:
        self._rebuild_targets()

    def _target_chosen(self, index: int) -> None:
        self.set_target(*self.target_box.itemData(index))

    def set_target(self, kind: str, target_id: Optional[int]) -> None:
        """Write on another target (saving the memo being written first)."""
        self.save()
        self.target = (kind, target_id)
        self._rebuild_targets()
        self._load()

    # -- loading and saving ---------------------------------------------------------------------------
    def _load(self) -> None:
        memo = None
        try:
            memo = self.ops.project.memo_for(*self.target)
        except NotFound:
            pass
        self._loading = True
        self.editor.setPlainText(memo.text if memo else "")
        self._loading = False
        self._dirty = False
        self.info.setText(self.tr("Last changed %1 by %2").replace("%1", memo.modified_at.replace("T", " ")[:16])
                          .replace("%2", memo.author) if memo else "")

    def _typed(self) -> None:
        if self._loading or self.ops.readonly:
            return
        self._dirty = True
        self._timer.start()

    def save(self) -> None:
        """Write the memo now if it changed."""
        self._timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        push(self.stack, SetMemoCommand(self.ops, self.target[0], self.target[1], self.editor.toPlainText(),
                                        origin=self))

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Reload after an undo or another view changed memos; follow renames in the labels."""
        if origin is not self and changes.touches("memos") and not self._dirty:
            self._load()
        if any(changes.touches(t) for t in ("sources", "codes", "cases", "codings")):
            self._rebuild_targets()

    # -- language ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the current language."""
        self.editor.setPlaceholderText(self.tr("Write a memo… (saved automatically)"))
        self.editor.setAccessibleName(self.tr("Memo text"))
        self._rebuild_targets()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
