"""Preferences of the main window: layout, zoom, fonts, contrast, coders, language, coder name,
and the help dialogs. A mixin so ``main_window.py`` stays about projects and panels."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tyokyky_qda import __version__
from tyokyky_qda.gui.i18n import i18n
from tyokyky_qda.gui.style import apply_high_contrast

translate = QCoreApplication.translate  # a mixin: the context must be named, not taken from the class
DEFAULT_DOC_FONT = 11
STATE_VERSION = 1  # bump when the dock layout changes incompatibly


class WindowPrefsMixin:
    """Needs ``settings``, ``actions``, ``document``, ``status`` (see MainWindow)."""

    # -- layout ----------------------------------------------------------------------------------
    def restore_window_prefs(self) -> None:
        """Window size and position from the last session."""
        geometry = self.settings.get("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.actions.language_actions.get(i18n().language, self.actions.language_actions["en"]).setChecked(True)

    def save_window_prefs(self) -> None:
        """Remember size, position and dock layout."""
        self.settings.set("window/geometry", self.saveGeometry())
        self.save_dock_state()

    def save_dock_state(self) -> None:
        """Remember where the docks are (called before a project's docks go away)."""
        if self.docks:
            self.settings.set("window/state", self.saveState(STATE_VERSION))

    def restore_dock_state(self) -> None:
        """Put the docks where the user left them."""
        state = self.settings.get("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state, STATE_VERSION)

    # -- view -------------------------------------------------------------------------------------
    def apply_view_prefs(self) -> None:
        """Apply the stored zoom, contrast and coder filter to a freshly opened project."""
        if self.document is not None:
            self.document.view.set_font_size(self.settings.get("document_font_size"))
        contrast = bool(self.settings.get("high_contrast"))
        self.actions.a["high_contrast"].setChecked(contrast)
        if self.document is not None:
            self.document.set_high_contrast(contrast)
        which = self.settings.get("show_coders")
        self.actions.a["coders_mine" if which == "mine" else "coders_all"].setChecked(True)
        if self.document is not None:
            self.document.set_show_coders(which)

    def zoom(self, step: int) -> None:
        """Bigger (+1), smaller (-1) or normal (0) document text."""
        size = DEFAULT_DOC_FONT if step == 0 else self.settings.get("document_font_size") + step
        size = max(7, min(40, size))
        self.settings.set("document_font_size", size)
        if self.document is not None:
            self.document.view.set_font_size(size)

    def interface_font(self, step: int) -> None:
        """Bigger or smaller text in menus, lists and panels."""
        app = QApplication.instance()
        font = app.font()
        size = max(7.0, min(24.0, font.pointSizeF() + step))
        font.setPointSizeF(size)
        app.setFont(font)
        self.settings.set("interface_font_size", int(size))

    def set_high_contrast(self, on: bool) -> None:
        """High-contrast palette and stronger highlights."""
        self.settings.set("high_contrast", bool(on))
        apply_high_contrast(bool(on))
        if self.document is not None:
            self.document.set_high_contrast(bool(on))

    def show_coders(self, which: str) -> None:
        """Show every coder's codings or only mine."""
        self.settings.set("show_coders", which)
        if self.document is not None:
            self.document.set_show_coders(which)

    def set_language(self, language: str) -> None:
        """Switch the interface language now and for the next start."""
        self.settings.set("language", language)
        i18n().install(language)
        self.actions.language_actions[language].setChecked(True)

    def set_coder_dialog(self) -> None:
        """Set the name codings are recorded under."""
        current = self.project.coder if self.project else self.settings.get("coder")
        name = self.prompts.ask_text(translate("MainWindow", "Coder name"), translate("MainWindow", "Record my codings under the name:"), current)
        if name:
            self.settings.set("coder", name)
            if self.project is not None:
                self.project.coder = name
                if self.document is not None:
                    self.document.view.me = name
            self.status.show_stats(self.project)

    # -- help ----------------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts (everything can be done without a mouse)."""
        rows = [f"{a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}\t{a.text().replace('&', '')}"
                for a in self.actions.a.values() if not a.shortcut().isEmpty()]
        extra = [translate("MainWindow", "1–9\tApply the code with that key to the selected text"),
                 translate("MainWindow", "Shift+arrows\tSelect text with the keyboard"),
                 translate("MainWindow", "Enter (in the codebook)\tApply the current code"),
                 translate("MainWindow", "A / R / S (review mode)\tAccept, reject or skip a suggestion"),
                 translate("MainWindow", "N / P (disagreements)\tNext or previous disagreement"),
                 translate("MainWindow", "Alt+A / Alt+B / Alt+O (disagreements)\tKeep A, B or both")]
        self.prompts.info(translate("MainWindow", "Keyboard shortcuts"), "\n".join(rows + extra))

    def show_about(self) -> None:
        """Version, purpose and the promise that nothing leaves the machine."""
        text = translate("MainWindow", "tyokyky-qda %1\nQualitative data analysis for evaluation research: code "
                                       "interviews, surveys and reports, compare coders and export report "
                                       "tables.").replace("%1", __version__)
        offline = translate("MainWindow", "Everything runs on this computer. Nothing you import, code or write "
                                          "leaves the machine: code suggestions and pseudonymisation use local "
                                          "language models, and the program makes no network connections.")
        self.prompts.info(translate("MainWindow", "About tyokyky-qda"), f"{text}\n\n{offline}")
