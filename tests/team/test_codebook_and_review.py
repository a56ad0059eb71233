"""Codebook exchange as CSV/XLSX, codebook merge, and the disagreement review."""

import pytest

from tyokyky_qda.core.model import Source
from tyokyky_qda.store.codebook_files import read_codebook_file
from tyokyky_qda.team.codebook_exchange import (apply_codebook_merge, plan_codebook_merge,
                                                write_codebook_table)
from tyokyky_qda.team.disagreements import CONSENSUS_CODER, find_disagreements, resolve


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_codebook_table_round_trip(tk_project, tmp_path, suffix):
    path = write_codebook_table(tk_project, tmp_path / f"koodikirja{suffix}")
    cb = read_codebook_file(str(path))
    walked = {"/".join(p): n for p, n in cb.walk()}
    ours = {tk_project.code_path(c.id): c for c in tk_project.codes()}
    assert set(walked) == set(ours)
    for path_, node in walked.items():
        assert node.guid == ours[path_].guid and node.keywords == ours[path_].keywords
        assert node.description == ours[path_].description


def test_codebook_merge_adds_only_new_codes(tk_project, tmp_path):
    path = tmp_path / "toinen.csv"
    path.write_text("path,description,keywords\n"
                    "tavoitteet/t1 työkyvyn tuen tarpeen tunnistaminen,,uusi avainsana\n"
                    "Tavoitteet/T8 Uusi tavoite,Kokonaan uusi,\n", encoding="utf-8")
    before = len(tk_project.codes())
    cb = read_codebook_file(str(path))
    plan = plan_codebook_merge(tk_project, cb)
    apply_codebook_merge(tk_project, cb, plan)
    assert len(tk_project.codes()) == before + 1
    t1 = tk_project.resolve_code("Tavoitteet/T1 Työkyvyn tuen tarpeen tunnistaminen")
    assert "uusi avainsana" in tk_project.code(t1).keywords
    apply_codebook_merge(tk_project, cb, plan_codebook_merge(tk_project, cb))
    assert len(tk_project.codes()) == before + 1


def test_disagreements_and_consensus(project):
    sid = project.add_source(Source(name="s", text="x" * 200)).id
    k = project.add_code("k").id
    project.add_coding(sid, k, 0, 20, coder="A")
    project.add_coding(sid, k, 0, 20, coder="B")      # agreement: not listed
    project.add_coding(sid, k, 50, 80, coder="A")
    project.add_coding(sid, k, 55, 80, coder="B")     # boundary disagreement
    project.add_coding(sid, k, 120, 130, coder="B")   # only B
    found = find_disagreements(project, sid, "A", "B")
    assert [(d.start, d.end) for d in found] == [(50, 80), (120, 130)]
    resolve(project, found[0], "a")
    resolve(project, found[1], "both")
    consensus = [(c.start, c.end, c.origin) for c in project.codings(coder=CONSENSUS_CODER)]
    assert consensus == [(50, 80, "consensus"), (120, 130, "consensus")]


def test_plain_comma_csv_with_multiline_description(project, tmp_path):
    path = tmp_path / "k.csv"
    path.write_text('path,description\nA,"Kuvaus, jossa pilkku\nja rivinvaihto"\nA/B,toinen\n', encoding="utf-8")
    cb = read_codebook_file(str(path))
    walked = {"/".join(p): n for p, n in cb.walk()}
    assert set(walked) == {"A", "A/B"} and "rivinvaihto" in walked["A"].description
