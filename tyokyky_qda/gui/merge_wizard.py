"""The "Merge a colleague's project" wizard: pick their .tqda, review the proposed matches of
codes and sources (accept, reject, re-map a code to another of ours, change the fuzzy threshold),
then merge in the background and see what was added.

Nothing is written before the last page: planning reads both projects (theirs opened
read-only), and ``team.merge.apply_merge`` writes everything in one transaction, so a cancelled
or failed merge leaves the project as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QStyledItemDelegate, QTableView,
                               QTabWidget, QVBoxLayout, QWidget, QWizard, QWizardPage)

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.gui.analysis_common import ProgressStrip, ViewJobs, ask_open_path, ask_save_path, set_message
from tyokyky_qda.gui.i18n import core_text, decimal_text
from tyokyky_qda.store.base import EXTENSION
from tyokyky_qda.team.matching import DEFAULT_THRESHOLD
from tyokyky_qda.team.merge import apply_merge
from tyokyky_qda.team.merge_plan import MergePlan, plan_merge

PLAN_KEY, MERGE_KEY = "merge-plan", "merge-apply"
REPLAN_DELAY_MS = 400
_GREY, _FUZZY = QColor("#808080"), QColor("#fff4d6")


class MatchModel(QAbstractTableModel):
    """The code or source matches of a plan. Column 0 carries the accept check box; for codes,
    column 1 (our code) is editable. Decisions the user made survive a re-plan."""

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind  # "codes" | "sources"
        self.matches: list = []
        self.targets: dict[int, str] = {}  # our code ids → paths (codes only)
        self.edits: dict[int, dict] = {}   # other id → {"decision", "target"} chosen by the user

    def set_matches(self, matches: list, targets: Optional[dict[int, str]] = None) -> None:
        """Show a (re-)planned list, re-applying the user's earlier decisions."""
        self.beginResetModel()
        self.matches = matches
        self.targets = targets or {}
        for m in matches:
            edit = self.edits.get(m.other)
            if edit and "target" in edit:
                self._retarget(m, edit["target"])
            if edit and "decision" in edit:
                m.decision = edit["decision"]
        self.endResetModel()

    def _retarget(self, m, target: Optional[int]) -> None:
        m.target = target
        m.target_path = self.targets.get(target, "") if target is not None else ""
        m.method = "manual"
        m.decision = "accept"

    def _headers(self) -> list[str]:
        if self.kind == "codes":
            return [self.tr("Their code"), self.tr("Our code"), self.tr("Matched by"), self.tr("Score")]
        return [self.tr("Their source"), self.tr("Our source"), self.tr("Matched by"), self.tr("Score")]

    def method_label(self, method: str) -> str:
        """How a match was found, in words."""
        return {"guid": self.tr("same GUID"), "path": self.tr("same name"), "fuzzy": self.tr("similar name"),
                "hash": self.tr("same text"), "name+align": self.tr("same name, text differs"),
                "new": self.tr("no match: added as new"), "manual": self.tr("chosen by you")}.get(method, method)

    # -- QAbstractTableModel ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802, D102
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:  # noqa: D102
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        m = self.matches[index.row()]
        if index.column() == 0 and m.target is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == 1 and self.kind == "codes":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102
        if not index.isValid():
            return None
        m, col = self.matches[index.row()], index.column()
        accepted = m.decision == "accept" and m.target is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return m.other_path if self.kind == "codes" else m.other_name
            if col == 1:
                target = m.target_path if self.kind == "codes" else m.target_name
                return target if accepted else self.tr("(add as new)")
            return self.method_label(m.method) if col == 2 else decimal_text(m.score, 1)
        if role == Qt.ItemDataRole.EditRole and col == 1:
            return m.target
        if role == Qt.ItemDataRole.CheckStateRole and col == 0 and m.target is not None:
            return Qt.CheckState.Checked if m.decision == "accept" else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not accepted and col == 1:
            return QBrush(_GREY)
        if role == Qt.ItemDataRole.BackgroundRole and m.method == "fuzzy" and accepted:
            return QBrush(_FUZZY)  # the matches worth a second look
        if role == Qt.ItemDataRole.ToolTipRole and col in (0, 1):
            return self.tr("Unchecked: their item is added as a new one instead of being merged into ours.")
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        m = self.matches[index.row()]
        edit = self.edits.setdefault(m.other, {})
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole and m.target is not None:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            m.decision = edit["decision"] = "accept" if checked else "reject"
        elif index.column() == 1 and role == Qt.ItemDataRole.EditRole and self.kind == "codes":
            target = None if value is None or value == "" else int(value)
            self._retarget(m, target)
            edit.clear()
            edit.update({"target": target, "decision": "accept"})
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
        return True


