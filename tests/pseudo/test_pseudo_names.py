"""Finnish name inflection, the name rules and the term list."""

import pytest

from tyokyky_qda.pseudo import heuristics
from tyokyky_qda.pseudo.detect import DetectOptions, detect_text
from tyokyky_qda.pseudo.names import best_lemma, name_token, tokens_match
from tyokyky_qda.pseudo.terms import Term, find_terms, parse_terms, term_matches_word


@pytest.mark.parametrize("word,lemma", [
    ("Virtasen", "Virtanen"), ("Virtaselle", "Virtanen"), ("Virtasta", "Virtanen"), ("Korhosen", "Korhonen"),
    ("Korhoselle", "Korhonen"), ("Kärkkäiselle", "Kärkkäinen"), ("Pöntiselle", "Pöntinen"), ("Pekan", "Pekka"),
    ("Pekalta", "Pekka"), ("Matin", "Matti"), ("Mikon", "Mikko"), ("Laineen", "Laine"), ("Niemelle", "Niemi"),
    ("Tuomakselle", "Tuomas"), ("Heikille", "Heikki"), ("Liisalle", "Liisa"), ("Sannan", "Sanna"),
    ("Hämäläiselle", "Hämäläinen"), ("Virtaset", "Virtanen"),
])
def test_best_lemma_of_inflected_names(word, lemma):
    assert best_lemma(word) == lemma


def test_variants_of_one_name_match_and_different_names_do_not():
    assert tokens_match(name_token("Virtasen"), name_token("Virtanen"))
    assert tokens_match(name_token("Pekalle"), name_token("Pekan"))
    assert tokens_match(name_token("Nybergin"), name_token("Nyberg"))
    assert not tokens_match(name_token("Virta"), name_token("Virtanen"))
    assert not tokens_match(name_token("Salo"), name_token("Salonen"))


def _persons(text):
    return [c.text for c in detect_text(text, None, DetectOptions()) if c.category == "person"]


def test_rules_find_names_by_list_suffix_cue_and_neighbour():
    text = ("Tapasin eilen Liisa Korhosen. Ohjaaja Heikura tuli myöhemmin, ja Saija Pöntinen myös. "
            "Toinen asia: Virtanen soitti. Usko omiin kykyihin kasvoi.")
    assert _persons(text) == ["Liisa Korhosen", "Heikura", "Saija Pöntinen", "Virtanen"]


def test_sentence_initial_common_words_are_not_names():
    text = "Toinen asia on se. Sama juttu. Yleisnumerosta ei vastattu. Kaikki meni hyvin. Suomalainen työ."
    assert _persons(text) == []


def test_a_name_found_once_is_found_in_its_other_forms():
    text = "Toimitusjohtaja Kristian Nyberg tuli paikalle. Nybergin yritys palkkasi kaksi."
    assert _persons(text) == ["Kristian Nyberg", "Nybergin"]


def test_company_beats_the_surname_inside_it():
    found = detect_text("Sain paikan Rakennus Mäkelä Oy:stä.", None,
                        DetectOptions(categories=("person", "organisation")))
    assert [(c.text, c.category) for c in found] == [("Rakennus Mäkelä Oy", "organisation")]


def test_places_in_the_fallback_tier_only_when_asked():
    text = "Minut ohjattiin Kivijärvelle ja sitten Tampereelle."
    assert detect_text(text, None, DetectOptions()) == []
    places = detect_text(text, None, DetectOptions(categories=("place",)))
    assert [c.text for c in places] == ["Kivijärvelle", "Tampereelle"]


def test_tokens_mark_sentence_starts():
    toks = heuristics.tokenize("Liisa: No niin. Hän sanoi\nVirtanen tuli.")
    assert [t.text for t in toks if t.sent_start] == ["Liisa", "No", "Hän", "Virtanen"]


def test_terms_match_inflected_forms_and_not_longer_names():
    terms = [Term("Kivijärvi", "place"), Term("Salo", "place"), Term("Pihtiputaan kunta", "organisation")]
    text = "Kivijärvellä ja Salossa, mutta ei Salonen. Pihtiputaan kunnalla oli hanke."
    found = find_terms(text, terms, heuristics.tokenize(text))
    assert sorted((c.text, c.key) for c in found) == [
        ("Kivijärvellä", "kivijärvi"), ("Pihtiputaan kunnalla", "pihtiputaan kunta"), ("Salossa", "salo")]
    assert term_matches_word("Kivijärvi", "Kivijärven") and not term_matches_word("Salo", "Salonen")


def test_parse_terms():
    assert parse_terms(["# kommentti", "Kivijärvi;place", "", "Harvinainen tauti\torganisation", "Jokin"]) == [
        Term("Kivijärvi", "place"), Term("Harvinainen tauti", "organisation"), Term("Jokin", "term")]
    with pytest.raises(ValueError):
        parse_terms(["X;nonsense"])
