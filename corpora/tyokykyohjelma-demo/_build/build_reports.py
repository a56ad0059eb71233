"""Build the 24 fictional status reports under tilanneraportit/ (10 .docx, 8 .pdf, 6 xlsx rows).

File names: <project key>_<YYYY-MM of the period's last month>.docx/.pdf; the six newest reports
are rows of tilanneraportit/hankesalkku-vienti.xlsx. Output is deterministic.
"""

import re
from datetime import date, datetime
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from reports_data import PROJECTS, REPORTS

CORPUS = Path(__file__).resolve().parent.parent
OUT_DIR = CORPUS / "tilanneraportit"
XLSX_NAME = "hankesalkku-vienti.xlsx"
LONG_FIELDS = ["Eteneminen", "Riskit", "Seuraavat toimenpiteet"]
HEADING_STYLE_PROJECTS = {"kykyarki", "tyopolku"}  # the others use bold-run labels


def period_label(start, end):
    """'2021-01-01', '2021-02-28' -> '1.1.–28.2.2021'."""
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    return f"{s.day}.{s.month}.–{e.day}.{e.month}.{e.year}"


def file_stem(rep):
    """Project key plus the year and month of the period's end."""
    return f"{rep['project']}_{rep['end'][:7]}"


def short_fields(rep, export_order=False):
    """The four one-line fields as (label, value).

    In .docx/.pdf the status sits next to the project name and the period right before the
    measure, so that the constant label/project/measure lines never form a 12-word run that
    repeats from one report file to the next; the export keeps the natural column order.
    """
    name, measure, _, _ = PROJECTS[rep["project"]]
    period = period_label(rep["start"], rep["end"])
    if export_order:
        return [("Hanke", name), ("Toimenpide", measure), ("Raportointijakso", period), ("Tila", rep["status"])]
    return [("Hanke", name), ("Tila", rep["status"]), ("Raportointijakso", period), ("Toimenpide", measure)]


def split_paragraphs(text):
    """Split a long field into two paragraphs at a sentence boundary near the middle."""
    bounds = [m.end() for m in re.finditer(r"(?<=[a-zäö0-9)])\. (?=[A-ZÄÖ])", text)]
    if len(bounds) < 3:
        return [text]
    cut = min(bounds, key=lambda b: abs(b - len(text) / 2))
    return [text[:cut].strip(), text[cut:].strip()]


def write_docx(rep, path):
    """Write one report as .docx; labels are bold runs or headings depending on the project."""
    doc = Document()
    doc.add_heading(f"Tilanneraportti {period_label(rep['start'], rep['end'])}", level=1)
    for label, value in short_fields(rep):
        p = doc.add_paragraph()
        p.add_run(f"{label}:").bold = True
        p.add_run(f" {value}")
    headings = rep["project"] in HEADING_STYLE_PROJECTS
    for label in LONG_FIELDS:
        if headings:
            doc.add_heading(f"{label}:", level=2)
            for para in split_paragraphs(rep[label]):
                doc.add_paragraph(para)
        else:
            doc.add_paragraph().add_run(f"{label}:").bold = True
            doc.add_paragraph(rep[label])
    props = doc.core_properties
    props.author = "Hankesalkku"
    props.title = f"Tilanneraportti {PROJECTS[rep['project']][0]}"
    stamp = datetime.fromisoformat(rep["end"] + "T15:00:00")
    props.created = props.modified = stamp
    props.last_modified_by = "Hankesalkku"
    props.revision = 1
    doc.save(path)


def write_pdf(rep, path):
    """Write one report as a text-layer PDF with 'Label:' lines."""
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story = [Paragraph(f"Tilanneraportti {period_label(rep['start'], rep['end'])}", styles["Heading1"])]
    for label, value in short_fields(rep):
        story.append(Paragraph(f"<b>{label}:</b> {value}", body))
    for label in LONG_FIELDS:
        story.append(Spacer(1, 0.3 * cm))
        story.append(Paragraph(f"<b>{label}:</b>", body))
        story.append(Paragraph(rep[label], body))
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=f"Tilanneraportti {PROJECTS[rep['project']][0]}",
                            author="Hankesalkku", leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    doc.build(story)


def write_xlsx(reps, path):
    """Write the Hankesalkku export: one column per field label, one row per report."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Tilanneraportit"
    cols = ["Hanke", "Toimenpide", "Raportointijakso", "Tila"] + LONG_FIELDS
    ws.append(cols)
    for c in ws[1]:
        c.font = Font(bold=True)
    for rep in reps:
        ws.append([v for _, v in short_fields(rep, export_order=True)] + [rep[f] for f in LONG_FIELDS])
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEFG", (14, 34, 18, 20, 70, 60, 60)):
        ws.column_dimensions[letter].width = width
    fixed = datetime(2023, 1, 20, 10, 0)
    wb.properties.creator = "Hankesalkku (kuvitteellinen vienti)"
    wb.properties.created = wb.properties.modified = fixed
    wb.save(path)


def build(out_dir=OUT_DIR):
    """Write all reports; return a list of (relative file, report) for the metadata table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for rep in REPORTS:
        if rep["fmt"] == "docx":
            path = out_dir / f"{file_stem(rep)}.docx"
            write_docx(rep, path)
            written.append((f"tilanneraportit/{path.name}", rep))
        elif rep["fmt"] == "pdf":
            path = out_dir / f"{file_stem(rep)}.pdf"
            write_pdf(rep, path)
            written.append((f"tilanneraportit/{path.name}", rep))
    xrows = [r for r in REPORTS if r["fmt"] == "xlsx"]
    write_xlsx(xrows, out_dir / XLSX_NAME)
    written.append((f"tilanneraportit/{XLSX_NAME}", None))
    return written


if __name__ == "__main__":
    for f, _ in build():
        print(f)
