"""Documents: .txt, .md, .docx, .pdf, .rtf, .odt, .html — text, headings, tables, pages, notes."""

from pathlib import Path

import pytest
from builders import docx_file, odt_file, pdf_file
from conftest import only_source, section_texts

REPO = Path(__file__).resolve().parents[2]
REAL_PDF = REPO.parent / "shared" / "fixtures" / "hallitusohjelma2023_02_hyvinvointiyhteiskunta.pdf"


def test_plain_text_is_a_text_source_with_notes(project, run_import, tmp_path):
    path = tmp_path / "muistio.txt"
    path.write_bytes("Muistio\r\n\r\nTyökykyohjelman ohjausryhmä kokoontui. Kulut 1 200 €.\r\n".encode("cp1252"))
    report = run_import(path)
    assert [i["kind"] for i in report.imported] == ["text"]
    src = only_source(project)
    assert src.name == "muistio" and src.kind == "text"
    assert src.text == "Muistio\n\nTyökykyohjelman ohjausryhmä kokoontui. Kulut 1 200 €."
    assert src.import_notes["encoding"] == "cp1252"
    assert src.import_notes["line_endings"] == "CRLF → LF"
    assert src.import_notes["file"] == "muistio.txt" and len(src.import_notes["file_sha256"]) == 64


def test_markdown_headings_are_sections(project, run_import, tmp_path):
    path = tmp_path / "raportti.md"
    path.write_text("# Johdanto\nTeksti.\n\n## Tausta\nLisää.\n\n# Tulokset\nLoppu.", encoding="utf-8")
    run_import(path)
    src = only_source(project)
    heads = project.sections(src.id, kind="heading")
    assert [h.label for h in heads] == ["Johdanto", "Tausta", "Tulokset"]
    assert src.text[heads[0].start:heads[0].end] == "# Johdanto\nTeksti.\n\n## Tausta\nLisää."
    assert src.text[heads[1].start:heads[1].end] == "## Tausta\nLisää."


def test_docx_paragraphs_headings_and_tables(project, run_import, tmp_path):
    path = docx_file(tmp_path / "paatos.docx", [(1, "Rahoituspäätös"), "Hankkeelle myönnetään avustusta.",
                                                (2, "Ehdot"), "Raportointi kahden kuukauden välein."],
                     table=[["Kustannus", "Euroa"], ["Henkilöstö", "120 000 €"]])
    run_import(path)
    src = only_source(project)
    assert src.kind == "document"
    assert "Hankkeelle myönnetään avustusta." in src.text
    assert "Kustannus: Euroa" in src.text and "Henkilöstö: 120 000 €" in src.text
    heads = section_texts(project, src, kind="heading")
    assert heads[0][0] == "Rahoituspäätös" and heads[0][1].startswith("Rahoituspäätös\n\nHankkeelle")
    assert heads[1] == ("Ehdot", "Ehdot\n\nRaportointi kahden kuukauden välein.\n\nKustannus: Euroa\n\n"
                                 "Henkilöstö: 120 000 €")
    assert src.import_notes["format"] == "docx"


def test_pdf_headers_page_numbers_hyphenation_and_pages(project, run_import, tmp_path):
    body = ["Työkykyohjelman arvioinnissa tarkasteltiin ohjelman toimenpiteitä ja niiden vaiku-",
            "tuksia alueilla sekä hallinnonalojen välistä yhteistyötä ja sen kehittymistä vuosina",
            "2019–2023. Aineistona olivat haastattelut, kysely ja asiakirjat sekä tilastot."]
    pages = [body, ["Toisella sivulla jatketaan kuvausta siitä, miten sosiaali- ja terveyspalveluiden",
                    "yhteistyö toimi ja mitä TE-",
                    "palveluissa opittiin ohjelman aikana."]]
    path = pdf_file(tmp_path / "arvio.pdf", pages, header="Arviointiraportti 2023", footer_numbers=True)
    run_import(path)
    src = only_source(project)
    assert "Arviointiraportti" not in src.text
    assert "vaikutuksia" in src.text and "vaiku-" not in src.text
    assert "sosiaali- ja terveyspalveluiden" in src.text
    assert "TE-palveluissa" in src.text
    assert not any(line.strip().isdigit() for line in src.text.split("\n"))
    notes = src.import_notes
    assert notes["headers_footers_dropped"] >= 4 and notes["hyphenation_rejoined"] >= 1 and notes["pages"] == 2
    assert [s.label for s in project.sections(src.id, kind="page")] == ["1", "2"]


