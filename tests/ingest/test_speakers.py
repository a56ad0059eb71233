"""Speakers of transcripts: interviewees become cases, turns are autocoded in one step."""

from tyokyky_qda.core.errors import NotFound
from tyokyky_qda.ingest import speakers

TEXT = ("[00:00:05] Haastattelija: Kerro roolistasi.\n[00:00:12] Maija Virtanen: Olen koordinaattori.\n"
        "[00:01:00] Haastattelija: Entä yhteistyö?\n[00:01:30] Maija Virtanen: Se toimi hyvin.\n"
        "[00:02:00] Pekka Korhonen: Samaa mieltä.\n[00:02:30] Pekka Korhonen: Ja lisäksi.")


def _import(run_import, tmp_path, name, text, **options):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = run_import(path, **options)
    assert not report.failed, report.failed
    return report.imported[0]["id"]


def test_speakers_to_cases_excludes_the_interviewer(project, run_import, tmp_path):
    sid = _import(run_import, tmp_path, "H01.txt", TEXT, attributes={"Alue": "Pirkanmaa"})
    ch = speakers.speakers_to_cases(project)
    assert sorted(ch.info["cases"]) == ["Maija Virtanen", "Pekka Korhonen"]
    maija = project.case_id("Maija Virtanen", create=False)
    links = project.case_links(case_id=maija)
    text = project.source_text(sid)
    assert [text[link["start"]:link["end"]] for link in links] == ["Olen koordinaattori.", "Se toimi hyvin."]
    assert project.attributes_of("case", maija) == {"Alue": "Pirkanmaa"}
    assert project.case_id("Haastattelija", create=False) is None


def test_generic_labels_make_one_case_per_interview(project, run_import, tmp_path):
    _import(run_import, tmp_path, "H05.txt", "H: Kysymys?\nV: Vastaus.\nH: Toinen?\nV: Toinen vastaus.")
    _import(run_import, tmp_path, "H06.txt", "H: Kysymys yksi?\nV: Eri vastaus.\nH: Kaksi?\nV: Kyllä.")
    speakers.speakers_to_cases(project)
    assert [c.name for c in project.cases()] == ["H05: V", "H06: V"]


def test_explicit_interviewers_and_case_names(project, run_import, tmp_path):
    _import(run_import, tmp_path, "ryhma.txt", TEXT)
    speakers.speakers_to_cases(project, interviewers=["Maija Virtanen"], case_names={"Pekka Korhonen": "PK"})
    assert [c.name for c in project.cases()] == ["PK", "ryhma: Haastattelija"]  # a role label: per interview


def test_autocode_every_turn_of_each_speaker(project, run_import, tmp_path):
    sid = _import(run_import, tmp_path, "H01.txt", TEXT)
    ch = speakers.autocode_speakers(project)
    assert ch.info["codings"] == 6
    paths = project.code_paths()
    coded = {(paths[c.code_id], project.source_text(sid)[c.start:c.end], c.origin) for c in project.codings()}
    assert ("Puhujat/Pekka Korhonen", "Ja lisäksi.", "autocode") in coded
    assert ("Puhujat/Haastattelija", "Kerro roolistasi.", "autocode") in coded
    # Running it again adds nothing: same code, same words, same coder.
    speakers.autocode_speakers(project)
    assert project.stats()["codings"] == 6


def test_autocode_one_speaker_to_a_chosen_code(project, run_import, tmp_path):
    _import(run_import, tmp_path, "H01.txt", TEXT)
    code = project.add_code("Haastateltavan näkemys").id
    speakers.autocode_speaker(project, "maija virtanen", code)
    assert len(project.codings(code_id=code)) == 2
    try:
        speakers.autocode_speakers(project, code_id=9999)
    except NotFound:
        pass
    else:  # pragma: no cover
        raise AssertionError("a bad code id must be refused")


def test_import_options_do_both_in_the_files_transaction(project, run_import, tmp_path):
    _import(run_import, tmp_path, "H01.txt", TEXT, speakers_to_cases=True, autocode_speakers=True)
    stats = project.stats()
    assert stats["cases"] == 2 and stats["codings"] == 6
    rows = speakers.speakers_of(project)
    assert {(r["speaker"], r["turns"], r["interviewer"]) for r in rows} == {
        ("Haastattelija", 2, True), ("Maija Virtanen", 2, False), ("Pekka Korhonen", 2, False)}
    assert len([a for a in project.audit_log() if a["action"].startswith("import")]) == 1


def test_numbered_labels_are_interviewees_beside_an_unnumbered_interviewer(project, run_import, tmp_path):
    _import(run_import, tmp_path, "ryhma.txt", "H: Kertokaa roolistanne?\nH1: Olen ohjaaja ja teen asiakastyötä.\n"
            "H2: Minä vastaan palveluista ja niiden kehittämisestä.\nH: Entä yhteistyö?\nH1: Se toimi hyvin.")
    rows = {r["speaker"]: r["interviewer"] for r in speakers.speakers_of(project)}
    assert rows == {"H": True, "H1": False, "H2": False}
    speakers.speakers_to_cases(project)
    assert [c.name for c in project.cases()] == ["ryhma: H1", "ryhma: H2"]


def test_numbered_interviewer_labels_beside_an_interviewee(project, run_import, tmp_path):
    _import(run_import, tmp_path, "H07.txt", "H1: Kysymys?\nHaastateltava: Pitkä vastaus asiaan.\nH1: Toinen?\n"
            "Haastateltava: Toinen pitkä vastaus.")
    assert {r["speaker"]: r["interviewer"] for r in speakers.speakers_of(project)} == \
        {"H1": True, "Haastateltava": False}


def test_someone_always_answers():
    assert speakers.interviewers_among({"H1": 40, "H2": 900}) == {"H1"}
    assert speakers.interviewers_among({"Haastattelija": 40}) == {"Haastattelija"}
    assert speakers.interviewers_among({"Haastattelija 1": 40, "Haastattelija 2": 50, "V": 800}) == \
        {"Haastattelija 1", "Haastattelija 2"}
