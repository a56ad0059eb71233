"""Storing and reviewing findings: decisions, merges, pseudonyms, terms, undo, re-detection."""

import pytest

from tyokyky_qda.core.errors import UserError
from tyokyky_qda.core.model import Source
from tyokyky_qda.core.offsets import Edit
from tyokyky_qda.pseudo import key, review, scan, storage
from tyokyky_qda.pseudo.categories import default_replacement
from tyokyky_qda.store import Project

TEXT = ("Haastattelija: Miten Virtasen kanssa meni?\n"
        "Liisa Korhonen: Hyvin. Matti Virtanen soitti numerosta 040 123 4567. Virtaselle kiitos.\n")


@pytest.fixture
def small(project):
    sid = project.add_source(Source(name="H1", text=TEXT)).id
    scan.detect_project(project, tier="fallback")
    return project, sid


def _by_text(project):
    return {f.text: f for f in review.list_findings(project)}


def test_detection_stores_pending_findings_with_one_entity_per_person(small):
    project, sid = small
    found = _by_text(project)
    assert set(found) == {"Virtasen", "Liisa Korhonen", "Matti Virtanen", "040 123 4567", "Virtaselle"}
    assert {f.status for f in found.values()} == {"pending"}
    assert found["Virtasen"].entity_id == found["Matti Virtanen"].entity_id == found["Virtaselle"].entity_id
    assert found["Virtasen"].replacement == "[Henkilö 1]" and found["Liisa Korhonen"].replacement == "[Henkilö 2]"
    assert found["040 123 4567"].replacement == "[Puhelinnumero 1]"
    f = found["Matti Virtanen"]
    assert TEXT[f.start:f.end] == "Matti Virtanen" and f.source_id == sid
    before, match, after = review.context(TEXT, f.start, f.end, 10)
    assert (before, match, after) == ("n: Hyvin. ", "Matti Virtanen", " soitti nu")


def test_english_labels_in_an_english_project(tmp_path):
    with Project.create(tmp_path / "en.tqda", codebook="empty", language="en") as p:
        p.add_source(Source(name="I1", text="Then Matti Virtanen called 040 123 4567.", language="fi"))
        scan.detect_project(p, tier="fallback")
        assert sorted(f.replacement for f in review.list_findings(p)) == ["[Person 1]", "[Phone number 1]"]
    assert default_replacement("hetu", 2, "en") == "[Identity code 2]"


def test_accept_reject_and_undo(small):
    project, _ = small
    found = _by_text(project)
    ch = review.set_status(project, [found["Virtasen"].id, found["Liisa Korhonen"].id], "accepted")
    review.set_status(project, [found["Virtaselle"].id], "rejected")
    now = _by_text(project)
    assert now["Virtasen"].status == "accepted" and now["Virtaselle"].status == "rejected"
    review.undo(project, ch)
    assert _by_text(project)["Virtasen"].status == "pending"
    assert review.accept_all(project).touches(storage.FINDINGS)
    assert {f.status for f in review.list_findings(project)} == {"accepted", "rejected"}
    with pytest.raises(UserError):
        review.set_status(project, [1], "applied")


def test_merge_split_replacement_category_and_undo(small):
    project, _ = small
    found = _by_text(project)
    matti, liisa = found["Matti Virtanen"].entity_id, found["Liisa Korhonen"].entity_id
    ch = review.merge_entities(project, matti, [liisa])
    assert _by_text(project)["Liisa Korhonen"].replacement == "[Henkilö 1]"
    assert storage.entity(project, liisa) is None
    review.undo(project, ch)
    assert _by_text(project)["Liisa Korhonen"].replacement == "[Henkilö 2]"

    ch = review.split_findings(project, [found["Virtaselle"].id])
    split = _by_text(project)["Virtaselle"]
    assert split.entity_id not in (matti, liisa) and split.replacement == "[Henkilö 3]"
    review.undo(project, ch)
    assert _by_text(project)["Virtaselle"].entity_id == matti

    ch = review.set_replacement(project, matti, "Haastateltava A")
    assert _by_text(project)["Virtasen"].replacement == "Haastateltava A"
    review.undo(project, ch)
    assert _by_text(project)["Virtasen"].replacement == "[Henkilö 1]"

    review.set_entity_category(project, liisa, "organisation")
    assert _by_text(project)["Liisa Korhonen"].replacement == "[Organisaatio 1]"


