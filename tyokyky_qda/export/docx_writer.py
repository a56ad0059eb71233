"""DOCX: real Word tables with "Taulukko N." captions above and a source line below, ready to
paste into a report. Header rows repeat on every page; row groups (the measure groups of Table 4)
become merged, shaded heading rows; overridden cells are shaded and explained in notes. Charts
are inserted as images ("Kuvio N.")."""

from __future__ import annotations

import io
import numbers
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from tyokyky_qda.analysis.labels import t
from tyokyky_qda.export.charts import chart_drawing
from tyokyky_qda.export.model import Report, ReportChart, ReportTable, clean_text
from tyokyky_qda.export.png import drawing_to_png

HEADER_FILL, GROUP_FILL, MARK_FILL = "1F4E79", "D9E2F3", "FFF2CC"
CELL_STYLE = "Taulukkoteksti"


def _shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#").upper())
    tc_pr.append(shd)


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _set_text(cell, text: str, style, *, bold: bool = False, white: bool = False, indent: int = 0,
              right: bool = False) -> None:
    text = clean_text(str(text))
    para = cell.paragraphs[0]
    # Set the style by id on the XML: python-docx's style setter scans all styles on every call,
    # which was most of the time of writing a table.
    para._p.style = style.style_id
    if right:
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    lines = str(text).split("\n")
    for k, line in enumerate(lines):
        if k:
            para = cell.add_paragraph()
            para._p.style = style.style_id
        run = para.add_run(line)
        if bold:
            run.bold = True
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if indent:
        cell.paragraphs[0].paragraph_format.left_indent = Cm(0.4 * indent)


def _text(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def _widths(table: ReportTable, columns: list[str], total_cm: float) -> list[float]:
    raw = []
    for c in columns:
        if c in table.widths:
            raw.append(table.widths[c])
        else:
            longest = max([len(_text(v)) for v in table.frame[c].head(200)] + [len(str(c)) * 0.6, 4])
            raw.append(min(40.0, longest))
    scale = total_cm / sum(raw)
    return [w * scale for w in raw]


def _add_table(doc, table: ReportTable, number: int, lang: str, width_cm: float) -> None:
    caption = doc.add_paragraph(style="Caption")
    caption.add_run(f"{t('table', lang)} {number}. ").bold = True
    caption.add_run(clean_text(table.title))
    caption.paragraph_format.keep_with_next = True
    columns = table.body_columns
    frame = table.frame
    groups = frame[table.group_col].tolist() if table.group_col else [None] * len(frame)
    n_group_rows = len({g for g in groups if g}) if table.group_col else 0
    grid = doc.add_table(rows=1 + len(frame) + n_group_rows, cols=len(columns))
    grid.style = "Table Grid"
    style = doc.styles[CELL_STYLE]
    widths = [Cm(w) for w in _widths(table, columns, width_cm)]
    rows = grid.rows
    _repeat_header(rows[0])
    for j, (cell, column) in enumerate(zip(rows[0].cells, columns)):
        _set_text(cell, column, style, bold=True, white=True)
        _shade(cell, HEADER_FILL)
        cell.width = widths[j]
    r_out, last_group = 1, None
    for r, values in enumerate(frame[columns].itertuples(index=False, name=None)):
        if table.group_col and groups[r] and groups[r] != last_group:
            cells = rows[r_out].cells
            merged = cells[0].merge(cells[-1])
            _set_text(merged, groups[r], style, bold=True)
            _shade(merged, GROUP_FILL)
            r_out += 1
        last_group = groups[r]
        for j, (cell, column, value) in enumerate(zip(rows[r_out].cells, columns, values)):
            indent = table.indent[r] if table.indent and j == 0 else 0
            _set_text(cell, _text(value), style, bold=bool(table.indent and j == 0 and indent == 0), indent=indent,
                      right=isinstance(value, numbers.Number) and not isinstance(value, bool))
            cell.width = widths[j]
            fill = MARK_FILL if (r, column) in table.marks else table.fills.get((r, column))
            if fill:
                _shade(cell, fill)
        r_out += 1
    _add_footer(doc, table.notes, table.source_line)


def _add_footer(doc, notes: list[str], source: str) -> None:
    for note in notes:
        p = doc.add_paragraph(clean_text(note), style=CELL_STYLE)
        p.paragraph_format.space_before = Pt(2)
    if source:
        p = doc.add_paragraph(style=CELL_STYLE)
        run = p.add_run(clean_text(source))
        run.italic = True
        p.paragraph_format.space_after = Pt(12)


def _add_chart(doc, chart: ReportChart, number: int, lang: str, width_cm: float) -> None:
    caption = doc.add_paragraph(style="Caption")
    caption.add_run(f"{t('figure', lang)} {number}. ").bold = True
    caption.add_run(clean_text(chart.title))
    caption.paragraph_format.keep_with_next = True
    width_pt = min(width_cm, 17.0) / 2.54 * 72
    png = drawing_to_png(chart_drawing(chart, width_pt), dpi=200)
    doc.add_picture(io.BytesIO(png), width=Cm(min(width_cm, 17.0)))
    _add_footer(doc, chart.notes, chart.source_line)


def _setup(doc, report: Report) -> float:
    """Page orientation, margins and styles; returns the text width in cm."""
    section = doc.sections[0]
    if report.wide:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.0))
    section.top_margin = section.bottom_margin = Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10)
    cell_style = doc.styles.add_style(CELL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    cell_style.base_style = normal
    cell_style.font.size = Pt(8.5)
    cell_style.paragraph_format.space_after = Pt(1)
    cell_style.paragraph_format.space_before = Pt(0)
    return (section.page_width - section.left_margin - section.right_margin) / 360000


def write_docx(report: Report, path: Path) -> Path:
    """Write the report as a Word document; returns the path."""
    path = Path(path)
    doc = Document()
    width_cm = _setup(doc, report)
    doc.add_heading(clean_text(report.title), level=1)
    n_table = n_figure = 0
    for item in report.items:
        if isinstance(item, ReportChart):
            n_figure += 1
            _add_chart(doc, item, n_figure, report.lang, width_cm)
        else:
            n_table += 1
            _add_table(doc, item, n_table, report.lang, width_cm)
    doc.save(path)
    return path
