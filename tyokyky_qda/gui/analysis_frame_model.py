"""A read-only Qt table model over a pandas DataFrame (cf. napari's container models: the model
is a thin adapter, the DataFrame stays the one truth).

Views give it the frame and, optionally, per-column formatters, tooltips and per-cell colours;
``SORT_ROLE`` returns raw numbers so a sort proxy orders 10 after 9.
"""

from __future__ import annotations

import math
from typing import Any, Callable, Optional

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from tyokyky_qda.gui.i18n import decimal_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 10
RAW_ROLE = Qt.ItemDataRole.UserRole + 11
EMPTY = "—"

Formatter = Callable[[Any], str]
CellHook = Callable[[int, int], Any]


def is_missing(value: Any) -> bool:
    """True for None and NaN (the cells a table shows as a dash)."""
    if value is None:
        return True
    try:
        return isinstance(value, float) and math.isnan(value)
    except TypeError:
        return False


def plain(value: Any) -> str:
    """Default cell text: numbers short, missing values a dash, one line of text."""
    if is_missing(value):
        return EMPTY
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, float):
        return decimal_text(value, 3).rstrip("0").rstrip(".,") if not value.is_integer() else str(int(value))
    return " ".join(str(value).split())


def percent(value: Any) -> str:
    """A share 0..1 as a percentage with one decimal."""
    return EMPTY if is_missing(value) else decimal_text(100 * float(value), 1) + "\u00a0%"


def decimal3(value: Any) -> str:
    """A statistic with three decimals (kappa, alpha)."""
    return EMPTY if is_missing(value) else decimal_text(float(value), 3)


class FrameModel(QAbstractTableModel):
    """Rows and columns of a DataFrame; ``columns`` picks and orders the ones shown."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.frame = pd.DataFrame()
        self.columns: list[str] = []
        self.headers: list[str] = []
        self.row_labels: Optional[list[str]] = None
        self.formatters: dict[str, Formatter] = {}
        self.tooltip: Optional[CellHook] = None
        self.background: Optional[CellHook] = None
        self.font: Optional[CellHook] = None

    def set_frame(self, frame: pd.DataFrame, columns: Optional[list[str]] = None,
                  headers: Optional[list[str]] = None, row_labels: Optional[list[str]] = None) -> None:
        """Show a new frame (the whole model resets)."""
        self.beginResetModel()
        self.frame = frame.reset_index(drop=True) if row_labels is None else frame
        self.columns = list(columns if columns is not None else frame.columns)
        self.headers = list(headers if headers is not None else [str(c) for c in self.columns])
        self.row_labels = row_labels
        self.endResetModel()

    def value(self, row: int, column: int) -> Any:
        """The raw value of a cell."""
        return self.frame[self.columns[column]].iat[row]

    def row(self, row: int) -> pd.Series:
        """A whole row of the frame (all columns, shown or not)."""
        return self.frame.iloc[row]

    # -- QAbstractTableModel ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(r, c)
            return self.formatters.get(self.columns[c], plain)(value)
        if role == Qt.ItemDataRole.ToolTipRole and self.tooltip is not None:
            return self.tooltip(r, c)
        if role == Qt.ItemDataRole.BackgroundRole and self.background is not None:
            colour = self.background(r, c)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and self.font is not None:
            return self.font(r, c)
        if role == SORT_ROLE:
            value = self.value(r, c)
            if is_missing(value):
                return -math.inf
            return value if isinstance(value, (int, float)) and not isinstance(value, bool) else plain(value)
        if role == RAW_ROLE:
            return self.value(r, c)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        if self.row_labels is not None and section < len(self.row_labels):
            return self.row_labels[section]
        return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None


def italic_font() -> QFont:
    """The font of overridden or otherwise special cells."""
    font = QFont()
    font.setItalic(True)
    return font
