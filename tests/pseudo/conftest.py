"""Fixtures of the pseudonymisation tests: Finnish projects with planted identifiers."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import fi_fixtures  # noqa: E402

from tyokyky_qda.core.model import Section, Source  # noqa: E402
from tyokyky_qda.pseudo.nlp_tier import full_tier_available  # noqa: E402

TIERS = ["fallback", pytest.param("full", marks=pytest.mark.skipif(
    not full_tier_available("fi"), reason="the Finnish spaCy model (or libvoikko) is not installed"))]


def add_documents(project, documents):
    """Add marked documents as sources (one section per line); returns {source id: gold spans}."""
    gold = {}
    for name, kind, marked in documents:
        text, spans = fi_fixtures.parse(marked)
        sections, pos = [], 0
        for line in text.split("\n"):
            if line:
                speaker = line.split(":", 1)[0] if kind == "transcript" and ":" in line[:40] else ""
                sections.append(Section(pos, pos + len(line), "turn" if kind == "transcript" else "paragraph",
                                        speaker=speaker))
            pos += len(line) + 1
        sid = project.add_source(Source(name=name, text=text, kind=kind), sections).id
        gold[sid] = spans
    return gold


@pytest.fixture
def fi_project(project):
    """The empty-codebook project with the Finnish fixture documents; yields (project, gold)."""
    return project, add_documents(project, fi_fixtures.documents())
