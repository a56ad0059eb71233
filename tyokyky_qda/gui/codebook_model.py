"""The Qt item model of the code tree: an adapter over ``CodeTree`` (cf. the PySide6
editabletreemodel example and napari's ``qt_tree_model.py``).

Every index carries its code's id as ``internalId``; edits and drops are not applied here but
emitted as requests, which the codebook panel turns into undo commands. The model refreshes from
the project when a ``Changes`` record says codes or codings changed.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import (QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel,
                            Qt, Signal)
from PySide6.QtGui import QColor, QIcon, QPixmap

from tyokyky_qda.gui.codebook_tree import CodeTree
from tyokyky_qda.gui.dnd import CODE_MIME, code_ids_from_mime, code_mime
from tyokyky_qda.gui.style import code_colour

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
NAME, COUNT, KEY = range(3)


class CodebookModel(QAbstractItemModel):
    """Codes as a tree: name (with colour), number of codings, keyboard shortcut."""

    renameRequested = Signal(int, str)
    moveRequested = Signal(int, object, object)  # code id, new parent id or None, ordinal or None

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.readonly = bool(project.readonly)
        self.tree = CodeTree.from_project(project)
        self._icons: dict[str, QIcon] = {}

    # -- refreshing -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the whole tree (after codes were added, edited, moved, merged or deleted)."""
        self.beginResetModel()
        self.tree = CodeTree.from_project(self.project)
        self.endResetModel()

    def update_counts(self) -> None:
        """Re-read coding counts and repaint only the codes whose counts changed."""
        for cid in self.tree.set_counts(self.project.coding_counts()):
            index = self.index_of(cid, COUNT)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    def index_of(self, code_id: int, column: int = NAME) -> QModelIndex:
        """The index of a code (invalid if it is not in the tree)."""
        if code_id not in self.tree.entries:
            return QModelIndex()
        return self.createIndex(self.tree.row_of(code_id), column, code_id)

    @staticmethod
    def code_id(index: QModelIndex) -> Optional[int]:
        """The code an index stands for."""
        return int(index.internalId()) if index.isValid() else None

    # -- structure --------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        ids = self.tree.children_ids(self.code_id(parent))
        if 0 <= row < len(ids) and 0 <= column < 3:
            return self.createIndex(row, column, ids[row])
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        cid = self.code_id(index)
        if cid not in self.tree.entries:
            return QModelIndex()
        parent_id = self.tree.parent_id(cid)
        return QModelIndex() if parent_id is None else self.createIndex(self.tree.row_of(parent_id), 0, parent_id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.tree.children_ids(self.code_id(parent)))

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 3

    # -- data -----------------------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        cid = self.code_id(index)
        entry = self.tree.entries.get(cid)
        if entry is None:
            return None
        col = index.column()
        if role == ID_ROLE:
            return cid
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (entry.code.name, entry.count if role == Qt.ItemDataRole.EditRole or entry.count
                    else "", entry.shortcut)[col]
        if role == Qt.ItemDataRole.DecorationRole and col == NAME:
            return self._icon(entry.code.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == SEARCH_ROLE:
            code = entry.code
            return " ".join([entry.path, code.name_en, *code.keywords, *code.keywords_en])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, entry) -> str:
        lines = [entry.path]
        if entry.code.description:
            lines.append(entry.code.description)
        lines.append(self.tr("%1 codings, %2 with sub-codes").replace("%1", str(entry.count))
                     .replace("%2", str(entry.total)))
        return "\n".join(lines)

    def _icon(self, colour: str) -> QIcon:
        if colour not in self._icons:
            pixmap = QPixmap(12, 12)
            pixmap.fill(code_colour(colour))
            self._icons[colour] = QIcon(pixmap)
        return self._icons[colour]

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # short headers leave the room to the code names
            return (self.tr("Code"), "#", "\u2328")[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("Code"), self.tr("Codings"), self.tr("Keyboard shortcut"))[section]
        return None

    def retranslate(self) -> None:
        """Headers and tooltips in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if not self.readonly else Qt.ItemFlag.NoItemFlags
        if not self.readonly:
            base |= Qt.ItemFlag.ItemIsDropEnabled
            if index.column() == NAME:
                base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        cid = self.code_id(index)
        if role != Qt.ItemDataRole.EditRole or index.column() != NAME or cid is None:
            return False
        name = str(value).strip()
        if name and name != self.tree.entries[cid].code.name:
            self.renameRequested.emit(cid, name)
        return True

    # -- drag and drop --------------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CODE_MIME]

    def mimeData(self, indexes) -> object:  # noqa: N802
        ids = []
        for index in indexes:
            cid = self.code_id(index)
            if cid is not None and cid not in ids:
                ids.append(cid)
        return code_mime(ids)

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def dropMimeData(self, data, action, row: int, column: int, parent) -> bool:  # noqa: N802
        if self.readonly:
            return False
        parent_id = self.code_id(QModelIndex(parent) if isinstance(parent, QPersistentModelIndex) else parent)
        for cid in code_ids_from_mime(data):
            if cid == parent_id or (parent_id is not None and parent_id in self.tree.descendants(cid)):
                continue
            ordinal = row if row >= 0 else None
            if ordinal is not None and self.tree.parent_id(cid) == parent_id and self.tree.row_of(cid) < row:
                ordinal -= 1  # the code leaves its old place above the drop point
            self.moveRequested.emit(cid, parent_id, ordinal)
        # False: the move happens through an undo command, so Qt must not remove rows itself.
        return False


class CodeFilterProxy(QSortFilterProxyModel):
    """Filters the tree by path, English name and keywords, keeping the parents of matches."""

    def __init__(self, source: CodebookModel, parent=None):
        super().__init__(parent)
        self.setSourceModel(source)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(NAME)
        # Re-filter only when the filter text changes, not on every count update (that re-read
        # the whole tree after each coding).
        self.setDynamicSortFilter(False)

    def code_id(self, index: QModelIndex) -> Optional[int]:
        """The code a proxy index stands for."""
        return CodebookModel.code_id(self.mapToSource(index)) if index.isValid() else None

    def index_of(self, code_id: int) -> QModelIndex:
        """The proxy index of a code (invalid if filtered out)."""
        return self.mapFromSource(self.sourceModel().index_of(code_id))


def colour_of(model: CodebookModel, code_id: int) -> QColor:
    """The colour of a code in the model."""
    entry = model.tree.entries.get(code_id)
    return code_colour(entry.code.color if entry else "")
