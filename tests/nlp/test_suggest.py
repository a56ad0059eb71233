"""The Suggester: codebook-only suggestions, training, feedback, exclusions, storage."""

from __future__ import annotations

import pytest

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.model import Source
from tyokyky_qda.nlp import storage
from tyokyky_qda.nlp.suggest import Suggester, UnitSuggestion

from nlp_helpers import TIERS, TEXTS


def best(suggester, sid, **kw):
    return suggester.suggest_source(sid, unit="source", **kw)[0].suggestions


@pytest.mark.parametrize("tier", TIERS)
def test_codebook_alone_ranks_the_right_goal(goals_project, tier):
    project, codes, sources = goals_project
    suggester = Suggester(project, tier)
    hits = sum(best(suggester, sources[g])[0]["code"] == codes[g] for g in TEXTS)
    assert hits >= 5  # of 7, with no coding at all
    top = best(suggester, sources["T7"])
    assert top[0]["code"] == codes["T7"] and "palkkatuki" in top[0]["reason"]


@pytest.mark.parametrize("tier", TIERS)
def test_suggestions_shape_and_order(goals_project, tier):
    project, codes, sources = goals_project
    units = Suggester(project, tier).suggest_source(sources["T2"], unit="sentence", top=3)
    assert len(units) == 2 and all(isinstance(u, UnitSuggestion) for u in units)
    text = project.source_text(sources["T2"])
    assert text[units[0].start:units[0].end].startswith("Asiakas sai")
    for u in units:
        scores = [s["score"] for s in u.suggestions]
        assert len(scores) == 3 and scores == sorted(scores, reverse=True)
        assert all(0.0 <= x <= 1.0 for x in scores)
        assert all(s["reason"] and s["path"].startswith("Tavoitteet/") for s in u.suggestions)
        assert set(u.as_dict()) == {"source", "start", "end", "suggestions"}


@pytest.mark.parametrize("tier", TIERS)
def test_training_learns_from_codings_and_is_stored(goals_project, tier):
    project, codes, sources = goals_project
    extra = project.add_source(Source(name="x", text="Valmentaja tuli mukaan työhaastatteluun ja soitti perään.")).id
    suggester = Suggester(project, tier, auto_train=False)
    suggester.train()
    assert not suggester.needs_training()
    project.add_coding(extra, codes["T2"], 0, len(project.source_text(extra)))
    for g, sid in sources.items():
        project.add_coding(sid, codes[g], 0, len(project.source_text(sid)))
    assert suggester.needs_training()
    report = suggester.train()
    assert report["fi"]["segments"] == 8 and report["fi"]["tier"] == tier
    assert not suggester.needs_training()
    probe = project.add_source(Source(name="p", text="Valmentaja soitti perään ja tuli mukaan haastatteluun.")).id
    first = best(suggester, probe)[0]
    assert first["code"] == codes["T2"]
    # A new Suggester loads the stored model instead of training again.
    again = Suggester(project, tier, auto_train=False)
    assert not again.needs_training()
    assert best(again, probe)[0] == first
    assert storage.load_model_row(project, "fi")["n_segments"] == 8


def test_similar_segments_appear_in_the_reason(goals_project):
    project, codes, sources = goals_project
    for text in ("Hakemusten byrokratia uuvutti pienet yritykset.", "Byrokratia hakemuksissa uuvutti yrittäjät."):
        sid = project.add_source(Source(name="b", text=text)).id
        project.add_coding(sid, codes["T7"], 0, len(text))
    suggester = Suggester(project, "fallback")
    probe = project.add_source(Source(name="q", text="Byrokratia ja hakemukset uuvuttavat yritykset.")).id
    reasons = {s["code"]: s["reason"] for s in best(suggester, probe)}
    assert "muistuttaa 2 segmenttiä koodilla 'T7" in reasons[codes["T7"]]


def test_rejected_suggestion_is_not_repeated_and_teaches(goals_project):
    project, codes, sources = goals_project
    suggester = Suggester(project, "fallback")
    unit = suggester.suggest_source(sources["T6"], unit="sentence")[0]
    code = unit.suggestions[0]["code"]
    changes = suggester.record_feedback(sources["T6"], unit.start, unit.end, code, accepted=False)
    assert changes.created["nlp_feedback"]
    assert suggester.needs_training()
    after = suggester.suggest_source(sources["T6"], unit="sentence")[0]
    assert code not in [s["code"] for s in after.suggestions]
    rows = storage.feedback_rows(project, sources["T6"])
    assert rows[0]["accepted"] == 0 and rows[0]["unit_text"] == project.source_text(sources["T6"])[unit.start:unit.end]
    with pytest.raises(UserError):
        suggester.record_feedback(sources["T6"], 5, 2, code, accepted=True)


