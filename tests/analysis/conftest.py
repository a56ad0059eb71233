"""Fixtures of coded projects for the analysis tests (builders live in analysis_builders.py)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

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
