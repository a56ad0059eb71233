"""Importing files on the worker thread, with progress, cancel, and one undo step per batch."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

from PySide6.QtCore import QObject, Signal

from tyokyky_qda.core.changes import Changes
from tyokyky_qda.core.errors import Cancelled
from tyokyky_qda.gui.undo_base import push
from tyokyky_qda.gui.undo_misc import ImportCommand


@dataclass
class ImportOutcome:
    """What a batch import did, as the UI reports it."""

    source_ids: list[int] = field(default_factory=list)
    case_ids: list[int] = field(default_factory=list)  # cases made from speakers, if asked for
    skipped: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)
    cancelled: bool = False


def run_import(project, paths: list[str], progress=None, cancel=None) -> ImportOutcome:
    """Import files with the registry; sources imported before a cancel are kept and reported.

    A plain function (no Qt) so it can be tested and reused; only the worker thread calls it.
    """
    from tyokyky_qda.ingest.registry import import_paths

    known = {s.id for s in project.sources()}
    known_cases = {c.id for c in project.cases()}
    outcome = ImportOutcome()
    try:
        report = import_paths(project, paths, progress=progress, cancel=cancel)
        outcome.skipped, outcome.failed = list(report.skipped), list(report.failed)
        outcome.cancelled = bool(getattr(report, "cancelled", False))
    except Cancelled:
        outcome.cancelled = True
    # Each file is its own transaction: whatever got in before a cancel or an error is listed.
    outcome.source_ids = [s.id for s in project.sources() if s.id not in known]
    outcome.case_ids = [c.id for c in project.cases() if c.id not in known_cases]
    return outcome


class ImportController(QObject):
    """Starts imports and turns their result into Changes and an undo command."""

    finished = Signal(object)  # ImportOutcome

    def __init__(self, ops, stack, status: Callable[[str], None], parent: Optional[QObject] = None):
        super().__init__(parent)
        self.ops, self.stack, self.status = ops, stack, status

    def import_paths(self, paths: list[str]) -> bool:
        """Import files in the background; False when nothing can be imported now."""
        paths = [p for p in paths if p]
        if not paths or self.ops.readonly:
            return False
        label = self.tr("Importing %n file(s)", "", len(paths))
        self.ops.run_long(lambda project, state: run_import(project, paths, state.progress, state.cancelled),
                          label, on_done=self._done)
        return True

    def _done(self, outcome: ImportOutcome) -> None:
        if outcome.source_ids:
            changes = Changes(action="import")
            changes.add("created", "sources", outcome.source_ids)
            changes.add("created", "cases", outcome.case_ids)
            changes.add("updated", "attribute_values", [0])  # imports may set source attributes
            self.ops.broadcast(changes)
            push(self.stack, ImportCommand(self.ops, outcome.source_ids))
        parts = [self.tr("Imported %n source(s).", "", len(outcome.source_ids))]
        if outcome.skipped:
            parts.append(self.tr("Skipped %n duplicate(s).", "", len(outcome.skipped)))
        if outcome.failed:
            parts.append(self.tr("%n file(s) failed: ", "", len(outcome.failed))
                         + "; ".join(f"{f['path']}: {f['error']}" for f in outcome.failed))
        if outcome.cancelled:
            parts.append(self.tr("Cancelled."))
        self.status(" ".join(parts))
        self.finished.emit(outcome)