@pytest.mark.skipif(not REAL_PDF.exists(), reason=f"real fixture missing: {REAL_PDF}")
def test_real_government_programme_pdf(project, run_import):
    report = run_import(REAL_PDF)
    assert not report.failed
    src = only_source(project)
    text = src.text
    assert "VAHVA JA VÄLITTÄVÄ SUOMI" not in text          # running header dropped
    assert "\u00ad" not in text and "\ufb01" not in text    # soft hyphens, ligatures
    assert "Taloudellisen yhteistyön" in text and "ammattilaisten koulutus" in text  # rejoined
    assert "sosiaali-, terveys- ja pelastusalan" in text    # real hyphens kept
    assert "laaja-alaisesti" in text
    assert len(text.split()) > 6500
    notes = src.import_notes
    assert notes["pages"] == 33 and notes["headers_footers_dropped"] >= 33 and notes["hyphenation_rejoined"] > 100
    pages = project.sections(src.id, kind="page")
    assert len(pages) == 33 and pages[0].label == "20"
    headings = [s.label for s in project.sections(src.id, kind="heading")]
    assert "Tilannekuva" in headings and "2.2 Henkilöstön riittävyys ja saatavuus" in headings


def test_rtf(project, run_import, tmp_path):
    path = tmp_path / "kirje.rtf"
    path.write_bytes(rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}\f0 Hyv\'e4\'e4 p\'e4iv\'e4\'e4 "
                     rb"\u8364? 5\par Toinen kappale \'f6\'e5\par}")
    run_import(path)
    src = only_source(project)
    assert src.text == "Hyvää päivää € 5\n\nToinen kappale öå"
    assert src.kind == "document"


def test_odt(project, run_import, tmp_path):
    path = odt_file(tmp_path / "muistio.odt", [(1, "Muistio"), "Ensimmäinen kappale äö.", (2, "Päätökset"),
                                               "Sovittiin jatkosta."])
    run_import(path)
    src = only_source(project)
    assert src.text == "Muistio\n\nEnsimmäinen kappale äö.\n\nPäätökset\n\nSovittiin jatkosta."
    assert [s.label for s in project.sections(src.id, kind="heading")] == ["Muistio", "Päätökset"]


def test_html(project, run_import, tmp_path):
    path = tmp_path / "sivu.html"
    path.write_text("<html><head><meta charset='iso-8859-15'><style>p{}</style><script>x()</script></head>"
                    "<body><nav>Valikko</nav><h1>Ohjelma</h1><p>Työkyky &amp; hyvinvointi<br>toinen rivi</p>"
                    "<ul><li>eka</li><li>toka</li></ul></body></html>", encoding="iso-8859-15")
    run_import(path)
    src = only_source(project)
    assert src.text == "Ohjelma\n\nTyökyky & hyvinvointi\ntoinen rivi\n\neka\n\ntoka"
    assert "Valikko" not in src.text


def test_kind_text_forces_a_plain_document(project, run_import, tmp_path):
    path = tmp_path / "h.txt"
    path.write_text("H: Kysymys?\nV: Vastaus.\nH: Toinen?\nV: Toinen vastaus.", encoding="utf-8")
    run_import(path, kind="text")
    assert only_source(project).kind == "text"
    assert project.sections(only_source(project).id) == []
