"""Survey exports: respondents → cases with typed attributes; open answers → coded sections."""

import json

import pytest
from builders import xlsx_file

from tyokyky_qda.ingest.api import inspect_survey
from tyokyky_qda.ingest.survey_mapping import SurveyMapping

LONG = ["Yhteistyö TE-toimiston kanssa parani selvästi, kun koordinaattori aloitti.",
        "Resurssit loppuivat kesken ja hanke viivästyi, mikä oli harmillista kaikille.",
        "Työnantajat eivät tienneet palveluista tarpeeksi, viestintää olisi pitänyt lisätä.",
        "Monialainen tiimi toimi hyvin ja asiakkaat saivat apua nopeammin kuin ennen."]


def roles(inspection):
    return {c.column: c.role for c in inspection.mapping.columns}


def case_attrs(project, name):
    return project.attributes_of("case", project.case_id(name, create=False))


def test_webropol_xlsx_with_merged_two_row_header(project, run_import, tmp_path):
    rows = [["Vastaajan tunnus", "1. Organisaatio", "2. Mistä sait tietoa?", None, None,
             "3. Kuinka hyvin ohjelma onnistui?", "4. Onko malli käytössä?", "5. Mitä hyötyä ohjelmasta oli?"],
            [None, None, "Verkkosivut", "Uutiskirje", "Seminaarit", None, None, None],
            ["R001", "TE-toimisto", 1, None, 1, 4, "Kyllä", LONG[0]],
            ["R002", "Kela", None, 1, None, "En osaa sanoa", "Ei", ""],
            ["R003", "Kunta", None, None, None, 2, "En osaa sanoa", LONG[1]],
            ["R004", "Kela", 1, 1, None, 5, "Kyllä", LONG[2]]]
    path = xlsx_file(tmp_path / "webropol.xlsx", rows, merges=["C1:E1"])
    inspection = inspect_survey(path)
    assert inspection.mapping.id_column == "Vastaajan tunnus"
    assert inspection.notes["header_rows"] == 2
    got = roles(inspection)
    assert got["2. Mistä sait tietoa? [Verkkosivut]"] == "multi"
    assert got["3. Kuinka hyvin ohjelma onnistui?"] == "likert"
    assert got["4. Onko malli käytössä?"] == "yesno"
    assert got["5. Mitä hyötyä ohjelmasta oli?"] == "open"
    report = run_import(path)
    assert not report.failed, report.failed
    assert [i["name"] for i in report.imported] == ["Vastaaja R001", "Vastaaja R003", "Vastaaja R004"]
    assert project.stats()["cases"] == 4  # R002 answered no open question: a case, no source
    r1 = case_attrs(project, "Vastaaja R001")
    assert r1["3. Kuinka hyvin ohjelma onnistui?"] == "4" and r1["4. Onko malli käytössä?"] == "Kyllä"
    assert r1["2. Mistä sait tietoa?: Verkkosivut"] is True and r1["2. Mistä sait tietoa?: Uutiskirje"] is False
    r2 = case_attrs(project, "Vastaaja R002")
    assert r2["3. Kuinka hyvin ohjelma onnistui?"] == "En osaa sanoa"
    assert "2. Mistä sait tietoa?: Verkkosivut" not in case_attrs(project, "Vastaaja R003")  # ticked nothing


def test_open_answers_are_sections_coded_under_kysely(project, run_import, tmp_path):
    header = ["ID", "Organisaatio", "Mitä hyötyä ohjelmasta oli?", "Mitä pitäisi kehittää?"]
    rows = [header] + [[str(i), "Kela" if i % 2 else "Kunta", LONG[i % 4] if i != 2 else "",
                        LONG[(i + 1) % 4] + f" ({i})"] for i in range(1, 7)]
    path = tmp_path / "kysely.csv"
    path.write_text("\n".join(";".join(r) for r in rows), encoding="utf-8")
    run_import(path)
    src = next(s for s in project.sources(with_text=True) if s.name == "Vastaaja 2")
    assert src.kind == "survey-answer"
    assert src.text == f"Mitä pitäisi kehittää?\n{LONG[3]} (2)"  # the blank answer is not there
    answers = project.sections(src.id, kind="answer")
    assert [(a.label, src.text[a.start:a.end]) for a in answers] == [("Mitä pitäisi kehittää?", f"{LONG[3]} (2)")]
    paths = project.code_paths()
    assert sorted(p for p in paths.values()) == ["Kysely", "Kysely/Mitä hyötyä ohjelmasta oli?",
                                                 "Kysely/Mitä pitäisi kehittää?"]
    codings = project.codings()
    assert len(codings) == 11 and {c.origin for c in codings} == {"autocode"}
    link = project.case_links(source_id=src.id)[0]
    assert project.cases()[[c.id for c in project.cases()].index(link["case_id"])].name == "Vastaaja 2"


