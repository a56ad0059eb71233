"""The matrix view: rows and columns chosen as in the CLI (``group:NAME``, ``attribute:NAME``,
``source``, ``case``, ``coder``), cells as segments, sources, row or column percentages, presence
or the strongest effect level (Table 4). Clicking a cell lists the segments behind it; the
evaluator can override a cell with a judgement and a memo (an undoable command); the matrix
exports to XLSX, DOCX, PDF, CSV or HTML through ``tyokyky_qda.export``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pandas as pd
from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QPlainTextEdit, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from tyokyky_qda.analysis.frames import load_frames
from tyokyky_qda.analysis.matrix import CELL_KINDS, MatrixResult, compute_matrix
from tyokyky_qda.analysis.retrieval import segment_table
from tyokyky_qda.core.changes import Changes
from tyokyky_qda.gui.analysis_common import ProgressStrip, ViewJobs, ask_save_path, set_message
from tyokyky_qda.gui.analysis_frame_model import FrameModel
from tyokyky_qda.gui.analysis_matrix_model import ClearOverrideCommand, MatrixModel, SetOverrideCommand
from tyokyky_qda.gui.undo_base import push

MATRIX_KEY, CELL_KEY = "matrix", "matrix-cell"
AXIS_KINDS = ("group", "attribute", "source", "case", "coder")
SEGMENT_COLUMNS = ["reference", "code", "effect", "text"]


def cell_segments(project, segment_ids: list[int], lang: str = "fi") -> pd.DataFrame:
    """The retrieval rows of the segments behind a cell, in the cell's order (strongest first)."""
    frames = load_frames(project)
    segs = frames.codings[frames.codings["id"].isin(segment_ids)]
    table = segment_table(frames, segs, lang=lang)
    order = {sid: i for i, sid in enumerate(segment_ids)}
    return table.sort_values("segment_id", key=lambda s: s.map(order)).reset_index(drop=True)


def export_matrix(project, result: MatrixResult, path: str, lang: str = "fi") -> list[Path]:
    """Write a matrix as a report table; overridden cells are marked and explained."""
    from tyokyky_qda.export import write_report
    from tyokyky_qda.export.model import Report
    from tyokyky_qda.export.reports import matrix_table

    table = matrix_table(project, result, lang)
    return write_report(Report(table.title, [table], lang), path)


class AxisPicker(QWidget):
    """What the rows or the columns are: a kind and, for groups and attributes, which one."""

    changed = Signal()

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.kind, self.name = QComboBox(self), QComboBox(self)
        self.name.setMinimumContentsLength(18)
        self.groups: list[str] = []
        self.attributes: list[str] = []
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.kind)
        box.addWidget(self.name, 1)
        self.kind.currentIndexChanged.connect(lambda _i: (self._fill_names(), self.changed.emit()))
        self.name.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_choices(self, labels: dict[str, str], groups: list[str], attributes: list[str]) -> None:
        """Fill the kinds (labels by kind) and the code groups and attributes to choose from."""
        spec = self.spec()
        self.groups, self.attributes = groups, attributes
        self.blockSignals(True)
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in AXIS_KINDS:
            self.kind.addItem(labels[kind], kind)
        self.kind.blockSignals(False)
        self.set_spec(spec or "coder")
        self.blockSignals(False)

    def _fill_names(self) -> None:
        kind = self.kind.currentData()
        names = self.groups if kind == "group" else self.attributes if kind == "attribute" else []
        self.name.blockSignals(True)
        self.name.clear()
        self.name.addItems(names)
        self.name.setVisible(kind in ("group", "attribute"))
        self.name.blockSignals(False)

    def spec(self) -> str:
        """The axis spec for ``compute_matrix``."""
        kind = self.kind.currentData()
        if kind in ("group", "attribute"):
            return f"{kind}:{self.name.currentText()}" if self.name.currentText() else ""
        return kind or ""

    def set_spec(self, spec: str) -> None:
        """Choose an axis by its spec (``group:Tavoitteet``, ``coder``...)."""
        kind, _, name = spec.partition(":")
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.blockSignals(False)
        self._fill_names()
        if name:
            self.name.setCurrentIndex(max(0, self.name.findText(name)))
        self.changed.emit()


