"""Code suggestions for the open source, and a review mode to accept or reject them by keyboard.

Uses ``tyokyky_qda.nlp.suggest.Suggester`` when it is installed; without it the panel says so.
Importing the engine (spaCy, scikit-learn), training it on the project's codings and suggesting
all run on the worker, never on the UI thread; accepting is an undoable coding with origin
"accepted-suggestion"; every decision is fed back to the suggester so it can learn.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from dataclasses import dataclass
from typing import Any, Optional

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import Cancelled
from tyokyky_qda.gui.i18n import core_text, decimal_text
from tyokyky_qda.gui.qt_document import Suggestion
from tyokyky_qda.gui.undo_base import push
from tyokyky_qda.gui.undo_coding import AddCodingCommand


SUGGEST_MODULE = "tyokyky_qda.nlp.suggest"
#: Units whose best code scores lower are not listed. Scores are calibrated probabilities that the
#: coder would apply the code; in a long interview nearly every sentence gets some ranking, and a
#: list of all of them buries the ones more likely than not to be right.
MIN_SCORE = 0.5


def load_suggester_class():
    """The Suggester class, or None when the suggestion engine is not installed.

    Importing it loads spaCy and scikit-learn (about two seconds): call it on the worker."""
    try:
        return importlib.import_module(SUGGEST_MODULE).Suggester
    except (ImportError, AttributeError):
        return None


def suggester_installed() -> bool:
    """True when the suggestion engine is there (checked without importing it)."""
    if SUGGEST_MODULE in sys.modules:  # imported already (or blocked with None)
        return sys.modules[SUGGEST_MODULE] is not None
    try:
        return importlib.util.find_spec(SUGGEST_MODULE) is not None
    except (ImportError, ValueError):
        return False


def _get(obj: Any, name: str, default=None):
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


@dataclass
class Pending:
    """One suggested range and its ranked codes."""

    start: int
    end: int
    options: list[dict]  # {"code": id, "path": str, "score": float, "reason": str}


class SuggestionsPanel(QWidget):
    """List of pending suggestions; A accepts, R rejects, S skips, 1–3 accept an alternative."""

    def __init__(self, ops, stack, context, document, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.ops, self.stack, self.context, self.document = ops, stack, context, document
        self.suggester = None
        self.pending: list[Pending] = []
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.run_button = QPushButton(self)
        self.run_button.clicked.connect(self.suggest)
        self.review = QCheckBox(self)
        self.review.toggled.connect(self.set_review_mode)
        self.list = QTreeWidget(self)
        self.list.setObjectName("suggestionList")
        self.list.setColumnCount(3)
        self.list.setRootIsDecorated(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.installEventFilter(self)
        self.buttons = {name: QPushButton(self) for name in ("accept", "reject", "skip")}
        for name, slot in (("accept", self.accept), ("reject", self.reject), ("skip", self.skip)):
            self.buttons[name].clicked.connect(lambda _c=False, s=slot: s())
        top = QHBoxLayout()
        top.addWidget(self.run_button)
        top.addWidget(self.review)
        bottom = QHBoxLayout()
        for button in self.buttons.values():
            bottom.addWidget(button)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addLayout(top)
        box.addWidget(self.status)
        box.addWidget(self.list, 1)
        box.addLayout(bottom)
        context.sourceChanged.connect(self._source_changed)  # bound: dropped when the panel goes
        self.retranslate()

    @property
    def available(self) -> bool:
        """True when the suggestion engine is installed."""
        return suggester_installed()

    # -- asking for suggestions ---------------------------------------------------------------------
    def _engine(self, project):
        """The project's Suggester, made on first use (on the worker: the import is slow)."""
        if self.suggester is None:
            cls = load_suggester_class()
            if cls is None:
                raise RuntimeError("tyokyky_qda.nlp.suggest")
            self.suggester = cls(project)
        return self.suggester

    def suggest(self) -> None:
        """Ask the engine for suggestions on the open source (on the worker thread); it is
        trained on the project's codings first when they changed since the last training."""
        source_id = self.context.source
        if not self.available or source_id is None or self.ops.readonly:
            self._update_state()
            return

        def job(project, state):
            engine = self._engine(project)
            if getattr(engine, "needs_training", lambda: False)():
                engine.train(lambda f, m="": state.progress(0.8 * f, m), state.cancelled)
            return engine.suggest_source(source_id, unit="sentence", top=3, min_score=MIN_SCORE)

        self.status.setText(self.tr("Looking for suggestions…"))
        self.ops.run_long(job, self.tr("Suggesting codes"), on_done=lambda res: self.show_results(source_id, res),
                          on_error=self._failed)

    def train(self) -> None:
        """Retrain the model on the project's codings and feedback now (on the worker thread)."""
        if not self.available or self.ops.readonly:
            self._update_state()
            return
        self.status.setText(self.tr("Training on your codings…"))
        self.ops.run_long(lambda project, state: self._engine(project).train(state.progress, state.cancelled),
                          self.tr("Training suggestions"), on_done=self._trained, on_error=self._failed)

    def _trained(self, report: dict) -> None:
        segments = sum(int(r.get("segments", 0)) for r in (report or {}).values())
        codes = max([int(r.get("codes", 0)) for r in (report or {}).values()] or [0])
        seconds = sum(float(r.get("seconds", 0.0)) for r in (report or {}).values())
        self.status.setText(self.tr("Trained on %1 coded segments of %2 codes in %3 s.").replace("%1", str(segments))
                            .replace("%2", str(codes)).replace("%3", decimal_text(seconds, 1)))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled."))
        else:
            self.status.setText(self.tr("Suggestions failed: %1").replace("%1", core_text(exc)))

    def show_results(self, source_id: int, results) -> None:
        """Fill the list with the engine's results for a source."""
        if source_id != self.context.source:
            return
        self.pending = []
        for res in results or []:
            options = [dict(code=_get(o, "code"), path=_get(o, "path", ""), score=float(_get(o, "score", 0.0)),
                            reason=_get(o, "reason", "")) for o in (_get(res, "suggestions") or [])]
            if options:
                self.pending.append(Pending(int(_get(res, "start")), int(_get(res, "end")), options))
        self._fill()
        if self.pending:
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def _source_changed(self, _source_id) -> None:
        self.clear()

    def clear(self) -> None:
        """Forget the suggestions (another source was opened)."""
        self.pending = []
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        text = self.document.view.text
        for item in self.pending:
            best = item.options[0]
            excerpt = " ".join(text[item.start:item.end].split())[:120]
            # The panel is narrow: the code's own name here, its full path in the tooltip.
            row = QTreeWidgetItem([excerpt, best["path"].rsplit("/", 1)[-1], decimal_text(best["score"])])
            row.setToolTip(0, text[item.start:item.end])
            row.setToolTip(1, "\n".join(f"{i + 1}. {o['path']} ({decimal_text(o['score'])}) {o['reason']}"
                                        for i, o in enumerate(item.options)))
            self.list.addTopLevelItem(row)
        self.document.view.set_suggestions([Suggestion(p.start, p.end, p.options[0]["code"],
                                                       f"{p.options[0]['path']} ({decimal_text(p.options[0]['score'])})")
                                            for p in self.pending])
        self._update_state()

    # -- review ----------------------------------------------------------------------------------------
    def set_review_mode(self, on: bool) -> None:
        """Review mode: focus the list; keys accept, reject and skip."""
        if on:
            self.list.setFocus()
            if self.list.currentItem() is None and self.list.topLevelItemCount():
                self.list.setCurrentItem(self.list.topLevelItem(0))

    def _current(self) -> Optional[int]:
        item = self.list.currentItem()
        return self.list.indexOfTopLevelItem(item) if item is not None else None

    def _show_current(self, item, _previous) -> None:
        row = self._current()
        if row is not None and 0 <= row < len(self.pending):
            p = self.pending[row]
            self.document.view.select_range(p.start, p.end)

    def accept(self, option: int = 0) -> None:
        """Code the current suggestion with its (n-th) suggested code."""
        row = self._current()
        if row is None or self.ops.readonly or option >= len(self.pending[row].options):
            return
        p = self.pending[row]
        code_id = int(p.options[option]["code"])
        push(self.stack, AddCodingCommand(self.ops, self.context.source, code_id, p.start, p.end,
                                          origin_kind="accepted-suggestion"))
        self._feedback(p, code_id, True)
        self._drop(row)

    def reject(self) -> None:
        """Reject the current suggestion's first code."""
        row = self._current()
        if row is None:
            return
        p = self.pending[row]
        self._feedback(p, int(p.options[0]["code"]), False)
        self._drop(row)

    def skip(self) -> None:
        """Go to the next suggestion without deciding."""
        row = self._current()
        if row is not None and row + 1 < self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(row + 1))

    def _feedback(self, p: Pending, code_id: int, accepted: bool) -> None:
        suggester, source_id = self.suggester, self.context.source
        if suggester is None or not hasattr(suggester, "record_feedback") or self.ops.readonly:
            return
        self.ops.write(lambda project: suggester.record_feedback(source_id, p.start, p.end, code_id, accepted))

    def _drop(self, row: int) -> None:
        del self.pending[row]
        self._fill()
        if self.pending:
            self.list.setCurrentItem(self.list.topLevelItem(min(row, len(self.pending) - 1)))
            if self.review.isChecked():
                self.list.setFocus()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.list and event.type() == QEvent.Type.KeyPress and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            key = event.key()
            actions = {Qt.Key.Key_A: self.accept, Qt.Key.Key_Return: self.accept, Qt.Key.Key_Enter: self.accept,
                       Qt.Key.Key_R: self.reject, Qt.Key.Key_Delete: self.reject,
                       Qt.Key.Key_S: self.skip, Qt.Key.Key_Space: self.skip}
            if key in actions:
                actions[key]()
                return True
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_3:
                self.accept(key - Qt.Key.Key_1)
                return True
        return super().eventFilter(obj, event)

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Suggestions are offsets into the text: a text edit invalidates them."""
        if self.context.source in changes.updated.get("sources", []):
            self.clear()

    # -- language ----------------------------------------------------------------------------------------
    def _update_state(self) -> None:
        ok = self.available and not self.ops.readonly
        self.run_button.setEnabled(ok and self.context.source is not None)
        for button in self.buttons.values():
            button.setEnabled(ok and bool(self.pending))
        if not self.available:
            self.status.setText(self.tr("Suggestions unavailable: the suggestion engine is not installed."))
        elif self.context.source is None:
            self.status.setText(self.tr("Open a source to get suggestions."))
        else:
            self.status.setText(self.tr("%1 suggestions pending. Review: A accept, R reject, S skip, "
                                        "1–3 accept an alternative.").replace("%1", str(len(self.pending))))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.run_button.setText(self.tr("Suggest codes"))
        self.review.setText(self.tr("Review mode"))
        self.list.setHeaderLabels([self.tr("Text"), self.tr("Suggested code"), self.tr("Score")])
        for name, text in (("accept", self.tr("Accept (A)")), ("reject", self.tr("Reject (R)")),
                           ("skip", self.tr("Skip (S)"))):
            self.buttons[name].setText(text)
        self._update_state()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