def test_redetection_keeps_decisions_and_follows_edited_text(small):
    project, sid = small
    found = _by_text(project)
    review.set_status(project, [found["Matti Virtanen"].id], "accepted")
    review.set_status(project, [found["Virtaselle"].id], "rejected")
    project.replace_text(sid, [Edit(0, 0, "Alkuun lisätty rivi, jossa puhutaan Pekka Mäkisestä.\n")])
    result = scan.detect_project(project, tier="fallback")
    now = _by_text(project)
    text = project.source_text(sid)
    assert now["Matti Virtanen"].status == "accepted" and now["Virtaselle"].status == "rejected"
    assert all(text[f.start:f.end] == f.text for f in now.values())
    assert now["Pekka Mäkisestä"].status == "pending" and result.new == 1
    assert len(review.list_findings(project)) == 6  # nothing twice


def test_findings_of_deleted_sources_go_at_the_next_run(small):
    project, sid = small
    other = project.add_source(Source(name="H2", text="Soita Pekka Mäkiselle 050 111 2233.")).id
    scan.detect_project(project, tier="fallback")
    project.delete_source(sid)
    scan.detect_project(project, tier="fallback")
    assert {f.source_id for f in review.list_findings(project)} == {other}
    assert {e["label"] for e in storage.entities(project)} == {"Pekka Mäkinen", "050 111 2233"}


def test_terms_and_categories_are_stored_in_the_project(project):
    sid = project.add_source(Source(name="V1", text="Asun Kivijärvellä, ja Kinnulan kunta auttoi.")).id
    storage.add_terms(project, [("Kivijärvi", "place"), ("Kinnula", "term")])
    scan.save_categories(project, ["person", "phone", "email"])
    assert scan.saved_categories(project) == ("person", "phone", "email")
    scan.detect_project(project, tier="fallback")
    found = {f.text: f for f in review.list_findings(project, source_id=sid)}
    assert found["Kivijärvellä"].replacement == "[Paikka 1]" and found["Kinnulan"].replacement == "[Tunniste 1]"
    storage.remove_terms(project, ["Kinnula"])
    assert storage.terms(project) == [("Kivijärvi", "place")]


def test_manual_finding_joins_the_matching_entity(small):
    project, sid = small
    start = TEXT.index("Haastattelija")
    ch = review.add_finding(project, sid, start, start + len("Haastattelija"), "person")
    assert _by_text(project)["Haastattelija"].status == "accepted"
    review.undo(project, ch)
    assert "Haastattelija" not in _by_text(project)
    start = TEXT.index("Virtanen soitti")
    with pytest.raises(UserError):
        review.add_finding(project, sid, 5, 2, "person")
    review.add_finding(project, sid, TEXT.index("Hyvin"), TEXT.index("Hyvin") + 5, "term")


def test_the_key_is_written_only_on_request_and_can_be_forgotten(small, tmp_path):
    project, _ = small
    review.accept_all(project)
    records = key.key_records(project)
    assert {r["pseudonym"] for r in records} >= {"[Henkilö 1]", "[Puhelinnumero 1]"}
    virtanen = next(r for r in records if r["pseudonym"] == "[Henkilö 1]")
    assert virtanen["originals"] == ["Matti Virtanen", "Virtaselle", "Virtasen"]
    path = key.write_key(project, tmp_path / "avain.csv")
    assert "Matti Virtanen" in path.read_text(encoding="utf-8-sig")
    key.write_key(project, tmp_path / "avain.json")
    with pytest.raises(UserError):
        key.write_key(project, tmp_path / "avain.txt")
    with pytest.raises(UserError, match="not applied"):
        key.forget_key(project)
    from tyokyky_qda.pseudo.apply import apply_to_project
    apply_to_project(project)
    key.forget_key(project)
    assert review.list_findings(project) == [] and storage.entities(project) == []


def test_a_name_from_one_source_is_found_in_its_other_forms_in_another(project):
    a = project.add_source(Source(name="A", text="Toimitusjohtaja Kristian Nyberg tuli paikalle.")).id
    b = project.add_source(Source(name="B", text="Nybergin yritys palkkasi kaksi.")).id
    scan.detect_project(project, tier="fallback")
    found = {f.text: f for f in review.list_findings(project)}
    assert found["Nybergin"].source_id == b and found["Kristian Nyberg"].source_id == a
    assert found["Nybergin"].entity_id == found["Kristian Nyberg"].entity_id
