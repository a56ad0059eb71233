"""The survey mapping dialog: guessed roles, editing them in the table, mapping files, import."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QLineEdit

from tyokyky_qda.ingest.api import import_survey
from tyokyky_qda.ingest.survey_mapping import SurveyMapping

pytestmark = pytest.mark.gui

SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
OPEN = ["Yhteistyö TE-toimiston kanssa parani selvästi, kun koordinaattori aloitti.",
        "Resurssit loppuivat kesken ja hanke viivästyi, mikä oli harmillista kaikille.",
        "Työnantajat eivät tienneet palveluista tarpeeksi, viestintää olisi pitänyt lisätä.",
        "Monialainen tiimi toimi hyvin ja asiakkaat saivat apua nopeammin kuin ennen.",
        "Koulutukset olivat hyödyllisiä, mutta niitä oli liian vähän ja liian myöhään.",
        "Päätöksenteko hidastui, kun vastuut jakautuivat monelle toimijalle."]


def shot(widget, name: str) -> None:
    """Save a screenshot when TQDA_SCREENSHOTS is set (for looking at, not for asserting)."""
    if os.environ.get("TQDA_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def survey(tmp_path):
    header = ["Vastaajan tunnus", "Aikaleima", "Organisaatio", "Kuinka hyvin ohjelma onnistui?",
              "Onko malli käytössä?", "Mistä sait tietoa? [Verkkosivut]", "Mistä sait tietoa? [Uutiskirje]",
              "Mitä hyötyä ohjelmasta oli?", "Mitä pitäisi kehittää?"]
    orgs = ["Kela", "TE-toimisto", "Kunta"]
    likert = ["4", "5", "En osaa sanoa", "2", "3", "4"]
    yesno = ["Kyllä", "Ei", "Kyllä", "En osaa sanoa", "Kyllä", "Ei"]
    rows = [header]
    for i in range(6):
        rows.append([f"R{i + 1:03d}", f"2023-03-0{i + 1} 10:1{i}", orgs[i % 3], likert[i], yesno[i],
                     "1" if i % 2 else "", "1" if i % 3 == 0 else "", OPEN[i] if i != 2 else "",
                     OPEN[(i + 2) % 6] + f" (vastaus {i})"])
    path = tmp_path / "kysely.csv"
    path.write_text("\ufeff" + "\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def dialog(qtbot, project, survey):
    from tyokyky_qda.gui.survey_mapping_dialog import SurveyMappingDialog

    dlg = SurveyMappingDialog(project, survey)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def roles(dlg):
    return {c.column: c.role for c in dlg.model.roles}


def row(dlg, column):
    return next(i for i, c in enumerate(dlg.model.roles) if c.column == column)


def edit_cell(dlg, r, col, value):
    """Open the cell's editor in the table, set it like a user would, and commit it."""
    index = dlg.model.index(r, col)
    dlg.table.setCurrentIndex(index)
    dlg.table.edit(index)
    editor = dlg.table.indexWidget(index)
    assert isinstance(editor, (QComboBox, QLineEdit))
    if isinstance(editor, QComboBox):
        editor.setCurrentIndex(editor.findData(value))
    else:
        editor.setText(value)
    dlg.table.commitData(editor)
    dlg.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def test_guessed_roles_are_shown(dialog):
    got = roles(dialog)
    assert got == {"Vastaajan tunnus": "id", "Aikaleima": "ignore", "Organisaatio": "closed",
                   "Kuinka hyvin ohjelma onnistui?": "likert", "Onko malli käytössä?": "yesno",
                   "Mistä sait tietoa? [Verkkosivut]": "multi", "Mistä sait tietoa? [Uutiskirje]": "multi",
                   "Mitä hyötyä ohjelmasta oli?": "open", "Mitä pitäisi kehittää?": "open"}
    model = dialog.model
    assert model.index(row(dialog, "Organisaatio"), 4).data() == "6 / 6 · 3"
    assert "Kela" in model.index(row(dialog, "Organisaatio"), 5).data()
    assert "6 respondents" in dialog.file_info.text()
    assert "2 open questions" in dialog.summary.text() and "1 multiple-choice" in dialog.summary.text()
    dialog.table.selectRow(row(dialog, "Organisaatio"))
    assert "Most common values" in dialog.preview.toPlainText() and "TE-toimisto" in dialog.preview.toPlainText()
    shot(dialog, "survey_mapping_dialog")


