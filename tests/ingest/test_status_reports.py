"""Project status reports: labelled fields → sections; project, measure, period → attributes."""

import datetime as dt
import json

import pytest
from builders import docx_file, pdf_file, xlsx_file
from conftest import only_source, section_texts

from tyokyky_qda.ingest.status_report import period_start

FIELDS = [("Hanke", "Kykyarki"), ("Toimenpide", "Työkyvyn tuen palvelupolku"),
          ("Raportointijakso", "1.3.–30.4.2022"), ("Tila", "Viivästynyt"),
          ("Eteneminen", "Palvelupolku on kuvattu ja tiimi aloitti."), ("Riskit", "Henkilöstön vaihtuvuus."),
          ("Seuraavat toimenpiteet", "Pilotointi kahdessa kunnassa.")]


def _check(project, src, fields=FIELDS):
    assert src.kind == "status-report"
    assert section_texts(project, src, kind="field") == fields
    attrs = project.attributes_of("source", src.id)
    assert attrs["Hanke"] == fields[0][1] and attrs["Toimenpide"] == fields[1][1]
    assert attrs["Raportointijakso"] == fields[2][1] and attrs["Raportointijakson alku"] == "2022-03-01"


def test_txt_report(project, run_import, tmp_path):
    path = tmp_path / "raportti.txt"
    path.write_text("Tilanneraportti\n\n" + "\n".join(f"{k}: {v}" for k, v in FIELDS), encoding="utf-8")
    run_import(path)
    _check(project, only_source(project))


def test_docx_with_headings_and_paragraphs(project, run_import, tmp_path):
    items = ["Tilanneraportti"]
    for label, value in FIELDS:
        items += [(2, label), value]
    run_import(docx_file(tmp_path / "kykyarki_2022-04.docx", items))
    _check(project, only_source(project))


def test_docx_with_a_label_value_table(project, run_import, tmp_path):
    path = docx_file(tmp_path / "taulukko.docx", ["Hankesalkku: tilanneraportti"],
                     table=[[k, v] for k, v in FIELDS])
    run_import(path)
    _check(project, only_source(project))


def test_pdf_report(project, run_import, tmp_path):
    lines = ["Tilanneraportti 1.3.–30.4.2022"] + [f"{k}: {v}" for k, v in FIELDS]
    run_import(pdf_file(tmp_path / "raportti.pdf", [lines]))
    _check(project, only_source(project))


def test_xlsx_export_rows_in_period_order_and_reimport_adds_only_new_rows(project, run_import, tmp_path):
    header = ["Hanke", "Toimenpide", "Raportointijakso", "Tila", "Eteneminen", "Riskit", "Seuraavat toimenpiteet",
              "Päivitetty"]
    rows = [header,
            ["Työpolku", "Tuettu työllistyminen", "1.9.–31.10.2022", "Riskejä", "Edistyi.", "Rahoitus.", "Jatko.",
             "2022-11-01"],
            ["Kykyarki", "Palvelupolku", "1.1.–28.2.2022", "Etenee", "Alkoi.", "Ei riskejä.", "Seuraavaksi.",
             "2022-03-01"]]
    path = xlsx_file(tmp_path / "hankesalkku-vienti.xlsx", rows, sheet="Vienti")
    report = run_import(path)
    assert [i["name"] for i in report.imported] == ["Kykyarki – 1.1.–28.2.2022", "Työpolku – 1.9.–31.10.2022"]
    first = project.sources(with_text=True)[0]
    assert first.text.startswith("Hanke: Kykyarki\n\nToimenpide: Palvelupolku")
    assert project.attributes_of("source", first.id)["Päivitetty"] == "2022-03-01"
    assert project.stats()["sections"] == 14
    rows.append(["Siltatyö", "Palvelupolku", "1.11.–31.12.2022", "Etenee", "Hyvin.", "-", "Jatko.", "2023-01-02"])
    xlsx_file(path, rows, sheet="Vienti")
    report = run_import(path)
    assert [i["name"] for i in report.imported] == ["Siltatyö – 1.11.–31.12.2022"]
    assert report.files[0]["duplicates_skipped"] == 2


def test_folder_batch_is_imported_in_date_order(project, run_import, tmp_path):
    folder = tmp_path / "raportit"
    folder.mkdir()
    periods = {"a_uusin.txt": "1.11.–31.12.2022", "b_vanhin.docx": "tammi–helmikuu 2021",
               "c_keski.pdf": "5–6/2021"}
    for name, period in periods.items():
        lines = [f"Hanke: {name}", "Toimenpide: Palvelupolku", f"Raportointijakso: {period}", "Tila: Etenee",
                 f"Eteneminen: Raportti {name}."]
        if name.endswith(".txt"):
            (folder / name).write_text("\n".join(lines), encoding="utf-8")
        elif name.endswith(".docx"):
            docx_file(folder / name, lines)
        else:
            pdf_file(folder / name, [lines])
    report = run_import(folder)
    assert [i["name"] for i in report.imported] == ["b_vanhin", "c_keski", "a_uusin"]
    starts = [project.attributes_of("source", s.id)["Raportointijakson alku"] for s in project.sources()]
    assert starts == ["2021-01-01", "2021-05-01", "2022-11-01"]


def test_configurable_labels(project, run_import, tmp_path):
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"labels": {"Projekti": ["Projektin nimi"], "Jakso": [], "Tilanne": [],
                                             "Huolet": []}, "attributes": ["Projekti", "Jakso"]}), encoding="utf-8")
    path = tmp_path / "oma.txt"
    path.write_text("Projektin nimi: Osaajaverkko\nJakso: Q2/2022\nTilanne: hyvä\nHuolet: ei ole", encoding="utf-8")
    run_import(path, labels=labels)
    src = only_source(project)
    assert [s.label for s in project.sections(src.id, kind="field")] == ["Projekti", "Jakso", "Tilanne", "Huolet"]
    assert project.attributes_of("source", src.id) == {"Projekti": "Osaajaverkko", "Jakso": "Q2/2022"}


@pytest.mark.parametrize("text,expected", [
    ("1.1.–28.2.2022", dt.date(2022, 1, 1)), ("1.1.2022–28.2.2022", dt.date(2022, 1, 1)),
    ("2022-03-01 – 2022-04-30", dt.date(2022, 3, 1)), ("tammi–helmikuu 2021", dt.date(2021, 1, 1)),
    ("syys-lokakuu 2022", dt.date(2022, 9, 1)), ("5–6/2021", dt.date(2021, 5, 1)), ("01/2022", dt.date(2022, 1, 1)),
    ("Q3/2022", dt.date(2022, 7, 1)), ("2022 Q2", dt.date(2022, 4, 1)), ("kevät 2022", dt.date(2022, 1, 1)),
    ("2021", dt.date(2021, 1, 1)), ("ei päivämäärää", None),
])
def test_period_start(text, expected):
    assert period_start(text) == expected


def test_reports_and_an_export_with_the_same_period_sort_together(project, run_import, tmp_path):
    folder = tmp_path / "sekaisin"
    folder.mkdir()
    (folder / "b.txt").write_text("\n".join(f"{k}: {v}" for k, v in FIELDS), encoding="utf-8")
    xlsx_file(folder / "a_vienti.xlsx", [[k for k, _ in FIELDS], [v + " (vienti)" for _, v in FIELDS]])
    report = run_import(folder)
    assert not report.failed
    assert [i["kind"] for i in report.imported] == ["status-report", "status-report"]
