"""Fixtures of the pseudonymisation tests: Finnish projects with planted identifiers."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import fi_fixtures  # noqa: E402
from pseudo_helpers import add_documents  # noqa: E402


@pytest.fixture
def fi_project(project):
    """The empty-codebook project with the Finnish fixture documents; yields (project, gold)."""
    return project, add_documents(project, fi_fixtures.documents())
