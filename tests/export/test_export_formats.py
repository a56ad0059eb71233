"""Every report in every format: XLSX reads back equal, DOCX holds real tables, the PDF renders."""

import shutil
import subprocess

import docx
import numpy as np
import pandas as pd
import pytest
from pypdf import PdfReader

from tyokyky_qda.analysis import create_findings_table, draft_findings
from tyokyky_qda.export import write_report
from tyokyky_qda.export.catalog import REPORTS, ReportOptions, build_report
from tyokyky_qda.export.model import Report, ReportChart, ReportTable, unique_keys


def normalised(frame: pd.DataFrame) -> pd.DataFrame:
    """What an XLSX cell gives back: "" for empty, ints as ints."""
    out = frame.copy()
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = out[c].map(lambda v: "" if v is None or v == "" else v)
    return out.reset_index(drop=True)


@pytest.mark.parametrize("name", REPORTS)
def test_xlsx_reads_back_equal(full, tmp_path, name):
    project, _ = full
    report = build_report(project, name, ReportOptions(drop_empty="groups"))
    path = tmp_path / f"{name}.xlsx"
    write_report(report, path)
    sheets = pd.read_excel(path, sheet_name=None, keep_default_na=False, na_values=[])
    assert list(sheets)[0] == "Sisällys"
    for item, sheet_name in zip(report.items, unique_keys(report.items)):
        back = sheets[sheet_name]
        want = normalised(item.frame)
        back.columns = [str(c) for c in back.columns]
        want.columns = [str(c) for c in want.columns]
        for c in want.columns:  # whole-number floats come back as ints from Excel
            if want[c].dtype.kind == "f" and back[c].dtype.kind in "iu":
                back[c] = back[c].astype(float)
        pd.testing.assert_frame_equal(back, want, check_dtype=False)


def test_docx_holds_real_tables_with_captions(full, tmp_path):
    project, _ = full
    table_id = create_findings_table(project, "Tulokset")
    draft_findings(project, table_id)
    for name in ("matrix", "findings", "survey", "frequencies"):
        report = build_report(project, name, ReportOptions(drop_empty="groups"))
        path = tmp_path / f"{name}.docx"
        write_report(report, path)
        document = docx.Document(str(path))
        tables = [i for i in report.items if isinstance(i, ReportTable)]
        assert len(document.tables) == len(tables)
        captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
        assert [c for c in captions if c.startswith("Taulukko")][0].startswith("Taulukko 1. ")
        assert len([c for c in captions if c.startswith("Taulukko")]) == len(tables)
        first = document.tables[0]
        assert [c.text for c in first.rows[0].cells] == [str(c) for c in tables[0].body_columns]
        texts = [p.text for p in document.paragraphs]
        assert any(t.startswith("Lähde: tyokyky-qda") for t in texts)
        if name == "matrix":
            group_row = first.rows[1]
            assert len({id(c._tc) for c in group_row.cells}) == 1  # merged across the table
            assert group_row.cells[0].text == "Yksilölliset ja oikea-aikaiset työkyvyn ja työllistämisen palvelut"
            assert first.rows[2].cells[1].text == "Suora vaikutus"
        if name == "survey":
            charts = [i for i in report.items if isinstance(i, ReportChart)]
            assert len(document.inline_shapes) == len(charts) == 2
            assert any(c.startswith("Kuvio 1. ") for c in captions)


def _render(pdf, tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=60)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert pages and all(p.stat().st_size > 2000 for p in pages)
    return pages


