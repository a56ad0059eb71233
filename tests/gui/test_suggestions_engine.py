"""The suggestions panel with the real engine (the light fallback tier): training and suggesting
run on the worker thread, never on the UI thread, and accepting codes the text."""

from __future__ import annotations

import threading

import pytest

from tests.gui.conftest import code_id, settle

pytestmark = pytest.mark.gui

T1 = "Tavoitteet/T1 Työkyvyn tuen tarpeen tunnistaminen"


def test_train_and_suggest_run_in_the_worker(window, tk_project, transcript_source, monkeypatch, qtbot):
    monkeypatch.setenv("TYOKYKY_NLP_TIER", "fallback")
    from tyokyky_qda.nlp.suggest import Suggester

    threads: dict[str, str] = {}
    real_train, real_suggest = Suggester.train, Suggester.suggest_source

    def train(self, *args, **kwargs):
        threads["train"] = threading.current_thread().name
        return real_train(self, *args, **kwargs)

    def suggest_source(self, *args, **kwargs):
        threads["suggest"] = threading.current_thread().name
        return real_suggest(self, *args, **kwargs)

    monkeypatch.setattr(Suggester, "train", train)
    monkeypatch.setattr(Suggester, "suggest_source", suggest_source)
    text = tk_project.source_text(transcript_source)
    start = text.index("Tunnistimme")
    tk_project.add_coding(transcript_source, code_id(tk_project, T1), start, start + 60)
    window.open_source(transcript_source)
    panel = window.panels["suggestions"]
    window.actions.a["train_suggestions"].trigger()
    settle(window)
    assert "Trained on" in panel.status.text()
    window.actions.a["suggest"].trigger()
    settle(window)
    assert threads["train"].startswith("tyokyky-writer") and threads["suggest"].startswith("tyokyky-writer")
    assert panel.pending, panel.status.text()
    first = panel.pending[0]
    chosen = int(first.options[0]["code"])
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    panel.accept()
    settle(window)
    accepted = [c for c in tk_project.codings(source_id=transcript_source) if c.origin == "accepted-suggestion"]
    assert [(c.start, c.end, c.code_id) for c in accepted] == [(first.start, first.end, chosen)]
