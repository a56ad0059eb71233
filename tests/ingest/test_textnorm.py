"""Encoding detection and normalisation of plain text: ä, ö, å and € always survive."""

import pytest

from tyokyky_qda.core.errors import ImportFailed
from tyokyky_qda.ingest.textnorm import decode_and_normalise, decode_bytes, normalise

SAMPLE = "Työkyky ja hyvinvointi: åäö ÅÄÖ, hinta 100 €.\nToinen rivi."


@pytest.mark.parametrize("codec,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"),
    ("cp1252", "cp1252"), ("iso8859-15", "iso8859-15"),
])
def test_encodings_keep_finnish_letters_and_euro(codec, expected):
    notes = {}
    data = SAMPLE.encode(codec)
    if codec == "utf-16-le":
        data = "Teksti ilman BOMia\nrivi".encode(codec)  # ASCII-range UTF-16 without a BOM
        assert decode_and_normalise(data, notes) == "Teksti ilman BOMia\nrivi"
    else:
        assert decode_and_normalise(data, notes) == SAMPLE
    assert notes["encoding"] == expected
    if codec in ("utf-8-sig", "utf-16"):
        assert notes["bom_removed"] is True


def test_latin1_without_euro_is_read_as_western():
    notes = {}
    assert decode_bytes("Hyvää päivää, Åke".encode("latin-1"), notes) == "Hyvää päivää, Åke"
    assert notes["encoding"] in ("cp1252", "iso8859-15")


def test_line_endings_nfc_soft_hyphens_and_controls_are_normalised_and_recorded():
    decomposed = "a\u0308"  # "ä" as a + combining diaeresis
    text = f"Ty\u00f6ky\u00adky {decomposed}\r\nrivi 2\rrivi 3\x07   \r\n\r\n\r\n\r\nloppu"
    notes = {}
    out = normalise(text, notes)
    assert out == "Työkyky ä\nrivi 2\nrivi 3\n\nloppu"
    assert notes["soft_hyphens_removed"] == 1
    assert notes["unicode"] == "NFC (applied)"
    assert notes["line_endings"] == "mixed → LF"
    assert notes["control_characters_removed"] == 1


def test_mixed_encodings_are_refused_with_the_line():
    data = "Hyvää päivää\nToinen rivi äö\n".encode("utf-8") + "kolmas rivi ä".encode("cp1252")
    with pytest.raises(ImportFailed, match="line 3"):
        decode_bytes(data, {})


def test_binary_is_refused():
    with pytest.raises(ImportFailed, match="binary"):
        decode_and_normalise(b"\x00\x01\x02garbage\x00\xff" * 50, {})
