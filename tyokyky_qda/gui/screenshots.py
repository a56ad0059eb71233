"""Render the workbench, each of its views and its main dialogs to PNG files, offscreen, in
Finnish and English, for reviewers to look at and for the README.

    QT_QPA_PLATFORM=offscreen python -m tyokyky_qda.gui.screenshots PROJECT.tqda --out out/screenshots

Works on a copy of the project (suggestions and pseudonymisation findings are written to it) and
with settings in a temporary folder, so neither the project nor the user's preferences change.
``--docs docs/img`` also writes the README pictures (the Finnish workbench and matrix).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

CODER = "Aino Arvioija"


def settle(window, rounds: int = 20) -> None:
    """Let queued jobs finish and the views repaint."""
    app = QApplication.instance()
    for _ in range(3):
        for _ in range(rounds):
            app.processEvents()
            time.sleep(0.005)
        window.tasks.wait_idle(300)


class Shooter:
    """Opens the project in a window and saves pictures of it."""

    def __init__(self, project_path: Path, out: Path, lang: str):
        from tyokyky_qda.gui.i18n import i18n
        from tyokyky_qda.gui.main_window import MainWindow
        from tyokyky_qda.store import Project

        self.out, self.lang = out, lang
        i18n().install(lang)
        self.project = Project.open(project_path, coder=CODER)
        self.window = MainWindow(self.project)
        self.window.resize(1600, 1000)
        self.window.show()
        settle(self.window)

    def save(self, widget: QWidget, name: str) -> Path:
        """Grab a widget into ``<out>/<name>_<lang>.png``."""
        settle(self.window)
        path = self.out / f"{name}_{self.lang}.png"
        widget.grab().save(str(path))
        print(path)
        return path

    # -- the workbench ---------------------------------------------------------------------------
    def workbench(self) -> Path:
        """A coded interview at its most densely coded passage, a coding selected, the codebook
        with counts and the suggestions for the interview."""
        w, p = self.window, self.project
        source = p.sources(kind="transcript")[0].id
        w.open_source(source)
        codings = p.codings(source_id=source)
        dense = max(codings, key=lambda c: sum(1 for o in codings if o.start < c.end and o.end > c.start))
        w.suggest()
        settle(w)
        panel = w.panels["suggestions"]
        if panel.pending:
            nearest = min(range(len(panel.pending)), key=lambda i: abs(panel.pending[i].start - dense.start))
            panel.list.setCurrentItem(panel.list.topLevelItem(nearest))
        w.document.view.select_range(dense.start, dense.start, center=True)
        w.coding.select_coding(dense.id)
        w.panels["codebook"].select_code(dense.code_id)
        return self.save(w, "workbench")

    def views(self) -> list[Path]:
        """Each view of the Analysis, Team and Tools menus, set up to show something."""
        shots, w = [], self.window
        setups: dict[str, Callable] = {"matrix": self._matrix, "agreement": self._agreement,
                                       "pseudo": self._pseudo}
        for key in ("retrieval", "matrix", "disagreements", "agreement", "pseudo"):
            view = w.views.show(key)
            settle(w)
            if key in setups:
                setups[key](view)
            shots.append(self.save(w, key))
        shots.append(self._matrix_alone())
        return shots

    def _matrix_alone(self) -> Path:
        """The matrix on its own, floated to a large window (for the README), then docked again."""
        dock = self.window.views.docks["matrix"]
        dock.setFloating(True)
        dock.resize(1560, 800)
        settle(self.window)
        view = dock.widget()
        view.table.resizeColumnsToContents()
        for col in range(view.model.columnCount()):
            view.table.setColumnWidth(col, min(view.table.columnWidth(col), 260))
        path = self.save(dock, "matrix_view")
        dock.setFloating(False)
        return path

    def _matrix(self, view) -> None:
        settle(self.window)
        counts = view.result.counts if view.result is not None else None
        if counts is not None and counts.size:
            row, col = divmod(int(counts.to_numpy().argmax()), counts.shape[1])
            view.select_cell(row, col)

    def _agreement(self, view) -> None:
        view.set_coders([c["name"] for c in self.project.coders()][:2])
        time.sleep(0.3)

    def _pseudo(self, view) -> None:
        view.detect()

    # -- dialogs -------------------------------------------------------------------------------
    def dialogs(self, corpus: Path) -> list[Path]:
        """The survey mapping dialog, the merge wizard's plan, the export options."""
        from tyokyky_qda.gui.export_options import ExportOptionsDialog
        from tyokyky_qda.gui.merge_wizard import MergeWizard
        from tyokyky_qda.gui.survey_mapping_dialog import SurveyMappingDialog

        w, shots = self.window, []
        survey = corpus / "kysely" / "sidosryhmakysely.xlsx"
        if survey.exists():
            dialog = SurveyMappingDialog(self.project, survey, w)
            dialog.show()
            shots.append(self.save(dialog, "survey_mapping"))
            dialog.close()
        other = Path(tempfile.mkdtemp(prefix="tqda-other-")) / "kollega.tqda"
        shutil.copy(self.project.path, other)
        wizard = MergeWizard(self.project, w, ops=w.ops, other_path=str(other))
        wizard.show()
        wizard.next()
        settle(w)
        shots.append(self.save(wizard, "merge_wizard"))
        wizard.reject()
        shutil.rmtree(other.parent, ignore_errors=True)
        shots.append(self._codebook_merge())
        options = ExportOptionsDialog(*w.exporter.refi_options(), w)
        options.show()
        shots.append(self.save(options, "export_options"))
        options.close()
        box = QMessageBox(QMessageBox.Icon.Information, "", "", QMessageBox.StandardButton.Ok, w)
        from tyokyky_qda.gui.nlp_status import tier_details
        w.nlp.refresh()
        settle(w)
        box.setWindowTitle(QCoreApplication.translate("NlpStatus", "Language model for suggestions"))
        box.setText(tier_details(w.nlp.info))
        box.show()
        shots.append(self.save(box, "nlp_status"))
        box.close()
        return shots

    def _codebook_merge(self) -> Path:
        """A colleague's drifted codebook (no GUIDs, renamed codes, a new one) matched onto ours."""
        from openpyxl import load_workbook

        from tyokyky_qda.gui.codebook_merge_dialog import CodebookMergeDialog
        from tyokyky_qda.gui.team_controller import plan_codebook
        from tyokyky_qda.team.codebook_exchange import write_codebook_table

        table = write_codebook_table(self.project, Path(tempfile.mkdtemp(prefix="tqda-cb-")) / "koodikirja.xlsx")
        book = load_workbook(table)
        sheet = book.active
        columns = [c.value for c in sheet[1]]
        path_col, guid_col = columns.index("path") + 1, columns.index("guid") + 1
        for row in range(2, sheet.max_row + 1):
            sheet.cell(row, guid_col).value = ""  # their copy lost the GUIDs: names must match
        group, _, name = str(sheet.cell(3, path_col).value).rpartition("/")
        sheet.cell(3, path_col).value = f"{group}/{name.lower()}"
        sheet.cell(4, path_col).value = str(sheet.cell(4, path_col).value).replace("oikea-aikaiset", "oikea aikaiset")
        sheet.append({path_col: "Tavoitteet/Vertaistuki"})
        book.save(table)
        codebook, plan = plan_codebook(self.project, str(table))
        shutil.rmtree(table.parent, ignore_errors=True)
        dialog = CodebookMergeDialog("kollegan-koodikirja.csv", plan, self.project.code_paths(), self.window)
        dialog.show()
        path = self.save(dialog, "codebook_merge")
        dialog.close()
        return path

    def close(self) -> None:
        """Close the window (and the project)."""
        self.window.close()


def main(argv=None) -> int:
    """Render every picture; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--out", type=Path, default=Path("out/screenshots"))
    parser.add_argument("--lang", nargs="+", default=["fi", "en"])
    parser.add_argument("--docs", type=Path, help="also write workbench.png and matrix.png here (Finnish)")
    parser.add_argument("--corpus", type=Path, default=Path("corpora/tyokykyohjelma-demo"))
    args = parser.parse_args(argv)
    from tyokyky_qda.gui.app import application

    application()
    work = Path(tempfile.mkdtemp(prefix="tqda-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    args.out.mkdir(parents=True, exist_ok=True)
    for lang in args.lang:
        copy = work / f"{lang}-{args.project.name}"
        shutil.copy(args.project, copy)
        shooter = Shooter(copy, args.out, lang)
        workbench = shooter.workbench()
        shooter.views()
        shooter.dialogs(args.corpus)
        shooter.close()
        if args.docs and lang == "fi":
            args.docs.mkdir(parents=True, exist_ok=True)
            shutil.copy(workbench, args.docs / "workbench.png")
            shutil.copy(args.out / "matrix_view_fi.png", args.docs / "matrix.png")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
