"""Speakers as known persons: a transcript's speaker labels (and case names from them) are names,
found in every source and in all their forms even where the fallback tier's lists do not know them."""

import pytest

from tyokyky_qda.core.model import Section, Source
from tyokyky_qda.pseudo import review, scan, storage
from tyokyky_qda.pseudo.detect import DetectOptions, detect_text
from tyokyky_qda.pseudo.speakers import is_person_label, persons_from_labels, project_persons

# Neither "Katriina" nor "Salmenkivi" nor "Ossi" is on the fallback tier's name lists.
INTERVIEW = ("Haastattelija: Kerro työstäsi.\n"
             "Katriina Salmenkivi: Mä vedän koulutusta.\n"
             "Ossi Ryynänen: Ja mie oon tiimivastaava.\n"
             "Haastattelija: Kiitos, Katriina.\n")
REPORT = ("Koulutuksen vetäjänä toimii edelleen Salmenkivi. Katriinan mukaan rahoitus riittää, "
          "ja Salmenkiven tiimi jatkaa. Soitettiin myös Ossille, ja Ossin mukaan kaikki on hyvin.")
NAMES_IN_REPORT = ["Salmenkivi", "Katriinan", "Salmenkiven", "Ossille", "Ossin"]


def _turns(text):
    out, pos = [], 0
    for line in text.split("\n"):
        if line:
            label, _, _ = line.partition(":")
            out.append(Section(pos + len(label) + 2, pos + len(line), "turn", speaker=label))
        pos += len(line) + 1
    return out


@pytest.fixture
def speakers_project(project):
    project.add_source(Source(name="H07", text=INTERVIEW, kind="transcript"), _turns(INTERVIEW))
    project.add_source(Source(name="Tilannekatsaus", text=REPORT, kind="document"))
    return project


def _persons(project, source_id):
    return [f for f in review.list_findings(project, source_id=source_id) if f.category == "person"]


def test_without_the_speakers_the_fallback_rules_miss_these_names():
    found = [c.text for c in detect_text(REPORT, None, DetectOptions()) if c.category == "person"]
    assert not set(found) & set(NAMES_IN_REPORT)


def test_speaker_labels_are_found_as_persons_in_every_form_and_source(speakers_project):
    project = speakers_project
    scan.detect_project(project, tier="fallback")
    interview = {f.text for f in _persons(project, 1)}
    assert {"Katriina Salmenkivi", "Ossi Ryynänen", "Katriina"} <= interview
    assert not any("Haastattelija" in t for t in interview)
    assert [f.text for f in _persons(project, 2)] == NAMES_IN_REPORT
    # One entity per person, labelled as the speaker is written; its words in any form belong to it.
    by_label = {}
    for f in review.list_findings(project, category="person"):
        by_label.setdefault(f.entity_label, set()).add(f.text)
    assert by_label == {"Katriina Salmenkivi": {"Katriina Salmenkivi", "Katriina", "Katriinan", "Salmenkivi",
                                                "Salmenkiven"},
                        "Ossi Ryynänen": {"Ossi Ryynänen", "Ossille", "Ossin"}}
    assert {f.replacement for f in review.list_findings(project) if f.entity_label == "Katriina Salmenkivi"} \
        == {"[Henkilö 1]"}


def test_speakers_are_known_when_only_another_source_is_scanned(speakers_project):
    scan.detect_project(speakers_project, source_ids=[2], tier="fallback")
    assert [f.text for f in _persons(speakers_project, 2)] == NAMES_IN_REPORT
    assert _persons(speakers_project, 1) == []


def test_speakers_do_not_count_when_persons_are_not_looked_for(speakers_project):
    scan.detect_project(speakers_project, categories=["phone"], tier="fallback")
    assert storage.findings(speakers_project, category="person") == []


@pytest.mark.parametrize("label", ["Katriina Salmenkivi", "Ossi Ryynänen", "Minna", "Satu", "Pekka V.",
                                   "Anna-Liisa Oinonen", "Kirsi Rinne"])
def test_person_labels(label):
    assert is_person_label(label)


@pytest.mark.parametrize("label", ["Haastattelija", "H", "V", "H1", "Haastateltava 2", "Speaker 1", "Int",
                                   "H01: V", "Tulkki", "Kaikki", "Nainen", "Projektipäällikkö", "Kela",
                                   "Työkanava Oy", "Pohjois-Karjala", "Pohjois-Karjalan Hyvinvointialue",
                                   "Iso Paha", "Ossi", ""])
def test_roles_and_other_labels_are_not_persons(label):
    assert not is_person_label(label)


def test_case_names_count_only_when_plainly_person_names(speakers_project):
    project = speakers_project
    for name in ("Katriina Salmenkivi", "Maija Kärkimaa", "H07: Haastattelija", "Pohjois-Karjala",
                 "Työkanava Oy", "Pilotti A"):
        project.add_case(name)
    labels = {p.label for p in project_persons(project)}
    assert labels == {"Katriina Salmenkivi", "Ossi Ryynänen", "Maija Kärkimaa"}


def test_a_case_name_finds_its_surname_elsewhere(project):
    text = "Palaverissa oli mukana myös Kärkimaa, ja Kärkimaan ehdotus hyväksyttiin."
    assert not [c for c in detect_text(text, None, DetectOptions()) if c.category == "person"]
    project.add_source(Source(name="Muistiinpanot", text=text))
    project.add_case("Maija Kärkimaa")
    scan.detect_project(project, tier="fallback")
    assert [f.text for f in _persons(project, 1)] == ["Kärkimaa", "Kärkimaan"]


def test_a_lone_word_at_a_sentence_start_that_is_an_everyday_word_is_left_alone():
    persons = persons_from_labels(["Kirsi Rinne"])
    text = "Rinne on jyrkkä. Kävin eilen Rinteen luona, ja Rinne oli paikalla.\nKirsi Rinne: Joo."
    found = [c.text for c in detect_text(text, None, DetectOptions(persons=persons)) if c.category == "person"]
    assert found == ["Rinne", "Kirsi Rinne"]