def test_edited_roles_reach_the_import(qtbot, dialog, project, survey):
    edit_cell(dialog, row(dialog, "Organisaatio"), 1, "ignore")
    edit_cell(dialog, row(dialog, "Mitä pitäisi kehittää?"), 2, "Kehittämisehdotukset")
    edit_cell(dialog, row(dialog, "Kuinka hyvin ohjelma onnistui?"), 2, "Onnistuminen")
    edit_cell(dialog, row(dialog, "Kuinka hyvin ohjelma onnistui?"), 3, "number")
    assert roles(dialog)["Organisaatio"] == "ignore"
    dialog.case_name.setText("Kyselyvastaaja {id}")
    mapping = dialog.mapping()
    assert mapping.id_column == "Vastaajan tunnus"
    likert = mapping.role("Kuinka hyvin ohjelma onnistui?")
    assert (likert.role, likert.attribute, likert.type) == ("likert", "Onnistuminen", "number")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted

    report = import_survey(project, survey, mapping)
    assert not report.failed, report.failed
    assert len(project.cases()) == 6
    attrs = project.attributes_of("case", project.case_id("Kyselyvastaaja R001", create=False))
    assert "Organisaatio" not in attrs and attrs["Onnistuminen"] == 4
    assert attrs["Mistä sait tietoa?: Verkkosivut"] is False
    kysely = next(c for c in project.children_of(None) if c.name == "Kysely")
    assert {c.name for c in project.children_of(kysely.id)} == {"Mitä hyötyä ohjelmasta oli?",
                                                                  "Kehittämisehdotukset"}


def test_new_id_column_demotes_the_old_one(dialog):
    dialog.model.set_role(row(dialog, "Aikaleima"), "id")
    got = roles(dialog)
    assert got["Aikaleima"] == "id" and got["Vastaajan tunnus"] == "ignore"
    assert dialog.mapping().id_column == "Aikaleima"
    dialog.model.set_role(row(dialog, "Aikaleima"), "ignore")
    assert dialog.mapping().id_column is None and "numbered by row" in dialog.summary.text()


def test_mapping_file_round_trip(qtbot, dialog, project, survey, tmp_path):
    from tyokyky_qda.gui.survey_mapping_dialog import SurveyMappingDialog

    edit_cell(dialog, row(dialog, "Onko malli käytössä?"), 1, "closed")
    target = tmp_path / "kartoitus.json"
    dialog.ask_save_path = lambda *a, **k: str(target)
    assert dialog.save_mapping() == str(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "tyokyky-qda-survey-mapping" and data["id_column"] == "Vastaajan tunnus"
    assert data["columns"]["Onko malli käytössä?"] == {"role": "closed"}
    assert SurveyMapping.load(target).role("Mitä hyötyä ohjelmasta oli?").role == "open"

    fresh = SurveyMappingDialog(project, survey)
    qtbot.addWidget(fresh)
    assert roles(fresh)["Onko malli käytössä?"] == "yesno"
    fresh.ask_open_path = lambda *a, **k: str(target)
    assert fresh.load_mapping()
    assert roles(fresh)["Onko malli käytössä?"] == "closed"


def test_refuses_a_case_name_without_id_and_bad_files(qtbot, dialog, project, tmp_path):
    from tyokyky_qda.gui.survey_mapping_dialog import SurveyMappingDialog

    dialog.case_name.setText("Vastaaja")
    dialog.accept()
    assert dialog.isVisible() and "{id}" in dialog.message.text()

    broken = tmp_path / "rikki.csv"
    broken.write_text("", encoding="utf-8")
    bad = SurveyMappingDialog(project, broken)
    qtbot.addWidget(bad)
    assert bad.model.rowCount() == 0 and bad.message.text()
