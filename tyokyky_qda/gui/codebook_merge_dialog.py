"""Review how a codebook file's codes match ours before merging it (Team ▸ Merge a codebook).

The table is the merge wizard's ``MatchModel``: uncheck a match to add their code as new, or
double-click our code to map theirs onto another one. ``plan()`` is what the user decided.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView,
                               QVBoxLayout, QWidget)

from tyokyky_qda.gui.merge_wizard import MatchModel, TargetCodeDelegate


class CodebookMergeDialog(QDialog):
    """The matches of a codebook's codes onto the project's codes, editable."""

    def __init__(self, name: str, plan: list, targets: dict[int, str], parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge the codebook %1").replace("%1", name))
        self.model = MatchModel("codes", self)
        self.model.set_matches(plan, targets)
        intro = QLabel(self.tr("Their codes on the left, ours on the right. Uncheck a match to add their code as a "
                               "new one; double-click our code to merge theirs into another. Matched codes gain "
                               "the definition and keywords they lack; nothing else of ours changes."), self)
        intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(1, TargetCodeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model.dataChanged.connect(lambda *_a: self._summarise())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.table, 1)
        box.addWidget(self.summary)
        box.addWidget(buttons)
        self._summarise()
        self.resize(900, 560)

    def plan(self) -> list:
        """The matches with the user's decisions."""
        return self.model.matches

    def _summarise(self) -> None:
        matches = self.model.matches
        merged = sum(1 for m in matches if m.decision == "accept" and m.target is not None)
        self.summary.setText(self.tr("%1 of their %2 codes merge into ours; added as new: %3.")
                             .replace("%1", str(merged)).replace("%2", str(len(matches)))
                             .replace("%3", str(len(matches) - merged)))
