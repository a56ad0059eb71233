"""The status bar: project counts, coder, read-only marker, and the long job's progress and cancel."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget


class WorkbenchStatusBar(QStatusBar):
    """Messages on the left; counts, coder and progress on the right."""

    cancelRequested = Signal()

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.stats = QLabel(self)
        self.coder = QLabel(self)
        self.readonly = QLabel(self)
        self.readonly.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.nlp = QLabel(self)
        self.nlp.setObjectName("nlpTier")
        self._nlp_text = ""
        self.job = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(180)
        self.cancel = QPushButton(self)
        self.cancel.clicked.connect(self.cancelRequested.emit)
        for widget in (self.job, self.progress, self.cancel):
            widget.hide()
            self.addPermanentWidget(widget)
        for widget in (self.readonly, self.stats, self.coder, self.nlp):
            self.addPermanentWidget(widget)
        self._project = None
        self.retranslate()

    def show_stats(self, project) -> None:
        """Counts of the open project."""
        self._project = project
        if project is None or project.conn is None:
            self.stats.setText("")
            self.coder.setText("")
            return
        counts = project.stats()
        self.stats.setText(self.tr("%1 sources · %2 codes · %3 codings").replace("%1", str(counts["sources"]))
                           .replace("%2", str(counts["codes"])).replace("%3", str(counts["codings"])))
        self.coder.setText(self.tr("Coder: %1").replace("%1", project.coder))

    def show_nlp(self, text: str, details: str) -> None:
        """Which language model suggestions use (the details as a tooltip)."""
        self._nlp_text = text
        metrics = self.nlp.fontMetrics()
        self.nlp.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, 420))
        self.nlp.setToolTip(details)
        self.nlp.setVisible(bool(text))

    def show_readonly(self, readonly: bool) -> None:
        """Mark a read-only project."""
        self.readonly.setVisible(readonly)

    def show_job(self, running: bool, label: str) -> None:
        """Show or hide the progress of a long job."""
        for widget in (self.job, self.progress, self.cancel):
            widget.setVisible(running)
        self.job.setText(label)
        self.progress.setValue(0)

    def show_progress(self, fraction: float, message: str) -> None:
        """Move the progress bar."""
        self.progress.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if message:
            self.progress.setToolTip(message)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.cancel.setText(self.tr("Cancel"))
        self.readonly.setText(self.tr("READ-ONLY"))
        self.show_stats(self._project)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
