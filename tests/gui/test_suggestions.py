"""The suggestions panel with a stand-in engine: accept, reject and skip by keyboard."""

from __future__ import annotations

import pytest

import sys
import types

from PySide6.QtCore import Qt

from tests.gui.conftest import code_id, settle

pytestmark = pytest.mark.gui

T1 = "Tavoitteet/T1 Työkyvyn tuen tarpeen tunnistaminen"
T2 = "Tavoitteet/T2 Yksilölliset ja oikea-aikaiset palvelut"


class FakeSuggester:
    """Behaves like tyokyky_qda.nlp.suggest.Suggester for the panel."""

    feedback: list = []

    def __init__(self, project):
        self.project = project

    def suggest_source(self, source_id, unit="sentence", top=3, **_options):
        text = self.project.source_text(source_id)
        t1, t2 = self.project.resolve_code(T1), self.project.resolve_code(T2)
        out = []
        for words in ("Tunnistimme osatyökykyisten tuen tarpeen aiempaa aikaisemmin",
                      "Yhteistyö parani selvästi.", "Rahoituksen jatkuvuus"):
            s = text.index(words)
            out.append(types.SimpleNamespace(
                source=source_id, start=s, end=s + len(words),
                suggestions=[{"code": t1, "path": T1, "score": 0.81, "reason": "tuen tarve"},
                             {"code": t2, "path": T2, "score": 0.42, "reason": "palvelut"}]))
        return out

    def record_feedback(self, source_id, start, end, code_id, accepted):
        FakeSuggester.feedback.append((start, end, code_id, accepted))


def test_unavailable_without_the_engine(window, transcript_source, monkeypatch):
    monkeypatch.setitem(sys.modules, "tyokyky_qda.nlp.suggest", None)  # import fails
    window.open_source(transcript_source)
    panel = window.panels["suggestions"]
    panel.retranslate()
    assert "unavailable" in panel.status.text()
    assert not panel.run_button.isEnabled()


def test_review_mode_accept_reject_skip(window, tk_project, transcript_source, monkeypatch, qtbot):
    module = types.ModuleType("tyokyky_qda.nlp.suggest")
    module.Suggester = FakeSuggester
    monkeypatch.setitem(sys.modules, "tyokyky_qda.nlp.suggest", module)
    FakeSuggester.feedback = []
    window.open_source(transcript_source)
    panel = window.panels["suggestions"]
    window.actions.a["suggest"].trigger()
    qtbot.waitUntil(lambda: len(panel.pending) == 3, timeout=10000)
    assert len(window.document.view.suggestions) == 3  # dashed outlines in the text
    panel.review.setChecked(True)
    qtbot.keyClick(panel.list, Qt.Key.Key_A)          # accept the first with its best code
    qtbot.keyClick(panel.list, Qt.Key.Key_S)          # skip the second
    qtbot.keyClick(panel.list, Qt.Key.Key_2)          # accept the third with the 2nd code
    qtbot.keyClick(panel.list, Qt.Key.Key_R)          # reject the second
    settle(window)
    codings = tk_project.codings(source_id=transcript_source)
    t1, t2 = code_id(tk_project, T1), code_id(tk_project, T2)
    assert sorted((c.code_id, c.origin) for c in codings) == [(t1, "accepted-suggestion"),
                                                              (t2, "accepted-suggestion")]
    assert [f[2:] for f in FakeSuggester.feedback] == [(t1, True), (t2, True), (t1, False)]
    assert panel.pending == [] and window.document.view.suggestions == []
    window.undo()
    settle(window)
    assert len(tk_project.codings()) == 1
