"""Fixtures of coded projects for the export tests (builders live in tests/analysis/analysis_builders.py)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "analysis"))

import analysis_builders as builders  # noqa: E402


@pytest.fixture
def t4(tk_project):
    """The default codebook with three interviews coded in the shape of Table 4."""
    info = builders.build_table4_project(tk_project)
    return tk_project, info


@pytest.fixture
def survey(tk_project):
    """The default codebook with a nine-respondent survey shaped like Table 3."""
    info = builders.build_survey_project(tk_project)
    return tk_project, info


@pytest.fixture
def full(tk_project):
    """Interviews coded like Table 4 and a Table 3-shaped survey in one project."""
    info = builders.build_table4_project(tk_project)
    info.update(builders.build_survey_project(tk_project))
    return tk_project, info
