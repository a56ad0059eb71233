"""Cases × attributes: an editable, typed table (text, number, date, yes/no)."""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QDate, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QVBoxLayout,
                               QWidget)

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.gui.i18n import core_text
from tyokyky_qda.gui.undo_base import push
from tyokyky_qda.gui.undo_misc import AddCaseCommand, DeleteRowsCommand, SetAttributeCommand, UpdateCaseCommand
from tyokyky_qda.store.cases_api import coerce_value


class CasesModel(QAbstractTableModel):
    """Rows are cases, column 0 their names, the others their attribute values."""

    valueEdited = Signal(int, str, object, str)  # case id, attribute name, value, type
    nameEdited = Signal(int, str)

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.cases: list = []
        self.attributes: list[dict] = []
        self.pending: list[dict] = []  # declared here but without values yet
        self.values: dict[int, dict[str, Any]] = {}
        self.reload()

    def reload(self) -> None:
        """Re-read cases, attributes and values."""
        self.beginResetModel()
        self.cases = self.project.cases()
        stored = [a for a in self.project.attributes() if a["scope"] in ("case", "both")]
        names = {a["name"] for a in stored}
        self.pending = [a for a in self.pending if a["name"] not in names]
        self.attributes = stored + self.pending
        self.values = self.project.attribute_table("case")
        self.endResetModel()

    def add_pending(self, name: str, type_: str) -> None:
        """Show a new attribute column before it has any value."""
        if name not in {a["name"] for a in self.attributes}:
            self.pending.append({"name": name, "type": type_, "scope": "case"})
            self.reload()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008
        return 1 + len(self.attributes)

    def case_id(self, row: int) -> int:
        """The case on a row."""
        return self.cases[row].id

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        case = self.cases[index.row()]
        if index.column() == 0:
            return case.name if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) else None
        attr = self.attributes[index.column() - 1]
        value = self.values.get(case.id, {}).get(attr["name"])
        if attr["type"] == "boolean":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            if attr["type"] == "date":
                return QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate.currentDate()
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and attr["type"] == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.project.readonly:
            return base
        if index.column() > 0 and self.attributes[index.column() - 1]["type"] == "boolean":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        case_id = self.case_id(index.row())
        if index.column() == 0:
            if role == Qt.ItemDataRole.EditRole and str(value).strip():
                self.nameEdited.emit(case_id, str(value).strip())
            return True
        attr = self.attributes[index.column() - 1]
        if role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif isinstance(value, QDate):
            value = value.toString(Qt.DateFormat.ISODate)
        self.valueEdited.emit(case_id, attr["name"], value, attr["type"])
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Case")
        attr = self.attributes[section - 1]
        return f"{attr['name']} ({self.type_label(attr['type'])})"

    def type_label(self, type_: str) -> str:
        """An attribute type in the UI language."""
        return {"text": self.tr("text"), "number": self.tr("number"), "date": self.tr("date"),
                "boolean": self.tr("yes/no")}.get(type_, type_)


class CasesPanel(QWidget):
    """The table with buttons to add cases and attributes and delete cases."""

    def __init__(self, ops, stack, context, prompts, status, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ops, self.stack, self.context, self.prompts, self.status = ops, stack, context, prompts, status
        self.model = CasesModel(ops.project, self)
        self.table = QTableView(self)
        self.table.setObjectName("casesTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: context.set_case(self.model.case_id(cur.row()) if cur.isValid() else None))
        self.buttons = {name: QPushButton(self) for name in ("case", "attribute", "delete")}
        self.buttons["case"].clicked.connect(lambda: self.add_case())
        self.buttons["attribute"].clicked.connect(lambda: self.add_attribute())
        self.buttons["delete"].clicked.connect(lambda: self.delete_case())
        row = QHBoxLayout()
        for button in self.buttons.values():
            button.setEnabled(not ops.readonly)
            row.addWidget(button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addLayout(row)
        box.addWidget(self.table, 1)
        self.model.valueEdited.connect(self.set_value)
        self.model.nameEdited.connect(lambda cid, name: push(self.stack, UpdateCaseCommand(self.ops, cid, name=name)))
        self.retranslate()

    def add_case(self, name: Optional[str] = None) -> None:
        """Create a case."""
        name = name or self.prompts.ask_text(self.tr("New case"), self.tr("Name of the case:"))
        if name:
            push(self.stack, AddCaseCommand(self.ops, name))

    def add_attribute(self, name: Optional[str] = None, type_: str = "text") -> None:
        """Add an attribute column (stored once the first value is entered)."""
        if name is None:
            answer = self.prompts.new_attribute()
            if answer is None:
                return
            name, type_ = answer
        self.model.add_pending(name, type_)

    def delete_case(self) -> None:
        """Delete the selected case (undoable)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        case = self.model.cases[index.row()]
        if self.prompts.confirm(self.tr("Delete case"), self.tr("Delete the case “%1”? You can undo this.")
                                .replace("%1", case.name)):
            push(self.stack, DeleteRowsCommand(self.ops, self.tr("Delete case"), "delete_case", case.id))

    def set_value(self, case_id: int, name: str, value: Any, type_: str) -> None:
        """Check a typed value, then store it as an undo command."""
        try:
            coerce_value(value, type_)
        except UserError as exc:
            self.status(core_text(exc))
            return
        push(self.stack, SetAttributeCommand(self.ops, "case", case_id, name, value, type_))

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Reload when cases or attributes changed."""
        if any(changes.touches(t) for t in ("cases", "attributes", "attribute_values", "case_links")):
            self.model.reload()

    def retranslate(self) -> None:
        """Texts in the current language."""
        for name, text in (("case", self.tr("New case…")), ("attribute", self.tr("New attribute…")),
                           ("delete", self.tr("Delete case…"))):
            self.buttons[name].setText(text)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
