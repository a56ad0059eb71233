"""Applying pseudonyms: on export (filter, full text) and irreversibly (codings stay on their words)."""

import fi_fixtures
import pytest

from tyokyky_qda.core.model import Section, Source
from tyokyky_qda.pseudo import review, scan, storage
from tyokyky_qda.pseudo.apply import apply_to_project, export_full_text, export_text_filter, undo_apply
from tyokyky_qda.pseudo.export_filter import full_text_for, text_filter_for

TEXT = ("Haastattelija: Miten Virtasen kanssa meni?\n"
        "Liisa Korhonen: Hyvin. Matti Virtanen soitti numerosta 040 123 4567. Virtaselle kiitos.\n"
        "Haastattelija: Entä muuten?\n")


@pytest.fixture
def coded(project):
    code = project.add_code("Yhteistyö").id
    sections = [Section(0, 42, "turn", speaker="Haastattelija"), Section(43, 129, "turn", speaker="Liisa Korhonen")]
    sid = project.add_source(Source(name="H1", text=TEXT, kind="transcript"), sections).id
    spans = {
        "sentence": "Matti Virtanen soitti numerosta 040 123 4567.",
        "name": "Matti Virtanen",
        "partial": "tanen soitti",  # starts inside a name: the whole name is replaced, the coding keeps it
        "after": "Entä muuten?",
        "before": "Haastattelija: Miten",
        "tail": "Virtaselle kiitos.\nHaastattelija: Entä",
    }
    codings = {}
    for label, words in spans.items():
        start = TEXT.index(words)
        codings[label] = project.add_coding(sid, code, start, start + len(words)).id
    case = project.add_case("Haastateltava 1").id
    start = TEXT.index("Liisa Korhonen: Hyvin")
    project.link_case(case, sid, start, start + 40)
    scan.detect_project(project, tier="fallback")
    review.accept_all(project)
    return project, sid, codings, case


def _coded_text(project, coding_id):
    c = project.coding(coding_id)
    return project.source_text(c.source_id)[c.start:c.end]


def test_irreversible_apply_keeps_codings_on_their_words_and_undoes(coded):
    project, sid, codings, case = coded
    before = {label: _coded_text(project, cid) for label, cid in codings.items()}
    ch = apply_to_project(project)
    text = project.source_text(sid)
    for original in ("Virtasen", "Matti Virtanen", "Virtaselle", "Liisa Korhonen", "040 123 4567"):
        assert original not in text
    after = {label: _coded_text(project, cid) for label, cid in codings.items()}
    assert after["sentence"] == "[Henkilö 1] soitti numerosta [Puhelinnumero 1]."
    assert after["name"] == "[Henkilö 1]"
    assert after["partial"] == "[Henkilö 1] soitti"
    assert after["after"] == before["after"] and after["before"] == before["before"]
    assert after["tail"] == "[Henkilö 1] kiitos.\nHaastattelija: Entä"
    turn = project.sections(sid)[1]
    assert text[turn.start:turn.end].startswith("[Henkilö 2]: Hyvin. [Henkilö 1] soitti")
    link = project.case_links(case)[0]
    assert text[link["start"]:link["end"]].startswith("[Henkilö 2]: Hyvin.")
    findings = review.list_findings(project, source_id=sid)
    assert {f.status for f in findings} == {"applied"}
    assert all(text[f.start:f.end] == f.replacement for f in findings)  # findings point at pseudonyms

    undo_apply(project, ch)
    assert project.source_text(sid) == TEXT
    assert {label: _coded_text(project, cid) for label, cid in codings.items()} == before
    assert {f.status for f in review.list_findings(project)} == {"accepted"}
    assert all(TEXT[f.start:f.end] == f.text for f in review.list_findings(project))


def test_detection_after_apply_finds_nothing_new(coded):
    project, sid, _, _ = coded
    apply_to_project(project)
    result = scan.detect_project(project, tier="fallback")
    assert result.new == 0, [f.text for f in review.list_findings(project, status="pending")]


def test_export_filter_quotes_names_and_edges(coded):
    project, sid, _, _ = coded
    f = export_text_filter(project)
    i = TEXT.index("Matti Virtanen soitti")
    assert f(sid, i, i + 21, TEXT[i:i + 21]) == "[Henkilö 1] soitti"
    assert f(sid, i + 8, i + 21, TEXT[i + 8:i + 21]) == "[Henkilö 1] soitti"  # cut name still replaced
    assert f(0, -1, -1, "Haastateltava: Liisa Korhonen") == "Haastateltava: [Henkilö 2]"
    assert f(sid, 0, 5, "not the stored text Virtasen") == "not the stored text [Henkilö 1]"
    assert f(999, 0, 8, "Virtasen") == "[Henkilö 1]"
    assert project.source_text(sid) == TEXT  # export only: the project keeps its text
    assert text_filter_for(project)(0, -1, -1, "Virtaselle") == "[Henkilö 1]"


