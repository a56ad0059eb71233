"""Disagreement review: two coders' codings of one source side by side, a list of the stretches
where they differ, and "keep A", "keep B", "keep both" recorded as consensus codings
(``team.disagreements.resolve``), with the agreement statistics on a second tab.

Keys: N or Ctrl+Down next, P or Ctrl+Up previous; Alt+A, Alt+B, Alt+O keep A, B, both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QSplitter, QTabWidget, QTextEdit, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.model import Coding
from tyokyky_qda.core.offsets import Utf16Map
from tyokyky_qda.gui.analysis_agreement import AgreementPanel
from tyokyky_qda.gui.analysis_common import ProgressStrip, ViewJobs, set_message
from tyokyky_qda.gui.style import code_colour, highlight_colour
from tyokyky_qda.gui.undo_base import ProjectCommand, push, translate
from tyokyky_qda.team.disagreements import CONSENSUS_CODER, Disagreement, find_disagreements, resolve

SOURCES_KEY, LOAD_KEY = "review-sources", "review-load"
EXCERPT = 80
_CURRENT = QColor("#d00000")


@dataclass
class SourceReview:
    """Everything the view shows for one source and two coders (read on the worker)."""

    source_id: int
    text: str
    a: list[Coding]
    b: list[Coding]
    consensus: list[Coding]
    disagreements: list[Disagreement]
    codes: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (path, colour)


def shared_sources(project, coder_a: str, coder_b: str) -> list[tuple[int, str, int]]:
    """(id, name, number of disagreements) of the sources both coders coded."""
    def coded(name: str) -> set[int]:
        return {c.source_id for c in project.codings(coder=name)}
    both = coded(coder_a) & coded(coder_b)
    return [(s.id, s.name, len(find_disagreements(project, s.id, coder_a, coder_b)))
            for s in project.sources() if s.id in both]


def load_review(project, source_id: int, coder_a: str, coder_b: str, consensus: str) -> SourceReview:
    """The text, both coders' and the consensus codings of a source, and their disagreements."""
    codings = project.codings(source_id=source_id)
    paths = project.code_paths()
    codes = {c.id: (paths[c.id], c.color) for c in project.codes()}
    return SourceReview(source_id, project.source_text(source_id),
                        [c for c in codings if c.coder == coder_a], [c for c in codings if c.coder == coder_b],
                        [c for c in codings if c.coder == consensus],
                        find_disagreements(project, source_id, coder_a, coder_b), codes)


class ResolveCommand(ProjectCommand):
    """Record the consensus for one disagreement; undo removes the consensus codings it added."""

    def __init__(self, ops, disagreement: Disagreement, keep: str, coder: str = CONSENSUS_CODER, *,
                 origin: object = None):
        super().__init__(ops, translate("UndoCommands", "Resolve disagreement"), origin=origin)
        self.disagreement, self.keep, self.coder = disagreement, keep, coder
        self.created: list[int] = []
        self.removed: Optional[dict] = None

    def do(self, project) -> Changes:
        if self.removed:
            return project.restore_rows(self.removed, action="redo resolve disagreement")
        changes = resolve(project, self.disagreement, self.keep, self.coder)
        self.created = list(changes.created.get("codings", []))
        return changes

    def revert(self, project) -> Optional[Changes]:
        if not self.created:
            return None
        changes = project.remove_codings(self.created)
        self.removed = changes.removed_rows
        return changes


