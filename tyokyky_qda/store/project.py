"""The Project API: the one way the CLI, the GUI and the tests read and change a project.

Open or create with ``Project.open(path)`` / ``Project.create(path)``; use as a context manager.
Every mutating method is one transaction and returns a ``tyokyky_qda.core.changes.Changes``.
"""

from __future__ import annotations

from tyokyky_qda.store.analysis_api import AnalysisMixin
from tyokyky_qda.store.base import EXTENSION, ProjectBase
from tyokyky_qda.store.cases_api import CasesMixin
from tyokyky_qda.store.codes_api import CodesMixin
from tyokyky_qda.store.codings_api import CodingsMixin
from tyokyky_qda.store.memos_api import MemosMixin
from tyokyky_qda.store.sources_api import SourcesMixin
from tyokyky_qda.store.undo_api import UndoMixin

__all__ = ["Project", "EXTENSION"]


class Project(SourcesMixin, CodesMixin, CodingsMixin, CasesMixin, MemosMixin, AnalysisMixin, UndoMixin,
              ProjectBase):
    """An open .tqda project file."""

    def stats(self) -> dict[str, int]:
        """Counts of the main objects, for summaries and the status bar."""
        tables = ("sources", "sections", "codes", "codings", "cases", "memos", "coders", "attributes")
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