def test_full_text_maps_coding_ranges(coded):
    project, sid, codings, _ = coded
    text, map_range = export_full_text(project, sid)
    filt = export_text_filter(project)
    for cid in codings.values():
        c = project.coding(cid)
        start, end = map_range(c.start, c.end)
        assert text[start:end] == filt(sid, c.start, c.end, TEXT[c.start:c.end])
    assert full_text_for(project, sid, False)[0] == TEXT
    assert full_text_for(project, sid, True)[0] == text


def test_rejected_occurrence_is_kept_and_pending_ones_are_not_replaced(project):
    text = "Virtanen soitti. Virtanen on myös joen nimi: Virtanen."
    sid = project.add_source(Source(name="S", text=text)).id
    scan.detect_project(project, tier="fallback")
    found = review.list_findings(project)
    assert [f.text for f in found] == ["Virtanen"] * 3
    review.set_status(project, [found[0].id], "accepted")
    review.set_status(project, [found[2].id], "rejected")
    out, _ = export_full_text(project, sid)
    # The pending middle one carries an accepted original: the sweep replaces it; the rejected one stays.
    assert out == "[Henkilö 1] soitti. [Henkilö 1] on myös joen nimi: Virtanen."


def test_sweep_covers_text_edited_after_detection_and_other_sources(coded):
    project, sid, _, _ = coded
    other = project.add_source(Source(name="Muistiinpano", text="Soitin Virtaselle ja Liisa Korhonen vastasi.")).id
    out, _ = export_full_text(project, other)
    assert out == "Soitin [Henkilö 1] ja [Henkilö 2] vastasi."
    apply_to_project(project, [other])
    assert project.source_text(other) == out and project.source_text(sid) == TEXT
    applied = review.list_findings(project, source_id=other)
    assert [(f.text, f.status, f.origin) for f in applied] == [("Virtaselle", "applied", "sweep"),
                                                               ("Liisa Korhonen", "applied", "sweep")]


def test_nothing_accepted_means_nothing_changes(project):
    sid = project.add_source(Source(name="S", text="Matti Virtanen")).id
    assert export_text_filter(project)(sid, 0, 14, "Matti Virtanen") == "Matti Virtanen"
    scan.detect_project(project, tier="fallback")
    assert export_full_text(project, sid)[0] == "Matti Virtanen"
    assert apply_to_project(project).empty
    assert storage.counts(project) == {"pending": 1}


def test_whole_fixture_project_round_trip(fi_project):
    project, gold = fi_project
    code = project.add_code("Kaikki").id
    for sid in gold:
        n = len(project.source_text(sid))
        project.add_coding(sid, code, 0, n)
    scan.detect_project(project, tier="fallback")
    review.accept_all(project)
    originals = {f.text for f in review.list_findings(project)}
    expected = {sid: export_full_text(project, sid)[0] for sid in gold}
    ch = apply_to_project(project)
    for sid in gold:
        text = project.source_text(sid)
        assert text == expected[sid]
        assert [(c.start, c.end) for c in project.codings(source_id=sid)] == [(0, len(text))]
    leaked = [o for o in originals if any(o in project.source_text(sid) for sid in gold)]
    assert leaked == []
    undo_apply(project, ch)
    assert all(project.source_text(sid) == fi_fixtures.parse(m)[0]
               for sid, (_, _, m) in zip(gold, fi_fixtures.documents()))


def test_apply_also_renames_speaker_labels_case_and_source_names_and_memo_titles(coded):
    project, sid, _, case = coded
    named = project.add_case("Liisa Korhonen").id
    project.add_memo("Soita vielä.", "source", sid, title="Liisa Korhonen, toinen haastattelu")
    project.rename_source(sid, "H1 Liisa Korhonen")
    ch = apply_to_project(project)
    speakers = [s.speaker for s in project.sections(sid)]
    assert speakers == ["Haastattelija", "[Henkilö 2]"]
    names = {c.id: c.name for c in project.cases()}
    assert names[named] == "[Henkilö 2]" and names[case] == "Haastateltava 1"
    assert project.source(sid).name == "H1 [Henkilö 2]"
    assert project.memos()[0].title == "[Henkilö 2], toinen haastattelu"
    undo_apply(project, ch)
    assert [s.speaker for s in project.sections(sid)] == ["Haastattelija", "Liisa Korhonen"]
    assert {c.id: c.name for c in project.cases()}[named] == "Liisa Korhonen"
    assert project.source(sid).name == "H1 Liisa Korhonen"
    assert project.memos()[0].title == "Liisa Korhonen, toinen haastattelu"


def test_applying_to_some_sources_leaves_labels_alone(coded):
    project, sid, _, _ = coded
    apply_to_project(project, [sid])
    assert [s.speaker for s in project.sections(sid)] == ["Haastattelija", "Liisa Korhonen"]
