"""Team ▸ Merge a colleague's project (the merge wizard) and Team ▸ Merge a codebook (a .qdc,
.csv, .xlsx or .json codebook matched onto ours, reviewed): each merge is one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QObject

from tyokyky_qda.gui.codebook_merge_dialog import CodebookMergeDialog
from tyokyky_qda.gui.undo_base import push
from tyokyky_qda.gui.undo_bulk import CodebookMergeCommand
from tyokyky_qda.gui.undo_misc import MergeProjectCommand

if TYPE_CHECKING:
    from tyokyky_qda.gui.main_window import MainWindow

CODEBOOK_FILTER = "*.qdc *.csv *.xlsx *.json"


def plan_codebook(project, path: str):
    """(codebook, plan) for a codebook file: read and matched on the worker."""
    from tyokyky_qda.store.codebook_files import read_codebook_file
    from tyokyky_qda.team.codebook_exchange import plan_codebook_merge

    codebook = read_codebook_file(path)
    return codebook, plan_codebook_merge(project, codebook)


class TeamController(QObject):
    """Merging other people's work into the open project."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.wizard = None

    def merge_project(self, other_path: str = ""):
        """Open the merge wizard (modal); returns it after it closed (tests read its result)."""
        w = self.window
        if w.ops is None or w.ops.readonly:
            return None
        from tyokyky_qda.gui.merge_wizard import MergeWizard

        w.flush_pending()
        wizard = MergeWizard(w.project, w, ops=w.ops, other_path=other_path)
        wizard.merged.connect(self._merged)
        self.wizard = wizard
        w.prompts.run_dialog(wizard)
        wizard.deleteLater()
        return wizard

    def _merged(self, changes) -> None:
        push(self.window.stack, MergeProjectCommand(self.window.ops, changes))
        info = changes.info
        self.window.show_message(self.tr("Merged: %1 codings, %2 codes and %3 sources added.")
                                 .replace("%1", str(info.get("codings_added", 0)))
                                 .replace("%2", str(info.get("codes_added", 0)))
                                 .replace("%3", str(info.get("sources_added", 0))))

    def merge_codebook(self, path: Optional[str] = None) -> bool:
        """Choose a codebook file, match it on the worker, then review the plan."""
        w = self.window
        if w.ops is None or w.ops.readonly:
            return False
        path = path or w.prompts.open_file(self.tr("Merge a codebook"),
                                           self.tr("Codebooks (%1)").replace("%1", CODEBOOK_FILTER))
        if not path:
            return False
        w.ops.run_long(lambda project, state: plan_codebook(project, path), self.tr("Reading the codebook"),
                       on_done=lambda result: self._review(path, *result))
        return True

    def _review(self, path: str, codebook, plan: list) -> None:
        w = self.window
        dialog = CodebookMergeDialog(codebook.name or path, plan, w.project.code_paths(), w)
        try:
            if not w.prompts.run_dialog(dialog):
                return
            command = CodebookMergeCommand(w.ops, codebook, dialog.plan())
        finally:
            dialog.deleteLater()
        command.on_done = lambda changes: w.show_message(
            self.tr("Codebook merged: %n code(s) added.", "", len((changes.created if changes else {})
                                                               .get("codes", []))))
        push(w.stack, command)
