"""Interview transcripts: every dialect becomes turns with speaker and times."""

import pytest
from builders import docx_file
from conftest import only_source

from tyokyky_qda.ingest.transcript import looks_like_transcript, parse_time

DIALECTS = {
    "hv": ("Haastattelu 4, Pirkanmaa\n\nH: Kerro roolistasi.\nV: Olen koordinaattori.\n\n"
           "Jatkan toisessa kappaleessa. Huom: tämä ei ole puhuja.\nH: Entä yhteistyö?\nV: Se toimi.",
           [("H", "Kerro roolistasi.", None), ("V", "Olen koordinaattori.\n\nJatkan toisessa kappaleessa. "
             "Huom: tämä ei ole puhuja.", None), ("H", "Entä yhteistyö?", None), ("V", "Se toimi.", None)]),
    "roles": ("Haastattelija: Aloitetaan.\nHaastateltava 2: Selvä.\nHaastattelija: Hyvä.\n"
              "Haastateltava 1: Minä myös.",
              [("Haastattelija", "Aloitetaan.", None), ("Haastateltava 2", "Selvä.", None),
               ("Haastattelija", "Hyvä.", None), ("Haastateltava 1", "Minä myös.", None)]),
    "bracket": ("[00:00:05] Haastattelija: Tervetuloa.\n\n[00:00:12] Maija Virtanen: Kiitos.\n\n"
                "[00:12:31] Haastattelija: Kerro lisää.",
                [("Haastattelija", "Tervetuloa.", 5.0), ("Maija Virtanen", "Kiitos.", 12.0),
                 ("Haastattelija", "Kerro lisää.", 751.0)]),
    "name_paren": ("Haastattelija (00:00:05): Tervetuloa.\nMaija Virtanen (00:00:12): Kiitos.\n"
                   "Haastattelija (00:12:31): Kerro lisää.",
                   [("Haastattelija", "Tervetuloa.", 5.0), ("Maija Virtanen", "Kiitos.", 12.0),
                    ("Haastattelija", "Kerro lisää.", 751.0)]),
    "ts_name": ("00:00:05 Haastattelija\nTervetuloa haastatteluun.\n\n00:00:12 Maija Virtanen\nKiitos.\n"
                "Toinen rivi.\n\n00:12:31 Haastattelija\nKerro lisää.",
                [("Haastattelija", "Tervetuloa haastatteluun.", 5.0),
                 ("Maija Virtanen", "Kiitos.\nToinen rivi.", 12.0), ("Haastattelija", "Kerro lisää.", 751.0)]),
    "name_time": ("Maija Virtanen  0:03\nHyvää huomenta.\n\nHaastattelija  0:10\nKiitos.\n\n"
                  "Maija Virtanen  1:02\nOle hyvä.",
                  [("Maija Virtanen", "Hyvää huomenta.", 3.0), ("Haastattelija", "Kiitos.", 10.0),
                   ("Maija Virtanen", "Ole hyvä.", 62.0)]),
    "mmss": ("[00:05] Tervetuloa.\n[12:31] Kiitos kutsusta.\n[13:02] Kerro lisää.",
             [("", "Tervetuloa.", 5.0), ("", "Kiitos kutsusta.", 751.0), ("", "Kerro lisää.", 782.0)]),
}


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_text_dialects(project, run_import, tmp_path, dialect):
    text, expected = DIALECTS[dialect]
    path = tmp_path / f"{dialect}.txt"
    path.write_text(text, encoding="utf-8")
    report = run_import(path)
    assert [i["kind"] for i in report.imported] == ["transcript"], report.as_dict()
    src = only_source(project)
    turns = project.sections(src.id, kind="turn")
    got = [(t.speaker, src.text[t.start:t.end], t.start_time) for t in turns]
    assert got == expected
    if expected[0][2] is not None:
        assert turns[0].end_time == expected[1][2]
        assert turns[-1].end_time is None
    assert src.import_notes["turns"] == len(expected)


def test_docx_one_paragraph_per_turn(project, run_import, tmp_path):
    path = docx_file(tmp_path / "H02.docx", [(1, "Haastattelu H02"), "Haastattelija: Mikä on roolisi?",
                                             "Johanna Kangastalo: Olen työkykykoordinaattori.",
                                             "Haastattelija: Miten aloitit?", "Johanna Kangastalo: Vuonna 2020."])
    run_import(path)
    src = only_source(project)
    assert src.kind == "transcript"
    turns = project.sections(src.id, kind="turn")
    assert [(t.speaker, src.text[t.start:t.end]) for t in turns] == [
        ("Haastattelija", "Mikä on roolisi?"), ("Johanna Kangastalo", "Olen työkykykoordinaattori."),
        ("Haastattelija", "Miten aloitit?"), ("Johanna Kangastalo", "Vuonna 2020.")]


