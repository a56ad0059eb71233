"""The Qt side of a computed matrix: a table model over ``MatrixResult`` (effect colours,
overridden cells in italics with a star) and the undo commands that set or clear an evaluator's
override of a cell."""

from __future__ import annotations

import textwrap
from typing import Any, Optional

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from tyokyky_qda.analysis.matrix import MatrixResult
from tyokyky_qda.core.changes import Changes
from tyokyky_qda.gui.analysis_frame_model import is_missing
from tyokyky_qda.gui.i18n import decimal_text
from tyokyky_qda.gui.undo_base import ProjectCommand, translate

#: Effect levels strongest first, as in the exported Table 4 (``export.reports.EFFECT_FILLS``).
EFFECT_FILLS = ("#9dc3e6", "#deebf7", "#f2f2f2")
MARK = " *"
HEADER_WRAP, HEADER_LINES = 18, 4  # characters per line and lines of a column header
KEY_ROLE = Qt.ItemDataRole.UserRole + 20  # (row_key, col_key) of a cell


class MatrixModel(QAbstractTableModel):
    """Rows × columns of a matrix; with grouped rows the first column names each row group once."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: Optional[MatrixResult] = None
        self.grouped = False

    def set_result(self, result: Optional[MatrixResult]) -> None:
        """Show a new matrix."""
        self.beginResetModel()
        self.result = result
        self.grouped = bool(result is not None and result.rows.grouped)
        self.endResetModel()

    @property
    def offset(self) -> int:
        """Columns before the first matrix column: the row labels, and the groups before them."""
        return 2 if self.grouped else 1

    def cell_keys(self, index: QModelIndex) -> Optional[tuple[str, str]]:
        """(row_key, col_key) of a matrix cell; None for the group column."""
        if self.result is None or not index.isValid() or index.column() < self.offset:
            return None
        return self.result.row_keys[index.row()], self.result.col_keys[index.column() - self.offset]

    def labels(self, index: QModelIndex) -> tuple[str, str]:
        """The row and column labels of a cell."""
        table = self.result.table
        return str(table.index[index.row()]), str(table.columns[index.column() - self.offset])

    def value_text(self, value: Any) -> str:
        """A cell value as the table shows it."""
        cell = self.result.cell
        if cell == "presence" and isinstance(value, (bool, np.bool_)):
            return "✓" if value else ""
        if is_missing(value):
            return ""
        if cell in ("percent-row", "percent-col") and isinstance(value, (int, float)):
            return decimal_text(float(value), 1) + "\u00a0%"
        return str(value)

    # -- QAbstractTableModel ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() or self.result is None else len(self.result.table)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        if parent.isValid() or self.result is None:
            return 0
        return len(self.result.table.columns) + self.offset

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802, D102
        if self.result is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section < self.offset:
            if self.grouped and section == 0:
                return translate("MatrixModel", "Group")
            return str(self.result.table.index.name or "")
        label = str(self.result.table.columns[section - self.offset])
        # Long code names (goals) wrap onto a few lines instead of being cut at both ends.
        return label if role == Qt.ItemDataRole.ToolTipRole else "\n".join(
            textwrap.wrap(label, HEADER_WRAP, max_lines=HEADER_LINES, placeholder="…",
                                         break_long_words=False))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102
        if self.result is None or not index.isValid():
            return None
        if self.grouped and index.column() == 0:
            return self._group_data(index.row(), role)
        if index.column() < self.offset:
            label = str(self.result.table.index[index.row()])
            return label if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) else None
        keys = self.cell_keys(index)
        value = self.result.table.iat[index.row(), index.column() - self.offset]
        override = self.result.overrides.get(keys)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.value_text(value) + (MARK if override else "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.result.cell == "effect" and value:
            levels = self.result.effect_levels
            if value in levels:
                return QBrush(QColor(EFFECT_FILLS[min(levels.index(value), len(EFFECT_FILLS) - 1)]))
        if role == Qt.ItemDataRole.FontRole and override:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index, override)
        if role == KEY_ROLE:
            return keys
        return None

    def _group_data(self, row: int, role: int) -> Any:
        items = self.result.rows.items
        if role == Qt.ItemDataRole.DisplayRole:
            # The group is named on its first row only, like the group heading rows of Table 4.
            return items[row].group if row == 0 or items[row - 1].group != items[row].group else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return items[row].group
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _tooltip(self, index: QModelIndex, override: Optional[dict]) -> str:
        row, col = self.labels(index)
        count = int(self.result.counts.iat[index.row(), index.column() - self.offset])
        text = translate("MatrixModel", "%1 × %2: %3 segments").replace("%1", row).replace("%2", col) \
            .replace("%3", str(count))
        if override:
            text += "\n" + translate("MatrixModel", "Evaluator's judgement (evidence: %1)").replace(
                "%1", self.value_text(override["evidence"]) or "–")
            if override.get("memo"):
                text += "\n" + override["memo"]
        return text


class SetOverrideCommand(ProjectCommand):
    """Override a matrix cell with a judgement and a memo; undo puts back the earlier override or
    removes the new one."""

    def __init__(self, ops, matrix_key: str, row_key: str, col_key: str, value: str, memo: str = "", *,
                 origin: object = None):
        super().__init__(ops, translate("UndoCommands", "Override matrix cell"), origin=origin)
        self.keys = (matrix_key, row_key, col_key)
        self.value, self.memo = value, memo
        self.old: Optional[dict] = None

    def do(self, project) -> Changes:
        changes = project.set_matrix_override(*self.keys, self.value, self.memo)
        self.old = changes.info.get("old")
        return changes

    def revert(self, project) -> Changes:
        if self.old:
            return project.set_matrix_override(*self.keys, self.old["value"], self.old["memo"])
        return project.clear_matrix_override(*self.keys)


class ClearOverrideCommand(ProjectCommand):
    """Remove a cell's override; undo restores the very same row."""

    def __init__(self, ops, matrix_key: str, row_key: str, col_key: str, *, origin: object = None):
        super().__init__(ops, translate("UndoCommands", "Clear matrix override"), origin=origin)
        self.keys = (matrix_key, row_key, col_key)
        self.removed: dict = {}

    def do(self, project) -> Changes:
        changes = project.clear_matrix_override(*self.keys)
        self.removed = changes.removed_rows
        return changes

    def revert(self, project) -> Changes:
        return project.restore_rows(self.removed, action="undo clear matrix override")
