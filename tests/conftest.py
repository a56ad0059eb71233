"""Shared fixtures: a fresh project file per test, isolated from the user's settings."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep settings, caches and recent-project lists of tests out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    yield


@pytest.fixture
def project(tmp_path):
    """A new project with an empty codebook."""
    from tyokyky_qda.store import Project

    p = Project.create(tmp_path / "test.tqda", codebook="empty", coder="tester")
    yield p
    p.close()


@pytest.fixture
def tk_project(tmp_path):
    """A new project with the default Työkykyohjelma codebook."""
    from tyokyky_qda.store import Project

    p = Project.create(tmp_path / "tk.tqda", coder="tester")
    yield p
    p.close()


# Coded projects shaped like the report's tables, shared by the analysis, export and GUI tests.
sys.path.insert(0, str(Path(__file__).parent / "analysis"))


@pytest.fixture
def t4(tk_project):
    """The default codebook with three interviews coded in the shape of Table 4."""
    import analysis_builders as builders

    return tk_project, builders.build_table4_project(tk_project)


@pytest.fixture
def survey(tk_project):
    """The default codebook with a nine-respondent survey shaped like Table 3."""
    import analysis_builders as builders

    return tk_project, builders.build_survey_project(tk_project)


@pytest.fixture
def full(tk_project):
    """Interviews coded like Table 4 and a Table 3-shaped survey in one project."""
    import analysis_builders as builders

    info = builders.build_table4_project(tk_project)
    info.update(builders.build_survey_project(tk_project))
    return tk_project, info
