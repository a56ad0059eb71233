"""Fixtures for the import tests: a helper that imports paths and returns the report."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # builders.py


@pytest.fixture
def run_import(project):
    """import_paths on the test project: run_import(paths..., **options) -> ImportReport."""
    from tyokyky_qda.ingest.registry import import_paths

    def run(*paths, **options):
        return import_paths(project, [str(p) for p in paths], **options)
    return run


def only_source(project, kind=None):
    """The one source of the project (with its text)."""
    sources = project.sources(kind=kind, with_text=True)
    assert len(sources) == 1, [s.name for s in sources]
    return sources[0]


def section_texts(project, source, kind=None):
    """(label or speaker, text) of every section of a source."""
    return [(s.label or s.speaker, source.text[s.start:s.end]) for s in project.sections(source.id, kind=kind)]
