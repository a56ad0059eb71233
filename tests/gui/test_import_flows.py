"""Import flows of the main window: a survey export goes through the mapping dialog first, a
REFI-QDA project imports with its codes; both are one undo step that takes everything back."""

from __future__ import annotations

import pytest

from tests.gui.conftest import settle
from tyokyky_qda.core.model import Source

pytestmark = pytest.mark.gui

HEADER = ["Vastaajan tunnus", "Organisaatio", "Kuinka hyvin ohjelma onnistui?", "Mitä hyötyä ohjelmasta oli?"]
ROWS = [["R001", "Kela", "4", "Yhteistyö TE-toimiston kanssa parani selvästi."],
        ["R002", "Kunta", "5", "Asiakkaat saivat apua nopeammin kuin ennen."],
        ["R003", "TE-toimisto", "3", "Koulutukset olivat hyödyllisiä mutta liian harvassa."]]


@pytest.fixture
def survey_file(tmp_path):
    path = tmp_path / "kysely.csv"
    path.write_text("\ufeff" + "\n".join(";".join(r) for r in [HEADER, *ROWS]) + "\n", encoding="utf-8")
    return path


def test_survey_import_asks_for_the_mapping_then_undoes_completely(bare_window, tk_project, survey_file,
                                                                   monkeypatch, qtbot):
    window, asked = bare_window, []
    codes_before = {c.id for c in tk_project.codes()}

    def mapping_dialog(project, path):
        from tyokyky_qda.gui.survey_mapping_dialog import SurveyMappingDialog

        dialog = SurveyMappingDialog(project, path, window)
        asked.append(dialog.model.id_column())
        dialog.case_name.setText("Kyselyvastaaja {id}")
        mapping = dialog.mapping()
        dialog.deleteLater()
        return mapping

    monkeypatch.setattr(window.prompts, "survey_mapping", mapping_dialog)
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as blocker:
        assert window.import_paths([str(survey_file)])
    settle(window)
    assert asked == ["Vastaajan tunnus"]
    outcome = blocker.args[0]
    assert sorted(c.name for c in tk_project.cases()) == ["Kyselyvastaaja R001", "Kyselyvastaaja R002",
                                                           "Kyselyvastaaja R003"]
    assert len(outcome.source_ids) == 3 and outcome.code_ids
    window.undo()
    settle(window)
    assert tk_project.sources() == [] and tk_project.cases() == []
    assert {c.id for c in tk_project.codes()} == codes_before
    window.redo()
    settle(window)
    assert len(tk_project.cases()) == 3 and len(tk_project.sources()) == 3


def test_cancelling_the_survey_mapping_imports_nothing_of_it(bare_window, tk_project, survey_file,
                                                              transcript_file, monkeypatch, qtbot):
    window = bare_window
    monkeypatch.setattr(window.prompts, "survey_mapping", lambda project, path: None)
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.import_paths([str(survey_file), str(transcript_file)])
    settle(window)
    assert [s.name for s in tk_project.sources()] == ["haastattelu_2"]
    assert tk_project.cases() == []


def test_refi_qdpx_import_brings_codes_and_codings_and_undoes(qtbot, tmp_path, tk_project, transcript_source,
                                                               monkeypatch):
    from tyokyky_qda.gui.main_window import MainWindow
    from tyokyky_qda.refi.qdpx_export import export_qdpx
    from tyokyky_qda.store import Project

    text = tk_project.source_text(transcript_source)
    start = text.index("Yhteistyö parani")
    group = tk_project.add_code("Omat").id
    extra = tk_project.add_code("Yhteistyön paraneminen", group).id
    tk_project.add_coding(transcript_source, extra, start, start + 25, coder="Aino")
    archive = export_qdpx(tk_project, tmp_path / "vienti.qdpx")
    fresh = Project.create(tmp_path / "tuotu.tqda", coder="tester")
    fresh.add_source(Source(name="Muu", text="Toinen aineisto."))
    window = MainWindow(fresh)
    qtbot.addWidget(window)
    codes_before = {c.id for c in fresh.codes()}
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.import_paths([str(archive)])
    settle(window)
    paths = fresh.code_paths()
    assert "Omat/Yhteistyön paraneminen" in paths.values()
    coded = [c for c in fresh.codings() if paths[c.code_id] == "Omat/Yhteistyön paraneminen"]
    assert len(coded) == 1
    assert fresh.source_text(coded[0].source_id)[coded[0].start:coded[0].end] == text[start:start + 25]
    window.undo()
    settle(window)
    assert [s.name for s in fresh.sources()] == ["Muu"]
    assert {c.id for c in fresh.codes()} == codes_before
    window.close()
