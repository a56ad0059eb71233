"""Honest scores for units that say little: no suggestions for backchannels, lower scores for
short units, scores always in 0..1."""

from __future__ import annotations

import numpy as np
import pytest

from tyokyky_qda.core.model import Section, Source
from tyokyky_qda.nlp.combine import Combiner, evidence_weight, shrink
from tyokyky_qda.nlp.suggest import Suggester
from tyokyky_qda.nlp.units import evidence_count, has_evidence

from nlp_helpers import TEXTS, TIERS

BACKCHANNELS = ["Joo.", "Mm.", "Kyllä kyllä.", "Kuuluu, kuuluu.", "Niin.", "Aivan.", "Käy, käy.",
                "Joo, sopii mulle.", "Selvä.", "Just niin."]


def _interview(project) -> tuple[int, str, list[tuple[int, int]]]:
    """A transcript whose interviewee turns are backchannels; returns (source, text, turn spans)."""
    parts, sections, pos = [], [], 0
    for k, reply in enumerate(BACKCHANNELS):
        for speaker, line in (("H", f"H: Kysymys numero {k + 1} palkkatuesta?"), ("V", f"V: {reply}")):
            parts.append(line)
            sections.append(Section(pos, pos + len(line), "turn", speaker=speaker))
            pos += len(line) + 1
    text = "\n".join(parts)
    sid = project.add_source(Source(name="backchannels", text=text, kind="transcript"), sections).id
    return sid, text, [(s.start, s.end) for s in sections if s.speaker == "V"]


def _code_everything(project, codes, sources) -> None:
    for goal, sid in sources.items():
        project.add_coding(sid, codes[goal], 0, len(project.source_text(sid)))


def test_evidence_count_ignores_repeats_and_response_words():
    assert evidence_count(["kuulua", "kuulua"]) == 0
    assert evidence_count(["käydä", "käydä"]) == 0
    assert evidence_count(["sopia", "minä"]) == 0
    assert evidence_count(["mm."]) == 0
    assert evidence_count(["palkkatuki", "auttaa", "palkkatuki"]) == 2
    assert not has_evidence(["palkkatuki"]) and has_evidence(["palkkatuki", "auttaa"])


@pytest.mark.parametrize("tier", TIERS)
@pytest.mark.parametrize("trained", [False, True])
def test_backchannel_units_get_no_suggestions(goals_project, tier, trained):
    project, codes, sources = goals_project
    if trained:
        _code_everything(project, codes, sources)
    sid, text, turns = _interview(project)
    suggester = Suggester(project, tier)
    for unit in ("sentence", "section"):
        got = [u for u in suggester.suggest_source(sid, unit=unit) if u.suggestions]
        assert got == [], [text[u.start:u.end] for u in got]
    for start, end in turns:
        assert suggester.suggest_range(sid, start, end).suggestions == []
    for reply in BACKCHANNELS:
        assert suggester.suggest_text(reply).suggestions == [], reply


@pytest.mark.parametrize("tier", TIERS)
@pytest.mark.parametrize("trained", [False, True])
def test_a_short_unit_scores_below_a_rich_one_for_the_same_code(goals_project, tier, trained):
    project, codes, sources = goals_project
    if trained:
        _code_everything(project, codes, sources)
    suggester = Suggester(project, tier)
    rich = suggester.suggest_text(TEXTS["T7"], top=7)
    short = suggester.suggest_text("Palkkatuki auttoi.", top=7)
    score = {name: {s["code"]: s["score"] for s in r.suggestions} for name, r in (("rich", rich), ("short", short))}
    assert rich.suggestions[0]["code"] == short.suggestions[0]["code"] == codes["T7"]
    # Before evidence scaling the two words scored within 0.06 of the rich text (0.87 vs 0.92).
    assert score["short"][codes["T7"]] < score["rich"][codes["T7"]] - 0.15


@pytest.mark.parametrize("tier", TIERS)
def test_scores_stay_between_0_and_1(goals_project, tier):
    project, codes, sources = goals_project
    _code_everything(project, codes, sources)
    suggester = Suggester(project, tier)
    texts = ["", "...", "Palkkatuki auttoi.", " ".join(TEXTS.values()) * 3, "Kuntoutus " * 200] + BACKCHANNELS
    for text in texts:
        for s in suggester.suggest_text(text, top=7).suggestions:
            assert 0.0 <= s["score"] <= 1.0
    for sid in sources.values():
        for u in suggester.suggest_source(sid, unit="sentence", top=7):
            assert all(0.0 <= s["score"] <= 1.0 for s in u.suggestions)


def test_shrinking_moves_scores_toward_an_empty_unit():
    rng = np.random.default_rng(1)
    feats = rng.normal(size=(5, 4, 7)) * 3
    empty = np.zeros((1, 4, 7))
    combiner = Combiner.default(trained=True, vectors=True)
    counts = [0, 1, 2, 8, 1000]
    scores = combiner.score(shrink(feats, empty, counts))
    assert np.all((scores >= 0) & (scores <= 1))
    prior = combiner.score(empty)[0]
    assert np.allclose(scores[0], prior)  # no evidence: the empty unit's score
    gaps = np.abs(scores - prior).max(axis=1)
    raw_gaps = np.abs(combiner.score(feats) - prior).max(axis=1)
    assert np.all(gaps[1:] <= raw_gaps[1:] + 1e-12) and gaps[4] == pytest.approx(raw_gaps[4], abs=0.01)
    # The same factor for every code of a unit: with an empty unit at zero the ranking stays.
    assert all((np.argsort(s) == np.argsort(r)).all() for s, r in zip(scores[1:], combiner.score(feats)[1:]))
    weights = evidence_weight(counts)
    assert weights[0] == 0 and np.all(np.diff(weights) > 0) and weights[-1] < 1
