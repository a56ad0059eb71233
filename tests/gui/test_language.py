"""Finnish and English: switching at runtime really changes the visible texts."""

from __future__ import annotations

import pytest

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from tyokyky_qda.gui.i18n import TRANSLATIONS, i18n

pytestmark = pytest.mark.gui

# The workbench's own modules; others add their strings to the same file as they land.
WORKBENCH_FILES = {
    "actions.py", "app.py", "codebook_model.py", "coding_actions.py", "dialogs.py", "document_panel.py",
    "import_controller.py", "main_window.py", "qt_cases.py", "qt_codebook.py", "qt_coding_details.py",
    "qt_memo.py", "qt_sources.py", "qt_suggestions.py", "qt_welcome.py", "status_bar.py", "undo_codes.py",
    "undo_coding.py", "undo_misc.py", "window_prefs.py", "labels.py",
}


def _texts(window) -> dict:
    codebook = window.panels["codebook"]
    return {
        "file": window.actions.menus["file"].title(),
        "import": window.actions.a["import"].text(),
        "dock": window.docks["codebook"].windowTitle(),
        "header": codebook.model.headerData(0, Qt.Orientation.Horizontal),
        "filter": codebook.filter.placeholderText(),
        "status": window.status.stats.text(),
        "kind": window.panels["sources"].kind_box.itemText(0),
    }


def test_switch_to_finnish_and_back(window, transcript_source):
    window.open_source(transcript_source)
    english = _texts(window)
    assert english["file"] == "&File" and english["header"] == "Code"
    window.actions.language_actions["fi"].trigger()
    QCoreApplication.sendPostedEvents()
    QApplication.processEvents()
    finnish = _texts(window)
    assert finnish == {
        "file": "&Tiedosto", "import": "&Tuo tiedostoja…", "dock": "Koodikirja", "header": "Koodi",
        "filter": "Suodata koodeja…", "status": finnish["status"], "kind": "Kaikki lajit",
    }
    assert "aineistoa" in finnish["status"]
    assert "litteraatti" in window.document.header.text()
    assert window.settings.get("language") == "fi"
    window.set_language("en")
    QCoreApplication.sendPostedEvents()
    QApplication.processEvents()
    assert _texts(window) == english


def test_every_workbench_string_has_a_finnish_translation():
    tree = ET.parse(TRANSLATIONS / "tyokyky_qda_fi.ts")
    missing, current = [], None
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            location = message.find("location")
            if location is not None and location.get("filename"):
                current = location.get("filename").rsplit("/", 1)[-1]
            translation = message.find("translation")
            if current in WORKBENCH_FILES and (translation.get("type") == "unfinished"
                                               or not (translation.text or list(translation))):
                missing.append((context.find("name").text, message.find("source").text))
    assert missing == []
    assert (TRANSLATIONS / "tyokyky_qda_fi.qm").exists()


def test_compiled_catalogue_loads():
    assert i18n().install("fi")
    assert QCoreApplication.translate("WorkbenchActions", "&Undo") == "&Kumoa"
    i18n().install("en")
    assert QCoreApplication.translate("WorkbenchActions", "&Undo") == "&Undo"
