"""The inter-coder agreement panel: choose coders and the unit, read percent agreement, Cohen's
kappa and Krippendorff's alpha per code with the prevalence that explains them, and export the
table as a report (``team.agreement_report``)."""

from __future__ import annotations

from typing import Optional

import pandas as pd
from PySide6.QtCore import QEvent, QTimer, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QScrollArea, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from tyokyky_qda.analysis.agreement import UNITS, compute_agreement
from tyokyky_qda.gui.analysis_common import ProgressStrip, ViewJobs, ask_save_path, set_message
from tyokyky_qda.gui.analysis_frame_model import FrameModel, decimal3, percent
from tyokyky_qda.gui.i18n import core_text
from tyokyky_qda.team.agreement_report import write_agreement_report
from tyokyky_qda.team.disagreements import CONSENSUS_CODER

AGREEMENT_KEY = "agreement"
REPORT_FILTERS = {".xlsx": "Excel (*.xlsx)", ".docx": "Word (*.docx)", ".csv": "CSV (*.csv)",
                  ".json": "JSON (*.json)"}
_COLUMNS = ["path", "units", "prevalence", "percent", "kappa", "alpha"]


def agreement_rows(result: dict, overall_label: str) -> pd.DataFrame:
    """The overall row first, then one row per code, in the columns the table shows."""
    rows = [{"path": overall_label, **{k: result["overall"][k] for k in _COLUMNS[1:]}}]
    rows += [{k: c[k] for k in _COLUMNS} for c in result["codes"]]
    return pd.DataFrame(rows, columns=_COLUMNS)