class TargetCodeDelegate(QStyledItemDelegate):
    """A combo box of our codes (plus "add as new") for re-mapping one of their codes."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        combo.addItem(self.tr("(add as new)"), None)
        for code_id, path in index.model().targets.items():
            combo.addItem(path, code_id)
        combo.setMaxVisibleItems(20)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, at))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PickPage(QWizardPage):
    """Choose their project file; it is opened read-only."""

    def __init__(self, wizard: "MergeWizard"):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Their project"))
        self.setSubTitle(self.tr("Choose the project file a colleague coded. It is only read; nothing in it "
                                 "changes."))
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("Path to a %1 file").replace("%1", EXTENSION))
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.info)
        box.addStretch(1)
        if wizard.project.readonly:
            set_message(self.info, self.tr("This project is open read-only: nothing can be merged into it."),
                        error=True)

    def _browse(self) -> None:
        path = self.wiz.ask_open_path(self, self.tr("Their project"), f"tyokyky-qda (*{EXTENSION})")
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.path.text().strip()) and not self.wiz.project.readonly

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        try:
            self.wiz.open_other(self.path.text().strip())
        except UserError as exc:
            set_message(self.info, core_text(exc), error=True)
            return False
        return True


class PlanPage(QWizardPage):
    """The proposed matches as two tables, a threshold that re-plans, and the summary."""

    def __init__(self, wizard: "MergeWizard"):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Review the matches"))
        self.setSubTitle(self.tr("Uncheck a match to add their item as new; double-click our code to merge "
                                 "theirs into another one. Yellow rows were matched by a similar name."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Merge"))
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(50.0, 100.0)
        self.threshold.setDecimals(0)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.setToolTip(self.tr("How similar two code names must be to be proposed as the same code"))
        self._timer = QTimer(self, singleShot=True, interval=REPLAN_DELAY_MS)
        self._timer.timeout.connect(self.replan)
        self.threshold.valueChanged.connect(lambda _v: self._timer.start())
        save = QPushButton(self.tr("Save plan…"), self)
        save.clicked.connect(self._save_plan)
        self.codes, self.sources = MatchModel("codes", self), MatchModel("sources", self)
        self.tabs = QTabWidget(self)
        self.code_view = self._table(self.codes)
        self.code_view.setItemDelegateForColumn(1, TargetCodeDelegate(self.code_view))
        self.source_view = self._table(self.sources)
        self.tabs.addTab(self.code_view, "")
        self.tabs.addTab(self.source_view, "")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.their = QLabel(self)
        self.their.setWordWrap(True)
        self.strip = ProgressStrip(wizard.jobs, PLAN_KEY, self)
        form = QFormLayout()
        top = QHBoxLayout()
        top.addWidget(self.threshold)
        top.addStretch(1)
        top.addWidget(save)
        form.addRow(self.tr("Similar names from"), top)
        box = QVBoxLayout(self)
        box.addWidget(self.their)
        box.addLayout(form)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.strip)
        box.addWidget(self.summary)
        for model in (self.codes, self.sources):
            model.dataChanged.connect(lambda *_a: self._summarise())

    def _table(self, model: MatchModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.SelectedClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        return view

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        other = self.wiz.other
        stats = other.stats()
        text = self.tr("Their project %1: %2 sources, %3 codes, %4 codings by %5.")
        coders = ", ".join(c["name"] for c in other.coders()) or "–"
        for key, value in (("%1", other.name), ("%2", stats["sources"]), ("%3", stats["codes"]),
                           ("%4", stats["codings"]), ("%5", coders)):
            text = text.replace(key, str(value))
        self.their.setText(text)
        self.replan()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.wiz.plan is not None and not self.wiz.jobs.busy(PLAN_KEY)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API: next() does not check isComplete
        return self.isComplete() and not self._timer.isActive()

    def replan(self) -> None:
        """Plan again with the current threshold (the user's decisions are kept)."""
        self._timer.stop()
        other, threshold = self.wiz.other, float(self.threshold.value())
        if other is None:
            return
        self.wiz.plan = None
        self.completeChanged.emit()
        set_message(self.summary, self.tr("Comparing the projects…"))
        self.wiz.jobs.run(PLAN_KEY, lambda project, job: plan_merge(project, other, threshold),
                          self._planned, self._failed, label=self.tr("Planning the merge"), long=False)

    def _planned(self, plan: MergePlan) -> None:
        project = self.wiz.project
        self.wiz.plan = plan
        self.codes.set_matches(plan.codes, project.code_paths())
        self.sources.set_matches(plan.sources)
        self._summarise()
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        set_message(self.summary, message, error=True)
        self.completeChanged.emit()

    def _summarise(self) -> None:
        plan = self.wiz.plan
        if plan is None:
            return
        merged_codes = sum(1 for m in plan.codes if m.decision == "accept" and m.target is not None)
        merged_sources = sum(1 for m in plan.sources if m.decision == "accept" and m.target is not None)
        self.tabs.setTabText(0, self.tr("Codes (%1)").replace("%1", str(len(plan.codes))))
        self.tabs.setTabText(1, self.tr("Sources (%1)").replace("%1", str(len(plan.sources))))
        text = self.tr("Codes: %1 of their %2 merge into ours, added as new: %3. Sources: %4 of their %5 are "
                       "ours already, added: %6.")
        for key, value in (("%1", merged_codes), ("%2", len(plan.codes)), ("%3", len(plan.codes) - merged_codes),
                           ("%4", merged_sources), ("%5", len(plan.sources)),
                           ("%6", len(plan.sources) - merged_sources)):
            text = text.replace(key, str(value))
        set_message(self.summary, text)

    def _save_plan(self) -> None:
        if self.wiz.plan is None:
            return
        path = self.wiz.ask_save_path(self, self.tr("Save the merge plan"), {".json": "JSON (*.json)"},
                                      "merge-plan.json")
        if path:
            self.wiz.plan.save(Path(path))


class ResultPage(QWizardPage):
    """Runs the merge with progress and shows what it added."""

    def __init__(self, wizard: "MergeWizard"):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Merging"))
        self.strip = ProgressStrip(wizard.jobs, MERGE_KEY, self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.finished = False
        box = QVBoxLayout(self)
        box.addWidget(self.strip)
        box.addWidget(self.result)
        box.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.finished = False
        other, plan = self.wiz.other, self.wiz.plan
        set_message(self.result, self.tr("Merging their codes, sources and codings…"))
        self.wiz.jobs.run(MERGE_KEY, lambda project, job: apply_merge(project, other, plan, job.progress,
                                                                      job.cancelled),
                          self._done, self._failed, label=self.tr("Merging a project"))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.finished

    def _done(self, changes: Changes) -> None:
        info = changes.info
        lines = [self.tr("Codings added: %1").replace("%1", str(info.get("codings_added", 0))),
                 self.tr("Codings that could not be placed (their text differs): %1")
                 .replace("%1", str(info.get("codings_unplaced", 0))),
                 self.tr("Codes added: %1").replace("%1", str(info.get("codes_added", 0))),
                 self.tr("Sources added: %1").replace("%1", str(info.get("sources_added", 0)))]
        conflicts = info.get("attribute_conflicts") or []
        if conflicts:
            lines.append(self.tr("Attribute values not copied (type conflicts): %1").replace("%1", str(len(conflicts))))
            lines.extend(f"  {core_text(c)}" for c in conflicts[:10])
        self.setTitle(self.tr("Merged"))
        set_message(self.result, "\n".join(lines))
        self.finished = True
        self.completeChanged.emit()
        self.wiz.finish_merge(changes)

    def _failed(self, message: str) -> None:
        self.setTitle(self.tr("Nothing was merged"))
        set_message(self.result, message + "\n" + self.tr("Nothing was written to your project."), error=True)
        self.finished = True
        self.completeChanged.emit()


class MergeWizard(QWizard):
    """Merge a colleague's project into ours, reviewing every proposed match first."""

    #: The Changes record of the finished merge (already broadcast through ``ops``).
    merged = Signal(object)

    def __init__(self, project, parent: Optional[QWidget] = None, *, ops=None, other_path: str = ""):
        super().__init__(parent)
        self.project = project
        self.jobs = ViewJobs(project, ops, self)
        self.other = None
        self.plan: Optional[MergePlan] = None
        self.changes: Optional[Changes] = None
        #: File choosers; tests replace them (a modal dialog would block an offscreen run).
        self.ask_open_path, self.ask_save_path = ask_open_path, ask_save_path
        self.setWindowTitle(self.tr("Merge a colleague's project"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.pick_page, self.plan_page, self.result_page = PickPage(self), PlanPage(self), ResultPage(self)
        for page in (self.pick_page, self.plan_page, self.result_page):
            self.addPage(page)
        self.pick_page.path.setText(other_path)
        self.resize(900, 620)

    def open_other(self, path: str) -> None:
        """Open their project read-only (closing one opened before)."""
        p = Path(path).expanduser()
        if not p.exists():
            raise UserError(self.tr("No such file: %1").replace("%1", str(p)))
        if p.resolve() == Path(self.project.path).resolve():
            raise UserError(self.tr("That is this project; choose the other coder's file."))
        from tyokyky_qda.store import Project

        self.close_other()
        self.other = Project.open(p, readonly=True)

    def close_other(self) -> None:
        """Close their project once no job reads it any more."""
        if self.other is not None:
            self.jobs.cancel()
            self.jobs.wait()
            self.other.close()
            self.other = None

    def finish_merge(self, changes: Changes) -> None:
        """Tell every view about the merge and whoever listens to ``merged``."""
        self.changes = changes
        self.jobs.ops.broadcast(changes, self)
        self.merged.emit(changes)

    def done(self, result: int) -> None:  # noqa: D102 - Qt API: also runs on Cancel and close
        self.close_other()
        self.jobs.shutdown()
        super().done(result)
