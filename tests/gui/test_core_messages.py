"""Messages of the Qt-free packages (agreement warnings, import problems, errors, progress steps)
appear in the interface language: Finnish in the Finnish UI, the same English as the CLI otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import settle
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.i18n import N_
from tyokyky_qda.core.model import Section, Source
from tyokyky_qda.gui.i18n import core_text, i18n

pytestmark = pytest.mark.gui

SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
LOW_PREVALENCE_FI = "prosenttiyhtäpitävyys kuvaa lähinnä koodaamatonta tekstiä"


def _language(language: str) -> None:
    i18n().install(language)
    QCoreApplication.sendPostedEvents()
    QApplication.processEvents()


def test_core_text_translates_formats_and_falls_back():
    m = N_("{code}: applied to {share:.1%} of units; percent agreement is dominated by uncoded text — read "
           "kappa/alpha instead", code="Tuki", share=0.0712)
    assert core_text(m) == str(m)  # English UI: exactly the CLI's text
    assert core_text(m, "fi").startswith("Tuki: koodattu 7,1\u00a0% yksiköistä; " + LOW_PREVALENCE_FI)
    _language("fi")
    assert core_text(m) == core_text(m, "fi")
    assert core_text(m, "en") == str(m)  # a report in English from the Finnish UI
    nested = UserError(N_("corrupt or truncated {what} ({error})", what=N_("Word document"), error="bad zip"))
    assert core_text(nested) == "vioittunut tai katkennut tiedosto (Word-asiakirja) (bad zip)"
    assert core_text("not a core message") == "not a core message" and core_text(None) == ""
    assert core_text(N_("not in the catalogue {x}", x=1)) == "not in the catalogue 1"


@pytest.fixture
def rare_code_project(project):
    text = "Haastattelija: Miten tuki toimi?\nH1: " + "Tuki tuli ajoissa ja yhteistyö parani. " * 20
    sid = project.add_source(Source(name="Haastattelu 1", text=text, kind="transcript"),
                             [Section(0, 32, "turn"), Section(33, len(text), "turn")]).id
    code = project.add_code("Tuen oikea-aikaisuus").id
    project.add_coding(sid, code, 37, 60, coder="Aino")
    project.add_coding(sid, code, 40, 60, coder="Ville")
    return project


def test_agreement_warnings_follow_the_ui_language(qtbot, rare_code_project, tmp_path):
    from tyokyky_qda.gui.analysis_agreement import AgreementPanel

    panel = AgreementPanel(rare_code_project)
    qtbot.addWidget(panel)
    panel.resize(1000, 420)
    panel.show()
    panel.reload_coders()
    panel.set_coders(["Aino", "Ville"])
    qtbot.waitUntil(lambda: panel.result is not None, timeout=10000)
    english = panel.warnings.text()
    assert "percent agreement is dominated by uncoded text" in english

    _language("fi")
    finnish = panel.warnings.text()
    assert LOW_PREVALENCE_FI in finnish and "Tuen oikea-aikaisuus: koodattu" in finnish
    assert "percent agreement" not in finnish
    if os.environ.get("TQDA_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        panel.grab().save(str(SHOTS / "agreement_panel_fi.png"))

    # The exported report carries the warnings in the report's language, whatever the UI's.
    _language("en")
    out = tmp_path / "yhtapitavyys.docx"
    panel.ask_save_path = lambda *a, **k: str(out)
    panel.export()
    qtbot.waitUntil(out.exists, timeout=10000)
    panel.jobs.wait()
    from docx import Document

    assert any(LOW_PREVALENCE_FI in p.text for p in Document(str(out)).paragraphs)
    assert panel.warnings.text() == english
    panel.jobs.shutdown()


def test_import_warnings_and_failures_are_finnish_in_the_finnish_ui(bare_window, tmp_path, qtbot):
    window = bare_window
    srt = tmp_path / "haastattelu.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:03,000\nH1: Yhteistyö parani.\n\n2\nrikki\nteksti\n", encoding="utf-8")
    empty = tmp_path / "tyhja.txt"
    empty.write_text("", encoding="utf-8")
    window.set_language("fi")
    QApplication.processEvents()
    messages = []
    window.status.messageChanged.connect(messages.append)
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as blocker:
        assert window.import_paths([str(srt), str(empty)])
    settle(window)
    outcome = blocker.args[0]
    assert len(outcome.source_ids) == 1 and outcome.warnings and outcome.failed
    text = next(m for m in messages if m)
    assert "1 varoitus: haastattelu.srt: ohitettiin lohkoja, joissa ei ole kelvollista aikariviä: 1" in text
    assert "tiedosto on tyhjä" in text
    assert "block(s)" not in text and "the file is empty" not in text


def test_failed_writes_and_progress_steps_are_translated(bare_window, qtbot, monkeypatch):
    window = bare_window
    warned = []
    monkeypatch.setattr(window.prompts, "warn", lambda title, text: warned.append(text))
    window.set_language("fi")
    with qtbot.waitSignal(window.ops.failed, timeout=10000) as failed:
        window.ops.write(lambda project: project.add_case(""))
    assert failed.args == ["tapaus tarvitsee nimen"]
    assert warned == ["tapaus tarvitsee nimen"]

    steps = []
    window.tasks.progress.connect(lambda _fraction, message: steps.append(message))

    def job(project, state):
        state.progress(1.0, N_("reading {file}", file="projekti.qdpx"))

    window.ops.run_long(job, "REFI-QDA")
    settle(window)
    QApplication.processEvents()
    assert "luetaan projekti.qdpx" in steps
