"""Fixed-shape identifiers: identity codes (checksum and date), phone numbers, e-mails, addresses."""

import pytest

from tyokyky_qda.pseudo import hetu
from tyokyky_qda.pseudo.patterns import find_addresses, find_emails, find_patterns, find_phone_numbers, phone_key


@pytest.mark.parametrize("code", ["131052-308T", "010385-142K", "241201A9236", "070779-037R", "290204A566L",
                                  "150668Y210U", "010590-987R", "131052-308t"])
def test_valid_identity_codes(code):
    assert hetu.is_valid(code)
    found = [c for c in find_patterns(f"Tunnus {code}, kiitos.") if c.category == "hetu"]
    assert [c.text for c in found] == [code] and found[0].key == code.upper()


@pytest.mark.parametrize("code", ["131052-308X", "010385-142L", "070779-037S", "311385-142K",  # check, date
                                  "290203A566L", "130052-308T", "010385-001K", "131052Q308T"])
def test_invalid_identity_codes_are_not_identity_codes_or_phone_numbers(code):
    assert not hetu.is_valid(code)
    assert find_patterns(f"Tunnus {code} oli väärin.") == []


def test_make_code_round_trips():
    for dd, mm, yy, sign, nnn in [(1, 1, 0, "A", 2), (31, 12, 99, "-", 999), (29, 2, 0, "A", 500)]:
        assert hetu.is_valid(hetu.make_code(dd, mm, yy, sign, nnn))


@pytest.mark.parametrize("number,key", [
    ("040 123 4567", "0401234567"), ("0401234567", "0401234567"), ("040-1234567", "0401234567"),
    ("+358 40 123 4567", "0401234567"), ("+358401234567", "0401234567"), ("+358 (0)40 123 4567", "0401234567"),
    ("00358 40 123 4567", "0401234567"), ("09-876 5432", "098765432"), ("(09) 123 4567", "091234567"),
    ("09 1234 5678", "0912345678"), ("044 - 123 4567", "0441234567"), ("0400 123 456", "0400123456"),
    ("029 502 1234", "0295021234"), ("+358 9 876 5432", "098765432"), ("013 123 456", "013123456"),
])
def test_phone_numbers(number, key):
    found = list(find_phone_numbers(f"Soita numeroon {number}, kiitos."))
    assert [(c.text, c.key) for c in found] == [(number, key)]
    assert phone_key(number) == key


@pytest.mark.parametrize("text", [
    "Vuodet 2019 2020 ja 2021.", "Summa oli 050 000 euroa.", "Päivä 12.3.2021 klo 10.30.",
    "Asiakasnumero 100 2003 ja viite 12345 67890.", "Postinumero 00100 Helsinki.", "Yli 12 000 henkeä.",
    "Tunnus 131052-308X oli väärin.", "Taulukko: 27 499 30 718 35 051 34 528 ja 47 022 45 866.",
])
def test_numbers_that_are_not_phone_numbers(text):
    assert list(find_phone_numbers(text)) == []


def test_emails_including_spelled_out_at():
    text = "Posti: matti.virtanen@kela.fi, liisa(at)tampere.fi ja Ääkkönen.ö@esim.fi. Ei: @twitter, a@b."
    found = list(find_emails(text))
    assert [c.text for c in found] == ["matti.virtanen@kela.fi", "liisa(at)tampere.fi", "Ääkkönen.ö@esim.fi"]
    assert found[1].key == "liisa@tampere.fi"


@pytest.mark.parametrize("address", [
    "Hämeenkatu 5", "Hämeenkatu 5 B 12", "Hämeenkatu 5 B 12, 33100 Tampere", "Mannerheimintie 10 A",
    "Puistolan raitti 7", "Pohjoinen Rautatiekatu 21 as. 4", "Kalevantie 4 B 7", "Satakunnankatu 18 A",
    "Rantakuja 3", "Koivukuja 12–14", "Kauppakadun 3:ssa",
])
def test_street_addresses(address):
    found = list(find_addresses(f"Osoite on {address} ja muuta."))
    assert [c.text for c in found] == [address]


def test_postal_code_with_town_and_po_box():
    found = list(find_addresses("Postiosoite PL 45, 33101 Tampere."))
    assert [c.text for c in found] == ["PL 45", "33101 Tampere"]


def test_street_word_without_number_is_not_an_address():
    assert list(find_addresses("Kävelin Hämeenkatua pitkin ja tie oli 5 kilometriä.")) == []
    assert list(find_addresses("Raportin 2. luku sisältää yhteenvedon.")) == []
