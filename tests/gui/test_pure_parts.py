"""The Qt-free parts of the workbench: span index, text diff, in-vivo names, filters, settings."""

from __future__ import annotations

import random

from tests.gui.conftest import code_id
from tyokyky_qda.core.model import Source
from tyokyky_qda.gui.coding_actions import in_vivo_name, trimmed
from tyokyky_qda.gui.settings import MAX_RECENT, Settings
from tyokyky_qda.gui.source_filter import SourceFilter, filter_sources, source_records
from tyokyky_qda.gui.span_index import BUCKET, Span, SpanIndex
from tyokyky_qda.gui.text_editing import common_prefix, diff_region


def test_span_index_matches_brute_force():
    rng = random.Random(4)
    spans = []
    for i in range(400):
        start = rng.randrange(0, 20 * BUCKET)
        spans.append(Span(i, i % 7, start, start + rng.choice([1, 5, 50, BUCKET, 3 * BUCKET])))
    spans.append(Span(999, 1, 0, 20 * BUCKET))  # one coding over everything
    index = SpanIndex(spans)
    for _ in range(200):
        a = rng.randrange(0, 20 * BUCKET)
        b = a + rng.randrange(1, 2000)
        expected = {s.id for s in spans if s.start < b and s.end > a}
        found = index.overlapping(a, b)
        assert {s.id for s in found} == expected
        assert [s.length for s in found] == sorted((s.length for s in found), reverse=True)
    assert [s.id for s in index.at(0)][-1] == 999  # innermost first, the longest last
    index.remove(999)
    assert 999 not in index and all(s.id != 999 for s in index.overlapping(0, 20 * BUCKET))
    index.add(Span(5, 0, 10, 11))  # replacing keeps one entry
    assert len([s for s in index.overlapping(0, 12) if s.id == 5]) == 1


def test_diff_region():
    assert diff_region("abcdef", "abXdef") == (2, 3, 3)
    assert diff_region("abc", "abc") == (3, 3, 3)
    assert diff_region("aaa", "aaaa") == (3, 3, 4)
    assert diff_region("", "x") == (0, 0, 1)
    assert diff_region("xyz", "") == (0, 3, 0)
    assert common_prefix("työkyky", "työkaveri") == 4


def test_trim_and_in_vivo_names():
    text = "  Rahoituksen   jatkuvuus \n"
    assert trimmed(text, 0, len(text)) == (2, 25)
    assert trimmed("   ", 0, 3) == (0, 3)
    assert in_vivo_name("“Rahoituksen\njatkuvuus”") == "Rahoituksen jatkuvuus"
    assert in_vivo_name("a/b") == "a-b"
    long = in_vivo_name("sana " * 40)
    assert len(long) <= 61 and long.endswith("…")


def test_source_filter(tk_project):
    a = tk_project.add_source(Source(name="H01", text="Työkykykoordinaattori auttoi.", kind="transcript"),
                              attributes={"alue": "Pirkanmaa"}).id
    b = tk_project.add_source(Source(name="Raportti", text="Hankkeen tila.", kind="status-report")).id
    t1 = code_id(tk_project, "Tavoitteet/T1 Työkyvyn tuen tarpeen tunnistaminen")
    tk_project.add_coding(b, t1, 0, 5)
    records = source_records(tk_project)
    ids = lambda flt: [r.id for r in filter_sources(tk_project, records, flt)]  # noqa: E731
    assert ids(SourceFilter()) == [a, b]
    assert ids(SourceFilter(kind="transcript")) == [a]
    assert ids(SourceFilter(text="KOORDINAATTORI")) == [a]
    assert ids(SourceFilter(code_id=t1)) == [b]
    assert ids(SourceFilter(code_id=tk_project.code(t1).parent_id)) == [b]  # sub-codes count
    assert ids(SourceFilter(attribute="alue", value="pirkan")) == [a]
    assert [r.codings for r in records] == [0, 1]


def test_settings_defaults_and_recent(tmp_path):
    settings = Settings()
    assert settings.get("document_font_size") == 11 and settings.get("high_contrast") is False
    for i in range(MAX_RECENT + 2):
        settings.add_recent(f"/p/{i}.tqda")
    recent = settings.get("recent_projects")
    assert recent[0] == f"/p/{MAX_RECENT + 1}.tqda" and len(recent) == MAX_RECENT
    settings.set("high_contrast", True)
    settings.sync()
    assert Settings().get("high_contrast") is True
