"""The sources list: name, kind and number of codings, with filters by text, kind, code and
attribute, and rename / delete as undo commands."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QMenu,
                               QTableView, QVBoxLayout, QWidget)

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.model import SOURCE_KINDS
from tyokyky_qda.gui.source_filter import SourceFilter, SourceRecord, filter_sources, source_records
from tyokyky_qda.gui.labels import kind_label
from tyokyky_qda.gui.undo_base import push
from tyokyky_qda.gui.undo_misc import DeleteRowsCommand, RenameSourceCommand

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SourcesModel(QAbstractTableModel):
    """Rows of ``SourceRecord``: name, kind, codings."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.records: list[SourceRecord] = []

    def set_records(self, records: list[SourceRecord]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802,B008
        return 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        rec = self.records[index.row()]
        if role == ID_ROLE:
            return rec.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (rec.name, kind_label(rec.kind), rec.codings)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1 characters, %2 codings").replace("%1", str(rec.characters)).replace(
                "%2", str(rec.codings))
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Source"), self.tr("Kind"), self.tr("Codings"))[section]
        return None

    def row_of(self, source_id: int) -> int:
        """The row of a source, or -1."""
        return next((i for i, r in enumerate(self.records) if r.id == source_id), -1)


class SourcesPanel(QWidget):
    """Filter boxes over a sortable table of sources."""

    sourceActivated = Signal(int)
    importRequested = Signal()

    def __init__(self, ops, stack, context, prompts, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ops, self.stack, self.context, self.prompts = ops, stack, context, prompts
        self.model = SourcesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.kind_box, self.code_box, self.attr_box = QComboBox(self), QComboBox(self), QComboBox(self)
        for combo in (self.kind_box, self.code_box, self.attr_box):
            # Long code paths must not make the dock as wide as the longest one.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.value = QLineEdit(self)
        self.value.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setObjectName("sourcesTable")
        self._setup_table()
        self._all: list[SourceRecord] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(self.kind_box)
        row.addWidget(self.code_box)
        box.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.attr_box)
        row.addWidget(self.value)
        box.addLayout(row)
        box.addWidget(self.table, 1)
        for signal in (self.search.textChanged, self.value.textChanged):
            signal.connect(self.apply_filter)
        for combo in (self.kind_box, self.code_box, self.attr_box):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.retranslate()
        self.reload()

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)

    # -- data ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the sources and the filter choices."""
        self._all = source_records(self.ops.project)
        self._fill_choices()
        self.apply_filter()

    def _fill_choices(self) -> None:
        project = self.ops.project
        paths = project.code_paths()
        for combo, items in ((self.code_box, [(paths[c.id], c.id) for c in project.codes()]),
                             (self.attr_box, [(a["name"], a["name"]) for a in project.attributes()
                                              if a["scope"] in ("source", "both")])):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, data in items:
                combo.addItem(label, data)
            found = combo.findData(current)
            combo.setCurrentIndex(found if found >= 0 else 0)
            combo.blockSignals(False)

    def current_filter(self) -> SourceFilter:
        """The filter the boxes describe."""
        return SourceFilter(text=self.search.text().strip(), kind=self.kind_box.currentData() or "",
                            code_id=self.code_box.currentData(), attribute=self.attr_box.currentData() or "",
                            value=self.value.text())

    def apply_filter(self, *_args) -> None:
        """Show the sources that pass the filter, keeping the current one selected."""
        current = self.context.source
        self.model.set_records(filter_sources(self.ops.project, self._all, self.current_filter()))
        self.select_source(current, emit=False)

    def select_source(self, source_id: Optional[int], emit: bool = True) -> None:
        """Select a source's row (and open it, when ``emit``)."""
        row = self.model.row_of(source_id) if source_id is not None else -1
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.blockSignals(not emit)
        self.table.selectionModel().blockSignals(not emit)
        self.table.setCurrentIndex(index)
        self.table.selectionModel().blockSignals(False)
        self.table.blockSignals(False)

    def current_source(self) -> Optional[int]:
        """The selected source."""
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _current_changed(self, current, _previous) -> None:
        sid = current.data(ID_ROLE) if current.isValid() else None
        if sid is not None:
            self.sourceActivated.emit(sid)

    # -- actions --------------------------------------------------------------------------------------
    def _context_menu(self, pos) -> None:
        sid = self.current_source()
        menu = QMenu(self)
        writable = not self.ops.readonly
        menu.addAction(self.tr("Import files…"), self.importRequested.emit).setEnabled(writable)
        menu.addAction(self.tr("Rename…"), lambda: self.rename_source(sid)).setEnabled(writable and sid is not None)
        menu.addAction(self.tr("Delete…"), lambda: self.delete_source(sid)).setEnabled(writable and sid is not None)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def rename_source(self, source_id: Optional[int]) -> None:
        """Ask for a new name."""
        if source_id is None:
            return
        old = self.ops.project.source(source_id, with_text=False).name
        name = self.prompts.ask_text(self.tr("Rename source"), self.tr("New name:"), old)
        if name and name != old:
            push(self.stack, RenameSourceCommand(self.ops, source_id, name))

    def delete_source(self, source_id: Optional[int]) -> None:
        """Delete a source after saying how many codings go with it."""
        if source_id is None:
            return
        rec = next((r for r in self._all if r.id == source_id), None)
        text = self.tr("Delete the source “%1” and its %2 codings? You can undo this.").replace(
            "%1", rec.name if rec else str(source_id)).replace("%2", str(rec.codings if rec else 0))
        if self.prompts.confirm(self.tr("Delete source"), text):
            push(self.stack, DeleteRowsCommand(self.ops, self.tr("Delete source"), "delete_source", source_id))

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Reload when sources, codes or attributes changed; only recount after codings changed."""
        if any(changes.touches(t) for t in ("sources", "codes", "attribute_values", "attributes")):
            self.reload()
        elif changes.touches("codings"):
            counts = self.ops.project.source_coding_counts()
            for rec in self._all:
                rec.codings = counts.get(rec.id, 0)
            if self.code_box.currentData() is not None:
                self.apply_filter()  # coding may have changed which sources have the code
            elif self.model.records:
                self.model.dataChanged.emit(self.model.index(0, 2), self.model.index(len(self.model.records) - 1, 2))

    # -- language ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the current language."""
        self.search.setPlaceholderText(self.tr("Search names and text…"))
        self.table.setAccessibleName(self.tr("Sources"))
        self.value.setPlaceholderText(self.tr("value"))
        for combo, first in ((self.kind_box, self.tr("All kinds")), (self.code_box, self.tr("Any code")),
                             (self.attr_box, self.tr("Any attribute"))):
            combo.blockSignals(True)
            if combo.count() == 0:
                combo.addItem(first, None)
            else:
                combo.setItemText(0, first)
            combo.blockSignals(False)
        self.kind_box.blockSignals(True)
        if self.kind_box.count() == 1:
            for kind in SOURCE_KINDS:
                self.kind_box.addItem(kind_label(kind), kind)
        else:
            for i, kind in enumerate(SOURCE_KINDS, start=1):
                self.kind_box.setItemText(i, kind_label(kind))
        self.kind_box.blockSignals(False)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self.model.records:  # the kind column is translated too
            self.model.dataChanged.emit(self.model.index(0, 1), self.model.index(len(self.model.records) - 1, 1))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
