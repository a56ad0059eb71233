"""Importing files on the worker thread, with progress, cancel, and one undo step per batch.

Survey exports (.csv/.xlsx whose content reads as a survey) are first shown in the survey
mapping dialog; the batch then imports them with the mapping the user chose.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QObject, Signal

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import Cancelled
from tyokyky_qda.core.progress import sub_progress
from tyokyky_qda.gui.i18n import core_text
from tyokyky_qda.gui.undo_base import push
from tyokyky_qda.gui.undo_misc import ImportCommand

TABLE_EXTS = (".csv", ".tsv", ".xlsx", ".xlsm")


@dataclass
class ImportOutcome:
    """What a batch import did, as the UI reports it."""

    source_ids: list[int] = field(default_factory=list)
    case_ids: list[int] = field(default_factory=list)  # cases made from speakers or respondents
    code_ids: list[int] = field(default_factory=list)  # codes a survey or REFI-QDA file added
    skipped: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)  # {"path", "message"}: imported, with a caveat
    cancelled: bool = False

    @property
    def empty(self) -> bool:
        """True when nothing was added to the project."""
        return not (self.source_ids or self.case_ids or self.code_ids)


def run_import(project, paths: list[str], progress=None, cancel=None,
               surveys: Optional[dict[str, object]] = None) -> ImportOutcome:
    """Import files with the registry, and survey exports with their mappings (``surveys``:
    path → SurveyMapping); what got in before a cancel or a failure is kept and reported.

    A plain function (no Qt) so it can be tested and reused; only the worker thread calls it.
    """
    from tyokyky_qda.ingest.api import import_survey
    from tyokyky_qda.ingest.registry import import_paths

    surveys = dict(surveys or {})
    known = {s.id for s in project.sources()}
    known_cases = {c.id for c in project.cases()}
    known_codes = {c.id for c in project.codes()}
    outcome = ImportOutcome()
    jobs = [(paths, None)] if paths else []
    jobs += [([path], mapping) for path, mapping in surveys.items()]
    try:
        for i, (batch, mapping) in enumerate(jobs):
            step = sub_progress(progress, i / len(jobs), (i + 1) / len(jobs))
            if mapping is None:
                report = import_paths(project, batch, progress=step, cancel=cancel)
            else:
                report = import_survey(project, batch[0], mapping, progress=step, cancel=cancel)
            outcome.skipped += list(report.skipped)
            outcome.failed += list(report.failed)
            outcome.warnings += list(getattr(report, "warnings", []))
            if getattr(report, "cancelled", False):
                outcome.cancelled = True
                break
    except Cancelled:
        outcome.cancelled = True
    # Each file is its own transaction: whatever got in before a cancel or an error is listed.
    outcome.source_ids = [s.id for s in project.sources() if s.id not in known]
    outcome.case_ids = [c.id for c in project.cases() if c.id not in known_cases]
    outcome.code_ids = [c.id for c in project.codes() if c.id not in known_codes]
    if progress:
        progress(1.0, "")
    return outcome


def classify_tables(paths: list[str], cancel=None) -> dict[str, str]:
    """path → what a table file would be imported as ("survey", "status-report", or "" when it
    cannot be read: the import itself then reports why)."""
    from tyokyky_qda.ingest.api import detect

    kinds = {}
    for path in paths:
        if cancel is not None and cancel():
            raise Cancelled()
        kinds[path] = detect(path).get("kind", "")
    return kinds


class ImportController(QObject):
    """Starts imports and turns their result into Changes and an undo command."""

    finished = Signal(object)  # ImportOutcome

    def __init__(self, ops, stack, status: Callable[[str], None], parent: Optional[QObject] = None, *,
                 ask_mapping: Optional[Callable[[str], object]] = None):
        super().__init__(parent)
        self.ops, self.stack, self.status = ops, stack, status
        #: path → SurveyMapping or None (the user cancelled); None here imports surveys as guessed.
        self.ask_mapping = ask_mapping

    def file_filter(self) -> str:
        """The "Import files" dialog's filter: everything supported first, then by kind."""
        from tyokyky_qda.ingest.api import SUPPORTED_EXTS

        groups = [(self.tr("All supported files"), sorted(SUPPORTED_EXTS)),
                  (self.tr("Texts and documents"), [".txt", ".md", ".docx", ".pdf", ".rtf", ".odt", ".html", ".htm"]),
                  (self.tr("Transcripts"), [".txt", ".docx", ".vtt", ".srt"]),
                  (self.tr("Surveys and report exports"), list(TABLE_EXTS)),
                  (self.tr("REFI-QDA projects and codebooks"), [".qdpx", ".qdc"]),
                  (self.tr("All files"), [""])]
        return ";;".join(f"{label} ({' '.join('*' + e for e in exts)})" for label, exts in groups)

    def import_paths(self, paths: list[str]) -> bool:
        """Import files in the background; False when nothing can be imported now."""
        paths = [p for p in paths if p]
        if not paths or self.ops.readonly:
            return False
        tables = [p for p in paths if Path(p).suffix.lower() in TABLE_EXTS and Path(p).is_file()]
        if tables and self.ask_mapping is not None:
            # Reading the tables may take a moment: the worker tells which ones are surveys.
            self.ops.run_long(lambda project, state: classify_tables(tables, state.cancelled),
                              self.tr("Reading %n table(s)", "", len(tables)),
                              on_done=lambda kinds: self._map_surveys(paths, kinds))
            return True
        self._start(paths, {})
        return True

    def _map_surveys(self, paths: list[str], kinds: dict[str, str]) -> None:
        surveys, dropped = {}, []
        for path in paths:
            if kinds.get(path) != "survey":
                continue
            mapping = self.ask_mapping(path)
            if mapping is None:
                dropped.append(path)
            else:
                surveys[path] = mapping
        rest = [p for p in paths if p not in surveys and p not in dropped]
        if not rest and not surveys:
            self.status(self.tr("Import cancelled."))
            self.finished.emit(ImportOutcome(cancelled=True))
            return
        self._start(rest, surveys)

    def _start(self, paths: list[str], surveys: dict) -> None:
        count = len(paths) + len(surveys)
        label = self.tr("Importing %n file(s)", "", count)
        self.ops.run_long(lambda project, state: run_import(project, paths, state.progress, state.cancelled,
                                                           surveys), label, on_done=self._done)

    def _done(self, outcome: ImportOutcome) -> None:
        if not outcome.empty:
            changes = Changes(action="import")
            changes.add("created", "sources", outcome.source_ids)
            changes.add("created", "cases", outcome.case_ids)
            changes.add("created", "codes", outcome.code_ids)
            changes.add("updated", "attribute_values", [0])  # imports may set source attributes
            self.ops.broadcast(changes)
            push(self.stack, ImportCommand(self.ops, outcome.source_ids, case_ids=outcome.case_ids,
                                           code_ids=outcome.code_ids))
        parts = [self.tr("Imported %n source(s).", "", len(outcome.source_ids))]
        if outcome.code_ids:
            parts.append(self.tr("Added %n code(s).", "", len(outcome.code_ids)))
        if outcome.skipped:
            parts.append(self.tr("Skipped %n duplicate(s).", "", len(outcome.skipped)))
        if outcome.failed:
            parts.append(self.tr("%n file(s) failed: ", "", len(outcome.failed))
                         + "; ".join(f"{f['path']}: {core_text(f['error'])}" for f in outcome.failed))
        if outcome.warnings:
            # Core messages (a PDF's empty pages, a REFI-QDA file's dangling references) in the UI language.
            parts.append(self.tr("%n warning(s): ", "", len(outcome.warnings))
                         + "; ".join(f"{Path(w['path']).name}: {core_text(w['message'])}" for w in outcome.warnings))
        if outcome.cancelled:
            parts.append(self.tr("Cancelled."))
        self.status(" ".join(parts))
        self.finished.emit(outcome)
