"""Batch autocoding above a threshold: one undoable transaction that does not teach the model."""

from __future__ import annotations

import pytest

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.nlp.autocode import autocode
from tyokyky_qda.nlp.suggest import Suggester


def test_autocode_codes_above_threshold_and_can_be_undone(goals_project):
    project, codes, sources = goals_project
    suggester = Suggester(project, "fallback")
    suggester.train()
    expected = sum(1 for sid in sources.values()
                   for u in suggester.suggest_source(sid, min_score=0.5) for _ in u.suggestions)
    changes = autocode(suggester, 0.5)
    created = changes.created.get("codings", [])
    assert len(created) == expected > 0
    assert all(project.coding(c).origin == "autocode" for c in created)
    assert sum(changes.info["autocoded"].values()) == len(created)
    assert not suggester.needs_training()  # autocoded codings are not training data
    project.remove_codings(created)
    assert project.codings() == []


def test_autocode_threshold_is_checked(goals_project):
    project, _, _ = goals_project
    with pytest.raises(UserError):
        autocode(Suggester(project, "fallback"), 0.0)
