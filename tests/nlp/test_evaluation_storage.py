"""The labelled benchmark set, the ranking metrics and the NLP schema."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tyokyky_qda.nlp.evaluation import load_labelled, rank_metrics
from tyokyky_qda.store import Project

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "goals_fi.txt"


def test_labelled_set_has_enough_segments_per_goal():
    items = load_labelled(DATA)
    counts = Counter((s.label, s.split) for s in items)
    for goal in [f"T{i}" for i in range(1, 8)]:
        assert counts[(goal, "train")] >= 10 and counts[(goal, "test")] >= 10
    assert {s.kind for s in items} == {"interview", "survey", "report"}
    assert all(len(s.text.split()) >= 5 for s in items)


def test_load_labelled_rejects_text_before_a_header(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("teksti ilman otsikkoa\n[T1 train survey]\nok\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_labelled(bad)


def test_rank_metrics():
    m = rank_metrics([["A", "B", "C"], ["B", "A", "C"], ["C", "B", "A"], ["A", "C", "B"]], ["A", "A", "A", "B"])
    assert m["top1"] == 0.25 and m["recall_at_3"] == 1.0
    assert m["per_code"]["A"] == {"precision": 0.5, "recall": 0.333, "n": 3}
    assert m["per_code"]["C"]["precision"] == 0.0
    assert rank_metrics([], [])["n"] == 0


def test_nlp_tables_exist_and_do_not_block_source_deletion(tmp_path):
    from tyokyky_qda.core.model import Source
    from tyokyky_qda.nlp import storage
    from tyokyky_qda.nlp.index import index_project

    with Project.create(tmp_path / "s.tqda", codebook="empty") as p:
        assert {"nlp_parses", "nlp_models", "nlp_feedback"} <= set(p.db.table_names())
        assert p.schema_version >= 2
        sid = p.add_source(Source(name="a", text="Teksti on tässä.")).id
        index_project(p, tier="fallback")
        code = p.add_code("K").id
        storage.add_feedback(p, sid, 0, 6, code, False, "Teksti")
        p.delete_source(sid)  # no foreign key from the NLP tables may stop this
        assert p.sources() == []