class AgreementPanel(QWidget):
    """Coders (two or more), unit, a statistics table per code and an export button."""

    def __init__(self, project, parent: Optional[QWidget] = None, *, ops=None, jobs: Optional[ViewJobs] = None):
        super().__init__(parent)
        self.jobs = jobs or ViewJobs(project, ops, self)
        self.result: Optional[dict] = None
        #: Language of exported reports ("fi" by default, as the evaluation reports are in Finnish).
        self.report_lang = "fi"
        self.ask_save_path = ask_save_path  # tests replace it (a modal dialog blocks offscreen runs)
        self.coder_list = QListWidget(self)
        self.coder_list.setMaximumWidth(220)
        self.coder_list.itemChanged.connect(lambda _item: self._schedule())
        self.unit = QComboBox(self)
        self.unit.currentIndexChanged.connect(lambda _i: self._schedule())
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)
        self.model = FrameModel(self)
        self.model.formatters = {"prevalence": percent, "percent": percent, "kappa": decimal3, "alpha": decimal3}
        self.model.font = self._font
        self.model.tooltip = self._tooltip
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.info, self.warnings = QLabel(self), QLabel(self)
        for label in (self.info, self.warnings):
            label.setWordWrap(True)
        self.warnings.setStyleSheet("background: #fff4d6; padding: 4px;")
        # One warning per rare code can run to dozens of lines: they scroll under the table.
        self.warnings_box = QScrollArea(self)
        self.warnings_box.setWidget(self.warnings)
        self.warnings_box.setWidgetResizable(True)
        self.warnings_box.setMaximumHeight(120)
        self._show_warnings(False)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.compute)
        self._layout()
        self.retranslate()
        self.reload_coders()

    def _layout(self) -> None:
        self.coders_label = QLabel(self)
        self.unit_label = QLabel(self)
        left = QWidget(self)
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.coders_label)
        lbox.addWidget(self.coder_list, 1)
        lbox.addWidget(self.unit_label)
        lbox.addWidget(self.unit)
        lbox.addWidget(self.export_button)
        right = QWidget(self)
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addWidget(self.info)
        rbox.addWidget(self.table, 1)
        rbox.addWidget(self.warnings_box)
        rbox.addWidget(ProgressStrip(self.jobs, AGREEMENT_KEY, right))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(split)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.coders_label.setText(self.tr("Coders"))
        self.unit_label.setText(self.tr("Unit of agreement"))
        self.export_button.setText(self.tr("Export report…"))
        labels = {"character": self.tr("Characters"), "segment": self.tr("Segments (turns, answers, fields)"),
                  "source": self.tr("Whole sources")}
        current = self.unit.currentData() or "character"
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit in UNITS:
            self.unit.addItem(labels[unit], unit)
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        self.unit.blockSignals(False)
        self.headers = [self.tr("Code"), self.tr("Units"), self.tr("Prevalence"), self.tr("Percent agreement"),
                        self.tr("Cohen's kappa"), self.tr("Krippendorff's alpha")]
        if self.result is not None:
            self._show(self.result)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- coders ------------------------------------------------------------------------------------
    def reload_coders(self) -> None:
        """List the project's coders (the consensus coder too: it can be compared with anyone)."""
        checked = set(self.chosen_coders())
        self.coder_list.blockSignals(True)
        self.coder_list.clear()
        for c in self.jobs.project.coders():
            item = QListWidgetItem(c["name"], self.coder_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c["name"] in checked else Qt.CheckState.Unchecked)
        self.coder_list.blockSignals(False)

    def chosen_coders(self) -> list[str]:
        """The checked coders, in list order."""
        return [self.coder_list.item(i).text() for i in range(self.coder_list.count())
                if self.coder_list.item(i).checkState() == Qt.CheckState.Checked]

    def set_coders(self, names: list[str]) -> None:
        """Check exactly these coders (and recompute)."""
        self.coder_list.blockSignals(True)
        for i in range(self.coder_list.count()):
            item = self.coder_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)
        self.coder_list.blockSignals(False)
        self._schedule()

    def set_unit(self, unit: str) -> None:
        """Choose the unit: character, segment or source."""
        self.unit.setCurrentIndex(self.unit.findData(unit))

    # -- computing ---------------------------------------------------------------------------------
    def _schedule(self) -> None:
        self._timer.start()

    def compute(self) -> None:
        """Compute agreement for the chosen coders and unit on the worker."""
        self._timer.stop()
        coders, unit = self.chosen_coders(), self.unit.currentData()
        if len(coders) < 2:
            self.result = None
            self.model.set_frame(pd.DataFrame(columns=_COLUMNS), headers=self.headers)
            set_message(self.info, self.tr("Check at least two coders."))
            self._show_warnings(False)
            self.export_button.setEnabled(False)
            return
        set_message(self.info, self.tr("Computing…"))
        self.jobs.run(AGREEMENT_KEY,
                      lambda project, job: compute_agreement(project, coders, unit, progress=job.progress,
                                                             cancel=job.cancelled),
                      self._show, self._failed, label=self.tr("Computing agreement"), long=False)

    def _show(self, result: dict) -> None:
        self.result = result
        self.model.set_frame(agreement_rows(result, self.tr("All codes")), headers=self.headers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(_COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        units = {"character": self.tr("characters"), "segment": self.tr("segments"),
                 "source": self.tr("sources")}[result["unit"]]
        text = self.tr("Unit: %1 · coders: %2 · %3 units in %4 sources coded by all of them. Kappa is given for "
                       "two coders only; alpha is nominal.")
        set_message(self.info, text.replace("%1", units).replace("%2", ", ".join(result["coders"]))
                    .replace("%3", f"{result['units']:,}".replace(",", " ")).replace("%4", str(len(result["sources"]))))
        self.warnings.setText("\n".join("⚠ " + core_text(w) for w in result["warnings"]))
        self._show_warnings(bool(result["warnings"]))
        self.export_button.setEnabled(True)

    def _show_warnings(self, on: bool) -> None:
        self.warnings.setVisible(on)
        self.warnings_box.setVisible(on)

    def _failed(self, message: str) -> None:
        set_message(self.info, message, error=True)

    def _font(self, row: int, col: int):
        if row == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _tooltip(self, row: int, col: int):
        if self.result is None or col != 2:
            return None
        return self.tr("Share of units where at least one coder applied the code; with low prevalence, percent "
                       "agreement mostly counts agreement on uncoded text.")

    # -- export ------------------------------------------------------------------------------------
    def export(self) -> Optional[str]:
        """Write the agreement table with its unit, coders and warnings (XLSX, DOCX, CSV or JSON)."""
        if self.result is None:
            return None
        path = self.ask_save_path(self, self.tr("Export the agreement report"), REPORT_FILTERS,
                                  "yhtapitavyys.xlsx" if self.report_lang == "fi" else "agreement.xlsx")
        if not path:
            return None
        lang, result = self.report_lang, self.result  # the writer puts warnings in the report's language
        self.jobs.run("agreement-export", lambda project, job: write_agreement_report(result, path, lang),
                      lambda written: set_message(self.info, self.tr("Saved %1").replace("%1", str(written))),
                      self._failed, long=False)
        return path
