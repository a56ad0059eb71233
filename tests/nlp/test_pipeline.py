"""Pipeline loading, tiers and their report to the UI."""

from __future__ import annotations

import pytest

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.nlp import pipeline
from tyokyky_qda.nlp.pipeline import TIER_ENV, active_tier, load_pipeline, normalise_language

from nlp_helpers import FULL_PROBLEM

KEYS = {"language", "tier", "description", "lemma_accuracy_hint", "package", "version", "pipeline_id",
        "vectors", "reason"}


def lemmas(loaded, text):
    return [t.lemma_ for t in loaded.nlp(text) if not t.is_punct]


def test_fallback_lemmatises_finnish_with_simplemma(fallback_nlp):
    assert fallback_nlp.tier == "fallback" and not fallback_nlp.has_vectors
    assert lemmas(fallback_nlp, "Työkykykoordinaattorit ohjasivat asiakkaita kuntoutukseen.") == \
        ["työkykykoordinaattori", "ohjata", "asiakas", "kuntoutus"]


def test_fallback_fixes_known_simplemma_errors(fallback_nlp):
    # simplemma alone turns "työ" into "sinä"; the exception table and the colon rule fix it.
    assert lemmas(fallback_nlp, "Työ on tärkeää. STM:n hanke") == ["työ", "olla", "tärkeä", "stm", "hanke"]


def test_fallback_splits_sentences_and_keeps_text(fallback_nlp):
    text = "Ensimmäinen lause.  Toinen lause!\nKolmas"
    doc = fallback_nlp.nlp(text)
    assert doc.text == text
    assert len(list(doc.sents)) == 3


def test_english_fallback_uses_lookup_lemmas_case_insensitively():
    loaded = load_pipeline("en", "fallback")
    assert lemmas(loaded, "Employers were hiring coordinators") == ["employer", "be", "hire", "coordinator"]


def test_active_tier_reports_for_the_ui():
    info = active_tier("fi", "fallback")
    assert set(info) == KEYS
    assert info["tier"] == "fallback" and info["language"] == "fi"
    assert "simplemma" in info["pipeline_id"] and info["reason"]
    assert active_tier("en")["tier"] in ("full", "fallback")


def test_environment_variable_forces_the_fallback(monkeypatch):
    monkeypatch.setenv(TIER_ENV, "fallback")
    assert active_tier("fi")["tier"] == "fallback"
    assert load_pipeline("fi").tier == "fallback"


def test_bad_tier_is_a_user_error(monkeypatch):
    with pytest.raises(UserError):
        load_pipeline("fi", "turbo")
    monkeypatch.setenv(TIER_ENV, "nonsense")
    with pytest.raises(UserError):
        active_tier("fi")


def test_auto_falls_back_when_the_full_tier_is_missing(monkeypatch):
    monkeypatch.setattr(pipeline, "full_tier_problem", lambda lang: "libvoikko missing (simulated)")
    monkeypatch.setattr(pipeline, "_loaded", {k: v for k, v in pipeline._loaded.items() if k[1] != "full"})
    info = active_tier("fi")
    assert info["tier"] == "fallback" and "simulated" in info["reason"]
    loaded = load_pipeline("fi")
    assert loaded.tier == "fallback" and "simulated" in loaded.reason
    with pytest.raises(UserError, match="simulated"):
        load_pipeline("fi", "full")


def test_language_tags_are_normalised():
    assert normalise_language("fi-FI") == "fi"
    assert normalise_language("en_GB") == "en"
    assert normalise_language("sv") == "fi"
    assert normalise_language(None) == "fi"


@pytest.mark.skipif(bool(FULL_PROBLEM), reason=FULL_PROBLEM or "")
def test_full_tier_lemmas_vectors_and_description(full_nlp):
    assert full_nlp.tier == "full" and full_nlp.has_vectors
    assert lemmas(full_nlp, "Työkykykoordinaattorit tunnistivat asiakkaiden tilanteen.") == \
        ["työkykykoordinaattori", "tunnistaa", "asiakas", "tilanne"]
    info = full_nlp.describe()
    assert set(info) == KEYS and info["vectors"] and not info["reason"]
    assert active_tier("fi")["pipeline_id"] == full_nlp.pipeline_id
