"""Indexing: parse once, store, re-parse only what changed; progress and cancellation."""

from __future__ import annotations

from unittest.mock import Mock

import pytest

from tyokyky_qda.core.errors import Cancelled
from tyokyky_qda.core.model import Source
from tyokyky_qda.core.offsets import Edit
from tyokyky_qda.nlp import storage
from tyokyky_qda.nlp.index import ParseCache, ensure_parsed, index_project

from nlp_helpers import TIERS


@pytest.mark.parametrize("tier", TIERS)
def test_index_parses_once_and_reports_speed(goals_project, tier, request):
    loaded = request.getfixturevalue(f"{tier}_nlp")
    project, _, sources = goals_project
    progress = Mock()
    stats = index_project(project, progress, tier=tier)
    assert stats["parsed"] == len(sources) and stats["up_to_date"] == 0
    assert stats["words"] > 50 and stats["words_per_second"] > 0
    assert stats["tiers"] == {"fi": tier} and stats["pipelines"]["fi"] == loaded.pipeline_id
    assert progress.call_args_list[-1].args[0] == 1.0
    again = index_project(project, tier=tier)
    assert again["parsed"] == 0 and again["up_to_date"] == len(sources)
    assert set(storage.parse_hashes(project, loaded.pipeline_id)) == set(sources.values())


def test_only_changed_and_new_sources_are_parsed_again(goals_project):
    project, _, sources = goals_project
    index_project(project, tier="fallback")
    project.replace_text(sources["T1"], [Edit(0, 0, "Uusi alku. ")])
    project.add_source(Source(name="uusi", text="Aivan uusi lähde palkkatuesta."))
    project.delete_source(sources["T2"])
    stats = index_project(project, tier="fallback")
    assert stats["parsed"] == 2 and stats["removed"] == 1
    assert sources["T2"] not in storage.parsed_source_ids(project)


def test_ensure_parsed_uses_the_stored_parse(goals_project, fallback_nlp):
    project, _, sources = goals_project
    index_project(project, tier="fallback")
    parsed = ensure_parsed(project, sources["T3"], fallback_nlp)
    assert "".join(d.text for d in parsed.docs).replace(" ", "") in project.source_text(sources["T3"]).replace(" ", "")
    cache = ParseCache(project)
    first = cache.get(sources["T3"], fallback_nlp)
    assert cache.get(sources["T3"], fallback_nlp)[0] is first[0]  # kept in memory
    assert first[1].lemmas


def test_cancel_keeps_finished_parses(goals_project):
    project, _, sources = goals_project
    calls = {"n": 0}

    def cancel():
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        index_project(project, cancel=cancel, tier="fallback", batch_size=1)
    done = index_project(project, tier="fallback")
    assert done["up_to_date"] >= 1 and done["parsed"] + done["up_to_date"] == len(sources)


def test_read_only_project_indexes_in_memory(goals_project, tmp_path):
    from tyokyky_qda.store import Project

    project, _, sources = goals_project
    path = project.path
    project.close()
    with Project.open(path, readonly=True) as ro:
        stats = index_project(ro, tier="fallback")
        assert stats["parsed"] == len(sources)
        assert not storage.parsed_source_ids(ro)
