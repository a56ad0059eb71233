"""Retrieval with boolean code queries and filters; the overlap join it rests on."""

import numpy as np
import pytest

import analysis_builders as B
from tyokyky_qda.analysis import And, CodeTerm, Not, Or, SegmentFilter, parse_query, retrieve
from tyokyky_qda.analysis.frames import load_frames
from tyokyky_qda.analysis.overlap import overlap_pairs
from tyokyky_qda.core.errors import UserError


def test_overlap_join_matches_brute_force():
    rng = np.random.default_rng(7)
    for _ in range(25):
        a = (rng.integers(1, 6, 120), rng.integers(0, 400, 120))
        a = (a[0], a[1], a[1] + rng.integers(1, 80, 120))
        b = (rng.integers(1, 6, 90), rng.integers(0, 400, 90))
        b = (np.r_[b[0], [1, 3]], np.r_[b[1], [0, 0]], np.r_[b[1] + rng.integers(1, 300, 90), [2**31 - 1] * 2])
        ia, ib = overlap_pairs(*a, *b)
        got = set(zip(ia.tolist(), ib.tolist()))
        want = {(i, j) for i in range(len(a[0])) for j in range(len(b[0]))
                if a[0][i] == b[0][j] and a[1][i] < b[2][j] and b[1][j] < a[2][i]}
        assert got == want and len(ia) == len(got)


def test_segments_carry_context_and_reference(t4):
    project, _ = t4
    df = retrieve(project, "[T1]")
    assert len(df) == sum(len(c.get("T1", [])) for c in B.CELLS.values())
    row = df.iloc[0]
    assert row["source_kind"] == "transcript" and row["speaker"] == "Haastateltava 1"
    assert row["reference"] == "Haastattelu 1, Haastateltava 1, 00:00:00"
    assert row["text"].startswith("Toimenpide Osatyökykyisten")
    assert row["attributes"] == {"Alue": "Pirkanmaa"}
    assert row["words"] == len(row["text"].split())
    assert list(df["start"]) == sorted(df["start"]) or df["source_id"].is_monotonic_increasing


def test_boolean_queries(t4):
    project, _ = t4
    t2 = retrieve(project, "[T2]")
    direct = retrieve(project, "[T2] AND [Suora vaikutus]")
    indirect = retrieve(project, "[T2] AND [Välillinen vaikutus]")
    neither = retrieve(project, "[T2] AND NOT [Vaikutukset]")
    specs = [s for c in B.CELLS.values() for s in c.get("T2", [])]
    assert len(t2) == len(specs)
    assert len(direct) == sum("S" in s for s in specs)
    assert len(indirect) == sum("V" in s for s in specs)
    assert len(neither) == specs.count("")
    both = retrieve(project, "[T2] AND [Suora vaikutus] AND [Välillinen vaikutus]")
    assert len(both) == specs.count("SV")
    either = retrieve(project, "([T1] OR [T2]) AND ei [Vaikutukset]")
    assert len(either) == specs.count("") + sum(s == "" for c in B.CELLS.values() for s in c.get("T1", []))
    assert set(retrieve(project, "[T1] TAI [T2]")["code"].str[:2]) == {"T1", "T2"}


def test_query_terms_and_errors(t4):
    project, _ = t4
    frames = load_frames(project)
    term = parse_query(frames, "[T1] AND NOT ([Suora vaikutus] OR \"Vaikutukset/Välillinen vaikutus\")")
    assert isinstance(term, And) and isinstance(term.terms[1], Not) and isinstance(term.terms[1].term, Or)
    assert isinstance(term.terms[0], CodeTerm)
    for bad in ("", "[T1] AND", "([T1]", "[No such code]", "AND [T1]"):
        with pytest.raises(UserError):
            retrieve(project, bad)
    assert len(retrieve(project, [B.goal_code(project, "T1"), "T2"])) == len(retrieve(project, "[T1] OR [T2]"))


def test_filters(t4):
    project, info = t4
    everything = retrieve(project)
    assert len(everything) == project.stats()["codings"]
    kinds = retrieve(project, filter=SegmentFilter(source_kinds=["survey-answer"]))
    assert kinds.empty
    region = retrieve(project, "[Tavoitteet]", filter=SegmentFilter(attributes={"Alue": ["Pirkanmaa", "Kainuu"]}))
    assert set(region["source"]) == {"Haastattelu 1"}
    case = project.add_case("Haastateltava 2").id
    sec = project.sections(info["sources"][1])[0]
    project.link_case(case, info["sources"][1], sec.start, sec.end)
    in_case = retrieve(project, filter=SegmentFilter(cases=["Haastateltava 2"]))
    assert len(in_case) > 0 and set(in_case["cases"]) == {"Haastateltava 2"}
    assert len(retrieve(project, filter=SegmentFilter(coders=["tester"]))) == len(everything)
    with pytest.raises(UserError):
        retrieve(project, filter=SegmentFilter(cases=["nobody"]))


def test_survey_segments_reference_the_respondent(survey):
    project, _ = survey
    df = retrieve(project, "[Kysely]")
    assert len(df) == 9
    assert df.iloc[0]["reference"] == "Vastaaja R001"
    assert df.iloc[0]["question"] == B.OPEN_QUESTION
    assert df.iloc[0]["cases"] == "R001"
    assert df.iloc[0]["attributes"]["Organisaatio"] == "TE-toimisto"
