"""Small fixture files built by the tests: docx, pdf, odt, rtf, xlsx, zip bombs."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Iterable, Optional, Sequence


def docx_file(path: Path, paragraphs: Iterable = (), *, table: Optional[Sequence[Sequence[str]]] = None) -> Path:
    """A .docx; items are strings (paragraphs) or (level, text) pairs (headings)."""
    import docx

    document = docx.Document()
    for item in paragraphs:
        if isinstance(item, tuple):
            document.add_heading(item[1], level=item[0])
        else:
            document.add_paragraph(item)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    document.save(path)
    return path


def pdf_file(path: Path, pages: Sequence[Sequence[str]], *, header: str = "", footer_numbers: bool = False,
             encrypt: Optional[str] = None) -> Path:
    """A PDF with one text line per entry (reportlab), optional running header and page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if Path(candidate).exists():
            pdfmetrics.registerFont(TTFont("DejaVu", candidate))
            font = "DejaVu"
    kwargs = {}
    if encrypt is not None:
        from reportlab.lib import pdfencrypt
        kwargs["encrypt"] = pdfencrypt.StandardEncryption(encrypt, canPrint=1)
    c = canvas.Canvas(str(path), pagesize=A4, **kwargs)
    for number, lines in enumerate(pages, start=1):
        c.setFont(font, 10)
        if header:
            c.drawString(72, 800, header)
        y = 760
        for line in lines:
            c.drawString(72, y, line)
            y -= 14
        if footer_numbers:
            c.drawString(290, 40, str(number))
        c.showPage()
    c.save()
    return path


def image_only_pdf(path: Path) -> Path:
    """A PDF with shapes but no text layer (what a scan looks like to a text extractor)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.rect(100, 100, 300, 400, fill=1)
    c.circle(250, 600, 50)
    c.showPage()
    c.save()
    return path


def odt_file(path: Path, items: Iterable) -> Path:
    """An .odt; items are strings (paragraphs) or (level, text) pairs (headings)."""
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    for item in items:
        if isinstance(item, tuple):
            document.text.addElement(H(outlinelevel=item[0], text=item[1]))
        else:
            document.text.addElement(P(text=item))
    document.save(str(path))
    return path


def xlsx_file(path: Path, rows: Sequence[Sequence], *, merges: Sequence[str] = (), sheet: str = "Vastaukset") -> Path:
    """An .xlsx from rows (the first rows are the headers); ``merges`` like "B1:D1"."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def zip_bomb(path: Path, member: str = "word/document.xml", size: int = 40 * 1024 * 1024) -> Path:
    """A small archive whose one entry expands to ``size`` bytes of zeros."""
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open(member, "w", force_zip64=True) as fh:
            for _ in range(size // len(chunk)):
                fh.write(chunk)
    return path


def many_entries_zip(path: Path, count: int) -> Path:
    """A zip with ``count`` tiny entries."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for i in range(count):
            zf.writestr(f"x/{i}.xml", "")
    return path