def test_msforms_xlsx_multi_choice_in_one_column(project, run_import, tmp_path):
    rows = [["ID", "Start time", "Completion time", "Email", "Name", "Mitä kanavia käytit?", "Ikä",
             "Vastauspäivä tapahtumasta", "Mitä muuta haluat sanoa?"],
            [1, "3/2/23 10:00:00", "3/2/23 10:05:00", "a@x.fi", "Anna", "Sähköposti;Verkkosivut;", 34,
             "2.3.2023", LONG[0]],
            [2, "3/2/23 11:00:00", "3/2/23 11:05:00", "b@x.fi", "Bert", "Verkkosivut;", 51, "3.3.2023", LONG[1]],
            [3, "3/2/23 12:00:00", "3/2/23 12:05:00", "c@x.fi", "Cilla", "Seminaarit;Sähköposti;", 28,
             "4.3.2023", LONG[2]]]
    path = xlsx_file(tmp_path / "forms.xlsx", rows, sheet="Sheet1")
    inspection = inspect_survey(path)
    assert inspection.mapping.dialect == "msforms"
    got = roles(inspection)
    assert got["Email"] == got["Name"] == got["Start time"] == "ignore"
    assert got["Mitä kanavia käytit?"] == "multi-split" and got["Ikä"] == "closed"
    run_import(path)
    a = case_attrs(project, "Vastaaja 1")
    assert a["Mitä kanavia käytit?: Sähköposti"] is True and a["Mitä kanavia käytit?: Seminaarit"] is False
    assert a["Ikä"] == 34 and a["Vastauspäivä tapahtumasta"] == "2023-03-02"
    assert "Email" not in a and "Name" not in a
    types = {x["name"]: x["type"] for x in project.attributes()}
    assert types["Ikä"] == "number" and types["Vastauspäivä tapahtumasta"] == "date"
    assert types["Mitä kanavia käytit?: Sähköposti"] == "boolean"


def test_limesurvey_csv_with_quoted_newlines(project, run_import, tmp_path):
    text = ('id,submitdate,lastpage,startlanguage,seed,"Mitkä kanavat? [Sähköposti]","Mitkä kanavat? [Verkko]",'
            '"Avoin palaute"\n'
            f'1,2023-03-02 10:00:00,3,fi,123,Y,,"{LONG[0]}\nToinen rivi, jossa pilkku."\n'
            f'2,2023-03-02 11:00:00,3,fi,456,,Y,"{LONG[1]}"\n'
            f'3,2023-03-02 12:00:00,3,fi,789,Y,Y,""\n')
    path = tmp_path / "results-survey123.csv"
    path.write_text(text, encoding="utf-8")
    inspection = inspect_survey(path)
    assert inspection.mapping.dialect == "limesurvey"
    got = roles(inspection)
    assert got["Mitkä kanavat? [Sähköposti]"] == "multi" and got["submitdate"] == "ignore"
    assert got["Avoin palaute"] == "open"
    run_import(path)
    src = next(s for s in project.sources(with_text=True) if s.name == "Vastaaja 1")
    assert src.text.endswith(LONG[0] + "\nToinen rivi, jossa pilkku.")
    assert case_attrs(project, "Vastaaja 2")["Mitkä kanavat?: Verkko"] is True


def test_google_forms_csv_with_bom_and_checkbox_lists(project, run_import, tmp_path):
    text = ("Aikaleima,Organisaatio,Mistä kuulit ohjelmasta?,Kerro kokemuksistasi\n"
            f'2023/03/02 10:00:00,Kela,"Sähköposti, Seminaari","{LONG[0]}"\n'
            f'2023/03/02 11:00:00,Kunta,Seminaari,"{LONG[1]}"\n'
            f'2023/03/02 12:00:00,Kela,"Verkkosivut, Sähköposti","{LONG[2]}"\n')
    path = tmp_path / "google.csv"
    path.write_bytes(text.encode("utf-8-sig"))
    inspection = inspect_survey(path)
    assert inspection.mapping.dialect == "googleforms"
    assert roles(inspection)["Mistä kuulit ohjelmasta?"] == "multi-split"
    assert roles(inspection)["Aikaleima"] == "ignore"
    run_import(path)
    assert case_attrs(project, "Vastaaja 3")["Mistä kuulit ohjelmasta?: Verkkosivut"] is True
    assert case_attrs(project, "Vastaaja 2")["Mistä kuulit ohjelmasta?: Sähköposti"] is False


