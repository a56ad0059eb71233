"""Survey tables from a file imported by the survey importer (the real storage contract)."""

from tyokyky_qda.analysis import retrieve, survey_questions, survey_tables
from tyokyky_qda.core.model import Section, Source

CSV = """Vastaajan tunnus;Organisaatio;Vaikutukset: Tunnistaminen;Vaikutukset: Yksilölliset palvelut;\
Keskeisyys: T1;Keskeisyys: T2;Tietolähteet: Uutiskirjeet;Tietolähteet: Verkostot;Mitä muuta haluat sanoa?
1;TE-toimisto;Kyllä;Ei;5;En osaa sanoa;1;;Palvelut paranivat selvästi alueella ja yhteistyö toimi hyvin.
2;Kela;Ei;Ei;4;3;;1;Resursseja oli liian vähän, eikä tieto kulkenut eri toimijoiden välillä.
3;Järjestö;En osaa sanoa;Kyllä;2;5;1;1;
4;TE-toimisto;Kyllä;Kyllä;5;4;;;Koordinaattorit auttoivat asiakkaita löytämään oikeat palvelut nopeammin.
"""


def test_imported_survey_gives_table3_and_likert_counts(project, tmp_path):
    from tyokyky_qda.ingest.registry import import_paths

    path = tmp_path / "kysely.csv"
    path.write_text(CSV, encoding="utf-8")
    report = import_paths(project, [path], kind="survey")
    assert not report.failed
    # An interviewee's case with an attribute of the same name must not count as a respondent.
    text = "Haastateltava: kerron organisaatiostamme."
    sid = project.add_source(Source(name="Haastattelu", text=text, kind="transcript"), [Section(0, len(text), "turn")]).id
    case = project.add_case("Haastateltava A").id
    project.link_case(case, sid)
    project.set_attribute("case", case, "Organisaatio", "Kela")

    kinds = survey_questions(project).set_index("name")["kind"].to_dict()
    assert kinds["Organisaatio"] == "categorical" and kinds["Keskeisyys: T1"] == "likert"
    assert kinds["Vaikutukset: Tunnistaminen"] == "yesno" and kinds["Tietolähteet: Uutiskirjeet"] == "multiple"
    tables = {t.title: t for t in survey_tables(project)}
    org = tables["Organisaatio"].frame()
    assert org["Lukumäärä"].tolist() == [1, 1, 2, 4]  # Järjestö, Kela, TE-toimisto, Yhteensä
    yesno = tables["Vaikutukset"]
    assert yesno.counts.to_numpy().tolist() == [[2, 1, 1], [2, 2, 0]] and yesno.n.tolist() == [4, 4]
    likert = tables["Keskeisyys"]
    assert likert.counts.to_numpy().tolist() == [[0, 1, 0, 1, 2, 0], [0, 0, 1, 1, 1, 1]]
    sources = tables["Tietolähteet"].frame()
    assert sources["Lukumäärä"].tolist() == [2, 2] and sources["%"].tolist() == [67, 67]  # n = 3 who ticked any
    quotes = retrieve(project, "[Kysely]")
    assert len(quotes) == 3 and quotes["question"].eq("Mitä muuta haluat sanoa?").all()
