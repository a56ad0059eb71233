"""Chunking, parsing, stored token tables (round trips) and suggestion units."""

from __future__ import annotations

import pytest

from tyokyky_qda.core.model import Section
from tyokyky_qda.nlp import parse as parsing
from tyokyky_qda.nlp.units import TokenTable, make_units

from nlp_helpers import TIERS


def test_chunks_cover_the_text_at_paragraphs():
    text = "Eka kappale.\n\nToka kappale, pidempi.\n \n\nKolmas." + " sana" * 2000
    spans = parsing.chunk_spans(text, max_chars=500, merge_up_to=0)
    assert spans[0] == (0, 12)
    assert all(e - s <= 500 for s, e in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace("\n", "").replace(" ", "")


@pytest.mark.parametrize("tier", TIERS)
def test_token_offsets_point_into_the_text(tier, request):
    loaded = request.getfixturevalue(f"{tier}_nlp")
    text = "Ensimmäinen kappale, jossa työkyky mainitaan.\n\nToinen kappale: ääkköset ÄÖ ja emoji 🙂 sopivat."
    parsed = parsing.parse_text(text, loaded)
    table = TokenTable.from_parsed(parsed)
    for s, e in zip(table.starts, table.ends):
        assert text[s:e].strip() == text[s:e] and text[s:e]
    assert "työkyky" in table.content_lemmas(0, len(text))


@pytest.mark.parametrize("tier", TIERS)
def test_stored_parse_round_trip_keeps_words_lemmas_and_sentences(tier, request):
    loaded = request.getfixturevalue(f"{tier}_nlp")
    text = "Kuntoutus alkoi myöhään. Palkkatuki auttoi.\n\nUusi kappale alkaa."
    parsed = parsing.parse_text(text, loaded)
    back = parsing.from_bytes(text, parsed.offsets, parsing.to_bytes(parsed), loaded)
    assert [[t.lemma_ for t in d] for d in back.docs] == [[t.lemma_ for t in d] for d in parsed.docs]
    assert [[t.is_sent_start for t in d] for d in back.docs] == [[t.is_sent_start for t in d] for d in parsed.docs]
    assert [[t.pos_ for t in d] for d in back.docs] == [[t.pos_ for t in d] for d in parsed.docs]
    assert [d.text for d in back.docs] == [d.text for d in parsed.docs]
    assert back.n_words == parsed.n_words == 8
    with pytest.raises(ValueError):
        parsing.from_bytes(text, parsed.offsets, b"junk" * 4, loaded)


def test_parse_many_matches_parse_text(fallback_nlp):
    texts = ["Yksi lause.", "", "Kaksi kappaletta.\n\nToinen tässä."]
    many = dict(parsing.parse_many(texts, fallback_nlp, batch_size=2))
    assert sorted(many) == [0, 1, 2]
    assert many[1].docs == []
    assert [d.text for d in many[2].docs] == [d.text for d in parsing.parse_text(texts[2], fallback_nlp).docs]


def _units(loaded, text, unit, sections=()):
    parsed = parsing.parse_text(text, loaded)
    return make_units(parsed, TokenTable.from_parsed(parsed), unit, sections)


def test_sentence_units_are_trimmed_and_skip_empty_ones(fallback_nlp):
    text = "  Työnantaja palkkasi osatyökykyisen.  Joo.  Kuntoutus jatkui pitkään. "
    units = _units(fallback_nlp, text, "sentence")
    assert [text[u.start:u.end] for u in units] == ["Työnantaja palkkasi osatyökykyisen.", "Kuntoutus jatkui pitkään."]
    assert units[0].lemmas[0] == "työnantaja"


def test_sentences_start_at_new_lines_but_not_at_wrapped_ones(fallback_nlp):
    text = "Hankkeessa kehitettiin palvelu-\nprosessia ja koulutettiin\nvirkailijoita\nKuntoutus alkaa syksyllä"
    units = _units(fallback_nlp, text, "sentence")
    assert [text[u.start:u.end] for u in units][-1] == "Kuntoutus alkaa syksyllä"
    assert len(units) == 2


def test_turns_are_units_and_sentences_do_not_cross_them(transcript_source, fallback_nlp):
    project, _, sid, text = transcript_source
    sections = project.sections(sid)
    turns = _units(fallback_nlp, text, "section", sections)
    # the interviewer's ("H") turns are questions, not evidence: only the interviewee's are units
    assert [u.kind for u in turns] == ["turn"] * 2
    assert text[turns[0].start:turns[0].end].startswith("V: Terveystarkastuksessa")
    assert all(not text[u.start:u.end].startswith("H:") for u in turns)
    for u in _units(fallback_nlp, text, "sentence", sections):
        assert any(s.start <= u.start and u.end <= s.end for s in sections)


def test_only_answers_get_units_in_a_survey_source(fallback_nlp):
    text = "Mitä mieltä olette palvelusta?\nPalvelu oli hidas ja jonot pitkiä."
    answer = text.index("Palvelu")
    sections = [Section(0, answer - 1, "question"), Section(answer, len(text), "answer")]
    for unit in ("sentence", "section"):
        units = _units(fallback_nlp, text, unit, sections)
        assert [text[u.start:u.end] for u in units] == ["Palvelu oli hidas ja jonot pitkiä."]
    whole = _units(fallback_nlp, text, "source", sections)
    assert len(whole) == 1 and "mieli" not in whole[0].lemmas


def test_paragraphs_are_sections_when_there_are_none(fallback_nlp):
    text = "Ensimmäinen kappale kertoo palkkatuesta.\n\nToinen kappale kertoo kuntoutuksesta."
    units = _units(fallback_nlp, text, "section")
    assert [u.kind for u in units] == ["paragraph", "paragraph"]
    assert _units(fallback_nlp, text, "source")[0].end == len(text)


def test_numbered_interviewees_beside_the_interviewer_are_units():
    from tyokyky_qda.nlp.units import content_regions

    text = "Haastattelija: Miten meni?\nH1: Kuntoutus alkoi ajallaan.\nH2: Työnantaja palkkasi minut."
    lines, sections, pos = text.split("\n"), [], 0
    for line in lines:
        sections.append(Section(pos, pos + len(line), "turn", speaker=line.split(":")[0]))
        pos += len(line) + 1
    kind, ranges = content_regions(sections, len(text))
    assert kind == "turn" and [text[a:b].split(":")[0] for a, b in ranges] == ["H1", "H2"]


def test_a_cut_inside_a_transcribers_annotation_moves_before_it():
    from tyokyky_qda.nlp.units import _before_annotation

    text = "Se oli hyvä. [naurahtaa] Ja se toimi.\n[00:01:02] Nimi: Joo."
    assert _before_annotation(text, text.index("naurahtaa")) == text.index("[naurahtaa")
    assert _before_annotation(text, text.index("rahtaa]")) == text.index("[naurahtaa")
    assert _before_annotation(text, text.index("Ja se")) == text.index("Ja se")  # after the annotation
    assert _before_annotation(text, text.index("Nimi")) == text.index("Nimi")  # timestamp closed already
    assert _before_annotation("Auki [ ilman loppua\nSeuraava", 9) == 9  # no closing bracket on the line
