"""Nothing leaves the machine: the NLP and suggestion paths run with sockets disabled."""

from __future__ import annotations

import json
import socket

import pytest

from tyokyky_qda.cli import main
from tyokyky_qda.core.model import Source
from tyokyky_qda.nlp import pipeline
from tyokyky_qda.nlp.autocode import autocode
from tyokyky_qda.nlp.index import index_project
from tyokyky_qda.nlp.suggest import Suggester

from nlp_helpers import FULL_PROBLEM, make_goals_project


class NetworkUsed(AssertionError):
    """Raised by the disabled socket functions."""


@pytest.fixture
def no_network(monkeypatch):
    """Make every way of opening a connection fail loudly."""
    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network access attempted: {args!r}")
    for name in ("socket", "create_connection", "getaddrinfo", "socketpair"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse, raising=False)
    yield


def _whole_path(tmp_path, tier, capsys):
    project, codes, sources = make_goals_project(tmp_path / f"offline-{tier}.tqda")
    index_project(project, tier=tier)
    project.add_coding(sources["T1"], codes["T1"], 0, 20)
    suggester = Suggester(project, tier)
    suggester.train()
    units = suggester.suggest_source(sources["T2"])
    assert units and units[0].suggestions
    suggester.record_feedback(sources["T2"], units[0].start, units[0].end, units[0].suggestions[0]["code"], False)
    suggester.train()
    assert suggester.suggest_text("Palkkatuki auttoi.").suggestions
    autocode(suggester, 0.9)
    project.add_source(Source(name="cli", text="Kuntoutus alkoi myöhään."))
    path = str(project.path)
    project.close()
    assert main(["suggest", path, "--json", "--tier", tier]) == 0
    assert json.loads(capsys.readouterr().out)


def test_fallback_tier_works_offline(no_network, tmp_path, capsys, monkeypatch):
    # Load the fallback pipelines afresh, with the network already gone.
    monkeypatch.setattr(pipeline, "_loaded", {})
    assert pipeline.active_tier("fi", "fallback")["tier"] == "fallback"
    pipeline.load_pipeline("en", "fallback")
    _whole_path(tmp_path, "fallback", capsys)


@pytest.mark.skipif(bool(FULL_PROBLEM), reason=FULL_PROBLEM or "")
def test_full_tier_works_offline(full_nlp, no_network, tmp_path, capsys, monkeypatch):
    # Loading the model itself must not need the network either (about 2 s, done once here).
    fresh = pipeline._load_full("fi")
    assert fresh.has_vectors
    monkeypatch.setattr(pipeline, "_loaded", {("fi", "full"): fresh})
    _whole_path(tmp_path, "full", capsys)


def test_the_guard_itself_works(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))
