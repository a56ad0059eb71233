"""Shared data and builders for the NLP tests (imported by conftest.py and the test modules).

A module with its own name, not conftest, so imports stay unambiguous in a whole-suite run.
"""

from __future__ import annotations

import pytest

from tyokyky_qda.core.codebook import Codebook, load_codebook
from tyokyky_qda.core.model import Source
from tyokyky_qda.nlp.pipeline import full_tier_problem

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
