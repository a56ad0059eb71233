"""The codebook panel: a filterable code tree with every code operation as an undo command."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QMenu, QTreeView, QVBoxLayout, QWidget

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.gui.codebook_model import COUNT, KEY, NAME, CodebookModel, CodeFilterProxy
from tyokyky_qda.gui.style import next_code_colour
from tyokyky_qda.gui.undo_base import push
from tyokyky_qda.gui.undo_codes import (AddCodeCommand, DeleteCodeCommand, MergeCodesCommand, MoveCodeCommand,
                                        UpdateCodeCommand)


class CodebookPanel(QWidget):
    """Code tree + filter box; double-click or Enter applies a code to the selected text."""

    codeActivated = Signal(int)

    def __init__(self, ops, stack, context, prompts, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ops, self.stack, self.context, self.prompts = ops, stack, context, prompts
        self.model = CodebookModel(ops.project, self)
        self.proxy = CodeFilterProxy(self.model, self)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.tree = QTreeView(self)
        self.tree.setObjectName("codebookTree")
        self._setup_tree()
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.filter)
        box.addWidget(self.tree, 1)
        self.model.renameRequested.connect(lambda cid, name: self.update_code(cid, name=name))
        self.model.moveRequested.connect(self.move_code)
        self.actions_by_name: dict[str, QAction] = {}
        self._make_actions()
        self.retranslate()
        self.tree.expandToDepth(0)

    def _setup_tree(self) -> None:
        tree = self.tree
        tree.setModel(self.proxy)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        tree.setDragEnabled(True)
        tree.setAcceptDrops(not self.ops.readonly)
        tree.setDropIndicatorShown(True)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Not ResizeToContents: that re-measures every row on each count update (8 ms a coding).
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.Interactive)
        self.proxy.modelReset.connect(self._fit_columns)
        self._fit_columns()
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        tree.doubleClicked.connect(self._double_clicked)
        tree.selectionModel().currentChanged.connect(lambda cur, _prev: self.context.set_code(self.proxy.code_id(cur)))
        tree.installEventFilter(self)

    def _fit_columns(self) -> None:
        metrics = self.tree.fontMetrics()
        for column, sample in ((COUNT, "00000"), (KEY, "0")):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.tree.setColumnWidth(column, metrics.horizontalAdvance(max(title, sample, key=len)) + 24)

    def _make_actions(self) -> None:
        specs = [
            ("new", self.new_code, "Ins"), ("new_child", self.new_child_code, "Ctrl+Ins"),
            ("rename", self.rename_current, "F2"), ("edit", self.edit_current, "Ctrl+Alt+E"),
            ("recolour", self.recolour_current, ""), ("merge", self.merge_current, "Ctrl+Alt+M"),
            ("delete", self.delete_current, "Del"), ("up", lambda: self.shift_current(-1), "Alt+Up"),
            ("down", lambda: self.shift_current(1), "Alt+Down"),
        ]
        for name, slot, key in specs:
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            if key:
                action.setShortcut(QKeySequence(key))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setEnabled(not self.ops.readonly)
            self.tree.addAction(action)
            self.actions_by_name[name] = action

    # -- selection ------------------------------------------------------------------------------
    def current_code(self) -> Optional[int]:
        """The code selected in the tree."""
        return self.proxy.code_id(self.tree.currentIndex())

    def select_code(self, code_id: Optional[int]) -> None:
        """Make a code current and visible."""
        if code_id is None:
            return
        index = self.proxy.index_of(code_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def _double_clicked(self, index: QModelIndex) -> None:
        cid = self.proxy.code_id(index)
        if cid is not None:
            self.codeActivated.emit(cid)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if (obj is self.tree and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.tree.state() != QAbstractItemView.State.EditingState):
            cid = self.current_code()
            if cid is not None:
                self.codeActivated.emit(cid)
                return True
        return super().eventFilter(obj, event)

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        for name in ("new", "new_child", "rename", "edit", "recolour", "merge", "delete", "up", "down"):
            menu.addAction(self.actions_by_name[name])
        shortcut_menu = menu.addMenu(self.tr("Assign key"))
        cid = self.current_code()
        for key in [str(i) for i in range(1, 10)] + [""]:
            label = key or self.tr("No key")
            shortcut_menu.addAction(label, lambda k=key: self.assign_shortcut(cid, k))
        shortcut_menu.setEnabled(cid is not None and not self.ops.readonly)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # -- operations (each one undo command) -----------------------------------------------------------
    def _push(self, command, select_after: bool = False):
        if select_after:
            command.on_done = lambda _ch, c=command: self.select_code(c.code_id)
        return push(self.stack, command)

    def new_code(self, parent_id: Optional[int] = None, name: Optional[str] = None) -> Optional[AddCodeCommand]:
        """Create a code (at the root, or under ``parent_id``)."""
        name = name or self.prompts.ask_text(self.tr("New code"), self.tr("Name of the new code:"))
        if not name:
            return None
        colour = next_code_colour([e.code.color for e in self.model.tree.entries.values()])
        return self._push(AddCodeCommand(self.ops, name, parent_id, color=colour), select_after=True)

    def new_child_code(self) -> Optional[AddCodeCommand]:
        """Create a sub-code of the current code."""
        return self.new_code(self.current_code())

    def update_code(self, code_id: int, **fields) -> None:
        """Change fields of a code (rename, recolour, describe, shortcut)."""
        push(self.stack, UpdateCodeCommand(self.ops, code_id, **fields))

    def rename_current(self) -> None:
        """Edit the current code's name in place."""
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(NAME))

    def edit_current(self) -> None:
        """Open the properties dialog of the current code."""
        cid = self.current_code()
        if cid is None:
            return
        entry = self.model.tree.entries[cid]
        values = self.prompts.edit_code(entry.code.name, entry.code.description, entry.code.color, entry.shortcut)
        if values is None:
            return
        old = {"name": entry.code.name, "description": entry.code.description, "color": entry.code.color,
               "shortcut": entry.shortcut}
        changed = {k: v for k, v in values.items() if v != old[k] and (k != "name" or v)}
        if "shortcut" in changed and changed["shortcut"]:
            self.assign_shortcut(cid, changed.pop("shortcut"))
        if changed:
            self.update_code(cid, **changed)

    def recolour_current(self) -> None:
        """Pick a new colour for the current code."""
        cid = self.current_code()
        if cid is None:
            return
        colour = self.prompts.choose_colour(self.model.tree.entries[cid].code.color, self.tr("Code colour"))
        if colour:
            self.update_code(cid, color=colour)

    def assign_shortcut(self, code_id: Optional[int], key: str) -> None:
        """Give a code a keyboard shortcut, taking it from any code that had it (one undo step)."""
        if code_id is None:
            return
        holder = self.model.tree.code_for_shortcut(key) if key else None
        if holder is None or holder == code_id:
            self.update_code(code_id, shortcut=key)
            return
        self.stack.beginMacro(self.tr("Assign key %1").replace("%1", key))
        push(self.stack, UpdateCodeCommand(self.ops, holder, shortcut=""))
        push(self.stack, UpdateCodeCommand(self.ops, code_id, shortcut=key))
        self.stack.endMacro()

    def merge_current(self, target: Optional[int] = None) -> None:
        """Merge the current code into another one chosen by the user."""
        cid = self.current_code()
        if cid is None:
            return
        exclude = (cid, *self.model.tree.descendants(cid))
        target = target or self.prompts.choose_code(self.model, self.tr("Merge into…"), exclude)
        if target is None or target in exclude:
            return
        self.merge_codes(cid, target)

    def merge_codes(self, source_code: int, target_code: int) -> None:
        """Merge ``source_code`` into ``target_code`` (undoable)."""
        push(self.stack, MergeCodesCommand(self.ops, source_code, target_code)).on_done = \
            lambda _ch: self.select_code(target_code)

    def delete_current(self) -> None:
        """Delete the current code after saying how many codings go with it."""
        cid = self.current_code()
        if cid is None:
            return
        entry = self.model.tree.entries[cid]
        codings = self.ops.project.count_codings_under(cid)
        subcodes = len(self.model.tree.descendants(cid))
        text = self.tr("Delete the code “%1”, its %2 sub-codes and %3 codings? You can undo this.") \
            .replace("%1", entry.code.name).replace("%2", str(subcodes)).replace("%3", str(codings))
        if self.prompts.confirm(self.tr("Delete code"), text):
            push(self.stack, DeleteCodeCommand(self.ops, cid))

    def move_code(self, code_id: int, parent_id: Optional[int], ordinal: Optional[int]) -> None:
        """Move a code in the tree (from a drop or the keyboard)."""
        push(self.stack, MoveCodeCommand(self.ops, code_id, parent_id, ordinal)).on_done = \
            lambda _ch: self.select_code(code_id)

    def shift_current(self, step: int) -> None:
        """Move the current code up or down among its siblings."""
        cid = self.current_code()
        if cid is None:
            return
        tree = self.model.tree
        row = tree.row_of(cid) + step
        if 0 <= row < len(tree.children_ids(tree.parent_id(cid))):
            self.move_code(cid, tree.parent_id(cid), row)

    # -- refresh ----------------------------------------------------------------------------------------
    def on_changes(self, changes: Changes, origin: object) -> None:
        """Rebuild the tree when codes changed; otherwise only update counts."""
        if changes.touches("codes"):
            self._reload(changes.created.get("codes", []))
        elif changes.touches("codings"):
            self.model.update_counts()

    def _reload(self, created: list[int]) -> None:
        tree = self.model.tree
        expanded = {cid for cid in tree.entries if self.tree.isExpanded(self.proxy.index_of(cid))}
        current = self.current_code()
        self.model.reload()
        for cid in created:  # show where new codes went
            parent = self.model.tree.entries[cid].code.parent_id if cid in self.model.tree.entries else None
            if parent is not None:
                expanded.add(parent)
        for cid in expanded:
            index = self.proxy.index_of(cid)
            if index.isValid():
                self.tree.expand(index)
        self.select_code(current)

    # -- language ---------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the current language."""
        self.filter.setPlaceholderText(self.tr("Filter codes…"))
        self.tree.setAccessibleName(self.tr("Code tree"))
        texts = {"new": self.tr("New code…"), "new_child": self.tr("New sub-code…"), "rename": self.tr("Rename"),
                 "edit": self.tr("Properties…"), "recolour": self.tr("Colour…"), "merge": self.tr("Merge into…"),
                 "delete": self.tr("Delete…"), "up": self.tr("Move up"), "down": self.tr("Move down")}
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)
        self.model.retranslate()
        self._fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