def test_alchemer_option_colon_question(project, run_import, tmp_path):
    text = ("Response ID,Time Started,Date Submitted,Status,Sähköposti:Mitä kanavia?,Verkko:Mitä kanavia?,"
            "Mitä opit?\n"
            f"101,2023-03-02,2023-03-02,Complete,Sähköposti,,{LONG[0].replace(',', '')}\n"
            f"102,2023-03-02,2023-03-02,Complete,,Verkko,{LONG[1].replace(',', '')}\n"
            f"103,2023-03-02,2023-03-02,Complete,Sähköposti,Verkko,{LONG[2].replace(',', '')}\n")
    path = tmp_path / "alchemer.csv"
    path.write_text(text, encoding="utf-8")
    inspection = inspect_survey(path)
    assert inspection.mapping.dialect == "alchemer" and inspection.mapping.id_column == "Response ID"
    got = {c.column: (c.role, c.question, c.option) for c in inspection.mapping.columns}
    assert got["Sähköposti:Mitä kanavia?"] == ("multi", "Mitä kanavia?", "Sähköposti")
    run_import(path)
    assert case_attrs(project, "Vastaaja 102")["Mitä kanavia?: Verkko"] is True


def test_cp1252_semicolon_csv(project, run_import, tmp_path):
    text = 'Tunnus;Alue;Avoin vastaus\r\n1;Pirkanmaa;"Hyvä € ja äö, monta sanaa tässä vastauksessa"\r\n' \
           '2;Uusimaa;"Toinen pitkä vastaus, jossa on paljon sanoja ja ajatuksia"\r\n'
    path = tmp_path / "excel.csv"
    path.write_bytes(text.encode("cp1252"))
    run_import(path)
    src = next(s for s in project.sources(with_text=True) if s.name == "Vastaaja 1")
    assert "Hyvä € ja äö" in src.text
    assert src.import_notes["encoding"] == "cp1252" and src.import_notes["delimiter"] == ";"


