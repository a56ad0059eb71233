"""Code points vs UTF-16, and offsets moving with text edits."""

from tyokyky_qda.core.offsets import Edit, OffsetShifter, Utf16Map, apply_edits, utf16_len

TEXT = "Ä😀b e\u0301 🇫🇮 loppu"


def test_utf16_round_trip_on_emoji_and_combining_marks():
    m = Utf16Map(TEXT)
    assert utf16_len(TEXT) == len(TEXT.encode("utf-16-le")) // 2
    for cp in range(len(TEXT) + 1):
        u = m.to_utf16(cp)
        assert u == len(TEXT[:cp].encode("utf-16-le")) // 2
        assert m.from_utf16(u) == cp


def test_from_utf16_inside_surrogate_pair_rounds_down():
    m = Utf16Map("a😀b")
    assert m.from_utf16(2) == 1  # between the two surrogates of 😀


def test_shifter_keeps_ranges_on_their_words():
    text = "Matti Virtanen kertoi Oulusta."
    edits = [Edit(6, 14, "[Henkilö 1]"), Edit(22, 29, "[Paikka 1]")]
    new = apply_edits(text, edits)
    assert new == "Matti [Henkilö 1] kertoi [Paikka 1]."
    sh = OffsetShifter(edits)
    # "kertoi" moves right by the growth of the first replacement
    s, e = sh.map_range(15, 21)
    assert new[s:e] == "kertoi"
    # a range covering the name covers its replacement
    s, e = sh.map_range(6, 14)
    assert new[s:e] == "[Henkilö 1]"
    # a range starting inside a replaced span snaps to cover the whole replacement
    s, e = sh.map_range(8, 21)
    assert new[s:e] == "[Henkilö 1] kertoi"
