"""Agreement statistics against the krippendorff package and a textbook Cohen's kappa."""

import krippendorff
import numpy as np
import pytest

from tyokyky_qda.analysis.agreement import (
    Tally, _tally_from_presence, cohen_kappa, compute_agreement, krippendorff_alpha, percent_agreement)
from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.model import Section, Source


def textbook_kappa(a, b):
    """Cohen (1960) from the full confusion matrix."""
    a, b = np.asarray(a), np.asarray(b)
    cats = sorted(set(a) | set(b))
    n = len(a)
    p_o = np.mean(a == b)
    p_e = sum((np.sum(a == c) / n) * (np.sum(b == c) / n) for c in cats)
    return (p_o - p_e) / (1 - p_e)


CASES = [
    # Landis & Koch style example: 2 coders, 10 units
    ([1, 1, 0, 0, 1, 0, 1, 1, 0, 0], [1, 0, 0, 0, 1, 0, 1, 1, 1, 0]),
    ([1] * 20 + [0] * 80, [1] * 15 + [0] * 5 + [1] * 5 + [0] * 75),
    ([0, 1, 0, 1, 0, 1], [1, 0, 1, 0, 1, 0]),  # systematic disagreement: negative
]


@pytest.mark.parametrize("a, b", CASES)
def test_two_coders_match_references(a, b):
    t = _tally_from_presence(np.array([a, b], dtype=bool))
    assert cohen_kappa(t) == pytest.approx(textbook_kappa(a, b))
    assert krippendorff_alpha(t) == pytest.approx(
        krippendorff.alpha(reliability_data=[a, b], level_of_measurement="nominal"))
    assert percent_agreement(t) == pytest.approx(np.mean(np.array(a) == np.array(b)))


def test_hand_computed_kappa():
    # 2x2 table: both yes 20, A only 5, B only 10, both no 15 -> po=.7, pe=.25*.. computed by hand
    a = [1] * 20 + [1] * 5 + [0] * 10 + [0] * 15
    b = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    t = _tally_from_presence(np.array([a, b], dtype=bool))
    # p_o = 35/50 = .7; p_yes_A = .5, p_yes_B = .6; p_e = .5*.6 + .5*.4 = .5; kappa = .4
    assert cohen_kappa(t) == pytest.approx(0.4)


def test_three_coders_alpha_matches_package():
    rng = np.random.default_rng(3)
    data = rng.random((3, 200)) < 0.3
    data[1, :100] = data[0, :100]
    t = _tally_from_presence(data)
    assert cohen_kappa(t) is None
    assert krippendorff_alpha(t) == pytest.approx(
        krippendorff.alpha(reliability_data=data.astype(int), level_of_measurement="nominal"))


def test_edge_cases_are_defined():
    nothing = _tally_from_presence(np.zeros((2, 50), dtype=bool))
    assert percent_agreement(nothing) == 1.0 and cohen_kappa(nothing) is None and krippendorff_alpha(nothing) is None
    one_silent = _tally_from_presence(np.array([[1, 1, 0, 0], [0, 0, 0, 0]], dtype=bool))
    assert cohen_kappa(one_silent) == 0.0 and krippendorff_alpha(one_silent) < 0
    full = _tally_from_presence(np.array([[1, 0, 1, 0], [1, 0, 1, 0]], dtype=bool))
    assert cohen_kappa(full) == 1.0 and krippendorff_alpha(full) == 1.0
    assert percent_agreement(Tally(2)) is None


@pytest.fixture
def coded(project):
    text = "A" * 100
    sid = project.add_source(Source(name="s", text=text, kind="transcript"),
                             [Section(0, 50, "turn"), Section(50, 100, "turn")]).id
    c1 = project.add_code("c1").id
    c2 = project.add_code("c2").id
    project.add_coding(sid, c1, 0, 40, coder="A")
    project.add_coding(sid, c1, 10, 40, coder="B")
    project.add_coding(sid, c2, 60, 70, coder="A")
    project.add_coding(sid, c2, 80, 90, coder="B")
    return project, sid, c1, c2


def test_character_unit_on_project(coded):
    project, sid, c1, c2 = coded
    out = compute_agreement(project, ["A", "B"], unit="character")
    assert out["unit"] == "character" and out["units"] == 100 and out["sources"] == [sid]
    by = {c["code"]: c for c in out["codes"]}
    a1 = np.zeros(100, bool); a1[0:40] = True
    b1 = np.zeros(100, bool); b1[10:40] = True
    assert by[c1]["kappa"] == pytest.approx(textbook_kappa(a1, b1))
    assert by[c1]["alpha"] == pytest.approx(krippendorff.alpha(
        reliability_data=[a1.astype(int), b1.astype(int)], level_of_measurement="nominal"))
    # overall pools the 200 (unit, code) decisions
    a2 = np.zeros(100, bool); a2[60:70] = True
    b2 = np.zeros(100, bool); b2[80:90] = True
    pooled_a = np.concatenate([a1, a2]); pooled_b = np.concatenate([b1, b2])
    assert out["overall"]["kappa"] == pytest.approx(textbook_kappa(pooled_a, pooled_b))
    assert out["overall"]["units"] == 200


def test_segment_and_source_units(coded):
    project, sid, c1, c2 = coded
    seg = compute_agreement(project, ["A", "B"], unit="segment")
    by = {c["code"]: c for c in seg["codes"]}
    assert seg["units"] == 2
    assert by[c1]["percent"] == 1.0 and by[c2]["percent"] == 1.0  # both coders coded the same turns
    src = compute_agreement(project, ["A", "B"], unit="source")
    assert src["units"] == 1 and src["overall"]["percent"] == 1.0


def test_bad_arguments(coded):
    project, *_ = coded
    with pytest.raises(UserError, match="two different"):
        compute_agreement(project, ["A", "A"])
    with pytest.raises(UserError, match="no coder named"):
        compute_agreement(project, ["A", "Z"])
    with pytest.raises(UserError, match="unknown unit"):
        compute_agreement(project, ["A", "B"], unit="word")


def test_sweep_tally_equals_presence_arrays():
    from tyokyky_qda.analysis.agreement import _char_tally

    rng = np.random.default_rng(7)
    for _ in range(50):
        length = int(rng.integers(50, 500))
        per_coder = []
        for _ in range(int(rng.integers(2, 4))):
            ranges = []
            for _ in range(int(rng.integers(0, 6))):
                s = int(rng.integers(0, length - 1))
                ranges.append((s, int(rng.integers(s + 1, length + 1))))
            per_coder.append(ranges)
        presence = np.zeros((len(per_coder), length), dtype=bool)
        for j, ranges in enumerate(per_coder):
            for s, e in ranges:
                presence[j, s:e] = True
        expected = _tally_from_presence(presence)
        got = _char_tally(length, per_coder)
        assert list(got.hist) == list(expected.hist) and list(got.totals) == list(expected.totals)


def test_autocoded_codings_are_not_a_coders_judgement(coded):
    project, sid, c1, c2 = coded
    other = project.add_source(Source(name="survey", text="B" * 40)).id
    auto = project.add_code("Kysely").id
    project.add_coding(other, auto, 0, 40, coder="A", origin="autocode")
    project.add_coding(other, c1, 0, 10, coder="B")
    out = compute_agreement(project, ["A", "B"], unit="segment")
    assert out["sources"] == [sid] and auto not in {c["code"] for c in out["codes"]}
    assert other in compute_agreement(project, ["A", "B"], include_autocoded=True)["sources"]