class MatrixView(QWidget):
    """Axis and cell choices, the matrix, the segments of the selected cell and its override."""

    #: (source id, start, end) of a segment the user double-clicked: show it in its document.
    segmentActivated = Signal(int, int, int)

    def __init__(self, project, parent: Optional[QWidget] = None, *, ops=None, stack: Optional[QUndoStack] = None):
        super().__init__(parent)
        self.jobs = ViewJobs(project, ops, self)
        self.stack = stack if stack is not None else QUndoStack(self)
        #: Language of labels and of exported tables ("fi" by default).
        self.lang = "fi"
        self.ask_save_path = ask_save_path  # tests replace it (a modal dialog blocks offscreen runs)
        self.result: Optional[MatrixResult] = None
        self._selected: Optional[tuple[str, str]] = None
        self.rows, self.cols = AxisPicker(self), AxisPicker(self)
        self.cell, self.effect_group = QComboBox(self), QComboBox(self)
        self.drop_empty = QCheckBox(self)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)
        self.model = MatrixModel(self)
        self.table = QTableView(self)
        self.segments = FrameModel(self)
        self.segment_view = QTableView(self)
        self.judgement = QComboBox(self)
        self.judgement.setEditable(True)
        self.memo = QPlainTextEdit(self)
        self.override_button, self.clear_button = QPushButton(self), QPushButton(self)
        self.override_button.clicked.connect(self.override_cell)
        self.clear_button.clicked.connect(self.clear_cell)
        self.cell_title, self.status = QLabel(self), QLabel(self)
        self.cell_title.setWordWrap(True)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.compute)
        self._setup_tables()
        self._layout()
        self.retranslate()
        self.reload_choices(initial=True)
        for signal in (self.rows.changed, self.cols.changed, self.cell.currentIndexChanged,
                       self.effect_group.currentIndexChanged, self.drop_empty.toggled):
            signal.connect(self._schedule)
        self.jobs.ops.changed.connect(self.on_changes)
        self.compute()

    # -- construction ----------------------------------------------------------------------------
    def _setup_tables(self) -> None:
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setDefaultSectionSize(128)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentChanged.connect(lambda cur, _prev: self._cell_selected(cur))
        view = self.segment_view
        view.setModel(self.segments)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.doubleClicked.connect(self._segment_activated)
        self.segments.tooltip = lambda r, c: str(self.segments.row(r)["text"])[:1500]

    def _layout(self) -> None:
        self.labels = {name: QLabel(self) for name in ("rows", "cols", "cell", "effect")}
        grid = QGridLayout()
        grid.addWidget(self.labels["rows"], 0, 0)
        grid.addWidget(self.rows, 0, 1)
        grid.addWidget(self.labels["cols"], 0, 2)
        grid.addWidget(self.cols, 0, 3)
        grid.addWidget(self.labels["cell"], 1, 0)
        grid.addWidget(self.cell, 1, 1)
        grid.addWidget(self.labels["effect"], 1, 2)
        grid.addWidget(self.effect_group, 1, 3)
        grid.addWidget(self.drop_empty, 0, 4)
        grid.addWidget(self.export_button, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        form = QFormLayout()
        self.judgement_label, self.memo_label = QLabel(self), QLabel(self)
        form.addRow(self.judgement_label, self.judgement)
        form.addRow(self.memo_label, self.memo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.clear_button)
        side = QWidget(self)
        sbox = QVBoxLayout(side)
        sbox.setContentsMargins(0, 0, 0, 0)
        sbox.addLayout(form)
        sbox.addLayout(buttons)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.segment_view)
        lower.addWidget(side)
        lower.setSizes([800, 320])
        cell_box = QWidget(self)
        cbox = QVBoxLayout(cell_box)
        cbox.setContentsMargins(0, 0, 0, 0)
        cbox.addWidget(self.cell_title)
        cbox.addWidget(lower, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(cell_box)
        split.setSizes([480, 220])
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addLayout(grid)
        box.addWidget(split, 1)
        box.addWidget(ProgressStrip(self.jobs, MATRIX_KEY, self))
        box.addWidget(self.status)

    def retranslate(self) -> None:
        """Texts in the current language."""
        for name, text in (("rows", self.tr("Rows")), ("cols", self.tr("Columns")), ("cell", self.tr("Cells")),
                           ("effect", self.tr("Effect levels from"))):
            self.labels[name].setText(text)
        self.drop_empty.setText(self.tr("Hide empty rows"))
        self.export_button.setText(self.tr("Export…"))
        self.judgement_label.setText(self.tr("Judgement"))
        self.memo_label.setText(self.tr("Why"))
        self.memo.setPlaceholderText(self.tr("What the evidence shows and why you read the cell differently"))
        self.override_button.setText(self.tr("Override cell"))
        self.clear_button.setText(self.tr("Clear override"))
        cells = {"segments": self.tr("Segments"), "sources": self.tr("Sources"), "percent-row": self.tr("% of row"),
                 "percent-col": self.tr("% of column"), "presence": self.tr("Presence"),
                 "effect": self.tr("Strongest effect")}
        current = self.cell.currentData()
        self.cell.blockSignals(True)
        self.cell.clear()
        for kind in CELL_KINDS:
            self.cell.addItem(cells[kind], kind)
        self.cell.setCurrentIndex(max(0, self.cell.findData(current)))
        self.cell.blockSignals(False)
        self.segment_headers = [self.tr("Reference"), self.tr("Code"), self.tr("Effect"), self.tr("Text")]
        self.axis_labels = {"group": self.tr("Code group"), "attribute": self.tr("Attribute"),
                            "source": self.tr("Sources"), "case": self.tr("Cases"), "coder": self.tr("Coders")}
        self._enable_cell_tools()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload_choices(self, initial: bool = False) -> None:
        """Re-read code groups and attributes; the first time, pick the Table 4 matrix if it fits."""
        project = self.jobs.project
        paths = project.code_paths()
        parents = {c.parent_id for c in project.codes() if c.parent_id is not None}
        groups = [paths[c.id] for c in project.codes() if c.id in parents]
        attributes = [a["name"] for a in project.attributes()]
        for picker in (self.rows, self.cols):
            picker.set_choices(self.axis_labels, groups, attributes)
        keep = self.effect_group.currentText()
        self.effect_group.blockSignals(True)
        self.effect_group.clear()
        self.effect_group.addItems(groups)
        self.effect_group.setCurrentIndex(max(0, self.effect_group.findText(keep or "Vaikutukset")))
        self.effect_group.blockSignals(False)
        if initial:
            table4 = {"Toimenpiteet", "Tavoitteet", "Vaikutukset"} <= set(groups)
            self.rows.set_spec("group:Toimenpiteet" if table4 else (f"group:{groups[0]}" if groups else "source"))
            self.cols.set_spec("group:Tavoitteet" if table4 else "coder")
            self.cell.setCurrentIndex(self.cell.findData("effect" if table4 else "segments"))

    # -- computing ---------------------------------------------------------------------------------
    def _schedule(self, *_args) -> None:
        self.effect_group.setEnabled(self.cell.currentData() == "effect")
        self._timer.start()

    def compute(self) -> None:
        """Compute the matrix as chosen (on the worker)."""
        self._timer.stop()
        rows, cols, cell = self.rows.spec(), self.cols.spec(), self.cell.currentData()
        effect, lang = self.effect_group.currentText(), self.lang
        drop = "rows" if self.drop_empty.isChecked() else "none"
        self.effect_group.setEnabled(cell == "effect")
        if not rows or not cols or (cell == "effect" and not effect):
            set_message(self.status, self.tr("Choose what the rows and the columns are."))
            return
        set_message(self.status, self.tr("Computing…"))
        self.jobs.run(MATRIX_KEY, lambda project, job: compute_matrix(
            project, rows, cols, cell, effect_group=effect or "Vaikutukset", lang=lang, drop_empty=drop,
            progress=job.progress, cancel=job.cancelled), self._show, self._failed,
            label=self.tr("Computing the matrix"), long=False)

    def _show(self, result: MatrixResult) -> None:
        self.result = result
        self.model.set_result(result)
        self.table.resizeColumnToContents(self.model.offset - 1)
        self.table.setColumnWidth(self.model.offset - 1, min(self.table.columnWidth(self.model.offset - 1), 300))
        if self.model.grouped:
            self.table.setColumnWidth(0, 170)
        segments = int(result.cells["segment_id"].nunique()) if len(result.cells) else 0
        text = self.tr("%1 rows × %2 columns from %3 segments.").replace("%1", str(len(result.table))) \
            .replace("%2", str(len(result.table.columns))).replace("%3", str(segments))
        if result.overrides:
            text += " " + self.tr("Cells marked * carry the evaluator's judgement (%1).").replace(
                "%1", str(len(result.overrides)))
        set_message(self.status, text)
        self.export_button.setEnabled(True)
        self._reselect()

    def _failed(self, message: str) -> None:
        set_message(self.status, message, error=True)

    def _reselect(self) -> None:
        """Keep the selected cell selected after the matrix was computed again."""
        keys = self._selected
        result = self.result
        if keys and keys[0] in result.row_keys and keys[1] in result.col_keys:
            index = self.model.index(result.row_keys.index(keys[0]), result.col_keys.index(keys[1]) + self.model.offset)
            self.table.setCurrentIndex(index)
            self._cell_selected(index)
        else:
            self._cell_selected(QModelIndex())

    # -- the selected cell -------------------------------------------------------------------------
    def select_cell(self, row, col) -> QModelIndex:
        """Select a cell by row and column labels (or positions); returns its index."""
        row_key, col_key = self.result.key_of(row, col)
        index = self.model.index(self.result.row_keys.index(row_key),
                                 self.result.col_keys.index(col_key) + self.model.offset)
        self.table.setCurrentIndex(index)
        return index

    def _cell_selected(self, index: QModelIndex) -> None:
        keys = self.model.cell_keys(index)
        self._selected = keys
        self._enable_cell_tools()
        if keys is None:
            self.cell_title.setText(self.tr("Click a cell to see the segments behind it."))
            self.segments.set_frame(pd.DataFrame(columns=SEGMENT_COLUMNS), headers=self.segment_headers)
            return
        row, col = self.model.labels(index)
        ids = self.result.segments_by_cell().get(keys, [])
        self.cell_title.setText(self.tr("%1 × %2: %3 segments").replace("%1", row).replace("%2", col)
                                .replace("%3", str(len(ids))))
        self._fill_judgement(keys, index)
        lang, cells = self.lang, self.result.cells
        effects = dict(zip(cells["segment_id"], cells["effect"]))
        self.jobs.run(CELL_KEY, lambda project, job: cell_segments(project, ids, lang),
                      lambda frame: self._show_segments(frame, effects), self._failed, long=False)

    def _show_segments(self, frame: pd.DataFrame, effects: dict) -> None:
        frame = frame.copy()
        frame["effect"] = [effects.get(s, "") for s in frame["segment_id"]]
        columns = SEGMENT_COLUMNS if self.result.cell == "effect" else [c for c in SEGMENT_COLUMNS if c != "effect"]
        headers = [h for c, h in zip(SEGMENT_COLUMNS, self.segment_headers) if c in columns]
        self.segments.set_frame(frame, columns, headers)
        for col in range(len(columns) - 1):
            self.segment_view.resizeColumnToContents(col)
            self.segment_view.setColumnWidth(col, min(self.segment_view.columnWidth(col), 240))

    def _fill_judgement(self, keys: tuple[str, str], index: QModelIndex) -> None:
        result = self.result
        choices = {"effect": [""] + result.effect_levels, "presence": ["x", ""]}.get(result.cell, [])
        override = result.overrides.get(keys)
        self.judgement.clear()
        self.judgement.addItems(choices)
        value = override["value"] if override else self.model.value_text(
            result.table.iat[index.row(), index.column() - self.model.offset])
        self.judgement.setCurrentText("x" if result.cell == "presence" and value == "✓" else value)
        self.memo.setPlainText(override["memo"] if override else "")
        self.clear_button.setEnabled(override is not None and not self.jobs.ops.readonly)

    def _enable_cell_tools(self) -> None:
        on = getattr(self, "_selected", None) is not None and not self.jobs.ops.readonly
        for widget in (self.judgement, self.memo, self.override_button):
            widget.setEnabled(on)
        if not on:
            self.clear_button.setEnabled(False)

    def _segment_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            r = self.segments.row(index.row())
            self.segmentActivated.emit(int(r["source_id"]), int(r["start"]), int(r["end"]))

    # -- overrides ---------------------------------------------------------------------------------
    def override_cell(self) -> None:
        """Record the judgement and memo for the selected cell (undoable)."""
        if self._selected is None or self.result is None:
            return
        command = SetOverrideCommand(self.jobs.ops, self.result.matrix_key, *self._selected,
                                     self.judgement.currentText().strip(), self.memo.toPlainText().strip(),
                                     origin=self)
        command.on_done = lambda _changes: self.compute()
        push(self.stack, command)

    def clear_cell(self) -> None:
        """Let the evidence speak again in the selected cell (undoable)."""
        if self._selected is None or self.result is None or self._selected not in self.result.overrides:
            return
        command = ClearOverrideCommand(self.jobs.ops, self.result.matrix_key, *self._selected, origin=self)
        command.on_done = lambda _changes: self.compute()
        push(self.stack, command)

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Compute again after codings, codes, attributes or overrides changed elsewhere (or undo)."""
        if origin is self:
            return
        if changes.touches("codes") or changes.touches("attributes"):
            self.reload_choices()
        if any(changes.touches(t) for t in ("codes", "codings", "attributes", "attribute_values", "cases",
                                           "case_links", "sources", "coders", "matrix_overrides")):
            self._schedule()

    # -- export ------------------------------------------------------------------------------------
    def export(self) -> Optional[str]:
        """Write the matrix (XLSX, DOCX, PDF, CSV or HTML) with overridden cells marked."""
        if self.result is None:
            return None
        path = self.ask_save_path(self, self.tr("Export the matrix"),
                                  name="matriisi.xlsx" if self.lang == "fi" else "matrix.xlsx")
        if not path:
            return None
        result, lang = self.result, self.lang
        self.jobs.run("matrix-export", lambda project, job: export_matrix(project, result, path, lang),
                      lambda files: set_message(self.status, self.tr("Saved %1").replace(
                          "%1", ", ".join(str(f) for f in files))), self._failed,
                      label=self.tr("Exporting the matrix"))
        return path
