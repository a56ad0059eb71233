"""Pseudonymisation review: every finding in context, grouped by entity, with accept, reject,
merge, split, the pseudonym of each entity, and Apply (irreversible, with undo in the session).

``PseudoReviewWidget(project, parent)`` is self-contained: it calls ``tyokyky_qda.pseudo`` directly.
A host window can route the work through its own machinery instead:
- ``writer(fn, done)`` runs ``fn(project) -> Changes`` (a write) and calls ``done(changes)``;
- ``runner(fn, done)`` runs long work ``fn(project, progress, cancel)`` (detection) likewise;
- ``confirm(question) -> bool`` asks before the irreversible apply (a message box by default).
Every write ends in ``changed(Changes)``; the irreversible apply also emits ``applied(Changes)``
(``tyokyky_qda.pseudo.apply.undo_apply(project, changes)`` reverses it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QSplitter, QTextEdit, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.offsets import Utf16Map
from tyokyky_qda.gui.i18n import core_text
from tyokyky_qda.pseudo import apply, memos, review, scan, storage
from tyokyky_qda.pseudo.categories import CATEGORIES, STATUSES, label
from tyokyky_qda.pseudo.model import Finding

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
CTX = "PseudoReview"
ENTITY_ROLE, FINDING_ROLE = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1
CONTEXT_CHARS = 200


@dataclass
class EntityRow:
    """One entity of the review list with its findings (a pure container, built on any thread)."""

    id: int
    category: str
    label: str
    replacement: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def statuses(self) -> set:
        """The statuses its findings have."""
        return {f.status for f in self.findings}


def load_rows(project) -> tuple[list[EntityRow], dict[int, str]]:
    """Entities with their findings in project order (sources, then memos), and source names by id."""
    entities = {e["id"]: e for e in storage.entities(project)}
    rows: dict[int, EntityRow] = {}
    for f in review.list_findings(project):
        e = entities.get(f.entity_id)
        if e is None:
            continue
        row = rows.setdefault(e["id"], EntityRow(e["id"], e["category"], e["label"], f.replacement))
        row.findings.append(f)
    names = {s.id: s.name for s in project.sources()}
    order = sorted(rows.values(), key=lambda r: (CATEGORIES.index(r.category), r.findings[0].entity_number))
    return order, names


class PseudoReviewWidget(QWidget):
    """The review view of pseudonymisation findings."""

    changed = Signal(object)
    applied = Signal(object)

    def __init__(self, project, parent: Optional[QWidget] = None, *,
                 writer: Optional[Callable] = None, runner: Optional[Callable] = None,
                 confirm: Optional[Callable[[str], bool]] = None):
        super().__init__(parent)
        self.project = project
        self._writer, self._runner, self._confirm = writer, runner, confirm
        self.lang = review.project_language(project)
        self.undo_records: list[tuple[str, Changes]] = []
        self.rows: list[EntityRow] = []
        self.source_names: dict[int, str] = {}
        # Findings in memos: the memo's text (for context) and where it is ("Memo: <title>").
        self.memo_texts: dict[int, str] = {}
        self.memo_places: dict = {}
        self._build()
        self.retranslate()
        self.refresh()

    # -- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.category_boxes = {c: QCheckBox(self) for c in CATEGORIES}
        saved = set(scan.saved_categories(self.project))
        cats = QHBoxLayout()
        for c, box in self.category_boxes.items():
            box.setChecked(c in saved)
            cats.addWidget(box)
        self.detect_button = QPushButton(self)
        self.detect_button.clicked.connect(self.detect)
        cats.addStretch(1)
        cats.addWidget(self.detect_button)

        self.status_filter = QComboBox(self)
        self.status_filter.currentIndexChanged.connect(lambda _: self._fill())
        self.search = QLineEdit(self)
        self.search.textChanged.connect(lambda _: self._fill())
        filters = QHBoxLayout()
        self.status_label = QLabel(self)
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.context_view = QTextEdit(self)
        self.context_view.setReadOnly(True)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(self.context_view)
        split.setStretchFactor(0, 3)

        self.replacement_edit = QLineEdit(self)
        self.replacement_edit.returnPressed.connect(self.set_replacement)
        self.buttons = {name: QPushButton(self) for name in
                        ("accept", "reject", "reset", "merge", "split", "replace", "accept_all", "undo", "apply")}
        actions = {"accept": lambda: self.set_status("accepted"), "reject": lambda: self.set_status("rejected"),
                   "reset": lambda: self.set_status("pending"), "merge": self.merge, "split": self.split,
                   "replace": self.set_replacement, "accept_all": self.accept_all, "undo": self.undo,
                   "apply": self.apply_irreversibly}
        for name, button in self.buttons.items():
            button.clicked.connect(actions[name])
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for name in ("accept", "reject", "reset", "merge", "split", "accept_all"):
            row1.addWidget(self.buttons[name])
        row2.addWidget(self.replacement_edit, 1)
        for name in ("replace", "undo", "apply"):
            row2.addWidget(self.buttons[name])
        self.message = QLabel(self)
        layout = QVBoxLayout(self)
        for part in (cats, filters):
            layout.addLayout(part)
        layout.addWidget(split, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.message)

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        for c, box in self.category_boxes.items():
            box.setText(label(c, self.lang))
        self.detect_button.setText(translate("PseudoReview", "Find identifiers"))
        self.status_label.setText(translate("PseudoReview", "Show:"))
        current = self.status_filter.currentIndex()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(translate("PseudoReview", "All"), None)
        for s in STATUSES:
            self.status_filter.addItem(_status_text(s), s)
        self.status_filter.setCurrentIndex(max(0, current))
        self.status_filter.blockSignals(False)
        self.search.setPlaceholderText(translate("PseudoReview", "Filter by text…"))
        self.tree.setHeaderLabels([translate("PseudoReview", "Finding"), translate("PseudoReview", "Pseudonym"),
                                   translate("PseudoReview", "Status"),
                                   translate("PseudoReview", "Source or memo"), translate("PseudoReview", "Context")])
        texts = {"accept": translate("PseudoReview", "Accept"), "reject": translate("PseudoReview", "Reject"),
                 "reset": translate("PseudoReview", "Undecided"),
                 "merge": translate("PseudoReview", "Merge entities"),
                 "split": translate("PseudoReview", "Split off"),
                 "replace": translate("PseudoReview", "Set pseudonym"),
                 "accept_all": translate("PseudoReview", "Accept all pending"),
                 "undo": translate("PseudoReview", "Undo"), "apply": translate("PseudoReview", "Apply to project…")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.replacement_edit.setPlaceholderText(translate("PseudoReview", "Pseudonym of the selected entity"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
            self._fill()
        super().changeEvent(event)

    # -- contents ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload findings from the project and show them."""
        self.rows, self.source_names = load_rows(self.project)
        self.memo_texts = memos.memo_texts(self.project)
        self.memo_places = memos.memo_places(self.project) if any(
            f.memo_id for r in self.rows for f in r.findings) else {}
        self._fill()
        counts = storage.counts(self.project)
        self.buttons["undo"].setEnabled(bool(self.undo_records))
        self.message.setText(translate("PseudoReview", "{pending} to review, {accepted} accepted, {applied} applied").format(
            pending=counts.get("pending", 0), accepted=counts.get("accepted", 0), applied=counts.get("applied", 0)))

    def _fill(self) -> None:
        wanted = self.status_filter.currentData()
        needle = self.search.text().strip().lower()
        texts: dict[int, str] = {}
        self.tree.clear()
        for row in self.rows:
            findings = [f for f in row.findings if (wanted is None or f.status == wanted)
                        and (not needle or needle in f.text.lower() or needle in row.replacement.lower())]
            if not findings:
                continue
            top = QTreeWidgetItem([f"{row.label}  ({label(row.category, self.lang)}, {len(row.findings)}×)",
                                   row.replacement, ", ".join(_status_text(s) for s in sorted(row.statuses))])
            top.setData(0, ENTITY_ROLE, row.id)
            for f in findings:
                before, match, after = review.context(self._text_of(f, texts), f.start, f.end, 40) \
                    if f.status != "applied" else ("", f.replacement, "")
                place = memos.finding_place(f, self.source_names, self.memo_places)
                child = QTreeWidgetItem([f.text, f.replacement, _status_text(f.status), core_text(place),
                                         f"…{before}[{match}]{after}…"])
                child.setData(0, ENTITY_ROLE, row.id)
                child.setData(0, FINDING_ROLE, f.id)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        for col in range(4):
            self.tree.resizeColumnToContents(col)

    def _text_of(self, f: Finding, cache: Optional[dict] = None) -> str:
        """The text a finding is in: its source's, or its memo's."""
        if f.memo_id:
            return self.memo_texts.get(f.memo_id, "")
        cache = {} if cache is None else cache
        if f.source_id not in cache:
            cache[f.source_id] = self.project.source_text(f.source_id)
        return cache[f.source_id]

    def selected_findings(self) -> list[int]:
        """Ids of the selected findings; a selected entity stands for all its listed findings."""
        ids: list[int] = []
        for item in self.tree.selectedItems():
            fid = item.data(0, FINDING_ROLE)
            if fid is not None:
                ids.append(fid)
            else:
                ids.extend(item.child(i).data(0, FINDING_ROLE) for i in range(item.childCount()))
        return list(dict.fromkeys(ids))

    def selected_entities(self) -> list[int]:
        """Ids of the entities of the selected rows, in selection order."""
        return list(dict.fromkeys(item.data(0, ENTITY_ROLE) for item in self.tree.selectedItems()))

    def _selection_changed(self) -> None:
        entities = self.selected_entities()
        row = next((r for r in self.rows if entities and r.id == entities[0]), None)
        self.replacement_edit.setText(row.replacement if row else "")
        findings = self.selected_findings()
        finding = next((f for r in self.rows for f in r.findings if findings and f.id == findings[0]), None)
        self._show_context(finding)

    def _show_context(self, f: Optional[Finding]) -> None:
        if f is None:
            self.context_view.clear()
            return
        text = self._text_of(f)
        a, b = max(0, f.start - CONTEXT_CHARS), min(len(text), f.end + CONTEXT_CHARS)
        piece = text[a:b]
        self.context_view.setPlainText(piece)
        u16 = Utf16Map(piece)  # Qt counts UTF-16 units
        cursor = self.context_view.textCursor()
        cursor.setPosition(u16.to_utf16(f.start - a))
        cursor.setPosition(u16.to_utf16(f.end - a), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setFontWeight(700)
        fmt.setBackground(Qt.GlobalColor.yellow)
        cursor.mergeCharFormat(fmt)

    # -- actions -------------------------------------------------------------------------------
    def _write(self, what: str, fn: Callable, undoable: bool = True,
               after: Optional[Callable[[Changes], None]] = None) -> None:
        def done(changes: Optional[Changes]) -> None:
            if changes is not None:
                if undoable:
                    self.undo_records.append((what, changes))
                self.changed.emit(changes)
                if after is not None:
                    after(changes)
            self.refresh()

        if self._writer is not None:
            self._writer(fn, done)
            return
        try:
            done(fn(self.project))
        except Exception as exc:  # noqa: BLE001 - shown to the user; bugs also go to stderr
            self._error(exc)

    def _error(self, exc: BaseException) -> None:
        from tyokyky_qda.core.errors import UserError

        if not isinstance(exc, UserError):
            import traceback
            traceback.print_exception(exc)
        self.message.setText(core_text(exc))

    def set_status(self, status: str) -> None:
        """Accept, reject or reset the selected findings (or all findings of selected entities)."""
        ids = self.selected_findings()
        if ids:
            self._write("review", lambda p: review.set_status(p, ids, status))

    def accept_all(self) -> None:
        """Accept every pending finding."""
        self._write("review", lambda p: review.accept_all(p))

    def merge(self) -> None:
        """Merge the selected entities into the first selected one."""
        ids = self.selected_entities()
        if len(ids) > 1:
            self._write("review", lambda p: review.merge_entities(p, ids[0], ids[1:]))

    def split(self) -> None:
        """Move the selected findings to a new entity of their own."""
        ids = [i for i in self.selected_findings()]
        if ids:
            self._write("review", lambda p: review.split_findings(p, ids))

    def set_replacement(self) -> None:
        """Give the selected entity the pseudonym in the edit field ("" for the default)."""
        ids = self.selected_entities()
        text = self.replacement_edit.text()
        if ids:
            self._write("review", lambda p: review.set_replacement(p, ids[0], text))

    def undo(self) -> None:
        """Undo the last review step or apply made in this view."""
        if not self.undo_records:
            return
        what, changes = self.undo_records.pop()
        fn = (lambda p: apply.undo_apply(p, changes)) if what == "apply" else (lambda p: review.undo(p, changes))
        self._write(what, fn, undoable=False)

    def apply_irreversibly(self) -> None:
        """Replace accepted findings in the project's texts, after asking."""
        question = translate("PseudoReview", "Replace all accepted findings in the project's texts? Codings stay on "
                                  "their words. This can be undone only until the project is closed.")
        ok = self._confirm(question) if self._confirm else QMessageBox.question(
            self, translate("PseudoReview", "Apply pseudonyms"), question) == QMessageBox.StandardButton.Yes

        if ok:
            self._write("apply", lambda p: apply.apply_to_project(p), after=self.applied.emit)

    def detect(self) -> None:
        """Look for identifiers in the categories ticked (saved in the project)."""
        cats = [c for c, box in self.category_boxes.items() if box.isChecked()]

        def job(p, progress=None, cancel=None):
            with p.transaction("pseudonymisation: detect (review view)") as changes:
                scan.save_categories(p, cats)
                scan.detect_project(p, progress=progress, cancel=cancel)
            return changes

        if self._runner is not None:
            self._runner(job, lambda changes: (self.changed.emit(changes), self.refresh()))
            return
        try:
            self.changed.emit(job(self.project))
        except Exception as exc:  # noqa: BLE001 - shown in the view
            self._error(exc)
        self.refresh()


def _status_text(status: str) -> str:
    return {"pending": translate("PseudoReview", "to review"), "accepted": translate("PseudoReview", "accepted"),
            "rejected": translate("PseudoReview", "rejected"), "applied": translate("PseudoReview", "applied")}.get(status, status)
