"""Frequencies, the codebook table, co-occurrence and word frequencies."""

import analysis_builders as B
from tyokyky_qda.analysis import code_frequencies, codebook_table, cooccurrence, word_frequencies
from tyokyky_qda.analysis.words import lemma, lemma_counts


def n_goal_segments(goal=None):
    return sum(len(v) for c in B.CELLS.values() for g, v in c.items() if goal is None or g == goal)


def test_frequencies_roll_up_and_break_down(t4):
    project, _ = t4
    df = code_frequencies(project, codes="Tavoitteet")
    assert list(df.columns) == ["code_id", "depth", "code", "code_path", "Yhteensä"]
    assert df.iloc[0]["code"] == "Tavoitteet" and df.iloc[0]["Yhteensä"] == n_goal_segments()
    t1 = df[df["code"].str.startswith("T1 ")].iloc[0]
    assert t1["Yhteensä"] == n_goal_segments("T1") and t1["depth"] == 1
    flat = code_frequencies(project, codes="Tavoitteet", rollup=False)
    assert flat.iloc[0]["Yhteensä"] == 0
    by_region = code_frequencies(project, by="attribute:Alue", codes="Tavoitteet")
    assert list(by_region.columns[4:]) == ["Pirkanmaa", "Pohjois-Karjala", "Varsinais-Suomi", "Yhteensä"]
    assert (by_region.iloc[:, 4:7].sum(axis=1) == by_region["Yhteensä"]).all()
    kinds = code_frequencies(project, by="source_kind", measure="sources", codes=["Tavoitteet"])
    assert list(kinds.columns[4:]) == ["haastattelu", "Yhteensä"] and kinds.iloc[0]["Yhteensä"] == 3
    words = code_frequencies(project, measure="words", codes=["Vaikutukset"], lang="en")
    assert words.columns[-1] == "Total" and words.iloc[0]["Total"] > words.iloc[1]["Total"] > 0


def test_codebook_table(tk_project):
    df = codebook_table(tk_project)
    assert len(df) == tk_project.stats()["codes"]
    assert df.iloc[0]["code"] == "Tavoitteet" and df.iloc[0]["depth"] == 0
    assert df["keywords"].str.len().max() > 0
    en = codebook_table(tk_project, lang="en")
    assert en.iloc[0]["code"] == "Programme goals"


def test_cooccurrence_is_symmetric_with_counts_on_the_diagonal(t4):
    project, _ = t4
    df = cooccurrence(project, codes=["Tavoitteet", "Vaikutukset"])
    assert (df.to_numpy() == df.to_numpy().T).all()
    t1 = next(c for c in df.index if c.startswith("T1 "))
    assert df.loc[t1, t1] == n_goal_segments("T1")
    direct_t1 = sum(1 for c in B.CELLS.values() for s in c.get("T1", []) if "S" in s)
    assert df.loc[t1, B.DIRECT] == direct_t1
    by_source = cooccurrence(project, codes=["Tavoitteet", "Vaikutukset"], measure="sources")
    assert by_source.to_numpy().max() <= 3


def test_lemmas_and_stop_words():
    assert lemma("palveluja") == "palvelu"
    counts = lemma_counts("Niinku tota, palveluja ja palvelujen kehittäminen on tärkeää 2023.")
    assert counts["palvelu"] == 2
    for stop in ("niinku", "tota", "ja", "olla", "on", "2023"):
        assert stop not in counts


def test_word_frequencies(t4):
    project, _ = t4
    df = word_frequencies(project, "[Tavoitteet]", top=5)
    assert list(df.columns) == ["lemma", "Lukumäärä"] and len(df) == 5
    assert "palvelu" in set(df["lemma"])
    assert df["Lukumäärä"].is_monotonic_decreasing
    split = word_frequencies(project, by="attribute:Alue", top=3)
    assert list(split.columns) == ["lemma", "Pirkanmaa", "Pohjois-Karjala", "Varsinais-Suomi", "Yhteensä"]
    per_code = word_frequencies(project, "[T1] OR [T2]", by="code", top=3)
    assert per_code.columns[1].startswith("T1 ") and per_code.columns[2].startswith("T2 ")