def test_accepting_codes_the_unit_and_can_be_undone(goals_project):
    project, codes, sources = goals_project
    suggester = Suggester(project, "fallback")
    unit = suggester.suggest_source(sources["T7"], unit="sentence")[0]
    changes = suggester.record_feedback(sources["T7"], unit.start, unit.end, codes["T7"], accepted=True)
    coding = project.coding(changes.created["codings"][0])
    assert (coding.origin, coding.start, coding.end, coding.code_id) == \
        ("accepted-suggestion", unit.start, unit.end, codes["T7"])
    assert len(changes.created["nlp_feedback"]) == 1 and len(changes.created["codings"]) == 1
    again = suggester.suggest_source(sources["T7"], unit="sentence")[0]
    assert codes["T7"] not in [s["code"] for s in again.suggestions]
    undo = suggester.undo_feedback(changes)
    assert project.codings() == [] and storage.feedback_rows(project) == []
    assert undo.deleted["codings"] == changes.created["codings"]


def test_coded_units_do_not_get_the_same_code_again(goals_project):
    project, codes, sources = goals_project
    suggester = Suggester(project, "fallback")
    unit = suggester.suggest_source(sources["T7"], unit="sentence")[0]
    project.add_coding(sources["T7"], codes["T7"], unit.start, unit.end, origin="accepted-suggestion")
    suggester.record_feedback(sources["T7"], unit.start, unit.end, codes["T7"], accepted=True)
    assert len(project.codings()) == 1  # the accept did not duplicate the coding
    again = suggester.suggest_source(sources["T7"], unit="sentence")[0]
    assert codes["T7"] not in [s["code"] for s in again.suggestions]
    shown = suggester.suggest_source(sources["T7"], unit="sentence", exclude_coded=False)[0]
    assert codes["T7"] in [s["code"] for s in shown.suggestions]


def test_code_filter_min_score_and_bad_unit(goals_project):
    project, codes, sources = goals_project
    suggester = Suggester(project, "fallback")
    only = best(suggester, sources["T1"], codes=[codes["T4"], codes["T5"]], top=5)
    assert {s["code"] for s in only} == {codes["T4"], codes["T5"]}
    assert best(suggester, sources["T1"], min_score=1.01) == []
    with pytest.raises(UserError):
        suggester.suggest_source(sources["T1"], unit="word")


def test_suggest_text_ranks_a_free_text(goals_project):
    project, codes, _ = goals_project
    result = Suggester(project, "fallback").suggest_text("Palkkatuki ja eläke: työnteon kannattavuus.", top=2)
    assert result.source is None and result.start == 0
    assert result.suggestions[0]["code"] == codes["T7"] and len(result.suggestions) == 2


def test_english_sources_use_the_english_pipeline(goals_project):
    project, codes, _ = goals_project
    sid = project.add_source(Source(name="en", text="Employers worry about sick leave costs.", language="en")).id
    suggester = Suggester(project, "fallback")
    assert suggester.languages() == ["en", "fi"]
    units = suggester.suggest_source(sid)
    assert units and units[0].suggestions
    assert suggester.tier_info("en")["language"] == "en"


@pytest.mark.parametrize("tier", TIERS)
def test_tier_is_reported(goals_project, tier):
    project, _, _ = goals_project
    info = Suggester(project, tier).tier_info()
    assert info["tier"] == tier and info["description"]


def test_suggest_range_uses_the_stored_parse(goals_project):
    project, codes, sources = goals_project
    suggester = Suggester(project, "fallback")
    text = project.source_text(sources["T6"])
    result = suggester.suggest_range(sources["T6"], 0, text.index(".") + 1, top=2)
    assert result.source == sources["T6"] and result.kind == "selection"
    assert result.suggestions[0]["code"] == codes["T6"]
    with pytest.raises(UserError):
        suggester.suggest_range(sources["T6"], 5, 5)


def test_a_project_without_codes_gets_no_suggestions(tmp_path):
    from tyokyky_qda.store import Project

    with Project.create(tmp_path / "e.tqda", codebook="empty") as project:
        sid = project.add_source(Source(name="a", text="Palkkatuki auttoi. Kuntoutus alkoi.")).id
        units = Suggester(project, "fallback").suggest_source(sid)
        assert len(units) == 2 and all(u.suggestions == [] for u in units)