def test_mapping_file_overrides_guesses(project, run_import, tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("nro;Rooli;Lyhyt palaute;Pitkä palaute\n1;Johtaja;Hyvä;" + LONG[0] + "\n2;Asiantuntija;Ok;"
                    + LONG[1] + "\n", encoding="utf-8")
    mapping = {"format": "tyokyky-qda-survey-mapping", "version": 1, "id_column": "nro",
               "case_name": "K1-{id}", "code_group": "Sidosryhmäkysely",
               "columns": {"Lyhyt palaute": {"role": "open", "code": "Palaute"}, "Pitkä palaute": "ignore",
                           "Rooli": {"role": "closed", "attribute": "Vastaajan rooli"}}}
    mapping_path = tmp_path / "mapping.json"
    mapping_path.write_text(json.dumps(mapping, ensure_ascii=False), encoding="utf-8")
    run_import(path, mapping=mapping_path)
    assert [c.name for c in project.cases()] == ["K1-1", "K1-2"]
    assert case_attrs(project, "K1-1") == {"Vastaajan rooli": "Johtaja"}
    assert sorted(project.code_paths().values()) == ["Sidosryhmäkysely", "Sidosryhmäkysely/Palaute"]
    assert [s.text for s in project.sources(with_text=True)] == ["Lyhyt palaute\nHyvä", "Lyhyt palaute\nOk"]
    # The documented JSON round-trips.
    assert SurveyMapping.from_dict(SurveyMapping.from_dict(mapping).to_dict()).to_dict() == \
        SurveyMapping.from_dict(mapping).to_dict()


def test_mapping_naming_a_missing_column_fails_cleanly(project, run_import, tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("id;Vastaus\n1;" + LONG[0] + "\n", encoding="utf-8")
    before = project.stats()
    report = run_import(path, mapping={"columns": {"Ei ole": "open"}})
    assert "Ei ole" in report.failed[0]["error"]
    assert project.stats() == before


def test_second_survey_with_same_ids_gets_prefixed_cases_and_reimport_is_skipped(project, run_import, tmp_path):
    a, b = tmp_path / "kevat.csv", tmp_path / "syksy.csv"
    a.write_text("id;Palaute\n1;" + LONG[0] + "\n2;" + LONG[1] + "\n", encoding="utf-8")
    b.write_text("id;Palaute\n1;" + LONG[2] + "\n2;" + LONG[3] + "\n", encoding="utf-8")
    run_import(a, b)
    # case names sort as people read them (case-insensitive, numbers as numbers)
    assert [c.name for c in project.cases()] == ["syksy: Vastaaja 1", "syksy: Vastaaja 2", "Vastaaja 1", "Vastaaja 2"]
    before = project.stats()
    report = run_import(a)
    assert report.skipped[0]["reason"].startswith("already imported")
    assert project.stats() == before


@pytest.mark.parametrize("values,role", [
    (["1", "2", "3", "4", "5", "En osaa sanoa"], "likert"),
    (["Kyllä", "Ei", "En osaa sanoa", "Kyllä", "Ei", "Kyllä"], "yesno"),
    (["TE-toimisto", "Kela", "Kunta", "Kela", "Kunta", "Kela"], "closed"),
    ([LONG[0], LONG[1], LONG[2], LONG[3], LONG[0] + " Lisäksi.", LONG[1] + " Myös."], "open"),
    (["", "", "", "", "", ""], "ignore"),
])
def test_role_guesses_from_values(tmp_path, values, role):
    path = tmp_path / "g.csv"
    path.write_text("id;Kysymys\n" + "\n".join(f"{i};{v}" for i, v in enumerate(values, 1)), encoding="utf-8")
    assert roles(inspect_survey(path))["Kysymys"] == role


def test_webropol_single_header_row_with_slash_options(project, run_import, tmp_path):
    rows = [["Vastaajan tunnus", "Vastausaika", "18. Mistä sait tietoa? / Verkkosivut",
             "18. Mistä sait tietoa? / Innokylä", "18. Mistä sait tietoa? / Muu lähde, mikä?", "19. Hyödyt"],
            ["R001", "2.3.2023 8:43:00", 1, None, None, LONG[0]],
            ["R002", "2.3.2023 9:10:00", None, 1, "esihenkilö kertoi", LONG[1]],
            ["R003", "3.3.2023 12:00:00", 1, 1, None, ""]]
    path = xlsx_file(tmp_path / "sidosryhmakysely.xlsx", rows)
    inspection = inspect_survey(path)
    assert inspection.mapping.dialect == "webropol"
    got = {c.column: (c.role, c.option) for c in inspection.mapping.columns}
    assert got["18. Mistä sait tietoa? / Innokylä"] == ("multi", "Innokylä")
    assert got["18. Mistä sait tietoa? / Muu lähde, mikä?"][0] == "closed"  # free text, not a tick
    assert got["Vastausaika"][0] == "ignore"
    run_import(path)
    assert case_attrs(project, "Vastaaja R003") == {"18. Mistä sait tietoa?: Verkkosivut": True,
                                                    "18. Mistä sait tietoa?: Innokylä": True}
    assert project.stats()["sources"] == 2


def test_cancel_during_a_survey_rolls_the_file_back(project, run_import, tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("id;Palaute\n" + "\n".join(f"{i};{LONG[i % 4]} {i}" for i in range(300)), encoding="utf-8")
    answers = iter([False, False, True, True, True])
    before = project.stats()
    report = run_import(path, cancel=lambda: next(answers))
    assert report.cancelled and not report.imported and not report.failed
    assert project.stats() == before


def test_excel_unicode_text_export_utf16_tabs(project, run_import, tmp_path):
    text = "Tunnus\tAlue\tPalaute\r\n1\tPirkanmaa\t" + LONG[0] + "\r\n2\tUusimaa\t" + LONG[1] + "\r\n"
    path = tmp_path / "kysely.txt"
    path.write_bytes(text.encode("utf-16"))
    report = run_import(path, kind="survey")
    assert [i["name"] for i in report.imported] == ["Vastaaja 1", "Vastaaja 2"]
    assert case_attrs(project, "Vastaaja 2") == {"Alue": "Uusimaa"}
