"""The central panel: which source is open, its header, and keeping the view in step with the
project (refreshing only what a ``Changes`` record touched)."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import NotFound
from tyokyky_qda.gui.labels import kind_label
from tyokyky_qda.gui.qt_document import CodeStyle, DocumentView
from tyokyky_qda.gui.style import code_colour, highlight_colour
from tyokyky_qda.gui.text_editing import TextEditSession

#: Above this many changed codings a full re-read of the source's codings is cheaper.
RELOAD_THRESHOLD = 300


class DocumentPanel(QWidget):
    """Header + document view, or a hint when no source is open."""

    sourceShown = Signal(int)

    def __init__(self, ops, stack, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ops, self.stack = ops, stack
        self.view = DocumentView(self)
        self.editing = TextEditSession(self.view, ops, stack, self)
        self.header = QLabel(self)
        self.header.setObjectName("documentHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setContentsMargins(6, 3, 6, 3)
        self.hint = QLabel(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.header)
        box.addWidget(self.view, 1)
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self.hint)
        self.pages.addWidget(page)
        self._high_contrast = False
        self.refresh_styles()
        self.retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(820, 640)

    @property
    def project(self):
        """The open project."""
        return self.ops.project

    @property
    def source_id(self) -> Optional[int]:
        """The source on show, if any."""
        return self.view.source_id

    # -- showing ------------------------------------------------------------------------------
    def show_source(self, source_id: Optional[int]) -> None:
        """Open a source in the view (None shows the hint)."""
        self.editing.stop()
        if source_id is None:
            self.view.set_document(None, "")
            self.pages.setCurrentIndex(0)
            return
        project = self.project
        source = project.source(source_id)
        self.view.me = project.coder
        self.view.set_document(source_id, source.text, project.coding_spans(source_id),
                               project.sections(source_id))
        self.editing.reset()
        self.pages.setCurrentIndex(1)
        self._update_header()
        self.sourceShown.emit(source_id)

    def reload(self) -> None:
        """Re-read the open source, keeping the scroll position."""
        if self.source_id is None:
            return
        bar = self.view.verticalScrollBar()
        value = bar.value()
        self.show_source(self.source_id)
        bar.setValue(value)

    def reload_codings(self) -> None:
        """Re-read the codings of the open source only."""
        if self.source_id is not None:
            self.view.set_codings(self.project.coding_spans(self.source_id))
            self._update_header()

    def refresh_styles(self) -> None:
        """Colours and paths of the codes, as the view paints them."""
        project = self.project
        paths = project.code_paths()
        styles = {}
        for code in project.codes():
            colour = code_colour(code.color)
            styles[code.id] = CodeStyle(colour, highlight_colour(colour, self._high_contrast), paths[code.id])
        self.view.set_code_styles(styles)

    def set_high_contrast(self, enabled: bool) -> None:
        """Stronger fills and code-coloured underlines."""
        self._high_contrast = enabled
        self.view.high_contrast = enabled
        self.refresh_styles()

    def set_show_coders(self, which: str) -> None:
        """"all" coders' codings or only "mine"."""
        self.view.set_visible_coders(None if which != "mine" else {self.project.coder})

    def _update_header(self) -> None:
        if self.source_id is None:
            return
        source = self.project.source(self.source_id, with_text=False)
        self.header.setText(self.tr("%1 — %2 — %3 characters — %4 codings")
                            .replace("%1", source.name).replace("%2", kind_label(source.kind))
                            .replace("%3", str(len(self.view.text))).replace("%4", str(len(self.view.spans))))

    # -- keeping up with the project -------------------------------------------------------------
    def on_changes(self, changes: Changes, origin: object) -> None:
        """Refresh what a write touched (cf. Anki's ``on_operation_did_execute``)."""
        sid = self.source_id
        if changes.touches("codes"):
            self.refresh_styles()
        if sid is None:
            return
        if sid in changes.deleted.get("sources", []):
            self.show_source(None)
            return
        if origin is self.editing:
            return  # typing here: the view moved its highlights already
        if sid in changes.updated.get("sources", []) or sid in changes.created.get("sources", []):
            self.reload()
            return
        if changes.touches("sections"):
            self.view.set_sections(self.project.sections(sid))
        if changes.touches("codings"):
            self._apply_coding_changes(changes)
        elif changes.touches("sources"):
            self._update_header()

    def _apply_coding_changes(self, changes: Changes) -> None:
        view = self.view
        view.remove_codings([i for i in changes.deleted.get("codings", []) if i in view.spans])
        ids = set(changes.created.get("codings", [])) | set(changes.updated.get("codings", []))
        if len(ids) > RELOAD_THRESHOLD:
            self.reload_codings()
            return
        fresh, gone = [], []
        for cid in ids:
            try:
                coding = self.project.coding(cid)
            except NotFound:
                gone.append(cid)
                continue
            if coding.source_id == self.source_id:
                fresh.append(coding)
            else:
                gone.append(cid)
        view.remove_codings([i for i in gone if i in view.spans])
        view.add_codings(fresh)
        self._update_header()

    # -- language ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.hint.setText(self.tr("Choose a source from the list on the left, or drop files here to import them."))
        self.view.setAccessibleName(self.tr("Source text"))
        self._update_header()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
