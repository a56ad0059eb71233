"""Fixtures for the NLP tests: pipelines loaded once per session, small Finnish projects.

Every test that depends on a tier runs for the fallback tier always and for the full tier
(spacy-fi-experimental-web-md with Voikko) when it is installed; otherwise those cases skip.
"""

from __future__ import annotations

import pytest

from tyokyky_qda.core.codebook import Codebook, load_codebook
from tyokyky_qda.core.model import Section, Source
from tyokyky_qda.nlp.pipeline import TIER_ENV, full_tier_problem, load_pipeline

FULL_PROBLEM = full_tier_problem("fi")
TIERS = ["fallback", pytest.param("full", marks=pytest.mark.skipif(bool(FULL_PROBLEM), reason=FULL_PROBLEM or ""))]

# Short, hand-written texts: one per goal, in the register of the material.
TEXTS = {
    "T1": "Työttömien terveystarkastuksissa huomattiin, että monella oli hoitamaton sairaus. "
          "Työkykykoordinaattori otti jaksamisen puheeksi jo ensimmäisessä tapaamisessa.",
    "T2": "Asiakas sai nimetyn vastuuhenkilön, joka kulki mukana koko palvelupolun ajan. "
          "Odotusajat lyhenivät, eikä kukaan pudonnut palvelujen väliin.",
    "T3": "Virkailijat kävivät koulutuksen ja perehdytys uusille työntekijöille uudistettiin. "
          "Asiakasmäärät ovat silti niin suuria, ettei aika riitä.",
    "T4": "Kauppaketju muotoili kaksi uutta tehtävää, ja molempiin palkattiin osatyökykyinen. "
          "Yhteiskunnallinen yritys työllisti kolme henkilöä avoimille työmarkkinoille.",
    "T5": "Yritysyhteistyössä työnantajille kerrottiin työpaikan mukauttamisesta. "
          "Moni yrittäjä pelkäsi aluksi, mutta ennakkoluulot hälvenivät tuen myötä.",
    "T6": "Kelan ammatillinen kuntoutus alkoi liian myöhään, ja kuntoutuspolku katkesi. "
          "Kuntouttava työtoiminta kesti vuosia ilman suunnitelmaa.",
    "T7": "Palkkatuen hakeminen on työlästä, ja työnantajat pelkäävät sairauspoissaolojen kuluja. "
          "Työkyvyttömyyseläkkeellä oleva pelkää menettävänsä etuuden, jos tekee töitä.",
}


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


def goal_codebook() -> Codebook:
    """Only the "Tavoitteet" group (T1–T7) of the shipped codebook: quick to train."""
    book = load_codebook("tyokykyohjelma")
    return Codebook(name=book.name, codes=[n for n in book.codes if n.name == "Tavoitteet"])


def make_goals_project(path, texts=TEXTS):
    """A project with the goal codes and one source per text; returns (project, code ids, source ids)."""
    from tyokyky_qda.store import Project

    project = Project.create(path, codebook="empty", coder="tester")
    project.import_codebook(goal_codebook())
    codes = {c.name.split()[0]: c.id for c in project.codes() if c.parent_id is not None}
    sources = {key: project.add_source(Source(name=key, text=text, kind="survey-answer")).id
               for key, text in texts.items()}
    return project, codes, sources


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