def test_pdf_renders_with_the_finnish_font(full, tmp_path):
    project, _ = full
    for name in ("matrix", "findings", "survey"):
        report = build_report(project, name, ReportOptions(drop_empty="groups"))
        report.items.append(ReportTable("x", "Merkit: äöå ÄÖÅ € ”lainaus” – …", pd.DataFrame({"a": ["äö € ”x”"]})))
        path = tmp_path / f"{name}.pdf"
        write_report(report, path)
        reader = PdfReader(str(path))
        text = "\n".join(page.extract_text() for page in reader.pages)
        assert "Taulukko 1." in text
        assert "äöå ÄÖÅ €" in text
        fonts = {str(f) for page in reader.pages for f in page["/Resources"]["/Font"].values()
                 for f in [f.get_object()["/BaseFont"]]}
        # The report font is embedded (reportlab also lists Helvetica as each page's initial state).
        assert any("DejaVuSans" in f or "Vera" in f for f in fonts)
        (tmp_path / name).mkdir()
        _render(path, tmp_path / name)
    assert "Kuvio 1." in "\n".join(p.extract_text() for p in PdfReader(str(tmp_path / "survey.pdf")).pages)


def test_long_tables_split_with_repeated_header(full, tmp_path):
    project, _ = full
    report = build_report(project, "segments")
    big = pd.concat([report.items[0].frame] * 6, ignore_index=True)
    long = Report("Pitkä", [ReportTable("Segmentit", "Pitkä taulukko", big, kind="quotes",
                                        widths=report.items[0].widths)])
    path = tmp_path / "long.pdf"
    write_report(long, path)
    pages = PdfReader(str(path)).pages
    assert len(pages) >= 3
    for page in pages:
        head = [line.strip() for line in page.extract_text().splitlines()[:10]]
        assert {"Koodi", "Viite", "Teksti"} <= set(head)  # the header row repeats on every page


def test_html_and_csv(full, tmp_path):
    project, _ = full
    report = build_report(project, "survey")
    html = write_report(report, tmp_path / "kysely.html")[0].read_text(encoding="utf-8")
    assert html.count("<table>") == len(report.tables) and html.count("<svg") == 2
    assert "Taulukko 2. Työkykykoordinaattoreiden lisäämisen vaikutukset" in html
    files = write_report(report, tmp_path / "kysely.csv")
    assert len(files) == len(report.items)
    assert all(f.read_bytes().startswith(b"\xef\xbb\xbf") for f in files)
    table3 = next(f for f in files if "työkykykoordinaattoreiden" in f.name)
    back = pd.read_csv(table3, encoding="utf-8-sig")
    assert list(back.columns) == ["%-osuus vastanneista", "Kyllä", "Ei", "En osaa sanoa", "n"]
    assert back["Kyllä"].tolist() == [67, 44, 33, 22, 78, 22, 11]


def test_png_chart_renderer(full):
    from tyokyky_qda.export.charts import chart_drawing
    from tyokyky_qda.export.png import drawing_to_png
    import io
    from PIL import Image

    project, _ = full
    chart = next(i for i in build_report(project, "survey").items if isinstance(i, ReportChart))
    image = Image.open(io.BytesIO(drawing_to_png(chart_drawing(chart), dpi=100)))
    pixels = np.asarray(image.convert("RGB"))
    assert image.size[0] > 500 and (pixels < 200).any()  # something dark was drawn on white


def test_control_characters_and_huge_cells_do_not_break_any_format(tmp_path):
    nasty = "sivu 1\x0csivu 2\x0brivi\x00loppu <b>&amp;</b> ”lainaus”"
    huge = "sana " * 9000  # 45,000 characters: over Excel's cell limit and taller than a PDF page
    report = Report("Testi", [ReportTable("T", "Ohjaus\x0bmerkit", pd.DataFrame({"a": [nasty, huge], "b": [1, 2.5]}),
                                          notes=["huom\x0c"], source_line="Lähde\x07")])
    for ext in ("xlsx", "csv", "docx", "pdf", "html"):
        (path,) = write_report(report, tmp_path / f"t.{ext}")
        assert path.stat().st_size > 0
    cell = pd.read_excel(tmp_path / "t.xlsx", sheet_name="T").iloc[0, 0]
    assert cell == "sivu 1 sivu 2 rivi loppu <b>&amp;</b> ”lainaus”"
    assert len(pd.read_excel(tmp_path / "t.xlsx", sheet_name="T").iloc[1, 0]) <= 32767
    assert "sivu 2" in docx.Document(str(tmp_path / "t.docx")).tables[0].rows[1].cells[0].text
