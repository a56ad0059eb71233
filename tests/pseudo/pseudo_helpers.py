"""Helpers of the pseudonymisation tests (a module of its own: every conftest is named conftest)."""

import fi_fixtures
import pytest

from tyokyky_qda.core.model import Section, Source
from tyokyky_qda.pseudo.nlp_tier import full_tier_available

#: The NLP tiers to run name detection in; the full one only where the Finnish model loads.
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
