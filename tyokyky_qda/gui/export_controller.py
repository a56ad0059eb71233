"""File ▸ Export and Analysis ▸ Export report tables: REFI-QDA project and codebook, the codebook
as a table, and every report table at once. The writing runs on the worker with progress and
cancel; the window asks where and how first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QObject

from tyokyky_qda.gui.export_options import ExportOptionsDialog
from tyokyky_qda.gui.i18n import i18n

if TYPE_CHECKING:
    from tyokyky_qda.gui.main_window import MainWindow

QDPX_FILTER = {".qdpx": "REFI-QDA (*.qdpx)"}
QDC_FILTER = {".qdc": "REFI-QDA codebook (*.qdc)"}
TABLE_FILTERS = {".xlsx": "Excel (*.xlsx)", ".csv": "CSV (*.csv)"}
FORMATS = ("xlsx", "docx", "pdf")


def accepted_findings(project) -> int:
    """How many pseudonymisation findings are accepted (0 where the project has none)."""
    try:
        from tyokyky_qda.pseudo.storage import counts
        return int(counts(project).get("accepted", 0))
    except Exception:  # noqa: BLE001 - no pseudonymisation tables yet means none accepted
        return 0


class ExportController(QObject):
    """Asks for a path and options, then writes on the worker."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window

    @property
    def _ops(self):
        return self.window.ops

    def _run(self, fn: Callable, label: str, done: Callable[[object], None]) -> None:
        self._ops.run_long(fn, label, on_done=done)

    def _saved(self, path) -> None:
        self.window.show_message(self.tr("Saved %1").replace("%1", str(path)))

    def _options(self, title: str, intro: str, options: list) -> Optional[dict]:
        dialog = ExportOptionsDialog(title, intro, options, self.window)
        try:
            return dialog.values() if self.window.prompts.run_dialog(dialog) else None
        finally:
            dialog.deleteLater()

    def _pseudo_option(self) -> tuple[str, str, bool, str]:
        accepted = accepted_findings(self._ops.project)
        return ("pseudonymise", self.tr("Pseudonymise: replace the %1 accepted findings").replace("%1", str(accepted)),
                accepted > 0, self.tr("Names and identifiers accepted in the pseudonymisation review are replaced "
                                      "in the exported texts; the project keeps the originals."))

    # -- REFI-QDA --------------------------------------------------------------------------------
    def refi_options(self) -> tuple[str, str, list]:
        """Title, introduction and check boxes of the REFI-QDA export's options dialog."""
        return (self.tr("Export a REFI-QDA project"),
                self.tr("Sources, codes, codings, cases, attributes and memos go into a .qdpx file other QDA "
                        "programs open."),
                [("crlf", self.tr("Windows line endings (CRLF) in the texts"), False,
                  self.tr("Some programs on Windows count a line break as two characters; choose this if codings "
                          "land off by a few characters there.")),
                 self._pseudo_option()])

    def export_qdpx(self) -> Optional[str]:
        """The whole project as a REFI-QDA .qdpx archive (for ATLAS.ti, MAXQDA, NVivo...)."""
        if self._ops is None:
            return None
        options = self._options(*self.refi_options())
        if options is None:
            return None
        name = f"{self._ops.project.name}.qdpx"
        path = self.window.prompts.save_file(self.tr("Export a REFI-QDA project"), QDPX_FILTER, name)
        if not path:
            return None
        from tyokyky_qda.refi.qdpx_export import export_qdpx

        crlf, pseudo = options["crlf"], options["pseudonymise"]
        self._run(lambda project, state: export_qdpx(project, path, crlf=crlf, pseudonymise=pseudo,
                                                      progress=state.progress, cancel=state.cancelled),
                  self.tr("Exporting the project"), self._saved)
        return path

    def export_qdc(self) -> Optional[str]:
        """The codebook as a REFI-QDA .qdc file."""
        if self._ops is None:
            return None
        path = self.window.prompts.save_file(self.tr("Export the codebook"), QDC_FILTER,
                                             self._codebook_name(".qdc"))
        if not path:
            return None
        from tyokyky_qda.refi.codebook_io import write_qdc

        self._run(lambda project, state: write_qdc(project, Path(path)), self.tr("Exporting the codebook"),
                  self._saved)
        return path

    def export_codebook_table(self) -> Optional[str]:
        """The codebook as an Excel or CSV table (one row per code)."""
        if self._ops is None:
            return None
        path = self.window.prompts.save_file(self.tr("Export the codebook as a table"), TABLE_FILTERS,
                                             self._codebook_name(".xlsx"))
        if not path:
            return None
        from tyokyky_qda.team.codebook_exchange import write_codebook_table

        self._run(lambda project, state: write_codebook_table(project, Path(path)),
                  self.tr("Exporting the codebook"), self._saved)
        return path

    @staticmethod
    def _codebook_name(ext: str) -> str:
        return ("koodikirja" if i18n().language == "fi" else "codebook") + ext

    # -- report tables ---------------------------------------------------------------------------
    def export_reports(self) -> Optional[str]:
        """Every report table (frequencies, matrix, findings, survey...) into one folder."""
        if self._ops is None:
            return None
        options = self._options(self.tr("Export report tables"),
                                self.tr("Every report table of the project is written into the folder you "
                                        "choose, with labels in the interface language."),
                                [("xlsx", "Excel (.xlsx)", True, ""), ("docx", "Word (.docx)", True, ""),
                                 ("pdf", "PDF (.pdf)", True, ""), self._pseudo_option()])
        if options is None:
            return None
        formats = tuple(f for f in FORMATS if options[f]) or ("xlsx",)
        folder = self.window.prompts.choose_folder(self.tr("Folder for the report tables"))
        if not folder:
            return None
        from tyokyky_qda.export.bundle import export_report_bundle

        lang, pseudo = i18n().language, options["pseudonymise"]
        self._run(lambda project, state: export_report_bundle(project, folder, formats=formats, lang=lang,
                                                              progress=state.progress, cancel=state.cancelled,
                                                              pseudonymise=pseudo),
                  self.tr("Exporting report tables"), lambda files: self._reports_written(folder, files))
        return folder

    def _reports_written(self, folder: str, files: list) -> None:
        text = self.tr("Wrote %n file(s) to %1.", "", len(files)).replace("%1", folder)
        self.window.show_message(text)
        if self.window.prompts.confirm(self.tr("Report tables exported"), text + "\n\n" + self.tr("Open the folder?")):
            self.window.prompts.open_folder(folder)