class CodedText(QPlainTextEdit):
    """A read-only text with one coder's codings as translucent code colours."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._map = Utf16Map("")

    def show_text(self, text: str) -> None:
        """Replace the text (and clear the highlights)."""
        self._map = Utf16Map(text)
        self.setPlainText(text)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def highlight(self, codings: list[Coding], codes: dict, current: Optional[Disagreement]) -> None:
        """Paint codings; the current disagreement's stretch is underlined and its code stronger."""
        selections = []
        for c in codings:
            strong = current is not None and c.code_id == current.code_id and c.start < current.end \
                and c.end > current.start
            fmt = QTextCharFormat()
            fmt.setBackground(highlight_colour(code_colour(codes.get(c.code_id, ("", ""))[1]), strong))
            selections.append(self._selection(c.start, c.end, fmt))
        if current is not None:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(_CURRENT)
            selections.append(self._selection(current.start, current.end, fmt))
        self.setExtraSelections(selections)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._cursor(start, end)
        sel.format = fmt
        return sel

    def reveal(self, start: int) -> None:
        """Scroll so that ``start`` is in the middle of the view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(start))
        self.setTextCursor(cursor)
        self.centerCursor()


class DisagreementView(QWidget):
    """Review tab (coders, source, disagreements, the two texts, keep buttons) and agreement tab."""

    #: (source id, start, end) of a disagreement the user double-clicked: show it in the document.
    segmentActivated = Signal(int, int, int)
    #: The Changes of a recorded consensus.
    resolved = Signal(object)

    def __init__(self, project, parent: Optional[QWidget] = None, *, ops=None, stack=None,
                 consensus_coder: str = CONSENSUS_CODER):
        super().__init__(parent)
        self.jobs = ViewJobs(project, ops, self)
        self.stack, self.consensus_coder = stack, consensus_coder
        self.review: Optional[SourceReview] = None
        self.decisions: dict[tuple, str] = {}  # (source, code, start, end) → keep, this session
        self._syncing = False
        self.coder_a, self.coder_b, self.source = QComboBox(self), QComboBox(self), QComboBox(self)
        self.source.setMinimumContentsLength(24)
        self.items = QTreeWidget(self)
        self.items.setRootIsDecorated(False)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.currentItemChanged.connect(lambda cur, _prev: self._show_current())
        self.items.itemDoubleClicked.connect(lambda item, _col: self._activate(item))
        self.text_a, self.text_b = CodedText(self), CodedText(self)
        self.label_a, self.label_b = QLabel(self), QLabel(self)
        for label in (self.label_a, self.label_b):
            label.setWordWrap(True)
        self.buttons = {name: QPushButton(self) for name in ("prev", "next", "a", "b", "both")}
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.agreement = AgreementPanel(project, self, jobs=self.jobs)
        self._layout()
        self._connect()
        self.retranslate()
        self.reload_coders()

    # -- construction ----------------------------------------------------------------------------
    def _layout(self) -> None:
        top = QHBoxLayout()
        for label, combo in ((self.tr("Coder A"), self.coder_a), (self.tr("Coder B"), self.coder_b),
                             (self.tr("Source"), self.source)):
            top.addWidget(QLabel(label, self))
            top.addWidget(combo, 1 if combo is self.source else 0)
        texts = QWidget(self)
        grid = QGridLayout(texts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.label_a, 0, 0)
        grid.addWidget(self.label_b, 0, 1)
        grid.addWidget(self.text_a, 1, 0)
        grid.addWidget(self.text_b, 1, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.items)
        split.addWidget(texts)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 820])
        keys = QHBoxLayout()
        for name in ("prev", "next"):
            keys.addWidget(self.buttons[name])
        keys.addStretch(1)
        for name in ("a", "b", "both"):
            keys.addWidget(self.buttons[name])
        review = QWidget(self)
        box = QVBoxLayout(review)
        box.addLayout(top)
        box.addWidget(split, 1)
        box.addLayout(keys)
        box.addWidget(ProgressStrip(self.jobs, SOURCES_KEY, review))
        box.addWidget(self.status)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(review, "")
        self.tabs.addTab(self.agreement, "")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(2, 2, 2, 2)
        outer.addWidget(self.tabs)

    def _connect(self) -> None:
        self.coder_a.currentIndexChanged.connect(lambda _i: self.reload_sources())
        self.coder_b.currentIndexChanged.connect(lambda _i: self.reload_sources())
        self.source.currentIndexChanged.connect(lambda _i: self.load_source())
        slots = {"prev": lambda: self.step(-1), "next": lambda: self.step(1), "a": lambda: self.keep("a"),
                 "b": lambda: self.keep("b"), "both": lambda: self.keep("both")}
        for name, slot in slots.items():
            self.buttons[name].clicked.connect(lambda _c=False, s=slot: s())
        for key, slot in (("N", slots["next"]), ("Ctrl+Down", slots["next"]), ("P", slots["prev"]),
                          ("Ctrl+Up", slots["prev"])):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.text_a.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.text_b, v))
        self.text_b.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.text_a, v))
        self.jobs.ops.changed.connect(self.on_changes)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.tabs.setTabText(0, self.tr("Disagreements"))
        self.tabs.setTabText(1, self.tr("Agreement"))
        self.items.setHeaderLabels([self.tr("Code"), self.tr("Difference"), self.tr("Decision")])
        labels = {"prev": self.tr("Previous (P)"), "next": self.tr("Next (N)"), "a": self.tr("Keep &A"),
                  "b": self.tr("Keep &B"), "both": self.tr("Keep b&oth")}
        for name, text in labels.items():
            self.buttons[name].setText(text)
        self._update_labels()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------------
    def reload_coders(self) -> None:
        """Fill the coder combos (keeping the chosen coders when they still exist)."""
        names = [c["name"] for c in self.jobs.project.coders() if c["name"] != self.consensus_coder]
        for combo, fallback in ((self.coder_a, 0), (self.coder_b, 1)):
            keep = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            at = names.index(keep) if keep in names else min(fallback, len(names) - 1)
            combo.setCurrentIndex(at)
            combo.blockSignals(False)
        self.reload_sources()

    def coders(self) -> tuple[str, str]:
        """The two coders compared."""
        return self.coder_a.currentText(), self.coder_b.currentText()

    def reload_sources(self) -> None:
        """List the sources both coders coded, with their number of disagreements."""
        a, b = self.coders()
        self._update_labels()
        if not a or not b or a == b:
            self._clear(self.tr("Choose two different coders."))
            return
        self.agreement.set_coders([a, b])
        self.jobs.run(SOURCES_KEY, lambda project, job: shared_sources(project, a, b), self._sources_loaded,
                      self._failed, label=self.tr("Finding disagreements"), long=False)

    def _sources_loaded(self, sources: list[tuple[int, str, int]]) -> None:
        keep = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        for sid, name, count in sources:
            self.source.addItem(f"{name} ({count})", sid)
        at = self.source.findData(keep)
        if at < 0:
            at = next((i for i, s in enumerate(sources) if s[2]), 0)
        self.source.setCurrentIndex(at)
        self.source.blockSignals(False)
        if not sources:
            self._clear(self.tr("These coders have not coded the same sources."))
            return
        self.load_source()

    def load_source(self, select: int = 0) -> None:
        """Read the chosen source's codings and disagreements; then select item ``select``."""
        sid = self.source.currentData()
        a, b = self.coders()
        if sid is None or a == b:
            return
        coder = self.consensus_coder
        self.jobs.run(LOAD_KEY, lambda project, job: load_review(project, sid, a, b, coder),
                      lambda review: self._loaded(review, select), self._failed, long=False)

    def _loaded(self, review: SourceReview, select: int) -> None:
        same_source = self.review is not None and self.review.source_id == review.source_id
        self.review = review
        if not same_source:
            self.text_a.show_text(review.text)
            self.text_b.show_text(review.text)
        self.items.blockSignals(True)
        self.items.clear()
        for d in review.disagreements:
            path = review.codes.get(d.code_id, ("?", ""))[0]
            item = QTreeWidgetItem([path.split("/")[-1], self._kind(d), self._decision(d)])
            item.setToolTip(0, path)
            item.setToolTip(1, self.tr("Characters %1–%2: %3").replace("%1", str(d.start)).replace("%2", str(d.end))
                            .replace("%3", review.text[d.start:d.end][:400]))
            self.items.addTopLevelItem(item)
        self.items.resizeColumnToContents(1)
        self.items.blockSignals(False)
        if review.disagreements:
            self.items.setCurrentItem(self.items.topLevelItem(max(0, min(select, len(review.disagreements) - 1))))
        self._show_current()
        self._summary()

    def _clear(self, message: str) -> None:
        self.review = None
        self.items.clear()
        self.text_a.show_text("")
        self.text_b.show_text("")
        set_message(self.status, message)
        self._enable()

    def _failed(self, message: str) -> None:
        set_message(self.status, message, error=True)

    # -- showing ---------------------------------------------------------------------------------
    def current(self) -> Optional[Disagreement]:
        """The disagreement selected in the list."""
        if self.review is None:
            return None
        row = self.items.indexOfTopLevelItem(self.items.currentItem()) if self.items.currentItem() else -1
        return self.review.disagreements[row] if 0 <= row < len(self.review.disagreements) else None

    def _show_current(self) -> None:
        review, d = self.review, self.current()
        if review is None:
            return
        self.text_a.highlight(review.a, review.codes, d)
        self.text_b.highlight(review.b, review.codes, d)
        if d is not None:
            self.text_a.reveal(d.start)
            self.text_b.reveal(d.start)
        self._update_labels()
        self._enable()

    def _update_labels(self) -> None:
        a, b = self.coders()
        d = self.current()
        for label, name, side in ((self.label_a, a, "a"), (self.label_b, b, "b")):
            text = f"<b>{'A' if side == 'a' else 'B'}: {_escape(name)}</b>"
            if d is not None and self.review is not None:
                ranges = getattr(d, side)
                what = _escape(self.review.codes.get(d.code_id, ("?", ""))[0])
                text += " — " + (self.tr("%1 at %2").replace("%1", what).replace("%2", _ranges(ranges))
                                 if ranges else self.tr("did not code %1 here").replace("%1", what))
            label.setText(text)

    def _summary(self) -> None:
        review = self.review
        if review is None:
            return
        done = sum(1 for d in review.disagreements if self._decision(d))
        text = self.tr("%1 disagreements in this source, %2 decided. Consensus codings are recorded as coder "
                       "“%3”.")
        set_message(self.status, text.replace("%1", str(len(review.disagreements))).replace("%2", str(done))
                    .replace("%3", self.consensus_coder))

    def _enable(self) -> None:
        d = self.current()
        rows = len(self.review.disagreements) if self.review else 0
        row = self.items.indexOfTopLevelItem(self.items.currentItem()) if self.items.currentItem() else -1
        writable = not self.jobs.ops.readonly and d is not None
        for name in ("a", "b", "both"):
            self.buttons[name].setEnabled(writable)
        self.buttons["prev"].setEnabled(row > 0)
        self.buttons["next"].setEnabled(row + 1 < rows or self._next_source() is not None)

    def _kind(self, d: Disagreement) -> str:
        if not d.a:
            return self.tr("only B")
        if not d.b:
            return self.tr("only A")
        return self.tr("boundaries")

    def _decision(self, d: Disagreement) -> str:
        keep = self.decisions.get((d.source_id, d.code_id, d.start, d.end))
        if keep:
            return {"a": self.tr("keep A"), "b": self.tr("keep B"), "both": self.tr("keep both")}[keep]
        consensus = self.review.consensus if self.review else []
        if any(c.code_id == d.code_id and c.start < d.end and c.end > d.start for c in consensus):
            return self.tr("decided")
        return ""

    def _sync(self, other: CodedText, value: int) -> None:
        if not self._syncing:
            self._syncing = True
            other.verticalScrollBar().setValue(value)
            self._syncing = False

    def _activate(self, item: QTreeWidgetItem) -> None:
        d = self.current()
        if d is not None:
            self.segmentActivated.emit(d.source_id, d.start, d.end)

    # -- navigating and deciding -------------------------------------------------------------------
    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) disagreement; past the last one, to the next source."""
        if self.review is None:
            return
        row = self.items.indexOfTopLevelItem(self.items.currentItem()) if self.items.currentItem() else -1
        target = row + delta
        if 0 <= target < len(self.review.disagreements):
            self.items.setCurrentItem(self.items.topLevelItem(target))
        elif delta > 0 and self._next_source() is not None:
            self.source.setCurrentIndex(self._next_source())

    def _next_source(self) -> Optional[int]:
        for i in range(self.source.currentIndex() + 1, self.source.count()):
            if not self.source.itemText(i).endswith("(0)"):
                return i
        return None

    def keep(self, side: str) -> None:
        """Record the consensus for the current disagreement and move to the next undecided one."""
        d = self.current()
        if d is None or self.jobs.ops.readonly:
            return
        row = self.items.indexOfTopLevelItem(self.items.currentItem())
        self.decisions[(d.source_id, d.code_id, d.start, d.end)] = side

        def done(changes: Optional[Changes]) -> None:
            self.resolved.emit(changes or Changes(action="resolve disagreement"))
            self.load_source(select=self._next_undecided(row))

        if self.stack is not None:
            command = ResolveCommand(self.jobs.ops, d, side, self.consensus_coder, origin=self)
            command.on_done = done
            push(self.stack, command)
        else:
            self.jobs.write(lambda project: resolve(project, d, side, self.consensus_coder), done,
                            self._failed, origin=self)

    def _next_undecided(self, row: int) -> int:
        ds = self.review.disagreements if self.review else []
        for i in list(range(row + 1, len(ds))) + list(range(0, row + 1)):
            if not self._decision(ds[i]):
                return i
        return row

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Refresh after someone else's change to codings or codes (an undo, a merge)."""
        if origin is self:
            return
        if changes.deleted.get("codings"):
            self.decisions.clear()  # an undo: what is decided is read back from the consensus codings
        if changes.touches("coders"):
            self.agreement.reload_coders()
            self.reload_coders()
        elif changes.touches("codings") or changes.touches("codes"):
            self.reload_sources()


def _ranges(codings: list[Coding]) -> str:
    return ", ".join(f"{c.start}–{c.end}" for c in codings) or "—"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
