"""Fixtures for the NLP tests: pipelines loaded once per session, small Finnish projects.

Every test that depends on a tier runs for the fallback tier always and for the full tier
(spacy-fi-experimental-web-md with Voikko) when it is installed; otherwise those cases skip.
"""

from __future__ import annotations

import pytest

from tyokyky_qda.core.model import Section, Source
from tyokyky_qda.nlp.pipeline import TIER_ENV, load_pipeline

from nlp_helpers import FULL_PROBLEM, make_goals_project


@pytest.fixture(autouse=True)
def _no_tier_env(monkeypatch):
    """Tests choose their tier explicitly; a developer's $TYOKYKY_NLP_TIER must not leak in."""
    monkeypatch.delenv(TIER_ENV, raising=False)


@pytest.fixture(scope="session")
def fallback_nlp():
    """The fallback Finnish pipeline (always available)."""
    return load_pipeline("fi", "fallback")


@pytest.fixture(scope="session")
def full_nlp():
    """The full Finnish pipeline; the test is skipped where it is not installed."""
    if FULL_PROBLEM:
        pytest.skip(FULL_PROBLEM)
    return load_pipeline("fi", "full")


@pytest.fixture
def goals_project(tmp_path):
    """(project, {"T1": code id, ...}, {"T1": source id, ...})."""
    project, codes, sources = make_goals_project(tmp_path / "goals.tqda")
    yield project, codes, sources
    project.close()


@pytest.fixture
def transcript_source(goals_project):
    """A transcript with interviewer and interviewee turns added to the goals project."""
    project, codes, sources = goals_project
    text = ("H: Miten tuen tarve huomattiin?\n"
            "V: Terveystarkastuksessa. Lääkäri kysyi jaksamisesta. Sitten arvioitiin työkyky.\n"
            "H: Entä palkkatuki?\n"
            "V: Palkkatuen hakeminen oli työnantajalle liian hankalaa.")
    first = text.index("V: Terveys")
    second_h = text.index("H: Entä")
    second_v = text.index("V: Palkka")
    sections = [Section(0, first - 1, "turn", speaker="H"), Section(first, second_h - 1, "turn", speaker="V"),
                Section(second_h, second_v - 1, "turn", speaker="H"), Section(second_v, len(text), "turn", speaker="V")]
    sid = project.add_source(Source(name="haastattelu", text=text, kind="transcript"), sections).id
    return project, codes, sid, text
