"""Write metadata.csv: one row per corpus file (paths relative to corpora/tyokykyohjelma-demo/)."""

import csv
from pathlib import Path

from build_documents import DOCUMENTS
from reports_data import PROJECTS, REPORTS

CORPUS = Path(__file__).resolve().parent.parent
COLUMNS = ["file", "Aineistotyyppi", "Alue", "Toimenpide", "Organisaatiotyyppi", "Päivämäärä"]

# The interviews are written separately (haastattelut/); they are only listed here.
INTERVIEWS = [
    ("haastattelut/H01.txt", "Pohjois-Pohjanmaa", "TE-palvelujen uudelleenmuotoilu ja TE-palvelupilotit", "TE-toimisto", "2022-11-08"),
    ("haastattelut/H02.docx", "Pohjois-Pohjanmaa", "Työkykykoordinaattorit", "TE-toimisto", "2022-11-09"),
    ("haastattelut/H03.vtt", "Pohjois-Pohjanmaa", "Työkyvyn tuen palvelut osaksi sosiaali- ja terveyskeskusta", "Hyvinvointialue", "2022-11-15"),
    ("haastattelut/H04.txt", "Pohjois-Karjala", "TE-palvelujen uudelleenmuotoilu ja TE-palvelupilotit", "TE-toimisto", "2022-11-22"),
    ("haastattelut/H05.docx", "Pohjois-Karjala", "Tuetun työllistämisen menetelmät", "Hyvinvointialue", "2022-11-23"),
    ("haastattelut/H06.txt", "Pohjois-Karjala", "Hankinnoilla työllistäminen", "Kunta", "2022-11-29"),
    ("haastattelut/H07.vtt", "Pirkanmaa", "Ammattilaisten osaamisen vahvistaminen", "Oppilaitos", "2022-12-01"),
    ("haastattelut/H08.txt", "Pirkanmaa", "Työkanava Oy", "Valtionyhtiö", "2022-12-05"),
    ("haastattelut/H09.txt", "Pirkanmaa", "YYO – Yhteiskunnallisten yritysten osaamiskeskus", "Yhteiskunnallinen yritys", "2022-12-07"),
    ("haastattelut/H10.docx", "Varsinais-Suomi", "Osatyökykyisten vaikuttavan työllistämisen malli", "TE-toimisto", "2023-01-10"),
    ("haastattelut/H11.txt", "Varsinais-Suomi", "Työkyvyn tuen palvelut osaksi sosiaali- ja terveyskeskusta", "Hyvinvointialue", "2023-01-12"),
    ("haastattelut/H12.vtt", "Varsinais-Suomi", "Työkykykoordinaattorit", "Järjestö", "2023-01-17"),
]

DOCUMENT_META = {
    "asiakirjat/valiraportti_2022-12.pdf": ("Valtakunnallinen", "", "Arvioija", "2022-12-15"),
    "asiakirjat/rahoituspaatos_kykyarki.docx": ("Pohjois-Pohjanmaa", "Työkyvyn tuen palvelut osaksi sosiaali- ja terveyskeskusta", "Ministeriö", "2020-12-18"),
    "asiakirjat/ohjausryhman_muistio_2022-09-14.docx": ("Pohjois-Karjala", "TE-palvelujen uudelleenmuotoilu ja TE-palvelupilotit", "TE-toimisto", "2022-09-14"),
}


def rows():
    """All metadata rows in a stable order."""
    out = [[f, "Haastattelu", a, t, o, d] for f, a, t, o, d in INTERVIEWS]
    out.append(["kysely/sidosryhmakysely.xlsx", "Kysely", "Valtakunnallinen", "", "", "2023-03-16"])
    for rep in REPORTS:
        if rep["fmt"] == "xlsx":
            continue
        name, measure, region, orgtype = PROJECTS[rep["project"]]
        f = f"tilanneraportit/{rep['project']}_{rep['end'][:7]}.{rep['fmt']}"
        out.append([f, "Tilanneraportti", region, measure, orgtype, rep["end"]])
    # one file holding six reports of different projects: per-report values are in its rows
    out.append(["tilanneraportit/hankesalkku-vienti.xlsx", "Tilanneraportti", "", "", "", "2023-01-20"])
    for rel, _ in DOCUMENTS:
        out.append([rel, "Asiakirja", *DOCUMENT_META[rel]])
    return out


def build():
    """Write metadata.csv (UTF-8, comma separated) and return the row count."""
    data = rows()
    with open(CORPUS / "metadata.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        w.writerows(data)
    return len(data)


if __name__ == "__main__":
    print("rows:", build())
