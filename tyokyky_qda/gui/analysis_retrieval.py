"""The coded-segments retrieval view: a code query (AND / OR / NOT, built from the code tree or
typed), filters by source kind, coder, case and attribute, and the segments found with their
source, speaker or question and text; double-click shows a segment in its document.

Queries run on the worker (``analysis.retrieval.retrieve``), so typing and filtering never block
the window; a newer query supersedes an older one still running.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import pandas as pd
from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QTableView, QTreeWidget,
                               QTreeWidgetItem, QTreeWidgetItemIterator, QVBoxLayout, QWidget)

from tyokyky_qda.analysis.labels import kind_label
from tyokyky_qda.analysis.retrieval import retrieve
from tyokyky_qda.analysis.scope import SegmentFilter
from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.model import SOURCE_KINDS
from tyokyky_qda.gui.analysis_common import ProgressStrip, ViewJobs, ask_save_path, set_message
from tyokyky_qda.gui.analysis_frame_model import SORT_ROLE, FrameModel

QUERY_KEY = "retrieval"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN = ["source", "code", "coder", "where", "text"]
RERUN_DELAY_MS = 300


def export_segments(project, frame: pd.DataFrame, path: str, lang: str = "fi") -> list[Path]:
    """Write retrieved segments as quote tables (one per top-level code group, except in CSV)."""
    from tyokyky_qda.analysis.labels import t
    from tyokyky_qda.export import write_report
    from tyokyky_qda.export.model import Report
    from tyokyky_qda.export.reports import segments_tables

    tables = segments_tables(project, frame, lang, split=not path.lower().endswith(".csv"))
    return write_report(Report(t("segments_title", lang), list(tables), lang), path)


class RetrievalView(QWidget):
    """Code query + filters → a sortable list of coded segments with a preview of the one selected."""

    #: (source id, start, end) of a segment the user double-clicked: show it in its document.
    segmentActivated = Signal(int, int, int)

    def __init__(self, project, parent: Optional[QWidget] = None, *, ops=None):
        super().__init__(parent)
        self.jobs = ViewJobs(project, ops, self)
        #: Language of code names and of exported tables ("fi" by default).
        self.lang = "fi"
        self.ask_save_path = ask_save_path  # tests replace it (a modal dialog blocks offscreen runs)
        self.frame = pd.DataFrame()
        self.code_filter = QLineEdit(self)
        self.code_filter.setClearButtonEnabled(True)
        self.code_filter.textChanged.connect(self._filter_codes)
        self.codes = QTreeWidget(self)
        self.codes.setHeaderHidden(True)
        self.codes.itemDoubleClicked.connect(lambda item, _c: self.add_code(self.item_code(item), "OR"))
        self.op_buttons = {op: QPushButton(self) for op in ("OR", "AND", "AND NOT")}
        for op, button in self.op_buttons.items():
            button.clicked.connect(lambda _c=False, o=op: self.add_code(self.item_code(self.codes.currentItem()), o))
        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.run)
        self.run_button, self.export_button = QPushButton(self), QPushButton(self)
        self.run_button.clicked.connect(self.run)
        self.export_button.clicked.connect(self.export)
        self.filters = {name: QComboBox(self) for name in ("kind", "coder", "case", "attribute", "value")}
        self.filters["value"].setEditable(True)
        self.filters["value"].setMinimumContentsLength(10)
        for name in ("kind", "coder", "case"):
            self.filters[name].currentIndexChanged.connect(self._schedule)
        self.filters["attribute"].currentIndexChanged.connect(lambda _i: self._fill_values())
        self.filters["value"].currentTextChanged.connect(self._schedule)
        self.model = FrameModel(self)
        self.model.tooltip = self._tooltip
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self._setup_table()
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.status = QLabel(self)
        self._timer = QTimer(self, singleShot=True, interval=RERUN_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self._layout()
        self.retranslate()
        self.reload()
        self.jobs.ops.changed.connect(self.on_changes)

    # -- construction ----------------------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        # Text order until the user clicks a header (sorting would otherwise start on column 0).
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(self._activated)
        table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_preview(cur))

    def _layout(self) -> None:
        left = QWidget(self)
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.code_filter)
        lbox.addWidget(self.codes, 1)
        ops = QHBoxLayout()
        for button in self.op_buttons.values():
            ops.addWidget(button)
        lbox.addLayout(ops)
        self.filter_labels = {name: QLabel(self) for name in self.filters}
        grid = QGridLayout()
        for i, name in enumerate(("kind", "coder", "case")):
            grid.addWidget(self.filter_labels[name], 0, 2 * i)
            grid.addWidget(self.filters[name], 0, 2 * i + 1)
        grid.addWidget(self.filter_labels["attribute"], 1, 0)
        grid.addWidget(self.filters["attribute"], 1, 1)
        grid.addWidget(self.filter_labels["value"], 1, 2)
        grid.addWidget(self.filters["value"], 1, 3, 1, 3)
        query_row = QHBoxLayout()
        query_row.addWidget(self.query, 1)
        query_row.addWidget(self.run_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setSizes([420, 120])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        right = QWidget(self)
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addLayout(query_row)
        rbox.addLayout(grid)
        rbox.addWidget(split, 1)
        rbox.addWidget(ProgressStrip(self.jobs, QUERY_KEY, right))
        rbox.addLayout(bottom)
        outer = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(left)
        outer.addWidget(right)
        outer.setSizes([280, 900])
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(outer)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.code_filter.setPlaceholderText(self.tr("Filter codes…"))
        self.query.setPlaceholderText(self.tr("Codes to retrieve, e.g. [T1] AND NOT [Vaikutukset]; empty: all"))
        self.op_buttons["OR"].setText(self.tr("+ OR"))
        self.op_buttons["AND"].setText(self.tr("+ AND"))
        self.op_buttons["AND NOT"].setText(self.tr("+ AND NOT"))
        self.op_buttons["OR"].setToolTip(self.tr("Add the selected code: segments of either code"))
        self.op_buttons["AND"].setToolTip(self.tr("Add the selected code: only segments where it also applies"))
        self.op_buttons["AND NOT"].setToolTip(self.tr("Add the selected code: only segments where it does not apply"))
        self.run_button.setText(self.tr("Retrieve"))
        self.export_button.setText(self.tr("Export…"))
        for name, text in (("kind", self.tr("Source kind")), ("coder", self.tr("Coder")), ("case", self.tr("Case")),
                           ("attribute", self.tr("Attribute")), ("value", self.tr("is"))):
            self.filter_labels[name].setText(text)
        self.headers = [self.tr("Source"), self.tr("Code"), self.tr("Coder"), self.tr("Speaker / question"),
                        self.tr("Text")]
        if not self.frame.empty:
            self._show(self.frame)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- codes and filters -------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read codes, coders, cases and attributes (after the project changed), then query."""
        project = self.jobs.project
        self._fill_codes(project)
        every = self.tr("(all)")
        choices = {"kind": [(k, kind_label(k, self.lang)) for k in SOURCE_KINDS],
                   "coder": [(c["name"], c["name"]) for c in project.coders()],
                   "case": [(c.id, c.name) for c in project.cases()],
                   "attribute": [(a["name"], a["name"]) for a in project.attributes()]}
        for name, items in choices.items():
            combo = self.filters[name]
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(every, None)
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)
        self._fill_values()
        self.run()

    def _fill_codes(self, project) -> None:
        self.codes.clear()
        items: dict[Optional[int], Any] = {None: self.codes.invisibleRootItem()}
        for code in project.codes():  # tree order: parents first
            item = QTreeWidgetItem(items.get(code.parent_id, self.codes.invisibleRootItem()), [code.name])
            item.setData(0, ID_ROLE, code.id)
            item.setData(0, Qt.ItemDataRole.ToolTipRole, project.code_path(code.id))
            items[code.id] = item
        self.codes.expandToDepth(0)

    def _fill_values(self) -> None:
        name = self.filters["attribute"].currentData()
        combo = self.filters["value"]
        combo.blockSignals(True)
        combo.clear()
        combo.setEnabled(name is not None)
        if name is not None:
            values = set()
            for kind in ("source", "case"):
                for attrs in self.jobs.project.attribute_table(kind).values():
                    if name in attrs and attrs[name] is not None:
                        values.add(str(attrs[name]))
            combo.addItems(sorted(values, key=str.casefold))
        combo.blockSignals(False)
        self._schedule()

    def _filter_codes(self, text: str) -> None:
        needle = text.casefold()
        it = QTreeWidgetItemIterator(self.codes)
        while it.value():
            item = it.value()
            item.setHidden(bool(needle) and needle not in item.data(0, Qt.ItemDataRole.ToolTipRole).casefold())
            if needle and not item.isHidden():
                parent = item.parent()
                while parent is not None:
                    parent.setHidden(False)
                    parent.setExpanded(True)
                    parent = parent.parent()
            it += 1

    @staticmethod
    def item_code(item: Optional[QTreeWidgetItem]) -> Optional[int]:
        """The code id of a tree item."""
        return item.data(0, ID_ROLE) if item is not None else None

    def add_code(self, code_id: Optional[int], op: str = "OR") -> None:
        """Add a code to the query with an operator (the first code needs none) and run it."""
        if code_id is None:
            return
        term = f"[{self.jobs.project.code_path(code_id)}]"
        current = self.query.text().strip()
        self.query.setText(f"{current} {op} {term}" if current else (f"NOT {term}" if op == "AND NOT" else term))
        self.run()

    def segment_filter(self) -> SegmentFilter:
        """The filters as chosen."""
        get = {name: combo.currentData() for name, combo in self.filters.items()}
        attributes = {}
        if get["attribute"] is not None and self.filters["value"].currentText().strip():
            attributes[get["attribute"]] = self.filters["value"].currentText().strip()
        return SegmentFilter(source_kinds=[get["kind"]] if get["kind"] else (),
                             coders=[get["coder"]] if get["coder"] else (),
                             cases=[get["case"]] if get["case"] is not None else (), attributes=attributes)

    # -- querying ----------------------------------------------------------------------------------
    def _schedule(self, *_args) -> None:
        self._timer.start()

    def run(self) -> None:
        """Retrieve the segments of the query within the filters (on the worker)."""
        self._timer.stop()
        query, flt, lang = self.query.text().strip() or None, self.segment_filter(), self.lang
        set_message(self.status, self.tr("Retrieving…"))
        self.jobs.run(QUERY_KEY, lambda project, job: retrieve(project, query, filter=flt, lang=lang,
                                                               progress=job.progress, cancel=job.cancelled),
                      self._show, self._failed, label=self.tr("Retrieving segments"), long=False)

    def _show(self, frame: pd.DataFrame) -> None:
        frame = frame.copy()
        # A turn has a speaker; an answer or a report field has its question or field label.
        frame["where"] = [s or q for s, q in zip(frame["speaker"], frame["question"])]
        self.frame = frame
        self.model.set_frame(frame, SHOWN, self.headers)
        header = self.table.horizontalHeader()
        for col in range(len(SHOWN) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 220))
        sources = frame["source_id"].nunique() if len(frame) else 0
        set_message(self.status, self.tr("%1 segments in %2 sources").replace("%1", str(len(frame)))
                    .replace("%2", str(sources)))
        self.export_button.setEnabled(len(frame) > 0)
        self.preview.setPlainText("")

    def _failed(self, message: str) -> None:
        set_message(self.status, message, error=True)

    def _tooltip(self, row: int, col: int) -> Optional[str]:
        r = self.model.row(row)
        if SHOWN[col] == "text":
            return r["text"][:1500]
        return f"{r['reference']}\n{r['code_path']}"

    def _row(self, proxy_index) -> Optional[pd.Series]:
        if not proxy_index.isValid():
            return None
        return self.model.row(self.proxy.mapToSource(proxy_index).row())

    def _show_preview(self, proxy_index) -> None:
        r = self._row(proxy_index)
        if r is None:
            self.preview.setPlainText("")
            return
        self.preview.setPlainText(f"{r['reference']} · {r['code_path']} · {r['coder']}\n\n{r['text']}")

    def _activated(self, proxy_index) -> None:
        r = self._row(proxy_index)
        if r is not None:
            self.segmentActivated.emit(int(r["source_id"]), int(r["start"]), int(r["end"]))

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Query again when codings, codes, cases or attributes changed."""
        if any(changes.touches(t) for t in ("codes", "coders", "cases", "attributes", "attribute_values")):
            self.reload()
        elif any(changes.touches(t) for t in ("codings", "sources", "sections", "case_links")):
            self._schedule()

    # -- export ------------------------------------------------------------------------------------
    def export(self) -> Optional[str]:
        """Write the segments found as quote tables (XLSX, DOCX, PDF, CSV or HTML)."""
        if self.frame.empty:
            return None
        path = self.ask_save_path(self, self.tr("Export the segments"),
                                  name="segmentit.xlsx" if self.lang == "fi" else "segments.xlsx")
        if not path:
            return None
        frame, lang = self.frame, self.lang
        self.jobs.run("retrieval-export", lambda project, job: export_segments(project, frame, path, lang),
                      lambda files: set_message(self.status, self.tr("Saved %1").replace(
                          "%1", ", ".join(str(f) for f in files))), self._failed,
                      label=self.tr("Exporting segments"))
        return path
