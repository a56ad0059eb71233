"""Menus, toolbar and keyboard shortcuts of the main window.

Actions are created once per window and stay; what they act on (the open project, the current
selection) is looked up when they fire. Texts are set in ``retranslate`` so a language switch
renames every menu item.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

from tyokyky_qda.gui.i18n import LANGUAGES
from tyokyky_qda.gui.icons import icon

if TYPE_CHECKING:
    from tyokyky_qda.gui.main_window import MainWindow

StdKey = QKeySequence.StandardKey
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

# name: (shortcut, icon, what it needs: None, "project" or "write" (a writable project), checkable)
SPECS: dict[str, tuple] = {
    "new_project": ("Ctrl+Shift+N", QStyle.StandardPixmap.SP_FileIcon, None, False),
    "open_project": (StdKey.Open, QStyle.StandardPixmap.SP_DialogOpenButton, None, False),
    "import": ("Ctrl+I", "import", "write", False),
    "export_qdpx": (None, None, "project", False),
    "export_qdc": (None, None, "project", False),
    "export_codebook": (None, None, "project", False),
    "close_project": ("Ctrl+W", None, "project", False),
    "quit": (StdKey.Quit, None, None, False),
    "undo": (StdKey.Undo, "undo", "write", False),
    "redo": (StdKey.Redo, "redo", "write", False),
    "edit_text": ("Ctrl+E", "edit", "write", True),
    "set_coder": (None, None, None, False),
    "code_current": ("Ctrl+Return", "code", "write", False),
    "code_with": ("Ctrl+K", "code-with", "write", False),
    "in_vivo": ("Ctrl+Shift+I", "in-vivo", "write", False),
    "remove_coding": ("Ctrl+Backspace", "uncode", "write", False),
    "fit_coding": ("Ctrl+Shift+F", None, "write", False),
    "resize_coding": (None, None, "write", False),
    "change_code": (None, None, "write", False),
    "suggest": ("Ctrl+Alt+S", "suggest", "write", False),
    "train_suggestions": (None, None, "write", False),
    "retrieval": ("Ctrl+Shift+R", None, "project", False),
    "matrix": ("Ctrl+Shift+X", None, "project", False),
    "export_reports": ("Ctrl+Shift+E", None, "project", False),
    "merge_project": ("Ctrl+Shift+M", None, "write", False),
    "merge_codebook": (None, None, "write", False),
    "disagreements": ("Ctrl+Shift+D", None, "project", False),
    "agreement": ("Ctrl+Shift+K", None, "project", False),
    "pseudonymise": ("Ctrl+Shift+P", None, "project", False),
    "speakers_cases": (None, None, "write", False),
    "autocode_speakers": (None, None, "write", False),
    "zoom_in": (StdKey.ZoomIn, "zoom-in", "project", False),
    "zoom_out": (StdKey.ZoomOut, "zoom-out", "project", False),
    "zoom_reset": ("Ctrl+0", None, "project", False),
    "ui_larger": ("Ctrl+Alt++", None, None, False),
    "ui_smaller": ("Ctrl+Alt+-", None, None, False),
    "high_contrast": (None, None, None, True),
    "coders_all": (None, None, "project", True),
    "coders_mine": (None, None, "project", True),
    "shortcuts": (StdKey.HelpContents, None, None, False),
    "nlp_status": (None, None, None, False),
    "about": (None, None, None, False),
}

# menu: its items in order ("-" a separator; a name in SUBMENUS a submenu)
MENUS: dict[str, list[str]] = {
    "file": ["new_project", "open_project", "recent", "-", "import", "export", "-", "close_project", "quit"],
    "edit": ["undo", "redo", "-", "edit_text", "-", "set_coder"],
    "code": ["code_current", "code_with", "in_vivo", "-", "remove_coding", "fit_coding", "resize_coding",
             "change_code", "-", "codebook", "-", "suggest", "train_suggestions"],
    "analysis": ["retrieval", "matrix", "-", "export_reports"],
    "team": ["merge_project", "merge_codebook", "-", "disagreements", "agreement"],
    "tools": ["pseudonymise", "-", "speakers_cases", "autocode_speakers"],
    "view": ["panels", "-", "zoom_in", "zoom_out", "zoom_reset", "-", "ui_larger", "ui_smaller",
             "high_contrast", "-", "coders_all", "coders_mine", "-", "language"],
    "help": ["shortcuts", "nlp_status", "-", "about"],
}
SUBMENUS = {"recent": [], "export": ["export_qdpx", "export_qdc", "export_codebook", "-", "export_reports"],
            "panels": [], "language": [], "codebook": []}


def menu_titles() -> dict[str, str]:
    """Menu titles in the current language."""
    return {
        "file": translate("WorkbenchActions", "&File"),
        "edit": translate("WorkbenchActions", "&Edit"),
        "code": translate("WorkbenchActions", "&Code"),
        "analysis": translate("WorkbenchActions", "&Analysis"),
        "team": translate("WorkbenchActions", "&Team"),
        "tools": translate("WorkbenchActions", "T&ools"),
        "view": translate("WorkbenchActions", "&View"),
        "help": translate("WorkbenchActions", "&Help"),
        "recent": translate("WorkbenchActions", "Open &recent"),
        "export": translate("WorkbenchActions", "E&xport"),
        "panels": translate("WorkbenchActions", "&Panels"),
        "language": translate("WorkbenchActions", "&Language"),
        "codebook": translate("WorkbenchActions", "Code&book"),
    }


def action_texts() -> dict[str, str]:
    """Action texts in the current language."""
    return {
        "new_project": translate("WorkbenchActions", "&New project…"),
        "open_project": translate("WorkbenchActions", "&Open project…"),
        "import": translate("WorkbenchActions", "&Import files…"),
        "export_qdpx": translate("WorkbenchActions", "REFI-QDA &project (.qdpx)…"),
        "export_qdc": translate("WorkbenchActions", "REFI-QDA &codebook (.qdc)…"),
        "export_codebook": translate("WorkbenchActions", "Codebook as a &table (XLSX, CSV)…"),
        "close_project": translate("WorkbenchActions", "&Close project"),
        "quit": translate("WorkbenchActions", "&Quit"),
        "undo": translate("WorkbenchActions", "&Undo"), "redo": translate("WorkbenchActions", "&Redo"),
        "edit_text": translate("WorkbenchActions", "&Edit text"),
        "set_coder": translate("WorkbenchActions", "Coder &name…"),
        "code_current": translate("WorkbenchActions", "Code with the &selected code"),
        "code_with": translate("WorkbenchActions", "Code &with…"),
        "in_vivo": translate("WorkbenchActions", "&In-vivo code"),
        "remove_coding": translate("WorkbenchActions", "&Remove coding"),
        "fit_coding": translate("WorkbenchActions", "&Fit coding to selection"),
        "resize_coding": translate("WorkbenchActions", "Set coding &range…"),
        "change_code": translate("WorkbenchActions", "&Move coding to code…"),
        "suggest": translate("WorkbenchActions", "&Suggest codes"),
        "train_suggestions": translate("WorkbenchActions", "&Train suggestions on my codings"),
        "retrieval": translate("WorkbenchActions", "Coded &segments…"),
        "matrix": translate("WorkbenchActions", "&Matrix…"),
        "export_reports": translate("WorkbenchActions", "Export &report tables…"),
        "merge_project": translate("WorkbenchActions", "&Merge a colleague's project…"),
        "merge_codebook": translate("WorkbenchActions", "Merge a code&book…"),
        "disagreements": translate("WorkbenchActions", "Review &disagreements…"),
        "agreement": translate("WorkbenchActions", "Inter-coder &agreement…"),
        "pseudonymise": translate("WorkbenchActions", "&Pseudonymisation review…"),
        "speakers_cases": translate("WorkbenchActions", "Interview &speakers to cases…"),
        "autocode_speakers": translate("WorkbenchActions", "&Autocode speakers…"),
        "zoom_in": translate("WorkbenchActions", "Zoom &in"),
        "zoom_out": translate("WorkbenchActions", "Zoom &out"),
        "zoom_reset": translate("WorkbenchActions", "&Normal size"),
        "ui_larger": translate("WorkbenchActions", "&Larger interface text"),
        "ui_smaller": translate("WorkbenchActions", "S&maller interface text"),
        "high_contrast": translate("WorkbenchActions", "&High contrast"),
        "coders_all": translate("WorkbenchActions", "Show &all coders"),
        "coders_mine": translate("WorkbenchActions", "Show only &my codings"),
        "shortcuts": translate("WorkbenchActions", "&Keyboard shortcuts"),
        "nlp_status": translate("WorkbenchActions", "&Language model status"),
        "about": translate("WorkbenchActions", "&About"),
    }


class WorkbenchActions:
    """Every QAction of the window, its menus and its toolbar."""

    def __init__(self, window: "MainWindow"):
        self.window = window
        self.a: dict[str, QAction] = {}
        for name, (key, icon_name, _writable, checkable) in SPECS.items():
            action = QAction(window)
            action.setObjectName(f"action_{name}")
            if key is not None:
                action.setShortcut(QKeySequence(key))
            if isinstance(icon_name, QStyle.StandardPixmap):
                action.setIcon(window.style().standardIcon(icon_name))
            elif icon_name:
                action.setIcon(icon(icon_name))
            action.setCheckable(checkable)
            self.a[name] = action
        self.coders_group = QActionGroup(window)
        for name in ("coders_all", "coders_mine"):
            self.coders_group.addAction(self.a[name])
        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for code, label in LANGUAGES.items():
            action = QAction(label, window)  # a language's own name is never translated
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self._connect()
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        self.toolbar = self._build_toolbar()

    def _connect(self) -> None:
        w = self.window
        slots: dict[str, Callable] = {
            "new_project": w.new_project_dialog, "open_project": w.open_project_dialog,
            "import": w.import_dialog, "close_project": w.close_project, "quit": w.close,
            "export_qdpx": w.exporter.export_qdpx, "export_qdc": w.exporter.export_qdc,
            "export_codebook": w.exporter.export_codebook_table, "export_reports": w.exporter.export_reports,
            "undo": w.undo, "redo": w.redo, "edit_text": w.set_text_editing, "set_coder": w.set_coder_dialog,
            "code_current": lambda: w.coding and w.coding.apply_current_code(),
            "code_with": lambda: w.coding and w.coding.code_with(),
            "in_vivo": lambda: w.coding and w.coding.in_vivo(),
            "remove_coding": lambda: w.coding and w.coding.remove_coding(),
            "fit_coding": lambda: w.coding and w.coding.resize_to_selection(),
            "resize_coding": lambda: w.coding and w.coding.resize_exactly(),
            "change_code": lambda: w.coding and w.coding.change_code(),
            "suggest": w.suggest, "train_suggestions": w.train_suggestions,
            "retrieval": lambda: w.views.show("retrieval"), "matrix": lambda: w.views.show("matrix"),
            "merge_project": w.team.merge_project, "merge_codebook": w.team.merge_codebook,
            "disagreements": lambda: w.views.show("disagreements"), "agreement": lambda: w.views.show("agreement"),
            "pseudonymise": lambda: w.views.show("pseudo"), "speakers_cases": w.tools.speakers_to_cases,
            "autocode_speakers": w.tools.autocode_speakers,
            "zoom_in": lambda: w.zoom(1), "zoom_out": lambda: w.zoom(-1),
            "zoom_reset": lambda: w.zoom(0), "ui_larger": lambda: w.interface_font(1),
            "ui_smaller": lambda: w.interface_font(-1), "high_contrast": w.set_high_contrast,
            "coders_all": lambda: w.show_coders("all"), "coders_mine": lambda: w.show_coders("mine"),
            "shortcuts": w.show_shortcuts, "nlp_status": w.nlp.show_dialog, "about": w.show_about,
        }
        for name, slot in slots.items():
            if self.a[name].isCheckable() and name not in ("coders_all", "coders_mine"):
                self.a[name].toggled.connect(slot)
            else:
                self.a[name].triggered.connect(lambda _checked=False, s=slot: s())
        for code, action in self.language_actions.items():
            action.triggered.connect(lambda _checked=False, c=code: w.set_language(c))

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        for menu_name, items in MENUS.items():
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{menu_name}")
            self.menus[menu_name] = menu
            self._fill(menu, items)
        for action in self.language_actions.values():
            self.menus["language"].addAction(action)

    def _fill(self, menu: QMenu, items: list[str]) -> None:
        for item in items:
            if item == "-":
                menu.addSeparator()
            elif item in SUBMENUS:
                sub = menu.addMenu("")
                sub.setObjectName(f"menu_{item}")
                self.menus[item] = sub
                self._fill(sub, SUBMENUS[item])
            else:
                menu.addAction(self.a[item])

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in ("open_project", "import", "-", "undo", "redo", "-", "code_with", "in_vivo", "remove_coding",
                     "-", "edit_text", "suggest", "-", "zoom_in", "zoom_out"):
            if name == "-":
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.a[name])
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        return toolbar

    def update_enabled(self, has_project: bool, writable: bool) -> None:
        """Grey out what cannot be done now."""
        for name, (_key, _icon, needs, _checkable) in SPECS.items():
            if needs == "write":
                self.a[name].setEnabled(has_project and writable)
            elif needs == "project":
                self.a[name].setEnabled(has_project)
        self.a["undo"].setEnabled(has_project and self.window.stack.canUndo())
        self.a["redo"].setEnabled(has_project and self.window.stack.canRedo())
        self.menus["export"].setEnabled(has_project)

    def retranslate(self) -> None:
        """Every menu and action text in the current language."""
        for name, title in menu_titles().items():
            self.menus[name].setTitle(title)
        for name, text in action_texts().items():
            self.a[name].setText(text)
            self.a[name].setToolTip(text.replace("&", "").rstrip("…") + self._key_hint(self.a[name]))
        self.toolbar.setWindowTitle(translate("WorkbenchActions", "Toolbar"))
        self.update_undo_texts()

    @staticmethod
    def _key_hint(action: QAction) -> str:
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return f" ({key})" if key else ""

    def update_undo_texts(self) -> None:
        """'Undo Code selection' / 'Redo …' after every push, undo and redo."""
        stack = self.window.stack
        for name, base, text in (("undo", translate("WorkbenchActions", "&Undo"), stack.undoText()),
                                 ("redo", translate("WorkbenchActions", "&Redo"), stack.redoText())):
            self.a[name].setText(f"{base} {text}" if text else base)
            self.a[name].setIconText(base.replace("&", ""))  # the toolbar keeps the short label