def test_docx_transcript_kept_as_a_table(project, run_import, tmp_path):
    path = docx_file(tmp_path / "taulukko.docx", ["Litterointi"], table=[
        ["00:00:05", "H", "Kerro aluksi."], ["00:00:09", "V", "No niin."], ["00:00:30", "H", "Jatka."],
        ["00:01:00", "V", "Selvä."]])
    run_import(path)
    src = only_source(project)
    turns = project.sections(src.id, kind="turn")
    assert [(t.speaker, t.start_time, src.text[t.start:t.end]) for t in turns] == [
        ("H", 5.0, "Kerro aluksi."), ("V", 9.0, "No niin."), ("H", 30.0, "Jatka."), ("V", 60.0, "Selvä.")]


VTT = """WEBVTT

NOTE Teams export

1
00:00:01.000 --> 00:00:04.000
<v Maija Virtanen>Hyvää huomenta &amp; tervetuloa.</v>

2
00:00:04.500 --> 00:00:06.000
<v Maija Virtanen>Jatkan vielä.</v>

00:00:06.500 --> 00:00:09.250
<v.loud Haastattelija>Kiitos.
Toinen rivi.</v>
"""


def test_webvtt_with_voices_merges_cues_of_one_speaker(project, run_import, tmp_path):
    path = tmp_path / "H03.vtt"
    path.write_text(VTT, encoding="utf-8")
    run_import(path)
    src = only_source(project)
    assert src.text == "Maija Virtanen: Hyvää huomenta & tervetuloa. Jatkan vielä.\n\nHaastattelija: Kiitos. Toinen rivi."
    turns = project.sections(src.id, kind="turn")
    assert [(t.speaker, t.start_time, t.end_time, src.text[t.start:t.end]) for t in turns] == [
        ("Maija Virtanen", 1.0, 6.0, "Hyvää huomenta & tervetuloa. Jatkan vielä."),
        ("Haastattelija", 6.5, 9.25, "Kiitos. Toinen rivi.")]
    assert src.import_notes["transcript_dialect"] == "WebVTT"


def test_webvtt_without_speakers(project, run_import, tmp_path):
    path = tmp_path / "nimeton.vtt"
    path.write_text("WEBVTT\n\n00:01.000 --> 00:03.000\nEnsimmäinen.\n\n00:03.500 --> 00:05.000\nToinen.\n",
                    encoding="utf-8")
    run_import(path)
    src = only_source(project)
    assert src.text == "Ensimmäinen.\nToinen."
    assert [(t.speaker, t.start_time) for t in project.sections(src.id, kind="turn")] == [("", 1.0), ("", 3.5)]


@pytest.mark.parametrize("named", [True, False])
def test_srt(project, run_import, tmp_path, named):
    prefix = ("H: ", "V: ", "[V] ") if named else ("", "", "")
    text = (f"1\n00:00:01,000 --> 00:00:04,000\n{prefix[0]}Tervetuloa.\n\n"
            f"2\n00:00:04,500 --> 00:00:06,000\n<i>{prefix[1]}Kiitos.</i>\n\n"
            f"3\n00:00:07,000 --> 00:00:08,000\n{prefix[2]}Jatkan.\n")
    path = tmp_path / "tekstitys.srt"
    path.write_text(text, encoding="utf-8")
    run_import(path)
    src = only_source(project)
    turns = [(t.speaker, t.start_time, t.end_time, src.text[t.start:t.end])
             for t in project.sections(src.id, kind="turn")]
    if named:
        assert turns == [("H", 1.0, 4.0, "Tervetuloa."), ("V", 4.5, 8.0, "Kiitos. Jatkan.")]
    else:
        assert turns == [("", 1.0, 4.0, "Tervetuloa."), ("", 4.5, 6.0, "Kiitos."), ("", 7.0, 8.0, "Jatkan.")]


def test_vtt_content_in_a_txt_file_is_recognised(project, run_import, tmp_path):
    path = tmp_path / "teams.txt"
    path.write_text(VTT, encoding="utf-8")
    run_import(path)
    assert only_source(project).kind == "transcript"


def test_prose_and_forms_are_not_transcripts():
    assert not looks_like_transcript("Tämä on raportti.\nHuom: tämä on huomautus.\nLisää tekstiä.\n")
    assert not looks_like_transcript("Päivämäärä: 1.2.2023\nPaikka: Tampere\nLäsnä: 5 henkilöä\n\nTeksti.")
    assert not looks_like_transcript("Katso https://example.org/a: linkki\nja toinen http://x.fi: linkki\n")
    assert not looks_like_transcript("Esityslista\nAvaus 9:00\nEsitys 9:15\nKahvi 10:00\nLopetus 11:00\n")


def test_forced_transcript_without_turns_fails(project, run_import, tmp_path):
    path = tmp_path / "proosa.txt"
    path.write_text("Pelkkää tekstiä ilman puhujia.", encoding="utf-8")
    report = run_import(path, kind="transcript")
    assert report.failed and "no speaker turns" in report.failed[0]["error"]
    assert project.stats()["sources"] == 0


def test_parse_time():
    assert parse_time("01:02:03") == 3723 and parse_time("12:31") == 751
    assert parse_time("00:00:01,500") == 1.5 and parse_time("x") is None
